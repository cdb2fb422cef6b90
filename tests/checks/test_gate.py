"""`leaflets check`: the CI gate, through the command line as CI runs it."""

from __future__ import annotations

import json
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from pipeline.catalogs.po import messages, read_catalog, write_catalog
from pipeline.checks.glossary import load_glossary
from pipeline.cli import console
from pipeline.core.config import load_config
from pipeline.review.ledger import approve, approve_entries, load_ledger
from tests.checks.conftest import invoke, set_translation
from tests.checks.sentences import GOOD
from tests.conftest import SLUG, fake_translation, translate_all, write_pyproject

Q8 = "It is essential that you have someone"
Q8_WITHOUT_NO = GOOD["es"]["Q8a"].replace("que NO realice ejercicio ni actividad", "que realice ejercicio o actividad")
PO = f"locales/es/LC_MESSAGES/{SLUG}.po"


def report_of(result) -> dict:
    return json.loads(result.stdout)


def approve_where(config, lang: str, prefix: str | None = None, override: str = "") -> int:
    """Approve as the review command does (checks enforced, an override with a reason)."""
    path = config.po_path(lang, SLUG)
    catalog = read_catalog(path)
    ledger = load_ledger(config, lang, SLUG)
    selected = [m for m in messages(catalog) if prefix is None or m.id.startswith(prefix)]
    outcome = approve_entries(catalog, ledger, config, "jchen", selected, override=override,
                              glossary=load_glossary(config))
    ledger.save()
    write_catalog(path, catalog)
    return len(outcome.approved)


def test_a_fresh_project_passes(gate_project):
    result = invoke(gate_project(), "check", "--format", "json")
    assert result.exit_code == 0, result.output
    report = report_of(result)
    assert report["passes"] and report["findings"] == [] and report["problems"] == []


def test_a_language_the_next_build_publishes_must_be_in_the_committed_record_of_addresses(gate_project):
    """Approved and committed without a build: a deploy job's clean checkout would publish it and
    record it in its own copy only, and a later withdrawal would leave its addresses dead (or old)."""
    config = gate_project()
    translate_all(config, "es", lambda english: GOOD["es"].get(english, f"[es] {english}"))
    assert approve_where(config, "es", override="checked by the nurse consultant") == 24
    result = invoke(config, "check", "--format", "json")
    assert result.exit_code == 1
    assert {"path": "published.json", "line": None, "message": (
        f"does not list {SLUG} in es, which the next build publishes: run leaflets build and commit "
        "published.json, so that a build from a clean checkout (a deploy) still answers those addresses once "
        "withdrawn")} in report_of(result)["problems"]
    assert invoke(config, "build").exit_code == 0
    assert invoke(config, "check").exit_code == 0
    (config.root / "published.json").unlink()  # the English editions must be listed too
    said = " ".join(invoke(config, "check").stdout.split())
    assert f"published.json: error: does not list {SLUG} in en, es, which the next build publishes" in said


def test_a_page_committed_into_the_output_folder_fails_the_gate(gate_project):
    """A build leaves what it did not make: a page added to git under dist/ would be deployed."""
    config = gate_project()
    forged = config.output_dir / "es" / f"{SLUG}.html"
    forged.parent.mkdir(parents=True)
    forged.write_text("<p>Tome 10 comprimidos.</p>", encoding="utf-8")

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=config.root, check=True, capture_output=True)

    git("init", "-q")
    git("add", "source", "locales", "pyproject.toml", "published.json")
    assert invoke(config, "check").exit_code == 0  # built outputs, not in git: nothing to say
    git("add", "-f", str(forged))
    result = invoke(config, "check", "--format", "json")
    assert result.exit_code == 1
    assert {"path": f"dist/es/{SLUG}.html", "line": None, "message": (
        "is committed, but the output folder is leaflets' to build: a build leaves what it did not make, so a "
        "deploy would publish it; remove it from git (git rm --cached)")} in report_of(result)["problems"]
    git("rm", "-q", "--cached", str(forged))
    assert invoke(config, "check").exit_code == 0
    for number in range(11):  # a whole folder committed: one problem, not one per file
        (forged.parent / f"page-{number:02}.html").write_text("<p>Tome 10 comprimidos.</p>", encoding="utf-8")
    git("add", "-f", "dist/es")
    problems = report_of(invoke(config, "check", "--format", "json"))["problems"]
    assert [p["path"] for p in problems] == ["dist"], problems
    assert problems[0]["message"].startswith("12 files under it are committed (dist/es/")
    assert problems[0]["message"].endswith("remove them from git (git rm -r --cached dist)")


