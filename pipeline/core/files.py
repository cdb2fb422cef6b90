"""Atomic, change-aware file writes, the clean-up after a killed run, and the locks.

Every file the pipeline writes goes through :func:`write_atomic`: a temporary
file in the same folder, fsynced, then renamed over the target. A run
killed at any point leaves the old file or the new one, never a mix. Unchanged
content is not rewritten, so mtimes stay put and reruns touch nothing.

While a project is written (:func:`writing_project`), every folder a temporary
file is made in is first listed in ``.leaflets/unfinished``. The holder of the
project lock removes that list at a clean end; after a kill, the next command to
take the lock removes the temporary files (named ``.<name>.leaflets-<pid>-<n>.tmp``,
nothing else) in the folders listed. Only the lock's holder may: without it,
another process could own them. A folder reached through a link that leaves
the project is refused.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import itertools
import os
import re
import signal
import stat
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple, TypeVar

from pipeline.core.errors import LeafletsError, LockedError


def write_atomic(path: Path, data: bytes | str, *, durable: bool = True, absent: bool = False) -> bool:
    """Write ``data`` to ``path`` atomically. Return False when it was already there.

    The rename makes the write atomic for other processes and for a killed run.
    ``durable`` also fsyncs, so a power cut cannot leave an empty file: needed
    for catalogues and ledgers (people's work), not for outputs a rerun rebuilds.
    ``absent``: the caller knows there is no such file (its folder did not exist
    when the run began), so there is nothing to compare with.
    """
    return _write(path, data, durable, absent)[0]


class Signature(NamedTuple):
    """A file as a run saw it: what the next run compares with to tell whether it changed."""

    size: int
    mtime_ns: int
    sha256: str | None = None  # of the content, for inputs; outputs are recorded without it


def write_output(path: Path, data: bytes | str, *, absent: bool = False) -> tuple[bool, Signature]:
    """:func:`write_atomic` for an output a rerun rebuilds (not fsynced), with its signature.

    The signature (size and mtime, as the run state records outputs) comes
    from the file as written or as found: no second look at the path.
    """
    written, status = _write(path, data, False, absent)
    return written, Signature(status.st_size, status.st_mtime_ns)


def _write(path: Path, data: bytes | str, durable: bool, absent: bool) -> tuple[bool, os.stat_result]:
    """write_atomic's work; also the status of the file as it now is (as written, or as found)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    mode = None  # the permissions of the file replaced, which its replacement keeps (as msgmerge -U keeps them)
    if not absent:
        path = _through_links(path)
        with contextlib.suppress(FileNotFoundError, IsADirectoryError):  # a folder: refused below
            found = read_file(path)
            if found.data == data:
                return False, found.status
            mode = stat.S_IMODE(found.status.st_mode)
    tmp_name = None
    try:
        fd, tmp_name = _create_temporary(path)
        try:
            _write_all(fd, data)
            if mode is not None:
                os.fchmod(fd, mode)
            if durable:
                os.fsync(fd)
            status = os.fstat(fd)  # the rename changes neither the size nor the mtime
        finally:
            os.close(fd)
        os.replace(tmp_name, path)
    except OSError as exc:
        if tmp_name is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp_name)
        raise _write_failure(exc, path) from exc
    if durable:
        _fsync_dir(path.parent)
    return True, status


def _through_links(path: Path) -> Path:
    """The file a write of ``path`` replaces.

    A link someone made: the file it leads to is written, as an editor writes it, when it stays in the
    project (one leading out is refused). Where the project is not known (a process writing without the
    project lock, as the review page), the link itself is replaced: nothing outside is ever written.
    """
    if _writing is not None and os.path.islink(path):
        refuse_links_out(_writing.root, path)
        return Path(os.path.realpath(path))
    return path


def write_streamed(path: Path, pieces: Iterable[str]) -> bool:
    """Write text made piece by piece (a page rendered as it goes); False when the file already had it.

    For files too big to hold whole a second time (the picker lists every edition of every
    leaflet): the pieces go to a temporary file beside ``path``, compared with the old file
    as they go, which then replaces the old one, or is removed when the two are the same.
    Not fsynced: used for outputs a rerun rebuilds.
    """
    path = _through_links(path)
    tmp_name = None
    try:
        fd, tmp_name = _create_temporary(path)
        try:
            old_fd, old_status = open_file(path)
        except FileNotFoundError:
            old = None
        else:
            old = open(old_fd, "rb")  # noqa: SIM115 - closed below, after the last piece
        same = old is not None
        try:
            if old is not None:
                os.fchmod(fd, stat.S_IMODE(old_status.st_mode))  # the permissions it replaces, kept
            with open(fd, "wb") as new:
                for piece in pieces:
                    data = piece.encode("utf-8")
                    new.write(data)
                    same = same and old is not None and old.read(len(data)) == data
            same = same and old is not None and old.read(1) == b""
        finally:
            if old is not None:
                old.close()
        if same:
            os.unlink(tmp_name)
            return False
        os.replace(tmp_name, path)
    except BaseException as exc:
        if tmp_name is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp_name)
        if isinstance(exc, OSError):
            raise _write_failure(exc, path) from exc
        raise
    return True


