"""One list of units and numbers: protection, checks, lint and text layout agree on every unit."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.checks.rules import (
    _COMMON_UNITS,
    ENGLISH_UNITS,
    LANGUAGES,
    _english_units,
    numbers_in,
)
from pipeline.core import units
from pipeline.drafting.protect import SpanKind, find_spans, protect
from pipeline.publish.textlayout import ltr_spans
from pipeline.source.document import parse_leaflet
from pipeline.source.lint import LintSettings, lint_leaflet

SPELLINGS = [(unit, spelling) for unit in units.UNITS for spelling in unit.spellings]


def lint_run_ons(sentence: str) -> list[str]:
    text = f"---\nslug: t\ntitle: T\nversion: 1\ndate: 2026-01-01\n---\n\n# T\n\n## Q one?\n\n{sentence}\n"
    found = lint_leaflet(parse_leaflet(text, Path("t.md")), LintSettings(max_grade=99))
    return [w.message.split("”")[0].lstrip("“") for w in found if w.rule == "number-unit"]


@pytest.mark.parametrize(("unit", "spelling"), SPELLINGS, ids=[s for _, s in SPELLINGS])
def test_every_unit_is_protected_laid_out_and_linted_alike(unit, spelling):
    english = f"Take 2.5 {spelling} today."
    [quantity] = [s for s in find_spans(english) if s.kind is SpanKind.QUANTITY]
    assert (quantity.text, quantity.value, quantity.unit) == (f"2.5 {spelling}", "2.5", spelling)
    # A word is translated, so only the number is locked; a symbol is locked with it.
    assert protect(english, "es").replacements == (("2.5",) if unit.word else (f"2.5 {spelling}",))

    rtl = f"خذ 2.5 {spelling} اليوم"  # a Latin unit in right-to-left text stays with its number
    assert [rtl[a:b] for a, b in ltr_spans(rtl)] == [f"2.5 {spelling}"]

    run_on = f"Take 2.5{spelling} today."
    assert lint_run_ons(run_on) == ([] if unit.joined else [f"2.5{spelling}"])
    assert lint_run_ons(english) == []


@pytest.mark.parametrize("name", sorted(ENGLISH_UNITS))
def test_the_checks_know_each_unit_they_compare_in_every_spelling(name):
    for spelling in units.BY_NAME[name].spellings:
        assert _english_units(f"It takes 24 {spelling} or so.", ENGLISH_UNITS) == {name: spelling}


def test_every_unit_the_languages_name_is_in_the_one_list():
    named = set(_COMMON_UNITS) | {name for data in LANGUAGES.values() for name in data.units}
    assert named <= set(ENGLISH_UNITS) <= set(units.BY_NAME)


def test_a_lone_letter_is_a_unit_only_after_a_number():
    assert _english_units("H. pylori is a germ; an m or a g on its own.", ENGLISH_UNITS) == {}
    assert _english_units("Wait 24h, then 24 h.", ENGLISH_UNITS) == {"hour": "h"}
    assert lint_run_ons("Wait 24h. Then 20% of 37°C.") == ["24h"]


def test_one_number_pattern():
    assert numbers_in("1,5 mL, ١٫٥ mL, 1.000 mg and 110mmol/L") == {"1.5", "1", "110"}  # 1.000 mg is 1 mg in English
    assert numbers_in("1,5 mL, ١٫٥ mL, 1.000 mg and 110mmol/L", "es") == {"1.5", "1000", "110"}
    assert [s.text for s in find_spans("Give 1,5 mL over 1–2 hours") if s.kind is SpanKind.QUANTITY] == [
        "1,5 mL", "1–2 hours"]
    arabic = "خلال ١٫٥-٢ ساعة و 1‑2 أسابيع"  # Arabic digits and separator, a non-breaking hyphen
    assert [arabic[a:b] for a, b in ltr_spans(arabic)] == ["١٫٥-٢", "1‑2"]
