"""PDF import: text lost, doubled or mixed up by the reading of a real PDF (made with WeasyPrint)."""

from __future__ import annotations

from pathlib import Path

import pytest
import weasyprint

from pipeline.source.outline import Alert, AlertKind, ListBlock, Paragraph, Table, to_markdown
from pipeline.source.pdf import import_pdf, read_pdf

FRONT = {"slug": "going-home", "title": "Going home", "version": "1.0", "date": "2026-11-23"}
_BODY = "body { font: 11pt/1.4 'DejaVu Sans'; } h1 { font-size: 22pt; } p { orphans: 1; widows: 1; }"
_PAGES = """@page { size: A4; margin: 25mm 20mm;
  @top-left { content: "Pain Service, March 2026"; font: 9pt "DejaVu Sans"; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt "DejaVu Sans"; } }"""


def _pdf(path: Path, body: str, css: str = "") -> Path:
    html = f"<!doctype html><html lang='en'><head><style>{_BODY}{css}</style></head><body>{body}</body></html>"
    weasyprint.HTML(string=html).write_pdf(path)
    return path


def test_a_box_drawn_as_its_fill_and_its_border_is_one_warning_box(tmp_path):
    # a shaded box with a border: two rectangles with the same edges
    path = _pdf(tmp_path / "box.pdf", (
        "<h1>Going home</h1><p>You can go home after an hour.</p>"
        "<div style='border: 1.5pt solid black; background: #fee; padding: 4pt 8pt'>"
        "<p><b>Warning</b></p><p>DO NOT drive for 24 hours.</p></div><p>Rest at home.</p>"))
    outline = import_pdf(path)
    alerts = [b for b in outline.blocks if isinstance(b, Alert)]
    assert [(a.kind, [p.text for p in a.blocks if isinstance(p, Paragraph)]) for a in alerts] == [
        (AlertKind.WARNING, ["DO NOT drive for 24 hours."])]
    assert to_markdown(outline, FRONT).count("DO NOT drive") == 1


def test_a_sentence_across_a_page_break_is_one_paragraph_but_a_finished_line_is_not_joined(tmp_path):
    crossing = _pdf(tmp_path / "crossing.pdf", (
        "<h1>Going home</h1><div style='height: 21.1cm'></div><p>After the injection your leg may feel numb "
        "for some time, so do not drive until the numbness has gone. Ask someone to take you home and stay "
        "with you overnight, and rest for the day after the injection as well.</p><p>Rest for the day.</p>"),
        _PAGES)
    pages = {line.page for line in read_pdf(crossing).lines if "until the" in line.text or "numbness" in line.text}
    assert pages == {1, 2}  # the page break falls inside the paragraph
    paragraphs = [b.text for b in import_pdf(crossing).blocks if isinstance(b, Paragraph)]
    assert paragraphs == [
        ("After the injection your leg may feel numb for some time, so do not drive until the numbness has gone. "
         "Ask someone to take you home and stay with you overnight, and rest for the day after the injection as well."),
        "Rest for the day."]

    # a page ending in a short line, or in a list item, followed by a capital or a bullet: not joined
    finished = _pdf(tmp_path / "finished.pdf", (
        "<h1>Nerve block</h1><div style='height: 21.6cm'></div><p>Before you go home</p>"
        "<p>You will need an adult to take you home.</p><div style='height: 22.5cm'></div>"
        "<ul><li>bring your meter and your tablets and</li><li>you may be pregnant</li></ul>"), _PAGES)
    texts = [line.text.strip() for line in read_pdf(finished).lines]
    assert texts.index("Page 1 of 3") < texts.index("You will need an adult to take you home.")
    assert texts.index("Page 2 of 3") < texts.index("• you may be pregnant")
    markdown = to_markdown(import_pdf(finished), FRONT)
    assert "Before you go home\n\nYou will need" in markdown
    assert "- bring your meter and your tablets and\n- you may be pregnant" in markdown


