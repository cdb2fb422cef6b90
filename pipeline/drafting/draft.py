"""The draft stage: fill untranslated entries with machine-translation drafts.

For every untranslated entry of the chosen catalogues, the engines of the
chain are asked in turn (``memory`` first, then e.g. ``apertium`` or an online
engine) until one gives an acceptable answer. Before sending, numbers, units,
phone numbers, markup and glossary terms become tokens (pipeline.drafting.protect);
an answer whose tokens do not all come back exactly once, that is empty, or
that is the English unchanged is refused and the entry stays untranslated
with a ``leaflets-draft-failed`` comment saying why.

A draft is written fuzzy ("not ready") with a translator comment naming the
engine and the date, plus a ``leaflets-check`` comment for each error the
checks find in it (pipeline.catalogs.markers writes and reads these comments). Each
catalogue is rewritten atomically as soon as answers arrive, and each answer
is kept in the draft cache, so an interrupted run keeps what it got and a
rerun sends only the rest.

An engine that fails several times in a row (a dead server) is skipped for the
rest of the run and the chain moves on; the run fails only for the entries
that no engine could draft because of such failures. The report ends with each
language's coverage: drafted by which engine, left empty and why, and which
engines would serve a language that none of the chain does.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog, Message

from pipeline.catalogs.markers import (
    check_comment,
    draft_comment,
    failure_comment,
    is_failure_of,
    machine_words,
    note_comment,
    tidy_check_marks,
    without_draft_marks,
)
from pipeline.catalogs.po import messages, translation_of, write_catalog
from pipeline.catalogs.update import read_language_catalog
from pipeline.checks.glossary import Glossary, load_glossary
from pipeline.checks.rules import run_checks
from pipeline.checks.severity import Severity
from pipeline.core.clock import today
from pipeline.core.config import Config, DraftSettings
from pipeline.core.errors import CatalogError, LeafletsError
from pipeline.core.files import writing_project
from pipeline.core.languages import SOURCE_LANGUAGE, language
from pipeline.core.text import CONTROL_CHARACTER, without_credentials
from pipeline.drafting.cache import CacheKey, DraftCache, longest_answer
from pipeline.drafting.engines import (
    APERTIUM_PAIRS,
    Engine,
    EngineContext,
    EngineError,
    Failure,
    TextContext,
    create_engine,
    destination_of,
    engines_offering,
)
from pipeline.drafting.protect import Protected, TokenError, protect, same_words

log = logging.getLogger(__name__)


# ---------------------------------------------------------------------------
# The run
# ---------------------------------------------------------------------------
def _refusal(engine: Engine, text: str, answer: str, protected: Protected) -> str:
    """Why ``answer`` (to ``text``) cannot be a draft, or "" when it can.

    Depends only on the text sent and the answer, so one verdict serves every entry
    that sent the same text, and can be kept in the cache.
    """
    if not answer.strip():
        return "empty answer"
    if found := CONTROL_CHARACTER.search(answer):  # a NUL would make the catalogue unreadable to every tool
        return f"the answer holds a control character (U+{ord(found.group()):04X})"
    if len(answer) > longest_answer(text):  # chatter, or a runaway model: no translation
        return f"the answer is {len(answer) // max(len(text), 1)} times as long as the English"
    if not engine.protects:
        return ""
    if same_words(answer, text):
        return "the answer is the English unchanged"
    try:
        protected.restore(answer)
    except TokenError as exc:
        return str(exc)
    return ""


@dataclass(frozen=True)
class DraftOptions:
    """What one run is asked to do; everything else comes from the settings."""

    langs: tuple[str, ...] | None = None  # None: every configured language
    slugs: tuple[str, ...] | None = None  # None: every leaflet
    # Only these (slug, language) catalogues, e.g. those `leaflets run` just updated; over langs and slugs.
    pairs: tuple[tuple[str, str], ...] | None = None
    engines: tuple[str, ...] | None = None  # None: the configured chain
    url: str | None = None  # for the one online engine of the chain
    allow_online: bool = False  # on top of the config's allow_online
    overwrite_drafts: bool = False  # redraft machine drafts (fuzzy, with their engine) too; never people's words
    use_cache: bool = True  # False: ask the engines again (answers still recorded)
    for_run: bool = False  # asked by `leaflets run`: online engines only with `online_in_run`


@dataclass
class Usage:
    """What one engine did for one language."""

    engine: str
    lang: str
    drafted: int = 0  # entries written as drafts
    segments: int = 0  # distinct texts the engine answered (identical English is asked once)
    characters: int = 0  # characters sent to the engine, retries included (not to one never reached): what online engines bill
    requests: int = 0  # requests, processes or lookups, retries included
    retries: int = 0  # of those, repeated after a rate limit, server error or timeout
    cache_hits: int = 0  # distinct texts answered from the cache
    refused: int = 0  # answers refused (lost tokens, empty, the English unchanged)
    online: bool = False


@dataclass(frozen=True)
class Refusal:
    slug: str
    lang: str
    english: str
    engine: str
    reason: str


# How engines are named when saying what would serve a language.
_LABELS = {
    "openai": "an OpenAI-compatible server (openai)",
    "apertium-apy": "an Apertium APy server (apertium-apy)",
    "libre": "LibreTranslate (libre)",
    "deepl": "DeepL (deepl)",
    "microsoft": "Microsoft Translator (microsoft)",
    "google": "Google Translate (google)",
    "mymemory": "MyMemory (mymemory)",
    "pseudo": "the pseudo engine (pseudo)",
}


@dataclass
class Coverage:
    """One language's untranslated entries after a run: who drafted them, and why the rest are empty."""

    lang: str
    wanted: int = 0  # untranslated entries asked for
    drafted: dict[str, int] = field(default_factory=dict)  # engine -> entries drafted
    refused: int = 0  # left empty: every answer was refused (see the entries' comments)
    failed: int = 0  # left empty: an engine failed (a rerun may draft them)
    untried: int = 0  # left empty: no engine of the chain translates the language
    kept: int = 0  # left as a PO editor saved them: their catalogue was saved while the run drafted it
    would_serve: tuple[str, ...] = ()  # engines that could, when none of the chain does
    memory_only: bool = False  # the chain's only engine here is the translation memory, which translates nothing

    @property
    def left(self) -> int:
        return self.wanted - sum(self.drafted.values())

    def line(self) -> str:
        if not self.wanted:
            return f"{self.lang}: nothing to draft"
        by = ", ".join(f"{engine} {count}" for engine, count in sorted(self.drafted.items()))
        text = f"{self.lang}: {sum(self.drafted.values())} of {self.wanted} drafted" + (f" ({by})" if by else "")
        if not self.left:
            return text
        why = [f"{count} {what}" for count, what in (
            (self.kept, "in a catalogue saved in an editor while drafting, kept as saved (run again)"),
            (self.refused, "refused (see their comments)"), (self.failed, "not answered (engine failures)")) if count]
        if self.untried:
            alternatives = [f"Apertium ({APERTIUM_PAIRS[self.lang]})" if name == "apertium" else _LABELS.get(name, name)
                            for name in self.would_serve]
            would = (", ".join(alternatives[:-1]) + " or " + alternatives[-1] if len(alternatives) > 1
                     else "".join(alternatives))
            count = "" if self.untried == self.left else f"{self.untried} untried: "
            memory = " (the translation memory only reuses approved translations, and had none of these)"
            why.append(f"{count}no engine of the chain translates into {self.lang}" + (memory if self.memory_only else "")
                       + (f"; {would} would" if would else ""))
        return f"{text}; {self.left} left empty: " + "; ".join(why)


