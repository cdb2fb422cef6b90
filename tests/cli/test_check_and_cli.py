from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli.main import app
from tests.conftest import SLUG, approve_all, fake_translation, translate_all, write_pyproject

runner = CliRunner()


def invoke(config_or_root, *args):
    root = config_or_root if isinstance(config_or_root, Path) else config_or_root.root
    return runner.invoke(app, ["-C", str(root), *args])


def test_run_on_a_fresh_project_creates_everything(make_project):
    config = make_project()
    result = invoke(config, "run")
    assert result.exit_code == 0, result.output
    assert config.source_path(SLUG).exists()
    assert config.pot_path(SLUG).exists()
    assert all(config.po_path(lang, SLUG).exists() for lang in config.languages)
    assert config.output_path("en", SLUG, ".html").exists()
    again = invoke(config, "run")
    assert "nothing to do" in again.output


def test_check_counts_and_exit_status(make_project):
    # The fake translations trip the safety checks (they are English): count, don't gate on findings.
    config = make_project(["es", "ar"], extra="[tool.leaflets.thresholds]\nes = 1.0")
    invoke(config, "run")
    failing = invoke(config, "check", "--format", "json")
    assert failing.exit_code == 1
    report = json.loads(failing.stdout)
    es = next(row for row in report["languages"] if row["language"] == "es")
    assert es["counts"]["untranslated"] == 24 and not es["passes"]
    ar = next(row for row in report["languages"] if row["language"] == "ar")
    assert ar["passes"]  # threshold 0: a new language may be partial
    translate_all(config, "es", fake_translation("es"))
    approve_all(config, "es", override="")  # approved without overriding what the checks find
    after = json.loads(invoke(config, "check", "--format", "json").stdout)
    es = next(row for row in after["languages"] if row["language"] == "es")
    # the fake translations keep the English: those approvals do not count, and the errors block
    assert es["counts"]["approved"] < 24 and es["blocking"] > 0 and not es["passes"]
    assert any("does not override the check error untranslated" in p["message"] for p in after["problems"])
    approve_all(config, "es")  # overriding them, with a reason
    after = json.loads(invoke(config, "check", "--format", "json").stdout)
    es = next(row for row in after["languages"] if row["language"] == "es")
    assert es["counts"]["approved"] == 24 and es["approved_share"] == 1.0
    assert es["blocking"] == 0 and es["approved_share"] >= es["threshold"]


def test_check_reports_malformed_po_as_file_line(make_project):
    config = make_project(["es"])
    invoke(config, "run")
    path = config.po_path("es", SLUG)
    path.write_text(path.read_text(encoding="utf-8") + '\nmsgid "dangling"\n', encoding="utf-8")
    result = invoke(config, "check")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "magnesium-infusions.po:" in result.output and "missing msgstr" in result.output


def test_check_notices_a_stale_pot(make_project):
    config = make_project(["es"])
    invoke(config, "run")
    md = config.source_path(SLUG)
    md.write_text(md.read_text(encoding="utf-8").replace("90 minutes", "2 hours"), encoding="utf-8")
    result = invoke(config, "check", "--format", "json")
    assert json.loads(result.stdout)["stale_templates"] == [SLUG]


def test_unknown_language_suggests_close_matches(tmp_path):
    write_pyproject(tmp_path, ["zh_hans", "es"])
    result = invoke(tmp_path, "run")
    assert result.exit_code == 1
    assert "unknown language code 'zh_hans'; did you mean zh_Hans" in result.output
    write_pyproject(tmp_path, ["pa_Gurr"])
    result = invoke(tmp_path, "run")
    assert "unknown language code 'pa_Gurr'; did you mean" in result.output
    assert "pa_Guru" in result.output


def test_missing_project_is_a_clear_error(tmp_path):
    result = invoke(tmp_path, "run")
    assert result.exit_code == 1
    assert "no pyproject.toml with a [tool.leaflets] table" in result.output


def test_review_approve_command(make_project):
    config = make_project(["es"])
    invoke(config, "run")
    translate_all(config, "es", fake_translation("es"))
    refused = invoke(config, "review", "approve", "--yes", "--lang", "es", "--reviewer", "nobody", "--all")
    assert refused.exit_code == 1 and "not listed" in refused.output
    approve_all(config, "es", reviewer="mlopez")  # the checked, preview-gated path: tests/review
    built = invoke(config, "build")
    assert built.exit_code == 0
    assert config.output_path("es", SLUG, ".html").exists()


