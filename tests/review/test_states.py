"""The review state machine: every transition, as the PO file and the ledger on disk record it."""

from __future__ import annotations

import json
import threading

import pytest
from babel.messages.catalog import Catalog, Message
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.catalogs.markers import check_comment, draft_info
from pipeline.catalogs.po import key_of, messages, read_catalog, sha256, write_catalog
from pipeline.core.clock import now, today
from pipeline.core.config import load_config
from pipeline.core.errors import CatalogError, ReviewError
from pipeline.review.ledger import (
    Approval,
    Ledger,
    Rejection,
    ReviewState,
    approve,
    approve_entries,
    approved_keys,
    build_queue,
    catalogue_digest,
    edit_entry,
    editing,
    entries_of,
    load_ledger,
    override_reason_fault,
    own_edit,
    reject_entry,
    state_of,
)
from pipeline.run import stages
from tests.conftest import SLUG, approve_all, fake_translation, translate_all
from tests.review.conftest import DRAFT_COMMENT, SPANISH, entry, fill


def state(config, lang, english):
    return state_of(entry(config, lang, english), load_ledger(config, lang, SLUG), config)


def act(config, lang, english, action, *args, **kwargs):
    """Run one review action on one entry through the locked read-modify-write, as the tools do."""
    with editing(config, lang, SLUG) as work:
        message = next(m for m in messages(work.catalog) if m.id == english)
        result = action(work.catalog, work.ledger, config, *args[:1], *([message] if action is not approve_entries
                                                                         else [[message]]), *args[1:], **kwargs)
        work.po_changed = True
    return result


def approve_one(config, lang, english, reviewer="jchen", **kwargs):
    with editing(config, lang, SLUG) as work:
        message = next(m for m in messages(work.catalog) if m.id == english)
        outcome = approve_entries(work.catalog, work.ledger, config, reviewer, [message], **kwargs)
        work.po_changed = outcome.po_changed
    return outcome


def test_untranslated_to_translated_to_approved(review_project):
    english = "What Should I do After the Procedure?"
    assert state(review_project, "es", english) is ReviewState.UNTRANSLATED
    assert approve_one(review_project, "es", english).held[0][1] == "untranslated: nothing to approve"
    fill(review_project, "es", {english: "¿Qué debo hacer después del procedimiento?"})
    assert state(review_project, "es", english) is ReviewState.TRANSLATED
    assert [m.id for m in approve_one(review_project, "es", english).approved] == [english]
    assert state(review_project, "es", english) is ReviewState.APPROVED


def test_a_machine_draft_is_approved_only_by_a_reviewer_reading_it(review_project):
    english = "Will the injection hurt?"
    message = entry(review_project, "es", english)
    assert state(review_project, "es", english) is ReviewState.DRAFT
    assert draft_info(message).engine == "apertium" and draft_info(message).date.isoformat() == "2026-01-05"
    # The scripted bulk approval leaves drafts alone; a reviewer approving the entry clears the fuzzy flag.
    catalog, ledger = read_catalog(review_project.po_path("es", SLUG)), load_ledger(review_project, "es", SLUG)
    assert english not in {m.id for m in approve(catalog, ledger, review_project, "jchen")}
    approve_one(review_project, "es", english, reviewer="mlopez")
    after = entry(review_project, "es", english)
    assert not after.fuzzy and after.string == "¿Dolerá la inyección?"
    # Provenance stays, the marker now tagged with the engine's words (the fuzzy flag no longer says so).
    assert after.user_comments == [f"{DRAFT_COMMENT} words={sha256(after.string)[:8]}"]
    assert state(review_project, "es", english) is ReviewState.APPROVED
    record = json.loads(review_project.ledger_path("es", SLUG).read_text(encoding="utf-8"))["approvals"][english]
    assert record["reviewer"] == "mlopez" and "override" not in record and "own_edit" not in record


