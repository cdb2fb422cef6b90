"""Import a clinic's Word original (``source/raw/<slug>.docx``) into an :class:`Outline`.

Word says most of what the outline needs in its styles and numbering: the
title (the Title style, else the first Heading 1), headings (Heading 1 to 6),
lists (list styles, or numbering properties whose format tells bullets from
numbers and whose level tells the nesting), tables, boxes (a table of one cell,
or paragraphs drawn with a border or shading) and bold runs. Where the
document only *looks* structured (a short paragraph all in bold taken as a
heading, a shaded box taken as a warning), the outline says so in a
:class:`Doubt` whose line is the paragraph's number in the document body
(every paragraph and every table counts one, empty ones too), as Word's own
navigation would count them.

Headers, footers and comments are not part of the body and are not read. A
text box in the body (or in a table cell) is read after the paragraph it is
anchored in, with a doubt, since Word places it by position, not in the text;
a table inside a table cell is read into the cell row by row, with a doubt.
Symbols (w:sym, the Symbol font) become their Unicode characters and raised or
lowered digits their superscript or subscript forms; a symbol not recognised is
shown as U+FFFD and reported, never dropped.
"""

from __future__ import annotations

import itertools
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, cast

import docx
from docx.blkcntnr import BlockItemContainer
from docx.enum.text import WD_UNDERLINE
from docx.exceptions import PythonDocxError
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.oxml.numbering import CT_Numbering
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.styles.style import BaseStyle, CharacterStyle
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.font import Font
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from pipeline.core.errors import SourceError
from pipeline.source.outline import (
    ALERT_LABELS,
    Alert,
    AlertKind,
    Block,
    Doubt,
    Heading,
    ListBlock,
    ListItem,
    Outline,
    Paragraph,
    Table,
    after_label,
    flat_script_note,
    in_script,
    link_target,
    reads_as_bold,
    reads_as_instruction,
)

# A short paragraph all in bold that does not end like a sentence or a lead-in reads as a heading.
_LOOKS_LIKE_HEADING_MAX = 80
_SENTENCE_OR_LEAD_IN_END = (".", ":", ";", ",", "!")
_HEADING_STYLE = re.compile(r"^Heading ([1-9])$")
_LIST_STYLE = re.compile(r"^List (Bullet|Number)(?: ([2-9]))?$")
# The word alone on its line (a line break after it, Shift+Enter, too), or followed by a colon, "!" or a
# dash ("Important information" is no label).
_ALERT_START = re.compile(
    r"^(?P<open>\*\*)?(?P<label>" + "|".join(ALERT_LABELS) + r")(?P<shut>\*\*)?(?:\s*[:!\-\u2013\u2014]|[ \t]*(?:\n|$))\s*",
    re.IGNORECASE,
)
_UNSHADED = {None, "auto", "FFFFFF", "ffffff"}
# A list item's marker typed by hand, a space or tab after it; its list told apart from Word's own lists
_TYPED_MARKER = re.compile(r"(?:[•▪●◦‣·■□➢➤✓✔–-]|(?P<number>\d{1,2})[.)])[ \t]+(?=\S)")  # no "*": a footnote's
_TYPED_BULLETS, _TYPED_NUMBERS = -2, -3
# A table cell longer than this holds prose, as a table used to lay out a page does.
_LAYOUT_CELL = 200
_SPACES = re.compile(r"[ \t]+")
# A bold run's punctuation and spaces at its edges, and the words between them.
_EDGE_PUNCTUATION = re.compile(r"([\W_]*)(.*?)([\W_]*)", re.DOTALL)
# Elements that hold paragraphs, tables or runs as if they were their parent's own.
# Tracked moves (w:moveTo) and right-to-left runs (w:dir, w:bdo) too; deleted text (w:del, w:moveFrom) is left out.
_WRAPPERS = {qn(tag) for tag in ("w:sdt", "w:sdtContent", "w:customXml", "w:ins", "w:moveTo", "w:smartTag",
                                 "w:fldSimple", "w:dir", "w:bdo")}
_RUN_CONTENT = "w:br | w:cr | w:noBreakHyphen | w:ptab | w:t | w:tab | w:sym"
# Word keeps a text box twice, as a drawing and as an older VML fallback: the fallback is not read.
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TEXT_BOX_READ = "a text box: its text is read after this paragraph; check where it belongs"
_NESTED_TABLE_READ = "a table inside a table cell: its rows are read into the cell one after another; check them"
# Word's Insert Symbol writes w:sym with the character's place in the Symbol font (F0B3 or B3), not Unicode.
_SYMBOL_FONT = {
    **{0x20 + i: ch for i, ch in enumerate(" !∀#∃%&∋()∗+,−./0123456789:;<=>?")},
    **{0x40 + i: ch for i, ch in enumerate("≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_")},
    **{0x61 + i: ch for i, ch in enumerate("αβχδεφγηιϕκλµνοπθρστυϖωξψζ{|}∼")},  # "m" as µ, the micro sign of µg
    **{0xA0 + i: ch for i, ch in enumerate("€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…")},
    0xC5: "⊕", 0xC6: "∅", 0xC7: "∩", 0xC8: "∪", 0xD6: "√", 0xD7: "⋅", 0xD8: "¬",
    0xDB: "⇔", 0xDC: "⇐", 0xDD: "⇑", 0xDE: "⇒", 0xDF: "⇓", 0xE5: "∑",
}
# Fonts that draw pictures (ticks, boxes, arrows) at the places of letters: a character in them is no letter.
_PICTURE_FONTS = {"wingdings", "wingdings 2", "wingdings 3", "webdings", "zapf dingbats", "zapfdingbats"}
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
# Shown where a symbol Word draws was not recognised, so the place is seen as well as reported.
_UNKNOWN_SYMBOL = "\ufffd"


@dataclass(frozen=True)
class _Piece:
    """A run of a paragraph (or a whole hyperlink): as the outline marks it, as the reader sees it, and bold."""

    marked: str  # a hyperlink as [text](target)
    plain: str
    bold: bool
    notes: tuple[str, ...] = ()  # what the person checking the draft must look at (a symbol not recognised)
    left_out: bool = False  # hidden or struck-through text, not read (its note says what)


@dataclass(frozen=True)
class _ListPlace:
    """Where a list paragraph sits: its level, its kind and its number (1 for a bullet)."""

    level: int
    ordered: bool
    num_id: int
    number: int


@dataclass(frozen=True)
class _Para:
    """One body paragraph as the importer reads it."""

    number: int  # the paragraph's place in the document body, 1-based
    text: str  # with ``**bold**`` and ``[link](target)`` marks and "\n" line breaks
    plain: str  # the same without marks
    style_level: int | None  # 0 for the Title style, 1-9 for Heading 1-9
    all_bold: bool
    list_place: _ListPlace | None
    notes: tuple[str, ...]  # doubts at this paragraph: a text box, a symbol not recognised
    frame: _Frame | None = None  # the border or shading Word draws around it and its like neighbours
    size: float | None = None  # its type's size in points, the smallest of its runs' (None: the document's default)
    cells: tuple[str, ...] = ()  # its words parted by tabs ("Monday<Tab>1 tablet<Tab>2 tablets"), when it has some


@dataclass(frozen=True)
class _Frame:
    """What Word draws around a paragraph (Borders and Shading): consecutive paragraphs with equal
    frames are one box on the page."""

    borders: str  # the sides drawn, each with its line, as Word keeps them; "" for none
    fill: str | None  # the shading's colour, when shaded

    @property
    def shaded(self) -> bool:
        return self.fill not in _UNSHADED


@dataclass(frozen=True)
class _TableItem:
    number: int
    table: DocxTable


