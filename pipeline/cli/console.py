"""The one place that prints. Results go to stdout, diagnostics to stderr.

The check and lint reports come in four forms: a table for people (text),
JSON for scripts, GitHub workflow commands that annotate the pull request
at the PO or Markdown line (github), and JUnit XML for CI test panels (junit).
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from pipeline.checks.severity import Severity
from pipeline.core.languages import language
from pipeline.core.text import excerpt, without_credentials
from pipeline.review.states import ReviewState

if TYPE_CHECKING:  # only for annotations: `leaflets run` should not load the checks and lint
    from pathlib import Path

    from rich.console import Console
    from rich.table import Table

    from pipeline.run.gate import CheckReport, EntryFinding, LanguageStatus, Problem
    from pipeline.run.stages import StageReport
    from pipeline.run.summary import Row as SummaryRow
    from pipeline.source.lint import LintReport


# Rich draws the reports' tables and the drafting progress bar. Plain lines (notes, errors,
# the list of files a run wrote) are written directly: importing Rich costs every command 20 ms.
@cache
def _rich(stderr: bool) -> Console:
    from rich.console import Console

    width = None if sys.stdout.isatty() else 160  # wide enough for the status table in a CI log
    # emoji=False: ":100:" in a leaflet's "1:100:1" is a ratio, not an emoji code.
    return Console(stderr=stderr, highlight=False, soft_wrap=True, width=width, emoji=False)


def load_ahead() -> None:
    """Import Rich and make its consoles now: for `leaflets watch`, while it waits for the first edit.

    The first run that wrote something otherwise paid for them when it showed its
    table: 30 ms of the 40 its first table took, against 2 ms for the next ones (2026-12-03).
    """
    from rich.table import Table  # noqa: F401 - loaded for the tables to come

    _rich(False), _rich(True)


def __getattr__(name: str) -> Console:
    # console.out and console.err: the Rich consoles, made on first use.
    if name in ("out", "err"):
        return _rich(name == "err")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _line(stream, text: str) -> None:
    stream.write(text + "\n")
    stream.flush()


def error(message: str) -> None:
    _line(sys.stderr, f"leaflets: error: {without_credentials(message)}")


def note(message: str) -> None:
    _line(sys.stderr, without_credentials(message))


LISTED_FILES = 50  # a run that wrote more gives their number by folder, not a line each


def stage_report(report: StageReport, relative, listed_by: str = "") -> None:
    """The notes, failures and files of a stage; ``listed_by``: where a run that wrote too many to list lists them."""
    for line in report.notes:
        note(line)
    for failure in report.failures:
        error(failure)
    if len(report.changed) > LISTED_FILES:
        # A first run of a clinic's project writes thousands (24,401 at 200 x 30): counted by folder.
        places = [relative(path) for path in report.changed]
        outside = [place for place in places if os.path.isabs(place)]  # an output_dir outside the project
        common = os.path.commonpath(outside) if outside else ""
        # By top folder ("dist/ 24201"); a file at the top by its name ("published.json 1").
        folders = Counter(f"{common}/" if os.path.isabs(place) else place.partition("/")[0] + "/" * ("/" in place)
                          for place in places)
        counts = ", ".join(f"{folder} {count}" for folder, count in sorted(folders.items()))
        _line(sys.stdout, f"{len(report.changed)} files written or removed ({counts})"
                          + (f"; {listed_by} lists them" if listed_by else ""))
    elif report.changed:
        listing = "".join(f"  {relative(path)}\n" for path in report.changed)
        _line(sys.stdout, f"{len(report.changed)} file(s) written or removed:\n{listing[:-1]}")
    elif not report.failures and not report.folders_removed:
        _line(sys.stdout, "nothing to do: every file is up to date")
    if report.folders_removed:
        _line(sys.stdout, f"{len(report.folders_removed)} empty folder(s) removed: "
                          + ", ".join(folder_place(relative, path) for path in report.folders_removed))


def folder_place(relative, path: Path) -> str:
    """A folder as the reports name it: where it is, with a trailing slash (``dist/fr/``)."""
    return relative(path).rstrip("/") + "/"


# The "why" of a language left as the last run left it: the reasons of its publication are
# not repeated, so that a leaflet's unchanged languages share one row.
UNCHANGED_WHY = "none of its files changed"


def stopped_summary(failure: str) -> None:
    """``--format json``'s document for a run or build that stopped on an error before its summary."""
    _summary_json([], [failure], [])


