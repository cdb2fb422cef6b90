"""The translator comments (``# `` lines) the pipeline writes into PO files: written and read here only.

- ``leaflets-draft: engine=NAME date=YYYY-MM-DD words=TAG``: a machine draft, which engine made it,
  and the start of the SHA-256 of the words it wrote (they are no longer the machine's once changed);
- ``leaflets-draft-note: …``: what the engine said about it (a near match); for the
  memory engine it ends with where the reused words were approved:
  ``approved in SLUG by REVIEWER on YYYY-MM-DD (drafted by ENGINE)`` (:func:`memory_origin_note`);
- ``leaflets-draft-failed: ENGINE: REASON``: why an engine's answer was refused;
- ``leaflets-check: CHECK: MESSAGE [TAG]``: an error the checks found in a draft, where
  TAG is the start of the SHA-256 of the English and the translation it judged;
- ``leaflets-rejected: REVIEWER DATE: REASON``: a reviewer sent the translation back.

A recorded finding describes only the text it was computed on: once a
translator changes the text (in Poedit, say), or the English changes, a check
marker whose tag no longer matches is ignored, and dropped (tidy_check_marks)
the next time the draft stage or a review action writes the catalogue. PO
editors and polib re-wrap long comments at word boundaries (polib at 78
columns, Babel at 76), so a check marker may come back as several comment
lines: its first line, then lines up to the one ending with the tag.
Check markers written before tags existed (no tag) cannot say which words they
judged: they are ignored, as a changed text's are (the checks, run on the words
as they are now, find again what still holds), and dropped at the next write.
Only their first line: the lines after it cannot be told from a translator's
note, so the rest of one an editor wrapped stays, a harmless comment.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from babel.messages.catalog import Message

from pipeline.catalogs.po import key_of, sha256, translation_of

DRAFT_MARK = "leaflets-draft:"
NOTE_MARK = "leaflets-draft-note:"
FAILED_MARK = "leaflets-draft-failed:"
CHECK_MARK = "leaflets-check:"
REJECTED_MARK = "leaflets-rejected:"
DRAFT_MARKS = (DRAFT_MARK, NOTE_MARK, FAILED_MARK, CHECK_MARK)  # what a new draft replaces
_ANY_MARK = "leaflets-"

_MEMORY_ORIGIN = re.compile(
    r"approved in (?P<slug>\S+) by (?P<approver>\S+) on (?P<date>\d{4}-\d{2}-\d{2}) \((?P<origin>[^()]*)\)$")
_DRAFT_LINE = re.compile(
    r"^leaflets-draft: engine=(?P<engine>\S+) date=(?P<date>\d{4}-\d{2}-\d{2})(?: words=(?P<words>[0-9a-f]{8}))?")
TAG_LENGTH = 8  # hex digits: a changed text keeps the same tag once in four billion
_CHECK_LINE = re.compile(
    r"^leaflets-check:\s*(?P<check>[^:]+?)\s*:\s*(?P<message>.*?)(?:\s*\[(?P<tag>[0-9a-f]{8})\])?$")
_TAG_END = re.compile(r"\[[0-9a-f]{8}\]$")  # the last line of a check marker


@dataclass(frozen=True)
class DraftInfo:
    """Which engine drafted a translation, and when."""

    engine: str
    date: dt.date
    words: str = ""  # the start of the SHA-256 of the words the engine wrote ("": a draft from before it)


@dataclass(frozen=True)
class MemoryOrigin:
    """Where the memory engine found the words it reused: an approved translation of the same English."""

    slug: str  # the leaflet whose catalogue holds them
    approver: str  # the reviewer whose approval counted
    date: dt.date  # the day of that approval
    origin: str  # who wrote them: "drafted by ENGINE", "written by REVIEWER" or "from a PO editor"

    @property
    def engine(self) -> str | None:
        """The engine that first drafted the words, when a machine did."""
        return self.origin.removeprefix("drafted by ") if self.origin.startswith("drafted by ") else None


@dataclass(frozen=True)
class CheckMark:
    """One ``leaflets-check:`` marker, and the comment lines it takes (more than one once re-wrapped)."""

    check: str
    message: str
    tag: str | None  # see judged_tag; None in markers older than tags
    lines: tuple[int, ...]  # indexes into the message's user_comments

    def describes(self, message: Message) -> bool:
        """Was this finding computed on the message's English and translation as they are now?

        Not known of a marker without a tag (written before tags): a translator may have fixed the text since.
        """
        return self.tag is not None and self.tag == judged_tag(message, translation_of(message))


def judged_tag(message: Message, translation: str) -> str:
    """Which words a finding judged: the start of the SHA-256 of the English and ``translation``."""
    return sha256(f"{key_of(message)}\x00{translation}")[:TAG_LENGTH]


# -- writing -------------------------------------------------------------------


def draft_comment(engine: str, date: dt.date, words: str) -> str:
    """The marker of a machine draft: its engine, its date and a tag of the ``words`` it wrote."""
    return f"{DRAFT_MARK} engine={engine} date={date.isoformat()} words={sha256(words)[:TAG_LENGTH]}"


def note_comment(note: str) -> str:
    return f"{NOTE_MARK} {note}"


def memory_origin_note(origin: MemoryOrigin) -> str:
    """The end of a memory draft's note: where its words were approved, by whom, and who wrote them."""
    return f"approved in {origin.slug} by {origin.approver} on {origin.date.isoformat()} ({origin.origin})"


def failure_comment(engine: str, reason: str) -> str:
    return f"{FAILED_MARK} {engine}: {reason}"


