"""Import a clinic's PDF original (``source/raw/<slug>.pdf``) into an :class:`Outline`.

pdfplumber gives every word with its font and position. This module turns
them into the lines a reader sees, in the order a reader reads them, and hands
them to :func:`pipeline.source.rawtext.outline_from_lines`, the same guesswork
that reads text extracted from a PDF, now with each line's font size,
boldness, left edge and page (so headings are found by size and weight, and
headers and footers by their repetition across pages):

- a line is the words on one baseline, cut where a wide gap separates two
  texts (a header's left and right parts);
- a page in two columns is read left column first, found by a vertical gutter
  no word crosses; a narrow column beside the main text (a sidebar) is read
  after the main one, with a :class:`Doubt`; two sides whose short lines pair
  up row by row are a table without rules, read as a table;
- a table without rules in three columns or more with empty cells (a dose
  chart) is read by the columns of its header row, each word under the column
  it stands in, a cell wrapped onto two lines kept one cell where the rows
  stand further apart than a cell's lines, with a :class:`Doubt`; when its
  columns cannot be told, row by row as text, with a :class:`Doubt`;
- a ruled table becomes a :class:`Table` of its cells, not lines; a box drawn
  around (or shaded behind) a few lines becomes a warning box, of the kind its
  label says ("Important", "Warning") or, without one, an important notice
  with a :class:`Doubt`;
- a larger vertical gap than the lines' spacing is a blank line (a paragraph
  break), as it would be in extracted text; so is a page's end, except inside
  a sentence that goes on at the top of the next page;
- a word set on without a gap, higher or lower than the text, is a
  superscript or subscript ("10⁹/L", "CO₂"), in lines and table cells alike;
- bold words inside a line, and words under a tel:, mailto: or web link, are
  marked once the outline is made, in the block their line went into.

Line numbers in the outline's doubts count the lines in that reading order.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from statistics import median
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdftypes import resolve1
from pdfminer.psexceptions import PSException
from pdfminer.psparser import PSLiteral
from pdfplumber.page import Page
from pdfplumber.table import Table as PdfTable
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from pipeline.core.errors import SourceError
from pipeline.source.outline import (
    SCRIPT_CHARACTERS,
    Alert,
    AlertKind,
    Block,
    Doubt,
    ListBlock,
    Outline,
    Paragraph,
    RawLine,
    Table,
    flat_script_note,
    in_script,
    link_target,
    starts_as_instruction,
)
from pipeline.source.rawtext import (
    CONNECTING,
    goes_on,
    is_alert_label,
    is_list_item,
    outline_from_lines,
    page_furniture,
    without_marker,
)

# Font names that say bold; a font whose descriptor gives a weight of 600 or more is bold too.
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_BOLD_WEIGHT = 600
_FORCE_BOLD_FLAG = 1 << 18
# A line is bold when this share of its letters are.
_BOLD_SHARE = 0.8
# Two texts on one baseline this far apart (in font sizes) are two lines (a header's left and right).
_LINE_GAP = 2.5
# A gutter is at least this wide (points), lies in the middle of the text, and has text on both sides.
_GUTTER_MIN = 10.0
_GUTTER_BAND = (0.15, 0.85)
_COLUMN_MIN_LINES = 3
# A line below the right column's last belongs to the left column when no further below the line before it
# than this many times the columns' usual line step (a paragraph's next line, not a heading or paragraph).
_LINE_STEP = 1.3
_LEVEL_SHARE = 0.9  # of that step: a line this close above the right column's first starts the columns with it
# Columns of two lines a side (a short passage in two columns) only when each side's lines start at
# one edge (within this, points): the wide gaps of justified text do not line up so, and two rows
# pairing up (a label and its value) are left as lines.
_SHORT_COLUMN_LINES = 2
_COLUMN_EDGE = 1.0
# Two sides pair up when this share of the rows has text on both, and the left texts fill less than
# this share of the left side's width (at the median): a table without rules, read by rows.
_SIDE_BY_SIDE_SHARE = 0.8
_COLUMN_FILL = 0.6
# A table without rules in three columns or more: its header row's words stand apart where the columns part,
# and every row below keeps those gaps free of words. A gap this wide (in font sizes) parts two columns for sure
# (a space is narrower); a narrower one does when a word below starts where the header's word after it starts
# (cells set close, their texts at the cells' left edges).
_CELL_GAP = 0.5
_GRID_COLUMNS = 3
_GRID_ROWS = 3  # the header row and two more
# Its rows stand further apart than a cell's lines by this share of the font size at least (the cells' padding):
# a line closer under the one above goes on in its row (a cell wrapped, a value centred against two lines).
_ROW_GAP = 0.1
# A column narrower than this share of the other is a sidebar.
_SIDEBAR_SHARE = 0.6
# Columns of running text have this many words to a line at least (the median); a table's cells fewer.
_RUNNING_WORDS = 4
# Lines whose tops are this close (points) stand level, side by side.
_LEVEL = 2.0
# A box is a rectangle at least this big (points) holding at most this share of the page's words.
_BOX_MIN_WIDTH = 72.0
_BOX_MIN_HEIGHT = 12.0
_BOX_MAX_SHARE = 0.5
# Rectangles whose edges are this close (points) are one box drawn twice (its fill and its border).
_BOX_SAME = 2.0
# An indent is counted in half font sizes, as spaces, up to this many (a damaged PDF's sizes can be anything).
_MAX_INDENT = 40
# A gap between two letters of a word wider than its usual gap by this share of the font size is a space.
_WORD_GAP = 0.1
# A word set on another whose baseline is this share of the other's size above (below) the other's is
# raised (lowered): a superscript (subscript), such as the 9 of 10⁹/L or the 2 of CO₂.
_RAISED = 0.2
_LOWERED = 0.15
_SMALLER, _RAISED_SMALLER = 0.8, 0.1  # set smaller too (a superscript's usual look), raised less will do
_SHARED_HEIGHT = 0.3  # of the lower of two words set on one another: less, and they are on two lines
_SAME = 0.02  # of the font size: two runs of digits this close in place and size are one number
_DROP_CAP = 1.8  # times the text's size: a letter or two this large spans lines (a drop cap)
# A gap between lines larger than this share of the font size is a paragraph break.
_PARAGRAPH_GAP = 0.5
_SPACE = 0.25  # a space's width, in ems (a quarter in most text faces): what a word needs besides its own
_PLAIN_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])*[,;]?")  # letters (with an apostrophe or hyphen), maybe a comma
# A line ending a sentence (or a lead-in), allowing a closing quote or bracket after it.
_SENTENCE_END = re.compile(r"[.!?:][\"”’)\]]*$")
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})


@dataclass(frozen=True)
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    baseline: float  # where its letters stand (from the top, as top and bottom): bottom depends on the font
    link: str | None = None  # the tel:, mailto: or web address of a link over the word
    glued: bool = False  # no space before it: set on without a gap after the word before (10⁹, un·safe)
    flat: str | None = None  # "superscript" or "subscript": a number set so that has no Unicode form, read flat


@dataclass(frozen=True)
class _Line:
    """A line of one column, before it is numbered."""

    words: tuple[_Word, ...]
    indent: int  # in spaces: how far right of its column's usual left edge it starts
    gap_before: bool  # a paragraph break (or a new column or page) before it

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)


@dataclass(frozen=True)
class InlineMark:
    """Words in bold inside a line that is not (``DO NOT`` drive), or a link's words with its target,
    marked once the line is in a block."""

    text: str
    line: int
    link: str | None = None  # a tel:, mailto: or web address; None for bold


@dataclass(frozen=True)
class PdfText:
    """What the PDF says, in reading order, before the outline is guessed from it.

    ``lines`` has a blank line between paragraphs; each table's ``line`` is the
    number of the (blank) line it stands in for, so it goes back among the
    blocks made from the lines where it was.
    """

    lines: list[RawLine]
    tables: list[Table]
    marks: list[InlineMark]  # links first, then bold words, in the order they are marked
    doubts: list[Doubt]
    boxes: list[tuple[int, int, int]]  # the first and last line of each box, and its page


def import_pdf(path: Path) -> Outline:
    """The outline of the PDF at ``path``; a :class:`SourceError` for one with no text to read."""
    text = read_pdf(path)
    outline = outline_from_lines(text.lines)
    blocks, box_doubts = _with_boxes(_with_tables(outline.blocks, text.tables), text.boxes)
    blocks = _with_marks(blocks, sorted(text.marks, key=lambda mark: mark.link is None))
    doubts = sorted((*outline.doubts, *text.doubts, *box_doubts), key=lambda d: (d.first_line, d.last_line))
    return replace(outline, blocks=blocks, doubts=tuple(doubts))


def read_pdf(path: Path) -> PdfText:
    """The PDF's lines in reading order, its tables, its bold words and the doubts about its columns."""
    try:
        with path.open("rb") as file:
            start = file.read(1024)
    except FileNotFoundError:
        raise SourceError("no such PDF", path) from None
    if not start:
        raise SourceError("an empty file, not a PDF", path)
    if b"%PDF-" not in start:
        raise SourceError("not a PDF (it does not start with %PDF-); export the leaflet as PDF again", path)
    text = PdfText([], [], [], [], [])  # lines, tables, marks, doubts, boxes
    try:
        with _reader_warnings() as warnings, pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                _read_page(page, _bold_fonts(page), text)
    except (PdfminerException, PSException) as exc:  # pdfminer's own errors, some of them wrapped
        raise _unreadable(exc, path) from None
    except (MalformedPDFException, TypeError, ValueError, KeyError, IndexError, AttributeError, ZeroDivisionError,
            RecursionError) as exc:
        # a damaged object pdfminer or pdfplumber took as something it is not (a number for a list, ...)
        raise SourceError(f"a damaged PDF ({type(exc).__name__}: {exc}); export it again from the program "
                          "that made it", path) from None
    _join_tables_across_pages(text)
    _join_page_breaks(text)
    if warnings:
        text.doubts.append(Doubt(1, 1, f"the PDF is damaged in places ({len(warnings)} warnings while reading it, "
                                       f"the first: {warnings[0]}); some text may be missing"))
    if not any(line.text.strip() for line in text.lines) and not text.tables:
        raise SourceError("no text in the PDF (a scanned document?): run OCR on it first, "
                          "or type its text into a .txt file", path)
    return text