@dataclass
class DraftReport:
    usage: dict[tuple[str, str], Usage] = field(default_factory=dict)
    changed: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # entries left untranslated by engine failures
    refusals: list[Refusal] = field(default_factory=list)
    pending: int = 0  # entries asked for and still untranslated
    coverage: dict[str, Coverage] = field(default_factory=dict)  # per language, in the order asked

    def coverage_lines(self) -> list[str]:
        return [coverage.line() for coverage in self.coverage.values()]

    def usage_for(self, engine: Engine, lang: str) -> Usage:
        return self.usage.setdefault((engine.name, lang), Usage(engine.name, lang, online=engine.online))

    @property
    def drafted(self) -> int:
        return sum(u.drafted for u in self.usage.values())

    @property
    def for_review(self) -> int:
        """The drafts a clinician may review: a pseudo-locale's are for layout tests, never approved."""
        return sum(u.drafted for (_, lang), u in self.usage.items() if not language(lang).pseudo)

    @property
    def characters_sent(self) -> int:
        """Characters that left this machine (online engines only)."""
        return sum(u.characters for u in self.usage.values() if u.online)

    @property
    def ok(self) -> bool:
        """False when engine failures left entries untranslated (failures a later engine covered do not count)."""
        return not self.errors

    def summary(self) -> str:
        hits = sum(u.cache_hits for u in self.usage.values())
        return (f"{self.drafted} draft(s) written; {self.characters_sent} character(s) sent online; "
                f"{hits} cache hit(s); {len(self.refusals)} refused; {self.pending} left untranslated")


