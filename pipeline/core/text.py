"""Text as the reports, messages and tables quote it."""

from __future__ import annotations


def excerpt(text: str, width: int = 60) -> str:
    """``text`` on one line, cut to ``width`` characters with "…" (a table row stays one row; a
    message's line number says which entry in full). A line break, or a plural's separator, shows
    as " / "; other runs of white space as one space."""
    text = " / ".join(" ".join(line.split()) for line in text.replace("\x00", "\n").split("\n"))
    return text if len(text) <= width else text[: width - 1] + "…"
