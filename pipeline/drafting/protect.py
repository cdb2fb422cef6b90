"""Protected spans: the parts of an English block that a machine must not touch.

Numbers, ranges, doses with their units, phone numbers, dates, web and mail
addresses, inline Markdown (emphasis marks, link targets, hard line breaks,
backslash escapes) and glossary terms are found by :func:`find_spans`
(the checks reuse it to compare English and translation). :func:`protect`
replaces them by opaque numbered tokens (``{1}``, ``{2}``, ...) before a text
goes to an engine; :meth:`Protected.restore` puts them back and refuses an
answer in which a token did not come back exactly once, or in which the tokens
standing for numbers came back in another order than the English's.

The order rule is one rule for every language: "4 tablets in 24 hours" coming
back as "{2} tablets in {1} hours" is the dangerous swap, and the pipeline cannot
tell it from a language that moves the time phrase first (Chinese, Turkish), so
such a draft is refused and the entry left for a translator. Markup, links,
addresses and terms may move: sentences are reordered around them.

Units that are words (``90 minutes``, ``1-2 weeks``) keep their word outside
the token so that it is translated; only the number is locked. Symbolic units
(``110mmol/L``, ``5 mg``, ``20%``) are the same in every language and are
locked whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from pipeline.checks.glossary import Glossary, Term
from pipeline.core import units
from pipeline.core.errors import LeafletsError


class SpanKind(StrEnum):
    MARKUP = "markup"  # emphasis delimiters, link brackets and targets, line breaks, escapes, braces, HTML tags
    URL = "url"
    EMAIL = "email"
    PHONE = "phone"
    DATE = "date"
    TIME = "time"
    QUANTITY = "quantity"  # a number or range with its unit: 110mmol/L, 90 minutes, 1-2 weeks
    RANGE = "range"  # 1-2, 3–5
    NUMBER = "number"
    TERM = "term"  # a glossary term kept as is or given a fixed translation


@dataclass(frozen=True)
class Span:
    """One protected stretch of ``text[start:end]``."""

    start: int
    end: int
    text: str
    kind: SpanKind
    value: str = ""  # the number or range of a QUANTITY ("1-2"), else the text itself
    unit: str = ""  # the unit of a QUANTITY ("mmol/L", "minutes")
    term: Term | None = None

    @property
    def unit_is_word(self) -> bool:
        """True for units a translation spells in its own language (minutes, weeks)."""
        return bool(self.unit) and units.is_word(self.unit)


# A number, also with a fraction sign (½, 1½, 8½ hours): read as "1" beside "½", the fraction went to the
# engine unprotected and out of the number order's reach.
_NUMBER = rf"(?:(?:{units.NUMBER})?[½¼¾⅓⅔⅛]|{units.NUMBER})"
_RANGE = units.RANGE
_UNIT = units.unit_pattern()

# In priority order: an earlier pattern wins where two overlap.
_PATTERNS: tuple[tuple[SpanKind, re.Pattern[str]], ...] = (
    # Inline Markdown: a backslash escape, a link's opening bracket and its "](target)" whole,
    # emphasis delimiters, a hard line break ("\n" in a unit), code marks, HTML-like tags, braces.
    (SpanKind.MARKUP, re.compile(r"\\[!-/:-@\[-`{-~]|\]\([^()\s]*\)|\[|\*\*|\*|__|(?<!\w)_|_(?!\w)|\n|`"
                                 r"|</?[A-Za-z][^<>]*>|[{}｛｝]")),
    (SpanKind.URL, re.compile(r"\bhttps?://[^\s<>()]+[^\s<>().,;:!?]|\bwww\.[^\s<>()]+[^\s<>().,;:!?]")),
    (SpanKind.EMAIL, re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")),
    (SpanKind.DATE, re.compile(r"(?<![\w.])(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})(?![\w/])")),
    (
        SpanKind.PHONE,
        re.compile(r"(?<![\w+])(?:\+\d{1,3}[ -]?)?(?:\(\d{1,4}\)[ -]?)?\d{1,4}(?:[ -]\d{1,4}){1,5}(?![\w-])"),
    ),
    # "10:30 am", "8am", "8 p.m.", "14:00"
    # ("8pm." keeps its full stop out: "pm" takes a dot only written "p.m.")
    (SpanKind.TIME, re.compile(r"(?<![\w.:])\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]m|[ap]\.\s?m\.)(?!\w)"
                               r"|(?<![\w.:])\d{1,2}:\d{2}(?![\w:])", re.IGNORECASE)),
    (SpanKind.QUANTITY, re.compile(rf"(?<![\w.,])(?P<value>{_RANGE}|{_NUMBER})\s?(?P<unit>{_UNIT})(?![\w/])")),
    # "2x daily", "3 × a day": how many times. Its number is glued to a letter, so no other pattern took it: it went
    # to the engine as it stood, out of the number order's reach.
    (SpanKind.QUANTITY, re.compile(rf"(?<![\w.,])(?P<value>{_RANGE}|{_NUMBER})\s?(?P<unit>[xX×])(?!\w)")),
    (SpanKind.RANGE, re.compile(rf"(?<![\w.,])(?:{_RANGE})(?![\w])")),
    (SpanKind.NUMBER, re.compile(rf"(?<![\w.,]){_NUMBER}(?![\w])")),
)
_LOOK_INSIDE = frozenset({SpanKind.QUANTITY, SpanKind.RANGE, SpanKind.NUMBER})
# Tokens standing for values a patient acts on: they keep the English order in an answer.
ORDERED_KINDS = frozenset({SpanKind.QUANTITY, SpanKind.RANGE, SpanKind.NUMBER, SpanKind.TIME, SpanKind.DATE,
                           SpanKind.PHONE})
# Shorter digit groups are counts and ranges, not phone numbers; 13 11 26 (three groups) is one.
_PHONE_MIN_DIGITS = 8


def find_spans(text: str, glossary: Glossary | None = None, lang: str | None = None) -> list[Span]:
    """The protected spans of ``text``, in order, never overlapping.

    Glossary terms count when they are kept as is, or when ``lang`` is given
    and the term has a fixed translation into it.
    """
    taken: list[Span] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s.start or start >= s.end for s in taken)

    for kind, pattern in _PATTERNS:
        position = 0
        while (match := pattern.search(text, position)) is not None:
            if not free(match.start(), match.end()) or (kind is SpanKind.PHONE and not _looks_like_phone(match[0])):
                # A number's pattern looks again just after the start: "1234 - 110mmol/L" overlaps a
                # phone number as a range, and the "110mmol/L" inside it must still be found.
                position = match.start() + 1 if kind in _LOOK_INSIDE else match.end()
                continue
            value = match.groupdict().get("value") or match[0]
            unit = match.groupdict().get("unit") or ""
            taken.append(Span(match.start(), match.end(), match[0], kind, value, unit))
            position = match.end()
    for term in glossary.terms if glossary else ():
        if not term.keep and (lang is None or term.target(lang) is None):
            continue
        for match in term.pattern().finditer(text):
            if free(match.start(), match.end()):
                taken.append(Span(match.start(), match.end(), match[0], SpanKind.TERM, match[0], term=term))
    return sorted(taken, key=lambda s: s.start)


def _looks_like_phone(candidate: str) -> bool:
    digits = sum(ch.isdigit() for ch in candidate)
    groups = len(re.findall(r"\d+", candidate))
    return digits >= _PHONE_MIN_DIGITS or (digits >= 6 and groups >= 3)


class TokenError(LeafletsError):
    """An engine's answer lost, repeated or invented a protected token."""


