"""The approval ledger and the review actions: approve, reject, edit, and the queue.

PO files hold translation state; the ledger holds trust. gettext tools drop
unknown flags and carry comments onto changed strings, so "approved" cannot
live in the PO file. Each approval records the SHA-256 of the English and of
the translation: when either changes, the approval lapses by itself.

The ledger also records rejections (with the reviewer's reason) and edits
made through the review tools, so a reviewer never approves their own words.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import MISSING, asdict, dataclass, field, fields
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from babel.messages.catalog import Catalog, Message

from pipeline.catalogs import key_of, message_key, messages, sha256, translation_of, write_catalog
from pipeline.clock import now
from pipeline.config import Config, Reviewer
from pipeline.errors import CatalogError, ReviewError
from pipeline.files import flock, list_unfinished, read_file, write_atomic
from pipeline.languages import language
from pipeline.states import STATE_LABELS, WAITING, ReviewState
from pipeline.update import read_language_catalog

if TYPE_CHECKING:
    from pipeline.checks import Finding
    from pipeline.glossary import Glossary

LEDGER_FORMAT = 2  # 1: approvals only; 2: adds rejections and edits


@dataclass(frozen=True)
class Approval:
    english_sha256: str
    translation_sha256: str
    reviewer: str
    role: str
    approved_at: str  # ISO 8601, UTC
    override: str = ""  # the reviewer's reason for approving despite error findings
    overridden: tuple[str, ...] = ()  # the checks whose errors the override covers
    preview: str = ""  # SHA-256 of the preview page read before a bulk approval
    own_edit: bool = False  # approved by its editor, where the project allows that


@dataclass(frozen=True)
class Rejection:
    english_sha256: str
    translation_sha256: str
    reviewer: str
    reason: str
    rejected_at: str


@dataclass(frozen=True)
class Edit:
    """Who wrote the current translation through the review tools."""

    english_sha256: str
    translation_sha256: str
    editor: str
    edited_at: str


@cache
def _shape(cls: type) -> tuple[frozenset[str], frozenset[str], dict[str, Any]]:
    """A record class's field names, the required ones, and the defaults of the rest."""
    names = frozenset(f.name for f in fields(cls))
    defaults = {f.name: f.default for f in fields(cls) if f.default is not MISSING}
    return names, names - defaults.keys(), defaults


_new_object, _set_attribute = object.__new__, object.__setattr__


def _record(cls: type, data: Any, path: Path) -> Any:
    """A record through its dataclass: what load_ledger does with one not of the usual shape."""
    if not isinstance(data, dict):
        raise CatalogError(f"approval ledger has a malformed {cls.__name__.lower()} record", path)
    try:
        record = cls(**data)
    except TypeError as exc:
        raise CatalogError(f"approval ledger has a malformed record: {exc}", path) from None
    if isinstance(getattr(record, "overridden", None), list):  # JSON has no tuples
        record = cls(**{**data, "overridden": tuple(data["overridden"])})
    return record


def _compact(record: Any) -> dict:
    """The record as JSON, without optional fields left at their defaults (so format-1 records stay as they were)."""
    data = asdict(record)
    result = {}
    for f in fields(record):
        value = data[f.name]
        if f.default is not MISSING and value == f.default:
            continue
        result[f.name] = list(value) if isinstance(value, tuple) else value
    return result


@dataclass
class Ledger:
    path: Path
    language: str
    leaflet: str
    approvals: dict[str, Approval] = field(default_factory=dict)
    rejections: dict[str, Rejection] = field(default_factory=dict)
    edits: dict[str, Edit] = field(default_factory=dict)
    as_read: bytes | None = field(default=None, repr=False, compare=False)  # the file's bytes, when read
    read_status: os.stat_result | None = field(default=None, repr=False, compare=False)  # and its status then

    def save(self) -> bool:
        """Write the ledger atomically; return False when nothing changed (an empty ledger is not created)."""
        if not (self.approvals or self.rejections or self.edits or self.path.exists()):
            return False
        document = {
            "format": LEDGER_FORMAT,
            "language": self.language,
            "leaflet": self.leaflet,
            "approvals": {key: _compact(r) for key, r in sorted(self.approvals.items())},
            "rejections": {key: _compact(r) for key, r in sorted(self.rejections.items())},
            "edits": {key: _compact(r) for key, r in sorted(self.edits.items())},
        }
        text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        self.as_read = self.read_status = None  # no longer the file's bytes
        return write_atomic(self.path, text)


