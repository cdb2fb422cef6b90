"""The English leaflet: CommonMark read by markdown-it-py into translation units.

A leaflet (``docs/source-format.md``) is a front matter, one ``# `` title, and
headings, paragraphs, lists, GitHub tables and GitHub alerts (``> [!WARNING]``)
under it. Each heading, paragraph, paragraph of a list item and non-empty
table cell is one *block*: one gettext message whose text is the block's inline
Markdown source (``**DO NOT**``, links), soft line breaks joined by a space and
hard line breaks written ``"\\n"``. Each block also says where it sits (its
source line, list, table cell, warning box), which the editions and the
translators' ``#.`` comments are made from.

A plain quote (``>`` without an alert marker), a code block, raw HTML blocks,
images and link reference definitions are refused with their line: a leaflet
has no use for them, a quote indented by mistake would otherwise reach patients
as something else, and a picture or a definition's line would reach none.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from pipeline.core.config import EDITION_SUFFIXES
from pipeline.core.errors import SourceError, os_failure
from pipeline.core.files import read_file
from pipeline.core.text import MERGE_CONFLICT, conflict_line, unquoted
from pipeline.source.outline import FRONT_MATTER_KEYS, AlertKind


class BlockKind(StrEnum):
    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"  # a paragraph on its own, in a warning box or in a list item
    ITEM = "item"  # the first paragraph of a list item
    CELL = "cell"  # a non-empty table cell, header cells too


@dataclass(frozen=True)
class ListPlace:
    """Where a block sits in one list around it (a nested item has one per level, outermost first)."""

    list_id: int  # the list's number in the leaflet, from 0: tells two lists in a row apart
    ordered: bool
    start: int  # the first number of an ordered list
    number: int  # the item's number as shown (start, start + 1, ... or 1, 2, ... for bullets)


@dataclass(frozen=True)
class CellPlace:
    table_id: int  # the table's number in the leaflet, from 0
    row: int  # 1-based, the header row is row 1
    column: int  # 1-based
    rows: int  # the table's shape, for the cells left empty (they are no block)
    columns: int
    align: str = ""  # "left", "center", "right" or "" as the delimiter row says

    @property
    def header(self) -> bool:
        return self.row == 1


@dataclass(frozen=True)
class AlertPlace:
    alert_id: int  # the warning box's number in the leaflet, from 0
    kind: AlertKind


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str  # the inline Markdown source: the msgid
    line: int  # 1-based line in the Markdown file where the block starts
    section: int  # 0 before the first heading, then 1, 2, ... per heading
    number: int  # 1-based position of the unit within its section (Q&A comments count this way)
    heading: str = ""  # the text of the section's heading, for context
    level: int = 0  # heading level (1 for the title)
    lists: tuple[ListPlace, ...] = ()  # the lists around the block, outermost first
    paragraph: int = 1  # the paragraph's position within its list item or warning box (0 elsewhere)
    cell: CellPlace | None = None
    alert: AlertPlace | None = None
    location: str = ""  # where the block sits, for translators and reviewers: "Q5 answer, paragraph 1"
    comment: str = ""  # the ``#.`` comment: the location, in a Q&A leaflet with the question it answers


@dataclass(frozen=True)
class Leaflet:
    slug: str
    title: str
    version: str
    date: str
    path: Path
    blocks: tuple[Block, ...]
    front_matter: dict[str, str] = field(default_factory=dict)

    @property
    def date_value(self) -> dt.date:
        return dt.date.fromisoformat(self.date)


# -- reading the Markdown ---------------------------------------------------

# The one parser configuration of the source (docs/source-format.md): CommonMark, GFM tables, no raw HTML.
MARKDOWN = MarkdownIt("commonmark", {"html": False}).enable("table")


@lru_cache(maxsize=8192)  # a unit is parsed for its page, then again for its text edition and checks
def inline_tokens(text: str) -> tuple[Token, ...]:
    """The inline tokens of a unit's text (emphasis, links, breaks), as the source's parser reads them.

    Shared between callers: read them, never change them.
    """
    parsed = MARKDOWN.parseInline(text)
    return tuple(parsed[0].children or ()) if parsed else ()


def words_of(text: str) -> str:
    """A unit's words as read, its markup left out: a link's words, not its address; line breaks ``"\\n"``."""
    return "".join("\n" if token.type in ("softbreak", "hardbreak") else token.content for token in inline_tokens(text))


_ALERT_MARKER = re.compile(r"^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*$", re.IGNORECASE)
_HARD_BREAK = re.compile(r"(?:(?<!\\)((?:\\\\)*)\\| {2,})$")  # a backslash (not itself escaped) or 2+ spaces
_QUESTION_END = ("?", "？", "؟")
_ALERT_NOUNS = {
    AlertKind.NOTE: "note box", AlertKind.TIP: "tip box", AlertKind.IMPORTANT: "important box",
    AlertKind.WARNING: "warning box", AlertKind.CAUTION: "caution box",
}


def read_leaflet(path: Path) -> Leaflet:
    try:
        # Line ends as Python's text reading takes them: CRLF and a lone CR (classic Mac) are line ends too.
        text = read_file(path).data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except FileNotFoundError:
        raise SourceError("no such leaflet source; run `leaflets import` first", path) from None
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise SourceError("not valid UTF-8", path, line) from None
    except OSError as exc:  # unreadable, a folder: this leaflet fails, the others go on
        raise os_failure(exc, SourceError) from None
    _refuse_nul(text, path)
    return parse_leaflet(text, path)


def _refuse_nul(text: str, path: Path) -> None:
    """A NUL is no text: refused here, at its line, before it reaches a catalogue."""
    if "\x00" in text:
        raise SourceError("NUL byte in the file", path, text.count("\n", 0, text.index("\x00")) + 1)


# File names hold 255 bytes; the pipeline adds to a slug ".approvals.json" and, while it writes, a temporary
# name's ".<name>.leaflets-<pid>-<n>.tmp".
SLUG_MAX_BYTES = 200


# What a slug may not end in: an edition suffix less another's (".bilingual" of ".bilingual.html" less ".html"):
# slug "x.bilingual" would publish x.bilingual.html, leaflet "x"'s bilingual edition.
_EDITION_NAMES = tuple(dict.fromkeys(longer.removesuffix(shorter) for longer in EDITION_SUFFIXES
                                     for shorter in EDITION_SUFFIXES if longer != shorter and longer.endswith(shorter)))


def slug_fault(slug: str) -> str | None:
    """Why a slug cannot name the leaflet's addresses (and its QR code), or None.

    A space breaks links; a slug ending in an edition's name ("x.bilingual") would publish at the
    addresses of leaflet "x"'s editions (x.bilingual.html), each leaflet writing over the other's.
    """
    if any(char.isspace() for char in slug):
        return f"slug {slug!r}, which has a space (a slug names the leaflet's addresses)"
    if edition := _edition_name_ending(slug):
        return (f"slug {slug!r}, ending in {edition!r} as an edition of leaflet {slug.removesuffix(edition)!r} does "
                "(its pages would take that edition's addresses)")
    return None


def hyphenated(slug: str) -> str:
    """The slug :func:`slug_fault` suggests: spaces, and the dot before an edition's name, made hyphens."""
    slug = "-".join(slug.split())
    if edition := _edition_name_ending(slug):
        slug = slug.removesuffix(edition) + "-" + edition.removeprefix(".")
    return slug


