"""Import from Word: real .docx files made with python-docx, read back into an outline and Markdown."""

from __future__ import annotations

import random
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

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
from pipeline.source.word import import_docx
from tests.source.golden import assert_golden
from tests.source.originals import write_nerve_block_docx

FRONT = {"slug": "nerve-block", "title": "Nerve Block Injections", "version": "1.0", "date": "2026-11-23"}


@pytest.fixture
def leaflet(tmp_path: Path):
    return import_docx(write_nerve_block_docx(tmp_path / "nerve-block.docx"))


def test_a_word_leaflet_imports_as_its_golden_markdown(leaflet):
    assert_golden("nerve-block.docx.md", to_markdown(leaflet, FRONT))


def test_what_the_word_import_was_unsure_of_names_the_paragraph(leaflet):
    assert [doubt.describe() for doubt in leaflet.doubts] == [
        "line 9: taken as a heading (a short paragraph all in bold)",
        "line 22: a shaded box taken as an important notice",
    ]


def test_header_and_footer_text_is_not_read(leaflet):
    markdown = to_markdown(leaflet, FRONT)
    assert "Pain Service, March 2026" not in markdown
    assert "review date" not in markdown


def test_headings_by_style_with_the_title_taken_out(leaflet):
    headings = [(b.text, b.level) for b in leaflet.blocks if isinstance(b, Heading)]
    assert leaflet.title == "Nerve Block Injections"
    assert headings == [("Before the procedure", 2), ("On the day", 3), ("Side effects", 2),
                        ("How often they happen", 3), ("After the injection", 2), ("Contact us", 2)]


def test_list_styles_and_numbering_properties_nest_and_tell_bullets_from_numbers(leaflet):
    bullets, numbers, mixed = [b for b in leaflet.blocks if isinstance(b, ListBlock)]
    assert not bullets.ordered and [i.text for i in bullets.items][1] == "you have diabetes"
    assert bullets.items[1].sublists[0].items[0].text == "you check your sugar at home"  # "List Bullet 2"
    assert numbers.ordered and numbers.start == 1 and len(numbers.items) == 3
    # w:numPr: level 0 a bullet, level 1 "a." letters, from the list's own definition
    assert not mixed.ordered
    sub = mixed.items[0].sublists[0]
    assert sub.ordered and [i.text for i in sub.items] == ["in the skin where the needle goes",
                                                           "anywhere else, with a fever"]
    assert mixed.items[1].text == "people allergic to local anaesthetic"


def test_every_table_cell_once_and_merged_cells_once(leaflet):
    table = next(b for b in leaflet.blocks if isinstance(b, Table))
    assert table.header == ("How often", "Side effect")
    assert table.rows[0] == ("Common (up to 1 in 10 patients)", "bruising where the needle went in")
    assert table.rows[-1] == ("Ask us about any other effect.", "")


def test_a_one_cell_table_is_a_warning_box_by_its_first_word_or_its_shading(leaflet):
    warning, shaded = [b for b in leaflet.blocks if isinstance(b, Alert)]
    assert warning.kind is AlertKind.WARNING
    assert [p.text for p in warning.blocks if isinstance(p, Paragraph)] == [
        "**DO NOT** drive for 24 hours after the injection.", "Have someone take you home."]
    assert shaded.kind is AlertKind.IMPORTANT
    assert shaded.blocks == (Paragraph("Your leg may feel numb for a few hours.", 22),)


def test_bold_is_marked_only_inside_a_paragraph_not_all_bold(leaflet):
    texts = [b.text for b in leaflet.blocks if isinstance(b, Paragraph)]
    assert "Rest for the rest of the day. **Do not** take a hot bath until the next day." in texts
    assert not any("**On the day" in text for text in texts)


def test_line_breaks_stay_line_breaks_and_links_keep_their_targets(leaflet):
    texts = [b.text for b in leaflet.blocks if isinstance(b, Paragraph)]
    assert ("Pain Clinic, Level 2, Main Building\nTel: [01234 567 890](tel:+441234567890)\n"
            "Monday to Friday, 8:30 to 17:00") in texts
    assert "Email [pain.clinic@example.org](mailto:pain.clinic@example.org) with any question." in texts
    assert "More about nerve blocks on [our website](https://pain.example.org/nerve-block)." in texts


def test_without_a_title_style_the_first_heading_1_is_the_title_and_levels_move_up(tmp_path):
    document = docx.Document()
    document.add_heading("Epidural Steroid Injections", level=1)
    document.add_heading("What is it?", level=2)
    document.add_paragraph("An injection of a steroid near the spine.")
    document.add_heading("Is it safe?", level=2)
    document.add_heading("Rare risks", level=3)
    document.add_paragraph("A headache that lasts a few days.")
    document.save(str(tmp_path / "epidural.docx"))
    outline = import_docx(tmp_path / "epidural.docx")
    assert outline.title == "Epidural Steroid Injections"
    assert [(b.text, b.level) for b in outline.blocks if isinstance(b, Heading)] == [
        ("What is it?", 2), ("Is it safe?", 2), ("Rare risks", 3)]
    assert outline.doubts == ()


