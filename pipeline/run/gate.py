"""The CI gate: completeness, approval, staleness and check findings of every catalogue. Reads, never writes.

The gate fails (see :attr:`CheckReport.passes`) when

- a file cannot be read: a PO syntax error, a broken ledger or source (``file:line: message``);
- a file is out of date: the Markdown behind its raw text ("run leaflets import"),
  the POT behind the Markdown ("run leaflets extract"), a PO behind the POT
  ("run leaflets update"). Content is compared, not modification times, which
  a git checkout sets to the moment of checkout;
- an approval is recorded for a reviewer who is not listed for that language,
  or is not signed by the key listed for its reviewer (unsigned, altered,
  another's key, a key since removed): it does not count, and is named;
- a language's approved share is below its threshold;
- a leaflet is past its review date (``review_by``, or ``review_months`` after its
  English date; :mod:`pipeline.publish.review_date`); within 60 days of it, a notice;
- an error finding blocks: on an approved entry (it is published) unless the
  approval overrides that check with a reason, or on any translated entry of a
  language whose threshold is above 0 (a language that must ship). A new
  language (threshold 0) may carry machine drafts with errors; they are
  reported and wait for review.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from babel.messages.catalog import Catalog, Message

from pipeline.catalogs.extract import template_for
from pipeline.catalogs.po import (
    header_line,
    is_current,
    key_of,
    layout_of,
    message_key,
    messages,
    msgfmt_fault,
    read_language_catalog,
)
from pipeline.checks.glossary import Glossary, load_glossary, read_glossary
from pipeline.checks.rules import Severity, checks_fingerprint, language_data
from pipeline.core import clock
from pipeline.core.config import LEDGER_SUFFIX, Config, ReviewSettings, load_config
from pipeline.core.errors import CatalogError, LeafletsError, UsageError
from pipeline.core.languages import SOURCE_LANGUAGE, language
from pipeline.core.text import excerpt, record_line
from pipeline.publish import addresses, build
from pipeline.publish.review_date import ReviewStatus, front_matter_line, review_date, status_on
from pipeline.review.ledger import (
    Approval,
    Ledger,
    ReviewState,
    approval_of,
    carries,
    covers,
    current_key,
    english_of,
    findings_of,
    four_eyes_fault,
    is_approved,
    load_ledger,
    made_at,
    reviewer_may_approve,
    set_aside_at,
    signature_fault,
    signing_key_of,
    speaks_of,
    standing_approval,
    state_of,
    trusted,
    uncovered_errors,
)
from pipeline.run.stages import needs_import
from pipeline.source import importer
from pipeline.source.document import Leaflet, read_leaflet


@dataclass(frozen=True)
class Problem:
    """Something wrong with a file, as ``file:line: message``. Problems fail the gate; notices do not."""

    path: str  # relative to the project root
    line: int | None
    message: str

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message

    def as_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "message": self.message}


@dataclass(frozen=True)
class EntryFinding:
    """A check finding on one entry of one catalogue, where the gate found it."""

    slug: str
    lang: str
    path: str  # the PO file, relative to the project root
    line: int | None  # of the entry's msgid
    english: str
    state: ReviewState
    check: str
    severity: Severity
    message: str
    override: str = ""  # the reviewer's reason, when an approval overrides this check
    blocking: bool = False  # fails the gate

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path

    def as_dict(self) -> dict:
        return {
            "leaflet": self.slug, "language": self.lang, "path": self.path, "line": self.line,
            "english": self.english, "state": self.state.value, "check": self.check,
            "severity": self.severity.value, "message": self.message, "override": self.override,
            "blocking": self.blocking,
        }


@dataclass
class LanguageStatus:
    slug: str
    lang: str
    threshold: float
    counts: Counter[ReviewState] = field(default_factory=Counter)
    obsolete: int = 0
    po_stale: bool = False  # the PO lacks English that is in the POT, or holds English that is not
    template_stale: bool = False  # the POT itself is behind the English (reported once, for the POT)
    unreadable: bool = False
    errors: int = 0  # error findings, overridden or not
    overridden: int = 0  # of those, the ones an approval overrides with a reason
    warnings: int = 0
    blocking: int = 0  # error findings that fail the gate
    unlisted_approvals: int = 0
    void_approvals: int = 0  # recorded, but not counting: signature, four-eyes rule, or the base's history
    void_because: set[str] = field(default_factory=set)  # why, as the summary says it
    # The leaflet's blocks, and the approved ones, as the build counts them to publish (a block whose
    # English another repeats counts twice); None while the catalogue is not read.
    blocks: int | None = None
    approved_blocks: int = 0

    @property
    def total(self) -> int:
        return self.blocks if self.blocks is not None else sum(self.counts.values())

    @property
    def approved(self) -> int:
        return self.approved_blocks if self.blocks is not None else self.counts[ReviewState.APPROVED]

    @property
    def approved_share(self) -> float:
        return self.approved / self.total if self.total else 0.0

    @property
    def below_threshold(self) -> bool:
        """Short of its threshold; not said of a catalogue or leaflet not read ("0 of 0 approved")."""
        return not self.unreadable and self.approved_share < self.threshold

    @property
    def passes(self) -> bool:
        return not (self.unreadable or self.po_stale or self.below_threshold or self.blocking
                    or self.unlisted_approvals or self.void_approvals)

    @property
    def reasons(self) -> list[str]:
        """Why the language fails, in words for the table."""
        reasons = []
        if self.unreadable:
            reasons.append("unreadable")
        if self.po_stale:
            reasons.append("run leaflets extract, then update" if self.template_stale else "run leaflets update")
        if self.below_threshold:
            # Counts as well as shares: rounded, 22 of 24 (91.7%) against 92% read "92% approved, 92% needed".
            reasons.append(f"{self.approved} of {self.total} approved ({self.approved_share:.1%}), "
                           f"{self.threshold:.0%} needed")
        if self.blocking:
            reasons.append(f"{self.blocking} error{'s' if self.blocking != 1 else ''}")
        if self.unlisted_approvals:
            reasons.append("approval by an unlisted reviewer")
        if self.void_approvals:
            reasons.append(f"approval that does not count ({', '.join(sorted(self.void_because))})")
        return reasons

    def as_dict(self) -> dict:
        return {
            "leaflet": self.slug,
            "language": self.lang,
            "threshold": self.threshold,
            "total": self.total,  # blocks, as the build counts them (a paragraph said twice: two)
            "approved": self.approved,
            "approved_share": round(self.approved_share, 4),
            "counts": {state.value: self.counts[state] for state in ReviewState},  # catalogue entries
            "obsolete": self.obsolete,
            "po_stale": self.po_stale,
            "unreadable": self.unreadable,
            "errors": self.errors,
            "overridden": self.overridden,
            "warnings": self.warnings,
            "blocking": self.blocking,
            "unlisted_approvals": self.unlisted_approvals,
            "void_approvals": self.void_approvals,
            "passes": self.passes,
        }


@dataclass
class CheckReport:
    languages: list[LanguageStatus] = field(default_factory=list)
    stale_templates: list[str] = field(default_factory=list)  # slugs whose POT lags the source
    problems: list[Problem] = field(default_factory=list)  # fail the gate
    notices: list[Problem] = field(default_factory=list)  # worth knowing, do not fail
    findings: list[EntryFinding] = field(default_factory=list)

    @property
    def passes(self) -> bool:
        return not self.problems and all(s.passes for s in self.languages)

    def as_dict(self) -> dict:
        return {
            "passes": self.passes,
            "stale_templates": self.stale_templates,
            "problems": [p.as_dict() for p in self.problems],
            "notices": [p.as_dict() for p in self.notices],
            "languages": [s.as_dict() for s in self.languages],
            "findings": [f.as_dict() for f in self.findings],
        }


@dataclass(frozen=True)
class Base:
    """The revision a change is judged against (``leaflets check --base REF``, a pull request's base).

    Who may approve rests on pyproject.toml, and what the checks hold against a
    translation on the glossary, which the change itself may edit; and an approval
    signed once stays valid however old. So each approval the change brings (new,
    or other than the base's) is judged by the base's reviewers, review rules and
    glossary too, must not be one the base set aside, and is signed with its
    reviewer's current key (an old key signs nothing new); and no approval may be
    older than a rejection or edit of its entry the base records. Else a problem.
    """

    ref: str
    trust: Config | None  # the project's settings with the base's reviewers and review rules; None: the same
    glossary: Glossary | None  # the base's glossary, for this change's languages; None: the same
    published: addresses.Published | None  # the base's record of published addresses (None: it had none)
    # Each approval ledger as the base has it, by language and leaflet (found where the base's settings put them:
    # a change that moves locales_dir must not leave its ledgers without their base's).
    ledgers: dict[tuple[str, str], bytes] = field(default_factory=dict, repr=False)
    # By language and leaflet, the approvals the ledger's history held and its last version no longer does
    # (rejected, edited or approved anew since).
    retired: dict[tuple[str, str], frozenset[tuple[str, ...]]] = field(default_factory=dict, repr=False)
    notices: tuple[Problem, ...] = ()  # what could not be compared, and why
    # The base's settings or glossary do not read here: no approval the change brings can be judged by them.
    unjudged: bool = False
    # By language and leaflet ("*": every one), the ledgers the base keeps behind a symbolic link, in a submodule
    # or outside the repository: git has not their approvals nor their history, so none the change brings there
    # is judged good.
    unheld: frozenset[tuple[str, str]] = frozenset()
    # The base's settings, for the shares it asked for (publish_threshold, [tool.leaflets.thresholds]); None: none read.
    settings: Config | None = None

    @property
    def judges_otherwise(self) -> bool:
        return self.trust is not None or self.glossary is not None or self.unjudged


def base_of(config: Config, ref: str) -> Base:
    """What ``ref`` says of who may approve, the glossary, the ledgers and their history, the addresses given out.

    A UsageError when git cannot show it. Settings or a glossary this leaflets cannot read there
    (another format, say) judge no approval the change brings good (:attr:`Base.unjudged`); a
    record of addresses that does not read is not compared. Each is a notice.
    """
    verified = _git(config, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}")
    if verified.returncode != 0:
        raise UsageError(f"--base {ref}: git knows no such revision here"
                         + (f" ({_said(verified)})" if _said(verified) else "")
                         + "; in CI fetch it first (actions/checkout with fetch-depth: 0)")
    commit = verified.stdout.decode().strip()
    notices = []

    def unread(name: str, error: LeafletsError | UnicodeDecodeError, what: str) -> None:
        said = error.message if isinstance(error, LeafletsError) else "not valid UTF-8"
        notices.append(Problem(name, None, f"as {ref} has it, this leaflets cannot read it ({said}): {what}"))

    settings = _file_at(config, commit, ref, "pyproject.toml")
    nobody = replace(config, reviewers=(), review=ReviewSettings())  # no project there: nobody could approve
    unjudged = False
    try:
        base = load_config(config.root, settings) if settings is not None else nobody
    except LeafletsError as error:  # settings in a format this leaflets refuses (a setting renamed, say)
        unread("pyproject.toml", error, "approvals this change brings cannot be judged by its reviewers, and fail; "
               "merge the change to the settings on its own first")
        base, unjudged = nobody, True
    glossary = None
    if settings is not None and not unjudged:
        glossary, unreadable = _glossary_at(config, commit, ref, base, unread)
        unjudged = unjudged or unreadable
    published = None
    if (record := _file_at(config, commit, ref, addresses.FILE_NAME)) is not None:
        try:
            published = addresses.parse(addresses.path_of(config.root), record)
        except LeafletsError as error:
            unread(addresses.FILE_NAME, error, "the editions it lists are not compared")
    if _git(config, "rev-parse", "--is-shallow-repository").stdout.strip() == b"true":
        notices.append(Problem("pyproject.toml", None, (
            f"the history of {ref} here is shallow: approvals it set aside before the oldest commit fetched are not "
            "found (fetch with fetch-depth: 0)")))
    trust = None
    if (base.reviewers, base.review) != (config.reviewers, config.review):
        trust = replace(config, reviewers=base.reviewers, review=base.review)
    # This change's when the base's settings are not known; as git names it from here ("../locales" too).
    locales = Path(os.path.relpath(base.locales_dir, config.root)).as_posix()
    ledgers, unheld = _ledgers_at(config, commit, ref, locales)
    return Base(ref, trust, glossary, published, ledgers, _retired_approvals(config, commit, ref, locales, ledgers),
                tuple(notices), unjudged, unheld, settings=base if settings is not None and not unjudged else None)


def _glossary_at(config: Config, commit: str, ref: str, base: Config,
                 unread: Callable[[str, LeafletsError | UnicodeDecodeError, str], None]) -> tuple[Glossary | None, bool]:
    """The base's glossary when it differs from this change's (None: the same, or kept outside the repository,
    where git has no version of it), and whether it failed to read (then nothing is judged by it)."""
    top = _repository_top(config)
    if not Path(os.path.normpath(config.root / base.glossary)).is_relative_to(top):  # as written, not as linked here
        return None, False
    said = _file_at(config, commit, ref, base.glossary)
    try:
        glossary = read_glossary(config.root / base.glossary, config.languages,
                                 said.decode("utf-8")) if said is not None else Glossary()
    except (LeafletsError, UnicodeDecodeError) as error:
        unread(base.glossary, error, "approvals this change brings cannot be judged by its glossary, and fail")
        return None, True
    return (glossary if glossary != load_glossary(config) else None), False


def _file_at(config: Config, commit: str, ref: str, name: str) -> bytes | None:
    """The project's file ``name`` as ``commit`` (a revision git has) has it, or None when it has none."""
    if _git(config, "cat-file", "-e", f"{commit}:./{name}").returncode != 0:
        return None
    shown = _git(config, "cat-file", "blob", f"{commit}:./{name}")
    if shown.returncode != 0:
        raise UsageError(f"--base {ref}: git cannot show its {name}: {_said(shown)}")
    return shown.stdout


def _ledgers_at(config: Config, commit: str, ref: str, locales: str
                ) -> tuple[dict[tuple[str, str], bytes], frozenset[tuple[str, str]]]:
    """Every approval ledger ``commit`` has in its ``locales`` folder, by language and leaflet; and the ledgers
    git does not hold there (behind a symbolic link or in a submodule, "*": every one), which the gate cannot
    compare: leaflets refuses such links now, but a base may hold one from before."""
    listed = _git(config, "ls-tree", "-r", "-z", commit, "--", locales)
    if listed.returncode != 0:
        raise UsageError(f"--base {ref}: git cannot list its catalogues: {_said(listed)}")
    prefix = "" if locales == "." else f"{locales}/"
    blobs = []  # (object id, (language, leaflet)): two ledgers alike are one object
    unheld = set() if _in_the_tree(config, commit, locales) else {("*", "*")}
    for entry in listed.stdout.decode("utf-8", "surrogateescape").split("\0"):
        info, _, path = entry.partition("\t")  # "<mode> <type> <object id>\t<path>"
        parts = path.removeprefix(prefix).split("/") if path.startswith(prefix) else [] if path == locales else None
        which = _ledgers_under(parts) if parts is not None else None
        if which is None:
            continue
        if info.startswith(_NOT_IN_THE_TREE):
            unheld.add(which)
        elif "*" not in which and info.split(" ")[1:2] == ["blob"]:
            blobs.append((info.split(" ")[2], which))
    contents = _blobs(config, ref, [blob for blob, _ in blobs])
    return dict(zip((which for _, which in blobs), contents, strict=True)), frozenset(unheld)


def _ledgers_under(parts: list[str]) -> tuple[str, str] | None:
    """The ledgers at ``parts`` of a path in the catalogue folder, by language and leaflet ("*": every one):
    the folder itself ([]), a language's folder, its LC_MESSAGES, a ledger; None for any other path."""
    if len(parts) > 3 or parts[1:2] not in ([], ["LC_MESSAGES"]):
        return None
    if len(parts) < 3:
        return (parts[0] if parts else "*", "*")
    return (parts[0], parts[2].removesuffix(LEDGER_SUFFIX)) if parts[2].endswith(LEDGER_SUFFIX) else None


_NOT_IN_THE_TREE = ("120000 ", "160000 ")  # how git lists a symbolic link and a submodule: their files are not here


def _in_the_tree(config: Config, commit: str, locales: str) -> bool:
    """Can ``commit``'s catalogue folder hold its own files: inside the repository, no folder on the way to it a
    symbolic link or a submodule (git lists nothing under such a path, as under one that is not there)?"""
    top = _repository_top(config)
    if not Path(os.path.normpath(config.root / locales)).is_relative_to(top):
        return False
    parents = [part for part in Path(locales).parents if part.name and part.name != ".."][::-1]
    for folder in parents:
        shown = _git(config, "ls-tree", "-z", commit, "--", folder.as_posix()).stdout.decode("utf-8", "surrogateescape")
        if shown.startswith(_NOT_IN_THE_TREE):
            return False
    return True


def _repository_top(config: Config) -> Path:
    return Path(_git(config, "rev-parse", "--show-toplevel").stdout.decode().strip()).resolve()


def _blobs(config: Config, ref: str, ids: list[str]) -> list[bytes]:
    """The contents of git objects ``ids`` (blobs), in order: one git command."""
    if not ids:
        return []
    shown = _git(config, "cat-file", "--batch", stdin="".join(f"{blob}\n" for blob in ids).encode())
    if shown.returncode != 0:
        raise UsageError(f"--base {ref}: git cannot show its ledgers: {_said(shown)}")
    contents, out, at = [], shown.stdout, 0
    for _ in ids:  # each: "<id> blob <size>\n<content>\n", in the order asked
        header_end = out.index(b"\n", at)
        size = int(out[at:header_end].split(b" ")[2])
        contents.append(out[header_end + 1:header_end + 1 + size])
        at = header_end + 1 + size + 1
    return contents


def _retired_approvals(config: Config, commit: str, ref: str, locales: str,
                       ledgers: dict[tuple[str, str], bytes]) -> dict[tuple[str, str], frozenset[tuple[str, ...]]]:
    """By language and leaflet, the approvals (:func:`_identity`) some version of the ledger in ``commit``'s
    history held and its last version does not: the version ``commit`` has (``ledgers``), or the last before it
    was deleted. Every commit is read, merges against each parent too: git's default history leaves out a side
    branch whose changes came to nothing (an approval made and reverted there)."""
    logged = _git(config, "log", "--format=", "--raw", "--no-abbrev", "--no-renames", "--full-history", "-m", "-z",
                  commit, "--", locales)
    if logged.returncode != 0:
        raise UsageError(f"--base {ref}: git cannot show its history: {_said(logged)}")
    versions: dict[tuple[str, str], list[str]] = {}  # each ledger's versions, its last first
    header: list[str] = []
    for part in logged.stdout.decode("utf-8", "surrogateescape").split("\0"):  # newest commit first
        if part.startswith(":"):  # ":<mode> <mode> <old id> <new id> <status>", then the path
            header = part.split(" ")
            continue
        parts = part.split("/")
        if len(header) < 5 or len(parts) < 3 or parts[-2] != "LC_MESSAGES" or not parts[-1].endswith(LEDGER_SUFFIX):
            continue
        old, new, deleted = header[2], header[3], header[4].startswith("D")
        ids = versions.setdefault((parts[-3], parts[-1].removesuffix(LEDGER_SUFFIX)), [])
        ids += [blob for blob in ((old,) if deleted else (new, old)) if blob.strip("0") and blob not in ids]
    every = list(dict.fromkeys(blob for ids in versions.values() for blob in ids))
    approvals = dict(zip(every, (_approval_records(data) for data in _blobs(config, ref, every)), strict=True))
    retired = {}
    for which, ids in versions.items():
        last = _approval_records(ledgers[which]) if which in ledgers else approvals[ids[0]] if ids else None
        if last is not None:  # a last version that does not read (conflict markers) says nothing of what it holds
            retired[which] = frozenset().union(*(approvals[blob] or () for blob in ids)) - last
    return retired


def _approval_records(data: bytes) -> frozenset[tuple[str, ...]] | None:
    """The approvals (:func:`_identity`) of one version of a ledger; None when it does not read as one."""
    try:
        document = json.loads(data)
    except (ValueError, RecursionError):
        return None
    approvals = document.get("approvals", {}) if isinstance(document, dict) else None
    if not isinstance(approvals, dict):
        return None
    return frozenset(_identity(record) for record in approvals.values() if isinstance(record, dict))


def _identity(record: Approval | dict) -> tuple[str, ...]:
    """What tells one signed approval from another, wherever it is filed: who, when, and which words."""
    fields = ("reviewer", "approved_at", "english_sha256", "translation_sha256")
    return tuple(str(getattr(record, name, "") if not isinstance(record, dict) else record.get(name, ""))
                 for name in fields)




def _run_git(config: Config, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """git run in the project's folder, its messages in English (the gate reads some), never prompting.

    Raises OSError without git, and TimeoutExpired after 60 s.
    """
    return subprocess.run(["git", *args], cwd=config.root, input=stdin, capture_output=True, check=False,
                          timeout=60, env={**os.environ, "LC_ALL": "C", "GIT_TERMINAL_PROMPT": "0"})


def _git(config: Config, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """:func:`_run_git` for ``--base``, which cannot go on without git: a UsageError when git does not run."""
    try:
        return _run_git(config, *args, stdin=stdin)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise UsageError(f"cannot run git: {exc}") from None


def _said(done: subprocess.CompletedProcess) -> str:
    """What git said on stderr, on one line."""
    return " ".join(done.stderr.decode("utf-8", "replace").split())[:300]


def _who_may_approve_changes(config: Config, base: Base) -> Problem | None:
    """The notice of how the change alters who may approve (reviewers, their keys and languages, review rules)."""
    if base.trust is None:
        return None
    before = {reviewer.id: reviewer for reviewer in base.trust.reviewers}
    after = {reviewer.id: reviewer for reviewer in config.reviewers}
    changes = [f"{who} added" for who in after if who not in before]
    changes += [f"{who} removed" for who in before if who not in after]
    for who in sorted(after.keys() & before.keys()):
        differ = [label for name, label in _REVIEWER_FIELDS if getattr(after[who], name) != getattr(before[who], name)]
        if differ:
            changes.append(f"{who}'s {' and '.join(differ)} changed")
    changes += [f"[tool.leaflets.review] {name} = {str(getattr(config.review, name)).lower()}"
                for name in ("signatures", "approve_own_edits")
                if getattr(config.review, name) != getattr(base.trust.review, name)]
    if not changes:  # names or roles only
        return None
    return Problem("pyproject.toml", None, (
        f"who may approve differs from {base.ref}: {', '.join(sorted(changes))}; each approval is also judged by "
        f"{base.ref}'s settings, and one that counts only under this change's fails the gate"))


_REVIEWER_FIELDS = (("key", "key"), ("old_keys", "old keys"), ("languages", "languages"))  # what trust rests on


def _credits_changed(config: Config, base: Base) -> Problem | None:
    """The notice of reviewers' names and roles the change alters: every edition prints them as its credit."""
    if base.trust is None:
        return None
    before = {reviewer.id: reviewer for reviewer in base.trust.reviewers}
    changed = sorted(reviewer.id for reviewer in config.reviewers if reviewer.id in before
                     and (reviewer.name, reviewer.role) != (before[reviewer.id].name, before[reviewer.id].role))
    if not changed:
        return None
    return Problem("pyproject.toml", None, (
        f"the name or role of {', '.join(changed)} differs from {base.ref}: every edition they approved prints it, "
        "untranslated, as the clinician who checked it (\"reviewed by …\"); read it as the words of a page"))


def _shares_lowered(config: Config, base: Base) -> Problem | None:
    """The notice of approved shares the change lowers: what publishes a language, and what the gate asks of one.

    Lowered, a page publishes with more of its blocks in English (or a language passes
    CI with fewer approved): no approval fails, so without a word a one-line change
    would go unread.
    """
    if base.settings is None:
        return None
    lowered = []
    if config.publish_threshold < base.settings.publish_threshold:
        lowered.append(f"publish_threshold from {base.settings.publish_threshold:g} to {config.publish_threshold:g}")
    lowered += [f"{lang}'s threshold from {base.settings.threshold_for(lang):g} to {config.threshold_for(lang):g}"
                for lang in config.languages if config.threshold_for(lang) < base.settings.threshold_for(lang)]
    if not lowered:
        return None
    return Problem("pyproject.toml", None, (
        f"lowers the approved share asked for, from {base.ref}'s: {', '.join(lowered)}; a page may then publish "
        "with blocks in English, or a language pass with fewer approved"))


def _addresses_dropped(base: Base, given_out: addresses.Published) -> Problem | None:
    """The notice of editions the base's record of published addresses lists and this one does not."""
    if base.published is None:
        return None
    dropped = [f"{slug} in {lang}" for slug, entry in sorted(base.published.leaflets.items())
               for lang, suffixes in sorted(entry.languages.items()) if not suffixes <= given_out.suffixes(slug, lang)]
    if not dropped:
        return None
    named = ", ".join(dropped[:5]) + (f" and {len(dropped) - 5} more" if len(dropped) > 5 else "")
    return Problem(addresses.FILE_NAME, None, (
        f"no longer lists editions {base.ref} lists ({named}): a build from a clean checkout (a deploy) leaves "
        "their addresses unanswered, or showing old text where the site is copied over; restore the lines "
        "unless those addresses are to stop answering"))


def check(config: Config, langs: list[str] | None = None, base: Base | None = None) -> CheckReport:
    """The gate's report on the project; ``base``: the revision the change is judged against too (:class:`Base`)."""
    report = CheckReport()
    if base is not None:
        report.notices += base.notices
        if (said := _who_may_approve_changes(config, base)) is not None:
            report.notices.append(said)
        if (said := _credits_changed(config, base)) is not None:
            report.notices.append(said)
        if (said := _shares_lowered(config, base)) is not None:
            report.notices.append(said)
    if not config.review.signatures:
        report.notices.append(Problem(
            "pyproject.toml", None, "[tool.leaflets.review] signatures = false: approvals are not verified, "
            "so anyone who can write a ledger can publish; list each reviewer's key and remove the setting"))
    else:
        report.notices += [Problem("pyproject.toml", None, (
            f"reviewer {reviewer.id!r} has no key: they cannot approve, reject or edit until their public key "
            "is listed (key = \"ssh-ed25519 …\", docs/review.md)")) for reviewer in config.reviewers if not reviewer.key]
    glossary = load_glossary(config)
    if not (config.root / config.glossary).is_file():
        report.notices.append(Problem(
            "pyproject.toml", None, f"no {config.glossary}: drug names are checked by their shape only, so one "
            "swapped for another of the same family passes; list the leaflets' medicines there (docs/checks.md)"))
    for lang in config.languages:
        if language_data(lang) is None and not language(lang).pseudo:
            report.notices.append(Problem(
                "pyproject.toml", None, f"{lang}: the checks have no word lists for this language, so a dropped "
                "negation, an opposite (before/after), a changed unit or what a number counts is not found in "
                f"{lang}; numbers, drug names and the glossary are checked (docs/checks.md: Language data)"))
    report.problems += _committed_outputs(config)
    report.notices += _left_behind(config)
    report.problems += _unreadable_left_behind(config)
    try:
        given_out: addresses.Published | None = addresses.load(config.root)
    except LeafletsError as error:  # a merge's conflict markers, say: the next build would stop
        report.problems.append(_problem(config, error))
        given_out = None
    if base is not None and given_out is not None and (said := _addresses_dropped(base, given_out)) is not None:
        report.notices.append(said)
    report.problems += [_problem(config, error) for error in config.clash_errors().values()]
    originals = config.originals()
    for slug in config.slugs():
        source = config.source_path(slug)
        try:
            if needs_import(config, slug, originals) and (
                    original := importer.original_of(slug, originals)) is not None:
                report.problems.append(Problem(
                    config.relative(source), None,
                    f"older than {config.relative(original)}: run leaflets import (or leaflets run)"))
            leaflet = read_leaflet(source)
        except LeafletsError as error:
            report.problems.append(_problem(config, error))
            if source.exists():  # its languages listed as not read: `status` dropped the leaflet's rows and passed
                report.languages += [LanguageStatus(slug, lang, config.threshold_for(lang), unreadable=True)
                                     for lang in langs or config.languages]
            continue
        try:
            _check_review_date(config, report, leaflet)
        except LeafletsError as error:  # a review_by that is not a date: named, and the rest still checked
            report.problems.append(_problem(config, error))
        template = template_for(leaflet, config)
        pot_path = config.pot_path(slug)
        if not pot_path.exists() or not is_current(pot_path, template):  # by content: see catalogs.content_of
            report.stale_templates.append(slug)
            report.problems.append(Problem(
                config.relative(pot_path), None,
                ("missing" if not pot_path.exists() else f"older than {config.relative(source)}")
                + ": run leaflets extract, then leaflets update (or leaflets run)"))
        english = {key_of(m) for m in messages(template)}
        blocks = [message_key(block.text) for block in leaflet.blocks]
        published = [SOURCE_LANGUAGE]
        for lang in langs or config.languages:
            status = LanguageStatus(slug, lang, config.threshold_for(lang), template_stale=slug in report.stale_templates)
            report.languages.append(status)
            if _check_language(config, report, status, english, blocks, glossary, base):
                published.append(lang)
        if given_out is not None and (unlisted := [lang for lang in published
                                                   if ".html" not in given_out.suffixes(slug, lang)]):
            report.problems.append(Problem(given_out.path.name, None, (
                f"does not list {slug} in {', '.join(unlisted)}, which the next build publishes: run leaflets build "
                "and commit published.json, so that a build from a clean checkout (a deploy) still answers those "
                "addresses once withdrawn")))
    return report


def _committed_outputs(config: Config) -> list[Problem]:
    """Files under the output folder that git tracks: a build never removes what it did not make, so a
    page or MO file committed there (by mistake, or to publish what no clinician approved) would be
    deployed with the rest. Nothing to say outside a git repository, or without git; a repository git
    will not read (one owned by another user, a damaged index) fails the gate, which cannot vouch for it."""
    folder = config.relative(config.output_dir)
    try:
        listed = _run_git(config, "ls-files", "-z", "--", str(config.output_dir))
    except OSError:  # no git
        return []
    except subprocess.TimeoutExpired:
        return [Problem(folder, None, "cannot tell whether git tracks files under it: git ls-files took over 60 s")]
    if listed.returncode != 0:
        said = listed.stderr.decode("utf-8", "replace").strip()
        if "not a git repository" in said:
            return []
        return [Problem(folder, None, "cannot tell whether git tracks files under it (a deploy would publish them): "
                                      f"git ls-files says: {' '.join(said.split())[:300] or f'exit {listed.returncode}'}")]
    tracked = [config.relative(config.root / name)  # named from the folder git ran in
               for name in listed.stdout.decode("utf-8", "replace").split("\0") if name]
    why = "the output folder is leaflets' to build: a build leaves what it did not make, so a deploy would publish"
    if len(tracked) > _NAMED_ONE_BY_ONE:  # a whole dist/ committed: one problem, not thousands
        return [Problem(folder, None, f"{len(tracked)} files under it are committed ({', '.join(tracked[:3])}, …), "
                                      f"but {why} them; remove them from git (git rm -r --cached {folder})")]
    return [Problem(path, None, f"is committed, but {why} it; remove it from git (git rm --cached)") for path in tracked]


_NAMED_ONE_BY_ONE = 10


def _left_behind(config: Config) -> list[Problem]:
    """Catalogues no leaflet or language uses any more: a leaflet deleted or renamed, a language taken out.

    They are translators' work, so nothing removes them; nor are they checked or built, and left
    in place they are easily taken for live ones. A notice each, with how to remove them. A
    leaflet's are told by its POT or its approval ledgers, which only leaflets writes: another
    tool's catalogue beside them (``django.po``) is not one.
    """
    if not config.locales_dir.is_dir():
        return []
    languages = {*config.languages}
    folders = sorted(folder for folder in config.locales_dir.iterdir() if (folder / "LC_MESSAGES").is_dir())
    locales = config.relative(config.locales_dir)
    notices = []
    for slug in config.left_behind():
        pot = [config.pot_path(slug)] if config.pot_path(slug).is_file() else []
        files = pot + [path for folder in folders if folder.name in languages for path in (
            config.po_path(folder.name, slug), config.ledger_path(folder.name, slug)) if path.is_file()]
        named = ([f"{locales}/{slug}.pot"] if config.pot_path(slug).is_file() else []) + [
            f"{locales}/*/LC_MESSAGES/{slug}{suffix}" for suffix in (".po", LEDGER_SUFFIX)
            if any(path.name == f"{slug}{suffix}" for path in files)]
        notices.append(Problem(config.relative(files[0]), None, (
            f"no leaflet {slug} in {config.relative(config.source_dir)} (deleted, or renamed?): {len(files)} "
            f"catalogue file{'s' if len(files) != 1 else ''} neither checked nor built; if it is gone, remove "
            f"{'them' if len(files) != 1 else 'it'} (git rm {' '.join(named)})")))
    notices += [Problem(config.relative(folder), None, (
        f"{folder.name} is not in languages: its catalogues are neither checked nor built (add it back to "
        "languages, or remove the folder if it is gone for good)"))
        for folder in folders if folder.name not in languages]
    return notices


def _unreadable_left_behind(config: Config) -> list[Problem]:
    """The ledgers of leaflets no longer in the project that do not read: approving reads every ledger
    of the language for who wrote which words (the four-eyes rule), and holds every approval while one
    does not read. A leaflet's own ledger is judged with its leaflet."""
    problems = []
    for slug in config.left_behind():
        for lang in config.languages:
            if not config.ledger_path(lang, slug).is_file():
                continue
            try:
                load_ledger(config, lang, slug)
            except CatalogError as error:
                problem = _problem(config, error)
                problems.append(Problem(problem.path, problem.line, (
                    f"{problem.message}; a ledger of a leaflet no longer in the project, which approving reads "
                    f"for who wrote which words: every approval in {lang} waits until it is mended or removed "
                    "(git rm)")))
    return problems


def _check_review_date(config: Config, report: CheckReport, leaflet: Leaflet) -> None:
    """Warn when the leaflet's review is near (WARN_DAYS), fail once it has passed, at the front matter's line.

    Today is the project's clock (SOURCE_DATE_EPOCH when set), never a guess.
    """
    review = review_date(leaflet, config.review_months)
    status = status_on(review, clock.today())
    if status is ReviewStatus.CURRENT:
        return
    where = config.relative(leaflet.path)
    line = front_matter_line(leaflet.path, review.key)
    how = ("set review_by: YYYY-MM-DD in the front matter" if review.key == "date"
           else "update review_by in the front matter")
    if status is ReviewStatus.OVERDUE:
        report.problems.append(Problem(where, line, f"review was due on {review.day.isoformat()}: have the "
                                                    f"English reviewed, then {how}"))
    else:
        days = (review.day - clock.today()).days
        report.notices.append(Problem(where, line, f"due for review on {review.day.isoformat()} "
                                                   f"(in {days} day{'s' if days != 1 else ''})"))


def _check_language(config: Config, report: CheckReport, status: LanguageStatus, english: set[str],
                    blocks: list[str], glossary: Glossary, base: Base | None = None) -> bool:
    """Check one leaflet's catalogue and ledger in one language; True when the next build publishes it.

    ``base``: approvals are also judged by who could approve there (:class:`Base`).
    """
    slug, lang = status.slug, status.lang
    path = config.po_path(lang, slug)
    relative = config.relative(path)
    if not path.exists():
        status.counts[ReviewState.UNTRANSLATED] = len(english)
        status.blocks = len(blocks)  # none approved
        status.po_stale = True
        report.problems.append(Problem(relative, None, "missing: run leaflets update (or leaflets run)"))
        return False
    try:
        catalog = read_language_catalog(path, lang)
        ledger = load_ledger(config, lang, slug)
    except LeafletsError as error:
        report.problems.append(_problem(config, error))
        status.unreadable = True
        return False
    report.notices.extend(_header_notices(relative, catalog, lang))

    present: dict[str, Message] = {}
    pseudo = language(lang).pseudo  # pseudo-locale text is made up on purpose: nothing to check
    lapsed = 0
    approved_keys: set[str] = set()
    for message in messages(catalog):
        present[key_of(message)] = message
        state = state_of(message, ledger, config)
        status.counts[state] += 1
        if state is ReviewState.APPROVED:
            approved_keys.add(key_of(message))
        if state in _LAPSED and (approval := approval_of(message, ledger)) is not None:  # under #| too
            lapsed += 1
            report.notices.append(Problem(
                relative, message.lineno, f"the approval of {excerpt(english_of(message))!r} by {approval.reviewer} lapsed: "
                f"{_LAPSED[state]} since; it is not published until approved again"))
        if not pseudo:
            _check_entry(config, report, status, relative, message, state, ledger, glossary)
        if (fault := msgfmt_fault(message)) is not None:  # gettext's tools cannot use the file
            report.problems.append(Problem(relative, message.lineno, fault))
    approved = sum(key in approved_keys for key in blocks)  # as the build counts: a block repeated counts twice
    status.blocks, status.approved_blocks = len(blocks), approved  # the share and threshold the build has
    publishes = not pseudo and build.publishes(approved, len(blocks), config)
    if lapsed and not pseudo and not publishes:
        report.notices.append(Problem(relative, 1, (
            f"{approved} of {len(blocks)} blocks approved after {lapsed} approval{'s' if lapsed != 1 else ''} "
            f"lapsed; publishing needs {config.publish_threshold:.0%}: the next build does not publish {lang} "
            "in this leaflet (if published, its addresses show the holding page) until they are approved again")))
    status.obsolete = len(catalog.obsolete)
    status.po_stale = set(present) != english
    if status.po_stale and not status.template_stale:  # else the POT's error says what to run, once
        missing, extra = len(english - set(present)), len(set(present) - english)
        what = ", ".join(part for part in (
            f"{missing} English block{'s' if missing != 1 else ''} missing" if missing else "",
            f"{extra} entr{'ies' if extra != 1 else 'y'} not in the POT" if extra else "",
        ) if part)
        report.problems.append(Problem(
            relative, 1, f"older than the POT ({what}): run leaflets update (or leaflets run)"))

    unsigned: dict[tuple[str, str, str], list[str]] = {}  # (batch, reviewer, fault): the keys whose approval it voids
    for key, approval in sorted(ledger.approvals.items()):
        if key in present and not reviewer_may_approve(config, approval.reviewer, lang):
            status.unlisted_approvals += 1
            report.problems.append(Problem(
                config.relative(ledger.path), _ledger_line(ledger, key),
                f"approval of {excerpt(key)!r} by {approval.reviewer!r}, who is not listed for {lang} in "
                "[[tool.leaflets.reviewers]]: the approval does not count; "
                "list the reviewer or approve again",
            ))
        elif key in present and (fault := four_eyes_fault(present[key], ledger, config, approval)):
            status.void_approvals += 1
            status.void_because.add("the four-eyes rule")
            report.problems.append(Problem(
                config.relative(ledger.path), _ledger_line(ledger, key),
                f"approval of {excerpt(key)!r} by {approval.reviewer}: {fault}: the approval does not count",
            ))
        elif key in present and config.review.signatures and (fault := signature_fault(config, ledger, key, approval)):
            status.void_approvals += 1
            status.void_because.add("its signature")
            unsigned.setdefault((approval.batch, approval.reviewer, fault), []).append(key)
    for key, rejection in sorted(ledger.rejections.items()):
        # A rejection holds its words back whoever wrote it (failing closed), but one no listed reviewer
        # signed is named: anyone who can write the ledger could withdraw a language with it.
        if key not in present or not speaks_of(rejection, present[key]):
            continue
        if not reviewer_may_approve(config, rejection.reviewer, lang):
            fault = f"{rejection.reviewer!r} is not listed for {lang} in [[tool.leaflets.reviewers]]"
        elif not config.review.signatures or (fault := signature_fault(config, ledger, key, rejection)) is None:
            continue
        report.problems.append(Problem(
            config.relative(ledger.path), _ledger_line(ledger, key, "rejections"),
            f"rejection of {excerpt(key)!r} by {rejection.reviewer}: {fault}: it still holds the words back; "
            "remove it, or have a listed reviewer reject them"))
    if base is not None:
        _judge_by_base(config, report, status, ledger, [present[key] for key in sorted(present)], approved_keys, base)
    # One problem per batch whose approvals fail alike (a batch deleted or its signature broken), not one per entry.
    for (batch, reviewer, fault), keys in unsigned.items():
        advice = ("the reviewer signs it with leaflets review resign" if fault == "unsigned"
                  else "the reviewer approves it again with their key")
        if batch and len(keys) > 1:
            said = [(keys[0], (f"approvals of {len(keys)} entries signed as batch {batch} (the first "
                               f"{excerpt(keys[0])!r}) by {reviewer}: {fault}: none of them counts; {advice}"))]
        else:
            said = [(key, f"approval of {excerpt(key)!r} by {reviewer}: {fault}: the approval does not count; {advice}")
                    for key in keys]
        report.problems += [Problem(config.relative(ledger.path), _ledger_line(ledger, key), message)
                            for key, message in said]
    return publishes


def _judge_by_base(config: Config, report: CheckReport, status: LanguageStatus, ledger: Ledger,
                   entries: list[Message], approved: set[str], base: Base) -> None:
    """Fail the approvals of ``entries`` the base would not let this change bring (:class:`Base`), and the
    rejections and edits of the base the change drops.

    Judged by the base's settings and glossary, the approval rule itself decides, on
    this change's ledger read again (a ledger keeps the verdicts on its signatures,
    which depend on the keys listed, and the glossary its checks used). An approval
    the base holds as it is, which counts only under the change's settings, is a
    notice: the change to the settings publishes it, and is reviewed as such.
    An approval that does not count yet (its entry fuzzy, say: the keys in ``approved``
    count) is judged by what the base set aside all the same: merged, it would be held
    as it is, and a later change that only clears the flag would publish it unjudged.
    """
    judge = base.trust or config
    # This change's ledger read again from the bytes the gate judged, for fresh verdicts and glossary.
    as_changed = load_ledger(judge, status.lang, status.slug, ledger.as_read)
    if base.glossary is not None:
        as_changed.checks_used = (base.glossary, checks_fingerprint(base.glossary))
    # It judged by the base's reviewers and review rules with this change's glossary.
    trusting = cache(lambda: load_ledger(judge, status.lang, status.slug, ledger.as_read))
    raw = base.ledgers.get((status.lang, status.slug))
    try:
        at_base = load_ledger(judge, status.lang, status.slug, raw) if raw is not None else None
    except LeafletsError as error:  # damaged there (a change may be mending it): nothing of it to compare
        report.notices.append(Problem(config.relative(ledger.path), error.line,
                                      f"as {base.ref} has it, it cannot be read ({error.message}): not compared"))
        at_base = None
    retired = base.retired.get((status.lang, status.slug), frozenset())
    failing: dict[tuple[str, str], list[str]] = {}  # (reviewer, rule): the keys of the approvals it fails
    for message in entries:
        record = approval_of(message, ledger)
        if record is None:
            continue
        counts = key_of(message) in approved
        there = approval_of(message, at_base) if at_base is not None else None
        brought = record != there  # new in this change, or other than the base's
        if not (counts or brought):
            continue
        set_aside = set_aside_at(message, at_base) if at_base is not None else None
        rule = None
        if base.unjudged and brought and counts:
            rule = "unjudged"
        elif brought and counts and any((lang, slug) in base.unheld for lang in (status.lang, "*")
                                        for slug in (status.slug, "*")):
            rule = "unheld"
        elif counts and not base.unjudged and base.judges_otherwise and not is_approved(message, as_changed, judge):
            # One the base holds and trusts (its reviewer, key and review rules), which only the glossary kept
            # from counting, is published by a change to the glossary alone: a notice. Any other fails.
            rule = "settings, as held" if not brought and (base.trust is None or is_approved(
                message, trusting(), judge)) else "settings"
        elif brought and (_identity(record) in retired or _superseded(record, there)):
            rule = "retired"
        elif set_aside is not None and dt.datetime.fromisoformat(record.approved_at) <= set_aside:
            rule = "set aside"
        elif brought and _signed_with_an_old_key(record, ledger, judge):
            rule = "old key"
        elif brought and at_base is not None and four_eyes_fault(message, at_base, judge, record) \
                and not _rewritten_by_another(message, as_changed, record.reviewer, judge):
            rule = "own edit"  # the change dropped the reviewer's edit of these words from the ledger
        if rule is not None:
            failing.setdefault((record.reviewer, rule), []).append(key_of(message))
    if at_base is not None:
        report.problems += _set_asides_dropped(config, ledger, as_changed, at_base, judge, base.ref)
    for (reviewer, rule), keys in failing.items():
        many = len(keys) > 1
        what = f"approvals of {len(keys)} entries (the first {excerpt(keys[0])!r})" if many \
            else f"approval of {excerpt(keys[0])!r}"
        again = (f"ask {reviewer} to approve {'them' if many else 'it'} again if the words are right "
                 "(leaflets review approve --again)")
        why = {
            "settings": f"count{'' if many else 's'} only under this change's reviewers, review settings or "
                        f"glossary, not {base.ref}'s: merge the change to them on its own first",
            "unjudged": f"cannot be judged by {base.ref}'s reviewers, review settings or glossary, which this "
                        "leaflets cannot read: merge the change to them on its own first",
            "unheld": f"cannot be compared with {base.ref}'s ledger, which it keeps behind a symbolic link, in a "
                      "submodule or outside the repository (git has not the approvals nor their history there): "
                      "the change that puts the ledger itself in the repository is merged on its own, checked by "
                      "hand, and approvals are judged after it",
            "settings, as held": f"count{'' if many else 's'} only under this change's reviewers, review settings "
                                 f"or glossary, as {base.ref} holds {'them' if many else 'it'}: merged, this change "
                                 f"publishes {'them' if many else 'it'}",
            "retired": f"{'were' if many else 'was'} set aside in {base.ref} (no longer in its ledger, or older "
                       f"than its own approval of other words: rejected, edited or approved anew since): this "
                       f"change brings {'them' if many else 'it'} back; {again}",
            "set aside": f"{'are' if many else 'is'} older than {base.ref}'s rejection or edit of "
                         f"{'those entries' if many else 'the entry'}: this change brings back words a reviewer set "
                         f"aside; {again}",
            "old key": f"{'are' if many else 'is'} new in this change but signed with an old key of {reviewer}'s: an "
                       f"old key signs nothing new; {again}",
            "own edit": f"{'are' if many else 'is'} of words {reviewer} wrote, as {base.ref}'s ledger records their "
                        "edit, and the four-eyes rule holds (approve_own_edits is off): another reviewer must "
                        f"approve {'them' if many else 'it'}",
        }[rule]
        problem = Problem(config.relative(ledger.path), _ledger_line(ledger, keys[0]), f"{what} by {reviewer} {why}")
        if rule == "settings, as held":
            report.notices.append(problem)
            continue
        status.void_approvals += len(keys)
        status.void_because.add(_VOID_BECAUSE[rule])
        report.problems.append(problem)


def _set_asides_dropped(config: Config, ledger: Ledger, as_changed: Ledger, at_base: Ledger, judge: Config,
                        ref: str) -> list[Problem]:
    """The base's signed rejections and edits that this change drops from the ledger, each a problem.

    The review tools drop a rejection only for an approval of the very words it set aside
    (``--overrule-rejection``), and an edit never: one gone otherwise would let words a reviewer
    set aside, or an editor's own words, be approved again in a later change that the
    base, holding no such record any more, could not judge. A rejection or edit replaced
    by a later one, signed by a listed reviewer (an edit carrying the one it replaced in its
    earlier words, as the tools write it), stays judged by its successor.
    """
    problems = []
    for key, record in sorted(at_base.rejections.items()):
        now = ledger.rejections.get(key)
        if now == record or not trusted(judge, at_base, key, record):
            continue
        if now is not None and made_at(now) >= made_at(record) \
                and trusted(judge, as_changed, key, now):
            continue  # rejected again since, by a listed reviewer's signature
        approval = as_changed.approvals.get(key)
        if (approval is not None and (approval.english_sha256, approval.translation_sha256) == (
                record.english_sha256, record.translation_sha256) and made_at(approval) > made_at(record)
                and trusted(judge, as_changed, key, approval)):
            continue  # overruled by an approval of the words it set aside
        problems.append(Problem(config.relative(ledger.path), None, (
            f"the rejection of {excerpt(key)!r} by {record.reviewer} ({record.rejected_at}) in {ref}'s ledger is "
            "gone in this change without an approval of the words it set aside: only a reviewer overrules a "
            "rejection (leaflets review approve --overrule-rejection); put the record back")))
    for key, edit in sorted(at_base.edits.items()):
        now_edit = ledger.edits.get(key)
        if now_edit == edit or not trusted(judge, at_base, key, edit):
            continue
        if now_edit is not None and trusted(judge, as_changed, key, now_edit) and carries(now_edit, edit):
            # Edited again since: the new edit carries the one it replaced and those before it, signed, as the
            # tools write it (whatever the editors' clocks said)
            continue
        problems.append(Problem(config.relative(ledger.path), None, (
            f"the edit of {excerpt(key)!r} by {edit.editor} ({edit.edited_at}) in {ref}'s ledger is gone in this "
            "change: the four-eyes rule rests on it (its editor may not approve those words); put the record back")))
    return problems


_VOID_BECAUSE = {  # the summary's words for each rule of _judge_by_base
    "settings": "settings not yet merged", "unjudged": "settings not yet merged",
    "unheld": "a ledger git does not hold", "retired": "set aside in the base", "set aside": "set aside in the base",
    "old key": "an old key", "own edit": "the four-eyes rule",
}


def _superseded(record: Approval, there: Approval | None) -> bool:
    """Does the base approve the entry's other words (``there``) later than ``record`` approves these?"""
    return there is not None and (there.english_sha256, there.translation_sha256) != (
        record.english_sha256, record.translation_sha256) and (
        dt.datetime.fromisoformat(record.approved_at) <= dt.datetime.fromisoformat(there.approved_at))


def _signed_with_an_old_key(record: Approval, ledger: Ledger, judge: Config) -> bool:
    """Is ``record`` signed with a key its reviewer is listed with under ``old_keys``, not their current one?"""
    listed, used = judge.reviewer(record.reviewer), signing_key_of(ledger, record)
    return listed is not None and used is not None and used != current_key(listed)


_LAPSED = {ReviewState.LAPSED_ENGLISH: "the English changed", ReviewState.LAPSED_TRANSLATION: "the translation changed"}


def _check_entry(config: Config, report: CheckReport, status: LanguageStatus, relative: str, message: Message,
                 state: ReviewState, ledger: Ledger, glossary: Glossary) -> None:
    findings = findings_of(message, status.lang, glossary)
    if not findings:
        return
    approval = standing_approval(message, ledger, config)  # also one that a check error keeps from counting
    if approval is not None and state is not ReviewState.APPROVED:
        for error in uncovered_errors(message, ledger, config, approval):
            report.problems.append(Problem(
                relative, message.lineno,
                f"approval of {excerpt(english_of(message))!r} by {approval.reviewer} does not override the check error "
                f"{error.check}: {error.message}: the entry is not published; fix the translation, "
                "or approve it again with an override reason"))
    for finding in findings:
        severity = Severity(str(finding.severity))
        override = approval.override if approval is not None and covers(approval, finding) else ""
        blocking = severity is Severity.ERROR and not override and (
            approval is not None or status.threshold > 0)
        if severity is Severity.ERROR:
            status.errors += 1
            status.overridden += bool(override)
        else:
            status.warnings += 1
        status.blocking += blocking
        report.findings.append(EntryFinding(
            slug=status.slug, lang=status.lang, path=relative, line=message.lineno,
            english=english_of(message), state=state, check=finding.check, severity=severity,
            message=finding.message, override=override, blocking=blocking,
        ))


def _header_notices(relative: str, catalog: Catalog, lang: str) -> list[Problem]:
    """What a PO editor may have done to the file that still reads but is not how leaflets writes it."""
    notices = []
    layout = layout_of(catalog)
    if layout is None:  # not read from a file: nothing of the file to notice
        return []
    if layout.as_read.startswith(b"\xef\xbb\xbf"):
        notices.append(Problem(relative, 1, "starts with a byte-order mark, which msgfmt refuses; "
                                            "leaflets update removes it"))
    if "\r\n" in layout.text:
        notices.append(Problem(relative, 1, "has CRLF line endings; leaflets update writes LF, "
                                               "as gettext's tools do"))
    if catalog.charset.lower().replace("-", "") != "utf8":
        notices.append(Problem(
            relative, header_line(catalog, "Content-Type"), f"charset is {catalog.charset}, not UTF-8; leaflets update converts it to UTF-8"))
    if layout.header_fields is None:
        notices.append(Problem(
            relative, 1, "has no header entry (Language, Plural-Forms); leaflets update adds one"))
    # As the file spells it ("zh_TW.UTF-8", "es-ES"), not as Babel normalises it
    declared = next((value.strip() for name, value in layout.header_fields or () if name.lower() == "language"),
                    "") or catalog.locale_identifier
    if declared and declared != lang:
        notices.append(Problem(relative, header_line(catalog, "Language"), f"declares Language: {declared}, read as {lang}, "
                                               "the language of its folder"))
    return notices


def _rewritten_by_another(message: Message, ledger: Ledger, reviewer: str, judge: Config) -> bool:
    """Did someone else write these very words since, by a signed edit the change's ``ledger`` holds (trusted by
    ``judge``, the base's settings)? Then the reviewer's edit the base records was of words no longer there."""
    edit = ledger.edits.get(key_of(message))
    return (edit is not None and edit.editor != reviewer and speaks_of(edit, message)
            and trusted(judge, ledger, key_of(message), edit))


def _ledger_line(ledger: Ledger, key: str, section: str = "approvals") -> int | None:
    """The line of ``key``'s approval (or record of another ``section``) in the ledger file, for annotations."""
    try:
        text = ledger.path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return record_line(text, section, key)


def failure_report(error: LeafletsError, root: Path | None) -> CheckReport:
    """The report of a gate stopped before it checked anything (a bad setting): that one problem.

    A value given on the command line (a --base CI did not fetch) is no file's: the problem names none.
    """
    if isinstance(error, UsageError):
        return CheckReport(problems=[Problem("", None, error.message)])
    return CheckReport(problems=[Problem(error.shown_path(root) or "pyproject.toml", error.line or 1, error.message)])


def _problem(config: Config, error: LeafletsError) -> Problem:
    path = config.relative(Path(error.path)) if error.path is not None else "?"
    return Problem(path, error.line, error.message)

