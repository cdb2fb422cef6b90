"""Defence in depth: an entry with a check error is published only under a signed override of that very finding.

An approval records the fingerprint of the checks its reviewer's tools ran
(pipeline.checks.rules.checks_fingerprint). Under the same fingerprint the
approval rule trusts the findings it saw; under another (an edited one, an
approval from before a checks or glossary change, none at all) it runs the
checks again on the words as they are, at build, check, queue and preview alike.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace

import pytest

from pipeline.catalogs.markers import check_comment
from pipeline.catalogs.po import key_of, messages, read_catalog, sha256, write_catalog
from pipeline.checks import lexicon, rules
from pipeline.checks.rules import Finding, Severity, checks_fingerprint
from pipeline.core.clock import now
from pipeline.core.config import Config
from pipeline.core.signing import FileSigner, sign
from pipeline.review.ledger import (
    Approval,
    ReviewState,
    approve,
    build_queue,
    checks_in_use,
    covers,
    english_of,
    load_ledger,
    state_of,
    statement,
)
from pipeline.run import stages
from pipeline.run.gate import check
from tests.conftest import KEYS, REPO, SLUG, STAND_IN, approve_all, translate_all

SERUM = "Patients with severe heart failure"  # its English says 110mmol/L


def serum_texts(config: Config) -> tuple[str, str]:
    """The stand-in translation of the SERUM entry, which passes the checks, and one that says 11mmol/L."""
    catalog = read_catalog(config.po_path("es", SLUG))
    english = next(m.id for m in messages(catalog) if m.id.startswith(SERUM))
    return f"[es] {english}", f"[es] {english}".replace("110mmol/L", "11mmol/L")


def spanish_published(config: Config) -> None:
    stages.run(config)
    translate_all(config, "es", lambda english: f"[es] {english}")
    assert approve_all(config, "es", reviewer="mlopez") == 24  # overriding what the stand-in text trips
    stages.run(config)
    assert config.mo_path("es", SLUG).exists()


def entry_state(config: Config, start: str) -> ReviewState:
    catalog = read_catalog(config.po_path("es", SLUG))
    message = next(m for m in messages(catalog) if m.id.startswith(start))
    return state_of(message, load_ledger(config, "es", SLUG), config)


def signed_approval(config: Config, start: str, text: str, **fields) -> None:
    """Put ``text`` in the PO and mlopez's signed approval of it, with ``fields``, in the ledger (a single record)."""
    path = config.po_path("es", SLUG)
    catalog = read_catalog(path)
    message = next(m for m in messages(catalog) if m.id.startswith(start))
    message.string = text
    write_catalog(path, catalog)
    ledger = load_ledger(config, "es", SLUG)
    record = Approval(english_sha256=sha256(english_of(message)), translation_sha256=sha256(text),
                      reviewer="mlopez", role="clinical nurse consultant", approved_at=now().isoformat(),
                      source="outside", **fields)
    key = key_of(message)
    ledger.approvals[key] = replace(record, signature=sign(statement(ledger, key, record),
                                                           FileSigner.load(KEYS["mlopez"])))
    ledger.save()


def blocked_at(config: Config, start: str) -> list[str]:
    """What `leaflets check` says about an approval a check error keeps from counting, at that entry."""
    return [str(p) for p in check(config).problems
            if "does not override the check error" in p.message and start in p.message]


def test_a_forged_text_approved_under_an_edited_checks_fingerprint_is_not_published(make_project):
    config = make_project(["es"])
    spanish_published(config)
    right, forged = serum_texts(config)
    edited = "0" * 64  # a statement signed as if the checks had run and passed
    signed_approval(config, SERUM, forged, checks=edited)
    ledger = load_ledger(config, "es", SLUG)
    assert checks_in_use(config, ledger)[1] != edited
    assert entry_state(config, SERUM) is not ReviewState.APPROVED
    stages.run(config)
    assert not config.mo_path("es", SLUG).exists()  # withdrawn: one block is no longer approved
    assert not [p for p in config.output_dir.rglob("*.html") if "11mmol/L" in p.read_text(encoding="utf-8")]
    said = blocked_at(config, SERUM)
    assert len(said) == 2, said  # the number lost and the number added, each named at the entry
    assert all(line.startswith(f"locales/es/LC_MESSAGES/{SLUG}.po:") for line in said)
    assert any("check error numbers: the English has 110; the translation does not" in line for line in said)
    # the queue and the review page say why the recorded approval does not count
    (waiting,) = [e for e in build_queue(config, ["es"], [SLUG], set(ReviewState)).entries if e.english.startswith(SERUM)]
    assert waiting.state is ReviewState.TRANSLATED and "does not override the check error numbers" in waiting.void
    # the checks run again on words they pass: the edited fingerprint alone does not hold an approval back
    signed_approval(config, SERUM, right, checks=edited)
    assert entry_state(config, SERUM) is ReviewState.APPROVED


def test_an_approval_made_before_a_glossary_change_is_checked_again(make_project):
    config = make_project(["es"])
    spanish_published(config)
    before = checks_in_use(config)[1]
    (config.root / "glossary.toml").write_text(
        '[[term]]\nenglish = "magnesium"\ndrug = true\ntranslations = {es = "magnesio"}\n', encoding="utf-8")
    assert checks_in_use(config)[1] != before  # the glossary decides findings: it is in the fingerprint
    assert entry_state(config, "Magnesium Infusions") is not ReviewState.APPROVED
    stages.run(config)
    assert not config.mo_path("es", SLUG).exists()
    said = blocked_at(config, "Magnesium Infusions")
    assert said and all("magnesio" in line for line in said), said
    # approved again, under the checks as they are now, overriding what they find: published again
    assert approve_all(config, "es", reviewer="mlopez") > 0
    stages.run(config)
    assert config.mo_path("es", SLUG).exists()


