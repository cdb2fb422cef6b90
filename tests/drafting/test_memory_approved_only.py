"""The memory engine reuses approved words only, and says where they were approved."""

from __future__ import annotations

import datetime as dt
import re

from pipeline.catalogs.markers import draft_engine, memory_origin
from pipeline.catalogs.po import messages, read_catalog, write_catalog
from pipeline.drafting.draft import DraftOptions, draft
from pipeline.review.ledger import (
    approve_entries,
    edit_entry,
    load_ledger,
    other_leaflets,
    own_edit,
    reject_entry,
)
from pipeline.run import gate, stages
from pipeline.web.app import create_app
from tests.conftest import SLUG
from tests.drafting.conftest import FAST

COPY = "magnesium-copy"
REJECTED = "Will the injection hurt?"
APPROVED = "Magnesium Infusions"
EDITED = "How is the Infusion Performed?"
UNREVIEWED = "What happens during the infusion?"


def entries(config, slug):
    return {m.id: m for m in messages(read_catalog(config.po_path("es", slug)))}


def copy_leaflet(config, slug: str) -> None:
    """source/<slug>.md: the magnesium leaflet's Markdown under another slug."""
    source = config.source_path(SLUG).read_text(encoding="utf-8")
    config.source_path(slug).write_text(source.replace(f"slug: {SLUG}", f"slug: {slug}"), encoding="utf-8")


def reject_title(config, slug: str) -> None:
    """mlopez rejects the title's words in ``slug``'s Spanish catalogue."""
    path = config.po_path("es", slug)
    catalog = read_catalog(path)
    ledger = load_ledger(config, "es", slug)
    title = next(m for m in messages(catalog) if m.id == APPROVED)
    reject_entry(catalog, ledger, config, "mlopez", title, "the plural reads wrong")
    write_catalog(path, catalog)
    ledger.save()


def two_leaflets(make_project):
    """The magnesium leaflet and a copy under another slug, both with Spanish catalogues."""
    config = make_project(["es"], extra=FAST)
    stages.run(config)
    copy_leaflet(config, COPY)
    stages.run(config)
    return config


def review_first_leaflet(config):
    """In the first leaflet: an apertium draft rejected, one approved, a reviewer's edit approved, one unreviewed."""
    path = config.po_path("es", SLUG)
    catalog = read_catalog(path)
    ledger = load_ledger(config, "es", SLUG)
    by_id = {m.id: m for m in messages(catalog)}
    drafts = {REJECTED: "¿Dolerá la inyección cada 4 horas?", APPROVED: "Infusiones de magnesio",
              UNREVIEWED: "¿Qué pasa durante la infusión?"}
    for english, text in drafts.items():
        by_id[english].string = text
        by_id[english].flags.add("fuzzy")
        by_id[english].user_comments = ["leaflets-draft: engine=apertium date=2026-11-20"]
    reject_entry(catalog, ledger, config, "jchen", by_id[REJECTED], "dangerous: wrong interval")
    outcome = approve_entries(catalog, ledger, config, "jchen", [by_id[APPROVED]])
    assert [m.id for m in outcome.approved] == [APPROVED]
    assert edit_entry(catalog, ledger, config, "mlopez", by_id[EDITED], "¿Cómo se hace la infusión?")
    outcome = approve_entries(catalog, ledger, config, "jchen", [by_id[EDITED]])
    assert [m.id for m in outcome.approved] == [EDITED]
    write_catalog(path, catalog)
    ledger.save()


def test_memory_never_reuses_rejected_or_unreviewed_words(make_project):
    config = two_leaflets(make_project)
    review_first_leaflet(config)

    draft(config, DraftOptions(engines=("memory",), slugs=(COPY,)))
    copy = entries(config, COPY)
    # the rejected draft and the unreviewed one are not offered as the project's words
    assert copy[REJECTED].string == "" and draft_engine(copy[REJECTED]) is None
    assert copy[UNREVIEWED].string == "" and draft_engine(copy[UNREVIEWED]) is None
    # the approved ones are, with where they were approved and who wrote them
    approved = copy[APPROVED]
    assert approved.string == "Infusiones de magnesio" and approved.fuzzy and draft_engine(approved) == "memory"
    origin = memory_origin(approved)
    assert origin is not None
    assert (origin.slug, origin.approver, origin.engine) == (SLUG, "jchen", "apertium")
    assert origin.date == dt.date(2026, 11, 23)  # the tests' fixed "now"
    assert f"leaflets-draft-note: approved in {SLUG} by jchen on 2026-11-23 (drafted by apertium)" \
        in approved.user_comments
    edited = memory_origin(copy[EDITED])
    assert edited is not None and edited.origin == "written by mlopez" and edited.engine is None


def test_memory_forgets_words_once_rejected(make_project):
    """Approved, reused, then rejected in its own leaflet: a later draft no longer reuses it."""
    config = two_leaflets(make_project)
    review_first_leaflet(config)
    reject_title(config, SLUG)

    draft(config, DraftOptions(engines=("memory",), slugs=(COPY,)))
    assert entries(config, COPY)[APPROVED].string == ""


