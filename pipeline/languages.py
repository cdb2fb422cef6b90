"""Language codes, as Babel parses them, and what the outputs need to know of each."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from babel import Locale, UnknownLocaleError
from babel.localedata import locale_identifiers

from pipeline.errors import ConfigError

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

    @cached_property  # Babel looks names up in its locale data each time: once is enough
    def direction(self) -> str:
        return self.locale.text_direction

    @cached_property
    def native_name(self) -> str:
        if self.pseudo:
            return f"Pseudo ({self.code})"
        return self.locale.get_display_name(self.locale) or self.code

    @cached_property
    def english_name(self) -> str:
        if self.pseudo:
            return f"Pseudo-locale {self.code}"
        return self.locale.get_display_name("en") or self.code


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
    close = difflib.get_close_matches(code, _known_codes(), n=3, cutoff=0.6)
    if locale is not None and str(locale) not in close:
        close.insert(0, str(locale))
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise ConfigError(f"unknown language code {code!r}{hint}")


@lru_cache(maxsize=1)
def _known_codes() -> list[str]:
    return sorted(locale_identifiers()) + sorted(PSEUDO_LOCALES)