def test_without_any_heading_style_the_first_paragraph_is_the_title_with_a_doubt(tmp_path):
    document = docx.Document()
    document.add_paragraph("Physiotherapy After Your Injection")
    document.add_paragraph("Start gently on the second day.")
    document.save(str(tmp_path / "physio.docx"))
    outline = import_docx(tmp_path / "physio.docx")
    assert outline.title == "Physiotherapy After Your Injection"
    assert outline.blocks == (Paragraph("Start gently on the second day.", 2),)
    assert [d.describe() for d in outline.doubts] == [
        "line 1: taken as the title (no paragraph has the Title or Heading 1 style)"]


def test_a_plain_box_is_read_as_paragraphs_with_a_doubt(tmp_path):
    document = docx.Document()
    document.add_paragraph("Clinic Times", style="Title")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "The clinic is closed on public holidays."
    document.save(str(tmp_path / "times.docx"))
    outline = import_docx(tmp_path / "times.docx")
    assert outline.blocks == (Paragraph("The clinic is closed on public holidays.", 2),)
    assert [d.describe() for d in outline.doubts] == ["line 2: a box (a table of one cell) read as plain paragraphs"]


def test_a_one_cell_table_that_opens_with_never_is_a_warning_with_a_doubt(tmp_path):
    document = docx.Document()
    document.add_paragraph("Your Nerve Block", style="Title")
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = "Never drive home yourself."
    cell.add_paragraph("Someone must collect you.")
    document.save(str(tmp_path / "block.docx"))
    outline = import_docx(tmp_path / "block.docx")
    assert outline.blocks == (Alert(AlertKind.WARNING, (Paragraph("Never drive home yourself.", 2),
                                                        Paragraph("Someone must collect you.", 2)), 2),)
    assert [d.describe() for d in outline.doubts] == [
        "line 2: a box (a table of one cell) opening “Never drive home” taken as a warning"]


@pytest.mark.parametrize("text", [
    "Stop Smoking Service: 0300 123 1044",
    "STOP SMOKING SERVICE 0300 123 1044",
    "Stop smoking support is free: call Quitline on 13 78 48.",
    "Do not hesitate to contact us on 9382 1234 if you have questions.",
    "Don't forget to bring your Medicare card and a list of your medicines.",
])
def test_a_one_cell_table_of_a_service_or_a_courtesy_is_no_warning(tmp_path, text):
    document = docx.Document()
    document.add_paragraph("Your Nerve Block", style="Title")
    document.add_table(rows=1, cols=1).cell(0, 0).text = text
    document.save(str(tmp_path / "block.docx"))
    assert import_docx(tmp_path / "block.docx").blocks == (Paragraph(text, 2),)


def test_a_one_cell_table_framing_a_whole_section_is_no_warning(tmp_path):
    document = docx.Document()
    document.add_paragraph("Your Nerve Block", style="Title")
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = "Do not eat for 6 hours before you come."
    for text in ("Bring your medicines.", "Wear loose clothes.", "Leave jewellery at home."):
        cell.add_paragraph(text)
    document.save(str(tmp_path / "block.docx"))
    assert not any(isinstance(block, Alert) for block in import_docx(tmp_path / "block.docx").blocks)


def test_numbering_counts_on_across_a_paragraph_as_word_shows_it(tmp_path):
    document = docx.Document()
    document.add_paragraph("Steps", style="Title")
    document.add_paragraph("Wash your hands.", style="List Number")
    document.add_paragraph("Take off the old dressing.", style="List Number")
    document.add_paragraph("If it sticks, wet it first.")
    document.add_paragraph("Put on the new dressing.", style="List Number")
    document.save(str(tmp_path / "steps.docx"))
    first, second = [b for b in import_docx(tmp_path / "steps.docx").blocks if isinstance(b, ListBlock)]
    assert (first.start, len(first.items), second.start) == (1, 2, 3)
    assert second.items[0].text == "Put on the new dressing."


@pytest.mark.parametrize(("content", "message"), [
    (None, "not a Word document (a zip file without Word's parts); save it from Word as .docx"),
    (b"Nerve block injections\n", "not a Word document (.docx); save it from Word as .docx and import again"),
    (b"", "not a Word document (.docx); save it from Word as .docx and import again"),
])
def test_a_file_that_is_no_word_document_is_a_one_line_error(tmp_path, content, message):
    path = tmp_path / "broken.docx"
    if content is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("notes.txt", "not a document")
    else:
        path.write_bytes(content)
    with pytest.raises(SourceError) as caught:
        import_docx(path)
    assert str(caught.value) == f"{path}: {message}"


def test_a_word_document_with_no_text_is_an_error(tmp_path):
    docx.Document().save(str(tmp_path / "empty.docx"))
    with pytest.raises(SourceError, match="no text in the Word document"):
        import_docx(tmp_path / "empty.docx")


