"""The language picker for clinic staff (``dist/index.html``) and the QR codes it shows.

Only published languages are listed, each under its own name and its English
name, with relative links (the folder may be opened from a shared drive) and a
QR code that takes the page home on a phone. The search box is a small
script; without it the page is a plain list.
"""

from __future__ import annotations

import html
import io
import unicodedata
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

from markupsafe import Markup, escape

from pipeline.config import Config
from pipeline.files import write_atomic
from pipeline.languages import SOURCE_LANGUAGE, language

# Staff search by the language the patient speaks; Chinese is published by script.
SEARCH_ALIASES = {
    "zh": "Mandarin Cantonese Chinese 汉语 漢語 普通话 國語 粵語",
    "fa": "Farsi Dari",
    "pa": "Panjabi",
    "el": "Hellenic",
}


# Up to this many QR codes are inlined in the picker as SVG. Beyond it (200 leaflets in
# 30 languages would make a 15 MB page) each is an <img> of its own .qr.svg file, which
# the browser loads only when its disclosure is opened.
QR_INLINE_LIMIT = 250


@dataclass(frozen=True)
class LanguageLabel:
    """How the picker names a language; computed once per language (Babel's lookups are slow)."""

    code: str
    tag: str
    direction: str
    native_name: str
    english_name: str
    search: str


# Every label this process knows: computed, or remembered from an earlier run (see
# stages.run), as loading a locale's names costs milliseconds and the picker names every language.
_labels: dict[str, LanguageLabel] = {}


def remember_labels(labels: dict[str, dict]) -> None:
    """Take labels an earlier run computed (as :func:`labels_in_use` gave them)."""
    for code, fields in labels.items():
        try:
            _labels.setdefault(code, LanguageLabel(**fields))
        except TypeError:  # another version's fields: compute it afresh
            continue


def labels_in_use() -> dict[str, dict]:
    """Every label this process has computed or been given, as plain data."""
    return {code: asdict(label) for code, label in sorted(_labels.items())}


def language_label(code: str) -> LanguageLabel:
    if code not in _labels:
        _labels[code] = _label(code)
    return _labels[code]


def _label(code: str) -> LanguageLabel:
    lang = language(code)
    # CLDR names are lower case for use inside a sentence ("italiano"); a list item starts a line.
    native = lang.native_name[:1].upper() + lang.native_name[1:]
    words = [lang.native_name, lang.english_name, lang.code, lang.tag, SEARCH_ALIASES.get(lang.locale.language, "")]
    return LanguageLabel(code, lang.tag, lang.direction, native, lang.english_name, search_key(" ".join(words)))


@dataclass(frozen=True)
class Edition:
    label: str  # what staff click: "Web page", "Print (PDF)"
    suffix: str  # of the file: dist/<lang>/<slug><suffix>


@dataclass(frozen=True)
class PickerLeaflet:
    slug: str
    title: str
    entries: tuple[Markup, ...]  # one <li> per published language

    @property
    def search(self) -> str:
        return search_key(f"{self.title} {self.slug}")