def test_english_changed_after_approval_lapses_and_reapproval_replaces_the_old_record(review_project):
    english = "How is the Infusion Performed?"
    approve_one(review_project, "es", english)
    md = review_project.source_path(SLUG)
    md.write_text(md.read_text(encoding="utf-8").replace(english, "How is the infusion given?"), encoding="utf-8")
    stages.extract_all(review_project)
    stages.update_all(review_project)
    new = "How is the infusion given?"
    assert state(review_project, "es", new) is ReviewState.LAPSED_ENGLISH
    assert entry(review_project, "es", new).previous_id == [english]
    approve_one(review_project, "es", new)
    message = entry(review_project, "es", new)
    assert not message.fuzzy and not message.previous_id
    assert state(review_project, "es", new) is ReviewState.APPROVED
    assert set(load_ledger(review_project, "es", SLUG).approvals) == {new}


def test_translation_changed_in_a_po_editor_after_approval_lapses(review_project):
    english = "What happens during the infusion?"
    approve_one(review_project, "es", english)
    fill(review_project, "es", {english: "¿Qué pasa durante la infusión?"})
    assert state(review_project, "es", english) is ReviewState.LAPSED_TRANSLATION
    approve_one(review_project, "es", english)
    assert state(review_project, "es", english) is ReviewState.APPROVED


def test_only_a_listed_reviewer_for_the_language_may_act(review_project):
    english = "How is the Infusion Performed?"
    with pytest.raises(ReviewError, match="'mlopez' is not listed for ar"):
        approve_one(review_project, "ar", english, reviewer="mlopez")
    with pytest.raises(ReviewError, match="'nobody' is not listed in"):
        approve_one(review_project, "es", english, reviewer="nobody")
    with pytest.raises(ReviewError, match="not listed for ar"):
        act(review_project, "ar", english, reject_entry, "mlopez", "wrong")
    assert not review_project.ledger_path("ar", SLUG).exists()  # refused actions write nothing


def test_a_reviewer_never_approves_their_own_edit(review_project):
    english = "Will the injection hurt?"
    act(review_project, "es", english, edit_entry, "jchen", "¿Me dolerá la inyección?\r\n")
    message = entry(review_project, "es", english)
    assert message.string == "¿Me dolerá la inyección?" and not message.fuzzy
    assert load_ledger(review_project, "es", SLUG).edits[english].editor == "jchen"
    assert state(review_project, "es", english) is ReviewState.TRANSLATED
    held = approve_one(review_project, "es", english, reviewer="jchen").held
    assert "jchen edited this translation; another reviewer must approve it" in held[0][1]
    catalog, ledger = read_catalog(review_project.po_path("es", SLUG)), load_ledger(review_project, "es", SLUG)
    assert english not in {m.id for m in approve(catalog, ledger, review_project, "jchen")}
    assert approve_one(review_project, "es", english, reviewer="mlopez").approved
    assert state(review_project, "es", english) is ReviewState.APPROVED


def test_a_reviewer_never_approves_their_own_words_back_after_another_reviewer_edited_them(review_project):
    """The ledger keeps one edit an entry: jchen's words, replaced by mlopez's edit and put back in a PO editor,
    are still jchen's."""
    english = "Will the injection hurt?"
    act(review_project, "es", english, edit_entry, "jchen", "¿Va a doler la inyección?")
    act(review_project, "es", english, edit_entry, "mlopez", "¿Me dolerá la inyección?")
    assert load_ledger(review_project, "es", SLUG).edits[english].editor == "mlopez"
    fill(review_project, "es", {english: "¿Va a doler la inyección?"})  # a translator's undo

    held = approve_one(review_project, "es", english, reviewer="jchen").held
    assert held and "jchen edited this translation; another reviewer must approve it" in held[0][1]
    message, ledger = entry(review_project, "es", english), load_ledger(review_project, "es", SLUG)
    assert own_edit(message, ledger, "jchen")  # as the approval rule asks at every build
    fill(review_project, "es", {english: "¿Duele la inyección?"})  # words neither wrote: jchen may approve them
    assert approve_one(review_project, "es", english, reviewer="jchen").approved