def _summary_json(publications: list[dict], failures: list[str], changed: list[str]) -> None:
    document = {"publications": publications, "failures": failures, "changed": changed}
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def publishing_summary(rows: list[SummaryRow], fmt: str, report: StageReport | None = None, relative=None) -> None:
    """The end of `leaflets run` and `leaflets build`: what happened to each leaflet and language.

    ``text``: one table, a row per leaflet and outcome naming its languages, for
    the leaflets this run wrote or removed anything of; an outcome that
    :data:`GROUPED_FROM` leaflets or more share word for word (a first run publishing
    every leaflet alike) is one row counting them; the others are counted in
    one last row with the states of their languages (a rerun of 200 leaflets says
    so in one line; `leaflets status` and ``json`` list them all). When that row is
    all there is, it is a plain line, not a table. ``json``: every leaflet and language, with the
    files written and the failures, alone on stdout.
    """
    if fmt == "json":
        _summary_json([row.as_dict() for row in rows], report.failures if report is not None else [],
                      [relative(path) for path in report.changed]
                      + [folder_place(relative, path) for path in report.folders_removed] if report is not None else [])
        return
    from pipeline.run.summary import Result

    table_rows: list[tuple[str, str, str, str]] = []
    by_leaflet: dict[str, list[SummaryRow]] = defaultdict(list)
    for row in rows:
        by_leaflet[row.leaflet].append(row)
    quiet: Counter[str] = Counter()  # the states of the languages of leaflets nothing was written for
    quiet_leaflets = 0
    for slug, leaflet_rows in by_leaflet.items():
        if all(row.result in (Result.UNCHANGED, Result.NOT_PUBLISHED) for row in leaflet_rows):
            quiet_leaflets += 1
            quiet.update(row.state for row in leaflet_rows)
            continue
        groups: dict[tuple[str, str], list[str]] = defaultdict(list)
        for row in leaflet_rows:
            why = UNCHANGED_WHY if row.result is Result.UNCHANGED else row.reason
            if row.being_updated:
                why = f"being updated (its old addresses show the holding page): {why}"
            groups[str(row.result), why].append(row.language)
        for (result, why), languages in groups.items():
            table_rows.append((slug, result, ", ".join(code for code in languages if code), why))
    table_rows = _grouped(table_rows)
    quiet_row = None
    if quiet_leaflets:
        states = ", ".join(f"{count} {state}" for state, count in sorted(quiet.items()))
        quiet_row = (f"{quiet_leaflets} leaflet{'s' if quiet_leaflets != 1 else ''}"
                     + (" (all)" if quiet_leaflets == len(by_leaflet) else ""),
                     str(Result.UNCHANGED), "every language", f"none of their files changed; languages: {states}")
    if not table_rows and quiet_row is not None:
        # A run that wrote nothing: one line, without loading Rich (30 ms of a 0.3 s rerun at 200 x 30).
        _line(sys.stdout, f"Publishing: {quiet_row[0]} {quiet_row[1]} in {quiet_row[2]}, {quiet_row[3]}")
        return
    from rich.table import Table

    table = Table(title="Publishing", show_lines=False)
    for name in ("leaflet", "result", "languages", "why"):
        table.add_column(name, overflow="fold")
    for cells in [*table_rows, *([quiet_row] if quiet_row else [])]:
        _add_row(table, *cells)
    _rich(False).print(table)


def _add_row(table: Table, *cells: str) -> None:
    """A row of the words as they are: Rich would read "[label]" in a message as its markup and drop it."""
    from rich.text import Text

    table.add_row(*(Text(cell) for cell in cells))


GROUPED_FROM = 4  # leaflets sharing one outcome word for word, from which they are one row of the table


