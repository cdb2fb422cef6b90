"""`leaflets check` and review dates; the summary `leaflets run` and `leaflets build` end with (issue 18)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.cli.test_check_and_cli import invoke
from tests.conftest import SLUG, approve_all, fake_translation, translate_all, write_pyproject


def on(monkeypatch, day: dt.date) -> None:
    """Set the project's clock (SOURCE_DATE_EPOCH) to the start of ``day``."""
    midnight = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(midnight.timestamp())))


def with_front_matter(config, **values: str) -> int:
    """Set front matter keys of the leaflet's Markdown; the line of the last one."""
    path = config.source_path(SLUG)
    lines = path.read_text(encoding="utf-8").splitlines()
    end = lines.index("---", 1)
    lines[1:end] = [line for line in lines[1:end] if line.partition(":")[0] not in values]
    end = lines.index("---", 1)
    lines[end:end] = [f"{key}: {value}" for key, value in values.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines.index("---", 1)


def review_lines(config) -> tuple[list[str], list[str]]:
    """The review-date problems and notices of `leaflets check --format json`, as `file:line: message`."""
    result = invoke(config, "check", "--format", "json")
    report = json.loads(result.stdout)
    def lines(kind: str) -> list[str]:
        return [f"{p['path']}:{p['line']}: {p['message']}" for p in report[kind] if "review" in p["message"]]
    return lines("problems"), lines("notices")


@pytest.fixture
def reviewed(make_project):
    config = make_project(["es"])
    assert invoke(config, "run").exit_code == 0
    return config


def test_check_warns_sixty_days_before_the_review_date_and_fails_after_it(reviewed, monkeypatch):
    line = with_front_matter(reviewed, review_by="2027-03-01")
    where = f"source/{SLUG}.md:{line}"
    on(monkeypatch, dt.date(2026, 12, 30))  # 61 days before
    assert review_lines(reviewed) == ([], [])
    on(monkeypatch, dt.date(2026, 12, 31))  # 60 days before
    assert review_lines(reviewed) == ([], [f"{where}: due for review on 2027-03-01 (in 60 days)"])
    on(monkeypatch, dt.date(2027, 3, 1))  # the day itself: still due, not yet overdue
    assert review_lines(reviewed) == ([], [f"{where}: due for review on 2027-03-01 (in 0 days)"])
    on(monkeypatch, dt.date(2027, 3, 2))
    problems, notices = review_lines(reviewed)
    assert problems == [(f"{where}: review was due on 2027-03-01: have the English reviewed, "
                         "then update review_by in the front matter")] and notices == []
    result = invoke(reviewed, "check")
    assert result.exit_code == 1 and f"{where}: error: review was due on 2027-03-01" in result.output


def test_without_review_by_the_project_period_counts_from_the_english_date(make_project, monkeypatch):
    config = make_project(["es"], extra="review_months = 12")
    invoke(config, "run")
    line = with_front_matter(config, date="2026-01-15")
    on(monkeypatch, dt.date(2027, 1, 16))
    problems, _ = review_lines(config)
    assert problems == [(f"source/{SLUG}.md:{line}: review was due on 2027-01-15: have the English reviewed, "
                         "then set review_by: YYYY-MM-DD in the front matter")]


def test_a_review_by_that_is_not_a_date_is_named_by_check_at_its_line(reviewed):
    line = with_front_matter(reviewed, review_by="soon")
    result = invoke(reviewed, "check")
    assert result.exit_code == 1
    assert f"source/{SLUG}.md:{line}: error: front matter review_by 'soon' is not YYYY-MM-DD" in result.output


# -- the summary ----------------------------------------------------------------------------------


def summary(config, command: str) -> dict[str, dict]:
    result = invoke(config, command, "--format", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)  # JSON alone on stdout
    return {row["language"]: row for row in document["publications"] if row["leaflet"] == SLUG} | {
        "": {"changed": document["changed"], "failures": document["failures"]}}


def test_run_and_build_say_what_was_published_withdrawn_and_left_unchanged(make_project):
    config = make_project(["es", "ar"])
    invoke(config, "run")
    translate_all(config, "es", fake_translation("es"))
    approve_all(config, "es")
    first = summary(config, "run")
    assert (first["es"]["result"], first["es"]["state"]) == ("published", "published")
    assert first["en"]["result"] == "unchanged"
    assert (first["ar"]["result"], first["ar"]["reason"]) == (
        "not published", "0 of 24 blocks approved; publishing needs 100%")
    assert f"dist/es/{SLUG}.html" in first[""]["changed"]
    again = summary(config, "run")
    assert {lang: row["result"] for lang, row in again.items() if lang} == {
        "en": "unchanged", "es": "unchanged", "ar": "not published"}
    assert again[""]["changed"] == []
    source = config.source_path(SLUG)
    source.write_text(source.read_text(encoding="utf-8").replace("Nerve pain can", "Nerve pain may"), "utf-8")
    withdrawn = summary(config, "run")["es"]
    assert (withdrawn["result"], withdrawn["state"]) == ("withdrawn", "being updated")
    assert withdrawn["reason"] == ("23 of 24 blocks approved; publishing needs 100%; "
                                   "1 approval lapsed: the English changed")
    built = summary(config, "build")["es"]
    assert (built["result"], built["state"]) == ("not published", "being updated")


def test_the_table_lists_each_outcome_with_its_languages_and_counts_quiet_leaflets(make_project):
    config = make_project(["es", "ar"])
    invoke(config, "run")
    translate_all(config, "es", fake_translation("es"))
    approve_all(config, "es")
    table = invoke(config, "run").stdout
    assert "Publishing" in table
    rows = [line for line in table.splitlines() if SLUG in line]
    assert any("published" in row and " es " in row for row in rows)
    assert any("not published" in row and " ar " in row and "0 of 24 blocks approved" in row for row in rows)
    translate_all(config, "ar", fake_translation("ar"))
    approve_all(config, "ar")
    invoke(config, "run")
    quiet = invoke(config, "run").stdout
    assert "nothing to do" in quiet
    assert "1 leaflet (all)" in quiet and "every language" in quiet and SLUG not in quiet
    # The picker deleted by hand is written again; the leaflet's own files are not, and the line says so.
    (config.output_dir / "index.html").unlink()
    rebuilt = invoke(config, "run").stdout
    assert "dist/index.html" in rebuilt and "nothing written" not in rebuilt
    assert "1 leaflet (all) unchanged in every language, none of their files changed" in rebuilt
    # A leaflet with one language changed and the others not: the unchanged ones say why they are quiet.
    translate_all(config, "ar", lambda english: f"[ar, revised] {english}")
    approve_all(config, "ar")
    mixed = [line for line in invoke(config, "run").stdout.splitlines() if " unchanged " in line]
    assert mixed and all("none of its files changed" in line for line in mixed)


def test_a_leaflet_that_fails_is_a_row_of_its_own(make_project):
    config = make_project(["es"])
    invoke(config, "run")
    source = config.source_path(SLUG)
    source.write_text(source.read_text(encoding="utf-8").replace("title: ", "titel: "), "utf-8")
    result = invoke(config, "build", "--format", "json")
    assert result.exit_code == 1
    rows = [row for row in json.loads(result.stdout)["publications"] if row["leaflet"] == SLUG]
    assert [(row["result"], row["language"]) for row in rows] == [("failed", "")]
    assert rows[0]["reason"].startswith(f"source/{SLUG}.md:1: ")


def test_a_run_that_writes_many_files_counts_them_by_folder_and_a_short_one_lists_them(make_project, monkeypatch):
    from pipeline.cli import console

    monkeypatch.setattr(console, "LISTED_FILES", 5)
    config = make_project(["es", "ar"])
    first = invoke(config, "run").stdout.splitlines()[0]
    # The Markdown imported, the catalogues, the English outputs, and the record of the addresses given out.
    folders = {"dist/", "locales/", "source/", "published.json"}
    counted = dict(part.rsplit(" ", 1) for part in first.split("(", 1)[1].split(")", 1)[0].split(", "))
    assert set(counted) == folders and counted["published.json"] == "1"
    assert first.startswith(f"{sum(int(n) for n in counted.values())} files written or removed (")
    assert first.endswith("; `--format json` lists them") and "/" + SLUG not in first
    source = config.source_path(SLUG)
    source.write_text(source.read_text(encoding="utf-8").replace("Nerve pain can", "Nerve pain may"), "utf-8")
    assert invoke(config, "extract").stdout.splitlines() == ["1 file(s) written or removed:", f"  locales/{SLUG}.pot"]
    translate_all(config, "es", fake_translation("es"))
    translate_all(config, "ar", fake_translation("ar"))
    source.write_text(source.read_text(encoding="utf-8").replace("Nerve pain may", "Nerve pain can"), "utf-8")
    monkeypatch.setattr(console, "LISTED_FILES", 1)
    updated = invoke(config, "update").stdout.splitlines()
    assert updated[0] == "2 files written or removed (locales/ 2)"  # no --format json there: nothing promised


def test_the_empty_folders_a_language_taken_out_leaves_are_named_as_folders(make_project):
    """They were listed among the files written or removed, as "dist/locale/ar", without a slash."""
    config = make_project(["es", "ar"])
    invoke(config, "run")
    translate_all(config, "ar", fake_translation("ar"))
    approve_all(config, "ar")
    invoke(config, "run")
    assert config.mo_path("ar", SLUG).exists()
    write_pyproject(config.root, ["es"])
    printed = invoke(config, "run").stdout.splitlines()
    assert "3 empty folder(s) removed: dist/locale/ar/LC_MESSAGES/, dist/locale/ar/, dist/locale/" in printed
    assert not [line for line in printed if line.strip().rstrip("/") in ("dist/locale", "dist/locale/ar")]
    assert not (config.root / "dist" / "locale").exists()
    write_pyproject(config.root, ["es", "ar"])
    invoke(config, "run")
    write_pyproject(config.root, ["es"])
    changed = json.loads(invoke(config, "run", "--format", "json").stdout)["changed"]
    assert changed[-3:] == ["dist/locale/ar/LC_MESSAGES/", "dist/locale/ar/", "dist/locale/"]
    assert "dist/locale" not in changed and f"dist/locale/ar/LC_MESSAGES/{SLUG}.mo" in changed


def test_files_written_outside_the_project_are_counted_under_their_folder(tmp_path, monkeypatch):
    from pathlib import Path

    from pipeline.cli import console
    from pipeline.run.stages import StageReport

    monkeypatch.setattr(console, "LISTED_FILES", 2)
    root, outside = tmp_path / "project", tmp_path / "www" / "leaflets"  # an output_dir outside the project
    report = StageReport(changed=[root / "locales" / "a.pot", *(outside / lang / "a.html" for lang in ("es", "ar"))])

    def relative(path: Path) -> str:
        return path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)

    printed: list[str] = []
    monkeypatch.setattr(console, "_line", lambda stream, text: printed.append(text))
    console.stage_report(report, relative)
    assert printed == [f"3 files written or removed ({outside}/ 2, locales/ 1)"]