def reviewed_then_renamed(make_project):
    """The first leaflet reviewed (review_first_leaflet), then renamed COPY: its catalogues left behind."""
    config = make_project(["es"], extra=FAST + "in_run = true\n")
    stages.run(config)
    review_first_leaflet(config)
    copy_leaflet(config, COPY)
    config.source_path(SLUG).unlink()
    for raw in config.raw_dir.glob(f"{SLUG}.*"):
        raw.unlink()
    return config


def test_a_renamed_leaflet_gets_its_approved_words_back_as_drafts_and_nothing_else(make_project):
    """Its catalogues left behind under the old name: their approvals are reused, never published as they were."""
    config = reviewed_then_renamed(make_project)

    report = stages.run(config)  # drafts in the run (memory first)

    renamed = entries(config, COPY)
    assert renamed[APPROVED].string == "Infusiones de magnesio" and renamed[APPROVED].fuzzy
    assert memory_origin(renamed[APPROVED]).slug == SLUG  # "approved in <the old name>"
    assert renamed[EDITED].string == "¿Cómo se hace la infusión?" and renamed[EDITED].fuzzy
    assert draft_engine(renamed[REJECTED]) != "memory" and draft_engine(renamed[UNREVIEWED]) != "memory"
    spanish = next(p for p in report.publications if p.slug == COPY and p.lang == "es")
    assert not spanish.published and spanish.approved == 0


def test_whoever_wrote_words_the_memory_reuses_may_not_approve_them_alone(make_project):
    """mlopez's words, approved by jchen in one leaflet, drafted by the memory into another and on into a
    third: four eyes in each, from mlopez's signed edit, whatever the drafts' notes say."""
    config = two_leaflets(make_project)
    third = "magnesium-third"
    copy_leaflet(config, third)
    stages.run(config)
    review_first_leaflet(config)
    for slug in (COPY, third):
        draft(config, DraftOptions(engines=("memory",), slugs=(slug,)))
        path = config.po_path("es", slug)
        catalog = read_catalog(path)
        ledger = load_ledger(config, "es", slug)
        edited = next(m for m in messages(catalog) if m.id == EDITED)
        edited.user_comments = [c for c in edited.user_comments if "written by" not in c]  # a note lost
        outcome = approve_entries(catalog, ledger, config, "mlopez", [edited])
        assert not outcome.approved
        assert outcome.held[0][1] == "mlopez wrote these words in another leaflet; another reviewer must approve them"
        assert [m.id for m in approve_entries(catalog, ledger, config, "jchen", [edited]).approved] == [EDITED]
        title = next(m for m in messages(catalog) if m.id == APPROVED)  # drafted by apertium: anyone may approve it
        assert [m.id for m in approve_entries(catalog, ledger, config, "mlopez", [title]).approved] == [APPROVED]
        write_catalog(path, catalog)
        ledger.save()


def test_words_rejected_in_one_leaflet_are_not_reused_from_another(make_project):
    config = two_leaflets(make_project)
    review_first_leaflet(config)  # the title approved in the first leaflet
    draft(config, DraftOptions(engines=("memory",), slugs=(COPY,)))
    reject_title(config, COPY)
    third = "magnesium-third"
    copy_leaflet(config, third)
    stages.run(config)
    draft(config, DraftOptions(engines=("memory",), slugs=(third,)))
    assert entries(config, third)[APPROVED].string == ""


def test_a_left_behind_ledger_that_does_not_read_is_passed_over(make_project):
    """A renamed leaflet's old ledger, damaged: the memory skips it, the run goes on."""
    config = reviewed_then_renamed(make_project)
    config.ledger_path("es", SLUG).write_text("{ not json", encoding="utf-8")
    report = stages.run(config)
    assert not report.failures
    assert draft_engine(entries(config, COPY)[APPROVED]) != "memory"  # nothing reused from a ledger not read