def _edition_name_ending(slug: str) -> str | None:
    """The edition's name ``slug`` ends in, as written; any capitals (on macOS and Windows one file name)."""
    return next((slug[-len(name):] for name in _EDITION_NAMES if slug.lower().endswith(name)), None)


# A version number ("1.2", "v3", "2026-03", "Version 2", "Rev. 4", "2.0-RC1"): every edition prints it
# untranslated, so it holds no words but a version's own ("1.0 (take three tablets)", "MAX 2/DAY", "TAKE 2").
_VERSION = re.compile(r"(?=.*\d)[0-9A-Za-z][0-9A-Za-z._/ \-]{0,23}")
_VERSION_WORDS = frozenset(("v", "rev", "ver", "version", "issue", "edition", "ed"))


def _is_version(text: str) -> bool:
    """Is ``text`` a version number, its words a version's own or one or two letters against a digit ("RC1")?"""
    return _VERSION.fullmatch(text) is not None and all(
        word[0].lower() in _VERSION_WORDS or (len(word[0]) <= 2 and (
            text[word.start() - 1:word.start()].isdigit() or text[word.end():word.end() + 1].isdigit()))
        for word in re.finditer(r"[A-Za-z]+", text))


def parse_leaflet(text: str, path: Path) -> Leaflet:
    if (conflict := conflict_line(text)) is not None:  # else read as text: "<<<<<<< HEAD" would be a paragraph
        raise SourceError(MERGE_CONFLICT, path, conflict)
    # A byte-order mark is what Windows editors put before the first "---": no part of the text.
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").split("\n")
    front, body_start, at = _parse_front_matter(lines, path)
    body = "\n".join(lines[body_start:])
    env: dict[str, dict[str, dict[str, object]]] = {}
    tokens = MARKDOWN.parse(body, env)
    if definitions := env.get("references"):
        # The parser takes the line away: "[1]: https://..." or a link's address would reach no edition.
        first = min(int(definition["map"][0]) for definition in definitions.values())  # type: ignore[index]
        raise SourceError("a link reference definition (`[label]: address`), which no edition shows: write the link "
                          "where it is used, [words](address), or start the line with `\\[` if it is text",
                          path, body_start + first + 1)
    units = _Reader(path, body_start).read(tokens)
    if not any(u.kind is BlockKind.TITLE for u in units):
        raise SourceError("no `# ` title line", path, body_start + 1)
    missing = [key for key in FRONT_MATTER_KEYS if key not in front]
    if missing:
        raise SourceError(f"front matter lacks {', '.join(missing)}", path, 1)
    if empty := next((key for key in FRONT_MATTER_KEYS if not front[key]), None):
        raise SourceError(f"front matter {empty} is empty", path, at[empty])
    if front["slug"] != path.stem:
        raise SourceError(f"front matter slug {front['slug']!r} differs from the file name", path, at["slug"])
    if fault := slug_fault(front["slug"]):
        raise SourceError(f"{fault}: use hyphens, {hyphenated(front['slug'])} (rename the file too)", path, at["slug"])
    if (size := len(front["slug"].encode())) > SLUG_MAX_BYTES:
        raise SourceError(f"slug is {size} bytes long, more than {SLUG_MAX_BYTES}: the files named after it "
                          "(and their temporary copies) would not fit a file name; shorten it (rename the file too)",
                          path, at["slug"])
    try:
        dt.date.fromisoformat(front["date"])
    except ValueError:
        raise SourceError(f"front matter date {front['date']!r} is not YYYY-MM-DD", path, at["date"]) from None
    if not _is_version(front["version"]):
        # Every edition prints it untranslated beside the reviewers' credit: words there ("1.0 (take three
        # tablets)") would reach patients in every language without a clinician's approval
        raise SourceError(f"front matter version {front['version']!r} is not a version number such as 1.2, "
                          "v2.1, Version 3, Rev. 4 or 2.0-RC1 (a digit at least; words only v, Rev, Ver, "
                          "Version, Issue, Edition, Ed, or one or two letters against a digit; what changed "
                          "goes in `changes`)", path, at["version"])
    return Leaflet(
        slug=front["slug"],
        title=front["title"],
        version=front["version"],
        date=front["date"],
        path=path,
        blocks=_placed(units),
        front_matter=front,
    )


