"""The stamp at the foot of every output, and the few interface words of a page, per language.

The words come from a small gettext domain shipped with the package
(``pipeline/locale/<lang>/LC_MESSAGES/leaflets-outputs.po``). A language whose
catalogue lacks any of them gets the whole stamp in English, never a mix.
Those catalogues were drafted by the developers, not by clinicians: see
docs/outputs.md.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from babel import Locale
from babel.dates import format_date
from babel.messages.pofile import read_po

from pipeline.core.languages import SOURCE_LANGUAGE, Language, language
from pipeline.review.ledger import Credits

DOMAIN = "leaflets-outputs"

ORIGINAL = "English original: %(title)s, version %(version)s"
LANGUAGE = "Language: %(language)s"
APPROVED = "Translation approved: %(date)s"
REVIEWED = "Machine-translated and reviewed by a clinician."  # when who did what is not known
# Who did what, from the ledger and the PO file (pipeline.review.ledger.Credits).
BY_ENGINE = "Drafted by machine translation (%(engines)s); checked by %(reviewers)s."
BY_PEOPLE = "Translated by people; checked by %(reviewers)s."
BY_BOTH = "Drafted by machine translation (%(engines)s) and by people; checked by %(reviewers)s."
FALLBACK_NOTICE = "Parts of this leaflet are not yet approved in this language and are shown in English."
IN_ENGLISH = "In English"
OTHER_LANGUAGES = "Other languages"
ENGLISH_VERSION = "This leaflet in English"  # the link from every translated page to its English
CHANGES = "What changed in this version: %(changes)s"  # the front matter's `changes:`, kept in English
NEXT_REVIEW = "Next review: %(date)s"
LABELLED = "%(label)s: %(value)s"  # a table cell in the text edition, after its column's header ("Dose: 400 mg")
# Only on English pages, so never translated.
ENGLISH_SOURCE = "%(title)s, version %(version)s"
ENGLISH_DATED = "English original, dated %(date)s."

MESSAGES = (ORIGINAL, LANGUAGE, APPROVED, REVIEWED, BY_ENGINE, BY_PEOPLE, BY_BOTH, FALLBACK_NOTICE, IN_ENGLISH,
            OTHER_LANGUAGES, ENGLISH_VERSION, CHANGES, NEXT_REVIEW, LABELLED)

# The holding page at the addresses of a language being updated (pipeline.publish.holding).
HOLDING_TITLE = "This leaflet is being updated"
HOLDING_TEXT = ("The translation of this leaflet is being checked again by a clinician. "
                "It will be back here once it is approved.")
HOLDING_ENGLISH = "Read the English version: %(title)s"
HOLDING_INTERPRETER = "If you need help to understand it, ask a member of staff for an interpreter."
# English only, when a language has no translation of the holding page.
HOLDING_UNTRANSLATED = "This notice is not yet available in %(language)s."

HOLDING_MESSAGES = (HOLDING_TITLE, HOLDING_TEXT, HOLDING_ENGLISH, HOLDING_INTERPRETER)

# The page left at the addresses of a leaflet whose English was deleted (pipeline.publish.build.retire).
RETIRED_TITLE = "This leaflet has been withdrawn"
RETIRED_TEXT = "The clinic no longer gives out this leaflet. Ask a member of staff which leaflet to read instead."
RETIRED_INTERPRETER = "If you need help, ask a member of staff for an interpreter."

RETIRED_MESSAGES = (RETIRED_TITLE, RETIRED_TEXT, RETIRED_INTERPRETER)

_PLACEHOLDER = re.compile(r"%\((\w+)\)s")


@dataclass(frozen=True)
class Value:
    """A value put into a stamp line; ``lang`` set when it is in another language (the English title)."""

    text: str
    lang: Language | None = None


@dataclass(frozen=True)
class Line:
    template: str  # already translated, with %(name)s placeholders
    values: tuple[tuple[str, Value], ...] = ()

    def parts(self) -> list[str | Value]:
        """The template split into literal text and values, in order."""
        return list(_parts(self.template, self.values))

    def plain(self) -> str:
        return "".join(p if isinstance(p, str) else p.text for p in self.parts())


@lru_cache(maxsize=4096)
def _parts(template: str, values: tuple[tuple[str, Value], ...]) -> tuple[str | Value, ...]:
    # Each stamp line is laid out three times per edition (page, bilingual page, text).
    named = dict(values)
    parts = (named[piece] if index % 2 else piece for index, piece in enumerate(_PLACEHOLDER.split(template)))
    return tuple(part for part in parts if part != "")


@dataclass(frozen=True)
class Stamp:
    lang: Language  # the language the stamp is written in
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class UiStrings:
    lang: Language  # the language these strings are in (English when untranslated)
    strings: dict[str, str]

    def __call__(self, msgid: str) -> str:
        return self.strings.get(msgid, msgid)


@cache
def ui_strings(code: str, group: tuple[str, ...] = MESSAGES) -> UiStrings:
    """The interface words of ``group`` for language ``code``, or English when any of them is missing.

    The stamp and page words are one group, the holding page's another: a
    language may have the first and still lack the second.
    """
    for candidate in _candidates(language(code).locale):
        strings = _catalogue(candidate)
        if strings is not None and all(strings.get(m) for m in group):
            return UiStrings(language(code), strings)
    return UiStrings(language(SOURCE_LANGUAGE), {})


def _candidates(locale: Locale) -> list[str]:
    # zh_Hant_HK -> zh_Hant; es_MX -> es; never zh_Hant -> zh, which would guess the script.
    out = [str(locale)]
    if locale.script:
        out.append(f"{locale.language}_{locale.script}")
    else:
        out.append(locale.language)
    return list(dict.fromkeys(out))


@cache
def _catalogue(code: str) -> dict[str, str] | None:
    resource = files("pipeline") / "locale" / code / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not resource.is_file():
        return None
    with resource.open("rb") as handle:
        catalog = read_po(handle, locale=code)
    return {m.id: m.string for m in catalog
            if isinstance(m.id, str) and m.id and isinstance(m.string, str) and m.string and not m.fuzzy}


@dataclass(frozen=True)
class Edition:
    """What every edition of a leaflet states about the English it was made from."""

    title: str
    version: str
    changes: str  # the front matter's `changes:` ("" when none), in English
    review_by: dt.date  # the next review (pipeline.publish.review_date)


def translated_stamp(edition: Edition, lang: Language, approved_on: dt.date,
                     in_language: str | None = None, credits: Credits | None = None) -> Stamp:
    """The stamp of ``lang``'s edition, written in ``lang`` (or in ``in_language``: English for the bilingual).

    It names the English version (and what changed in it), the approval date
    and the next review. With ``credits`` it says who did what: drafted by an
    engine (named) or translated by people, checked by whom (name and role, as
    the project lists them).
    """
    ui = ui_strings(in_language or lang.code)
    english = language(SOURCE_LANGUAGE)
    title_lang = None if ui.lang.code == SOURCE_LANGUAGE else english
    lines = (
        Line(ui(ORIGINAL), (("title", Value(edition.title, title_lang)), ("version", Value(edition.version)))),
        *_changes(ui, edition, title_lang),
        Line(ui(LANGUAGE), (("language", Value(lang.native_name, _other(ui.lang, lang))),)),
        Line(ui(APPROVED), (("date", Value(long_date(approved_on, ui.lang.locale))),)),
        Line(ui(NEXT_REVIEW), (("date", Value(long_date(edition.review_by, ui.lang.locale))),)),
        _made_by(ui, credits, title_lang),
    )
    return Stamp(ui.lang, lines)


def _changes(ui: UiStrings, edition: Edition, english: Language | None) -> tuple[Line, ...]:
    # The change note is written once, in English, beside the version it describes.
    return (Line(ui(CHANGES), (("changes", Value(edition.changes, english)),)),) if edition.changes else ()


def _made_by(ui: UiStrings, credits: Credits | None, names_lang: Language | None) -> Line:
    if credits is None or not credits.checkers:
        return Line(ui(REVIEWED))
    # Names and roles are written as the project lists them, in English.
    reviewers = Value(", ".join(f"{r.name} ({r.role})" for r in credits.checkers), names_lang)
    engines = Value(", ".join(credits.engines))
    if credits.engines and credits.by_people:
        return Line(ui(BY_BOTH), (("engines", engines), ("reviewers", reviewers)))
    if credits.engines:
        return Line(ui(BY_ENGINE), (("engines", engines), ("reviewers", reviewers)))
    return Line(ui(BY_PEOPLE), (("reviewers", reviewers),))


@lru_cache(maxsize=1024)
def long_date(day: dt.date, locale: Locale) -> str:
    """``day`` written out in ``locale`` (a run stamps thousands of editions with a handful of dates)."""
    return format_date(day, format="long", locale=locale)


def english_stamp(edition: Edition, dated: dt.date) -> Stamp:
    english = language(SOURCE_LANGUAGE)
    lines = (
        Line(ENGLISH_SOURCE, (("title", Value(edition.title)), ("version", Value(edition.version)))),
        *_changes(ui_strings(SOURCE_LANGUAGE), edition, None),
        Line(LANGUAGE, (("language", Value(english.native_name)),)),
        Line(ENGLISH_DATED, (("date", Value(long_date(dated, english.locale))),)),
        Line(NEXT_REVIEW, (("date", Value(long_date(edition.review_by, english.locale))),)),
    )
    return Stamp(english, lines)


def _other(stamp_lang: Language, value_lang: Language) -> Language | None:
    return None if stamp_lang.code == value_lang.code else value_lang
