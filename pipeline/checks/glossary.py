"""The project glossary (``glossary.toml``): do-not-translate terms, drug names, fixed translations.

A drug has its name in each configured language, and may have several: English
synonyms (lignocaine, lidocaine) and accepted forms in a language (a list, the
preferred form first). A translation using any of them passes.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from pipeline.core.config import Config, toml_fault
from pipeline.core.errors import ConfigError
from pipeline.core.files import read_file
from pipeline.core.languages import language, same_language

_TERM_HEADER = re.compile(r"\s*\[\[\s*term\s*\]\]")


@dataclass(frozen=True)
class Term:
    english: str
    keep: bool = False  # never translated: the English spelling stays in every language
    drug: bool = False  # a medicine: its name must survive translation
    translations: dict[str, str] = field(default_factory=dict)  # the preferred form per language
    synonyms: tuple[str, ...] = ()  # other English names of the same thing (lidocaine for lignocaine)
    variants: dict[str, tuple[str, ...]] = field(default_factory=dict)  # other accepted forms per language

    @cached_property
    def _regex(self) -> re.Pattern[str]:
        names = "|".join(re.escape(name) for name in sorted((self.english, *self.synonyms), key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{names})(?!\w)", re.IGNORECASE)

    def pattern(self) -> re.Pattern[str]:
        """Whole-word, case-insensitive match of the English term or a synonym (compiled once)."""
        return self._regex

    def target(self, lang: str) -> str | None:
        """What the term must read in ``lang``: itself when kept, its fixed translation, or None."""
        if self.keep:
            return self.english
        return self.translations.get(lang)

    def forms(self, lang: str) -> tuple[str, ...]:
        """Every accepted form in ``lang``, the preferred first; the English spellings when kept."""
        if self.keep:
            return (self.english, *self.synonyms)
        preferred = self.translations.get(lang)
        return ((preferred,) if preferred else ()) + self.variants.get(lang, ())

    def all_forms(self) -> tuple[str, ...]:
        """The English name, its synonyms and every form in every language."""
        forms = [self.english, *self.synonyms, *self.translations.values()]
        for variants in self.variants.values():
            forms += variants
        return tuple(dict.fromkeys(forms))


@dataclass(frozen=True)
class Glossary:
    terms: tuple[Term, ...] = ()
    # Regexes the checks compile from the terms, once per glossary (see pipeline.checks.rules).
    compiled: dict = field(default_factory=dict, compare=False, repr=False)

    def in_text(self, english: str) -> list[Term]:
        """The terms that occur in ``english``."""
        return [term for term in self.terms if term.pattern().search(english)]


def drugs_without_forms(glossary: Glossary, languages: Sequence[str], english: str) -> list[tuple[Term, list[str]]]:
    """The drugs ``english`` names that lack a form in some of ``languages``, with those languages.

    Lint warns about them: in those languages a drug changed into another goes unnoticed.
    """
    return [(term, missing) for term in glossary.in_text(english)
            if term.drug and not term.keep and (missing := [lang for lang in languages if not term.forms(lang)])]


def load_glossary(config: Config) -> Glossary:
    """The project's glossary, or an empty one when it has none."""
    path = config.root / config.glossary
    if not path.exists():
        return Glossary()
    return read_glossary(path, config.languages)


def read_glossary(path: Path, languages: Sequence[str], text: str | None = None) -> Glossary:
    """A glossary file, its translations limited to ``languages``.

    A translation into a language the project does not publish (any more, or
    yet) is left aside: the glossary is the clinic's, and taking a language out
    of the settings must not make it wrong. A code that is no language is refused.
    Errors name the line of the term's ``[[term]]``. ``text``: the file as another
    revision has it (the gate's ``--base``), read instead of the file.
    """
    if text is None:
        data_bytes = read_file(path).data  # not path.read_bytes(): a named pipe there would be waited on
        try:
            text = data_bytes.decode("utf-8")
        except UnicodeDecodeError as exc:  # TOML is UTF-8; an editor saved it in Latin-1, say
            raise ConfigError("glossary is not valid UTF-8: save it as UTF-8", path,
                              data_bytes[:exc.start].count(b"\n") + 1) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise toml_fault(exc, text, path, "glossary is not valid TOML") from None
    lines = [number for number, line in enumerate(text.splitlines(), start=1) if _TERM_HEADER.match(line)]
    terms = []
    seen: set[str] = set()
    for index, entry in enumerate(data.get("term", []), start=1):
        line = lines[index - 1] if index <= len(lines) else None
        if not isinstance(entry, dict) or not isinstance(entry.get("english"), str) or not entry["english"].strip():
            # An empty name is in every text: every translation would "lack" it, every language withdrawn.
            raise ConfigError(f"glossary term {index} has no `english` (a name of at least one letter)", path, line)
        if entry["english"].casefold() in seen:
            raise ConfigError(f"glossary term {entry['english']!r} is listed twice: merge the two", path, line)
        seen.add(entry["english"].casefold())
        for flag in ("keep", "drug"):
            if not isinstance(entry.get(flag, False), bool):
                raise ConfigError(f"glossary term {entry['english']!r}: {flag} must be true or false", path, line)
        translations = entry.get("translations", {})
        if not isinstance(translations, dict):
            raise ConfigError(f"glossary term {entry['english']!r}: translations is a table of languages",
                              path, line)
        preferred: dict[str, str] = {}
        variants: dict[str, tuple[str, ...]] = {}
        for code, value in translations.items():
            try:
                language(code)
            except ConfigError as exc:
                raise ConfigError(f"glossary term {entry['english']!r}: {exc.message}", path, line) from None
            forms = [value] if isinstance(value, str) else value
            if not isinstance(forms, list) or not forms or not all(isinstance(f, str) and f for f in forms):
                raise ConfigError(
                    f"glossary term {entry['english']!r}: {code} is a name or a list of names", path, line)
            if code not in languages:
                meant = next((lang for lang in languages if same_language(code, lang)), None)
                if meant is not None and meant not in translations:
                    # es_ES for es: left aside, the drug-name check would find no name in es at all
                    raise ConfigError(f"glossary term {entry['english']!r}: write {code} as {meant}, "
                                      "the configured code", path, line)
                continue
            preferred[code] = forms[0]
            if forms[1:]:
                variants[code] = tuple(forms[1:])
        synonyms = entry.get("synonyms", [])
        if not isinstance(synonyms, list) or not all(isinstance(s, str) and s for s in synonyms):
            raise ConfigError(f"glossary term {entry['english']!r}: synonyms is a list of names", path, line)
        terms.append(
            Term(
                english=entry["english"],
                keep=entry.get("keep", False),
                drug=entry.get("drug", False),
                translations=preferred,
                synonyms=tuple(synonyms),
                variants=variants,
            )
        )
    return Glossary(tuple(terms))