def test_words_written_after_an_approval_by_its_reviewer_elsewhere_do_not_undo_it(review_project, monkeypatch):
    """jchen approved words on one entry, then wrote the same words on another, which mlopez's edit then
    replaced: the approval, older than jchen's writing, still counts (as for edits not replaced)."""
    day = 1_793_491_200  # 2026-11-01
    first, second = "What happens during the infusion?", "What happens after the procedure?"
    words = "¿Qué ocurre durante la perfusión?"
    fill(review_project, "es", {first: words})
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(day))
    assert approve_one(review_project, "es", first, reviewer="jchen").approved
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(day + 3600))
    act(review_project, "es", second, edit_entry, "jchen", words)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(day + 7200))
    act(review_project, "es", second, edit_entry, "mlopez", "¿Qué pasa después del procedimiento?")
    assert load_ledger(review_project, "es", SLUG).edits[second].earlier  # jchen's words, kept
    assert state(review_project, "es", first) is ReviewState.APPROVED


def test_the_project_may_allow_approving_own_edits_and_the_ledger_says_so(make_project):
    config = make_project(["es"], extra="[tool.leaflets.review]\napprove_own_edits = true")
    stages.run(config)
    fill(config, "es", SPANISH)
    english = "Will the injection hurt?"
    act(config, "es", english, edit_entry, "jchen", "¿Me dolerá la inyección?")
    assert approve_one(config, "es", english, reviewer="jchen").approved
    assert load_ledger(config, "es", SLUG).approvals[english].own_edit is True


def test_rejection_sends_back_to_draft_with_a_reason_until_the_text_changes(review_project):
    english = "What happens during the infusion?"
    approve_one(review_project, "es", english)
    with pytest.raises(ReviewError, match="needs a reason"):
        act(review_project, "es", english, reject_entry, "mlopez", "   ")
    act(review_project, "es", english, reject_entry, "mlopez", "Use “durante la perfusión”,\nas in the ward.")
    message = entry(review_project, "es", english)
    assert message.fuzzy
    assert f"leaflets-rejected: mlopez {today().isoformat()}: Use “durante la perfusión”, as in the ward." in message.user_comments
    ledger = load_ledger(review_project, "es", SLUG)
    assert english not in ledger.approvals
    assert ledger.rejections[english].reason == "Use “durante la perfusión”, as in the ward."
    assert state(review_project, "es", english) is ReviewState.REJECTED
    # Clearing the flag without changing a word does not undo a rejection, and bulk approval skips it.
    fill(review_project, "es", {english: message.string})
    assert state(review_project, "es", english) is ReviewState.REJECTED
    with editing(review_project, "es", SLUG) as work:
        chosen = [m for m in messages(work.catalog) if m.id == english]
        assert approve_entries(work.catalog, work.ledger, review_project, "jchen", chosen, bulk=True).held
    # The translator's new text is a plain translation again.
    fill(review_project, "es", {english: "¿Qué ocurre durante la perfusión?"})
    assert state(review_project, "es", english) is ReviewState.TRANSLATED
    approve_one(review_project, "es", english)
    assert state(review_project, "es", english) is ReviewState.APPROVED
    kept = load_ledger(review_project, "es", SLUG).rejections[english]  # of the old words, which it still holds
    assert kept.translation_sha256 == sha256(message.string)
    fill(review_project, "es", {english: message.string})  # the rejected words back (a translator's undo)
    assert state(review_project, "es", english) is ReviewState.REJECTED


def test_rejected_words_stay_rejected_after_an_edit_until_a_reviewer_overrules_it(review_project):
    english = "What happens during the infusion?"
    rejected = entry(review_project, "es", english).string
    act(review_project, "es", english, reject_entry, "jchen", "past tense: it must say what will happen")
    act(review_project, "es", english, edit_entry, "mlopez", "¿Qué pasa durante la perfusión?")
    assert state(review_project, "es", english) is ReviewState.TRANSLATED
    fill(review_project, "es", {english: rejected})  # a translator's undo brings the rejected words back
    assert state(review_project, "es", english) is ReviewState.REJECTED
    held = approve_one(review_project, "es", english, reviewer="jchen").held
    assert held and "jchen rejected these words" in held[0][1]
    assert approve_one(review_project, "es", english, reviewer="jchen", overrule_rejection=True).approved
    assert english not in load_ledger(review_project, "es", SLUG).rejections  # overruled, so gone


