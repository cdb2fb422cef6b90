"""Source lint: warnings about the English before it goes to translators. It never rewrites the English.

- one thing named several ways in one leaflet (block / injection / infusion):
  translators and machines then translate three procedures;
- a number run into its unit (``110mmol/L``): engines and readers misread it;
- a decimal without its leading zero (``.5 mg``) or with a trailing one (``5.0 mg``): read as 5 mg
  and 50 mg, the tenfold errors medication-safety guidance warns of;
- sentences over a length, and a reading grade above the configured level
  (patient material aims at about grade 8), by the Flesch–Kincaid grade over Pyphen's
  syllable counts.

Settings, all optional, in ``pyproject.toml``::

    [tool.leaflets.lint]
    max_grade = 8
    max_sentence_words = 25
    terms = [["block", "injection", "infusion"]]   # groups of words for one thing
    allow = ["conduction blocks"]                  # phrases that are not that thing
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyphen

from pipeline.core import units
from pipeline.core.config import Config, LintSettings
from pipeline.core.errors import LeafletsError, SourceError
from pipeline.source.document import Block, BlockKind, Leaflet, read_leaflet, words_of
from pipeline.source.importer import original_of


@dataclass(frozen=True)
class LintWarning:
    rule: str  # terms, number-unit, decimal, sentence-length, reading-grade
    line: int  # in the Markdown source
    message: str


@dataclass
class LintReport:
    slug: str
    path: str  # the Markdown source (or the original, when not yet imported), relative to the project root
    max_grade: float
    grade: float | None = None  # Flesch–Kincaid grade of the whole leaflet
    warnings: list[LintWarning] = field(default_factory=list)
    error: LeafletsError | None = None  # the leaflet could not be read: no warnings for it, the others linted

    def as_dict(self) -> dict:
        return {
            "leaflet": self.slug,
            "path": self.path,
            "grade": None if self.grade is None else round(self.grade, 1),
            "max_grade": self.max_grade,
            "warnings": [{"rule": w.rule, "line": w.line, "message": w.message} for w in self.warnings],
            "error": None if self.error is None else {"line": self.error.line or 1, "message": self.error.message},
        }


def lint(config: Config) -> list[LintReport]:
    """Lint every leaflet's English source; one that cannot be read is reported as such, and the rest linted."""
    settings = config.lint
    reports = []
    originals = config.originals()
    for slug in config.slugs():
        path = config.source_path(slug)
        try:
            if not path.exists() and (original := original_of(slug, originals)) is not None:
                # Said at the file the clinic gave: its Markdown, which lint reads, is not made yet.
                raise SourceError(f"not imported yet: `leaflets import` (or `leaflets run`) makes "
                                  f"{config.relative(path)} from it, for lint to read", original)
            leaflet = read_leaflet(path)
        except LeafletsError as error:
            where = Path(error.path) if error.path is not None else path  # the original, when not imported
            reports.append(LintReport(slug, config.relative(where), settings.max_grade, error=error))
            continue
        report = LintReport(slug, config.relative(leaflet.path), settings.max_grade)
        report.grade = reading_grade(_leaflet_text(leaflet))
        report.warnings = lint_leaflet(leaflet, settings, _source_lines(leaflet.path))
        reports.append(report)
    return reports


def lint_leaflet(leaflet: Leaflet, settings: LintSettings,
                 lines: list[str] | None = None) -> list[LintWarning]:
    """Every warning for one leaflet, in source order. ``lines`` (the Markdown) place each at its line."""
    lines = lines or []
    warnings = _terms(leaflet, settings, lines)
    for block in leaflet.blocks:
        warnings += _number_units(block, lines)
        warnings += _decimals(block, lines)
        warnings += _long_sentences(block, settings, lines)
    grade = reading_grade(_leaflet_text(leaflet))
    if grade is not None and grade > settings.max_grade:
        title = next((b for b in leaflet.blocks if b.kind is BlockKind.TITLE), leaflet.blocks[0])
        hardest = sorted(
            ((g, b) for b in leaflet.blocks if b.kind in (BlockKind.PARAGRAPH, BlockKind.ITEM, BlockKind.CELL)
             and (g := reading_grade(_as_sentences(b))) is not None),
            key=lambda pair: -pair[0],
        )[:3]
        where = ", ".join(f"line {b.line} (grade {g:.0f})" for g, b in hardest)
        warnings.append(LintWarning(
            "reading-grade", title.line,
            f"reading grade {grade:.1f} (Flesch–Kincaid) is above {settings.max_grade:g}; "
            f"hardest paragraphs: {where}" if where else
            f"reading grade {grade:.1f} (Flesch–Kincaid) is above {settings.max_grade:g}",
        ))
    return sorted(warnings, key=lambda w: w.line)