def _write_failure(exc: OSError, path: Path) -> LeafletsError:
    """The one-line error of a write that failed (the old file is left as it was)."""
    reason = "no space left on the device" if exc.errno == errno.ENOSPC else exc.strerror
    if exc.errno == errno.EISDIR or path.is_dir():
        return LeafletsError("cannot write: a folder stands where this file should be: move it away", path)
    kept = "the previous file is intact" if path.exists() else "nothing was written"
    return LeafletsError(f"cannot write: {reason}; {kept}", path)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:  # os.write may write less than asked (a signal, a pipe): finish the job
        view = view[os.write(fd, view):]


_sequence = itertools.count()
TEMPORARY_NAME = re.compile(r"\..+\.leaflets-[0-9]+-[0-9]+\.tmp")  # what _create_temporary names, and nothing else


def _create_temporary(path: Path) -> tuple[int, str]:
    """Create and open ``.<name>.leaflets-<pid>-<n>.tmp`` beside ``path``, making its folder when missing.

    While a project is written, the folder is checked first (one reached through
    a link that leaves the project is refused) and listed, so a run killed
    before the rename leaves a file the next run knows to remove. The names
    are the pipeline's own (not tempfile's), so that clean-up removes nothing
    else. The mode follows the umask.
    """
    folder = str(path.parent)
    if _writing is not None:
        _writing.check(folder)
        _writing.list_folder(folder)
    made = False
    while True:
        name = f"{folder}/.{path.name}.leaflets-{os.getpid()}-{next(_sequence)}.tmp"
        try:
            return os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o644), name
        except FileExistsError:  # left by a killed run whose pid this process now has
            continue
        except FileNotFoundError:
            # The folder's first file: made now, rather than asked for before each of a run's
            # 24,000 files at 200 x 30 (a mkdir and a stat each).
            if made:
                raise
            path.parent.mkdir(parents=True, exist_ok=True)
            made = True


def _fsync_dir(folder: Path) -> None:
    # The rename is durable only once the directory entry is on disk.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# -- files that belong together ------------------------------------------------------------------


class _Together:
    """The blocks of :func:`written_together` under way in this process, and whether it is stopping."""

    def __init__(self) -> None:
        self.changed = threading.Condition()
        self.under_way = 0
        self.stopping = False


_together = _Together()
# Held in the block; the first of them in this order is delivered after it (SIGTERM and SIGHUP end
# the process, or raise KeyboardInterrupt where it is the handler, as Ctrl-C does).
_STOPPING_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)


@contextlib.contextmanager
def written_together(stopped: Callable[[], Exception]) -> Iterator[None]:
    """Around the writes of files that only make sense together (a catalogue and its ledger): all or none.

    Each write is atomic, but a Ctrl-C between two of them would leave, say, a
    translation edited in the review tools without the record of who wrote it.
    Here Ctrl-C, SIGTERM and SIGHUP wait for the block's end (in the main thread,
    where Python handles signals), and a process stopping its threads (the review
    page's server, which takes SIGTERM as Ctrl-C) waits for the blocks under way
    (:func:`writes_finished`); once it is stopping, a new block raises ``stopped()``
    before it writes anything.
    """
    with _signals_held():  # first: a Ctrl-C cannot fall between counting the block and its end
        with _together.changed:
            if _together.stopping:
                raise stopped()
            _together.under_way += 1
        try:
            yield
        finally:
            with _together.changed:
                _together.under_way -= 1
                _together.changed.notify_all()


@contextlib.contextmanager
def writes_finished(wait: float = 30.0) -> Iterator[list[bool]]:
    """For a process whose threads write (the review page's server): when the block ends, the blocks of
    :func:`written_together` under way finish (up to ``wait`` seconds) and no new one starts.

    Yields a list that holds False afterwards when some were still under way (a write hung on a
    network drive, say).
    """
    finished: list[bool] = []
    with _together.changed:
        _together.stopping = False
    try:
        yield finished
    finally:
        with _together.changed:
            _together.stopping = True
            finished.append(_together.changed.wait_for(lambda: _together.under_way == 0, timeout=wait))


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C, SIGTERM and SIGHUP delivered when the block ends, not in it (only the main thread sets handlers)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    before = {number: signal.signal(number, lambda number, _frame: held.append(number))
              for number in _STOPPING_SIGNALS}
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)  # None: set outside Python
        if held:  # now, to the handler the process had: the one that ends it first
            signal.raise_signal(min(held, key=_STOPPING_SIGNALS.index))