def test_a_second_run_is_refused_while_one_holds_the_lock(make_project):
    config = make_project(["es"])
    invoke(config, "run")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         ("import sys, time; from pathlib import Path; from pipeline.core.files import project_lock\n"
         "with project_lock(Path(sys.argv[1])):\n    print('locked', flush=True); time.sleep(30)"),
         str(config.root)],
        stdout=subprocess.PIPE, text=True, env={**os.environ},
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        result = invoke(config, "update")
        assert result.exit_code == 1
        assert f"another leaflets process (pid {holder.pid})" in result.output
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert invoke(config, "update").exit_code == 0


def test_a_killed_runs_temporary_files_are_swept_by_the_next_run(make_project):
    config = make_project(["es"])
    invoke(config, "run")
    leftover = config.po_path("es", SLUG).parent / ".magnesium-infusions.po.leaflets-4321-7.tmp"
    leftover.write_text("half a catalogue", encoding="utf-8")
    marker = config.root / ".leaflets" / "unfinished"
    marker.write_text("locales/es/LC_MESSAGES\n")  # what a run killed mid-write leaves behind
    assert invoke(config, "update").exit_code == 0
    assert not leftover.exists()
    assert not marker.exists()  # finished cleanly


def test_a_run_that_changes_nothing_writes_nothing(make_project):
    config = make_project(["es"])
    invoke(config, "run")
    files = [p for p in config.root.rglob("*") if p.is_file()]
    before = {p: p.stat().st_mtime_ns for p in files}
    assert "nothing to do" in invoke(config, "run").output
    assert {p: p.stat().st_mtime_ns for p in files} == before
    assert [p for p in config.root.rglob("*") if p.is_file()] == files


def test_deleting_a_leaflet_leaves_its_addresses_saying_it_is_no_longer_given_out(make_project):
    config = make_project(["es"])
    invoke(config, "run")
    page = config.output_path("en", SLUG, ".html")
    assert page.exists()
    config.source_path(SLUG).unlink()
    (config.raw_dir / f"{SLUG}.txt").unlink()
    result = invoke(config, "run")
    assert result.exit_code == 0 and "no longer given out" in result.output
    # Its addresses say so (tests/publish/test_over_time.py has the details); the picker forgets it.
    assert "This leaflet has been withdrawn" in page.read_text(encoding="utf-8")
    assert "Nerve pain" not in config.output_path("en", SLUG, ".txt").read_text(encoding="utf-8")
    assert SLUG not in (config.output_dir / "index.html").read_text(encoding="utf-8")


def test_a_published_file_deleted_or_added_by_hand_is_noticed_by_the_next_run(make_project):
    config = make_project(["es"])
    invoke(config, "run")
    translate_all(config, "es", fake_translation("es"))
    approve_all(config, "es")
    invoke(config, "run")
    text = config.output_path("es", SLUG, ".txt")
    made = text.read_bytes()
    text.unlink()
    invoke(config, "run")
    assert text.read_bytes() == made  # made again
    pdf = config.output_path("es", SLUG, ".pdf")
    made = pdf.read_bytes()
    old = pdf.with_name("old.pdf")
    old.write_bytes(b"%PDF- an old edition with superseded advice")
    os.replace(old, pdf)  # put back by hand (rsync, a file manager, an editor's save)
    invoke(config, "run")
    assert pdf.read_bytes() == made
    stray = config.output_path("es", SLUG, ".qr.svg")  # no base_url: no QR codes
    stray.write_text("<svg/>", encoding="utf-8")
    invoke(config, "run")
    assert not stray.exists()


def test_a_run_that_changes_nothing_looks_at_no_published_file(make_project, monkeypatch):
    from pipeline.run import stages

    config = make_project(["es"])
    invoke(config, "run")
    translate_all(config, "es", fake_translation("es"))
    approve_all(config, "es")
    invoke(config, "run")
    looked_at = []
    real = stages.unchanged
    monkeypatch.setattr(stages, "unchanged", lambda path, sig: looked_at.append(str(path)) or real(path, sig))
    stages.run(config)
    assert looked_at, "the run checked its inputs"
    assert not [p for p in looked_at if "/dist/" in p and not p.endswith("/dist/index.html")], "outputs checked one by one although their folders kept their mtimes"


def test_the_picker_is_made_again_only_when_what_it_lists_changed(make_project, monkeypatch):
    """The picker lists every edition of every leaflet: an edit that publishes nothing new leaves it be."""
    from pipeline.publish import build

    config = make_project(["es"])
    invoke(config, "run")
    made = []
    real = build.write_index
    monkeypatch.setattr(build, "write_index", lambda *args, **kwargs: made.append(args) or real(*args, **kwargs))
    picker = config.output_dir / "index.html"
    before = picker.read_bytes(), picker.stat().st_mtime_ns
    source = config.source_path(SLUG)
    source.write_text(source.read_text(encoding="utf-8").replace("Nerve pain can", "Nerve pain may"), "utf-8")
    assert invoke(config, "run").exit_code == 0
    assert config.output_path("en", SLUG, ".html").read_text(encoding="utf-8").count("Nerve pain may") == 1
    assert made == [] and (picker.read_bytes(), picker.stat().st_mtime_ns) == before

    translate_all(config, "es", fake_translation("es"))
    approve_all(config, "es")
    invoke(config, "run")  # Spanish published: the picker lists it
    assert len(made) == 1 and 'data-lang="es"' in picker.read_text(encoding="utf-8")
    picker.write_text("<p>by hand</p>", encoding="utf-8")
    invoke(config, "run")
    assert len(made) == 2 and 'data-lang="es"' in picker.read_text(encoding="utf-8")