def test_the_review_page_and_every_build_hold_the_writer_of_reused_words(make_project):
    """The approval rule reads the draft's note at each build; the page disables Approve for mlopez, by the
    note and, once a PO editor dropped it, by mlopez's signed edit in the other leaflet."""
    config = two_leaflets(make_project)
    review_first_leaflet(config)
    draft(config, DraftOptions(engines=("memory",), slugs=(COPY,)))
    path = config.po_path("es", COPY)
    catalog = read_catalog(path)
    edited = next(m for m in messages(catalog) if m.id == EDITED)
    ledger = load_ledger(config, "es", COPY)
    assert own_edit(edited, ledger, "mlopez") and not own_edit(edited, ledger, "jchen")
    changed = edited.clone()
    changed.string += " "  # other words: no longer the draft the note speaks of
    assert not own_edit(changed, ledger, "mlopez")

    app = create_app(config, "mlopez", access_token="t")
    client = app.test_client()
    client.get("/login?token=t", base_url="http://127.0.0.1:8765")

    def approve_button() -> str:
        page = client.get(f"/review/es/{COPY}", base_url="http://127.0.0.1:8765").text
        article = next(a for a in page.split("<article")[1:] if f"<p>{EDITED}</p>" in a)
        return re.search(r'<button type="submit" name="action" value="approve"[^>]*>', article)[0]

    assert 'disabled title="You wrote this translation' in approve_button()  # the draft's note
    for message in messages(catalog):
        message.user_comments = [c for c in message.user_comments if "written by" not in c]
    write_catalog(path, catalog)
    assert 'disabled title="You wrote these words in another leaflet' in approve_button()  # the signed edit
    config.ledger_path("es", SLUG).write_text("<<<<<<< HEAD\n{}", encoding="utf-8")  # now nobody can tell
    assert 'disabled title="Who wrote these words cannot be told while' in approve_button()


def test_the_other_leaflets_edits_are_read_again_when_a_ledger_changes_and_a_damaged_one_holds_all(make_project):
    config = two_leaflets(make_project)
    copy_ledger = load_ledger(config, "es", COPY)
    words = "¿Qué ocurre durante la infusión?"
    unreviewed = next(m for m in messages(read_catalog(config.po_path("es", COPY))) if m.id == UNREVIEWED)
    unreviewed.string = words
    assert not other_leaflets(config, copy_ledger, "mlopez").wrote(unreviewed)
    path = config.po_path("es", SLUG)
    catalog = read_catalog(path)
    ledger = load_ledger(config, "es", SLUG)
    assert edit_entry(catalog, ledger, config, "mlopez", next(m for m in messages(catalog) if m.id == UNREVIEWED), words)
    write_catalog(path, catalog)
    ledger.save()
    assert other_leaflets(config, copy_ledger, "mlopez").wrote(unreviewed)
    assert not other_leaflets(config, copy_ledger, "jchen").wrote(unreviewed)
    assert other_leaflets(config, copy_ledger, "jchen").unknown() is None
    config.ledger_path("es", SLUG).write_text("<<<<<<< HEAD\n{}", encoding="utf-8")  # a merge left unmended
    catalog = read_catalog(config.po_path("es", COPY))
    title = next(m for m in messages(catalog) if m.id == APPROVED)
    title.string = "Infusiones de magnesio"  # translated in a PO editor: nobody's edit
    outcome = approve_entries(catalog, copy_ledger, config, "jchen", [title])
    assert not outcome.approved and outcome.held[0][1] == (
        f"who wrote these words cannot be told while locales/es/LC_MESSAGES/{SLUG}.approvals.json does not read: "
        "mend it, or remove a leaflet's catalogues it no longer needs (git rm); every approval in the language waits")


def test_check_fails_on_a_left_behind_ledger_that_does_not_read(make_project):
    config = reviewed_then_renamed(make_project)
    stages.run(config)
    config.ledger_path("es", SLUG).write_text("<<<<<<< HEAD\n{}", encoding="utf-8")
    problems = [p for p in gate.check(config).problems if p.path == f"locales/es/LC_MESSAGES/{SLUG}.approvals.json"]
    assert len(problems) == 1 and problems[0].message.endswith(
        "every approval in es waits until it is mended or removed (git rm)")


def test_words_a_reviewer_wrote_in_another_leaflet_stay_theirs_after_another_edit_replaced_them(make_project):
    """The other leaflet's ledger keeps one edit an entry: mlopez's words, replaced there by jchen's edit, are
    still mlopez's when they turn up here (copied, or a memory draft whose note a PO editor dropped)."""
    config = two_leaflets(make_project)
    path = config.po_path("es", SLUG)
    for editor, words in (("mlopez", "¿Cómo se realiza la infusión?"), ("jchen", "¿Cómo se hace la infusión?")):
        catalog, ledger = read_catalog(path), load_ledger(config, "es", SLUG)
        assert edit_entry(catalog, ledger, config, editor, next(m for m in messages(catalog) if m.id == EDITED), words)
        write_catalog(path, catalog)
        ledger.save()
    assert load_ledger(config, "es", SLUG).edits[EDITED].editor == "jchen"

    copy = config.po_path("es", COPY)
    catalog = read_catalog(copy)
    copied = next(m for m in messages(catalog) if m.id == EDITED)
    copied.string, copied.flags = "¿Cómo se realiza la infusión?", set()  # mlopez's words, copied by hand
    write_catalog(copy, catalog)
    ledger = load_ledger(config, "es", COPY)

    assert other_leaflets(config, ledger, "mlopez").wrote(copied)
    outcome = approve_entries(catalog, ledger, config, "mlopez", [copied])
    assert outcome.held and outcome.held[0][1] == ("mlopez wrote these words in another leaflet; another reviewer "
                                                   "must approve them")