@dataclass(frozen=True)
class Tally:
    """Where a run is, for a progress bar."""

    done: int  # entries settled (drafted, refused or given up)
    total: int  # entries to draft
    retries: int = 0  # requests repeated so far
    engine: str = ""  # the engine at work


Progress = Callable[[Tally], None]
Notify = Callable[[str], None]  # a line to show the user at once (where the text is about to go)


@dataclass
class _Target:
    slug: str
    lang: str
    path: Path
    catalog: Catalog
    dirty: bool = False
    abandoned: bool = False  # saved in an editor meanwhile: left as saved, nothing more drafted for it


@dataclass
class _Item:
    target: _Target
    message: Message
    english: str
    protected: Protected
    done: bool = False
    drafted_by: str = ""
    refused: str = ""  # the last refusal's reason
    failure: str = ""  # the last engine failure that left it undrafted


@dataclass
class _Outcome:
    texts: list[str]
    lang: str
    answers: list[str | None] | None = None
    error: EngineError | None = None
    requests: int = 0
    characters: int = 0


def draft(
    config: Config,
    options: DraftOptions = DraftOptions(),
    progress: Progress | None = None,
    environ: Mapping[str, str] | None = None,
    notify: Notify | None = None,
) -> DraftReport:
    """Draft the untranslated entries chosen by ``options``; return what was done.

    ``notify`` is given, at once, the line saying where English text is about to be
    sent, before it is (without it, the line is one of the report's notes).
    """
    settings = config.draft
    report = DraftReport()
    if options.pairs is not None and not options.pairs:
        return report
    langs = _languages(config, options)
    slugs = _leaflets(config, options)
    engines = engines_for(config, settings, options, report, environ)
    glossary = load_glossary(config)
    chains = _chains(config, engines, langs, options)
    for lang in langs:  # memory only reuses the project's own translations: it translates nothing new
        translated = any(e.protects for e in chains[lang])
        offering = ["pseudo"] if language(lang).pseudo else engines_offering(lang)
        offered = () if translated else tuple(name for name in offering if name not in {e.name for e in engines})
        report.coverage[lang] = Coverage(lang, would_serve=offered, memory_only=bool(chains[lang]) and not translated)

    targets, items = _items(config, settings, langs, slugs, chains, glossary, options, report)
    run = _Run(settings, options, glossary, report, targets, progress, notify or report.notes.append, len(items))
    run.tick()
    with DraftCache(config.root / settings.cache) as cache, writing_project(config.root):
        order = list(dict.fromkeys(e for lang in langs for e in chains[lang]))
        for engine in order:
            todo = [item for item in items
                    if not item.done and not item.target.abandoned and engine in chains[item.target.lang]]
            if not todo:
                continue
            run.engine = engine.name
            for done in run.engine_pass(engine, todo, cache):
                done.done = True
                run.settled += 1
                run.tick()
    for item in items:
        if item.target.abandoned and item.drafted_by:  # drafted, but its catalogue was kept as the editor saved it
            report.usage[(item.drafted_by, item.target.lang)].drafted -= 1
            item.drafted_by, item.done = "", False
    report.pending = sum(1 for item in items if not item.done)
    _account(report, items)
    run.settled = len(items)
    run.tick()
    return report


