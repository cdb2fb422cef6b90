"""Units and numbers as the English source writes them: one list for protection, checks, lint and text layout.

Protection (:mod:`pipeline.drafting.protect`) locks a number with its unit before machine
translation, the checks (:mod:`pipeline.checks.rules`) compare numbers and units of the
English and a translation, lint (:mod:`pipeline.source.lint`) warns about a number run
into its unit, and text layout (:mod:`pipeline.publish.textlayout`) keeps a number with
its unit left to right and on one line. All four read the patterns below, so a
unit one of them knows, the others know too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Unit:
    name: str  # how the checks and their messages name it: "minute", "mmol/L"
    spellings: tuple[str, ...]  # as English writes it after a number; a word's plural first
    word: bool = False  # a word each language spells its own way (minutes); else a symbol kept as is (mg)
    joined: bool = False  # written against the number (20%), so "20%" is no run-on

    @property
    def label(self) -> str:
        """The name in a message: "minutes", "mmol/L"."""
        return self.spellings[0] if self.word else self.name


UNITS: tuple[Unit, ...] = (
    # Symbols: the same in every language, so protection locks them with their number.
    Unit("mmol/L", ("mmol/L", "mmol/l", "mmol")),
    Unit("µmol/L", ("µmol/L", "μmol/L")),  # micro sign and Greek mu
    Unit("mol", ("mol",)),
    Unit("mg/kg", ("mg/kg",)),
    Unit("mcg/kg", ("mcg/kg", "µg/kg", "μg/kg")),
    Unit("mg/mL", ("mg/mL", "mg/ml")),
    Unit("mcg", ("mcg", "µg", "μg")),
    Unit("mg", ("mg",)),
    Unit("g", ("g",)),
    Unit("kg", ("kg",)),
    Unit("mL", ("mL", "ml")),
    Unit("L", ("L",)),
    Unit("mm", ("mm",)),
    Unit("cm", ("cm",)),
    Unit("m", ("m",)),
    Unit("km", ("km",)),
    Unit("mmHg", ("mmHg",)),
    Unit("IU", ("IU",)),
    Unit("kcal", ("kcal",)),
    Unit("bpm", ("bpm",)),
    Unit("°C", ("°C",), joined=True),
    Unit("°F", ("°F",), joined=True),
    Unit("%", ("%",), joined=True),
    # Words: translated, so protection locks only the number.
    Unit("second", ("seconds", "second", "secs", "sec"), word=True),
    Unit("minute", ("minutes", "minute", "mins", "min"), word=True),
    Unit("hour", ("hours", "hour", "hrs", "hr", "h"), word=True),
    Unit("day", ("days", "day"), word=True),
    Unit("night", ("nights", "night"), word=True),
    Unit("week", ("weeks", "week"), word=True),
    Unit("month", ("months", "month"), word=True),
    Unit("year", ("years", "year"), word=True),
    Unit("time", ("times", "time"), word=True),
    Unit("tablet", ("tablets", "tablet"), word=True),
    Unit("dose", ("doses", "dose"), word=True),
    Unit("unit", ("units", "unit"), word=True),
    Unit("drop", ("drops", "drop"), word=True),
    Unit("lb", ("lb", "lbs"), word=True),  # pounds: 磅, رطل, "libras" in the languages' words
)
BY_NAME: dict[str, Unit] = {unit.name: unit for unit in UNITS}

# A number: digits of any script, with decimal or group separators (1.5, 1,000, Arabic ١٫٥).
NUMBER = r"\d+(?:[.,٫٬]\d+)*"
# For a character class: hyphen-minus, hyphen, non-breaking hyphen, figure, en and em dash.
DASHES = "\\-\u2010\u2011\u2012\u2013\u2014"
RANGE = rf"{NUMBER}\s?[{DASHES}]\s?{NUMBER}"  # 1-2, 3 – 5


def unit_pattern(units: tuple[Unit, ...] = UNITS) -> str:
    """A regex alternation of the units' spellings, longest first: symbols as written, words in any case.

    The caller follows it with a lookahead that ends the unit ("min" is not "m").
    """
    symbols = sorted((s for u in units if not u.word for s in u.spellings), key=len, reverse=True)
    words = sorted((s for u in units if u.word for s in u.spellings), key=len, reverse=True)
    alternatives = [re.escape(s) for s in symbols]
    if words:
        alternatives.append("(?i:" + "|".join(re.escape(w) for w in words) + ")")
    return "|".join(alternatives)


def spelled(unit: Unit) -> str:
    """A regex alternation of one unit's spellings, for a search anywhere in a text.

    A one-letter spelling counts only after a number: "24 h" names hours, "H. pylori" does not.
    """
    return "|".join(re.escape(s) if len(s) > 1 else rf"(?:(?<=\d)|(?<=\d\s)){re.escape(s)}"
                    for s in sorted(unit.spellings, key=len, reverse=True))


_WORD_SPELLINGS = frozenset(s.lower() for u in UNITS if u.word for s in u.spellings)


def is_word(spelling: str) -> bool:
    """True for a unit a translation spells in its own language (minutes, weeks), in any case."""
    return spelling.lower() in _WORD_SPELLINGS
