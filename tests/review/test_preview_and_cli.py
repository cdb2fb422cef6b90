"""In-context previews, bulk approval that requires them, and the `leaflets review` commands."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import urllib.request

from typer.testing import CliRunner

from pipeline.catalogs.po import sha256
from pipeline.cli.main import app
from pipeline.core.text import excerpt
from pipeline.review import ledger as ledger_module
from pipeline.review.ledger import ReviewState, load_ledger
from pipeline.run.preview import WATERMARK, build_previews, manifest_path, preview_path
from tests.conftest import SLUG
from tests.review.conftest import SPANISH, entry, fill

runner = CliRunner()


def invoke(config, *args):
    return runner.invoke(app, ["-C", str(config.root), *args])


def test_preview_shows_drafts_in_place_marked_by_state_outside_the_published_site(review_project):
    report = build_previews(review_project, ["es"])
    page = preview_path(review_project, "es", SLUG)
    assert page == review_project.root / "dist-preview" / "es" / f"{SLUG}.html"
    assert page in report.changed and manifest_path(review_project, "es", SLUG) in report.changed
    html = page.read_text(encoding="utf-8")
    assert html.count(WATERMARK) >= 3  # watermark, banner, footer
    assert "¿Dolerá la inyección?" in html  # a machine draft, in place
    assert re.search(r'class="block state-draft".*?Machine draft \(apertium\)</span> ¿Dolerá', html)
    assert re.search(r'class="block state-translated".*?Translated, not approved</span> ¿Cómo se realiza', html)
    untranslated = re.findall(r'class="block state-untranslated" data-state="untranslated" lang="en" dir="ltr"', html)
    assert len(untranslated) == 24 - len(SPANISH)
    published = (review_project.output_dir / "index.html").read_text(encoding="utf-8")
    assert "dist-preview" not in published and "preview" not in published.lower()
    assert not list(review_project.output_dir.rglob("*.preview.json"))
    record = json.loads(manifest_path(review_project, "es", SLUG).read_text(encoding="utf-8"))
    assert record["html_sha256"] == sha256(html) and record["counts"]["draft"] == 3
    assert build_previews(review_project, ["es"]).changed == []  # nothing changed: nothing written
    index = (review_project.root / "dist-preview" / "index.html").read_text(encoding="utf-8")
    assert 'href="es/magnesium-infusions.html"' in index and WATERMARK in index


def test_a_right_to_left_preview_shows_numbers_in_the_order_the_published_page_does(review_project):
    """A range or phone number in Arabic isolated left to right, as on the page patients get."""
    fill(review_project, "ar", {"Will the injection hurt?": "اتصل على +61 2 9382 1234 خلال 1–2 أسبوع"})
    build_previews(review_project, ["ar"])
    html = preview_path(review_project, "ar", SLUG).read_text(encoding="utf-8")
    assert 'اتصل على <bdi dir="ltr">+61 2 9382 1234</bdi> خلال <bdi dir="ltr">1–2</bdi> أسبوع' in html


def test_a_preview_made_the_old_way_is_made_again_before_bulk_approval(review_project):
    """A manifest of format 1 (right-to-left numbers not yet set as on the page): no preview of the catalogue."""
    assert invoke(review_project, "review", "preview", "--lang", "ar").exit_code == 0
    manifest = manifest_path(review_project, "ar", SLUG)
    record = json.loads(manifest.read_text(encoding="utf-8"))
    manifest.write_text(json.dumps({**record, "format": 1}), encoding="utf-8")
    refused = invoke(review_project, "review", "approve", "--yes", "--lang", "ar", "--reviewer", "jchen", "--all")
    assert refused.exit_code == 1 and "needs its in-context preview first" in refused.output


def test_preview_folder_must_not_be_the_published_folder(make_project):
    config = make_project(["es"])
    invoke(config, "run")
    pyproject = config.root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8").replace(
        "[tool.leaflets]\n", '[tool.leaflets]\npreview_dir = "dist"\n'), encoding="utf-8")
    result = invoke(config, "review", "preview")
    assert result.exit_code == 1 and "preview_dir must differ from output_dir" in result.output


def test_bulk_approval_needs_the_preview_of_the_current_catalogue(review_project):
    args = ("review", "approve", "--yes", "--lang", "es", "--reviewer", "mlopez", "--all")
    refused = invoke(review_project, *args)
    assert refused.exit_code == 1
    assert "needs its in-context preview first: run `leaflets review preview --lang es`" in refused.output
    assert not review_project.ledger_path("es", SLUG).exists()
    assert invoke(review_project, "review", "preview", "--lang", "es").exit_code == 0
    fill(review_project, "es", {"Magnesium Infusions": "Perfusiones de magnesio"})  # changed after the preview
    stale = invoke(review_project, *args)
    assert stale.exit_code == 1 and "shows an older catalogue" in stale.output
    assert invoke(review_project, "review", "preview", "--lang", "es").exit_code == 0
    done = invoke(review_project, *args)
    assert done.exit_code == 0, done.output
    assert f"{len(SPANISH)} entries approved by mlopez" in done.output
    seen = sha256(preview_path(review_project, "es", SLUG).read_text(encoding="utf-8"))
    ledger = load_ledger(review_project, "es", SLUG)
    assert len(ledger.approvals) == len(SPANISH)
    assert {a.preview for a in ledger.approvals.values()} == {seen}
    assert not entry(review_project, "es", "Will the injection hurt?").fuzzy  # drafts read in context


def test_bulk_approval_holds_back_check_errors_and_says_so(review_project):
    english = "Your pulse and your blood pressure will be checked at regular intervals."
    paragraph = next(m.id for m in _messages(review_project) if str(m.id).endswith(english))
    fill(review_project, "es", {paragraph: "Su pulso se controlará cada 5 minutos."})  # a number not in the English
    invoke(review_project, "review", "preview", "--lang", "es")
    result = invoke(review_project, "review", "approve", "--yes", "--lang", "es", "--reviewer", "mlopez", "--all")
    assert result.exit_code == 1
    assert "held back [es]" in result.output and "check errors (" in result.output
    assert paragraph not in load_ledger(review_project, "es", SLUG).approvals
    assert len(load_ledger(review_project, "es", SLUG).approvals) == len(SPANISH)


def _messages(config):
    from pipeline.catalogs.po import messages, read_catalog

    return list(messages(read_catalog(config.po_path("es", SLUG))))


def test_approve_one_entry_by_prefix_with_an_override(review_project):
    english = "Short infusions can be performed"
    fill(review_project, "es", {m.id: "Las infusiones cortas duran 9 minutos." for m in _messages(review_project)
                                if str(m.id).startswith(english)})
    base = ("review", "approve", "--yes", "--lang", "es", "--reviewer", "jchen", english)
    held = invoke(review_project, *base)
    assert held.exit_code == 1 and "check errors" in held.output
    # each finding said, before and with the override: the signature covers them ("check errors (numbers)" only)
    said = " ".join(held.output.split())
    assert "numbers: the English has 8, 90; the translation does not" in said, said
    for says_nothing in ("...............", "1234567890 !!!!!", "ok"):  # no reason: what was checked?
        refused = invoke(review_project, *base, "--override", says_nothing)
        assert refused.exit_code == 1 and "needs at least 15 characters, 10 of them letters" in refused.output
    assert not load_ledger(review_project, "es", SLUG).approvals
    done = invoke(review_project, *base, "--override", "dose confirmed by pharmacy")
    assert done.exit_code == 0 and "1 entry approved by jchen" in done.output
    ledger = load_ledger(review_project, "es", SLUG)
    assert [a.override for a in ledger.approvals.values()] == ["dose confirmed by pharmacy"]
    (record,) = ledger.approvals.values()
    assert all(f"overriding {finding}" in " ".join(done.output.split()) for finding in record.overridden_findings)
    assert record.overridden_findings
    several = invoke(review_project, "review", "approve", "--yes", "--lang", "es", "--reviewer", "jchen", "W")
    assert several.exit_code == 1 and "needs its in-context preview" in several.output
    nothing = invoke(review_project, "review", "approve", "--yes", "--lang", "es", "--reviewer", "jchen", "Zzz")
    assert nothing.exit_code == 1 and "no es entry waiting for approval" in nothing.output


def test_approve_refuses_when_a_po_editor_saves_between_its_look_and_its_approval(review_project, monkeypatch):
    """One entry selected needs no preview; a second one translated meanwhile must not slip in without it."""
    others = [m.id for m in _messages(review_project) if str(m.id).startswith("What happens") and not m.string]
    assert len(others) == 1  # "What happens during the infusion?" is translated, this one is not yet
    read = ledger_module.read_workfile

    def read_then_a_translator_saves(*args, **kwargs):
        work = read(*args, **kwargs)
        fill(review_project, "es", {others[0]: "Lo que ocurre después."})  # Poedit takes no project lock
        return work

    monkeypatch.setattr(ledger_module, "read_workfile", read_then_a_translator_saves)
    result = invoke(review_project, "review", "approve", "--yes", "--lang", "es", "--reviewer", "jchen", "What happens")
    assert result.exit_code == 1 and "catalogue changed while approving; run the command again" in result.output
    assert not load_ledger(review_project, "es", SLUG).approvals
    monkeypatch.undo()
    several = invoke(review_project, "review", "approve", "--yes", "--lang", "es", "--reviewer", "jchen", "What happens")
    assert several.exit_code == 1 and "needs its in-context preview" in several.output


def test_approve_refuses_when_the_words_it_looked_at_changed_before_the_approval(review_project, monkeypatch):
    """Still one entry selected, but not the words the reviewer's look saw: nothing is signed."""
    english = "How is the Infusion Performed?"
    read = ledger_module.read_workfile

    def read_then_a_translator_changes_the_words(*args, **kwargs):
        work = read(*args, **kwargs)
        fill(review_project, "es", {english: "¿Cómo NO se realiza la infusión?"})
        return work

    monkeypatch.setattr(ledger_module, "read_workfile", read_then_a_translator_changes_the_words)
    result = invoke(review_project, "review", "approve", "--yes", "--lang", "es", "--reviewer", "jchen", english)
    assert result.exit_code == 1 and "catalogue changed while approving" in result.output
    assert not load_ledger(review_project, "es", SLUG).approvals