def _chains(config: Config, engines: list[Engine], langs: list[str], options: DraftOptions) -> dict[str, list[Engine]]:
    """Each language's engines, in the chain's order: those that offer it."""
    chains: dict[str, list[Engine]] = {}
    for lang in langs:
        if language(lang).pseudo:
            pseudo = [e for e in engines if e.name == "pseudo"]
            if not pseudo and options.engines is None:
                pseudo = [create_engine("pseudo", EngineContext(config))]
            chains[lang] = pseudo
        else:
            chains[lang] = [e for e in engines if e.name != "pseudo" and e.supports(lang)]
    return chains


def _account(report: DraftReport, items: list[_Item]) -> None:
    """Coverage per language, and an error for each engine failure that left entries untranslated."""
    left_by: dict[str, list[_Item]] = defaultdict(list)
    for item in items:
        coverage = report.coverage[item.target.lang]
        if item.done:
            coverage.drafted[item.drafted_by] = coverage.drafted.get(item.drafted_by, 0) + 1
        elif item.target.abandoned:  # not "no engine translates it": its catalogue was saved meanwhile
            coverage.kept += 1
        elif item.failure:
            coverage.failed += 1
            left_by[item.failure].append(item)
        elif item.refused:
            coverage.refused += 1
        else:
            coverage.untried += 1
    for failure, left in left_by.items():
        langs = ", ".join(dict.fromkeys(item.target.lang for item in left))
        report.errors.append(f"{failure}: {len(left)} text(s) in {langs} not drafted; run again later")


def _languages(config: Config, options: DraftOptions) -> list[str]:
    if options.pairs is not None:
        langs = list(dict.fromkeys(lang for _, lang in options.pairs))
    else:
        langs = list(options.langs or config.languages)
    for lang in langs:
        if lang not in config.languages:
            raise LeafletsError(f"{lang!r} is not a configured language ({', '.join(config.languages)})")
    return langs


def _leaflets(config: Config, options: DraftOptions) -> list[str]:
    known = config.slugs()
    if options.pairs is not None:
        slugs = list(dict.fromkeys(slug for slug, _ in options.pairs))
    else:
        slugs = list(options.slugs or known)
    for slug in slugs:
        if slug not in known:
            raise LeafletsError(f"no leaflet {slug!r} in {config.relative(config.source_dir)}")
    return slugs