def _join_tables_across_pages(text: PdfText) -> None:
    """One table where a page break cut a ruled table in two (Word's tables run on over pages).

    A table that starts its page with as many columns as the one that ends the page
    before, nothing but headers and footers between them, goes on with it: its first
    row is the header repeated (Word's "Repeat as header row": dropped) or a row of
    data (kept), never a second header. A doubt names it, to be checked.
    """
    content = [line.line for line in _content_lines(text)]
    page_of = {line.line: line.page for line in text.lines}
    joined: list[Table] = []
    last_page = 0  # the page the last table (joined so far) ends on
    for table in text.tables:
        before = joined[-1] if joined else None
        page = page_of.get(table.line, 0)
        if (before is not None and page == last_page + 1 and len(table.header) == len(before.header)
                and not any(before.line < line < table.line for line in content)):
            rows = table.rows if table.header == before.header else (table.header, *table.rows)
            joined[-1] = replace(before, rows=(*before.rows, *rows))
            text.doubts.append(Doubt(before.line, before.line, (
                f"page {page}, a table going on from the page before: read as one table with it"
                + ("" if table.header == before.header else " (its first row there taken as a row, not a header)"))))
        else:
            joined.append(table)
        last_page = page
    text.tables[:] = joined


def _content_lines(text: PdfText) -> list[RawLine]:
    """The lines with text that are no page furniture (the headers, footers and page numbers the outline drops)."""
    present = [line if line.text.strip() else None for line in text.lines]
    furniture = page_furniture(present)
    return [line for index, line in enumerate(present) if line is not None and index not in furniture]


def _join_page_breaks(text: PdfText) -> None:
    """Without the paragraph break a page break put inside a sentence ("until the numbness has" / "gone.").

    The blank lines between the sentence's two halves go; the header and
    footer between them stay, for the outline to drop as repeated lines, and
    the halves are then read as one paragraph. Everything that counts lines
    is renumbered.
    """
    content = _content_lines(text)
    held = [table.line for table in text.tables] + [first for first, _, _ in text.boxes]
    dropped: set[int] = set()
    for tail, head in itertools.pairwise(content):
        if (head.page != tail.page and _continues(tail, head)
                and not any(tail.line < line < head.line for line in held)):
            dropped.update(line.line for line in text.lines
                           if tail.line < line.line < head.line and not line.text.strip())
    if not dropped:
        return
    gone = sorted(dropped)

    def renumbered(number: int) -> int:
        return number - sum(1 for line in gone if line < number)

    text.lines[:] = [replace(line, line=renumbered(line.line)) for line in text.lines if line.line not in dropped]
    text.tables[:] = [replace(table, line=renumbered(table.line)) for table in text.tables]
    text.marks[:] = [replace(mark, line=renumbered(mark.line)) for mark in text.marks]
    text.doubts[:] = [replace(doubt, first_line=renumbered(doubt.first_line), last_line=renumbered(doubt.last_line))
                      for doubt in text.doubts]
    text.boxes[:] = [(renumbered(first), renumbered(last), page) for first, last, page in text.boxes]


def _continues(tail: RawLine, head: RawLine) -> bool:
    """Does ``head``, first on its page, go on with the sentence ``tail`` left unfinished on the page before?

    Both in the same body type (a box's lines have none, a heading another),
    ``tail`` without a sentence's end, ``head`` no list item, and either
    starting in lower case or after a word a sentence never ends with (not
    after a list item: a capital there more likely starts a paragraph).
    """
    if tail.size is None or tail.size != head.size or tail.bold != head.bold or tail.bold:
        return False
    ending, starting = tail.text.strip(), head.text.strip()
    if _SENTENCE_END.search(ending) or is_list_item(starting):
        return False
    if starting[0].islower():
        return True
    return not is_list_item(ending) and ending.split()[-1].lower() in CONNECTING


class _Collect(logging.Handler):
    def __init__(self, into: list[str]):
        super().__init__(logging.WARNING)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        self.into.append(record.getMessage())


@contextmanager
def _reader_warnings() -> Iterator[list[str]]:
    """pdfminer's and pdfplumber's warnings about a damaged PDF, collected for one doubt, not printed one by one."""
    loggers = [logging.getLogger(name) for name in ("pdfminer", "pdfplumber")]
    caught: list[str] = []
    handler = _Collect(caught)
    propagates = [logger.propagate for logger in loggers]
    for logger in loggers:
        logger.addHandler(handler)
        logger.propagate = False
    try:
        yield caught
    finally:
        for logger, propagate in zip(loggers, propagates, strict=True):
            logger.removeHandler(handler)
            logger.propagate = propagate


def _unreadable(exc: Exception, path: Path) -> SourceError:
    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(cause, PDFPasswordIncorrect) or "password" in str(cause).lower():
        return SourceError("the PDF is encrypted with a password; save an unprotected copy and import that", path)
    return SourceError(f"a damaged PDF ({cause}); export it again from the program that made it", path)


def _bold_fonts(page: Page) -> set[str]:
    """The page's fonts whose descriptor says bold (a weight of 600 or more, or forced bold)."""
    bold = set()
    try:
        fonts = resolve1(page.page_obj.resources.get("Font")) or {}
        for ref in fonts.values():
            font = resolve1(ref)
            descriptor = resolve1(font.get("FontDescriptor"))
            if descriptor is None and font.get("DescendantFonts"):
                descriptor = resolve1(resolve1(resolve1(font["DescendantFonts"])[0]).get("FontDescriptor"))
            if descriptor is None:
                continue
            weight = resolve1(descriptor.get("FontWeight")) or 0
            flags = resolve1(descriptor.get("Flags")) or 0
            name = resolve1(font.get("BaseFont"))
            if (weight >= _BOLD_WEIGHT or flags & _FORCE_BOLD_FLAG) and isinstance(name, PSLiteral):
                bold.add(name.name.decode() if isinstance(name.name, bytes) else str(name.name))
    except (AttributeError, KeyError, TypeError, ValueError):
        pass  # a font dictionary we cannot read: its name alone decides
    return bold


# -- a page ------------------------------------------------------------------------------------

# A table cell all in bold this short, not ending like a sentence, is a label ("Fever", "Very common").
_LABEL_CELL = 40


def _read_page(page: Page, bold_fonts: set[str], text: PdfText) -> None:
    """Append the page's lines, tables and framed boxes to ``text``, top to bottom, in reading order."""
    lines = text.lines
    all_words = _words(page, bold_fonts)
    tables = page.find_tables()
    frames: list[tuple[float, float, float, float]] = sorted(
        [*(t.bbox for t in tables), *_box_frames(page, [t.bbox for t in tables], all_words)], key=lambda b: b[1])
    table_at = {t.bbox: t for t in tables}
    words = [w for w in all_words if not any(_inside(w, frame) for frame in frames)]
    # The page in bands between its tables and boxes, each band read in columns if it has them.
    band_top = float("-inf")
    for frame in [*frames, None]:
        band_bottom = frame[1] if frame is not None else float("inf")
        regions = _regions_and_grids(_rows(w for w in words if band_top <= w.top < band_bottom))
        for region, below in itertools.zip_longest(regions, regions[1:]):
            _number(region, page.page_number, text, below=below.rows[0] if below is not None else None)
        if frame is None:
            break
        lines.append(RawLine("", len(lines) + 1, page.page_number))
        if frame in table_at:
            cells = _cell_words(page, table_at[frame], bold_fonts)
            boxed = _box_taken_in(cells)
            if boxed is not None:
                cells = cells[:-1]
            header = next((i for i, row in enumerate(cells) if any(cell for cell in row)), 0)
            table = _table([[None if cell is None else _cell_text(cell, header=i == header) for cell in row]
                            for i, row in enumerate(cells)])
            if table.header:
                text.tables.append(replace(table, line=len(lines) + 1))
                lines.append(RawLine("", len(lines) + 1, page.page_number))
                text.doubts.extend(Doubt(len(lines), len(lines), f"page {page.page_number}, a table: {flat}")
                                   for row in cells for cell in row for line in cell or ()
                                   for flat in _flat_numbers(line))
            if boxed is not None:
                _box(page, boxed, text)
        else:
            _box(page, [w for w in all_words if _inside(w, frame)], text)
        band_top = frame[1] + 0.01
    lines.append(RawLine("", len(lines) + 1, page.page_number))


