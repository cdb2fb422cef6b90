"""The language picker for clinic staff (``dist/index.html``) and the QR codes it shows.

Only published languages are listed, each under its own name and its English
name, with who translated it (people, or a named engine's draft), who checked
it and when, as the ledger and the PO file show (the page's stamp says the
same), with relative links (the folder may be opened from a shared drive) and a
QR code that takes the page home on a phone. The search box is a small
script; without it the page is a plain list.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

from babel.dates import format_date
from jinja2 import Environment
from markupsafe import Markup, escape

from pipeline.core.config import Config
from pipeline.core.files import write_atomic
from pipeline.core.languages import SOURCE_LANGUAGE, language

# Staff search by the language the patient speaks; Chinese is published by script, which
# people name by where it is written (zh-CN, zh-TW) or as 简体 / 繁体 in either script. Other
# names people use where CLDR has another: Bengali (CLDR: Bangla), हिंदी (हिन्दी), Tagalog, Sorani.
SEARCH_ALIASES = {
    "bn": "Bengali",
    "hi": "हिंदी",
    "fil": "Tagalog",
    "ckb": "Sorani",
    "id": "Bahasa",
    "ms": "Bahasa",
    "zh": "Mandarin Cantonese Chinese 汉语 漢語 普通话 國語 粵語",
    "zh_Hans": "zh-CN zh-SG CN SG 简体 簡體 简体中文",
    "zh_Hant": "zh-TW zh-HK TW HK 繁体 繁體 繁體中文",
    "fa": "Farsi Dari",
    "pa": "Panjabi",
    "el": "Hellenic",
}


C = TypeVar("C")  # how a credit is given: a Credit, or its record in the run state

# Up to this many QR codes are inlined in the picker as SVG. Beyond it (200 leaflets in
# 30 languages would make a 15 MB page) each is an <img> of its own .qr.svg file, which
# the browser loads only when its disclosure is opened.
QR_INLINE_LIMIT = 250


@dataclass(frozen=True)
class LanguageLabel:
    """How the picker names a language; made once per language, from its names (see languages.remember_names)."""

    code: str
    tag: str
    direction: str
    native_name: str
    english_name: str
    search: str


@cache
def language_label(code: str) -> LanguageLabel:
    lang = language(code)
    # CLDR names are lower case for use inside a sentence ("italiano"); a list item starts a line.
    native = lang.native_name[:1].upper() + lang.native_name[1:]
    words = [lang.native_name, lang.english_name, lang.code, lang.tag, SEARCH_ALIASES.get(lang.locale.language, ""),
             SEARCH_ALIASES.get(code, "")]
    return LanguageLabel(code, lang.tag, lang.direction, native, lang.english_name, search_key(" ".join(words)))


@dataclass(frozen=True)
class Edition:
    label: str  # what staff click: "Web page", "Print (PDF)"
    suffix: str  # of the file: dist/<lang>/<slug><suffix>


@dataclass(frozen=True)
class QrCode:
    """A row's QR code: the page's address, drawn inline or loaded from the .qr.svg beside the page."""

    url: str
    inline: bool  # False: an <img> of the file, loaded only when its disclosure is opened
    svg: Markup | None = None  # the inlined drawing (None when inline and the file is missing)


@dataclass(frozen=True)
class Credit:
    """Who did what for one published language: from the approvals that count (review.ledger.credits_of)."""

    engines: tuple[str, ...]  # engines whose drafts were approved, by name
    by_people: bool  # some approved words were written by people
    checkers: tuple[tuple[str, str], ...]  # (name, role) of each reviewer whose approvals count
    approved_on: dt.date  # the latest approval

    @property
    def made_by(self) -> str:
        """How the words came about: "Translated by people", "Drafted by machine translation (apertium)", or both."""
        engines = f"machine translation ({', '.join(self.engines)})"
        if self.engines and self.by_people:
            return f"Drafted by {engines} and by people"
        if self.engines:
            return f"Drafted by {engines}"
        return "Translated by people"

    @property
    def checked_by(self) -> str:
        return ", ".join(f"{name} ({role})" for name, role in self.checkers)

    @property
    def approved_text(self) -> str:
        """The date as the English stamp writes it (publish.stamp.long_date)."""
        return format_date(self.approved_on, format="long", locale=language(SOURCE_LANGUAGE).locale)

    def as_record(self) -> list:
        """As the run state keeps it (JSON); :meth:`from_record` reads it back."""
        return [list(self.engines), self.by_people, [list(pair) for pair in self.checkers],
                self.approved_on.isoformat()]

    @classmethod
    def from_record(cls, data: list) -> Credit:
        engines, by_people, checkers, approved_on = data
        return cls(tuple(engines), bool(by_people), tuple((name, role) for name, role in checkers),
                   dt.date.fromisoformat(approved_on))


@dataclass(frozen=True)
class PickerRow:
    """One published language of a leaflet: its names, its editions, its QR code, who translated and checked it."""

    label: LanguageLabel
    editions: tuple[Edition, ...]
    qr: QrCode | None
    credit: Credit | None = None  # None for the English, which is the source
    updating: bool = False  # withdrawn while its translation is checked again: no editions, no QR code


@dataclass(frozen=True)
class PickerLeaflet:
    slug: str
    title: str
    rows: tuple[PickerRow, ...]  # one per published language

    @property
    def search(self) -> str:
        return search_key(f"{self.title} {self.slug}")

    @property
    def complete(self) -> bool:
        """Whether every QR code to be drawn in the page was found (its file may come later)."""
        return all(row.qr is None or not row.qr.inline or row.qr.svg is not None for row in self.rows)


def search_key(text: str) -> str:
    """``text`` as the page's script normalises what is typed (``key`` in index.html.j2): lower case,
    Latin accents dropped, Arabic yeh and kaf as Persian writes them (فارسي typed on an Arabic
    keyboard finds فارسی), alef maksura as yeh, teh marbuta as heh and hamza and madda dropped (عربى,
    العربيه, اللغة العربيه typed as people do), apostrophes dropped ("jerrys" finds "Jerry's"),
    anything but letters, marks and digits a space ("Chinese (Simplified)",
    "zh-CN"), one space between words. The page finds a row when each typed word begins a word
    of it or of its leaflet's title (anywhere in a word of another script: Chinese has no spaces).
    """
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if not "\u0300" <= c <= "\u036f" and not "\u0653" <= c <= "\u0655")
    kept = kept.lower().translate(_ARABIC_FORMS).replace("'", "").replace("\u2019", "")
    return " ".join("".join(c if unicodedata.category(c)[0] in "LMN" else " " for c in kept).split())


# Letters typed either way: yeh and alef maksura (عربى, as Egyptians write it), kaf, teh marbuta (العربيه).
_ARABIC_FORMS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه"})


@dataclass(frozen=True)
class PickerEntry:
    """What one leaflet's section of the picker shows, as the build or the run state records it.

    Cheap to make for every leaflet: its :attr:`key` tells whether the section on
    the last page can be copied; only a section whose key is new is made
    (:func:`picker_leaflet`) and rendered. The rest of what a section shows
    (editions, names, addresses) follows from the code and settings.
    """

    slug: str
    title: str
    langs: tuple[tuple[str, bool, Credit | None], ...]  # (code, being updated, credit), in the picker's order
    inline_qr: bool  # QR codes drawn in the page, or each loaded from its file

    @cached_property
    def key(self) -> str:
        return section_key(self.slug, self.title, [(code, updating, credit.as_record() if credit else None)
                                                   for code, updating, credit in self.langs], self.inline_qr)


def section_key(slug: str, title: str, langs: Iterable[tuple[str, bool, list | None]], inline_qr: bool) -> str:
    """The digest of what a leaflet's section shows, as a :class:`PickerEntry` has it.

    ``langs``: (code, being updated, credit as :meth:`Credit.as_record` gives it), in
    the picker's order. Made from the run state's records, it is the same digest, and a
    rerun finds the sections it can copy without making the entries.
    """
    return hashlib.sha256(json.dumps([slug, title, list(langs), inline_qr]).encode()).hexdigest()


def language_order(config: Config) -> list[str]:
    """The picker's order of the languages: English first, then by English name."""
    return sorted((SOURCE_LANGUAGE, *config.languages),
                  key=lambda c: (c != SOURCE_LANGUAGE, language_label(c).english_name))


