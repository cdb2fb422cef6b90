"""The checks over the project's test set: recall on dangerous defects, false alarms on correct texts."""

from __future__ import annotations

import pytest

from pipeline.checks.rules import CHECKS, Severity, run_checks
from tests.checks.testset import DANGEROUS, LANGUAGES, WARNED, cases, evaluate, glossary, total

CASES = cases()
RESULTS = evaluate(CASES)


def test_the_set_is_large_enough_in_every_language_and_class():
    correct = [c for c in CASES if c.expected == "correct"]
    defects = [c for c in CASES if c.expected != "correct"]
    assert len(correct) >= 150 and len(defects) >= 150
    assert {c.lang for c in correct} == {c.lang for c in defects} == set(LANGUAGES)
    assert {c.expected for c in defects} == set(DANGEROUS + WARNED)
    assert len({c.key for c in CASES}) >= 15  # entries of several leaflets, not one


def test_recall_on_dangerous_defects_is_at_least_90_percent():
    caught = total([tally for (cls, _), tally in RESULTS.recall.items() if cls in DANGEROUS])
    missed = [(c.lang, c.key, c.expected, c.translation) for c in caught.missed]
    assert caught.rate >= 0.9, missed


def test_false_alarms_on_correct_texts_are_at_most_2_percent():
    alarms = total(list(RESULTS.false_alarms.values()))
    flagged = [(c.lang, c.key, [f.message for f in run_checks(c.english, c.translation, c.lang, glossary())
                                if f.severity is Severity.ERROR]) for c in alarms.missed]
    assert alarms.total >= 150 and alarms.rate <= 0.02, flagged


@pytest.mark.parametrize("check", ["negation", "polarity", "counts", "drugs"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_new_check_fails_a_defect_and_passes_the_correct_text_in_every_language(lang, check):
    """The check, alone, flags some defect of the language and none of its correct texts."""
    the_glossary = glossary()
    rule = CHECKS[check]
    mine = [c for c in CASES if c.lang == lang]
    flagged_correct = [c.key for c in mine if c.expected == "correct" and not c.known_limit
                       and rule(c.english, c.translation, lang, the_glossary)]
    assert flagged_correct == []
    assert any(rule(c.english, c.translation, lang, the_glossary) for c in mine if c.expected != "correct")


def test_the_known_limits_are_still_flagged():
    """Paraphrases the docs name as false alarms: when one passes, the docs and the set need updating."""
    limits = [c for c in CASES if c.known_limit]
    assert limits
    for case in limits:
        errors = [f for f in run_checks(case.english, case.translation, case.lang, glossary())
                  if f.severity is Severity.ERROR]
        assert errors, (case.lang, case.key, case.known_limit)
