"""What every ``leaflets`` subcommand shares: finding the project, the lock, error handling."""

from __future__ import annotations

import contextlib
import difflib
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import typer
from typer.core import TyperGroup, TyperOption

from pipeline.cli import console
from pipeline.core.config import Config, find_project_root, load_config
from pipeline.core.errors import LeafletsError, UsageError, os_failure
from pipeline.core.files import project_lock
from pipeline.core.languages import suggestions

# How long a command waits for the project lock before it is refused: longer than one of
# `leaflets watch`'s runs takes after an edit, or its look every few seconds.
LOCK_WAIT = 2.0

# Set from -C/--project, before or after the subcommand; read by every command.
options: dict[str, Path] = {}

PROJECT_HELP = "Project folder (default: found from here)."

# click's usage error, from whichever click typer runs on (typer 0.28 carries its own copy).
_ClickUsageError: type[Exception] = typer.BadParameter.__mro__[1]


def _set_project(ctx: typer.Context, param: Any, value: Path | None) -> None:
    if value is not None:
        options["project"] = value


class LeafletsGroup(TyperGroup):
    """``leaflets`` and ``leaflets review``: ``-C DIR`` after a subcommand too, usage errors in one line."""

    def get_command(self, ctx: Any, cmd_name: str) -> Any:  # Any: the click typer runs on
        command = super().get_command(ctx, cmd_name)
        if command is not None and not any(param.name == "project" for param in command.params):
            command.params.append(TyperOption(param_decls=["--project", "-C"], type=Path, metavar="DIR", help=PROJECT_HELP,
                                              callback=_set_project, expose_value=False, is_eager=True))
        return command

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        with _usage_errors_in_one_line():
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: Any) -> Any:
        with _usage_errors_in_one_line():
            return super().invoke(ctx)


@contextlib.contextmanager
def _usage_errors_in_one_line() -> Iterator[None]:
    """click's usage errors (a bad --format, an unknown option) as one line and exit status 2."""
    try:
        yield
    except _ClickUsageError as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":
            raise  # `leaflets` or `leaflets review` alone: click prints the help
        context = getattr(exc, "ctx", None)
        where = f"; see `{context.command_path} --help`" if context is not None else ""
        console.error(f"{exc.format_message().rstrip('.')}{where}")  # type: ignore[attr-defined]
        raise typer.Exit(code=2) from None


def project_root() -> Path:
    """The project's folder: -C DIR, else the nearest one at or above the current folder."""
    start = options.get("project") or Path.cwd()
    return find_project_root(start.resolve())


@contextlib.contextmanager
def guarded(locked: bool = True, also: Callable[[LeafletsError, Path | None], None] | None = None) -> Iterator[Config]:
    """Load the config, hold the project lock, and turn expected failures into their exit code.

    ``also``: told of the failure too (with the project folder, when found), as `leaflets check`
    puts it in the machine-readable report CI reads.
    """
    root = None
    try:
        try:
            root = project_root()
            config = load_config(root)
            with (project_lock(config.root, LOCK_WAIT) if locked else contextlib.nullcontext(),
                  _notices_named_from(config)):
                yield config
        except OSError as exc:  # a file the stages met unreadable, or a file where a folder should be
            raise os_failure(exc) from None
    except LeafletsError as exc:
        console.error(exc.located(root))
        if also is not None:  # a usage error too: a CI job that reads the JSON learns why it has none
            also(exc, root)
        raise typer.Exit(code=exc.exit_code) from None


class _ProjectNotices(logging.Handler):
    """The pipeline's logged notices (a catalogue converted to UTF-8), each file named from the project."""

    def __init__(self, config: Config):
        super().__init__(logging.INFO)
        self.config = config

    def emit(self, record: logging.LogRecord) -> None:
        args = record.args if isinstance(record.args, tuple) else ()
        console.note(str(record.msg) % tuple(self.config.relative(arg) if isinstance(arg, Path) else arg
                                             for arg in args))


@contextlib.contextmanager
def _notices_named_from(config: Config) -> Iterator[None]:
    logger = logging.getLogger("pipeline")
    handler = _ProjectNotices(config)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)


def configured_languages(config: Config, requested: list[str] | None) -> list[str] | None:
    """``requested`` after checking each is configured; None means every language."""
    for code in requested or []:
        if code not in config.languages:
            close = suggestions(code, config.languages)
            hint = f"; did you mean {' or '.join(close)}?" if close else ""
            raise UsageError(f"{code!r} is not a configured language{hint} (configured: {', '.join(config.languages)})")
    return list(dict.fromkeys(requested)) if requested else None  # `--lang es --lang es` once


def configured_leaflet(config: Config, slug: str) -> str:
    """``slug`` after checking it names a leaflet of the project."""
    slugs = config.slugs()
    if slug not in slugs:
        close = difflib.get_close_matches(slug, slugs, n=1)
        hint = f"; did you mean {close[0]}?" if close else f" (leaflets: {', '.join(slugs)})"
        raise UsageError(f"no leaflet {slug!r}{hint}")
    return slug
