"""The links check: links, emphasis and line breaks as the page shows them."""

from __future__ import annotations

from pipeline.checks.rules import links_and_emphasis, run_checks

ENGLISH = "Read [the guide](https://example.org/guide) *first*.\nThen call [us](tel:+441632960123)."
GOOD = "Lea [la guía](https://example.org/guide) *primero*.\nLuego llame [aquí](tel:+441632960123)."


def findings(translation: str, english: str = ENGLISH) -> list[str]:
    return list(links_and_emphasis(english, translation, "es", None))


def test_passes_a_translation_with_every_link_emphasis_and_break():
    assert findings(GOOD) == []
    assert [f for f in run_checks(ENGLISH, GOOD, "es") if f.check in ("links", "markup")] == []


def test_fails_a_link_that_no_longer_shows_as_one():
    broken = GOOD.replace("[la guía]", "la guía]")  # the target is still in the text, but there is no link
    assert findings(broken) == ["links as shown differ: missing https://example.org/guide"]
    assert [f.severity.value for f in run_checks(ENGLISH, broken, "es") if f.check == "links"] == ["error"]


def test_fails_a_lost_or_added_emphasis():
    assert findings(GOOD.replace("*primero*", "primero")) == [
        "emphasis (*…*): 1 in the English, 0 in the translation"]
    assert findings(GOOD.replace("Luego", "*Luego*")) == [
        "emphasis (*…*): 1 in the English, 2 in the translation"]


def test_a_changed_target_or_a_dropped_break_is_reported_once_across_the_checks():
    changed = GOOD.replace("tel:+441632960123", "tel:+441632960999")
    no_break = GOOD.replace("\n", " ")
    for translation in (changed, no_break):
        found = [f for f in run_checks(ENGLISH, translation, "es") if f.check in ("links", "markup")]
        assert len(found) == 1, found


def test_plain_text_is_not_parsed_at_all():
    assert findings("Sin marcas.", "No markup.") == []
