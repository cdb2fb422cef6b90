"""The A4 print edition as PDF, typeset by Typst from the web page, made only when its page changed.

The PDF is made from the same HTML as the web page: :func:`typst_source` reads
the page (stdlib ``html.parser``) and writes it out as a Typst document with the
page's print layout: A4, page numbers, headings kept with what follows, lists,
tables with their header row repeated, warning boxes kept whole, the stamp,
and the QR code of the page's own address with the address written under it.
Every piece of the page's text goes into the Typst document as a string
literal, never as markup, so nothing in a translation can act as Typst code.

Typst (the ``typst`` package: the typesetter compiled into the wheel, no
download at run time) shapes Arabic, Persian, Gurmukhi and Chinese with the
machine's fonts (Debian's Noto packages, found by scanning the system's font
folders), embeds them as subsets, and tags the PDF (headings, paragraphs,
lists, tables, the language of every run), so screen readers and reflow work
on it and its text can be selected and copied.

Speed: one compiler per process keeps the fonts it has read and Typst's caches,
so a leaflet's PDF takes 10 to 35 ms of CPU, reading the page included (WeasyPrint
took 150 to 300 ms; see docs/benchmarks.md). Each PDF still has a small record of the SHA-256 of what it
was made from; when the page, the address, Typst and this module are the same,
the existing PDF is kept.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from importlib.metadata import version
from pathlib import Path

import typst
from markupsafe import Markup

from pipeline.core.errors import LeafletsError
from pipeline.core.files import read_file, remove_file, write_atomic
from pipeline.publish.picker import qr_svg  # the picker's QR codes: one drawing of an address

# -- the page, read back as a tree -------------------------------------------------------------

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# Elements laid out as blocks (the rest are runs of text inside a block).
_BLOCKS = {"html", "body", "main", "section", "article", "aside", "header", "footer", "nav", "div", "p",
           "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "thead", "tbody", "tfoot", "tr",
           "th", "td", "figure", "figcaption", "blockquote", "address", "dl", "dt", "dd", "hr"}
# Not printed: the page's head, and what its print styles hide (the navigation; anything marked no-print;
# the column header each table cell shows on a phone).
_SKIPPED_TAGS = {"head", "style", "script", "template", "svg", "img", "noscript"}
_SKIPPED_CLASSES = {"site-nav", "no-print", "cell-label"}
_SPACES = re.compile(r"[ \t\n\r\f]+")


@dataclass
class Element:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Element | str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())


class _TreeBuilder(HTMLParser):
    """The page's elements as a tree (the pages are well formed: every element the templates open they close)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document")
        self.open = [self.root]
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs})
        self.open[-1].children.append(element)
        if tag not in _VOID:
            self.open.append(element)
        self._in_title = tag == "title"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.open[-1].children.append(Element(tag, {name: value or "" for name, value in attrs}))

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False
        for depth in range(len(self.open) - 1, 0, -1):  # an element left open closes with its parent
            if self.open[depth].tag == tag:
                del self.open[depth:]
                return

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        self.open[-1].children.append(data)