def import_docx(path: Path) -> Outline:
    """The outline of the Word document at ``path``; a :class:`SourceError` if it is none."""
    document = _open(path)
    try:
        numbering = _Numbering(document)
        contents = list(enumerate(_body(document.element.body, document._body), start=1))
        notes = _notes(document, {content._element: number for number, content in contents})
        items: list[_Para | _TableItem] = []
        for number, content in contents:
            items += _contents(content, document._body, number, numbering)
        outline = _outline(items, numbering, path, _body_size(document))
        return replace(outline, blocks=outline.blocks + tuple(notes.blocks),
                       doubts=tuple(sorted(outline.doubts + tuple(notes.doubts), key=_doubt_order)))
    except (ValueError, KeyError, IndexError, AttributeError, PythonDocxError) as exc:
        # a value or an element Word would not have written where it stands
        raise SourceError(f"a damaged Word document ({exc}); open and save it in Word, then import again",
                          path) from None


@dataclass
class _Notes:
    """A document's footnotes and endnotes, as the leaflet gets them: paragraphs at its end, and what to check."""

    blocks: list[Paragraph]
    doubts: list[Doubt]


_NOTE_KINDS = {RT.FOOTNOTES: "footnote", RT.ENDNOTES: "endnote"}
_RAISED = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _notes(document: docx.document.Document, numbers: dict[BaseOxmlElement, int]) -> _Notes:
    """Each footnote and endnote, after its mark, as a paragraph at the end of the leaflet.

    Web pages and text have no foot of the page: the notes go where a printed leaflet's
    endnotes go, in the order of their marks. A mark Word numbers itself gets its
    number in the text, raised (``¹``), numbering footnotes and endnotes together; one
    the author typed (``*``) is kept as typed. ``numbers``: the number of each of the
    body's paragraphs and tables, for the doubt's line.
    """
    texts = _note_texts(document)
    found = _Notes([], [])
    count = 0
    for reference in document.element.body.iter(qn("w:footnoteReference"), qn("w:endnoteReference")):
        if not _shown(reference, document):
            continue  # a mark in deleted, hidden or struck-through text: its note goes with it
        kind = "footnote" if reference.tag == qn("w:footnoteReference") else "endnote"
        number = next((numbers[above] for above in reference.iterancestors() if above in numbers), 0)
        text, notes = texts.get((kind, reference.get(qn("w:id"))), ("", ()))
        if not text:
            found.doubts.append(Doubt(number, number, f"a {kind} mark whose note is not in the document (or is "
                                                      "empty): left out; check the original"))
            continue
        if reference.get(qn("w:customMarkFollows")) in ("1", "true", "on"):  # the mark is the text after it
            mark = "".join(str(typed.text or "") for typed in reference.itersiblings(qn("w:t"))).strip() or "*"
        else:
            count += 1
            mark = str(count).translate(_RAISED)
            shown = OxmlElement("w:t")
            shown.text = mark
            reference.addnext(shown)  # read with the run's text, where Word shows the number
        found.blocks.append(Paragraph(f"{mark} {text}", number))
        found.doubts.append(Doubt(number, number, f"a {kind}: its mark {mark} is kept, its note added at the end "
                                                  "of the leaflet; check that it reads well there"))
        found.doubts += [Doubt(number, number, f"in the {kind}: {note}") for note in notes]
    return found


def _shown(reference: BaseOxmlElement, document: docx.document.Document) -> bool:
    """Does Word show the note mark ``reference``: not in a tracked deletion, nor in hidden or struck text?"""
    run, paragraph = reference.getparent(), next((up for up in reference.iterancestors(qn("w:p"))), None)
    if any(up.tag in (qn("w:del"), qn("w:moveFrom")) for up in reference.iterancestors()) or run is None \
            or paragraph is None:
        return False
    holder = DocxParagraph(paragraph, document._body)
    as_read = Run(run, holder)
    return not (_is_hidden(as_read, holder) or _is_struck(as_read, holder))


class _NotesHolder:
    """What a note's paragraphs are read against: the notes part's own links (a link's id names one of
    them, not of the body), the document's styles and everything else."""

    def __init__(self, notes_part: Any, document_part: Any):
        self.part = self  # a paragraph asks its parent for the part; this is both
        self.rels = notes_part.rels
        self._document = document_part

    def __getattr__(self, name: str) -> Any:
        return getattr(self._document, name)


def _note_texts(document: docx.document.Document) -> dict[tuple[str, str], tuple[str, tuple[str, ...]]]:
    """The text of each footnote and endnote, by kind and id, read as the body's paragraphs are (symbols,
    raised digits, emphasis; hidden and struck text left out), with what to check in it; Word's separator
    lines left out."""
    texts = {}
    for relationship in document.part.rels.values():
        kind = _NOTE_KINDS.get(relationship.reltype)
        if kind is None or relationship.is_external:
            continue
        for note in parse_xml(relationship.target_part.blob).iterchildren(qn(f"w:{kind}")):
            if note.get(qn("w:type")) not in (None, "normal"):  # the separator above the notes, and its like
                continue
            lines, notes = [], []
            holder = _NotesHolder(relationship.target_part, document.part)
            for line in note.iter(qn("w:p")):
                pieces = list(_pieces(DocxParagraph(line, cast(Any, holder))))
                lines.append(" ".join(_compose(pieces)[0].split()))
                notes += [said for piece in pieces for said in piece.notes]
            texts[kind, str(note.get(qn("w:id")))] = (" ".join(line for line in lines if line), tuple(notes))
    return texts


def _body(element: BaseOxmlElement, parent: BlockItemContainer) -> Iterator[DocxParagraph | DocxTable]:
    """The body's paragraphs and tables in order, those inside content controls (w:sdt) too."""
    for child in element.iterchildren():
        if child.tag == qn("w:p"):
            yield DocxParagraph(child, parent)
        elif child.tag == qn("w:tbl"):
            yield DocxTable(child, parent)
        elif child.tag in _WRAPPERS:
            yield from _body(child, parent)


def _contents(content: DocxParagraph | DocxTable, parent: BlockItemContainer, number: int,
              numbering: _Numbering) -> Iterator[_Para | _TableItem]:
    """A paragraph, then what its text boxes hold (at the paragraph's number); or a table."""
    if isinstance(content, DocxTable):
        yield _TableItem(number, content)
        return
    yield _read_paragraph(content, number, numbering, typed_lists=not isinstance(parent, _Cell))
    for box in _text_boxes(content._p):
        for inner in _body(box, parent):
            yield from _contents(inner, parent, number, numbering)


def _text_boxes(paragraph: BaseOxmlElement) -> list[BaseOxmlElement]:
    """The text boxes (w:txbxContent) anchored in a paragraph, once each; one inside another is read with it."""
    boxes = []
    for box in paragraph.iter(qn("w:txbxContent")):
        between = list(box.iterancestors())
        between = between[:between.index(paragraph)]
        if not any(element.tag in (_FALLBACK, qn("w:txbxContent")) for element in between):
            boxes.append(box)
    return boxes


def _open(path: Path) -> docx.document.Document:
    try:
        return docx.Document(str(path))
    except FileNotFoundError:
        raise SourceError("no such Word document", path) from None
    except PackageNotFoundError:
        raise SourceError("not a Word document (.docx); save it from Word as .docx and import again", path) from None
    except KeyError:
        raise SourceError("not a Word document (a zip file without Word's parts); save it from Word as .docx", path) from None
    except (zipfile.BadZipFile, ValueError, SyntaxError, AttributeError) as exc:
        # lxml's XMLSyntaxError is a SyntaxError; a part whose root is not what Word writes, an AttributeError
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise SourceError(f"a damaged Word document ({reason}); open and save it in Word, then import again", path) from None


# -- paragraphs --------------------------------------------------------------------------------