def test_a_second_reviewer_may_overrule_a_rejection_one_entry_at_a_time(review_project):
    english = "How is the Infusion Performed?"
    act(review_project, "es", english, reject_entry, "mlopez", "too formal")
    unsaid = approve_one(review_project, "es", english, reviewer="jchen")
    assert not unsaid.approved and "mlopez rejected these words (“too formal”)" in unsaid.held[0][1]
    assert state(review_project, "es", english) is ReviewState.REJECTED
    assert approve_one(review_project, "es", english, reviewer="jchen", overrule_rejection=True).approved
    assert state(review_project, "es", english) is ReviewState.APPROVED
    assert "leaflets-rejected" not in " ".join(entry(review_project, "es", english).user_comments)


def test_check_errors_block_approval_unless_overridden_with_a_reason(review_project):
    english = ("Short infusions can be performed as an outpatient and take about 90 minutes. Magnesium is "
               "often co-administered daily during 8 hour and multiday ketamine infusions for neuropathic pain.")
    wrong = "Las infusiones cortas duran unos 9 minutos. El magnesio se administra con ketamina."
    fill(review_project, "es", {english: wrong})
    held = approve_one(review_project, "es", english).held
    assert held and held[0][1].startswith("check errors (")
    assert state(review_project, "es", english) is ReviewState.TRANSLATED
    approve_one(review_project, "es", english, override="checked with the ward: the\nsession is short")
    record = json.loads(review_project.ledger_path("es", SLUG).read_text(encoding="utf-8"))["approvals"][english]
    assert record["override"] == "checked with the ward: the session is short"
    assert "numbers" in record["overridden"] or "units" in record["overridden"]
    assert state(review_project, "es", english) is ReviewState.APPROVED


def test_draft_stage_error_marks_block_until_the_text_is_edited(review_project):
    english = "How is the Infusion Performed?"
    path = review_project.po_path("es", SLUG)
    catalog = read_catalog(path)
    message = next(m for m in messages(catalog) if m.id == english)
    message.user_comments = [check_comment(message, message.string, "tokens", "placeholder 2 did not come back")]
    write_catalog(path, catalog)
    assert "tokens" in approve_one(review_project, "es", english).held[0][1]
    act(review_project, "es", english, edit_entry, "mlopez", "¿Cómo se administra la infusión?")
    assert entry(review_project, "es", english).user_comments == []
    assert approve_one(review_project, "es", english, reviewer="jchen").approved


def test_format_1_ledgers_load_and_keep_their_records(review_project):
    english = "How is the Infusion Performed?"
    approve_one(review_project, "es", english)
    path = review_project.ledger_path("es", SLUG)
    record = json.loads(path.read_text(encoding="utf-8"))["approvals"][english]
    path.write_text(json.dumps({"format": 1, "language": "es", "leaflet": SLUG, "approvals": {english: record}}),
                    encoding="utf-8")
    assert state(review_project, "es", english) is ReviewState.APPROVED
    ledger = load_ledger(review_project, "es", SLUG)
    ledger.save()
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == 4 and document["approvals"][english] == record
    path.write_text(json.dumps({**document, "format": 5}, indent=2), encoding="utf-8")
    with pytest.raises(CatalogError, match="newer leaflets") as caught:
        load_ledger(review_project, "es", SLUG)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert caught.value.line == lines.index('  "format": 5,') + 1  # its line, as every ledger error names one


def test_a_ledger_of_another_leaflet_is_refused_at_its_line(review_project):
    english = "How is the Infusion Performed?"
    approve_one(review_project, "es", english)
    path = review_project.ledger_path("es", SLUG)
    document = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**document, "leaflet": "other-leaflet"}, indent=2), encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        load_ledger(review_project, "es", SLUG)
    assert str(caught.value).endswith(f"is not the es ledger of {SLUG}: it says leaflet \"other-leaflet\"")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert caught.value.line == next(n for n, line in enumerate(lines, 1) if '"leaflet": "other-leaflet"' in line)


