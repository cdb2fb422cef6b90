"""One approval rule: build, check, the queue, the preview and the review page agree on what is approved."""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import replace

from babel.messages.mofile import read_mo

from pipeline.catalogs.po import key_of, messages, sha256
from pipeline.catalogs.update import read_language_catalog
from pipeline.core.config import Config, load_config
from pipeline.review.ledger import (
    Rejection,
    ReviewState,
    approved_keys,
    build_queue,
    editing,
    load_ledger,
    reject_entry,
    state_of,
)
from pipeline.run import stages
from pipeline.run.gate import check
from pipeline.run.preview import build_preview
from pipeline.source.document import read_leaflet
from pipeline.web.app import create_app
from tests.conftest import SLUG, approve_all, fake_translation, translate_all

ORIGIN = "http://127.0.0.1:8765"


def states(config: Config, lang: str) -> dict[str, ReviewState]:
    catalog = read_language_catalog(config.po_path(lang, SLUG), lang)
    ledger = load_ledger(config, lang, SLUG)
    return {key_of(m): state_of(m, ledger, config) for m in messages(catalog)}


def approved_everywhere(config: Config, lang: str) -> dict[str, set[str] | int]:
    """What each stage takes as approved: the keys where it names them, else how many."""
    catalog = read_language_catalog(config.po_path(lang, SLUG), lang)
    ledger = load_ledger(config, lang, SLUG)
    stages.run(config)
    mo_path = config.mo_path(lang, SLUG)
    published = set()
    if mo_path.exists():
        with mo_path.open("rb") as mo:
            published = {key_of(m) for m in read_mo(mo) if m.id}
    status = next(s for s in check(config).languages if s.lang == lang)
    queue = build_queue(config, [lang], [SLUG], states=[ReviewState.APPROVED])
    record, _ = build_preview(config, read_leaflet(config.source_path(SLUG)), lang)
    client = create_app(config, "jchen", access_token="t").test_client()
    client.get("/login?token=t", base_url=ORIGIN)
    page = client.get(f"/review/{lang}/{SLUG}", base_url=ORIGIN).text
    on_page = {html.unescape(key) for state, key in re.findall(
        r'data-state="([a-z-]+)".*?<input type="hidden" name="key" value="([^"]*)"', page, re.DOTALL)
        if state == "approved"}
    return {
        "build": approved_keys(catalog, ledger, config),
        "published (MO)": published,
        "queue": {entry.key for entry in queue.entries},
        "review page": on_page,
        "check": status.counts[ReviewState.APPROVED],
        "preview": record.counts.get("approved", 0),
    }


def test_build_check_queue_preview_and_page_agree_on_a_catalogue_in_every_state(make_project):
    config = make_project(["es"], extra="publish_threshold = 0.1")
    stages.run(config)
    translate_all(config, "es", fake_translation("es"))
    approve_all(config, "es")
    # The English of one approved entry changes: msgmerge semantics make it fuzzy with #|.
    source = config.source_path(SLUG)
    source.write_text(source.read_text(encoding="utf-8").replace("about 90 minutes", "about 2 hours"),
                      encoding="utf-8")
    stages.run(config)

    with editing(config, "es", SLUG) as work:
        entries = [m for m in messages(work.catalog) if not m.previous_id]
        entries[1].string = "[es] otra traducción"  # changed in a PO editor after approval
        entries[2].flags.add("fuzzy")  # marked not ready again
        entries[3].string = ""  # emptied
        reject_entry(work.catalog, work.ledger, config, "mlopez", entries[4], "wrong register")
        approvals = work.ledger.approvals
        approvals[key_of(entries[5])] = replace(approvals[key_of(entries[5])], reviewer="ghost")  # not listed
        del work.ledger.approvals[key_of(entries[6])]  # translated, never approved
        old = work.ledger.approvals[key_of(entries[7])]
        work.ledger.rejections[key_of(entries[7])] = Rejection(  # a rejection of earlier words
            old.english_sha256, sha256("[es] earlier words"), "mlopez", "too literal", old.approved_at)
        work.po_changed = True

    judged = states(config, "es")
    assert set(judged.values()) == set(ReviewState), Counter(judged.values())
    expected = {key for key, state in judged.items() if state is ReviewState.APPROVED}
    assert len(expected) == len(judged) - 7  # every entry but the seven taken out of approval
    found = approved_everywhere(config, "es")
    assert found == {
        "build": expected, "published (MO)": expected, "queue": expected, "review page": expected,
        "check": len(expected), "preview": len(expected),
    }
    assert next(s for s in check(config).languages if s.lang == "es").counts == Counter(judged.values())


def test_a_reviewer_removed_from_the_config_stops_counting_everywhere(make_project):
    config = make_project(["es"], extra="publish_threshold = 0.1")
    stages.run(config)
    translate_all(config, "es", fake_translation("es"))
    assert approve_all(config, "es", reviewer="mlopez") == 24
    before = approved_everywhere(config, "es")
    assert before["check"] == before["preview"] == 24 and len(before["published (MO)"]) == 24
    assert before["build"] == before["queue"] == before["review page"] == before["published (MO)"]

    pyproject = config.root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8").replace('"mlopez"', '"mlopez-left"'),
                         encoding="utf-8")
    config = load_config(config.root)
    after = approved_everywhere(config, "es")
    assert after == {"build": set(), "published (MO)": set(), "queue": set(), "review page": set(),
                     "check": 0, "preview": 0}
    # The language is withdrawn: its page now holds the notice that it is being updated, not the old text.
    assert "[es]" not in config.output_path("es", SLUG, ".html").read_text(encoding="utf-8")
    assert set(states(config, "es").values()) == {ReviewState.TRANSLATED}
    report = check(config)
    assert any("'mlopez' is not listed" in str(p) or "'mlopez', who is not listed" in str(p) for p in report.problems)