def inline_qr_codes(config: Config, published: int, *, qr: bool) -> bool:
    """Whether the page draws its QR codes (else each is loaded from its file): ``published`` editions listed."""
    return qr and bool(config.base_url) and published <= QR_INLINE_LIMIT


def picker_entries(config: Config, leaflets: list[tuple[str, str]], published: set[tuple[str, str]], *, qr: bool,
                   credits: Mapping[tuple[str, str], Credit] | None = None,
                   updating: set[tuple[str, str]] | frozenset = frozenset()) -> list[PickerEntry]:
    """The picker's entries: for each (slug, title), its published languages, in :func:`language_order`.

    ``credits`` says, per (slug, language), who translated and checked it. The
    languages in ``updating`` (withdrawn, their addresses showing the holding
    page) are listed as being updated.
    """
    codes = language_order(config)
    inline = inline_qr_codes(config, len(published), qr=qr)
    credits = credits or {}

    def entry(slug: str, title: str) -> PickerEntry:
        return PickerEntry(slug, title, tuple(listed_langs(
            codes, updating=lambda code: (slug, code) in updating, published=lambda code: (slug, code) in published,
            credit=lambda code: credits.get((slug, code)))), inline)

    return [entry(slug, title) for slug, title in leaflets]


def listed_langs(codes: Iterable[str], *, updating: Callable[[str], bool], published: Callable[[str], bool],
                 credit: Callable[[str], C | None]) -> list[tuple[str, bool, C | None]]:
    """A leaflet's languages as its section lists them, in the order of ``codes``: (code, being updated, credit).

    A language being updated is listed as such, without its credit; a published one with
    it; the others not at all. The build gives its :class:`Credit` objects, the run state
    their records (:meth:`Credit.as_record`): one rule, so that both make the same keys.
    """
    listed: list[tuple[str, bool, C | None]] = []
    for code in codes:
        if updating(code):
            listed.append((code, True, None))
        elif published(code):
            listed.append((code, False, credit(code)))
    return listed


