"""The Markdown reader: every element of docs/source-format.md as units, with lines and places."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from pipeline.core.errors import SourceError
from pipeline.source.document import AlertKind, BlockKind, parse_leaflet, read_leaflet, unit_text
from tests.conftest import REPO
from tests.publish.lookalike import CONTACT, NONQA_LEAFLET, NONQA_SLUG

FRONT = "---\nslug: demo\ntitle: Demo\nversion: 1\ndate: 2026-01-01\n---\n"  # 6 lines


def read(body: str):
    return parse_leaflet(FRONT + body, Path("demo.md"))


def texts(body: str) -> list[str]:
    return [b.text for b in read(body).blocks]


def test_the_magnesium_leaflet_gives_its_committed_pot_entries_and_comments():
    leaflet = read_leaflet(REPO / "source" / "magnesium-infusions.md")
    with open(REPO / "locales" / "magnesium-infusions.pot", "rb") as pot:
        entries = [(m.id, m.auto_comments, m.locations) for m in read_po(pot) if m.id]
    blocks = [(b.text, [b.comment], [("source/magnesium-infusions.md", b.line)]) for b in leaflet.blocks]
    assert blocks == entries
    assert blocks[0][1] == ["Title"] and blocks[5][1] == ["Q3 question"]


def test_headings_at_every_level_keep_their_level_and_line():
    leaflet = read("\n# Title\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five\n\n###### Six\n")
    assert [(b.kind, b.level, b.line) for b in leaflet.blocks] == [
        (BlockKind.TITLE, 1, 8), (BlockKind.HEADING, 2, 10), (BlockKind.HEADING, 3, 12),
        (BlockKind.HEADING, 4, 14), (BlockKind.HEADING, 5, 16), (BlockKind.HEADING, 6, 18)]
    assert leaflet.blocks[3].comment == "Two › Three › Four › heading"


def test_nested_ordered_and_bullet_lists_with_paragraphs_of_an_item():
    body = ("# T\n\n## Steps\n\n3. first\n4. second\n\n   more about the second\n"
            "   - nested a\n   - nested b\n\n     its second paragraph\n5. third\n")
    blocks = read(body).blocks[2:]
    assert [b.text for b in blocks] == ["first", "second", "more about the second", "nested a", "nested b",
                                        "its second paragraph", "third"]
    assert [b.kind for b in blocks] == [BlockKind.ITEM, BlockKind.ITEM, BlockKind.PARAGRAPH, BlockKind.ITEM,
                                        BlockKind.ITEM, BlockKind.PARAGRAPH, BlockKind.ITEM]
    second, nested_b = blocks[1], blocks[4]
    assert second.lists[0].ordered and second.lists[0].start == 3 and second.lists[0].number == 4
    assert [(p.ordered, p.number) for p in nested_b.lists] == [(True, 4), (False, 2)]
    assert [b.line for b in blocks] == [11, 12, 14, 15, 16, 18, 19]
    assert [b.comment for b in blocks] == [
        "Steps › list item 3", "Steps › list item 4", "Steps › list item 4, paragraph 2",
        "Steps › list item 4 › list item 1", "Steps › list item 4 › list item 2",
        "Steps › list item 4 › list item 2, paragraph 2", "Steps › list item 5"]


def test_a_table_makes_every_non_empty_cell_a_unit_with_its_row_and_column():
    body = "# T\n\n## Side effects\n\n| How often | Effect |\n|---|---|\n| Common | a \\| b |\n|  | rare one |\n"
    cells = [b for b in read(body).blocks if b.kind is BlockKind.CELL]
    assert [(b.text, b.cell.row, b.cell.column, b.line) for b in cells] == [  # type: ignore[union-attr]
        ("How often", 1, 1, 11), ("Effect", 1, 2, 11), ("Common", 2, 1, 13), ("a | b", 2, 2, 13),
        ("rare one", 3, 2, 14)]
    assert all(b.cell and (b.cell.rows, b.cell.columns) == (3, 2) for b in cells)
    assert cells[0].cell and cells[0].cell.header and not cells[2].cell.header  # type: ignore[union-attr]
    assert cells[4].comment == "Side effects › table row 3, column 2"


@pytest.mark.parametrize("kind", list(AlertKind))
def test_every_alert_kind_is_a_box_whose_marker_line_is_no_text(kind):
    body = f"# T\n\n## Care\n\n> [!{kind.value.lower() if kind is AlertKind.TIP else kind.value}]\n> **DO NOT** drive.\n>\n> Call us.\n"
    blocks = read(body).blocks[2:]
    assert [b.text for b in blocks] == ["**DO NOT** drive.", "Call us."]
    assert all(b.alert and b.alert.kind is kind for b in blocks)
    assert [b.line for b in blocks] == [12, 14]
    noun = {"NOTE": "note", "TIP": "tip", "IMPORTANT": "important", "WARNING": "warning", "CAUTION": "caution"}
    assert blocks[1].comment == f"Care › {noun[kind.value]} box, paragraph 2"


def test_links_emphasis_and_hard_breaks_stay_inside_the_unit():
    body = ("# T\n\nCall [the clinic](tel:+441632960123) *today*\\\nor write to\n"
            "[us](mailto:a@example.org),  \nsee **www**.\n")
    assert texts(body)[1] == ("Call [the clinic](tel:+441632960123) *today*\nor write to "
                              "[us](mailto:a@example.org),\nsee **www**.")


def test_escapes_stay_as_written_so_the_unit_reads_back_the_same():
    body = "# T\n\n1\\. is not a list\n\n\\- nor this, nor \\*this\\*\n\nDate: \\_\\_\\_\n"
    assert texts(body)[1:] == ["1\\. is not a list", "\\- nor this, nor \\*this\\*", "Date: \\_\\_\\_"]
    assert all(b.kind is BlockKind.PARAGRAPH for b in read(body).blocks[1:])


def test_unit_text_joins_soft_breaks_and_keeps_hard_ones():
    assert unit_text("a\n  b") == "a b"
    assert unit_text("a\\\nb") == "a\nb"
    assert unit_text("a   \nb") == "a\nb"
    assert unit_text("a\\\\\nb") == "a\\\\ b"  # an escaped backslash is no line break


def test_a_leaflet_that_is_not_questions_gets_outline_comments():
    leaflet = parse_leaflet(NONQA_LEAFLET, Path(f"{NONQA_SLUG}.md"))
    comments = {b.text: b.comment for b in leaflet.blocks}
    assert comments["This leaflet explains what happens before, during and after your injection."] == \
        "Introduction › paragraph 1"
    assert comments["Before the procedure"] == "Before the procedure › heading"
    assert comments["have tried *physiotherapy* and tablets for at least 6 weeks"] == \
        "Before the procedure › list item 2"
    assert comments["have an infection near the injection site"] == "Before the procedure › list 2, item 2"
    assert comments["a cold sore counts too"] == "Before the procedure › list 2, item 2 › list item 1"
    assert comments["Date of procedure: \\_\\_\\_\\_\\_\\_"] == "Before the procedure › paragraph 3"
    assert comments["Common (up to 1 in 10 people)"] == "Side effects › table row 2, column 1"
    assert comments["**DO NOT** drive for 24 hours after the injection."] == \
        "Side effects › warning box, paragraph 1"
    assert comments[CONTACT] == "Contact us › paragraph 1"
    assert "Rare (up to 1 in 1,000 people)" in comments and "" not in comments  # the empty cell is no unit


def test_a_q_and_a_leaflet_with_a_list_keeps_question_comments():
    body = "# T\n\nIntro.\n\n## Why?\n\nBecause:\n\n- one\n- two\n\n## How?\n\nLike so.\n"
    assert [b.comment for b in read(body).blocks] == [
        "Title", "Introduction, paragraph 1", "Q1 question", "Q1 answer, paragraph 1: “Why?”",
        "Q1 answer, list item 2: “Why?”", "Q1 answer, list item 3: “Why?”", "Q2 question",
        "Q2 answer, paragraph 1: “How?”"]


def test_one_heading_that_is_no_question_makes_the_outline_comments():
    body = "# T\n\n## Why?\n\nBecause.\n\n## Contact\n\nUs.\n"
    assert [b.comment for b in read(body).blocks][2:] == ["Why? › paragraph 1", "Contact › heading",
                                                           "Contact › paragraph 1"]


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ("# T\n\n> just a quote\n", 10, "not a warning box"),
        ("# T\n\n> [!DANGER]\n> no such kind\n", 10, "not a warning box"),
        ("# T\n\n    indented code\n", 10, "code block"),
        ("# T\n\n```\nfenced\n```\n", 10, "code block"),
        ("# T\n\n- item\n\n  > [!NOTE]\n  > inside\n", 12, "inside another block"),
        ("# T\n\n- item\n  ## heading in a list\n", 11, "heading inside a list"),
        ("# T\n\n## \n", 10, "empty heading"),
        ("# T\n\n# Again\n", 10, "second `# ` title"),
        ("Text before any title.\n", 7, "no `# ` title"),
        # A link's address, or a whole line, that no edition would show (the parser takes them away).
        ("# T\n\nRead the [guide][g].\n\n[g]: https://example.org/guide\n", 12, "link reference definition"),
        ("# T\n\n[1]: https://example.org/trial-2019\n", 10, "link reference definition"),
        ("# T\n\n> [!NOTE]\n> See [us][u].\n>\n> [u]: tel:+611300\n", 13, "link reference definition"),
        # A picture that would reach patients as its words alone.
        ("# T\n\nSee ![Diagram of the spine](spine.png).\n", 10, "an image"),
        ("# T\n\n## ![Warning](sign.png) Before you come\n", 10, "an image"),
        ("# T\n\n| a | b |\n|---|---|\n| ![x](y) | c |\n", 12, "an image"),
    ],
)
def test_bad_source_is_one_line_with_file_and_line(tmp_path, body, line, message):
    path = tmp_path / "demo.md"
    path.write_text(FRONT + "\n" + body, encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        read_leaflet(path)
    assert (caught.value.line, str(caught.value).startswith(f"{path}:{line}: ")) == (line, True)
    assert message in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize("version", ["1.0 (take three tablets every hour)", "2 – see page 4", "1.0, reviewed by Dr A",
                                     "Take-2-tablets-daily", "DOUBLE-DOSE", "Max 2/day", "Use 1 a day", "1 per day",
                                     "TAKE 2", "MAX 2/DAY", "1.0 NOT"])
def test_a_version_that_is_no_version_number_is_refused_at_its_line(tmp_path, version):
    """Every edition prints it untranslated: words there reached patients in every language unapproved."""
    path = tmp_path / "demo.md"
    path.write_text(FRONT.replace("version: 1\n", f"version: {version}\n") + "\n# T\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"demo\.md:\d+: front matter version .* is not a version number"):
        read_leaflet(path)
    for plain in ("1.2", "3", "v2.1", "2026-03", "Rev. 4", "Version 2", "Issue 3", "2.0_RC1", "1.2a", "V3"):
        path.write_text(FRONT.replace("version: 1\n", f"version: {plain}\n") + "\n# T\n", encoding="utf-8")
        assert read_leaflet(path).version == plain


def test_text_that_only_looks_like_a_definition_or_an_image_is_read():
    blocks = read("# T\n\n\\[1]: https://example.org\n\nWell done\\! [Call us](tel:+611300) ![x] here.\n").blocks
    assert [b.text for b in blocks][1:] == ["\\[1]: https://example.org", "Well done\\! [Call us](tel:+611300) ![x] here."]


def test_a_list_inside_a_box_is_placed_in_both():
    blocks = read("# T\n\n## Care\n\n> [!IMPORTANT]\n> Bring:\n>\n> 1. your tablets\n> 2. a friend\n").blocks[2:]
    assert [b.comment for b in blocks] == ["Care › important box, paragraph 1",
                                           "Care › important box › list item 1", "Care › important box › list item 2"]
    assert all(b.alert and b.alert.kind is AlertKind.IMPORTANT for b in blocks) and blocks[2].lists[0].ordered


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_a_leaflet_saved_with_windows_or_classic_mac_line_ends_reads_as_with_unix_ones(tmp_path, line_end):
    source = REPO / "source" / "magnesium-infusions.md"
    path = tmp_path / "magnesium-infusions.md"
    path.write_bytes(source.read_bytes().replace(b"\n", line_end.encode()))
    assert [(u.kind, u.text, u.line) for u in read_leaflet(path).blocks] == [
        (u.kind, u.text, u.line) for u in read_leaflet(source).blocks]
