"""Plain-text layout by display width: CJK counts double, combining marks count zero.

Lines break at spaces, and also between two Chinese characters (which have no
spaces between words), following the usual line-breaking manners: no line
starts with a closing mark such as ``，`` or ``。``, none ends with an opening
one, a number stays with what follows it, and a word is never broken in the
middle (a word wider than the line stands on a line of its own). Right-to-left
text is broken at spaces only, like any other spaced script.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

from wcwidth import list_versions
from wcwidth.table_wide import WIDE_EASTASIAN
from wcwidth.table_zero import ZERO_WIDTH

from pipeline.core import units

# Bidirectional controls for plain text (Unicode 6.3 isolates, and the RLM mark).
LRI = "\u2066"  # left-to-right isolate: the plain-text equivalent of <bdi dir="ltr">
RLI = "\u2067"  # right-to-left isolate
PDI = "\u2069"  # pop directional isolate
RLM = "\u200f"  # right-to-left mark: sets the direction of a line that starts with a number

# Marks that must not begin a line (closing brackets, CJK full stops and commas,
# small kana, prolonged sound mark) and marks that must not end one (opening brackets).
_NO_LINE_START = frozenset(
    "!%),.:;?]}¢°·’”‰′″℃∶、。〃〉》」』】〕〗〙〛〞〟ー゛゜ゝゞ・ヽヾ！％），．：；？］｝｡｣､･ｰ"
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ…‥々〻"
)
_NO_LINE_END = frozenset("([{£¥‘“〈《「『【〔〖〘〚〝（［｛｢＄")


def _char_class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b != a else "") for a, b in ranges)


# wcwidth's own tables as regular expressions: measuring a whole line in C, not a call per
# character. Python's regex engine tests a class of characters beyond U+FFFF range by range,
# a hundred times slower than a class within it, so the common case gets classes clipped to
# the Basic Multilingual Plane and the full ones serve only text with astral characters.
_VERSION = list_versions()[-1]
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _clipped(table: tuple[tuple[int, int], ...], bmp: bool) -> tuple[tuple[int, int], ...]:
    return tuple((a, min(b, 0xFFFF)) for a, b in table if a <= 0xFFFF) if bmp else table


def _classes(table: tuple[tuple[int, int], ...], bmp: bool) -> re.Pattern[str]:
    return re.compile(f"[{_char_class(_clipped(table, bmp))}]")


class _CharacterClass:
    """One of wcwidth's tables as a regex: clipped to the BMP, and in full once text needs it."""

    def __init__(self, table: tuple[tuple[int, int], ...]) -> None:
        self.table = table
        self.bmp = _classes(table, bmp=True)
        self.full: re.Pattern[str] | None = None  # compiling it costs every run 5 ms: only for astral text

    def pattern_for(self, text: str) -> re.Pattern[str]:
        if not _ASTRAL.search(text):
            return self.bmp
        if self.full is None:
            self.full = _classes(self.table, bmp=False)
        return self.full


