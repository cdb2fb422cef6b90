"""When a leaflet is next due for review: its front matter's ``review_by``, or the project's default.

The default is ``review_months`` (``[tool.leaflets]``, 24) after the English
``date``. Every edition prints the day ("Next review"); ``leaflets check``
warns :data:`WARN_DAYS` before it and fails once it has passed, at the line of
the front matter that set it. Today comes from :mod:`pipeline.core.clock`.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from pipeline.core.errors import SourceError
from pipeline.source.document import Leaflet

KEY = "review_by"
WARN_DAYS = 60


@dataclass(frozen=True)
class ReviewDate:
    day: dt.date
    key: str  # the front matter key it comes from: review_by, or date (plus the project's review_months)


class ReviewStatus(StrEnum):
    CURRENT = "current"
    DUE_SOON = "due soon"  # within WARN_DAYS: check warns
    OVERDUE = "overdue"  # check fails


def review_date(leaflet: Leaflet, months: int) -> ReviewDate:
    """The leaflet's next review; a ``review_by`` that is not a date is refused at its line."""
    given = leaflet.front_matter.get(KEY)
    if given is None:
        return ReviewDate(add_months(leaflet.date_value, months), "date")
    try:
        return ReviewDate(dt.date.fromisoformat(given), KEY)
    except ValueError:
        raise SourceError(f"front matter {KEY} {given!r} is not YYYY-MM-DD", leaflet.path,
                          front_matter_line(leaflet.path, KEY)) from None


def status_on(review: ReviewDate, today: dt.date) -> ReviewStatus:
    if today > review.day:
        return ReviewStatus.OVERDUE
    if (review.day - today).days <= WARN_DAYS:
        return ReviewStatus.DUE_SOON
    return ReviewStatus.CURRENT


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` ``months`` later, on the last day of the month when that month is shorter (29 Feb -> 28 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def front_matter_line(path: Path, key: str) -> int:
    """The line of ``key:`` in the front matter of ``path`` (1, the front matter's first, when not found)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return 1
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() == "---":
            break
        if line.partition(":")[0].strip() == key:
            return number
    return 1
