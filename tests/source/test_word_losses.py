"""Import from Word: text a .docx holds outside plain runs (text boxes, symbols, nested tables) is never lost."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

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

FRONT = {"slug": "warfarin", "title": "Warfarin", "version": "1.0", "date": "2026-11-23"}
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
_VML = "urn:schemas-microsoft-com:vml"


def _new(title: str = "Warfarin") -> docx.document.Document:
    document = docx.Document()
    document.add_paragraph(title, style="Title")
    return document


def _saved(document: docx.document.Document, tmp_path: Path):
    document.save(str(tmp_path / "leaflet.docx"))
    return import_docx(tmp_path / "leaflet.docx")


def _paragraphs_xml(*texts: str) -> str:
    return "".join(f"<w:p><w:r><w:t xml:space='preserve'>{text}</w:t></w:r></w:p>" for text in texts)


def _text_box_run(*texts: str) -> str:
    """A run holding a text box as Word 2010 and later writes it: a drawing, and the same box again in VML."""
    paragraphs = _paragraphs_xml(*texts)
    return (
        f"<w:r {nsdecls('w', 'wp', 'a')} xmlns:mc='{_MC}' xmlns:wps='{_WPS}' xmlns:v='{_VML}'>"
        "<mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><wp:anchor><a:graphic>"
        f"<a:graphicData uri='{_WPS}'><wps:wsp><wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx>"
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox>"
        "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def _texts(outline) -> list[str]:
    return [block.text for block in outline.blocks if isinstance(block, Paragraph)]


# -- text boxes --------------------------------------------------------------------------------


def test_a_text_box_in_an_empty_paragraph_is_read_once_after_it_with_a_doubt(tmp_path):
    document = _new()
    document.add_paragraph("Keep this leaflet with you.")
    document.add_paragraph()._p.append(parse_xml(_text_box_run("Call 999 if you cannot stop the bleeding.")))
    document.add_paragraph("Take it at the same time each day.")
    outline = _saved(document, tmp_path)
    assert outline.blocks == (Paragraph("Keep this leaflet with you.", 2),
                              Paragraph("Call 999 if you cannot stop the bleeding.", 3),
                              Paragraph("Take it at the same time each day.", 4))
    assert [d.describe() for d in outline.doubts] == [
        "line 3: a text box: its text is read after this paragraph; check where it belongs"]


def test_a_text_box_in_a_table_cell_is_read_into_the_cell(tmp_path):
    document = _new()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "When", "What to do"
    table.cell(1, 0).text = "Before the test"
    table.cell(1, 1).paragraphs[0]._p.append(parse_xml(_text_box_run("Do not eat for 6 hours.")))
    outline = _saved(document, tmp_path)
    assert outline.blocks == (Table(("When", "What to do"), (("Before the test", "Do not eat for 6 hours."),), 2),)
    assert [d.describe() for d in outline.doubts] == [
        "line 2: a text box: its text is read after this paragraph; check where it belongs"]


# -- characters Word draws differently ---------------------------------------------------------


def test_raised_and_lowered_digits_keep_their_place(tmp_path):
    document = _new()
    for parts in ((("Platelets under 100 × 10", None), ("9", "superscript"), ("/L", None)),
                  (("Dose: 75 mg/m", None), ("2", "superscript"), (" of body surface", None)),
                  (("Take it with H", None), ("2", "subscript"), ("O only", None)),
                  (("On the 1", None), ("st", "superscript"), (" day", None))):
        paragraph = document.add_paragraph()
        for text, position in parts:
            run = paragraph.add_run(text)
            if position == "superscript":
                run.font.superscript = True
            elif position == "subscript":
                run.font.subscript = True
    outline = _saved(document, tmp_path)
    assert _texts(outline) == [
        "Platelets under 100 × 10⁹/L", "Dose: 75 mg/m² of body surface", "Take it with H₂O only", "On the 1st day"]
    assert outline.doubts == ()


def test_a_raised_number_plain_text_cannot_raise_is_a_doubt(tmp_path):
    document = _new()
    paragraph = document.add_paragraph("A level under 10")
    paragraph.add_run("-3.5").font.superscript = True
    paragraph.add_run(" mol/L.")
    split = document.add_paragraph("Or under 10")  # Word splits runs: "-3" and ".5" are one raised number
    split.add_run("-3").font.superscript = True
    split.add_run(".5").font.superscript = True
    split.add_run(" mol/L, or 10")
    split.add_run("9").font.superscript = True
    split.add_run("/L.")
    cited = document.add_paragraph("As two studies showed")  # a citation in runs: "1", "," and "2"
    for mark in ("1", ",", "2"):
        cited.add_run(mark).font.superscript = True
    cited.add_run(".")
    outline = _saved(document, tmp_path)
    # read flat and apart (run together, "10-3.5" is a range), with a doubt; never half raised ("10⁻³.5")
    assert _texts(outline) == ["A level under 10 -3.5 mol/L.", "Or under 10 -3.5 mol/L, or 10⁹/L.",
                               "As two studies showed¹,²."]
    assert [d.describe() for d in outline.doubts] == [
        f"line {line}: '-3.5' is set raised, which plain text cannot show: it reads flat, as another number; "
        "check what it says and write it out in words" for line in (2, 3)]


@pytest.mark.parametrize(("char", "shown"), [
    ("F0B3", "≥"), ("F0A3", "≤"), ("F0B1", "±"), ("F0B4", "×"), ("F0B8", "÷"), ("F0B0", "°"), ("F06D", "µ"),
    ("F0AE", "→"), ("F0B7", "•"), ("F0B9", "≠"), ("F0BB", "≈"), ("B3", "≥"),
])
def test_a_symbol_inserted_from_the_symbol_font_is_its_unicode_character(tmp_path, char, shown):
    document = _new()
    paragraph = document.add_paragraph("INR ")
    paragraph._p.append(parse_xml(f"<w:r {nsdecls('w')}><w:sym w:font='Symbol' w:char='{char}'/></w:r>"))
    paragraph.add_run(" 3")
    outline = _saved(document, tmp_path)
    assert _texts(outline) == [f"INR {shown} 3"]
    assert outline.doubts == ()


def test_a_symbol_not_recognised_is_marked_and_reported(tmp_path):
    document = _new()
    paragraph = document.add_paragraph("Tick the box ")
    paragraph._p.append(parse_xml(f"<w:r {nsdecls('w')}><w:sym w:font='Wingdings' w:char='F0FC'/></w:r>"))
    paragraph.add_run(" when done.")
    outline = _saved(document, tmp_path)
    assert _texts(outline) == ["Tick the box \ufffd when done."]
    assert [d.describe() for d in outline.doubts] == [
        "line 2: a symbol of the font 'Wingdings' (character F0FC) was not recognised: shown as \ufffd; type it in by hand",
    ]


def test_text_set_in_the_symbol_font_is_read_as_the_symbols_it_shows(tmp_path):
    document = _new()
    paragraph = document.add_paragraph("Take it when the INR is ")
    symbol = paragraph.add_run("\u00b3 2\uf0b1")  # shown as "≥ 2±": Word 97 typed symbols in the Symbol font
    symbol.font.name = "Symbol"
    paragraph.add_run(" 0.5.")
    outline = _saved(document, tmp_path)
    assert _texts(outline) == ["Take it when the INR is ≥ 2± 0.5."]
    assert outline.doubts == ()


@pytest.mark.parametrize(("text", "font", "where"), [
    ("\u00fc", "Wingdings", "the font 'Wingdings' (character 00FC)"),  # a tick
    ("\uf0fc", None, "the text's font (character F0FC)"),
])
def test_a_picture_font_character_or_a_private_one_in_the_text_is_marked_and_reported(tmp_path, text, font, where):
    document = _new()
    paragraph = document.add_paragraph("Tick the box ")
    paragraph.add_run(text).font.name = font
    paragraph.add_run(" when done.")
    outline = _saved(document, tmp_path)
    assert _texts(outline) == ["Tick the box \ufffd when done."]
    assert [d.describe() for d in outline.doubts] == [
        f"line 2: a symbol of {where} was not recognised: shown as \ufffd; type it in by hand"]


# -- tables ------------------------------------------------------------------------------------


def test_a_table_in_a_table_cell_is_read_into_the_cell_row_by_row_with_a_doubt(tmp_path):
    document = _new()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Day", "Dose"
    table.cell(1, 0).text = "Week 1"
    cell = table.cell(1, 1)
    nested = cell.add_table(rows=2, cols=2)
    for (row, column), text in {(0, 0): "Monday", (0, 1): "5 mg", (1, 0): "Tuesday", (1, 1): "3 mg"}.items():
        nested.cell(row, column).text = text
    outline = _saved(document, tmp_path)
    assert outline.blocks == (Table(("Day", "Dose"), (("Week 1", "Monday; 5 mg; Tuesday; 3 mg"),), 2),)
    assert [d.describe() for d in outline.doubts] == [
        "line 2: a table inside a table cell: its rows are read into the cell one after another; check them"]


def test_a_table_in_a_warning_box_is_read_as_its_rows(tmp_path):
    document = _new()
    box = document.add_table(rows=1, cols=1).cell(0, 0)
    box.paragraphs[0].text = "Warning: go to A&E if you have"
    nested = box.add_table(rows=2, cols=1)
    nested.cell(0, 0).text, nested.cell(1, 0).text = "black stools", "blood in your urine"
    outline = _saved(document, tmp_path)
    assert outline.blocks == (Alert(AlertKind.WARNING, (Paragraph("Go to A&E if you have", 2),
                                                        Paragraph("black stools", 2),
                                                        Paragraph("blood in your urine", 2)), 2),)


def test_the_paragraphs_and_list_items_of_a_table_cell_stay_apart(tmp_path):
    document = _new()
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "When", "What to do"
    table.cell(1, 0).text = "5 days before"
    table.cell(1, 1).text = "Stop warfarin"
    table.cell(1, 1).add_paragraph("Check INR the day before")
    table.cell(2, 0).text = "Call us if you have:"
    table.cell(2, 1).text = "A wound with"
    table.cell(2, 1).add_paragraph("fever", style="List Bullet")
    table.cell(2, 1).add_paragraph("redness", style="List Bullet")
    outline = _saved(document, tmp_path)
    assert outline.blocks == (Table(("When", "What to do"), (
        ("5 days before", "Stop warfarin; Check INR the day before"),
        ("Call us if you have:", "A wound with; fever; redness"),
    ), 2),)
    assert "| 5 days before | Stop warfarin; Check INR the day before |" in to_markdown(outline, FRONT)


def test_a_cell_paragraph_ending_a_sentence_is_followed_by_a_space(tmp_path):
    document = _new()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "When", "What to do"
    table.cell(1, 0).text = "Before"
    table.cell(1, 1).text = "Take one tablet "
    table.cell(1, 1).paragraphs[0].add_run("now.").bold = True
    table.cell(1, 1).add_paragraph("Then:")
    table.cell(1, 1).add_paragraph("rest")
    outline = _saved(document, tmp_path)
    assert outline.blocks[0] == Table(("When", "What to do"), (("Before", "Take one tablet **now.** Then: rest"),), 2)


# -- runs inside other elements ----------------------------------------------------------------


@pytest.mark.parametrize("wrapper", [
    "<w:moveTo w:id='1' w:author='A'>{}</w:moveTo>",
    "<w:dir w:val='rtl'>{}</w:dir>",
    "<w:bdo w:val='rtl'>{}</w:bdo>",
    "<w:ins w:id='1' w:author='A'><w:dir w:val='rtl'>{}</w:dir></w:ins>",
    "<w:sdt><w:sdtPr/><w:sdtContent><w:bdo w:val='rtl'>{}</w:bdo></w:sdtContent></w:sdt>",
])
def test_text_inside_tracked_moves_and_right_to_left_runs_is_read(tmp_path, wrapper):
    document = _new()
    paragraph = document.add_paragraph("Take ")
    paragraph._p.append(parse_xml(f"<w:wrap {nsdecls('w')}>"
                                  + wrapper.format("<w:r><w:t>5 mg</w:t></w:r>") + "</w:wrap>")[0])
    paragraph.add_run(" a day.")
    assert _texts(_saved(document, tmp_path)) == ["Take 5 mg a day."]


def test_text_moved_away_or_deleted_is_not_read(tmp_path):
    document = _new()
    paragraph = document.add_paragraph("Take ")
    for element in ("<w:moveFrom w:id='1' w:author='A'><w:r><w:t>3 mg</w:t></w:r></w:moveFrom>",
                    "<w:del w:id='2' w:author='A'><w:r><w:delText>4 mg</w:delText></w:r></w:del>",
                    "<w:moveTo w:id='3' w:author='A'><w:r><w:t>5 mg</w:t></w:r></w:moveTo>"):
        paragraph._p.append(parse_xml(f"<w:wrap {nsdecls('w')}>{element}</w:wrap>")[0])
    paragraph.add_run(" a day.")
    assert _texts(_saved(document, tmp_path)) == ["Take 5 mg a day."]


# -- warning boxes -----------------------------------------------------------------------------


@pytest.mark.parametrize(("runs", "expected"), [
    ((("Warning: DO NOT", True), (" take ibuprofen if you have asthma.", False)),
     "**DO NOT** take ibuprofen if you have asthma."),
    ((("Warning", True), (": take it with food.", False)), "Take it with food."),
    ((("Warning: ", False), ("DO NOT", True), (" drive.", False)), "**DO NOT** drive."),
])
def test_a_bold_label_leaves_the_bold_words_after_it_bold(tmp_path, runs, expected):
    document = _new()
    paragraph = document.add_table(rows=1, cols=1).cell(0, 0).paragraphs[0]
    for text, bold in runs:
        paragraph.add_run(text).bold = bold
    outline = _saved(document, tmp_path)
    assert outline.blocks == (Alert(AlertKind.WARNING, (Paragraph(expected, 2),), 2),)


def _with_notes(path: Path, kind: str, notes: dict[str, str], note_links: dict[str, str] | None = None) -> None:
    """Add a footnotes or endnotes part to a saved .docx, as Word writes it: the separator notes, then
    ``notes`` by id, each starting with its own mark (w:footnoteRef), registered in the package;
    ``note_links``: the part's own links, by id (as Word keeps a note's links beside the notes)."""
    body = "".join(f"<w:{kind} w:type='{kind_of}' w:id='{n}'><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>"
                   for n, kind_of in (("-1", "separator"), ("0", "continuationSeparator")))
    body += "".join(f"<w:{kind} w:id='{n}'><w:p><w:r><w:rPr><w:vertAlign w:val='superscript'/></w:rPr>"
                    f"<w:{kind}Ref/></w:r><w:r><w:t xml:space='preserve'> {text}</w:t></w:r></w:p></w:{kind}>"
                    for n, text in notes.items())
    parts = {}
    with zipfile.ZipFile(path) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    parts[f"word/{kind}s.xml"] = f"<w:{kind}s {nsdecls('w', 'r')}>{body}</w:{kind}s>".encode()
    if note_links:
        relations = "".join(f"<Relationship Id='{rid}' Target='{target}' TargetMode='External' Type='http://schemas."
                            "openxmlformats.org/officeDocument/2006/relationships/hyperlink'/>"
                            for rid, target in note_links.items())
        parts[f"word/_rels/{kind}s.xml.rels"] = ("<Relationships xmlns='http://schemas.openxmlformats.org/package/"
                                                 f"2006/relationships'>{relations}</Relationships>").encode()
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", f"<Relationship Id='rIdNotes' Target='{kind}s.xml' Type='http://schemas."
        f"openxmlformats.org/officeDocument/2006/relationships/{kind}s'/></Relationships>".encode())
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", f"<Override PartName='/word/{kind}s.xml' ContentType='application/vnd.openxmlformats-"
        f"officedocument.wordprocessingml.{kind}s+xml'/></Types>".encode())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)


def _note_mark(paragraph, kind: str, note_id: str, custom: str = "") -> None:
    """A reference to note ``note_id`` at the end of ``paragraph``, raised, as Word's Insert Footnote makes it
    (``custom``: a mark the author typed, which Word shows instead of the number)."""
    custom_xml = f" w:customMarkFollows='1'/><w:t>{custom}</w:t>" if custom else "/>"
    paragraph._p.append(parse_xml(f"<w:r {nsdecls('w')}><w:rPr><w:vertAlign w:val='superscript'/></w:rPr>"
                                  f"<w:{kind}Reference w:id='{note_id}'{custom_xml}</w:r>"))


@pytest.mark.parametrize("kind", ["footnote", "endnote"])
def test_notes_are_read_after_their_marks_at_the_end_of_the_leaflet(tmp_path, kind):
    """They were left out with a doubt, "copy it in by hand": a note on a dose is part of what patients read."""
    document = _new()
    _note_mark(document.add_paragraph("Stop aspirin 7 days before"), kind, "1")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Medicine", "Dose"
    table.cell(1, 0).text, table.cell(1, 1).text = "Paracetamol", "2 tablets"
    _note_mark(table.cell(1, 1).paragraphs[0], kind, "2")
    _note_mark(document.add_paragraph("Ask the pharmacist"), kind, "3", custom="*")
    document.add_paragraph("Bring your medicines with you.")
    document.save(str(tmp_path / "leaflet.docx"))
    _with_notes(tmp_path / "leaflet.docx", kind, {"1": "Or as your surgeon says.", "2": "Not for children under 12.",
                                                  "3": "Any pharmacy will do."})
    outline = import_docx(tmp_path / "leaflet.docx")
    assert outline.blocks == (
        Paragraph("Stop aspirin 7 days before¹", 2),
        Table(("Medicine", "Dose"), (("Paracetamol", "2 tablets²"),), 3),
        Paragraph("Ask the pharmacist*", 4),
        Paragraph("Bring your medicines with you.", 5),
        Paragraph("¹ Or as your surgeon says.", 2), Paragraph("² Not for children under 12.", 3),
        Paragraph("* Any pharmacy will do.", 4))
    assert [d.describe() for d in outline.doubts] == [
        f"line {line}: a {kind}: its mark {mark} is kept, its note added at the end of the leaflet; check that it "
        "reads well there" for line, mark in ((2, "¹"), (3, "²"), (4, "*"))]


def test_a_note_is_read_as_the_body_is_and_a_mark_in_struck_text_goes_with_it(tmp_path):
    """A note's text was its w:t elements joined: a Symbol-font µ dropped ("5 µg" as "5 g"), a raised 9 flat."""
    document = _new()
    _note_mark(document.add_paragraph("Take the tablets"), "footnote", "1")
    struck = document.add_paragraph("Bring your medicines")
    struck.add_run(" and their box").font.strike = True
    _note_mark(struck, "footnote", "2")
    struck.runs[-1].font.strike = True  # the mark is in the struck words
    document.save(str(tmp_path / "leaflet.docx"))
    path = tmp_path / "leaflet.docx"
    _with_notes(path, "footnote", {"1": "At most 5 </w:t></w:r><w:r><w:sym w:font='Symbol' w:char='F06D'/></w:r>"
                                        "<w:r><w:t xml:space='preserve'>g a day, under 10</w:t></w:r><w:r><w:rPr>"
                                        "<w:vertAlign w:val='superscript'/></w:rPr><w:t>9</w:t></w:r><w:r><w:t>/L.",
                                   "2": "The box has the batch number."})
    outline = import_docx(path)
    assert outline.blocks[-1] == Paragraph("¹ At most 5 µg a day, under 10⁹/L.", 2)
    assert [b.text for b in outline.blocks if isinstance(b, Paragraph)].count("² The box has the batch number.") == 0


