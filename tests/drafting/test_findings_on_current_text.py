"""Findings recorded on a draft describe only the words they judged, whatever a PO editor does to the file.

The draft stage writes a ``# leaflets-check:`` comment for each error in a
draft. A translator then fixes the text in Poedit, or a tool built on polib
re-saves the catalogue and wraps the long comments over two ``# `` lines.
"""

from __future__ import annotations

import json

import polib
from babel.messages.catalog import Message
from typer.testing import CliRunner

from pipeline.catalogs.markers import CHECK_MARK, current_check_marks, judged_tag, tidy_check_marks
from pipeline.catalogs.po import messages, read_catalog
from pipeline.checks.glossary import load_glossary
from pipeline.checks.rules import run_checks
from pipeline.cli.main import app
from pipeline.drafting.draft import draft
from pipeline.review.ledger import (
    ReviewState,
    approve_entries,
    editing,
    findings_of,
    load_ledger,
    state_of,
)
from pipeline.run import stages
from tests.conftest import SLUG
from tests.drafting.test_draft_stage import libre, libre_project

ENGLISH = ("It is essential that you have someone to take you home and stay with you for the first night and "
           "that you DO NOT undertake strenuous exercise / activity until the next day. Nonetheless, you "
           "should be able to resume normal activity, and return to work within 24 hours.")
FIXED = ("Es imprescindible que alguien le lleve a casa y se quede con usted la primera noche, y que NO "
         "realice ejercicio ni actividad intensa hasta el día siguiente. Aun así, debería poder retomar su "
         "actividad normal y volver al trabajo en 24 horas.")


def the_entry(config):
    return next(m for m in messages(read_catalog(config.po_path("es", SLUG))) if m.id == ENGLISH)


def drafted(make_project, fake_mt):
    """A project whose Spanish draft of ENGLISH has error findings recorded on it."""
    config = libre_project(make_project)
    draft(config, libre(fake_mt))
    entry = the_entry(config)
    marks = [c for c in entry.user_comments if c.startswith(CHECK_MARK)]
    assert len(marks) >= 2 and all(c.endswith(f"[{judged_tag(entry, entry.string)}]") for c in marks), marks
    assert all(len(f"# {c}") > 78 for c in marks)  # long enough for polib to wrap
    return config


