"""One exception family. Only the CLI turns these into messages and exit codes."""

from __future__ import annotations

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


class UsageError(LeafletsError):
    """A command-line value the command cannot take (an unconfigured language, an unknown leaflet)."""

    exit_code = 2  # as click's own usage errors: the command was not run


class ConfigError(LeafletsError):
    """The project configuration is missing or wrong."""


class SourceError(LeafletsError):
    """An English source (raw text or Markdown) cannot be read."""


class CatalogError(LeafletsError):
    """A POT/PO/MO file cannot be read or does not belong where it is."""


class ReviewError(LeafletsError):
    """An approval or rejection is not allowed."""


class LockedError(LeafletsError):
    """Another leaflets process holds the project lock."""
