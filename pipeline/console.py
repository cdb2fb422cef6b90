"""The one place that prints. Results go to stdout, diagnostics to stderr."""

from __future__ import annotations

import json
import sys

from rich.console import Console
from rich.table import Table

from pipeline.check import CheckReport
from pipeline.review import ReviewState
from pipeline.stages import StageReport

# Wide enough for the status table when output goes to a file or a CI log.
_WIDTH = None if sys.stdout.isatty() else 160
out = Console(highlight=False, soft_wrap=True, width=_WIDTH)
err = Console(stderr=True, highlight=False, soft_wrap=True, width=_WIDTH)


def error(message: str) -> None:
    err.print(f"leaflets: error: {message}", markup=False)


def note(message: str) -> None:
    err.print(message, markup=False)


def stage_report(report: StageReport, relative) -> None:
    for line in report.notes:
        note(line)
    for publication in report.publications:
        if publication.published:
            continue
        note(f"not published: {publication.slug} [{publication.lang}]: {publication.reason}")
    if report.changed:
        out.print(f"{len(report.changed)} file(s) written or removed:", markup=False)
        for path in report.changed:
            out.print(f"  {relative(path)}", markup=False)
    else:
        out.print("nothing to do: every file is up to date", markup=False)


_COLUMNS = [
    (ReviewState.APPROVED, "approved"),
    (ReviewState.TRANSLATED, "unapproved"),
    (ReviewState.DRAFT, "draft"),
    (ReviewState.UNTRANSLATED, "missing"),
]


def check_report(report: CheckReport, fmt: str) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    for problem in report.problems:
        error(str(problem))
    for slug in report.stale_templates:
        note(f"{slug}: the POT is older than the English source; run `leaflets extract` (or `leaflets run`)")
    table = Table(title="Translation status", show_lines=False)
    for name in ("leaflet", "language", *(label for _, label in _COLUMNS), "lapsed", "obsolete",
                 "approved", "needed", "result"):
        table.add_column(name, justify="right" if name not in ("leaflet", "language", "result") else "left")
    for s in report.languages:
        lapsed = s.counts[ReviewState.LAPSED_ENGLISH] + s.counts[ReviewState.LAPSED_TRANSLATION]
        result = "ok" if s.passes else "FAIL"
        if s.unreadable:
            result = "FAIL (unreadable)"
        elif s.po_stale:
            result += " (run leaflets update)"
        table.add_row(
            s.slug, s.lang, *(str(s.counts[state]) for state, _ in _COLUMNS), str(lapsed), str(s.obsolete),
            f"{s.approved_share:.0%}", f"{s.threshold:.0%}", result,
        )
    out.print(table)
    out.print("check passed" if report.passes else "check FAILED: see the rows marked FAIL", markup=False)


def status_summary(report: CheckReport) -> None:
    """One line per leaflet and language: approved share and what is waiting."""
    for slug in report.stale_templates:
        note(f"{slug}: the POT is older than the English source; run `leaflets run`")
    for problem in report.problems:
        error(str(problem))
    table = Table(title="leaflets status", box=None)
    for name in ("leaflet", "language", "approved", "waiting for review", "to translate"):
        table.add_column(name)
    for s in report.languages:
        waiting = s.counts[ReviewState.TRANSLATED] + s.counts[ReviewState.DRAFT]
        waiting += s.counts[ReviewState.LAPSED_ENGLISH] + s.counts[ReviewState.LAPSED_TRANSLATION]
        table.add_row(s.slug, s.lang, f"{s.approved}/{s.total} ({s.approved_share:.0%})", str(waiting),
                      str(s.counts[ReviewState.UNTRANSLATED]))
    out.print(table)
