"""The picker says, per language, who translated it (people, or a named engine's draft), who checked it, and when."""

from __future__ import annotations

import re

from pipeline.catalogs.po import messages, read_catalog, write_catalog
from pipeline.core.config import Config
from pipeline.review.ledger import approve_entries, editing
from pipeline.run import stages
from tests.conftest import SLUG, STAND_IN, approve_all, translate_all


def row(config: Config, lang: str) -> str:
    """The picker's row of ``lang``, its tags stripped and its spaces collapsed, with the <time> element kept apart."""
    page = (config.output_dir / "index.html").read_text(encoding="utf-8")
    match = re.search(rf'<li data-search="[^"]*" data-lang="{lang}">(.*?)\n</li>', page, re.DOTALL)
    assert match, f"no {lang} row"
    return match.group(1)


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", "", html).split())


def machine_drafts_approved(config: Config, lang: str, reviewer: str) -> None:
    path = config.po_path(lang, SLUG)
    catalog = read_catalog(path)
    for message in messages(catalog):
        message.string = f"[{lang}] {message.id}"
        message.user_comments = ["leaflets-draft: engine=apertium date=2026-01-05"]
        message.flags.add("fuzzy")
    write_catalog(path, catalog)
    with editing(config, lang, SLUG) as work:
        outcome = approve_entries(work.catalog, work.ledger, config, reviewer, list(messages(work.catalog)),
                                  override=STAND_IN)
        work.po_changed = outcome.po_changed
    assert len(outcome.approved) == 24


def test_each_language_row_says_who_translated_and_checked_it_and_when(make_project):
    config = make_project(["es", "it"])
    stages.run(config)
    translate_all(config, "es", lambda english: f"[es] {english}")
    assert approve_all(config, "es", reviewer="mlopez") == 24
    machine_drafts_approved(config, "it", "jchen")
    stages.run(config)
    spanish, italian = row(config, "es"), row(config, "it")
    assert ("Translated by people; checked by M. López (clinical nurse consultant); approved November 23, 2026."
            in text_of(spanish))
    assert '<time datetime="2026-11-23">' in spanish
    assert ("Drafted by machine translation (apertium); checked by Dr J. Chen (pain physician); approved"
            in text_of(italian))
    assert "checked by" not in text_of(row(config, "en"))  # the English is the source: nobody translated it
    # a run that rewrites the picker from its recorded state says the same
    (config.output_dir / "index.html").unlink()
    stages.run(config)
    assert row(config, "es") == spanish and row(config, "it") == italian


def test_the_picker_is_written_again_when_who_checked_a_language_changes(make_project):
    config = make_project(["es"])
    stages.run(config)
    translate_all(config, "es", lambda english: f"[es] {english}")
    assert approve_all(config, "es", reviewer="mlopez") == 24
    stages.run(config)
    assert "M. López" in text_of(row(config, "es"))
    ledger_path = config.ledger_path("es", SLUG)
    ledger_path.unlink()
    assert approve_all(config, "es", reviewer="jchen") == 24
    stages.run(config)
    said = text_of(row(config, "es"))
    assert "checked by Dr J. Chen (pain physician)" in said and "López" not in said