def test_a_checks_change_changes_the_fingerprint(monkeypatch):
    before = checks_fingerprint()
    monkeypatch.setattr(rules, "RULES_VERSION", rules.RULES_VERSION + 1)
    assert checks_fingerprint() != before


@pytest.mark.parametrize("table", sorted(name for name in vars(lexicon) if name.isupper() and not name.startswith("_")))
def test_every_lexicon_table_is_in_the_fingerprint(monkeypatch, table):
    """A word list changed (a number word, a joiner, a pole) changes what the checks find: approvals under
    the old lists have the checks run again."""
    before = checks_fingerprint()
    monkeypatch.setattr(lexicon, table, ("a list changed",))
    assert checks_fingerprint() != before


def test_an_override_of_another_finding_does_not_cover_this_one(make_project):
    config = make_project(["es"])
    spanish_published(config)
    text, wrong = serum_texts(config)
    # an approval from before the checks' fingerprint was recorded, overriding a units error: this text's
    # errors are of numbers, found when the rule runs the checks again
    signed_approval(config, SERUM, wrong, override="units checked with the pharmacy", overridden=("units",))
    assert entry_state(config, SERUM) is not ReviewState.APPROVED
    assert any("check error numbers: the English has 110" in line for line in blocked_at(config, SERUM))
    # overriding the numbers error itself, by name, lets it through
    numbers = ("numbers: the English has 110; the translation does not",
               "numbers: the translation has 11; the English does not")
    signed_approval(config, SERUM, wrong, override="the clinic's own lower limit, checked",
                    overridden=("numbers",), overridden_findings=numbers)
    assert entry_state(config, SERUM) is ReviewState.APPROVED
    # under the current fingerprint, an error the draft stage recorded on these words that the override
    # does not name stands in the way too
    fingerprint = checks_in_use(config, load_ledger(config, "es", SLUG))[1]
    signed_approval(config, SERUM, text, checks=fingerprint)
    assert entry_state(config, SERUM) is ReviewState.APPROVED
    path = config.po_path("es", SLUG)
    catalog = read_catalog(path)
    message = next(m for m in messages(catalog) if m.id.startswith(SERUM))
    message.user_comments = [check_comment(message, text, "tokens", "placeholder 2 did not come back")]
    write_catalog(path, catalog)
    assert entry_state(config, SERUM) is not ReviewState.APPROVED
    assert any("check error tokens: placeholder 2" in line for line in blocked_at(config, SERUM))


def test_an_override_covers_the_findings_it_names_and_no_other_of_the_same_check():
    record = Approval("e", "t", "mlopez", "nurse", "2026-11-23T00:00:00+00:00", override=STAND_IN,
                      overridden=("numbers",), overridden_findings=("numbers: 110 is missing",))
    assert covers(record, Finding("numbers", Severity.ERROR, "110 is missing"))
    assert not covers(record, Finding("numbers", Severity.ERROR, "24 is missing"))
    assert not covers(record, Finding("units", Severity.ERROR, "110 is missing"))
    assert not covers(replace(record, override=""), Finding("numbers", Severity.ERROR, "110 is missing"))
    # an approval from before findings were listed covers its checks' findings, as it did
    assert covers(replace(record, overridden_findings=()), Finding("numbers", Severity.ERROR, "24 is missing"))


def test_the_low_level_approval_records_the_fingerprint_only_where_the_checks_pass_or_are_overridden(make_project):
    config = make_project(["es"])
    stages.run(config)
    translate_all(config, "es", lambda english: f"[es] {english}")
    _, wrong = serum_texts(config)
    path = config.po_path("es", SLUG)
    catalog = read_catalog(path)
    message = next(m for m in messages(catalog) if m.id.startswith(SERUM))
    message.string = wrong
    write_catalog(path, catalog)
    catalog = read_catalog(path)
    ledger = load_ledger(config, "es", SLUG)
    assert approve(catalog, ledger, config, "mlopez", prefix=SERUM)
    assert ledger.approvals[key_of(message)].checks == ""  # an error not overridden: the rule will run the checks
    ledger = load_ledger(config, "es", SLUG)
    assert approve(catalog, ledger, config, "mlopez", prefix=SERUM, override=STAND_IN)
    record = ledger.approvals[key_of(message)]
    assert record.checks == checks_in_use(config, ledger)[1] and record.override == STAND_IN
    assert record.overridden == ("numbers",) and len(record.overridden_findings) == 2
    ledger = load_ledger(config, "es", SLUG)
    assert approve(catalog, ledger, config, "mlopez", prefix="Magnesium Infusions")  # no error: fingerprint
    assert next(iter(ledger.approvals.values())).checks == checks_in_use(config, ledger)[1]


def test_the_checks_fingerprint_is_the_same_in_every_process():
    """An approval records it; a process with another string-hash seed must compute it alike, or
    the approval files change from run to run and the checks always run again."""
    script = ("from pathlib import Path; from pipeline.checks.glossary import read_glossary; "
              "from pipeline.checks.rules import checks_fingerprint; "
              "print(checks_fingerprint(read_glossary(Path('glossary.toml'), ['es', 'ar', 'zh_Hans'])))")
    prints = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                             cwd=REPO, env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(prints) == 1 and len(prints.pop().strip()) == 64