def read_page(html: str) -> tuple[Element, str]:
    """The page's tree and its title."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root, _SPACES.sub(" ", builder.title).strip()


# -- fonts and languages -------------------------------------------------------------------------

# The print fonts of each script, as leaflet.css names them for the screen (Debian's Noto
# packages); Typst takes each character from the first that has it, then from any font it has.
_LATIN = ("Noto Sans",)
_FONTS: dict[str, tuple[str, ...]] = {
    "ar": ("Noto Naskh Arabic", "Noto Sans Arabic", *_LATIN),
    "fa": ("Vazirmatn", "Noto Naskh Arabic", "Noto Sans Arabic", *_LATIN),
    "pa": ("Noto Sans Gurmukhi", *_LATIN),
    "zh-hans": ("Noto Sans CJK SC", "Noto Sans SC", *_LATIN),
    "zh-hant": ("Noto Sans CJK TC", "Noto Sans TC", *_LATIN),
}
_CHINESE_REGIONS = {"cn": "zh-hans", "sg": "zh-hans", "tw": "zh-hant", "hk": "zh-hant", "mo": "zh-hant"}


def fonts_for(tag: str) -> tuple[str, ...]:
    """The font families for the BCP 47 language tag ``tag`` (``zh-Hans``, ``pa-Guru``, ``ar``)."""
    parts = tag.lower().split("-")
    if parts[0] == "zh":
        script = next((p for p in parts[1:] if p in ("hans", "hant")), None)
        region = next((_CHINESE_REGIONS[p] for p in parts[1:] if p in _CHINESE_REGIONS), "zh-hans")
        return _FONTS[f"zh-{script}" if script else region]
    return _FONTS.get(parts[0], _LATIN)


def _text_settings(tag: str, direction: str) -> str:
    """Typst's text settings for a run or block in ``tag``: its language (for shaping, line breaks, tags) and fonts."""
    parts = tag.split("-")
    # Typst takes an ISO 639 code (two or three letters); a page in another language gets its fonts only.
    settings = [f"lang: {_string(parts[0].lower())}"] if re.fullmatch("[A-Za-z]{2,3}", parts[0]) else []
    region = next((p for p in parts[1:] if len(p) == 2 and p.isalpha()), None)
    if region:
        settings.append(f"region: {_string(region.upper())}")
    if direction in ("ltr", "rtl"):
        settings.append(f"dir: {direction}")
    settings.append(f"font: ({''.join(_string(font) + ', ' for font in fonts_for(tag))})")
    return ", ".join(settings)


# -- the Typst document ---------------------------------------------------------------------------

# The print layout of leaflet.css (@page and @media print) in Typst's terms.
_PREAMBLE = """\
#set page(paper: "a4", margin: (top: 18mm, x: 16mm, bottom: 20mm),
  footer: context align(center, text(size: 9pt, counter(page).display("1 / 1", both: true))))
#set text(size: 11pt, fill: rgb("#111111"))
#set par(leading: 0.65em, spacing: 0.8em)
#set list(spacing: 0.6em, indent: 0.4em)
#set enum(spacing: 0.6em, indent: 0.4em)
#show heading: set block(above: 1.5em, below: 0.7em)
#show heading.where(level: 1): set text(size: 1.75em)
#show heading.where(level: 2): set text(size: 1.25em)
#show heading.where(level: 3): set text(size: 1.125em)
#show link: set text(fill: rgb("#111111"))
#set table(stroke: 0.75pt + rgb("#767676"), inset: (x: 0.6em, y: 0.4em), align: start + top)
"""

# A zero-width non-joiner goes into the Typst document as a text element of its own. Typst then
# shapes the letters on each side apart, so they do not join, as the non-joiner asks (the test
# compares every page's pixels with those made with the character inside the word). The price is
# in the text layer: copying gives the letters in order without the non-joiner ("میکشد" for
# "می‌کشد"), so pasted they join, a misspelling a reader still reads. Inside the word, Typst's text
# layer would move it into the next letter ("میک‌شد", typst #4225), and WeasyPrint, exact, takes
# 140 ms a page against Typst's 12. ``fallback: true`` is Typst's default: a setting of its own is
# what makes the element a run of its own, which Typst shapes apart.
_ZWNJ = "\u200c"
_ZWNJ_RUN = '#text(fallback: true, "\\u{200c}")'

# Persian writes the ezafe after a final heh as the heh and a hamza mark, U+0647 U+0654 ("ژانویهٔ",
# CLDR's January, is on every page's dates). Typst's text layer would move the mark before its
# letter (typst #4225). On a Persian page it is set as the one letter U+06C0, "ۀ", Persian's
# other spelling of the same ezafe: the page looks the same (the test compares the drawn words
# in the Persian font), and copied text has "ۀ". Unicode does not count the two as equivalent
# (U+06C0 is U+06D5 with the mark), but Persian search and spell checkers (Hazm's normaliser,
# for one) read them alike. Pages in other languages of the script keep WeasyPrint for it.
_EZAFE = ("\u0647\u0654", "\u06c0")
_PERSIAN_PAGE = re.compile(r'<html[^>]*\slang="fa[-"]')