def _read_paragraph(paragraph: DocxParagraph, number: int, numbering: _Numbering, *, typed_lists: bool = True) -> _Para:
    pieces = list(_pieces(paragraph))
    text, plain, all_bold = _compose(pieces)
    notes = [note for piece in pieces for note in piece.notes]
    if _text_boxes(paragraph._p):
        notes.append(_TEXT_BOX_READ)
    style_level = _style_level(paragraph.style)
    list_place = numbering.place(paragraph)  # counted even where dropped: a list sharing the numbering counts on
    if style_level is not None:
        # "1. Before the injection" in Heading 1 (numbered by itself or by its style): a section, as the
        # reader sees it; its number is the heading's look (the page numbers no sections)
        list_place = None
    elif typed_lists and list_place is None and (typed := _TYPED_MARKER.match(plain)) and text.startswith(typed[0]) \
            and not (all_bold and _heading_shaped(rest := plain[typed.end():]) and not reads_as_instruction(rest)):
        # "•<Tab>Lie on the couch", "1.<Tab>Lie on the couch": a list typed by hand, not Word's numbering (not
        # "1. What Pregabalin is" in bold, a numbered section's heading; not in a table cell, whose text is a line)
        typed_number = typed["number"]
        list_place = _ListPlace(0, typed_number is not None, _TYPED_NUMBERS if typed_number else _TYPED_BULLETS,
                                int(typed_number) if typed_number else 1)
        text, plain = text[typed.end():], plain[typed.end():]
    # Words set out at tab stops, for a chart typed with tabs (_tab_rows)
    cells = tuple(_tidy(_clean(cell)) for cell in "".join(piece.plain for piece in _closed_up(pieces)).strip(
        " \n").split("\t"))
    return _Para(
        number=number,
        text=text,
        plain=plain,
        style_level=style_level,
        all_bold=all_bold,
        list_place=list_place,
        notes=tuple(notes),
        frame=_frame(paragraph),
        size=_type_size(paragraph),
        cells=cells if sum(bool(cell) for cell in cells) >= 2 else (),
    )


def _type_size(paragraph: DocxParagraph) -> float | None:
    """The size of the paragraph's type, in points: the smallest its runs with words set, each by itself or by its
    styles; None where a run takes the document's default (or has no words)."""
    sizes: list[float] = []
    for run in paragraph.runs:
        if not run.text.strip():
            continue
        size = _as_set(run, paragraph, lambda font: font.size)
        if size is None:
            return None
        sizes.append(size.pt)
    return min(sizes, default=None)


def _most_used_size(paras: Sequence[_Para], default: float | None) -> float | None:
    """The body text's size: the one most of the document's characters are set in (text resized by hand in an
    older template is the body, not a heading); ``default`` (:func:`_body_size`) for those set in the default."""
    weights: Counter[float | None] = Counter()
    for para in paras:
        weights[para.size if para.size is not None else default] += len(para.plain)
    return weights.most_common(1)[0][0] if weights else default


def _body_size(document: docx.document.Document) -> float | None:
    """The default type's size, in points: the Normal style's, else the document's default (w:docDefaults)."""
    try:
        normal = document.styles["Normal"].font.size
    except KeyError:
        normal = None
    if normal is not None:
        return normal.pt
    half_points = document.styles.element.xpath("./w:docDefaults/w:rPrDefault/w:rPr/w:sz/@w:val")
    return int(half_points[0]) / 2 if half_points and str(half_points[0]).isdigit() else None


# The sides of a paragraph border that make a box (a line under a heading alone does not).
_BOX_SIDES = ({"left", "right"}, {"top", "bottom"})


def _frame(paragraph: DocxParagraph) -> _Frame | None:
    """The box Word draws around the paragraph, from its own properties, else its style's (and theirs)."""
    elements = [paragraph._p]
    style: BaseStyle | None = paragraph.style
    while style is not None:
        if not _is_default(style):  # Normal's border or shading decorates every paragraph
            elements.append(style.element)
        style = _base(style)
    # Side by side, as Word applies them: the paragraph's own setting of a side, else its style's, and so
    # on (a paragraph that switches one side of its style's box off keeps the other three).
    settings: dict[str, BaseOxmlElement] = {}
    for element in elements:
        for line in element.xpath("./w:pPr/w:pBdr/*"):
            settings.setdefault(line.tag.rpartition("}")[2], line)
    sides = {side: f"{line.get(qn('w:val'))}/{line.get(qn('w:sz'))}/{line.get(qn('w:color'))}"
             for side, line in settings.items()
             if side in ("top", "left", "bottom", "right") and line.get(qn("w:val")) not in (None, "nil", "none")}
    shading = next((found[0] for element in elements if (found := element.xpath("./w:pPr/w:shd"))), None)
    fill = _shade_colour(shading) if shading is not None else None
    boxed = any(wanted <= sides.keys() for wanted in _BOX_SIDES)
    if not boxed and fill in _UNSHADED:
        return None
    return _Frame(";".join(f"{side}={line}" for side, line in sides.items()) if boxed else "", fill)


def _pieces(paragraph: DocxParagraph, element: BaseOxmlElement | None = None, *,
            in_link: bool = False) -> Iterator[_Piece]:
    """The paragraph's text, run by run, each with whether it shows in bold (or underlined, outside a
    link: a link's underline is its look); a hyperlink as one piece.

    Runs inside a tracked insertion, a content control or a smart tag count as
    the paragraph's own (python-docx's runs leave them out); deleted text does not.
    Hidden and struck-through text is left out, with a note.
    """
    children = list((element if element is not None else paragraph._p).iterchildren())
    run_of = [Run(child, paragraph) if child.tag == qn("w:r") else None for child in children]
    texts = iter(_run_texts([run for run in run_of if run is not None]))
    instruction, field_link = "", False  # a field's (fldChar begin, instrText, separate, its text, end)
    for child, run in zip(children, run_of, strict=True):
        if run is not None:
            text, notes = next(texts)
            for mark in child.iterchildren(qn("w:fldChar"), qn("w:instrText")):
                kind = mark.get(qn("w:fldCharType"))
                if mark.tag == qn("w:instrText"):
                    instruction += mark.text or ""
                elif kind == "begin":
                    instruction = ""
                elif kind == "separate":
                    field_link = _is_link_field(instruction)
                elif kind == "end":
                    field_link = False
            if _is_hidden(run, paragraph):
                # Word shows none of it, nor prints it: an old dose an author hid must not come back
                if text.strip():
                    yield _Piece("", "", False, (f"hidden text left out: “{text.strip()}”",), left_out=True)
                continue
            if _is_struck(run, paragraph):
                # Crossed out, as a clinic corrects a dose ("10 mg 5 mg" with the 10 mg struck): read as
                # words, it would say both; Markdown has no strike-through for the page to show
                if text.strip():
                    note = f"struck-through text left out: “{text.strip()}”; check the sentence reads as meant without it"
                    yield _Piece("", "", False, (note,), left_out=True)
                continue
            underlined = not (in_link or field_link) and _underlined(run)
            yield _Piece(text, text, _is_bold(run, paragraph) or underlined, notes)
        elif child.tag == qn("w:hyperlink"):
            runs = list(_pieces(paragraph, child, in_link=True))
            text = "".join(piece.plain for piece in runs)
            target = link_target(Hyperlink(child, paragraph).address)
            if target is None or not text.strip():
                yield from runs
            else:
                visible = [piece.bold for piece in runs if piece.plain.strip()]
                notes = tuple(note for piece in runs for note in piece.notes)
                before, after = (" " if text[:1].isspace() else ""), (" " if text[-1:].isspace() else "")
                yield _Piece(f"{before}[{_SPACES.sub(' ', text).strip()}]({target}){after}", text, all(visible), notes)
        elif child.tag in _WRAPPERS:
            yield from _pieces(paragraph, child,
                               in_link=in_link or _is_link_field(child.get(qn("w:instr")) or ""))  # w:fldSimple's
        elif child.tag in _EQUATIONS:
            text = _equation_text(child)
            if text.strip():
                note = f"an equation (Insert > Equation) read as text: “{text.strip()}”; check it reads as shown"
                yield _Piece(text, text, False, (note,))


# Word's equations (Office Math): inline (m:oMath) or on a line of their own (m:oMathPara).
_MATH = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_EQUATIONS = {f"{_MATH}oMath", f"{_MATH}oMathPara"}
_SCRIPTS = {f"{_MATH}sSup": ("sup", "superscript"), f"{_MATH}sSub": ("sub", "subscript")}