def test_a_box_is_a_warning_only_when_its_first_word_stands_as_a_label(tmp_path):
    document = docx.Document()
    document.add_paragraph("Your Medicines", style="Title")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "Important information about your medicines"
    document.add_table(rows=1, cols=1).cell(0, 0).text = "Caution: the injection may sting."
    document.save(str(tmp_path / "medicines.docx"))
    outline = import_docx(tmp_path / "medicines.docx")
    assert outline.blocks == (Paragraph("Important information about your medicines", 2),
                              Alert(AlertKind.CAUTION, (Paragraph("The injection may sting.", 3),), 3))


def test_a_table_holding_long_text_is_kept_with_a_doubt_that_it_may_be_layout(tmp_path):
    document = docx.Document()
    document.add_paragraph("Exercises", style="Title")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Lie on your back with your knees bent. " * 6
    table.cell(0, 1).text = "Photo"
    document.save(str(tmp_path / "exercises.docx"))
    outline = import_docx(tmp_path / "exercises.docx")
    assert isinstance(outline.blocks[0], Table)
    assert [d.describe() for d in outline.doubts] == [
        "line 2: a table whose cells hold long text (a table for the page's layout?), kept as a table"]


def test_a_text_box_is_read_after_its_paragraph_and_reported(tmp_path):
    document = docx.Document()
    document.add_paragraph("Clinic Map", style="Title")
    anchor = document.add_paragraph("The clinic is on the second floor.")
    anchor.runs[0]._r.append(parse_xml(
        f'<w:pict {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><v:shape><v:textbox><w:txbxContent>'
        "<w:p><w:r><w:t>Lift B</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>"))
    document.save(str(tmp_path / "map.docx"))
    outline = import_docx(tmp_path / "map.docx")
    assert outline.blocks == (Paragraph("The clinic is on the second floor.", 2), Paragraph("Lift B", 2))
    assert [d.describe() for d in outline.doubts] == [
        "line 2: a text box: its text is read after this paragraph; check where it belongs"]


def test_text_in_content_controls_and_tracked_insertions_is_read_and_deleted_text_is_not(tmp_path):
    document = docx.Document()
    document.add_paragraph("Consent", style="Title")
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(  # before the section properties, as Word puts it
        f"<w:sdt {nsdecls('w')}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Name of patient: ______</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"))
    edited = document.add_paragraph("Bring ")
    edited._p.append(parse_xml(f"<w:ins {nsdecls('w')} w:id='1' w:author='A'><w:r><w:t>both</w:t></w:r></w:ins>"))
    edited._p.append(parse_xml(f"<w:del {nsdecls('w')} w:id='2' w:author='A'><w:r><w:delText>all</w:delText></w:r>"
                               "</w:del>"))
    edited.add_run(" letters.")
    document.save(str(tmp_path / "consent.docx"))
    outline = import_docx(tmp_path / "consent.docx")
    assert outline.blocks == (Paragraph("Name of patient: ______", 2), Paragraph("Bring both letters.", 3))


def test_a_value_word_would_not_write_is_a_one_line_error(tmp_path):
    document = docx.Document()
    document.add_paragraph("Steps", style="Title")
    document.add_paragraph("Wash your hands.", style="List Number")._p.get_or_add_pPr().get_or_add_numPr()
    document.save(str(tmp_path / "good.docx"))
    with zipfile.ZipFile(tmp_path / "good.docx") as source, zipfile.ZipFile(tmp_path / "bad.docx", "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:numPr/>", b'<w:numPr><w:ilvl w:val="first"/></w:numPr>')
            target.writestr(item, data)
    with pytest.raises(SourceError) as caught:
        import_docx(tmp_path / "bad.docx")
    message = str(caught.value)
    assert message.startswith(f"{tmp_path / 'bad.docx'}: a damaged Word document (")
    assert message.endswith("); open and save it in Word, then import again") and "\n" not in message


def test_a_damaged_word_document_gives_an_outline_or_a_one_line_error(tmp_path, capfd):
    """Attribute values of a real .docx's parts changed at random (a fixed seed): never a traceback."""
    original = write_nerve_block_docx(tmp_path / "original.docx")
    chance = random.Random(15)
    outcomes = set()
    for attempt in range(30):
        path = tmp_path / f"damaged-{attempt}.docx"
        with zipfile.ZipFile(original) as source, zipfile.ZipFile(path, "w") as target:
            for item in source.infolist():
                data = source.read(item.filename)
                if item.filename.endswith((".xml", ".rels")):
                    for _ in range(chance.randint(0, 2)):
                        values = list(re.finditer(rb'="([^"]*)"', data))
                        value = chance.choice(values)
                        data = data[:value.start(1)] + chance.choice([b"x", b"-1", b"", b"99999999999"]) + \
                            data[value.end(1):]
                target.writestr(item, data)
        try:
            outline = import_docx(path)
        except SourceError as error:
            assert "\n" not in str(error) and str(error).startswith(f"{path}: ")
            outcomes.add("error")
        else:
            assert outline.title
            outcomes.add("outline")
    assert outcomes == {"error", "outline"}  # both kinds of damage were tried
    assert capfd.readouterr() == ("", "")
