"""The approval ledger: who approved which translation of which English, bound by hashes.

PO files hold translation state; the ledger holds trust. gettext tools drop
unknown flags and carry comments onto changed strings, so "approved" cannot
live in the PO file. Each approval records the SHA-256 of the English and of
the translation: when either changes, the approval lapses by itself.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path

from babel.messages.catalog import Catalog, Message

from pipeline.catalogs import key_of, message_key, messages, sha256, translation_of
from pipeline.clock import now
from pipeline.config import Config
from pipeline.errors import CatalogError, ReviewError
from pipeline.files import write_atomic
from pipeline.languages import language

LEDGER_FORMAT = 1


class ReviewState(StrEnum):
    UNTRANSLATED = "untranslated"
    DRAFT = "draft"  # fuzzy: a machine draft, or a translation whose English changed
    TRANSLATED = "translated"  # by a person, not yet approved
    APPROVED = "approved"
    LAPSED_ENGLISH = "lapsed-english"  # approved, then the English changed
    LAPSED_TRANSLATION = "lapsed-translation"  # approved, then the translation changed


@dataclass(frozen=True)
class Approval:
    english_sha256: str
    translation_sha256: str
    reviewer: str
    role: str
    approved_at: str  # ISO 8601, UTC


@dataclass
class Ledger:
    path: Path
    language: str
    leaflet: str
    approvals: dict[str, Approval] = field(default_factory=dict)

    def save(self) -> bool:
        document = {
            "format": LEDGER_FORMAT,
            "language": self.language,
            "leaflet": self.leaflet,
            "approvals": {key: asdict(a) for key, a in sorted(self.approvals.items())},
        }
        text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        return write_atomic(self.path, text)


def load_ledger(config: Config, lang: str, slug: str) -> Ledger:
    path = config.ledger_path(lang, slug)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Ledger(path, lang, slug)
    except json.JSONDecodeError as exc:
        raise CatalogError(f"approval ledger is not valid JSON: {exc.msg}", path, exc.lineno) from None
    except UnicodeDecodeError:
        raise CatalogError("approval ledger is not valid UTF-8", path) from None
    if not isinstance(document, dict) or document.get("language") != lang:
        raise CatalogError(f"approval ledger is not the {lang} ledger of {slug}", path)
    try:
        approvals = {key: Approval(**record) for key, record in document.get("approvals", {}).items()}
    except TypeError as exc:
        raise CatalogError(f"approval ledger has a malformed record: {exc}", path) from None
    return Ledger(path, lang, slug, approvals)


def reviewer_may_approve(config: Config, reviewer_id: str, lang: str) -> bool:
    reviewer = config.reviewer(reviewer_id)
    return reviewer is not None and lang in reviewer.languages


def state_of(message: Message, ledger: Ledger, config: Config) -> ReviewState:
    """The review state of one message, judged from the PO file and the ledger."""
    translation = translation_of(message)
    if not translation:
        return ReviewState.UNTRANSLATED
    record = ledger.approvals.get(key_of(message))
    if record is None and message.previous_id:
        record = ledger.approvals.get(message_key(_previous(message), message.context))
    if record is not None:
        if record.english_sha256 != sha256(message_key(message.id)):
            return ReviewState.LAPSED_ENGLISH
        if record.translation_sha256 != sha256(translation):
            return ReviewState.LAPSED_TRANSLATION
    if message.fuzzy:
        return ReviewState.DRAFT
    if record is not None and reviewer_may_approve(config, record.reviewer, ledger.language):
        return ReviewState.APPROVED
    return ReviewState.TRANSLATED


def _previous(message: Message) -> str | tuple[str, ...]:
    previous = message.previous_id
    return previous[0] if len(previous) == 1 else tuple(previous)


def approved_keys(catalog: Catalog, ledger: Ledger, config: Config) -> set[str]:
    return {
        key_of(m) for m in messages(catalog) if state_of(m, ledger, config) is ReviewState.APPROVED
    }


def approve(
    catalog: Catalog,
    ledger: Ledger,
    config: Config,
    reviewer_id: str,
    *,
    prefix: str | None = None,
) -> list[Message]:
    """Record approvals of the non-fuzzy translations (all, or those whose English starts with ``prefix``).

    Returns the messages approved now; the caller saves the ledger.
    """
    lang = ledger.language
    if language(lang).pseudo:
        raise ReviewError(f"{lang} is a pseudo-locale for layout tests; it can never be approved")
    reviewer = config.reviewer(reviewer_id)
    if reviewer is None:
        raise ReviewError(f"reviewer {reviewer_id!r} is not listed in [[tool.leaflets.reviewers]]")
    if lang not in reviewer.languages:
        raise ReviewError(f"reviewer {reviewer_id!r} is not listed for {lang}")
    stamp = now().isoformat()
    approved = []
    for message in messages(catalog):
        if prefix is not None and not message_key(message.id).startswith(prefix):
            continue
        if message.fuzzy or state_of(message, ledger, config) in (
            ReviewState.UNTRANSLATED,
            ReviewState.APPROVED,
        ):
            continue
        ledger.approvals[key_of(message)] = Approval(
            english_sha256=sha256(message_key(message.id)),
            translation_sha256=sha256(translation_of(message)),
            reviewer=reviewer.id,
            role=reviewer.role,
            approved_at=stamp,
        )
        approved.append(message)
    return approved