def test_a_columns_end_is_a_paragraph_break(tmp_path):
    # short items in two columns, the left ending "... going home in", the right starting in lower case:
    # each item stays itself (a short line is a paragraph's last: test_a_sentence_a_column_break_cuts_...)
    items = ["dressing gown and slippers", "your tablets in their boxes", "glasses and hearing aids",
             "a book or something to do", "loose clothes to wear going home in", "phone and charger",
             "money for the car park", "the name of your GP", "your blue badge and parking permit"]
    columns = "<div style='column-count: 2; column-gap: 12mm'>"
    intro = "Please pack these things the night before."
    packing = _pdf(tmp_path / "packing.pdf", (
        f"<h1>What to bring</h1><p>{intro}</p>{columns}"
        + "".join(f"<p style='margin: 0 0 6pt 0'>{item}</p>" for item in items) + "</div>"))
    assert "read as two columns" in " ".join(d.message for d in import_pdf(packing).doubts)
    texts = [b.text for b in import_pdf(packing).blocks if isinstance(b, Paragraph)]
    assert texts == [intro, *items]

    # a float beside running text, however wide, stays its own paragraph
    sentence = ("You should not eat anything for six hours before your operation. You may drink water until two "
                "hours before it. Take your usual tablets with a sip of water unless the nurse tells you not to. ")
    for width in (50, 65, 75):
        wrapped = _pdf(tmp_path / f"float{width}.pdf", (
            f"<h1>Your operation</h1><p>{sentence}<span style='float: right; width: {width}mm; "
            f"margin-left: 6mm'>insulin users: see page 4 for your own fasting times.</span>{sentence * 3}</p>"))
        texts = [b.text for b in import_pdf(wrapped).blocks if isinstance(b, Paragraph)]
        assert "insulin users: see page 4 for your own fasting times." in texts, width

    # an address and a column starting in lower case stay apart
    contact = _pdf(tmp_path / "contact.pdf", (
        f"<h1>Contact us</h1><p>If you have questions, please contact us.</p>{columns}"
        "<p>Pain Management Service<br>Level 2, Outpatients<br>City Hospital<br>London Road, and</p>"
        "<p style='break-before: column'>tel: 01632 960 000<br>email: pain@example.org</p></div>"))
    assert "London Road, and tel:" not in to_markdown(import_pdf(contact), FRONT).replace("\\\n", " ")

    # and so do wrapped names and the e-mail addresses beside them
    emails = _pdf(tmp_path / "emails.pdf", (
        f"<h1>Contact us</h1><p>Please ring or email us if you have any questions about your operation.</p>{columns}"
        + "".join(f"<p style='margin: 0'>{name}</p>" for name in (
            "Orthopaedic Day Unit reception and bookings office", "Physiotherapy department outpatient line",
            "Pain management nurses and pain clinic secretaries"))
        + "<p style='margin: 0; break-before: column'>orthoday@example.org<br>physio@example.org<br>"
          "painteam@example.org</p></div>"))
    markdown = to_markdown(import_pdf(emails), FRONT).replace("\\\n", " ")
    assert "secretaries orthoday@" not in markdown and "orthoday@example.org" in markdown


def test_a_sentence_a_column_break_cuts_is_one_paragraph_when_the_line_before_the_break_is_full(tmp_path):
    # one long sentence (no full stop until its end) in two balanced columns: the break falls inside it
    sentence = ("after the injection your leg may feel numb or weak for a few hours, so ask someone to drive you "
                "home and stay with you overnight, keep the dressing dry for a day, take your usual pain "
                "tablets if you need them, and ring the pain nurses on 01632 960 000 if the numbness has not "
                "gone by the next morning or the place where the needle went in becomes red, hot or swollen.")
    columns = "<div style='column-count: 2; column-gap: 12mm'>"
    path = _pdf(tmp_path / "running.pdf", f"<h1>After your injection</h1>{columns}<p>{sentence}</p></div>")
    text = read_pdf(path)
    assert "read as two columns" in " ".join(d.message for d in text.doubts)
    rows = [line for line in text.lines if line.text.strip() and line.x is not None]
    assert len({line.x for line in rows if line.size == 11.0}) == 2  # the sentence is in both columns
    assert [b.text for b in import_pdf(path).blocks if isinstance(b, Paragraph)] == [sentence]
    assert any("going on from the foot of the left column" in d.message for d in text.doubts)

    # the same columns with the break forced after a short line that ends no sentence: two paragraphs
    lead_in = "Ring the pain nurses"
    forced = _pdf(tmp_path / "forced.pdf", (
        f"<h1>After your injection</h1>{columns}<p>{sentence}</p><p>{lead_in}</p>"
        f"<p style='break-before: column'>{sentence}</p></div>"))
    paragraphs = [b.text for b in import_pdf(forced).blocks if isinstance(b, Paragraph)]
    assert lead_in in paragraphs and paragraphs.count(sentence) == 2


def test_three_columns_are_read_one_after_another(tmp_path):
    # a tri-fold leaflet's panels: each column read whole, left to right, a sentence going on across them
    sentence = ("After the injection your leg may feel numb for some time, so do not drive until the numbness has "
                "gone. Ask someone to take you home and stay with you overnight, and rest for the day after it. ")
    columns = "<div style='column-count: 3; column-gap: 10mm'>"
    running = _pdf(tmp_path / "running.pdf", f"<h1>Going home</h1>{columns}<p>{sentence * 6}</p></div>")
    paragraphs = [b.text for b in import_pdf(running).blocks if isinstance(b, Paragraph)]
    assert " ".join(paragraphs) == (sentence * 6).strip()  # every word, in order, column after column
    assert [d.message for d in import_pdf(running).doubts] == [
        "page 1: read as three columns or more, each from top to bottom, the left one first"]

    fasting = ("You should not eat anything for six hours before your operation. You may drink water until two "
               "hours before it. Take your usual tablets with a sip of water unless the nurse tells you not to. ")
    panels = _pdf(tmp_path / "panels.pdf", f"<h1>Your operation</h1>{columns}" + "".join(
        f"<h2>{name}</h2><p>{fasting * 2}</p>" for name in ("Before", "After", "At home")) + "</div>")
    outline = import_pdf(panels)
    assert [(type(b).__name__, b.text) for b in outline.blocks] == [
        ("Heading", "Before"), ("Paragraph", (fasting * 2).strip()),
        ("Heading", "After"), ("Paragraph", (fasting * 2).strip()),
        ("Heading", "At home"), ("Paragraph", (fasting * 2).strip())]