def test_approve_with_the_words_read_signs_only_those_words(review_project):
    """The words a reviewer read in the queue or a PO editor may be changed before they approve from a prefix:
    with --words the approval is of those words or of none (the review page's "still reads as it did")."""
    english = "How is the Infusion Performed?"
    fill(review_project, "es", {english: "¿Cómo se realiza la infusión cada dos días?"})  # changed since read
    base = ("review", "approve", "--yes", "--lang", "es", "--reviewer", "jchen", english)
    refused = invoke(review_project, *base, "--words", SPANISH[english])
    assert refused.exit_code == 1
    assert ("the translation reads '¿Cómo se realiza la infusión cada dos días?', not the words --words gives: it "
            "changed since you read it, or was misquoted; read it again, nothing was approved") in refused.output
    assert not load_ledger(review_project, "es", SLUG).approvals
    fill(review_project, "es", {english: SPANISH[english]})
    done = invoke(review_project, *base, "--words", SPANISH[english])
    assert done.exit_code == 0 and "1 entry approved by jchen" in done.output
    [approval] = load_ledger(review_project, "es", SLUG).approvals.values()
    assert approval.translation_sha256 == sha256(SPANISH[english])
    several = invoke(review_project, "review", "approve", "--yes", "--lang", "es", "--reviewer", "jchen", "W", "--words", "x")
    assert several.exit_code == 1 and "--words covers one entry at a time" in several.output