def test_a_reviewer_removed_from_the_config_no_longer_approves(review_project):
    english = "How is the Infusion Performed?"
    approve_one(review_project, "es", english, reviewer="mlopez")
    pyproject = review_project.root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8").replace('"mlopez"', '"mlopez-gone"'),
                         encoding="utf-8")
    assert state(load_config(review_project.root), "es", english) is ReviewState.TRANSLATED


def test_queue_is_oldest_first_with_counts_per_language(review_project, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(now().timestamp()) + 86400))  # rejected a day later
    act(review_project, "es", "How is the Infusion Performed?", reject_entry, "mlopez", "too formal")
    queue = build_queue(review_project, ["es", "ar"], [SLUG])
    drafts = [e for e in queue.entries if e.state is ReviewState.DRAFT]
    assert drafts and all(e.since.date().isoformat() == "2026-01-05" for e in drafts)
    first = queue.entries[0]
    assert first.state is ReviewState.DRAFT and first.label == "Machine draft" and first.draft.engine == "apertium"
    assert [e.since for e in queue.entries] == sorted(e.since for e in queue.entries)
    assert queue.entries[-1].state is ReviewState.REJECTED  # rejected now: the newest
    assert queue.counts["es"][ReviewState.DRAFT] == 3 and queue.counts["es"][ReviewState.REJECTED] == 1
    assert queue.counts["ar"][ReviewState.DRAFT] == 3
    assert sum(queue.counts["es"].values()) == 24
    only = build_queue(review_project, ["es"], [SLUG], [ReviewState.REJECTED])
    assert [e.rejection.reason for e in only.entries] == ["too formal"]


def test_digest_follows_words_not_headers(review_project):
    path = review_project.po_path("es", SLUG)
    before = catalogue_digest(read_catalog(path))
    catalog = read_catalog(path)
    catalog.last_translator = "Someone Else"
    write_catalog(path, catalog)
    assert catalogue_digest(read_catalog(path)) == before
    fill(review_project, "es", {"Magnesium Infusions": "Perfusiones de magnesio"})
    assert catalogue_digest(read_catalog(path)) != before


def test_concurrent_actions_on_one_catalogue_lose_nothing(make_project):
    config = make_project(["es"])
    stages.run(config)
    fill(config, "es", {m.id: f"traducción {i}" for i, m in
                        enumerate(messages(read_catalog(config.po_path("es", SLUG))))})
    english = [m.id for m in messages(read_catalog(config.po_path("es", SLUG)))][:16]
    start = threading.Barrier(len(english))
    failures = []

    def worker(index: int, text: str) -> None:
        start.wait()
        try:
            if index % 2:
                act(config, "es", text, edit_entry, "mlopez", f"editado {index}")
            else:
                approve_one(config, "es", text, override="test text, not a translation")
        except Exception as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=worker, args=(i, text)) for i, text in enumerate(english)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    ledger = load_ledger(config, "es", SLUG)
    assert set(ledger.approvals) == set(english[0::2])
    assert set(ledger.edits) == set(english[1::2])
    catalog = {m.id: m.string for m in messages(read_catalog(config.po_path("es", SLUG)))}
    assert all(catalog[text] == f"editado {i}" for i, text in enumerate(english) if i % 2)


# -- approved_keys: the one-pass judgement a build uses, against state_of ---------------------

