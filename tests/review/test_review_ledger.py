from __future__ import annotations

import json

import pytest

from pipeline.catalogs.po import messages, read_catalog, write_catalog
from pipeline.core.errors import ReviewError
from pipeline.review.ledger import ReviewState, approve, entries_of, load_ledger, state_of
from pipeline.run import stages
from tests.conftest import SLUG, approve_all, fake_translation, translate_all


def states(config, lang):
    catalog = read_catalog(config.po_path(lang, SLUG))
    ledger = load_ledger(config, lang, SLUG)
    return [state_of(m, ledger, config) for m in messages(catalog)]


def test_fresh_catalogue_is_all_untranslated_and_ships_no_ledger(project):
    assert set(states(project, "es")) == {ReviewState.UNTRANSLATED}
    assert not project.ledger_path("es", SLUG).exists()


def test_approval_records_hashes_reviewer_and_time(project):
    translate_all(project, "es", fake_translation("es"))
    assert approve_all(project, "es", reviewer="mlopez") == 24
    document = json.loads(project.ledger_path("es", SLUG).read_text(encoding="utf-8"))
    record = document["approvals"]["Magnesium Infusions"]
    # approved together: signed as one batch, which the record names; "checks": the checks' fingerprint
    assert set(record) == {"english_sha256", "translation_sha256", "reviewer", "role", "approved_at", "source",
                           "checks", "batch"}
    assert record["batch"] in document["batches"] and document["format"] == 4
    assert record["source"] == "outside"  # typed into the PO file: the approver signs they did not write it
    assert record["reviewer"] == "mlopez" and record["role"] == "clinical nurse consultant"
    assert len(record["english_sha256"]) == 64
    assert set(states(project, "es")) == {ReviewState.APPROVED}


def test_only_listed_reviewers_for_that_language_may_approve(project):
    translate_all(project, "ar", fake_translation("ar"))
    catalog = read_catalog(project.po_path("ar", SLUG))
    ledger = load_ledger(project, "ar", SLUG)
    with pytest.raises(ReviewError, match="not listed for ar"):
        approve(catalog, ledger, project, "mlopez")
    with pytest.raises(ReviewError, match="not listed in"):
        approve(catalog, ledger, project, "somebody")
    assert ledger.approvals == {}


def test_drafts_are_never_approved(project):
    translate_all(project, "es", fake_translation("es"))
    path = project.po_path("es", SLUG)
    catalog = read_catalog(path)
    first = next(iter(messages(catalog)))
    first.flags.add("fuzzy")
    write_catalog(path, catalog)
    assert approve_all(project, "es") == 23
    assert states(project, "es").count(ReviewState.DRAFT) == 1


def test_approval_by_prefix(project):
    translate_all(project, "es", fake_translation("es"))
    catalog = read_catalog(project.po_path("es", SLUG))
    ledger = load_ledger(project, "es", SLUG)
    approved = approve(catalog, ledger, project, "jchen", prefix="Will the")
    assert sorted(m.id for m in approved) == ["Will the Injection Cure My Pain?", "Will the injection hurt?"]


def test_editing_the_translation_lapses_the_approval(project):
    translate_all(project, "es", fake_translation("es"))
    approve_all(project, "es")
    path = project.po_path("es", SLUG)
    path.write_text(path.read_text(encoding="utf-8").replace("[es] Magnesium Infusions", "Infusiones"),
                    encoding="utf-8")
    assert states(project, "es").count(ReviewState.LAPSED_TRANSLATION) == 1


def test_changing_the_english_lapses_the_approval(project):
    translate_all(project, "es", fake_translation("es"))
    approve_all(project, "es")
    md = project.source_path(SLUG)
    md.write_text(md.read_text(encoding="utf-8").replace("about 90 minutes", "about 2 hours"), encoding="utf-8")
    stages.extract_all(project)
    stages.update_all(project)
    assert states(project, "es").count(ReviewState.LAPSED_ENGLISH) == 1
    # Re-approving needs the translator to clear the fuzzy flag first.
    assert approve_all(project, "es") == 0
    # The queue and the review page say the approval lapsed with the English, not that its signature
    # does not verify: it is checked against the English it was filed (and signed) under, the #| one.
    catalog, ledger = read_catalog(project.po_path("es", SLUG)), load_ledger(project, "es", SLUG)
    (lapsed,) = [e for e in entries_of(project, "es", SLUG, catalog, ledger) if e.state is ReviewState.LAPSED_ENGLISH]
    assert lapsed.previous_english in ledger.approvals and lapsed.void == ""


def test_removing_a_reviewer_from_the_config_withdraws_their_approvals(make_project):
    config = make_project(["es"])
    stages.run(config)
    translate_all(config, "es", fake_translation("es"))
    approve_all(config, "es", reviewer="mlopez")
    pyproject = config.root / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(text.replace('id = "mlopez"', 'id = "mlopez-retired"'), encoding="utf-8")
    from pipeline.core.config import load_config

    assert set(states(load_config(config.root), "es")) == {ReviewState.TRANSLATED}
