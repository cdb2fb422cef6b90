from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.core.errors import ConfigError, SourceError
from pipeline.run import stages
from pipeline.source.document import BlockKind, parse_leaflet, read_leaflet
from pipeline.source.importer import draft
from pipeline.source.outline import to_markdown
from pipeline.source.rawtext import outline_from_lines, read_lines
from tests.conftest import RAW_LEAFLET, SLUG
from tests.source.golden import assert_golden


def test_import_matches_golden_markdown(make_project):
    config = make_project()
    stages.import_sources(config)
    assert_golden("magnesium-infusions.md", config.source_path(SLUG).read_text(encoding="utf-8"))


def test_import_twice_gives_the_same_file(make_project):
    config = make_project()
    stages.import_sources(config)
    first = config.source_path(SLUG).read_bytes()
    report = stages.import_sources(config, only_if_needed=False)
    assert report.changed == []
    assert config.source_path(SLUG).read_bytes() == first


def test_import_keeps_front_matter_a_person_edited(make_project):
    config = make_project()
    stages.import_sources(config)
    md = config.source_path(SLUG)
    md.write_text(md.read_text().replace("version: 1.0", "version: 2.3"), encoding="utf-8")
    stages.import_sources(config, only_if_needed=False)
    assert read_leaflet(md).version == "2.3"


def test_imported_text_is_cleaned_but_not_reworded():
    markdown = draft(RAW_LEAFLET, SLUG, {}).markdown
    leaflet = parse_leaflet(markdown, Path(f"{SLUG}.md"))
    text = "\n".join(b.text for b in leaflet.blocks)
    assert "co-administered" in text  # a hyphenated word split at the line end keeps its hyphen
    assert "self-management" in text
    assert "haven’t" in text  # curly quotes kept
    assert "DO NOT undertake" in text  # rejoined across the line break
    assert "  " not in text and "\n " not in text
    assert "110mmol/L" in text  # not reworded: lint warns about it, import never rewrites
    headings = [b.text for b in leaflet.blocks if b.kind is BlockKind.HEADING]
    assert len(headings) == 11
    assert headings[2] == "How is the Infusion Performed?"
    assert leaflet.title == "Magnesium Infusions"


def test_plain_word_split_by_the_pdf_is_rejoined_without_hyphen(tmp_path):
    raw = tmp_path / "demo.txt"
    raw.write_text(
        "Demo Leaflet\n\nQ1 What is it?\nThis needs further treat-\nment and is co-\nadministered "
        "by the team.\n",
        encoding="utf-8",
    )
    leaflet = parse_leaflet(draft(raw, "demo", {}).markdown, tmp_path / "demo.md")
    assert leaflet.blocks[-1].text == "This needs further treatment and is co-administered by the team."


def test_paragraph_breaks_and_translator_locations():
    leaflet = parse_leaflet(draft(RAW_LEAFLET, SLUG, {}).markdown, Path(f"{SLUG}.md"))
    q9 = [b for b in leaflet.blocks if b.section == 9 and b.kind is BlockKind.PARAGRAPH]
    assert len(q9) == 2
    assert q9[1].text.startswith("Sometime a series of infusions")
    assert q9[0].comment == "Q9 answer, paragraph 1: “Will the Injection Cure My Pain?”"
    assert leaflet.blocks[0].comment == "Title"


