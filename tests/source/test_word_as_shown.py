"""Import from Word: the draft says what Word shows and prints, not what the file merely holds."""

from __future__ import annotations

from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from pipeline.source.outline import (
    Alert,
    AlertKind,
    Heading,
    ListBlock,
    Paragraph,
    Table,
    to_markdown,
)
from tests.source.test_word_losses import _new, _saved

FRONT = {"slug": "pregabalin", "title": "Pregabalin", "version": "1.0", "date": "2026-12-07"}


def _numbered(paragraph, num_id: int, level: int = 0) -> None:
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def test_hidden_text_is_left_out_and_reported(tmp_path):
    # An old dose the author hid (Home > Font > Hidden) is neither shown nor printed by Word
    document = _new()
    paragraph = document.add_paragraph("Take ")
    paragraph.add_run("2 capsules ").font.hidden = True
    paragraph.add_run("1 capsule twice a day.")
    styled = document.add_paragraph("Swallow it whole.")
    hidden_style = document.styles.add_style("Old text", 2)  # a character style
    hidden_style.font.hidden = True
    styled.add_run(" Chew it first.", style="Old text")
    outline = _saved(document, tmp_path)
    texts = [block.text for block in outline.blocks if isinstance(block, Paragraph)]
    assert texts == ["Take 1 capsule twice a day.", "Swallow it whole."]
    notes = [doubt.message for doubt in outline.doubts]
    assert "hidden text left out: “2 capsules”" in notes
    assert "hidden text left out: “Chew it first.”" in notes


_MATH = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'


def test_an_equation_is_read_as_text_with_its_raised_parts_and_reported(tmp_path):
    """Word's Insert > Equation (Office Math) was left out unseen: "Platelets below /L need a transfusion"."""
    document = _new()
    threshold = document.add_paragraph("Platelets below ")
    threshold._p.append(parse_xml(
        f"<m:oMath {_MATH}><m:r><m:t>50×</m:t></m:r><m:sSup><m:sSupPr/><m:e><m:r><m:t>10</m:t></m:r></m:e>"
        "<m:sup><m:r><m:t>9</m:t></m:r></m:sup></m:sSup></m:oMath>"))
    threshold.add_run("/L need a transfusion.")
    dose = document.add_paragraph("Take ")
    dose._p.append(parse_xml(f"<m:oMath {_MATH}><m:f><m:num><m:r><m:t>1</m:t></m:r></m:num><m:den><m:r><m:t>2"
                             "</m:t></m:r></m:den></m:f></m:oMath>"))
    dose.add_run(" a tablet.")
    others = document.add_paragraph("Dose ")
    others._p.append(parse_xml(  # read flat, (a+b)/(c+d) would be a+b/c+d, 10^(-3.5) 10-3.5: other numbers
        f"<m:oMath {_MATH}><m:f><m:num><m:r><m:t>a+b</m:t></m:r></m:num><m:den><m:r><m:t>c+d</m:t></m:r></m:den></m:f>"
        "<m:r><m:t>, </m:t></m:r><m:d><m:e><m:r><m:t>1+2</m:t></m:r></m:e></m:d><m:r><m:t>×3, </m:t></m:r>"
        "<m:rad><m:radPr/><m:deg/><m:e><m:r><m:t>16</m:t></m:r></m:e></m:rad><m:r><m:t>, </m:t></m:r>"
        "<m:rad><m:deg><m:r><m:t>3</m:t></m:r></m:deg><m:e><m:r><m:t>27</m:t></m:r></m:e></m:rad><m:r><m:t>, </m:t>"
        "</m:r>"
        "<m:sSubSup><m:e><m:r><m:t>x</m:t></m:r></m:e><m:sub><m:r><m:t>1</m:t></m:r></m:sub><m:sup><m:r><m:t>2"
        "</m:t></m:r></m:sup></m:sSubSup><m:r><m:t>, 10</m:t></m:r><m:sSup><m:e><m:r><m:t></m:t></m:r></m:e>"
        "<m:sup><m:r><m:t>-3.5</m:t></m:r></m:sup></m:sSup></m:oMath>"))
    outline = _saved(document, tmp_path)
    assert [block.text for block in outline.blocks if isinstance(block, Paragraph)] == [
        "Platelets below 50×10⁹/L need a transfusion.", "Take 1/2 a tablet.",
        "Dose (a+b)/(c+d), (1+2)×3, √(16), 3√(27), x₁², 10^(-3.5)"]
    assert [doubt.describe() for doubt in outline.doubts] == [
        f"line {line}: an equation (Insert > Equation) read as text: “{text}”; check it reads as shown"
        for line, text in ((2, "50×10⁹"), (3, "1/2"), (4, "(a+b)/(c+d), (1+2)×3, √(16), 3√(27), x₁², 10^(-3.5)"))]