def _parse_front_matter(lines: list[str], path: Path) -> tuple[dict[str, str], int, dict[str, int]]:
    """The front matter's values, the line number after it, and the line of each key."""
    if not lines or lines[0].strip() != "---":
        raise SourceError("missing front matter: the file must start with a `---` line", path, 1)
    front: dict[str, str] = {}
    at: dict[str, int] = {}
    for index in range(1, len(lines)):
        line = lines[index].strip()
        if line == "---":
            return front, index + 1, at
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep or not key.strip():
            raise SourceError("front matter lines are `key: value`", path, index + 1)
        key = key.strip()
        if key in at:  # the last would win silently: two titles, two dates
            raise SourceError(f"front matter sets {key} twice (first at line {at[key]})", path, index + 1)
        front[key], at[key] = unquoted(value.strip()), index + 1
    raise SourceError("front matter is not closed by a `---` line", path, 1)


def unit_text(source: str) -> str:
    """The msgid of an inline source: each line trimmed, soft breaks a space, hard breaks ``"\\n"``."""
    lines = source.split("\n")
    out = []
    for index, line in enumerate(lines):
        last = index == len(lines) - 1
        hard = not last and _HARD_BREAK.search(line)
        if hard:
            line = line[: hard.start()] + (hard[1] or "")
        out.append(_collapse(line))
        if not last:
            out.append("\n" if hard else " ")
    return "".join(out).strip(" ")


