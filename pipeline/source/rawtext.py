"""Import from text extracted from a PDF: the first draft of a leaflet's outline.

Text copied or extracted from a clinic's PDF keeps the words but loses the
structure: headings are only short lines, lists lose their bullets, pages
repeat their headers and footers, lines break mid-sentence and ligatures turn
into junk ("e!ect"). :func:`outline_from_lines` guesses the structure back from
several signals together (see ``docs/import.md``) and notes as a
:class:`~pipeline.source.outline.Doubt` every guess a person should check.

The PDF importer gives the same function lines that know their font size,
weight and position; plain text (:func:`read_lines`) knows only the words and
the pages (form feeds, "Page 2 of 4").
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from pipeline.core.errors import SourceError
from pipeline.core.text import MERGE_CONFLICT, conflict_line
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
    RawLine,
    Table,
    after_label,
    reads_as_instruction,
)

# -- reading plain text into lines ---------------------------------------------------------

_PAGE_MARK = re.compile(r"^\s*(?:-\s*)?page\s+(\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*-)?\s*$", re.IGNORECASE)


def read_lines(text: str) -> list[RawLine]:
    """The lines of plain text, each with its 1-based line number and page.

    A form feed starts a page; so does the line after a "Page N of M" footer
    (a "Page N" line above a page's text sets that page instead).
    """
    lines: list[RawLine] = []
    page, after_footer = 1, False
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        for index, part in enumerate(raw.split("\f")):
            if index and not after_footer:
                page += 1
            if index:
                after_footer = False
            if mark := _PAGE_MARK.match(part):
                shown = int(mark[1])
                page = max(page, shown)  # a header names the page it heads
                lines.append(RawLine(part, number, page))
                page, after_footer = page + 1, True
                continue
            if part.strip():
                after_footer = False
            lines.append(RawLine(part, number, page))
    return lines


def import_text(path: Path) -> Outline:
    """The outline of ``source/raw/<slug>.txt`` (UTF-8 text, as extracted from a PDF)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceError("no such raw leaflet", path) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError("not valid UTF-8", path, data[: exc.start].count(b"\n") + 1) from None
    if "\x00" in text:
        raise SourceError("NUL byte in the file", path, text.count("\n", 0, text.index("\x00")) + 1)
    if (conflict := conflict_line(text)) is not None:  # else its markers become words of the leaflet
        raise SourceError(MERGE_CONFLICT, path, conflict)
    try:
        return outline_from_lines(read_lines(text))
    except SourceError as error:
        raise SourceError(error.message, path, error.line) from None


# -- the outline from lines ----------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    """A non-blank line as the guessing works on it (blank lines are None in the sequence)."""

    text: str  # whitespace collapsed, ligatures repaired
    line: int
    page: int
    indent: int  # leading spaces in the original
    ends_paragraph: bool  # a sentence end followed by two or more spaces: the paragraph ends here
    size: float | None = None
    bold: bool | None = None
    table: tuple[tuple[str, ...], ...] | None = None  # a table's rows, the first its header, read off lined-up lines


_Seq = list[_Line | None]

# A sentence end, allowing a closing quote or bracket after it.
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*$")
# A line that ends a sentence and then carries two or more trailing spaces ends a paragraph in
# some PDF exports; a single trailing space is a soft wrap.
_PARAGRAPH_END = re.compile(r"[.!?:][\"”’)]?[ \t]{2,}$")
_QUESTION_NUMBER = re.compile(r"^Q\s?(\d{1,3})\s*[:.)]?\s+(\S.*)$")
# Bullet glyphs may touch their text ("•item"); a dash or star is a bullet only with a space after it.
# Bullets as text extraction gives them: Word's Symbol and Wingdings bullets come out as private-use
# characters (\uf0b7 , \uf0a7 ), its second-level bullet as "o" (Courier New).
_BULLET = re.compile(r"^([•▪●◦‣·■□➢➤✓✔\uf0b7\uf0a7\uf076\uf0d8\uf0fc]\s*|[-*–—o]\s+)(\S.*)$")
# Word's first two levels of bullets, as extraction gives them: what tells a nested item when the indent is lost.
_FIRST_LEVEL = frozenset("•●\uf0b7")
_SECOND_LEVEL = frozenset("o◦")
_NUMBERED = re.compile(r"^(\d{1,2})[.)]\s+(\S.*)$")
_LETTERED = re.compile(r"^\(?([a-h])[.)]\s+(\S.*)$")
_ALERT_LABEL = re.compile(r"^(" + "|".join(ALERT_LABELS) + r")\b\s*(?:[:!.]\s*|$)(.*)$", re.IGNORECASE)
_FREQUENCY = re.compile(
    r"^(very common|common|uncommon|rare|very rare|not known|frequency not known)\b([^.]{0,60})$", re.IGNORECASE)
_FREQUENCY_NOTE = re.compile(r"^\((?:may |can )?(?:affect|occur|happen|in )[^)]*\)\s*:?$", re.IGNORECASE)
_CONTACT = re.compile(
    r"^(tel|telephone|phone|fax|e-?mail|web|website|mobile|text|switchboard|helpline|opening hours|hours)\b"
    r"|www\.|https?://|\S@\S+\.|\b0\d{2,4}[ -]?\d{3}[ -]?\d{3,4}\b|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b"
    r"|^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b",
    re.IGNORECASE)
_WEB_ADDRESS = re.compile(r"www\.|https?://|\S@\S+\.|^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?$")  # pain.example.org
_CONTACT_HEADING = re.compile(r"^(contact|further information|more information|useful|for (?:more|further))",
                              re.IGNORECASE)
_FILL_IN = re.compile(r"_{3,}|\.{6,}|…{2,}")
_NAVIGATION = re.compile(
    r"^(<<|>>|«|»|<|>|back|home|menu|skip to (?:main )?content|learn more|read more|print|share|search|"
    r"sign in|log in|cookies?|accessibility|next|previous|top|back to top)$|\S\s*[>»|]\s*\S.*[>»|]", re.IGNORECASE)
# Words a line broken mid-sentence ends with: such a line is not a heading.
# Words a line cut mid-sentence ends with, and a heading or a sentence never does (the PDF reader
# joins a sentence over a page break after one).
CONNECTING = frozenset((
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "if",
    "that", "which", "who", "your", "our", "their", "this", "these", "is", "are", "be", "will", "can", "may",
    "should", "must", "has", "have", "you", "we", "it", "not", "no", "than", "until", "when", "while", "because",
    # words a heading does not end on either ("… should be between" / "4 and 7 mmol/L"): a range or a count
    # broken off at the line's end would otherwise leave its start as a heading
    "between", "within", "into", "per", "via", "around", "through", "during", "including", "every", "least",
    # not "about", "each" or "both", which end headings too ("What this leaflet is about", "Doses for both")
    "was", "were", "been", "would", "could", "very", "also", "either", "whether"))
_SPLIT_WORD = re.compile(r"([A-Za-z]+)-$")
_NEXT_WORD = re.compile(r"^([A-Za-z]+)")
_LONG_LINE = 400  # characters: a line this long is text that lost its line breaks
_SHORT = 60  # characters: at most this long, a line may be a heading or a list item without bullet


def outline_from_lines(lines: Sequence[RawLine]) -> Outline:
    """The outline of a leaflet's lines: title, headings, paragraphs, lists, warning boxes, doubts."""
    return _Reader(lines).read()


class _Reader:
    """One import: the lines, the document's own words, and the doubts noted on the way."""

    def __init__(self, lines: Sequence[RawLine]):
        self.raw = list(lines)
        self.raw_by_number: dict[int, list[RawLine]] = {}
        for line in self.raw:
            self.raw_by_number.setdefault(line.line, []).append(line)
        text = "\n".join(line.text for line in self.raw)
        self.vocabulary = set(re.findall(r"[a-z]+(?:-[a-z]+)*", text.lower()))
        self.doubts: list[Doubt] = []
        self.sizes = self._body_size()

    def doubt(self, first: int, last: int, message: str) -> None:
        self.doubts.append(Doubt(first, last, message))

    # The steps, in order: clean the lines, then read the blocks off them.
    def read(self) -> Outline:
        lines = self._prepared()
        lines = self._drop_repeated(lines)
        lines = self._drop_navigation(lines)
        title, lines = self._title(lines)
        lines = self._split_long_lines(lines)
        lines = self._separate_columns(lines)
        blocks = _Blocks(self, lines).read()
        doubts = tuple(sorted(self.doubts, key=lambda d: (d.first_line, d.last_line, d.message)))
        return Outline(title, tuple(blocks), doubts)

    def _body_size(self) -> tuple[float | None, float | None]:
        """The body text's font size (the size of most characters), and the largest size, when known."""
        weights: Counter[float] = Counter()
        for line in self.raw:
            if line.size is not None:
                weights[round(line.size, 1)] += len(line.text.strip())
        if not weights:
            return None, None
        return weights.most_common(1)[0][0], max(weights)

    def _prepared(self) -> _Seq:
        out: _Seq = []
        for raw in self.raw:
            text = _read_as(raw.text)
            if not text:
                out.append(None)
                continue
            text = self._repair_ligatures(text, raw.line)
            stripped = raw.text.replace("\t", "    ")
            out.append(_Line(text, raw.line, raw.page, len(stripped) - len(stripped.lstrip(" ")),
                             bool(_PARAGRAPH_END.search(raw.text)), raw.size, raw.bold))
        return out

    def _repair_ligatures(self, text: str, line: int) -> str:
        def repair(match: re.Match[str]) -> str:
            word = match[0]
            fixed = _ligature_word(word, self.vocabulary)
            if fixed is None:
                return word
            self.doubt(line, line, f"repaired “{word}” as “{fixed}” (a ligature lost in extraction)")
            return fixed

        return _BROKEN_WORD.sub(repair, text)

    def _drop_repeated(self, lines: _Seq) -> _Seq:
        """Without page numbers, and without headers and footers repeated across pages (:func:`page_furniture`)."""
        furniture = page_furniture(lines)
        tops: dict[int, _Line] = {}  # per page, its first line
        for line in lines:
            if line is not None and not _is_page_number(line.text):
                tops.setdefault(line.page, line)
        first = tops[min(tops)] if tops else None
        # The first line, repeated, is a running title when each repeat heads its page, and it is the title (not
        # a smaller line over a title in large type); else a header or footer.
        sized_title = self._sized_title_start(lines)
        running_title = first is not None and not re.search(r"\d", first.text) \
            and (sized_title is None or lines[sized_title] is first) and all(
            tops.get(line.page) is line for line in lines
            if line is not None and line is not first
            and _repetition_key(line.text, line.page) == _repetition_key(first.text, first.page))
        pages: dict[str, set[int]] = {}
        for index, line in enumerate(lines):
            if line is not None and index in furniture:
                pages.setdefault(_repetition_key(line.text, line.page), set()).add(line.page)
        out: _Seq = []
        reported: set[str] = set()
        numbers: list[_Line] = []  # bare page numbers, reported together
        for index, line in enumerate(lines):
            if line is None or index not in furniture or (line is first and running_title):
                out.append(line)
                continue
            key = _repetition_key(line.text, line.page)
            if _PAGE_MARK.match(line.text):
                continue  # "Page 2 of 4" says what it is
            if _is_page_number(line.text):
                numbers.append(line)
            elif key not in reported:
                reported.add(key)
                self.doubt(line.line, line.line,
                           f"dropped “{line.text}”, repeated on {len(pages[key])} pages (header or footer)")
        if numbers:
            self.doubt(numbers[0].line, numbers[-1].line, "dropped the page numbers "
                       f"{', '.join(f'“{line.text.strip()}”' for line in numbers)} at the pages' top or foot")
        return out

    def _drop_navigation(self, lines: _Seq) -> _Seq:
        """Without the web page's links before the title ("<<", "Learn More", "Home > Services")."""
        for index, line in enumerate(lines):
            if line is None:
                continue
            if _NAVIGATION.search(line.text) or not any(c.isalpha() for c in line.text):
                self.doubt(line.line, line.line, f"dropped “{line.text}” before the title (navigation)")
                lines[index] = None
                continue
            break
        return lines

    def _title(self, lines: _Seq) -> tuple[str, _Seq]:
        if (sized := self._largest_title(lines)) is not None:
            return sized
        for index, line in enumerate(lines):
            if line is None:
                continue
            rest = lines[index + 1:]
            if len(line.text) <= 120:
                return without_marker(line.text), rest
            # A long first line: text without line breaks. The title is its first sentence, or words.
            sentence = re.match(r"^(.{3,120}?[.!?:])\s+(.*)$", line.text)
            if sentence:
                title, remainder = sentence[1].rstrip(".:"), sentence[2]
            else:
                words = line.text.split()
                title, remainder = " ".join(words[:8]), " ".join(words[8:])
            self.doubt(line.line, line.line, "the title taken from the start of a long line")
            return title, [replace(line, text=remainder), *rest] if remainder else rest
        raise SourceError("empty raw leaflet: no title line", None, 1)

    def _largest_title(self, lines: _Seq) -> tuple[str, _Seq] | None:
        """With font sizes known: the title is the largest line near the top (over several lines, joined).

        Lines above it (a service's name, a logo's words) are kept, after it.
        """
        start = self._sized_title_start(lines)
        if start is None:
            return None
        title_line = lines[start]
        assert title_line is not None
        largest = title_line.size
        end = start + 1
        while end < len(lines) and (following := lines[end]) is not None and following.size == largest:
            end += 1
        title_lines = [line for line in lines[start:end] if line is not None]
        above = [line for line in lines[:start] if line is not None]
        if above:
            self.doubt(title_lines[0].line, title_lines[0].line,
                       "taken as the title: the largest line near the top (the lines above it follow it)")
        title = _join_lines([line.text for line in title_lines], self.vocabulary)
        return title, [*above, None, *lines[end:]]

    def _sized_title_start(self, lines: _Seq) -> int | None:
        """With font sizes known, where the title starts: the largest line near the top, when larger than the body's."""
        body, _ = self.sizes
        top = [(index, line) for index, line in enumerate(lines) if line is not None][:8]
        sized = [(index, line) for index, line in top if line.size is not None and line.page == top[0][1].page]
        if body is None or not sized:
            return None
        largest = max(line.size or 0 for _, line in sized)
        if largest < body * _HEADING_SIZE:
            return None
        return next(index for index, line in sized if line.size == largest)

    def _split_long_lines(self, lines: _Seq) -> _Seq:
        """Text that lost its line breaks: one line per sentence, a paragraph every few sentences."""
        out: _Seq = []
        for line in lines:
            if line is None or len(line.text) < _LONG_LINE:
                out.append(line)
                continue
            pieces = _sentences(line.text)
            paragraphs = 0
            size = 0
            for piece in pieces:
                if piece.endswith("?") and len(piece) <= 150:  # a question: a heading of its own
                    out += [None, replace(line, text=piece), None]
                    size = 0
                    continue
                if size and size + len(piece) > 300:
                    out.append(None)
                    size = 0
                if not size:
                    paragraphs += 1
                out.append(replace(line, text=piece, ends_paragraph=False))
                size += len(piece)
            out.append(None)
            self.doubt(line.line, line.line, f"one line of {len(line.text)} characters with few breaks: split into "
                                             f"{paragraphs} paragraph(s) at sentence ends and clause starts; check the splits")
        return out

    def _separate_columns(self, lines: _Seq) -> _Seq:
        """Two columns extracted line by line: the side column put after the main one, with a doubt.

        Two shapes: columns side by side with a wide gap, and a side list whose
        items alternate with the lines of the main text.
        """
        out: _Seq = []
        index = 0
        while index < len(lines):
            run = _run_from(lines, index)
            index += max(1, len(run))
            if not run:
                out.append(None)
            elif _interleaved(run):
                main = [line for line in run if not is_list_item(line.text)]
                side = [line for line in run if is_list_item(line.text)]
                out += [*main, None, *side]
                self.doubt(run[0].line, run[-1].line, "two columns interleaved? the side list is put after the main "
                                                      "text; check the order")
            else:
                out += self._side_by_side(run)
        return out

    def _side_by_side(self, run: list[_Line]) -> _Seq:
        """The run, with each stretch of three or more lines split by a wide gap read as two columns."""
        out: _Seq = []
        gapped = [bool(_GAP.search(_raw_gap_text(self.raw_by_number, line))) for line in run]
        start = 0
        while start < len(run):
            end = start
            while end < len(run) and gapped[end] == gapped[start]:
                end += 1
            stretch = run[start:end]
            if not gapped[start] or len(stretch) < 3:
                out += stretch
            elif stretch[0].size is None and (rows := _lined_up([_raw_gap_text(self.raw_by_number, line)
                                                                  for line in stretch])) is not None:
                # short cells in the same columns on every line: a chart (a PDF's own tables are found by pdf.py)
                out += [None, replace(stretch[0], text=" ".join(rows[0]), table=rows), None]
                self.doubt(stretch[0].line, stretch[-1].line,
                           "read as a table (its columns line up on every line, the first line its header); "
                           "check the cells")
            else:
                left: _Seq = []
                right: _Seq = []
                for line in stretch:
                    parts = _GAP.split(_raw_gap_text(self.raw_by_number, line).strip(), maxsplit=1)
                    left.append(replace(line, text=_collapse(parts[0]), ends_paragraph=False))
                    right.append(replace(line, text=_collapse(parts[1]), ends_paragraph=False))
                out += [None, *left, None, *right, None]
                self.doubt(stretch[0].line, stretch[-1].line,
                           "two columns side by side? the right one is put after the left; check the order")
            start = end
        return out


# A gap of four spaces or more between two words: columns side by side.
_GAP = re.compile(r"(?<=\S) {4,}(?=\S)")
_BETWEEN_GAPS = re.compile(r"\S+(?: {1,3}\S+)*")
# A table's cells are short ("Day 1", "300 mg", "night"); columns of running text are not.
_TABLE_CELL = 30
_ALIGNED = 2  # characters a cell may start off its column (pdftotext's layout rounds positions)


def _lined_up(texts: Sequence[str]) -> tuple[tuple[str, ...], ...] | None:
    """The rows of lines whose parts between wide gaps are short and start in the same columns on every
    line (as ``pdftotext -layout`` prints a table), else None.

    Not where the first column's text runs on from line to line ("Write down how you feel" /
    "each day in your diary"): that is a narrow column of running text beside another.
    """
    shaped = [[(found.start(), found.group()) for found in _BETWEEN_GAPS.finditer(text)] for text in texts]
    columns = [start for start, _ in shaped[0]]
    if len(columns) < 2 or any(len(parts) != len(columns) for parts in shaped):
        return None
    if any(abs(start - column) > _ALIGNED or len(cell) > _TABLE_CELL
           for parts in shaped for (start, cell), column in zip(parts, columns, strict=True)):
        return None
    first_column = [parts[0][1] for parts in shaped]
    if any(below[:1].islower() and not _SENTENCE_END.search(above)
           for above, below in itertools.pairwise(first_column[1:])):
        return None
    return tuple(tuple(_collapse(cell) for _, cell in parts) for parts in shaped)


def _raw_gap_text(raw: dict[int, list[RawLine]], line: _Line) -> str:
    """The original text of ``line`` (gaps kept), when it is still what the line says."""
    for candidate in raw.get(line.line, ()):
        if _read_as(candidate.text) == line.text:
            return candidate.text.replace("\t", "    ")
    return line.text


@lru_cache(maxsize=16)
def _read_as(raw_text: str) -> str:
    """A raw line's text as the reader reads it: each sentence of a file without line breaks
    asks of the same raw line, which was read again each time (320 KB took minutes)."""
    return _collapse(_normalise(raw_text))


def _run_from(lines: _Seq, index: int) -> list[_Line]:
    run = []
    while index < len(lines) and (line := lines[index]) is not None:
        run.append(line)
        index += 1
    return run


def _interleaved(run: list[_Line]) -> bool:
    """Do list items alternate with lines that continue one sentence (a side list read across)?

    Not a list whose items wrapped: it starts with an item, or after a line that ends a sentence
    or leads in (":"), where the main text of a side list read across runs on past the first item;
    and its items' lines, before the lines that go on, are as long as the text's.
    """
    if len(run) < 5:
        return False
    items = [is_list_item(line.text) for line in run]
    switches = sum(1 for a, b in itertools.pairwise(items) if a != b)
    went_on = [i for i in range(2, len(run)) if not items[i] and items[i - 1] and run[i].text[:1].islower()]
    if switches < 4 or len(went_on) < 2:
        return False
    first = items.index(True)
    runs_on = first > 0 and not _SENTENCE_END.search(run[first - 1].text) and not run[first - 1].text.endswith(":")
    longest = max(len(line.text) for line in run)
    wrapped = all(len(run[i - 1].text) >= _WRAPPED_SHARE * longest for i in went_on)
    return runs_on or not wrapped


# -- reading blocks off the cleaned lines ----------------------------------------------------


class _Blocks:
    """The blocks of the cleaned lines, read top to bottom with a look ahead."""

    def __init__(self, reader: _Reader, lines: _Seq):
        self.reader = reader
        self.lines = lines
        self.index = 0
        self.blocks: list[Block] = []
        self.paragraph: list[_Line] = []
        self.body_size, self.largest = reader.sizes
        lengths = sorted(len(line.text) for line in lines if line is not None)
        self.width = max(60, lengths[len(lengths) * 9 // 10] if lengths else 0)  # a full line's length

    # -- looking around
    def peek(self, offset: int = 0) -> _Line | None:
        at = self.index + offset
        return self.lines[at] if 0 <= at < len(self.lines) else None

    def next_text(self, start: int | None = None) -> tuple[_Line | None, bool]:
        """The next non-blank line after ``start`` (default: the current line), and whether a blank came first."""
        at = (self.index if start is None else start) + 1
        blank = False
        while at < len(self.lines):
            line = self.lines[at]
            if line is not None:
                return line, blank
            blank = True
            at += 1
        return None, blank

    def after_paragraph_end(self) -> bool:
        if not self.paragraph:
            return True
        last = self.paragraph[-1]
        return (last.ends_paragraph or bool(_SENTENCE_END.search(last.text)) or last.text.endswith(":")
                or self.stands_alone(last))

    def stands_alone(self, line: _Line) -> bool:
        """A line much shorter than the text's lines that does not end mid-sentence: a label, not a wrapped line."""
        return (len(line.text) <= self.width * 0.6 and not line.text.endswith((",", "-", ";"))
                and _last_word(line.text) not in CONNECTING)

    # -- writing
    def flush(self) -> None:
        if self.paragraph:
            lines = self.paragraph
            self.blocks.append(Paragraph(self.join(lines), lines[0].line))
            self.paragraph = []

    def join(self, lines: Sequence[_Line]) -> str:
        return _join_lines([line.text for line in lines], self.reader.vocabulary)

    def heading(self, line: _Line, text: str, level: int = 2, doubt: str | None = None) -> None:
        self.flush()
        if not _strip_final_colon(text).strip():  # a bold ":" alone is no heading: kept as it is
            self.blocks.append(Paragraph(text, line.line))
            return
        self.blocks.append(Heading(_strip_final_colon(text), level, line.line))
        if doubt:
            self.reader.doubt(line.line, line.line, doubt)

    def read(self) -> list[Block]:
        steps = (self.table, self.question_number, self.styled_heading, self.frequency_group, self.alert_label,
                 self.capitals, self.list_, self.contact_block, self.fill_in, self.question, self.glued_heading,
                 self.short_heading)
        while self.index < len(self.lines):
            line = self.lines[self.index]
            if line is None:
                self.flush()
                self.index += 1
                continue
            if not any(step(line) for step in steps):
                self.paragraph.append(line)
                self.index += 1
                if line.ends_paragraph:
                    self.flush()
                elif line.text.endswith(":"):
                    self.unmarked_list()
        self.flush()
        return self.blocks

    # -- the signals, strongest first; each takes the line (and those it needs) or returns False
    def table(self, line: _Line) -> bool:
        """A table read off lined-up lines (:meth:`_Reader._side_by_side`)."""
        if line.table is None:
            return False
        self.flush()
        header, *rows = line.table
        self.blocks.append(Table(header, tuple(rows), line.line))
        self.index += 1
        return True

    def question_number(self, line: _Line) -> bool:
        match = _QUESTION_NUMBER.match(line.text)
        if not match:
            return False
        self.heading(line, match[2])
        self.index += 1
        return True

    def styled_heading(self, line: _Line) -> bool:
        """A line set larger than the body, or bold and short (a PDF's headings)."""
        if self.body_size is None:
            return False
        level = self.style_level(line)
        if level is None or self.goes_on_in_bold(line):
            return False
        at_body_size = not self.larger(line)  # then a heading only by being bold: maybe not one
        if at_body_size and _label_alone(line.text):
            return False  # "Warning" alone, in bold at the body's size: a box's label (alert_label), not a heading
        lines = [line]
        while (following := self.peek(len(lines))) is not None and self.style_level(following) == level:
            lines.append(following)
        if at_body_size and reads_as_instruction(self.join(lines)):
            return False  # bold at the body's size telling the patient what to do: a paragraph in bold
        self.index += len(lines)
        self.heading(line, without_marker(self.join(lines)), level)
        return True

    def goes_on_in_bold(self, line: _Line) -> bool:
        """A bold line at the body's size going on with a paragraph in bold whose sentence is not done
        (an instruction in bold, wrapped): part of it, not a heading."""
        assert self.body_size is not None
        if not self.paragraph or not self.paragraph[-1].bold:
            return False
        last = self.paragraph[-1]
        return (not last.ends_paragraph and not _SENTENCE_END.search(last.text) and not last.text.endswith(":")
                and goes_on(last.text, line.text) and line.size is not None and not self.larger(line))

    def larger(self, line: _Line) -> bool:
        """Is ``line`` set larger than the body (a heading by its size)?"""
        assert self.body_size is not None and line.size is not None
        return line.size >= self.body_size * _HEADING_SIZE

    def style_level(self, line: _Line) -> int | None:
        if self.body_size is None or line.size is None or len(line.text.split()) > 15:
            return None
        if is_list_item(line.text) and not _NUMBERED.match(line.text):
            return None
        if self.larger(line):
            return 2
        if line.bold and not _SENTENCE_END.search(line.text) and len(line.text.split()) <= 12:
            bigger = self.largest is not None and self.largest >= self.body_size * _HEADING_SIZE
            return 3 if bigger else 2
        return None

    def frequency_group(self, line: _Line) -> bool:
        """A side-effect frequency ("Common", "(may affect up to 1 in 10 people):", items): a heading and a list."""
        match = _FREQUENCY.match(line.text)
        if not match or not self.after_paragraph_end():
            return False
        text = line.text.rstrip(":")
        consumed = 1
        following, blank = self.next_text()
        if "(" not in text:
            if following is None or blank or not _FREQUENCY_NOTE.match(following.text):
                return False
            text = f"{text} {following.text.rstrip(':').strip()}"
            consumed = self.lines.index(following, self.index) - self.index + 1
        elif not re.search(r"\d|affect|occur", text, re.IGNORECASE):
            return False
        self.heading(line, text, level=3)
        self.index += consumed
        items: list[ListItem] = []
        while (item := self.peek()) is not None and not _FREQUENCY.match(item.text):
            if self.strong_heading(item) or _all_caps(item.text) or is_alert_label(item.text):
                break
            text = without_marker(item.text)
            if items and not is_list_item(item.text) and (item.indent > 0 or items[-1].text.endswith((",", "-"))):
                items[-1] = replace(items[-1], text=self.join_texts(items[-1].text, text))
            else:
                items.append(ListItem(text, line=item.line))
            self.index += 1
        if items:
            self.blocks.append(ListBlock(tuple(items), line=items[0].line))
        return True

    def join_texts(self, left: str, right: str) -> str:
        return _join_lines([left, right], self.reader.vocabulary)

    def strong_heading(self, line: _Line) -> bool:
        return bool(_QUESTION_NUMBER.match(line.text)) or (
            self.body_size is not None and self.style_level(line) is not None)

    def alert_label(self, line: _Line) -> bool:
        """ "Important" or "Warning:" on its own line, or before its text: a warning box."""
        match = _ALERT_LABEL.match(line.text)
        if not match or not self.after_paragraph_end():
            return False
        if not match[2] and len(line.text) > 20:
            return False
        if match[2] and not re.match(r"^(important|warning|caution|attention|please note|note)\s*[:!]",
                                     line.text, re.IGNORECASE):
            return False  # "Important information about ..." is a heading or a sentence, not a label
        kind = ALERT_LABELS[match[1].lower()]
        self.flush()
        self.index += 1
        inner: list[_Line] = []
        if match[2]:
            inner.append(replace(line, text=after_label(match[2])))
        else:
            while self.peek() is None and self.index < len(self.lines):
                self.index += 1
        blocks: list[Paragraph | ListBlock] = []
        while (following := self.peek()) is not None:
            if self.strong_heading(following) or (inner and inner[-1].ends_paragraph):
                break
            if inner and _SENTENCE_END.search(inner[-1].text) and len(following.text) <= _SHORT and not re.search(
                    r"[.!?:,;]$", following.text):
                break  # a heading, or the next block, right after the box's last sentence
            if is_list_item(following.text):
                if inner:
                    blocks.append(Paragraph(self.join(inner), inner[0].line))
                    inner = []
                blocks.append(self.take_list())
                continue
            inner.append(following)
            self.index += 1
        if inner:
            blocks.append(Paragraph(self.join(inner), inner[0].line))
        if not blocks:
            self.reader.doubt(line.line, line.line, f"“{line.text}” with nothing after it: kept as a paragraph")
            self.blocks.append(Paragraph(line.text, line.line))
            return True
        self.blocks.append(Alert(kind, tuple(blocks), line.line))
        return True

    def capitals(self, line: _Line) -> bool:
        """ALL CAPS: a short line is a heading; a longer notice (often over two lines) a warning box."""
        if not _all_caps(line.text) or not self.after_paragraph_end() or is_list_item(line.text):
            return False
        lines = [line]
        while (following := self.peek(len(lines))) is not None and _all_caps(following.text):
            lines.append(following)
        text = self.join(lines)
        words = len(text.split())
        if len(lines) == 1 and words <= 8 and not re.search(r"[.!]$", text):
            self.heading(line, text)
        else:
            self.flush()
            self.blocks.append(Alert(AlertKind.WARNING, (Paragraph(text, line.line),), line.line))
            self.reader.doubt(line.line, lines[-1].line, "a notice in capitals taken as a warning box")
        self.index += len(lines)
        return True

    def list_(self, line: _Line) -> bool:
        if not is_list_item(line.text):
            return False
        numbered = _NUMBERED.match(line.text)
        if numbered and self.numbered_heading(line, numbered[2]):
            return True
        self.flush()
        self.blocks.append(self.take_list())
        return True

    def numbered_heading(self, line: _Line, text: str) -> bool:
        """ "1. What is a nerve block?" or "2. Before the procedure" above a paragraph: a numbered heading."""
        previous = self.blocks[-1] if self.blocks else None
        if self.paragraph and self.paragraph[-1].text.endswith(":"):
            return False
        following, _ = self.next_text()
        if text.endswith("?") and len(text) <= 150:
            if following is not None and is_list_item(following.text) and _NUMBERED.match(following.text):
                return False  # a list of questions
            self.heading(line, text)
            self.index += 1
            return True
        if (following is None or is_list_item(following.text) or not following.text[:1].isupper()
                or _SENTENCE_END.search(text) or text.endswith((",", ";", ":")) or len(text.split()) > 10
                or isinstance(previous, ListBlock)):
            return False
        self.heading(line, text, doubt="taken as a numbered heading")
        self.index += 1
        return True

    def take_list(self) -> ListBlock:
        """The list starting at the current line: its items, continuation lines and nested items."""
        first = self.peek()
        assert first is not None
        family = _list_family(first.text)
        base_indent = first.indent
        items: list[ListItem] = []
        item_lines: list[_Line] = []
        sub_items: list[ListItem] = []
        sub_family: str | None = None
        sub_indent = 0  # of the first sub-item

        def end_item() -> None:
            nonlocal item_lines, sub_items
            if item_lines:
                text = without_marker(self.join(item_lines))
                subs = (ListBlock(tuple(sub_items), ordered=sub_family in ("number", "letter"),
                                  line=sub_items[0].line),) if sub_items else ()
                items.append(ListItem(text, subs, item_lines[0].line))
            item_lines, sub_items = [], []

        while (line := self.peek()) is not None or self.continues_after_blank(family, sub_family):
            if line is None:
                self.index += 1
                continue
            if is_list_item(line.text):
                kind = _list_family(line.text)
                # Lettered items inside a numbered list are its item's steps ("1." then "a)", "b)"),
                # indented or not: extracted text often loses the indent.
                lettered_steps = family == "number" and kind == "letter" and line.indent <= base_indent + 1
                # So do Word's second-level bullets ("o", "◦") after its first-level ones ("•"), in one column.
                second_level = (family == "bullet" and kind == "bullet" and line.indent <= base_indent + 1
                                and _bullet(first.text) in _FIRST_LEVEL and _bullet(line.text) in _SECOND_LEVEL)
                lettered_steps = lettered_steps or second_level
                if sub_items and kind not in (sub_family, family) and line.indent > sub_indent + 1:
                    sub_items[-1] = _with_sub_item(sub_items[-1], kind, ListItem(without_marker(line.text),
                                                                                 line=line.line))
                elif item_lines and (line.indent > base_indent + 1 or lettered_steps) and (
                        sub_family is None or kind == sub_family or not sub_items):
                    if lettered_steps and not sub_items:
                        self.reader.doubt(line.line, line.line, (
                            f"items marked {_bullet(line.text)} after ones marked {_bullet(first.text)}"
                            if second_level else "lettered items after a numbered one") + " read as its sub-list")
                    if not sub_items:
                        sub_indent = line.indent
                    sub_family = kind
                    sub_items.append(ListItem(without_marker(line.text), line=line.line))
                elif kind == family or (family == "bullet" and kind == "bullet"):
                    end_item()
                    sub_family = None
                    item_lines = [line]
                else:
                    break
                self.index += 1
                continue
            if not item_lines or not self.continues_item(item_lines[-1], line):
                break
            if sub_items:
                sub_items[-1] = _continued(sub_items[-1], line.text, self.join_texts)
            else:
                item_lines.append(line)
            self.index += 1
        end_item()
        return ListBlock(tuple(items), ordered=family in ("number", "letter"),
                         start=_start_number(first.text), line=first.line)

    def continues_after_blank(self, family: str, sub_family: str | None) -> bool:
        """A blank line inside a list: is the next line another item of it (or of its item's lettered steps)?"""
        following, _ = self.next_text(self.index - 1)
        if self.peek() is not None or following is None or not is_list_item(following.text):
            return False
        kind = _list_family(following.text)
        restarts = (match := _LETTERED.match(following.text)) is not None and match[1] == "a"  # another list
        return kind == family or (family == "number" and sub_family == "letter" and kind == "letter" and not restarts)

    def continues_item(self, last: _Line, line: _Line) -> bool:
        """Is ``line`` the rest of a list item broken across lines?"""
        if line.indent > 0 and line.indent >= last.indent:
            return True
        return line.text[:1].islower() or (not _SENTENCE_END.search(last.text) and last.text.endswith(("-", ",")))

    def unmarked_list(self) -> None:
        """After a lead-in ending in ":", short lines without bullets: a list whose bullets were lost."""
        run: list[_Line] = []
        at = self.index
        while at < len(self.lines) and (line := self.lines[at]) is not None:
            if len(line.text) > _SHORT or ". " in line.text or is_list_item(line.text):
                break
            if run and line.text[:1].islower() != run[0].text[:1].islower():
                break
            run.append(line)
            at += 1
            if _SENTENCE_END.search(line.text):
                break
        ended = at >= len(self.lines) or self.lines[at] is None
        if not run or (not run[0].text[:1].islower() and not ended):
            return  # capitalised short lines running into more text: headings as likely as items
        if len(run) < 2 or (len(run) == 2 and _SENTENCE_END.search(run[-1].text)):
            return
        if any(_last_word(line.text) in CONNECTING for line in run[:-1]):
            return  # a sentence broken over short lines
        self.flush()
        self.blocks.append(ListBlock(tuple(ListItem(line.text, line=line.line) for line in run), line=run[0].line))
        self.reader.doubt(run[0].line, run[-1].line, "taken as a list (the lines have no bullets)")
        self.index = at

    def contact_block(self, line: _Line) -> bool:
        """Address, telephone, hours and web lines: one paragraph, its lines kept."""
        if not self.after_paragraph_end():
            return False
        run: list[_Line] = []
        at = self.index
        while at < len(self.lines) and (candidate := self.lines[at]) is not None:
            if (len(candidate.text) > 70 or (_SENTENCE_END.search(candidate.text) and not _CONTACT.search(
                    candidate.text)) or is_list_item(candidate.text) or self.strong_heading(candidate)
                    or (run and candidate.text[:1].islower() and (not _WEB_ADDRESS.search(candidate.text)
                                                                  or _runs_on_to(run[-1].text, candidate.text)))):
                # a sentence wrapped onto "hours. Then …", or "see www.example.org or" / "email meds@…": prose,
                # not the lines of an address
                break
            run.append(candidate)
            at += 1
        if len(run) < 2 or not any(_CONTACT.search(candidate.text) for candidate in run):
            return False
        if _CONTACT_HEADING.match(run[0].text) and not _CONTACT.search(run[0].text):
            self.heading(line, run[0].text)
            run = run[1:]
        self.flush()
        if len(run) == 1:
            self.paragraph.append(run[0])
        else:
            self.blocks.append(Paragraph("\n".join(candidate.text for candidate in run), run[0].line))
        self.index = at
        return True

    def fill_in(self, line: _Line) -> bool:
        """ "Date of procedure: ______" lines: one paragraph, one field a line."""
        if not _FILL_IN.search(line.text):
            return False
        self.flush()
        run = [line]
        while (following := self.peek(len(run))) is not None and _FILL_IN.search(following.text):
            run.append(following)
        self.blocks.append(Paragraph("\n".join(candidate.text for candidate in run), line.line))
        self.index += len(run)
        return True

    def question(self, line: _Line) -> bool:
        """A question on a line of its own (or over two), after a paragraph's end: a heading."""
        if not self.after_paragraph_end() or len(line.text) > 150:
            return False
        if line.text.endswith("?"):
            self.heading(line, line.text)
            self.index += 1
            return True
        following = self.peek(1)
        if (following is not None and following.text.endswith("?") and following.text[:1].islower()
                and len(line.text) + len(following.text) <= 150 and not _SENTENCE_END.search(line.text)
                and line.text[:1].isupper()):
            self.heading(line, self.join([line, following]))
            self.index += 2
            return True
        return False

    def glued_heading(self, line: _Line) -> bool:
        """ "... for a day. Side effects": a heading glued to the end of a paragraph's last line."""
        match = _GLUED.match(line.text)
        if not match:
            return False
        head, tail = match[1], match[2]
        following, blank = self.next_text()
        if following is not None and (following.text[:1].islower() or (
                not blank and following.text[:1].isdigit())):
            return False  # the phrase goes on, on the next line or the next page ("Do not take" / "more than 8…")
        words = tail.split()
        if not tail.endswith("?") and (len(words) > 6 or words[-1].lower() in CONNECTING
                                       or not (following is None or blank or following.text[:1].isupper()
                                               or is_list_item(following.text))):
            return False
        if not tail.endswith("?") and (following is None or (not blank and len(following.text) < 20)):
            return False
        self.paragraph.append(replace(line, text=head, ends_paragraph=True))
        self.heading(line, tail, doubt=f"“{tail}” taken as a heading glued to the end of the paragraph before")
        self.index += 1
        return True

    def short_heading(self, line: _Line) -> bool:
        """A short line without a final full stop, before a paragraph: a heading (the weakest signal)."""
        text = line.text
        if (self.body_size is not None or not self.after_paragraph_end() or len(text) > _SHORT
                or len(text.split()) > 8 or not (text[:1].isupper() or text[:1].isdigit())
                or not any(char.isalpha() for char in text)  # a dose or a count ("2"), not a heading
                or re.search(r"[.,;:!]$", text) or _last_word(text) in CONNECTING):
            return False
        following, _ = self.next_text()
        if following is None or following.text[:1].islower():
            return False
        if following.text.endswith("?") and len(following.text) <= _SHORT:
            return False  # a subtitle above a question
        if not (len(following.text) > len(text) or is_list_item(following.text)
                or _SENTENCE_END.search(following.text) or following.text.endswith(":")
                or _FREQUENCY.match(following.text)
                or _ALERT_LABEL.match(following.text) or _all_caps(following.text)):
            return False
        self.heading(line, text, doubt="taken as a heading")
        self.index += 1
        return True


# A sentence, then a short phrase or a question with no sentence end: a heading glued on.
_GLUED = re.compile(r"^(.{20,}?[.!])\s+([A-Z][^.!?:;]{2,60}\??)$")


# -- small helpers -------------------------------------------------------------------------


def _normalise(text: str) -> str:
    """Text as Unicode says it: ligature characters as letters, no soft hyphens or zero-width spaces.

    Unicode's hyphen (U+2010), which WeasyPrint's and some word processors' hyphenation
    puts at a line's end, is the ASCII one the line joining reads ("treat‐" / "ment").
    """
    text = text.replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "").replace("\u2010", "-")
    return re.sub("[\ufb00-\ufb06]", lambda m: unicodedata.normalize("NFKC", m[0]), text)


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _last_word(text: str) -> str:
    words = text.split()
    return words[-1].lower() if words else ""


_HEADING_SIZE = 1.15  # a line set this many times the body's size, or more, is a heading


def _label_alone(text: str) -> bool:
    """A box's label with nothing after it but ":" or "!" ("Warning", "Important:")."""
    match = _ALERT_LABEL.match(text)
    return match is not None and not match[2] and len(text) <= 20 and not text.rstrip().endswith(".")


def is_alert_label(text: str) -> bool:
    """Does ``text`` start with a box's label ("Warning:", "Important" alone)?"""
    match = _ALERT_LABEL.match(text)
    return match is not None and (bool(match[2]) or len(text) <= 20)


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters) and len(re.findall(r"[A-Z]{2,}", text)) >= 1


def _runs_on_to(last: str, line: str) -> bool:
    """Does a sentence run on from ``last`` to ``line``: ``last`` prose (three words in lower case or more, not a
    label's "Telephone: 020 7946 0000 or" nor a name's "Pain Clinic, Ward 5 and") breaking off at "or", "and",
    and ``line`` starting with a word, not its address ("… see www.example.org/gabapentin or" / "email meds@…")?"""
    prose = sum(word.isalpha() and word.islower() for word in last.split()) >= 3
    return prose and _last_word(last) in CONNECTING and not _WEB_ADDRESS.match(line)


def goes_on(last: str, line: str) -> bool:
    """Does ``line`` look like the rest of the sentence ``last`` broke off (lower case, or after a comma,
    a hyphen or a word such as "the" or "and")?"""
    return line[:1].islower() or last.endswith((",", "-")) or _last_word(last) in CONNECTING


def _continued(item: ListItem, text: str, join: Callable[[str, str], str]) -> ListItem:
    """``item`` with ``text`` added to its deepest last step: the rest of a line broken across lines."""
    if item.sublists and item.sublists[-1].items:
        inner = item.sublists[-1]
        deepest = _continued(inner.items[-1], text, join)
        return replace(item, sublists=(*item.sublists[:-1], replace(inner, items=(*inner.items[:-1], deepest))))
    return replace(item, text=join(item.text, text))


def _with_sub_item(item: ListItem, kind: str, sub: ListItem) -> ListItem:
    """``item`` with ``sub`` added to its own list (a step of a step: "- 5 days before" under "a) warfarin")."""
    inner = item.sublists[0] if item.sublists else ListBlock((), ordered=kind != "bullet", line=sub.line)
    return replace(item, sublists=(replace(inner, items=(*inner.items, sub)),))


def is_list_item(text: str) -> bool:
    return bool(_BULLET.match(text) or _NUMBERED.match(text) or _LETTERED.match(text))


def _bullet(text: str) -> str:
    """A bulleted line's bullet, as the text has it."""
    match = _BULLET.match(text)
    return match[1].strip() if match else ""


def _list_family(text: str) -> str:
    if _NUMBERED.match(text):
        return "number"
    if _LETTERED.match(text):
        return "letter"
    return "bullet"


def _start_number(text: str) -> int:
    """The number a list starts at: its first item's, a letter counting as its place ("c)" is 3), as
    Markdown numbers the lettered list."""
    if match := _NUMBERED.match(text):
        return int(match[1])
    if match := _LETTERED.match(text):
        return ord(match[1]) - ord("a") + 1
    return 1


def without_marker(text: str) -> str:
    """A list item's text without its marker ("• Do not drive", "2) Rest", "a) Eat"); other text as it is."""
    for pattern in (_BULLET, _NUMBERED, _LETTERED):
        if match := pattern.match(text):
            return match[2]
    return text


def _strip_final_colon(text: str) -> str:
    return text[:-1].rstrip() if text.endswith(":") else text


_ENDS_A_SENTENCE = re.compile(r"[.!?]$")
_EDGE_LINES = 2  # lines at the top and at the bottom of a page where headers, footers and page numbers sit
_WRAPPED_SHARE = 0.7  # of the longest line: a list item's line this long went on because it wrapped


class _Paged(Protocol):
    """A line of a page: :class:`RawLine`, or a line as the text reader prepares it."""

    @property
    def text(self) -> str: ...

    @property
    def page(self) -> int: ...


def page_furniture(lines: Sequence[_Paged | None]) -> set[int]:
    """The indices of the lines import drops as page furniture; None marks a blank line.

    Page numbers ("Page 2 of 4"; in a text of several pages also "3", "- 3 -"),
    and short lines repeated on two pages or more (headers and footers, list
    items excepted), only among a page's first and last lines: a line repeated
    in the body ("DO NOT DRIVE" on two pages) or a number there (a dose) is text.
    A line that ends a sentence counts only when it repeats in the same place
    (the last line of two pages, say; then on every page), and never when it starts
    in lower case: a paragraph's last line ("patients.") may fall at the edge of
    several pages.
    The text reader and the PDF reader (which joins a sentence over a page break
    around them) go by this one rule.
    """
    by_page: dict[int, list[int]] = {}
    for index, line in enumerate(lines):
        if line is not None:
            by_page.setdefault(line.page, []).append(index)
    # Each edge line, with where it sits: ("top", 0) is a page's first line, ("bottom", 0) its last.
    places: dict[int, list[tuple[str, int]]] = {}
    for indices in by_page.values():
        for at, index in enumerate(indices[:_EDGE_LINES]):
            places.setdefault(index, []).append(("top", at))
        for at, index in enumerate(reversed(indices[-_EDGE_LINES:])):
            places.setdefault(index, []).append(("bottom", at))
    edges = {index: line for index in places if (line := lines[index]) is not None}
    keys = {index: _repetition_key(line.text, line.page) for index, line in edges.items()}
    pages: dict[str, set[int]] = {}  # by text, the pages it is at the edge of
    placed: dict[tuple[str, tuple[str, int]], set[int]] = {}  # by text and place
    for index, line in edges.items():
        pages.setdefault(keys[index], set()).add(line.page)
        for place in places[index]:
            placed.setdefault((keys[index], place), set()).add(line.page)
    in_place = {key for (key, _), at in placed.items() if len(at) >= 2}  # in one place on two pages or more
    numbered = _page_number_series(edges, places)

    def repeated(index: int, text: str) -> bool:
        if not _ENDS_A_SENTENCE.search(text):  # a header's place varies with the text around it (no form feeds)
            return len(pages[keys[index]]) >= 2
        # Once seen in one place on two pages, elsewhere too (a first page without the page number under it).
        return not text[:1].islower() and keys[index] in in_place

    return {index for index, line in edges.items()
            if _PAGE_MARK.match(line.text) or index in numbered
            or (repeated(index, line.text.strip()) and len(line.text.strip()) <= 80 and not is_list_item(line.text)
                and not _is_page_number(line.text))}  # a bare number is one only as a series says (a dose else)


def _page_number_series(edges: Mapping[int, _Paged], places: Mapping[int, list[tuple[str, int]]]) -> set[int]:
    """The bare numbers at page edges ("3", "- 3 -") that number their pages: a series, not a dose.

    A number counts when another page has one at the same distance from its
    page's place in the document (a booklet numbered from its third page has
    them all two behind): a lone number, or one that fits no series, is text.
    A page has one number of a series, the one nearest its edge: "Evening", "2",
    "2" at a page's foot is a dose of 2 over page number 2 (``places``: each edge
    line's places, :func:`page_furniture`'s).
    """
    by_offset: dict[int, dict[int, list[int]]] = {}
    for index, line in edges.items():
        if _is_page_number(line.text):
            offset = int(re.sub(r"\D", "", line.text)) - line.page
            by_offset.setdefault(offset, {}).setdefault(line.page, []).append(index)
    def from_edge(index: int) -> int:
        return min(at for _, at in places[index])

    numbers = set()
    for pages in by_offset.values():
        if len(pages) < 2:
            continue
        for indices in pages.values():
            nearest = min(map(from_edge, indices))
            numbers |= {index for index in indices if from_edge(index) == nearest}
    return numbers


def _is_page_number(text: str) -> bool:
    return bool(_PAGE_MARK.match(text) or re.fullmatch(r"[-–]?\s*\d{1,3}\s*[-–]?", text))


def _repetition_key(text: str, page: int) -> str:
    """A header's text without its page's number, the same on every page ("Clinic, Page 2 of 4" and "3 of 4").

    The number after "page" ("Ward 3, page 3"), else the first number equal to the page's:
    other numbers (a dose, a week, the count of pages) must repeat as they are.
    """
    text = " ".join(text.split()).lower()
    number = rf"(?<!\d){page}(?!\d)"
    after_page = re.search(rf"\b(?:page|p\.|pg\.?)\s*({number})", text)
    found = after_page.span(1) if after_page else (match.span() if (match := re.search(number, text)) else None)
    return text if found is None else text[:found[0]] + "#" + text[found[1]:]


# Words that begin a clause: where a stretch without punctuation is best cut.
_CLAUSE_STARTS = frozenset(("it", "you", "we", "they", "the", "this", "please", "your", "there", "if", "when"))


def _sentences(text: str) -> list[str]:
    """``text`` cut at sentence ends; a stretch of more than 50 words without one, cut by words."""
    out = []
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"(])", text):
        words = sentence.split()
        while len(words) > 50:
            cut = next((i for i in range(20, 50) if words[i].lower() in _CLAUSE_STARTS
                        and words[i - 1].lower() not in CONNECTING), 40)
            out.append(" ".join(words[:cut]))
            words = words[cut:]
        if words:
            out.append(" ".join(words))
    return out