def _equation_text(element: BaseOxmlElement) -> str:
    """An equation's text as it reads: "50×10⁹" for 50×10 with a raised 9; a fraction "1/2", "(a+b)/(c+d)".

    A raised or lowered part without Unicode forms is written "^(…)" or "_(…)": read flat, "10⁻³·⁵"
    as "10-3.5" would be another number. Brackets (m:d) keep their characters (parts within them parted
    by "|", or the character they name), a root is "√(…)" ("3√(…)" of degree 3), the lines of an array
    are parted by "; ". What else Office Math draws (a matrix, an accent) reads as its
    parts one after another: the doubt on every equation asks for it to be checked.
    """
    parts = []
    for child in element.iterchildren():
        tag = child.tag.removeprefix(_MATH)
        if tag == "r":
            parts.append("".join(str(text.text or "") for text in child.iter(f"{_MATH}t", qn("w:t"))))
        elif tag in ("sSup", "sSub", "sSubSup"):
            text = _equation_text(child.find(f"{_MATH}e"))
            for name, position in (("sub", "subscript"), ("sup", "superscript")):
                if (script := child.find(f"{_MATH}{name}")) is not None:
                    inner = _equation_text(script)
                    shown = in_script(inner, position)
                    text += shown if shown != inner else f"{'^' if name == 'sup' else '_'}({inner})"
            parts.append(text)
        elif tag == "f":
            sides = [_equation_text(child.find(f"{_MATH}{side}")) for side in ("num", "den")]
            parts.append("/".join(side if re.fullmatch(r"[\w.,]+", side) else f"({side})" for side in sides))
        elif tag == "d":  # brackets, "(" and ")" and "|" between parts unless it names others
            shape = child.find(f"{_MATH}dPr")

            def drawn(name: str, default: str, shape: BaseOxmlElement | None = shape) -> str:
                said = shape.find(f"{_MATH}{name}") if shape is not None else None
                return str(said.get(f"{_MATH}val")) if said is not None else default

            inside = drawn("sepChr", "|").join(_equation_text(e) for e in child.iterchildren(f"{_MATH}e"))
            parts.append(drawn("begChr", "(") + inside + drawn("endChr", ")"))
        elif tag == "rad":  # a square root, or one of another degree: "3√(27)"
            degree = child.find(f"{_MATH}deg")
            parts.append(f"{_equation_text(degree) if degree is not None else ''}√({_equation_text(child.find(f'{_MATH}e'))})")
        elif tag == "eqArr":
            parts.append("; ".join(_equation_text(e) for e in child.iterchildren(f"{_MATH}e")))
        elif not tag.endswith("Pr"):  # m:rPr, m:sSupPr and the like say how it looks
            parts.append(_equation_text(child))
    return "".join(parts)


def _is_link_field(instruction: str) -> bool:
    """A field Word shows as a link (HYPERLINK "https://…"): its underline is the link's look."""
    return instruction.strip().upper().startswith("HYPERLINK")


def _run_text(run: Run) -> tuple[str, tuple[str, ...]]:
    """The run's text as Word shows it, with its symbols and raised or lowered digits; what was not recognised.

    A symbol comes as a w:sym, or as text in the Symbol font (Word 97's way: "\u00b3" shown as ≥) or a
    picture font; a character of the private use area shows nothing a reader knows in any font.
    """
    fonts = run._r.xpath("./w:rPr/w:rFonts/@w:ascii | ./w:rPr/w:rFonts/@w:hAnsi")
    run_font = next((str(font) for font in fonts if _draws_symbols(str(font))), "")
    parts, notes = [], []
    for child in run._r.xpath(_RUN_CONTENT):
        if child.tag == qn("w:sym"):
            font, char = child.get(qn("w:font")) or "", child.get(qn("w:char")) or ""
            codes = [int(char, 16)] if re.fullmatch(r"[0-9A-Fa-f]{1,6}", char) else [-1]
        elif child.tag == qn("w:t") and (run_font or _PRIVATE_USE.search(str(child))):
            font, codes = run_font, [ord(ch) for ch in str(child)]
        elif child.tag == qn("w:br") and child.get(qn("w:type")) in ("page", "column"):
            parts.append(" ")  # the words before and after it are two words (python-docx reads it as "")
            continue
        else:
            parts.append(str(child))
            continue
        for code in codes:
            symbol = _symbol(font, code)
            if symbol is None:
                symbol = _UNKNOWN_SYMBOL
                where = f"the font {font!r}" if font else "the text's font"
                notes.append(f"a symbol of {where} (character {code:04X}) was not recognised: "
                             f"shown as {_UNKNOWN_SYMBOL}; type it in by hand")
            parts.append(symbol)
    text = "".join(parts)
    # The author's own All Caps on a run shows "do not" as "DO NOT": the emphasis is in the letters.
    # (A style's capitals are its look, as a heading style's: left as typed.)
    return (text.upper() if run.font.all_caps else text), tuple(notes)


def _run_texts(runs: list[Run]) -> list[tuple[str, tuple[str, ...]]]:
    """Each run's text (:func:`_run_text`), raised or lowered in Unicode's forms where Word sets it so.

    Runs set on one another in one position are one number to raise ("-3" and ".5", as Word
    often splits them): in Unicode's forms, unless one of them has a digit without a form; then all
    flat, with a note (half raised, "10⁻³.5" would read as another number).
    """
    read = [_run_text(run) for run in runs]
    positions = [_vertical_align(run) for run in runs]
    out: list[tuple[str, tuple[str, ...]]] = []
    for position, group in itertools.groupby(zip(positions, read, strict=True), key=lambda pair: pair[0]):
        texts = [text_and_notes for _, text_and_notes in group]
        if position not in ("superscript", "subscript"):
            out += texts
            continue
        whole = "".join(text for text, _ in texts)
        scripted = [(in_script(text, position), notes) for text, notes in texts]
        # Each run in its form, unless that leaves a digit flat among raised ones: "¹", "," and "²" read
        # "¹,²", but "-3" and ".5" would read "⁻³.5", another number.
        if not any(text == raised and any(char.isdecimal() for char in text)
                   for (text, _), (raised, _) in zip(texts, scripted, strict=True)):
            out += scripted
            continue
        if any(char.isdecimal() for char in whole):  # as the PDF importer reads and says it
            note = flat_script_note(whole.strip(), position)
            # kept apart from the number before it: "10" and a raised "-3.5" run together read as a range
            apart = " " if out and out[-1][0][-1:].strip() and not whole[:1].isspace() else ""
            texts[0] = (apart + texts[0][0], (*texts[0][1], note))
        out += texts
    return out


def _draws_symbols(font: str) -> bool:
    return font.lower() == "symbol" or font.lower() in _PICTURE_FONTS


def _symbol(font: str, code: int) -> str | None:
    """The Unicode character Word draws for ``code`` in ``font``, or None when that is no character."""
    if not 0 <= code <= 0x10FFFF:
        return None
    if chr(code).isspace():
        return chr(code)
    if font.lower() == "symbol":
        # Word names a place of the Symbol font F0B3 as well as B3
        return _SYMBOL_FONT.get(code - 0xF000 if 0xF000 <= code <= 0xF0FF else code)
    if code < 0x20 or _PRIVATE_USE.match(chr(code)) or font.lower() in _PICTURE_FONTS:
        return None  # a picture font (Wingdings) draws its own shapes at the places of letters
    return chr(code)


def _vertical_align(run: Run) -> str | None:
    """"superscript", "subscript" or "baseline" as Word shows the run: its own setting, else its character style's."""
    values = run._r.xpath("./w:rPr/w:vertAlign/@w:val")
    style: CharacterStyle | None = run.style
    while not values and style is not None:
        values = style.element.xpath("./w:rPr/w:vertAlign/@w:val")
        style = _base(style)
    return str(values[0]) if values else None


def _is_bold(run: Run, paragraph: DocxParagraph) -> bool:
    """Bold as Word shows it (:func:`_as_set`), not counting the document's default style (Normal): in bold,
    it is the document's type, no emphasis."""
    return bool(_as_set(run, paragraph, lambda font: font.bold, skip_default=True))