def load_ledger(config: Config, lang: str, slug: str) -> Ledger:
    path = config.ledger_path(lang, slug)
    try:
        as_read, read_status = read_file(path)
        document = json.loads(as_read.decode("utf-8"))
    except FileNotFoundError:
        return Ledger(path, lang, slug)
    except json.JSONDecodeError as exc:
        raise CatalogError(f"approval ledger is not valid JSON: {exc.msg}", path, exc.lineno) from None
    except UnicodeDecodeError:
        raise CatalogError("approval ledger is not valid UTF-8", path) from None
    except OSError as exc:  # a folder in its place, no permission
        raise CatalogError(f"cannot read the approval ledger: {exc.strerror}", path) from None
    if not isinstance(document, dict) or document.get("language") != lang:
        raise CatalogError(f"approval ledger is not the {lang} ledger of {slug}", path)
    if document.get("format", 1) > LEDGER_FORMAT:
        raise CatalogError("approval ledger is from a newer leaflets; upgrade leaflets", path)

    def section(name: str, cls: type) -> dict:
        records = document.get(name, {})
        if not isinstance(records, dict):
            raise CatalogError(f"approval ledger: {name} must be an object", path)
        names, required, defaults = _shape(cls)
        built = {}
        for key, data in records.items():
            # A well-formed record, built without the frozen dataclass's __init__ (which sets
            # fields one by one): a build loads every approval of every language.
            if data.__class__ is dict and required <= data.keys() <= names and not isinstance(
                    data.get("overridden"), list):
                record = _new_object(cls)
                _set_attribute(record, "__dict__", {**defaults, **data})
                built[key] = record
            else:
                built[key] = _record(cls, data, path)
        return built

    return Ledger(
        path, lang, slug,
        approvals=section("approvals", Approval),
        rejections=section("rejections", Rejection),
        edits=section("edits", Edit),
        as_read=as_read,
        read_status=read_status,
    )


def reviewer_may_approve(config: Config, reviewer_id: str, lang: str) -> bool:
    reviewer = config.reviewer(reviewer_id)
    return reviewer is not None and lang in reviewer.languages


def listed_reviewer(config: Config, reviewer_id: str, lang: str) -> Reviewer:
    """The reviewer, or a ReviewError when they may not review ``lang``."""
    if language(lang).pseudo:
        raise ReviewError(f"{lang} is a pseudo-locale for layout tests; it can never be approved")
    reviewer = config.reviewer(reviewer_id)
    if reviewer is None:
        raise ReviewError(f"reviewer {reviewer_id!r} is not listed in [[tool.leaflets.reviewers]]")
    if lang not in reviewer.languages:
        raise ReviewError(f"reviewer {reviewer_id!r} is not listed for {lang}")
    return reviewer


@lru_cache(maxsize=16384)
def _english_sha256(english: str) -> str:
    # Every language of a leaflet checks its approvals against the same English.
    return sha256(english)


def english_of(message: Message) -> str:
    msgid = message.id
    return message_key(tuple(msgid) if isinstance(msgid, list) else msgid)


def _previous(message: Message) -> str | tuple[str, ...]:
    previous = message.previous_id
    return previous[0] if len(previous) == 1 else tuple(previous)


def _approval_of(message: Message, ledger: Ledger) -> Approval | None:
    record = ledger.approvals.get(key_of(message))
    if record is None and message.previous_id:
        record = ledger.approvals.get(message_key(_previous(message), message.context))
    return record


def _current(record: Rejection | Edit | None, message: Message) -> bool:
    """Does ``record`` speak of this very English and translation?"""
    return (
        record is not None
        and record.english_sha256 == _english_sha256(english_of(message))
        and record.translation_sha256 == sha256(translation_of(message))
    )


def state_of(message: Message, ledger: Ledger, config: Config) -> ReviewState:
    """The review state of one message, judged from the PO file and the ledger."""
    translation = translation_of(message)
    if not translation:
        return ReviewState.UNTRANSLATED
    if _current(ledger.rejections.get(key_of(message)), message):
        return ReviewState.REJECTED
    record = _approval_of(message, ledger)
    if record is not None:
        if record.english_sha256 != _english_sha256(english_of(message)):
            return ReviewState.LAPSED_ENGLISH
        if record.translation_sha256 != sha256(translation):
            return ReviewState.LAPSED_TRANSLATION
    if message.fuzzy:
        return ReviewState.DRAFT
    if record is not None and reviewer_may_approve(config, record.reviewer, ledger.language):
        return ReviewState.APPROVED
    return ReviewState.TRANSLATED