def test_a_dose_table_without_rules_keeps_each_time_beside_its_dose(tmp_path):
    # three or four columns of short cells: a table, read by rows, not column after column
    rows = [("Morning", "Paracetamol 1 g", "with breakfast"), ("Lunch", "Paracetamol 1 g", "with food"),
            ("Night", "Ibuprofen 400 mg", ""), ("Bedtime", "Paracetamol 1 g", "")]
    path = _pdf(tmp_path / "doses.pdf", (
        "<h1>Your tablets</h1><p>Take them as below, with food and a full glass of water.</p>"
        "<table style='width: 100%'>" + "".join(
            "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
        + "</table><p>Take them with food.</p>"))
    texts = [b.text for b in import_pdf(path).blocks if isinstance(b, Paragraph)]
    assert texts[1:-1] == [" ".join(cell for cell in row if cell) for row in rows]

    # under two columns of running text, set in the same gutter: its rows are not read as more columns
    sentence = ("After the injection your leg may feel numb for some time, so do not drive until the numbness has "
                "gone. Ask someone to take you home and stay with you overnight, and rest for the day after it. ")
    below = _pdf(tmp_path / "below.pdf", (
        "<h1>Your tablets</h1><div style='column-count: 2; column-gap: 12mm'>"
        f"<p>{sentence * 2}</p><p>{sentence * 2}</p></div><table style='width: 100%'>"
        "<tr><td>Time</td><td>Tablet</td><td>Dose</td></tr><tr><td>Morning</td><td>Paracetamol</td><td>1 g</td></tr>"
        "<tr><td>Night</td><td>Ibuprofen</td><td>400 mg</td></tr></table><p>Take them with food.</p>"))
    texts = [b.text for b in import_pdf(below).blocks]
    assert "Morning Paracetamol" in texts and "Night Ibuprofen" in texts  # (its third column is a known loss)


def test_labels_beside_their_paragraphs_without_rules_are_a_table_not_a_sidebar(tmp_path):
    rows = [("Feeling sick", ("This is common after the anaesthetic and usually passes within a day. Tell the "
                             "nurse if it does not.")),
            ("Sore throat", "The breathing tube can leave your throat sore for a day or two. Sip cold water."),
            ("Bruising", "You may have a bruise where the needle went in. It fades in a week."),
            ("Numbness", "Your leg may feel numb for up to 12 hours. Do not walk without help until it has gone.")]
    cell = "padding: 0 0 8pt 0; vertical-align: top"
    path = _pdf(tmp_path / "effects.pdf", (
        "<h1>Side effects</h1><p>Most side effects are mild and pass quickly. The common ones are below.</p>"
        "<table style='border-collapse: collapse'>" + "".join(
            f"<tr><td style='width: 35mm; {cell}'>{label}</td><td style='{cell}'>{text}</td></tr>"
            for label, text in rows) + "</table><p>Call the ward on 9382 1234 if you are worried.</p>"))
    lines = [line.text for line in read_pdf(path).lines]
    assert not any("This is common" in text and "does not." in text for text in lines)  # the texts wrap
    outline = import_pdf(path)
    tables = [b for b in outline.blocks if isinstance(b, Table)]
    assert [(t.header, t.rows) for t in tables] == [(rows[0], tuple(rows[1:]))]  # each label beside its text
    assert [b.text for b in outline.blocks if isinstance(b, Paragraph)] == [
        "Most side effects are mild and pass quickly. The common ones are below.",
        "Call the ward on 9382 1234 if you are worried."]


def test_what_is_not_labels_beside_paragraphs_is_no_table(tmp_path):
    cell = "padding: 0 0 8pt 0; vertical-align: top"

    def layout(name: str, pairs: list[tuple[str, str]]) -> Path:
        return _pdf(tmp_path / f"{name}.pdf", (
            "<h1>Your injection</h1><table style='border-collapse: collapse'>" + "".join(
                f"<tr><td style='width: 40mm; {cell}'>{left}</td><td style='{cell}'>{right}</td></tr>"
                for left, right in pairs) + "</table>"))

    text = ("You will have a small injection in your back to numb the nerves. It takes about twenty minutes, "
            "and a nurse stays with you all the time.")
    notes = layout("notes", [("Ward 5 is open.", text), ("Parking is free.", text)])  # sentences
    wrapped = layout("wrapped", [("Feeling sick and being sick", text), ("Sore throat", text)])  # two lines
    # side headings, one beside a list: "Please bring:" and its items stay a list, not text in a cell
    listed = _pdf(tmp_path / "listed.pdf", "<h1>Hernia repair</h1>" + "".join(
        f"<div style='display: flex; gap: 8mm; margin-bottom: 10pt'><div style='width: 38mm; flex: none'>"
        f"<p><b>{head}</b></p></div><div style='flex: 1'>{body}</div></div>" for head, body in (
            ("Your appointment", f"<p>{text}</p><p>{text}</p>"),
            ("Before the operation", (f"<p>{text}</p><p>Please bring:</p>"
                                     "<ul style='margin: 0'><li>your tablets</li><li>your glasses</li></ul>")),
            ("Going home", f"<p>{text}</p>"))), "p { margin: 0 0 8pt 0 }")
    for path in (notes, wrapped, listed):
        blocks = import_pdf(path).blocks
        assert not [b for b in blocks if isinstance(b, Table)], path.name
        if path is listed:  # the list stays a list, not text in a cell
            assert [[item.text for item in b.items] for b in blocks if isinstance(b, ListBlock)] == [
                ["your tablets", "your glasses"]]
        else:  # the paragraphs whole, not cut in cells
            assert [b.text for b in blocks if isinstance(b, Paragraph)].count(text) == 2, path.name


def test_two_columns_of_two_lines_each_are_read_column_by_column(tmp_path):
    path = _pdf(tmp_path / "columns.pdf", (
        "<h1>Going home</h1><p>First paragraph of the page that runs across the whole width of it.</p>"
        "<div style='column-count: 2; column-gap: 12mm'>"
        "<p>Left column first line of text here and second line of left text that wraps.</p>"
        "<p>Right column first line of words here and second line of right words wrap.</p></div>"
        "<p>A last paragraph that runs across the whole width of the page, under both columns.</p>"))
    assert len([line for line in read_pdf(path).lines if line.text.strip().startswith(("Left", "Right"))]) == 2
    outline = import_pdf(path)
    assert [b.text for b in outline.blocks if isinstance(b, Paragraph)] == [
        "First paragraph of the page that runs across the whole width of it.",
        "Left column first line of text here and second line of left text that wraps.",
        "Right column first line of words here and second line of right words wrap.",
        "A last paragraph that runs across the whole width of the page, under both columns."]
    assert [d.message for d in outline.doubts] == ["page 1: read as two columns, the left one first"]


def test_cells_set_close_together_stay_apart_and_letter_spaced_words_whole(tmp_path):
    rows = [("Common", "a headache"), ("Uncommon", "a headache"), ("Rare", "a rash")]
    cells = "".join(f"<tr><td>{left}</td><td>{right}</td></tr>" for left, right in rows)
    path = _pdf(tmp_path / "close.pdf", (
        f"<h1>Side effects</h1><p style='letter-spacing: 2pt'>IMPORTANT</p>"
        f"<table style='border-collapse: collapse'>{cells}</table><p>You will tell us.</p>"))
    texts = [line.text.strip() for line in read_pdf(path).lines if line.text.strip()]
    assert "Uncommon a headache" in texts  # not "Uncommona headache"
    assert "IMPORTANT" in texts and "You will tell us." in texts  # "Yo" kerned closer is one word still


def test_raised_and_lowered_digits_keep_their_place_in_lines_and_table_cells(tmp_path):
    # Read flat or with spaces, "10⁹/L" says another number ("109/L", "10 9 /L"); pdfplumber's own
    # reading of a table cell put the raised 9 first ("9 above 50 x 10 /L").
    path = _pdf(tmp_path / "scripts.pdf", (
        "<h1>Iron infusions</h1><p>Leaflet PS-12, issued <span style='font-size: 8pt; vertical-align: 3pt'>"
        "2026</span></p>"
        "<p>Your platelets must be above 50 x 10<sup>9</sup>/L on the day.</p>"
        "<p>The dose is 20 mg/m<sup>2</sup> of body surface, over 30 minutes.<sup>1</sup></p>"
        "<p>Breathe out CO<sub>2</sub> slowly. Report <b>un</b>usual bruising on the 2<sup>nd</sup> day.</p>"
        "<table style='border-collapse: collapse'><tr><th style='border: 1px solid'>Test</th>"
        "<th style='border: 1px solid'>Safe level</th></tr><tr><td style='border: 1px solid'>Platelets</td>"
        "<td style='border: 1px solid'>above 50 x 10<sup>9</sup>/L</td></tr></table>"
        "<p><sup>1</sup> See the product information.</p>"))
    outline = import_pdf(path)
    markdown = to_markdown(outline, FRONT)
    assert "Leaflet PS-12, issued 2026" in markdown  # small and higher, but apart: not a superscript
    assert "Your platelets must be above 50 x 10⁹/L on the day." in markdown
    assert "The dose is 20 mg/m² of body surface, over 30 minutes.¹" in markdown
    # lowered digits too; letters have no raised form worth using: glued flat ("2nd", "unusual")
    assert "Breathe out CO₂ slowly. Report unusual bruising on the 2nd day." in markdown
    assert "| Platelets | above 50 x 10⁹/L |" in markdown
    assert "¹ See the product information." in markdown  # a footnote's mark starting its line


def test_what_sets_digits_apart_stays_apart(tmp_path):
    cell = "style='border: 1px solid'"
    side = "".join(f"<p style='margin: 0'>{line}</p>" for line in
                   ("111 for advice", "999 in an emergency", "12 tablets at most", "2 weeks off work"))
    path = _pdf(tmp_path / "apart.pdf", (
        "<h1>Iron infusions</h1>"
        f"<div style='float: left; width: 40mm; font-size: 8pt; line-height: 1.25; margin-right: 8mm'>{side}</div>"
        + "<p>Take the tablets with water and rest for the day after the infusion.</p>" * 4
        + f"<table style='border-collapse: collapse; clear: both'><tr><td {cell}>Day</td><td {cell}>1</td>"
        f"<td {cell}>2</td><td {cell}>3</td></tr><tr><td {cell}>Tablets</td><td {cell}>2</td><td {cell}>1</td>"
        f"<td {cell}>1</td></tr></table>"
        "<p>Keep platelets above <b>50 x 10</b><sup>9</sup>/L. Take 50 x 10 mg tablets.</p>"
        "<p>Above 10<span style='vertical-align: 4pt'>9</span>/L, a level of 10<sup>&ndash;3</sup> mol, "
        "not 10<sup>-3.5</sup> g.</p>"
        "<p>Take 1<span style='font-size: 9pt'>0</span> mg, 2<span style='font-family: serif'>5</span> mg "
        "or 1<b>0</b> mg.</p>"
        "<p>Doses <b>5</b><span style='margin-left: 0.5pt'>10</span> and 10<span style='font-size: 8pt; "
        "vertical-align: 0.3pt'>9</span> apart.</p>"
        "<p>Take 2<span style='position: relative; top: -0.6pt'>5</span>0 mg, "
        "hos<span style='position: relative; top: 0.6pt'>pit</span>al.</p>"
        "<p>Platelets 150 x 10<span style='position: relative; top: -2.5pt'>9</span>/L, "
        "not 10<span style='position: relative; top: -1.5pt'>9</span> cells.</p>"
        f"<table style='border-collapse: collapse'><tr><td {cell}>Test</td><td {cell}>Limit</td></tr>"
        f"<tr><td {cell}>Lead</td><td {cell}>10<sup>-2.5</sup> g/L</td></tr></table>"))
    outline = import_pdf(path)
    markdown = to_markdown(outline, FRONT)
    # a raised number plain text cannot raise is read flat, with a doubt: it reads as another number
    flat = [doubt.message for doubt in outline.doubts if "check what it says" in doubt.message]
    assert flat == [("page 1: '-3.5' is set raised after '10', which plain text cannot show: it reads '10 -3.5'; "
                    "check what it says and write it out in words"),
                    ("page 1, a table: '-2.5' is set raised after '10', which plain text cannot show: it reads "
                    "'10 -2.5'; check what it says and write it out in words")]
    assert "| Lead | 10 -2.5 g/L |" in markdown
    # narrow cells: pdfplumber joins letters under 3 points apart, across a cell's rule too
    assert "| Day | 1 | 2 | 3 |" in markdown and "| Tablets | 2 | 1 | 1 |" in markdown
    # small digits starting a side column's lines are no footnote marks
    assert "111 for advice" in markdown and "2 weeks off work" in markdown
    assert not any(raised in markdown for raised in ("¹¹¹", "⁹⁹⁹", "¹² tablets", "² weeks"))
    # a mark stays on the words it was set on, a raised 9 after them or not
    assert "above **50 x 10**⁹/L. Take 50 x 10 mg tablets." in markdown
    # raised without being smaller; a raised dash is a minus; a raised number with no form keeps its space
    assert "Above 10⁹/L, a level of 10⁻³ mol, not 10 -3.5 g." in markdown
    # but a number whose digits change size, font or weight on one baseline is one number
    assert "Take 10 mg, 25 mg or 10 mg." in markdown
    # two numbers set a little apart, or a digit raised a little: never run together into another number
    assert "Doses **5** 10 and 10 9 apart." in markdown
    # a digit of a number's own font and size nudged a little is still part of it
    assert "Take 250 mg, hospital." in markdown
    # a digit of the text's own size raised: a superscript from a fifth of the size, else apart
    assert "Platelets 150 x 10⁹/L, not 10 9 cells." in markdown


def test_an_instruction_in_bold_stays_a_paragraph_in_bold_even_wrapped(tmp_path):
    path = _pdf(tmp_path / "bold.pdf", (
        "<h1>Going home</h1><p>You can go home after an hour.</p>"
        "<p><b>Do not eat or drink for 6 hours before</b></p>"
        "<p><b>Before your appointment</b></p><p>Bring your tablets.</p>"
        f"<p><b>{_WRAPPED}</b></p><p>Rest at home for the day, with someone to look after you tonight.</p>"
        "<p style='margin: 0'><b>Do not eat or drink after midnight</b></p>"
        "<p style='margin: 0'><b>On the day</b></p><p style='margin: 0'>Come to ward 5 at 8am.</p>"
        "<p><b>Do not wait: call <a href='tel:01234567890'>01234 567890</a> if you feel unwell</b></p>"
        "<p><b>Stop smoking</b></p><p>Smoking slows healing.</p>"
        "<p style='width: 6cm'><b>Do not eat or drink anything for 6 hours before your operation</b></p>"
        "<p style='width: 4cm'><b>Do not take aspirin or ibuprofen for seven days before your operation</b></p>"
        "<p>Rest.</p><p><b>Warning</b></p><p>Your operation may be cancelled if you eat.</p><p>Go home.</p>"
        "<p><b>Important. Before your operation</b></p><p>Stop eating at midnight.</p>"))
    outline = import_pdf(path)
    markdown = to_markdown(outline, FRONT)
    assert "\n\n**Do not eat or drink for 6 hours before**\n\n" in markdown
    # "Warning" in bold at the body's size labels a box, as in plain text; it names no section
    assert "\n\n> [!WARNING]\n> Your operation may be cancelled if you eat.\n\nGo home." in markdown
    assert "\n\n### Important. Before your operation\n\n" in markdown  # more than a label: a heading
    assert "\n\n### Before your appointment\n\n" in markdown  # a short bold line naming a section: a heading
    assert f"\n\n**{_WRAPPED}**\n\n" in markdown  # wrapped over two lines: one paragraph, one bold run
    # a bold heading right under an instruction is not part of it
    assert "**Do not eat or drink after midnight**\n\n### On the day\n\nCome to ward 5 at 8am." in markdown
    assert "**Do not wait: call** [01234 567890](tel:01234567890) **if you feel unwell**" in markdown
    assert "### Stop smoking" in markdown  # two words name a section
    # wrapped in a narrow column, the first line short: still one instruction, one bold run
    assert "\n\n**Do not eat or drink anything for 6 hours before your operation**\n\n" in markdown
    assert "\n\n**Do not take aspirin or ibuprofen for seven days before your operation**\n\n" in markdown


_WRAPPED = ("Do not drive, cycle or use machines for 24 hours after the injection, even if you feel well, "
            "and rest.")


def test_a_list_item_in_bold_keeps_its_bold_even_wrapped(tmp_path):
    path = _pdf(tmp_path / "list.pdf", (
        "<h1>Going home</h1><p>After the injection:</p>"
        "<ul><li><b>Do not drive for 24 hours.</b></li><li>Rest at home.</li>"
        "<li style='width: 6cm'><b>Bring your tablets, your glasses and a list of the medicines you take.</b></li>"
        "<li>Call us on <b>01234 567890</b> if you feel unwell.</li></ul>"
        "<p>Before you come:</p><ol><li><b>Stop eating at midnight.</b></li><li>Take your tablets.</li></ol>"
        "<p><b>Your appointment</b></p><p>Come to ward 5.</p>"))
    markdown = to_markdown(import_pdf(path), FRONT)
    assert "- **Do not drive for 24 hours.**\n- Rest at home.\n" in markdown
    # wrapped over lines: one bold run, the marker outside it
    assert "- **Bring your tablets, your glasses and a list of the medicines you take.**\n" in markdown
    assert "- Call us on **01234 567890** if you feel unwell." in markdown  # bold words in an item, as before
    assert "1. **Stop eating at midnight.**\n2. Take your tablets." in markdown
    assert "### Your appointment\n\nCome to ward 5." in markdown  # a bold line that is no item: still a heading


def test_bold_in_a_list_lands_on_its_own_item_and_words(tmp_path):
    path = _pdf(tmp_path / "list.pdf", (
        "<h1>Going home</h1><p>After the injection:</p>"
        "<ul><li>Rest for 24 hours.</li>"
        "<li style='width: 7.2cm'><b>Do not drive or ride a bicycle for 24 hours.</b></li><li>Eat.</li></ul>"
        "<p>Then:</p><ul><li>You may feel sleepy. Do not drive.</li><li>Rest at home.</li>"
        "<li><b>Do not drive.</b></li></ul>"
        "<p>Before:</p><ul><li style='width: 4.1cm'><b>Do not drive or cycle for at least 24 hours.</b></li>"
        "<li><b>Do not take<br>Warfarin or Aspirin for 7 days.</b></li>"
        "<li><b>Do not take aspirin, ibuprofen or naproxen</b> for 7 days</li></ul>"))
    markdown = to_markdown(import_pdf(path), FRONT)
    # the bold of a wrapped item's second line ("24 hours.") is its own, not an earlier item's
    assert "- Rest for 24 hours.\n- **Do not drive or ride a bicycle for 24 hours.**\n- Eat." in markdown
    assert "- You may feel sleepy. Do not drive.\n- Rest at home.\n- **Do not drive.**" in markdown
    # continuation lines starting with a digit or a capital are still the item's
    assert "- **Do not drive or cycle for at least 24 hours.**" in markdown
    assert "- **Do not take Warfarin or Aspirin for 7 days.**" in markdown
    # bold words only, even on a line mostly in bold
    assert "- **Do not take aspirin, ibuprofen or naproxen** for 7 days" in markdown


def test_a_drop_cap_starts_its_line_and_the_lines_beside_it_stay_in_order(tmp_path):
    path = _pdf(tmp_path / "cap.pdf", (
        "<h1>Going home</h1><p>You can go home after an hour.</p>"
        "<p><span class='cap'>A</span>fter the injection you can go home when you feel ready. Ask someone to "
        "drive you home and stay with you for the rest of the day and the night after.</p><p>Rest at home.</p>"
        "<p><span class='big'>Q</span> Will it hurt?<br>It may sting for a minute, then you will feel pressure "
        "but no pain.</p><p>Tablets you can take in a day, at most: <span class='big'>8</span></p>"
        "<p>Can I drive home today? <b class='big'>NO</b></p><p>Take more than <span class='big'>8</span> tablets.</p>"
        ), css=(
        ".cap { float: left; font-size: 3.2em; line-height: 1; margin-right: 3pt; }"
        ".big { font-size: 26pt; }"))
    markdown = to_markdown(import_pdf(path), FRONT)
    assert ("\n\nAfter the injection you can go home when you feel ready. Ask someone to drive you home and stay "
            "with you for the rest of the day and the night after.\n\nRest at home.\n") in markdown
    assert "Q Will it hurt?" in markdown and "It may sting for a minute, then you will feel pressure but no pain." \
        in markdown
    # a large number or word ending a line, or inside one, is no drop cap: it stays where it is
    assert ("\n\nTablets you can take in a day, at most: 8\n\nCan I drive home today? **NO**\n\n"
            "Take more than 8 tablets.\n") in markdown


def test_a_raised_number_plain_text_cannot_raise_in_a_table_without_rules_is_a_doubt(tmp_path):
    rows = [("Test", "Limit"), ("Iron", "under 200 mg"), ("Lead", "under 10<sup>-2.5</sup> g/L"), ("Zinc", "none")]
    cells = "".join(f"<tr><td style='width: 45%'>{left}</td><td>{right}</td></tr>" for left, right in rows)
    path = _pdf(tmp_path / "unruled.pdf", (
        "<h1>Blood tests</h1><p>We test your blood before the infusion.</p>"
        f"<table style='width: 100%'>{cells}</table><p>Ask us about your results.</p>"))
    outline = import_pdf(path)
    assert "| Lead | under 10 -2.5 g/L |" in to_markdown(outline, FRONT)
    assert [doubt.message for doubt in outline.doubts if "check what it says" in doubt.message] == [
        ("page 1, a table: '-2.5' is set raised after '10', which plain text cannot show: it reads '10 -2.5'; "
        "check what it says and write it out in words")]


def test_a_list_of_wrapped_items_is_read_item_by_item(tmp_path):
    """A list whose items wrap, on a page where the list has more lines than the text around it."""
    items = ["Do not give this medicine to children under 12 years old.",
             "Do not drive or use machines for 24 hours after the injection.",
             "Do not drink alcohol for 24 hours after the injection.",
             "Do not take other pain killers without asking us first."]
    path = _pdf(tmp_path / "wrapped.pdf", (
        "<h1>Safety</h1><p>After the injection:</p><ul>"
        + "".join(f"<li style='width: 6cm'>{item}</li>" for item in items) + "</ul><p>Rest.</p>"))
    outline = import_pdf(path)
    markdown = to_markdown(outline, FRONT)
    assert "\n".join(f"- {item}" for item in items) in markdown
    assert not any("interleaved" in doubt.message for doubt in outline.doubts)


def _long_table(path: Path, header_repeated: bool, days: int = 40) -> Path:
    rows = "".join(f"<tr><td>Day {day}</td><td>{day * 100} mg iron</td></tr>" for day in range(1, days + 1))
    head = "<tr><th>Day</th><th>Dose</th></tr>"
    table = (f"<table><thead>{head}</thead><tbody>{rows}</tbody></table>" if header_repeated
             else f"<table>{head}{rows}</table>")  # a header row WeasyPrint does not repeat
    return _pdf(path, (
        "<h1>Iron doses</h1><p>Take the dose of the day, as below.</p><div style='height: 12cm'></div>"
        f"{table}<p>Keep this schedule with you.</p>"),
        _PAGES + " table { border-collapse: collapse; } td, th { border: 1px solid black; padding: 2pt; }")


@pytest.mark.parametrize("header_repeated", [True, False])
@pytest.mark.parametrize(("days", "pages"), [(40, 2), (110, 4)])
def test_a_ruled_table_a_page_break_cuts_is_one_table_with_one_header(tmp_path, header_repeated, days, pages):
    """Cut in two, a table became two, the second headed by a row of data ("Day 4 | 400 mg"), which the
    page then showed as its column names; over several pages, one table too."""
    path = _long_table(tmp_path / "long.pdf", header_repeated, days)
    assert len({line.page for line in read_pdf(path).lines}) >= pages  # the table does go over page breaks
    outline = import_pdf(path)
    tables = [b for b in outline.blocks if isinstance(b, Table)]
    assert [(t.header, len(t.rows)) for t in tables] == [(("Day", "Dose"), days)]
    assert [row[0] for row in tables[0].rows] == [f"Day {day}" for day in range(1, days + 1)]
    assert any("a table going on from the page before" in doubt.message for doubt in outline.doubts)


def test_lines_above_and_below_two_columns_are_not_read_as_part_of_them(tmp_path):
    """A run of lines keeping the gutter free took in the short last line of the paragraph above ("this
    month.") and the heading and list below: the right column's paragraph came out after the next heading
    and its list, and the paragraph above was cut in two."""
    path = _pdf(tmp_path / "columns.pdf", (
        "<h1>Iron infusions</h1><p>This leaflet is for adults having an iron infusion at the day unit of the "
        "hospital this month.</p><div style='column-count: 2; column-gap: 12mm'><p>Iron deficiency anaemia "
        "happens when your body does not have enough iron to make haemoglobin. Haemoglobin carries oxygen "
        "around your body, and without enough of it you may feel tired or short of breath.</p><p>Your doctor "
        "will work out your dose from your weight. Most adults receive 500 mg or 1,000 mg of ferric "
        "carboxymaltose in a single visit lasting about 60 minutes in total.</p></div>"
        "<h2>Before your infusion</h2><p>Tell us if you:</p><ul><li>are pregnant</li><li>have asthma</li>"
        "<li>had a reaction to iron</li></ul><p>Please bring a list of your medicines.</p>"))
    markdown = to_markdown(import_pdf(path), FRONT)
    order = ["at the day unit of the hospital this month.", "Iron deficiency anaemia", "Your doctor will work out",
             "## Before your infusion", "Tell us if you:", "- are pregnant", "- had a reaction to iron",
             "Please bring a list"]
    assert [markdown.index(text) for text in order] == sorted(markdown.index(text) for text in order), markdown
    assert "hospital\n\nthis month." not in markdown


@pytest.mark.parametrize("lower", [0, 7, 10])  # points the right column starts below the left one
def test_two_columns_that_do_not_start_level_are_read_whole_each(tmp_path, lower):
    """A right column set a little lower: the left column's first line was put above the columns, alone, and
    the line step taken over both columns' interleaved rows cut the left one's end off after the right one."""
    left = ("Iron deficiency anaemia happens when your body does not have enough iron to make haemoglobin. "
            "Haemoglobin carries oxygen around your body, and without enough of it you may feel tired or short "
            "of breath. Your doctor will work out your dose from your weight and your blood tests, and the nurse "
            "will explain each step of the infusion to you before it starts.")
    right = "Most adults receive 500 mg or 1,000 mg of ferric carboxymaltose in a single visit."
    path = _pdf(tmp_path / "offset.pdf", (
        "<h1>Iron infusions</h1><p>This leaflet is for adults having an iron infusion.</p>"
        "<div style='display: flex; gap: 12mm'>"
        f"<div style='flex: 1; line-height: 14pt'><p>{left}</p></div>"
        f"<div style='flex: 1; line-height: 14pt; padding-top: {lower}pt'><p>{right}</p></div></div>"
        "<h2>Before your infusion</h2><p>Please bring a list of your medicines.</p>"))
    texts = [b.text for b in import_pdf(path).blocks if isinstance(b, Paragraph)]
    assert texts == ["This leaflet is for adults having an iron infusion.", left, right,
                     "Please bring a list of your medicines."]
