"""The approval ledger and the review actions: approve, reject, edit, and the queue.

PO files hold translation state; the ledger holds trust. gettext tools drop
unknown flags and carry comments onto changed strings, so "approved" cannot
live in the PO file. Each approval records the SHA-256 of the English and of
the translation: when either changes, the approval lapses by itself.

The ledger also records rejections (with the reviewer's reason) and edits
made through the review tools, so a reviewer never approves their own words.

Every record is signed by its reviewer's SSH key over a canonical statement
of what it says (:func:`statement`, :mod:`pipeline.core.signing`). Only a
record whose signature verifies against the key listed for that reviewer is
trusted (:func:`signature_fault`): a hand-typed or altered approval is no
approval, and a signed edit names its author, so the four-eyes rule holds by
key, not by the name someone typed. Approvals a reviewer makes in one action
are signed together, as git signs a commit rather than each file: one
:class:`Batch` statement lists the digest of every record's statement, and
each record names its batch, so a build checks one signature per action.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import MISSING, dataclass, field, fields, replace
from enum import StrEnum
from functools import lru_cache, partial
from pathlib import Path
from typing import Any, NamedTuple

from babel.messages.catalog import Catalog, Message

from pipeline.catalogs.markers import (
    DraftInfo,
    current_check_marks,
    draft_info,
    machine_draft,
    memory_origin,
    rejection_comment,
    tag_draft_words,
    tidy_check_marks,
    without_check_marks,
    without_rejection,
)
from pipeline.catalogs.po import (
    key_of,
    message_key,
    messages,
    msgfmt_fault,
    sha256,
    translation_of,
    write_catalog,
)
from pipeline.catalogs.update import changed_from, read_language_catalog
from pipeline.checks.glossary import Glossary, read_glossary
from pipeline.checks.rules import Finding, checks_fingerprint, run_checks
from pipeline.checks.severity import Severity
from pipeline.core.clock import now
from pipeline.core.config import LEDGER_SUFFIX, Config, Reviewer
from pipeline.core.errors import CatalogError, ReviewError
from pipeline.core.files import (
    flock,
    list_unfinished,
    per_version,
    read_file,
    write_atomic,
    written_together,
)
from pipeline.core.languages import language
from pipeline.core.signing import (
    NAMESPACE,
    PublicKey,
    Signer,
    find_signer,
    parse_public_key,
    sign,
    signing_key,
    verify,
)
from pipeline.core.text import CONTROL_CHARACTER, MERGE_CONFLICT, conflict_line, record_line
from pipeline.review.states import STATE_LABELS, WAITING, ReviewState

# 1: approvals only; 2: adds rejections, edits and signatures; 3: adds batches; 4: adds an edit's earlier
# words (an older leaflets refuses it as from a newer one, rather than naming a field it does not know)
LEDGER_FORMAT = 4
STATEMENT_VERSION = "leaflets-review/1"  # names the layout of the signed statement
BATCH_STATEMENT_VERSION = "leaflets-review-batch/1"  # and of a batch's
OVERRIDE_MIN_LENGTH = 15  # an override says what was checked: "ok" says nothing
OVERRIDE_MIN_LETTERS = 10  # in words: "..............." or "1234567890 !!!!" says nothing either


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
    # The overridden error findings themselves, "check: message": an override covers these and no other.
    overridden_findings: tuple[str, ...] = ()
    # checks_fingerprint() of the checks the approver's tools ran on these words (empty: none ran).
    # While it is the current one, the words' findings are the ones the approval saw.
    checks: str = ""
    # Where the approved words came from: "engine:NAME" (a machine draft), "edit:ID" (a signed edit
    # by that reviewer), "outside" (a PO editor, by no known author: the approver states they did not write it).
    source: str = ""
    signature: str = ""  # the reviewer's SSHSIG of statement(), base64
    batch: str = ""  # or the id of the Batch whose signature lists this record's statement


@dataclass(frozen=True)
class Batch:
    """Approvals one reviewer made in one action, signed once (see :func:`batch_statement`)."""

    reviewer: str
    signed_at: str
    records: tuple[str, ...]  # SHA-256 of each approval's statement(), sorted
    signature: str = ""  # the reviewer's SSHSIG of batch_statement(), base64


@dataclass(frozen=True)
class Rejection:
    english_sha256: str
    translation_sha256: str
    reviewer: str
    reason: str
    rejected_at: str
    signature: str = ""


@dataclass(frozen=True)
class Edit:
    """Who wrote the current translation through the review tools."""

    english_sha256: str
    translation_sha256: str
    editor: str
    edited_at: str
    signature: str = ""
    # The words this entry's earlier edits wrote, which this one replaced: "SHA-256 EDITED_AT EDITOR" each.
    # The ledger keeps one edit an entry; the four-eyes rule must not forget who wrote words that come back.
    earlier: tuple[str, ...] = ()


class Written(NamedTuple):
    """Words an edit wrote: one of an :class:`Edit`'s ``earlier``, or the edit itself."""

    translation_sha256: str
    edited_at: str
    editor: str

    def __str__(self) -> str:
        return f"{self.translation_sha256} {self.edited_at} {self.editor}"


def written_before(edit: Edit) -> list[Written]:
    """The words ``edit`` replaced, and those before them (an item not so written is passed over)."""
    return [Written(*item.split(" ", 2)) for item in edit.earlier if _WRITTEN.fullmatch(item)]


_WRITTEN = re.compile(r"[0-9a-f]{64} \S+ .+")


def _written_by(edit: Edit | None) -> tuple[str, ...]:
    """What an edit that replaces ``edit`` carries in its ``earlier``: ``edit``'s words and those before them."""
    if edit is None:
        return ()
    return tuple(dict.fromkeys((*edit.earlier, str(Written(edit.translation_sha256, edit.edited_at, edit.editor)))))


def carries(successor: Edit, edit: Edit) -> bool:
    """Does ``successor`` carry ``edit`` and the edits before it in its ``earlier``, as an edit replacing it does?"""
    return set(_written_by(edit)) <= set(successor.earlier)


_TIMES = ("approved_at", "rejected_at", "edited_at", "signed_at")
_LISTS = {"overridden": "check names", "overridden_findings": "findings", "records": "SHA-256 digests",
          "earlier": 'earlier edits ("SHA-256 EDITED_AT EDITOR")'}


def _field_fault(name: str, value: Any) -> str | None:
    """What is wrong with one field of a ledger record, or None."""
    if name == "own_edit":
        return None if isinstance(value, bool) else "must be true or false"
    if name in _LISTS:
        ok = isinstance(value, list) and all(isinstance(item, str) for item in value)
        if ok and name == "earlier":
            ok = all(_WRITTEN.fullmatch(item) and _time_fault(item.split(" ", 2)[1]) is None for item in value)
        return None if ok else f"must be a list of {_LISTS[name]}"
    if not isinstance(value, str):
        return "must be a string"
    return _time_fault(value) if name in _TIMES else None


def _time_fault(value: str) -> str | None:
    """What is wrong with a ledger's time (ISO 8601, with its UTC offset), or None."""
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return f"must be an ISO 8601 time such as 2026-01-05T09:30:00+00:00, not {value!r}"
    if moment.tzinfo is None:
        return f"must say its UTC offset (2026-01-05T09:30:00+00:00), not {value!r}"
    try:
        moment.astimezone(dt.UTC)  # year 1 at +14:00 is before the first UTC moment: no key's date compares
    except OverflowError:
        return f"must be a time between the years 1 and 9999 in UTC, not {value!r}"
    return None


def _record(cls: type, data: Any, fault: Callable[..., CatalogError]) -> Any:
    """One ledger record through its dataclass, or the CatalogError ``fault`` makes of what is wrong."""
    if not isinstance(data, dict):
        raise fault("must be an object")
    shape = _shape(cls)  # found once per class: a build reads every record of 6,000 ledgers at 200 x 30
    if not shape.required <= data.keys():
        raise fault(f"lacks {', '.join(sorted(shape.required - data.keys()))}")
    if not data.keys() <= shape.names:
        raise fault(f"has unknown field {', '.join(sorted(data.keys() - shape.names))}")
    for name, value in data.items():
        if name in shape.texts and type(value) is str:
            continue  # most fields: any string will do (checked here, not in _field_fault: 6,000 ledgers)
        if problem := _field_fault(name, value):
            raise fault(f"{name} {problem}", name)
    if lists := shape.lists & data.keys():
        data = {**data, **{name: tuple(data[name]) for name in lists}}  # JSON has no tuples
    return cls(**data)