def _grouped(rows: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    """The rows (leaflet, result, languages, why), those that GROUPED_FROM leaflets or more share made one,
    where the first of them was: "200 leaflets | published | es, ar | all blocks approved" (never
    the withdrawn or failed)."""
    from pipeline.run.summary import Result

    sharing = Counter(row[1:] for row in rows)
    out, said = [], set()
    for row in rows:
        outcome = row[1:]
        # A page taken offline, or a leaflet that failed, is named however many share its outcome.
        if sharing[outcome] < GROUPED_FROM or outcome[0] in (Result.WITHDRAWN, Result.FAILED):
            out.append(row)
        elif outcome not in said:
            said.add(outcome)
            out.append((f"{sharing[outcome]} leaflets", *outcome))
    return out


def import_preview(report: StageReport) -> None:
    """``leaflets import --dry-run``: the Markdown each leaflet's import would write, and its doubts."""
    for path, markdown in report.drafts:
        _line(sys.stdout, f"==> {path} (not written)\n{markdown}")
    for line in report.notes:
        note(line)
    for failure in report.failures:
        error(failure)


_COLUMNS = [
    (ReviewState.APPROVED, "approved"),
    (ReviewState.TRANSLATED, "unapproved"),
    (ReviewState.DRAFT, "draft"),
    (ReviewState.UNTRANSLATED, "missing"),
]
_LAPSED = (ReviewState.LAPSED_ENGLISH, ReviewState.LAPSED_TRANSLATION)


def _count(status: LanguageStatus, *states: ReviewState) -> int:
    return sum(status.counts[s] for s in states)


# -- leaflets check ----------------------------------------------------------


def check_report(report: CheckReport, fmt: str, prefix: str = "") -> None:
    """``report`` in ``fmt``; ``prefix``: the project's folder in the repository, before the paths of
    GitHub's annotations and JUnit's files (which name files from the repository's root)."""
    if fmt == "github":
        _check_github(report, prefix)
    elif fmt == "junit":
        _check_junit(report, prefix)
    else:
        {"text": _check_text, "json": _check_json}[fmt](report)


def _in_repository(prefix: str, path: str | None) -> str | None:
    return f"{prefix}/{path}" if prefix and path else path


def _check_json(report: CheckReport) -> None:
    sys.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n")


def _finding_line(f: EntryFinding) -> str:
    level = str(f.severity) if f.blocking or f.severity is Severity.WARNING else "error (not blocking)"
    if f.override:
        level = "error (overridden)"
    return f"{f.location}: {level}: {f.check}: {f.message}"


def _check_text(report: CheckReport) -> None:
    by_file: dict[str, list[EntryFinding]] = defaultdict(list)
    for finding in report.findings:
        by_file[finding.path].append(finding)
    for findings in by_file.values():
        for f in findings:
            _rich(False).print(_finding_line(f), markup=False)
            detail = f"    “{excerpt(f.english)}” [{f.state.value}]"
            if f.override:
                detail += f" override: {f.override}"
            _rich(False).print(detail, markup=False)
    for notice in report.notices:
        _rich(False).print(f"{notice}", markup=False)
    for problem in report.problems:
        _rich(False).print(f"{problem.location or 'leaflets'}: error: {problem.message}", markup=False)
    _rich(False).print(_status_table(report, "Translation status"))
    _verdict(report)


def _verdict(report: CheckReport) -> None:
    verdict = "check passed" if report.passes else "check FAILED: " + "; ".join(_failures(report))
    _rich(False).print(verdict, markup=False)


def _failures(report: CheckReport) -> list[str]:
    count = len(report.problems)
    reasons = [f"{count} file problem{'s' if count != 1 else ''}"] if count else []
    for s in report.languages:
        if not s.passes:
            reasons.append(f"{s.slug} [{s.lang}]: {', '.join(s.reasons)}")
    return reasons


def _status_table(report: CheckReport, title: str) -> Table:
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    left = ("leaflet", "language", "result")
    for name in ("leaflet", "language", *(label for _, label in _COLUMNS), "lapsed", "obsolete",
                 "errors", "warnings", "approved", "needed", "result"):
        table.add_column(name, justify="left" if name in left else "right", overflow="fold")
    for s in report.languages:
        result = "ok" if s.passes else "FAIL: " + ", ".join(s.reasons)
        _add_row(
            table, s.slug, s.lang, *(str(s.counts[state]) for state, _ in _COLUMNS), str(_count(s, *_LAPSED)),
            str(s.obsolete), str(s.errors), str(s.warnings), f"{s.approved_share:.0%}", f"{s.threshold:.0%}",
            result,
        )
    return table


def _gh_escape(text: str, *, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


def _annotation(level: str, message: str, path: str | None = None, line: int | None = None,
                title: str | None = None) -> str:
    props = []
    if path:
        props.append(f"file={_gh_escape(path, prop=True)}")
        if line:
            props.append(f"line={line}")
    if title:
        props.append(f"title={_gh_escape(title, prop=True)}")
    head = f"::{level} {','.join(props)}" if props else f"::{level}"
    return f"{head}::{_gh_escape(message)}"


def _check_github(report: CheckReport, prefix: str = "") -> None:
    """Workflow commands: blocking findings and problems as errors, the rest as warnings and notices."""
    lines = []
    for f in report.findings:
        level = "error" if f.blocking else "warning" if f.severity is Severity.ERROR else "notice"
        title = f"leaflets {f.check} [{f.lang}]"
        extra = f" (override: {f.override})" if f.override else ""
        lines.append(_annotation(level, f"{f.message}{extra}\n“{excerpt(f.english, 120)}” [{f.state.value}]",
                                 _in_repository(prefix, f.path), f.line, title))
    lines += [_annotation("error", p.message, _in_repository(prefix, p.path), p.line, "leaflets check")
              for p in report.problems]
    lines += [_annotation("notice", n.message, _in_repository(prefix, n.path), n.line, "leaflets check")
              for n in report.notices]
    for s in report.languages:
        if s.below_threshold:
            lines.append(_annotation("error", f"{s.slug} [{s.lang}]: {s.approved} of {s.total} approved "
                                     f"({s.approved_share:.1%}), {s.threshold:.0%} needed",
                                     title="leaflets check: threshold"))
    for line in lines:
        _rich(False).print(line, markup=False, soft_wrap=True)
    _rich(False).print(_status_table(report, "Translation status"))
    _verdict(report)


def _check_junit(report: CheckReport, prefix: str = "") -> None:
    """One test suite per leaflet and language: its threshold, its freshness, and each entry with findings."""
    import xml.etree.ElementTree as ET

    root = ET.Element("testsuites", name="leaflets check")
    files = ET.SubElement(root, "testsuite", name="files")
    for problem in report.problems:
        case = ET.SubElement(files, "testcase", classname="files", name=problem.location or "command line")
        ET.SubElement(case, "failure", message=problem.message, type="problem").text = str(problem)
    if not report.problems:
        ET.SubElement(files, "testcase", classname="files", name="every file readable and up to date")
    if report.notices:  # worth knowing (a lapsed approval, a review due), not failures: the suite's output
        ET.SubElement(files, "system-out").text = "\n".join(f"notice: {notice}" for notice in report.notices)
    by_language: dict[tuple[str, str], list[EntryFinding]] = defaultdict(list)
    for f in report.findings:
        by_language[(f.slug, f.lang)].append(f)
    for s in report.languages:
        classname = f"{s.slug}.{s.lang}"
        suite = ET.SubElement(root, "testsuite", name=f"{s.slug} [{s.lang}]")
        case = ET.SubElement(suite, "testcase", classname=classname,
                             name="approved share meets the threshold")
        if s.below_threshold or s.unreadable:
            share = f"{s.approved} of {s.total} approved ({s.approved_share:.1%}), {s.threshold:.0%} needed"
            message = "unreadable" if s.unreadable else share
            ET.SubElement(case, "failure", message=message, type="threshold")
        case = ET.SubElement(suite, "testcase", classname=classname, name="catalogue up to date with the POT")
        if s.po_stale:
            ET.SubElement(case, "failure", message="run leaflets update", type="stale")
        entries: dict[tuple[str, int | None], list[EntryFinding]] = defaultdict(list)
        for f in by_language[(s.slug, s.lang)]:
            entries[(f.english, f.line)].append(f)
        for (english, line), findings in entries.items():
            case = ET.SubElement(suite, "testcase", classname=classname,
                                 name=f"line {line}: {excerpt(english)}",
                                 file=_in_repository(prefix, findings[0].path) or "")
            blocking = [f for f in findings if f.blocking]
            if blocking:
                ET.SubElement(case, "failure", message="; ".join(f"{f.check}: {f.message}" for f in blocking),
                              type=",".join(sorted({f.check for f in blocking}))).text = (
                    "\n".join(_finding_line(f) for f in findings))
            else:
                ET.SubElement(case, "system-out").text = "\n".join(_finding_line(f) for f in findings)
    for suite in root:
        cases = suite.findall("testcase")
        suite.set("tests", str(len(cases)))
        suite.set("failures", str(sum(1 for c in cases if c.find("failure") is not None)))
    root.set("tests", str(sum(int(s.get("tests", "0")) for s in root)))
    root.set("failures", str(sum(int(s.get("failures", "0")) for s in root)))
    ET.indent(root)
    xml = ET.tostring(root, encoding="unicode")
    sys.stdout.write(f'<?xml version="1.0" encoding="utf-8"?>\n{xml}\n')


STATUS_PROBLEMS_A_FILE = 3


def status_summary(report: CheckReport) -> None:
    """One line per leaflet and language: approved share and what is waiting."""
    for slug in report.stale_templates:
        note(f"{slug}: the POT is older than the English source; run `leaflets run`")
    # A few lines a file: a reviewer taken off the list made a line per approval, 24 above the one
    # screen (`leaflets check` lists every one).
    by_file: dict[str, list[Problem]] = defaultdict(list)
    for problem in report.problems:
        if not problem.path.endswith(".pot"):
            by_file[problem.path].append(problem)
    for path, problems in by_file.items():
        for problem in problems[:STATUS_PROBLEMS_A_FILE]:
            error(str(problem))
        if (more := len(problems) - STATUS_PROBLEMS_A_FILE) > 0:
            error(f"{path}: and {more} more (`leaflets check` lists every one)")
    from rich.table import Table

    table = Table(title="leaflets status", box=None)
    # A name is folded onto more lines, never cut short: a clinic's series differ at their ends ("…-0005").
    for name in ("leaflet", "language", "approved", "waiting for review", "to translate", "check errors"):
        table.add_column(name, overflow="fold")
    waiting_states = [s for s in ReviewState if s not in (ReviewState.APPROVED, ReviewState.UNTRANSLATED)]
    for s in report.languages:
        if s.unreadable:  # its error is printed above; counts of a file not read would mislead
            _add_row(table, s.slug, s.lang, "unreadable", "", "", "")
            continue
        if language(s.lang).pseudo:  # layout tests: drafted, never reviewed nor published
            _add_row(table, s.slug, s.lang, "pseudo-locale", "never reviewed", str(s.counts[ReviewState.UNTRANSLATED]), "")
            continue
        _add_row(table, s.slug, s.lang, f"{s.approved}/{s.total} ({s.approved_share:.0%})",
                 str(_count(s, *waiting_states)), str(s.counts[ReviewState.UNTRANSLATED]),
                 f"{s.errors} ({s.overridden} overridden)" if s.overridden else str(s.errors))
    _rich(False).print(table)


# -- leaflets lint -------------------------------------------------------------


def lint_report(reports: Iterable[LintReport], fmt: str, prefix: str = "") -> None:
    """``reports`` in ``fmt``; ``prefix``: the project's folder in the repository (see :func:`check_report`)."""
    reports = list(reports)
    if fmt == "json":
        sys.stdout.write(json.dumps([r.as_dict() for r in reports], ensure_ascii=False, indent=2) + "\n")
        return
    def printer(line: str) -> None:
        _rich(False).print(line, markup=False)

    total = 0
    for report in reports:
        if report.error is not None:  # one that cannot be read: said, in the format CI reads
            line = report.error.line or 1
            if fmt == "github":
                printer(_annotation("error", report.error.message, _in_repository(prefix, report.path), line,
                                    "leaflets lint"))
            else:
                error(f"{report.path}:{line}: {report.error.message}")
        for w in report.warnings:
            total += 1
            if fmt == "github":
                printer(_annotation("warning", w.message, _in_repository(prefix, report.path), w.line,
                                    f"lint: {w.rule}"))
            else:
                printer(f"{report.path}:{w.line}: warning: {w.rule}: {w.message}")
        if fmt == "text" and report.grade is not None:  # said either way: a figure to follow, not a warning
            printer(f"{report.path}: reading grade {report.grade:.1f} (Flesch–Kincaid), "
                    + (f"within the aim of {report.max_grade:g}" if report.grade <= report.max_grade
                       else f"above the aim of {report.max_grade:g}"))
    unread = sum(1 for report in reports if report.error is not None)
    said = f"{total} lint warning{'s' if total != 1 else ''}" if total else "lint: no warnings"
    printer(said + (f"; {unread} leaflet{'s' if unread != 1 else ''} could not be read" if unread else ""))
