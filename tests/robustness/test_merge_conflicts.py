"""Files a merge left half done: git's conflict markers are named as such, at their line, and nothing is read
from either half (a leaflet's "<<<<<<< HEAD" would otherwise be a paragraph to translate).

Each conflict is made by ``git merge-file``, as ``git merge`` writes it when two branches changed the same lines.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from pipeline.checks.glossary import read_glossary
from pipeline.core.config import load_config
from pipeline.core.errors import CatalogError, ConfigError
from pipeline.core.text import MERGE_CONFLICT, conflict_line, front_matter_field
from pipeline.review.ledger import load_ledger
from pipeline.run import stages
from pipeline.source.document import parse_leaflet
from tests.conftest import SLUG, approve_all, fake_translation, translate_all


def merge_with_conflict(path: Path, ours: str, theirs: str) -> str:
    """Write into ``path`` what git leaves when this checkout changed it to ``ours`` and a branch to ``theirs``."""
    base = path.read_text(encoding="utf-8")
    sides = {}
    for name, text in (("ours", ours), ("base", base), ("theirs", theirs)):
        sides[name] = path.with_name(f"merge-{name}-{path.name}")
        sides[name].write_text(text, encoding="utf-8")
    done = subprocess.run(["git", "merge-file", "-p", "-L", "HEAD", "-L", "base", "-L", "clinic-edits",
                           sides["ours"], sides["base"], sides["theirs"]], capture_output=True, text=True, check=False)
    for side in sides.values():
        side.unlink()
    assert done.returncode == 1, done.stderr  # one conflict
    path.write_text(done.stdout, encoding="utf-8")
    return done.stdout


def first_marker_line(text: str) -> int:
    return next(number for number, line in enumerate(text.split("\n"), start=1) if line.startswith("<<<<<<< HEAD"))


def test_a_leaflet_with_a_conflict_in_its_body_fails_at_the_marker_and_its_catalogue_is_kept(project):
    md, pot = project.source_path(SLUG), project.pot_path(SLUG)
    text, pot_before = md.read_text(encoding="utf-8"), pot.read_bytes()
    merged = merge_with_conflict(md, text.replace("Sometime a series", "Sometimes a series"),
                                 text.replace("Sometime a series", "Sometimes a course"))
    report = stages.run(project)
    assert report.failures == [f"source/{SLUG}.md:{first_marker_line(merged)}: {MERGE_CONFLICT}"]
    assert pot.read_bytes() == pot_before and md.read_text(encoding="utf-8") == merged


def test_a_conflict_on_the_first_line_is_named_and_the_markdown_not_imported_over(make_project):
    config = make_project()
    stages.import_sources(config)
    md = config.source_path(SLUG)
    text = md.read_text(encoding="utf-8")
    title = next(line for line in text.split("\n") if line.startswith("title:"))
    # Saved on one side by an editor that ends lines with CRLF: every line differs, the conflict is the whole file.
    merged = merge_with_conflict(md, text.replace(title, "title: Magnesium infusion").replace("\n", "\r\n"),
                                 text.replace(title, "title: Magnesium infusions for pain"))
    assert merged.startswith("<<<<<<< HEAD\n")
    report = stages.import_sources(config, only_if_needed=True)
    assert report.failures == [f"source/{SLUG}.md:1: {MERGE_CONFLICT}"] and not report.changed
    assert md.read_text(encoding="utf-8") == merged


def test_a_renamed_leaflet_in_conflict_keeps_its_original_from_coming_back_as_a_second_leaflet(make_project):
    """Its front matter, which names its original, is two versions: the original waits, as for a file not UTF-8."""
    config = make_project()
    stages.import_sources(config)
    text = config.source_path(SLUG).read_text(encoding="utf-8").replace(f"slug: {SLUG}\n", "slug: magnesium\n")
    config.source_path(SLUG).unlink()
    renamed = config.source_path("magnesium")
    renamed.write_text(text, encoding="utf-8")
    title = next(line for line in text.split("\n") if line.startswith("title:"))
    merge_with_conflict(renamed, text.replace(title, "title: Magnesium infusion"),
                        text.replace(title, "title: Magnesium infusions for pain"))
    assert front_matter_field(renamed, "source") is None
    report = stages.import_sources(config)
    assert not config.source_path(SLUG).exists() and not report.changed
    assert config.slugs() == ["magnesium"]


def test_front_matter_past_a_conflict_in_the_body_still_reads(project):
    md = project.source_path(SLUG)
    text = md.read_text(encoding="utf-8")
    merge_with_conflict(md, text.replace("Sometime a series", "Sometimes a series"),
                        text.replace("Sometime a series", "Sometimes a course"))
    assert front_matter_field(md, "source") == f"raw/{SLUG}.txt"


def test_a_catalogue_in_conflict_is_named_at_the_marker_and_keeps_only_its_language_back(make_project):
    config = make_project(["es", "it"])
    stages.run(config)
    for lang in ("es", "it"):
        translate_all(config, lang, fake_translation(lang))
        approve_all(config, lang)
    po = config.po_path("es", SLUG)
    text = po.read_text(encoding="utf-8")
    english = next(line for line in text.split("\n") if line.startswith('msgstr "[es] '))
    merged = merge_with_conflict(po, text.replace(english, english.replace("[es]", "[es] uno")),
                                 text.replace(english, english.replace("[es]", "[es] dos")))
    report = stages.run(config)
    assert report.failures == [f"locales/es/LC_MESSAGES/{SLUG}.po:{first_marker_line(merged)}: {MERGE_CONFLICT}"]
    assert po.read_text(encoding="utf-8") == merged
    assert config.mo_path("it", SLUG).exists() and not config.mo_path("es", SLUG).exists()


def test_a_ledger_in_conflict_is_named_at_the_marker(make_project):
    config = make_project(["es"])
    stages.run(config)
    translate_all(config, "es", fake_translation("es"))
    approve_all(config, "es")
    path = config.ledger_path("es", SLUG)
    text = path.read_text(encoding="utf-8")
    merged = merge_with_conflict(path, text.replace('"reviewer": "jchen"', '"reviewer": "mlopez"', 1),
                                 text.replace('"reviewer": "jchen"', '"reviewer": "someone"', 1))
    with pytest.raises(CatalogError) as raised:
        load_ledger(config, "es", SLUG)
    assert raised.value.located(config.root) == (
        f"locales/es/LC_MESSAGES/{SLUG}.approvals.json:{first_marker_line(merged)}: approval ledger: {MERGE_CONFLICT}")


def test_settings_in_conflict_are_named_at_the_marker(make_project):
    config = make_project()
    path = config.root / "pyproject.toml"
    text = path.read_text(encoding="utf-8")
    merged = merge_with_conflict(path, text.replace('languages = ["es", "ar", "zh_Hans"]', 'languages = ["es", "ar"]'),
                                 text.replace('languages = ["es", "ar", "zh_Hans"]', 'languages = ["es", "vi"]'))
    with pytest.raises(ConfigError) as raised:
        load_config(config.root)
    assert raised.value.located(config.root) == f"pyproject.toml:{first_marker_line(merged)}: {MERGE_CONFLICT}"


def test_a_glossary_in_conflict_is_named_at_the_marker(make_project):
    config = make_project()
    path = config.root / config.glossary
    path.write_text('[[term]]\nenglish = "Panadol"\nkind = "drug"\n', encoding="utf-8")
    merged = merge_with_conflict(path, '[[term]]\nenglish = "Panadol"\nkind = "brand"\n',
                                 '[[term]]\nenglish = "Panadol"\nkind = "medicine"\n')
    with pytest.raises(ConfigError) as raised:
        read_glossary(path, config.languages)
    assert raised.value.located(config.root) == f"glossary.toml:{first_marker_line(merged)}: {MERGE_CONFLICT}"


def test_a_raw_original_in_conflict_is_named_and_not_imported(make_project):
    """A committed .txt original merges as often: its markers would become words of the leaflet."""
    config = make_project()
    raw = config.raw_dir / f"{SLUG}.txt"
    text = raw.read_text(encoding="utf-8")
    first = text.split("\n", 1)[0]
    merged = merge_with_conflict(raw, text.replace(first, first + " A", 1), text.replace(first, first + " B", 1))
    report = stages.import_sources(config)
    assert report.failures == [f"source/raw/{SLUG}.txt:{first_marker_line(merged)}: {MERGE_CONFLICT}"]
    assert not config.source_path(SLUG).exists()


@pytest.mark.parametrize("text, line", [
    ("a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> other\n", 2),
    ("\ufeff<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> other\n", 1),  # a byte-order mark before it
    ("a\r\n<<<<<<< HEAD\r\n", 2),
    ("a\n<<<<<<<\tHEAD\n", 2),
    ("a\n<<<<<<<\n", 2),
    ("a\n>>>>>>> other\n", 2),
])
def test_a_conflict_marker_is_found_at_its_line(text, line):
    assert conflict_line(text) == line


@pytest.mark.parametrize("text", [
    "a\n<<<<<<<< eight\n",  # not git's
    "a\n|||||||| cell | cell |\n",  # a table row of empty cells, like diff3's base line
    "| a | b |\n|---|---|\n||||||| note |\n",
    "a\n=======\n",  # a heading's underline
    "a <<<<<<< b\n",  # not at a line's start
])
def test_what_only_looks_like_a_conflict_marker_is_none(text):
    assert conflict_line(text) is None


def test_a_leaflet_with_a_byte_order_mark_before_its_conflict_fails_at_line_1(project):
    text = project.source_path(SLUG).read_text(encoding="utf-8")
    with pytest.raises(Exception, match=MERGE_CONFLICT.split(":")[0]) as raised:
        parse_leaflet("\ufeff<<<<<<< HEAD\n" + text + "=======\n" + text + ">>>>>>> other\n", project.source_path(SLUG))
    assert raised.value.line == 1


def test_a_glossary_that_is_not_toml_is_named_at_its_line(make_project):
    config = make_project()
    path = config.root / config.glossary
    path.write_text('[[term]]\nenglish = "Panadol"\nkind = \n', encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        read_glossary(path, config.languages)
    assert raised.value.located(config.root) == "glossary.toml:3: glossary is not valid TOML: Invalid value"