def engines_for(config: Config, settings: DraftSettings, options: DraftOptions, report: DraftReport,
                environ: Mapping[str, str] | None) -> list[Engine]:
    """The chain's engines, built; those that cannot run here are refused or skipped with a note."""
    explicit = options.engines is not None
    names = list(dict.fromkeys(options.engines if options.engines is not None else settings.engines))
    allowed = options.allow_online or settings.allow_online
    engines: list[Engine] = []
    url_takers: list[str] = []
    for name in names:
        context = EngineContext(
            config=config,
            settings=settings.engine_settings.get(name, {}),
            url=options.url,
            timeout=float(settings.timeout),
            concurrency=settings.concurrency,
            memory_threshold=float(settings.memory_threshold),
            **({"environ": environ} if environ is not None else {}),
        )
        try:
            engine = create_engine(name, context)
            installed = getattr(engine, "installed", None)
            if installed is not None and not installed():
                raise EngineError(name, Failure.UNAVAILABLE, "is not installed on this machine")
        except EngineError as exc:
            if explicit:
                raise
            report.notes.append(f"skipped {exc}")
            continue
        if engine.online and not allowed:
            message = (f"{name} would send leaflet text to {destination_of(engine)}; allow it with "
                       "--allow-online or `allow_online = true` under [tool.leaflets.draft]")
            if explicit:
                raise LeafletsError(message)
            report.notes.append(f"skipped: {message}")
            continue
        if engine.online and options.for_run and not settings.online_in_run:
            report.notes.append(f"skipped {name}: `leaflets run` drafts with offline engines only; to let it send "
                                f"text to {destination_of(engine)}, set `online_in_run = true` under "
                                "[tool.leaflets.draft] (`leaflets draft` uses it as it is)")
            continue
        if engine.online:
            url_takers.append(name)
        engines.append(engine)
    if options.url and len(url_takers) != 1:
        raise LeafletsError(f"--url needs exactly one online engine in the chain, not {len(url_takers)}")
    return engines


def _items(config: Config, settings: DraftSettings, langs: list[str], slugs: list[str],
           chains: Mapping[str, list[Engine]], glossary: Glossary, options: DraftOptions,
           report: DraftReport) -> tuple[list[_Target], list[_Item]]:
    targets: list[_Target] = []
    items: list[_Item] = []
    wanted = set(options.pairs) if options.pairs is not None else None
    for slug in slugs:
        for lang in langs:
            if wanted is not None and (slug, lang) not in wanted:
                continue
            path = config.po_path(lang, slug)
            if not path.exists():
                report.notes.append(f"{config.relative(path)} does not exist yet; run `leaflets update` first")
                continue
            target = _Target(slug, lang, path, read_language_catalog(path, lang))
            for message in messages(target.catalog):
                if isinstance(message.id, tuple | list):
                    continue  # leaflet blocks are never plural
                # Only a machine's draft is drafted again, as it wrote it: a person's words gone fuzzy
                # (their English changed since), or a draft someone edited, are theirs to revise.
                if translation_of(message) and not (options.overwrite_drafts and message.fuzzy
                                                    and machine_words(message)):
                    continue
                report.coverage[lang].wanted += 1
                if not chains[lang]:
                    report.coverage[lang].untried += 1  # counted, for the coverage; nothing to ask
                    continue
                english = str(message.id)
                protected = protect(english, lang, glossary, fixed_terms=settings.protect_fixed_terms)
                items.append(_Item(target, message, english, protected))
            if chains[lang]:
                targets.append(target)
    return targets, items


class _Breaker:
    """Stops using an engine for the rest of the run: a circuit breaker.

    It trips after ``in_a_row`` failures in a row that say the engine is out of
    reach (network, timeout, server error, authentication, quota), or after
    ``lasting`` failures that will not heal within a run (authentication, quota),
    whichever comes first. Rate limits, and answers refused for one text, do not
    count: the server is there. Worker threads report to it directly, so no
    request starts once it has tripped.
    """

    def __init__(self, in_a_row: int, lasting: int):
        self.in_a_row = in_a_row
        self.lasting = lasting
        self.stop = threading.Event()
        self.tripped: EngineError | None = None
        self.count = 0  # the failures that tripped it
        self._row = 0
        self._lasting = 0
        self._lock = threading.Lock()

    def succeeded(self) -> None:
        with self._lock:
            self._row = 0

    def failed(self, error: EngineError) -> None:
        with self._lock:
            if error.failure.disables:
                self._lasting += 1
                if self._lasting >= self.lasting:
                    self._trip(error, self._lasting)
            if error.failure.breaks:
                self._row += 1
                if self._row >= self.in_a_row:
                    self._trip(error, self._row)

    def _trip(self, error: EngineError, count: int) -> None:
        if self.tripped is None:
            self.tripped, self.count = error, count
            self.stop.set()


