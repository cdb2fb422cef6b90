"""Atomic, change-aware file writes and the project lock.

Every file the pipeline writes goes through :func:`write_atomic`: a temporary
file in the same folder, fsynced, then renamed over the target (or, for an
output in a folder new to the run, an unnamed file then given its name). A run
killed at any point leaves the old file or the new one, never a mix. Unchanged
content is not rewritten, so mtimes stay put and reruns touch nothing.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import itertools
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from pipeline.errors import LeafletsError, LockedError


def write_atomic(path: Path, data: bytes | str, *, durable: bool = True, absent: bool = False) -> bool:
    """Write ``data`` to ``path`` atomically. Return False when it was already there.

    The rename makes the write atomic for other processes and for a killed run.
    ``durable`` also fsyncs, so a power cut cannot leave an empty file: needed
    for catalogues and ledgers (people's work), not for outputs a rerun rebuilds.
    ``absent``: the caller knows there is no such file (its folder did not exist
    when the run began), so there is nothing to compare with.
    """
    return _write(path, data, durable, absent)[0]


def write_output(path: Path, data: bytes | str, *, absent: bool = False) -> tuple[bool, list[int]]:
    """:func:`write_atomic` for an output a rerun rebuilds (not fsynced), with its signature.

    The signature, ``[size, mtime_ns]`` as the run state records outputs, comes
    from the file as written or as found: no second look at the path.
    """
    written, status = _write(path, data, False, absent)
    return written, [status.st_size, status.st_mtime_ns]


def _write(path: Path, data: bytes | str, durable: bool, absent: bool) -> tuple[bool, os.stat_result]:
    """write_atomic's work; also the status of the file as it now is (as written, or as found)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if not absent:
        found, status = _read_if_exists(path, len(data))
        if found == data:
            return False, status
    if _dirty_marker is not None:
        _mark_dirty()
    if absent and not durable and (status := _write_new(path, data)) is not None:
        return True, status
    tmp_name = None
    try:
        fd, tmp_name = _create_temporary(path)
        try:
            _write_all(fd, data)
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


def write_streamed(path: Path, pieces: Iterable[str]) -> bool:
    """Write text made piece by piece (a page rendered as it goes); False when the file already had it.

    For files too big to hold whole a second time (the picker lists every edition of every
    leaflet): the pieces go to a temporary file beside ``path``, compared with the old file
    as they go, which then replaces the old one, or is removed when the two are the same.
    Not fsynced: used for outputs a rerun rebuilds.
    """
    if _dirty_marker is not None:
        _mark_dirty()
    tmp_name = None
    try:
        fd, tmp_name = _create_temporary(path)
        try:
            old = open(path, "rb")  # noqa: SIM115 - closed below, after the last piece
        except FileNotFoundError:
            old = None
        same = old is not None
        try:
            with open(fd, "wb") as new:
                for piece in pieces:
                    data = piece.encode("utf-8")
                    new.write(data)
                    same = same and old.read(len(data)) == data
            same = same and old.read(1) == b""
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
    return LeafletsError(f"cannot write: {reason}; the previous file is intact", path)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:  # os.write may write less than asked (a signal, a pipe): finish the job
        view = view[os.write(fd, view):]


_unnamed_files = hasattr(os, "O_TMPFILE")  # False once the file system or /proc has refused one
_root_fd: int | None = None  # "/", open: see _write_new


def _write_new(path: Path, data: bytes) -> os.stat_result | None:
    """Write a file that does not exist yet as an unnamed file, then give it its name.

    The name appears with all of the content or not at all, as with a rename,
    but with one change to the folder instead of two (a temporary name, then
    the rename), and a killed run leaves nothing to sweep. None when the file
    system cannot do it (or the name is taken): the caller writes it the usual way.
    Else the file's status (naming it changes neither its size nor its mtime).
    """
    global _unnamed_files, _root_fd
    if not _unnamed_files:
        return None
    folder = str(path.parent)
    try:
        if folder not in _made_folders:
            path.parent.mkdir(parents=True, exist_ok=True)
            _made_folders.add(folder)
        if _root_fd is None:
            _root_fd = os.open("/", os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        fd = os.open(folder, os.O_TMPFILE | os.O_WRONLY | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):
            _unnamed_files = False  # not on this file system: the usual way from now on
        _made_folders.discard(folder)
        return None
    try:
        _write_all(fd, data)
        status = os.fstat(fd)
        # linkat(..., AT_SYMLINK_FOLLOW) through /proc, the way an unprivileged process names such a
        # file; Python asks for that flag only when given a folder handle, hence "/" (the source
        # path is absolute, so the handle changes nothing else). The name is the full path, so
        # the file lands in whatever folder is at that path now.
        os.link(f"/proc/self/fd/{fd}", path, src_dir_fd=_root_fd)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise _write_failure(exc, path) from exc
        if exc.errno not in (errno.EEXIST, errno.ENOENT):
            _unnamed_files = False  # no /proc, say: the usual way from now on
        return None
    finally:
        os.close(fd)
    return status


_made_folders: set[str] = set()  # folders this process knows exist: one mkdir each, not one per file
_sequence = itertools.count()


def _create_temporary(path: Path) -> tuple[int, str]:
    """Create and open ``.<name>.<pid>-<n>.tmp`` beside ``path`` (what a sweep after a killed run removes).

    Plain os.open rather than tempfile: a run creates thousands of these, and
    this costs a third of the system calls. The mode follows the umask.
    """
    folder = str(path.parent)
    if folder not in _made_folders:
        path.parent.mkdir(parents=True, exist_ok=True)
        _made_folders.add(folder)
    while True:
        name = f"{folder}/.{path.name}.{os.getpid()}-{next(_sequence)}.tmp"
        try:
            return os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o644), name
        except FileExistsError:  # left by a killed run whose pid this process now has
            continue
        except FileNotFoundError:  # the folder was removed since: make it again
            _made_folders.discard(folder)
            path.parent.mkdir(parents=True, exist_ok=True)
            _made_folders.add(folder)


def _fsync_dir(folder: Path) -> None:
    # The rename is durable only once the directory entry is on disk.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class FileContent(NamedTuple):
    """A file's bytes and its status, taken through one handle (the status is from before the reading)."""

    data: bytes
    status: os.stat_result


def read_file(path: Path | str) -> FileContent:
    """The bytes of ``path`` and its status as read (raises FileNotFoundError and the like, as open does).

    Plain os calls: a run reads every catalogue and ledger, and pathlib's file
    objects cost more system calls than the reading (a seek, a terminal check).
    """
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        status = os.fstat(fd)
        chunks = []
        while chunk := os.read(fd, max(status.st_size, 65536)):  # to the end, should the file have grown
            chunks.append(chunk)
        return FileContent(b"".join(chunks), status)
    finally:
        os.close(fd)


def _read_if_exists(path: Path, expected_size: int) -> tuple[bytes | None, os.stat_result | None]:
    """The bytes of ``path`` if it has ``expected_size`` of them (else None), and its status (None: no such file).

    Plain os calls: a build asks this of every output it writes, and pathlib's
    file objects cost more than the reading. A file of another size cannot be
    equal, so it is not read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except FileNotFoundError:
        return None, None
    try:
        status = os.fstat(fd)
        if status.st_size != expected_size:
            return None, status
        chunks, left = [], expected_size
        while left > 0 and (chunk := os.read(fd, left)):
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks), status
    finally:
        os.close(fd)


def remove_file(path: Path) -> bool:
    """Remove ``path`` if it exists. Return True when something was removed."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        return False
    return True


LOCK_NAME = ".leaflets.lock"
DIRTY_NAME = ".leaflets/unfinished"

# Set while this process holds the project lock: the marker that the first write
# creates, so that a run killed mid-write is noticed by the next one.
_dirty_marker: Path | None = None


def _mark_dirty() -> None:
    global _dirty_marker
    marker, _dirty_marker = _dirty_marker, None  # once per run; also stops the recursion below
    if marker is not None and not marker.exists():
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()


@contextlib.contextmanager
def project_lock(root: Path) -> Iterator[None]:
    """Hold the project lock, or refuse at once when another run holds it.

    flock is released by the kernel when the holder dies, so a killed run never
    leaves a stale lock behind. Nothing is written to take the lock: a run that
    changes nothing writes no file at all. The first write of a run leaves a
    marker that a clean finish removes; finding it means the last run was
    killed, and the temporary files it was writing are swept away first.
    """
    global _dirty_marker
    lock_path = root / LOCK_NAME
    try:
        handle = open(lock_path, "a+")  # noqa: SIM115 - held open for the whole run
    except OSError as exc:
        raise LeafletsError(f"cannot open the project lock: {exc.strerror}", lock_path) from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LockedError(
                f"another leaflets process (pid {_lock_holder(lock_path)}) is working on this project; "
                "wait for it to finish and run again",
                lock_path,
            ) from None
        marker = root / DIRTY_NAME
        recover_from_killed_run(root)
        _dirty_marker = marker
        try:
            yield
        finally:
            _dirty_marker = None
            with contextlib.suppress(FileNotFoundError):
                marker.unlink()
    finally:
        handle.close()


def recover_from_killed_run(root: Path) -> bool:
    """Sweep the temporary files of a run that was killed mid-write, if the last one was.

    Taking the project lock does this; stage functions called from Python (no
    lock) do it too, so a rerun by either route leaves no debris.
    """
    marker = root / DIRTY_NAME
    if not marker.exists():
        return False
    sweep_temporary_files(root)
    with contextlib.suppress(FileNotFoundError):
        marker.unlink()
    return True


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


_SKIP_DIRS = {".git", "node_modules", ".venv", "__pycache__"}


def sweep_temporary_files(root: Path) -> list[Path]:
    """Remove the ``.<name>.*.tmp`` files :func:`write_atomic` leaves when a run is killed mid-write."""
    removed = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if d not in _SKIP_DIRS]
        for name in names:
            if name.startswith(".") and name.endswith(".tmp"):
                path = Path(folder) / name
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    removed.append(path)
    return removed
