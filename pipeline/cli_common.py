"""What every ``leaflets`` subcommand shares: finding the project, the lock, error handling."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import typer

from pipeline import console
from pipeline.config import Config, find_project_root, load_config
from pipeline.errors import LeafletsError
from pipeline.files import project_lock

# Set by the root callback from --project; read by every command.
options: dict[str, Path] = {}


def load_project_config() -> Config:
    start = options.get("project") or Path.cwd()
    return load_config(find_project_root(start.resolve()))


@contextlib.contextmanager
def guarded(locked: bool = True) -> Iterator[Config]:
    """Load the config, hold the project lock, and turn expected failures into their exit code."""
    try:
        config = load_project_config()
        with project_lock(config.root) if locked else contextlib.nullcontext():
            yield config
    except LeafletsError as exc:
        console.error(str(exc))
        raise typer.Exit(code=exc.exit_code) from None


def configured_languages(config: Config, requested: list[str] | None) -> list[str] | None:
    """``requested`` after checking each is configured; None means every language."""
    for code in requested or []:
        if code not in config.languages:
            raise LeafletsError(f"{code!r} is not a configured language ({', '.join(config.languages)})")
    return requested or None