def test_struck_through_text_is_left_out_and_reported(tmp_path):
    """A clinic corrects a dose by striking the old one: read as words, "Take 10 mg 5 mg" said both."""
    document = _new()
    corrected = document.add_paragraph("Take ")
    corrected.add_run("10 mg").font.strike = True
    corrected.add_run(" 5 mg twice a day.")
    twice = document.add_paragraph("Do ")
    twice.add_run("not").font.double_strike = True
    twice.add_run(" stop suddenly.")
    glued = document.add_paragraph("Take")
    glued.add_run(" 2 capsules").font.hidden = True  # its space before it goes with it; the one after stays
    glued.add_run(" 1 capsule.")
    linked = document.add_paragraph("Read ")  # after a link, as after any text
    target = document.part.relate_to("https://example.org/leaflet", RT.HYPERLINK, is_external=True)
    linked._p.append(parse_xml(f'<w:hyperlink {nsdecls("w", "r")} r:id="{target}"><w:r><w:t xml:space="preserve">'
                               "this </w:t></w:r></w:hyperlink>"))
    linked.add_run("10 mg").font.strike = True
    linked.add_run(" 5 mg.")
    struck_style = document.styles.add_style("Old dose", 2)
    struck_style.font.strike = True
    unstruck = document.add_paragraph("Take ")
    unstruck.add_run("2 tablets", style="Old dose").font.strike = False  # the run's own setting wins, as in Word
    outline = _saved(document, tmp_path)
    assert [block.text for block in outline.blocks if isinstance(block, Paragraph)] == [
        "Take 5 mg twice a day.", "Do stop suddenly.", "Take 1 capsule.", "Read [this](https://example.org/leaflet) 5 mg.",
        "Take 2 tablets"]
    assert [doubt.describe() for doubt in outline.doubts] == [
        "line 2: struck-through text left out: “10 mg”; check the sentence reads as meant without it",
        "line 3: struck-through text left out: “not”; check the sentence reads as meant without it",
        "line 4: hidden text left out: “2 capsules”",
        "line 5: struck-through text left out: “10 mg”; check the sentence reads as meant without it"]


