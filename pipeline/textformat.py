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
from functools import lru_cache

from wcwidth import list_versions, wcwidth
from wcwidth.table_wide import WIDE_EASTASIAN
from wcwidth.table_zero import ZERO_WIDTH

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


def _classes(*tables: tuple[tuple[int, int], ...], bmp: bool) -> re.Pattern[str]:
    ranges = [(a, min(b, 0xFFFF) if bmp else b) for table in tables for a, b in table if not bmp or a <= 0xFFFF]
    return re.compile(f"[{_char_class(tuple(ranges))}]")


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


@lru_cache(maxsize=4096)
def char_width(char: str) -> int:
    """Columns one code point takes: 2 for wide (CJK), 0 for marks and controls, else 1."""
    return max(wcwidth(char), 0)


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal or a monospaced plain-text view (as wcwidth counts them)."""
    if text.isascii():
        return len(text)
    return len(text) - len(_ZERO.pattern_for(text).findall(text)) + len(_WIDE.pattern_for(text).findall(text))


def _is_hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3"


def _atoms(word: str) -> list[tuple[str, int]]:
    """A run without spaces split where a line may break, each piece with its width.

    A break is allowed next to a wide (Chinese, Japanese) character, except before
    a mark or closing punctuation, after opening punctuation, after a digit (a number
    stays with its unit: "90分钟") and between Hangul syllables (Korean breaks at spaces).
    """
    if word.isascii():
        return [(word, len(word))]
    if not _WIDE.pattern_for(word).search(word):
        return [(word, display_width(word))]
    widths = [char_width(c) for c in word]
    atoms: list[tuple[str, int]] = []
    start = 0
    before, before_width = word[0], widths[0]
    for i in range(1, len(word)):
        after, after_width = word[i], widths[i]
        if ((before_width == 2 or after_width == 2) and after_width != 0
                and after not in _NO_LINE_START and before not in _NO_LINE_END
                and not before.isdigit() and not (_is_hangul(before) and _is_hangul(after))):
            atoms.append((word[start:i], sum(widths[start:i])))
            start = i
        before, before_width = after, after_width
    atoms.append((word[start:], sum(widths[start:])))
    return atoms


_SPACES = re.compile(r"[ \t\n]+")


def wrap(text: str, width: int, *, indent: str = "", first_indent: str = "") -> list[str]:
    """Lines of ``text`` at most ``width`` columns wide where the text allows it.

    ``first_indent`` starts the first line (a list marker), ``indent`` the others.
    No-break spaces are kept inside their atom, as they should be.
    """
    # Most text has no wide characters: then a word's width is its length less its marks.
    if text.isascii() or not _WIDE.pattern_for(text).search(text):
        return _wrap_by_length(text, width, indent, first_indent) or _wrap_by_atoms(
            text, width, indent, first_indent)
    return _wrap_by_atoms(text, width, indent, first_indent)


def _wrap_by_atoms(text: str, width: int, indent: str, first_indent: str) -> list[str]:
    """:func:`wrap` measuring every piece: for text with wide or zero-width characters."""
    lines: list[str] = []
    parts = [first_indent]
    used = display_width(first_indent)
    indent_width = display_width(indent)
    fresh = True  # nothing but the indent on the current line yet
    for word in _SPACES.split(text.strip()):
        spaced = True  # the first piece of a word follows a space; the rest (Chinese) do not
        for atom, columns in _atoms(word):
            gap = 1 if spaced and not fresh else 0
            spaced = False
            if not fresh and used + gap + columns > width:
                lines.append("".join(parts))
                parts, used, gap = [indent], indent_width, 0
            if gap:
                parts.append(" ")
            parts.append(atom)
            used += gap + columns
            fresh = False
    lines.append("".join(parts))
    return lines


@lru_cache(maxsize=64)
def _line_of(room: int) -> re.Pattern[str]:
    # As many words as fit in ``room`` columns, or one word wider than that; then its space.
    return re.compile(f"(.{{1,{room}}}|[^ ]+)(?: |$)")


def _wrap_by_length(text: str, width: int, indent: str, first_indent: str) -> list[str] | None:
    """:func:`wrap` for text without wide characters: one regex match per line.

    The lines are found in the text with its zero-width marks taken out, where
    every character is one column wide, then filled with the words as written
    (text without marks is its own measure: its lines are the matches). None for
    the odd text with a word made of marks alone.
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
    if measured == joined:  # every character one column: the lines are the matches themselves
        lines, position, prefix = [], 0, first_indent
        while position < len(joined):
            line = _line_of(max(width - display_width(prefix), 1)).match(joined, position)
            lines.append(prefix + line.group(1))
            position, prefix = line.end(), indent
        return lines
    words = words or joined.split(" ")
    if "" in measured.split(" "):
        return None
    lines, position, prefix, taken = [], 0, first_indent, 0
    while position < len(measured):
        line = _line_of(max(width - display_width(prefix), 1)).match(measured, position)
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
_UNITS = "mmol/L|mmol/l|mmHg|mg/kg|mg|mcg|µg|μg|mL|ml|kg|km|cm|mm|°C|°F|%|L|g|h|hrs?|mins?|IU|units?"
_PHONE = (
    rf"(?:\+{_D}+|\(\s?{_D}+\s?\))(?:[ \u00a0\-]?{_D}+)+"  # +61 2 9382 1234, (02) 9382-1234
    rf"|{_D}{{2,}}(?:[ \u00a0]{_D}{{2,}})+"  # 9382 1234, 13 11 14
)
_NUMBER = (
    rf"{_D}+(?:[.,:/×\-\u2010-\u2013]{_D}+)*"  # 1.5, 1-2, 1–2, 12:30, 24/7
    rf"(?:[ \u00a0]?(?:{_UNITS})(?![A-Za-z]))?"  # with a Latin unit: 110mmol/L, 90 min
)
_NUMERIC = re.compile(f"{_PHONE}|{_NUMBER}")
_DIGIT = re.compile(_D)


def ltr_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of ``text`` that must read left to right even in RTL text.

    A bare number needs no help (digits always run left to right); a number
    with a separator, a unit or spaces does: "1–2" would show as "2–1".
    """
    digit = _DIGIT.search(text)
    if digit is None:  # most sentences: no number, no need for the long pattern
        return []
    # A match starts at most two characters before its first digit ("( 02) 9382 1234").
    return [m.span() for m in _NUMERIC.finditer(text, max(digit.start() - 2, 0)) if not m[0].isdigit()]