def approved_keys(catalog: Catalog, ledger: Ledger, config: Config) -> set[str]:
    """The keys of the messages whose state_of is APPROVED: the publishable ones.

    The same judgement as :func:`state_of`, in one pass over the catalogue (a
    build asks it of every message of every language): translated, not a draft,
    approved by a reviewer listed for the language, for this very English and
    translation, and not rejected since.
    """
    # A tuple, not a set: a hand-edited ledger may name its reviewer with any JSON value.
    listed = tuple(reviewer.id for reviewer in config.reviewers if ledger.language in reviewer.languages)
    approvals, rejections = ledger.approvals, ledger.rejections
    approved = set()
    for message in catalog._messages.values():  # messages(catalog), without copying the list
        msgid, translation = message.id, message.string
        if "fuzzy" in message.flags:
            continue
        if translation.__class__ is not str:
            translation = translation_of(message)
        if not translation:
            continue
        # key_of and english_of, spelled out for the usual message: one English string, no context.
        if msgid.__class__ is str and message.context is None:
            key = english = msgid
        else:
            key, english = key_of(message), english_of(message)
        record = approvals.get(key)
        if record is None and message.previous_id:
            record = _approval_of(message, ledger)
        if record is None or record.reviewer not in listed:
            continue
        english_hash = _english_sha256(english)
        if record.english_sha256 != english_hash or record.translation_sha256 != (translated := sha256(translation)):
            continue
        rejection = rejections.get(key)
        if (rejection is None or rejection.english_sha256 != english_hash
                or rejection.translation_sha256 != translated):
            approved.add(key)
    return approved


def own_edit(message: Message, ledger: Ledger, reviewer_id: str) -> bool:
    """Did ``reviewer_id`` write the current translation through the review tools?"""
    edit = ledger.edits.get(key_of(message))
    return _current(edit, message) and edit is not None and edit.editor == reviewer_id


def approve_own_edits(config: Config) -> bool:
    """The four-eyes rule holds unless ``[tool.leaflets.review] approve_own_edits = true``."""
    review = config.settings.get("review", {})
    return bool(review.get("approve_own_edits", False)) if isinstance(review, dict) else False


def approve(
    catalog: Catalog,
    ledger: Ledger,
    config: Config,
    reviewer_id: str,
    *,
    prefix: str | None = None,
) -> list[Message]:
    """Record approvals of the non-fuzzy translations (all, or those whose English starts with ``prefix``).

    The low-level form for scripts and tests: it does not run the checks and
    leaves drafts alone. It never approves a reviewer's own edit. Returns the
    messages approved now; the caller saves the ledger.
    """
    reviewer = listed_reviewer(config, reviewer_id, ledger.language)
    approved = []
    for message in messages(catalog):
        if prefix is not None and not english_of(message).startswith(prefix):
            continue
        if message.fuzzy or state_of(message, ledger, config) in (
            ReviewState.UNTRANSLATED,
            ReviewState.APPROVED,
            ReviewState.REJECTED,
        ):
            continue
        if own_edit(message, ledger, reviewer.id):
            continue
        _record_approval(message, ledger, reviewer)
        approved.append(message)
    return approved


def _record_approval(message: Message, ledger: Ledger, reviewer: Reviewer, **extra: Any) -> None:
    key = key_of(message)
    if message.previous_id:  # the approval of the old English is replaced, not kept beside it
        old = message_key(_previous(message), message.context)
        if old != key:
            ledger.approvals.pop(old, None)
    ledger.approvals[key] = Approval(
        english_sha256=sha256(english_of(message)),
        translation_sha256=sha256(translation_of(message)),
        reviewer=reviewer.id,
        role=reviewer.role,
        approved_at=now().isoformat(),
        **extra,
    )
    ledger.rejections.pop(key, None)


# -- findings --------------------------------------------------------------

_CHECK_MARK = re.compile(r"^leaflets-check:\s*(?P<check>[^:]+?)\s*:\s*(?P<message>.*)$")
_REJECTED_MARK = "leaflets-rejected:"


@dataclass(frozen=True)
class DraftInfo:
    engine: str
    date: dt.date | None


def draft_info(message: Message) -> DraftInfo | None:
    """The machine engine and date of a draft, from the draft stage's ``leaflets-draft:`` comment."""
    # The draft stage owns the marker; imported late because its engines read approvals from here.
    from pipeline.draft import draft_marker

    marker = draft_marker(message)
    if marker is None:
        return None
    return DraftInfo(marker.engine, dt.date.fromisoformat(marker.date))