def test_a_row_starting_after_the_first_column_keeps_its_doses_under_their_columns(tmp_path):
    document = _new("Prednisolone")
    table = document.add_table(rows=3, cols=3)
    for r, values in enumerate([["Week", "Morning", "Night"], ["1", "20 mg", "20 mg"], ["2", "10 mg", "20 mg"]]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    row = table.rows[2]._tr  # Word's "a row that starts later": its first place is no cell at all
    row.remove(row.tc_lst[0])
    before = OxmlElement("w:gridBefore")
    before.set(qn("w:val"), "1")
    row.get_or_add_trPr().append(before)
    ending = table.rows[1]._tr  # and one that ends early
    ending.remove(ending.tc_lst[-1])
    after = OxmlElement("w:gridAfter")
    after.set(qn("w:val"), "1")
    ending.get_or_add_trPr().append(after)
    (block,) = [b for b in _saved(document, tmp_path).blocks if isinstance(b, Table)]
    assert block.header == ("Week", "Morning", "Night")
    assert block.rows == (("1", "20 mg", ""), ("", "10 mg", "20 mg"))


def test_a_cell_all_in_bold_keeps_its_bold_but_a_header_or_a_label_does_not(tmp_path):
    document = _new("Nerve block")
    table = document.add_table(rows=2, cols=2)
    for c, value in enumerate(["Symptom", "What to do"]):
        table.cell(0, c).paragraphs[0].add_run(value).bold = True
    table.cell(1, 0).paragraphs[0].add_run("Fever").bold = True
    table.cell(1, 1).paragraphs[0].add_run("DO NOT take your next dose.").bold = True
    (block,) = [b for b in _saved(document, tmp_path).blocks if isinstance(b, Table)]
    assert block.header == ("Symptom", "What to do")
    assert block.rows == (("Fever", "**DO NOT take your next dose.**"),)


def test_capitals_and_an_underline_the_author_set_on_words_are_kept_as_emphasis(tmp_path):
    document = _new()
    paragraph = document.add_paragraph()
    paragraph.add_run("do not").font.all_caps = True
    paragraph.add_run(" eat grapefruit; you must ")
    paragraph.add_run("not").underline = True
    paragraph.add_run(" drive.")
    linked = document.add_paragraph("Read ")
    link = parse_xml(f'<w:hyperlink {nsdecls("w", "r")} r:id="rIdLink"><w:r><w:rPr><w:u w:val="single"/></w:rPr>'
                     '<w:t>our page</w:t></w:r></w:hyperlink>')
    document.part.rels.get_or_add_ext_rel(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", "https://example.org/pain")
    link.set(qn("r:id"), next(rid for rid, rel in document.part.rels.items() if rel.is_external))
    linked._p.append(link)
    linked.add_run(" first.")
    texts = [b.text for b in _saved(document, tmp_path).blocks if isinstance(b, Paragraph)]
    # a link's underline is its look, not emphasis
    assert texts == ["DO NOT eat grapefruit; you must **not** drive.", "Read [our page](https://example.org/pain) first."]


def test_a_page_or_column_break_inside_a_paragraph_parts_the_words(tmp_path):
    document = _new()
    paragraph = document.add_paragraph("Call us on the number")
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    paragraph.add_run("below if you are worried; take")
    paragraph.add_run().add_break(WD_BREAK.COLUMN)
    paragraph.add_run("it with food.")
    texts = [b.text for b in _saved(document, tmp_path).blocks if isinstance(b, Paragraph)]
    assert texts == ["Call us on the number below if you are worried; take it with food."]


def test_a_box_label_on_a_line_of_its_own_labels_the_box(tmp_path):
    document = _new("Nerve block")
    cell = document.add_table(rows=1, cols=1).cell(0, 0).paragraphs[0]
    cell.add_run("Warning").bold = True
    cell.add_run().add_break()  # Shift+Enter
    cell.add_run("Do not drive for 24 hours.")
    outline = _saved(document, tmp_path)
    (box,) = outline.blocks
    assert isinstance(box, Alert) and box.kind is AlertKind.WARNING
    assert [block.text for block in box.blocks] == ["Do not drive for 24 hours."]
    assert "> [!WARNING]\n> Do not drive for 24 hours.\n" in to_markdown(outline, FRONT)


def test_headings_numbered_by_word_are_sections(tmp_path):
    document = _new("Facet joint injection")
    for heading, body in [("Before the injection", "Keep taking your medicines."), ("After the injection", "Rest today.")]:
        _numbered(document.add_paragraph(heading, style="Heading 1"), 1)
        document.add_paragraph(body)
    _numbered(document.add_paragraph("Bring your tablets."), 1)  # a paragraph of the same numbering: a list item
    blocks = _saved(document, tmp_path).blocks
    assert [(type(b), getattr(b, "text", None)) for b in blocks[:4]] == [
        (Heading, "Before the injection"), (Paragraph, "Keep taking your medicines."),
        (Heading, "After the injection"), (Paragraph, "Rest today.")]
    (listed,) = [b for b in blocks if isinstance(b, ListBlock)]
    assert [item.text for item in listed.items] == ["Bring your tablets."]


def _list_definitions(document) -> None:
    numbering = document.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))

    def level(i: int, fmt: str) -> str:
        return f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%{i + 1}."/></w:lvl>'

    for definition in (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{level(0, "bullet")}{level(1, "decimal")}</w:abstractNum>',
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="91"><w:styleLink w:val="Steps"/>{level(0, "decimal")}</w:abstractNum>',
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="92"><w:numStyleLink w:val="Steps"/></w:abstractNum>',
    ):
        first_num.addprevious(parse_xml(definition))
    for num_id in (90, 92):
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))


