"""The review states, which the CLI and the console share with the stages.

Kept apart so that every ``leaflets`` command can name review states without
importing the review machinery (Babel's catalogue code, the glossary): a rerun
with nothing to do should start fast. Finding severities live in
:mod:`pipeline.checks.severity` for the same reason.
"""

from __future__ import annotations

from enum import StrEnum


class ReviewState(StrEnum):
    UNTRANSLATED = "untranslated"
    DRAFT = "draft"  # fuzzy: a machine draft, or a translation whose English changed
    TRANSLATED = "translated"  # by a person, not yet approved
    APPROVED = "approved"
    LAPSED_ENGLISH = "lapsed-english"  # approved, then the English changed
    LAPSED_TRANSLATION = "lapsed-translation"  # approved, then the translation changed
    REJECTED = "rejected"  # a reviewer sent this translation back, with a reason


STATE_LABELS = {
    ReviewState.UNTRANSLATED: "Untranslated",
    ReviewState.DRAFT: "Draft",
    ReviewState.TRANSLATED: "Translated, not approved",
    ReviewState.APPROVED: "Approved",
    ReviewState.LAPSED_ENGLISH: "Lapsed: English changed",
    ReviewState.LAPSED_TRANSLATION: "Lapsed: translation changed",
    ReviewState.REJECTED: "Rejected",
}

WAITING = tuple(s for s in ReviewState if s is not ReviewState.APPROVED)