class _Run:
    """One draft run's state shared by the engine passes."""

    def __init__(self, settings: DraftSettings, options: DraftOptions, glossary: Glossary,
                 report: DraftReport, targets: list[_Target], progress: Progress | None, notify: Notify,
                 total: int):
        self.settings = settings
        self.targets = targets
        self.options = options
        self.glossary = glossary
        self.report = report
        self.date = today()
        self.notify = notify
        self._progress = progress
        self.total = total
        self.settled = 0
        self.retries = 0
        self.engine = ""
        self._lock = threading.Lock()  # retries are counted in the worker threads
        self._saved = time.monotonic()

    def tick(self, retried: bool = False) -> None:
        """Tell the progress bar; called from the worker threads too, for each retry."""
        with self._lock:
            self.retries += retried
            tally = Tally(self.settled, self.total, self.retries, self.engine)
        if self._progress is not None:
            self._progress(tally)

    # -- one engine over its items ------------------------------------------
    def engine_pass(self, engine: Engine, items: list[_Item], cache: DraftCache):
        """Yield each item as it is drafted; failed and unanswered items stay with the caller."""
        groups: dict[tuple[str, str], list[_Item]] = defaultdict(list)
        for item in items:
            if item.target.abandoned:
                continue
            if engine.protects and not item.protected.has_words:
                # only tokens and punctuation (a dose, a phone number): nothing to send
                if self._accept(engine, item, item.protected.text):
                    yield item
                continue
            text = item.protected.text if engine.protects else item.english
            groups[(item.target.lang, text)].append(item)

        if engine.cacheable and self.options.use_cache:
            for (lang, text), group in list(groups.items()):
                cached = cache.get(self._key(engine, lang, text, group[0].english))
                if cached is None:
                    continue
                self.report.usage_for(engine, lang).cache_hits += 1
                del groups[(lang, text)]
                if cached.refused:  # refused before for this English and these settings: not asked again
                    for item in group:
                        self._refuse(engine, item, cached.refused_reason)
                else:
                    yield from self._answer(engine, text, cached.answer, group, cache=None)
            self._save()

        batches: list[tuple[str, list[str]]] = []
        by_lang: dict[str, list[str]] = defaultdict(list)
        for lang, text in groups:
            by_lang[lang].append(text)
        for lang, texts in by_lang.items():
            for start in range(0, len(texts), engine.batch_size):
                batches.append((lang, texts[start:start + engine.batch_size]))
        if not batches:
            return
        if engine.online:  # said before the first request leaves, so that it can still be stopped
            self.notify(f"{engine.name}: sending English text for {', '.join(by_lang)} to {destination_of(engine)}")

        breaker = _Breaker(self.settings.circuit_breaker, self.settings.disable_after)
        executor = ThreadPoolExecutor(max_workers=engine.concurrency, thread_name_prefix=f"draft-{engine.name}")
        try:
            futures: list[Future[_Outcome]] = [
                executor.submit(self._call, engine, texts, lang, breaker,
                                [self._context(groups[(lang, text)][0]) for text in texts])
                for lang, texts in batches
            ]
            for future in as_completed(futures):
                outcome = future.result()
                usage = self.report.usage_for(engine, outcome.lang)
                usage.requests += outcome.requests
                usage.retries += max(outcome.requests - 1, 0)
                usage.characters += outcome.characters
                if outcome.answers is not None:
                    usage.segments += len(outcome.texts)
                    for text, answer in zip(outcome.texts, outcome.answers, strict=True):
                        yield from self._answer(engine, text, answer, groups[(outcome.lang, text)], cache)
                else:
                    self._failed(engine, outcome, groups, breaker)
                self._save(force=False)
        finally:
            # Ctrl-C or an error: queued batches are dropped; what arrived is saved.
            breaker.stop.set()
            executor.shutdown(wait=False, cancel_futures=True)
            self._save()
        if breaker.tripped is not None:
            self.notify(f"{breaker.tripped} — {engine.name} is skipped for the rest of this run after "
                        f"{breaker.count} failures" + ("" if breaker.tripped.failure.disables else " in a row"))

    def _call(self, engine: Engine, texts: list[str], lang: str, breaker: _Breaker,
              contexts: list[TextContext]) -> _Outcome:
        """Runs in a worker thread: one batch, with retries and exponential backoff."""
        outcome = _Outcome(texts, lang)
        delay = float(self.settings.backoff)
        contextual = getattr(engine, "translate_in_context", None)  # a ContextualEngine reads each text's context
        size = sum(len(text) for text in texts)
        for attempt in range(self.settings.retries + 1):
            if breaker.stop.is_set():
                outcome.error = EngineError(engine.name, Failure.STOPPED, "stopped")
                return outcome
            if attempt:
                self.tick(retried=True)
            outcome.requests += 1
            answered = False
            try:
                if contextual is not None:
                    outcome.answers = contextual(texts, SOURCE_LANGUAGE, lang, contexts)
                else:
                    outcome.answers = engine.translate(texts, SOURCE_LANGUAGE, lang)
                answered = True
                outcome.characters += size
                if len(outcome.answers) != len(texts):
                    raise EngineError(engine.name, Failure.BAD_ANSWER,
                                      f"{len(outcome.answers)} answers for {len(texts)} texts")
                breaker.succeeded()
                return outcome
            except EngineError as exc:
                outcome.answers = None
                outcome.error = exc
                if exc.sent and not answered:  # not for a server never reached
                    outcome.characters += size
                breaker.failed(exc)
                if not exc.failure.retryable or attempt == self.settings.retries:
                    return outcome
                wait = exc.retry_after if exc.retry_after is not None else delay
                log.info("%s; retrying in %.2f s", exc, wait)
                if breaker.stop.wait(min(wait, float(self.settings.max_backoff))):
                    return outcome
                delay *= 2
        return outcome

    def _failed(self, engine: Engine, outcome: _Outcome, groups: dict[tuple[str, str], list[_Item]], breaker: _Breaker) -> None:
        """Record a batch that got no answer; its entries stay for the next engine or a rerun."""
        error = outcome.error
        assert error is not None
        group = [item for text in outcome.texts for item in groups[(outcome.lang, text)]]
        if error.failure is Failure.BAD_ANSWER:
            for item in group:
                self._refuse(engine, item, error.reason)
            return
        if error.failure is Failure.STOPPED:
            if breaker.tripped is None:
                return  # interrupted
            error = breaker.tripped  # not asked: the engine had been given up; that is the cause
        for item in group:
            item.failure = str(error)

    def _context(self, item: _Item) -> TextContext:
        """What a prompted engine is told about ``item``: its leaflet, its place, its placeholders and terms."""
        lang = item.target.lang
        terms = self._terms(item.english, lang)
        return TextContext(
            title=str(item.target.catalog.project or item.target.slug),
            location=" ".join(item.message.auto_comments),
            placeholders=tuple((f"{{{n}}}", original) for n, original in enumerate(item.protected.originals, 1)),
            terms=terms,
        )

    # -- answers ------------------------------------------------------------
    def _answer(self, engine: Engine, text: str, answer: str | None, group: list[_Item],
                cache: DraftCache | None):
        """Apply one engine answer to every entry that sent ``text``; yield those drafted.

        The answer goes into the cache (when it came from the engine) whether it is accepted
        or refused: a refused answer is not asked for again until the English or the settings change.
        """
        if answer is None:
            return  # no answer from this engine (memory miss): the next engine is asked
        reason = _refusal(engine, text, answer, group[0].protected)
        if cache is not None and engine.cacheable:
            cache.put(self._key(engine, group[0].target.lang, text, group[0].english), answer, reason)
        if reason:
            for item in group:
                self._refuse(engine, item, reason)
            return
        yield from (item for item in group if self._accept(engine, item, answer))

    def _accept(self, engine: Engine, item: _Item, answer: str) -> bool:
        if item.target.abandoned:  # an answer to a request sent before the editor's save
            return False
        try:
            translation = item.protected.restore(answer) if engine.protects else answer
        except TokenError as exc:
            self._refuse(engine, item, str(exc))
            return False
        message, lang = item.message, item.target.lang
        comments = without_draft_marks(message.user_comments)
        comments.append(draft_comment(engine.name, self.date, translation))
        explain = getattr(engine, "explain", None)
        if explain is not None and (note := explain(item.english, lang)):
            comments.append(note_comment(note))
        if not language(lang).pseudo:  # pseudo text has no meaning to check
            comments += [check_comment(message, translation, f.check, f.message)
                         for f in run_checks(item.english, translation, lang, self.glossary)
                         if f.severity is Severity.ERROR]
        message.string = translation
        message.flags.add("fuzzy")
        message.previous_id = []  # the draft translates the current English, not the previous
        message.user_comments = comments
        item.target.dirty = True
        item.drafted_by = engine.name
        self.report.usage_for(engine, lang).drafted += 1
        return True

    def _refuse(self, engine: Engine, item: _Item, reason: str) -> None:
        message = item.message
        line = failure_comment(engine.name, reason)
        others = [c for c in message.user_comments if not is_failure_of(c, engine.name)]
        if line not in message.user_comments:
            message.user_comments = [*others, line]
            item.target.dirty = True
        item.refused = reason
        self.report.usage_for(engine, item.target.lang).refused += 1
        self.report.refusals.append(Refusal(item.target.slug, item.target.lang, item.english, engine.name, reason))

    # -- bookkeeping --------------------------------------------------------
    def _key(self, engine: Engine, lang: str, text: str, english: str) -> CacheKey:
        settings = without_credentials(engine.settings_key())
        if getattr(engine, "translate_in_context", None) is not None:
            # The prompt names the glossary's fixed translations of the English's terms (as _context
            # finds them): a glossary changed since asks again.
            terms = self._terms(english, lang)
            settings += f" terms={hashlib.sha256(repr(terms).encode()).hexdigest()[:16]}" if terms else ""
        return CacheKey(engine.name, settings, SOURCE_LANGUAGE, lang, text)

    def _terms(self, english: str, lang: str) -> tuple[tuple[str, str], ...]:
        """The glossary's terms in ``english`` with their fixed translation into ``lang``."""
        return tuple((term.english, fixed) for term in self.glossary.in_text(english)
                     if not term.keep and (fixed := term.target(lang)))

    def _save(self, force: bool = True) -> None:
        """Write the catalogues that changed: always when ``force``, else at most every save_interval."""
        if not force and time.monotonic() - self._saved < self.settings.save_interval:
            return
        self._saved = time.monotonic()
        for target in self.targets:
            if target.dirty:
                for message in messages(target.catalog):  # findings recorded on words since replaced go
                    tidy_check_marks(message)
                try:
                    written = write_catalog(target.path, target.catalog)
                except CatalogError as error:  # saved in a PO editor meanwhile: theirs is kept, the others go on
                    target.abandoned, target.dirty = True, False  # nothing of it is accepted or written again
                    self.report.errors.append(f"[{target.lang}] {target.slug}: {error.message} (drafts the cache "
                                              "holds are reused then)")
                    continue
                if written and target.path not in self.report.changed:
                    self.report.changed.append(target.path)
                target.dirty = False
