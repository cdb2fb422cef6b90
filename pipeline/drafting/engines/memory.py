"""The ``memory`` engine: approved translations the project already has for the same English.

It reads every catalogue of the target language (all leaflets, obsolete
entries included) and offers, for an English text, a translation a listed
reviewer approved (pipeline.review.ledger.is_approved decides, as for
publishing). Nothing else is reused: a machine draft nobody reviewed, a
translation waiting for review and one a reviewer rejected would come back as
a new draft that looks like the project's own words.

Each draft carries where its words were approved (leaflet, reviewer, date) and
who wrote them (the engine that drafted them, or the person), in its
``leaflets-draft-note:`` (pipeline.catalogs.markers.memory_origin_note).

Near-identical English (similarity at or above the threshold) is offered too,
but only when the protected spans (numbers, units, phone numbers) are the
same, and the draft says it came from a near match (:meth:`MemoryEngine.explain`).
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import threading
from dataclasses import dataclass

from babel.messages.catalog import Message

from pipeline.catalogs.markers import MemoryOrigin, draft_info, memory_origin_note
from pipeline.catalogs.po import messages, sha256, translation_of
from pipeline.catalogs.update import read_language_catalog
from pipeline.core.config import Config
from pipeline.core.errors import LeafletsError
from pipeline.core.languages import SOURCE_LANGUAGE
from pipeline.drafting.engines import EngineContext
from pipeline.drafting.protect import find_spans
from pipeline.review.ledger import Ledger, is_approved, load_ledger, standing_approval


@dataclass(frozen=True)
class Match:
    english: str
    translation: str
    origin: MemoryOrigin
    approved_at: str  # ISO 8601: the latest approval wins when leaflets approved different words
    similarity: float = 1.0


def _writer(message: Message, source: str) -> str:
    """Who wrote approved words, from the approval's recorded source (or, in older ledgers, the draft note)."""
    if not source:
        draft = draft_info(message)
        source = f"engine:{draft.engine}" if draft is not None else "outside"
    if source.startswith("engine:"):
        return f"drafted by {source.removeprefix('engine:')}"
    if source.startswith("edit:"):
        return f"written by {source.removeprefix('edit:')}"
    return "from a PO editor"


def _approved(message: Message, ledger: Ledger, config: Config, slug: str) -> Match | None:
    if isinstance(message.id, tuple | list) or not translation_of(message):
        return None
    if not is_approved(message, ledger, config):
        return None
    record = standing_approval(message, ledger, config)  # the record found, under the previous msgid's key too
    if record is None:
        return None
    origin = MemoryOrigin(slug, record.reviewer, dt.date.fromisoformat(record.approved_at[:10]),
                          _writer(message, record.source))
    return Match(str(message.id), translation_of(message), origin, record.approved_at)


def approved_translations(config: Config, lang: str) -> list[Match]:
    """Every approved translation in ``lang``'s catalogues (obsolete entries too), with where it was approved.

    Also in the catalogues a leaflet renamed or deleted since left behind
    (:meth:`Config.left_behind`): a renamed leaflet's new catalogues start empty (its approvals
    name the old leaflet, and its edits and rejections stay in the old ledger), and get its
    approved words back as drafts, for a clinician to approve again.
    """
    found: list[Match] = []
    rejected: set[str] = set()  # translations a reviewer rejected in any leaflet, for whatever English
    for slug in [*config.slugs(), *config.left_behind()]:
        path = config.po_path(lang, slug)
        if not path.exists():
            continue
        try:
            catalog = read_language_catalog(path, lang)
            ledger = load_ledger(config, lang, slug)
        except LeafletsError:
            continue  # a broken catalogue or ledger is reported by the stages that own it
        rejected |= {record.translation_sha256 for record in ledger.rejections.values()}
        for message in [*messages(catalog), *catalog.obsolete.values()]:
            if (match := _approved(message, ledger, config, slug)) is not None:
                found.append(match)
    # Words rejected anywhere are not offered again, though approved elsewhere (a renamed leaflet's
    # words rejected under its new name, approved under the old one left behind), nor for similar
    # English (a near match): a draft fewer is the price.
    return [match for match in found if sha256(match.translation) not in rejected]


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
        """The draft's note: where its words were approved, after the near match it came from, if any."""
        near = self._near.get((target, text))
        if near is not None:
            percent = math.floor(near.similarity * 100)  # never round a near match up to 100%
            return f"near match ({percent}%) of: {near.english[:70]}; {memory_origin_note(near.origin)}"
        match = self._index(target).get(text)
        return memory_origin_note(match.origin) if match is not None else None

    # -- index ------------------------------------------------------------
    def _index(self, lang: str) -> dict[str, Match]:
        with self._lock:
            if lang not in self._indexes:
                self._indexes[lang] = self._build(lang)
            return self._indexes[lang]

    def _build(self, lang: str) -> dict[str, Match]:
        index: dict[str, Match] = {}
        for match in approved_translations(self.config, lang):
            current = index.get(match.english)
            if current is None or match.approved_at > current.approved_at:
                index[match.english] = match
        return index

    def _near_match(self, index: dict[str, Match], text: str, target: str) -> Match | None:
        if self.threshold >= 1.0:
            return None
        spans = [span.text for span in find_spans(text)]  # in order: "4 ... 8" is not "8 ... 4"
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
            if ratio < self.threshold or (best and ratio <= best.similarity):
                continue
            if [span.text for span in find_spans(english)] != spans:
                continue  # a different number or dose, or the same ones in another order: never reuse
            best = Match(english, match.translation, match.origin, match.approved_at, ratio)
        if best is not None:
            with self._lock:
                self._near[(target, text)] = best
        return best
