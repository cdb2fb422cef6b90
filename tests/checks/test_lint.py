"""`leaflets lint`: warnings about the English source, which it never rewrites."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.cli.main import app
from pipeline.core.errors import ConfigError
from pipeline.source.document import parse_leaflet
from pipeline.source.lint import LintSettings, lint_leaflet, reading_grade
from tests.checks.conftest import LANGUAGES, invoke, runner
from tests.conftest import SLUG, write_pyproject

MD = f"source/{SLUG}.md"


def md_line(config, text: str) -> int:
    lines = config.source_path(SLUG).read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, start=1) if text in line)


def leaflet(body: str):
    text = f"---\nslug: t\ntitle: T\nversion: 1\ndate: 2026-01-01\n---\n\n# T\n\n## Q one?\n\n{body}\n"
    return parse_leaflet(text, Path("t.md"))


def test_lint_warns_about_the_magnesium_leaflet_and_changes_nothing(gate_project):
    config = gate_project()
    before = config.source_path(SLUG).read_bytes()
    result = invoke(config, "lint", "--format", "json")
    assert result.exit_code == 0, result.output
    assert config.source_path(SLUG).read_bytes() == before
    [report] = json.loads(result.stdout)
    assert report["path"] == MD and report["max_grade"] == 8.0 and report["grade"] > 8
    by_rule: dict[str, list[dict]] = {}
    for warning in report["warnings"]:
        by_rule.setdefault(warning["rule"], []).append(warning)
    run_on = md_line(config, "110mmol/L")
    assert by_rule["number-unit"] == [{"rule": "number-unit", "line": run_on,
                                       "message": "“110mmol/L”: put a space between the number and its unit (110 mmol/L)"}]
    terms = {(w["line"], w["message"].split("”")[0].lstrip("“")) for w in by_rule["terms"]}
    assert (md_line(config, "Will the injection hurt?"), "injection") in terms
    assert (md_line(config, "How long does the Block Take?"), "Block") in terms
    assert all("infusion (16×), injection (4×), block (3×)" in w["message"] for w in by_rule["terms"])
    long_one = md_line(config, "During the infusion patients often report")
    assert any(w["line"] == long_one and "a sentence of 41 words" in w["message"] for w in by_rule["sentence-length"])
    assert by_rule["reading-grade"][0]["line"] == md_line(config, "# Magnesium Infusions")


def test_lint_strict_fails_on_warnings(gate_project):
    config = gate_project()
    result = invoke(config, "lint", "--strict")
    assert result.exit_code == 1
    assert f"{MD}:{md_line(config, '110mmol/L')}: warning: number-unit:" in result.stdout


def test_lint_says_whether_the_reading_grade_is_within_its_aim(gate_project):
    """The grade is printed for every leaflet: one below the aim must not read as a problem."""
    config = gate_project()
    said = invoke(config, "lint").stdout
    assert re.search(rf"^{MD}: reading grade \d+\.\d \(Flesch–Kincaid\), above the aim of 8$", said, re.MULTILINE)
    write_pyproject(config.root, LANGUAGES, "[tool.leaflets.lint]\nmax_grade = 20\n")
    said = invoke(config, "lint").stdout
    assert re.search(rf"^{MD}: reading grade \d+\.\d \(Flesch–Kincaid\), within the aim of 20$", said, re.MULTILINE)


def test_lint_github_annotations_point_at_the_markdown(gate_project):
    config = gate_project()
    result = invoke(config, "lint", "--format", "github")
    assert result.exit_code == 0
    assert (f"::warning file={MD},line={md_line(config, '110mmol/L')},title=lint%3A number-unit::"
            "“110mmol/L”: put a space") in result.stdout


def test_lint_github_annotations_name_files_from_the_repository_as_checks_do(gate_project, monkeypatch):
    """A project in a folder of its repository: the annotations named source/… and landed on no file."""
    config = gate_project()
    monkeypatch.setenv("GITHUB_WORKSPACE", str(config.root.parent))
    result = invoke(config, "lint", "--format", "github")
    assert f"::warning file=project/{MD},line={md_line(config, '110mmol/L')}," in result.stdout


@pytest.mark.parametrize("output_format", ["text", "json", "github"])
def test_a_leaflet_lint_cannot_read_is_reported_and_the_others_linted(gate_project, output_format):
    """One broken leaflet stopped lint for all, and the CI formats printed nothing."""
    config = gate_project()
    broken = config.source_dir / "wrist-splint.md"
    broken.write_text("---\nslug: wrist-splint\ntitle: T\nversion: 1\ndate: 2026-01-01\n---\n# T\n\n    code\n",
                      encoding="utf-8")
    result = invoke(config, "lint", "--format", output_format)
    assert result.exit_code == 1
    if output_format == "json":
        reports = {report["leaflet"]: report for report in json.loads(result.stdout)}
        assert reports["wrist-splint"]["error"]["line"] == 9 and "code block" in reports["wrist-splint"]["error"]["message"]
        assert reports[SLUG]["warnings"] and reports[SLUG]["error"] is None
    elif output_format == "github":
        assert "::error file=source/wrist-splint.md,line=9,title=leaflets lint::a code block" in result.stdout
        assert "::warning file=source/magnesium-infusions.md" in result.stdout
    else:
        assert "leaflets: error: source/wrist-splint.md:9: a code block" in result.output
        assert f"{MD}:" in result.output and "warning: number-unit" in result.output
        assert result.output.rstrip().endswith("lint warnings; 1 leaflet could not be read")


@pytest.mark.parametrize("output_format", ["text", "json", "github"])
def test_a_leaflet_not_yet_imported_is_said_at_its_original(gate_project, output_format):
    """Lint named source/wrist-splint.md, a file no one made yet, where the clinic's original is what there is."""
    config = gate_project()
    original = config.raw_dir / "wrist-splint.txt"
    original.parent.mkdir(exist_ok=True)
    original.write_text("Wrist Splint\n\nWhat is a wrist splint?\nA splint holds the wrist still.\n", encoding="utf-8")
    result = invoke(config, "lint", "--format", output_format)
    assert result.exit_code == 1
    says = "not imported yet: `leaflets import` (or `leaflets run`) makes source/wrist-splint.md from it, for lint to read"
    if output_format == "json":
        reports = {report["leaflet"]: report for report in json.loads(result.stdout)}
        assert reports["wrist-splint"]["path"] == "source/raw/wrist-splint.txt"
        assert reports["wrist-splint"]["error"] == {"line": 1, "message": says}
        assert reports[SLUG]["warnings"] and reports[SLUG]["error"] is None
    elif output_format == "github":
        assert f"::error file=source/raw/wrist-splint.txt,line=1,title=leaflets lint::{says}" in result.stdout
    else:
        assert f"leaflets: error: source/raw/wrist-splint.txt:1: {says}" in result.output
    assert not config.source_path("wrist-splint").exists()  # lint imports nothing


