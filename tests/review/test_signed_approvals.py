"""Signed approvals: a ledger entry typed or altered by hand never publishes; four-eyes holds by key."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.catalogs.markers import check_comment, draft_comment
from pipeline.catalogs.po import messages, read_catalog, sha256, write_catalog
from pipeline.checks.rules import negation
from pipeline.core import clock
from pipeline.core.config import Config, load_config
from pipeline.core.errors import ReviewError
from pipeline.core.signing import NAMESPACE, FileSigner, armored, sign
from pipeline.review import ledger as ledger_module
from pipeline.review.ledger import (
    ReviewState,
    approve,
    approve_entries,
    approved_keys,
    author_of,
    credits_of,
    edit_entry,
    editing,
    entries_of,
    is_signed,
    load_ledger,
    reject_entry,
    signature_fault,
    state_of,
    statement,
    text_source,
)
from pipeline.run import stages
from pipeline.run.gate import check
from tests.conftest import (
    KEYS,
    REPO,
    SLUG,
    STAND_IN,
    approve_all,
    make_key,
    public_key,
    translate_all,
    write_pyproject,
)

ENGLISH = "Magnesium Infusions"


def spanish_approved(config: Config) -> None:
    translate_all(config, "es", lambda english: f"[es] {english}")
    assert approve_all(config, "es", reviewer="mlopez") > 0


def spanish_approved_before_signatures(config: Config, *dropped: str) -> dict:
    """After a first run, mlopez's approvals of every Spanish entry as a ledger from before signatures wrote
    them (no batch; ``dropped``: fields it had not yet either); the ledger's JSON document."""
    stages.run(config)
    spanish_approved(config)
    ledger_path = config.ledger_path("es", SLUG)
    document = json.loads(ledger_path.read_text(encoding="utf-8"))
    for record in document["approvals"].values():
        for name in ("batch", *dropped):
            del record[name]
    del document["batches"]
    ledger_path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return document


def forge(config: Config, english: str, new_text: str) -> None:
    """What a user with write access might do: change the PO text and put its hash into the ledger."""
    path = config.po_path("es", SLUG)
    catalog = read_catalog(path)
    next(m for m in messages(catalog) if m.id == english).string = new_text
    write_catalog(path, catalog)
    ledger_path = config.ledger_path("es", SLUG)
    document = json.loads(ledger_path.read_text(encoding="utf-8"))
    document["approvals"][english]["translation_sha256"] = sha256(new_text)
    ledger_path.write_text(json.dumps(document, indent=2), encoding="utf-8")


def state(config: Config, english: str) -> ReviewState:
    catalog = read_catalog(config.po_path("es", SLUG))
    message = next(m for m in messages(catalog) if m.id == english)
    return state_of(message, load_ledger(config, "es", SLUG), config)


def test_a_forged_approval_is_never_published_and_check_names_it(make_project):
    config = make_project(["es"])
    stages.run(config)
    spanish_approved(config)
    stages.run(config)
    assert config.mo_path("es", SLUG).exists()  # every block approved and signed: published
    forge(config, ENGLISH, "Infusiones de magnesio 11 mmol/L")
    assert state(config, ENGLISH) is ReviewState.TRANSLATED
    stages.run(config)
    assert not config.mo_path("es", SLUG).exists()  # withdrawn: one block is no longer approved
    assert "11 mmol/L" not in "".join(p.read_text(encoding="utf-8") for p in config.output_dir.rglob("*.html"))
    report = check(config)
    assert not report.passes
    problem = next(str(p) for p in report.problems if "does not count" in p.message)
    assert problem.startswith(f"locales/es/LC_MESSAGES/{SLUG}.approvals.json:")
    assert f"approval of {ENGLISH!r} by mlopez: signature does not verify" in problem


def test_ssh_keygen_verifies_a_ledger_record_against_its_statement(make_project, tmp_path: Path):
    config = make_project(["es"])
    stages.run(config)
    translate_all(config, "es", lambda english: f"[es] {english}")
    catalog = read_catalog(config.po_path("es", SLUG))
    ledger = load_ledger(config, "es", SLUG)
    assert len(approve(catalog, ledger, config, "mlopez", prefix=ENGLISH, override=STAND_IN)) == 1
    ledger.save()  # one approval: signed on its own
    ledger = load_ledger(config, "es", SLUG)
    record = ledger.approvals[ENGLISH]
    (tmp_path / "allowed_signers").write_text(f"mlopez {public_key('mlopez')}\n", encoding="utf-8")
    (tmp_path / "record.sig").write_text(armored(record.signature), encoding="ascii")
    command = ["ssh-keygen", "-Y", "verify", "-f", str(tmp_path / "allowed_signers"), "-I", "mlopez",
               "-n", NAMESPACE, "-s", str(tmp_path / "record.sig")]
    said = statement(ledger, ENGLISH, record)
    assert json.loads(said)["action"] == "approve" and json.loads(said)["reviewer"] == "mlopez"
    assert subprocess.run(command, input=said, capture_output=True, check=False).returncode == 0
    altered = said.replace(record.translation_sha256.encode(), sha256("11 mmol/L").encode())
    assert subprocess.run(command, input=altered, capture_output=True, check=False).returncode != 0