@dataclass
class _Unit:
    """A block as read, before the leaflet as a whole says how its comment reads."""

    kind: BlockKind
    text: str
    line: int
    level: int = 0
    lists: tuple[ListPlace, ...] = ()
    paragraph: int = 1
    cell: CellPlace | None = None
    alert: AlertPlace | None = None
    trail: tuple[str, ...] = ()  # the headings above it, outermost first


@dataclass
class _Item:
    place: ListPlace
    paragraphs: int = 0


class _Reader:
    """One walk over markdown-it's block tokens, keeping the open lists, table and warning box."""

    def __init__(self, path: Path, body_start: int):
        self.path = path
        self.offset = body_start  # lines before the Markdown body (the front matter)
        self.units: list[_Unit] = []
        self.trail: list[tuple[int, str]] = []  # (level, text) of the headings above
        self.items: list[_Item] = []
        self.list_stack: list[tuple[int, bool, int, int]] = []  # (id, ordered, start, items so far)
        self.lists = 0
        self.tables = 0
        self.alerts = 0
        self.alert: AlertPlace | None = None
        self.alert_paragraphs = 0
        self.quote_depth = 0
        self.cell: tuple[int, int, int, int, str] | None = None  # (table, row, column, columns, align)
        self.table_start = 0  # the index of the open table's first cell in ``units``
        self.row = 0
        self.row_line = 0
        self.column = 0
        self.columns = 0

    def line(self, token: Token) -> int:
        return self.offset + (token.map[0] if token.map else 0) + 1

    def fail(self, message: str, token: Token) -> SourceError:
        return SourceError(message, self.path, self.line(token))

    def read(self, tokens: Sequence[Token]) -> list[_Unit]:
        for token in tokens:
            if token.type == "inline" and any(child.type == "image" for child in token.children or ()):
                raise self.fail("an image (`![words](file)`): a leaflet carries no pictures, only its words would "
                                "show; say it in words, or write `\\!` if the `!` is text", token)
        index = 0
        while index < len(tokens):
            token = tokens[index]
            kind = token.type
            if kind == "heading_open":
                self.heading(token, tokens[index + 1])
                index += 3
                continue
            if kind == "paragraph_open":
                self.paragraph(token, tokens[index + 1])
                index += 3
                continue
            if kind in ("bullet_list_open", "ordered_list_open"):
                ordered = kind == "ordered_list_open"
                start = int(token.attrGet("start") or 1) if ordered else 1
                self.list_stack.append((self.lists, ordered, start, 0))
                self.lists += 1
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.list_stack.pop()
            elif kind == "list_item_open":
                list_id, ordered, start, count = self.list_stack[-1]
                self.list_stack[-1] = (list_id, ordered, start, count + 1)
                self.items.append(_Item(ListPlace(list_id, ordered, start, start + count)))
            elif kind == "list_item_close":
                self.items.pop()
            elif kind == "blockquote_open":
                self.blockquote(token, tokens, index)
            elif kind == "blockquote_close":
                self.quote_depth -= 1
                if self.quote_depth == 0:
                    self.alert = None
            elif kind == "table_open":
                self.table_open(token)
            elif kind == "table_close":
                self.table_close()
            elif kind == "tr_open":
                self.row += 1
                self.row_line = self.line(token)
                self.column = 0
            elif kind in ("th_open", "td_open"):
                self.column += 1
                self.table_cell(token, tokens[index + 1])
                index += 3
                continue
            elif kind in ("code_block", "fence"):
                raise self.fail("a code block (a line indented by 4 spaces or more, or ```): "
                                "remove the indent or the fence", token)
            elif kind == "html_block":
                raise self.fail("raw HTML is not part of a leaflet", token)
            # hr, thead, tbody and the closing tokens carry nothing of their own
            index += 1
        return self.units

    def heading(self, token: Token, inline: Token) -> None:
        level = int(token.tag[1])
        text = unit_text(inline.content)
        if not text:
            raise self.fail("empty heading", token)
        if self.items or self.alert or self.quote_depth:
            raise self.fail("a heading inside a list or a warning box; start it at the line's beginning", token)
        if level == 1:
            if any(u.kind is BlockKind.TITLE for u in self.units):
                raise self.fail("a second `# ` title; use `## ` for sections", token)
            self.units.append(_Unit(BlockKind.TITLE, text, self.line(token), 1))
            return
        while self.trail and self.trail[-1][0] >= level:
            self.trail.pop()
        self.trail.append((level, text))
        self.units.append(_Unit(BlockKind.HEADING, text, self.line(token), level, trail=self.trail_texts()))

    def trail_texts(self) -> tuple[str, ...]:
        return tuple(text for _, text in self.trail)

    def paragraph(self, token: Token, inline: Token) -> None:
        source = inline.content
        line = self.line(token)
        if self.alert is not None and self.alert_paragraphs == 0 and self.quote_depth == 1 and not self.items:
            first, _, rest = source.partition("\n")
            if _ALERT_MARKER.match(first.strip()):  # the marker line itself is no text
                source, line = rest, line + 1
        text = unit_text(source)
        if not text:
            return
        lists = tuple(item.place for item in self.items)
        if self.items:
            item = self.items[-1]
            item.paragraphs += 1
            kind = BlockKind.ITEM if item.paragraphs == 1 else BlockKind.PARAGRAPH
            number = item.paragraphs
        else:
            kind = BlockKind.PARAGRAPH
            number = 0
            if self.alert is not None:
                self.alert_paragraphs += 1
                number = self.alert_paragraphs
        self.units.append(_Unit(kind, text, line, lists=lists, paragraph=number, alert=self.alert,
                                trail=self.trail_texts()))

    def blockquote(self, token: Token, tokens: Sequence[Token], index: int) -> None:
        self.quote_depth += 1
        if self.quote_depth > 1 or self.items:
            raise self.fail("a quote or warning box inside another block; start `> [!WARNING]` at the line's beginning",
                            token)
        following = tokens[index + 1: index + 3]
        marker = None
        if len(following) == 2 and following[0].type == "paragraph_open":
            marker = _ALERT_MARKER.match(following[1].content.partition("\n")[0].strip())
        if marker is None:
            raise self.fail("a quote (`>`) that is not a warning box: write `> [!NOTE]`, `> [!TIP]`, "
                            "`> [!IMPORTANT]`, `> [!WARNING]` or `> [!CAUTION]` on its first line, "
                            "or remove the `>`", token)
        self.alert = AlertPlace(self.alerts, AlertKind(marker[1].upper()))
        self.alerts += 1
        self.alert_paragraphs = 0

    def table_open(self, token: Token) -> None:
        if self.items:
            raise self.fail("a table inside a list item; start it at the line's beginning", token)
        self.row = 0
        self.columns = 0
        self.table_start = len(self.units)

    def table_cell(self, token: Token, inline: Token) -> None:
        text = unit_text(inline.content)
        style = str(token.attrGet("style") or "")
        align = style.removeprefix("text-align:") if style.startswith("text-align:") else ""
        self.columns = max(self.columns, self.column)
        if not text:
            return
        # The table's shape is known at its end: the place is completed then.
        place = CellPlace(self.tables, self.row, self.column, 0, 0, align)
        self.units.append(_Unit(BlockKind.CELL, text, self.row_line, cell=place, alert=self.alert,
                                trail=self.trail_texts()))

    def table_close(self) -> None:
        for unit in self.units[self.table_start:]:
            assert unit.cell is not None
            unit.cell = CellPlace(unit.cell.table_id, unit.cell.row, unit.cell.column, self.row, self.columns,
                                  unit.cell.align)
        self.tables += 1