_ZERO = _CharacterClass(ZERO_WIDTH[_VERSION])
_WIDE = _CharacterClass(WIDE_EASTASIAN[_VERSION])


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal or a monospaced plain-text view (as wcwidth counts them)."""
    if text.isascii():
        return len(text)
    return len(text) - len(_ZERO.pattern_for(text).findall(text)) + len(_WIDE.pattern_for(text).findall(text))


char_width = lru_cache(maxsize=8192)(display_width)  # of one code point: 2 for wide, 0 for marks, else 1


@lru_cache(maxsize=2)
def _break_opportunities(astral: bool) -> re.Pattern[str]:
    """Where a line may break inside a run without spaces, as one regex (compiled on the first wide text).

    A break is allowed next to a wide (Chinese, Japanese) character, except before
    a mark or closing punctuation, after opening punctuation, after a digit (a
    number stays with its unit: "90分钟"), between Hangul syllables (Korean breaks
    at spaces) and beside a space (a break there is the space's own).
    wcwidth's wide and zero-width tables do not overlap.
    """
    bmp = not astral
    wide = _char_class(_clipped(WIDE_EASTASIAN[_VERSION], bmp))
    zero = _char_class(_clipped(ZERO_WIDTH[_VERSION], bmp))
    no_start = "".join(map(re.escape, sorted(_NO_LINE_START)))
    no_end = "".join(map(re.escape, sorted(_NO_LINE_END)))
    # Digits as str.isdigit has them: \d (decimal digits) and the rest, such as ① and ², so
    # that a circled list number stays with its item (scanning the BMP takes a few ms, once).
    other_digits = "".join(re.escape(char) for char in map(chr, range(0x110000 if astral else 0x10000))
                           if char.isdigit() and not char.isdecimal())
    hangul = "\uac00-\ud7a3"
    return re.compile(
        f"(?=[^ {zero}{no_start}])(?<![ {no_end}\\d{other_digits}])"
        f"(?:(?<=[{wide}])(?<![{hangul}])|(?<=[{hangul}])(?![{hangul}])|(?<![{hangul}])(?=[{wide}]))"
    )


_SPACES = re.compile(r"[ \t\n]+")


# Anything that is not one column wide: a mark, a wide character, or one beyond the BMP (whose
# width the tables decide). One pass over the text answers what most text needs to know.
_NOT_ONE_COLUMN = re.compile(
    f"[{_char_class(_clipped(ZERO_WIDTH[_VERSION], True))}{_char_class(_clipped(WIDE_EASTASIAN[_VERSION], True))}]"
    "|[\U00010000-\U0010ffff]"
)


def wrap(text: str, width: int, *, indent: str = "", first_indent: str = "") -> list[str]:
    """Lines of ``text`` at most ``width`` columns wide where the text allows it.

    ``first_indent`` starts the first line (a list marker), ``indent`` the others.
    No-break spaces are kept inside their atom, as they should be.
    """
    if text.isascii() or not _NOT_ONE_COLUMN.search(text):
        return _wrap_one_column(text, width, indent, first_indent)
    # Without wide characters, a word's width is its length less its marks.
    if not _WIDE.pattern_for(text).search(text):
        return _wrap_by_length(text, width, indent, first_indent) or _wrap_by_atoms(
            text, width, indent, first_indent)
    return _wrap_by_atoms(text, width, indent, first_indent)


def _wrap_by_atoms(text: str, width: int, indent: str, first_indent: str) -> list[str]:
    """:func:`wrap` measuring every character: for text with wide or zero-width characters.

    Greedy: each line runs to the last place it may end (a space, or a break
    beside a wide character) whose column still fits: found from the column
    limit, by bisection, then by stepping back to a place where a break is
    allowed; a piece wider than a line stands alone.
    """
    text = " ".join(_SPACES.split(text.strip()))
    if not text:
        return [first_indent]
    columns = [0, *accumulate(map(char_width, text))]  # columns[i]: the width of text[:i]
    length = len(text)
    breaks = _break_opportunities(bool(_ASTRAL.search(text))) if _WIDE.pattern_for(text).search(text) else None

    def may_end_at(position: int) -> bool:
        return position == length or text[position] == " " or (
            breaks is not None and breaks.match(text, position) is not None)

    lines: list[str] = []
    start, prefix = 0, first_indent
    while True:
        end = bisect_right(columns, columns[start] + width - display_width(prefix), start + 1) - 1
        while end > start and not may_end_at(end):
            end -= 1
        if end == start:  # nothing fits: the first piece, alone
            end = start + 1
            while not may_end_at(end):
                end += 1
        lines.append(prefix + text[start:end])
        if end == length:
            return lines
        start, prefix = end + 1 if text[end] == " " else end, indent


@lru_cache(maxsize=64)
def _line_of(room: int) -> re.Pattern[str]:
    # As many words as fit in ``room`` columns, or one word wider than that; then its space.
    return re.compile(f"(.{{1,{room}}}|[^ ]+)(?: |$)")


def _wrap_one_column(text: str, width: int, indent: str, first_indent: str) -> list[str]:
    """:func:`wrap` for text whose every character is one column wide: its lines are regex matches.

    The first line is matched on its own (its indent may differ), the rest in one go.
    """
    if "  " in text or "\t" in text or "\n" in text or text != text.strip():
        text = " ".join(_SPACES.split(text.strip()))
    room = width - display_width(first_indent)
    if len(text) <= room or not text:
        return [first_indent + text]  # a heading, a question: one line
    first = _line_of(max(room, 1)).match(text)
    assert first is not None  # a line pattern matches at any position, if only the empty string
    rest = _line_of(max(width - display_width(indent), 1)).findall(text, first.end())
    return [first_indent + first[1], *(indent + line for line in rest)] if indent else [first_indent + first[1], *rest]


def _wrap_by_length(text: str, width: int, indent: str, first_indent: str) -> list[str] | None:
    """:func:`wrap` for text without wide characters: one regex match per line.

    The lines are found in the text with its zero-width marks taken out, where
    every character is one column wide, then filled with the words as written.
    None for the odd text with a word made of marks alone.
    """
    if "  " in text or "\t" in text or "\n" in text or text != text.strip():
        words = _SPACES.split(text.strip())
        if words == [""]:
            return [first_indent]
        joined = " ".join(words)
    elif not text:
        return [first_indent]
    else:  # spaced as written: most text
        words, joined = None, text
    measured = joined if joined.isascii() else _ZERO.pattern_for(joined).sub("", joined)
    if measured == joined:  # every character one column
        return _wrap_one_column(joined, width, indent, first_indent)
    words = words or joined.split(" ")
    if "" in measured.split(" "):
        return None
    lines, position, prefix, taken = [], 0, first_indent, 0
    while position < len(measured):
        line = _line_of(max(width - display_width(prefix), 1)).match(measured, position)
        assert line is not None  # as above
        count = line.group(1).count(" ") + 1
        lines.append(prefix + " ".join(words[taken:taken + count]))
        position, prefix, taken = line.end(), indent, taken + count
    return lines


def rtl_line(line: str) -> str:
    """Mark a line of right-to-left text as such, even when it starts with a number or Latin word."""
    return RLM + line if line else line


# Numbers with their separators and units, ranges, times and phone numbers: the
# runs that a right-to-left paragraph would otherwise reorder ("+61 2 9382 1234"
# shown as "1234 9382 2 61+"). Digits: ASCII, Arabic-Indic and Persian.
_D = "[0-9\u0660-\u0669\u06f0-\u06f9]"
_PHONE = (
    rf"(?:\+{_D}+|\(\s?{_D}+\s?\))(?:[ \u00a0\-]?{_D}+)+"  # +61 2 9382 1234, (02) 9382-1234
    rf"|{_D}{{2,}}(?:[ \u00a0]{_D}{{2,}})+"  # 9382 1234, 13 11 14
)
_NUMBER = (
    rf"{units.NUMBER}(?:[:/×{units.DASHES}]{units.NUMBER})*"  # 1.5, 1-2, 1–2, 12:30, 24/7
    rf"(?:[ \u00a0]?(?:{units.unit_pattern()})(?![^\W\d_]))?"  # with its unit: 110mmol/L, 90 min
)
_NUMERIC = re.compile(f"{_PHONE}|{_NUMBER}")
_NUMERIC_START = re.compile(r"[+(\d]")  # every match of _NUMERIC starts so


@lru_cache(maxsize=4096)  # a right-to-left sentence is looked at for its page, then for its text edition
def ltr_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each run of ``text`` that must read left to right even in RTL text.

    A bare number needs no help (digits always run left to right); a number
    with a separator, a unit or spaces does: "1–2" would show as "2–1".
    """
    # finditer would try the long pattern at every position; only a digit, "+" or "(" can start it.
    spans = []
    candidate = _NUMERIC_START.search(text)
    while candidate is not None:
        found = _NUMERIC.match(text, candidate.start())
        if found is None:
            candidate = _NUMERIC_START.search(text, candidate.start() + 1)
            continue
        if not found[0].isdigit():
            spans.append(found.span())
        candidate = _NUMERIC_START.search(text, found.end())
    return tuple(spans)