def is_failure_of(comment: str, engine: str) -> bool:
    return comment.startswith(f"{FAILED_MARK} {engine}:")


def check_comment(message: Message, translation: str, check: str, finding: str) -> str:
    """A finding of ``check`` on ``translation`` of ``message``'s English."""
    return f"{CHECK_MARK} {check}: {finding} [{judged_tag(message, translation)}]"


def rejection_comment(reviewer: str, date: dt.date, reason: str) -> str:
    return f"{REJECTED_MARK} {reviewer} {date.isoformat()}: {reason}"


# -- reading -------------------------------------------------------------------


def draft_info(message: Message) -> DraftInfo | None:
    """The engine and date of a machine draft, from its ``leaflets-draft:`` comment, or None."""
    for comment in message.user_comments:
        if match := _DRAFT_LINE.match(comment):
            return DraftInfo(match["engine"], dt.date.fromisoformat(match["date"]), match["words"] or "")
    return None


def machine_words(message: Message) -> bool:
    """Are the entry's words still those its engine wrote (its draft marker's tag), edited by no one?"""
    info = draft_info(message)
    return info is not None and info.words == sha256(translation_of(message))[:TAG_LENGTH]


def machine_draft(message: Message) -> DraftInfo | None:
    """The draft marker of an entry whose words are the engine's, or None when a person wrote or edited them.

    Judged by the marker's tag of the words, not by the fuzzy flag: a person's translation
    goes fuzzy when its English changes (and keeps an old marker), and a translator may
    clear the flag of a draft without touching its words. A marker written before words
    were tagged is the engine's while the entry is fuzzy, as drafts were then told apart.
    """
    info = draft_info(message)
    if info is None:
        return None
    if info.words:
        return info if machine_words(message) else None
    return info if message.fuzzy else None


def tag_draft_words(message: Message) -> None:
    """Tag an untagged draft marker with the entry's words while they count as the engine's (fuzzy).

    A marker written before words were tagged tells the engine's words only by the fuzzy flag:
    clearing it (approving, finishing the entry) would leave them nobody's (docs/review.md).
    """
    info = draft_info(message)
    if info is None or info.words or not message.fuzzy:
        return
    message.user_comments = [draft_comment(info.engine, info.date, translation_of(message))
                             if _DRAFT_LINE.match(comment) else comment for comment in message.user_comments]


def draft_engine(message: Message) -> str | None:
    """The engine that drafted ``message``, or None."""
    info = draft_info(message)
    return info.engine if info else None


def memory_origin(message: Message) -> MemoryOrigin | None:
    """Where a memory draft's words come from (its ``leaflets-draft-note:``), or None."""
    for comment in message.user_comments:
        if comment.startswith(NOTE_MARK) and (match := _MEMORY_ORIGIN.search(comment)):
            return MemoryOrigin(match["slug"], match["approver"], dt.date.fromisoformat(match["date"]),
                                match["origin"])
    return None


def draft_failures(message: Message) -> list[str]:
    """Why machine drafts of ``message`` were refused (``leaflets-draft-failed: ...``)."""
    return [c[len(FAILED_MARK):].strip() for c in message.user_comments if c.startswith(FAILED_MARK)]


def check_marks(comments: list[str]) -> Iterator[CheckMark]:
    """Every check marker in ``comments``, re-joined when a PO editor wrapped it over several lines."""
    index = 0
    while index < len(comments):
        first = comments[index]
        if not first.startswith(CHECK_MARK):
            index += 1
            continue
        end, text = index, first
        while not _TAG_END.search(text) and end + 1 < len(comments) and not comments[end + 1].startswith(_ANY_MARK):
            end += 1
            text = f"{text} {comments[end]}"
        if not _TAG_END.search(text):  # a marker from before tags: its one line (what follows may be a person's)
            end, text = index, first
        if match := _CHECK_LINE.match(text):
            yield CheckMark(match["check"], match["message"], match["tag"], tuple(range(index, end + 1)))
        index = end + 1


def current_check_marks(message: Message) -> list[CheckMark]:
    """The check markers that describe the translation as it is now."""
    return [mark for mark in check_marks(message.user_comments) if mark.describes(message)]


def without_check_marks(comments: list[str]) -> list[str]:
    """``comments`` without the check markers, every line of the wrapped ones too."""
    taken = {index for mark in check_marks(comments) for index in mark.lines}
    return [comment for index, comment in enumerate(comments) if index not in taken]


def without_draft_marks(comments: list[str]) -> list[str]:
    """``comments`` without the draft stage's markers (a new draft writes its own)."""
    return [comment for comment in without_check_marks(comments) if not comment.startswith(DRAFT_MARKS)]


def without_rejection(comments: list[str]) -> list[str]:
    return [c for c in comments if not c.startswith(REJECTED_MARK)]


def tidy_check_marks(message: Message) -> bool:
    """Drop the check markers that judged another text, and re-join wrapped ones; True if any changed.

    Called when the draft stage or a review action writes a catalogue, so a
    finding does not outlive the words it was about.
    """
    comments = message.user_comments
    marks = list(check_marks(comments))
    if not marks:
        return False
    tidy: list[str] = []
    by_first_line = {mark.lines[0]: mark for mark in marks}
    taken = {i for mark in marks for i in mark.lines}
    for index, comment in enumerate(comments):
        mark = by_first_line.get(index)
        if mark is not None:
            if mark.describes(message):
                tidy.append(comment if len(mark.lines) == 1 else " ".join(comments[i] for i in mark.lines))
        elif index not in taken:
            tidy.append(comment)
    if tidy == comments:
        return False
    message.user_comments = tidy
    return True