def _persian_page(html: str) -> bool:
    """Is ``html`` a Persian page (its <html lang>, near the start): the one where the ezafe is set as a letter."""
    return _PERSIAN_PAGE.search(html, 0, 500) is not None

_RULE = 'rgb("#767676")'
_AMBER = 'rgb("#7a5c00")'
QR_WIDTH = "30mm"  # about a millimetre a module for a page's address: a phone reads it off the paper


def typst_source(html: str, address: str | None = None) -> str:
    """The Typst document of the page ``html``; with ``address``, its QR code and the address after the stamp."""
    root, title = read_page(html)
    page = _find(root, "html") or root
    tag = page.attrs.get("lang", "en")
    direction = page.attrs.get("dir", "ltr")
    out = [
        f"#set document(title: {_string(title)}, date: none)\n",
        _PREAMBLE,
        f"#set text({_text_settings(tag, direction)})\n",
        _Writer(direction, persian=_persian_page(html)).flow(page.children),
    ]
    if address:
        out.append(_qr_block(address))
    return "".join(out)


def _find(element: Element, tag: str) -> Element | None:
    for child in element.children:
        if isinstance(child, Element):
            if child.tag == tag:
                return child
            found = _find(child, tag)
            if found is not None:
                return found
    return None


def _string(text: str) -> str:
    """``text`` as a Typst string literal: only \\ and " need escaping; line breaks as \\n."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def _qr_block(address: str) -> str:
    svg = qr_svg(address)
    return (f"\n#block(above: 1.2em, breakable: false, grid(columns: ({QR_WIDTH}, 1fr), column-gutter: 1em,"
            f" align: horizon, image(bytes({_string(svg)}), format: \"svg\", width: {QR_WIDTH},"
            f" alt: {_string('QR code: ' + address)}),"
            f" text(size: 9pt, lang: \"en\", dir: ltr, font: (\"Noto Sans\",), link({_string(address)},"
            f" {_string(address)}))))\n")


class _Writer:
    """Writes a page's elements as Typst markup; ``direction`` is the surrounding text's."""

    def __init__(self, direction: str, *, persian: bool = False) -> None:
        self.direction = direction
        self.persian = persian  # a Persian page: its ezafe set as one letter (see _EZAFE)

    # Blocks ---------------------------------------------------------------------------------

    def flow(self, nodes: list[Element | str]) -> str:
        """Blocks and runs of text one after another: each run of inline nodes is a paragraph."""
        out: list[str] = []
        run: list[Element | str] = []
        for node in nodes:
            if isinstance(node, Element) and node.tag in _BLOCKS | _SKIPPED_TAGS:
                out.append(self.paragraph(run))
                run = []
                out.append(self.block(node))
            else:
                run.append(node)
        out.append(self.paragraph(run))
        return "".join(out)

    def paragraph(self, nodes: list[Element | str]) -> str:
        text = self.inline(nodes).strip()
        return f"{text}\n\n" if text else ""

    def block(self, element: Element) -> str:
        if element.tag in _SKIPPED_TAGS or element.classes & _SKIPPED_CLASSES or "hidden" in element.attrs:
            return ""
        outer = self.direction
        given = element.attrs.get("dir")
        direction = self.direction = given if given in ("ltr", "rtl") else outer  # pasted into Typst code: only these
        try:
            body = self._block_body(element)
        finally:
            self.direction = outer
        if "lang" in element.attrs:
            return f"#[#set text({_text_settings(element.attrs['lang'], direction)})\n{body}]\n\n"
        if direction != outer:
            return f"#[#set text(dir: {direction})\n{body}]\n\n"
        return body

    def _block_body(self, element: Element) -> str:
        tag, classes = element.tag, element.classes
        start_side = "right" if self.direction == "rtl" else "left"
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            return f"#heading(level: {tag[1]})[{self.inline(element.children).strip()}]\n\n"
        if tag in ("ul", "ol"):
            return self.listing(element)
        if tag == "table":
            return self.table(element)
        if "box" in classes:  # a warning box: framed, its start edge thick, never split across pages
            return (f"#block(width: 100%, inset: (x: 1em, y: 0.75em), radius: 0.25em, breakable: false,"
                    f" stroke: (rest: 1.5pt + black, {start_side}: 6pt + black))[{self.flow(element.children)}]\n\n")
        if "box-icon" in classes:
            return f"#block(below: 0.5em, text(size: 1.5em)[{self.inline(element.children).strip()}])\n"
        if "notice" in classes:
            return (f"#block(width: 100%, inset: (x: 0.75em, y: 0.5em), stroke: 1.5pt + {_AMBER})"
                    f"[{self.inline(element.children).strip()}]\n\n")
        if "fallback" in classes:  # English in a translated page: marked at its start edge
            return (f"#block(inset: ({start_side}: 0.5em), stroke: ({start_side}: 3pt + {_AMBER}))"
                    f"[{self.flow(element.children).strip()}]\n\n")
        if tag == "footer" and "stamp" in classes:
            return (f"#block(width: 100%, above: 2em, inset: (top: 0.75em), stroke: (top: 0.75pt + {_RULE}),"
                    f" breakable: false)[#set text(size: 0.9em, fill: rgb(\"#333333\"))\n"
                    f"#set par(spacing: 0.4em)\n{self.flow(element.children)}]\n\n")
        if tag == "p":
            return self.paragraph(element.children)
        return self.flow(element.children)

    def listing(self, element: Element) -> str:
        items = [f"[{self.flow(child.children).strip()}]" for child in element.children
                 if isinstance(child, Element) and child.tag == "li"]
        if element.tag == "ol":
            start = element.attrs.get("start", "1")
            start = start if start.isascii() and start.isdigit() else "1"
            return f"#enum(start: {start}, tight: false, {', '.join(items)})\n\n"
        return f"#list(tight: false, {', '.join(items)})\n\n"

    def table(self, element: Element) -> str:
        """A real table: its header row repeated on each page, rows never split."""
        head: list[list[Element]] = []
        body: list[list[Element]] = []
        for part in element.children:
            if not isinstance(part, Element):
                continue
            rows = [part] if part.tag == "tr" else [r for r in part.children if isinstance(r, Element) and r.tag == "tr"]
            for row in rows:
                cells = [c for c in row.children if isinstance(c, Element) and c.tag in ("th", "td")]
                (head if part.tag == "thead" else body).append(cells)
        columns = max((len(row) for row in head + body), default=0)
        if not columns:
            return ""
        out = [f"#table(columns: {columns},"]
        if head:
            header = ", ".join(self.cell(cell, header=True) for row in head for cell in _padded(row, columns))
            out.append(f" table.header({header}),")
        out += [" " + ", ".join(self.cell(cell) for cell in _padded(row, columns)) + "," for row in body]
        out.append(")\n\n")
        return "".join(out)

    def cell(self, cell: Element | None, header: bool = False) -> str:
        if cell is None:
            return "[]"
        content = self.block(Element("div", {k: v for k, v in cell.attrs.items() if k in ("lang", "dir")},
                                     cell.children)).strip()
        if header or cell.tag == "th":
            return f"table.cell(fill: rgb(\"#f2f2f2\"))[#strong[{content}]]"
        return f"[{content}]"

    # Runs of text ----------------------------------------------------------------------------

    def inline(self, nodes: list[Element | str]) -> str:
        return "".join(self.run(node) for node in nodes)

    def run(self, node: Element | str) -> str:
        if isinstance(node, str):
            text = _SPACES.sub(" ", node)
            if text == " ":
                return " "
            if self.persian:
                text = text.replace(*_EZAFE)
            return _ZWNJ_RUN.join("#" + _string(piece) for piece in text.split(_ZWNJ)) if text else ""
        tag, attrs = node.tag, node.attrs
        if tag in _SKIPPED_TAGS or node.classes & _SKIPPED_CLASSES or "hidden" in attrs:
            return ""
        if tag == "br":
            return "#linebreak()"
        if tag in _BLOCKS:  # a block inside a run of text (not in the pages the templates make): its text
            return self.inline(node.children)
        inner = self.inline(node.children)
        if tag in ("strong", "b"):
            inner = f"#strong[{inner}]"
        elif tag in ("em", "i"):
            inner = f"#emph[{inner}]"
        elif tag == "sup":
            inner = f"#super[{inner}]"
        elif tag == "sub":
            inner = f"#sub[{inner}]"
        elif tag == "a" and attrs.get("href"):
            inner = f"#link({_string(attrs['href'])})[{inner}]"
        if "unbroken" in node.classes:  # a dose, range or phone number: one line, as leaflet.css keeps it
            # Only in left-to-right text: set so inside its box, which a right-to-left page would reverse.
            inner = f"#box(text(dir: ltr)[{inner}])"
        if "fallback-label" in node.classes:  # the "In English" badge
            inner = (f"#box(stroke: 0.75pt + {_AMBER}, inset: (x: 0.3em), outset: (y: 0.2em), radius: 0.2em,"
                     f" text(size: 0.8em)[{inner}])")
        if "lang" in attrs:
            inner = f"#text({_text_settings(attrs['lang'], '')})[{inner}]"
        if tag == "bdi" or "dir" in attrs:
            # Isolated, as <bdi> and dir= isolate on the page: a phone number keeps its order in Arabic.
            opening = {"rtl": "\u2067", "ltr": "\u2066"}.get(attrs.get("dir", ""), "\u2068")
            inner = f"#{_string(opening)}{inner}#{_string(chr(0x2069))}"
        return inner


def _padded(row: list[Element], columns: int) -> list[Element | None]:
    return [*row, *([None] * (columns - len(row)))]


# -- compiling and keeping ------------------------------------------------------------------------


# -- the engine for a page -------------------------------------------------------------------------

# Typst's text layer (what copying, search and pdftotext read) repeats the letter under an
# Arabic-script vowel mark and moves a zero-width (non-)joiner into the next letter (typst issue
# #4225: "يُعطى" comes out as "ُيُيعطى"). A page with such characters is made by WeasyPrint, slower
# but exact. Gurmukhi's vowel signs were checked letter for letter (tests/publish/test_pdf.py).
# A zero-width non-joiner (Persian writes one in most sentences) and the ezafe's hamza after a heh
# are handled in Typst: see _ZWNJ_RUN and _EZAFE.
_CHECKED_MARKS = range(0x0A00, 0x0A80)  # Gurmukhi
_JOINERS = {"\u200d"}


def typst_reads_back(html: str) -> bool:
    """Whether Typst's text layer gives back the letters of ``html`` in order: no combining marks but Gurmukhi's
    (and a Persian page's ezafe), no ZWJ."""
    if _persian_page(html):
        html = html.replace(_EZAFE[0], "")
    return not any(character in _JOINERS or (unicodedata.category(character).startswith("M")
                                             and ord(character) not in _CHECKED_MARKS)
                   for character in set(html))


# -- compiling and keeping ------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _recipe() -> str:
    # Part of each PDF's record: another Typst or WeasyPrint, or any change to this module, remakes every PDF.
    return (f"typst {version('typst')}; weasyprint {version('weasyprint')}; "
            f"{hashlib.sha256(Path(__file__).read_bytes()).hexdigest()}")


def input_digest(html: str, address: str | None = None) -> str:
    return hashlib.sha256(f"{_recipe()}\n{address or ''}\n{html}".encode()).hexdigest()


# The process whose Typst has compiled. Typst then keeps a pool of threads, which a process forked
# from it does not have: Typst would wait for them for ever there. `leaflets` commands fork their
# workers before any PDF is made, so the workers use Typst; a process forked after (a test's, say)
# makes its PDFs with WeasyPrint.
_TYPST_USED_IN: int | None = None


@lru_cache(maxsize=1)
def _compiler(pid: int) -> typst.Compiler:
    """One compiler per process: it keeps the fonts it has read and Typst's caches from one PDF to the next."""
    return typst.Compiler()


def render_pdf(html: str, address: str | None = None) -> bytes:
    """The PDF of the page ``html`` (self-contained: nothing is fetched), with the QR code of ``address``."""
    global _TYPST_USED_IN
    if not typst_reads_back(html) or _TYPST_USED_IN not in (None, os.getpid()):
        return _weasyprint_pdf(html, address)
    source = typst_source(html, address).encode("utf-8")
    _TYPST_USED_IN = os.getpid()
    try:
        data = _compiler(os.getpid()).compile(input=source, format="pdf")
    except typst.TypstError as exc:
        raise LeafletsError(f"Typst could not make the PDF: {exc}") from exc
    assert isinstance(data, bytes), "a PDF is one document"
    return data


# WeasyPrint's options: tagged, fonts subset. It reports unsupported CSS (screen-only rules) on its own loggers.
_WEASYPRINT_OPTIONS = {"pdf_tags": True, "full_fonts": False, "hinting": False, "uncompressed_pdf": False}
logging.getLogger("weasyprint").setLevel(logging.ERROR)
logging.getLogger("fontTools").setLevel(logging.ERROR)


@lru_cache(maxsize=1)
def _font_configuration(pid: int) -> object:
    """WeasyPrint's fonts, read once per process (a third of its time per PDF otherwise)."""
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


def _weasyprint_pdf(html: str, address: str | None) -> bytes:
    import weasyprint  # imported when such a page is due: it takes half a second

    if address:  # the QR code and the address after the stamp, as the Typst edition has them
        qr = Markup('<div style="margin-top: 1em; break-inside: avoid; font-size: 9pt" lang="en" dir="ltr">'
                    '<div style="width: 30mm">%s</div><p>%s</p></div>') % (Markup(qr_svg(address)), address)
        html = html.replace("</body>", f"{qr}</body>", 1)
    try:
        return weasyprint.HTML(string=html, url_fetcher=_no_fetch).write_pdf(
            font_config=_font_configuration(os.getpid()), **_WEASYPRINT_OPTIONS)
    except Exception as exc:  # WeasyPrint and its font libraries raise many kinds
        raise LeafletsError(f"WeasyPrint could not make the PDF: {exc}") from exc


def _no_fetch(url: str, timeout: int = 10, ssl_context=None) -> dict:
    # Pages are self-contained; refusing fetches keeps a PDF build offline and reproducible.
    raise ValueError(f"leaflet pages load nothing from outside: {url}")


def write_pdf(html: str, path: Path, record: Path, address: str | None = None) -> bool:
    """Make ``path`` from ``html`` unless ``record`` shows it was already made from the same page.

    ``address``: the page's published address, drawn as a QR code in the PDF.
    The record is written after the PDF, so a run killed in between makes the
    PDF again next time instead of trusting a half-done one.
    """
    digest = input_digest(html, address)
    try:
        # The record names the page and the PDF made from it: a PDF replaced by hand is made again.
        if read_file(record).data.split() == [digest.encode(), hashlib.sha256(read_file(path).data).hexdigest().encode()]:
            return False
    except FileNotFoundError:
        pass
    remove_file(record)
    try:
        data = render_pdf(html, address)
    except LeafletsError:
        remove_file(path)  # the old PDF shows superseded text: better none than that
        raise
    # Outputs a rerun rebuilds, so not fsynced. After a power cut, a PDF that lost its bytes is made
    # again when its language is next built (`leaflets build` builds every one): it no longer matches
    # the digest its record names. A rerun that finds the page's inputs unchanged does not look.
    changed = write_atomic(path, data, durable=False)
    write_atomic(record, f"{digest} {hashlib.sha256(data).hexdigest()}\n", durable=False)
    return changed