def test_the_run_state_records_each_output_as_it_is_on_disk(make_project):
    """Output signatures come from the writes themselves (new folders, existing ones, files left alone)."""
    from pipeline.core.incremental import load_state, record
    from pipeline.publish.build import OUTPUT_SUFFIXES
    from pipeline.run.stages import STATE_FILE, _fingerprint, _outputs

    config = make_project(["es"])
    invoke(config, "run")  # es is not published yet: its outputs are recorded as absent
    translate_all(config, "es", fake_translation("es"))
    approve_all(config, "es")
    for edit in range(2):  # the first build of es (a new folder), then a rebuild beside existing files
        if edit:
            translate_all(config, "es", lambda english: fake_translation("es")(english) + " (2)")
            approve_all(config, "es")
        invoke(config, "run")
        state = load_state(config.root / STATE_FILE, _fingerprint(config))
        for lang in ("en", "es"):
            recorded = state.leaflets[SLUG].langs[lang].outputs
            on_disk = tuple(record(path, content_hash=False) for path in _outputs(config, lang, SLUG))
            assert recorded == on_disk, lang
            by_suffix = dict(zip((*OUTPUT_SUFFIXES, ".mo"), recorded, strict=True))
            assert by_suffix[".html"] is not None and by_suffix[".qr.svg"] is None  # no base_url: no QR codes
            assert (by_suffix[".mo"] is not None) == (lang == "es")  # the English has no MO file


def test_a_catalogue_saved_while_a_run_builds_it_is_seen_by_the_next_run(make_project, monkeypatch):
    """The run state signs the bytes the build worked from, not the file as it is afterwards."""
    from pipeline.publish import build

    config = make_project(["es"])
    invoke(config, "run")
    translate_all(config, "es", fake_translation("es"))
    approve_all(config, "es")
    po = config.po_path("es", SLUG)
    real = build.build_language

    def translator_saves_meanwhile(*args, **kwargs):
        publication = real(*args, **kwargs)
        if args[2] == "es":  # Poedit saves a new translation while the run is still working
            po.write_text(po.read_text(encoding="utf-8").replace("[es] ", "[es, revised] ", 1), encoding="utf-8")
        return publication

    monkeypatch.setattr(build, "build_language", translator_saves_meanwhile)
    invoke(config, "run")
    monkeypatch.undo()
    again = invoke(config, "run")
    assert "nothing to do" not in again.output, "the saved catalogue was taken for the one the run had read"
    assert "nothing to do" in invoke(config, "run").output


def test_first_approvals_saved_while_a_run_builds_are_seen_by_the_next_run(make_project, monkeypatch):
    """A ledger that did not exist when the run read it is recorded as missing, even if one appeared since."""
    from pipeline.publish import build

    config = make_project(["es"])
    invoke(config, "run")
    translate_all(config, "es", fake_translation("es"))  # nothing approved yet: no ledger
    real = build.build_language

    def reviewer_approves_meanwhile(*args, **kwargs):
        publication = real(*args, **kwargs)
        if args[2] == "es":
            approve_all(config, "es")
        return publication

    monkeypatch.setattr(build, "build_language", reviewer_approves_meanwhile)
    invoke(config, "run")
    monkeypatch.undo()
    assert not config.output_path("es", SLUG, ".html").exists()  # built before the approvals
    assert "nothing to do" not in invoke(config, "run").output
    assert config.output_path("es", SLUG, ".html").exists()


def test_an_unreadable_ledger_is_a_clear_error_naming_it(make_project):
    config = make_project(["es"])
    invoke(config, "run")
    ledger = config.ledger_path("es", SLUG)
    ledger.mkdir()  # a folder where the ledger should be
    result = invoke(config, "run")
    assert result.exit_code != 0
    assert "cannot read the approval ledger" in result.output and config.relative(ledger) in result.output
    assert "Traceback" not in result.output


