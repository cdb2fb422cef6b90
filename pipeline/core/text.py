"""Text as the reports, messages and tables quote it, and where a field stands in the files leaflets writes."""

from __future__ import annotations

import json
import re
from pathlib import Path

# The lines a merge that git could not finish leaves in a file: "<<<<<<< ours" and ">>>>>>> theirs".
# Not "=======" (also a Markdown heading's underline) nor diff3's "||||||| base" (also a table row of
# empty cells): git writes them only between the other two. Such a file is two versions at once, and
# is read as neither.
# Control characters no leaflet text has: a NUL makes a catalogue unreadable to every tool, a vertical
# tab or an escape shows as nothing or a box, and U+0080-U+009F are Windows-1252's punctuation read
# wrongly (U+0085 for its "…"). Tabs and line breaks are text's own. Refused in what the review tools
# and engines write, and a check finding in what a translator wrote.
CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONFLICT_MARKER = re.compile(r"^(?:<{7}|>{7})(?:[ \t]|\r?$)", re.MULTILINE)
MERGE_CONFLICT = ("an unresolved merge conflict: keep the lines meant, then delete the `<<<<<<<`, `=======` and "
                  "`>>>>>>>` lines")


# Up to the last "@" before the path, query or fragment, as requests splits an address ("p@ss" is a password).
_URL_CREDENTIALS = re.compile(r"\b([a-z][a-z0-9+.-]*://)[^/?#\s]*@", re.IGNORECASE)


def without_credentials(text: str) -> str:
    """``text`` with the user and password of each address in it left out (``https://user:secret@host`` ->
    ``https://host``): an engine behind a proxy's password is set in its url, and its errors and notices
    name the url, printed, in catalogues' comments and in the draft cache."""
    return _URL_CREDENTIALS.sub(r"\1", text)


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
    "" when it has none (or no front matter), None when the file cannot be read (then it might say
    anything): not UTF-8, or a merge's conflict markers on its first line or in its front matter."""
    try:
        lines = path.read_text(encoding="utf-8").removeprefix("\ufeff").split("\n")
    except (OSError, UnicodeDecodeError):
        return None
    if is_conflict_marker(lines[0]):
        return None
    if lines[0].strip() != "---":
        return ""
    found: str | None = None  # the first line that sets it, once the front matter is known to be whole
    for line in lines[1:]:
        if line.strip() == "---":
            break
        if is_conflict_marker(line):
            return None
        name, sep, value = line.partition(":")
        if sep and name.strip() == key and found is None:
            found = unquoted(value.strip())
    return found or ""


def is_conflict_marker(line: str) -> bool:
    """Is ``line`` one a merge left unfinished (``<<<<<<< HEAD``)? :data:`MERGE_CONFLICT` says what to do."""
    return _CONFLICT_MARKER.match(line) is not None


def conflict_line(text: str) -> int | None:
    """The line of the first conflict marker a merge left in ``text`` (:func:`is_conflict_marker`), else None."""
    if "<<<<<<<" not in text and ">>>>>>>" not in text:
        return None  # nearly every file: a substring search is quicker than the pattern's
    found = _CONFLICT_MARKER.search(text.removeprefix("\ufeff"))  # a byte-order mark first is on line 1
    return None if found is None else found.string.count("\n", 0, found.start()) + 1
