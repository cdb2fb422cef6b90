"""The A4 print edition as PDF, through WeasyPrint, made only when its page changed.

The PDF is rendered from the same HTML as the web page (its print styles give
A4, page numbers, questions kept with their answers). Fonts come from the
machine through fontconfig (Debian's Noto packages) and are embedded as
subsets: only the glyphs the leaflet uses. The PDF is tagged, so screen
readers and reflow work on it too.

A PDF takes a second or so to make, so each one has a small record of the
SHA-256 of what it was made from; when the page, the renderer and this
module's settings are the same, the existing PDF is kept.
"""

from __future__ import annotations

import hashlib
import logging
from functools import lru_cache
from pathlib import Path

from pipeline.core.errors import LeafletsError
from pipeline.core.files import remove_file, write_atomic

# Part of the recorded input: change a setting here and every PDF is remade.
_OPTIONS = {"pdf_tags": True, "full_fonts": False, "hinting": False, "uncompressed_pdf": False}

# WeasyPrint reports unsupported CSS (screen-only rules) on its own loggers; keep the core quiet.
logging.getLogger("weasyprint").setLevel(logging.ERROR)
logging.getLogger("fontTools").setLevel(logging.ERROR)


@lru_cache(maxsize=1)
def _recipe() -> str:
    from importlib.metadata import (
        version,  # here: importing it costs a run with no PDF to make 10 ms
    )

    return f"weasyprint {version('weasyprint')}; {sorted(_OPTIONS.items())}"


def input_digest(html: str) -> str:
    return hashlib.sha256(f"{_recipe()}\n{html}".encode()).hexdigest()


def render_pdf(html: str) -> bytes:
    """The PDF of ``html`` (a self-contained page: no external resources are fetched)."""
    import weasyprint  # imported when a PDF is due: it takes half a second

    try:
        return weasyprint.HTML(string=html, url_fetcher=_no_fetch).write_pdf(**_OPTIONS)
    except Exception as exc:  # WeasyPrint and its font libraries raise many kinds
        raise LeafletsError(f"WeasyPrint could not make the PDF: {exc}") from exc


def write_pdf(html: str, path: Path, record: Path) -> bool:
    """Make ``path`` from ``html`` unless ``record`` shows it was already made from the same page.

    The record is written after the PDF, so a run killed in between makes the
    PDF again next time instead of trusting a half-done one.
    """
    digest = input_digest(html)
    try:
        # The record names the page and the PDF made from it: a PDF replaced by hand is made again.
        if record.read_text(encoding="utf-8").split() == [digest, hashlib.sha256(path.read_bytes()).hexdigest()]:
            return False
    except FileNotFoundError:
        pass
    remove_file(record)
    try:
        data = render_pdf(html)
    except LeafletsError:
        remove_file(path)  # the old PDF shows superseded text: better none than that
        raise
    changed = write_atomic(path, data)
    write_atomic(record, f"{digest} {hashlib.sha256(data).hexdigest()}\n")
    return changed


def _no_fetch(url: str, timeout: int = 10, ssl_context=None) -> dict:
    # Pages are self-contained; refusing fetches keeps a PDF build offline and reproducible.
    raise ValueError(f"leaflet pages load nothing from outside: {url}")
