"""The English leaflet: a small Markdown dialect, and the import from PDF-style raw text.

A leaflet is a front matter, one ``# `` title, ``## `` question headings, and
paragraphs or ``- `` list items under them. Each heading, paragraph and list
item is one *block*: one gettext message. Inline markup (``**DO NOT**``) stays
inside the block's text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from pipeline.core.clock import today
from pipeline.core.errors import SourceError

FRONT_MATTER_KEYS = ("slug", "title", "version", "date")


class BlockKind(StrEnum):
    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    ITEM = "item"


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str
    line: int  # 1-based line in the Markdown file where the block starts
    section: int  # 0 before the first heading, then 1, 2, ... per ``## `` heading
    number: int  # 1-based position of a paragraph/item within its section
    heading: str = ""  # the text of the section's heading, for context

    @property
    def location(self) -> str:
        """Where the block sits, for translators and reviewers: "Q5 answer, paragraph 1"."""
        if self.kind is BlockKind.TITLE:
            return "Title"
        part = f"Q{self.section}" if self.section else "Introduction"
        if self.kind is BlockKind.HEADING:
            return f"{part} question"
        noun = "paragraph" if self.kind is BlockKind.PARAGRAPH else "list item"
        where = f"{part} answer" if self.section else part
        return f"{where}, {noun} {self.number}"

    @property
    def comment(self) -> str:
        """The ``#.`` comment: location, plus the question it answers."""
        if self.heading and self.kind in (BlockKind.PARAGRAPH, BlockKind.ITEM):
            return f"{self.location}: “{self.heading}”"
        return self.location


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

_HEADING = re.compile(r"^(#{1,3}) +(.*?)\s*$")
_ITEM = re.compile(r"^[-*+] +(.*)$")
_ESCAPED_START = re.compile(r"^\\([#*+\->\\]|\d+\.)")


def read_leaflet(path: Path) -> Leaflet:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SourceError("no such leaflet source; run `leaflets import` first", path) from None
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise SourceError("not valid UTF-8", path, line) from None
    _refuse_nul(text, path)
    return parse_leaflet(text, path)


def _refuse_nul(text: str, path: Path) -> None:
    """A NUL is no text: refused here, at its line, before it reaches a catalogue."""
    if "\x00" in text:
        raise SourceError("NUL byte in the file", path, text.count("\n", 0, text.index("\x00")) + 1)


def parse_leaflet(text: str, path: Path) -> Leaflet:
    lines = text.replace("\r\n", "\n").split("\n")
    front, body_start = _parse_front_matter(lines, path)
    blocks: list[Block] = []
    section, number, heading = 0, 0, ""
    pending: list[str] = []
    pending_kind = BlockKind.PARAGRAPH
    pending_line = 0

    def flush() -> None:
        nonlocal pending, number
        if pending:
            number += 1
            blocks.append(
                Block(pending_kind, _unescape(" ".join(pending)), pending_line, section, number, heading)
            )
            pending = []

    for index in range(body_start, len(lines)):
        lineno = index + 1
        line = lines[index].strip()
        if not line:
            flush()
            continue
        if match := _HEADING.match(line):
            flush()
            level, content = len(match[1]), _collapse(match[2])
            if not content:
                raise SourceError("empty heading", path, lineno)
            if level == 1:
                if any(b.kind is BlockKind.TITLE for b in blocks):
                    raise SourceError("a second `# ` title; use `## ` for questions", path, lineno)
                blocks.append(Block(BlockKind.TITLE, content, lineno, 0, 0))
            else:
                section, number, heading = section + 1, 0, content
                blocks.append(Block(BlockKind.HEADING, content, lineno, section, 0, content))
            continue
        if match := _ITEM.match(line):
            flush()
            pending, pending_kind, pending_line = [_collapse(match[1])], BlockKind.ITEM, lineno
            continue
        if not pending:
            pending_kind, pending_line = BlockKind.PARAGRAPH, lineno
        pending.append(_collapse(line))
    flush()

    if not any(b.kind is BlockKind.TITLE for b in blocks):
        raise SourceError("no `# ` title line", path, body_start + 1)
    missing = [key for key in FRONT_MATTER_KEYS if key not in front]
    if missing:
        raise SourceError(f"front matter lacks {', '.join(missing)}", path, 1)
    if front["slug"] != path.stem:
        raise SourceError(f"front matter slug {front['slug']!r} differs from the file name", path, 1)
    try:
        dt.date.fromisoformat(front["date"])
    except ValueError:
        raise SourceError(f"front matter date {front['date']!r} is not YYYY-MM-DD", path, 1) from None
    return Leaflet(
        slug=front["slug"],
        title=front["title"],
        version=front["version"],
        date=front["date"],
        path=path,
        blocks=tuple(blocks),
        front_matter=front,
    )