def test_approving_without_the_reviewers_key_fails(make_project, monkeypatch):
    config = make_project(["es"])
    stages.run(config)
    translate_all(config, "es", lambda english: f"[es] {english}")
    catalog = read_catalog(config.po_path("es", SLUG))
    ledger = load_ledger(config, "es", SLUG)
    monkeypatch.delenv("SSH_AUTH_SOCK")
    with pytest.raises(ReviewError, match="no signing key for mlopez"):
        approve(catalog, ledger, config, "mlopez")
    with pytest.raises(ReviewError, match="is not the key listed for mlopez"):
        approve(catalog, ledger, config, "mlopez", signer=FileSigner.load(KEYS["jchen"]))
    assert not ledger.approvals


def test_a_record_signed_with_another_reviewers_key_does_not_count(make_project):
    config = make_project(["es"])
    stages.run(config)
    spanish_approved(config)
    # jchen signs an approval that says mlopez gave it
    ledger = load_ledger(config, "es", SLUG)
    unsigned = replace(ledger.approvals[ENGLISH], signature="", batch="")
    forged = replace(unsigned, signature=sign(statement(ledger, ENGLISH, unsigned), FileSigner.load(KEYS["jchen"])))
    ledger.approvals[ENGLISH] = forged
    ledger.save()
    fault = signature_fault(config, load_ledger(config, "es", SLUG), ENGLISH, forged)
    assert fault is not None and "a key not listed for mlopez" in fault
    assert state(config, ENGLISH) is ReviewState.TRANSLATED


def _with_reviewers(config: Config, mlopez_lines: str) -> Config:
    """The project with mlopez's key lines replaced by ``mlopez_lines``."""
    path = config.root / "pyproject.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(f'key = "{public_key("mlopez")}"', mlopez_lines), encoding="utf-8")
    return load_config(config.root)


def test_removing_a_reviewers_key_voids_their_approvals_and_check_lists_them(make_project):
    config = make_project(["es"])
    stages.run(config)
    spanish_approved(config)
    keyless = _with_reviewers(config, "")
    assert state(keyless, ENGLISH) is ReviewState.TRANSLATED
    void = [p for p in check(keyless).problems if "count" in p.message]
    ledger = load_ledger(config, "es", SLUG)
    batch = next(iter(ledger.batches))
    assert {approval.batch for approval in ledger.approvals.values()} == {batch}
    # One problem for the batch, at its first entry's line, not one per entry.
    assert len(void) == 1 and void[0].line == min(p.line for p in void)
    assert void[0].message.startswith(f"approvals of {len(ledger.approvals)} entries signed as batch {batch} (the first ")
    assert "a key not listed for mlopez" in void[0].message and "none of them counts" in void[0].message


def test_an_old_key_counts_for_signatures_made_before_the_day_it_stopped(make_project, tmp_path: Path):
    config = make_project(["es"])
    stages.run(config)
    spanish_approved(config)  # signed on 2026-11-23 (SOURCE_DATE_EPOCH)
    new = make_key(tmp_path, "mlopez-new").with_suffix(".pub").read_text(encoding="utf-8").strip()
    old = public_key("mlopez")
    rotated = _with_reviewers(config, f'key = "{new}"\nold_keys = [{{key = "{old}", until = 2026-12-01}}]')
    assert state(rotated, ENGLISH) is ReviewState.APPROVED
    path = config.root / "pyproject.toml"  # the old key retired before the approvals were signed
    path.write_text(path.read_text(encoding="utf-8").replace("until = 2026-12-01", "until = 2026-11-01"),
                    encoding="utf-8")
    too_early = load_config(config.root)
    assert state(too_early, ENGLISH) is ReviewState.TRANSLATED
    ledger = load_ledger(too_early, "es", SLUG)
    fault = signature_fault(too_early, ledger, ENGLISH, ledger.approvals[ENGLISH])
    assert fault is not None and "stopped being valid on 2026-11-01" in fault


def _entry(catalog, english: str):
    return next(m for m in messages(catalog) if m.id == english)


def mlopez_edits_the_title(config: Config) -> None:
    """After a first run, mlopez writes the title's translation in the review tools (a signed edit)."""
    stages.run(config)
    with editing(config, "es", SLUG) as work:
        assert edit_entry(work.catalog, work.ledger, config, "mlopez", _entry(work.catalog, ENGLISH),
                          "Infusiones de magnesio")
        work.po_changed = True


def test_an_editor_cannot_approve_their_edit_nor_a_variant_of_it_changed_in_the_po(make_project):
    config = make_project(["es"])
    mlopez_edits_the_title(config)
    # mlopez changes one character of their own edit in a PO editor, then tries to approve it
    path = config.po_path("es", SLUG)
    catalog = read_catalog(path)
    _entry(catalog, ENGLISH).string = "Infusiones de magnesio."
    write_catalog(path, catalog)
    held_for_mlopez_then_approved_by_jchen(config, ENGLISH)
    assert state(config, ENGLISH) is ReviewState.APPROVED


def held_for_mlopez_then_approved_by_jchen(config: Config, english: str) -> None:
    """mlopez's approval of the entry is held back (four-eyes); jchen's goes through."""
    with editing(config, "es", SLUG) as work:
        outcome = approve_entries(work.catalog, work.ledger, config, "mlopez", [_entry(work.catalog, english)])
        assert not outcome.approved
        assert "another reviewer must approve it" in outcome.held[0][1]
    with editing(config, "es", SLUG) as work:
        outcome = approve_entries(work.catalog, work.ledger, config, "jchen", [_entry(work.catalog, english)])
        work.po_changed = outcome.po_changed
        assert outcome.approved