# -- broken words: ligatures and hyphens ------------------------------------------------------------

# A word with junk where a ligature was: "e!ect", "signi!cant", "o!" (the junk is one character).
_JUNK = "!\ufffd\u25a1\u2022\u00a7#$%^~|"
_BROKEN_WORD = re.compile(rf"(?<![\w{re.escape(_JUNK)}])[A-Za-z]*[{re.escape(_JUNK)}][A-Za-z]*(?![\w])")
_LIGATURES = ("ff", "fi", "fl", "ffi", "ffl")


def _ligature_word(word: str, vocabulary: set[str]) -> str | None:
    """The word ``word`` was before extraction turned a ligature into junk, when a dictionary confirms it."""
    junk = [i for i, c in enumerate(word) if c in _JUNK]
    if len(junk) != 1 or len(word) < 2:
        return None
    at = junk[0]
    before, after = word[:at], word[at + 1:]
    if (not before and not after) or after[:1].isupper():  # "•Do": a bullet glued to its word, not "fiDo"
        return None
    def known(word: str) -> bool:
        return word in vocabulary or word in _english_words()

    candidates = [before + ligature + after for ligature in _LIGATURES]
    found = [c for c in candidates if known(c.lower())]
    if not found:
        return None
    if not after:  # "o!" or "Stop!": junk at the end may be a real exclamation mark
        plain = before.lower()
        if known(plain) and _frequency(plain) >= _frequency(found[0].lower()):
            return None
    return max(found, key=lambda c: _frequency(c.lower()))


