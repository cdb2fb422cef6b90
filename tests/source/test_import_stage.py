"""`leaflets import` over a project: first drafts that never overwrite a person's edits, and one bad leaflet
that blocks no other."""

from __future__ import annotations

import docx
import pytest
from typer.testing import CliRunner

from pipeline.cli.main import app
from pipeline.core import config as core_config
from pipeline.core.errors import SourceError
from pipeline.core.languages import SOURCE_LANGUAGE
from pipeline.run import gate, stages
from pipeline.source import importer
from tests.conftest import SLUG
from tests.source.originals import write_nerve_block_docx

runner = CliRunner()


def invoke(config, *args):
    return runner.invoke(app, ["-C", str(config.root), *args])


def change_raw(config) -> None:
    raw = config.raw_dir / f"{SLUG}.txt"
    raw.write_text(raw.read_text(encoding="utf-8") + "\nQ12 Who do I call?\nThe pain clinic nurse.\n",
                   encoding="utf-8")


def edit_body(config) -> str:
    md = config.source_path(SLUG)
    edited = md.read_text(encoding="utf-8").replace("Sometime a series", "Sometimes a series")
    md.write_text(edited, encoding="utf-8")
    return edited


# -- a first draft, never written over a person's edit


def test_a_markdown_edited_since_import_is_not_replaced_without_force(make_project):
    config = make_project()
    stages.import_sources(config)
    edited = edit_body(config)
    change_raw(config)
    report = stages.import_sources(config, only_if_needed=True)
    md = config.source_path(SLUG)
    assert report.failures == [(f"source/{SLUG}.md:1: edited since it was imported, so not replaced by the import of "
                               f"source/raw/{SLUG}.txt: bring the change in by hand, then `leaflets import "
                               f"--keep-edits {SLUG}`; or `leaflets import --force` to replace it")]
    assert md.read_text(encoding="utf-8") == edited
    forced = stages.import_sources(config, force=True)
    assert forced.failures == [] and forced.changed == [md]
    assert "## Who do I call?" in md.read_text(encoding="utf-8")


def test_a_change_brought_in_by_hand_is_recorded_and_the_markdown_kept(make_project):
    """The way out the error names: the edit stays, the original counts as imported, the run goes on."""
    config = make_project()
    stages.import_sources(config)
    edited = edit_body(config)
    change_raw(config)
    md = config.source_path(SLUG)
    by_hand = edited.rstrip("\n") + "\n\n## Who do I call?\n\nThe pain clinic nurse.\n"
    md.write_text(by_hand, encoding="utf-8")
    assert invoke(config, "run").exit_code == 1  # refused, as above
    result = invoke(config, "import", "--keep-edits", SLUG)
    assert result.exit_code == 0, result.output
    text = md.read_text(encoding="utf-8")
    assert f"source-sha256: {importer.original_sha256(config.raw_dir / f'{SLUG}.txt')}" in text
    assert text.split("---", 2)[2] == by_hand.split("---", 2)[2]  # the body as the person left it
    assert invoke(config, "run").exit_code == 0
    assert not stages.needs_import(config, SLUG)
    assert invoke(config, "import", "--keep-edits", "magnesium").exit_code == 2  # not a leaflet: did you mean …
    assert invoke(config, "import", "--keep-edits", SLUG, "--force").exit_code == 2


def test_without_a_record_of_the_import_an_edit_is_still_kept(make_project):
    config = make_project()
    stages.import_sources(config)
    (config.root / importer.RECORD_FILE).unlink()  # a fresh checkout: the record is not in git
    edited = edit_body(config)
    change_raw(config)
    assert len(stages.import_sources(config, only_if_needed=True).failures) == 1
    assert config.source_path(SLUG).read_text(encoding="utf-8") == edited


def test_a_markdown_left_as_imported_is_replaced_when_its_original_changes(make_project):
    config = make_project()
    stages.import_sources(config)
    change_raw(config)
    report = stages.import_sources(config, only_if_needed=True)
    assert report.failures == [] and report.changed == [config.source_path(SLUG)]