def _as_set(run: Run, paragraph: DocxParagraph, setting: Callable[[Font], Any], *, skip_default: bool = False) -> Any:
    """A font setting as Word applies it: the run's own, else its character style's, else its paragraph style's
    (each style's, else the style it is based on); None where none sets it."""
    if (own := setting(run.font)) is not None:
        return own
    styles: tuple[CharacterStyle | None, ...] = (run.style, paragraph.style)
    for style in styles:
        while style is not None:
            if (value := setting(style.font)) is not None and not (skip_default and _is_default(style)):
                return value
            style = _base(style)
    return None


def _is_hidden(run: Run, paragraph: DocxParagraph) -> bool:
    """Hidden text (w:vanish) as Word shows it (:func:`_as_set`)."""
    return bool(_as_set(run, paragraph, lambda font: font.hidden))


def _is_struck(run: Run, paragraph: DocxParagraph) -> bool:
    """Struck through, once or twice (w:strike, w:dstrike), as Word shows it (:func:`_as_set`)."""
    return bool(_as_set(run, paragraph, lambda font: font.strike)
                or _as_set(run, paragraph, lambda font: font.double_strike))


def _underlined(run: Run) -> bool:
    """The author underlined the run ("you must <u>not</u> drive"): emphasis, marked as bold is.

    A hyperlink's underline comes from its style, not the run, and is not asked about here.
    """
    return run.underline not in (None, False, WD_UNDERLINE.NONE)


def _is_default(style: BaseStyle) -> bool:
    """Is ``style`` the document's default (Normal; Default Paragraph Font): its looks are the page's, not
    a paragraph's own?"""
    return style.element.get(qn("w:default")) == "1"


def _closed_up(pieces: Sequence[_Piece]) -> list[_Piece]:
    """``pieces`` with the space after text left out gone where one stands before it ("Take 10 mg 5 mg", the
    10 mg struck, reads "Take 5 mg", not "Take  5 mg")."""
    out: list[_Piece] = []
    after_gap = False  # text was left out since the last piece read, which ended with a space
    for piece in pieces:
        if piece.left_out:
            after_gap = after_gap or bool(out and out[-1].plain.endswith(" "))
            continue
        if (after_gap or (out and out[-1].marked.endswith(" "))) and piece.marked.startswith(" "):
            # one space where two pieces meet (a link keeps its words' outer spaces outside its brackets)
            piece = replace(piece, marked=piece.marked.lstrip(" "), plain=piece.plain.lstrip(" "))
        after_gap = after_gap and not piece.plain
        out.append(piece)
    return out


def _compose(pieces: Sequence[_Piece]) -> tuple[str, str, bool]:
    """(text with bold and link marks, plain text, all in bold) of a paragraph's pieces.

    Bold is marked here only inside a paragraph that is not all bold; one in bold
    throughout is marked whole where it becomes a paragraph or list item
    (:func:`_emphasised`), and not where it becomes a heading or a box's label.
    """
    pieces = [_Piece(_clean(p.marked), _clean(p.plain), p.bold) for p in _closed_up(pieces) if p.plain]
    # A space between two bold words is part of their bold ("DO" + " " + "NOT": one run, not "**DO** **NOT**")
    pieces = [replace(piece, bold=True) if not piece.plain.strip() and 0 < i < len(pieces) - 1
              and pieces[i - 1].bold and pieces[i + 1].bold else piece for i, piece in enumerate(pieces)]
    plain = _tidy("".join(p.plain for p in pieces))
    visible = [p.bold for p in pieces if p.plain.strip()]
    all_bold = bool(visible) and all(visible)
    merged: list[_Piece] = []
    for piece in pieces:
        if merged and (merged[-1].bold == piece.bold or all_bold or not any(visible)):
            last = merged[-1]
            merged[-1] = _Piece(last.marked + piece.marked, last.plain + piece.plain, last.bold)
        else:
            merged.append(piece)
    bold_marks = not all_bold and any(visible)
    if bold_marks:
        merged = _bold_that_reads(merged)
    marked = "".join(_mark_bold(p.marked) if p.bold and bold_marks else p.marked for p in merged)
    return _tidy(marked), plain, all_bold


def _bold_that_reads(pieces: list[_Piece]) -> list[_Piece]:
    """The pieces, a bold one whose marks would show as asterisks ("5" and a bold "%": "5**%**") with as little
    of the punctuation at its edges as it takes left outside its marks ("Dose(**a**)b",
    "**IMPORTANT (read this)**:Do"); its letters and digits stay bold. Not marked at all: punctuation alone,
    and words whose brackets every such cut would part ("**2 (two**)")."""
    out: list[_Piece] = []
    for i, piece in enumerate(pieces):
        before = pieces[i - 1].marked if i else ""
        after = pieces[i + 1].marked if i + 1 < len(pieces) else ""
        words = piece.marked.strip()  # :func:`_mark_bold` leaves the spaces around them outside the marks
        lead_space = piece.marked[:len(piece.marked) - len(piece.marked.lstrip())]
        trail_space = piece.marked[len(piece.marked.rstrip()):]
        # A hyperlink's piece is marked [text](target): left as it is (its bold may show asterisks).
        if (not piece.bold or not words or piece.marked != piece.plain
                or reads_as_bold(before + lead_space, words, trail_space + after)):
            out.append(piece)
            continue
        # the pattern matches any text (each part may be empty)
        lead, core, trail = _EDGE_PUNCTUATION.fullmatch(piece.marked).groups()  # type: ignore[union-attr]
        cuts = [(lead[:start], lead[start:] + core + trail[:len(trail) - end], trail[len(trail) - end:])
                for start in range(len(lead) + 1) for end in range(len(trail) + 1)]
        lead, core, trail = min(
            (cut for cut in cuts if cut[1].strip() and _balanced(cut[1])
             and reads_as_bold(before + cut[0], cut[1], cut[2] + after)),
            key=lambda cut: len(cut[0]) + len(cut[2]), default=(piece.marked, "", ""))  # none: not bold
        out += [_Piece(text, text, bold, piece.notes) for text, bold in ((lead, False), (core, True), (trail, False))
                if text]
    return out


def _balanced(text: str) -> bool:
    """Does every bracket and quote in ``text`` close inside it, in order ("(b) (c)" yes, "b) (c" no)?"""
    for opening, closing in ("()", "[]", "“”", "‘’"):
        depth = 0
        for char in text:
            depth += (char == opening) - (char == closing)
            if depth < 0:
                return False
        if depth:
            return False
    return text.count('"') % 2 == 0


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\u00ad", ""))


def _mark_bold(text: str) -> str:
    """``**text**`` line by line, with the spaces around it left outside the marks."""
    lines = []
    for line in text.split("\n"):
        core = line.strip()
        if core:
            start = line.index(core)
            line = f"{line[:start]}**{core}**{line[start + len(core):]}"
        lines.append(line)
    return "\n".join(lines)


def _emphasised(para: _Para) -> str:
    """The paragraph's text for a paragraph, list item or box's paragraph: in bold throughout, marked so
    (the bold is the author's emphasis: "DO NOT drive for 24 hours."); a heading style's text is never marked."""
    return _mark_bold(para.text) if para.all_bold and para.style_level is None else para.text


def _tidy(text: str) -> str:
    return "\n".join(" ".join(line.split(" ")).strip() for line in text.split("\n")).strip("\n")


def _style_level(style: BaseStyle | None) -> int | None:
    """0 for a Title paragraph, N for Heading N (also for a style based on one), else None."""
    while style is not None:
        if style.name == "Title":
            return 0
        match = _HEADING_STYLE.match(style.name or "")
        if match:
            return int(match[1])
        style = _base(style)
    return None


# -- numbering ---------------------------------------------------------------------------------


