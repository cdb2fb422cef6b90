"""Files that only make sense together (a catalogue and its ledger) are written all or none: Ctrl-C and a
stopping review server wait for the second write."""

from __future__ import annotations

import os
import signal
import threading

import pytest

from pipeline.catalogs.po import messages, read_catalog
from pipeline.core import files
from pipeline.core.errors import ReviewError
from pipeline.core.files import writes_finished, written_together
from pipeline.review import ledger as ledgers
from pipeline.review.ledger import edit_entry, editing, load_ledger
from pipeline.run import stages
from tests.robustness.helpers import REVIEWER, write_project


def _stopped() -> Exception:
    return ReviewError("stopping")


def test_ctrl_c_inside_the_block_is_delivered_when_it_ends():
    done = []
    with pytest.raises(KeyboardInterrupt), written_together(_stopped):
        os.kill(os.getpid(), signal.SIGINT)
        done.append("second write")  # without the hold, KeyboardInterrupt is raised before this
    assert done == ["second write"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the handler is the process's again


def test_ctrl_c_during_an_edit_leaves_the_translation_with_the_record_of_who_wrote_it(tmp_path, monkeypatch):
    config = write_project(tmp_path / "project", 1, ["es"])
    stages.run(config)
    slug = config.slugs()[0]
    writes = []

    def write_catalog_then_ctrl_c(path, catalog, **options):
        writes.append(path.name)
        written = ledgers.write_catalog.__wrapped__(path, catalog, **options)
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C between the PO and the ledger
        return written

    write_catalog_then_ctrl_c.__wrapped__ = ledgers.write_catalog
    monkeypatch.setattr(ledgers, "write_catalog", write_catalog_then_ctrl_c)
    with pytest.raises(KeyboardInterrupt), editing(config, "es", slug) as work:
        message = next(iter(messages(work.catalog)))
        key = ledgers.key_of(message)
        assert edit_entry(work.catalog, work.ledger, config, REVIEWER, message, "Texto escrito por la revisora")
        work.po_changed = True

    assert writes == [f"{slug}.po"]
    saved = {ledgers.key_of(m): m.string for m in messages(read_catalog(config.po_path("es", slug)))}
    assert saved[key] == "Texto escrito por la revisora"
    assert load_ledger(config, "es", slug).edits[key].editor == REVIEWER  # written after the Ctrl-C


def test_a_stopping_server_waits_for_an_action_being_saved_and_starts_none(monkeypatch):
    waiting = threading.Event()

    class Watched(threading.Condition):
        def wait_for(self, predicate, timeout=None):
            waiting.set()  # the server is now waiting for the block under way
            return super().wait_for(predicate, timeout)

    monkeypatch.setattr(files, "_together", files._Together())  # this test's own: it stops writes
    monkeypatch.setattr(files._together, "changed", Watched())
    inside, release, order = threading.Event(), threading.Event(), []

    def action() -> None:
        with written_together(_stopped):
            inside.set()
            release.wait()
            order.append("action saved")

    def server() -> None:
        with writes_finished() as finished:
            started.set()
        order.append(("server stopped", finished))

    started = threading.Event()
    saving = threading.Thread(target=action, daemon=True)
    saving.start()
    assert inside.wait(30)
    stopping = threading.Thread(target=server, daemon=True)
    stopping.start()
    try:
        assert waiting.wait(30)
        assert order == []  # the server has not stopped while the action is being saved
    finally:
        release.set()
    saving.join(30)
    stopping.join(30)
    assert order == ["action saved", ("server stopped", [True])]
    with pytest.raises(ReviewError, match="stopping"), written_together(_stopped):
        order.append("a new action")  # refused before it writes anything
    assert order[-1] != "a new action"
    with writes_finished(), written_together(_stopped):  # a server started again takes actions again
        order.append("after a restart")
    assert order[-1] == "after a restart"
