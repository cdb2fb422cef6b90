"""Text as the reports, messages and tables quote it, and where a field stands in the files leaflets writes."""

from __future__ import annotations

import json
from pathlib import Path


def excerpt(text: str, width: int = 60) -> str:
    """``text`` on one line, cut to ``width`` characters with "…" (a table row stays one row; a
    message's line number says which entry in full). A line break, or a plural's separator, shows
    as " / "; other runs of white space as one space."""
    text = " / ".join(" ".join(line.split()) for line in text.replace("\x00", "\n").split("\n"))
    return text if len(text) <= width else text[: width - 1] + "…"


def record_line(text: str, *path: str) -> int | None:
    """The line of a field of JSON laid out one field per line, as leaflets writes it (a ledger, the record of addresses).

    ``path`` names the field from the top: in a ledger ``"approvals"``, then a record's key,
    then e.g. ``"approved_at"``. The line of the nearest enclosing field found, else None.
    """
    lines = [line.strip() for line in text.splitlines()]
    found, start = None, 0
    for name in path:
        needle = f"{json.dumps(name, ensure_ascii=False)}:"
        number = next((n for n in range(start, len(lines)) if lines[n].startswith(needle)), None)
        if number is None:
            break
        found, start = number + 1, number + 1
    return found


def unquoted(value: str) -> str:
    """A front matter value without the one pair of quotes around it, if it has one (``"1.0"``, ``'Knee'``).

    Only a matching pair: a title that is or ends with an apostrophe ("Patients'") keeps it.
    """
    return value[1:-1] if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'" else value


def front_matter_field(path: Path, key: str) -> str | None:
    """A field of a leaflet's front matter, read without the rest of the file (docs/source-format.md):
    "" when it has none (or no front matter), None when the file cannot be read (then it might say anything)."""
    try:
        lines = path.read_text(encoding="utf-8").removeprefix("\ufeff").split("\n")
    except (OSError, UnicodeDecodeError):
        return None
    if not lines or lines[0].strip() != "---":
        return ""
    for line in lines[1:]:
        if line.strip() == "---":
            return ""
        name, sep, value = line.partition(":")
        if sep and name.strip() == key:
            return unquoted(value.strip())
    return ""