def test_front_matter_a_person_set_is_kept_and_is_no_edit(make_project):
    config = make_project()
    stages.import_sources(config)
    md = config.source_path(SLUG)
    md.write_text(md.read_text(encoding="utf-8").replace("version: 1.0", "version: 2.3\nreviewed-by: JC"),
                  encoding="utf-8")
    change_raw(config)
    report = stages.import_sources(config, only_if_needed=True)
    assert report.failures == []
    text = md.read_text(encoding="utf-8")
    assert "version: 2.3\n" in text and "reviewed-by: JC\n" in text and "## Who do I call?" in text


def test_dry_run_prints_the_markdown_and_writes_nothing(make_project):
    config = make_project()
    result = invoke(config, "import", "--dry-run")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"==> source/{SLUG}.md (not written)\n---\nslug: {SLUG}\n")
    assert "## Will the Injection Cure My Pain?" in result.stdout
    assert not config.source_path(SLUG).exists()
    assert not (config.root / importer.RECORD_FILE).exists()


def test_doubts_are_reported_at_the_raw_file_and_line(make_project):
    config = make_project()
    (config.raw_dir / "nerve-block.txt").write_text(
        "Nerve Block\n\nBefore the procedure\nEat a light breakfast.\n", encoding="utf-8")
    result = invoke(config, "import")
    assert result.exit_code == 0, result.output
    assert "source/raw/nerve-block.txt:3: taken as a heading\n" in result.stderr
    assert "## Before the procedure" in config.source_path("nerve-block").read_text(encoding="utf-8")


def test_a_leaflet_with_two_originals_is_an_error_naming_both(make_project):
    config = make_project()
    write_nerve_block_docx(config.raw_dir / f"{SLUG}.docx")
    report = stages.import_sources(config)
    assert report.failures == [(f"source/raw/{SLUG}.txt:1: two originals for one leaflet "
                               f"({SLUG}.txt and {SLUG}.docx): keep one")]
    assert not config.source_path(SLUG).exists()


# -- one bad leaflet blocks nothing


@pytest.fixture
def project_with_bad_leaflets(make_project):
    """The magnesium leaflet, raw text that is not UTF-8, and a Markdown whose front matter is broken."""
    config = make_project(["es"])
    (config.raw_dir / "broken-raw.txt").write_bytes(b"Title\n\nQ1 Why?\nCaf\xe9 text\n")
    config.source_path("broken-md").write_text("---\nslug: broken-md\nno colon here\n---\n# T\n", encoding="utf-8")
    return config


def failures(config):
    return ["leaflets: error: source/raw/broken-raw.txt:4: not valid UTF-8",
            "leaflets: error: source/broken-md.md:3: front matter lines are `key: value`"]


def test_run_does_every_other_leaflet_and_lists_each_failure(project_with_bad_leaflets):
    config = project_with_bad_leaflets
    result = invoke(config, "run")
    assert result.exit_code == 1
    assert [line for line in result.stderr.splitlines() if "error" in line] == failures(config)
    assert config.pot_path(SLUG).exists() and config.po_path("es", SLUG).exists()
    assert config.output_path(SOURCE_LANGUAGE, SLUG, ".html").exists()
    assert (config.output_dir / "index.html").exists()
    assert not config.source_path("broken-raw").exists()  # nothing made from the bad raw text
    again = invoke(config, "run")  # the bad leaflets are still reported, and still fail the run
    assert again.exit_code == 1
    assert [line for line in again.stderr.splitlines() if "error" in line] == failures(config)


