"""Real Word and PDF originals for the importer tests, made with python-docx and WeasyPrint.

The leaflet text is our own look-alike of a pain clinic's leaflet; nothing here
is copied from a published one.
"""

from __future__ import annotations

from pathlib import Path

import docx
import weasyprint
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph


def _numbered(paragraph: Paragraph, num_id: int, level: int) -> None:
    """Put ``paragraph`` on Word's list ``num_id`` at ``level`` (w:numPr), as Word does for a list."""
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id


def _mixed_list(document: docx.document.Document) -> int:
    """A new list definition: bullets at level 0, "a." letters at level 1; its numId."""
    numbering = document.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    for level, fmt, text in ((0, "bullet", "\u2022"), (1, "lowerLetter", "%2.")):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(level))
        for tag, value in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text)):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            lvl.append(child)
        abstract.append(lvl)
    numbering.insert(0, abstract)  # abstractNum elements come before num elements
    num = numbering.add_num(90)
    return int(num.numId)


def _hyperlink(paragraph: Paragraph, text: str, address: str) -> None:
    r_id = paragraph.part.relate_to(address, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    text_el = OxmlElement("w:t")
    text_el.text = text
    run.append(text_el)
    link.append(run)
    paragraph._p.append(link)


def _shade(cell_element: object, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), fill)
    cell_element.get_or_add_tcPr().append(shd)  # type: ignore[attr-defined]


def write_nerve_block_docx(path: Path) -> Path:
    """A Word leaflet with what clinics put in theirs: styles, lists, a table, boxes, a contact block."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Pain Service, March 2026"
    section.footer.paragraphs[0].text = "Leaflet PS-12, review date March 2028"

    document.add_paragraph("Nerve Block Injections", style="Title")
    document.add_paragraph("This leaflet explains what a nerve block is and what to expect on the day.")

    document.add_heading("Before the procedure", level=1)
    intro = document.add_paragraph("Tell us before the day if:")
    intro.paragraph_format.keep_with_next = True
    document.add_paragraph("you take warfarin or another blood thinner", style="List Bullet")
    document.add_paragraph("you have diabetes", style="List Bullet")
    document.add_paragraph("you check your sugar at home", style="List Bullet 2")
    document.add_paragraph("you may be pregnant", style="List Bullet")

    document.add_paragraph().add_run("On the day").bold = True  # a heading by its looks only
    document.add_paragraph("Have a light breakfast.", style="List Number")
    document.add_paragraph("Take your usual medicines.", style="List Number")
    document.add_paragraph("Bring a list of your medicines.", style="List Number")

    mixed = _mixed_list(document)
    document.add_paragraph("Who should not have a nerve block:")
    for text, level in (("people with an infection", 0), ("in the skin where the needle goes", 1),
                        ("anywhere else, with a fever", 1), ("people allergic to local anaesthetic", 0)):
        _numbered(document.add_paragraph(text), mixed, level)

    document.add_heading("Side effects", level=1)
    document.add_heading("How often they happen", level=2)
    table = document.add_table(rows=4, cols=2)
    cells = [("How often", "Side effect"),
             ("Common (up to 1 in 10 patients)", "bruising where the needle went in"),
             ("Uncommon (up to 1 in 100 patients)", "a short rise in blood sugar"),
             ("Rare (up to 1 in 1,000 patients)", "infection")]
    for row, texts in zip(table.rows, cells, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    merged = table.add_row()
    merged.cells[0].merge(merged.cells[1]).text = "Ask us about any other effect."

    warning = document.add_table(rows=1, cols=1).cell(0, 0)
    warning.paragraphs[0].add_run("Warning").bold = True
    caution = warning.add_paragraph()
    caution.add_run("DO NOT").bold = True
    caution.add_run(" drive for 24 hours after the injection.")
    warning.add_paragraph("Have someone take you home.")

    shaded = document.add_table(rows=1, cols=1).cell(0, 0)
    shaded.paragraphs[0].text = "Your leg may feel numb for a few hours."
    _shade(shaded._tc, "FFF2CC")

    document.add_heading("After the injection", level=1)
    lead = document.add_paragraph("Rest for the rest of the day. ")
    lead.add_run("Do not").bold = True
    lead.add_run(" take a hot bath until the next day.")

    document.add_heading("Contact us", level=1)
    contact = document.add_paragraph()
    contact_run = contact.add_run("Pain Clinic, Level 2, Main Building")
    contact_run.add_break()
    contact.add_run("Tel: ")
    _hyperlink(contact, "01234 567 890", "tel:+44 1234 567890")
    contact.add_run().add_break()
    contact.add_run("Monday to Friday, 8:30 to 17:00")
    email = document.add_paragraph("Email ")
    _hyperlink(email, "pain.clinic@example.org", "mailto:pain.clinic@example.org")
    email.add_run(" with any question.")
    web = document.add_paragraph("More about nerve blocks on ")
    _hyperlink(web, "our website", "https://pain.example.org/nerve-block")
    web.add_run(".")
    document.add_paragraph("Date of procedure: ______")
    document.save(str(path))
    return path


_LEAFLET_CSS = """
@page {
  size: A4; margin: 25mm 20mm;
  @top-left { content: "Pain Service, March 2026"; font: 9pt "DejaVu Sans"; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt "DejaVu Sans"; }
}
body { font: 11pt/1.4 "DejaVu Sans"; }
h1 { font-size: 22pt; font-weight: 700; margin: 0 0 12pt; }
h2 { font-size: 15pt; font-weight: 700; margin: 14pt 0 6pt; }
h3 { font-size: 12pt; font-weight: 700; margin: 10pt 0 4pt; }
p, li { margin: 0 0 6pt; }
table { border-collapse: collapse; margin: 6pt 0; }
td, th { border: 0.75pt solid black; padding: 3pt 6pt; text-align: left; }
.box { border: 1.5pt solid black; padding: 4pt 8pt; margin: 8pt 0; }
.columns { column-count: 2; column-gap: 12mm; }
.page { break-before: page; }
.main { float: left; width: 66%; }
.sidebar { float: right; width: 26%; font-size: 9.5pt; }
"""

_NERVE_BLOCK_HTML = """
<h1>Nerve Block Injections</h1>
<p>This leaflet explains what a nerve block is, how it is done and what to expect
afterwards. Please read it before your appointment and bring it with you.</p>
<h2>Before the procedure</h2>
<p>Tell us before the day if:</p>
<ul>
  <li>you take warfarin or another blood thinner</li>
  <li>you have diabetes
    <ul><li>bring your meter and your tablets</li></ul>
  </li>
  <li>you may be pregnant</li>