def test_the_publishing_table_shows_a_message_with_brackets_as_it_is(make_project):
    """Rich read "[label]" and "[words]" in a failure's message as its markup and dropped them, and made the
    advice "\\[" a "[", which does not mend the line."""
    config = make_project(["es"])
    assert invoke(config, "run").exit_code == 0
    source = config.source_path(SLUG)
    source.write_text(source.read_text(encoding="utf-8") + "\n[1]: https://example.org/trial\n", encoding="utf-8")
    result = invoke(config, "run")
    table = " ".join(line.strip("│ ") for line in result.output.splitlines() if line.startswith("│"))
    assert "(`[label]: address`)" in table and "[words](address)" in table and "`\\[`" in table, result.output


def test_status_says_a_few_problems_a_file_above_its_table(capsys):
    """A reviewer taken off the list made one line per approval: 24 above the one screen."""
    from pipeline.cli import console
    from pipeline.run.gate import CheckReport, Problem

    ledger = "locales/es/LC_MESSAGES/x.approvals.json"
    report = CheckReport(problems=[Problem(ledger, n, f"approval of 'Text {n}' by 'jchen', who is not listed")
                                   for n in range(1, 25)] + [Problem("pyproject.toml", 3, "unknown setting")])
    console.status_summary(report)
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("leaflets: error:")]
    assert errors == [*(f"leaflets: error: {ledger}:{n}: approval of 'Text {n}' by 'jchen', who is not listed"
                        for n in (1, 2, 3)),
                      f"leaflets: error: {ledger}: and 21 more (`leaflets check` lists every one)",
                      "leaflets: error: pyproject.toml:3: unknown setting"]


def test_status_lists_a_leaflet_it_cannot_read_in_every_language_and_fails(make_project):
    """Its rows were dropped and status exited 0, as if the clinic had one leaflet fewer."""
    config = make_project(["es", "zh_Hans"], extra="[tool.leaflets.thresholds]\ndefault = 0.9\n")
    assert invoke(config, "run").exit_code == 0
    source = config.source_path(SLUG)
    source.write_text(source.read_text(encoding="utf-8") + "\n    an indented line\n", encoding="utf-8")
    result = invoke(config, "status")
    assert result.exit_code == 1
    assert f"source/{SLUG}.md:" in result.output and "code block" in result.output
    rows = [line.split() for line in result.output.splitlines() if line.lstrip().startswith(SLUG)]
    assert sorted((row[1], row[2]) for row in rows) == [("es", "unreadable"), ("zh_Hans", "unreadable")]
    check = invoke(config, "check", "--format", "github")  # failed for that, not as "0 of 0 approved" too
    assert check.exit_code == 1 and "0 of 0" not in check.output and "code block" in check.output


def test_status_and_check_show_every_leaflets_whole_name_in_an_80_column_terminal(make_project, monkeypatch):
    """Cut to fit ("magnesium-i…"), the leaflets of a clinic's series all looked alike."""
    from rich.console import Console

    from pipeline.cli import console

    config = make_project(["es", "zh_Hans"])
    assert invoke(config, "run").exit_code == 0
    twin = config.source_dir / "magnesium-infusions-for-children-0007.md"
    twin.write_text(config.source_path(SLUG).read_text(encoding="utf-8").replace(
        f"slug: {SLUG}", f"slug: {twin.stem}"), encoding="utf-8")
    assert invoke(config, "run").exit_code == 0
    for command in ("status", "check"):
        made: list[Console] = []

        def terminal(stderr: bool, made: list[Console] = made) -> Console:
            made.append(Console(width=80, record=True, file=io.StringIO(), emoji=False))
            return made[-1]

        monkeypatch.setattr(console, "_rich", terminal)
        invoke(config, command)
        text = "".join(each.export_text() for each in made)
        assert "…" not in text, text
        if command == "status":  # the first column, its folded lines joined again
            lines = text.splitlines()
            header = next(i for i, line in enumerate(lines) if line.lstrip().startswith("leaflet "))
            width = lines[header].index("language")
            names: list[str] = []
            for line in lines[header + 1:]:
                if line[width:].strip():
                    names.append(line[:width].strip())
                elif line.strip():
                    names[-1] += line[:width].strip()
            assert set(names) == {SLUG, twin.stem}, text


@pytest.mark.parametrize("args, says", [
    (["--lang", "xx"], "'xx' is not a configured language"),
    (["--base", "no-such-revision"], "--base no-such-revision: "),  # the common CI slip: the base not fetched
])
def test_a_value_check_cannot_take_still_gives_ci_its_json_report(make_project, args, says):
    config = make_project(["es"])
    result = invoke(config, "check", "--format", "json", *args)
    assert result.exit_code == 2
    [problem] = json.loads(result.stdout)["problems"]
    assert problem["message"].startswith(says), problem
    assert (problem["path"], problem["line"]) == ("", None)  # a value given on the command line: no file's
