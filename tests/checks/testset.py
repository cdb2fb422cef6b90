"""The checks' test set: correct and defective translations in the ten configured languages.

``tests/checks/testset/<lang>.toml`` holds, per language, correct translations of the
entries in ``english.toml`` (and the magnesium leaflet's, in tests/checks/sentences.py)
other correct paraphrases of some entries (``[[also]]``), and defects: a correct
translation with one change, named by the harm it does.
:func:`evaluate` runs every check over the set; the test and
``benchmarks/checks_recall.py`` report what it finds.
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.checks.glossary import Glossary, read_glossary
from pipeline.checks.rules import Severity, run_checks
from tests.checks.sentences import ENGLISH as MAGNESIUM_ENGLISH
from tests.checks.sentences import GOOD as MAGNESIUM_GOOD

HERE = Path(__file__).parent / "testset"
ROOT = Path(__file__).parents[2]
LANGUAGES = ["ar", "el", "es", "fa", "it", "pa_Guru", "tr", "vi", "zh_Hans", "zh_Hant"]
# Harms a patient can come to: each must be caught as an error.
DANGEROUS = ("numbers", "negation", "polarity", "drug", "omission", "addition", "language")
# English left in is shown as a warning: caught when any check speaks.
WARNED = ("english",)


@dataclass(frozen=True)
class Case:
    lang: str
    key: str  # the entry: N1 ... or the magnesium leaflet's Q2 ...
    english: str
    translation: str
    expected: str  # "correct" or the class of the defect
    known_limit: str = ""  # a correct paraphrase the checks are known to flag, and why


def cases() -> list[Case]:
    """Every case of the set, correct ones first, in file order."""
    english = {**MAGNESIUM_ENGLISH, **tomllib.loads((HERE / "english.toml").read_text(encoding="utf-8"))}
    found: list[Case] = []
    for lang in LANGUAGES:
        data = tomllib.loads((HERE / f"{lang}.toml").read_text(encoding="utf-8"))
        good = {**MAGNESIUM_GOOD[lang], **data["correct"]}
        found += [Case(lang, key, english[key], text, "correct") for key, text in good.items()]
        found += [Case(lang, also["base"], english[also["base"]], also["translation"], "correct",
                       also.get("known_limit", ""))
                  for also in data.get("also", [])]
        for defect in data.get("defect", []):
            base = good[defect["base"]]
            if defect["old"] not in base:
                raise ValueError(f"{lang}.toml: {defect['old']!r} is not in {defect['base']}")
            found.append(Case(lang, defect["base"], english[defect["base"]],
                              base.replace(defect["old"], defect["new"], 1), defect["class"]))
    return found


def glossary() -> Glossary:
    """The project's own glossary: the drug names the checks know."""
    return read_glossary(ROOT / "glossary.toml", LANGUAGES)


@dataclass
class Tally:
    total: int = 0
    hits: int = 0  # defects caught, or correct texts flagged (false alarms)
    missed: list[Case] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.hits / self.total if self.total else 0.0


@dataclass
class Results:
    recall: dict[tuple[str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))  # (class, lang)
    false_alarms: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))  # lang
    warned_correct: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))  # lang, warnings only


def evaluate(all_cases: list[Case] | None = None, the_glossary: Glossary | None = None) -> Results:
    """Run every check on every case: recall per class and language, false alarms per language."""
    results = Results()
    the_glossary = the_glossary or glossary()
    for case in all_cases or cases():
        found = run_checks(case.english, case.translation, case.lang, the_glossary)
        errors = [f for f in found if f.severity is Severity.ERROR]
        if case.expected == "correct":
            tally = results.false_alarms[case.lang]
            tally.total += 1
            if errors:
                tally.hits += 1
                tally.missed.append(case)
            warned = results.warned_correct[case.lang]
            warned.total += 1
            warned.hits += bool(found and not errors)
            continue
        tally = results.recall[(case.expected, case.lang)]
        tally.total += 1
        caught = bool(errors) if case.expected in DANGEROUS else bool(found)
        if caught:
            tally.hits += 1
        else:
            tally.missed.append(case)
    return results


def total(tallies: list[Tally]) -> Tally:
    summed = Tally()
    for tally in tallies:
        summed.total += tally.total
        summed.hits += tally.hits
        summed.missed += tally.missed
    return summed
