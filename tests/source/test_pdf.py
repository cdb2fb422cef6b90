"""Import from PDF: real PDFs made with WeasyPrint, read back with pdfplumber into an outline and Markdown."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import weasyprint

from pipeline.core.errors import SourceError
from pipeline.source.outline import (
    Alert,
    AlertKind,
    Heading,
    ListBlock,
    Paragraph,
    Table,
    to_markdown,
)
from pipeline.source.pdf import import_pdf, is_bold_font, read_pdf
from tests.conftest import REPO, write_pyproject
from tests.source.golden import assert_golden
from tests.source.originals import (
    write_blank_pdf,
    write_nerve_block_docx,
    write_nerve_block_pdf,
    write_password_pdf,
    write_unruled_table_pdf,
)

FRONT = {"slug": "nerve-block", "title": "Nerve Block Injections", "version": "1.0", "date": "2026-11-23"}


@pytest.fixture(scope="module")
def leaflet_pdf(tmp_path_factory) -> Path:
    return write_nerve_block_pdf(tmp_path_factory.mktemp("pdf") / "nerve-block.pdf")


def test_a_pdf_leaflet_imports_as_its_golden_markdown(leaflet_pdf):
    assert_golden("nerve-block.pdf.md", to_markdown(import_pdf(leaflet_pdf), FRONT))


def test_what_the_pdf_import_was_unsure_of(leaflet_pdf):
    assert [doubt.describe() for doubt in import_pdf(leaflet_pdf).doubts] == [
        "line 1: dropped “Pain Service, March 2026”, repeated on 3 pages (header or footer)",
        "line 36: page 1: a box without a label taken as an important notice",
        "lines 41-71: page 2: read as two columns, the left one first",  # the running header above them not in
        "lines 87-96: page 3: a narrow column beside the main text (a sidebar?), read after it",
    ]


def test_each_line_knows_its_size_weight_and_page(leaflet_pdf):
    lines = {line.text.strip(): line for line in read_pdf(leaflet_pdf).lines if line.text}
    title, section, sub, body = (lines[text] for text in (
        "Nerve Block Injections", "Before the procedure", "On the day", "Tell us before the day if:"))
    assert (title.size, title.bold, title.page) == (22.0, True, 1)
    assert (section.size, section.bold) == (15.0, True)
    assert (sub.size, sub.bold) == (12.0, True)
    assert (body.size, body.bold) == (11.0, False)
    assert title.x is not None and title.top is not None and title.top < body.top  # type: ignore[operator]


def test_the_running_header_and_footer_are_lines_of_their_own_on_every_page_and_dropped(leaflet_pdf):
    lines = read_pdf(leaflet_pdf).lines
    assert [(line.page, line.text.strip()) for line in lines if "March 2026" in line.text or "Page" in line.text] == [
        (1, "Pain Service, March 2026"), (1, "Page 1 of 3"),
        (2, "Pain Service, March 2026"), (2, "Page 2 of 3"),
        (3, "Pain Service, March 2026"), (3, "Page 3 of 3"),
    ]
    markdown = to_markdown(import_pdf(leaflet_pdf), FRONT)
    assert "March 2026" not in markdown and "of 3" not in markdown


def test_two_columns_are_read_left_column_first(leaflet_pdf):
    texts = [line.text for line in read_pdf(leaflet_pdf).lines]
    # the right column's first line sits higher on the page than the left column's heading
    assert texts.index("the needle to the right place.") < texts.index("Most people feel a sharp scratch and")
    paragraphs = [b.text for b in import_pdf(leaflet_pdf).blocks if isinstance(b, Paragraph)]
    assert any(p.startswith("A nerve carries pain signals") and p.endswith("to the right place.") for p in paragraphs)


def test_a_sidebar_is_read_after_the_main_text_with_its_links(leaflet_pdf):
    blocks = import_pdf(leaflet_pdf).blocks
    texts = [b.text for b in blocks if isinstance(b, (Paragraph, Heading))]
    leaving = next(i for i, t in enumerate(texts) if t.startswith("Call us if"))
    contact = texts.index("Contact us")
    assert leaving < contact
    assert texts[contact + 1] == ("Pain Clinic\nLevel 2, Main Building\nTel: [01234 567 890](tel:+441234567890)\n"
                                  "Monday to Friday\n[pain.example.org](https://pain.example.org/)")


def test_lists_tables_and_bold_words(leaflet_pdf):
    blocks = import_pdf(leaflet_pdf).blocks
    bullets, numbers = [b for b in blocks if isinstance(b, ListBlock)]
    assert [i.text for i in bullets.items] == ["you take warfarin or another blood thinner", "you have diabetes",
                                               "you may be pregnant"]
    assert bullets.items[1].sublists[0].items[0].text == "bring your meter and your tablets"
    assert numbers.ordered and len(numbers.items) == 3
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.header == ("How often", "Side effect")
    assert table.rows == (("Common (up to 1 in 10 patients)", "bruising where the needle went in"),
                          ("Rare (up to 1 in 1,000 patients)", "infection"))
    after_table = blocks[blocks.index(table) + 1]
    assert after_table == Paragraph("**DO NOT** drive for 24 hours after the injection.", after_table.line)


def test_a_box_is_a_warning_box_of_the_kind_its_label_says(leaflet_pdf):
    blocks = import_pdf(leaflet_pdf).blocks
    labelled, unlabelled = [b for b in blocks if isinstance(b, Alert)]
    assert labelled.kind is AlertKind.IMPORTANT  # "Important" in bold: a label, not a heading
    assert [p.text for p in labelled.blocks if isinstance(p, Paragraph)] == [
        "Call the clinic straight away if your leg is weak the next morning."]
    assert unlabelled.kind is AlertKind.IMPORTANT
    assert [p.text for p in unlabelled.blocks if isinstance(p, Paragraph)] == ["Your leg may feel numb for a few hours."]
    assert not any(isinstance(b, Heading) and b.text == "Important" for b in blocks)


def test_two_columns_whose_lines_pair_up_are_a_table_without_rules(tmp_path):
    outline = import_pdf(write_unruled_table_pdf(tmp_path / "side-effects.pdf"))
    assert [type(b).__name__ for b in outline.blocks] == ["Paragraph", "Table", "Paragraph"]
    table = outline.blocks[1]
    assert isinstance(table, Table)
    assert table.header == ("Common", "bruising where the needle went in")
    assert table.rows[-1] == ("Very rare", "weakness of the leg for a day")
    assert [d.message for d in outline.doubts] == [
        ("page 1: two columns side by side read as a table without rules; "
        "check its first row, taken as the header")]


@pytest.mark.parametrize(("make", "message"), [
    (lambda path: path.write_bytes(b"Nerve block injections\nPage 1 of 2\n"),
     "not a PDF (it does not start with %PDF-); export the leaflet as PDF again"),
    (lambda path: path.write_bytes(b""), "an empty file, not a PDF"),
    (write_blank_pdf, ("no text in the PDF (a scanned document?): run OCR on it first, "
                      "or type its text into a .txt file")),
    (write_password_pdf, "the PDF is encrypted with a password; save an unprotected copy and import that"),
])
def test_a_pdf_that_cannot_be_read_is_a_one_line_error(tmp_path, make, message):
    path = tmp_path / "broken.pdf"
    make(path)
    with pytest.raises(SourceError) as caught:
        import_pdf(path)
    assert str(caught.value) == f"{path}: {message}"


def test_import_reads_word_and_pdf_originals_and_reports_the_bad_ones(tmp_path):
    """`python -m pipeline import`: good originals imported, each bad one a `file:line:` line, exit 1."""
    root = tmp_path / "clinic"
    raw = root / "source" / "raw"
    raw.mkdir(parents=True)
    write_pyproject(root, ["es"])
    write_nerve_block_docx(raw / "nerve-block.docx")
    write_nerve_block_pdf(raw / "going-home.pdf")
    with zipfile.ZipFile(raw / "broken-word.docx", "w") as archive:
        archive.writestr("notes.txt", "not a document")
    (raw / "renamed-text.pdf").write_text("Nerve block injections\n", encoding="utf-8")
    write_blank_pdf(raw / "scanned.pdf")

    result = subprocess.run([sys.executable, "-m", "pipeline", "import", "-C", str(root)], capture_output=True,
                            text=True, env={**os.environ, "PYTHONPATH": str(REPO)}, check=False, timeout=300)

    assert result.returncode == 1, result.stderr
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert errors == [
        ("leaflets: error: source/raw/broken-word.docx:1: not a Word document (a zip file without Word's parts); "
        "save it from Word as .docx"),
        ("leaflets: error: source/raw/renamed-text.pdf:1: not a PDF (it does not start with %PDF-); "
        "export the leaflet as PDF again"),
        ("leaflets: error: source/raw/scanned.pdf:1: no text in the PDF (a scanned document?): run OCR on it first, "
        "or type its text into a .txt file"),
    ], result.stderr
    for slug in ("broken-word", "renamed-text", "scanned"):
        assert not (root / "source" / f"{slug}.md").exists()
    word = (root / "source" / "nerve-block.md").read_text(encoding="utf-8")
    pdf = (root / "source" / "going-home.md").read_text(encoding="utf-8")
    assert "source: raw/nerve-block.docx" in word and "source: raw/going-home.pdf" in pdf
    assert word.split("\n---\n", 1)[1] == _golden_body("nerve-block.docx.md")
    assert pdf.split("\n---\n", 1)[1] == _golden_body("nerve-block.pdf.md")
    assert "source/raw/going-home.pdf:36: page 1: a box without a label taken as an important notice" in result.stderr
    assert "source/raw/nerve-block.docx:9: taken as a heading (a short paragraph all in bold)" in result.stdout \
        + result.stderr


def _golden_body(name: str) -> str:
    return (REPO / "tests" / "golden" / name).read_text(encoding="utf-8").split("\n---\n", 1)[1]


@pytest.mark.parametrize(("fontname", "bold"), [
    ("UWGIWA+DejaVu-Sans-Bold", True), ("Helvetica-Black", True), ("OpenSans-Semibold", True),
    ("ABCDEF+Arial-BoldMT", True), ("MinionPro-Regular", False), ("BOLDSX+Calibri", False),
    ("XKQQSR+Calibri", False),
])
def test_bold_by_the_font_name_after_the_subset_prefix(fontname, bold):
    assert is_bold_font(fontname, set()) is bold


def test_bold_by_the_font_descriptor_weight_when_the_name_does_not_say():
    assert is_bold_font("XKQQSR+Calibri", {"XKQQSR+Calibri"})


def test_a_truncated_pdf_is_a_one_line_error(tmp_path, leaflet_pdf):
    path = tmp_path / "cut.pdf"
    path.write_bytes(leaflet_pdf.read_bytes()[:2000])
    with pytest.raises(SourceError) as caught:
        import_pdf(path)
    assert str(caught.value) == (f"{path}: a damaged PDF (Unexpected EOF); "
                                 "export it again from the program that made it")


def test_a_damaged_pdf_gives_an_outline_or_a_one_line_error_and_prints_nothing(tmp_path, leaflet_pdf, capfd):
    """Bytes of a real PDF changed at random (a fixed seed): never a traceback, never pdfminer's warnings."""
    original = leaflet_pdf.read_bytes()
    chance = random.Random(15)
    outcomes = set()
    for attempt in range(40):
        data = bytearray(original)
        for _ in range(chance.randint(1, 30)):
            data[chance.randrange(len(data))] = chance.randrange(256)
        path = tmp_path / f"damaged-{attempt}.pdf"
        path.write_bytes(bytes(data))
        try:
            outline = import_pdf(path)
        except SourceError as error:
            assert "\n" not in str(error) and str(error).startswith(f"{path}: ")
            outcomes.add("error")
        else:
            assert outline.title
            outcomes.add("outline")
    assert outcomes == {"error", "outline"}  # both kinds of damage were tried
    assert capfd.readouterr() == ("", "")


