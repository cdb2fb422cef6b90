"""Back-translation for reviewers: each draft or translation put back into English by another engine.

A reviewer who does not read the language judges a draft better beside what
it says in English. ``leaflets review backtranslate`` takes every translated
entry not yet approved and asks the first engine of ``backtranslate = [...]``
under ``[tool.leaflets.draft]`` (default: apertium, offline; Spanish needs
Debian's apertium-eng-spa, which has spa-eng too) that serves the language,
passing over the engine that drafted the words when another is configured: an
engine reading back its own mistake tends to undo it. An engine that has no
pair from the language into English hands the texts to the next one. Answers
go into the draft cache (source: the language, target: en), so nothing is
asked twice and the review page reads them without waiting on a network.

:func:`compare` marks what matters between the English and the back-translation
with the checks' own functions: numbers, negation, glossary drugs, and the
content words of the English the back-translation lacks.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from babel.messages.catalog import Message

from pipeline.catalogs.markers import draft_info, memory_origin
from pipeline.catalogs.po import translation_of
from pipeline.checks.glossary import Glossary
from pipeline.checks.rules import (
    aligned,
    drugs_named,
    english_content_words,
    english_negation,
    english_negative_meaning,
    fractions_in,
    number_value,
    numbers_in,
)
from pipeline.core import units
from pipeline.core.config import Config
from pipeline.core.files import writing_project
from pipeline.core.languages import SOURCE_LANGUAGE, language
from pipeline.drafting.cache import DraftCache, text_sha256
from pipeline.drafting.engines import Failure
from pipeline.drafting.suggestions import (
    EMPTY,
    AskReport,
    ask_engine,
    listed_engines,
    quiet,
    waiting_messages,
)

# An engine that cannot read this language at all: the next engine of the list is asked instead.
_NOT_SERVED = (Failure.REJECTED, Failure.UNAVAILABLE)


@dataclass(frozen=True)
class Difference:
    kind: str  # "number", "negation", "drug" or "words"
    message: str


@dataclass(frozen=True)
class BackTranslation:
    """What a translation says in English, and where it differs from the English it translates."""

    engine: str
    text: str
    differences: tuple[Difference, ...]
    pieces: tuple[tuple[str, bool], ...]  # the text in pieces, True where it differs from the English


def drafted_by(message: Message) -> str | None:
    """The engine whose words these are: the drafting engine, or the one a memory draft's words came from."""
    info = draft_info(message)
    if info is None:
        return None
    if info.engine == "memory" and (origin := memory_origin(message)) is not None:
        return origin.engine
    return info.engine


def choose(preference: Sequence[str], available: Collection[str], drafter: str | None) -> str | None:
    """The first engine of ``preference`` in ``available``, another than ``drafter`` where there is one."""
    candidates = [name for name in preference if name in available]
    others = [name for name in candidates if name != drafter]
    chosen = others or candidates
    return chosen[0] if chosen else None


def backtranslate(config: Config, langs: Iterable[str], slugs: Iterable[str], *, allow_online: bool = False,
                  environ: Mapping[str, str] | None = None,
                  notify: Callable[[str], None] = quiet) -> AskReport:
    """Translate the translated entries of ``slugs`` in ``langs`` that are not yet approved back into English."""
    report = AskReport()
    engines = listed_engines(config, "backtranslate", allow_online, environ, notify, report)
    if not engines:
        return report
    slugs = list(slugs)
    with DraftCache(config.root / config.draft.cache) as cache, writing_project(config.root):
        for lang in langs:
            if language(lang).pseudo:
                continue
            waiting = _waiting(config, lang, slugs)
            available = {engine.name: engine for engine in engines if engine.supports(lang)}
            while waiting and available:
                by_engine: dict[str, list[str]] = {}
                for text, drafter in waiting.items():
                    name = choose(config.draft.backtranslate, available, drafter)
                    if name is not None:
                        by_engine.setdefault(name, []).append(text)
                not_served = set()
                for name, texts in by_engine.items():
                    error = ask_engine(available[name], lang, SOURCE_LANGUAGE, texts, cache, report, _refusal,
                                       hand_on=_NOT_SERVED)
                    if error is not None and error.failure in _NOT_SERVED:
                        report.notes.append(f"{error}; asking the next engine for {lang}")
                        not_served.add(name)
                waiting = {text: drafter for text, drafter in waiting.items()
                           if choose(config.draft.backtranslate, available, drafter) in not_served}
                available = {name: engine for name, engine in available.items() if name not in not_served}
            if waiting:
                report.notes.append(f"no engine of `backtranslate` reads {lang} into English: "
                                    f"{len(waiting)} text(s) without a back-translation")
    return report


def _refusal(text: str, answer: str) -> str:
    return EMPTY if not answer.strip() else ""


def _waiting(config: Config, lang: str, slugs: Iterable[str]) -> dict[str, str | None]:
    """Each translation not yet approved -> the engine that drafted it (None: a person wrote it)."""
    found: dict[str, str | None] = {}
    for message in waiting_messages(config, lang, slugs):
        if text := translation_of(message):
            found.setdefault(text, drafted_by(message))
    return found


# -- reading, for the review page ----------------------------------------------------


