"""Language codes, as Babel parses them, and what the outputs need to know of each."""

from __future__ import annotations

import contextlib
import difflib
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import cache, cached_property, lru_cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.languages import get_official_languages
from babel.localedata import locale_identifiers

from pipeline.core.errors import ConfigError

SOURCE_LANGUAGE = "en"

# Pseudo-locales for layout tests (the CLDR/Android convention): accented and
# expanded English, and the same mirrored right to left. Never real languages.
PSEUDO_LOCALES = {"en_XA": "en", "ar_XB": "ar"}


@dataclass(frozen=True)
class Language:
    code: str  # gettext/Babel form: zh_Hans, pa_Guru
    locale: Locale
    pseudo: bool = False

    @property
    def tag(self) -> str:
        """BCP 47 tag for HTML ``lang``: zh-Hans, pa-Guru."""
        return self.code.replace("_", "-")

    @property
    def direction(self) -> str:
        return self.names.direction

    @property
    def native_name(self) -> str:
        return self.names.native_name

    @property
    def english_name(self) -> str:
        return self.names.english_name

    @cached_property  # Babel looks names up in its locale data each time: once is enough
    def names(self) -> Names:
        if self.pseudo:
            return Names(f"Pseudo ({self.code})", f"Pseudo-locale {self.code}", self.locale.text_direction)
        return _remembered.get(self.code) or Names(self.locale.get_display_name(self.locale) or self.code,
                                                   self.locale.get_display_name("en") or self.code,
                                                   self.locale.text_direction)


@dataclass(frozen=True)
class Names:
    """How the outputs name a language and which way it runs: from Babel's locale data (made up for pseudo-locales)."""

    native_name: str  # "español", as CLDR writes it inside a sentence
    english_name: str  # "Spanish"
    direction: str  # "ltr" or "rtl"


# Names an earlier run found, by language code. Loading one locale's data from Babel takes about
# 8 ms, and the rerun after an English edit names every language of the leaflet (its holding
# pages) and the picker all of them. `run` keeps them in its state, whose fingerprint includes
# Babel's version, and gives them back before its workers start (see remember_names).
_remembered: dict[str, Names] = {}


def remember_names(names: object) -> None:
    """Take the names of languages an earlier run found (as :func:`names_of` gave them); odd records are left out."""
    if not isinstance(names, dict):
        return
    for code, fields in names.items():
        with contextlib.suppress(TypeError):
            found = Names(**fields)
            if (all(isinstance(value, str) and value for value in (found.native_name, found.english_name))
                    and found.direction in ("ltr", "rtl")):
                _remembered.setdefault(code, found)


def names_of(codes: Sequence[str]) -> dict[str, dict]:
    """The names of ``codes``, as plain data for the run state: remembered, else looked up."""
    return {code: asdict(language(code).names) for code in sorted(codes) if code not in PSEUDO_LOCALES}


@cache
def language(code: str) -> Language:
    """The :class:`Language` for ``code``, or a ConfigError suggesting close matches."""
    if code in PSEUDO_LOCALES:
        return Language(code, Locale.parse(PSEUDO_LOCALES[code]), pseudo=True)
    try:
        locale = Locale.parse(code)
    except (ValueError, UnknownLocaleError):
        locale = None
    if locale is not None and str(locale) == code:
        return Language(code, locale)
    # Babel also accepts aliases and other spellings (zh_hans, pa_Gurr): refuse them
    # too, so every catalogue folder and Language header uses one canonical code.
    close = meanings(code) or difflib.get_close_matches(code, _known_codes(), n=3, cutoff=0.6)
    if locale is not None and str(locale) not in close:
        close.insert(0, str(locale))
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise ConfigError(f"unknown language code {code!r}{hint}")


# What people type for a language that Babel does not read as one: CLDR's English
# name of fa is "Persian", and "sp" is nobody's code.
_SHORTHANDS = {"sp": "es", "farsi": "fa"}


