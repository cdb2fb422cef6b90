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
from functools import cache, lru_cache

from wcwidth import wcswidth, wcwidth

from pipeline.core import units

# Bidirectional controls for plain text (Unicode 6.3 isolates, and the RLM mark).
LRI = "\u2066"  # left-to-right isolate: the plain-text equivalent of <bdi dir="ltr">
RLI = "\u2067"  # right-to-left isolate
FSI = "\u2068"  # first-strong isolate
PDI = "\u2069"  # pop directional isolate
RLM = "\u200f"  # right-to-left mark: sets the direction of a line that starts with a number

# Marks that must not begin a line (closing brackets, CJK full stops and commas,
# small kana, prolonged sound mark) and marks that must not end one (opening brackets).
_NO_LINE_START = frozenset(
    "!%),.:;?]}¢°·’”‰′″℃∶、。〃〉》」』】〕〗〙〛〞〟ー゛゜ゝゞ・ヽヾ！％），．：；？］｝｡｣､･ｰ"
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ…‥々〻"
)
_NO_LINE_END = frozenset("([{£¥‘“〈《「『【〔〖〘〚〝（［｛｢＄")


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal or a monospaced plain-text view, as wcwidth counts them.

    Wide (Chinese, Japanese, Korean) characters count two, marks that sit on a letter none,
    and vowel signs that take a column of their own (Gurmukhi ਾ, Devanagari ि) one, as
    wcswidth measures them in context; control characters, which it cannot measure, count none.
    """
    width = wcswidth(text)
    return width if width >= 0 else sum(max(wcwidth(char), 0) for char in text)


def _is_hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3"


def _may_break_between(before: str, before_width: int, after: str, after_width: int) -> bool:
    """Whether a line may break between two characters of a word (a run without spaces).

    Next to a wide (Chinese, Japanese) character it may, except before a mark
    or closing punctuation, after opening punctuation, after a digit (a number
    stays with its unit: "90分钟") and between Hangul syllables (Korean breaks at
    spaces). Elsewhere a word is never broken.
    """
    return ((before_width == 2 or after_width == 2)
            and after_width != 0
            and after not in _NO_LINE_START and before not in _NO_LINE_END
            and not before.isdigit()
            and not (_is_hangul(before) and _is_hangul(after)))


# Measuring character by character is the text edition's dearest step, and a project's words
# recur: building the 200 editions of a 20 x 10 project took 1.7 s in one process without
# this cache, 0.9 s with it (0.6 s before the wrapping was rewritten plainly).
@lru_cache(maxsize=65536)
def _pieces(word: str) -> tuple[tuple[str, int], ...]:
    """``word`` cut wherever a line may break inside it, each piece with its width in columns."""
    widths = [max(wcwidth(char), 0) for char in word]
    if 2 not in widths:  # only a wide character allows a break inside a word
        return ((word, display_width(word)),)
    pieces, start = [], 0
    for i in range(1, len(word)):
        if _may_break_between(word[i - 1], widths[i - 1], word[i], widths[i]):
            pieces.append((word[start:i], display_width(word[start:i])))
            start = i
    pieces.append((word[start:], display_width(word[start:])))
    return tuple(pieces)


def wrap(text: str, width: int, *, indent: str = "", first_indent: str = "") -> list[str]:
    """Lines of ``text`` at most ``width`` columns wide where the text allows it.

    Greedy: each piece (a word, or part of one beside wide characters) goes on
    the current line if it fits, else starts the next; a piece wider than a
    line stands alone. ``first_indent`` starts the first line (a list marker),
    ``indent`` the others. Runs of spaces, tabs and newlines become one space.
    """
    return list(_wrapped(text, width, indent, first_indent))


# Leaflets share sentences (headings, contact details, advice that recurs) in every
# language: in a generated 40 x 30 project 46% of the sentences laid out had been laid
# out before in the same process. Each is laid out once per process (and per width).
@lru_cache(maxsize=16384)
def _wrapped(text: str, width: int, indent: str, first_indent: str) -> tuple[str, ...]:
    # Words part at runs of spaces, tabs and newlines (a no-break or ideographic space is part of
    # a word); str.split, not a regular expression: 40% less time (2026-12-04).
    words = [word for word in text.strip().replace("\t", " ").replace("\n", " ").split(" ") if word]
    if _not_narrow().search(text) is None:
        return _wrapped_narrow(words, width, indent, first_indent)
    return _wrapped_measured(words, width, indent, first_indent)


def _wrapped_measured(words: list[str], width: int, indent: str, first_indent: str) -> tuple[str, ...]:
    """:func:`_wrapped`'s rule, measuring each piece of each word by display width."""
    lines: list[str] = []
    # The line as a list of pieces, joined when it ends: 20 to 27% less time than adding
    # each piece to a string (2026-12-03).
    line, used, line_is_empty = [first_indent], display_width(first_indent), True
    indent_width = display_width(indent)
    for word in words:
        gap = 0 if line_is_empty else 1  # a space before a word, none inside one
        for piece, columns in _pieces(word):
            if not line_is_empty and used + gap + columns > width:
                lines.append("".join(line))
                line, used, gap = [indent], indent_width, 0
            elif gap:
                line.append(" ")
            line.append(piece)
            used += gap + columns
            gap, line_is_empty = 0, False
    lines.append("".join(line))
    return tuple(lines)