@pytest.mark.parametrize(
    ("markdown", "line", "message"),
    [
        ("no front matter\n", 1, "missing front matter"),
        ("---\nslug: x\ntitle: T\nversion: 1\ndate: 2026-01-01\n---\n\n## Q only\n", 7, "no `# ` title"),
        ("---\nslug: x\ntitle: T\nversion: 1\ndate: 2026-01-01\n---\n# T\n\n# Again\n", 9, "second `# ` title"),
        ("---\nslug: x\nbad line\n---\n# T\n", 3, "key: value"),
        ("---\nslug: x\ntitle: T\nversion: 1\ndate: yesterday\n---\n# T\n", 5, "not YYYY-MM-DD"),
        ("---\ntitle: T\nslug: y\nversion: 1\ndate: 2026-01-01\n---\n# T\n", 3, "slug 'y' differs"),
        # an empty title would publish a picker section and an edition stamp without a name
        ("---\nslug: x\ntitle:\nversion: 1\ndate: 2026-01-01\n---\n# T\n", 3, "front matter title is empty"),
        ('---\nslug: x\ntitle: ""\nversion: 1\ndate: 2026-01-01\n---\n# T\n', 3, "front matter title is empty"),
        # the last would win silently
        ("---\nslug: x\ntitle: T\ntitle: U\nversion: 1\ndate: 2026-01-01\n---\n# T\n", 4,
         "front matter sets title twice (first at line 3)"),
    ],
)
def test_malformed_markdown_names_file_and_line(tmp_path, markdown, line, message):
    path = tmp_path / "x.md"
    path.write_text(markdown, encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        read_leaflet(path)
    assert caught.value.line == line
    assert message in str(caught.value)
    assert str(caught.value).startswith(f"{path}:{line}: ")


def test_missing_source_is_a_clear_error(tmp_path):
    with pytest.raises(SourceError, match="run `leaflets import`"):
        read_leaflet(tmp_path / "absent.md")


def test_raw_text_that_is_not_utf8_names_the_line(tmp_path):
    raw = tmp_path / "bad.txt"
    raw.write_bytes(b"Title\n\nQ1 Why?\nCaf\xe9 text\n")
    with pytest.raises(SourceError) as caught:
        draft(raw, "bad", {})
    assert caught.value.line == 4


def test_a_byte_order_mark_before_the_front_matter_is_no_part_of_the_text(tmp_path):
    """Windows editors save UTF-8 with one: the file still starts with its `---` line."""
    path = tmp_path / "x.md"
    path.write_text("\ufeff---\nslug: x\ntitle: T\nversion: 1\ndate: 2026-01-01\n---\n# T\n\nText.\n", encoding="utf-8")
    leaflet = read_leaflet(path)
    assert (leaflet.slug, leaflet.title, [b.text for b in leaflet.blocks]) == ("x", "T", ["T", "Text."])


def test_a_slug_with_a_space_is_refused_at_its_line(tmp_path):
    """It names every address the leaflet is published at, and its QR code."""
    path = tmp_path / "wrist splint.md"
    path.write_text("---\nslug: wrist splint\ntitle: T\nversion: 1\ndate: 2026-01-01\n---\n# T\n\nText.\n",
                    encoding="utf-8")
    with pytest.raises(SourceError, match=r"has a space \(a slug names the leaflet's addresses\): use hyphens, "
                                          "wrist-splint") as caught:
        read_leaflet(path)
    assert caught.value.line == 2


@pytest.mark.parametrize("edition", ["bilingual", "Bilingual"])  # capitals: one file name on macOS and Windows
def test_a_slug_ending_in_an_editions_name_is_refused_at_its_line(tmp_path, edition):
    """magnesium-infusions.bilingual.md published its page at dist/es/magnesium-infusions.bilingual.html, the
    address of magnesium-infusions' bilingual edition: each leaflet's build wrote over the other's page."""
    path = tmp_path / f"wrist-splint.{edition}.md"
    path.write_text(f"---\nslug: wrist-splint.{edition}\ntitle: T\nversion: 1\ndate: 2026-01-01\n---\n# T\n\nText.\n",
                    encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        read_leaflet(path)
    assert caught.value.line == 2
    assert str(caught.value).endswith(
        f"slug 'wrist-splint.{edition}', ending in '.{edition}' as an edition of leaflet 'wrist-splint' does (its "
        f"pages would take that edition's addresses): use hyphens, wrist-splint-{edition} (rename the file too)")


@pytest.mark.parametrize("slug", ["vitamin-b12.v2", "wrist-splint.qr"])
def test_a_slug_with_a_dot_elsewhere_is_read(tmp_path, slug):
    """Only an edition's name at the end takes another leaflet's addresses ("x.qr" writes x.qr.qr.svg, not x.qr.svg)."""
    path = tmp_path / f"{slug}.md"
    path.write_text(f"---\nslug: {slug}\ntitle: T\nversion: 1\ndate: 2026-01-01\n---\n# T\n\nText.\n",
                    encoding="utf-8")
    assert read_leaflet(path).slug == slug


def test_two_leaflets_differing_only_in_capitals_are_refused(make_project):
    """On macOS and Windows they are one file name: their pages would overwrite each other."""
    config = make_project(["es"])
    stages.run(config)
    source = config.source_path(SLUG)
    twin = source.with_name(SLUG.capitalize() + ".md")
    twin.write_text(source.read_text(encoding="utf-8").replace(f"slug: {SLUG}", f"slug: {twin.stem}"), "utf-8")
    with pytest.raises(ConfigError, match="differ only in capitals"):
        config.slugs()


@pytest.mark.parametrize("title", ["'", "Patients'", '"Quoted"', "'Single'", "It's fine", "A \"word\" inside"])
def test_a_title_with_quotes_is_written_and_read_back_as_it_is(tmp_path, title):
    """Only one matching pair of quotes around a value is markup: an apostrophe ending a title stays."""
    outline = outline_from_lines(read_lines(f"{title}\n\nWhy?\nBecause.\n"))
    markdown = to_markdown(outline, {"slug": "x", "title": title, "version": "1", "date": "2026-01-01"})
    assert parse_leaflet(markdown, Path("x.md")).title == title