</ul>
<h3>On the day</h3>
<ol>
  <li>Have a light breakfast.</li>
  <li>Take your usual medicines.</li>
  <li>Come to the clinic reception ten minutes early.</li>
</ol>
<h2>Side effects</h2>
<table>
  <tr><th>How often</th><th>Side effect</th></tr>
  <tr><td>Common (up to 1 in 10 patients)</td><td>bruising where the needle went in</td></tr>
  <tr><td>Rare (up to 1 in 1,000 patients)</td><td>infection</td></tr>
</table>
<p><b>DO NOT</b> drive for 24 hours after the injection.</p>
<div class="box"><p><b>Important</b></p><p>Call the clinic straight away if your leg is weak the next morning.</p></div>
<div class="box"><p>Your leg may feel numb for a few hours.</p></div>

<div class="columns page">
<h2>How a nerve block works</h2>
<p>A nerve carries pain signals from one part of the body to the brain. The
injection puts a local anaesthetic next to the nerve, so that for a while the
signals it carries are quieter. Some people also have a steroid, which may calm
swelling around the nerve for longer. The doctor uses an ultrasound scanner to see
the nerve and to guide the needle to the right place.</p>
<p>Most people feel a sharp scratch and then some pressure. The injection takes
about fifteen minutes, and you will rest on the ward for half an hour before you
go home. Your leg may feel heavy or numb for a few hours. This is expected and
wears off by the evening.</p>
<p>The effect of the steroid starts after two or three days. Keep a diary of your
pain for the next two weeks and bring it to your follow-up appointment, so that we
can decide together whether a second injection would help you.</p>
</div>