def test_a_link_in_a_note_goes_where_the_note_s_own_link_list_says(tmp_path):
    """A note's link was looked up in the body's list: another address where the ids met, else a failed import."""
    document = _new()
    body_link = document.part.relate_to("https://body.example.org", RT.HYPERLINK, is_external=True)
    _note_mark(document.add_paragraph("Call us"), "footnote", "1")
    document.save(str(tmp_path / "leaflet.docx"))
    path = tmp_path / "leaflet.docx"
    _with_notes(path, "footnote", {"1": f"Ring </w:t></w:r><w:hyperlink r:id='{body_link}'><w:r><w:t>111</w:t>"
                                        "</w:r></w:hyperlink><w:r><w:t xml:space='preserve'> at night."},
                note_links={body_link: "tel:111"})
    assert import_docx(path).blocks[-1] == Paragraph("¹ Ring [111](tel:111) at night.", 2)


def test_a_note_mark_without_its_note_is_reported_and_adds_nothing(tmp_path):
    document = _new()
    _note_mark(document.add_paragraph("Stop aspirin 7 days before"), "footnote", "1")
    outline = _saved(document, tmp_path)
    assert outline.blocks == (Paragraph("Stop aspirin 7 days before", 2),)
    assert [d.describe() for d in outline.doubts] == [
        "line 2: a footnote mark whose note is not in the document (or is empty): left out; check the original"]