def retitle(config: Config, old: str, new: str) -> str:
    """Change the leaflet's title in the English and run: the entry becomes a draft under ``new``, ``#|`` naming ``old``."""
    source = config.source_path(SLUG)
    source.write_text(source.read_text(encoding="utf-8").replace(f"# {old}\n", f"# {new}\n", 1), encoding="utf-8")
    stages.run(config)
    return new


def test_an_editor_cannot_approve_their_edit_once_the_english_changed(make_project):
    config = make_project(["es"])
    mlopez_edits_the_title(config)
    # The English is corrected: the entry becomes a draft under its new English, and the edit
    # stays filed under the old one, which the PO names in its #| lines.
    changed = retitle(config, ENGLISH, "Magnesium Infusions Explained")
    with editing(config, "es", SLUG) as work:
        message = _entry(work.catalog, changed)
        assert message.fuzzy and message.previous_id == [ENGLISH]
        assert author_of(message, work.ledger, config) == "mlopez"  # the queue and the review page say so
    held_for_mlopez_then_approved_by_jchen(config, changed)
    assert load_ledger(config, "es", SLUG).approvals[changed].source == "edit:mlopez"
    assert state(config, changed) is ReviewState.APPROVED


def test_an_editor_cannot_approve_their_edit_after_the_english_changed_twice(make_project):
    config = make_project(["es"])
    mlopez_edits_the_title(config)
    retitle(config, ENGLISH, "Magnesium Infusions Explained")
    changed = retitle(config, "Magnesium Infusions Explained", "Magnesium Infusions Today")
    with editing(config, "es", SLUG) as work:
        message = _entry(work.catalog, changed)
        # the #| lines still name the English mlopez's words were written for, as msgmerge keeps them
        assert message.previous_id == [ENGLISH]
        outcome = approve_entries(work.catalog, work.ledger, config, "mlopez", [message])
        assert not outcome.approved and "another reviewer must approve it" in outcome.held[0][1]
    # One character of mlopez's words changed in a PO editor: still theirs.
    po = config.po_path("es", SLUG)
    po.write_text(po.read_text(encoding="utf-8").replace("Infusiones de magnesio", "Infusiones de magnesio."), "utf-8")
    with editing(config, "es", SLUG) as work:
        message = _entry(work.catalog, changed)
        assert message.string.endswith(".") and author_of(message, work.ledger, config) == "mlopez"
        outcome = approve_entries(work.catalog, work.ledger, config, "mlopez", [message])
        assert not outcome.approved and "another reviewer must approve it" in outcome.held[0][1]


def test_an_editor_cannot_approve_a_variant_of_their_edit_once_a_po_editor_dropped_the_previous_msgid(make_project):
    config = make_project(["es"])
    mlopez_edits_the_title(config)
    changed = retitle(config, ENGLISH, "Magnesium Infusions Explained")
    # The translator finishes the entry in a PO editor (Poedit drops #| with the fuzzy mark) and
    # changes a character: nothing in the PO names the English mlopez's edit is filed under.
    path = config.po_path("es", SLUG)
    catalog = read_catalog(path)
    message = _entry(catalog, changed)
    message.previous_id, message.string = [], message.string + "."
    message.flags.discard("fuzzy")
    write_catalog(path, catalog)
    held_for_mlopez_then_approved_by_jchen(config, changed)


def test_an_editor_may_approve_other_words_like_those_of_a_paragraph_they_edited_that_was_deleted(make_project):
    config = make_project(["es"])
    stages.run(config)
    source = config.source_path(SLUG)
    pump = "A magnesium solution is infused via a pump connected to fine tubing attached to a needle"
    twin = pump.replace("a pump", "a small pump")  # a second paragraph much like it, there all along
    text = source.read_text(encoding="utf-8")
    paragraph = next(line for line in text.split("\n") if line.startswith(pump))
    source.write_text(text.replace(paragraph, f"{paragraph}\n\n{paragraph.replace(pump, twin)}"), encoding="utf-8")
    stages.run(config)
    translate_all(config, "es", lambda english: f"[es] {english}")
    with editing(config, "es", SLUG) as work:
        assert edit_entry(work.catalog, work.ledger, config, "mlopez", _entry(work.catalog, paragraph), "Bomba.")
        work.po_changed = True
    source.write_text(source.read_text(encoding="utf-8").replace(f"{paragraph}\n\n", ""), encoding="utf-8")
    stages.run(config)  # mlopez's paragraph deleted: its words stay as an obsolete entry
    with editing(config, "es", SLUG) as work:
        outcome = approve_entries(work.catalog, work.ledger, config, "mlopez",
                                  [_entry(work.catalog, paragraph.replace(pump, twin))], override=STAND_IN)
        work.po_changed = outcome.po_changed
        assert outcome.approved, outcome.held


def later(monkeypatch, days: int) -> None:
    """The review tools' clock, ``days`` after the fixed "now" of the tests: records made in turn."""
    monkeypatch.setattr(ledger_module, "now", lambda: clock.now() + dt.timedelta(days=days))


