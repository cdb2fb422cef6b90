"""``leaflets check``: the CI gate."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Optional

import typer

from pipeline import console
from pipeline.check import check as run_check
from pipeline.cli_common import configured_languages, guarded


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


def check(
    lang: Annotated[Optional[list[str]], typer.Option("--lang", help="Only these languages.")] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", help="Report format.")] = OutputFormat.text,
) -> None:
    """Report missing, draft and unapproved strings; exit 1 when a language is below its threshold."""
    with guarded(locked=False) as config:
        report = run_check(config, configured_languages(config, lang))
        console.check_report(report, output_format.value)
        if not report.passes:
            raise typer.Exit(code=1)


def register(app: typer.Typer) -> None:
    app.command()(check)
