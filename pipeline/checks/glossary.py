"""The project glossary (``glossary.toml``): do-not-translate terms, drug names, fixed translations."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field

from pipeline.core.config import Config
from pipeline.core.errors import ConfigError


@dataclass(frozen=True)
class Term:
    english: str
    keep: bool = False  # never translated: the English spelling stays in every language
    drug: bool = False  # a medicine: its name must survive translation
    translations: dict[str, str] = field(default_factory=dict)

    def pattern(self) -> re.Pattern[str]:
        """Whole-word, case-insensitive match of the English term."""
        return re.compile(rf"(?<!\w){re.escape(self.english)}(?!\w)", re.IGNORECASE)

    def target(self, lang: str) -> str | None:
        """What the term must read in ``lang``: itself when kept, its fixed translation, or None."""
        if self.keep:
            return self.english
        return self.translations.get(lang)


@dataclass(frozen=True)
class Glossary:
    terms: tuple[Term, ...] = ()

    def in_text(self, english: str) -> list[Term]:
        """The terms that occur in ``english``."""
        return [term for term in self.terms if term.pattern().search(english)]


def load_glossary(config: Config) -> Glossary:
    path = config.root / config.glossary
    if not path.exists():
        return Glossary()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"glossary is not valid TOML: {exc}", path) from None
    terms = []
    for index, entry in enumerate(data.get("term", []), start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("english"), str):
            raise ConfigError(f"glossary term {index} has no `english`", path)
        translations = entry.get("translations", {})
        unknown = [code for code in translations if code not in config.languages]
        if unknown:
            raise ConfigError(
                f"glossary term {entry['english']!r} translates into unconfigured {', '.join(unknown)}", path
            )
        terms.append(
            Term(
                english=entry["english"],
                keep=bool(entry.get("keep", False)),
                drug=bool(entry.get("drug", False)),
                translations=dict(translations),
            )
        )
    return Glossary(tuple(terms))