class _Numbering:
    """Word's list numbering: which paragraphs are list items, how deep, bullets or numbers, which number."""

    def __init__(self, document: docx.document.Document):
        try:
            element = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            element = None  # a document without lists has no numbering part
        # A numbering part whose root is not w:numbering (damaged) says nothing: lists then go by their styles.
        self._element = element if isinstance(element, CT_Numbering) else None
        self._counters: dict[tuple[int, int], int] = {}

    def place(self, paragraph: DocxParagraph) -> _ListPlace | None:
        own_id, own_ilvl = _num_pr(paragraph._p)
        if own_id == 0:
            return None  # numbering switched off on this paragraph
        style_name, style_id, style_ilvl = self._style_numbering(paragraph.style)
        num_id = own_id if own_id is not None else style_id
        style_kind = _LIST_STYLE.match(style_name or "")
        if num_id is None and style_kind is None:
            return None
        ilvl = next((value for value in (own_ilvl, style_ilvl) if value is not None), 0)
        if own_ilvl is None and style_kind is not None:
            level = int(style_kind[2] or 1) - 1  # "List Bullet 2" is the second level, numbered on a list of its own
        else:
            level = ilvl
        fmt, start = self._format(num_id, ilvl)
        if fmt is None:
            ordered = style_kind is not None and style_kind[1] == "Number"
        else:
            ordered = fmt not in ("bullet", "none")
        list_id = num_id if num_id is not None else -1
        number = self._count(list_id, level, start)  # a bullet counts too: the numbers under it start again
        return _ListPlace(level, ordered, list_id, number if ordered else 1)

    def _count(self, num_id: int, level: int, start: int) -> int:
        """The item's number as Word shows it: counting on within a list, restarting deeper levels."""
        number = self._counters.get((num_id, level), start - 1) + 1
        self._counters[(num_id, level)] = number
        for key in [k for k in self._counters if k[0] == num_id and k[1] > level]:
            del self._counters[key]
        return number

    @staticmethod
    def _style_numbering(style: BaseStyle | None) -> tuple[str | None, int | None, int | None]:
        """The paragraph style's name and the numbering (id, level) it or a style it is based on sets."""
        name = style.name if style is not None else None
        while style is not None:
            num_id, ilvl = _num_pr(style.element)
            if num_id is not None:
                return name, num_id, ilvl
            style = _base(style)
        return name, None, None

    def _format(self, num_id: int | None, ilvl: int) -> tuple[str | None, int]:
        """The number format ("bullet", "decimal", "lowerLetter", ...) and first number of a list level."""
        if self._element is None or num_id is None:
            return None, 1
        override = self._element.xpath(f'./w:num[@w:numId="{num_id}"]/w:lvlOverride[@w:ilvl="{ilvl}"]')
        start_override = override[0].xpath("./w:startOverride/@w:val") if override else []
        abstract = self._element.xpath(f'./w:num[@w:numId="{num_id}"]/w:abstractNumId/@w:val')
        if not abstract:
            return None, 1
        abstract = self._linked(abstract)
        level = self._element.xpath(f'./w:abstractNum[@w:abstractNumId="{abstract[0]}"]/w:lvl[@w:ilvl="{ilvl}"]')
        if not level:
            return None, 1
        fmt = level[0].find(qn("w:numFmt"))
        start = level[0].find(qn("w:start"))
        first = start_override[0] if start_override else (start.get(qn("w:val")) if start is not None else "1")
        return (fmt.get(qn("w:val")) if fmt is not None else "decimal"), int(first)


    def _linked(self, abstract: list[str]) -> list[str]:
        """The list a list style defines, where ``abstract`` only names that style (w:numStyleLink: Word's
        Define New List Style, its levels kept in the list that links the style, w:styleLink)."""
        assert self._element is not None
        style = self._element.xpath(f'./w:abstractNum[@w:abstractNumId="{abstract[0]}"]/w:numStyleLink/@w:val')
        if not style:
            return abstract
        return [definition.get(qn("w:abstractNumId")) for definition in self._element.iterchildren(qn("w:abstractNum"))
                if (link := definition.find(qn("w:styleLink"))) is not None and link.get(qn("w:val")) == style[0]
                ][:1] or abstract


def _num_pr(element: BaseOxmlElement) -> tuple[int | None, int | None]:
    """The numbering (w:numPr) a paragraph or a style sets itself: its list id and level, each or None."""
    num_id = element.xpath("./w:pPr/w:numPr/w:numId/@w:val")
    ilvl = element.xpath("./w:pPr/w:numPr/w:ilvl/@w:val")
    return (int(num_id[0]) if num_id else None), (int(ilvl[0]) if ilvl else None)


def _base(style: BaseStyle) -> CharacterStyle | None:
    """The style ``style`` is based on (paragraph styles are character styles too, in python-docx)."""
    base = style.base_style if isinstance(style, CharacterStyle) else None
    return base if isinstance(base, CharacterStyle) else None


def _list_blocks(entries: Sequence[_Para]) -> list[ListBlock]:
    """Consecutive list paragraphs as lists, nested by level; a new list where the kind changes."""
    levelled: list[tuple[int, _Para]] = []
    for entry in entries:
        assert entry.list_place is not None
        # A level deeper than one below its parent item nests one level below it.
        ceiling = levelled[-1][0] + 1 if levelled else 0
        levelled.append((min(entry.list_place.level, ceiling), entry))
    blocks, _ = _build_lists(levelled, 0, 0)
    return blocks


def _build_lists(entries: Sequence[tuple[int, _Para]], i: int, level: int) -> tuple[list[ListBlock], int]:
    blocks = []
    while i < len(entries) and entries[i][0] == level:
        first = entries[i][1].list_place
        assert first is not None
        items = []
        last = first
        while i < len(entries) and entries[i][0] == level and _same_list(entries[i][1].list_place, first, last):
            entry = entries[i][1]
            assert entry.list_place is not None
            last = entry.list_place
            sublists, i = _build_lists(entries, i + 1, level + 1)
            items.append(ListItem(_emphasised(entry), tuple(sublists), entry.number))
        start = first.number if first.ordered else 1
        blocks.append(ListBlock(tuple(items), ordered=first.ordered, start=start, line=items[0].line))
    return blocks, i


def _same_list(place: _ListPlace | None, first: _ListPlace, last: _ListPlace) -> bool:
    """Does ``place`` go on with the list of ``first``, whose item before it is at ``last``? Numbers typed by hand
    go on only counting on ("1.", "3.": two lists, as typed)."""
    return (place is not None and place.ordered == first.ordered and place.num_id == first.num_id
            and (place.num_id != _TYPED_NUMBERS or place is first or place.number == last.number + 1))


# -- tables and boxes --------------------------------------------------------------------------


def _table_cells(table: DocxTable, number: int, numbering: _Numbering) -> tuple[list[list[list[_Para]]], int]:
    """Every row's cells as their paragraphs, a merged cell's once (its other places empty); how many cells.

    A row that starts after the first column or ends before the last (w:gridBefore, w:gridAfter) has
    empty places there: its doses stay under their own columns.
    """
    seen: set[object] = set()
    rows = []
    for row in table.rows:
        cells: list[list[_Para]] = [[] for _ in range(row.grid_cols_before)]
        for cell in row.cells:
            if cell._tc in seen:
                cells.append([])
                continue
            seen.add(cell._tc)
            cells.append(_cell_paras(cell, number, numbering))
        rows.append(cells + [[] for _ in range(row.grid_cols_after)])
    return rows, len(seen)


def _cell_paras(cell: _Cell, number: int, numbering: _Numbering) -> list[_Para]:
    """A cell's paragraphs with text, in reading order: its text boxes' after their paragraph, a table's row by row."""
    paras = []
    for content in _body(cell._tc, cell):
        for item in _contents(content, cell, number, numbering):
            if isinstance(item, _Para):
                paras.append(item)
                continue
            nested, _ = _table_cells(item.table, number, numbering)
            rows = [[p for cell_paras in row for p in cell_paras if p.plain] for row in nested]
            for i, row_paras in enumerate(row for row in rows if row):
                notes = tuple(note for p in row_paras for note in p.notes)
                paras.append(_Para(number, _joined([p.text for p in row_paras]), _joined([p.plain for p in row_paras]),
                                   None, all(p.all_bold for p in row_paras), None,
                                   (_NESTED_TABLE_READ, *notes) if i == 0 else notes))
    return [p for p in paras if p.plain or p.notes]


