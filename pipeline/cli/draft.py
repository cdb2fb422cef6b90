"""``leaflets draft``: machine-translation drafts."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated

import typer

from pipeline.cli import console
from pipeline.cli.common import configured_languages, configured_leaflet, guarded
from pipeline.core.config import Config, server_address_fault
from pipeline.core.errors import UsageError
from pipeline.drafting.engines import REGISTRY

if TYPE_CHECKING:
    from pipeline.drafting import draft as draft_stage


def draft(
    lang: Annotated[list[str] | None, typer.Option("--lang", help="Only these languages.")] = None,
    leaflet: Annotated[str | None, typer.Option("--leaflet", help="Only this leaflet (slug).")] = None,
    engine: Annotated[
        list[str] | None,
        typer.Option("--engine", help="Engine to use (repeat for a fallback chain); default: the config's."),
    ] = None,
    url: Annotated[str | None, typer.Option("--url", help="Endpoint of the online engine.")] = None,
    allow_online: Annotated[
        bool, typer.Option("--allow-online", help="Allow sending leaflet text to online engines.")
    ] = False,
    overwrite_drafts: Annotated[
        bool, typer.Option("--overwrite-drafts", help="Redraft machine drafts too (fuzzy, with their engine); never people's words.")
    ] = False,
    refresh: Annotated[
        bool, typer.Option("--refresh", help="Ask the engines again instead of reusing cached answers.")
    ] = False,
) -> None:
    """Fill untranslated entries with machine drafts, marked fuzzy, for clinicians to review.

    Engines: memory, apertium, pseudo (offline); openai (any OpenAI-compatible
    server), apertium-apy, libre (these three can be self-hosted), google,
    mymemory, microsoft, deepl (online: need --allow-online; API keys from the
    environment). Ends with each language's coverage; exit status 1 when engine
    failures left entries untranslated.
    """
    from pipeline.drafting import draft as draft_stage  # loads the engines: only when drafting

    with guarded() as config:
        langs = configured_languages(config, lang)
        for name in engine or []:
            if name not in REGISTRY:
                raise UsageError(f"unknown draft engine {name!r}; known engines: {', '.join(REGISTRY)}")
        if url is not None and (fault := server_address_fault(url)):
            raise UsageError(f"--url {fault}")
        options = draft_stage.DraftOptions(
            langs=tuple(langs) if langs else None,
            slugs=(configured_leaflet(config, leaflet),) if leaflet else None,
            engines=tuple(engine) if engine else None,
            url=url,
            allow_online=allow_online,
            overwrite_drafts=overwrite_drafts,
            use_cache=not refresh,
        )
        try:
            with _progress() as progress:
                # where the text goes is said before it is sent, not in the report after
                report = draft_stage.draft(config, options, progress, notify=console.note)
        except KeyboardInterrupt:
            console.error("interrupted; the drafts received so far are saved: run again to continue")
            raise typer.Exit(code=130) from None
        present(report, config)
        if not report.ok:
            raise typer.Exit(code=1)


@contextlib.contextmanager
def _progress() -> Iterator[draft_stage.Progress]:
    """A Rich progress bar on a terminal (with the time left and the retries); a plain line every tenth otherwise."""
    if console.err.is_terminal:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        columns = (TextColumn("drafting {task.fields[engine]}"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn(),
                   TextColumn("{task.fields[retries]}"))
        with Progress(*columns, console=console.err, transient=True) as bar:
            task = bar.add_task("drafting", total=None, engine="", retries="")

            def update(tally: draft_stage.Tally) -> None:
                retries = f"{tally.retries} retries" if tally.retries else ""
                bar.update(task, completed=tally.done, total=tally.total, engine=tally.engine, retries=retries)

            yield update
        return
    shown = {0}  # no line before anything happened

    def line(tally: draft_stage.Tally) -> None:
        done, total = tally.done, tally.total
        step = done * 10 // total if total else 10
        if total and step not in shown and (done == total or step > max(shown)):
            shown.add(step)
            retries = f" ({tally.retries} retries)" if tally.retries else ""
            console.note(f"drafting: {done}/{total}{retries}")

    yield line


def present(report: draft_stage.DraftReport, config: Config) -> None:
    for note in report.notes:
        console.note(note)
    for refusal in report.refusals:
        console.note(f"refused [{refusal.lang}] {refusal.slug}: {refusal.engine}: {refusal.reason}: "
                     f"“{refusal.english[:50]}”")
    for error in report.errors:
        console.error(error)
    if report.usage:
        # "calls": HTTP requests, Apertium processes or translation-memory lookups, as the engine makes them.
        header = ("engine", "language", "drafted", "segments", "characters", "calls", "cache hits", "refused",
                  "retries")
        rows = [header] + [
            (u.engine, u.lang, str(u.drafted), str(u.segments), str(u.characters), str(u.requests),
             str(u.cache_hits), str(u.refused), str(u.retries))
            for _, u in sorted(report.usage.items())
        ]
        widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
        for row in rows:
            console.out.print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip(),
                              markup=False)
    for path in report.changed:
        console.out.print(f"  wrote {config.relative(path)}", markup=False)
    console.out.print(report.summary(), markup=False)
    lines = report.coverage_lines()
    if lines:
        console.out.print("coverage:\n" + "\n".join(f"  {line}" for line in lines), markup=False)


def register(app: typer.Typer) -> None:
    """Add the draft command to ``app``."""
    app.command("draft")(draft)