class FileContent(NamedTuple):
    """A file's bytes and its status, taken through one handle (the status is from before the reading)."""

    data: bytes
    status: os.stat_result


def read_file(path: Path | str) -> FileContent:
    """The bytes of ``path`` and its status as read (raises FileNotFoundError and the like, as open does).

    Only a file is read: a named pipe nothing writes to would be waited on for ever (holding
    the project lock), so it and devices raise an OSError, as a folder does.
    """
    fd, status = open_file(path)
    with open(fd, "rb") as file:
        return FileContent(file.read(), status)


def open_file(path: Path | str) -> tuple[int, os.stat_result]:
    """The file at ``path`` opened for reading, and its status; a folder, a named pipe or a device raises OSError."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)  # opening a pipe does not wait
    status = os.fstat(fd)
    if not stat.S_ISREG(status.st_mode):
        os.close(fd)
        if stat.S_ISDIR(status.st_mode):  # as open() says it
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        raise OSError(errno.EINVAL, "not a file (a named pipe or a device)", str(path))
    return fd, status


_Read = TypeVar("_Read")


def per_version(remembered: dict[Path, tuple[tuple[int, int, int], _Read]], path: Path,
                read: Callable[[Path], _Read]) -> _Read:
    """``read(path)``, remembered in ``remembered`` and done again only when the file changed (its
    mtime, size or inode): for a file asked about again and again in one process. A None is not
    remembered (a file that did not read may read next time with the same stamp: its permissions
    mended). Raises what ``stat`` and ``read`` raise."""
    status = path.stat()
    stamp = (status.st_mtime_ns, status.st_size, status.st_ino)
    known = remembered.get(path)
    if known is not None and known[0] == stamp:
        return known[1]
    value = read(path)
    if value is not None:
        remembered[path] = (stamp, value)
    return value


def remove_file(path: Path) -> bool:
    """Remove ``path`` if it exists. Return True when something was removed."""
    if _writing is not None:
        _writing.check(str(path.parent))
    try:
        os.unlink(path)
    except FileNotFoundError:
        return False
    return True


LOCK_NAME = ".leaflets.lock"
UNFINISHED_NAME = ".leaflets/unfinished"  # the folders a run began writing temporary files in


@contextlib.contextmanager
def project_lock(root: Path, wait: float = 0) -> Iterator[None]:
    """Hold the project lock, or refuse when another process still holds it after ``wait`` seconds; write the project meanwhile.

    Nothing is written to take the lock: a run that changes nothing writes no
    file at all. Holding it, first the temporary files of a run killed mid-write
    are removed (:func:`sweep_temporary_files`); then the block writes the
    project (:func:`writing_project`), and when it ends without error the list
    of folders it wrote temporary files in goes too.
    """
    lock_path = root / LOCK_NAME
    refuse_links_out(root, lock_path)
    with contextlib.ExitStack() as held:
        try:
            held.enter_context(flock(lock_path, wait=wait))
        except BlockingIOError:
            raise LockedError(
                f"another leaflets process (pid {_lock_holder(lock_path)}) is working on this project; "
                "wait for it to finish and run again",
                lock_path,
            ) from None
        except OSError as exc:
            raise LeafletsError(f"cannot open the project lock: {exc.strerror}", lock_path) from None
        sweep_temporary_files(root)
        held.enter_context(writing_project(root))
        yield
        # Not after an error: a worker that died mid-write may have left a temporary file.
        with contextlib.suppress(FileNotFoundError):
            os.unlink(root / UNFINISHED_NAME)


@contextlib.contextmanager
def flock(path: Path, *, shared: bool = False, wait: float | None = None) -> Iterator[None]:
    """Hold an flock on ``path`` (a folder, or a file made if missing) for the block.

    The kernel releases an flock when its holder dies, so a killed process never
    leaves a stale lock. ``wait``: seconds to wait for a lock another holds
    (None: as long as it takes); BlockingIOError when it is still held then.
    """
    # O_NONBLOCK: opening a named pipe put there would wait for a writer for ever; it is refused below.
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NONBLOCK | (0 if os.path.isdir(path) else os.O_CREAT), 0o644)
    try:
        if not stat.S_ISREG(mode := os.fstat(fd).st_mode) and not stat.S_ISDIR(mode):
            raise OSError(errno.EINVAL, "not a file (a named pipe or a device)", str(path))
        operation = fcntl.LOCK_SH if shared else fcntl.LOCK_EX
        if wait is None:
            fcntl.flock(fd, operation)
        else:
            deadline = time.monotonic() + wait
            while True:
                try:
                    fcntl.flock(fd, operation | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise
                    time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def refuse_links_out(root: Path, path: Path | str) -> None:
    """Refuse ``path`` when it, or a folder on the way to it, is a link that leads out of the project.

    Writing through such a link (``dist/es`` linked to another folder, a linked
    lock file) would change files the project does not own.
    """
    real_root = os.path.realpath(root)
    if _within(real_root, os.path.realpath(path)):
        return
    place = Path(os.path.abspath(root))
    if _within(str(place), os.path.abspath(path)):  # name the link on the way
        for part in Path(os.path.abspath(path)).relative_to(place).parts:
            place /= part
            if os.path.islink(place) and not _within(real_root, os.path.realpath(place)):
                raise LeafletsError(f"is a link to {os.readlink(place)}, outside the project; leaflets writes "
                                    "only inside the project: make it a folder or file of its own", place)
    raise LeafletsError("is outside the project; leaflets writes only inside it", path)


def _within(folder: str, path: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


class _ProjectWrites:
    """The project this process is writing (see :func:`writing_project`)."""

    def __init__(self, root: Path):
        self.root = root
        self.checked: set[str] = set()  # folders found inside the project
        self.listed: set[str] = set()  # folders listed in the marker by this process

    def check(self, folder: str) -> None:
        if folder not in self.checked:
            refuse_links_out(self.root, folder)
            self.checked.add(folder)

    def list_folder(self, folder: str) -> None:
        if folder not in self.listed:
            list_unfinished(self.root, folder)
            self.listed.add(folder)


_writing: _ProjectWrites | None = None  # set by writing_project; inherited by forked workers


@contextlib.contextmanager
def writing_project(root: Path) -> Iterator[None]:
    """Write in the project at ``root`` for the block (the project lock does this; so do the stages).

    Every folder written in is checked to lie inside the project, and listed
    (when a temporary file is made there) in ``.leaflets/unfinished``. A block
    inside another for the same project is part of it. The list, and the
    temporary files of a run killed mid-write, are removed only by the holder
    of the project lock (:func:`project_lock`): other processes may be writing.
    """
    global _writing
    if _writing is not None and _writing.root == root:
        yield
        return
    previous = _writing
    _writing = _ProjectWrites(root)
    try:
        yield
    finally:
        _writing = previous


def list_unfinished(root: Path, folder: Path | str) -> None:
    """List ``folder`` in ``.leaflets/unfinished`` before temporary files are made in it.

    :func:`writing_project` does this by itself; the review server, whose
    actions write under a shared lock, calls it for the folder it writes in.
    """
    refuse_links_out(root, folder)
    marker = root / UNFINISHED_NAME
    refuse_links_out(root, marker)
    marker.parent.mkdir(exist_ok=True)
    line = f"{os.path.relpath(folder, root)}\n".encode()
    try:
        fd = os.open(marker, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            _write_all(fd, line)  # appended in one write: lines from several processes do not mix
        finally:
            os.close(fd)
    except OSError as exc:
        raise _write_failure(exc, marker) from exc


def sweep_temporary_files(root: Path) -> list[Path]:
    """Remove the pipeline's temporary files from the folders listed in ``.leaflets/unfinished``.

    Only names :func:`_create_temporary` makes, only in folders inside the
    project: a user's ``notes/.draft.tmp`` is theirs. The list is removed after.
    """
    marker = root / UNFINISHED_NAME
    try:
        listed = read_file(marker).data.decode("utf-8", "replace").splitlines()
    except FileNotFoundError:
        return []
    real_root = os.path.realpath(root)
    removed = []
    for relative in dict.fromkeys(listed):
        folder = root / relative
        if not relative or not _within(real_root, os.path.realpath(folder)):
            continue  # a line cut short by the kill, or one that was never the pipeline's
        try:
            names = os.listdir(folder)
        except (FileNotFoundError, NotADirectoryError):
            continue
        for name in names:
            if TEMPORARY_NAME.fullmatch(name):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(folder / name)
                    removed.append(folder / name)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(marker)
    return removed


def _lock_holder(lock_path: Path) -> str:
    """The pid holding the flock on ``lock_path``, from /proc/locks (Linux), or "unknown"."""
    try:
        inode = os.stat(lock_path).st_ino
        with open("/proc/locks", encoding="ascii") as locks:
            for line in locks:
                fields = line.split()
                # "1: FLOCK  ADVISORY  WRITE 1234 fd:01:5678 0 EOF" (a blocked waiter has a "->" first)
                if "FLOCK" in fields and fields[-3].endswith(f":{inode}"):
                    return fields[-4]
    except (OSError, IndexError):
        pass
    return "unknown"
