"""``leaflets check`` (the CI gate) and ``leaflets lint`` (the English source).

Exit status: 0 pass, 1 the gate fails (or an expected error such as a bad
config), 2 a usage error (unknown option or value).
"""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli import console
from pipeline.cli.common import configured_languages, guarded
from pipeline.core.errors import LeafletsError


class CheckFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"
    junit = "junit"


class LintFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


def check(
    lang: Annotated[list[str] | None, typer.Option("--lang", help="Only these languages.")] = None,
    output_format: Annotated[CheckFormat, typer.Option("--format", help="Report format.")] = CheckFormat.text,
    base: Annotated[str | None, typer.Option(
        "--base", metavar="REVISION", help="Also judge approvals by who may approve at this git revision (a pull "
        "request's base, such as origin/main): one that counts only under the change's reviewers fails.")] = None,
) -> None:
    """The CI gate: stale or broken files, check findings, approvals; exit 1 when a language falls short."""
    from pipeline.run.gate import base_of, failure_report
    from pipeline.run.gate import check as run_check

    def failed(error: LeafletsError, root: Path | None) -> None:
        # A setting, file or value (a --base revision CI did not fetch) that stops the gate before it checks
        # anything: CI's JSON, JUnit or annotations carry it too, not an empty file (the text format has its
        # line on stderr).
        if output_format is not CheckFormat.text:
            console.check_report(failure_report(error, root), output_format.value)

    with guarded(locked=False, also=failed) as config:
        langs = configured_languages(config, lang)
        report = run_check(config, langs, base_of(config, base) if base is not None else None)
        console.check_report(report, output_format.value, repository_prefix(config.root))
        if not report.passes:
            raise typer.Exit(code=1)


def repository_prefix(root: Path) -> str:
    """The project's folder from where CI runs (GITHUB_WORKSPACE, else here), for GitHub and JUnit
    paths: "" when it is that folder, or outside it (then its paths are the project's own)."""
    base = Path(os.environ.get("GITHUB_WORKSPACE") or Path.cwd()).resolve()
    return root.relative_to(base).as_posix() if root != base and root.is_relative_to(base) else ""


def lint(
    output_format: Annotated[LintFormat, typer.Option("--format", help="Report format.")] = LintFormat.text,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when there is any warning.")] = False,
) -> None:
    """Warn about the English before translation: mixed terms, run-ons, long sentences, reading grade."""
    from pipeline.checks.drug_forms import add_drug_form_warnings
    from pipeline.source.lint import lint as run_lint

    with guarded(locked=False) as config:
        reports = run_lint(config)
        add_drug_form_warnings(config, reports)
        console.lint_report(reports, output_format.value, repository_prefix(config.root))
        if any(r.error for r in reports) or strict and any(r.warnings for r in reports):
            raise typer.Exit(code=1)


def register(app: typer.Typer) -> None:
    app.command()(check)
    app.command()(lint)