def _parse_front_matter(lines: list[str], path: Path) -> tuple[dict[str, str], int]:
    if not lines or lines[0].strip() != "---":
        raise SourceError("missing front matter: the file must start with a `---` line", path, 1)
    front: dict[str, str] = {}
    for index in range(1, len(lines)):
        line = lines[index].strip()
        if line == "---":
            return front, index + 1
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep or not key.strip():
            raise SourceError("front matter lines are `key: value`", path, index + 1)
        front[key.strip()] = value.strip().strip('"').strip("'")
    raise SourceError("front matter is not closed by a `---` line", path, 1)


def _collapse(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text).strip()


def _unescape(text: str) -> str:
    return _ESCAPED_START.sub(r"\1", text)


def _escape(text: str) -> str:
    """Backslash a block start that Markdown would read as markup."""
    if re.match(r"^([#*+\->\\]|\d+\.)", text):
        return "\\" + text
    return text


# -- importing PDF-style raw text -----------------------------------------

_QUESTION = re.compile(r"^Q(\d+)\s+(.+)$")
# A line that ends a sentence and then carries two or more trailing spaces ends
# a paragraph in this PDF export; a single trailing space is a soft wrap.
_PARAGRAPH_END = re.compile(r"[.!?:][\"”’)]?[ \t]{2,}$")
_SPLIT_WORD = re.compile(r"([A-Za-z]+)-$")
_NEXT_WORD = re.compile(r"^([A-Za-z]+)")


@dataclass(frozen=True)
class RawSection:
    question: str
    paragraphs: tuple[str, ...]


def raw_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def import_raw(raw_path: Path, slug: str, previous: Leaflet | None = None) -> str:
    """Markdown for the raw text at ``raw_path``.

    Front matter fields a person set (version, date, anything else) are kept
    from ``previous``, so importing twice gives the same file.
    """
    try:
        data = raw_path.read_bytes()
    except FileNotFoundError:
        raise SourceError("no such raw leaflet", raw_path) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError("not valid UTF-8", raw_path, data[: exc.start].count(b"\n") + 1) from None
    _refuse_nul(text, raw_path)
    title, intro, sections = parse_raw(text, raw_path)

    front = dict(previous.front_matter) if previous else {}
    front.update(
        slug=slug,
        title=title,
        source=f"raw/{raw_path.name}",
        **{"source-sha256": raw_sha256(data)},
    )
    front.setdefault("version", "1.0")
    front.setdefault("date", today().isoformat())
    ordered = [*FRONT_MATTER_KEYS, *sorted(k for k in front if k not in FRONT_MATTER_KEYS)]

    out = ["---", *(f"{key}: {front[key]}" for key in ordered), "---", "", f"# {title}", ""]
    out += [f"{_escape(p)}\n" for p in intro]
    for section in sections:
        out += [f"## {section.question}", ""]
        out += [f"{_escape(p)}\n" for p in section.paragraphs]
    return "\n".join(out).rstrip("\n") + "\n"


def parse_raw(text: str, path: Path) -> tuple[str, tuple[str, ...], list[RawSection]]:
    """Title, introduction paragraphs and question sections of PDF-style raw text."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    vocabulary = set(re.findall(r"[a-z]+(?:-[a-z]+)*", text.lower()))
    title = ""
    intro: list[str] = []
    sections: list[RawSection] = []
    question = ""
    paragraphs: list[str] = []
    current: list[str] = []

    def end_paragraph() -> None:
        nonlocal current
        if current:
            paragraphs.append(_join_lines(current, vocabulary))
            current = []

    def end_section() -> None:
        nonlocal paragraphs
        end_paragraph()
        if question:
            sections.append(RawSection(question, tuple(paragraphs)))
        else:
            intro.extend(paragraphs)
        paragraphs = []

    for raw_line in lines:
        line = _collapse(raw_line)
        if not line:
            end_paragraph()
            continue
        if not title:
            title = line
            continue
        if match := _QUESTION.match(line):
            end_section()
            question = match[2]
            continue
        current.append(line)
        if _PARAGRAPH_END.search(raw_line):
            end_paragraph()
    end_section()
    if not title:
        raise SourceError("empty raw leaflet: no title line", path, 1)
    if not sections:
        raise SourceError("no questions found (lines starting `Q1 `, `Q2 `, ...)", path, 1)
    return title, tuple(intro), sections


def _join_lines(lines: list[str], vocabulary: set[str]) -> str:
    text = lines[0]
    for line in lines[1:]:
        split = _SPLIT_WORD.search(text)
        following = _NEXT_WORD.match(line)
        if split and following:
            left, right = split[1], following[1]
            if _is_split_word(left, right, vocabulary):
                text = text[: split.start()] + left + line
            else:
                text = text + line  # a real hyphenated word: keep the hyphen, no space
        else:
            text = f"{text} {line}"
    return _collapse(text)


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
def _english_words() -> frozenset[str]:
    from spellchecker import SpellChecker  # imported late: loading the word list takes time

    return frozenset(SpellChecker(language="en").word_frequency.keys())