def _joined(parts: Sequence[str]) -> str:
    """Parts of a cell (paragraphs, list items, lines) on one line, kept apart: "; " unless a part ends a sentence.

    A Markdown table cell is one line, and a line break in it would be lost as a space.
    """
    text = ""
    for line in (line.strip() for part in parts for line in part.split("\n")):
        if not line:
            continue
        if text:
            text += " " if text.rstrip("*").endswith((".", "!", "?", ":", ";", ",")) else "; "
        text += line
    return text


def _cell_text(paras: Sequence[_Para], *, header: bool = False) -> str:
    """A cell's text; a paragraph in it all in bold marked so ("**DO NOT take your next dose.**"), unless
    it is a header's or a label's ("Fever": a heading's shape), whose bold is the table's look."""
    return _joined([p.text if header or _looks_like_heading(p) else _emphasised(p) for p in paras if p.plain])


def _shaded(table: DocxTable) -> bool:
    return any(_shade_colour(shading) not in _UNSHADED for shading in table._tbl.xpath(".//w:shd"))


def _shade_colour(shading: BaseOxmlElement) -> str | None:
    """The colour a w:shd paints: its fill, or the pattern's colour when the pattern is solid (or a
    percentage of it), as Word's Shading > Style writes it (``w:val="solid" w:color="FFFF00" w:fill="auto"``)."""
    pattern, colour = shading.get(qn("w:val")), shading.get(qn("w:color"))
    if pattern in (None, "clear", "nil"):
        return shading.get(qn("w:fill"))
    return "000000" if colour in (None, "auto") else colour  # an "auto" pattern is black (a pct20 is grey)


def _box(number: int, paras: list[_Para], shaded: bool, drawn_as: str, *,
         signed: bool = False) -> tuple[list[Block], list[Doubt]]:
    """A box (a table of one cell, or paragraphs Word draws a border around): a warning box when it starts
    with "Warning", "Important", ... or opens with an instruction ("DO NOT", "Never") or is ``signed``
    (a warning sign beside it), an important notice when it is shaded. ``drawn_as`` says which, in a doubt."""
    paras = [p for p in paras if p.plain]
    if not paras:
        return [], []
    match = _ALERT_START.match(paras[0].plain)
    instruction = match is None and (signed or _framed_warning(paras))
    if match is None and not shaded and not instruction:
        doubt = Doubt(number, paras[-1].number, f"a box ({drawn_as}) read as plain paragraphs")
        return _body_blocks(paras), [doubt]
    doubts = []
    if match is not None:
        kind = ALERT_LABELS[" ".join(match["label"].lower().split())]
        rest = after_label(_without_label(paras[0].text))
        first = paras[0]
        if rest:
            paras[0] = _Para(first.number, rest, after_label(_ALERT_START.sub("", first.plain, count=1)), None,
                             first.all_bold, first.list_place, first.notes)
        elif len(paras) == 1:  # nothing but the label: no empty box
            return [Paragraph(first.text, first.number)], [
                Doubt(number, number, f"a box ({drawn_as}) holding only its label, read as a paragraph")]
        else:
            paras = paras[1:]
    elif instruction:
        kind = AlertKind.WARNING
        opening = " ".join(paras[0].plain.strip(" *").split()[:3])
        why = "beside a warning sign" if signed else f"opening “{opening}”"
        doubts.append(Doubt(number, paras[-1].number, f"a box ({drawn_as}) {why} taken as a warning"))
    else:
        kind = AlertKind.IMPORTANT
        doubts.append(Doubt(number, paras[-1].number, "a shaded box taken as an important notice"))
    inner = [b for b in _body_blocks(paras) if isinstance(b, (Paragraph, ListBlock))]
    return [Alert(kind, tuple(inner), number)], doubts


# What a clinic frames to make it stand out as a warning: "DO NOT drive for 24 hours", "You must
# bring someone". Not a courtesy ("Do not hesitate to call us"), nor "Stop"/"Avoid", which open
# the names of services ("Stop Smoking Service"); at most a few paragraphs (not a frame around a section).
_WARNING_OPENING = re.compile(r"(?:do not|don['’]t|never|you must)\b(?! (?:hesitate|forget)\b)", re.IGNORECASE)
_WARNING_PARAGRAPHS = 3


def _framed_warning(paras: Sequence[_Para]) -> bool:
    """Does a box without a label read as a warning: a few paragraphs, the first telling the patient what not to do?"""
    first = paras[0].plain.strip(" *")
    return (len(paras) <= _WARNING_PARAGRAPHS and _WARNING_OPENING.match(first) is not None
            and reads_as_instruction(first))


def _without_label(text: str) -> str:
    """A box's first paragraph without its label, its bold marks kept paired.

    "**Warning: DO NOT** take" was one bold run: the words after the label stay bold.
    """
    match = _ALERT_START.match(text)
    if match is None:
        return text.strip()
    rest = text[match.end():]
    if match["open"] and not match["shut"]:
        rest = rest[2:] if rest.startswith("**") else "**" + rest  # "**Warning:** take" closed the label's bold
    return rest.strip()


def _body_blocks(paras: Sequence[_Para]) -> list[Block]:
    """Paragraphs and lists, for the inside of a box."""
    blocks: list[Block] = []
    i = 0
    while i < len(paras):
        if paras[i].list_place is not None:
            j = i
            while j < len(paras) and paras[j].list_place is not None:
                j += 1
            blocks += _list_blocks(paras[i:j])
            i = j
        else:
            blocks.append(Paragraph(_emphasised(paras[i]), paras[i].number))
            i += 1
    return blocks


# -- the outline -------------------------------------------------------------------------------


def _tab_charts(items: Sequence[_Para | _TableItem], title: _Para) -> list[Doubt]:
    """A doubt for each chart typed with tabs: read as text, it is to be made a Word table.

    Two paragraphs or more in a row, each with words set out at tab stops, one at least with three
    ("Day<Tab>Morning<Tab>Evening", "Monday<Tab>1 tablet<Tab>2 tablets"), none the title, a list item,
    heading or framed: read as sentences, a dose loses the time of day it goes with. Which word goes in
    which column cannot be told from tabs (some line words up, two may part an empty cell), so no table
    is guessed. A label and its value ("Tel:<Tab>020 7946 0000") read well as text, and are not counted.
    """
    doubts: list[Doubt] = []
    run: list[_Para] = []
    for item in [*items, None]:  # None: the end, which ends the last run
        if (isinstance(item, _Para) and item is not title and item.cells and not item.cells[0].endswith(":")
                and item.list_place is None and item.style_level is None and item.frame is None):
            run.append(item)
            continue
        if len(run) >= 2 and any(sum(bool(cell) for cell in line.cells) >= 3 for line in run):
            doubts.append(Doubt(run[0].number, run[-1].number, (
                f"{len(run)} lines set out in columns with tabs, read as text: if they are a table (a dose chart), "
                "make it a Word table (Insert > Table) and import again")))
        run = []
    return doubts


