"""The ``leaflets`` command: parse, call one stage, present the result, pick the exit code.

Command groups that belong to one stage live in their own ``cli_*`` module and
register themselves here.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pipeline import __version__
from pipeline.cli import checks as cli_checks
from pipeline.cli import console
from pipeline.cli import draft as cli_draft
from pipeline.cli import review as cli_review
from pipeline.cli.common import (
    PROJECT_HELP,
    LeafletsGroup,
    configured_languages,
    configured_leaflet,
    guarded,
    options,
    project_root,
)
from pipeline.core.errors import LeafletsError, LockedError, UsageError

if TYPE_CHECKING:
    from pipeline.run.stages import StageReport

app = typer.Typer(
    cls=LeafletsGroup,
    help="Translate patient-information leaflets: import, extract, update, draft, review, build, check.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _show_version(value: bool) -> None:
    if value:
        console.out.print(f"leaflets {__version__}", markup=False)
        raise typer.Exit()


@app.callback()
def _main(
    project: Annotated[Path | None, typer.Option("--project", "-C", metavar="DIR", help=PROJECT_HELP)] = None,
    version: Annotated[bool, typer.Option(
        "--version", help="Show the version and exit.", is_eager=True, callback=_show_version)] = False,
) -> None:
    options.clear()  # one process may run several commands (tests do): each starts from its own options
    if project is not None:
        options["project"] = project


@app.command("import")
def import_command(
    force: Annotated[bool, typer.Option(
        help="Import even when the original has not changed, and replace a Markdown edited since import.")] = False,
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", help="Print the Markdown import would write, and write nothing.")] = False,
    keep_edits: Annotated[list[str] | None, typer.Option(
        "--keep-edits", metavar="LEAFLET",
        help="The original's change is brought into this leaflet's Markdown by hand: record the original as "
             "imported and keep the Markdown (repeat for several).")] = None,
) -> None:
    """Turn the originals in source/raw/ (.txt extracted from a PDF, .docx, .pdf) into first drafts of the Markdown sources."""
    from pipeline.run import stages

    with guarded() as config:
        if keep_edits and (force or dry_run):
            raise UsageError("--keep-edits keeps the Markdown: not with --force or --dry-run")
        kept = frozenset(configured_leaflet(config, slug) for slug in keep_edits or ())
        report = stages.import_sources(config, only_if_needed=not (force or dry_run), force=force,
                                        dry_run=dry_run, keep_edits=kept, read_unchanged=True)
        if dry_run:
            console.import_preview(report)
        else:
            console.stage_report(report, config.relative)
    _fail_if_any(report)


@app.command()
def extract() -> None:
    """Write locales/<slug>.pot from each English leaflet."""
    from pipeline.run import stages

    with guarded() as config:
        report = stages.extract_all(config)
        console.stage_report(report, config.relative)
    _fail_if_any(report)


@app.command()
def update(
    lang: Annotated[list[str] | None, typer.Option("--lang", help="Only these languages.")] = None,
) -> None:
    """Create or merge locales/<lang>/LC_MESSAGES/<slug>.po for every language."""
    from pipeline.run import stages

    with guarded() as config:
        report = stages.update_all(config, configured_languages(config, lang))
        console.stage_report(report, config.relative)
    _fail_if_any(report)


class SummaryFormat(StrEnum):
    text = "text"
    json = "json"


_FORMAT_HELP = "How to give the summary of what was published, withdrawn and left unchanged: a table, or JSON on stdout."


def _stopped(output_format: SummaryFormat) -> Callable[[LeafletsError, Path | None], None]:
    """What a run or build that stops on an error still gives a JSON reader: the document, with the error."""
    def stopped(error: LeafletsError, root: Path | None) -> None:
        if output_format is SummaryFormat.json:
            console.stopped_summary(error.located(root))
    return stopped


def _summarise(report: StageReport, config, output_format: SummaryFormat) -> None:
    """The files written and the table of what happened (text), or all of it as JSON on stdout."""
    if output_format is SummaryFormat.json:
        for line in report.notes:
            console.note(line)
        for failure in report.failures:
            console.error(failure)
    else:
        console.stage_report(report, config.relative, listed_by="`--format json`")
    console.publishing_summary(report.summary(config), output_format.value, report, config.relative)


@app.command()
def build(
    preview: Annotated[
        bool, typer.Option("--preview", help="Also write in-context previews with drafts, for reviewers.")
    ] = False,
    lang: Annotated[list[str] | None, typer.Option(
        "--lang", help="With --preview: previews only for these languages (publishing covers every language).")] = None,
    output_format: Annotated[SummaryFormat, typer.Option("--format", help=_FORMAT_HELP)] = SummaryFormat.text,
) -> None:
    """Publish approved translations as HTML, text and MO files, and the language picker."""
    from pipeline.run import stages

    with guarded(also=_stopped(output_format)) as config:
        configured_languages(config, lang)
        if lang and not preview:  # the published site and its picker always cover every language
            raise UsageError("--lang chooses the languages of the previews: add --preview, or leave --lang out")
        report = stages.build_all(config)
        if preview:
            from pipeline.run.preview import build_previews

            report.extend(build_previews(config, configured_languages(config, lang)))
        _summarise(report, config, output_format)
    _fail_if_any(report)


@app.command()
def run(
    output_format: Annotated[SummaryFormat, typer.Option("--format", help=_FORMAT_HELP)] = SummaryFormat.text,
) -> None:
    """The main job: import (when the raw text changed), extract, update, draft, build.

    Drafting fills new untranslated entries with machine drafts (offline engines,
    marked fuzzy, waiting for review) when pyproject.toml sets in_run = true in
    its tool.leaflets.draft table; online engines too only with online_in_run = true
    (and allow_online = true) there.
    """
    # Stage modules are imported in the commands, not at the top: a rerun with
    # nothing to do should not pay for loading the checks, drafts and review app.
    from pipeline.run import stages

    with guarded(also=_stopped(output_format)) as config:
        report = stages.run(config, notify=console.note)
        _summarise(report, config, output_format)
    _fail_if_any(report)


WATCHING = "watching for changes (Ctrl-C stops)"


@app.command()
def watch() -> None:
    """Run the main job now, then again each time a leaflet, catalogue, ledger or setting changes; Ctrl-C stops.

    The process stays up between runs, so a run after an edit does only that
    edit's work. The project is locked during each run only: a command started
    meanwhile waits for it. A run that did nothing new (the one the watch's own
    writes wake, or its look every few seconds) shows nothing. SIGTERM (a service
    manager or `docker stop` ending it) stops it as Ctrl-C does.
    """
    from pipeline.core.config import load_config
    from pipeline.run import watching

    shown_error = ""
    shown_notes: list[str] = []
    shown_failures: list[str] = []
    # SIGTERM raises KeyboardInterrupt, as SIGINT does. The run's forked workers inherit this, as
    # they inherit Ctrl-C's: sent to the whole group (systemd's default), they stop as on Ctrl-C.
    sigterm_before = signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        root = project_root()
        for number, outcome in enumerate(watching.watch(root, load_config, notify=console.note)):
            if outcome.error is not None:
                if outcome.error.located(root) != shown_error:  # a bad setting, or a run refused meanwhile: once
                    shown_error = outcome.error.located(root)
                    if isinstance(outcome.error, LockedError):  # a reviewer approving, say: nothing wrong
                        console.note("another leaflets command is working on the project: the watch runs "
                                     "again when it is done")
                    else:
                        console.error(shown_error)
                        console.note(WATCHING)
                continue
            report, config = outcome.report, outcome.config
            assert report is not None and config is not None
            # A run shows what it did; one that did nothing new (woken by the watch's own writes, or a
            # leaflet that still fails as it did) shows nothing.
            if (number == 0 or report.changed or report.folders_removed or report.publications
                    or report.failures != shown_failures
                    or (report.notes and report.notes != shown_notes)):
                _summarise(report, config, SummaryFormat.text)
                console.note(WATCHING)
            if number == 0:
                console.load_ahead()  # while nobody edits yet, as the watch loads the stages' modules
            shown_error, shown_notes, shown_failures = "", report.notes, report.failures
    except watching.RunCutShort:
        console.error("stopped in the middle of a run: every file is whole, but some leaflets may not be done; "
                      "`leaflets run` finishes them")
        raise typer.Exit(code=130) from None
    except KeyboardInterrupt:
        console.note("stopped watching")
    except LeafletsError as exc:  # no project here, or leaflets itself changed
        console.error(str(exc))
        raise typer.Exit(code=exc.exit_code) from None
    finally:
        signal.signal(signal.SIGTERM, sigterm_before)  # as it was (a test calling the command in its process)


def _fail_if_any(report: StageReport) -> None:
    """Exit non-zero when a leaflet was left undone (each is listed above; the others were done)."""
    if report.failures:
        raise typer.Exit(code=1)


@app.command()
def status() -> None:
    """A one-screen summary of every leaflet and language."""
    from pipeline.run.gate import check as run_check

    with guarded(locked=False) as config:
        report = run_check(config)
        console.status_summary(report)
    if any(s.unreadable for s in report.languages):  # its one-line error is printed above the table
        raise typer.Exit(code=1)


cli_checks.register(app)
cli_draft.register(app)
cli_review.register(app)


def main() -> None:
    code: int | str | None = 0
    try:
        app(prog_name="leaflets")
    except SystemExit as done:
        code = done.code
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    # Leave without freeing the run's objects one by one (the state of 6,000 catalogues
    # took 40 ms): every file is written and every lock released by now.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, OSError):  # no stream, or a reader that went away (`| head`)
            pass
    os._exit(code or 0)