def _compact(record: Any) -> dict:
    """The record as JSON, without optional fields left at their defaults (so format-1 records stay as they were)."""
    defaults = _shape(type(record)).defaults  # not asdict, which deep-copies: a build states every approval
    return {name: list(value) if type(value) is tuple else value
            for name, value in vars(record).items() if name not in defaults or value != defaults[name]}


class _Shape(NamedTuple):
    """A record class's fields: their names, the required ones, those that are lists in JSON (tuples in the
    record), those any string may fill, and the defaults of the optional ones."""

    names: frozenset[str]
    required: frozenset[str]
    lists: frozenset[str]
    texts: frozenset[str]
    defaults: dict[str, Any]  # of the optional fields


def _shape(cls: type) -> _Shape:
    """The :class:`_Shape` of a record class, found once per class."""
    if cls not in _SHAPES:
        layout = tuple((f.name, f.default) for f in fields(cls))
        names = frozenset(name for name, _ in layout)
        _SHAPES[cls] = _Shape(names, frozenset(name for name, default in layout if default is MISSING),
                              names & _LISTS.keys(), names - _LISTS.keys() - {*_TIMES, "own_edit"},
                              {name: default for name, default in layout if default is not MISSING})
    return _SHAPES[cls]


_SHAPES: dict[type, _Shape] = {}


@dataclass
class Ledger:
    path: Path
    language: str
    leaflet: str
    approvals: dict[str, Approval] = field(default_factory=dict)
    rejections: dict[str, Rejection] = field(default_factory=dict)
    edits: dict[str, Edit] = field(default_factory=dict)
    batches: dict[str, Batch] = field(default_factory=dict)
    as_read: bytes | None = field(default=None, repr=False, compare=False)  # the file's bytes, when read
    read_status: os.stat_result | None = field(default=None, repr=False, compare=False)  # and its status then
    # signature_fault's answers, per record: a build asks about each approval more than once
    verdicts: dict[tuple[str, Any], str | None] = field(default_factory=dict, repr=False, compare=False)
    # the glossary and checks fingerprint in use (checks_in_use), found once per ledger read
    checks_used: tuple[Glossary, str] | None = field(default=None, repr=False, compare=False)

    def save(self) -> bool:
        """Write the ledger atomically; return False when nothing changed (an empty ledger is not created)."""
        if not (self.approvals or self.rejections or self.edits or self.path.exists()):
            return False
        in_use = {record.batch for record in self.approvals.values()}
        batches = {name: batch for name, batch in self.batches.items() if name in in_use}  # the rest sign nothing
        document = {
            "format": LEDGER_FORMAT,
            "language": self.language,
            "leaflet": self.leaflet,
            "approvals": {key: _compact(r) for key, r in sorted(self.approvals.items())},
            "rejections": {key: _compact(r) for key, r in sorted(self.rejections.items())},
            "edits": {key: _compact(r) for key, r in sorted(self.edits.items())},
            **({"batches": {name: _compact(b) for name, b in sorted(batches.items())}} if batches else {}),
        }
        text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        self.as_read = self.read_status = None  # no longer the file's bytes
        return write_atomic(self.path, text)