def _join_lines(lines: list[str], vocabulary: set[str]) -> str:
    """Lines of one block joined with spaces, and a word the line end hyphenated made whole again."""
    text = lines[0]
    for line in lines[1:]:
        # Only the end of the text so far is searched: a block of thousands of lines stays linear.
        tail = text[-_LONGEST_WORD:]
        split = _SPLIT_WORD.search(tail) if tail.endswith("-") else None
        following = _NEXT_WORD.match(line)
        if split and following:
            left, right = split[1], following[1]
            if _is_split_word(left, right, vocabulary):
                text = text[: len(text) - len(tail) + split.start()] + left + line
            else:
                text = text + line  # a real hyphenated word: keep the hyphen, no space
        elif tail[-2:-1].isdigit() and tail.endswith(("-", "–")) and line[:1].isdigit():
            text = text + line  # a range broken at its dash: "10-" and "20 mg" are "10-20 mg"
        else:
            text = f"{text} {line}"
    return _collapse(text)


_LONGEST_WORD = 64  # characters: the end of a line searched for a word broken by a hyphen


def _is_split_word(left: str, right: str, vocabulary: set[str]) -> bool:
    """Was ``left-`` + ``right`` one plain word that the PDF broke at the line end?"""
    joined = (left + right).lower()
    hyphenated = f"{left}-{right}".lower()
    if hyphenated in vocabulary:  # the document itself spells it with a hyphen elsewhere
        return False
    if joined in vocabulary:
        return True
    return joined in _english_words()


@lru_cache(maxsize=1)
def _spellchecker_frequencies() -> dict[str, int]:
    from spellchecker import SpellChecker  # imported late: loading the word list takes time

    return dict(SpellChecker(language="en").word_frequency.dictionary)


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    return frozenset(_spellchecker_frequencies())


def _frequency(word: str) -> int:
    return _spellchecker_frequencies().get(word, 0)