def check_findings(config) -> list[dict]:
    result = CliRunner().invoke(app, ["-C", str(config.root), "check", "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    return [f for f in json.loads(result.stdout)["findings"] if f["english"] == ENGLISH]


def approve(config, **options):
    with editing(config, "es", SLUG) as work:
        message = next(m for m in messages(work.catalog) if m.id == ENGLISH)
        outcome = approve_entries(work.catalog, work.ledger, config, "jchen", [message],
                                  glossary=load_glossary(config), **options)
        work.po_changed = outcome.po_changed
    return outcome


def test_a_fix_made_in_poedit_is_judged_on_its_own_words(make_project, fake_mt):
    config = drafted(make_project, fake_mt)
    path = config.po_path("es", SLUG)
    po = polib.pofile(str(path))  # the translator's editor
    entry = po.find(ENGLISH)
    judged = judged_tag(the_entry(config), entry.msgstr)
    entry.msgstr = FIXED
    entry.flags.remove("fuzzy")
    po.save()
    assert "# leaflets-check: negation:" in path.read_text(encoding="utf-8")  # the old finding is still in the file

    message = the_entry(config)
    assert findings_of(message, "es", load_glossary(config)) == []
    assert check_findings(config) == []
    outcome = approve(config)
    assert outcome.approved and not outcome.held
    assert state_of(the_entry(config), load_ledger(config, "es", SLUG), config) is ReviewState.APPROVED
    assert not any(c.startswith(CHECK_MARK) for c in the_entry(config).user_comments)  # dropped at that write
    assert f"[{judged}]" not in path.read_text(encoding="utf-8")


def test_findings_on_the_same_words_still_hold_approval_back(make_project, fake_mt):
    config = drafted(make_project, fake_mt)
    path = config.po_path("es", SLUG)
    po = polib.pofile(str(path))
    po.find(ENGLISH).flags.remove("fuzzy")  # cleared without changing a word
    po.save()
    outcome = approve(config)
    assert not outcome.approved and "check errors (" in outcome.held[0][1]
    assert {f["check"] for f in check_findings(config)} >= {"negation", "units"}


def test_a_finding_wrapped_by_polib_is_read_once_and_whole(make_project, fake_mt):
    config = drafted(make_project, fake_mt)
    path = config.po_path("es", SLUG)
    before = the_entry(config)
    expected = sorted((f.check, f.message) for f in run_checks(ENGLISH, before.string, "es", load_glossary(config)))
    polib.pofile(str(path)).save()  # re-saved by a polib-based tool: comments wrapped at 78 columns
    lines = path.read_text(encoding="utf-8").splitlines()
    wrapped = [line for line in lines if line.startswith(f"# {CHECK_MARK}") and not line.endswith("]")]
    assert wrapped, "polib did not wrap any marker: the test would prove nothing"

    message = the_entry(config)
    assert len(message.user_comments) > len(before.user_comments)  # the file now holds the pieces
    found = sorted((f.check, f.message) for f in findings_of(message, "es", load_glossary(config)))
    assert found == expected  # no cut message beside the whole one
    reported = sorted((f["check"], f["message"]) for f in check_findings(config))
    assert reported == expected

    with editing(config, "es", SLUG) as work:  # the next write puts each marker back on one line
        work.po_changed = True
    assert the_entry(config).user_comments == before.user_comments


def test_findings_on_a_draft_lapse_when_the_english_changes(make_project, fake_mt):
    config = drafted(make_project, fake_mt)
    source = config.source_path(SLUG)
    source.write_text(source.read_text(encoding="utf-8").replace("for the first night", "for the first two nights"),
                      encoding="utf-8")
    stages.run(config)  # msgmerge semantics: the old draft stays, fuzzy, under the new English
    message = next(m for m in messages(read_catalog(config.po_path("es", SLUG)))
                   if "for the first two nights" in m.id)
    assert message.fuzzy and any(c.startswith(CHECK_MARK) for c in message.user_comments)
    assert current_check_marks(message) == []
    fresh = run_checks(message.id, message.string, "es", load_glossary(config))
    assert findings_of(message, "es", load_glossary(config)) == fresh


def test_a_finding_recorded_before_tags_says_nothing_of_the_words_now(make_project, fake_mt):
    """A marker without a tag (an older leaflets) cannot say which words it judged: a translator's fix in
    Poedit must not be reported or held back by it, nor a wrapped one counted twice."""
    config = drafted(make_project, fake_mt)
    before = the_entry(config).user_comments
    path = config.po_path("es", SLUG)
    po = polib.pofile(str(path), wrapwidth=78)
    entry = po.find(ENGLISH)
    entry.tcomment = "\n".join(  # the markers as an older leaflets wrote them: no tag
        line.rsplit(" [", 1)[0] if line.startswith(CHECK_MARK) else line for line in entry.tcomment.split("\n"))
    entry.msgstr = FIXED
    entry.flags.remove("fuzzy")
    po.save()  # polib wraps the long ones
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert "# leaflets-check: negation:" in text and not any(
        line.startswith("# leaflets-check:") and line.endswith("]") for line in lines)
    assert any(line.startswith("# leaflets-check:") and lines[i + 1].startswith("# ")
               and not lines[i + 1].startswith("# leaflets-")
               for i, line in enumerate(lines)), "polib did not wrap any marker: the test would prove nothing"

    assert findings_of(the_entry(config), "es", load_glossary(config)) == []
    assert check_findings(config) == []
    outcome = approve(config)
    assert outcome.approved and not outcome.held
    # dropped at that write; the rest of a wrapped one stays, as a translator's note after one would
    after = the_entry(config).user_comments
    assert not any(c.startswith(CHECK_MARK) for c in after)
    assert [c for c in after if c in before] == [c for c in before if not c.startswith(CHECK_MARK)]


def test_a_translators_comment_after_a_marker_from_before_tags_is_kept():
    note = "Pharmacy (R. Ortiz) says keep 110 mmol/L here; do not change the limit"
    for marker in ("leaflets-check: units: lost",  # short, and as long as an editor's wrapped line
                   "leaflets-check: numbers: the English has 110; the translation does not"):
        message = Message("Rest.", "Descanse.", user_comments=[marker, note])
        assert tidy_check_marks(message)
        assert message.user_comments == [note]
