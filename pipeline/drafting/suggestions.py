"""Suggestions for reviewers: what every engine answered for an entry, beside the draft in the catalogue.

The draft stage asks the chain's engines in turn and keeps the first
acceptable answer; the draft cache keeps every answer it got, refused ones
with their reason. ``leaflets review suggest`` asks the engines listed in
``suggest = [...]`` under ``[tool.leaflets.draft]`` as well, for every entry
not yet approved, and keeps their answers in the same cache. Nothing is
written to the catalogues: a suggestion becomes the translation only when a
reviewer takes it into the edit box and saves it (a signed edit).

The review page reads suggestions with :func:`suggestions_for`, from the
cache and the catalogues only, so it never waits on a network: approved
translations of the same English elsewhere in the project come first,
labelled with their leaflet, approver and date; then each engine's answer
with its tokens put back, or marked refused with the reason.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from babel.messages.catalog import Message

from pipeline.catalogs.markers import MemoryOrigin
from pipeline.catalogs.po import messages
from pipeline.catalogs.update import read_language_catalog
from pipeline.checks.glossary import Glossary, load_glossary
from pipeline.core.config import Config
from pipeline.core.errors import LeafletsError
from pipeline.core.files import writing_project
from pipeline.core.languages import SOURCE_LANGUAGE, language
from pipeline.core.text import without_credentials
from pipeline.drafting.cache import CacheKey, DraftCache, text_sha256
from pipeline.drafting.draft import DraftOptions, DraftReport, engines_for
from pipeline.drafting.engines import Engine, EngineError, Failure, destination_of
from pipeline.drafting.engines.memory import Match
from pipeline.drafting.protect import Protected, TokenError, protect
from pipeline.review.ledger import is_approved, load_ledger

# Why an answer is refused: the same reasons the draft stage gives.
EMPTY = "empty answer"
UNCHANGED = "the answer is the English unchanged"


@dataclass(frozen=True)
class Suggestion:
    """One candidate translation of an entry, and where it comes from."""

    by: str  # "memory", or the engine that answered
    text: str  # the words, tokens put back where they could be
    refused: str = ""  # why it cannot be used as it is; empty when it can
    origin: MemoryOrigin | None = None  # memory: the leaflet, approver and date of the approval
    answered: dt.date | None = None  # an engine: the day it answered


@dataclass
class AskReport:
    """What one ``suggest`` or ``backtranslate`` run did."""

    asked: Counter[str] = field(default_factory=Counter)  # engine -> texts sent to it
    from_cache: int = 0  # texts whose answer the cache had
    refused: int = 0  # answers kept as refused
    notes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # engine failures: run again later

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        sent = ", ".join(f"{engine} {count}" for engine, count in sorted(self.asked.items())) or "none"
        return (f"texts asked: {sent}; {self.from_cache} already in the draft cache; "
                f"{self.refused} answer(s) refused")


# -- asking ------------------------------------------------------------------------

Refusal = Callable[[str, str], str]  # (text sent, answer) -> why refused, or ""


def quiet(notice: str) -> None:
    """The default for ``notify``: a caller that prints passes its own."""


def listed_engines(config: Config, setting: str, allow_online: bool, environ: Mapping[str, str] | None,
                   notify: Callable[[str], None], report: AskReport) -> list[Engine]:
    """The engines listed in ``[tool.leaflets.draft] <setting>``, built as the draft stage builds them.

    The same rule on sending text online: an engine that cannot run here (not
    installed, online without permission) is refused with the draft stage's
    message. What will be sent where is told through ``notify`` before anything
    is sent; with no engine listed, ``report`` says so and the list is empty.
    """
    names = tuple(dict.fromkeys(getattr(config.draft, setting)))
    engines: list[Engine] = []
    if names:
        built = DraftReport()
        engines = engines_for(config, config.draft, DraftOptions(engines=names, allow_online=allow_online), built,
                              environ)
        for engine in engines:
            if engine.online:
                built.notes.append(f"{engine.name}: sending text to {destination_of(engine)}")
        for notice in built.notes:  # before anything is sent
            notify(notice)
    if not engines:
        report.notes.append(f"no engine listed in `{setting}` under [tool.leaflets.draft]: nothing to ask")
    return engines


def ask_engine(engine: Engine, source: str, target: str, texts: Iterable[str], cache: DraftCache,
               report: AskReport, refusal: Refusal, hand_on: Collection[Failure] = ()) -> EngineError | None:
    """Ask ``engine`` for the texts the cache has no answer to, in batches, and keep every answer.

    Returns the error that stopped it, if any (the texts after it stay unasked:
    a rerun asks them, and only them); it is reported as an error of the run
    unless its failure is one the caller hands on to another engine (``hand_on``).
    """
    wanted = list(dict.fromkeys(texts))
    missing = [text for text in wanted if cache.get(_key(engine, source, target, text)) is None]
    report.from_cache += len(wanted) - len(missing)
    for start in range(0, len(missing), engine.batch_size):
        batch = missing[start:start + engine.batch_size]
        try:
            answers = engine.translate(batch, source, target)
            if len(answers) != len(batch):
                raise EngineError(engine.name, Failure.BAD_ANSWER, f"{len(answers)} answers for {len(batch)} texts")
        except EngineError as exc:
            if exc.failure not in hand_on:
                report.errors.append(f"{exc} [{source} to {target}]: {len(missing) - start} text(s) not asked; "
                                     "run again later")
            return exc
        report.asked[engine.name] += len(batch)
        for text, answer in zip(batch, answers, strict=True):
            if answer is None:
                continue  # the engine has nothing to say about this text
            reason = refusal(text, answer)
            report.refused += bool(reason)
            cache.put(_key(engine, source, target, text), answer, reason)
    return None


def _key(engine: Engine, source: str, target: str, text: str) -> CacheKey:
    return CacheKey(engine.name, without_credentials(engine.settings_key()), source, target, text)


def _protected(config: Config, english: str, lang: str, glossary: Glossary) -> Protected:
    """The English as the draft stage sends it (tokens in place of numbers, units, markup)."""
    return protect(english, lang, glossary, fixed_terms=config.draft.protect_fixed_terms)


def refusal_for(protected: Protected) -> Refusal:
    """Why an answer to ``protected`` cannot be a translation: the draft stage's reasons."""

    def refuse(text: str, answer: str) -> str:
        if not answer.strip():
            return EMPTY
        if answer.strip() == text.strip():
            return UNCHANGED
        try:
            protected.restore(answer)
        except TokenError as exc:
            return str(exc)
        return ""

    return refuse


