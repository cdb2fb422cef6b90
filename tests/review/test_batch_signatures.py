"""Batch signatures: approvals made in one action are signed once, as git signs a commit, not each file.

The batch statement lists the SHA-256 of every approval's own statement; each
record names its batch. A build checks the batch's signature once per process
and each record's digest in it. Single approvals and format-2 ledgers (one
signature per record) keep working.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from pipeline.catalogs.po import messages, read_catalog, sha256
from pipeline.core.config import Config
from pipeline.core.signing import NAMESPACE, armored
from pipeline.review import ledger as ledgers
from pipeline.review.ledger import (
    ReviewState,
    approve,
    approve_entries,
    approved_keys,
    batch_statement,
    editing,
    load_ledger,
    signature_fault,
    state_of,
    statement_digest,
)
from pipeline.run import stages
from pipeline.run.gate import check
from tests.conftest import SLUG, STAND_IN, approve_all, public_key, translate_all

ENGLISH = "Magnesium Infusions"


def translated(make_project) -> Config:
    config = make_project(["es"])
    stages.run(config)
    translate_all(config, "es", lambda english: f"[es] {english}")
    return config


def states(config: Config) -> list[ReviewState]:
    catalog = read_catalog(config.po_path("es", SLUG))
    ledger = load_ledger(config, "es", SLUG)
    return [state_of(m, ledger, config) for m in messages(catalog)]


def test_one_action_signs_one_batch_that_ssh_keygen_verifies(make_project, tmp_path: Path):
    config = translated(make_project)
    with editing(config, "es", SLUG) as work:  # as `leaflets review approve --all` and the page's bulk approval do
        outcome = approve_entries(work.catalog, work.ledger, config, "mlopez", list(messages(work.catalog)), bulk=True,
                                  override=STAND_IN)
        work.po_changed = outcome.po_changed
    assert len(outcome.approved) == 24
    ledger = load_ledger(config, "es", SLUG)
    (name, batch), = ledger.batches.items()
    assert batch.reviewer == "mlopez" and len(batch.records) == 24
    for key, record in ledger.approvals.items():
        assert record.batch == name and not record.signature
        assert statement_digest(ledger, key, record) in batch.records
        assert signature_fault(config, ledger, key, record) is None
    assert set(states(config)) == {ReviewState.APPROVED}
    (tmp_path / "allowed_signers").write_text(f"mlopez {public_key('mlopez')}\n", encoding="utf-8")
    (tmp_path / "batch.sig").write_text(armored(batch.signature), encoding="ascii")
    command = ["ssh-keygen", "-Y", "verify", "-f", str(tmp_path / "allowed_signers"), "-I", "mlopez",
               "-n", NAMESPACE, "-s", str(tmp_path / "batch.sig")]
    said = batch_statement(ledger, batch)
    assert json.loads(said)["records"] == list(batch.records)
    assert subprocess.run(command, input=said, capture_output=True, check=False).returncode == 0
    altered = said.replace(batch.records[0].encode(), sha256("another approval").encode())
    assert subprocess.run(command, input=altered, capture_output=True, check=False).returncode != 0


def test_a_record_changed_after_its_batch_was_signed_does_not_count(make_project):
    config = translated(make_project)
    assert approve_all(config, "es", reviewer="mlopez") == 24
    path = config.ledger_path("es", SLUG)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["approvals"][ENGLISH]["translation_sha256"] = sha256("Infusiones de magnesio 11 mmol/L")
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    ledger = load_ledger(config, "es", SLUG)
    assert signature_fault(config, ledger, ENGLISH, ledger.approvals[ENGLISH]) == "signature does not verify"
    assert states(config).count(ReviewState.APPROVED) == 23  # the rest of the batch still counts
    problem = next(str(p) for p in check(config).problems if "does not count" in p.message)
    assert f"approval of {ENGLISH!r} by mlopez: signature does not verify" in problem
    # a batch whose statement was altered (here its time) voids every record in it
    document["approvals"][ENGLISH] = json.loads(path.read_text(encoding="utf-8"))["approvals"][ENGLISH]
    (batch,) = document["batches"].values()
    batch["signed_at"] = "2026-01-01T00:00:00+00:00"
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    assert ReviewState.APPROVED not in states(config)


def test_a_batch_signature_is_checked_once_per_process(make_project, monkeypatch):
    config = translated(make_project)
    assert approve_all(config, "es", reviewer="mlopez") == 24
    calls = []
    real = ledgers.verify
    monkeypatch.setattr(ledgers, "verify", lambda *args: calls.append(args) or real(*args))
    ledgers._verified.cache_clear()
    catalog = read_catalog(config.po_path("es", SLUG))
    for _ in range(2):  # build and check in one process read the ledger each
        assert len(approved_keys(catalog, load_ledger(config, "es", SLUG), config)) == 24
    assert len(calls) == 1


def test_a_single_approval_is_signed_on_its_own_and_format_2_ledgers_still_count(make_project):
    config = translated(make_project)
    catalog = read_catalog(config.po_path("es", SLUG))
    for message in list(messages(catalog))[:3]:  # one at a time: each record carries its own signature
        ledger = load_ledger(config, "es", SLUG)
        assert len(approve(catalog, ledger, config, "mlopez", prefix=message.id, override=STAND_IN)) == 1
        ledger.save()
    path = config.ledger_path("es", SLUG)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert "batches" not in document and len(document["approvals"]) == 3
    assert all(record["signature"] and "batch" not in record for record in document["approvals"].values())
    document["format"] = 2  # as the previous leaflets wrote it
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    assert states(config).count(ReviewState.APPROVED) == 3
    ledger = load_ledger(config, "es", SLUG)
    ledger.approvals.pop(ENGLISH)
    ledger.save()  # written in the current format, the other records as they were
    again = json.loads(path.read_text(encoding="utf-8"))
    assert again["format"] == ledgers.LEDGER_FORMAT == 4
    assert {k: v for k, v in document["approvals"].items() if k != ENGLISH} == again["approvals"]


def test_a_batch_no_record_names_any_more_is_dropped(make_project):
    config = translated(make_project)
    assert approve_all(config, "es", reviewer="mlopez") == 24
    ledger = load_ledger(config, "es", SLUG)
    ledger.approvals.clear()
    ledger.save()
    assert "batches" not in json.loads(config.ledger_path("es", SLUG).read_text(encoding="utf-8"))