def test_a_repository_git_cannot_read_fails_the_gate(gate_project):
    """Unable to list what git tracks under dist/ (an index damaged, or a checkout owned by another user,
    which git refuses), the gate cannot vouch that no forged page would be deployed: it says so and fails."""
    config = gate_project()
    assert invoke(config, "check").exit_code == 0  # not a repository: nothing to say
    subprocess.run(["git", "init", "-q"], cwd=config.root, check=True)
    subprocess.run(["git", "add", "pyproject.toml"], cwd=config.root, check=True)
    assert invoke(config, "check").exit_code == 0
    (config.root / ".git" / "index").write_bytes(b"DIRC" + b"\0" * 40)  # damaged: git stops
    result = invoke(config, "check", "--format", "json")
    assert result.exit_code == 1
    [problem] = report_of(result)["problems"]
    assert problem["path"] == "dist" and problem["line"] is None
    assert problem["message"].startswith("cannot tell whether git tracks files under it (a deploy would publish "
                                         "them): git ls-files says: ")
    assert "index" in problem["message"]


def test_catalogues_no_leaflet_or_language_uses_are_noticed(gate_project):
    """A leaflet deleted (or renamed) leaves its POT, POs and ledgers; a language taken out, its folder.
    Translators' work: nothing removes them, but the gate says they are neither checked nor built."""
    config = gate_project()
    shutil.copy(config.pot_path(SLUG), config.locales_dir / "old-leaflet.pot")
    shutil.copy(config.po_path("es", SLUG), config.po_path("es", "old-leaflet"))
    config.ledger_path("es", "old-leaflet").write_text('{"language": "es", "approvals": {}}\n', encoding="utf-8")
    (config.locales_dir / "fr" / "LC_MESSAGES").mkdir(parents=True)
    shutil.copy(config.po_path("es", SLUG), config.locales_dir / "fr" / "LC_MESSAGES" / f"{SLUG}.po")
    result = invoke(config, "check", "--format", "json")
    assert result.exit_code == 0, result.output  # notices: nothing published is at stake
    notices = report_of(result)["notices"]
    assert {"path": "locales/old-leaflet.pot", "line": None, "message": (
        "no leaflet old-leaflet in source (deleted, or renamed?): 3 catalogue files neither checked nor built; "
        "if it is gone, remove them (git rm locales/old-leaflet.pot locales/*/LC_MESSAGES/old-leaflet.po "
        "locales/*/LC_MESSAGES/old-leaflet.approvals.json)")} in notices
    assert {"path": "locales/fr", "line": None, "message": (
        "fr is not in languages: its catalogues are neither checked nor built (add it back to languages, or "
        "remove the folder if it is gone for good)")} in notices
    assert not any(SLUG in n["message"] for n in notices if n["path"] != "locales/fr")
    shutil.copy(config.po_path("es", SLUG), config.locales_dir / "es" / "LC_MESSAGES" / "django.po")  # another tool's
    notices = report_of(invoke(config, "check", "--format", "json"))["notices"]
    assert not any("django" in n["message"] for n in notices)


def test_a_record_of_addresses_left_with_a_merge_conflict_fails_the_gate(gate_project):
    config = gate_project()
    record = config.root / "published.json"
    lines = record.read_text(encoding="utf-8").splitlines(keepends=True)
    record.write_text("".join([*lines[:4], "<<<<<<< HEAD\n", *lines[4:]]), encoding="utf-8")
    result = invoke(config, "check", "--format", "json")
    assert result.exit_code == 1
    [problem] = report_of(result)["problems"]
    assert problem["path"] == "published.json" and problem["line"] == 5
    assert problem["message"] == "the record of published addresses: an unresolved merge conflict: keep the lines meant, then delete the `<<<<<<<`, `=======` and `>>>>>>>` lines"


def test_draft_errors_in_a_new_language_are_reported_and_do_not_fail(gate_project):
    config = gate_project()
    translate_all(config, "ar", fake_translation("ar"))
    result = invoke(config, "check", "--format", "json")
    assert result.exit_code == 0, result.output
    report = report_of(result)
    ar = next(row for row in report["languages"] if row["language"] == "ar")
    assert ar["errors"] > 0 and ar["blocking"] == 0 and ar["passes"]
    untranslated = [f for f in report["findings"] if f["check"] == "untranslated"]
    assert len(untranslated) == 24  # Latin text in an Arabic catalogue, every entry
    assert {f["severity"] for f in untranslated} == {"error"} and not any(f["blocking"] for f in untranslated)


def test_spanish_q8_that_drops_no_is_found_at_its_po_line(gate_project):
    config = gate_project()
    line = set_translation(config, "es", Q8, Q8_WITHOUT_NO)
    report = report_of(invoke(config, "check", "--format", "json"))
    negation, emphasis = report["findings"]
    assert emphasis["check"] == "emphasis" and emphasis["severity"] == "warning"
    assert negation | {"english": ""} == {
        "leaflet": SLUG, "language": "es", "path": PO, "line": line, "english": "", "state": "translated",
        "check": "negation", "severity": "error",
        "message": "sentence 1: the English says “NOT”; the translation has no negation", "override": "", "blocking": False,
    }


def test_an_approved_entry_with_an_error_fails(gate_project):
    config = gate_project()
    line = set_translation(config, "es", Q8, Q8_WITHOUT_NO)
    catalog = read_catalog(config.po_path("es", SLUG))
    ledger = load_ledger(config, "es", SLUG)
    assert len(approve(catalog, ledger, config, "jchen", prefix=Q8)) == 1  # the low-level approval holds nothing back
    ledger.save()
    result = invoke(config, "check")
    assert result.exit_code == 1
    assert f"{PO}:{line}: error: negation: sentence 1: the English says “NOT”; the translation has no negation" in result.stdout
    # the approval does not count: the entry is not published, and check says why at the entry
    english_of_q8 = next(m.id for m in messages(catalog) if m.id.startswith(Q8))
    assert len(english_of_q8) > 60  # quoted cut short: the line says which entry
    assert (f"{PO}:{line}: error: approval of {english_of_q8[:59] + '…'!r} by jchen does not override the check error negation: "
            "sentence 1: the English says “NOT”; the translation has no negation: the entry is not published"
            ) in " ".join((result.stdout + result.stderr).split())
    assert "check FAILED: 1 file problem; magnesium-infusions [es]: 1 error" in result.stdout


def test_an_override_with_a_reason_lets_an_approved_error_pass(gate_project):
    config = gate_project()
    set_translation(config, "es", Q8, Q8_WITHOUT_NO)
    assert approve_where(config, "es", Q8) == 0  # held back: the error needs an override
    assert approve_where(config, "es", Q8, override="the clinic wants this wording") == 1
    result = invoke(config, "check")
    assert result.exit_code == 0, result.output
    assert "error (overridden): negation" in result.stdout
    assert "override: the clinic wants this wording" in result.stdout


def test_errors_block_in_a_language_that_must_ship(gate_project):
    config = gate_project("[tool.leaflets.thresholds]\nes = 0.5")
    translate_all(config, "es", fake_translation("es"))
    assert approve_where(config, "es", override="fixture text, not a translation") == 24
    set_translation(config, "es", Q8, Q8_WITHOUT_NO)  # changed after approval: not approved any more
    result = invoke(config, "check", "--format", "json")
    assert result.exit_code == 1
    es = report_of(result)["languages"][0]
    assert es["approved_share"] > 0.5 and es["blocking"] == 1 and not es["passes"]
    assert es["counts"]["lapsed-translation"] == 1


def test_an_approval_by_an_unlisted_reviewer_fails(gate_project):
    config = gate_project()
    set_translation(config, "es", Q8, GOOD["es"]["Q8a"])
    assert approve_where(config, "es", Q8) == 1
    ledger_path = config.ledger_path("es", SLUG)
    ledger_path.write_text(ledger_path.read_text(encoding="utf-8").replace('"jchen"', '"ghost"'), encoding="utf-8")
    key_line = next(n for n, line in enumerate(ledger_path.read_text(encoding="utf-8").splitlines(), start=1)
                    if line.strip().startswith(f'"{Q8}'))
    result = invoke(config, "check")
    assert result.exit_code == 1
    said = " ".join(result.stdout.split())
    assert f"locales/es/LC_MESSAGES/{SLUG}.approvals.json:{key_line}: error: approval of '{Q8}" in said
    assert "…' by 'ghost', who is not listed for es" in said


