"""How much a check's finding weighs.

Kept apart from the rules so that the CLI and the console can name severities
without importing the check machinery (the glossary): a rerun with nothing to
do should start fast. It sits in checks/, below review/, because the checks use it.
"""

from __future__ import annotations

from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"  # blocks approval and publishing unless overridden with a reason
    WARNING = "warning"  # shown to the reviewer