def test_an_editor_cannot_approve_their_edit_once_the_english_is_changed_back(make_project, monkeypatch):
    config = make_project(["es"])
    stages.run(config)
    with editing(config, "es", SLUG) as work:
        edit_entry(work.catalog, work.ledger, config, "jchen", _entry(work.catalog, ENGLISH), "Infusiones de magnesio")
        work.po_changed = True
    changed = retitle(config, ENGLISH, "Magnesium Infusions Explained")
    later(monkeypatch, 1)
    with editing(config, "es", SLUG) as work:
        edit_entry(work.catalog, work.ledger, config, "mlopez", _entry(work.catalog, changed),
                   "Infusiones de magnesio explicadas")
        work.po_changed = True
    retitle(config, changed, ENGLISH)  # back as it was: jchen's old edit is filed under this English
    with editing(config, "es", SLUG) as work:
        message = _entry(work.catalog, ENGLISH)
        assert author_of(message, work.ledger, config) == "mlopez"  # the later edit, not the one under this key
        outcome = approve_entries(work.catalog, work.ledger, config, "mlopez", [message])
        assert not outcome.approved and "another reviewer must approve it" in outcome.held[0][1]
    with editing(config, "es", SLUG) as work:  # jchen's words are gone: jchen may approve mlopez's
        outcome = approve_entries(work.catalog, work.ledger, config, "jchen", [_entry(work.catalog, ENGLISH)])
        work.po_changed = outcome.po_changed
        assert outcome.approved


def test_an_approval_stands_when_its_reviewer_later_writes_the_same_words_elsewhere(make_project, monkeypatch):
    config = make_project(["es"])
    stages.run(config)
    spanish_approved(config)  # by mlopez, of words from outside the tools
    assert state(config, ENGLISH) is ReviewState.APPROVED
    later(monkeypatch, 1)
    with editing(config, "es", SLUG) as work:
        other = next(m for m in messages(work.catalog) if m.id != ENGLISH and isinstance(m.id, str))
        edit_entry(work.catalog, work.ledger, config, "mlopez", other, f"[es] {ENGLISH}")
        work.po_changed = True
    assert state(config, ENGLISH) is ReviewState.APPROVED
    assert not [p for p in check(config).problems if "four-eyes" in p.message]


def test_an_edit_signed_with_a_key_since_taken_off_the_list_still_holds_its_editor_back(make_project, tmp_path):
    config = make_project(["es"])
    mlopez_edits_the_title(config)
    # mlopez lost their laptop: the old key is taken off the list (docs/review.md), a new one listed
    new_key = make_key(tmp_path, "mlopez-new")
    config = _with_reviewers(config, f'key = "{new_key.with_suffix(".pub").read_text(encoding="utf-8").strip()}"')
    with editing(config, "es", SLUG) as work:
        message = _entry(work.catalog, ENGLISH)
        assert author_of(message, work.ledger, config) is None  # the edit's signature no longer verifies
        outcome = approve_entries(work.catalog, work.ledger, config, "mlopez", [message],
                                  signer=FileSigner.load(new_key))
        assert not outcome.approved
        assert "another reviewer must approve it" in outcome.held[0][1]
    assert state(config, ENGLISH) is ReviewState.TRANSLATED


def test_approvals_of_own_edits_stop_counting_when_the_four_eyes_rule_is_back_on(make_project):
    config = make_project(["es"], extra="[tool.leaflets.review]\napprove_own_edits = true")
    mlopez_edits_the_title(config)
    with editing(config, "es", SLUG) as work:
        outcome = approve_entries(work.catalog, work.ledger, config, "mlopez", [_entry(work.catalog, ENGLISH)])
        work.po_changed = outcome.po_changed
        assert outcome.approved
    assert load_ledger(config, "es", SLUG).approvals[ENGLISH].own_edit
    assert state(config, ENGLISH) is ReviewState.APPROVED
    write_pyproject(config.root, ["es"])  # the project goes back to the four-eyes rule
    config = load_config(config.root)
    assert state(config, ENGLISH) is ReviewState.TRANSLATED
    catalog = read_catalog(config.po_path("es", SLUG))
    assert ENGLISH not in approved_keys(catalog, load_ledger(config, "es", SLUG), config)
    # The queue and the check say why the approval no longer counts.
    why = "mlopez edited these words and the four-eyes rule holds"
    entry = next(e for e in entries_of(config, "es", SLUG, catalog, load_ledger(config, "es", SLUG))
                 if e.key == ENGLISH)
    assert entry.void.startswith(why)
    assert any(why in p.message and "the approval does not count" in p.message for p in check(config).problems)
    # An approval of one's own edit signed by a script, saying it is not one, counts no more.
    ledger = load_ledger(config, "es", SLUG)
    unsigned = replace(ledger.approvals[ENGLISH], own_edit=False, signature="", batch="")
    ledger.approvals[ENGLISH] = replace(
        unsigned, signature=sign(statement(ledger, ENGLISH, unsigned), FileSigner.load(KEYS["mlopez"])))
    ledger.save()
    assert signature_fault(config, load_ledger(config, "es", SLUG), ENGLISH, ledger.approvals[ENGLISH]) is None
    assert state(config, ENGLISH) is ReviewState.TRANSLATED


def test_an_unsigned_edit_record_names_no_author(make_project):
    config = make_project(["es"])
    mlopez_edits_the_title(config)
    ledger_path = config.ledger_path("es", SLUG)
    document = json.loads(ledger_path.read_text(encoding="utf-8"))
    document["edits"][ENGLISH]["editor"] = "jchen"  # mlopez claims jchen wrote it, to approve it themselves
    ledger_path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    with editing(config, "es", SLUG) as work:
        outcome = approve_entries(work.catalog, work.ledger, config, "mlopez", [_entry(work.catalog, ENGLISH)])
        work.po_changed = outcome.po_changed
    # the approval counts, but it says the text came from outside the tools: mlopez signed they did not write it
    approval = load_ledger(config, "es", SLUG).approvals[ENGLISH]
    assert approval.source == "outside" and not approval.own_edit