def test_numbers_under_each_bullet_start_again_and_a_list_style_numbers_its_items(tmp_path):
    document = _new("Ketamine")
    _list_definitions(document)
    for text, level in [("Morning", 0), ("take 1 tablet", 1), ("check sugar", 1),
                        ("Evening", 0), ("take 2 tablets", 1), ("go to bed", 1)]:
        _numbered(document.add_paragraph(text), 90, level)
    document.add_paragraph("Steps:")
    for text in ["Eat breakfast.", "Take your tablets.", "Come to Ward 5."]:
        _numbered(document.add_paragraph(text), 92)
    markdown = to_markdown(_saved(document, tmp_path), FRONT)
    assert ("- Morning\n  1. take 1 tablet\n  2. check sugar\n- Evening\n  1. take 2 tablets\n  2. go to bed\n"
            in markdown)
    assert "Steps:\n\n1. Eat breakfast.\n2. Take your tablets.\n3. Come to Ward 5.\n" in markdown


def _shade(cell, colour: str) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{colour}"/>'))


def test_a_column_under_a_label_row_is_a_box_not_a_table(tmp_path):
    document = _new("Iron infusion")
    table = document.add_table(rows=3, cols=1)
    table.cell(0, 0).paragraphs[0].add_run("WARNING").bold = True
    _shade(table.cell(0, 0), "FF0000")
    table.cell(1, 0).text = "Stop the infusion and call the nurse if your lips feel numb."
    table.cell(2, 0).text = "Do not get up on your own."
    document.add_paragraph("After the infusion")
    schedule = document.add_table(rows=3, cols=1)  # a column without a label stays a table
    for r, value in enumerate(["Day", "Monday", "Thursday"]):
        schedule.cell(r, 0).text = value
    outline = _saved(document, tmp_path)
    box, _, table_block = outline.blocks
    assert isinstance(box, Alert) and box.kind is AlertKind.WARNING
    assert [b.text for b in box.blocks] == ["Stop the infusion and call the nurse if your lips feel numb.",
                                            "Do not get up on your own."]
    assert isinstance(table_block, Table) and table_block.rows == (("Monday",), ("Thursday",))


def test_a_warning_sign_beside_text_is_a_warning_box(tmp_path):
    document = _new("Radiofrequency denervation")
    signed = document.add_table(rows=1, cols=2)
    signed.cell(0, 0).text = "⚠"
    signed.cell(0, 1).text = "Stop taking aspirin 7 days before."
    pictured = document.add_table(rows=1, cols=2)  # a picture's cell has no text: the box has its label
    pictured.cell(0, 1).text = "Important: bring your glasses."
    labels = document.add_table(rows=1, cols=2)  # two cells with words are a table
    labels.cell(0, 0).text = "Ward 5"
    labels.cell(0, 1).text = "020 7946 0000"
    outline = _saved(document, tmp_path)
    warning, important, table_block = outline.blocks
    assert isinstance(warning, Alert) and warning.kind is AlertKind.WARNING
    assert [b.text for b in warning.blocks] == ["Stop taking aspirin 7 days before."]
    assert isinstance(important, Alert) and important.kind is AlertKind.IMPORTANT
    assert [b.text for b in important.blocks] == ["Bring your glasses."]
    assert isinstance(table_block, Table) and table_block.header == ("Ward 5", "020 7946 0000")
    assert "a box (a table of a sign or picture beside text) beside a warning sign taken as a warning" in [
        d.message for d in outline.doubts]


