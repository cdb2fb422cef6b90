"""Remember what each run read and wrote, so the next run does only what changed.

The state file (``.leaflets/state.json``, not committed) records a signature
of every input and output of each leaflet and language: size, mtime and
SHA-256 (inputs only: outputs are recorded by size and mtime). A file whose
size and mtime are unchanged is taken as unchanged; an input whose mtime moved
(a git checkout, a `touch`) is hashed, and counts as changed only when its
content did. Losing the state file only costs one full run.

The records are named tuples, kept in the file as JSON arrays: every run
reads the state, 6,000 language records at 200 leaflets x 30 languages
(making the named tuples costs about 30 ms of such a rerun, measured 2026-12-02).
The file is JSON Lines: first the version, fingerprint, picker, earlier
and retired leaflets, then one line per leaflet, so a rerun rewrites only the lines of the
leaflets it worked on and copies the others as it read them.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from pipeline.core.files import Signature, read_file, write_atomic

# 2: outputs in a fixed order; 3: shorter records; 4: named records, the picker's apart; 5: credits;
# 6: holding pages; 7: languages' names in place of the picker's labels; 8: JSON Lines, a line per leaflet
STATE_VERSION = 8


class PublicationRecord(NamedTuple):
    """What the build decided for one leaflet in one language (the picker lists it)."""

    published: bool
    reason: str
    approved: int
    total: int
    approved_on: str | None  # ISO date
    credit: list | None = None  # who translated and checked it, as publish.picker.Credit.as_record gives it
    holding: bool = False  # withdrawn, its addresses showing the holding page (the picker says "being updated")


class LanguageRecord(NamedTuple):
    """One language of one leaflet as the last run left it."""

    po: Signature | None  # None: no catalogue (and always for the English)
    ledger: Signature | None
    # Every output there may be (build.OUTPUT_SUFFIXES, then the MO file), None for
    # those that do not exist: a file appearing or vanishing by hand sends the
    # language back to work. By size and mtime alone: an output touched by hand is
    # simply made again.
    outputs: tuple[Signature | None, ...]
    publication: PublicationRecord


class LeafletRecord(NamedTuple):
    title: str
    source: Signature | None
    pot: Signature | None
    langs: dict[str, LanguageRecord]


class FolderMarks(NamedTuple):
    """The mtimes of the folders one language's outputs live in (None: no such folder)."""

    pages: int | None  # dist/<lang>/
    mo: int | None  # dist/locale/<lang>/LC_MESSAGES/


class PickerRecord(NamedTuple):
    page: Signature | None  # dist/index.html
    folders: dict[str, FolderMarks]
    names: dict[str, dict]  # each language's names (languages.names_of), so a rerun need not load Babel's locale data
    lists: str | None = None  # a digest of what the page lists: while it is the same, the page is too