def search_key(text: str) -> str:
    """Lower case without Latin accents, as the page's script normalises what is typed."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not "\u0300" <= c <= "\u036f").lower()


def picker_leaflets(config: Config, leaflets: list[tuple[str, str]], published: set[tuple[str, str]], *,
                    pdf: bool, bilingual: bool, qr: bool) -> Iterator[PickerLeaflet]:
    """The picker's content: for each (slug, title), its published languages, English first, then by English name.

    Rows are written here rather than in the template: a picker of 200 leaflets in 30
    languages has 6,000 of them, and per-row template work made it take seconds. One
    leaflet at a time: the page is written as it is rendered, never held whole.
    """
    codes = sorted((SOURCE_LANGUAGE, *config.languages),
                   key=lambda c: (c != SOURCE_LANGUAGE, language_label(c).english_name))
    with_qr = qr and bool(config.base_url)
    inline = with_qr and len(published) <= QR_INLINE_LIMIT
    for slug, title in leaflets:
        entries = []
        slug_html = html.escape(slug)
        for code in codes:
            if (slug, code) not in published:
                continue
            qr_html = None
            if with_qr:
                url = page_url(config.base_url, code, slug)
                svg_path = config.output_path(code, slug, ".qr.svg")
                qr_html = inline_qr(svg_path) if inline else _QR_IMG % (f"{code}/{slug}.qr.svg", f"QR code: {url}")
                qr_html = _QR_BOX % (language_label(code).english_name, qr_html or "", url)
            entries.append(_row(code, slug_html, _editions(code, pdf, bilingual), qr_html))
        yield PickerLeaflet(slug, title, tuple(entries))


@cache
def _editions(code: str, pdf: bool, bilingual: bool) -> tuple[Edition, ...]:
    """The editions of a published language, hrefs without the slug: the build made them together."""
    editions = [Edition("Web page", ".html")]
    if pdf:
        editions.append(Edition("Print (PDF)", ".pdf"))
    editions.append(Edition("Plain text", ".txt"))
    if bilingual and code != SOURCE_LANGUAGE:
        editions.append(Edition(_bilingual_label(code), ".bilingual.html"))
    return tuple(editions)


_QR_IMG = Markup('<img src="%s" width="148" height="148" alt="%s" loading="lazy">')
_QR_BOX = Markup('<details class="qr">\n<summary>QR code<span class="visually-hidden"> for the %s page</span>'
                 "</summary>\n<figure>\n%s\n<figcaption>%s</figcaption>\n</figure>\n</details>\n")


@cache
def _bilingual_label(code: str) -> str:
    return f"Bilingual: English + {language_label(code).english_name}"


@cache
def _row_parts(code: str) -> str:
    """The escaped opening of a language's row: its names."""
    label = language_label(code)
    e = html.escape
    opening = f'<li data-search="{e(label.search)}" data-lang="{e(code)}">\n<div>\n'
    english = "" if label.english_name == label.native_name else f' <span class="english">{e(label.english_name)}</span>'
    return (opening + f'<p class="names"><span class="native" lang="{e(label.tag)}" dir="{label.direction}">'
            f"{e(label.native_name)}</span>{english}</p>\n")


def _row(code: str, slug_html: str, editions: tuple[Edition, ...], qr_html: Markup | None) -> Markup:
    head, links = _row_parts(code), _links(code, editions)
    return Markup(f'{head}<ul class="editions">\n{links.replace(_SLUG, slug_html)}</ul>\n</div>\n{qr_html or ""}</li>')


_SLUG = "\x00slug\x00"  # stands for the escaped slug in a language's cached links


@cache
def _links(code: str, editions: tuple[Edition, ...]) -> str:
    """A language's edition links, escaped once, with a stand-in for the slug."""
    label = language_label(code)
    e = html.escape
    return "".join(
        f'<li><a href="{e(code)}/{_SLUG}{e(edition.suffix)}" hreflang="{e(label.tag)}">{e(edition.label)}'
        f'<span class="visually-hidden">, {e(label.english_name)}</span></a></li>\n'
        for edition in editions
    )


# -- QR codes --------------------------------------------------------------------


def page_url(base_url: str, lang: str, slug: str) -> str:
    return f"{base_url.rstrip('/')}/{lang}/{slug}.html"


def qr_svg(url: str) -> str:
    """A standalone SVG QR code for ``url`` (error correction M: survives a crease or a smudge)."""
    import segno  # imported when a QR code is due

    code = segno.make_qr(url, error="m")
    buffer = io.BytesIO()
    code.save(buffer, kind="svg", xmldecl=False, nl=False, scale=4, border=4, dark="#000", light="#fff",
              title=f"QR code: {url}", svgclass="qr", lineclass=None)
    svg = buffer.getvalue().decode("utf-8")
    return svg.replace("<svg ", '<svg role="img" ', 1) + "\n"


def write_qr(path: Path, url: str) -> bool:
    """Write the QR code for ``url`` unless ``path`` already holds it (making one takes ~4 ms)."""
    marker = f"<title>{escape(f'QR code: {url}')}</title>"
    try:
        if marker in path.read_text(encoding="utf-8"):
            return False
    except (FileNotFoundError, UnicodeDecodeError):
        pass
    return write_atomic(path, qr_svg(url), durable=False)


def inline_qr(path: Path) -> Markup | None:
    """The SVG at ``path`` for inlining in the picker, or None when there is none."""
    try:
        return Markup(path.read_text(encoding="utf-8").strip())
    except FileNotFoundError:
        return None
