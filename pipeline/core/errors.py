"""One exception family. Only the CLI turns these into messages and exit codes."""

from __future__ import annotations

import errno
from pathlib import Path


class LeafletsError(Exception):
    """An expected failure with a message that tells the user what to do next."""

    exit_code = 1

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return where + self.message

    def located(self, root: Path | None) -> str:
        """``file:line: message``, as every error names its place (line 1 when the whole file is at fault;
        a folder or a link has no lines).

        The file is named from the project ``root``, as the rest of the output names files: the
        form editors and CI annotations resolve. A file outside the project keeps its full path.
        """
        if self.path is None:
            return self.message
        shown = self.shown_path(root)
        line = self.line or (1 if _has_lines(Path(self.path)) else None)
        return f"{shown}:{line}: {self.message}" if line else f"{shown}: {self.message}"

    def shown_path(self, root: Path | None) -> str | None:
        """The file, named from the project ``root`` (see :meth:`located`); None when the error names none."""
        if self.path is None:
            return None
        path = Path(self.path)
        return path.relative_to(root).as_posix() if root is not None and path.is_relative_to(root) else str(path)


def _has_lines(path: Path) -> bool:
    """Is ``path`` a file, whose errors name a line? Not a folder, nor a link (a missing file is one to be)."""
    try:
        return not path.is_symlink() and not path.is_dir()
    except OSError:  # a folder on its way that cannot be read: file or folder, it cannot be told
        return False


class UsageError(LeafletsError):
    """A command-line value the command cannot take (an unconfigured language, an unknown leaflet)."""

    exit_code = 2  # as click's own usage errors: the command was not run


class ConfigError(LeafletsError):
    """The project configuration is missing or wrong."""


class SourceError(LeafletsError):
    """An English source (raw text or Markdown) cannot be read."""


class CatalogError(LeafletsError):
    """A POT/PO/MO file cannot be read or does not belong where it is."""


class CatalogUnwritable(CatalogError):
    """A catalogue that cannot be written (no permission, a read-only or immutable file): its language
    waits for it to be mended, as for one that cannot be read, and the rest of the run goes on."""


class SavedMeanwhile(CatalogError):
    """A catalogue was saved (in a PO editor, which takes no project lock) while leaflets worked from it."""


class ReviewError(LeafletsError):
    """An approval or rejection is not allowed."""


class LockedError(LeafletsError):
    """Another leaflets process holds the project lock."""


# What a user can do about the file system errors a project's files may meet.
_OS_ADVICE = {
    errno.EACCES: "permission denied: leaflets must be able to read (and write) it",
    errno.EPERM: "not permitted: leaflets must be able to read (and write) it",
    errno.ENOTDIR: "a file stands where a folder of this path should be: move it away",
    errno.EISDIR: "is a folder where a file should be: move it away",
    errno.ENOSPC: "no space left on the disk: free some and run again (every file is as it was or complete)",
}


def os_failure(exc: OSError, kind: type[LeafletsError] = LeafletsError) -> LeafletsError:
    """A file system error as one line naming the file (``file:line: message``), not a traceback.

    For a file where a folder should be, the file in the way is named (dist/es, not dist/es/x.html).
    """
    path = exc.filename
    if exc.errno == errno.ENOTDIR and path is not None:
        path = next((parent for parent in Path(path).parents if parent.is_file()), path)
    return kind(_OS_ADVICE.get(exc.errno or 0, exc.strerror or str(exc)), path)