def _box_frames(page: Page, tables: list[tuple[float, float, float, float]], words: list[_Word]
                ) -> list[tuple[float, float, float, float]]:
    """The boxes drawn around (or shaded behind) a few lines of text: rectangles holding words, outermost only.

    A rectangle around a table is the table's; one around most of the page is a
    page border, not a box.
    """
    candidates: list[tuple[float, float, float, float]] = []
    for rect in page.rects:
        box = (rect["x0"], rect["top"], rect["x1"], rect["bottom"])
        if box[2] - box[0] < _BOX_MIN_WIDTH or box[3] - box[1] < _BOX_MIN_HEIGHT:
            continue
        if any(_overlaps(box, table) for table in tables):
            continue
        held = sum(1 for w in words if _inside(w, box))
        if held and held <= _BOX_MAX_SHARE * len(words) and not any(_same_box(box, seen) for seen in candidates):
            candidates.append(box)
    return [box for box in candidates
            if not any(other != box and _contains(other, box) for other in candidates)]


def _same_box(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """One box drawn twice: a fill and a border (WeasyPrint, Word's export) give (nearly) the same rectangle,
    and read as two boxes its text would come out twice."""
    return all(abs(edge_a - edge_b) <= _BOX_SAME for edge_a, edge_b in zip(a, b, strict=True))


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _contains(outer: tuple[float, float, float, float], inner: tuple[float, float, float, float]) -> bool:
    return outer[0] <= inner[0] and outer[1] <= inner[1] and outer[2] >= inner[2] and outer[3] >= inner[3]


def _box(page: Page, words: list[_Word], text: PdfText) -> None:
    """A box's lines, their looks left out so that a label ("Important") is read as one, not as a heading."""
    first = len(text.lines) + 1
    box_lines = _column_lines(_rows(words))
    if not box_lines:
        return
    _append(box_lines, page.page_number, text)
    for index in range(first - 1, len(text.lines)):
        text.lines[index] = replace(text.lines[index], size=None, bold=None)
    text.boxes.append((first, len(text.lines), page.page_number))


def _words(page: Page, bold_fonts: set[str]) -> list[_Word]:
    try:
        annotations = page.hyperlinks
    except (TypeError, ValueError, KeyError, IndexError):  # a damaged link annotation: the words are still there
        annotations = []
    links = [(target, (link["x0"], link["top"], link["x1"], link["bottom"])) for link in annotations
             if (target := link_target(str(link.get("uri") or "")))]
    out = []
    for whole in page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False, return_chars=True):
        for word in (piece for gapped in _split_at_gaps(whole) for piece in _split_at_rises(gapped)):
            bold = is_bold_font(str(word["fontname"]), bold_fonts)
            letters = str(word["text"]).translate(_LIGATURES)
            found = _Word(letters, word["x0"], word["x1"], word["top"], word["bottom"], round(word["size"], 1), bold,
                          _baseline(page, word))
            uri = next((uri for uri, box in links if _inside(found, box)), None)
            out.append(replace(found, link=uri) if uri else found)
    return out


def _baseline(page: Page, word: dict[str, Any]) -> float:
    """The word's baseline from the top of the page: its first letter's text origin (its bottom without one)."""
    chars = word.get("chars") or []
    matrix = chars[0].get("matrix") if chars else None
    return float(page.height) - float(matrix[5]) if matrix else float(word["bottom"])


