"""Import from PDF: tables set without rules in three columns or more, with empty cells (a dose chart)."""

from __future__ import annotations

import pytest
import weasyprint

from pipeline.source.outline import Heading, Paragraph, Table, to_markdown
from pipeline.source.pdf import import_pdf
from tests.source.originals import DOSE_CHART, write_dose_chart_pdf

FRONT = {"slug": "medicines-at-home", "title": "Your medicines at home", "version": "1.0", "date": "2026-11-23"}
READ_AS_TABLE = ("page 1: a table without rules with empty cells, read by the columns of its header row: "
                 "check each value is in its row and under its column")
READ_AS_ROWS = ("page 1: a table without rules with empty cells whose columns cannot be told apart, read row by "
                "row as text: check each value against the original and set it out as a table")


@pytest.mark.parametrize(("table_style", "cell_style"), [
    ("width: 100%", ""),  # columns spread over the page: wide gaps between them
    ("width: 100%", "padding: 0 5.4pt"),  # Word's cell margins, no padding above or below
    ("", ""),  # set close: the gap between two cells narrower than a space, the columns told by their left edges
    ("", "padding: 0 5.4pt"),
])
def test_a_dose_chart_without_rules_keeps_each_dose_under_its_time(tmp_path, table_style, cell_style):
    outline = import_pdf(write_dose_chart_pdf(tmp_path / "doses.pdf", table_style, cell_style))
    assert [type(block).__name__ for block in outline.blocks] == ["Paragraph", "Table", "Paragraph"]  # the title apart
    table = outline.blocks[1]
    assert isinstance(table, Table)
    assert (table.header, table.rows) == (DOSE_CHART[0], tuple(DOSE_CHART[1:]))  # empty cells stay empty
    markdown = to_markdown(outline, FRONT)
    assert "| Paracetamol | 1 g |  | 1 g |  |\n" in markdown  # the evening dose under Evening, not Lunchtime
    assert "| Gabapentin |  |  |  | 300 mg |\n" in markdown  # the night dose under Night, not Morning
    assert [doubt.message for doubt in outline.doubts] == [READ_AS_TABLE]


def test_a_dose_chart_whose_columns_cannot_be_told_is_read_row_by_row_with_a_doubt(tmp_path):
    # centred in cells set close: gaps as narrow as a space, no left edges in line: no columns to trust
    outline = import_pdf(write_dose_chart_pdf(tmp_path / "doses.pdf", "", "text-align: center"))
    assert not [block for block in outline.blocks if isinstance(block, Table)]
    paragraphs = [block.text for block in outline.blocks if isinstance(block, Paragraph)]
    assert paragraphs[1:-1] == [" ".join(cell for cell in row if cell) for row in DOSE_CHART]  # no two rows as one
    assert [doubt.message for doubt in outline.doubts] == [READ_AS_ROWS]


def test_the_heading_and_table_below_a_dose_chart_are_no_rows_of_it(tmp_path):
    # below the chart: a heading short enough to stand in its first column, a table in the same padded cells
    cells = "padding: 2pt 25pt; text-align: left"

    def table(rows: list[tuple[str, ...]]) -> str:
        return "<table>" + "".join("<tr>" + "".join(f"<td style='{cells}'>{cell}</td>" for cell in row) + "</tr>"
                                   for row in rows) + "</table>"

    path = tmp_path / "course.pdf"
    weasyprint.HTML(string=(
        "<!doctype html><html lang='en'><body style='font: 11pt \"DejaVu Sans\"'><h1>Steroid course</h1>"
        "<p>Take the tablets with breakfast or lunch as the chart says.</p>"
        + table([("Day", "Breakfast", "Lunch", "Supper"), ("1-2", "30 mg", "", "10 mg"), ("3-4", "", "20 mg", ""),
                 ("5", "10 mg", "", "")])
        + "<h2 style='font-size: 15pt'>Effects</h2>"
        + table([("How often", "Effect"), ("Common", "poor sleep"), ("Rare", "low mood")])
        + "<p>Never stop the course all at once.</p></body></html>")).write_pdf(path)
    outline = import_pdf(path)
    chart = next(block for block in outline.blocks if isinstance(block, Table))
    assert (chart.header, chart.rows) == (("Day", "Breakfast", "Lunch", "Supper"), (
        ("1-2", "30 mg", "", "10 mg"), ("3-4", "", "20 mg", ""), ("5", "10 mg", "", "")))
    heading = next(block for block in outline.blocks if isinstance(block, Heading))
    assert heading.text == "Effects" and outline.blocks.index(heading) > outline.blocks.index(chart)


@pytest.mark.parametrize("table_style", ["width: 100%", ""])
def test_a_dose_chart_with_no_header_over_its_names_keeps_each_dose_under_its_time(tmp_path, table_style):
    """The usual chart: nothing over the medicines' names. Their column is one of its own, not the morning's
    (every dose moved one column left: the night dose read as the evening's)."""
    chart = [("", *DOSE_CHART[0][1:]), *DOSE_CHART[1:]]
    outline = import_pdf(write_dose_chart_pdf(tmp_path / "doses.pdf", table_style, chart=chart))
    [table] = [block for block in outline.blocks if isinstance(block, Table)]
    assert (table.header, table.rows) == (chart[0], tuple(chart[1:]))
    markdown = to_markdown(outline, FRONT)
    assert "| Gabapentin |  |  |  | 300 mg |\n" in markdown


def test_a_header_centred_over_the_names_heads_them(tmp_path):
    """"Medicine" set right of the names it heads (centred over a wide column) is their header, not an empty
    column's beside them."""
    chart = DOSE_CHART
    outline = import_pdf(write_dose_chart_pdf(tmp_path / "doses.pdf", chart=chart,
                                              corner_style="text-align: center; width: 60%"))
    [table] = [block for block in outline.blocks if isinstance(block, Table)]
    assert table.header == chart[0]  # no empty column beside the names (a cell wrapped in a narrow column aside)