def back_translation_of(config: Config, cache: DraftCache | None, lang: str, english: str, translation: str,
                        drafter: str | None, glossary: Glossary) -> BackTranslation | None:
    """The cached back-translation of ``translation`` the configuration prefers, compared with the English."""
    if cache is None or not translation:
        return None
    answers = {answer.engine: answer for answer in cache.answers_for(lang, SOURCE_LANGUAGE, text_sha256(translation))
               if not answer.refused}
    name = choose(config.draft.backtranslate, answers, drafter)
    if name is None:
        return None
    back = answers[name].answer
    return BackTranslation(name, back, tuple(compare(english, back, glossary, lang, translation)),
                           _pieces(english, back, lang, translation))


def compare(english: str, back: str, glossary: Glossary | None, lang: str = SOURCE_LANGUAGE,
            translation: str = "") -> list[Difference]:
    """What a reviewer must look at: numbers, negation and drugs that differ, content words left out.

    ``lang`` and ``translation``: what was translated back, whose numbers an
    engine may keep as written (see :func:`_other_numbers`).
    """
    found: list[Difference] = []
    wanted = numbers_in(english)
    extra = _other_numbers(back, wanted, lang, translation)
    fractions, rest = fractions_in(back)  # "1/2" is ½, as numbers_in reads the English
    missing = wanted - fractions - {reading for written in _written_numbers(rest)
                                    for reading in _readings(written, lang, translation)}
    if missing:
        found.append(Difference("number", f"the English has {_list(missing)}; the back-translation does not"))
    if extra:
        found.append(Difference("number", f"the back-translation has {_list(extra)}; the English does not"))
    for source, target in aligned(english, back, SOURCE_LANGUAGE):
        said, back_said = english_negation(source), english_negation(target)
        if said and not back_said:
            found.append(Difference("negation", f"the English says “{said}”; the back-translation has no negation"))
        elif back_said and not said and not english_negative_meaning(source):
            found.append(Difference("negation", f"the back-translation says “{back_said}” where the English "
                                                "has no negation"))
    if glossary is not None:
        drugs, back_drugs = set(drugs_named(english, None, glossary)), set(drugs_named(back, None, glossary))
        if drugs - back_drugs:
            found.append(Difference("drug", f"the English names {_list(drugs - back_drugs)}; "
                                            "the back-translation does not"))
        if back_drugs - drugs:
            found.append(Difference("drug", f"the back-translation names {_list(back_drugs - drugs)}; "
                                            "the English does not"))
    back_words = english_content_words(back)
    left_out = [w for w in dict.fromkeys(english_content_words(english)) if not _any_same(w, back_words)]
    if left_out:
        found.append(Difference("words", f"not in the back-translation: {', '.join(left_out)}"))
    return found


def _written_numbers(text: str) -> list[str]:
    return [found.group() for found in re.finditer(units.NUMBER, text)]


def _readings(written: str, lang: str, translation: str) -> set[str]:
    """A number of the back-translation read as English, and as ``lang`` writes it when the translation has it so.

    An engine may keep "1.000" from a Spanish translation: the English 1,000. A
    number the translation does not have as written is read as English only, so
    a Spanish "1.500" rendered "1,500" stays 1500.
    """
    readings = {number_value(written)}
    if written in translation:
        readings.add(number_value(written, lang))
    return readings


def _other_numbers(back: str, wanted: set[str], lang: str, translation: str) -> set[str]:
    """The numbers of ``back`` that are none of ``wanted``, however they may be read (:func:`_readings`)."""
    fractions, rest = fractions_in(back)
    return (fractions - wanted) | {number_value(written) for written in _written_numbers(rest)
                                   if not _readings(written, lang, translation) & wanted}


def _pieces(english: str, back: str, lang: str = SOURCE_LANGUAGE, translation: str = "") -> tuple[tuple[str, bool], ...]:
    """``back`` cut at the words that differ from the English (content words and numbers it does not have)."""
    english_words = english_content_words(english)
    english_numbers = numbers_in(english)
    pieces: list[tuple[str, bool]] = []
    plain = ""
    for word in _split(back):
        content = english_content_words(word)
        differs = (bool(content) and not _any_same(content[0], english_words)) or \
            bool(_other_numbers(word, english_numbers, lang, translation))
        if differs:
            if plain:
                pieces.append((plain, False))
                plain = ""
            pieces.append((word, True))
        else:
            plain += word
    if plain:
        pieces.append((plain, False))
    return tuple(pieces)


def _split(text: str) -> list[str]:
    """Words with their punctuation, and the spaces between them, in order: joined, the text again."""
    parts: list[str] = []
    for index, chunk in enumerate(text.split(" ")):
        if index:
            parts.append(" ")
        if chunk:
            parts.append(chunk)
    return parts


def _same(a: str, b: str) -> bool:
    """One word in two forms (infusion/infusions, drive/driving), judged by their common start."""
    return a == b or len(os.path.commonprefix([a, b])) >= max(4, min(len(a), len(b)) - 2)


def _any_same(word: str, words: Iterable[str]) -> bool:
    return any(_same(word, other) for other in words)


def _list(values: Iterable[str]) -> str:
    return ", ".join(sorted(values))