@pytest.mark.parametrize("command", ["import", "extract", "update", "build", "check"])
def test_each_stage_does_every_other_leaflet_and_fails_at_the_end(project_with_bad_leaflets, command):
    config = project_with_bad_leaflets
    if command != "import":
        stages.import_sources(config)
    result = invoke(config, command)
    assert result.exit_code == 1
    output = result.stderr + result.stdout
    if command == "import":
        assert [line for line in result.stderr.splitlines() if "error" in line] == failures(config)[:1]
        assert config.source_path(SLUG).exists()
    else:
        assert "broken-md.md:3:" in output and "front matter lines are `key: value`" in output
    if command == "extract":
        assert config.pot_path(SLUG).exists()
    if command == "update":
        assert config.po_path("es", SLUG).exists()
    if command == "build":
        assert config.output_path(SOURCE_LANGUAGE, SLUG, ".html").exists()


def test_import_reports_a_markdown_that_no_longer_parses_while_its_original_is_unchanged(make_project):
    """Nothing to import, yet the Markdown import made was edited into one that cannot be read: said at its line."""
    config = make_project()
    stages.import_sources(config)
    md = config.source_path(SLUG)
    text = md.read_text(encoding="utf-8") + "\n# A second title\n"
    md.write_text(text, encoding="utf-8")
    result = invoke(config, "import")
    assert result.exit_code == 1
    line = text.splitlines().index("# A second title") + 1
    assert f"leaflets: error: source/{SLUG}.md:{line}: a second `# ` title" in result.stderr
    assert "nothing to do" not in result.stdout
    assert md.read_text(encoding="utf-8") == text  # reported, not touched


def test_build_keeps_a_leaflet_that_no_longer_parses_in_the_picker_with_its_pages(make_project):
    config = make_project(["es"])
    second = config.source_path("second")
    second.write_text("---\nslug: second\ntitle: Second Leaflet\nversion: 1\ndate: 2026-11-30\n---\n\n"
                      "# Second Leaflet\n\nDrink water.\n", encoding="utf-8")
    stages.run(config)
    page = config.output_path(SOURCE_LANGUAGE, "second", ".html")
    assert page.exists() and "Second Leaflet" in (config.output_dir / "index.html").read_text(encoding="utf-8")
    second.write_text(second.read_text(encoding="utf-8") + "\n```\ncode\n```\n", encoding="utf-8")
    report = stages.build_all(config)
    assert report.failed == {"second"}
    index = (config.output_dir / "index.html").read_text(encoding="utf-8")
    assert "Second Leaflet" in index and 'href="en/second.html"' in index  # the last good entry, as `run` keeps it
    assert page.exists()
    assert f'href="en/{SLUG}.html"' in index


# -- which file is a leaflet's original


def test_check_names_a_word_original_when_the_markdown_is_older_than_it(make_project):
    config = make_project()
    original = write_nerve_block_docx(config.raw_dir / "nerve-block.docx")
    assert not stages.import_sources(config).failures
    document = docx.Document(str(original))
    document.add_paragraph("Call the clinic if the pain is worse.")
    document.save(str(original))
    problems = [p.message for p in gate.check(config).problems if p.path == "source/nerve-block.md"]
    assert problems == ["older than source/raw/nerve-block.docx: run leaflets import (or leaflets run)"]


def test_a_leaflet_renamed_after_import_keeps_its_original_and_does_not_come_back_twice(make_project):
    """`git mv` of the Markdown (and its slug): the original, named by its `source:`, follows it."""
    config = make_project()
    stages.run(config)
    old = config.source_path(SLUG)
    renamed = config.source_path("magnesium")
    renamed.write_text(old.read_text(encoding="utf-8").replace(f"slug: {SLUG}\n", "slug: magnesium\n"),
                       encoding="utf-8")
    old.unlink()
    assert config.slugs() == ["magnesium"]
    report = stages.run(config)
    assert not report.failures and not old.exists()
    assert config.output_path(SOURCE_LANGUAGE, "magnesium", ".html").exists()
    assert {p.slug for p in report.publications if p.published} == {"magnesium"}  # no second leaflet
    change_raw(config)  # the clinic's next version of the original comes into the renamed leaflet
    assert [p.message for p in gate.check(config).problems if p.path == "source/magnesium.md"] == [
        f"older than source/raw/{SLUG}.txt: run leaflets import (or leaflets run)"]
    report = stages.import_sources(config, only_if_needed=True)  # no edit of the Markdown: replaced, unforced
    assert not report.failures and report.changed == [renamed]
    text = renamed.read_text(encoding="utf-8")
    assert "## Who do I call?" in text and "slug: magnesium\n" in text and f"source: raw/{SLUG}.txt\n" in text
    assert not old.exists()