def suggest(config: Config, langs: Iterable[str], slugs: Iterable[str], *, allow_online: bool = False,
            environ: Mapping[str, str] | None = None, notify: Callable[[str], None] = quiet) -> AskReport:
    """Ask the ``suggest`` engines for every entry of ``slugs`` in ``langs`` not yet approved."""
    report = AskReport()
    engines = listed_engines(config, "suggest", allow_online, environ, notify, report)
    if not engines:
        return report
    glossary = load_glossary(config)
    slugs = list(slugs)
    with DraftCache(config.root / config.draft.cache) as cache, writing_project(config.root):
        for lang in langs:
            if language(lang).pseudo:
                continue
            served = [engine for engine in engines if engine.supports(lang)]
            for engine in engines:
                if engine not in served:
                    report.notes.append(f"{engine.name} does not translate into {lang}; not asked")
            if not served:
                continue
            by_text: dict[str, Protected] = {}
            for english in _waiting_english(config, lang, slugs):
                protected = _protected(config, english, lang, glossary)
                if protected.has_words:
                    by_text.setdefault(protected.text, protected)
            judge = _judge_each(by_text)
            for engine in served:
                ask_engine(engine, SOURCE_LANGUAGE, lang, list(by_text), cache, report, judge)
    return report


def _judge_each(by_text: Mapping[str, Protected]) -> Refusal:
    """Each answer judged against the protected English it answers."""

    def refuse(text: str, answer: str) -> str:
        return refusal_for(by_text[text])(text, answer)

    return refuse


def waiting_messages(config: Config, lang: str, slugs: Iterable[str]) -> Iterator[Message]:
    """Every entry of ``slugs`` in ``lang`` not yet approved (plural entries aside: never in leaflets)."""
    for slug in slugs:
        path = config.po_path(lang, slug)
        if not path.exists():
            continue
        catalog = read_language_catalog(path, lang)
        ledger = load_ledger(config, lang, slug)
        yield from (message for message in messages(catalog)
                    if isinstance(message.id, str) and not is_approved(message, ledger, config))


def _waiting_english(config: Config, lang: str, slugs: Iterable[str]) -> list[str]:
    """The English of every entry not yet approved in ``lang``, once each."""
    return list(dict.fromkeys(str(message.id) for message in waiting_messages(config, lang, slugs)))


# -- reading, for the review page ----------------------------------------------------


def suggestions_for(config: Config, cache: DraftCache | None, glossary: Glossary, lang: str, english: str,
                    memory: Iterable[Match], *, slug: str, current: str) -> list[Suggestion]:
    """The suggestions for one entry: approved words of the same English first, then each engine's answer.

    ``memory`` is :func:`approved_translations` of the language; the entry's own
    approved words (``current``, in leaflet ``slug``) are not suggested to it.
    """
    found: list[Suggestion] = []
    seen: set[str] = set()
    for match in sorted(memory, key=lambda m: m.approved_at, reverse=True):
        if match.english != english or match.translation in seen:
            continue
        if match.origin.slug == slug and match.translation == current:
            continue
        seen.add(match.translation)
        found.append(Suggestion("memory", match.translation, origin=match.origin))
    if cache is None:
        return found
    protected = _protected(config, english, lang, glossary)
    latest = {answer.engine: answer for answer in cache.answers_for(SOURCE_LANGUAGE, lang,
                                                                    text_sha256(protected.text))}
    for engine, answer in sorted(latest.items()):
        reason = answer.refused_reason or refusal_for(protected)(protected.text, answer.answer)
        try:
            text = protected.restore(answer.answer)
        except TokenError:
            text = answer.answer  # shown as the engine gave it, tokens and all
        found.append(Suggestion(engine, text, reason, answered=answer.created.date()))
    return found


def open_cache(config: Config) -> DraftCache | None:
    """The draft cache for reading, or None when no run has made it yet (nothing to show)."""
    path = config.root / config.draft.cache
    if not path.exists():
        return None
    try:
        return DraftCache(path)
    except LeafletsError:
        return None  # an unreadable cache: the draft stage says so; the page shows no suggestions
