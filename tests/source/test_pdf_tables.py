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


# Charts of our own whose cells wrap onto two lines in columns a fifth of the page wide, as a clinic's Word chart does.
NAMES_WRAPPED = [("", "Morning", "Lunchtime", "Evening", "Night"),
                 ("Paracetamol 500 mg tablets", "2", "", "2", ""),
                 ("Ibuprofen 200 mg (with food)", "", "1", "", "1"),
                 ("Gabapentin", "", "", "", "300 mg"),
                 ("Omeprazole", "20 mg", "", "", "")]
WORD_CELLS = "width: 20%; padding: 2pt 5.4pt"  # Word's cell margins; a row's cells stand apart by the padding


def _chart_read(path, chart, cell_style, table_style="width: 100%"):
    outline = import_pdf(write_dose_chart_pdf(path, table_style, cell_style, chart=chart))
    [table] = [block for block in outline.blocks if isinstance(block, Table)]
    return (table.header, *table.rows), [doubt.message for doubt in outline.doubts]


def test_a_name_wrapped_onto_two_lines_is_one_cell_beside_its_doses(tmp_path):
    """"Paracetamol 500 mg" over "tablets": read line by line, "tablets" was a medicine with no dose."""
    rows, doubts = _chart_read(tmp_path / "doses.pdf", NAMES_WRAPPED, WORD_CELLS + "; vertical-align: top")
    assert rows == tuple(NAMES_WRAPPED)
    assert doubts == [READ_AS_TABLE]


@pytest.mark.parametrize("cell_style", [WORD_CELLS, "width: 20%; padding: 0 5.4pt"])
def test_a_dose_centred_against_a_name_of_two_lines_stays_in_its_row(tmp_path, cell_style):
    """Centred in its row, the dose stands between the name's two lines (level with neither, or with the second):
    it is that medicine's dose, and the name one cell."""
    rows, doubts = _chart_read(tmp_path / "doses.pdf", NAMES_WRAPPED, cell_style + "; vertical-align: middle")
    assert rows == tuple(NAMES_WRAPPED)
    assert doubts == [READ_AS_TABLE]


def test_a_dose_wrapped_onto_two_lines_stays_under_its_medicine(tmp_path):
    """A dose over two lines centred against a name of one: its first line stands above the name, level with
    nothing in the first column, and read as going on in the row above it was Omeprazole's dose."""
    chart = [("", "Morning", "Lunchtime", "Evening", "Night"),
             ("Omeprazole", "20 mg", "", "", ""),
             ("Amoxicillin", "1 capsule with water", "", "1 capsule with water", ""),
             ("Gabapentin", "", "", "", "300 mg")]
    rows, doubts = _chart_read(tmp_path / "doses.pdf", chart, WORD_CELLS + "; vertical-align: middle")
    assert rows == tuple(chart)
    assert doubts == [READ_AS_TABLE]


def test_a_row_with_no_dose_stays_a_row_of_its_own(tmp_path):
    """"Evening" with every dose empty stands a row's gap below "Lunchtime": a row, not the cell above going on;
    "(at bedtime)", close under "Night", goes on in Night's cell."""
    chart = [("", "Inhaler", "Tablets", "Eye drops", "Cream"),
             ("Morning", "2 puffs", "1", "", "thin layer"),
             ("Lunchtime", "", "1", "1 drop", ""),
             ("Evening", "", "", "", ""),
             ("Night (at bedtime)", "2 puffs", "", "1 drop", "")]
    rows, doubts = _chart_read(tmp_path / "doses.pdf", chart, WORD_CELLS + "; vertical-align: top")
    assert rows == tuple(chart)
    assert doubts == [READ_AS_TABLE]


def test_rows_set_as_close_as_a_cells_lines_are_read_line_by_line_with_a_doubt(tmp_path):
    """No padding between rows (Word's "Table Grid" margins): a name's second line stands as a new row's would,
    so it stays a row of its own, as before, and each such line is named for the person checking."""
    rows, doubts = _chart_read(tmp_path / "doses.pdf", NAMES_WRAPPED, "width: 20%; padding: 0 5.4pt; vertical-align: top",
                               table_style="width: 100%; border-collapse: collapse")
    assert rows[:4] == (NAMES_WRAPPED[0], ("Paracetamol", "2", "", "2", ""), ("500 mg", "", "", "", ""),
                        ("tablets", "", "", "", ""))
    assert doubts == [READ_AS_TABLE] + [
        f"page 1, a table: “{line}” has no value beside it and stands as close under the row above as a cell's "
        "lines: read as a row of its own; check it is not the cell above going on (a name wrapped onto two lines)"
        for line in ("500 mg", "tablets", "mg (with food)")]


# A footnote's mark raised after a name, as a leaflet marks a medicine whose note is below the chart.
FOOTNOTED = [("", "Morning", "Lunchtime", "Evening", "Night"),
             ("Paracetamol", "1 g", "", "1 g", ""),
             ("Warfarin", "", "", "", ""),  # no dose in the chart: the dose is in the anticoagulant book
             ("Ibuprofen<sup>2</sup>", "200 mg", "", "200 mg", ""),
             ("Omeprazole", "20 mg", "", "", "")]


def _lines_named(doubts):
    """The lines of a table its doubts name (“tablets” has no value beside it ...)."""
    return [doubt.split("“")[1].split("”")[0] for doubt in doubts]