def test_lint_settings_change_what_it_warns_about(gate_project):
    config = gate_project(
        "[tool.leaflets.lint]\nmax_grade = 20\nmax_sentence_words = 50\n"
        'terms = [["doctor", "physician", "physiotherapist"]]\nallow = []'
    )
    assert config.lint == LintSettings(20.0, 50, (("doctor", "physician", "physiotherapist"),), ())
    [report] = json.loads(invoke(config, "lint", "--format", "json").stdout)
    rules = {w["rule"] for w in report["warnings"]}
    assert rules == {"number-unit", "terms"}
    assert all("physiotherapist" in w["message"] or "doctor" in w["message"]
               for w in report["warnings"] if w["rule"] == "terms")


def test_lint_allow_removes_a_phrase_that_is_not_the_procedure():
    text = leaflet("Patients with conduction blocks. The infusion takes 90 minutes. The infusion helps.")
    plain = lint_leaflet(text, LintSettings(max_grade=30))
    assert [w.message.split("”")[0] for w in plain if w.rule == "terms"] == ["“blocks"]
    allowed = lint_leaflet(text, LintSettings(max_grade=30, allow=("conduction blocks",)))
    assert [w for w in allowed if w.rule == "terms"] == []


def test_lint_run_ons_and_what_is_not_one():
    found = lint_leaflet(leaflet("Take 5mg twice, 2.5mL at night, for 3days. The 1st dose is at 8 am on 2 May."),
                         LintSettings(max_grade=30))
    assert [w.message.split(":")[0] for w in found if w.rule == "number-unit"] == ["“5mg”", "“2.5mL”", "“3days”"]


def test_lint_warns_about_doses_written_as_uk_prescriptions_write_them():
    found = lint_leaflet(leaflet("Take 10mls of the liquid, or 500 mgs as tablets."), LintSettings(max_grade=30))
    assert [w.message for w in found if w.rule == "number-unit"] == [
        "“10mls”: write 10 mL (a unit's symbol has no plural; engines copy it, or read it as a word)",
        "“500 mgs”: write 500 mg (a unit's symbol has no plural; engines copy it, or read it as a word)"]


def test_lint_reads_a_links_words_not_its_address():
    """Long addresses made plain sentences hard (grade 19) and named terms only the address had."""
    address = "https://www.example.nhs.uk/conditions/musculoskeletal-radiology/nerve-block-injection-preparation"
    linked = leaflet(f"Eat as normal. Read [our guide]({address}) before you come. The injection is quick.")
    plain = leaflet("Eat as normal. Read [our guide](https://example.org/a) before you come. The injection is quick.")
    settings = LintSettings(max_grade=8, terms=(("block", "injection"),))
    assert lint_leaflet(linked, settings) == lint_leaflet(plain, settings) == []


def test_lint_reads_no_address_written_out_and_places_no_warning_on_one():
    address = "https://www.example.nhs.uk/conditions/musculoskeletal-radiology/nerve-block-injection-preparation"
    text = ("---\nslug: t\ntitle: T\nversion: 1\ndate: 2026-01-01\n---\n\n# T\n\n"
            f"Read <{address}> or {address} now.\n\n"  # line 10
            "See [the dosing page](https://example.org/10mg-dose) and\n"  # line 12
            "take 10mg at night. The injection is quick. The injection is safe. A block helps.\n")  # line 13
    found = lint_leaflet(parse_leaflet(text, Path("t.md")), LintSettings(max_grade=8, terms=(("injection", "block"),)),
                         text.split("\n"))
    assert sorted((w.rule, w.line) for w in found) == [("number-unit", 13), ("terms", 13)]