def _placed(units: list[_Unit]) -> tuple[Block, ...]:
    """The blocks, with their section, number and comment as the whole leaflet decides them."""
    headings = [u for u in units if u.kind is BlockKind.HEADING]
    qa = bool(headings) and all(h.level == 2 and h.text.rstrip().endswith(_QUESTION_END) for h in headings)
    blocks = []
    section, number, heading = 0, 0, ""
    counts: dict[tuple[str, ...], dict[str, int]] = {}
    for unit in units:
        if unit.kind is BlockKind.HEADING:
            section, number, heading = section + 1, 0, unit.text
        elif unit.kind is not BlockKind.TITLE:
            number += 1
        if qa:
            location, comment = _qa_location(unit, section, number, heading)
        else:
            location = _outline_location(unit, counts.setdefault(unit.trail, {}))
            comment = location
        blocks.append(Block(unit.kind, unit.text, unit.line, section,
                            number if unit.kind is not BlockKind.HEADING else 0,
                            heading if unit.kind is not BlockKind.TITLE else "", unit.level, unit.lists,
                            unit.paragraph, unit.cell, unit.alert, location, comment))
    return tuple(blocks)


def _qa_location(unit: _Unit, section: int, number: int, heading: str) -> tuple[str, str]:
    """A Q&A leaflet's comments, as they have always read: "Q5 answer, paragraph 1: “question”"."""
    if unit.kind is BlockKind.TITLE:
        return "Title", "Title"
    part = f"Q{section}" if section else "Introduction"
    if unit.kind is BlockKind.HEADING:
        return f"{part} question", f"{part} question"
    where = f"{part} answer" if section else part
    if unit.cell is not None:
        location = f"{where}, table row {unit.cell.row}, column {unit.cell.column}"
    else:
        noun = "list item" if unit.kind is BlockKind.ITEM else "paragraph"
        if unit.alert is not None:
            noun = f"{_ALERT_NOUNS[unit.alert.kind]}, {noun}"
        location = f"{where}, {noun} {number}"
    return location, f"{location}: “{heading}”" if heading else location