def _wrapped_narrow(words: list[str], width: int, indent: str, first_indent: str) -> tuple[str, ...]:
    """:func:`_wrapped_measured` for words whose every character is one column wide: the same lines.

    Most sentences are such (Latin, Cyrillic, Greek, Arabic letters without marks or
    numbers): no word breaks inside, and a word's width is its length. Half the time of
    measuring piece by piece (2026-12-04). The indents are measured as ever.
    """
    lines: list[str] = []
    line, used = [first_indent], display_width(first_indent)
    indent_width = display_width(indent)
    for word in words:
        if len(line) == 1:  # the line's first word, which goes on it whatever its width
            line.append(word)
            used += len(word)
        elif used + 1 + len(word) > width:
            lines.append("".join(line))
            line, used = [indent, word], indent_width + len(word)
        else:
            line += (" ", word)
            used += 1 + len(word)
    lines.append("".join(line))
    return tuple(lines)


@cache
def _not_narrow() -> re.Pattern[str]:
    """In a text to lay out, a character that is not one column wide as wcwidth measures it.

    Made once per process from wcwidth, over the characters below U+3000 and the
    private use area (which holds the text edition's stand-in for a space in a number):
    19,000 characters, 8 to 30 ms by the machine's load. Any other character (Chinese,
    Japanese, Korean, emoji and the rest) sends the text to be measured piece by piece.
    Tabs and newlines are not looked for: they part words, and are no part of one.
    """
    scanned = [*range(0x3000), *range(0xE000, 0xF900)]
    ranges: list[tuple[int, int]] = []
    for point in scanned:
        if wcwidth(chr(point)) != 1 and chr(point) not in "\t\n":
            if ranges and ranges[-1][1] == point - 1:
                ranges[-1] = (ranges[-1][0], point)
            else:
                ranges.append((point, point))
    members = "".join(f"{re.escape(chr(first))}-{re.escape(chr(last))}" for first, last in ranges)
    return re.compile(f"[{members}\u3000-\udfff\uf900-\U0010ffff]")


def isolates_closed_per_line(lines: list[str]) -> list[str]:
    """Each line's isolates closed at its end and opened again on the next (after its indent).

    An isolate wrapped across lines (a long English title in an Arabic stamp) would
    otherwise leave its closing mark, and the next line's RLM, inside the other direction.
    """
    out, carried = [], ""
    for line in lines:
        indent = len(line) - len(line.lstrip(" "))
        line = line[:indent] + carried + line[indent:]
        open_marks: list[str] = []
        for char in line:
            if char in (LRI, RLI, FSI):
                open_marks.append(char)
            elif char == PDI and open_marks:
                open_marks.pop()
        out.append(line + PDI * len(open_marks))
        carried = "".join(open_marks)
    return out


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
# Every run starts with a digit, "+" or "(": the lookahead skips other places at once (the
# number and unit patterns were tried at each character of a sentence: twice as slow).
_NUMERIC = re.compile(f"(?=[\\d+(])(?:{_PHONE}|{_NUMBER})")
_DIGIT = re.compile(r"\d")  # every run _NUMERIC finds has one


@lru_cache(maxsize=16384)  # as _wrapped: sentences recur
def ltr_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each run of ``text`` that must read left to right even in RTL text, and stay on one line.

    A bare number needs no help (digits always run left to right); a number
    with a separator, a unit or spaces does: "1–2" would show as "2–1".
    """
    if _DIGIT.search(text) is None:  # most sentences: a plain search is several times quicker than _NUMERIC's
        return ()
    return tuple(found.span() for found in _NUMERIC.finditer(text) if not found[0].isdigit())