def findings_of(message: Message, lang: str, glossary: Glossary | None = None) -> list[Finding]:
    """Check findings for the current translation, plus errors the draft stage marked on it."""
    translation = translation_of(message)
    if not translation:
        return []
    try:
        from pipeline.checks import Finding, Severity, run_checks
    except ImportError:  # the checks module is optional until it lands
        return []
    found = list(run_checks(english_of(message), translation, lang, glossary))
    seen = {(f.check, f.message) for f in found}
    for comment in message.user_comments:
        if (match := _CHECK_MARK.match(comment)) and (match["check"], match["message"]) not in seen:
            found.append(Finding(match["check"], Severity.ERROR, match["message"]))
    return found


def blocking(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if str(f.severity) == "error"]


# -- review actions on one entry -------------------------------------------


@dataclass
class Outcome:
    """What an approval did: the entries approved, those held back and why, whether the PO changed."""

    approved: list[Message] = field(default_factory=list)
    held: list[tuple[Message, str]] = field(default_factory=list)
    po_changed: bool = False


def _clear_draft(message: Message, *, drop_check_marks: bool = False) -> bool:
    """Make ``message`` a finished translation in the PO: no fuzzy flag, no ``#|``, no rejection note.

    The ``leaflets-draft:`` note stays as provenance; ``leaflets-check:`` notes
    go when the words they judged are replaced.
    """
    before = (set(message.flags), list(message.previous_id or []), list(message.user_comments))
    message.flags.discard("fuzzy")
    message.previous_id = []
    message.user_comments = [
        c for c in message.user_comments
        if not c.startswith(_REJECTED_MARK) and not (drop_check_marks and c.startswith("leaflets-check:"))
    ]
    return before != (set(message.flags), list(message.previous_id), list(message.user_comments))


def approve_entries(
    catalog: Catalog,
    ledger: Ledger,
    config: Config,
    reviewer_id: str,
    selected: Iterable[Message],
    *,
    override: str = "",
    preview: str = "",
    glossary: Glossary | None = None,
    bulk: bool = False,
) -> Outcome:
    """Approve ``selected`` as a reviewer reading them: drafts included, checks enforced.

    A draft that is approved stops being fuzzy. An entry with error findings is
    held back unless ``override`` gives the reviewer's reason; an entry the
    reviewer edited is held back (four-eyes rule) unless the project allows it.
    A rejected entry can be approved one at a time by a reviewer who overrules
    the rejection, never in ``bulk``.
    """
    reviewer = listed_reviewer(config, reviewer_id, ledger.language)
    outcome = Outcome()
    lang = ledger.language
    for message in selected:
        state = state_of(message, ledger, config)
        if state is ReviewState.UNTRANSLATED:
            outcome.held.append((message, "untranslated: nothing to approve"))
            continue
        if state is ReviewState.APPROVED:
            continue
        if state is ReviewState.REJECTED and bulk:
            outcome.held.append((message, "rejected: approve it on its own to overrule the rejection"))
            continue
        mine = own_edit(message, ledger, reviewer.id)
        if mine and not approve_own_edits(config):
            outcome.held.append((message, f"{reviewer.id} edited this translation; another reviewer must approve it"))
            continue
        errors = blocking(findings_of(message, lang, glossary))
        if errors and not override.strip():
            names = ", ".join(sorted({f.check for f in errors}))
            outcome.held.append((message, f"check errors ({names}): approve with an override reason, or edit"))
            continue
        extra: dict[str, Any] = {"preview": preview, "own_edit": mine}
        if errors:
            extra.update(override=" ".join(override.split()), overridden=tuple(sorted({f.check for f in errors})))
        _record_approval(message, ledger, reviewer, **extra)  # before #| goes: it names the old record
        if _clear_draft(message):
            outcome.po_changed = True
        outcome.approved.append(message)
    return outcome