def meanings(code: str) -> list[str]:
    """The language codes ``code`` may mean, as this project spells them: language, and script where known.

    Another spelling of a locale (``zh-CN``, ``zh_CN``, ``es_ES``: Babel adds the
    likely script), a three-letter or retired code (``spa``, ``iw``), a country
    when it is no language's code (``cn``, ``jp``: its official languages), an
    English name (``Spanish``) or a common shorthand (``sp``, ``farsi``).
    """
    return ["_".join(filter(None, pair)) for pair in _languages_meant(code)]


def suggestions(code: str, choices: Sequence[str]) -> list[str]:
    """Which of ``choices`` ``code`` may mean (``zh-CN`` -> zh_Hans, ``sp`` -> es), else those spelt alike."""
    wanted = _languages_meant(code)
    matches = []
    for choice in choices:
        target = language(choice)
        if not target.pseudo and any(
            lang == target.locale.language and script in (None, target.locale.script) for lang, script in wanted
        ):
            matches.append(choice)
    return matches or difflib.get_close_matches(code, list(choices), n=3, cutoff=0.6)


def _languages_meant(code: str) -> list[tuple[str, str | None]]:
    """(language, script) pairs for :func:`meanings`, from Babel's data where it has them."""
    text = code.strip()
    candidates = [_SHORTHANDS.get(text.casefold()), text, text.replace("-", "_"),
                  get_global("language_aliases").get(text.casefold())]
    found = [locale for candidate in candidates if candidate and (locale := _locale_or_none(candidate))]
    if not found and len(text) == 2 and text.isalpha():  # pa is Punjabi, not Panama's Spanish
        found += [locale for official in get_official_languages(text.upper())
                  if (locale := _locale_or_none(f"{official}_{text.upper()}"))]
    # A language's English name ("Tunisian Arabic"); CLDR names languages it has no locale data for
    found += [locale for key, name in Locale("en").languages.items()
              if name.casefold() == text.casefold() and (locale := _locale_or_none(key))]
    return list(dict.fromkeys((locale.language, locale.script) for locale in found))


def same_language(declared: str, lang: str) -> bool:
    """Do these locale codes name one language in one script (``es_ES`` and ``es``, ``zh_CN`` and ``zh_Hans``)?

    A region alone does not make another language; a script does (``zh_TW``
    is Traditional Chinese, not ``zh_Hans``). Scripts not written are CLDR's
    likely ones, as Babel knows them.
    """
    try:
        return _language_and_script(declared) == _language_and_script(lang)
    except (ValueError, UnknownLocaleError):
        return False


# glibc's script modifiers, as Lokalize and msginit write them (sr@latin, sr_RS@latin, uz@cyrillic): CLDR's scripts
_SCRIPT_MODIFIERS = {"latin": "Latn", "cyrillic": "Cyrl", "devanagari": "Deva", "arabic": "Arab"}


def _language_and_script(code: str) -> tuple[str, str | None]:
    code = code.replace("-", "_")
    without, _, modifier = code.partition("@")
    if modifier.lower() in _SCRIPT_MODIFIERS:  # Babel takes @latin for a modifier, not a script
        return Locale.parse(without).language, _SCRIPT_MODIFIERS[modifier.lower()]
    locale = Locale.parse(code)
    if locale.script:
        return locale.language, locale.script
    likely = get_global("likely_subtags")
    for key in (f"{locale.language}_{locale.territory}", locale.language):
        if key in likely:
            return locale.language, Locale.parse(likely[key]).script
    return locale.language, None


def _locale_or_none(code: str) -> Locale | None:
    try:
        return Locale.parse(code)
    except (ValueError, UnknownLocaleError):
        return None


@lru_cache(maxsize=1)
def _known_codes() -> list[str]:
    return sorted(locale_identifiers()) + sorted(PSEUDO_LOCALES)