def picker_leaflet(config: Config, entry: PickerEntry, *, pdf: bool, bilingual: bool, qr: bool) -> PickerLeaflet:
    """What the section of ``entry`` shows: each language's names, editions, QR code and credit."""
    with_qr = qr and bool(config.base_url)
    rows = []
    for code, updating, credit in entry.langs:
        if updating:
            rows.append(PickerRow(language_label(code), (), None, updating=True))
            continue
        qr_code = None
        if with_qr:
            svg = inline_qr(config.output_path(code, entry.slug, ".qr.svg")) if entry.inline_qr else None
            qr_code = QrCode(page_url(config.base_url, code, entry.slug), entry.inline_qr, svg)
        rows.append(PickerRow(language_label(code), _editions(code, pdf, bilingual), qr_code, credit))
    return PickerLeaflet(entry.slug, entry.title, tuple(rows))


# Each leaflet's section of the page between these, its entry's key in the first: the next
# page made with the same code and settings copies the sections whose entries did not change
# (rendering the page's thousands of rows is most of what an edit of one leaflet would cost).
# Titles and slugs are escaped in the page, so neither can hold a marker.
_TEMPLATE = "index.html.j2"
_SECTION_START = "<!-- leaflets-section "
_SECTION_END = "<!-- /leaflets-section -->\n"