def _old_style_draft(config: Config) -> Path:
    """ENGLISH drafted by Apertium, fuzzy, under a marker from before words were tagged; the catalogue's path."""
    path = config.po_path("es", SLUG)
    catalog = read_catalog(path)
    message = _entry(catalog, ENGLISH)
    message.string, message.user_comments = "Infusiones de magnesio", ["leaflets-draft: engine=apertium date=2026-01-05"]
    message.flags.add("fuzzy")
    write_catalog(path, catalog)
    return path


def test_a_machine_draft_approval_names_its_engine(make_project):
    config = make_project(["es"])
    stages.run(config)
    path = _old_style_draft(config)
    with editing(config, "es", SLUG) as work:
        outcome = approve_entries(work.catalog, work.ledger, config, "mlopez", [_entry(work.catalog, ENGLISH)])
        work.po_changed = outcome.po_changed
    assert load_ledger(config, "es", SLUG).approvals[ENGLISH].source == "engine:apertium"
    # A marker from before words were tagged told the engine's words by the fuzzy flag alone, which approving
    # clears: the review page then said "from the PO file, by no known author". It is tagged as the flag goes.
    catalog, ledger = read_catalog(path), load_ledger(config, "es", SLUG)
    approved = _entry(catalog, ENGLISH)
    assert not approved.fuzzy and state(config, ENGLISH) is ReviewState.APPROVED
    assert approved.user_comments == [draft_comment("apertium", dt.date(2026, 1, 5), "Infusiones de magnesio")]
    assert text_source(approved, ledger, config) == "engine:apertium"
    (entry,) = [e for e in entries_of(config, "es", SLUG, catalog, ledger) if e.key == ENGLISH]
    assert entry.draft is not None and entry.draft.engine == "apertium"
    # Edited in the review tools instead, its words are the editor's: the tag is of the engine's words.
    _old_style_draft(config)
    with editing(config, "es", SLUG) as work:
        assert edit_entry(work.catalog, work.ledger, config, "jchen", _entry(work.catalog, ENGLISH),
                          "Infusión de magnesio")
        work.po_changed = True
    catalog, ledger = read_catalog(path), load_ledger(config, "es", SLUG)
    edited = _entry(catalog, ENGLISH)
    assert edited.user_comments == [draft_comment("apertium", dt.date(2026, 1, 5), "Infusiones de magnesio")]
    assert text_source(edited, ledger, config) == "edit:jchen"


def test_unsigned_approvals_are_listed_for_resigning_unless_the_project_opts_out(make_project):
    config = make_project(["es"])
    spanish_approved_before_signatures(config, "source", "checks")
    report = check(config)
    assert not report.passes
    assert any("unsigned: the approval does not count; the reviewer signs it with leaflets review resign"
               in p.message for p in report.problems)
    write_pyproject(config.root, ["es"], extra="\n[tool.leaflets.review]\nsignatures = false\n")
    opted_out = load_config(config.root)
    assert state(opted_out, ENGLISH) is ReviewState.APPROVED
    report = check(opted_out)
    assert not [p for p in report.problems if "does not count" in p.message]
    assert not any(s.void_approvals for s in report.languages)
    assert any("signatures = false" in n.message for n in report.notices)
    assert not any("has no key" in n.message for n in report.notices)  # without signatures none is needed


def test_a_reviewer_listed_without_a_key_is_named_by_the_gate_before_they_try_to_sign(make_project):
    """The first approval failed; check said nothing about it (a reviewer copied from an example without a key)."""
    config = make_project(["es"])
    assert not any("has no key" in n.message for n in check(config).notices)
    write_pyproject(config.root, ["es"], extra='\n[[tool.leaflets.reviewers]]\nid = "jdoe"\nname = "Dr J. Doe"\n'
                                              'role = "nurse"\nlanguages = ["es"]\n')
    report = check(load_config(config.root))
    assert [str(n) for n in report.notices if "has no key" in n.message] == [(
        "pyproject.toml: reviewer 'jdoe' has no key: they cannot approve, reject or edit until their public key is "
        'listed (key = "ssh-ed25519 …", docs/review.md)')]