def test_reject_and_edit_commands_and_the_four_eyes_rule(review_project):
    english = "How is the Infusion Performed?"
    no_reason = invoke(review_project, "review", "reject", english, "--lang", "es", "--reviewer", "mlopez",
                       "--reason", " ")
    assert no_reason.exit_code == 1 and "needs a reason" in no_reason.output
    rejected = invoke(review_project, "review", "reject", "What happens", "--lang", "es", "--reviewer", "mlopez",
                      "--reason", "say administra")
    assert rejected.exit_code == 1 and "give a longer beginning" in rejected.output  # two entries start so
    rejected = invoke(review_project, "review", "reject", english, "--lang", "es", "--reviewer", "mlopez",
                      "--reason", "say administra")
    assert rejected.exit_code == 0, rejected.output
    assert entry(review_project, "es", english).fuzzy
    edited = invoke(review_project, "review", "edit", english, "--lang", "es", "--reviewer", "jchen",
                    "--text", "¿Cómo se administra la infusión?")
    assert edited.exit_code == 0 and "edited [es]" in edited.output
    assert entry(review_project, "es", english).string == "¿Cómo se administra la infusión?"
    own = invoke(review_project, "review", "approve", "--yes", "--lang", "es", "--reviewer", "jchen", english)
    assert own.exit_code == 1 and "jchen edited this translation" in own.output
    other = invoke(review_project, "review", "approve", "--yes", "--lang", "es", "--reviewer", "mlopez", english)
    assert other.exit_code == 0 and "1 entry approved by mlopez" in other.output


