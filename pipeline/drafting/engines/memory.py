"""The ``memory`` engine: translations the project already has for the same English.

It reads every catalogue of the target language (all leaflets, obsolete
entries included) and offers, for an English text, the best existing
translation: approved first, then translated by a person, then a machine draft
of exactly that English. Fuzzy entries that msgmerge carried over from changed
English are never offered: their translation belongs to the previous English.

Near-identical English (similarity at or above the threshold) is offered too,
but only when the protected spans (numbers, units, phone numbers) are the
same, and the draft says it came from a near match (:meth:`explain`).
"""

from __future__ import annotations

import difflib
import math
import threading
from dataclasses import dataclass
from enum import IntEnum

from babel.messages.catalog import Message

from pipeline.catalogs.markers import draft_engine
from pipeline.catalogs.po import messages, translation_of
from pipeline.catalogs.update import read_language_catalog
from pipeline.core.errors import LeafletsError
from pipeline.core.languages import SOURCE_LANGUAGE
from pipeline.drafting.engines import EngineContext
from pipeline.drafting.protect import find_spans
from pipeline.review.ledger import ReviewState, load_ledger, state_of


class Rank(IntEnum):
    """Which existing translation wins when several translate the same English (lower wins)."""

    APPROVED = 0
    TRANSLATED = 1
    DRAFT = 2
    OBSOLETE = 3


@dataclass(frozen=True)
class Match:
    english: str
    translation: str
    rank: Rank
    similarity: float = 1.0


class MemoryEngine:
    name = "memory"
    online = False
    protects = False  # looks up the English itself
    cacheable = False  # its answers change with the project
    batch_size = 10_000
    concurrency = 1

    def __init__(self, context: EngineContext):
        self.config = context.config
        self.threshold = context.memory_threshold
        self._indexes: dict[str, dict[str, Match]] = {}
        self._near: dict[tuple[str, str], Match] = {}
        self._lock = threading.Lock()

    def supports(self, lang: str) -> bool:
        return lang != SOURCE_LANGUAGE

    def destination(self) -> str:
        return "this project's own catalogues (offline)"

    def settings_key(self) -> str:
        return f"threshold={self.threshold}"

    def translate(self, texts: list[str], source: str, target: str) -> list[str | None]:
        index = self._index(target)
        answers: list[str | None] = []
        for text in texts:
            match = index.get(text) or self._near_match(index, text, target)
            answers.append(match.translation if match else None)
        return answers

    def explain(self, text: str, target: str) -> str | None:
        """A note for a draft that came from near-identical English, else None."""
        match = self._near.get((target, text))
        if match is None:
            return None
        percent = math.floor(match.similarity * 100)  # never round a near match up to 100%
        return f"near match ({percent}%) of: {match.english[:70]}"

    # -- index ------------------------------------------------------------
    def _index(self, lang: str) -> dict[str, Match]:
        with self._lock:
            if lang not in self._indexes:
                self._indexes[lang] = self._build(lang)
            return self._indexes[lang]

    def _build(self, lang: str) -> dict[str, Match]:
        index: dict[str, Match] = {}

        def offer(message: Message, rank: Rank) -> None:
            if isinstance(message.id, tuple) or not translation_of(message):
                return
            english = str(message.id)
            current = index.get(english)
            if current is None or rank < current.rank:
                index[english] = Match(english, translation_of(message), rank)

        for slug in self.config.slugs():
            path = self.config.po_path(lang, slug)
            if not path.exists():
                continue
            try:
                catalog = read_language_catalog(path, lang)
            except LeafletsError:
                continue  # a broken catalogue is reported by the stages that own it
            ledger = load_ledger(self.config, lang, slug)
            for message in messages(catalog):
                state = state_of(message, ledger, self.config)
                if state is ReviewState.APPROVED:
                    offer(message, Rank.APPROVED)
                elif state is ReviewState.TRANSLATED:
                    offer(message, Rank.TRANSLATED)
                elif message.fuzzy and not message.previous_id and draft_engine(message):
                    offer(message, Rank.DRAFT)
            for message in catalog.obsolete.values():
                if not message.fuzzy:
                    offer(message, Rank.OBSOLETE)
        return index

    def _near_match(self, index: dict[str, Match], text: str, target: str) -> Match | None:
        if self.threshold >= 1.0:
            return None
        spans = sorted(span.text for span in find_spans(text))
        best: Match | None = None
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(text)
        for english, match in index.items():
            # cheap upper bounds first: most candidates fail them
            if 2 * min(len(english), len(text)) / (len(english) + len(text)) < self.threshold:
                continue
            matcher.set_seq1(english)
            if matcher.real_quick_ratio() < self.threshold or matcher.quick_ratio() < self.threshold:
                continue
            ratio = matcher.ratio()
            if ratio < self.threshold or (best and (ratio, -match.rank) <= (best.similarity, -best.rank)):
                continue
            if sorted(span.text for span in find_spans(english)) != spans:
                continue  # a different number or dose: never reuse
            best = Match(english, match.translation, match.rank, ratio)
        if best is not None:
            with self._lock:
                self._near[(target, text)] = best
        return best