def test_an_original_waits_while_a_markdown_that_might_name_it_cannot_be_read(make_project):
    """The renamed leaflet's Markdown saved in another encoding: its original is not imported again meanwhile."""
    damage = b"\xe9 not UTF-8\n"
    config = make_project()
    stages.import_sources(config)
    renamed = config.source_path("magnesium")
    text = config.source_path(SLUG).read_text(encoding="utf-8").replace(f"slug: {SLUG}\n", "slug: magnesium\n")
    config.source_path(SLUG).unlink()
    renamed.write_bytes(damage + text.encode("utf-8"))
    assert config.slugs() == ["magnesium"]
    report = stages.import_sources(config)
    assert not config.source_path(SLUG).exists() and not report.changed
    renamed.write_text(text, encoding="utf-8")  # mended: the original is the renamed leaflet's again
    assert config.originals() == {"magnesium": [config.raw_dir / f"{SLUG}.txt"]}


def test_a_renamed_leaflets_original_is_found_in_any_case_and_with_another_suffix(make_project):
    """The next version sent as Word beside the text: both follow the leaflet (two originals: keep one)."""
    config = make_project()
    stages.import_sources(config)
    text = config.source_path(SLUG).read_text(encoding="utf-8").replace(f"slug: {SLUG}\n", "slug: magnesium\n")
    config.source_path(SLUG).unlink()
    config.source_path("magnesium").write_text(text, encoding="utf-8")
    word = write_nerve_block_docx(config.raw_dir / f"{SLUG}.docx")
    assert config.originals() == {"magnesium": [config.raw_dir / f"{SLUG}.txt", word]}
    with pytest.raises(SourceError, match="two originals for one leaflet"):
        importer.original_of("magnesium", config.originals())
    (config.raw_dir / f"{SLUG}.txt").unlink()
    word = word.rename(config.raw_dir / f"{SLUG.upper()}.DOCX")
    assert config.originals() == {"magnesium": [word]} and config.slugs() == ["magnesium"]


def test_an_original_with_an_uppercase_suffix_is_read_and_an_unknown_one_is_noted_once(make_project):
    config = make_project()
    config.raw_dir.joinpath(f"{SLUG}.txt").rename(config.raw_dir / f"{SLUG}.TXT")
    (config.raw_dir / "notes.rtf").write_text("{\\rtf1 not a leaflet}", encoding="utf-8")
    assert config.slugs() == [SLUG]
    assert importer.original_of(SLUG, config.originals()) == config.raw_dir / f"{SLUG}.TXT"
    report = stages.import_sources(config)
    assert not report.failures and config.source_path(SLUG).exists()
    assert [note for note in report.notes if "notes.rtf" in note] == [
        "source/raw/notes.rtf: not an original leaflets reads (.txt, .docx, .pdf): left alone"]


def test_the_suffixes_taken_for_originals_are_those_the_importer_reads():
    assert tuple(core_config.ORIGINAL_SUFFIXES) == tuple(importer.READERS)


def test_a_failure_names_a_file_in_the_project_from_its_root_and_one_outside_in_full(make_project, tmp_path):
    config = make_project()
    inside = SourceError("bad front matter", config.source_path("nerve-block"), 3)
    outside = SourceError("bad front matter", tmp_path / "elsewhere.md")
    assert stages.failure_line(config, inside) == "source/nerve-block.md:3: bad front matter"
    assert stages.failure_line(config, outside) == f"{tmp_path / 'elsewhere.md'}:1: bad front matter"