# Engines sometimes answer {١} (Arabic-Indic digits), ｛1｝ (full-width) or { 1 }:
# still our token. \d matches every Unicode decimal digit and int() reads them.
_TOKEN = re.compile(r"[{｛]\s*(\d+)\s*[}｝]")
_BRACE = re.compile(r"[{}｛｝]")
_EMPHASIS = frozenset({"**", "*", "__", "_"})


@dataclass(frozen=True)
class Protected:
    """An English text with its protected spans replaced by ``{n}`` tokens."""

    english: str
    text: str  # what the engine sees: stripped, with tokens
    replacements: tuple[str, ...]  # what token n (1-based) turns back into
    originals: tuple[str, ...]  # the English each token stands for, for messages
    lead: str = ""  # whitespace around the English, put back around every answer
    trail: str = ""
    kinds: tuple[SpanKind, ...] = ()  # what each token stands for (same order as replacements)

    @property
    def has_words(self) -> bool:
        """False when nothing but tokens, digits and punctuation is left to translate."""
        return any(ch.isalpha() for ch in _TOKEN.sub("", self.text))

    def restore(self, answer: str) -> str:
        """``answer`` with every token replaced, or TokenError saying which token went wrong."""
        counts: dict[int, int] = {}
        for match in _TOKEN.finditer(answer):
            number = int(match[1])
            counts[number] = counts.get(number, 0) + 1
        problems = []
        for number in range(1, len(self.replacements) + 1):
            seen = counts.pop(number, 0)
            if seen != 1:
                what = "missing" if seen == 0 else f"repeated {seen} times"
                problems.append(f"token {{{number}}} ({self.originals[number - 1]!r}) {what}")
        problems += [f"unknown token {{{n}}}" for n in sorted(counts)]
        if len(_BRACE.findall(_TOKEN.sub("", answer))) > len(_BRACE.findall(_TOKEN.sub("", self.text))):
            problems.append("braces the English has not, around or beside the tokens ({{1}})")
        if problems:
            raise TokenError("; ".join(problems))
        self._check_order(answer)

        def put_back(match: re.Match[str]) -> str:
            return self.replacements[int(match[1]) - 1]

        return self.lead + _TOKEN.sub(put_back, self._emphasis_kept_on(answer.strip())) + self.trail

    def _emphasis_kept_on(self, answer: str) -> str:
        """``answer`` with each emphasis mark set against its words as the English sets it.

        Engines put spaces around tokens ("{1} NO{2}"): "** NO**" is no bold in Markdown,
        and a warning's "DO NOT" would show its asterisks instead.
        """
        for number, replacement in enumerate(self.replacements, start=1):
            if replacement not in _EMPHASIS:
                continue
            mark = rf"[{{｛]\s*{number}\s*[}}｝]"
            token = re.search(mark, self.text)
            assert token is not None, "every replacement has its token in the text sent"
            before, after = self.text[:token.start()], self.text[token.end():]
            if after[:1] and not after[:1].isspace():  # an opening mark: the words follow at once
                answer = re.sub(rf"({mark})\s+", r"\1", answer)
            if before[-1:] and not before[-1:].isspace():  # a closing one: the words come right before
                answer = re.sub(rf"\s+({mark})", r"\1", answer)
        return answer

    def _check_order(self, answer: str) -> None:
        """TokenError when the number tokens of ``answer`` are not in the English order."""
        ordered = {n for n, kind in enumerate(self.kinds, start=1) if kind in ORDERED_KINDS}
        came_back = [int(match[1]) for match in _TOKEN.finditer(answer) if int(match[1]) in ordered]
        # Two tokens for the same value ("1 to 1") may trade places harmlessly.
        values = [self.replacements[n - 1] for n in came_back]
        english = [self.replacements[n - 1] for n in sorted(ordered)]
        if values != english:
            moved = " ".join(f"{{{n}}}" for n in came_back)
            raise TokenError(f"numbers came back in another order ({moved}: "
                             f"{', '.join(values)} where the English has {', '.join(english)})")


