"""`leaflets import` for one leaflet: the clinic's original -> a first draft of its Markdown.

Which reader reads an original is decided here, by its suffix (:data:`READERS`).
Each reader gives an :class:`~pipeline.source.outline.Outline`; this module
adds the front matter and decides whether the draft may replace the Markdown
there: a Markdown a person edited since it was imported is never overwritten
(unless forced). What import wrote is recorded, per leaflet, as the SHA-256 of
the Markdown's body in ``.leaflets/imported.json``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.core.clock import today
from pipeline.core.errors import SourceError
from pipeline.core.files import write_atomic

if TYPE_CHECKING:  # the readers and the outline load when a leaflet is imported (below)
    from pipeline.source.outline import Doubt, Outline

# The readers of the originals in source/raw/, by suffix. One original per leaflet. Each loads
# only when used: a rerun with nothing to import needs none (the text reader took 4 to 6 ms of
# each rerun, 2026-12-03; the outline loads with the Markdown reader when a leaflet is read).
READERS: dict[str, Callable[[Path], Outline]] = {
    ".txt": lambda path: import_module("pipeline.source.rawtext").import_text(path),
    ".docx": lambda path: import_module("pipeline.source.word").import_docx(path),  # python-docx and pdfplumber: 50 ms
    ".pdf": lambda path: import_module("pipeline.source.pdf").import_pdf(path),
}

RECORD_FILE = ".leaflets/imported.json"


@dataclass(frozen=True)
class Draft:
    """The Markdown import would write for one leaflet, and what it was unsure of."""

    slug: str
    original: Path
    markdown: str
    doubts: tuple[Doubt, ...]


def original_of(slug: str, listing: Mapping[str, list[Path]]) -> Path | None:
    """The leaflet's original (None when it has none), from :meth:`Config.originals`; two originals are an error."""
    found = listing.get(slug, [])
    if len(found) > 1:
        names = " and ".join(path.name for path in found)
        raise SourceError(f"two originals for one leaflet ({names}): keep one", found[0])
    return found[0] if found else None


def unread_files(raw_dir: Path) -> list[Path]:
    """The files in ``raw_dir`` that are no original import reads (by suffix); hidden files aside."""
    if not raw_dir.is_dir():
        return []
    return sorted(path for path in raw_dir.iterdir()
                  if path.suffix.lower() not in READERS and not path.name.startswith(".") and path.is_file())


def original_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def with_original_recorded(markdown: str, original: Path) -> str:
    """``markdown`` (a leaflet whose front matter reads) naming ``original`` as the one it was imported from."""
    line = f"source-sha256: {original_sha256(original)}"
    lines = markdown.split("\n")
    end = next(index for index in range(1, len(lines)) if lines[index].strip() == "---")  # read_leaflet checked it
    for index in range(1, end):
        if lines[index].partition(":")[0].strip() == "source-sha256":
            lines[index] = line
            break
    else:
        lines.insert(end, line)
    return "\n".join(lines)


def draft(original: Path, slug: str, previous_front: Mapping[str, str]) -> Draft:
    """The Markdown for ``original``, with the front matter fields a person set kept from ``previous_front``."""
    outline = READERS[original.suffix.lower()](original)
    front = dict(previous_front)
    front.update(slug=slug, title=outline.title.replace("\n", " "), source=f"raw/{original.name}",
                 **{"source-sha256": original_sha256(original)})
    front.setdefault("version", "1.0")
    front.setdefault("date", today().isoformat())
    return Draft(slug, original, import_module("pipeline.source.outline").to_markdown(outline, front), outline.doubts)


def body_sha256(markdown: str) -> str:
    """The SHA-256 of a Markdown's body: what follows its front matter (edits there are kept anyway)."""
    lines = markdown.removeprefix("\ufeff").replace("\r\n", "\n").split("\n")  # as document reads it
    if lines and lines[0].strip() == "---":
        closing = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
        if closing is not None:
            lines = lines[closing + 1:]
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def edited_since_import(current: str, recorded: str | None, new: str) -> bool:
    """Would writing ``new`` over ``current`` lose a person's edit?

    Not when the body is what import last wrote (``recorded``), nor when it is
    what import writes now. With no record (a fresh checkout), any other body
    may be someone's work.
    """
    body = body_sha256(current)
    return body != recorded and body != body_sha256(new)


def load_records(root: Path) -> dict[str, str]:
    """Per leaflet, the body hash of the Markdown import last wrote (empty when unknown or unreadable)."""
    try:
        records = json.loads((root / RECORD_FILE).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError, UnicodeDecodeError, RecursionError):
        return {}  # losing the record only makes import more careful
    if not isinstance(records, dict):
        return {}
    return {str(slug): str(sha) for slug, sha in records.items()}


def save_records(root: Path, records: Mapping[str, str]) -> None:
    write_atomic(root / RECORD_FILE, json.dumps(dict(sorted(records.items())), indent=1) + "\n")
