"""Text as the reports, messages and tables quote it, and where a field stands in the JSON files leaflets writes."""

from __future__ import annotations

import json


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