def same_words(answer: str, text: str) -> bool:
    """Is ``answer`` the text sent, but for the spacing of its tokens and words ("{ 1 }" for "{1}")?"""
    return _spaced_alike(answer) == _spaced_alike(text)


def _spaced_alike(text: str) -> str:
    return " ".join(_TOKEN.sub(r" {\1} ", text).split())


def protect(english: str, lang: str, glossary: Glossary | None = None, *, fixed_terms: bool = False) -> Protected:
    """Replace the protected spans of ``english`` by numbered tokens for translation into ``lang``.

    Glossary terms kept as is always become tokens. Terms with a fixed
    translation become tokens (restored as that translation) only with
    ``fixed_terms``: a token in place of a noun costs the engine its grammar
    ("la Magnesio infusión"), so by default the engine translates them and the
    glossary check flags a draft that misses the fixed translation.
    """
    stripped = english.strip()
    lead = english[: len(english) - len(english.lstrip())]
    trail = english[len(english.rstrip()):] if stripped else ""
    pieces: list[str] = []
    replacements: list[str] = []
    originals: list[str] = []
    kinds: list[SpanKind] = []
    position = 0
    for span in find_spans(stripped, glossary, lang if fixed_terms else None):
        if span.kind is SpanKind.QUANTITY and span.unit_is_word:
            start, end, replacement = span.start, span.start + len(span.value), span.value
        elif span.kind is SpanKind.TERM and span.term is not None:
            start, end = span.start, span.end
            # A kept term comes back as the English wrote it ("ecg" is not made "ECG"); a fixed
            # translation is capitalised like it.
            replacement = span.text if span.term.keep else _match_case(span.text, span.term.target(lang) or span.text)
        else:
            start, end, replacement = span.start, span.end, span.text
        pieces.append(stripped[position:start])
        replacements.append(replacement)
        originals.append(stripped[start:end])
        kinds.append(span.kind)
        pieces.append(f"{{{len(replacements)}}}")
        position = end
    pieces.append(stripped[position:])
    return Protected(english, "".join(pieces), tuple(replacements), tuple(originals), lead, trail, tuple(kinds))


def _match_case(found: str, replacement: str) -> str:
    """A fixed translation capitalised like the English it replaces (sentence starts)."""
    if found[:1].isupper() and replacement[:1].islower() and not found.isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement
