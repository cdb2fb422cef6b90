"""A hand-edited or damaged approval ledger is a one-line error naming the file and line, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from pipeline.cli.main import app
from pipeline.core.errors import CatalogError
from pipeline.review.ledger import _first_lone_surrogate, load_ledger
from tests.conftest import REPO, SLUG, approve_all, fake_translation, translate_all

TITLE = "Magnesium Infusions"


def approval(document: dict) -> dict:
    return document["approvals"][TITLE]


def rejected(document: dict, when: str) -> None:
    record = approval(document)
    document["rejections"] = {TITLE: {"english_sha256": record["english_sha256"], "reviewer": "mlopez",
                                      "translation_sha256": record["translation_sha256"],
                                      "reason": "wrong register", "rejected_at": when}}


# name: (change to the ledger as leaflets wrote it, text on the line to be named, what the error says)
FAULTS = {
    "format as a string": (lambda d: d.update(format="2"), '"format": "2"',
                           'format must be a whole number such as 4, not "2"'),
    "approved_at not ISO 8601": (lambda d: approval(d).update(approved_at="yesterday"), '"yesterday"',
                                 "approved_at must be an ISO 8601 time"),
    "approved_at without its offset": (lambda d: approval(d).update(approved_at="2026-01-05T09:30:00"),
                                       '"2026-01-05T09:30:00"', "approved_at must say its UTC offset"),
    "approved_at before the first UTC moment": (  # year 1 at +14:00: comparing it with a key's until overflowed
        lambda d: approval(d).update(approved_at="0001-01-01T00:00:00+14:00"), '"0001-01-01T00:00:00+14:00"',
        "approved_at must be a time between the years 1 and 9999 in UTC"),
    "rejected_at not ISO 8601": (lambda d: rejected(d, "last week"), '"last week"',
                                 "rejected_at must be an ISO 8601 time"),
    "reviewer a number": (lambda d: approval(d).update(reviewer=7), '"reviewer": 7', "reviewer must be a string"),
    "hash null": (lambda d: approval(d).update(english_sha256=None), '"english_sha256": null',
                  "english_sha256 must be a string"),
    "overridden a string": (lambda d: approval(d).update(overridden="numbers"), '"overridden": "numbers"',
                            "overridden must be a list of check names"),
    "own_edit a string": (lambda d: approval(d).update(own_edit="no"), '"own_edit": "no"',
                          "own_edit must be true or false"),
    "a field missing": (lambda d: approval(d).pop("translation_sha256"), f'"{TITLE}": {{',
                        "lacks translation_sha256"),
    "a record not an object": (lambda d: d["approvals"].update({TITLE: ["jchen"]}), f'"{TITLE}": [',
                               "must be an object"),
    "approvals not an object": (lambda d: d.update(approvals=[]), '"approvals": []', "approvals must be an object"),
    "an earlier edit not as leaflets writes it": (  # its time is compared with approvals': a traceback else
        lambda d: d.update(edits={TITLE: {"english_sha256": "0" * 64, "translation_sha256": "1" * 64,
                                          "editor": "jchen", "edited_at": "2026-01-05T09:30:00+00:00",
                                          "earlier": [f"{'2' * 64} yesterday jchen"]}}),
        '"earlier": [', 'earlier must be a list of earlier edits ("SHA-256 EDITED_AT EDITOR")'),
}


@pytest.fixture
def approved(make_project):
    config = make_project(["es"])
    assert CliRunner().invoke(app, ["-C", str(config.root), "run"]).exit_code == 0
    translate_all(config, "es", fake_translation("es"))
    approve_all(config, "es")
    return config


def damage(config, change) -> tuple[str, int]:
    """Change the ledger, laid out as leaflets lays it out; return its path (as the CLI names it)."""
    path = config.ledger_path("es", SLUG)
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return config.relative(path)


def line_of(config, text: str) -> int:
    lines = config.ledger_path("es", SLUG).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("command", [["review", "queue"], ["build"], ["run"], ["check"], ["status"]])
def test_a_faulty_ledger_is_one_line_naming_file_and_line(approved, fault, command):
    change, on_line, says = FAULTS[fault]
    ledger = damage(approved, change)
    result = CliRunner().invoke(app, ["-C", str(approved.root), *command])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    building = command in (["build"], ["run"])  # a summary follows the error
    errors = [line for line in result.output.splitlines()
              if f"{ledger}:" in line and (not building or line.startswith("leaflets: error: "))]
    assert len(errors) == 1, result.output
    assert f"{ledger}:{line_of(approved, on_line)}: " in errors[0] and says in errors[0], errors[0]
    if command == ["status"]:  # the table goes on, with the language marked unreadable rather than 0/0
        assert any("es" in line and "unreadable" in line for line in result.output.splitlines())
    elif building:  # that language is withdrawn until its ledger reads; the English is built
        pass
    elif command != ["check"]:  # check goes on to print its table; the queue stops at the error
        assert result.output.strip() == errors[0]


def test_the_ledger_fault_reaches_a_user_as_one_line_on_stderr(approved):
    ledger = damage(approved, FAULTS["approved_at not ISO 8601"][0])
    for command in (["review", "queue"], ["build"]):
        done = subprocess.run([sys.executable, "-m", "pipeline", "-C", str(approved.root), *command],
                              capture_output=True, text=True, check=False, cwd=approved.root,
                              env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
        assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and ledger in done.stderr, done.stderr


@pytest.mark.parametrize("command", [["review", "queue"], ["build"], ["check"], ["status"]])
@pytest.mark.parametrize(("change", "on_line", "says"), [
    # valid JSON (as an editor escaping everything writes it), but half a character: no text to sign or write
    (lambda text: text.replace('"role": "', '"role": "\\ud800', 1), '"role": "\\ud800',
     "\\ud800 is half of a character (a lone surrogate)"),
    # the low half alone, and a low half after a whole pair (the pattern looks back for its high half)
    (lambda text: text.replace('"role": "', '"role": "\\uDC00', 1), '"role": "\\uDC00',
     "\\uDC00 is half of a character (a lone surrogate)"),
    (lambda text: text.replace('"role": "', '"role": "\\ud83d\\ude00\\ude00', 1), '"role": "\\ud83d',
     "\\ude00 is half of a character (a lone surrogate)"),
    # a backslash written \\, then "ud800", then a low half alone: no high half before it
    (lambda text: text.replace('"role": "', '"role": "\\\\ud800\\udc00', 1), '"role": "\\\\ud800',
     "\\udc00 is half of a character (a lone surrogate)"),
    (lambda text: text.replace('"format": 4', '"format": ' + "4" * 5000, 1), '"format": 444',
     "a number of more than 4300 digits"),
])
def test_text_no_editor_can_show_is_one_line_not_a_traceback(approved, command, change, on_line, says):
    path = approved.ledger_path("es", SLUG)
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    result = CliRunner().invoke(app, ["-C", str(approved.root), *command])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    where = f"{approved.relative(path)}:{line_of(approved, on_line)}: "
    assert any(where in line and says in line for line in result.output.splitlines()), result.output


def test_a_character_escaped_as_its_two_halves_reads(approved):
    """An editor escaping everything writes an emoji or a rare Chinese character as a pair of \\u escapes."""
    path = approved.ledger_path("es", SLUG)
    path.write_text(path.read_text(encoding="utf-8").replace('"role": "', '"role": "\\ud83d\\ude00 \\uD840\\uDC0B ', 1),
                    encoding="utf-8")
    ledger = load_ledger(approved, "es", SLUG)
    assert any(record.role.startswith("\U0001f600 \U0002000b ") for record in ledger.approvals.values())


@pytest.mark.parametrize(("json_text", "lone"), [
    ('"\\ud83d\\ude00 \\uD840\\uDC0B"', None),  # whole pairs
    ('"\\\\ud800 \\\\udc00"', None),  # backslashes written \\, then letters
    ('"\\ud800"', ("\\ud800", 1)),
    ('"x\\uDC00"', ("\\uDC00", 2)),
    ('"\\ud83d\\ude00\\ude00"', ("\\ude00", 13)),  # a low half after a whole pair
    ('"\\\\ud800\\udc00"', ("\\udc00", 8)),  # after a backslash written \\ and "ud800"
    ('"\\\\\\ud800"', ("\\ud800", 3)),  # a backslash written \\, then a high half alone
    ('"\\ud800\\ud800\\udc00"', ("\\ud800", 1)),  # the first of two high halves
])
def test_the_half_character_a_ledger_error_names_is_the_one_alone(json_text, lone):
    assert _first_lone_surrogate(json_text) == lone
    if lone is None:
        json.dumps(json.loads(json_text)).encode("utf-8")  # whole text: nothing to name
    else:
        with pytest.raises(UnicodeEncodeError):
            json.loads(json_text).encode("utf-8")


@pytest.mark.parametrize("command", [["check"], ["build"]])
def test_a_ledger_nested_thousands_deep_is_one_line_not_a_traceback(approved, command):
    path = approved.ledger_path("es", SLUG)
    path.write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["-C", str(approved.root), *command])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    said = " ".join(result.output.split())
    assert f"{approved.relative(path)}:" in said and "approval ledger is not valid JSON: nested too deeply" in said


@pytest.mark.parametrize("command", [["build"], ["check"]])
def test_a_ledger_that_names_one_record_twice_is_refused_at_the_second(approved, command):
    """JSON readers keep the last of two records with one name; a reviewer reading the diff may see the first."""
    path = approved.ledger_path("es", SLUG)
    text = path.read_text(encoding="utf-8")
    real = f'    "{TITLE}": {{\n'
    assert text.count(real) == 1
    first = (f'    "{TITLE}": {{"approved_at": "2026-01-05T09:30:00+00:00", "english_sha256": "0", '
             '"reviewer": "jchen", "role": "pain physician", "translation_sha256": "0"},\n')
    path.write_text(text.replace(real, first + real), encoding="utf-8")
    second = path.read_text(encoding="utf-8").splitlines().index(real.rstrip("\n")) + 1

    result = CliRunner().invoke(app, ["-C", str(approved.root), *command])

    assert result.exit_code == 1, result.output
    said = " ".join(result.output.split())
    assert f'{approved.relative(path)}:{second}: ' in said, said
    assert f'approval ledger: "{TITLE}" appears twice in one object (a merge gone wrong?): keep one' in said, said


def test_a_field_written_twice_in_one_record_is_named_at_its_second_line_in_that_record(approved):
    """Every record has a "reviewer": the second one of the file is the next record's, not the duplicate."""
    path = approved.ledger_path("es", SLUG)
    lines = path.read_text(encoding="utf-8").splitlines()
    reviewers = [number for number, line in enumerate(lines) if line.strip().startswith('"reviewer":')]
    assert len(reviewers) >= 3
    doubled = reviewers[1]  # the second record's: written again just after itself
    lines.insert(doubled + 1, lines[doubled])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = CliRunner().invoke(app, ["-C", str(approved.root), "check"])

    assert result.exit_code == 1
    said = " ".join(result.output.split())
    assert f'{approved.relative(path)}:{doubled + 2}: error: approval ledger: "reviewer" appears twice' in said, said


@pytest.mark.parametrize("command", [["build"], ["check"]])
def test_a_ledger_that_is_not_utf8_is_one_line_not_a_traceback(approved, command):
    path = approved.ledger_path("es", SLUG)
    path.write_bytes(path.read_bytes().replace(b'"language": "es"', b'"language": "es\xff"', 1))
    result = CliRunner().invoke(app, ["-C", str(approved.root), *command])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert f"{approved.relative(path)}:" in result.output and "approval ledger is not valid UTF-8" in result.output
    with pytest.raises(CatalogError, match="approval ledger is not valid UTF-8"):  # what --base reads catches
        load_ledger(approved, "es", SLUG)


def test_a_record_named_twice_in_a_ledger_on_one_line_is_named_at_that_line(approved):
    path = approved.ledger_path("es", SLUG)
    document = json.loads(path.read_text(encoding="utf-8"))
    one_line = json.dumps(document, ensure_ascii=False)  # as a script writes it
    record = json.dumps(document["approvals"][TITLE], ensure_ascii=False)
    path.write_text(one_line.replace('"approvals": {', f'"approvals": {{"{TITLE}": {record}, ', 1) + "\n",
                    encoding="utf-8")
    says = f'approval ledger: "{TITLE}" appears twice'
    built = CliRunner().invoke(app, ["-C", str(approved.root), "build"])
    assert built.exit_code == 1 and f"{approved.relative(path)}:1: {says}" in " ".join(built.output.split())
    checked = CliRunner().invoke(app, ["-C", str(approved.root), "check", "--format", "json"])
    assert checked.exit_code == 1
    assert [(p["path"], p["line"]) for p in json.loads(checked.output)["problems"] if says in p["message"]] == [
        (approved.relative(path), 1)]