def load_template(environment: Environment) -> None:
    """Compile the page's template now (`leaflets watch` does, while it waits): about 12 ms, 2026-12-03."""
    environment.get_template(_TEMPLATE)


def page(environment: Environment, sections: Iterable[tuple[str, Callable[[], PickerLeaflet]]],
         kept: Mapping[str, str] | None = None) -> Iterator[str]:
    """The picker page (templates/index.html.j2), rendered a leaflet at a time, in pieces of a few kB.

    ``sections``: each leaflet's key (:attr:`PickerEntry.key`) and how to make what its
    section shows, called only when ``kept`` (:func:`kept_sections`, sections already
    rendered, by key) has none with that key.
    """
    kept = kept or {}
    template = environment.get_template(_TEMPLATE)
    render_section = getattr(template.module, "leaflet_section")  # noqa: B009 - the template's macro

    def each_section() -> Iterator[Markup]:
        for key, make in sections:
            html = kept.get(key)
            if html is None:
                leaflet = make()
                html = str(render_section(leaflet))
                if not leaflet.complete:  # not to be copied: rendered again next time
                    yield Markup(html)
                    continue
            yield Markup(f"{_SECTION_START}{key} -->\n{html}{_SECTION_END}")

    stream = template.stream(sections=each_section())
    stream.enable_buffering(500)  # the template's many small outputs, written a few kB at a time
    return iter(stream)


def sections_of(path: Path, slugs: Iterable[str]) -> dict[str, tuple[str, str]]:
    """The sections of ``slugs`` on the picker page at ``path``: by slug, each one's key and HTML."""
    wanted = {f'aria-labelledby="leaflet-{escape(slug)}"': slug for slug in slugs}
    found = {}
    for key, html in kept_sections(path).items():
        start = html.find('aria-labelledby="leaflet-')
        label = html[start:html.find('"', start + len('aria-labelledby="')) + 1] if start >= 0 else ""
        if label in wanted:
            found[wanted[label]] = (key, html)
    return found


def kept_sections(path: Path) -> dict[str, str]:
    """The sections of the picker page at ``path``, by key, as :func:`page` marked them; none without a page.

    Only for a page the caller knows :func:`page` made with the same code and settings.
    The page is read whole (6 MB at 800 leaflets in 10 languages), once per run that
    remakes it, and cut up as bytes: as one string of Chinese, Arabic and Latin text it
    takes two bytes a character, and cutting it took 16 to 34 ms at 200 x 30, not 6.
    """
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    sections = {}
    for piece in data.split(_SECTION_START.encode())[1:]:
        key, _, rest = piece.partition(b" -->\n")
        html, end, _ = rest.partition(_SECTION_END.encode())
        if end:
            with contextlib.suppress(UnicodeDecodeError):  # not kept: rendered again
                sections[key.decode("ascii")] = html.decode("utf-8")
    return sections


@cache
def _editions(code: str, pdf: bool, bilingual: bool) -> tuple[Edition, ...]:
    """The editions of a published language: the build made them together."""
    editions = [Edition("Web page", ".html")]
    if pdf:
        editions.append(Edition("Print (PDF)", ".pdf"))
    editions.append(Edition("Plain text", ".txt"))
    if bilingual and code != SOURCE_LANGUAGE:
        editions.append(Edition(f"Bilingual: English + {language_label(code).english_name}", ".bilingual.html"))
    return tuple(editions)


# -- QR codes --------------------------------------------------------------------


def page_url(base_url: str, lang: str, slug: str) -> str:
    """The published page's address; a slug's ``#`` or ``?`` is part of the name, not of the URL."""
    return f"{base_url.rstrip('/')}/{quote(lang)}/{quote(slug)}.html"


@lru_cache(maxsize=64)  # a page whose .qr.svg file and PDF are both made in one run: its QR code drawn once
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