def reject_entry(catalog: Catalog, ledger: Ledger, config: Config, reviewer_id: str, message: Message,
                 reason: str) -> None:
    """Send a translation back to draft with the reviewer's reason; any approval is withdrawn."""
    reviewer = listed_reviewer(config, reviewer_id, ledger.language)
    reason = " ".join(reason.split())
    if not reason:
        raise ReviewError("a rejection needs a reason the translator can act on")
    if not translation_of(message):
        raise ReviewError("this entry is untranslated: there is nothing to reject")
    key = key_of(message)
    stamp = now()
    message.flags.add("fuzzy")
    message.user_comments = [c for c in message.user_comments if not c.startswith(_REJECTED_MARK)]
    message.user_comments.append(f"{_REJECTED_MARK} {reviewer.id} {stamp.date().isoformat()}: {reason}")
    ledger.approvals.pop(key, None)
    ledger.rejections[key] = Rejection(
        english_sha256=sha256(english_of(message)),
        translation_sha256=sha256(translation_of(message)),
        reviewer=reviewer.id,
        reason=reason,
        rejected_at=stamp.isoformat(),
    )


def normalise_text(text: str) -> str:
    """A translation as typed in a form: browsers send CRLF, blocks never start or end with space."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def edit_entry(catalog: Catalog, ledger: Ledger, config: Config, editor_id: str, message: Message,
               text: str) -> bool:
    """Replace the translation and record who wrote it. Return False when the text is unchanged."""
    editor = listed_reviewer(config, editor_id, ledger.language)
    text = normalise_text(text)
    if not text:
        raise ReviewError("the translation is empty; to send an entry back, reject it with a reason")
    if isinstance(message.id, tuple | list):
        raise ReviewError("plural entries are edited in a PO editor, not here")
    if text == translation_of(message):
        return False
    key = key_of(message)
    message.string = text
    _clear_draft(message, drop_check_marks=True)
    ledger.approvals.pop(key, None)  # the approval was of other words
    ledger.rejections.pop(key, None)
    ledger.edits[key] = Edit(
        english_sha256=sha256(english_of(message)),
        translation_sha256=sha256(text),
        editor=editor.id,
        edited_at=now().isoformat(),
    )
    return True


# -- one catalogue, locked, read and written together ------------------------


@contextlib.contextmanager
def catalogue_lock(config: Config, lang: str) -> Iterator[None]:
    """Serialise writers of one language's catalogues and ledgers (threads and processes alike).

    The lock is an flock on the LC_MESSAGES folder: files there are replaced by
    rename, so a lock on a file would guard an inode that is about to vanish,
    and a folder lock leaves no lock file behind to commit. The folder is listed
    for the clean-up after a kill first: the review server writes here outside
    any run, and its temporary files are removed by the next run if it is killed.
    """
    folder = config.po_path(lang, "x").parent
    list_unfinished(config.root, folder)
    with flock(folder):
        yield


@dataclass
class Workfile:
    """One leaflet's catalogue and ledger in one language, read under the lock."""

    config: Config
    lang: str
    slug: str
    catalog: Catalog
    ledger: Ledger
    po_changed: bool = False

    def message(self, key: str) -> Message:
        for message in messages(self.catalog):
            if key_of(message) == key:
                return message
        raise ReviewError(f"no such entry in {self.lang} {self.slug} (the English may have changed; reload)")


def read_workfile(config: Config, lang: str, slug: str) -> Workfile:
    """The catalogue and ledger as they are now, for reading (no lock, nothing written)."""
    path = config.po_path(lang, slug)
    if not path.exists():
        raise ReviewError(f"no {lang} catalogue for {slug}; run `leaflets update`")
    return Workfile(config, lang, slug, read_language_catalog(path, lang), load_ledger(config, lang, slug))


@contextlib.contextmanager
def editing(config: Config, lang: str, slug: str) -> Iterator[Workfile]:
    """Read the PO and ledger under the language lock; write both when the block ends without error.

    The PO is written before the ledger: between the two renames a reader sees
    a new translation without its approval, which is the safe side.
    """
    read_workfile(config, lang, slug)  # a clear error before taking the lock
    with catalogue_lock(config, lang):
        work = read_workfile(config, lang, slug)
        yield work
        if work.po_changed:
            write_catalog(config.po_path(lang, slug), work.catalog)
        work.ledger.save()