def test_a_plain_space_between_two_bold_words_does_not_part_their_bold(tmp_path):
    document = _new()
    paragraph = document.add_paragraph()
    paragraph.add_run("DO").bold = True
    paragraph.add_run(" ")
    paragraph.add_run("NOT").bold = True
    paragraph.add_run(" drive for 24 hours.")
    texts = [b.text for b in _saved(document, tmp_path).blocks if isinstance(b, Paragraph)]
    assert texts == ["**DO NOT** drive for 24 hours."]


def test_a_list_typed_by_hand_is_a_list(tmp_path):
    document = _new("Nerve block")
    document.add_paragraph("On the day:")
    for text in ["1.\tLie on the couch.", "2.\tKeep still while the needle goes in."]:
        document.add_paragraph(text)
    document.add_paragraph("Bring:")
    for text in ["•\tyour glasses", "•\ta list of your medicines"]:
        document.add_paragraph(text)
    document.add_paragraph("5 mg is the usual dose.")  # a number without its point is no marker
    outline = _saved(document, tmp_path)
    assert [item.line for block in outline.blocks if isinstance(block, ListBlock) for item in block.items] == [
        3, 4, 6, 7]  # each item at its paragraph's place in the document
    markdown = to_markdown(outline, FRONT)
    assert "On the day:\n\n1. Lie on the couch.\n2. Keep still while the needle goes in.\n" in markdown
    assert "Bring:\n\n- your glasses\n- a list of your medicines\n" in markdown
    assert "\n5 mg is the usual dose.\n" in markdown


def test_numbered_bold_headings_cells_and_footnote_stars_are_no_typed_lists(tmp_path):
    document = _new()
    for heading, body in [("1. What Pregabalin is and what it is used for", "It treats nerve pain."),
                          ("2. How to take Pregabalin", "Swallow the capsules whole.")]:
        document.add_paragraph().add_run(heading).bold = True  # the numbered sections of a medicine leaflet
        document.add_paragraph(body)
    document.add_paragraph("* Not for children under 12.")  # a footnote for "paracetamol*"
    for text in ["1.\tWash your hands.", "3.\tPut on the cream.", "2.\tRest."]:  # numbers as typed, out of order
        document.add_paragraph(text)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "When", "What to do"
    table.cell(1, 0).text = "Morning"
    table.cell(1, 1).paragraphs[0].text = "1.\tWash your hands."
    table.cell(1, 1).add_paragraph("2.\tPut on the cream.")
    outline = _saved(document, tmp_path)
    headings = [b.text for b in outline.blocks if isinstance(b, Heading)]
    assert headings == ["1. What Pregabalin is and what it is used for", "2. How to take Pregabalin"]
    assert "* Not for children under 12." in [b.text for b in outline.blocks if isinstance(b, Paragraph)]
    lists = [[(block.start, item.text) for item in block.items] for block in outline.blocks if isinstance(block, ListBlock)]
    assert lists == [[(1, "Wash your hands.")], [(3, "Put on the cream.")], [(2, "Rest.")]]
    (cells,) = [b for b in outline.blocks if isinstance(b, Table)]
    assert cells.rows == (("Morning", "1. Wash your hands. 2. Put on the cream."),)  # the markers kept