def test_queue_command_lists_oldest_first_and_counts_per_language(review_project):
    invoke(review_project, "review", "reject", "How is the Infusion Performed?", "--lang", "es",
           "--reviewer", "mlopez", "--reason", "too formal")
    text = invoke(review_project, "review", "queue", "--lang", "es", "--lang", "ar")
    assert text.exit_code == 0
    lines = text.output.splitlines()
    assert lines[0].startswith("Review queue: ")
    assert "Machine draft" in lines[1] and lines[1].split()[0] == "2026-01-05"
    assert "rejected by mlopez: too formal" in text.output
    # each entry with a translation shows it under its English: what the clinician decides on
    rejected = next(i for i, line in enumerate(lines) if "How is the Infusion Performed?" in line)
    assert lines[rejected + 1].startswith("      → ") and len(lines[rejected + 1]) > len("      → ")
    assert re.search(r"^  es\s+untranslated 19 · draft 3 · translated 1 · rejected 1$", text.output, re.MULTILINE)
    data = json.loads(invoke(review_project, "review", "queue", "--format", "json", "--state", "rejected").stdout)
    assert [e["rejection"] for e in data["entries"]] == ["too formal"]
    assert data["counts"]["ar"]["draft"] == 3
    bad = invoke(review_project, "review", "queue", "--lang", "xx")
    assert bad.exit_code == 2 and "'xx' is not a configured language" in bad.output
    bad_state = invoke(review_project, "review", "queue", "--state", "finished")
    assert bad_state.exit_code == 2


def test_a_queue_row_is_one_line_when_the_english_has_line_breaks():
    assert excerpt("West Block\nTel: [01632 960 123](tel:+441632960123)") == (
        "West Block / Tel: [01632 960 123](tel:+441632960123)")
    assert excerpt("A  long\n" + "word " * 30).endswith("…") and "\n" not in excerpt("A\nB" * 40)


def test_serve_refuses_an_unlisted_reviewer(review_project):
    result = invoke(review_project, "review", "serve", "--reviewer", "nobody", "--no-browser")
    assert result.exit_code == 1 and "'nobody' is not listed" in result.output
    assert ReviewState.APPROVED  # the enum the page shows is importable beside the CLI