def _cli(config: Config, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", "-C", str(config.root), *args], capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})}, check=False)


def test_the_cli_signs_with_key_or_the_environment_and_refuses_another_key(make_project):
    config = make_project(["es"])
    stages.run(config)
    translate_all(config, "es", lambda english: f"[es] {english}")
    wrong = _cli(config, "review", "approve", "--yes", "Magnesium", "--lang", "es", "--reviewer", "mlopez",
                 "--key", str(KEYS["jchen"]))
    assert wrong.returncode == 1 and "is not the key listed for mlopez" in wrong.stderr
    no_agent = {"SSH_AUTH_SOCK": "", "LEAFLETS_SIGNING_KEY": str(KEYS["mlopez"])}
    done = _cli(config, "review", "approve", "--yes", "Magnesium", "--lang", "es", "--reviewer", "mlopez", env=no_agent)
    assert done.returncode == 0, done.stderr
    assert state(config, ENGLISH) is ReviewState.APPROVED


def test_resign_signs_only_your_own_unsigned_approvals_after_the_preview(make_project):
    config = make_project(["es"])
    document = spanish_approved_before_signatures(config)
    count = len(document["approvals"])
    refused = _cli(config, "review", "resign", "--lang", "es", "--reviewer", "mlopez")
    assert refused.returncode == 1 and "needs its in-context preview first" in refused.stderr
    assert _cli(config, "review", "preview", "--lang", "es").returncode == 0
    others = _cli(config, "review", "resign", "--lang", "es", "--reviewer", "jchen")
    assert others.returncode == 0 and "0 approvals signed by jchen" in others.stdout
    assert state(config, ENGLISH) is ReviewState.TRANSLATED
    # each approval is listed first, and without a terminal to confirm at nothing is signed unless --yes
    unconfirmed = _cli(config, "review", "resign", "--lang", "es", "--reviewer", "mlopez")
    assert unconfirmed.returncode == 1 and "pass --yes after reading the list" in unconfirmed.stderr
    assert "Magnesium Infusions" in unconfirmed.stdout + unconfirmed.stderr
    assert state(config, ENGLISH) is ReviewState.TRANSLATED
    done = _cli(config, "review", "resign", "--lang", "es", "--reviewer", "mlopez", "--yes")
    assert done.returncode == 0, done.stderr
    # those overriding the checks' errors (the stand-in words have some) are approved again, with --override
    overriding = {key for key, record in document["approvals"].items() if record.get("override")}
    assert 0 < len(overriding) < count
    assert f"{count - len(overriding)} approvals signed by mlopez" in done.stdout
    assert state(config, ENGLISH) is ReviewState.APPROVED
    assert len([p for p in check(config).problems if "does not count" in p.message]) == len(overriding)
    assert load_ledger(config, "es", SLUG).approvals[ENGLISH].preview


def test_resign_says_which_approvals_it_holds_back_and_why(make_project):
    config = make_project(["es"])
    stages.run(config)
    translate_all(config, "es", lambda english: f"[es] {english}")
    mlopez_edits_the_title(config)
    catalog = read_catalog(config.po_path("es", SLUG))
    ledger = load_ledger(config, "es", SLUG)
    assert approve(catalog, ledger, config, "mlopez", override=STAND_IN)  # the low-level call holds nothing back
    ledger.save()
    ledger_path = config.ledger_path("es", SLUG)
    document = json.loads(ledger_path.read_text(encoding="utf-8"))
    for record in document["approvals"].values():  # approvals from before signatures
        record.pop("batch", None)
        record.pop("signature", None)
    document.pop("batches", None)
    title = _entry(catalog, ENGLISH)  # and one of the words mlopez edited (the review tools never record it)
    assert ENGLISH not in document["approvals"]
    document["approvals"][ENGLISH] = {**next(iter(document["approvals"].values())),
                                      "english_sha256": sha256(ENGLISH), "translation_sha256": sha256(title.string)}
    ledger_path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    changed = next(m.id for m in messages(catalog) if m.id != ENGLISH)
    path = config.po_path("es", SLUG)
    catalog = read_catalog(path)
    _entry(catalog, changed).string = "otras palabras"
    write_catalog(path, catalog)
    assert _cli(config, "review", "preview", "--lang", "es").returncode == 0
    done = _cli(config, "review", "resign", "--lang", "es", "--reviewer", "mlopez", "--yes")
    assert done.returncode == 0, done.stderr
    said = done.stdout + done.stderr
    count = len(document["approvals"])
    overriding = {key for key, record in document["approvals"].items() if record.get("override")}
    assert f"{count - len(overriding | {ENGLISH, changed})} approvals signed by mlopez" in said
    assert "which needs your signature on the finding itself: approve it again with --override" in said
    assert "not signed: Magnesium Infusions: mlopez edited these words" in said and "another reviewer must" in said
    assert f"not signed: {changed[:20]}" in said and "the words changed since" in said
    assert "no longer match" not in said
    assert state(config, ENGLISH) is ReviewState.TRANSLATED


def test_an_approval_made_without_the_checks_publishes_no_recorded_error_it_did_not_override(make_project):
    config = make_project(["es"], extra="publish_threshold = 0.1")
    stages.run(config)
    path = config.po_path("es", SLUG)
    catalog = read_catalog(path)
    message = _entry(catalog, ENGLISH)
    message.string = "Infusiones de magnesio"
    message.user_comments = [check_comment(message, message.string, "units", "110 mmol/L is missing")]
    write_catalog(path, catalog)
    catalog = read_catalog(path)
    ledger = load_ledger(config, "es", SLUG)
    assert approve(catalog, ledger, config, "mlopez")  # the low-level call holds nothing back
    ledger.save()
    assert state(config, ENGLISH) is ReviewState.TRANSLATED
    stages.run(config)
    assert not config.mo_path("es", SLUG).exists()
    with editing(config, "es", SLUG) as work:
        outcome = approve_entries(work.catalog, work.ledger, config, "mlopez", [_entry(work.catalog, ENGLISH)],
                                  override="dose checked against the pharmacy chart")
        work.po_changed = outcome.po_changed
    assert state(config, ENGLISH) is ReviewState.APPROVED
    assert load_ledger(config, "es", SLUG).approvals[ENGLISH].overridden == ("units",)


def test_credits_name_the_engine_of_an_approved_draft_and_the_people_and_checkers(make_project):
    config = make_project(["es"])
    stages.run(config)
    path = config.po_path("es", SLUG)
    catalog = read_catalog(path)
    draft = _entry(catalog, ENGLISH)
    draft.string, draft.user_comments = "Infusiones de magnesio", ["leaflets-draft: engine=apertium date=2026-01-05"]
    draft.flags.add("fuzzy")
    _entry(catalog, "Will the injection hurt?").string = "¿Dolerá la inyección?"
    write_catalog(path, catalog)
    with editing(config, "es", SLUG) as work:
        outcome = approve_entries(work.catalog, work.ledger, config, "mlopez", [_entry(work.catalog, ENGLISH)])
        work.po_changed = outcome.po_changed
    with editing(config, "es", SLUG) as work:
        approve_entries(work.catalog, work.ledger, config, "jchen", [_entry(work.catalog, "Will the injection hurt?")])
    catalog = read_catalog(path)
    ledger = load_ledger(config, "es", SLUG)
    credits = credits_of(catalog, ledger, config, approved_keys(catalog, ledger, config))
    assert credits.engines == ("apertium",) and credits.by_people
    assert [r.id for r in credits.checkers] == ["jchen", "mlopez"]  # in the order the project lists them


@pytest.mark.parametrize("fuzzy", [True, False])
def test_whose_words_an_approval_records_follows_the_drafts_words_tag_not_the_fuzzy_flag(make_project, fuzzy):
    """A person's words left fuzzy under an old draft marker are theirs; a draft whose flag a translator
    cleared without touching its words is the engine's. The credit line patients read says so."""
    config = make_project(["es"])
    stages.run(config)
    path = config.po_path("es", SLUG)
    catalog = read_catalog(path)
    machine, person = _entry(catalog, ENGLISH), _entry(catalog, "Will the injection hurt?")
    machine.string = "Infusiones de magnesio"
    machine.user_comments = [draft_comment("apertium", dt.date(2026, 1, 5), machine.string)]
    person.string = "¿Me dolerá la inyección?"  # rewritten in Weblate over the draft, kept (or marked) fuzzy
    person.user_comments = [draft_comment("apertium", dt.date(2026, 1, 5), "¿Dolerá la inyección?")]
    for message in (machine, person):
        message.flags.discard("fuzzy")
        if fuzzy:
            message.flags.add("fuzzy")
    write_catalog(path, catalog)
    labels = {e.english: e.label for e in entries_of(config, "es", SLUG, read_catalog(path),
                                                      load_ledger(config, "es", SLUG))}
    assert labels["Will the injection hurt?"] != "Machine draft"
    assert (labels[ENGLISH] == "Machine draft") is fuzzy
    with editing(config, "es", SLUG) as work:
        outcome = approve_entries(work.catalog, work.ledger, config, "jchen",
                                  [_entry(work.catalog, ENGLISH), _entry(work.catalog, "Will the injection hurt?")])
        work.po_changed = outcome.po_changed
    ledger = load_ledger(config, "es", SLUG)
    assert ledger.approvals[ENGLISH].source == "engine:apertium"
    assert ledger.approvals["Will the injection hurt?"].source == "outside"
    catalog = read_catalog(path)
    credits = credits_of(catalog, ledger, config, approved_keys(catalog, ledger, config))
    assert credits.engines == ("apertium",) and credits.by_people


def test_resign_shows_the_words_and_never_signs_an_override_it_did_not_see_given(make_project):
    config = make_project(["es"])
    document = spanish_approved_before_signatures(config)
    ledger_path = config.ledger_path("es", SLUG)
    # Someone with write access to the repository puts words with a dropped "not" under mlopez's name,
    # with an unsigned override of the negation check.
    negated = next(key for key in document["approvals"] if " not " in key)
    path = config.po_path("es", SLUG)
    catalog = read_catalog(path)
    _entry(catalog, negated).string = "Puede conducir."
    write_catalog(path, catalog)
    document["approvals"][negated].update(
        translation_sha256=sha256("Puede conducir."), override="confirmed with the pharmacist by phone",
        overridden=["negation"], overridden_findings=[f"negation: {finding}" for finding in
                                                      negation(negated, "Puede conducir.", "es", None)])
    ledger_path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    assert _cli(config, "review", "preview", "--lang", "es").returncode == 0
    done = _cli(config, "review", "resign", "--lang", "es", "--reviewer", "mlopez", "--yes")
    assert done.returncode == 0, done.stderr
    assert "→  Puede conducir." in done.stdout  # the reviewer reads the words before signing them
    assert "it overrides the checks (“confirmed with the pharmacist by phone”)" in done.stderr
    assert state(config, negated) is ReviewState.TRANSLATED
    assert state(config, ENGLISH) is ReviewState.APPROVED  # the others are signed
    stages.run(config)
    page = config.output_path("es", SLUG, ".html")
    assert not page.exists() or "Puede conducir." not in page.read_text(encoding="utf-8")


def test_the_cli_approves_a_rejected_entry_only_when_told_to_overrule_the_rejection(make_project):
    config = make_project(["es"])
    stages.run(config)
    translate_all(config, "es", lambda english: f"[es] {english}")
    rejected = _cli(config, "review", "reject", ENGLISH, "--lang", "es", "--reviewer", "jchen",
                    "--key", str(KEYS["jchen"]), "--reason", "wrong tone here")
    assert rejected.returncode == 0, rejected.stderr
    unsaid = _cli(config, "review", "approve", "--yes", ENGLISH, "--lang", "es", "--reviewer", "mlopez",
                  "--key", str(KEYS["mlopez"]))
    assert unsaid.returncode == 1 and "jchen rejected these words (“wrong tone here”)" in unsaid.stderr
    assert state(config, ENGLISH) is ReviewState.REJECTED
    many = _cli(config, "review", "approve", "--yes", "W", "--lang", "es", "--reviewer", "mlopez",
                "--key", str(KEYS["mlopez"]), "--overrule-rejection")
    assert many.returncode == 1 and "--overrule-rejection covers one entry at a time" in many.stderr
    said = _cli(config, "review", "approve", "--yes", ENGLISH, "--lang", "es", "--reviewer", "mlopez",
                "--key", str(KEYS["mlopez"]), "--overrule-rejection")
    assert said.returncode == 0, said.stderr
    assert state(config, ENGLISH) is ReviewState.APPROVED


def test_resign_holds_back_an_approval_the_checks_would_void_once_signed(make_project):
    config = make_project(["es"])
    document = spanish_approved_before_signatures(config)
    overriding = [key for key, record in document["approvals"].items() if record.get("override")]
    for key in overriding:  # approved before the checks found anything in these stand-in words
        for name in ("override", "overridden", "overridden_findings"):
            document["approvals"][key].pop(name, None)
    config.ledger_path("es", SLUG).write_text(json.dumps(document, indent=2), encoding="utf-8")
    assert _cli(config, "review", "preview", "--lang", "es").returncode == 0
    done = _cli(config, "review", "resign", "--lang", "es", "--reviewer", "mlopez", "--yes")
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("the checks find errors in these words now") == len(overriding) > 0
    assert f"{len(document['approvals']) - len(overriding)} approvals signed by mlopez" in done.stdout
    ledger = load_ledger(config, "es", SLUG)
    assert all(not is_signed(ledger.approvals[key]) for key in overriding)


def test_a_previous_msgid_typed_by_hand_does_not_hide_an_editors_own_edit(make_project, monkeypatch):
    config = make_project(["es"])
    mlopez_edits_the_title(config)
    later(monkeypatch, 1)
    with editing(config, "es", SLUG) as work:  # jchen then writes another entry's words
        other = next(m for m in messages(work.catalog) if m.id != ENGLISH and isinstance(m.id, str))
        edit_entry(work.catalog, work.ledger, config, "jchen", other, "Otra traducción")
        work.po_changed = True
    # In a PO editor, mlopez changes her words and types a #| naming the entry jchen edited later
    path = config.po_path("es", SLUG)
    catalog = read_catalog(path)
    title = _entry(catalog, ENGLISH)
    title.string, title.previous_id = "No infusiones de magnesio", [other.id]
    write_catalog(path, catalog)
    with editing(config, "es", SLUG) as work:
        message = _entry(work.catalog, ENGLISH)
        assert message.previous_id == [other.id]
        outcome = approve_entries(work.catalog, work.ledger, config, "mlopez", [message], override=STAND_IN)
        assert not outcome.approved and "another reviewer must approve it" in outcome.held[0][1]


@pytest.mark.parametrize(("reviewer", "fault"), [
    ("ghost", "'ghost' is not listed for es in [[tool.leaflets.reviewers]]"),
    ("jchen", "unsigned"),  # typed into the ledger in jchen's name
])
def test_a_rejection_no_listed_reviewer_signed_holds_the_words_back_and_check_names_it(make_project, reviewer, fault):
    config = make_project(["es"])
    stages.run(config)
    spanish_approved(config)
    assert state(config, ENGLISH) is ReviewState.APPROVED
    assert not [p for p in check(config).problems if p.message.startswith("rejection of")]
    path = config.ledger_path("es", SLUG)
    document = json.loads(path.read_text(encoding="utf-8"))
    record = document["approvals"][ENGLISH]
    document["rejections"] = {ENGLISH: {"english_sha256": record["english_sha256"], "reason": "r",
                                        "translation_sha256": record["translation_sha256"], "reviewer": reviewer,
                                        "rejected_at": "2026-12-01T00:00:00+00:00"}}
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    assert state(config, ENGLISH) is not ReviewState.APPROVED  # failing closed
    report = check(config)
    named = [p for p in report.problems if p.message.startswith(f"rejection of {ENGLISH!r} by {reviewer}: {fault}:")]
    assert not report.passes and len(named) == 1
    lines = path.read_text(encoding="utf-8").splitlines()
    rejections_at = next(n for n, text in enumerate(lines, start=1) if '"rejections"' in text)
    assert named[0].line == next(n for n, text in enumerate(lines, start=1)
                                 if n > rejections_at and text.strip().startswith(f'"{ENGLISH}"'))


def test_a_translation_gettext_cannot_compile_is_not_approved_even_with_an_override(make_project):
    config = make_project(["es"])
    stages.run(config)
    path = config.po_path("es", SLUG)
    catalog = read_catalog(path)
    title = _entry(catalog, ENGLISH)
    title.string = "Infusiones de magnesio\n"  # a stray line break at the end: msgfmt --check refuses the file
    title.flags.add("fuzzy")
    write_catalog(path, catalog)
    with editing(config, "es", SLUG) as work:
        outcome = approve_entries(work.catalog, work.ledger, config, "jchen", [_entry(work.catalog, ENGLISH)],
                                  override="the line break was reviewed and is harmless")
        work.po_changed = outcome.po_changed
    assert not outcome.approved
    assert "msgfmt refuses to compile the whole catalogue" in outcome.held[0][1]
    assert _entry(read_catalog(path), ENGLISH).fuzzy  # still a draft: msgfmt skips it


def test_a_rejection_by_a_listed_reviewer_is_not_named_when_the_project_signs_nothing(make_project):
    config = make_project(["es"], extra="\n[tool.leaflets.review]\nsignatures = false\n")
    stages.run(config)
    spanish_approved(config)
    with editing(config, "es", SLUG) as work:
        reject_entry(work.catalog, work.ledger, config, "jchen", _entry(work.catalog, ENGLISH), "wrong register")
        work.po_changed = True
    assert state(config, ENGLISH) is ReviewState.REJECTED
    assert not [p for p in check(config).problems if p.message.startswith("rejection of")]