def _marked(chart):
    return tuple(tuple(cell.replace("<sup>1</sup>", "¹").replace("<sup>2</sup>", "²") for cell in row) for row in chart)


@pytest.mark.parametrize("padding", [WORD_CELLS, "width: 20%; padding: 0 5.4pt"])
@pytest.mark.parametrize("align", ["top", "middle"])
def test_a_footnote_mark_joins_no_medicine_to_the_one_above(tmp_path, padding, align):
    """Measured by its raised mark, "Ibuprofen²" stood closer under "Warfarin" (no dose) than the rows stand apart,
    as close as a cell's lines, and went on in its cell: Ibuprofen's doses were Warfarin's. The mark heightens its
    row too, so that the rows do not stand evenly apart: no sign of a cell going on."""
    rows, doubts = _chart_read(tmp_path / "doses.pdf", FOOTNOTED, f"{padding}; vertical-align: {align}")
    assert rows == _marked(FOOTNOTED)
    assert doubts == [READ_AS_TABLE]


def test_a_footnote_mark_joins_no_time_of_day_to_an_empty_one_above(tmp_path):
    """Under a time with nothing taken ("Afternoon"), any line may go on in its cell: a gap a point less, the mark's
    doing, is no cell's line."""
    chart = [("", "Inhaler", "Tablets", "Eye drops", "Cream"),
             ("Morning", "2 puffs", "1", "", "thin layer"),
             ("Mid-morning", "", "1", "", ""),
             ("Lunchtime", "", "1", "1 drop", ""),
             ("Afternoon", "", "", "", ""),
             ("Evening<sup>1</sup>", "", "1", "1 drop", "")]
    rows, doubts = _chart_read(tmp_path / "doses.pdf", chart, WORD_CELLS + "; vertical-align: top")
    assert rows == _marked(chart)
    assert doubts == [READ_AS_TABLE]


def test_a_name_and_dose_wrapped_together_are_read_line_by_line_with_a_doubt_for_each_line(tmp_path):
    """"Amoxicillin 500 mg" and "1 capsule (500 mg)" both wrapped: their second lines, a name beside doses, may as
    well start a row, so the gaps are not trusted (a lesser parting left "500 mg (500 mg)" a medicine of its own
    with no doubt): each line read as lines are, and named where it could be misplaced."""
    chart = [("", "Morning", "Lunchtime", "Evening", "Night"),
             ("Paracetamol tablets", "2", "", "2", ""),
             ("Amoxicillin 500 mg", "1 capsule (500 mg)", "", "1 capsule (500 mg)", ""),
             ("Gabapentin", "", "", "", "300 mg")]
    rows, doubts = _chart_read(tmp_path / "doses.pdf", chart, WORD_CELLS + "; vertical-align: middle")
    assert rows == (chart[0], ("Paracetamol", "2", "", "2", ""), ("tablets", "", "", "", ""),
                    ("Amoxicillin", "1 capsule", "", "1 capsule", ""), ("500 mg", "(500 mg)", "", "(500 mg)", ""),
                    chart[3])
    assert doubts[0] == READ_AS_TABLE  # and a doubt naming each line that could be read the other way
    assert _lines_named(doubts[1:]) == ["2 2", "tablets", "500 mg (500 mg) (500 mg)"]


def test_a_blank_row_set_apart_is_no_sign_of_the_rows_gap(tmp_path):
    """Rows set close, with a blank row before "Night": one gap far wider than the others is no row's gap. Taken
    for it, every line above (a time with nothing taken, or one under it) went on in Morning's cell."""
    chart = [("", "Inhaler", "Tablets", "Eye drops", "Cream"),
             ("Morning", "2 puffs", "1", "", "thin layer"),
             ("Mid-morning", "", "", "", ""),
             ("Lunchtime", "", "1", "1 drop", ""),
             ("Afternoon", "", "", "", ""),
             ("Evening", "", "1", "1 drop", ""),
             ("&nbsp;",) * 5,
             ("Night", "2 puffs", "", "", "thin layer")]
    rows, doubts = _chart_read(tmp_path / "doses.pdf", chart, "width: 20%; padding: 0 5.4pt; vertical-align: top",
                               table_style="width: 100%; border-collapse: collapse")
    assert rows == (*chart[:6], chart[7])  # the blank row holds no words
    assert doubts[0] == READ_AS_TABLE  # and, read line by line in rows set close, a doubt naming each line below
    assert _lines_named(doubts[1:]) == ["Mid-morning", "Lunchtime 1 1 drop", "Afternoon", "Evening 1 1 drop"]


def test_a_chart_whose_every_name_wraps_keeps_each_name_beside_its_doses(tmp_path):
    """More gaps within cells than between rows: still the rows' gaps part them (a second reader found "500 mg" read
    as a medicine taking Paracetamol's doses, and Paracetamol with none)."""
    chart = [("", "Morning", "Lunchtime", "Evening", "Night"),
             ("Paracetamol 500 mg tablets", "2", "", "2", ""),
             ("Ibuprofen 200 mg (with food)", "", "1", "", "1"),
             ("Amlodipine 5 mg tablets", "1", "", "", ""),
             ("Omeprazole 20 mg capsules", "1", "", "", "")]
    rows, doubts = _chart_read(tmp_path / "doses.pdf", chart, WORD_CELLS + "; vertical-align: middle")
    assert rows == tuple(chart)
    assert doubts == [READ_AS_TABLE]