def test_stale_files_say_what_to_run(gate_project):
    config = gate_project()
    md = config.source_path(SLUG)
    md.write_text(md.read_text(encoding="utf-8").replace("90 minutes", "2 hours"), encoding="utf-8")
    result = invoke(config, "check", "--format", "json")
    assert result.exit_code == 1
    problems = {p["path"]: p["message"] for p in report_of(result)["problems"]}
    assert problems[f"locales/{SLUG}.pot"] == (
        f"older than source/{SLUG}.md: run leaflets extract, then leaflets update (or leaflets run)")
    assert list(problems) == [f"locales/{SLUG}.pot"]  # said once, for the POT: not again for each PO
    assert "magnesium-infusions [es]: run leaflets extract, then update" in invoke(config, "check").stdout

    assert invoke(config, "extract").exit_code == 0
    result = invoke(config, "check", "--format", "json")
    assert [p["path"] for p in report_of(result)["problems"]] == [PO, f"locales/ar/LC_MESSAGES/{SLUG}.po",
                                                                   f"locales/zh_Hans/LC_MESSAGES/{SLUG}.po"]
    assert report_of(result)["problems"][0]["message"] == (
        "older than the POT (1 English block missing, 1 entry not in the POT): run leaflets update (or leaflets run)")
    assert invoke(config, "update").exit_code == 0
    assert invoke(config, "check").exit_code == 0

    raw = config.raw_dir / f"{SLUG}.txt"
    raw.write_text(raw.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    result = invoke(config, "check")
    assert result.exit_code == 1
    assert f"source/{SLUG}.md: error: older than source/raw/{SLUG}.txt: run leaflets import" in result.stdout


# -- real-world PO files: clean findings or clean errors, never a traceback ------------


def _latin1(data: bytes) -> bytes:
    """The catalogue in ISO-8859-1, as an old editor saves it; Q5's “haven’t” cannot be, so it goes."""
    lines = data.decode("utf-8").split("\n")
    lines = [line.replace("“", "'").replace("”", "'") if line.startswith("#") else line for line in lines]
    entries = "\n".join(lines).split("\n\n")
    kept = [e for e in entries if all(ord(ch) < 256 for ch in e)]
    assert len(kept) == len(entries) - 1
    return "\n\n".join(kept).replace("charset=utf-8", "charset=ISO-8859-1").encode("latin-1")


def _without_header(data: bytes) -> bytes:
    return data[data.index(b"#. Title"):]


CORNER_CASES = {
    "bom": (lambda d: b"\xef\xbb\xbf" + d, 0, f"{PO}:1: starts with a byte-order mark"),
    "crlf": (lambda d: d.replace(b"\n", b"\r\n"), 0, f"{PO}:1: has CRLF line endings"),
    "latin-1": (_latin1, 1, f"{PO}:15: charset is iso-8859-1, not UTF-8"),  # the Content-Type line
    "missing header": (_without_header, 0, f"{PO}:1: has no header entry"),
    "msgid without msgstr": (lambda d: d + b'\nmsgid "dangling"\n', 1, "error: missing msgstr for msgid 'dangling'"),
    "duplicate msgid": (lambda d: d + b'\nmsgid "Magnesium Infusions"\nmsgstr "x"\n', 1,
                        "error: duplicate message definition (first at line"),
    "plural entry": (lambda d: d + b'\nmsgid "%d hour"\nmsgid_plural "%d hours"\nmsgstr[0] "%d minuto"\n'
                     b'msgstr[1] "%d minutos"\n', 1,
                     "error (not blocking): units: the English says “hour”; the translation has no word for hours"),
}


@pytest.mark.parametrize("case", CORNER_CASES)
def test_real_world_po_files_give_clean_findings_or_errors(gate_project, case):
    config = gate_project()
    set_translation(config, "es", "Who should not", "¿Quién no debe recibir una infusión de magnesio?")
    path = config.po_path("es", SLUG)
    change, exit_code, expected = CORNER_CASES[case]
    path.write_bytes(change(path.read_bytes()))
    for fmt in ("text", "json", "github", "junit"):
        result = invoke(config, "check", "--lang", "es", "--format", fmt)
        assert result.exit_code == exit_code, (fmt, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert "Traceback" not in result.output
    text = invoke(config, "check", "--lang", "es").stdout
    assert expected in text
    if case in ("bom", "crlf", "latin-1", "missing header"):  # read right: the Spanish question passes
        assert "¿Quién" not in text and "error: negation" not in text


def test_a_po_syntax_error_is_file_line_message(gate_project):
    config = gate_project()
    path = config.po_path("es", SLUG)
    lines = path.read_text(encoding="utf-8").count("\n")
    path.write_text(path.read_text(encoding="utf-8") + 'msgid "dangling"\n', encoding="utf-8")
    result = invoke(config, "check", "--format", "json")
    assert result.exit_code == 1
    assert report_of(result)["problems"] == [
        {"path": PO, "line": lines + 1, "message": "missing msgstr for msgid 'dangling'"}]


# -- report formats ------------------------------------------------------------------


def test_github_annotations_point_at_the_po_line(gate_project):
    config = gate_project("[tool.leaflets.thresholds]\nzh_Hans = 1.0")
    line = set_translation(config, "es", Q8, Q8_WITHOUT_NO)
    catalog = read_catalog(config.po_path("es", SLUG))
    ledger = load_ledger(config, "es", SLUG)
    approve(catalog, ledger, config, "jchen", prefix=Q8)
    ledger.save()
    result = invoke(config, "check", "--format", "github")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert (f"::error file={PO},line={line},title=leaflets negation [es]::sentence 1: the English says “NOT”; "
            "the translation has no negation%0A“It is essential") in "\n".join(lines)
    assert "::error title=leaflets check%3A threshold::magnesium-infusions [zh_Hans]: 0 of 24 approved (0.0%25), 100%25 needed" in lines


def test_junit_report_counts_failures(gate_project):
    config = gate_project("[tool.leaflets.thresholds]\nzh_Hans = 1.0")
    set_translation(config, "es", Q8, Q8_WITHOUT_NO)
    translate_all(config, "ar", fake_translation("ar"))
    result = invoke(config, "check", "--format", "junit")
    assert result.exit_code == 1
    root = ET.fromstring(result.stdout)
    suites = {suite.get("name"): suite for suite in root}
    assert set(suites) == {"files", f"{SLUG} [es]", f"{SLUG} [ar]", f"{SLUG} [zh_Hans]"}
    assert suites[f"{SLUG} [zh_Hans]"].get("failures") == "1"  # below its threshold
    assert suites[f"{SLUG} [es]"].get("failures") == "0"  # a draft error in a threshold-0 language
    es_cases = [c for c in suites[f"{SLUG} [es]"] if c.get("name").startswith("line ")]
    assert len(es_cases) == 1 and "negation" in es_cases[0].find("system-out").text
    assert root.get("failures") == "1"


def test_usage_errors_exit_2(gate_project):
    config = gate_project()
    assert invoke(config, "check", "--format", "xml").exit_code == 2
    assert invoke(config, "lint", "--format", "junit").exit_code == 2


def test_unknown_language_is_a_clean_error(gate_project):
    result = invoke(gate_project(), "check", "--lang", "de")
    assert result.exit_code == 2 and "'de' is not a configured language" in result.output


def test_status_shows_check_errors(gate_project):
    config = gate_project()
    translate_all(config, "ar", fake_translation("ar"))
    result = invoke(config, "status")
    assert result.exit_code == 0
    row = next(line for line in result.stdout.splitlines() if " ar " in line)
    assert row.split()[-1] != "0" and "check errors" in result.stdout
    # errors an approval overrides with a reason are said to be, as the gate passes them
    translate_all(config, "es", lambda english: GOOD["es"].get(english, f"[es] {english}"))
    approve_where(config, "es", override="checked by the nurse consultant")
    report = report_of(invoke(config, "check", "--format", "json", "--lang", "es"))
    [es] = report["languages"]
    assert es["errors"] == es["overridden"] > 0 and es["passes"]
    row = next(line for line in invoke(config, "status").stdout.splitlines() if " es " in line)
    assert row.rstrip().endswith(f"{es['errors']} ({es['overridden']} overridden)")


def test_check_says_which_languages_it_cannot_read_for_meaning_and_when_there_is_no_glossary(gate_project):
    config = gate_project()
    (config.root / "glossary.toml").write_text('[[term]]\nenglish = "magnesium"\n', encoding="utf-8")
    said = [n["message"] for n in report_of(invoke(config, "check", "--format", "json"))["notices"]]
    assert not [n for n in said if "no word lists" in n or "no glossary" in n]  # languages with their lists
    (config.root / "glossary.toml").unlink()
    write_pyproject(config.root, ["es", "fr"])  # a project that adds French
    said = [n["message"] for n in report_of(invoke(load_config(config.root), "check", "--format", "json"))["notices"]]
    french = ("fr: the checks have no word lists for this language, so a dropped negation, an opposite "
              "(before/after), a changed unit or what a number counts is not found in fr; numbers, drug names and "
              "the glossary are checked (docs/checks.md: Language data)")
    assert [n for n in said if "no word lists" in n] == [french]
    assert any(n.startswith("no glossary.toml: drug names are checked by their shape only") for n in said)


def test_an_approval_that_lapsed_is_named_at_its_line_with_what_the_next_build_does(gate_project):
    """An approved word changed in a PO editor passes the checks, but its approval lapsed: CI says so."""
    config = gate_project()
    translate_all(config, "es", lambda english: GOOD["es"].get(english, f"[es] {english}"))
    approve_where(config, "es", override="checked by the nurse consultant")
    quiet = report_of(invoke(config, "check", "--format", "json", "--lang", "es"))
    assert not any("lapsed" in notice["message"] for notice in quiet["notices"])
    line = set_translation(config, "es", "Will the injection hurt?", "¿Me dolerá la inyección?")

    result = invoke(config, "check", "--format", "json", "--lang", "es")
    assert result.exit_code == 0, result.output  # a notice, not a failure: the gate's threshold is 0
    notices = report_of(result)["notices"]
    assert {"path": PO, "line": line, "message": "the approval of 'Will the injection hurt?' by jchen lapsed: "
            "the translation changed since; it is not published until approved again"} in notices
    [language] = [n for n in notices if n["line"] == 1 and "lapsed" in n["message"]]
    assert language["message"].startswith("23 of 24 blocks approved after 1 approval lapsed; publishing needs 100%: "
                                          "the next build does not publish es")
    github = invoke(config, "check", "--format", "github", "--lang", "es").stdout
    assert f"::notice file={PO},line={line}," in github
    junit = ET.fromstring(invoke(config, "check", "--format", "junit", "--lang", "es").stdout)
    shown = "\n".join(element.text or "" for element in junit.iter("system-out"))  # a CI panel shows it; no failure
    assert f"notice: {PO}:{line}: the approval of 'Will the injection hurt?' by jchen lapsed" in shown
    assert junit.get("failures") == "0"


def test_an_approval_lapsed_by_an_english_edit_is_named_too(gate_project):
    """The ledger files the approval under the old English (the PO's #| names it): found there."""
    config = gate_project()
    translate_all(config, "es", lambda english: GOOD["es"].get(english, f"[es] {english}"))
    approve_where(config, "es", override="checked by the nurse consultant")
    md = config.source_path(SLUG)
    md.write_text(md.read_text(encoding="utf-8").replace("Will the injection hurt?", "Will the infusion hurt?"),
                  encoding="utf-8")
    assert invoke(config, "run").exit_code == 0
    notices = report_of(invoke(config, "check", "--format", "json", "--lang", "es"))["notices"]
    assert any(n["message"] == "the approval of 'Will the infusion hurt?' by jchen lapsed: the English changed "
               "since; it is not published until approved again" for n in notices), notices


def test_the_text_is_printed_as_it_is_and_a_language_asked_twice_is_checked_once(gate_project, capsys):
    console._rich(False).print("Mix the drops 1:100:1 with water, see :warning: box.", markup=False)
    assert capsys.readouterr().out == "Mix the drops 1:100:1 with water, see :warning: box.\n"  # no emoji codes
    config = gate_project()
    report = report_of(invoke(config, "check", "--lang", "es", "--lang", "es", "--format", "json"))
    assert [row["language"] for row in report["languages"]] == ["es"]


def test_a_share_below_its_threshold_says_the_counts(gate_project):
    config = gate_project('[tool.leaflets.thresholds]\nes = 0.92\n')
    translate_all(config, "es", lambda english: GOOD["es"].get(english, f"[es] {english}"))
    approve_where(config, "es", override="checked by the nurse consultant")
    catalog_path = config.po_path("es", SLUG)
    set_translation(config, "es", "Will the injection hurt?", "¿Me dolerá la inyección?")
    set_translation(config, "es", "Who should not", "¿Quién no debe recibirla?")
    text = invoke(config, "check", "--lang", "es").stdout
    assert "22 of 24 approved (91.7%), 92% needed" in text and catalog_path.exists()


@pytest.mark.parametrize("fmt", ["json", "junit", "github"])
def test_a_bad_setting_is_in_the_machine_readable_report_too(gate_project, fmt):
    """CI uploads the JSON or JUnit file and reads the annotations: an empty one hides why it failed."""
    config = gate_project()
    pyproject = config.root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8") + '\n[tool.leaflets.thresholds]\nde = 1.0\n', "utf-8")
    result = invoke(config, "check", "--format", fmt)
    assert result.exit_code == 1
    out = result.stdout
    assert "de is not a configured language" in out
    if fmt == "json":
        [problem] = json.loads(out)["problems"]
        assert problem["path"] == "pyproject.toml" and problem["line"] > 1 and not json.loads(out)["passes"]
    elif fmt == "junit":
        assert ET.fromstring(out).get("failures") == "1"
    else:
        assert out.startswith("::error file=pyproject.toml,line=")


def test_annotations_name_files_from_the_repository_when_the_project_is_a_folder_of_it(gate_project, monkeypatch):
    """GitHub places an annotation by its path from the repository's root (GITHUB_WORKSPACE)."""
    config = gate_project()
    line = set_translation(config, "es", Q8, Q8_WITHOUT_NO)
    monkeypatch.setenv("GITHUB_WORKSPACE", str(config.root.parent))
    github = invoke(config, "check", "--format", "github").stdout
    assert f"file={config.root.name}/{PO},line={line}" in github
    junit = ET.fromstring(invoke(config, "check", "--format", "junit").stdout)
    assert any(case.get("file") == f"{config.root.name}/{PO}" for case in junit.iter("testcase"))
    monkeypatch.setenv("GITHUB_WORKSPACE", str(config.root))  # the project is the repository
    assert f"file={PO},line={line}" in invoke(config, "check", "--format", "github").stdout


def test_status_and_check_count_blocks_as_the_build_does(make_project):
    """A paragraph said twice is two blocks of the page and one entry of the catalogue: the shares the gate
    and status gave (entries) were not the build's (blocks), so a language could pass the gate and not publish."""
    config = make_project(["es"])
    assert invoke(config, "run").exit_code == 0  # the Markdown, imported
    source = config.source_path(SLUG)
    repeated = "Please arrange a review in 1-2 weeks"
    line = next(text for text in source.read_text(encoding="utf-8").splitlines() if text.startswith(repeated))
    source.write_text(source.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")
    assert invoke(config, "run").exit_code == 0
    translate_all(config, "es", fake_translation("es"))
    approve_where(config, "es", override="checked against the pharmacy's sheet")
    set_translation(config, "es", repeated, "[es] otra vez, sin aprobar")  # the repeated one lapses: two blocks

    built = json.loads(invoke(config, "build", "--format", "json").stdout)
    spanish = next(row for row in built["publications"] if row["language"] == "es")
    checked = next(s for s in report_of(invoke(config, "check", "--format", "json"))["languages"] if s["language"] == "es")
    assert (checked["total"], checked["approved"]) == (spanish["total"], spanish["approved"]), (checked, spanish)
    assert sum(checked["counts"].values()) == checked["total"] - 1  # the entries: the paragraph is one
    assert spanish["total"] - spanish["approved"] == 2  # the paragraph, twice
