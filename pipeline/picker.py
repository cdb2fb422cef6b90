"""The language picker for clinic staff (``dist/index.html``) and the QR codes it shows.

Only published languages are listed, each under its own name and its English
name, with relative links (the folder may be opened from a shared drive) and a
QR code that takes the page home on a phone. The search box is a small
script; without it the page is a plain list.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup, escape

from pipeline.files import write_atomic
from pipeline.languages import SOURCE_LANGUAGE, Language

# Staff search by the language the patient speaks; Chinese is published by script.
SEARCH_ALIASES = {
    "zh": "Mandarin Cantonese Chinese 汉语 漢語 普通话 國語 粵語",
    "fa": "Farsi Dari",
    "pa": "Panjabi",
    "el": "Hellenic",
}


@dataclass(frozen=True)
class Edition:
    label: str  # what staff click: "Web page", "Print (PDF)"
    href: str  # relative to dist/


@dataclass(frozen=True)
class PickerEntry:
    language: Language
    editions: tuple[Edition, ...]
    qr: Markup | None = None  # inline SVG
    url: str = ""  # the address the QR code holds

    @property
    def native_name(self) -> str:
        # CLDR names are lower case for use inside a sentence ("italiano"); a list item starts a line.
        name = self.language.native_name
        return name[:1].upper() + name[1:]

    @property
    def english_name(self) -> str:
        return self.language.english_name

    @property
    def search(self) -> str:
        lang = self.language
        words = [lang.native_name, lang.english_name, lang.code, lang.tag,
                 SEARCH_ALIASES.get(lang.locale.language, "")]
        return search_key(" ".join(words))


@dataclass(frozen=True)
class PickerLeaflet:
    slug: str
    title: str
    entries: tuple[PickerEntry, ...]

    @property
    def search(self) -> str:
        return search_key(f"{self.title} {self.slug}")


def search_key(text: str) -> str:
    """Lower case without Latin accents, as the page's script normalises what is typed."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not "\u0300" <= c <= "\u036f").lower()


def sort_entries(entries: list[PickerEntry]) -> list[PickerEntry]:
    """English first, then by English name: the staff's own alphabet."""
    return sorted(entries, key=lambda e: (e.language.code != SOURCE_LANGUAGE, e.english_name))


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
    return write_atomic(path, qr_svg(url))


def inline_qr(path: Path) -> Markup | None:
    """The SVG at ``path`` for inlining in the picker, or None when there is none."""
    try:
        return Markup(path.read_text(encoding="utf-8").strip())
    except FileNotFoundError:
        return None