def test_an_original_whose_name_has_a_space_is_refused_before_a_markdown_is_written(make_project):
    """Import wrote source/iron infusion.md, which the next step of the same run refused (a slug names the
    leaflet's addresses). The original is named, nothing is written for it, the other leaflets go on."""
    config = make_project()
    spaced = config.raw_dir / "iron infusion.txt"
    spaced.write_text((config.raw_dir / f"{SLUG}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    change_raw(config)

    report = stages.import_sources(config)

    assert report.failures == [(
        "source/raw/iron infusion.txt:1: its name would make the leaflet's slug 'iron infusion', which has a space "
        "(a slug names the leaflet's addresses): rename it with hyphens, iron-infusion.txt")]
    assert not (config.source_dir / "iron infusion.md").exists()
    assert "## Who do I call?" in config.source_path(SLUG).read_text(encoding="utf-8")  # the other, imported


def test_an_original_named_as_an_edition_of_another_is_refused_before_a_markdown_is_written(make_project):
    """magnesium-infusions.bilingual.txt would publish at the address of magnesium-infusions' bilingual edition."""
    config = make_project()
    twin = config.raw_dir / f"{SLUG}.bilingual.txt"
    twin.write_text((config.raw_dir / f"{SLUG}.txt").read_text(encoding="utf-8"), encoding="utf-8")

    report = stages.import_sources(config)

    assert report.failures == [(
        f"source/raw/{SLUG}.bilingual.txt:1: its name would make the leaflet's slug '{SLUG}.bilingual', ending in "
        f"'.bilingual' as an edition of leaflet '{SLUG}' does (its pages would take that edition's addresses): rename it with hyphens, {SLUG}-bilingual.txt")]
    assert not (config.source_dir / f"{SLUG}.bilingual.md").exists()


def test_an_original_whose_name_differs_from_a_leaflets_only_in_capitals_fails_alone(make_project):
    """Its pages would overwrite the leaflet's on macOS and Windows: it is refused, and the run goes on for
    the others (it stopped the whole run). Two Markdowns so named still stop it: neither can be chosen."""
    config = make_project(["es"])
    stages.run(config)
    twin = config.raw_dir / f"{SLUG.capitalize()}.txt"
    twin.write_text((config.raw_dir / f"{SLUG}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    change_raw(config)
    assert config.slugs() == [SLUG]

    result = invoke(config, "run")

    assert result.exit_code == 1
    assert [line for line in result.stderr.splitlines() if "error" in line] == [
        (f"leaflets: error: source/raw/{twin.name}:1: its name differs from {SLUG!r} only in capitals: the two "
         "leaflets' pages would share addresses on macOS and Windows; rename one")]
    assert not (config.source_dir / f"{twin.stem}.md").exists()
    assert "## Who do I call?" in config.source_path(SLUG).read_text(encoding="utf-8")  # the other, imported
    assert "Who do I call?" in config.output_path(SOURCE_LANGUAGE, SLUG, ".html").read_text(encoding="utf-8")
    # and the CI gate fails on it too, naming the file, where `run` fails
    gate_result = invoke(config, "check")
    assert gate_result.exit_code == 1
    assert f"source/raw/{twin.name}:1: error: its name differs from {SLUG!r} only in capitals" in " ".join(
        (gate_result.stdout + gate_result.stderr).split())

    # two new originals so named: each refused, naming the other
    twin.rename(config.raw_dir / "Iron-infusion.txt")
    (config.raw_dir / "iron-infusion.txt").write_text("Iron\n\nQ1 Why?\nBecause.\n", encoding="utf-8")
    assert sorted(config.clashing_originals().items()) == [
        ("Iron-infusion", "iron-infusion"), ("iron-infusion", "Iron-infusion")]
    assert config.slugs() == [SLUG]