def test_an_outcome_many_leaflets_share_word_for_word_is_one_row(capsys):
    """A first run of a clinic's 200 leaflets, all published alike, is two rows, not 400."""
    from pipeline.cli import console
    from pipeline.run.summary import Result, Row

    rows = []
    for number in range(6):
        slug = f"leaflet-{number}"
        rows += [Row(slug, "en", Result.PUBLISHED, "source language"),
                 Row(slug, "es", Result.PUBLISHED, "all blocks approved")]
    rows.append(Row("leaflet-6", "en", Result.PUBLISHED, "source language"))
    rows.append(Row("leaflet-6", "es", Result.NOT_PUBLISHED, "0 of 24 blocks approved; publishing needs 100%"))
    console.publishing_summary(rows, "text")
    lines = [" ".join(line.replace("│", " ").split()) for line in capsys.readouterr().out.splitlines()]
    assert "7 leaflets published en source language" in lines
    assert "6 leaflets published es all blocks approved" in lines
    assert any(line.startswith("leaflet-6 not published es 0 of 24 blocks approved") for line in lines), lines
    assert not any(line.startswith("leaflet-0") for line in lines)
    withdrawn = [Row(f"leaflet-{number}", "es", Result.WITHDRAWN, "23 of 24 blocks approved; publishing needs 100%")
                 for number in range(5)]
    console.publishing_summary(withdrawn, "text")  # pages taken offline: each named
    lines = [" ".join(line.replace("│", " ").split()) for line in capsys.readouterr().out.splitlines()]
    assert all(any(line.startswith(f"leaflet-{number} withdrawn es") for line in lines) for number in range(5))
    console.publishing_summary(rows[:6], "text")  # three leaflets alike: still a row each
    lines = [" ".join(line.replace("│", " ").split()) for line in capsys.readouterr().out.splitlines()]
    assert "leaflet-2 published en source language" in lines


@pytest.mark.parametrize("command", ["run", "build"])
def test_a_run_that_stops_on_an_error_still_gives_json_its_document(make_project, command):
    """A JSON reader (a deploy script) got an empty stdout when a run stopped before its summary."""
    config = make_project(["es"])
    invoke(config, "run")
    page = config.output_path("en", SLUG, ".html")
    page.unlink()
    page.mkdir()  # a folder where the page should be: the run stops there

    result = invoke(config, command, "--format", "json")

    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["publications"] == [] and document["changed"] == []
    [failure] = document["failures"]
    assert failure.startswith(f"dist/en/{SLUG}.html: ") and "a folder stands where this file should be" in failure