def test_a_link_word_keeps_as_a_field_is_not_emphasis_for_its_underline(tmp_path):
    document = _new()
    simple = document.add_paragraph("Read more at ")
    simple._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=\' HYPERLINK "https://www.nhs.uk" \'><w:r><w:rPr><w:u w:val="single"/>'
        "</w:rPr><w:t>www.nhs.uk</w:t></w:r></w:fldSimple>"))
    simple.add_run(" today.")
    complex_field = document.add_paragraph("Or see ")
    for run in ('<w:fldChar w:fldCharType="begin"/>', '<w:instrText> HYPERLINK "https://www.nhs.uk" </w:instrText>',
                '<w:fldChar w:fldCharType="separate"/>', '<w:rPr><w:u w:val="single"/></w:rPr><w:t>the NHS website</w:t>',
                '<w:fldChar w:fldCharType="end"/>'):
        complex_field._p.append(parse_xml(f"<w:r {nsdecls('w')}>{run}</w:r>"))
    complex_field.add_run(" for ")
    complex_field.add_run("more").underline = True  # after the field: the author's emphasis again
    complex_field.add_run(".")
    texts = [b.text for b in _saved(document, tmp_path).blocks if isinstance(b, Paragraph)]
    assert texts == ["Read more at www.nhs.uk today.", "Or see the NHS website for **more**."]


def test_a_short_paragraph_in_larger_type_is_a_heading_with_a_doubt(tmp_path):
    document = _new("Nerve block")
    document.styles["Normal"].font.size = Pt(11)
    document.add_paragraph().add_run("Before the injection").font.size = Pt(14)  # a heading made by hand
    document.add_paragraph("Keep taking your usual medicines.")
    document.add_paragraph().add_run("Do not eat for six hours before it.").font.size = Pt(14)  # an instruction
    document.add_paragraph().add_run("A note in the same size").font.size = Pt(11)
    outline = _saved(document, tmp_path)
    assert [(type(b).__name__, b.text) for b in outline.blocks] == [
        ("Heading", "Before the injection"), ("Paragraph", "Keep taking your usual medicines."),
        ("Paragraph", "Do not eat for six hours before it."), ("Paragraph", "A note in the same size")]
    assert "taken as a heading (a short paragraph in larger type than the body's)" in [
        d.message for d in outline.doubts]


def test_body_text_resized_by_hand_is_the_body_not_headings(tmp_path):
    document = _new("Paracetamol")
    document.styles["Normal"].font.size = Pt(10)  # an older template; every paragraph set to 12 pt by hand
    for text in ["Pharmacy Department", "Ward 5", "Paracetamol 500 mg tablets",
                 "Take two tablets every four to six hours when you need them for pain."]:
        document.add_paragraph().add_run(text).font.size = Pt(12)
    outline = _saved(document, tmp_path)
    assert [type(b).__name__ for b in outline.blocks] == ["Paragraph"] * 4


def test_lines_set_out_in_columns_with_tabs_are_text_with_a_doubt(tmp_path):
    """A chart typed with tabs was read as sentences without a word: "Monday 1 tablet 2 tablets", which dose when
    unsaid. Which word goes in which column cannot be told from tabs, so it is not guessed into a table."""
    document = _new()
    for line in ("Day\tMorning\tEvening", "Monday\t1 tablet\t2 tablets", "Tuesday\t\t1 tablet"):
        document.add_paragraph(line)
    document.add_paragraph("Then stop.")
    for line in ("Tel:\t020 7946 0000", "Fax:\t020 7946 0001"):  # a label and its value read well as text
        document.add_paragraph(line)
    outline = _saved(document, tmp_path)
    assert [block.text for block in outline.blocks] == [
        "Day Morning Evening", "Monday 1 tablet 2 tablets", "Tuesday 1 tablet", "Then stop.",
        "Tel: 020 7946 0000", "Fax: 020 7946 0001"]
    assert [doubt.describe() for doubt in outline.doubts] == [(
        "lines 2-4: 3 lines set out in columns with tabs, read as text: if they are a table (a dose chart), make it "
        "a Word table (Insert > Table) and import again")]
