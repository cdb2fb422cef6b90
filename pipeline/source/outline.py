"""What an importer found in a clinic's original, and the Markdown written from it.

Every importer (PDF-extracted text, Word, PDF) turns its original into an
:class:`Outline`: a title and a sequence of blocks (headings, paragraphs,
lists, tables, warning boxes), plus :class:`Doubt` notes on what it was unsure
of. :func:`to_markdown` writes the one source format the rest of the pipeline
reads (``docs/source-format.md``), so each importer decides only *what* the
document says, never how it is spelled in Markdown.

Block texts are plain text as the reader sees it, except three marks an importer
may set: ``**bold**`` for emphasis it is sure of, ``"\\n"`` for a line break
inside a block (contact blocks, addresses), and ``[text](target)`` for a link
whose target is a ``tel:``, ``mailto:`` or web address (a Word hyperlink).
Everything else that Markdown would read as markup is escaped on writing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import quote

from pipeline.core.text import unquoted

FRONT_MATTER_KEYS = ("slug", "title", "version", "date")


class AlertKind(StrEnum):
    """The warning boxes of GitHub-style alerts (``> [!WARNING]``), the one form the source uses."""

    NOTE = "NOTE"
    TIP = "TIP"
    IMPORTANT = "IMPORTANT"
    WARNING = "WARNING"
    CAUTION = "CAUTION"


# The label of a box in an original ("Warning", "Please note") and the warning box it makes: one
# table for every importer, so a Word box and a flattened text box with the same label agree.
ALERT_LABELS = {
    "warning": AlertKind.WARNING,
    "danger": AlertKind.WARNING,
    "attention": AlertKind.WARNING,
    "important": AlertKind.IMPORTANT,
    "caution": AlertKind.CAUTION,
    "please note": AlertKind.NOTE,
    "note": AlertKind.NOTE,
    "tip": AlertKind.TIP,
}


@dataclass(frozen=True)
class RawLine:
    """One line of an original, as an importer reads it, with what the original says about its looks.

    Plain text knows only ``text``, ``line`` and (from form feeds or "Page 2 of 4"
    footers) ``page``; a PDF also knows the font and where the line sits.
    """

    text: str
    line: int  # 1-based line in the raw text file; for a PDF, the line's order in the document
    page: int = 1
    size: float | None = None  # font size in points
    bold: bool | None = None
    x: float | None = None  # left edge, in points from the page's left
    top: float | None = None  # in points from the page's top


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2  # 2 for a section, 3 and deeper for sections within it (1 is the title)
    line: int = 0


@dataclass(frozen=True)
class Paragraph:
    text: str
    line: int = 0


@dataclass(frozen=True)
class ListItem:
    text: str
    sublists: tuple[ListBlock, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class ListBlock:
    items: tuple[ListItem, ...]
    ordered: bool = False
    start: int = 1  # the first number of an ordered list
    line: int = 0


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    line: int = 0


@dataclass(frozen=True)
class Alert:
    """A warning box: its kind and what it says (paragraphs and lists)."""

    kind: AlertKind
    blocks: tuple[Paragraph | ListBlock, ...]
    line: int = 0


Block = Heading | Paragraph | ListBlock | Table | Alert


@dataclass(frozen=True)
class Doubt:
    """Something the importer was unsure of, for the person who checks the first draft."""

    first_line: int
    last_line: int
    message: str

    def describe(self) -> str:
        where = f"line {self.first_line}"
        if self.last_line != self.first_line:
            where = f"lines {self.first_line}-{self.last_line}"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Outline:
    title: str
    blocks: tuple[Block, ...]
    doubts: tuple[Doubt, ...] = field(default=())


# -- writing the Markdown ------------------------------------------------------------------

# Inline characters Markdown would read as markup (`**` pairs an importer set are kept apart).
_INLINE_SPECIAL = re.compile(r"([\\`*\[\]<])")
# An underscore run that could open or close emphasis; "______" in a fill-in field cannot.
_UNDERSCORES = re.compile(r"(?<![\w_])_++(?=\S)|(?<=[^\s_])_++(?!\w)")
# Block starts Markdown would read as a heading, list, quote, rule or table.
_BLOCK_START = re.compile(r"^([#>+\-=~_])|^(\d{1,9})([.)])(?=\s|$)")  # "____" alone is a rule
# "&micro;" in the clinic's text is those letters, not the character µ a Markdown reader would make of it.
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# A heading's closing "#"s ("Ward #" reads as "Ward" without the escape).
_CLOSING_HASHES = re.compile(r"(?<=\s)(#+)$")
# The bold an importer set: "**" pairs around words (its spaces outside them), read as CommonMark reads
# them: an opening "**" is followed by no space, and by punctuation only at a word's start; a closing one
# mirrors it. A literal "**" ("Fasting** see below", "Fasting**, then fluids**") is no mark, and is escaped.
_OPENS = r"(?:\*\*(?=[^\W_])|(?:^|(?<=[\s\W_]))\*\*(?=\S))"
_CLOSES = r"(?:(?<=[^\W_])\*\*|(?<=\S)\*\*(?=[\s\W_]|$))"
_BOLD = re.compile(f"{_OPENS}(.+?){_CLOSES}")
_BOLD_SPAN = re.compile(_BOLD.pattern, re.DOTALL)  # one pair of marks, with lines between them too
# A link an importer set: its text, and a tel:, mailto: or web target without spaces, brackets or bars.
_LINK = re.compile(r"\[([^\[\]\n]+)\]\(((?:tel:|mailto:|https?://)[^\s()<>\[\]|]+)\)")


def reads_as_bold(before: str, text: str, after: str) -> bool:
    """Is ``**text**`` between ``before`` and ``after`` read as bold, not as text with asterisks?

    Not when it starts with punctuation right after a letter or digit, or ends
    with punctuation right before one: "5**%**" and "cream**:**" show their
    asterisks (CommonMark's flanking rules).
    """
    marked = f"{before[-1:]}**{text}**{after[:1]}"
    found = _BOLD_SPAN.match(marked, len(before[-1:]))
    return found is not None and found.end() == len(marked) - len(after[:1])


def link_target(address: str) -> str | None:
    """``address`` as a link target an importer may set (tel:, mailto:, web), None for any other.

    A ``tel:`` number loses its spaces and punctuation; spaces and brackets in
    other targets are %-encoded, so that the target reads back whole.
    """
    if address.startswith("tel:"):
        return "tel:" + re.sub(r"[^\d+]", "", address[4:])
    if address.startswith(("mailto:", "http://", "https://")):
        return quote(address, safe=":/?#@!$&'*+,;=%~._-")
    return None


# Raised and lowered digits keep their place ("10⁹/L", "mg/m²", "H₂O"): an original only draws
# them smaller and higher (lower), and read flat they make another number ("109/L", "10 9/L").
# A dash raised with digits is a minus (10⁻³), never a range.
_SCRIPTS = {
    "superscript": str.maketrans("0123456789+-\u2212\u2013=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁻⁼⁽⁾"),
    "subscript": str.maketrans("0123456789+-\u2212\u2013=()", "₀₁₂₃₄₅₆₇₈₉₊₋₋₋₌₍₎"),
}
SCRIPT_CHARACTERS = "".join(sorted({chr(code) for table in _SCRIPTS.values() for code in table.values()}))


def flat_script_note(number: str, position: str, after: str | None = None) -> str:
    """The doubt on a ``number`` set raised or lowered (``position``) that has no Unicode form, read flat
    (after the word ``after``, when the importer keeps it apart): it reads as another number."""
    where = "raised" if position == "superscript" else "lowered"
    if after is None:
        return (f"{number!r} is set {where}, which plain text cannot show: it reads flat, as another number; "
                "check what it says and write it out in words")
    return (f"{number!r} is set {where} after {after!r}, which plain text cannot show: it reads "
            f"{after + ' ' + number!r}; check what it says and write it out in words")


def in_script(text: str, position: str) -> str:
    """``text`` in Unicode's raised (``"superscript"``) or lowered (``"subscript"``) forms, when every
    character has one; else as it is ("1st" or a footnote's "*" read well flat)."""
    table = _SCRIPTS[position]
    if text.strip() and all(ch.isspace() or ord(ch) in table for ch in text):
        return text.translate(table)
    return text


# A short line in bold that tells the patient what not to do, or what they must, is emphasis, not a
# section's heading: "Do not drive", "Do not eat for 6 hours before", "You must bring someone".
# Three words at least, and not in Title Case: "Stop smoking", "Stop Smoking Service" name sections.
_INSTRUCTION = re.compile(r"(?:do not|don['’]t|never|you must|stop|avoid)\b", re.IGNORECASE)
_INSTRUCTION_WORDS = 3


def starts_as_instruction(text: str) -> bool:
    """Does the line open as an instruction ("Do not", "Don't", "Never", "You must", "Stop", "Avoid")?"""
    return _INSTRUCTION.match(text.strip(" *")) is not None


def reads_as_instruction(text: str) -> bool:
    """Does a short text in bold tell the patient what to do (kept a paragraph, in bold) rather than name a section?"""
    words = text.strip(" *").split()
    long_words = [word for word in words if len(word) > 3 and word[:1].isalpha()]
    title_case = (len(long_words) >= 2 and any(char.islower() for char in text)
                  and all(word[:1].isupper() for word in long_words))
    return starts_as_instruction(text) and len(words) >= _INSTRUCTION_WORDS and not title_case


# A box's first word once its label is taken off, after any emphasis marks: "take", "**take**".
_FIRST_WORD = re.compile(r"^([*_]*)([^\W\d_]+)\b(?![/@]|\.\w)")  # not a unit's "mg/kg", nor "www.x"


def after_label(text: str) -> str:
    """A box's first words once its label ("Warning:") is taken off, starting as a sentence starts.

    "Warning: take it ONCE a week" is one sentence; in its box, whose kind says "warning",
    it reads "Take it ONCE a week". A first word not all in lower case (pH, iPad, A&E), or
    followed by "/", "@" or a dot and a letter (mg/kg, www.example.org), is left as it is.
    """
    found = _FIRST_WORD.match(text)
    if found is None or not found[2].islower():
        return text
    start = found.start(2)
    return text[:start] + text[start].upper() + text[start + 1:]


def escape_inline(text: str, *, in_table: bool = False) -> str:
    """``text`` as Markdown inline source that reads back as the same words.

    ``**bold**`` set by the importer stays bold, and a ``[text](tel:…)``
    link (``mailto:``, web) a link; ``"\\n"`` becomes a hard line break (a
    backslash at the end of the line, visible in any editor).
    """

    def escaped(part: str) -> str:
        part = _UNDERSCORES.sub(lambda m: "\\_" * len(m[0]), _INLINE_SPECIAL.sub(r"\\\1", part))
        part = _ENTITY.sub(r"\\&", part)
        return part.replace("|", "\\|") if in_table else part

    def plain(part: str) -> str:  # text and links: a link's text is escaped, its target kept as it is
        pieces = _LINK.split(part)  # text, link text, target, text, ...
        return "".join(before_link(escaped(p), i + 1 < len(pieces)) if i % 3 == 0 else f"[{escaped(p)}]"
                       if i % 3 == 1 else f"({p})" for i, p in enumerate(pieces))

    def before_link(text: str, link_follows: bool) -> str:  # "more!" then a link would read as an image
        return text[:-1] + "\\!" if link_follows and text.endswith("!") else text

    parts = _BOLD.split(text)  # plain text and bold parts, alternately
    source = "".join(f"**{plain(p)}**" if i % 2 else plain(p) for i, p in enumerate(parts))
    return "\\\n".join(_BLOCK_START.sub(_escape_start, line.strip()) for line in source.split("\n"))


def _heading_text(text: str) -> str:
    return _CLOSING_HASHES.sub(r"\\\1", escape_inline(text))


def _escape_start(match: re.Match[str]) -> str:
    return f"\\{match[1]}" if match[1] else f"{match[2]}\\{match[3]}"


def _list_lines(block: ListBlock, indent: str) -> list[str]:
    out = []
    for number, item in enumerate(block.items, start=block.start):
        marker = f"{number}. " if block.ordered else "- "
        text = escape_inline(item.text).replace("\n", "\n" + indent + " " * len(marker))
        out.append(f"{indent}{marker}{text}")
        for sub in item.sublists:
            out += _list_lines(sub, indent + " " * len(marker))
    return out


def _table_lines(table: Table) -> list[str]:
    width = max(len(table.header), *(len(row) for row in table.rows)) if table.rows else len(table.header)

    def row(cells: tuple[str, ...]) -> str:
        padded = [escape_inline(c.replace("\n", " "), in_table=True) for c in cells]
        padded += [""] * (width - len(padded))
        return "| " + " | ".join(padded) + " |"

    return [row(table.header), "|" + "---|" * width, *(row(r) for r in table.rows)]


def _block_lines(block: Block) -> list[str]:
    if isinstance(block, Heading):
        return ["#" * max(2, min(block.level, 6)) + " " + _heading_text(block.text.replace("\n", " "))]
    if isinstance(block, Paragraph):
        return [escape_inline(block.text)]
    if isinstance(block, ListBlock):
        return _list_lines(block, "")
    if isinstance(block, Table):
        return _table_lines(block)
    inner: list[str] = []
    for part in block.blocks:
        inner += ["", *_block_lines(part)] if inner else _block_lines(part)
    return [f"> [!{block.kind.value}]", *(f"> {line}".rstrip() for line in inner)]


def front_matter_value(value: str) -> str:
    """``value`` as a front matter line writes it: quoted when :func:`unquoted` would take its own quotes off."""
    if unquoted(value) == value:
        return value
    return f"'{value}'" if value[0] == '"' else f'"{value}"'


def to_markdown(outline: Outline, front: Mapping[str, str]) -> str:
    """The source file for ``outline``: front matter (required keys first), title, blocks."""
    ordered = [*(k for k in FRONT_MATTER_KEYS if k in front), *sorted(k for k in front if k not in FRONT_MATTER_KEYS)]
    out = ["---", *(f"{key}: {front_matter_value(front[key])}" for key in ordered), "---", "",
           f"# {_heading_text(outline.title)}"]
    for block in outline.blocks:
        out += ["", *_block_lines(block)]
    return "\n".join(out) + "\n"
