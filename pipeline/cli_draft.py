"""``leaflets draft``: machine-translation drafts."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the draft command to ``app`` (filled in with the draft stage)."""