def _outline(items: Sequence[_Para | _TableItem], numbering: _Numbering, path: Path, body_size: float | None
             ) -> Outline:
    paras = [item for item in items if isinstance(item, _Para) and item.plain]
    if not paras and not any(isinstance(item, _TableItem) for item in items):
        raise SourceError("no text in the Word document", path)
    # what a paragraph's reading left to check is reported even where the paragraph has no text of its own
    doubts = [Doubt(p.number, p.number, note) for p in items if isinstance(p, _Para) for note in p.notes]
    title_para = (
        next((p for p in paras if p.style_level == 0), None)
        or next((p for p in paras if p.style_level == 1), None)
    )
    if title_para is None:
        title_para = next((p for p in paras if p.list_place is None), None)
        if title_para is None:
            raise SourceError("no paragraph to take as the title", path)
        doubts.append(Doubt(title_para.number, title_para.number,
                            "taken as the title (no paragraph has the Title or Heading 1 style)"))
    doubts += _tab_charts(items, title_para)
    body_size = _most_used_size(paras, body_size)
    levels = [p.style_level for p in paras if p is not title_para and p.style_level]
    shift = 2 - min(levels) if levels else 0  # the document's top heading level becomes a section (##)

    blocks: list[Block] = []
    section_level = 1
    i = 0
    while i < len(items):
        item = items[i]
        i += 1
        if isinstance(item, _TableItem):
            new_blocks, new_doubts = _table_blocks(item, numbering)
            blocks += new_blocks
            doubts += new_doubts
            continue
        if item is title_para or not item.plain:
            continue
        if item.frame is not None and (item.style_level is None
                                       or _labels_its_box(item, items[i] if i < len(items) else None)):
            framed, after = _framed_run(items, i - 1, title_para)
            if not _heading_bar(framed):
                i = after
                shaded = any(p.frame is not None and p.frame.shaded for p in framed)
                new_blocks, new_doubts = _box(item.number, framed, shaded, "paragraphs with a border")
                blocks += new_blocks
                doubts += new_doubts
                continue
        if item.list_place is not None:
            entries = [item]
            while i < len(items) and _continues_list(items[i], item.frame):
                next_item = items[i]
                assert isinstance(next_item, _Para)
                if next_item.plain:
                    entries.append(next_item)
                i += 1
            blocks += _list_blocks(entries)
        elif item.style_level is not None:
            section_level = min(max(item.style_level + shift, 2), 6)
            blocks.append(Heading(item.plain, section_level, item.number))
        elif _looks_like_heading(item) or _in_large_type(item, body_size):
            level = min(section_level + 1, 6) if section_level > 1 else 2
            blocks.append(Heading(item.plain, level, item.number))
            looks = "all in bold" if item.all_bold else "in larger type than the body's"
            doubts.append(Doubt(item.number, item.number, f"taken as a heading (a short paragraph {looks})"))
        else:
            blocks.append(Paragraph(_emphasised(item), item.number))
            if _short_bold_line(item) and reads_as_instruction(item.plain):
                doubts.append(Doubt(item.number, item.number, "a short paragraph all in bold read as an instruction, "
                                                              "not a heading"))
    return Outline(title_para.plain.replace("\n", " "), tuple(blocks), tuple(sorted(doubts, key=_doubt_order)))


def _doubt_order(doubt: Doubt) -> tuple[int, int]:
    return doubt.first_line, doubt.last_line


def _framed_run(items: Sequence[_Para | _TableItem], start: int, title: _Para) -> tuple[list[_Para], int]:
    """The paragraphs of the box whose first is ``items[start]``, and the index of the item after the box.

    Consecutive paragraphs with the same frame (empty ones too; not a heading, not
    the title; the first may be a label in a heading style). A box holding only its
    label ("Warning" on a bar of its own colour) takes the box drawn right after it as its text.
    """
    first = items[start]
    assert isinstance(first, _Para) and first.frame is not None
    end = start + 1
    while end < len(items) and isinstance(following := items[end], _Para) and following is not title \
            and following.frame == first.frame and following.style_level is None:
        end += 1
    run = [p for p in items[start:end] if isinstance(p, _Para)]
    texts = [p for p in run if p.plain]
    if (len(texts) == 1 and _ALERT_START.match(texts[0].plain) and not _without_label(texts[0].text)
            and end < len(items) and isinstance(body := items[end], _Para) and body is not title
            and body.frame is not None and body.style_level is None):
        more, end = _framed_run(items, end, title)
        run += more
    return run, end


def _labels_its_box(heading: _Para, following: _Para | _TableItem | None) -> bool:
    """A box's label ("Warning", "Important") set in a heading style inside the box's border or shading,
    the box going on after it: the label of a warning box, not a section's heading."""
    return (heading.style_level is not None and heading.style_level > 0
            and _ALERT_START.match(heading.plain) is not None and not _without_label(heading.text)
            and isinstance(following, _Para) and following.frame == heading.frame and following.style_level is None)


def _heading_bar(framed: Sequence[_Para]) -> bool:
    """A box of one short paragraph all in bold, without a label: a heading on a coloured bar, not a box."""
    texts = [p for p in framed if p.plain]
    return len(texts) == 1 and not _ALERT_START.match(texts[0].plain) and _looks_like_heading(texts[0])


def _continues_list(item: _Para | _TableItem, frame: _Frame | None) -> bool:
    """A list item in the same frame (or none), or an empty paragraph between two (a blank line does not end
    a Word list)."""
    return isinstance(item, _Para) and item.frame == frame and (item.list_place is not None or not item.plain)


def _short_bold_line(para: _Para) -> bool:
    """A short paragraph all in bold that does not end like a sentence or a lead-in: a heading's shape."""
    return para.all_bold and _heading_shaped(para.plain)


def _heading_shaped(text: str) -> bool:
    """Short, one line, not ending like a sentence or a lead-in (in bold: a heading, but for an instruction)."""
    return len(text) <= _LOOKS_LIKE_HEADING_MAX and "\n" not in text and not text.endswith(_SENTENCE_OR_LEAD_IN_END)


# Type this much larger than the body's, on a short line, makes a heading ("Before the injection" at 14 pt).
_LARGE_TYPE = 1.2


def _in_large_type(para: _Para, body_size: float | None) -> bool:
    """A short paragraph set in larger type than the body's (not in bold): a heading's shape, but for an instruction."""
    return (body_size is not None and para.size is not None and para.size >= body_size * _LARGE_TYPE
            and _heading_shaped(para.plain) and not reads_as_instruction(para.plain))


def _looks_like_heading(para: _Para) -> bool:
    """A heading's shape, and not an instruction in bold ("Do not drive")."""
    return _short_bold_line(para) and not reads_as_instruction(para.plain)


def _table_blocks(item: _TableItem, numbering: _Numbering) -> tuple[list[Block], list[Doubt]]:
    cells, count = _table_cells(item.table, item.number, numbering)
    notes = dict.fromkeys(note for row in cells for paras in row for p in paras for note in p.notes)
    doubts = [Doubt(item.number, item.number, note) for note in notes]
    if count == 1:
        blocks, box_doubts = _box(item.number, next((paras for row in cells for paras in row if paras), []),
                                  _shaded(item.table), "a table of one cell")
        return blocks, doubts + box_doubts
    filled = [row for row in cells if any(p.plain for paras in row for p in paras)]
    if not filled:
        return [], doubts
    if (drawn := _drawn_as_box(filled)) is not None:
        paras, drawn_as, signed = drawn
        blocks, box_doubts = _box(item.number, paras, _shaded(item.table), drawn_as, signed=signed)
        return blocks, doubts + box_doubts
    rows = [[_cell_text(paras, header=i == 0) for paras in row] for i, row in enumerate(filled)]
    header, *body = rows
    if any(len(cell) > _LAYOUT_CELL for row in rows for cell in row):
        doubts.append(Doubt(item.number, item.number,
                            "a table whose cells hold long text (a table for the page's layout?), kept as a table"))
    return [Table(tuple(header), tuple(tuple(row) for row in body), item.number)], doubts


# What a clinic puts in a cell beside a box's text to make it a warning
_WARNING_SIGNS = {"⚠", "⚠\ufe0f", "!", "❗", "‼", "❢"}


def _drawn_as_box(rows: list[list[list[_Para]]]) -> tuple[list[_Para], str, bool] | None:
    """A table Word draws as a box, not a table: its paragraphs, how it is drawn, and whether a warning sign
    stands beside it. A column under a label row ("WARNING" on a bar of its own colour, the text below it),
    or one row of a cell with no word (a sign, a picture) beside one with the text."""
    with_text = [[paras for paras in row if any(p.plain for p in paras)] for row in rows]
    if len(rows) > 1 and all(len(cells) == 1 for cells in with_text):
        label = [p for p in with_text[0][0] if p.plain]
        if len(label) == 1 and _ALERT_START.match(label[0].plain) and not _without_label(label[0].text):
            return [p for cells in with_text for p in cells[0]], "a table of one column under its label", False
    if len(rows) == 1 and len(rows[0]) == 2:
        wordless = [paras for paras in rows[0] if not any(char.isalnum() for p in paras for char in p.plain)]
        if len(wordless) == 1:
            (text,) = [paras for paras in rows[0] if paras is not wordless[0]]
            sign = "".join(p.plain for p in wordless[0]).strip()
            return text, "a table of a sign or picture beside text", sign in _WARNING_SIGNS
    return None