<div class="page">
<div class="main">
<h2>Going home</h2>
<p>You will need an adult to take you home and to stay with you overnight. Rest
for the rest of the day and take your usual pain relief if you need it. You may
go back to work the next day if your job does not involve heavy lifting.</p>
<p>Call us if the place where the needle went in becomes red, hot or swollen, or
if you have a temperature. Outside clinic hours, call your family doctor or the
out-of-hours service and show them this leaflet.</p>
</div>
<div class="sidebar">
<p><b>Contact us</b></p>
<p>Pain Clinic<br>Level 2, Main Building<br>Tel: <a href="tel:+441234567890">01234 567 890</a><br>Monday to
Friday<br><a href="https://pain.example.org/">pain.example.org</a></p>
</div>
</div>
"""


def write_nerve_block_pdf(path: Path) -> Path:
    """A three-page PDF leaflet: headings by size and weight, lists, a table, two columns, a sidebar,
    a running header ("Pain Service, March 2026") and footer ("Page N of M") on every page."""
    html = f"<!doctype html><html lang='en'><head><style>{_LEAFLET_CSS}</style></head><body>{_NERVE_BLOCK_HTML}</body></html>"
    weasyprint.HTML(string=html).write_pdf(path)
    return path


def write_blank_pdf(path: Path) -> Path:
    """A PDF of one page with no text on it, as a scan without OCR is."""
    weasyprint.HTML(string="<!doctype html><html><body><div style='height: 5cm; background: #ccc'></div></body></html>"
                    ).write_pdf(path)
    return path


def write_password_pdf(path: Path) -> Path:
    """A PDF whose Standard security handler wants a user password (no empty password opens it)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -4 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 4 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, b"ab" * 16, b"ab" * 16, xref))
    path.write_bytes(bytes(out))
    return path


def write_unruled_table_pdf(path: Path) -> Path:
    """A PDF with a side-effect table set without rules: two columns of short texts that pair up line by line."""
    rows = [("Common", "bruising where the needle went in"), ("Uncommon", "a short rise in blood sugar"),
            ("Rare", "infection where the needle went in"), ("Very rare", "weakness of the leg for a day")]
    cells = "".join(f"<tr><td style='width: 45%'>{left}</td><td>{right}</td></tr>" for left, right in rows)
    html = ("<!doctype html><html lang='en'><body style='font: 11pt/1.4 \"DejaVu Sans\"'>"
            "<h1>Side Effects</h1><p>Most side effects are mild and pass within a day or two.</p>"
            f"<table style='width: 100%'>{cells}</table><p>Tell us about any other effect you notice.</p>"
            "</body></html>")
    weasyprint.HTML(string=html).write_pdf(path)
    return path


DOSE_CHART = [("Medicine", "Morning", "Lunchtime", "Evening", "Night"),
              ("Paracetamol", "1 g", "", "1 g", ""),
              ("Ibuprofen", "400 mg", "400 mg", "", ""),
              ("Gabapentin", "", "", "", "300 mg"),
              ("Omeprazole", "20 mg", "", "", "")]


def write_dose_chart_pdf(path: Path, table_style: str = "width: 100%", cell_style: str = "",
                         chart: list[tuple[str, ...]] = DOSE_CHART, corner_style: str = "") -> Path:
    """A PDF leaflet with a dose chart set as a table without rules (as Word exports a borderless table): a
    header row naming the times of day, and rows with empty cells where no dose is taken at that time.
    ``corner_style``: the top-left header cell's own style (centred over the names, say)."""
    header, *rows = chart

    def row(texts: tuple[str, ...], first_style: str = cell_style) -> str:
        return "<tr>" + "".join(f"<td style='{first_style if index == 0 else cell_style}'>{text}</td>"
                                for index, text in enumerate(texts)) + "</tr>"

    cells = row(tuple(f"<b>{name}</b>" for name in header), corner_style or cell_style) \
        + "".join(row(texts) for texts in rows)
    html = ("<!doctype html><html lang='en'><body style='font: 11pt/1.4 \"DejaVu Sans\"'>"
            "<h1>Your medicines at home</h1>"
            "<p>The chart below shows when to take each of your medicines once you are home from the ward. "
            "Keep it on the fridge door or beside your bed.</p>"
            f"<table style='{table_style}'>{cells}</table>"
            "<p>If you forget a dose, take it when you remember, unless the next one is due within two hours. "
            "Never take two doses together.</p></body></html>")
    weasyprint.HTML(string=html).write_pdf(path)
    return path
