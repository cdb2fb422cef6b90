"""The one place that asks for the time, so tests and reproducible builds can fix it."""

from __future__ import annotations

import datetime as dt
import os


def now() -> dt.datetime:
    """The current UTC time, or SOURCE_DATE_EPOCH when set (the reproducible-builds convention)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def today() -> dt.date:
    return now().date()