def test_a_running_header_over_a_title_in_large_type_is_dropped_on_its_first_page_too(tmp_path):
    # The header is the first line of page 1, as of every page, but the title is the line in large type under it
    path = tmp_path / "occipital-nerve-block.pdf"
    weasyprint.HTML(string=(
        "<style>@page { @top-center { content: 'Northwood Hospital Pain Service'; font-size: 9pt } }"
        "h1 { font-size: 22pt } p { font-size: 11pt }</style><h1>Occipital Nerve Block</h1>"
        "<p>The injection numbs the nerve at the back of your head.</p>"
        "<p style='page-break-before: always'>Rest for the rest of the day.</p>")).write_pdf(path)
    outline = import_pdf(path)
    assert outline.title == "Occipital Nerve Block"
    assert [b.text for b in outline.blocks if isinstance(b, Paragraph)] == [
        "The injection numbs the nerve at the back of your head.", "Rest for the rest of the day."]
    assert "dropped “Northwood Hospital Pain Service”, repeated on 2 pages (header or footer)" in [
        d.message for d in outline.doubts]


def test_a_table_cells_bold_is_kept_and_a_box_set_close_under_the_table_stays_a_box(tmp_path):
    path = tmp_path / "methotrexate.pdf"
    weasyprint.HTML(string=(
        "<style>td, th { border: 1px solid } table { border-collapse: collapse } h1 { font-size: 20pt }</style>"
        "<h1>Methotrexate</h1><p>Read this first.</p><table>"
        "<tr><th>Symptom</th><th>What to do</th></tr>"
        "<tr><td><b>Fever</b></td><td><b>DO NOT</b> take your next dose.</td></tr>"
        "<tr><td>Sore mouth</td><td><b>Stop the tablets and call the clinic.</b></td></tr></table>"
        "<div style='background: #ffe699; padding: 6pt; margin-top: 3pt'><b>Warning:</b> take it ONCE a week, "
        "never every day.</div><p>Take folic acid.</p>")).write_pdf(path)
    blocks = import_pdf(path).blocks
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "Table", "Alert", "Paragraph"]
    table, box = blocks[1], blocks[2]
    assert isinstance(table, Table) and table.header == ("Symptom", "What to do")
    assert table.rows == (("Fever", "**DO NOT** take your next dose."),
                          ("Sore mouth", "**Stop the tablets and call the clinic.**"))
    assert isinstance(box, Alert) and box.kind is AlertKind.WARNING
    assert [b.text for b in box.blocks] == ["Take it ONCE a week, never every day."]


def test_a_link_ending_a_sentence_or_in_brackets_leaves_the_punctuation_outside(tmp_path):
    path = tmp_path / "contacts.pdf"
    weasyprint.HTML(string=(
        "<style>h1 { font-size: 22pt } p { font-size: 11pt }</style><h1>Pain clinic</h1>"
        "<p>Questions? Write to <a href='mailto:meds@example.org'>meds@example.org</a>. "
        "Or call the ward (<a href='tel:+442079460000'>020 7946 0000</a>) at any time.</p>")).write_pdf(path)
    (paragraph,) = [b for b in import_pdf(path).blocks if isinstance(b, Paragraph)]
    assert "[meds@example.org](mailto:meds@example.org)." in paragraph.text
    assert "([020 7946 0000](tel:+442079460000))" in paragraph.text