def _outline_location(unit: _Unit, seen: dict[str, int]) -> str:
    """Where a unit sits in any leaflet: "Side effects › Common › list item 2" (``seen`` counts per section)."""
    if unit.kind is BlockKind.TITLE:
        return "Title"
    trail = list(unit.trail) or ["Introduction"]
    if unit.kind is BlockKind.HEADING:
        return " › ".join([*trail, "heading"])
    parts: list[str] = []
    if unit.alert is not None:
        ordinal = _ordinal(seen, f"alert {unit.alert.alert_id}", "alerts")
        parts.append(_ALERT_NOUNS[unit.alert.kind] + (f" {ordinal}" if ordinal > 1 else ""))
    if unit.cell is not None:
        ordinal = _ordinal(seen, f"table {unit.cell.table_id}", "tables")
        table = f"table {ordinal}, row" if ordinal > 1 else "table row"
        parts.append(f"{table} {unit.cell.row}, column {unit.cell.column}")
    elif unit.lists:
        for depth, place in enumerate(unit.lists):
            ordinal = _ordinal(seen, f"list {place.list_id}", f"lists {depth}")
            noun = f"list {ordinal}, item" if ordinal > 1 and depth == 0 else "list item"
            parts.append(f"{noun} {place.number}")
        if unit.paragraph > 1:
            parts[-1] += f", paragraph {unit.paragraph}"
    elif unit.alert is not None:
        parts[-1] += f", paragraph {unit.paragraph}"
    else:
        parts.append(f"paragraph {_count(seen, 'paragraphs')}")
    return " › ".join([*trail, *parts])


def _ordinal(seen: dict[str, int], key: str, counter: str) -> int:
    """The 1-based ordinal of container ``key`` among the section's containers counted by ``counter``."""
    if key not in seen:
        seen[key] = _count(seen, counter)
    return seen[key]


def _count(seen: dict[str, int], counter: str) -> int:
    seen[counter] = seen.get(counter, 0) + 1
    return seen[counter]


def _collapse(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text).strip()