def test_lint_reads_a_contact_blocks_lines_as_lines():
    """Each line ended by a break is read alone: the README's contact block was one sentence of 33 words."""
    found = lint_leaflet(leaflet("Spine Pain Clinic, Level 3, East Wing\\\nTel: [02 9382 1234](tel:+61293821234), "
                                 "Monday to Friday, 8.30 am to 5 pm\\\nAfter hours: call the hospital switchboard "
                                 "on [02 9382 2222](tel:+61293822222) and ask for the pain doctor on call"),
                         LintSettings(max_grade=30, max_sentence_words=25))
    assert [w for w in found if w.rule == "sentence-length"] == []


def test_lint_places_each_warning_at_its_own_line_of_a_wrapped_paragraph():
    """Both "block"s were placed at the first line holding the word, one line early for the second."""
    text = ("---\nslug: t\ntitle: T\nversion: 1\ndate: 2026-01-01\n---\n\n# T\n\n"
            "The injection is quick. The injection is safe. The injection\n"  # line 10
            "is done in a minute. We call it a block. Then another\n"  # line 11
            "block may follow, with 5mg then\n"  # line 12
            "10mg.\n")  # line 13
    found = lint_leaflet(parse_leaflet(text, Path("t.md")), LintSettings(max_grade=30, terms=(("injection", "block"),)),
                         text.split("\n"))
    assert [(w.rule, w.line) for w in found if w.rule in ("terms", "number-unit")] == [
        ("terms", 11), ("terms", 12), ("number-unit", 12), ("number-unit", 13)]


def test_lint_decimals_a_reader_misreads_tenfold():
    found = lint_leaflet(leaflet("Take .5 mg at night and 5.0 mg in the morning. Version 2.0 of this leaflet. "
                                 "Take 0.5 mg or 2.5 mL. It is .5 of the dose. Call us over 38.0 °C or under "
                                 "4.0 mmol/L."), LintSettings(max_grade=30))
    assert [w.message for w in found if w.rule == "decimal"] == [
        "“.5”: write 0.5, a point alone is missed and the dose read as 5",
        "“5.0”: write 5, a trailing zero is read as ten times the dose"]


def test_bad_lint_settings_are_a_clean_error(gate_project):
    with pytest.raises(ConfigError, match=r"pyproject.toml:\d+: \[tool.leaflets.lint\] max_grade must be a number above 0"):
        gate_project("[tool.leaflets.lint]\nmax_grade = \"eight\"")


def test_unknown_lint_setting_is_named(tmp_path):
    root = tmp_path / "p"
    (root / "source").mkdir(parents=True)
    (root / "pyproject.toml").write_text('[tool.leaflets]\nlanguages = []\n[tool.leaflets.lint]\nmax_words = 3\n')
    result = runner.invoke(app, ["-C", str(root), "lint"])
    assert result.exit_code == 1
    assert "pyproject.toml:4: [tool.leaflets.lint] has an unknown setting 'max_words'" in result.output


def test_reading_grade_is_offline_and_ranks_plain_below_dense_english():
    plain = reading_grade("You will get a drip in your arm. It takes about two hours. You can go home after.")
    dense = reading_grade("Magnesium is a NMDA receptor antagonist and works in part by blocking the ion channel "
                          "in the NMDA receptor complex, preventing receptor activation, signal amplification "
                          "and central sensitization as seen in neuropathic pain.")
    assert plain is not None and dense is not None
    assert plain < 8 < dense
    assert reading_grade("") is None and reading_grade("110 / 90") is None


def test_lint_warns_once_about_a_drug_without_a_name_in_a_configured_language(gate_project):
    config = gate_project()
    (config.root / "glossary.toml").write_text(
        '[[term]]\nenglish = "ketamine"\ndrug = true\n[term.translations]\nes = "ketamina"\n'
        '[[term]]\nenglish = "magnesium"\ndrug = true\n[term.translations]\n'
        'es = "magnesio"\nar = "مغنيسيوم"\nzh_Hans = "镁"\n', encoding="utf-8")
    result = invoke(config, "lint", "--format", "json")
    assert result.exit_code == 0, result.output
    [report] = json.loads(result.stdout)
    drugs = [w for w in report["warnings"] if w["rule"] == "drug-forms"]
    assert drugs == [{"rule": "drug-forms", "line": md_line(config, "ketamine"),
                      "message": "“ketamine” has no name in ar, zh_Hans in glossary.toml: "
                                 "the checks cannot tell it from another drug there"}]
    # The pseudo-locales test the layout and are never published: no drug is named in them.
    write_pyproject(config.root, [*config.languages, "en_XA", "ar_XB"])
    [with_pseudo] = json.loads(invoke(config, "lint", "--format", "json").stdout)
    assert [w for w in with_pseudo["warnings"] if w["rule"] == "drug-forms"] == drugs