_english = st.sampled_from(["Dose", "Rest for 1 hour", "DO NOT drive", "Call 000"])
_record_of = st.fixed_dictionaries({
    "english": st.sampled_from(["right", "wrong"]),
    "translation": st.sampled_from(["the entry's", "another"]),
    "reviewer": st.sampled_from(["jchen", "mlopez", "nobody-listed"]),
})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(st.fixed_dictionaries({
    "english": _english, "translation": st.sampled_from(["", "A", "B"]), "fuzzy": st.booleans(),
    "previous": st.one_of(st.none(), _english), "approval": st.one_of(st.none(), _record_of),
    "approval_under_previous": st.booleans(), "rejection": st.one_of(st.none(), _record_of),
}), max_size=6, unique_by=lambda e: e["english"]), lang=st.sampled_from(["es", "ar", "de"]))
def test_approved_keys_are_the_entries_state_of_calls_approved(project, entries, lang):
    config = project  # only its reviewers matter here
    catalog = Catalog(locale=lang)
    ledger = Ledger(config.ledger_path(lang, SLUG), lang, SLUG)

    def record(cls, spec: dict, about: dict, **extra):
        english = spec["english"] if about["english"] == "right" else spec["english"] + " (old)"
        translation = spec["translation"] if about["translation"] == "the entry's" else spec["translation"] + "?"
        return cls(english_sha256=sha256(english), translation_sha256=sha256(translation),
                   reviewer=about["reviewer"], **extra)

    for spec in entries:
        english = spec["english"]
        catalog[english] = Message(english, spec["translation"], flags=["fuzzy"] if spec["fuzzy"] else [],
                                   previous_id=[spec["previous"]] if spec["previous"] else [])
        if spec["approval"]:
            key = spec["previous"] if spec["approval_under_previous"] and spec["previous"] else english
            ledger.approvals[key] = record(Approval, spec, spec["approval"], role="nurse",
                                           approved_at="2026-01-01T00:00:00+00:00")
        if spec["rejection"]:
            ledger.rejections[english] = record(Rejection, spec, spec["rejection"], reason="no",
                                                rejected_at="2026-01-01T00:00:00+00:00")
    expected = {key_of(m) for m in messages(catalog) if state_of(m, ledger, config) is ReviewState.APPROVED}
    assert approved_keys(catalog, ledger, config) == expected



def test_a_hand_edited_reviewer_that_is_not_a_name_approves_nothing(project):
    catalog = Catalog(locale="es")
    catalog["Dose"] = Message("Dose", "Dosis")
    ledger = Ledger(project.ledger_path("es", SLUG), "es", SLUG)
    ledger.approvals["Dose"] = Approval(english_sha256=sha256("Dose"), translation_sha256=sha256("Dosis"),
                                        reviewer=["jchen"], role="nurse", approved_at="2026-01-01T00:00:00+00:00")
    assert state_of(catalog["Dose"], ledger, project) is ReviewState.TRANSLATED
    assert approved_keys(catalog, ledger, project) == set()


def test_a_draft_whose_previous_english_a_po_editor_dropped_still_shows_what_changed(make_project):
    """Weblate and Poedit drop #| when a translator edits a fuzzy entry: the reviewer is still shown
    the approved English the entry was changed from (the merge's matcher finds it in the ledger)."""
    config = make_project(["es"])
    stages.run(config)
    translate_all(config, "es", fake_translation("es"))
    approve_all(config, "es")
    source = config.source_path(SLUG)
    source.write_text(source.read_text(encoding="utf-8").replace("take about 90 minutes", "take about 2 hours"),
                      "utf-8")
    stages.run(config)
    path = config.po_path("es", SLUG)
    catalog = read_catalog(path)
    changed = next(m for m in messages(catalog) if "take about 2 hours" in m.id)
    old_english = changed.previous_id[0]
    assert changed.fuzzy and "90 minutes" in old_english
    changed.previous_id = []  # as the translator's tool saved it
    write_catalog(path, catalog)

    catalog = read_catalog(path)
    entries = {e.english: e for e in entries_of(config, "es", SLUG, catalog, load_ledger(config, "es", SLUG))}
    shown = entries[changed.id]
    assert shown.previous_english == old_english
    assert all(e.previous_english is None for e in entries.values() if e.english != changed.id)


@pytest.mark.parametrize("reason, refused", [
    ("ਖੁਰਾਕ ਦੀ ਜਾਂਚ ਕੀਤੀ", False),  # Punjabi, "checked the dose": its vowel signs are no letters to isalpha()
    ("खुराक की जाँच की गई", False),  # Hindi, the same
    ("dose confirmed by pharmacy", False),
    ("...............", True),
    ("1234567890 !!!!!", True),
])
def test_an_override_reason_says_something_in_any_script(reason, refused):
    assert (override_reason_fault(reason) is not None) is refused