# -- rules ---------------------------------------------------------------------


def _terms(leaflet: Leaflet, settings: LintSettings, lines: list[str]) -> list[LintWarning]:
    """The same thing named several ways: warn where the less common names stand."""
    warnings = []
    for group in settings.terms:
        pattern = re.compile(rf"\b({'|'.join(re.escape(t) for t in group)})(?:s|es)?\b", re.IGNORECASE)
        uses: list[tuple[Block, str, str, str]] = []  # block, term, the word as written, the block's words before it
        for block in leaflet.blocks:
            text = _read(block)
            for phrase in settings.allow:
                text = re.sub(re.escape(phrase), " ", text, flags=re.IGNORECASE)
            uses += [(block, m.group(1).lower(), m.group(), text[:m.start()]) for m in pattern.finditer(text)]
        counts = Counter(term for _, term, _, _ in uses)
        if len(counts) < 2:
            continue
        main = max(counts, key=lambda term: (counts[term], -group.index(term)))
        summary = ", ".join(f"{term} ({counts[term]}×)" for term in sorted(counts, key=lambda t: -counts[t]))
        for block, term, word, before in uses:
            if term != main:
                warnings.append(LintWarning(
                    "terms", _line_of(word, block, lines, before),
                    f"“{word}” here, but this leaflet names the same thing {summary}: "
                    f"pick one ({main}?) so every translation says one thing",
                ))
    return warnings


_SPACED_UNITS = units.unit_pattern(tuple(u for u in units.UNITS if not u.joined))  # 20% is no run-on
_RUN_ON = re.compile(rf"(?<![\w.,])({units.NUMBER})({_SPACED_UNITS})(?![^\W\d_])")


# "10mls", "500 mgs": a symbol made plural, as prescriptions write it; engines copy it, or read it as a word.
_SINGULAR = {"mls": "mL", "mgs": "mg"}
_PLURAL_SYMBOL = re.compile(rf"(?<![\w.,])({units.NUMBER})\s?({'|'.join(_SINGULAR)})(?![^\W\d_])", re.IGNORECASE)


def _number_units(block: Block, lines: list[str]) -> list[LintWarning]:
    """A number run into its unit (``110mmol/L`` reads as one word to people and engines), or a unit's
    symbol made plural (``10mls``)."""
    text = _read(block)
    found = [(m, f"put a space between the number and its unit ({m.group(1)} {m.group(2)})")
             for m in _RUN_ON.finditer(text)]
    plural = "a unit's symbol has no plural; engines copy it, or read it as a word"
    found += [(m, f"write {m.group(1)} {_SINGULAR[m.group(2).lower()]} ({plural})") for m in _PLURAL_SYMBOL.finditer(text)]
    return [LintWarning("number-unit", _line_of(m.group(), block, lines, text[:m.start()]), f"“{m.group()}”: {advice}")
            for m, advice in sorted(found, key=lambda pair: pair[0].start())]


# ".5 mg" (a point a reader misses: 5 mg) and "5.0 mg" (a point a reader misses: 50 mg), before a unit
_NAKED_DECIMAL = re.compile(rf"(?<![\w.,])\.\d+(?=\s?(?:{units.unit_pattern()})(?![^\W\d_]))")
# a trailing zero only before a dose's unit: "38.0°C" and "5.0 mmol/L" are how measures are written
_DOSE_UNIT = r"(?:mg|mcg|µg|μg|micrograms?|milligrams?|g|grams?|ml|mL|millilit(?:re|er)s?|L|units?|IU)"
_TRAILING_ZERO = re.compile(rf"(?<![\w.,])\d+\.0+(?![\d.,])(?=\s?{_DOSE_UNIT}(?![^\W\d_]))")