def load_ledger(config: Config, lang: str, slug: str, raw: bytes | None = None) -> Ledger:
    """The approvals, rejections and edits of one leaflet in one language (empty when there is no file).

    A ledger that is not as leaflets writes it is refused with a CatalogError
    naming the file, and the line where one can be told. ``raw``: the file as
    another revision has it (the gate's ``--base``), read instead of the file.
    """
    path = config.ledger_path(lang, slug)
    if raw is None and _through_a_link(path):
        raise CatalogError("approval ledger is reached through a symbolic link (the file, or a folder on its way): git "
                           "keeps the link, not the approvals, and the gate cannot follow their history; "
                           "put the file itself here", path)
    try:
        as_read, read_status = (raw, None) if raw is not None else read_file(path)
        text = as_read.decode("utf-8")
        # A name twice is refused in the working tree; a base revision's ledger is read as it was used then
        # (the last of the two), so the gate still compares with it.
        document = json.loads(text, object_pairs_hook=_once_each if raw is None else None)
    except FileNotFoundError:
        return Ledger(path, lang, slug)
    except _Twice as twice:
        # JSON readers keep the last of two records with one key, and a reviewer reading the diff may see the
        # first: the ledger says two things, and neither is taken.
        raise CatalogError(f"approval ledger: {json.dumps(twice.name, ensure_ascii=False)} appears twice in one "
                           "object (a merge gone wrong?): keep one", path, _second_line(text, twice.name)) from None
    except json.JSONDecodeError as exc:
        if (conflict := conflict_line(text)) is not None:
            raise CatalogError(f"approval ledger: {MERGE_CONFLICT}", path, conflict) from None
        raise CatalogError(f"approval ledger is not valid JSON: {exc.msg}", path, exc.lineno) from None
    except RecursionError:  # arrays in arrays thousands deep: no ledger leaflets writes
        raise CatalogError("approval ledger is not valid JSON: nested too deeply", path) from None
    except UnicodeDecodeError:
        raise CatalogError("approval ledger is not valid UTF-8", path) from None
    except ValueError:  # a number of thousands of digits: more than Python reads (sys.get_int_max_str_digits)
        long = re.search(rf"\d{{{sys.get_int_max_str_digits() + 1}}}", text)
        raise CatalogError(f"approval ledger: a number of more than {sys.get_int_max_str_digits()} digits", path,
                           text.count("\n", 0, long.start()) + 1 if long else None) from None
    except OSError as exc:  # a folder in its place, no permission
        raise CatalogError(f"cannot read the approval ledger: {exc.strerror}", path) from None
    if _SURROGATE_ESCAPE.search(text) is not None and not _encodable(document):
        # valid JSON, but no text: writing or signing it would fail half way
        escape, at = _first_lone_surrogate(text) or ("a \\u escape", None)
        raise CatalogError(f"approval ledger: {escape} is half of a character (a lone surrogate)", path,
                           None if at is None else text.count("\n", 0, at) + 1)
    if not isinstance(document, dict) or document.get("language") != lang:
        raise CatalogError(f"approval ledger is not the {lang} ledger of {slug}", path,
                           record_line(text, "language") if isinstance(document, dict) else None)
    if document.get("leaflet", slug) != slug:  # copied from another leaflet's folder, or edited
        raise CatalogError(f"approval ledger is not the {lang} ledger of {slug}: it says leaflet "
                           f"{json.dumps(document['leaflet'], ensure_ascii=False)}", path, record_line(text, "leaflet"))
    version = document.get("format", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise CatalogError(f"approval ledger: format must be a whole number such as {LEDGER_FORMAT}, "
                           f"not {json.dumps(version)}", path, record_line(text, "format"))
    if version > LEDGER_FORMAT:
        raise CatalogError("approval ledger is from a newer leaflets; upgrade leaflets", path, record_line(text, "format"))

    def section(name: str, cls: type) -> dict:
        records = document.get(name, {})
        if not isinstance(records, dict):
            raise CatalogError(f"approval ledger: {name} must be an object", path, record_line(text, name))
        built = {}
        for key, data in records.items():
            def fault(problem: str, where: str | None = None, key: str = key) -> CatalogError:
                return CatalogError(f"approval ledger: {_SINGULAR[name]} of {key!r}: {problem}",
                                    path, record_line(text, name, key, *([where] if where else [])))
            built[key] = _record(cls, data, fault)
        return built

    return Ledger(
        path, lang, slug,
        approvals=section("approvals", Approval),
        rejections=section("rejections", Rejection),
        edits=section("edits", Edit),
        batches=section("batches", Batch),
        as_read=as_read,
        read_status=read_status,
    )


# Any \u escape of half a character (UTF-16's surrogates), whole or not: the literal "\u" it starts with is
# found quickly (a pattern that looked behind first tried every character of every ledger: 6 % of a cold
# run at 200 x 30, 2026-12-07). A ledger that has one is asked whether its text is whole (_encodable).
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
# Read left to right, so that an escaped backslash is no escape's start (\\ud800 in the file is a backslash,
# then "ud800"): an escaped backslash, a whole pair, or (group 1) a half alone.
_ESCAPES = re.compile(r"\\\\|\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|(\\u[dD][89a-fA-F][0-9a-fA-F]{2})")


def _first_lone_surrogate(text: str) -> tuple[str, int] | None:
    """The first \\u escape of half a character without its other half in ``text`` (JSON), and where it is."""
    return next(((found[1], found.start(1)) for found in _ESCAPES.finditer(text) if found[1]), None)


def _encodable(document: Any) -> bool:
    try:
        json.dumps(document, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class _Twice(ValueError):
    def __init__(self, name: str):
        super().__init__(name)
        self.name = name


def _once_each(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose names are all different (the hook of json.loads), or :class:`_Twice`."""
    made = dict(pairs)
    if len(made) != len(pairs):
        seen: set[str] = set()
        for name, _ in pairs:
            if name in seen:
                raise _Twice(name)
            seen.add(name)
    return made


def _second_line(text: str, name: str) -> int | None:
    """The line where ``name`` is written a second time as a field of one object (JSON laid out a field a line)."""
    needle = f"{json.dumps(name, ensure_ascii=False)}:"
    last_indent = None  # of the name's mention in the object being read
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.lstrip()
        indent = len(line) - len(stripped)
        if last_indent is not None and indent < last_indent and stripped.startswith("}"):
            last_indent = None  # that object ended: the next mention is another object's
        if stripped.startswith(needle):
            if last_indent == indent:
                return number
            last_indent = indent
    return 1 if text.strip().count("\n") == 0 else None  # JSON on one line (a script's json.dumps): that line


def _through_a_link(path: Path) -> bool:
    """Is the ledger at ``path`` a link, or in a language folder (or its LC_MESSAGES) that is one?

    The gate (``leaflets check --base``) reads a ledger's history to find approvals a
    reviewer set aside; git keeps a link's target path, not the approvals, so a ledger
    moved behind a link could have its rejected approvals restored unseen.
    """
    return path.is_symlink() or path.parent.is_symlink() or path.parent.parent.is_symlink()


_SINGULAR = {"approvals": "approval", "rejections": "rejection", "edits": "edit", "batches": "batch"}


# -- signatures ---------------------------------------------------------------

_ACTIONS = {Approval: "approve", Rejection: "reject", Edit: "edit"}


def statement(ledger: Ledger, key: str, record: Approval | Rejection | Edit) -> bytes:
    """What a reviewer signs: the record's every field, the action, the leaflet, language and entry.

    One line of JSON with sorted keys and no spaces, so anyone can rebuild it
    from the ledger and check it with ``ssh-keygen -Y verify`` (docs/review.md).
    """
    document = {
        "statement": STATEMENT_VERSION,
        "action": _ACTIONS[type(record)],
        "language": ledger.language,
        "leaflet": ledger.leaflet,
        "entry": key,
        **{name: value for name, value in _compact(record).items() if name not in ("signature", "batch")},
    }
    return _one_line(document)


def _one_line(document: dict) -> bytes:
    return (_ONE_LINE.encode(document) + "\n").encode()


# One encoder for every statement: json.dumps makes one per call (a build states every approval).
_ONE_LINE = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def statement_digest(ledger: Ledger, key: str, record: Approval) -> str:
    """The SHA-256 of a record's statement, as a batch lists it."""
    return hashlib.sha256(statement(ledger, key, record)).hexdigest()


def batch_statement(ledger: Ledger, batch: Batch) -> bytes:
    """What a reviewer signs for a batch: the digest of each approval's statement, the leaflet, language, reviewer, time.

    One line of JSON as :func:`statement` writes it; ``ssh-keygen -Y verify``
    confirms it the same way, and the digest of a record's own statement,
    found in the list, binds that record to the signature.
    """
    return _one_line({
        "statement": BATCH_STATEMENT_VERSION,
        "action": "approve",
        "language": ledger.language,
        "leaflet": ledger.leaflet,
        "reviewer": batch.reviewer,
        "signed_at": batch.signed_at,
        "records": list(batch.records),
    })


def batch_id(ledger: Ledger, batch: Batch) -> str:
    """How records name their batch: the start of the SHA-256 of its statement."""
    return hashlib.sha256(batch_statement(ledger, batch)).hexdigest()[:16]


def _author(record: Approval | Rejection | Edit) -> str:
    return record.editor if isinstance(record, Edit) else record.reviewer


def made_at(record: Approval | Rejection | Edit) -> dt.datetime:
    """When the record was made: its approved_at, rejected_at or edited_at."""
    text = record.edited_at if isinstance(record, Edit) else (
        record.rejected_at if isinstance(record, Rejection) else record.approved_at)
    return dt.datetime.fromisoformat(text)


@lru_cache(maxsize=256)
def _public_key(text: str) -> PublicKey:
    return parse_public_key(text)  # the config has checked it


def current_key(reviewer: Reviewer) -> PublicKey | None:
    return _public_key(reviewer.key) if reviewer.key else None


def _key_fault(reviewer: Reviewer, used: PublicKey, moment: dt.datetime) -> str | None:
    """None when ``used`` was ``reviewer``'s key at ``moment``; else why not."""
    if reviewer.key and _public_key(reviewer.key) == used:
        return None
    for old in reviewer.old_keys:
        if _public_key(old.key) == used:
            if moment.astimezone(dt.UTC).date() < old.until:
                return None
            return f"signed with {reviewer.id}'s old key {used.fingerprint}, which stopped being valid on {old.until}"
    return f"signed with {used.fingerprint}, a key not listed for {reviewer.id}"


def signature_fault(config: Config, ledger: Ledger, key: str, record: Approval | Rejection | Edit) -> str | None:
    """None when ``record`` carries its reviewer's signature, by a key listed for them when it was made; else why not.

    The answer is kept in the ledger: a build asks about every approval, and
    one Ed25519 check costs far more than a dictionary lookup.
    """
    remembered = (key, record)
    if remembered in ledger.verdicts:
        return ledger.verdicts[remembered]
    ledger.verdicts[remembered] = fault = _signature_fault(config, ledger, key, record)
    return fault


def _signature_fault(config: Config, ledger: Ledger, key: str, record: Approval | Rejection | Edit) -> str | None:
    who = _author(record)
    reviewer = config.reviewer(who)
    if reviewer is None:
        return f"{who!r} is not listed in [[tool.leaflets.reviewers]]"
    if isinstance(record, Approval) and record.batch:
        batch = ledger.batches.get(record.batch)
        if batch is None:
            return f"its batch {record.batch} is not in the ledger"
        if batch.reviewer != who or statement_digest(ledger, key, record) not in batch.records:
            return "signature does not verify"
        remembered = ("batch", record.batch)  # one answer for every record of the batch
        if remembered not in ledger.verdicts:
            ledger.verdicts[remembered] = _fault(reviewer, batch_statement(ledger, batch), batch.signature,
                                                 dt.datetime.fromisoformat(batch.signed_at))
        return ledger.verdicts[remembered]
    if not record.signature:
        return "unsigned"
    return _fault(reviewer, statement(ledger, key, record), record.signature, made_at(record))


def _fault(reviewer: Reviewer, signed: bytes, signature: str, moment: dt.datetime) -> str | None:
    """None when ``signature`` is ``reviewer``'s, of ``signed``, by a key listed for them at ``moment``; else why not."""
    used = signing_key(signature)
    if used is None:
        return "signature does not verify"
    if fault := _key_fault(reviewer, used, moment):
        return fault
    if not _verified(signed, signature, used):
        return "signature does not verify"
    return None


@lru_cache(maxsize=4096)
def _verified(message: bytes, signature: str, key: PublicKey) -> bool:
    """:func:`verify`, once per process for each signature: a batch's signature is asked about once per record."""
    return verify(message, signature, key, NAMESPACE)


def is_signed(record: Approval | Rejection | Edit) -> bool:
    """Does the record carry a signature, its own or its batch's (not yet verified)?"""
    return bool(record.signature or (isinstance(record, Approval) and record.batch))


def trusted(config: Config, ledger: Ledger, key: str, record: Approval | Rejection | Edit) -> bool:
    """May the pipeline rely on this record? Signed by its reviewer, unless the project opted out of signatures."""
    return not config.review.signatures or signature_fault(config, ledger, key, record) is None


class _Signing:
    """Signs the records one reviewer makes in one action; finds the key the first time it is needed.

    A rejection or an edit is signed on its own (:meth:`signed`). Approvals
    wait (:meth:`approval`) until the action ends (:meth:`seal`): one is
    signed on its own, several together as one :class:`Batch`.
    """

    def __init__(self, config: Config, reviewer: Reviewer, signer: Signer | None):
        self.config, self.reviewer, self.signer = config, reviewer, signer
        if signer is not None and signer.public_key != current_key(reviewer):
            raise ReviewError(f"this key ({signer.public_key.fingerprint}) is not the key listed for {reviewer.id}")
        self.waiting: list[str] = []  # keys of the approvals recorded in this action, not yet signed
        self.required = False

    def _wanted(self, required: bool) -> bool:
        if self.signer is None and not self.config.review.signatures and not required:
            return False  # the project opted out: unsigned, as before signatures
        if self.signer is None:
            self.signer = find_signer(self.reviewer.id, current_key(self.reviewer))
        return True

    def signed(self, ledger: Ledger, key: str, record: Any, *, required: bool = False) -> Any:
        if not self._wanted(required):
            return record
        assert self.signer is not None
        return replace(record, signature=sign(statement(ledger, key, record), self.signer))

    def approval(self, ledger: Ledger, key: str, record: Approval, *, required: bool = False) -> None:
        """Put ``record`` in the ledger, to be signed by :meth:`seal`; the key is found first (or refused)."""
        self._wanted(required)
        ledger.approvals[key] = record
        self.waiting.append(key)
        self.required = self.required or required

    def seal(self, ledger: Ledger) -> None:
        """Sign the approvals of this action: one on its own, several as one batch."""
        keys, self.waiting = self.waiting, []
        if not keys or not self._wanted(self.required):
            return
        assert self.signer is not None
        if len(keys) == 1:
            ledger.approvals[keys[0]] = self.signed(ledger, keys[0], ledger.approvals[keys[0]], required=True)
            return
        digests = tuple(sorted({statement_digest(ledger, key, ledger.approvals[key]) for key in keys}))
        batch = Batch(reviewer=self.reviewer.id, signed_at=now().isoformat(), records=digests)
        batch = replace(batch, signature=sign(batch_statement(ledger, batch), self.signer))
        name = batch_id(ledger, batch)
        ledger.batches[name] = batch
        for key in keys:
            ledger.approvals[key] = replace(ledger.approvals[key], batch=name)


def reviewer_may_approve(config: Config, reviewer_id: str, lang: str) -> bool:
    reviewer = config.reviewer(reviewer_id)
    return reviewer is not None and lang in reviewer.languages


def listed_reviewer(config: Config, reviewer_id: str, lang: str) -> Reviewer:
    """The reviewer, or a ReviewError when they may not review ``lang``."""
    if language(lang).pseudo:
        raise ReviewError(f"{lang} is a pseudo-locale for layout tests; it can never be approved")
    reviewer = config.reviewer(reviewer_id)
    if reviewer is None:  # named where the reviewers are listed: the line to fix
        raise ReviewError(f"reviewer {reviewer_id!r} is not listed in [[tool.leaflets.reviewers]]",
                          *config.setting_at("tool", "leaflets", "reviewers"))
    if lang not in reviewer.languages:
        raise ReviewError(f"reviewer {reviewer_id!r} is not listed for {lang}", *config.setting_at(
            "tool", "leaflets", "reviewers", config.reviewers.index(reviewer), "languages"))
    return reviewer


def english_of(message: Message) -> str:
    msgid = message.id
    return message_key(tuple(msgid) if isinstance(msgid, list) else msgid)


def _previous(message: Message) -> str | tuple[str, ...]:
    previous = message.previous_id
    return previous[0] if len(previous) == 1 else tuple(previous)


def _entry_keys(message: Message) -> tuple[str, ...]:
    """The keys the ledger may file this entry's records under: its own, then its previous English's.

    The previous English's while the PO names it (``#|``, left by msgmerge when the
    English changed): the records made before the change are filed under it.
    """
    key = key_of(message)
    if message.previous_id:
        previous = message_key(_previous(message), message.context)
        if previous != key:
            return key, previous
    return (key,)


def approval_of(message: Message, ledger: Ledger) -> Approval | None:
    """The ledger's approval of this entry, under its key or (moved by msgmerge) its previous msgid's key; not judged."""
    filed = _filed_approval(message, ledger)
    return filed[1] if filed is not None else None


def _filed_approval(message: Message, ledger: Ledger) -> tuple[str, Approval] | None:
    """:func:`approval_of`'s approval, with the key it is filed under (and signed for)."""
    return next(((key, ledger.approvals[key]) for key in _entry_keys(message) if key in ledger.approvals), None)


def set_aside_at(message: Message, ledger: Ledger) -> dt.datetime | None:
    """The last time a reviewer set this entry's words aside: rejected or edited it (under either of its keys),
    or rejected these very words (under any key: the ``#|`` that names a previous key is the catalogue's to drop).

    An edit that wrote these very words set nothing of them aside (the review page's "save and
    approve" records the edit and the approval within the same second)."""
    moments = [made_at(record) for key in _entry_keys(message)
               for record in (ledger.rejections.get(key), ledger.edits.get(key))
               if record is not None and not (isinstance(record, Edit) and speaks_of(record, message))]
    moments += [made_at(record) for record in ledger.rejections.values() if speaks_of(record, message)]
    return max(moments, default=None)


def signing_key_of(ledger: Ledger, record: Approval | Rejection | Edit) -> PublicKey | None:
    """The key the record's signature, or its batch's, names (not checked here: :func:`signature_fault` does)."""
    if isinstance(record, Approval) and record.batch:
        batch = ledger.batches.get(record.batch)
        return signing_key(batch.signature) if batch is not None else None
    return signing_key(record.signature) if record.signature else None


def speaks_of(record: Approval | Rejection | Edit | None, message: Message) -> bool:
    """Does ``record`` speak of this very English and translation?"""
    return (
        record is not None
        and record.english_sha256 == sha256(english_of(message))
        and record.translation_sha256 == sha256(translation_of(message))
    )


def is_approved(message: Message, ledger: Ledger, config: Config) -> bool:
    """The approval rule, the one place it is decided: may this translation be published?

    Yes when it is translated and not a draft (fuzzy), a reviewer listed for
    the language approved this very English and this very translation, signed
    with their listed key (unless the project opted out of signatures), not
    being the words' editor (unless the project allows it: :func:`four_eyes_fault`),
    no reviewer rejected those words since (:func:`standing_approval`), and no
    check error stands on them that the approval's override does not cover
    (:func:`uncovered_errors`). Build, check, the queue, the preview
    and the review page all ask it (through :func:`state_of` or
    :func:`approved_keys`).
    """
    record = standing_approval(message, ledger, config)
    return record is not None and not uncovered_errors(message, ledger, config, record)


def standing_approval(message: Message, ledger: Ledger, config: Config) -> Approval | None:
    """The approval of these very words that publishes them unless a check error stands in the way, or None.

    Translated and not fuzzy; approved by a reviewer listed for the language,
    for this English and this translation; signed with their listed key; not by
    the words' editor (:func:`own_edit`) unless the project allows it; not
    rejected since.
    """
    translation = translation_of(message)
    if not translation or message.fuzzy:
        return None
    record = approval_of(message, ledger)
    if record is None or not reviewer_may_approve(config, record.reviewer, ledger.language):
        return None
    if record.english_sha256 != sha256(english_of(message)) or record.translation_sha256 != sha256(translation):
        return None
    if not trusted(config, ledger, key_of(message), record):
        return None
    if four_eyes_fault(message, ledger, config, record):
        return None
    if speaks_of(ledger.rejections.get(key_of(message)), message):
        return None
    return record


def uncovered_errors(message: Message, ledger: Ledger, config: Config, record: Approval) -> list[Finding]:
    """The error findings on these words that the (signed) approval's override does not cover.

    Defence in depth. An approval records the fingerprint of the checks its
    reviewer's tools ran (:func:`pipeline.checks.rules.checks_fingerprint`):
    while it is the current one, the checks would find what they found then,
    which the approval overrode, so they are not run again (at 1.5 ms an entry
    they would make a build several times slower); only the errors the draft
    stage recorded on these words (``# leaflets-check: … [tag]``) are read. An
    approval made under other checks, or without them (a script, an older
    leaflets), has every check run again on the words now.
    """
    glossary, fingerprint = checks_in_use(config, ledger)
    if record.checks and record.checks == fingerprint:
        found = [Finding(mark.check, Severity.ERROR, mark.message) for mark in current_check_marks(message)]
    else:
        found = blocking(findings_of(message, ledger.language, glossary))
    return [finding for finding in found if not covers(record, finding)]


def covers(record: Approval, finding: Finding) -> bool:
    """Does the approval's override cover this finding? Its check, and its very words when the approval lists them."""
    if not record.override or finding.check not in record.overridden:
        return False
    return not record.overridden_findings or finding_text(finding) in record.overridden_findings


def finding_text(finding: Finding) -> str:
    return f"{finding.check}: {finding.message}"


def checks_in_use(config: Config, ledger: Ledger | None = None) -> tuple[Glossary, str]:
    """The project's glossary and the fingerprint of the checks with it, read once per ledger (or call)."""
    if ledger is not None and ledger.checks_used is not None:
        return ledger.checks_used
    path = config.root / config.glossary
    try:
        status = path.stat()
        stamp: tuple[int, ...] | None = (status.st_mtime_ns, status.st_size, status.st_ino)
    except FileNotFoundError:
        stamp = None
    used = _glossary_and_fingerprint(path, stamp, config.languages)
    if ledger is not None:
        ledger.checks_used = used
    return used


@lru_cache(maxsize=8)
def _glossary_and_fingerprint(path: Path, stamp: tuple[int, ...] | None,
                              languages: tuple[str, ...]) -> tuple[Glossary, str]:
    glossary = read_glossary(path, languages) if stamp is not None else Glossary()
    return glossary, checks_fingerprint(glossary)


def state_of(message: Message, ledger: Ledger, config: Config) -> ReviewState:
    """The review state of one message, judged from the PO file and the ledger."""
    if is_approved(message, ledger, config):
        return ReviewState.APPROVED
    if not translation_of(message):
        return ReviewState.UNTRANSLATED
    if speaks_of(ledger.rejections.get(key_of(message)), message):
        return ReviewState.REJECTED
    record = approval_of(message, ledger)
    if record is not None:
        if record.english_sha256 != sha256(english_of(message)):
            return ReviewState.LAPSED_ENGLISH
        if record.translation_sha256 != sha256(translation_of(message)):
            return ReviewState.LAPSED_TRANSLATION
    if message.fuzzy:
        return ReviewState.DRAFT
    return ReviewState.TRANSLATED


@dataclass(frozen=True)
class Credits:
    """Who did what for the approved words of one catalogue, as the stamp states it."""

    engines: tuple[str, ...]  # the engines whose drafts were approved, by name
    by_people: bool  # some approved words were written by people (in the review tools or a PO editor)
    checkers: tuple[Reviewer, ...]  # the reviewers whose approvals count, in the order the project lists them


def credits_of(catalog: Catalog, ledger: Ledger, config: Config, approved: set[str]) -> Credits:
    """The :class:`Credits` of the ``approved`` entries (:func:`approved_keys`), from the ledger and the PO file."""
    engines, by_people, who = set(), False, set()
    for message in messages(catalog):
        key = key_of(message)
        record = ledger.approvals.get(key)
        if key not in approved or record is None:
            continue
        who.add(record.reviewer)
        source = record.source
        if not source:  # an approval from before sources were recorded (and words were tagged): the draft note
            draft = draft_info(message)
            source = f"engine:{draft.engine}" if draft is not None else "outside"
        if source.startswith("engine:"):
            engines.add(source.removeprefix("engine:"))
        else:
            by_people = True
    return Credits(tuple(sorted(engines)), by_people, tuple(r for r in config.reviewers if r.id in who))


def approved_keys(catalog: Catalog, ledger: Ledger, config: Config) -> set[str]:
    """The keys of the approved messages (:func:`is_approved`): the publishable ones."""
    return {key_of(message) for message in messages(catalog) if is_approved(message, ledger, config)}


def _last_edit(message: Message, ledger: Ledger) -> tuple[str, Edit] | None:
    """The entry's last edit in the review tools and the key it is filed under, also from before its English changed.

    The latest of those under the entry's key and its previous English's: the
    English may have been changed and changed back.
    """
    found = [(key, ledger.edits[key]) for key in _entry_keys(message) if key in ledger.edits]
    return max(found, key=lambda pair: made_at(pair[1]), default=None)


def author_of(message: Message, ledger: Ledger, config: Config) -> str | None:
    """Who wrote this translation, or the one it was changed from, through the review tools, as the queue shows it.

    The signer of the entry's last edit, whether or not the words changed
    since (changing one character of one's own edit in a PO editor does not
    make it someone else's), also when the English changed since (the edit is
    filed under the previous English the PO names). An edit whose signature
    does not verify names nobody.
    """
    found = _last_edit(message, ledger)
    if found is None or not trusted(config, ledger, *found):
        return None
    return found[1].editor


def own_edit(message: Message, ledger: Ledger, reviewer_id: str, until: dt.datetime | None = None,
             catalog: Catalog | None = None) -> bool:
    """The four-eyes rule's question: did ``reviewer_id`` write this translation, or an earlier variant of it?

    Yes when the entry's last edit is theirs (under its key or its previous
    English's, ``#|``), or the last under its own key is and the later one did not write these words, or when an edit of theirs elsewhere in the ledger left
    these very words, or did before another edit replaced it (an edit's ``earlier``); with ``catalog`` (when approving), also when an edit of
    theirs is filed under English no entry has any more, not even an obsolete
    one (English deleted leaves its ``#~`` entry; English changed does not), that
    the merge would take this entry's English to be changed from (a PO editor
    dropped the ``#|`` lines, and a character of the words changed). With ``until`` (an
    approval's time), only edits made by then count, so a later edit of other
    words elsewhere does not undo it. It errs on the side of holding back: an
    edit counts whether or not its signature still verifies (a reviewer whose
    lost key was taken off the list still wrote what they wrote). A record forged
    to name someone else holds that reviewer back, and frees the real editor to
    approve, as an approval saying "source": "outside" that they signed. Also yes
    when the words are, unchanged, a memory draft whose note says "written by" them
    (the signed edit it came from is in another leaflet's ledger, which approving
    reads: :func:`other_leaflets`; the note lets every build hold to it too).
    """
    if _memory_draft_written_by(message, reviewer_id):
        return True
    if not ledger.edits:
        return False
    last = _last_edit(message, ledger)
    if last is not None and last[1].editor == reviewer_id:
        return True
    here = ledger.edits.get(key_of(message))
    if here is not None and here.editor == reviewer_id and last is not None \
            and last[1].translation_sha256 != sha256(translation_of(message)):
        # The later edit, under the English the #| names, did not write these words: this entry's own edit may
        # have (a #| typed by hand, naming another entry's English, would hide it)
        return True
    theirs = {key: edit for key, edit in ledger.edits.items()
              if edit.editor == reviewer_id and (until is None or made_at(edit) <= until)}
    words = sha256(translation_of(message))
    if any(edit.translation_sha256 == words for edit in theirs.values()):
        return True
    if any(written.translation_sha256 == words and written.editor == reviewer_id
           and (until is None or dt.datetime.fromisoformat(written.edited_at) <= until)
           for edit in ledger.edits.values() for written in written_before(edit)):
        return True  # words of theirs another edit replaced, back (a PO editor's undo, say)
    if catalog is None or not theirs or not isinstance(message.id, str):
        return False
    # English that went away with its words kept as an obsolete entry (#~) was deleted, not changed.
    known = _keys_in(catalog)
    return changed_from(message.id, [key for key in theirs if key not in known]) is not None


def _keys_in(catalog: Catalog) -> set[str]:
    """Every key the catalogue's entries and obsolete entries are filed under (their #| English's too)."""
    return {key for entry in [*messages(catalog), *catalog.obsolete.values()] for key in _entry_keys(entry)}


def _memory_draft_written_by(message: Message, reviewer_id: str) -> bool:
    """Are the words, unchanged, a memory draft of words ``reviewer_id`` wrote in another leaflet (its note says so)?"""
    origin = memory_origin(message)  # most entries have no such note: the cheap question first
    if origin is None or origin.origin != f"written by {reviewer_id}":
        return False
    draft = machine_draft(message)
    return draft is not None and draft.engine == "memory"


@dataclass(frozen=True)
class OtherLeaflets:
    """What a reviewer wrote in the language's other leaflets, for the four-eyes rule (:func:`other_leaflets`)."""

    words: frozenset[str]  # the SHA-256 of each translation their signed edits wrote there
    unreadable: tuple[str, ...]  # ledgers that do not read: who wrote what there is not known

    def wrote(self, message: Message) -> bool:
        """Did the reviewer write these very words in another leaflet?"""
        return sha256(translation_of(message)) in self.words

    def unknown(self) -> str | None:
        """Why the four-eyes rule cannot be judged in this language now (a ledger does not read), or None:
        no approval counts on a guess, whoever gives it."""
        if not self.unreadable:
            return None
        return (f"who wrote these words cannot be told while {self.unreadable[0]} does not read: mend it, or "
                "remove a leaflet's catalogues it no longer needs (git rm); every approval in the language waits")


def other_leaflets(config: Config, ledger: Ledger, reviewer_id: str) -> OtherLeaflets:
    """What ``reviewer_id`` wrote through the review tools in the language's other ledgers, a renamed or
    deleted leaflet's left behind too: their words, wherever they turn up.

    Asked when approving (the approval records ``own_edit``, which the approval rule
    holds to at every build): words the memory engine reuses, or copied from another
    leaflet, approved there by another reviewer perhaps for other English, need
    another reviewer here too. Read from the signed edit records, not the drafts'
    notes, which a PO editor may rewrap or drop. A ledger that does not read holds
    every approval back (fails closed) until it is mended or removed.
    """
    found: set[str] = set()
    unreadable = []
    for path in sorted(config.ledger_path(ledger.language, ledger.leaflet).parent.glob(f"*{LEDGER_SUFFIX}")):
        other = path.name.removesuffix(LEDGER_SUFFIX)
        if other == ledger.leaflet:
            continue
        try:
            writers = per_version(_WRITERS, path, partial(_writers, config, ledger.language))
            found |= writers.get(reviewer_id, frozenset())
        except FileNotFoundError:  # removed meanwhile
            continue
        except (OSError, CatalogError):
            unreadable.append(config.relative(path))
    return OtherLeaflets(frozenset(found), tuple(unreadable))


# Read again only when a ledger changed: approving all of 200 leaflets read each ledger 200 times.
_WRITERS: dict[Path, tuple[tuple[int, int, int], dict[str, frozenset[str]]]] = {}


def _writers(config: Config, lang: str, path: Path) -> dict[str, frozenset[str]]:
    """Per editor, the translations (SHA-256) the edits of the ledger at ``path`` wrote, those replaced since too."""
    writers: dict[str, set[str]] = {}
    for edit in load_ledger(config, lang, path.name.removesuffix(LEDGER_SUFFIX)).edits.values():
        for written in (Written(edit.translation_sha256, edit.edited_at, edit.editor), *written_before(edit)):
            writers.setdefault(written.editor, set()).add(written.translation_sha256)
    return {editor: frozenset(hashes) for editor, hashes in writers.items()}


class Authorship(StrEnum):
    """Whose the words are, as the four-eyes rule asks when approving (:func:`authorship`)."""

    NOBODYS = "nobody's"  # not the reviewer's, as far as the ledgers tell
    HERE = "here"  # theirs by an edit in this leaflet (:func:`own_edit`)
    ELSEWHERE = "elsewhere"  # theirs by a signed edit in another leaflet (:class:`OtherLeaflets`)
    UNKNOWN = "unknown"  # another leaflet's ledger does not read: cannot be told


def authorship(message: Message, ledger: Ledger, reviewer_id: str, elsewhere: OtherLeaflets, *,
               catalog: Catalog | None = None) -> Authorship:
    """Are these words the reviewer's, here or in another leaflet, or can it not be told? The question
    approving asks (the CLI, scripts and the review page alike) before it lets them approve."""
    if own_edit(message, ledger, reviewer_id, catalog=catalog):
        return Authorship.HERE
    if elsewhere.wrote(message):
        return Authorship.ELSEWHERE
    return Authorship.UNKNOWN if elsewhere.unknown() else Authorship.NOBODYS


def four_eyes_fault(message: Message, ledger: Ledger, config: Config, record: Approval) -> str | None:
    """Why the four-eyes rule keeps ``record`` from counting (approved by the words' editor), or None.

    Applied by the approval rule on every build, not only when approving: an
    approval made while ``approve_own_edits`` was on stops counting when it is
    turned off, and one signed by a script is held to the rule too.
    """
    if approve_own_edits(config) or not (
            record.own_edit or own_edit(message, ledger, record.reviewer, until=made_at(record))):
        return None
    if not speaks_of(record, message):  # an approval of other words has lapsed: not this rule's business
        return None
    return (f"{record.reviewer} edited these words and the four-eyes rule holds "
            "(approve_own_edits is off): another reviewer must approve them")


def text_source(message: Message, ledger: Ledger, config: Config) -> str:
    """Where the current words came from, as an approval records it (see :class:`Approval`)."""
    draft = machine_draft(message)
    if draft is not None:
        return f"engine:{draft.engine}"
    found = _last_edit(message, ledger)
    if found is not None:
        key, edit = found
        # Under the previous English, the words are the edit's if only the English changed.
        same_words = speaks_of(edit, message) if key == key_of(message) else (
            edit.translation_sha256 == sha256(translation_of(message)))
        if same_words and trusted(config, ledger, key, edit):
            return f"edit:{edit.editor}"
    return "outside"


def approve_own_edits(config: Config) -> bool:
    """The four-eyes rule holds unless ``[tool.leaflets.review] approve_own_edits = true``."""
    return config.review.approve_own_edits


def approve(
    catalog: Catalog,
    ledger: Ledger,
    config: Config,
    reviewer_id: str,
    *,
    prefix: str | None = None,
    signer: Signer | None = None,
    override: str = "",
) -> list[Message]:
    """Record approvals of the non-fuzzy translations (all, or those whose English starts with ``prefix``).

    The low-level form for scripts and tests: it holds nothing back for the
    checks and leaves drafts alone. It never approves a reviewer's own edit.
    It runs the checks and records their fingerprint where every error they
    find is overridden by ``override`` (a reason :func:`override_reason_fault`
    accepts); an approval of words with an
    error not overridden is recorded without it, and the approval rule runs
    the checks on it again, so it is never published.
    The approvals are signed (several as one batch) with ``signer``, or the
    reviewer's key found as :func:`pipeline.core.signing.find_signer` finds
    it. Returns the messages approved now; the caller saves the ledger.
    """
    reviewer = listed_reviewer(config, reviewer_id, ledger.language)
    signing = _Signing(config, reviewer, signer)
    glossary, fingerprint = checks_in_use(config, ledger)
    reason = " ".join(override.split())
    refuse_unusable(reason, "override reason", _LONGEST_REASON)
    if reason and (fault := override_reason_fault(reason)):
        raise ReviewError(fault)
    approved = []
    elsewhere = other_leaflets(config, ledger, reviewer.id)
    for message in messages(catalog):
        if prefix is not None and not english_of(message).startswith(prefix):
            continue
        if message.fuzzy or state_of(message, ledger, config) in (
            ReviewState.UNTRANSLATED,
            ReviewState.APPROVED,
            ReviewState.REJECTED,
        ):
            continue
        if authorship(message, ledger, reviewer.id, elsewhere, catalog=catalog) is not Authorship.NOBODYS:
            continue
        errors = blocking(findings_of(message, ledger.language, glossary))
        if errors and not reason:  # the approval rule runs the checks again, and finds these
            _record_approval(message, ledger, config, reviewer, signing)
        else:
            _record_approval(message, ledger, config, reviewer, signing, checks=fingerprint,
                             **_overriding(errors, reason))
        approved.append(message)
    signing.seal(ledger)
    return approved


def override_reason_fault(reason: str) -> str | None:
    """Why ``reason`` cannot be an override's reason (it must say what the reviewer checked), or None."""
    # Letters, and the vowel signs that belong to them in Indic scripts (marks, which isalpha() passes over).
    letters = sum(unicodedata.category(char)[0] in "LM" for char in reason)
    if len(reason) < OVERRIDE_MIN_LENGTH or letters < OVERRIDE_MIN_LETTERS:
        return (f"an override reason needs at least {OVERRIDE_MIN_LENGTH} characters, {OVERRIDE_MIN_LETTERS} of them "
                "letters: say what you checked")
    return None


def _overriding(errors: list[Finding], reason: str) -> dict[str, Any]:
    """The approval fields of an override of ``errors`` (none when there are none)."""
    if not errors:
        return {}
    return {"override": reason, "overridden": tuple(sorted({f.check for f in errors})),
            "overridden_findings": tuple(sorted({finding_text(f) for f in errors}))}


def _record_approval(message: Message, ledger: Ledger, config: Config, reviewer: Reviewer, signing: _Signing,
                     **extra: Any) -> None:
    key, *previous = _entry_keys(message)
    for old in previous:  # the approval of the old English is replaced, not kept beside it
        ledger.approvals.pop(old, None)
    record = Approval(
        english_sha256=sha256(english_of(message)),
        translation_sha256=sha256(translation_of(message)),
        reviewer=reviewer.id,
        role=reviewer.role,
        approved_at=now().isoformat(),
        source=text_source(message, ledger, config),
        **extra,
    )
    signing.approval(ledger, key, record)
    if speaks_of(ledger.rejections.get(key), message):
        del ledger.rejections[key]  # overruled; a rejection of other words stays, should they come back


@dataclass
class Resigned:
    """What :func:`resign` did: the messages signed, and those it held back, each with the reason."""

    signed: list[Message] = field(default_factory=list)
    held: list[tuple[Message, str]] = field(default_factory=list)


def resign(catalog: Catalog, ledger: Ledger, config: Config, reviewer_id: str, *, preview: str,
           signer: Signer | None = None) -> Resigned:
    """Sign ``reviewer_id``'s own unsigned approvals (from before signatures) of the words as they are now.

    Only approvals that still hold (same English, same translation, not a
    draft, not rejected since) are signed, each recording ``preview``, the
    SHA-256 of the preview page the reviewer read first, the time of signing,
    and where the words came from as the PO and ledger say now; several are
    signed as one batch. The checks' fingerprint is recorded where the checks
    find no error. Nothing unsigned is taken on trust: an approval that
    overrides the checks is held back (its reason must be signed with the
    finding, by approving again). The others are held back too, each with the
    reason the reviewer is told. The caller saves the ledger.
    """
    reviewer = listed_reviewer(config, reviewer_id, ledger.language)
    signing = _Signing(config, reviewer, signer)
    glossary, fingerprint = checks_in_use(config, ledger)
    done = Resigned()
    for message in messages(catalog):
        key = key_of(message)
        record = ledger.approvals.get(key)
        if record is None or record.reviewer != reviewer.id or is_signed(record):
            continue
        if fault := four_eyes_fault(message, ledger, config, record):  # it would not count once signed either
            done.held.append((message, fault))
            continue
        if message.fuzzy or not translation_of(message) or speaks_of(ledger.rejections.get(key), message) or (
                record.english_sha256, record.translation_sha256) != (
                sha256(english_of(message)), sha256(translation_of(message))):
            done.held.append((message, "the words changed since (or were rejected): approve them again"))
            continue
        if record.override or record.overridden or record.overridden_findings:
            # Nobody signed that reason: whoever could write the ledger could have written it.
            why = (f"it overrides the checks (“{record.override}”), which needs your signature on the "
                   "finding itself: approve it again with --override")
            done.held.append((message, why))
            continue
        if errors := blocking(findings_of(message, ledger.language, glossary)):
            # Signed, it would not count: the approval rule runs the checks again and finds them.
            names = ", ".join(sorted({finding.check for finding in errors}))
            why = f"the checks find errors in these words now ({names}): approve them again, with --override if you stand by them"
            done.held.append((message, why))
            continue
        renewed = replace(record, role=reviewer.role, approved_at=now().isoformat(), preview=preview,
                          source=text_source(message, ledger, config), checks=fingerprint)
        signing.approval(ledger, key, renewed, required=True)
        done.signed.append(message)
    signing.seal(ledger)
    return done


# -- findings --------------------------------------------------------------

def findings_of(message: Message, lang: str, glossary: Glossary | None = None) -> list[Finding]:
    """Check findings on the current translation, plus the errors the draft stage recorded on these very words."""
    translation = translation_of(message)
    if not translation:
        return []
    found = run_checks(english_of(message), translation, lang, glossary)
    seen = {(f.check, f.message) for f in found}
    for mark in current_check_marks(message):
        if (mark.check, mark.message) not in seen:
            found.append(Finding(mark.check, Severity.ERROR, mark.message))
    return found


def blocking(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity is Severity.ERROR]


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
    go when the words they judged are replaced, or were replaced before.
    """
    before = (set(message.flags), list(message.previous_id or []), list(message.user_comments))
    tag_draft_words(message)  # an engine's words stay the engine's once the flag is gone
    message.flags.discard("fuzzy")
    message.previous_id = []
    comments = without_rejection(message.user_comments)
    message.user_comments = without_check_marks(comments) if drop_check_marks else comments
    tidy_check_marks(message)
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
    overrule_rejection: bool = False,
    signer: Signer | None = None,
    again: bool = False,
) -> Outcome:
    """Approve ``selected`` as a reviewer reading them: drafts included, checks enforced.

    ``again``: entries already approved are approved anew too (signed now, with the
    reviewer's current key), which the gate's ``--base`` asks of an approval brought
    back from before a rejection or signed with an old key.

    A draft that is approved stops being fuzzy. An entry with error findings is
    held back unless ``override`` gives the reviewer's reason; an entry the
    reviewer edited is held back (four-eyes rule) unless the project allows it.
    A rejected entry can be approved one at a time by a reviewer who overrules
    the rejection (``overrule_rejection``), never in ``bulk``. Each approval records the fingerprint of
    the checks run (the project's glossary unless ``glossary`` is given) and
    is signed (see :func:`approve`); several are signed as one batch.
    """
    reviewer = listed_reviewer(config, reviewer_id, ledger.language)
    signing = _Signing(config, reviewer, signer)
    outcome = Outcome()
    lang = ledger.language
    if glossary is None:
        glossary = checks_in_use(config, ledger)[0]
    fingerprint = checks_fingerprint(glossary)
    reason = " ".join(override.split())
    refuse_unusable(reason, "override reason", _LONGEST_REASON)
    elsewhere = other_leaflets(config, ledger, reviewer.id)
    for message in selected:
        state = state_of(message, ledger, config)
        if state is ReviewState.UNTRANSLATED:
            outcome.held.append((message, "untranslated: nothing to approve"))
            continue
        if state is ReviewState.APPROVED and not again:
            continue
        if state is ReviewState.REJECTED and bulk:
            outcome.held.append((message, "rejected: approve it on its own to overrule the rejection"))
            continue
        if state is ReviewState.REJECTED and not overrule_rejection:
            rejection = ledger.rejections[key_of(message)]
            why = (f"{rejection.reviewer} rejected these words (“{rejection.reason}”): approving them overrules "
                   "the rejection, which you must say you do (--overrule-rejection, or the page's tick box)")
            outcome.held.append((message, why))
            continue
        whose = authorship(message, ledger, reviewer.id, elsewhere, catalog=catalog)
        if whose is not Authorship.NOBODYS and not approve_own_edits(config):
            outcome.held.append((message, {
                Authorship.HERE: f"{reviewer.id} edited this translation; another reviewer must approve it",
                Authorship.ELSEWHERE: f"{reviewer.id} wrote these words in another leaflet; another reviewer "
                                      "must approve them",
            }.get(whose) or str(elsewhere.unknown())))
            continue
        if (fault := msgfmt_fault(message, once_approved=True)) is not None:
            outcome.held.append((message, f"{fault} (no override covers it: gettext cannot use the file)"))
            continue
        mine = whose in (Authorship.HERE, Authorship.ELSEWHERE)
        errors = blocking(findings_of(message, lang, glossary))
        if errors and not reason:
            said = "; ".join(finding_text(f) for f in errors)  # what an override would sign for, read first
            outcome.held.append((message, f"check errors ({said}): approve with an override reason, or edit"))
            continue
        if errors and (refused := override_reason_fault(reason)):
            outcome.held.append((message, refused))
            continue
        extra: dict[str, Any] = {"preview": preview, "own_edit": mine, "checks": fingerprint,
                                 **_overriding(errors, reason)}
        _record_approval(message, ledger, config, reviewer, signing, **extra)  # before #| goes: it names the old record
        if _clear_draft(message):
            outcome.po_changed = True
        outcome.approved.append(message)
    signing.seal(ledger)
    return outcome


def reject_entry(catalog: Catalog, ledger: Ledger, config: Config, reviewer_id: str, message: Message,
                 reason: str, *, signer: Signer | None = None) -> None:
    """Send a translation back to draft with the reviewer's reason, signed; any approval is withdrawn."""
    reviewer = listed_reviewer(config, reviewer_id, ledger.language)
    signing = _Signing(config, reviewer, signer)
    reason = " ".join(reason.split())
    if not reason:
        raise ReviewError("a rejection needs a reason the translator can act on")
    refuse_unusable(reason, "reason", _LONGEST_REASON)
    if not translation_of(message):
        raise ReviewError("this entry is untranslated: there is nothing to reject")
    key = key_of(message)
    stamp = now()
    record = signing.signed(ledger, key, Rejection(
        english_sha256=sha256(english_of(message)),
        translation_sha256=sha256(translation_of(message)),
        reviewer=reviewer.id,
        reason=reason,
        rejected_at=stamp.isoformat(),
    ))
    message.flags.add("fuzzy")
    message.user_comments = [*without_rejection(message.user_comments),
                             rejection_comment(reviewer.id, stamp.date(), reason)]
    ledger.approvals.pop(key, None)
    ledger.rejections[key] = record


def normalise_text(text: str) -> str:
    """A translation as typed in a form: browsers send CRLF, blocks never start or end with space.

    A vertical tab or form feed is a line break pasted from a word processor (Shift+Enter).
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n").replace("\f", "\n").strip()

# Longer than any translation of its English, and slow to wrap into the PO file (Babel's
# wrapping is quadratic in text without spaces: 40,000 characters took 9 s, 2026-12-04).
_LONGEST_EDIT = 10
_EDIT_SLACK = 1000
_LONGEST_REASON = 2000


def refuse_unusable(text: str, what: str, longest: int) -> None:
    """ReviewError when ``text`` (a translation, a reason) holds a control character or runs past ``longest``."""
    if found := CONTROL_CHARACTER.search(text):
        raise ReviewError(f"the {what} holds a control character (U+{ord(found.group()):04X}), which no "
                          "leaflet text has: type it again or paste it as plain text")
    if len(text) > longest:
        raise ReviewError(f"the {what} has {len(text):,} characters, more than {longest:,}: paste only the {what}")


def edit_entry(catalog: Catalog, ledger: Ledger, config: Config, editor_id: str, message: Message,
               text: str, *, signer: Signer | None = None) -> bool:
    """Replace the translation and record, signed, who wrote it. Return False when the text is unchanged."""
    editor = listed_reviewer(config, editor_id, ledger.language)
    signing = _Signing(config, editor, signer)
    text = normalise_text(text)
    if not text:
        raise ReviewError("the translation is empty; to send an entry back, reject it with a reason")
    refuse_unusable(text, "translation", _LONGEST_EDIT * len(english_of(message)) + _EDIT_SLACK)
    if isinstance(message.id, tuple | list):
        raise ReviewError("plural entries are edited in a PO editor, not here")
    if text == translation_of(message):
        return False
    key = key_of(message)
    record = signing.signed(ledger, key, Edit(
        english_sha256=sha256(english_of(message)),
        translation_sha256=sha256(text),
        editor=editor.id,
        edited_at=now().isoformat(),
        earlier=_written_by(ledger.edits.get(key)),
    ))
    tag_draft_words(message)  # the engine's words, tagged as such before the editor's replace them
    message.string = text
    _clear_draft(message, drop_check_marks=True)
    ledger.approvals.pop(key, None)  # the approval was of other words
    ledger.edits[key] = record  # a rejection stays: of other words, it holds should they come back (an undo)
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
    a new translation without its approval, which is the safe side. The two
    writes are made together (:func:`written_together`): Ctrl-C, or the review
    page's server stopping, waits for the second.
    """
    read_workfile(config, lang, slug)  # a clear error before taking the lock
    with catalogue_lock(config, lang):
        work = read_workfile(config, lang, slug)
        yield work
        with written_together(lambda: ReviewError("the review tools are stopping: this action was not saved")):
            if work.po_changed:
                for message in messages(work.catalog):  # findings recorded on words since replaced go
                    tidy_check_marks(message)
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
    editor: str | None = None  # who wrote the current translation (or the one it was changed from) in the tools
    fuzzy: bool = False
    source: str = ""  # where the words came from: engine:NAME, edit:ID or outside (text_source)
    void: str = ""  # why the recorded approval does not count, when its signature or a check error is the reason

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
            "source": self.source,
            "void": self.void,
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
    if state is ReviewState.TRANSLATED and speaks_of(edit, message) and edit is not None:
        return dt.datetime.fromisoformat(edit.edited_at)
    if state is ReviewState.DRAFT and draft is not None:
        return dt.datetime.combine(draft.date, dt.time(), tzinfo=dt.UTC)
    return english_arrived


def _matched_previous(message: Message, changed_away: list[str]) -> str | None:
    """For a draft without ``#|``, the approved English the merge's matcher takes it to be changed from."""
    if not (message.fuzzy and changed_away and isinstance(message.id, str) and translation_of(message)):
        return None
    found = changed_from(message.id, changed_away)
    return found.split("\x04", 1)[-1] if found is not None else None


def entries_of(config: Config, lang: str, slug: str, catalog: Catalog, ledger: Ledger) -> list[Entry]:
    result = []
    # English the ledger approved that no entry (nor #~) has any more: changed, when a PO editor
    # dropped the #| that said so (Weblate, Poedit finishing a draft).
    known = _keys_in(catalog)
    changed_away = [key for key in ledger.approvals if key not in known]
    for index, message in enumerate(messages(catalog), start=1):
        state = state_of(message, ledger, config)
        draft = machine_draft(message)  # only while the words are the engine's
        key = key_of(message)
        rejection = ledger.rejections.get(key)
        filed = _filed_approval(message, ledger)
        approval = filed[1] if filed is not None else None
        void = ""
        if filed is not None and state is not ReviewState.APPROVED and config.review.signatures:
            # Under the key it is filed under: one filed under the previous English (#|), its approval
            # lapsed, signed the English then, not the entry's key now.
            void = signature_fault(config, ledger, *filed) or ""
        if approval is not None and state is not ReviewState.APPROVED and not void:
            void = four_eyes_fault(message, ledger, config, approval) or ""
        if approval is not None and state is not ReviewState.APPROVED and not void:
            standing = standing_approval(message, ledger, config)
            errors = uncovered_errors(message, ledger, config, standing) if standing is not None else []
            if errors:
                void = "it does not override the check error " + "; ".join(finding_text(f) for f in errors)
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
            previous_english=(message_key(_previous(message)) if message.previous_id else
                              _matched_previous(message, changed_away)),
            draft=draft,
            approval=approval,
            rejection=rejection if state is ReviewState.REJECTED else None,
            editor=author_of(message, ledger, config),
            fuzzy=message.fuzzy,
            source=text_source(message, ledger, config) if translation_of(message) else "",
            void=void,
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
