"""The language picker for clinic staff (``dist/index.html``) and the QR codes it shows.

Only published languages are listed, each under its own name and its English
name, with who translated it (people, or a named engine's draft), who checked
it and when, as the ledger and the PO file show (the page's stamp says the
same), with relative links (the folder may be opened from a shared drive) and a
QR code that takes the page home on a phone. The search box is a small
script; without it the page is a plain list.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from urllib.parse import quote

from babel.dates import format_date
from jinja2 import Environment
from markupsafe import Markup, escape

from pipeline.core.config import Config
from pipeline.core.files import write_atomic
from pipeline.core.languages import SOURCE_LANGUAGE, language

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
    """How the picker names a language; made once per language, from its names (see languages.remember_names)."""

    code: str
    tag: str
    direction: str
    native_name: str
    english_name: str
    search: str


@cache
def language_label(code: str) -> LanguageLabel:
    return _label(code)


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


def search_key(text: str) -> str:
    """Lower case without Latin accents, as the page's script normalises what is typed."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not "\u0300" <= c <= "\u036f").lower()


def picker_leaflets(config: Config, leaflets: list[tuple[str, str]], published: set[tuple[str, str]], *,
                    pdf: bool, bilingual: bool, qr: bool,
                    credits: Mapping[tuple[str, str], Credit] | None = None,
                    updating: set[tuple[str, str]] | frozenset = frozenset()) -> Iterator[PickerLeaflet]:
    """The picker's content: for each (slug, title), its published languages, English first, then by English name.

    ``credits`` says, per (slug, language), who translated and checked it. The
    languages in ``updating`` (withdrawn, their addresses showing the holding
    page) are listed as being updated. One leaflet at a time: the page
    (templates/index.html.j2) is written as it is rendered, never held whole.
    """
    codes = sorted((SOURCE_LANGUAGE, *config.languages),
                   key=lambda c: (c != SOURCE_LANGUAGE, language_label(c).english_name))
    with_qr = qr and bool(config.base_url)
    inline = with_qr and len(published) <= QR_INLINE_LIMIT
    for slug, title in leaflets:
        rows = []
        for code in codes:
            if (slug, code) in updating:
                rows.append(PickerRow(language_label(code), (), None, updating=True))
                continue
            if (slug, code) not in published:
                continue
            qr_code = None
            if with_qr:
                url = page_url(config.base_url, code, slug)
                svg = inline_qr(config.output_path(code, slug, ".qr.svg")) if inline else None
                qr_code = QrCode(url, inline, svg)
            credit = (credits or {}).get((slug, code))
            rows.append(PickerRow(language_label(code), _editions(code, pdf, bilingual), qr_code, credit))
        yield PickerLeaflet(slug, title, tuple(rows))


@dataclass
class Sections:
    """Each leaflet's section of the picker as last rendered, by slug: (key of its content, HTML).

    Rendering the page's thousands of rows is most of what an edit of one leaflet
    costs; a section whose content (title, rows, editions, QR codes) is the same
    as last time is copied, not rendered. ``rendered`` collects what this page
    used, for the caller to keep (see :func:`read_sections`).
    """

    kept: dict[str, tuple[str, str]] = field(default_factory=dict)
    rendered: dict[str, tuple[str, str]] = field(default_factory=dict)


def page(environment: Environment, leaflets: Iterable[PickerLeaflet], sections: Sections | None = None) -> Iterator[str]:
    """The picker page (templates/index.html.j2), rendered a leaflet at a time, in pieces of a few kB."""
    sections = sections if sections is not None else Sections()
    template = environment.get_template("index.html.j2")
    render_section = getattr(template.module, "leaflet_section")  # noqa: B009 - the template's macro

    def each_section() -> Iterator[Markup]:
        for leaflet in leaflets:
            key = hashlib.sha256(repr(leaflet).encode()).hexdigest()  # frozen dataclasses: a stable repr
            kept = sections.kept.get(leaflet.slug)
            html = kept[1] if kept is not None and kept[0] == key else str(render_section(leaflet))
            sections.rendered[leaflet.slug] = (key, html)
            yield Markup(html)

    stream = template.stream(sections=each_section())
    stream.enable_buffering(500)  # the template's many small outputs, written a few kB at a time
    return iter(stream)


def read_sections(path: Path, fingerprint: str) -> Sections:
    """The sections kept at ``path`` by a run of the same code and settings; none when it is missing or unreadable.

    Only a shortcut: anything amiss and every section is rendered again.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["fingerprint"] == fingerprint:
            return Sections({slug: (key, html) for slug, (key, html) in data["sections"].items()})
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return Sections()


def keep_sections(path: Path, fingerprint: str, sections: Sections) -> None:
    """Keep the sections the page was just made of, for the next run (not fsynced: a cache)."""
    write_atomic(path, json.dumps({"fingerprint": fingerprint, "sections": sections.rendered}, ensure_ascii=False),
                 durable=False)


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
