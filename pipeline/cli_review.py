"""``leaflets review ...``: clinician sign-off."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from pipeline import console
from pipeline.cli_common import configured_languages, guarded
from pipeline.review import approve, load_ledger
from pipeline.update import read_language_catalog

review_app = typer.Typer(help="Clinician review: record approvals in the ledger.", no_args_is_help=True)


@review_app.command("approve")
def review_approve(
    lang: Annotated[str, typer.Option("--lang", help="Language of the catalogue.")],
    reviewer: Annotated[str, typer.Option("--reviewer", help="Your reviewer id from the config.")],
    approve_all: Annotated[bool, typer.Option("--all", help="Approve every translated entry.")] = False,
    prefix: Annotated[Optional[str], typer.Argument(help="Approve entries whose English starts so.")] = None,
    leaflet: Annotated[Optional[str], typer.Option("--leaflet", help="Only this leaflet (slug).")] = None,
) -> None:
    """Record a clinician's approval of translated (non-draft) entries."""
    if approve_all == (prefix is not None):
        console.error("give either --all or the beginning of the English to approve")
        raise typer.Exit(code=2)
    with guarded() as config:
        configured_languages(config, [lang])
        total = 0
        for slug in [leaflet] if leaflet else config.slugs():
            catalog = read_language_catalog(config.po_path(lang, slug), lang)
            ledger = load_ledger(config, lang, slug)
            approved = approve(catalog, ledger, config, reviewer, prefix=prefix)
            ledger.save()
            total += len(approved)
            for message in approved:
                console.note(f"approved [{lang}] {slug}: {str(message.id)[:60]}")
        console.out.print(f"{total} entr{'y' if total == 1 else 'ies'} approved by {reviewer}", markup=False)


def register(app: typer.Typer) -> None:
    app.add_typer(review_app, name="review")