def unchanged(path: Path | str, recorded: Signature | None) -> bool:
    """Is ``path`` as it was when ``recorded`` was taken? A missing file matches a missing record."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return recorded is None
    if recorded is None:
        return False
    size, mtime_ns, sha256 = recorded
    if status.st_size != size:
        return False
    if status.st_mtime_ns == mtime_ns:
        return True
    if not sha256:
        return False
    return hashlib.sha256(read_file(path).data).hexdigest() == sha256


def record(path: Path, content_hash: bool = True, as_read: bytes | None = None,
           status: os.stat_result | None = None) -> Signature | None:
    """The signature of ``path`` now, or None when it does not exist.

    Without ``content_hash`` (outputs) it has no hash, and a change of mtime
    alone then counts as a change. ``as_read`` and ``status``: the bytes this run
    read from the file and worked from, and the file's status as they were read;
    the signature is then that of those bytes even if the file changed since (the
    next run sees the change).
    """
    try:
        if not content_hash:
            status = os.stat(path)
            return Signature(status.st_size, status.st_mtime_ns)
        if as_read is None or status is None:
            as_read, status = read_file(path)  # the bytes and their status through one handle
    except FileNotFoundError:
        return None
    return Signature(status.st_size, status.st_mtime_ns, hashlib.sha256(as_read).hexdigest())


@dataclass
class RunState:
    path: Path
    fingerprint: str  # of the configuration and the pipeline code that produced the outputs
    # A leaflet's record is replaced when a run changes it, never changed in place: see lines_read.
    leaflets: dict[str, LeafletRecord] = field(default_factory=dict)
    picker: PickerRecord | None = None
    # Leaflets known only by their title and languages: those a state set aside (other settings,
    # code or version) recorded, and those a run could not retire. Enough to retire one whose
    # English is gone (stages), which the records of a state set aside would otherwise forget.
    earlier: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    # The languages of gone leaflets (or gone languages) whose addresses this state's runs retired:
    # a later run leaves them be while their page is there (see stages._gone_from_record).
    retired: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Each leaflet's line of the file as read, with the record made from it: saved again as it was
    # while the leaflet has that very record. Writing all 200 leaflets' records again took 40 to
    # 50 ms of an edit's rerun at 200 x 30 (2026-12-03); copying the lines takes a few.
    lines_read: dict[str, tuple[LeafletRecord, str]] = field(default_factory=dict, repr=False, compare=False)

    def save(self) -> None:
        # Named tuples are written as arrays. Not sorted: the runs build the state in a
        # fixed order, and sorting 6,000 entries costs a tenth of a rerun. The head counts the
        # lines that follow: a file cut short at a line's end is not taken for a smaller state.
        head = {"version": STATE_VERSION, "fingerprint": self.fingerprint, "picker": self.picker,
                "earlier": self.earlier, "retired": self.retired, "lines": len(self.leaflets)}
        lines = [_one_line(head)]
        for slug, recorded in self.leaflets.items():
            read = self.lines_read.get(slug)
            if read is None or read[0] is not recorded:
                read = self.lines_read[slug] = (recorded, _one_line([slug, recorded]))  # as the file now has it
            lines.append(read[1])
        write_atomic(self.path, "\n".join(lines) + "\n", durable=False)


def _one_line(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))  # ASCII: no character a reader might take for a line break


@dataclass
class KeptState:
    """The run state as a process last loaded or saved it, used again by its next run while the file is unchanged.

    One process that runs again and again (`leaflets watch`) loads the state
    once: at 200 leaflets x 30 languages loading it is a tenth of an edit's rerun.
    Another command that saved a state since (a `leaflets run` in another
    terminal) has it read again. A run that ends in an error forgets it
    (:meth:`forget`): its records may be half updated.
    """

    state: RunState | None = None
    # The file when this process last read or wrote it: inode, size, mtime. Every save renames a
    # new file into place, so another process's save of the same size within the filesystem's
    # mtime granularity almost always shows too, as another inode.
    seen: tuple[int, int, int] | None = None

    def load(self, path: Path, fingerprint: str) -> RunState:
        """The state at ``path`` (:func:`load_state`), as kept when the file is as this process left it."""
        seen = file_identity(path)  # before reading: a write after it is seen next time
        if (self.state is None or self.state.path != path or self.state.fingerprint != fingerprint
                or seen is None or seen != self.seen):
            self.state, self.seen = load_state(path, fingerprint), seen
        return self.state

    def saved(self) -> None:
        """The state was just saved: keep it while the file stays as saved."""
        if self.state is not None:
            self.seen = file_identity(self.state.path)

    def forget(self) -> None:
        self.state = self.seen = None


def file_identity(path: Path) -> tuple[int, int, int] | None:
    """Inode, size and mtime of ``path``: a file replaced by renaming shows as another, even at the same size."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return None
    return status.st_ino, status.st_size, status.st_mtime_ns


_DAMAGE = (ValueError, UnicodeDecodeError, KeyError, TypeError, AttributeError, IndexError, RecursionError)


def load_state(path: Path, fingerprint: str) -> RunState:
    """The recorded state, or an empty one when missing, unreadable, of another version or fingerprint.

    An empty one still knows, in ``earlier``, the leaflets such a state names (to retire
    those whose English is gone). Loaded inside a :func:`frozen_heap` block, the state is
    frozen as soon as it is made (with whatever else is alive then), until the outermost
    block ends.
    """
    # The records are some 100,000 lists, tuples and dicts without a cycle among them: the
    # cyclic garbage collector, run every 700 of them, would walk every object of the
    # process again and again for nothing. Paused, loading takes 50 ms instead of 120 to
    # 170 (200 leaflets x 30 languages, in `leaflets run`, 2026-12-03). Frozen before the
    # collector runs again, they are not walked by its next collection either: all 100,000,
    # still in its youngest generation, took 13 to 23 ms of a rerun (2026-12-03).
    collecting = gc.isenabled()
    gc.disable()
    document: Any = None
    lines: list[str] = []
    try:
        head, *lines = read_file(path).data.decode("utf-8").split("\n")
        document = json.loads(head)
        if document["version"] != STATE_VERSION or document["fingerprint"] != fingerprint:
            return RunState(path, fingerprint, earlier=_known_leaflets(document, lines))
        lines = [line for line in lines if line]
        if document["lines"] != len(lines):
            raise ValueError("the state file was cut short")
        state = RunState(path, fingerprint, picker=_picker_record(*document["picker"]) if document["picker"] else None,
                         earlier=_earlier(document.get("earlier")), retired=_retired(document.get("retired")))
        for line in lines:
            slug, fields = json.loads(line)
            if not isinstance(slug, str):
                raise TypeError("a leaflet is named by a string")
            state.leaflets[slug] = recorded = _leaflet_record(*fields)
            state.lines_read[slug] = (recorded, line)
        return state
    except FileNotFoundError:
        return RunState(path, fingerprint)
    except _DAMAGE:
        return RunState(path, fingerprint, earlier=_known_leaflets(document, lines))
    finally:
        if _frozen_blocks:  # in a frozen_heap block, whose end unfreezes them
            gc.freeze()
        if collecting:
            gc.enable()