def test_serve_on_a_host_name_that_is_no_address_is_a_one_line_error(review_project):
    """It printed the resolver's bare "Name or service not known" (Werkzeug's), naming neither the host nor leaflets."""
    done = subprocess.run([sys.executable, "-m", "pipeline", "-C", str(review_project.root), "review", "serve",
                           "--reviewer", "mlopez", "--no-browser", "--host", "clinic-pc.invalid", "--port", "8123"],
                          capture_output=True, text=True, env={**os.environ}, timeout=60, check=False)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith("leaflets: error: cannot listen on clinic-pc.invalid:8123: "), done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_serve_on_a_port_in_use_is_a_one_line_error(review_project):
    """Werkzeug printed "Address already in use" and a hint of its own, bare, and exited."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "pipeline", "-C", str(review_project.root), "review", "serve",
                               "--reviewer", "mlopez", "--no-browser", "--port", str(port)],
                              capture_output=True, text=True, env={**os.environ}, timeout=60, check=False)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.strip() == f"leaflets: error: cannot listen on 127.0.0.1:{port}: Address already in use"


def test_serve_prints_a_loopback_address_that_opens_a_session(review_project):
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "-C", str(review_project.root), "review", "serve",
         "--reviewer", "mlopez", "--no-browser"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ},
    )
    try:
        line = process.stdout.readline()
        url = re.search(r"(http://127\.0\.0\.1:\d+)/login\?token=\S+", line)
        assert url, line
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
        with opener.open(url[0]) as response:
            assert response.status == 200 and "M. López" in response.read().decode("utf-8")
        try:
            urllib.request.urlopen(url[1] + "/review/es/" + SLUG)  # no session: refused
            raise AssertionError("the page opened without a session")
        except urllib.error.HTTPError as error:
            assert error.code == 403
            error.close()
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stdout.close()
        process.stderr.close()


def test_serve_stops_on_sigterm_as_on_ctrl_c(review_project):
    """A service manager's SIGTERM ended the process at once, between an action's catalogue and ledger writes;
    taken as Ctrl-C, the server lets an action being saved finish, then ends cleanly."""
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "-C", str(review_project.root), "review", "serve",
         "--reviewer", "mlopez", "--no-browser"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ},
    )
    try:
        assert "Review page for mlopez" in process.stdout.readline()  # serving
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0  # not -15: it stopped as on Ctrl-C
        assert "Traceback" not in process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
        process.stdout.close()
        process.stderr.close()


def test_approve_lists_what_it_signs_and_asks_before_signing(review_project):
    """The English, the translation and the errors an override reason covers are read before the signature, not
    after it: without a terminal to answer at, nothing is signed unless --yes says the list was read."""
    english = "Short infusions can be performed"
    fill(review_project, "es", {m.id: "Las infusiones cortas duran 9 minutos." for m in _messages(review_project)
                                if str(m.id).startswith(english)})
    asked = invoke(review_project, "review", "approve", "--lang", "es", "--reviewer", "jchen", english,
                   "--override", "dose confirmed by pharmacy")
    assert asked.exit_code == 1, asked.output
    said = " ".join(asked.output.split())
    assert "Run at a terminal to answer, or pass --yes after reading the list" in said
    assert said.index("= Las infusiones cortas duran 9 minutos.") < said.index(
        "! your reason overrides: numbers: the English has 8, 90; the translation does not")
    assert not load_ledger(review_project, "es", SLUG).approvals


def test_approve_shows_the_english_an_approval_was_made_for_when_it_changed_since(review_project):
    """Approving again after the English changed, the reviewer reads what changed, not the new English alone."""
    english = "How is the Infusion Performed?"
    approved = invoke(review_project, "review", "approve", "--yes", "--lang", "es", "--reviewer", "jchen", english)
    assert approved.exit_code == 0, approved.output
    source = review_project.source_path(SLUG)
    source.write_text(source.read_text(encoding="utf-8").replace(english, "How is the Infusion Given?"),
                      encoding="utf-8")
    assert invoke(review_project, "extract").exit_code == 0 and invoke(review_project, "update").exit_code == 0
    again = invoke(review_project, "review", "approve", "--yes", "--lang", "es", "--reviewer", "jchen",
                   "How is the Infusion Given?")
    assert again.exit_code == 0, again.output
    said = " ".join(again.output.split())
    assert f"! the English changed since it was approved; it read: {english}" in said
    assert said.index("it read:") < said.index("approved [es]")


def test_approve_asks_without_holding_the_project_lock(review_project, monkeypatch):
    """A reviewer reading the list holds up no run and no review page: the lock is taken to write, after the answer."""
    from pipeline.cli import review as review_cli
    from pipeline.core.files import project_lock

    free_while_asked = []

    def answer_yes(question: str) -> bool:
        with project_lock(review_project.root):  # refused at once if the command held it
            free_while_asked.append(question)
        return True

    monkeypatch.setattr(review_cli, "_confirmed", answer_yes)
    english = "How is the Infusion Performed?"
    done = invoke(review_project, "review", "approve", "--lang", "es", "--reviewer", "jchen", english)
    assert done.exit_code == 0, done.output
    assert free_while_asked == ["Approve 1 entry in es, signed as jchen?"]
    assert "1 entry approved by jchen" in done.output



def test_a_reviewer_not_listed_is_named_against_the_settings_file(review_project):
    result = invoke(review_project, "review", "approve", "--yes", "--lang", "es", "--reviewer", "eve", "How is")
    assert result.exit_code == 1
    lines = (review_project.root / "pyproject.toml").read_text(encoding="utf-8").splitlines()
    first = lines.index("[[tool.leaflets.reviewers]]") + 1
    assert f"pyproject.toml:{first}: reviewer 'eve' is not listed in [[tool.leaflets.reviewers]]" in result.output
    other = invoke(review_project, "review", "approve", "--yes", "--lang", "ar", "--reviewer", "mlopez", "How is")
    said = other.output.split("pyproject.toml:")[-1]
    assert other.exit_code == 1 and said.endswith(": reviewer 'mlopez' is not listed for ar\n"), other.output
    assert lines[int(said.split(":")[0]) - 1] == 'languages = ["es"]'  # mlopez's, the line to change