def _decimals(block: Block, lines: list[str]) -> list[LintWarning]:
    """A decimal without its leading zero, or with a trailing one: tenfold misreadings of a dose."""
    text = _read(block)
    return [
        LintWarning("decimal", _line_of(m.group(), block, lines, text[:m.start()]),
                    f"“{m.group()}”: write 0{m.group()}, a point alone is missed and the dose read as {m.group()[1:]}")
        for m in _NAKED_DECIMAL.finditer(text)
    ] + [
        LintWarning("decimal", _line_of(m.group(), block, lines, text[:m.start()]),
                    f"“{m.group()}”: write {m.group().split('.')[0]}, a trailing zero is read as ten times the dose")
        for m in _TRAILING_ZERO.finditer(text)
    ]


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(]?[A-Z0-9])")


def _long_sentences(block: Block, settings: LintSettings, lines: list[str]) -> list[LintWarning]:
    """Sentences over the configured number of words."""
    warnings = []
    before = ""  # the block's words before the sentence
    for sentence in _SENTENCE_END.split(_as_sentences(block)):
        words = re.findall(r"[\w’'-]+", sentence)
        if len(words) > settings.max_sentence_words:
            start = " ".join(sentence.split()[:8])
            warnings.append(LintWarning(
                "sentence-length", _line_of(start, block, lines, before),
                f"a sentence of {len(words)} words "
                f"(aim for at most {settings.max_sentence_words}): “{start} …”",
            ))
        before += sentence + " "
    return warnings


# -- readability -----------------------------------------------------------------

# Syllables counted by the hyphenation dictionary WeasyPrint already ships with: offline,
# and the same on every machine.
_HYPHENATION = pyphen.Pyphen(lang="en_US")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")  # letters or digits; "don't" is one word


def reading_grade(text: str) -> float | None:
    """Flesch–Kincaid grade of ``text``; None when it has no words to judge.

    The standard formula (Kincaid et al., 1975): 0.39 × words per sentence
    + 11.8 × syllables per word − 15.59.
    """
    if not re.search(r"[A-Za-z]{2,}", text):
        return None
    words = _WORD.findall(text)
    sentences = [s for s in _SENTENCE_END.split(text) if _WORD.search(s)]
    syllables = sum(len(_HYPHENATION.positions(word.lower())) + 1 for word in words)
    return 0.39 * len(words) / len(sentences) + 11.8 * syllables / len(words) - 15.59


def _leaflet_text(leaflet: Leaflet) -> str:
    """The leaflet's words as prose: headings and the lines of a contact block ended like sentences."""
    return " ".join(_as_sentences(block) for block in leaflet.blocks)


def _read(block: Block) -> str:
    """The words a patient reads: markup and addresses dropped (an address is no hard words), a link's,
    an autolink's or one written out."""
    return _ADDRESS.sub(" ", words_of(block.text))


_ADDRESS = re.compile(r"\b(?:https?|mailto|tel):\S+", re.IGNORECASE)
# In the Markdown: a link's target, "](…)", or an address written out or between <>.
_ADDRESS_IN_SOURCE = re.compile(r"\]\([^)\s]*\)|<?\b(?:https?|mailto|tel):[^\s>]+>?", re.IGNORECASE)


def _as_sentences(block: Block) -> str:
    """:func:`_read`, each line (a heading, a contact block's line ended by a break) ended like a sentence."""
    lines = [line.strip() for line in _read(block).split("\n") if line.strip()]
    return " ".join(line if line[-1:] in ".!?:" else line + "." for line in lines)


# -- locations ---------------------------------------------------------------------


def _source_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")


def _line_of(needle: str, block: Block, lines: list[str], before: str = "") -> int:
    """The Markdown line where ``needle`` stands in ``block`` (a block may span lines), after the times its
    first word stands in ``before``, the block's words before it (the second "block" of a paragraph)."""
    first_word = needle.split()[0] if needle.split() else needle
    seen = before.count(first_word)
    for index in range(block.line - 1, min(len(lines), block.line + 200)):
        if index > block.line - 1 and not lines[index].strip():
            break  # the block ended
        seen -= _ADDRESS_IN_SOURCE.sub(" ", lines[index]).count(first_word)
        if seen < 0:
            return index + 1
    return block.line