def _framed(paragraph, borders: str = "top left bottom right", fill: str | None = None) -> None:
    """Borders and Shading as Word writes them on a paragraph or a paragraph style (w:pBdr, w:shd)."""
    p_pr = (paragraph._p if hasattr(paragraph, "_p") else paragraph.element).get_or_add_pPr()
    if borders:
        sides = "".join(f"<w:{side} w:val='single' w:sz='8' w:space='4' w:color='auto'/>" for side in borders.split())
        p_pr.append(parse_xml(f"<w:pBdr {nsdecls('w')}>{sides}</w:pBdr>"))
    if fill:
        p_pr.append(parse_xml(f"<w:shd {nsdecls('w')} w:val='clear' w:color='auto' w:fill='{fill}'/>"))


def test_paragraphs_word_draws_a_border_or_shading_around_are_one_box(tmp_path):
    document = _new()
    document.add_paragraph("Take your tablets as usual.")
    label = document.add_paragraph()
    label.add_run("Warning").bold = True
    drive = document.add_paragraph("DO NOT drive for 24 hours.")
    stay = document.add_paragraph("Ask someone to stay with you tonight.")
    for paragraph in (label, drive, stay):
        _framed(paragraph)
    shaded = document.add_paragraph("Your leg may feel numb for a few hours.")
    _framed(shaded, borders="", fill="FFF2CC")
    plain_box = document.add_paragraph("Bring this leaflet with you.")
    _framed(plain_box)
    heading = document.add_heading("After the injection", level=1)
    _framed(heading, borders="bottom")  # a rule under a heading: no box
    ruled = document.add_paragraph("Rest for the day.")
    _framed(ruled, borders="bottom")
    prohibition = document.add_paragraph()
    prohibition.add_run("DO NOT eat or drink for 6 hours before.").bold = True
    _framed(prohibition)
    styled = document.styles.add_style("Caution Box", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    _framed(styled, fill="FCE4E4")  # the box comes from the paragraph's style
    document.add_paragraph("Caution: stop if you feel faint.", style="Caution Box")

    outline = _saved(document, tmp_path)
    alerts = [(b.kind, [p.text for p in b.blocks if isinstance(p, Paragraph)]) for b in outline.blocks
              if isinstance(b, Alert)]
    assert alerts == [
        (AlertKind.WARNING, ["DO NOT drive for 24 hours.", "Ask someone to stay with you tonight."]),
        (AlertKind.IMPORTANT, ["Your leg may feel numb for a few hours."]),
        (AlertKind.WARNING, ["**DO NOT eat or drink for 6 hours before.**"]),  # framed to stand out
        (AlertKind.CAUTION, ["Stop if you feel faint."]),
    ]
    markdown = to_markdown(outline, FRONT)
    assert "Bring this leaflet with you." in markdown and "## After the injection" in markdown
    assert "\n\nRest for the day.\n" in markdown
    doubts = [doubt.message for doubt in outline.doubts]
    assert "a shaded box taken as an important notice" in doubts
    assert "a box (paragraphs with a border) read as plain paragraphs" in doubts
    assert "a box (paragraphs with a border) opening “DO NOT eat” taken as a warning" in doubts


def test_a_framed_heading_bar_a_label_bar_and_a_shaded_normal_style_are_no_boxes_of_their_own(tmp_path):
    document = _new()
    _framed(document.styles["Normal"], borders="", fill="F2F2F2")  # the page's colour, on every paragraph
    document.add_paragraph("Take your tablets as usual.")
    bar = document.add_paragraph()
    bar.add_run("Before your appointment").bold = True
    _framed(bar, borders="", fill="005EB8")  # a heading on a coloured bar
    document.add_paragraph("Eat normally.")
    label = document.add_paragraph()
    label.add_run("Warning").bold = True
    _framed(label, borders="", fill="C00000")  # a dark label bar over a lighter box
    _framed(document.add_paragraph("DO NOT drive for 24 hours."), borders="", fill="FCE4E4")
    document.add_paragraph("a plain item", style="List Bullet")
    _framed(document.add_paragraph("a boxed item", style="List Bullet"), borders="", fill="FFF2CC")
    solid = document.add_paragraph("Keep the dressing on for two days.")  # Shading > Style: Solid, in a colour
    solid._p.get_or_add_pPr().append(parse_xml(f"<w:shd {nsdecls('w')} w:val='solid' w:color='FFFF00' w:fill='auto'/>"))

    outline = _saved(document, tmp_path)
    assert outline.blocks[:3] == (Paragraph("Take your tablets as usual.", 2),
                                  Heading("Before your appointment", 2, 3), Paragraph("Eat normally.", 4))
    (warning, plain_list, boxed, solid_box) = outline.blocks[3:]
    assert isinstance(solid_box, Alert) and solid_box.kind is AlertKind.IMPORTANT
    assert isinstance(warning, Alert) and warning.kind is AlertKind.WARNING
    assert [p.text for p in warning.blocks if isinstance(p, Paragraph)] == ["DO NOT drive for 24 hours."]
    assert isinstance(plain_list, ListBlock) and [item.text for item in plain_list.items] == ["a plain item"]
    assert isinstance(boxed, Alert) and boxed.kind is AlertKind.IMPORTANT
    assert [item.text for block in boxed.blocks if isinstance(block, ListBlock) for item in block.items] == [
        "a boxed item"]


def test_the_title_in_a_box_is_read_once(tmp_path):
    document = docx.Document()  # no Title or Heading 1 style: the first paragraph not in a list is the title
    _framed(document.add_paragraph("first item", style="List Bullet"))
    _framed(document.add_paragraph("Leaflet title"))
    document.add_paragraph("Body.")
    markdown = to_markdown(_saved(document, tmp_path), FRONT)
    assert markdown.count("Leaflet title") == 1 and "first item" in markdown and "Body." in markdown


def test_a_box_holding_only_its_label_is_a_paragraph_not_an_empty_box(tmp_path):
    document = _new()
    label = document.add_paragraph()
    label.add_run("Important").bold = True
    _framed(label)
    document.add_paragraph("Rest for the day.")
    outline = _saved(document, tmp_path)
    assert not any(isinstance(block, Alert) for block in outline.blocks)
    assert [block.text for block in outline.blocks if isinstance(block, Paragraph)] == [
        "Important", "Rest for the day."]


def test_a_paragraph_all_in_bold_keeps_its_bold_and_an_instruction_is_no_heading(tmp_path):
    document = _new()
    document.add_paragraph("You can go home after an hour.")
    for text in ("Do not eat or drink for 6 hours before", "Before your appointment", "DO NOT drive for 24 hours.",
                 "Do not drive", "Stop Smoking Service", "Stop smoking"):
        document.add_paragraph().add_run(text).bold = True
    document.add_paragraph("Bring your tablets.")
    outline = _saved(document, tmp_path)
    assert outline.blocks == (
        Paragraph("You can go home after an hour.", 2),
        Paragraph("**Do not eat or drink for 6 hours before**", 3),
        Heading("Before your appointment", 2, 4),
        Paragraph("**DO NOT drive for 24 hours.**", 5),  # was read without its bold
        Paragraph("**Do not drive**", 6),
        Heading("Stop Smoking Service", 2, 7),  # in Title Case, or two words: a section's name
        Heading("Stop smoking", 2, 8),
        Paragraph("Bring your tablets.", 9),
    )
    assert [doubt.describe() for doubt in outline.doubts][:2] == [
        "line 3: a short paragraph all in bold read as an instruction, not a heading",
        "line 4: taken as a heading (a short paragraph all in bold)"]


def test_bold_throughout_is_kept_in_a_list_item_and_in_a_box(tmp_path):
    document = _new()
    document.add_paragraph().add_run("Before you go home:")
    document.add_paragraph(style="List Bullet").add_run("Do not drive for 24 hours.").bold = True
    document.add_paragraph("Rest for the day.", style="List Bullet")
    label = document.add_paragraph()
    label.add_run("Warning").bold = True
    _framed(label)
    body = document.add_paragraph()
    body.add_run("Never take two doses together.").bold = True
    _framed(body)
    markdown = to_markdown(_saved(document, tmp_path), FRONT)
    assert "- **Do not drive for 24 hours.**\n- Rest for the day." in markdown
    assert "> [!WARNING]\n> **Never take two doses together.**" in markdown


def test_bold_or_shading_that_is_no_emphasis_is_not_marked(tmp_path):
    document = _new()
    document.styles["Normal"].font.bold = True  # the document's own type: no emphasis
    document.add_paragraph("Your leg may feel numb for a few hours after the block.")
    document.add_paragraph("Bleeding gums", style="List Bullet")
    white = document.add_paragraph("Rest at home.")  # a solid pattern in white paints nothing
    white._p.get_or_add_pPr().append(parse_xml(f"<w:shd {nsdecls('w')} w:val='solid' w:color='FFFFFF' w:fill='auto'/>"))
    grey = document.add_paragraph("Keep this leaflet.")  # 20% of black: grey on the page
    grey._p.get_or_add_pPr().append(parse_xml(f"<w:shd {nsdecls('w')} w:val='pct20' w:color='auto' w:fill='auto'/>"))
    markdown = to_markdown(_saved(document, tmp_path), FRONT)
    assert "**" not in markdown
    assert "\n\nYour leg may feel numb for a few hours after the block.\n\n- Bleeding gums\n\nRest at home.\n" in markdown
    assert "> [!IMPORTANT]\n> Keep this leaflet." in markdown


def test_a_numbered_heading_read_as_a_list_item_is_not_marked_bold(tmp_path):
    document = _new()
    document.add_paragraph("Intro.")
    heading = document.add_heading("Side effects", level=2)  # Heading 2 is bold by its style
    num_pr = heading._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = 1
    markdown = to_markdown(_saved(document, tmp_path), FRONT)
    assert "Side effects" in markdown and "**Side effects**" not in markdown


def test_literal_asterisks_stay_asterisks_beside_bold(tmp_path):
    # footnote marks: a "**" with a space after it opens no bold, nor one with a space before it closes any
    document = _new()
    document.add_paragraph("Fasting** and clear fluids** until 6 am (** see below).")
    document.add_paragraph("Fasting**, then clear fluids** until 6 am.")  # punctuation after a word's "**"
    paragraph = document.add_paragraph("Take ")
    paragraph.add_run("two").bold = True
    paragraph.add_run(" tablets*.")
    markdown = to_markdown(_saved(document, tmp_path), FRONT)
    assert "Fasting\\*\\* and clear fluids\\*\\* until 6 am (\\*\\* see below)." in markdown
    assert "Fasting\\*\\*, then clear fluids\\*\\* until 6 am." in markdown
    assert "Take **two** tablets\\*." in markdown


def test_bold_punctuation_glued_to_a_word_prints_no_asterisks(tmp_path):
    # "5" and a bold "%": marked "5**%**", Markdown shows the asterisks (CommonMark's flanking rules)
    document = _new()
    for runs in ((("About 5", False), ("%", True), (" of patients feel sick.", False)),
                 (("Use the cream", False), (":", True), (" twice a day.", False)),
                 (("Dose", False), ("(a)", True), ("b and more.", False)),
                 (("Stop. ", False), ("DO NOT.", True), ("Take it with food.", False)),
                 (("Call us (", False), ("24 hours", True), (").", False)),
                 (("Take ", False), ("10", True), ("mg daily.", False)),
                 (("Do not drive. ", True), ("Ask someone to help.", False)),  # the space outside the marks
                 (("Note", False), (" (see below)", True), (" applies.", False)),
                 (("Take ", False), ("2 (two)", True), ("tablets.", False)),
                 (("IMPORTANT (please read):", True), ("Do not stop taking it.", False)),
                 (("A", False), ("(b) (c)", True), ("d is the order.", False)),
                 (("He said", False), ('"stop".', True), ("Then rest.", False))):
        paragraph = document.add_paragraph()
        for text, bold in runs:
            paragraph.add_run(text).bold = bold
    outline = _saved(document, tmp_path)
    assert [b.text for b in outline.blocks if isinstance(b, Paragraph)] == [
        "About 5% of patients feel sick.",  # punctuation alone is not marked
        "Use the cream: twice a day.",
        "Dose(**a**)b and more.",  # its letters stay bold, the brackets outside
        "Stop. **DO NOT**.Take it with food.",
        "Call us (**24 hours**).",  # marks that read as bold are left as they are
        "Take **10**mg daily.",
        "**Do not drive.** Ask someone to help.",
        "Note **(see below)** applies.",
        "Take 2 (two)tablets.",  # not "**2 (two**)": brackets are not parted
        "**IMPORTANT (please read)**:Do not stop taking it.",  # as little left outside as it takes
        "A(b) (c)d is the order.",  # not "A(**b) (c**)d": brackets closed in the wrong order are parted too
        'He said"**stop**".Then rest.',  # the quotes closed around the bold, not one of them inside it
    ]
    markdown = to_markdown(outline, FRONT)
    assert "\\*" not in markdown


def test_a_label_in_a_heading_style_inside_a_box_labels_the_box(tmp_path):
    document = _new()
    document.add_paragraph("Take your tablets as usual.")
    label = document.add_heading("Warning", level=3)
    drive = document.add_paragraph("DO NOT drive for 24 hours.")
    stay = document.add_paragraph("Ask someone to stay with you tonight.")
    for paragraph in (label, drive, stay):
        _framed(paragraph, fill="FCE4E4")
    section = document.add_heading("Before you come", level=3)  # a heading naming a section stays one
    bring = document.add_paragraph("Bring your tablets.")
    for paragraph in (section, bring):
        _framed(paragraph)
    alone = document.add_heading("Important", level=3)  # a label heading with no box after it: a heading
    _framed(alone)
    document.add_paragraph("Rest for the day.")

    outline = _saved(document, tmp_path)
    markdown = to_markdown(outline, FRONT)
    assert ("> [!WARNING]\n> DO NOT drive for 24 hours.\n>\n> Ask someone to stay with you tonight.\n"
            in markdown)
    assert "## Warning" not in markdown
    assert "## Before you come\n\nBring your tablets." in markdown
    assert "## Important\n\nRest for the day." in markdown


def test_a_paragraph_that_switches_one_side_of_its_styles_border_off_keeps_the_rest(tmp_path):
    document = _new()
    boxed = document.styles.add_style("Boxed", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    _framed(boxed)  # four sides, from the style
    document.add_paragraph("Take your tablets as usual.")
    first = document.add_paragraph("Warning: DO NOT drive for 24 hours.", style="Boxed")
    second = document.add_paragraph("Ask someone to stay with you tonight.", style="Boxed")
    for paragraph in (first, second):  # Borders and Shading > left side off, on the paragraphs themselves
        paragraph._p.get_or_add_pPr().append(parse_xml(f"<w:pBdr {nsdecls('w')}><w:left w:val='nil'/></w:pBdr>"))
    document.add_paragraph("Rest for the day.")
    outline = _saved(document, tmp_path)
    alerts = [(b.kind, [p.text for p in b.blocks if isinstance(p, Paragraph)]) for b in outline.blocks
              if isinstance(b, Alert)]
    assert alerts == [(AlertKind.WARNING, ["DO NOT drive for 24 hours.", "Ask someone to stay with you tonight."])]