def _known_leaflets(document: Any, lines: list[str]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each leaflet a state of any version recorded, by title and languages, as far as it can tell.

    Up to version 7 the state was one JSON document, its records under "leaflets";
    since, a line per leaflet follows the first. A line that cannot be read is left out.
    """
    if not isinstance(document, dict):
        return {}
    found: list = []
    if "leaflets" in document:  # version 7 or earlier
        with contextlib.suppress(*_DAMAGE):
            found = list(document["leaflets"].items())
    else:
        for line in lines:
            with contextlib.suppress(*_DAMAGE):
                found.append(json.loads(line))
    recorded = {}
    for entry in found:
        with contextlib.suppress(*_DAMAGE):
            slug, fields = entry
            recorded[slug] = [fields[0], list(fields[3])]
    return {**_earlier(document.get("earlier")), **_earlier(recorded)}


def _retired(recorded: Any) -> dict[str, tuple[str, ...]]:
    try:
        return {slug: tuple(langs) for slug, langs in (recorded or {}).items()
                if isinstance(slug, str) and all(isinstance(lang, str) for lang in langs)}
    except _DAMAGE:
        return {}


def _earlier(recorded: Any) -> dict[str, tuple[str, tuple[str, ...]]]:
    try:
        return {slug: (title, tuple(langs)) for slug, (title, langs) in recorded.items()
                if isinstance(slug, str) and isinstance(title, str) and all(isinstance(lang, str) for lang in langs)}
    except _DAMAGE:
        return {}


@contextlib.contextmanager
def frozen_heap() -> Iterator[None]:
    """Keep every object alive now out of the cyclic garbage collector's walks while the block runs (blocks nest).

    A run holds its state (100,000 records at 200 leaflets x 30 languages) and its modules
    to the end, and the collector, run every 700 new objects, walked them all again and
    again: about 0.15 s of an edit's rerun (2026-12-03). Frozen, they are also left alone
    in forked workers, whose collections would otherwise copy the pages they sit on (the
    worker pool freezes again what it loads for them: see stages._in_workers). A state
    loaded in the block (:func:`load_state`) is frozen as soon as it is made. The outermost
    block unfreezes everything at its end.
    """
    global _frozen_blocks
    _frozen_blocks += 1
    gc.freeze()
    try:
        yield
    finally:
        _frozen_blocks -= 1
        if not _frozen_blocks:  # an inner block leaves the unfreezing to the outer one
            gc.unfreeze()


_frozen_blocks = 0  # frozen_heap blocks open in this process (counted: gc.get_freeze_count walks the frozen objects)


def _signature(fields: list | None) -> Signature | None:
    return None if fields is None else Signature(*fields)


def _leaflet_record(title: str, source: list | None, pot: list | None, langs: dict[str, list]) -> LeafletRecord:
    return LeafletRecord(title, _signature(source), _signature(pot), {
        lang: LanguageRecord(_signature(po), _signature(ledger), tuple(map(_signature, outputs)),
                             PublicationRecord(*publication))
        for lang, (po, ledger, outputs, publication) in langs.items()
    })


def _picker_record(page: list | None, folders: dict[str, list], names: dict[str, dict],
                   lists: str | None = None) -> PickerRecord:
    return PickerRecord(_signature(page), {lang: FolderMarks(*marks) for lang, marks in folders.items()}, names,
                        lists)


CODE_SUFFIXES = frozenset({".py", ".j2", ".css", ".js", ".po", ".mo", ".json"})  # the code and data a fingerprint reads


def fingerprint(settings: Any, code_dirs: list[Path]) -> str:
    """Hash of the settings and the pipeline's own code and templates: change either, rebuild all."""
    digest = hashlib.sha256(json.dumps(settings, sort_keys=True, default=str).encode())
    for folder in code_dirs:
        digest.update(code_digest(folder).encode())
    return digest.hexdigest()


def code_files(folder: Path) -> list[Path]:
    """The code and templates under ``folder`` that a fingerprint covers."""
    return sorted(file for file in folder.rglob("*") if file.suffix in CODE_SUFFIXES and file.is_file())


@cache
def code_digest(folder: Path) -> str:
    """The digest of the code and templates under ``folder``, read once per process.

    Read again on each run, a process that stays up (`leaflets watch`) would record its
    runs under the digest of code installed since, most of which it does not run; the
    watch ends instead when the code on disk changes (watching._code_on_disk).
    """
    digest = hashlib.sha256()
    for file in code_files(folder):
        digest.update(file.name.encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()