# -- the queue ----------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One entry as a reviewer sees it."""

    lang: str
    slug: str
    index: int  # position in the catalogue, from 1
    key: str
    english: str
    translation: str
    state: ReviewState
    since: dt.datetime  # how long it has waited (or when it was approved)
    location: str
    previous_english: str | None = None
    draft: DraftInfo | None = None
    approval: Approval | None = None
    rejection: Rejection | None = None
    editor: str | None = None  # who wrote the current translation through the review tools
    fuzzy: bool = False

    @property
    def label(self) -> str:
        if self.state is ReviewState.DRAFT and self.draft is not None:
            return "Machine draft"
        return STATE_LABELS[self.state]

    @property
    def english_sha256(self) -> str:
        return sha256(self.english)

    @property
    def translation_sha256(self) -> str:
        return sha256(self.translation)

    def as_dict(self) -> dict:
        return {
            "language": self.lang,
            "leaflet": self.slug,
            "index": self.index,
            "state": self.state.value,
            "label": self.label,
            "since": self.since.isoformat(),
            "location": self.location,
            "english": self.english,
            "translation": self.translation,
            "previous_english": self.previous_english,
            "engine": self.draft.engine if self.draft else None,
            "rejection": self.rejection.reason if self.rejection else None,
            "editor": self.editor,
        }


def _utc(value: Any, fallback: dt.datetime) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC) if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return fallback


def _since(message: Message, state: ReviewState, ledger: Ledger, catalog: Catalog,
           draft: DraftInfo | None) -> dt.datetime:
    """When the entry started to wait in its state: the best date the files and ledger hold."""
    epoch = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    english_arrived = _utc(catalog.creation_date, epoch)
    key = key_of(message)
    if state is ReviewState.REJECTED:
        return dt.datetime.fromisoformat(ledger.rejections[key].rejected_at)
    if state is ReviewState.APPROVED:
        return dt.datetime.fromisoformat(ledger.approvals[key].approved_at)
    if state is ReviewState.LAPSED_TRANSLATION:
        return _utc(catalog.revision_date, english_arrived)
    edit = ledger.edits.get(key)
    if state is ReviewState.TRANSLATED and _current(edit, message) and edit is not None:
        return dt.datetime.fromisoformat(edit.edited_at)
    if state is ReviewState.DRAFT and draft is not None and draft.date is not None:
        return dt.datetime.combine(draft.date, dt.time(), tzinfo=dt.UTC)
    return english_arrived


def entries_of(config: Config, lang: str, slug: str, catalog: Catalog, ledger: Ledger) -> list[Entry]:
    result = []
    for index, message in enumerate(messages(catalog), start=1):
        state = state_of(message, ledger, config)
        draft = draft_info(message)
        key = key_of(message)
        edit = ledger.edits.get(key)
        rejection = ledger.rejections.get(key)
        result.append(Entry(
            lang=lang,
            slug=slug,
            index=index,
            key=key,
            english=english_of(message),
            translation=translation_of(message),
            state=state,
            since=_since(message, state, ledger, catalog, draft),
            location=message.auto_comments[0] if message.auto_comments else "",
            previous_english=message_key(_previous(message)) if message.previous_id else None,
            draft=draft,
            approval=_approval_of(message, ledger),
            rejection=rejection if state is ReviewState.REJECTED else None,
            editor=edit.editor if _current(edit, message) and edit is not None else None,
            fuzzy=message.fuzzy,
        ))
    return result


@dataclass
class Queue:
    entries: list[Entry] = field(default_factory=list)
    counts: dict[str, Counter[ReviewState]] = field(default_factory=dict)  # per language, all states

    def as_dict(self) -> dict:
        return {
            "counts": {lang: {s.value: c[s] for s in ReviewState} for lang, c in self.counts.items()},
            "entries": [e.as_dict() for e in self.entries],
        }


def build_queue(config: Config, langs: Iterable[str], slugs: Iterable[str],
                states: Iterable[ReviewState] = WAITING) -> Queue:
    """Every entry in ``states``, oldest first, and the counts of every state per language."""
    wanted = set(states)
    queue = Queue()
    slugs = list(slugs)
    for lang in langs:
        counts = queue.counts.setdefault(lang, Counter())
        for slug in slugs:
            path = config.po_path(lang, slug)
            if not path.exists():
                continue
            catalog = read_language_catalog(path, lang)
            for entry in entries_of(config, lang, slug, catalog, load_ledger(config, lang, slug)):
                counts[entry.state] += 1
                if entry.state in wanted:
                    queue.entries.append(entry)
    queue.entries.sort(key=lambda e: (e.since, e.lang, e.slug, e.index))
    return queue


def catalogue_digest(catalog: Catalog) -> str:
    """SHA-256 of what a reader of the catalogue sees: each entry's English, translation and draft flag.

    Headers (revision date, translator) are left out, so a preview stays
    current until a word of the leaflet changes.
    """
    rows = [[key_of(m), translation_of(m), m.fuzzy] for m in messages(catalog)]
    return sha256(json.dumps(rows, ensure_ascii=False))