def _split_at_gaps(word: dict[str, Any]) -> list[dict[str, Any]]:
    """``word`` cut where a gap between two letters is wider than its usual one by a tenth of the font size.

    pdfplumber joins letters less than 3 points apart, so two cells of a
    table without rules set close ("Uncommon" and "a headache") become one
    word, "Uncommona". A space is wider than a tenth of the size; the gaps of
    letter-spaced text are all alike, so it stays whole.
    """
    chars = word.get("chars") or []
    gaps = [b["x0"] - a["x1"] for a, b in itertools.pairwise(chars)]
    if len(gaps) < 2:
        return [word]
    usual = max(0.0, sorted(gaps)[(len(gaps) - 1) // 2])  # kerning ("Yo") narrows a gap, never widens one
    return _cut(word, [i + 1 for i, gap in enumerate(gaps) if gap > usual + _WORD_GAP * float(word["size"])])


def _split_at_rises(word: dict[str, Any]) -> list[dict[str, Any]]:
    """``word`` cut where a letter stands higher or lower than the one before by a tenth of the font size.

    pdfplumber takes letters of one font and size up to 3 points higher into the
    word, so a 9 raised 2 points in "10⁹/L" read "109/L". A letter nudged less
    (a "5" lifted 0.6 points in "250"), or each letter of a slightly rotated
    line, stays in its word.
    """
    chars = word.get("chars") or []
    if not all(char.get("matrix") for char in chars):
        return [word]
    limit = _WORD_GAP * float(word["size"])
    return _cut(word, [i + 1 for i, (a, b) in enumerate(itertools.pairwise(chars))
                       if abs(float(a["matrix"][5]) - float(b["matrix"][5])) > limit])


def _cut(word: dict[str, Any], cuts: list[int]) -> list[dict[str, Any]]:
    """``word`` cut before each of its letters numbered in ``cuts``."""
    if not cuts:
        return [word]
    chars = word["chars"]
    pieces = []
    for start, end in zip([0, *cuts], [*cuts, len(chars)]):
        part = chars[start:end]
        pieces.append({**word, "text": "".join(str(c["text"]) for c in part), "chars": part,
                       "x0": min(c["x0"] for c in part), "x1": max(c["x1"] for c in part),
                       "top": min(c["top"] for c in part), "bottom": max(c["bottom"] for c in part)})
    return pieces


def is_bold_font(fontname: str, bold_fonts: set[str]) -> bool:
    """Bold by the font's name (after a subset's "ABCDEF+" prefix), or by its descriptor's weight."""
    return bool(_BOLD_NAME.search(fontname.split("+")[-1])) or fontname in bold_fonts


def _inside(word: _Word, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    middle_x, middle_y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return x0 <= middle_x <= x1 and top <= middle_y <= bottom


def _cell_words(page: Page, table: PdfTable, bold_fonts: set[str]) -> list[list[list[list[_Word]] | None]]:
    """The rows of words of each cell of a ruled table (None: covered by a merged cell), read as lines are,
    from the letters whose middle is in the cell (as pdfplumber's reading takes them), so a raised 9 in
    "10⁹/L" stays in its place (pdfplumber's reading put it first) and narrow cells do not run together."""
    return [[None if cell is None else _rows(_words(_letters_in(page, cell), bold_fonts)) for cell in row.cells]
            for row in table.rows]


def _letters_in(page: Page, box: tuple[float, float, float, float]) -> Page:
    """The page with only the letters whose middle is inside ``box`` (the other objects kept)."""
    x0, top, x1, bottom = box

    def kept(obj: dict[str, Any]) -> bool:
        return obj.get("object_type") != "char" or (
            x0 <= (obj["x0"] + obj["x1"]) / 2 < x1 and top <= (obj["top"] + obj["bottom"]) / 2 < bottom)

    return page.filter(kept)


def _box_taken_in(cells: list[list[list[list[_Word]] | None]]) -> list[_Word] | None:
    """The words of a box set close under a ruled table, which the table's rules took in as its last row: one
    cell across the whole width, starting with a box's label ("Warning: take it ONCE a week"); else None."""
    if sum(1 for row in cells if any(row)) < 3 or len(cells[-1]) < 2:
        return None
    present = [cell for cell in cells[-1] if cell is not None]
    if len(present) != 1 or not present[0] or not is_alert_label(_text(present[0][0])):
        return None
    return [word for row in present[0] for word in row]


def _cell_text(rows: list[list[_Word]], *, header: bool) -> str:
    """A ruled table cell's lines as one, its bold words marked ("**DO NOT** take your next dose"); a header's
    bold, or a label's all in bold ("Fever"), is the table's look and is not marked."""
    words = [word for row in rows for word in row]
    plain = " ".join(_text(row) for row in rows)
    if header or not any(word.bold for word in words):
        return plain
    if all(word.bold for word in words):
        label = len(plain) <= _LABEL_CELL and not plain.rstrip().endswith((".", "!", ":", ";")) \
            and not starts_as_instruction(plain)
        return plain if label else f"**{plain}**"
    runs = [list(run) for row in rows for _, run in itertools.groupby(row, key=lambda word: word.bold)]
    # a run starting or ending inside a word ("un**safe**") is left plain: its marks would show as asterisks
    glued = {i for i, run in enumerate(runs) if run[0].glued or (i + 1 < len(runs) and runs[i + 1][0].glued)}
    return "".join(("" if i == 0 or run[0].glued else " ")
                   + (f"**{_text(run)}**" if run[0].bold and i not in glued else _text(run))
                   for i, run in enumerate(runs)).replace("** **", " ")  # bold over a cell's two lines: one run


def _table(rows: list[list[str | None]]) -> Table:
    """A table from its cells' texts: a merged cell's text once, lines within a cell joined."""
    cleaned = [tuple(" ".join((cell or "").translate(_LIGATURES).split()) for cell in row) for row in rows]
    cleaned = [row for row in cleaned if any(row)]
    if not cleaned:
        return Table((), ())
    return Table(cleaned[0], tuple(cleaned[1:]))


def _rows(words: Iterable[_Word]) -> list[list[_Word]]:
    """Words on one baseline together (a word joins a row its middle falls in), top to bottom, left to right.

    A drop cap (:func:`_drop_caps`) joins the first row beside it: as a row of its own it would take in
    the lines beside it, word by word, interleaved.
    """
    words = sorted(words, key=lambda w: (w.top, w.x0))
    caps = _drop_caps(words)
    rows = _rows_of([word for word in words if not any(word is cap for cap in caps)])
    for cap in caps:
        beside = _rows_beside(cap, rows)
        if beside:
            beside[0].append(cap)
        else:
            rows.append([cap])
    return [_scripts_placed(sorted(row, key=lambda w: w.x0)) for row in rows]


def _rows_of(words: list[_Word]) -> list[list[_Word]]:
    """Words (sorted top to bottom) in rows, each word in the row its middle falls in."""
    rows: list[list[_Word]] = []
    for word in words:
        middle = (word.top + word.bottom) / 2
        for row in reversed(rows[-3:]):
            if min(w.top for w in row) <= middle <= max(w.bottom for w in row):
                row.append(word)
                break
        else:
            rows.append([word])
    return rows


def _drop_caps(words: list[_Word]) -> list[_Word]:
    """The drop caps among ``words`` (sorted): a letter or two set much larger than the text
    (:func:`_is_large`), left of the first words of two rows or more that it spans.

    A large word on a line of its own, or ending one ("at most: 8"), is no drop cap.
    """
    body = _size(words) if words else 0.0
    large = [word for word in words if _is_large(word, body)]
    if not large:
        return []
    rows = _rows_of([word for word in words if not any(word is other for other in large)])
    return [cap for cap in large if len(_rows_beside(cap, rows)) >= 2]


def _rows_beside(cap: _Word, rows: list[list[_Word]]) -> list[list[_Word]]:
    """The rows a large letter spans (their middles within its height) and stands left of."""
    return [row for row in rows if cap.top <= (row[0].top + row[0].bottom) / 2 <= cap.bottom
            and min(w.x0 for w in row) >= cap.x1 - _WORD_GAP * cap.size]


def _is_large(word: _Word, body: float) -> bool:
    """A letter or two set much larger than the text: a drop cap, a big "Q" before a question, a big "8"."""
    return len(word.text) <= 2 and word.size >= _DROP_CAP * body


def _scripts_placed(row: list[_Word]) -> list[_Word]:
    """The row with raised and lowered words in Unicode's forms, and each word set on without a gap glued.

    pdfplumber parts words where the font or size changes, so "10⁹/L" comes as
    "10", a "9" set higher, and "/L": read with spaces between them, or flat,
    they would say another number. A word set on the one before it (no gap, no
    overlap), its baseline higher (lower) than that word's by a share of that
    word's size (a smaller share for a smaller word), is a superscript
    (subscript); so is a smaller word raised above the word it starts a row
    before (a footnote's mark). Two numbers are never run
    together flat unless they are surely one (:func:`_one_number`): a raised
    number with no Unicode form ("10" and a raised "-3.5") keeps its space, and
    is marked ``flat`` for a doubt (:func:`_flat_numbers`).
    """
    placed: list[_Word] = []
    for index, word in enumerate(row):
        before = placed[-1] if placed else None
        set_on = before is not None and _set_on(before, word)
        starting = index == 0 and len(row) > 1 and row[1].x0 - word.x1 < _LINE_GAP * row[1].size
        base = before if set_on else row[1] if starting and word.size < row[1].size else None
        position = None
        raised = _RAISED_SMALLER if base is not None and word.size <= _SMALLER * base.size else _RAISED
        if base is not None and base.baseline - word.baseline > raised * base.size:
            position = "superscript"
        elif base is not None and set_on and word.baseline - base.baseline > _LOWERED * base.size:
            position = "subscript"
        if position is not None:
            text = in_script(word.text, position)
            flat = text == word.text and any(char.isdecimal() for char in text)
            if flat:
                set_on = False  # a raised number with no Unicode form ("10" and "-3.5") keeps its space
            word = replace(word, text=text, flat=position if flat else None)
        if set_on and before is not None and (not (before.text[-1:].isdecimal() and word.text[:1].isdecimal())
                                              or _one_number(before, word)):
            word = replace(word, glued=True)
        placed.append(word)
    return placed


def _set_on(before: _Word, word: _Word) -> bool:
    """Does ``word`` go on from ``before`` without a gap, on its line (not a word of another line that a
    row took in: a drop cap's lines)? Raised or lowered, it still shares a third of its height with it."""
    beside = abs(word.x0 - before.x1) < _WORD_GAP * max(word.size, before.size)
    shared = min(word.bottom, before.bottom) - max(word.top, before.top)
    return beside and shared >= _SHARED_HEIGHT * min(word.bottom - word.top, before.bottom - before.top)


def _one_number(before: _Word, word: _Word) -> bool:
    """Two runs of digits that are one number: touching, on one baseline ("2" and "5" in two fonts, "1"
    and a smaller or bold "0"), or of one size nudged a tenth of it at most (a "5" lifted 0.6 points in
    "250"). Anything less sure keeps them apart: "5" and "10" set 0.5 points apart, or a smaller digit
    raised or lowered a little, are not run together into another number."""
    size = max(word.size, before.size)
    shift = abs(word.baseline - before.baseline)
    return abs(word.x0 - before.x1) <= _SAME * size and (
        shift <= _SAME * size or (word.size == before.size and shift <= _WORD_GAP * size))


def _text(words: Iterable[_Word]) -> str:
    """The words as a line reads: a space between two, unless the second is set on without a gap."""
    return "".join(("" if word.glued or index == 0 else " ") + word.text for index, word in enumerate(words))


# -- columns -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Region:
    """Rows read as one column, or as two beside a gutter at ``gutter``."""

    rows: list[list[_Word]]
    gutter: float | None = None
    aligned: bool = False  # a table without rules (lines paired row by row, or labels beside paragraphs): by rows
    columns: tuple[float, ...] = ()  # a table without rules in three columns or more: where its columns part (x)
    columns_sure: bool = False  # those columns told for sure: read as a table, else row by row as text


def _regions(rows: list[list[_Word]]) -> list[_Region]:
    """The rows in regions, top to bottom: runs of rows that share a gutter no word crosses are two columns."""
    if not rows:
        return []
    left = min(w.x0 for row in rows for w in row)
    right = max(w.x1 for row in rows for w in row)
    band = (left + (right - left) * _GUTTER_BAND[0], left + (right - left) * _GUTTER_BAND[1])
    regions: list[_Region] = []
    single: list[list[_Word]] = []
    start = 0
    while start < len(rows):
        end, gutter = _widest_run(rows, start, band)
        if gutter is not None and _has_two_columns(rows[start:end], gutter):
            # Judged on the whole run, as ever; only the columns' own rows are read as columns.
            aligned = _side_by_side(rows[start:end], gutter) or _labels_beside(rows[start:end], gutter)
            first, end = _column_rows(rows, start, end, gutter)
            single += rows[start:first]  # lines above the columns that no word of the right one is beside
            if single:
                regions.append(_Region(single))
                single = []
            regions.append(_Region(rows[first:end], gutter, aligned=aligned))
            start = end
        else:
            single.append(rows[start])
            start += 1
    if single:
        regions.append(_Region(single))
    return regions


def _column_rows(rows: list[list[_Word]], start: int, end: int, gutter: float) -> tuple[int, int]:
    """The rows of ``rows[start:end]`` (a run keeping ``gutter`` free) that are the two columns' own.

    The run takes in any line that does not cross the gutter: the last line of the
    paragraph above ("this month.") and a heading and list below, when they are
    short. Columns start level, so the lines above the right column's first are not
    theirs; below the right column's last, the left one goes on only line by line
    (a paragraph the columns balance out), not past a wider gap (a heading, the next
    paragraph under both columns).
    """
    right = [index for index in range(start, end) if any(w.x0 >= gutter for w in rows[index])]
    if not right:
        return start, end
    first, last = right[0], right[-1]
    # The left column's line step (its rows alone: a right column set lower interleaves rows half a line apart).
    left = [_top(rows[index]) for index in range(start, end) if any(w.x1 <= gutter for w in rows[index])]
    gaps = sorted(b - a for a, b in itertools.pairwise(left))
    step = gaps[len(gaps) // 2] if gaps else 0.0
    # A line closer above the right column's first than a line step is the left one's (the right set a little
    # lower): the columns start with it.
    level = _top(rows[first])
    while first > start and level - _top(rows[first - 1]) < step * _LEVEL_SHARE:
        first -= 1
    stop = last + 1
    while stop < end and _top(rows[stop]) - _top(rows[stop - 1]) <= step * _LINE_STEP:
        stop += 1
    return first, stop


def _top(row: list[_Word]) -> float:
    return min(w.top for w in row)


def _widest_run(rows: list[list[_Word]], start: int, band: tuple[float, float]) -> tuple[int, float | None]:
    """How far from ``start`` the rows keep a gutter free of words, and the gutter's middle."""
    free = [band]
    end = start
    while end < len(rows):
        narrowed = _subtract(free, [(w.x0, w.x1) for w in rows[end]])
        if not narrowed:
            break
        free = narrowed
        end += 1
    if end == start:
        return start + 1, None
    widest = max(free, key=lambda gap: gap[1] - gap[0])
    return end, (widest[0] + widest[1]) / 2


def _subtract(free: list[tuple[float, float]], taken: list[tuple[float, float]],
              least: float = _GUTTER_MIN) -> list[tuple[float, float]]:
    """The free intervals left after taking ``taken``, those still at least ``least`` wide (a gutter)."""
    for x0, x1 in taken:
        next_free = []
        for a, b in free:
            if x1 <= a or x0 >= b:
                next_free.append((a, b))
                continue
            next_free += [(a, x0)] if x0 > a else []
            next_free += [(x1, b)] if x1 < b else []
        free = next_free
    return [(a, b) for a, b in free if b - a >= least]


def _has_two_columns(rows: list[list[_Word]], gutter: float) -> bool:
    left = [min(w.x0 for w in row if w.x1 <= gutter) for row in rows if any(w.x1 <= gutter for w in row)]
    right = [min(w.x0 for w in row if w.x0 >= gutter) for row in rows if any(w.x0 >= gutter for w in row)]
    if len(left) >= _COLUMN_MIN_LINES and len(right) >= _COLUMN_MIN_LINES:
        return True
    return (min(len(left), len(right)) >= _SHORT_COLUMN_LINES
            and max(left) - min(left) <= _COLUMN_EDGE and max(right) - min(right) <= _COLUMN_EDGE
            and not _side_by_side(rows, gutter))


def _side_by_side(rows: list[list[_Word]], gutter: float) -> bool:
    """Do the two sides pair up line by line, short texts on the left (labels and values, a table without rules)?

    Columns of running text fill their width; the left cells of a table do not.
    """
    texts = [row for row in rows if row]
    both = [row for row in texts if any(w.x1 <= gutter for w in row) and any(w.x0 >= gutter for w in row)]
    if len(both) < _SIDE_BY_SIDE_SHARE * len(texts):
        return False
    edge = min(w.x0 for row in texts for w in row if w.x1 <= gutter)
    fills = sorted((max(w.x1 for w in row if w.x1 <= gutter) - edge) / (gutter - edge) for row in both)
    return fills[len(fills) // 2] < _COLUMN_FILL


def _labels_beside(rows: list[list[_Word]], gutter: float) -> bool:
    """Labels in a narrow left column, each level with the first line of a paragraph on the right (side
    effects set in a table without rules: "Feeling sick" beside "This is common after ..."), two or more?

    Read as a sidebar, every label would come after all the paragraphs it names.
    """
    left, right = (_column_lines(side) for side in _split(rows, gutter))
    if not _is_sidebar(_width(left), _width(right)):
        return False
    labels = [line for line in left if line.gap_before]
    starts = [line.top for line in right if line.gap_before]
    # a line each, not ending a sentence (a sidebar's notes do)
    one_line = len(left) == len(labels) and not any(_SENTENCE_END.search(_text(line.words)) for line in left)
    return (len(labels) >= 2 and one_line
            and all(any(abs(label.top - start) <= _LEVEL for start in starts) for label in labels))


def _width(column: list[_Line]) -> float:
    return max(w.x1 for line in column for w in line.words) - min(w.x0 for line in column for w in line.words)


def _is_sidebar(width: float, other: float) -> bool:
    """Is a column this wide beside one ``other`` wide a sidebar (much narrower than the main text)?"""
    return width < _SIDEBAR_SHARE * other


def _column_lines(rows: list[list[_Word]]) -> list[_Line]:
    """The lines of one column: rows cut at wide gaps, with their indent and paragraph breaks."""
    pieces: list[list[_Word]] = []
    for row in rows:
        piece = [row[0]]
        for word in row[1:]:
            if word.x0 - piece[-1].x1 > _LINE_GAP * max(word.size, piece[-1].size):
                pieces.append(piece)
                piece = []
            piece.append(word)
        pieces.append(piece)
    if not pieces:
        return []
    edge = Counter(round(p[0].x0) for p in pieces).most_common(1)[0][0]
    out = []
    previous_bottom = None
    for piece in pieces:
        size = _size(piece)
        own = [w for w in piece if not _is_large(w, size)] or piece  # a drop cap spans the lines below
        top = min(w.top for w in own)
        gap = previous_bottom is None or top - previous_bottom > _PARAGRAPH_GAP * size
        indent = min(_MAX_INDENT, max(0, round((piece[0].x0 - edge) / max(size / 2, 1.0))))
        out.append(_Line(tuple(piece), indent, gap))
        previous_bottom = max(w.bottom for w in own)
    return out


def _size(words: Sequence[_Word]) -> float:
    """The font size of most of the letters."""
    sizes: Counter[float] = Counter()
    for word in words:
        sizes[word.size] += len(word.text)
    return sizes.most_common(1)[0][0]


def _number(region: _Region, page: int, text: PdfText, *, in_columns: bool = False,
            below: list[_Word] | None = None) -> None:
    """Append the region's lines to ``text`` in reading order, with a doubt for its columns (the two
    columns' doubt is left out when the region is part of a wider set, ``in_columns``, which has its own).
    ``below``: the row after the region on the page, if any."""
    if region.columns:
        if region.columns_sure:
            _grid_table(region, page, text)
        else:
            _grid_rows_as_text(region, page, text)
        return
    if region.aligned:
        _unruled_table(region, page, text)
        return
    if region.gutter is None:
        _append(_column_lines(region.rows), page, text)
        return
    left_rows, right_rows = _sides(region)
    sides = (_regions(left_rows), _regions(right_rows))
    if _in_more_columns(sides):
        _columns_in_turn(sides, page, text, in_columns)
        return
    left, right = _column_lines(left_rows), _column_lines(right_rows)
    left_width, right_width = _width(left), _width(right)
    sidebar = _is_sidebar(min(left_width, right_width), max(left_width, right_width))
    first = len(text.lines) + 1
    if sidebar and left_width < right_width:
        main, side = right, left
    else:
        main, side = left, right
    _append(main, page, text)
    side_first = len(text.lines) + 1
    runs_on = not sidebar and _runs_on(left, right, page, below)  # a sentence the column break cut: one paragraph
    _append([replace(side[0], gap_before=not runs_on), *side[1:]], page, text)
    if runs_on:
        text.doubts.append(Doubt(side_first - 1, side_first, f"page {page}: a sentence going on from the foot of "
                                                             "the left column to the head of the right, one paragraph"))
    if sidebar:
        text.doubts.append(Doubt(side_first, len(text.lines),
                                 f"page {page}: a narrow column beside the main text (a sidebar?), read after it"))
    elif not in_columns:
        text.doubts.append(Doubt(first, len(text.lines), f"page {page}: read as two columns, the left one first"))


def _runs_on(left: list[_Line], right: list[_Line], page: int, below: list[_Word] | None) -> bool:
    """Does the right column's first line go on with the sentence the left column's last line leaves unfinished?

    As across a page break (:func:`_continues`), and only when that last line is
    full: the right column's first word would not have fitted after it. How wide a
    full line is, the columns' wrapped lines tell (those their paragraph goes on
    from); without any, a short last line (a list's, an address's) cannot be told
    from a full one, and the column break stays a paragraph break. Nor when the row
    ``below`` the columns goes on with the left column's paragraph: the right column
    stands beside the paragraph (a float), not after it.
    """
    wrapped = [(line, column) for column in (left, right)
               for line, after in itertools.pairwise(column) if not after.gap_before]
    if not wrapped:
        return False
    measure = max(line.words[-1].x1 - _left_edge(column) for line, column in wrapped)
    tail, head = left[-1], right[0]
    size = _size(tail.words)
    if below is not None and (min(w.top for w in below) - max(w.bottom for w in tail.words) <= _PARAGRAPH_GAP * size
                              and abs(below[0].x0 - _left_edge(left)) < size):
        return False
    word = head.words[0]
    if not _PLAIN_WORD.fullmatch(word.text):
        return False  # an address, a number: a list's next item more likely than the sentence's next word
    room = measure - (tail.words[-1].x1 - _left_edge(left))
    if room >= word.x1 - word.x0 + _SPACE * word.size:
        return False
    return _continues(_raw_line(tail, 0, page), _raw_line(head, 0, page))


def _left_edge(column: list[_Line]) -> float:
    return min(line.words[0].x0 for line in column)


def _sides(region: _Region) -> tuple[list[list[_Word]], list[list[_Word]]]:
    """The rows of a region in columns, left of its gutter and right of it."""
    assert region.gutter is not None
    return _split(region.rows, region.gutter)


def _split(rows: list[list[_Word]], gutter: float) -> tuple[list[list[_Word]], list[list[_Word]]]:
    """The rows' words left of ``gutter`` and right of it, each side without its empty rows."""
    sides = [_row_sides(row, gutter) for row in rows]
    return [left for left, _ in sides if left], [right for _, right in sides if right]


def _row_sides(row: list[_Word], gutter: float) -> tuple[list[_Word], list[_Word]]:
    """One row's words left of ``gutter`` and right of it."""
    return [w for w in row if w.x1 <= gutter], [w for w in row if w.x0 >= gutter]


def _in_more_columns(sides: tuple[list[_Region], list[_Region]]) -> bool:
    """Is a side of the gutter in columns itself, and is every column running text (several words to a line:
    the median), not a table without rules whose rows must stay together (a time beside its dose)?"""
    columns: list[list[list[_Word]]] = []
    for side in sides:
        parts = [part for part in side if part.gutter is not None and not part.aligned]
        columns += [rows for part in parts for rows in _sides(part)] or [[row for part in side for row in part.rows]]
    if len(columns) < 3:
        return False
    for rows in columns:
        words = sorted(len(line.words) for line in _column_lines(rows))
        if words[len(words) // 2] < _RUNNING_WORDS:
            return False
    return True


def _columns_in_turn(sides: tuple[list[_Region], list[_Region]], page: int, text: PdfText,
                     in_columns: bool) -> None:
    """Three columns or more (a side of the gutter is in columns itself): each side read on its own, the
    left one first."""
    first = len(text.lines) + 1
    for side in sides:
        for part in side:
            _number(part, page, text, in_columns=True)
    if not in_columns:
        text.doubts.append(Doubt(first, len(text.lines), f"page {page}: read as three columns or more, each from "
                                                         "top to bottom, the left one first"))


def _unruled_table(region: _Region, page: int, text: PdfText) -> None:
    """Two sides read as a table without rules, by rows (their lines paired, or labels beside paragraphs), a
    line on one side only continuing its cell."""
    gutter = region.gutter
    assert gutter is not None
    cells: list[list[str]] = []
    sides = [_row_sides(row, gutter) for row in region.rows]
    for left_words, right_words in sides:
        left, right = _text(left_words), _text(right_words)
        if cells and not (left and right):
            cells[-1] = [_joined(cells[-1][0], left), _joined(cells[-1][1], right)]
        else:
            cells.append([left, right])
    text.lines.append(RawLine("", len(text.lines) + 1, page))
    line = len(text.lines) + 1
    text.tables.append(Table(tuple(cells[0]), tuple(tuple(row) for row in cells[1:]), line))
    text.doubts.append(Doubt(line, line, f"page {page}: two columns side by side read as a table "
                                         "without rules; check its first row, taken as the header"))
    text.doubts.extend(Doubt(line, line, f"page {page}, a table: {flat}") for row in sides for side in row
                       for flat in _flat_numbers(side))
    text.lines.append(RawLine("", line, page))


def _joined(cell: str, more: str) -> str:
    return f"{cell} {more}".strip()


# -- tables without rules in three columns or more --------------------------------------------------


@dataclass(frozen=True)
class _CellGap:
    """A gap between two words of a table's header row that the rows below leave free: where two columns may part."""

    x0: float
    x1: float
    start: float  # where the header's word after the gap starts: its column's left edge
    opened: bool  # wider than a space in the header row (a word below may narrow it: centred, or longer)
    aligned: bool = False  # a word below starts there too: a column of texts set at their cells' left edges

    def wide(self, size: float) -> bool:
        return self.x1 - self.x0 >= _CELL_GAP * size

    @property
    def seen(self) -> bool:
        """Is the gap seen to part two columns: wider than a space in the header, or words below in line?"""
        return self.opened or self.aligned

    def sure(self, size: float) -> bool:
        """Does the gap part two columns so that each word is surely on its side: wider than a space below
        the header too, or words below in line at its edge?"""
        return self.aligned or self.wide(size)

    @property
    def middle(self) -> float:
        return (self.x0 + self.x1) / 2


def _regions_and_grids(rows: list[list[_Word]]) -> list[_Region]:
    """The rows in regions (:func:`_regions`), each table without rules in three columns or more with empty
    cells (:func:`_grid_at`) a region of its own: read as two columns, or as lines, its rows' cells would run
    together, and a dose would read as taken at another time of day."""
    regions: list[_Region] = []
    done = start = 0
    while start < len(rows):
        end, grid = _grid_at(rows, start)
        if grid is not None:
            regions += [*_regions(rows[done:start]), grid]
            done = end
        start = end
    return regions + _regions(rows[done:])


def _grid_at(rows: list[list[_Word]], start: int) -> tuple[int, _Region | None]:
    """Where the table without rules whose header row is ``rows[start]`` ends, if there is one, and the table:
    three columns or more of short cells, parted where the header's words stand apart and no word below
    crosses, with a row that has an empty cell before a full one (a dose under Evening, none under Lunchtime:
    run together, it moves). A table without such a cell is left to be read as before (None); with no table
    there, the row after ``start`` and None."""
    header = rows[start]
    size = _size(header)
    gaps = _header_gaps(header, size)
    end = start + 1
    while end < len(rows) and len(gaps) >= _GRID_COLUMNS - 1 and not _text_below(rows[start:end], rows[end], gaps):
        kept = _gaps_kept(gaps, rows[end], size)
        if kept is None or len(kept) < _GRID_COLUMNS - 1:
            break
        gaps, end = kept, end + 1
    grid = rows[start:end]
    if len(grid) < _GRID_ROWS or _stands_apart(header, grid[1], grid[1:]):
        return start + 1, None  # a line of text above a table is no header of it
    # a gap with no word below it before the next one is a space between two words of a header cell
    parting = [gap for gap in gaps if gap.seen or _words_after(gap, gaps, grid[1:])]
    columns = tuple(gap.middle for gap in parting)
    if sum(1 for gap in parting if gap.seen) < _GRID_COLUMNS - 1 or _holds_running_text(grid, columns):
        return start + 1, None  # not three columns seen (spaces of a text the lines below leave free), or text
    # A first column under an empty header cell (the medicines' names, over them nothing): its words stand left
    # of the header's first word, whose column has words of its own below it (a "Medicine" set right of the
    # names it heads has none), a column of their own; one reaching under that word leaves the columns unsure.
    first = header[0].x0
    under_none = [w for row in grid[1:] for w in row if w.x1 <= first - _WORD_GAP * size]
    reaching = [w for row in grid[1:] for w in row if w.x0 < first - _COLUMN_EDGE and w.x1 > first - _WORD_GAP * size]
    headed = [w for row in grid[1:] for w in row
              if w.x0 >= first - _COLUMN_EDGE and (not columns or _middle(w) < columns[0])]
    if not headed:
        reaching = []  # the header's first word heads the names: the columns are as the gaps say
    elif under_none:
        columns = ((max(w.x1 for w in under_none) + first) / 2, *columns)
    if not _has_empty_cell_before_full(_grid_reading(grid, columns).cells[1:]):
        return end, None
    # set close, a space left out of the columns could as well be an empty column's gap
    sure = not reaching and all(gap.sure(size) for gap in parting) and (
        len(parting) == len(gaps) or all(gap.wide(size) for gap in parting))
    return end, _Region(grid, columns=columns, columns_sure=sure)


def _header_gaps(header: list[_Word], size: float) -> list[_CellGap]:
    """The gaps between the header row's words, any that parts two words (a space, or wider)."""
    return [_CellGap(a.x1, b.x0, b.x0, opened=b.x0 - a.x1 >= _CELL_GAP * size)
            for a, b in itertools.pairwise(header) if b.x0 - a.x1 >= _WORD_GAP * size]


def _text_below(grid: list[list[_Word]], row: list[_Word], gaps: list[_CellGap]) -> bool:
    """Is ``row``, in one column only, a line of text below the table rather than a row of it: standing further
    below the row before than the table's rows do, or starting off the first column's left edge (where both the
    header and the first row start)?"""
    filled = [index for index, words in enumerate(_by_column(row, tuple(gap.middle for gap in gaps))) if words]
    if len(filled) > 1:
        return False
    edge = grid[0][0].x0
    first_column_set_left = len(grid) > 1 and abs(grid[1][0].x0 - edge) <= _COLUMN_EDGE
    off_edge = filled == [0] and first_column_set_left and abs(row[0].x0 - edge) > _COLUMN_EDGE
    return off_edge or _stands_apart(grid[-1], row, grid)


def _gaps_kept(gaps: list[_CellGap], row: list[_Word], size: float) -> list[_CellGap] | None:
    """The gaps ``row`` leaves free, narrowed to what it leaves, each aligned once a word starts at the left edge
    of the column after it (where the header's word does); None when the row is a line of text below the table,
    not a row of it: it crosses a gap that surely parts two columns, or starts a column's text off its edge."""
    spans = [(w.x0, w.x1) for w in row]
    kept = []
    for gap, after in zip(gaps, [*gaps[1:], None], strict=True):
        free = _subtract([(gap.x0, gap.x1)], spans, _WORD_GAP * size)
        if not free:
            if gap.seen:
                return None
            continue
        words = [w for w in row if gap.middle < _middle(w) and (after is None or _middle(w) < after.middle)]
        in_line = bool(words) and abs(words[0].x0 - gap.start) <= _COLUMN_EDGE
        if gap.aligned and words and not in_line:
            return None
        x0, x1 = max(free, key=lambda piece: piece[1] - piece[0])
        kept.append(replace(gap, x0=x0, x1=x1, aligned=gap.aligned or in_line))
    return kept


def _stands_apart(above: list[_Word], row: list[_Word], rows: list[list[_Word]]) -> bool:
    """Does ``row`` stand further below ``above`` than any of ``rows`` (a table's rows below its header) below
    the one before it? A table's rows stand evenly; the text around it stands apart."""
    if len(rows) < 2:
        return False
    spacing = max(_top(below) - _bottom(before) for before, below in itertools.pairwise(rows))
    return _top(row) - _bottom(above) > spacing + _LEVEL


def _middle(word: _Word) -> float:
    return (word.x0 + word.x1) / 2


def _bottom(row: list[_Word]) -> float:
    return max(w.bottom for w in row)


def _words_after(gap: _CellGap, gaps: list[_CellGap], rows: list[list[_Word]]) -> bool:
    """Is there a word in the rows right of ``gap`` and left of the next gap?"""
    right = min((other.middle for other in gaps if other.middle > gap.middle), default=float("inf"))
    return any(gap.middle < _middle(w) < right for row in rows for w in row)


def _by_column(row: list[_Word], columns: tuple[float, ...]) -> list[list[_Word]]:
    """The row's words in the columns parted at ``columns`` (x), by where each word's middle falls."""
    out: list[list[_Word]] = [[] for _ in range(len(columns) + 1)]
    for word in row:
        out[bisect.bisect(columns, _middle(word))].append(word)
    return out


@dataclass(frozen=True)
class _GridLine:
    """A line of a table without rules (its words on one baseline) by column, and how far below the table's lines
    above it it starts: negative when set between them (a value centred against a cell of two lines)."""

    cells: list[list[_Word]]
    gap: float

    @property
    def named(self) -> bool:
        """Has it words in the first column (a medicine's name, a time of day)?"""
        return bool(self.cells[0])

    @property
    def name_only(self) -> bool:
        """Has it words in the first column only (no value beside the name)?"""
        return self.named and not any(self.cells[1:])

    @property
    def text(self) -> str:
        return " ".join(_text(words) for words in self.cells if words)


@dataclass(frozen=True)
class _GridReading:
    """A table without rules' cells, row by row (the header first), and what to check in how its lines were put
    in rows."""

    cells: list[list[str]]
    notes: list[str]


def _grid_lines(rows: list[list[_Word]], columns: tuple[float, ...]) -> list[_GridLine]:
    """The rows as lines of the table, each with its gap below the lowest text above it in the table."""
    lines: list[_GridLine] = []
    bottom: float | None = None
    for row in rows:
        top, row_bottom = _line_span(row)
        lines.append(_GridLine(_by_column(row, columns), 0.0 if bottom is None else top - bottom))
        bottom = row_bottom if bottom is None else max(bottom, row_bottom)
    return lines


def _line_span(row: list[_Word]) -> tuple[float, float]:
    """Where a line's letters stand, top and bottom: those of its words in its usual size (the median), so that
    a footnote's mark raised ("Ibuprofen²") or lowered, or a word set larger, does not move it. Moved a point up,
    a row's gap under the one above would look like a cell's lines' (:func:`_rows_parting`)."""
    size = _size(row)
    body = [word for word in row if word.size == size]
    return median(word.top for word in body), median(word.bottom for word in body)


def _may_go_on(line: _GridLine, above: _GridLine) -> bool:
    """Might ``line`` belong to the row above rather than start one? A name alone (its values in the row above:
    the name wrapped), values without a name (a value wrapped, or centred against a name of two lines), or any
    line under a name alone (a value centred against that name, level with its second line)."""
    return not line.named or line.name_only or above.name_only


def _rows_parting(lines: list[_GridLine], size: float) -> float | None:
    """The gap at or above which a line starts a row, when the lines show it; else None.

    A table's rows stand further apart than a cell's lines (its cells'
    padding), so the gaps fall in sets (:func:`_gap_sets`): the greatest
    between rows, the lesser under lines going on in the row above. The gap
    under the header, often wider, is not counted. The parting is trusted only
    where two gaps or more part rows alike (one gap wider than the rest, a
    blank row's, is no row's gap; a chart whose every name wraps has more
    gaps within cells than between rows) and each line closer than the rows may go on in the
    row above (:func:`_may_go_on`) and stands no further under it than a
    paragraph's lines do (a row a point closer is no cell going on). Only the
    parting just below the rows' gaps is tried: a lower one would leave a line
    standing closer than the rows a row of its own, with no doubt. Rows set as
    close as a cell's lines, or no cell wrapped, show no parting.
    """
    data = list(itertools.pairwise(lines[1:]))
    sets = _gap_sets([line.gap for _, line in data], size)
    if len(sets) < 2:
        return None
    *closer, rows = sets
    if len(rows) < 2:
        return None  # one gap wider than the rest (a blank row's, or two medicines'): no rows' spacing to go by
    parting = (max(closer[-1]) + min(rows)) / 2
    if all(_may_go_on(line, above) and line.gap <= _PARAGRAPH_GAP * size
           for above, line in data if line.gap < parting):
        return parting
    return None


def _gap_sets(gaps: list[float], size: float) -> list[list[float]]:
    """The gaps, least first, in sets parted where two in turn differ by ``_ROW_GAP`` of the font size or more."""
    sets: list[list[float]] = []
    for gap in sorted(gaps):
        if sets and gap - sets[-1][-1] < _ROW_GAP * size:
            sets[-1].append(gap)
        else:
            sets.append([gap])
    return sets


def _grid_reading(rows: list[list[_Word]], columns: tuple[float, ...]) -> _GridReading:
    """The rows' cells, each word under its column, empty where none is, a cell's lines joined.

    Where the gaps part the rows (:func:`_rows_parting`), a line closer under the
    lines above goes on in their row (a name or a value wrapped, a value centred
    against a name of two lines), and a line standing apart starts one, even
    without a name (the first line of a value centred against a name set
    lower). Where they do not, a line with a name starts a row and one without
    goes on in the row above, as before, with a note for each line that could
    as well be read the other way.
    """
    lines = _grid_lines(rows, columns)
    size = _size([word for row in rows[1:] for word in row])
    parting = _rows_parting(lines, size)
    grouped: list[list[_GridLine]] = [[lines[0]]]
    notes: list[str] = []
    for index, line in enumerate(lines[1:], start=1):
        if parting is not None:
            starts = line.gap >= parting or (index == 1 and line.named)  # the gap under the header is its own
        else:
            starts = line.named
            if index > 1 and (note := _unsure_row(line, lines[2:], size)):
                notes.append(note)
        if starts:
            grouped.append([line])
        else:
            grouped[-1].append(line)
    cells = [[" ".join(text for line in row if (text := _text(line.cells[column])))
              for column in range(len(columns) + 1)] for row in grouped]
    return _GridReading(cells, notes)


def _unsure_row(line: _GridLine, lines: list[_GridLine], size: float) -> str | None:
    """What to check of a line read as lines are (a name starts a row, values without one go on in the row
    above), when the gaps do not part the rows: standing as close under the line above as a cell's lines, it
    may be read wrongly. None when it stands further, or is read as it seems (a row like the others)."""
    if line.gap > _PARAGRAPH_GAP * size:
        return None
    if line.name_only:
        return (f"“{line.text}” has no value beside it and stands as close under the row above as a cell's lines: "
                "read as a row of its own; check it is not the cell above going on (a name wrapped onto two lines)")
    if not line.named:
        return (f"“{line.text}”, with no name beside it, read as going on in the row above: check it does not "
                "belong to the row below (a value centred against a name of two lines)")
    if line.gap <= max(other.gap for other in lines) - _ROW_GAP * size:  # lines close, rows further apart
        return (f"“{line.text}” stands closer under the row above than the rows stand apart: read as a row of its "
                "own; check it is not the row above going on (its cells wrapped onto two lines)")
    return None


def _has_empty_cell_before_full(rows: list[list[str]]) -> bool:
    return any(not cell and after for row in rows for cell, after in itertools.pairwise(row))


def _holds_running_text(rows: list[list[_Word]], columns: tuple[float, ...]) -> bool:
    """Has a column lines of running text (several words to a line: the median), not a table's short cells (a
    column of the page's text beside the table)?"""
    for column in range(len(columns) + 1):
        words = sorted(len(cell) for row in rows if (cell := _by_column(row, columns)[column]))
        if words and words[len(words) // 2] >= _RUNNING_WORDS:
            return True
    return False


def _grid_table(region: _Region, page: int, text: PdfText) -> None:
    """A table without rules in three columns or more, each word under its column, with a doubt: the
    columns are read from where the words stand."""
    reading = _grid_reading(region.rows, region.columns)
    cells = reading.cells
    text.lines.append(RawLine("", len(text.lines) + 1, page))
    line = len(text.lines) + 1
    text.tables.append(Table(tuple(cells[0]), tuple(tuple(row) for row in cells[1:]), line))
    text.doubts.append(Doubt(line, line, f"page {page}: a table without rules with empty cells, read by the "
                                         "columns of its header row: check each value is in its row and under its column"))
    text.doubts.extend(Doubt(line, line, f"page {page}, a table: {flat}") for row in region.rows
                       for words in _by_column(row, region.columns) for flat in _flat_numbers(words))
    text.doubts.extend(Doubt(line, line, f"page {page}, a table: {note}") for note in reading.notes)
    text.lines.append(RawLine("", line, page))


def _grid_rows_as_text(region: _Region, page: int, text: PdfText) -> None:
    """A table without rules whose columns cannot be told apart, row by row as text: each row a paragraph of
    its own (never run on into the next row), its looks left out (a header row in bold is no heading), with a
    doubt to set it out as a table from the original."""
    first = len(text.lines) + 1
    _append([_Line(tuple(row), 0, True) for row in region.rows], page, text)
    for index in range(first - 1, len(text.lines)):
        text.lines[index] = replace(text.lines[index], size=None, bold=None)
    first = next(line.line for line in text.lines[first - 1:] if line.text)  # after the blank line before it
    text.doubts.append(Doubt(first, len(text.lines), (
        f"page {page}: a table without rules with empty cells whose columns cannot be told apart, read row by "
        "row as text: check each value against the original and set it out as a table")))


def _raw_line(line: _Line, number: int, page: int) -> RawLine:
    """The line as the outline reads it: its text (indented), size, weight and place."""
    letters = sum(len(w.text) for w in line.words)
    bold = sum(len(w.text) for w in line.words if w.bold) >= _BOLD_SHARE * letters
    return RawLine(" " * line.indent + _text(line.words), number, page, _size(line.words), bold,
                   round(line.words[0].x0, 1), round(line.top, 1))


def _append(column: list[_Line], page: int, text: PdfText) -> None:
    """Number the column's lines on after ``text``'s, with a blank line at each paragraph break."""
    lines = text.lines
    instruction = False  # in a paragraph in bold that tells the patient what to do: marked bold, line by line
    in_item = False  # in a list item's lines: its bold words marked, even on a line in bold throughout
    for line in column:
        if line.gap_before and lines and lines[-1].text:
            lines.append(RawLine("", len(lines) + 1, page))
        number = len(lines) + 1
        lines.append(_raw_line(line, number, page))
        bold, words = bool(lines[-1].bold), _text(line.words)
        item = is_list_item(words)
        going_on = instruction and not line.gap_before and goes_on(lines[-2].text, words)
        instruction = bold and (starts_as_instruction(words) or going_on)
        in_item = item or (in_item and not line.gap_before)  # a wrapped item's lines follow without a gap
        if instruction:  # bold but for its links' words, which a link mark takes
            runs = _bold_runs([replace(word, bold=word.link is None) for word in line.words])
            text.marks.extend(InlineMark(phrase, number) for phrase in runs)
        elif in_item:  # its bold words, without the marker ("• Do not drive": the item is "Do not drive")
            runs = _bold_runs(line.words)
            marker = words[:len(words) - len(without_marker(words))].strip() if item else ""
            if runs and marker and words.startswith(runs[0]):  # a marker in bold, or glued to the word ("•Do")
                runs[0] = runs[0].removeprefix(marker).strip()
            text.marks.extend(InlineMark(phrase, number) for phrase in runs if phrase)
        elif not bold:
            text.marks.extend(InlineMark(phrase, number) for phrase in _bold_runs(line.words))
        text.marks.extend(InlineMark(words, number, link) for words, link in _link_runs(line.words))
        text.doubts.extend(Doubt(number, number, f"page {page}: {flat}") for flat in _flat_numbers(line.words))


def _flat_numbers(words: Sequence[_Word]) -> list[str]:
    """What to say of each raised or lowered number that plain text cannot raise: it reads as another number."""
    return [flat_script_note(word.text, word.flat, after=before.text)
            for before, word in itertools.pairwise(words) if word.flat]


def _link_runs(words: Sequence[_Word]) -> list[tuple[str, str]]:
    """The runs of words under one link in a line, with the link's target."""
    runs: list[tuple[list[_Word], str]] = []
    previous: str | None = None
    for word in words:
        if word.link is not None and word.link == previous:
            runs[-1][0].append(word)
        elif word.link is not None:
            runs.append(([word], word.link))
        previous = word.link
    return [(text, link) for run, link in runs if (text := _link_words(_text(run), link))]


def _link_words(text: str, link: str) -> str:
    """A link's words without the punctuation a word took in beside it ("meds@example.org." ends a sentence,
    "(020 7946 0000)" is in brackets): the full stop is no part of the address."""
    while text:
        ends_a_sentence = text[-1] in ".,;:!?" and not link.endswith(text[-1])
        if ends_a_sentence or (text[-1] == ")" and "(" not in text):
            text = text[:-1]
        elif text[0] == "(" and ")" not in text:
            text = text[1:]
        elif text[0] == "(" and text[-1] == ")" and "(" not in link:  # the whole link in brackets
            text = text[1:-1]
        else:
            break
    return text


def _bold_runs(words: Sequence[_Word]) -> list[str]:
    """The runs of bold words in a line."""
    runs: list[list[_Word]] = [[]]
    for word in words:
        if word.bold:
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    return [_text(run) for run in runs if run]


# -- tables back among the blocks ---------------------------------------------------------------


def _with_tables(blocks: Sequence[Block], tables: Sequence[Table]) -> tuple[Block, ...]:
    """``blocks`` with each table before the first block that starts after the table's line."""
    out: list[Block] = []
    pending = sorted(tables, key=lambda t: t.line)
    for block in blocks:
        while pending and block.line > pending[0].line:
            out.append(pending.pop(0))
        out.append(block)
    return (*out, *pending)


def _with_boxes(blocks: Sequence[Block], boxes: Sequence[tuple[int, int, int]]
                ) -> tuple[tuple[Block, ...], list[Doubt]]:
    """``blocks`` with the paragraphs and lists of a framed box without a label ("Important") in a box.

    A box whose first line is a label became a warning box already (the
    outline's reading of labels); one without is an important notice, with a doubt.
    """
    out = list(blocks)
    doubts = []
    for first, last, page in boxes:
        inside = [i for i, block in enumerate(out) if first <= block.line <= last]
        if not inside or any(isinstance(out[i], Alert) for i in inside):
            continue
        parts = [out[i] for i in inside]
        if not all(isinstance(part, (Paragraph, ListBlock)) for part in parts):
            continue
        alert = Alert(AlertKind.IMPORTANT, tuple(p for p in parts if isinstance(p, (Paragraph, ListBlock))),
                      parts[0].line)
        out[inside[0]:inside[-1] + 1] = [alert]
        doubts.append(Doubt(first, last, f"page {page}: a box without a label taken as an important notice"))
    return tuple(out), doubts


def _with_marks(blocks: Sequence[Block], marks: Sequence[InlineMark]) -> tuple[Block, ...]:
    """``blocks`` with each mark's words marked up in the paragraph or list its line went into.

    Marks are set after the outline is made, so that the guesswork reads the
    words as the reader sees them (a line starting "**" is no bullet). Words
    the outline changed (a hyphenated word rejoined) are left unmarked.
    """
    out = list(blocks)
    for mark in marks:
        at = max((i for i, block in enumerate(out) if 0 < block.line <= mark.line), default=None)
        if at is not None:
            out[at] = _mark_in_block(out[at], mark)
    return tuple(_one_bold_run(block) for block in out)


def _one_bold_run(block: Block) -> Block:
    """A paragraph or list item in bold line after line as one bold run, not one a line (in a box too)."""
    if isinstance(block, Paragraph):
        return replace(block, text=_in_one_run(block.text))
    if isinstance(block, ListBlock):
        return _list_in_one_run(block)
    if isinstance(block, Alert):
        return replace(block, blocks=tuple(replace(part, text=_in_one_run(part.text)) if isinstance(part, Paragraph)
                                           else _list_in_one_run(part) for part in block.blocks))
    return block


def _list_in_one_run(block: ListBlock) -> ListBlock:
    return replace(block, items=tuple(
        replace(item, text=_in_one_run(item.text), sublists=tuple(_list_in_one_run(sub) for sub in item.sublists))
        for item in block.items))


def _in_one_run(text: str) -> str:
    return text.replace("** **", " ")


def _mark_in_block(block: Block, mark: InlineMark) -> Block:
    """``block`` with the first unmarked words of ``mark`` in its text marked up (headings and tables as they are)."""
    if isinstance(block, Paragraph):
        return replace(block, text=_marked(block.text, mark))
    if isinstance(block, ListBlock):
        return _mark_in_list(block, mark)[0]
    if isinstance(block, Alert):
        inner: list[Paragraph | ListBlock] = []
        done = False
        for part in block.blocks:
            marked = part if done else _mark_in_block(part, mark)
            done = done or marked != part
            inner.append(marked)  # type: ignore[arg-type]
        return replace(block, blocks=tuple(inner))
    return block


def _mark_in_list(block: ListBlock, mark: InlineMark) -> tuple[ListBlock, bool]:
    """``block`` with ``mark`` set in the item its line is in: the last to start at or before that line
    (a sub-item's, when one of its sub-items starts there or before), not the first with those words."""
    items = list(block.items)
    for i in reversed(range(len(items))):
        item = items[i]
        if item.line > mark.line:
            continue
        sublists = list(item.sublists)
        for j in reversed(range(len(sublists))):
            sublists[j], done = _mark_in_list(sublists[j], mark)
            if done:
                items[i] = replace(item, sublists=tuple(sublists))
                return replace(block, items=tuple(items)), True
        if any(sub.line <= mark.line for sublist in item.sublists for sub in sublist.items):
            return block, False  # the line is a sub-item's, whose text does not have the words
        if (text := _marked(item.text, mark)) != item.text:
            items[i] = replace(item, text=text)
            return replace(block, items=tuple(items)), True
        return block, False
    return block, False


def _marked(text: str, mark: InlineMark) -> str:
    """``text`` with the first of ``mark``'s words not already inside a mark marked up."""
    # Whole words (a raised ⁹ or a footnote's * may follow), not already inside a mark.
    pattern = re.compile(rf"(?<!(?![{SCRIPT_CHARACTERS}])[\w\[])(?<!\*\*)" + re.escape(mark.text)
                         + rf"(?!(?![{SCRIPT_CHARACTERS}])[\w\]]|\*\*)")
    markup = f"[{mark.text}]({mark.link})" if mark.link else f"**{mark.text}**"
    return pattern.sub(lambda _: markup, text, count=1)
