from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from pipeline.checks.glossary import Glossary, Term
from pipeline.drafting.protect import SpanKind, TokenError, find_spans, protect, same_words
from pipeline.publish.inline import inline_html

GLOSSARY = Glossary((
    Term("ECG", keep=True),
    Term("magnesium", drug=True, translations={"es": "magnesio"}),
))


def kinds(text: str) -> list[tuple[str, str]]:
    return [(span.kind.value, span.text) for span in find_spans(text, GLOSSARY)]


def test_spans_of_clinical_text():
    assert kinds("serum creatinine excess 110mmol/L. Your doctor will do an ECG.") == [
        ("quantity", "110mmol/L"), ("term", "ECG"),
    ]
    assert kinds("take about 90 minutes, review in 1-2 weeks, within 24 hours") == [
        ("quantity", "90 minutes"), ("quantity", "1-2 weeks"), ("quantity", "24 hours"),
    ]
    assert kinds("Call (02) 9463 1234, 1800 022 222 or +61 2 9463 1234; Poisons 13 11 26") == [
        ("phone", "(02) 9463 1234"), ("phone", "1800 022 222"), ("phone", "+61 2 9463 1234"),
        ("phone", "13 11 26"),
    ]
    assert kinds("**DO NOT** take 2.5 mg or 20% at 10:30 am, see https://example.org/a.") == [
        ("markup", "**"), ("markup", "**"), ("quantity", "2.5 mg"), ("quantity", "20%"),
        ("time", "10:30 am"), ("url", "https://example.org/a"),
    ]
    # a range, a plain number, and digits inside words are left alone
    assert kinds("pages 3-5 of Q3, 1 of COVID19") == [("range", "3-5"), ("number", "1")]
    # a fraction sign with its number, and a time without minutes (each went to the engine unprotected)
    assert kinds("Take 1½ tablets, or ½ if you are over 70, at 8am and 8 p.m.") == [
        ("quantity", "1½ tablets"), ("number", "½"), ("number", "70"), ("time", "8am"), ("time", "8 p.m."),
    ]
    assert protect("Take it at 8pm.", "es").text == "Take it at {1}."  # the full stop is the sentence's
    # a multiplier, locked whole: "2x" is no number and a letter to an engine
    assert kinds("Use it 2x daily, 3 × a week, or 2 x 500 mg; not an X-ray, 4xl or box 2") == [
        ("quantity", "2x"), ("quantity", "3 ×"), ("quantity", "2 x"), ("quantity", "500 mg"), ("number", "2"),
    ]
    assert protect("Use it 2x daily.", "es").text == "Use it {1} daily."
    assert kinds("2X daily, 2x/day, 1-2x a week") == [("quantity", "2X"), ("quantity", "2x"), ("quantity", "1-2x")]


def test_quantity_separates_value_and_unit():
    span = find_spans("takes 1–2 weeks")[0]
    assert (span.kind, span.value, span.unit, span.unit_is_word) == (SpanKind.QUANTITY, "1–2", "weeks", True)
    span = find_spans("over 110mmol/L")[0]
    assert (span.value, span.unit, span.unit_is_word) == ("110", "mmol/L", False)


def test_protect_tokens_and_restore():
    protected = protect("  Short infusions take about 90 minutes; **DO NOT** exceed 110mmol/L. ", "es", GLOSSARY)
    # word units stay outside the token so that they are translated; symbol units are locked whole
    assert protected.text == "Short infusions take about {1} minutes; {2}DO NOT{3} exceed {4}."
    assert protected.replacements == ("90", "**", "**", "110mmol/L")
    answer = "Las infusiones cortas duran unos {1} minutos; {2}NO{3} supere {4}."
    assert protected.restore(answer) == "  Las infusiones cortas duran unos 90 minutos; **NO** supere 110mmol/L. "


def test_restore_accepts_what_engines_do_to_tokens():
    protected = protect("between 2 and 3 days", "ar")
    assert protected.text == "between {1} and {2} days"
    # Arabic-Indic digits, full-width braces and inner spaces are still our tokens
    assert protected.restore("بين {١} و ｛ 2 ｝ أيام") == "بين 2 و 3 أيام"


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        ("entre {1} y días", "token {2} ('3') missing"),
        ("entre {1} y {2} {2} días", "token {2} ('3') repeated 2 times"),
        ("entre {1} y {2} días {7}", "unknown token {7}"),
        # doubled braces left stray ones in the draft ("Level {2}", a link broken)
        ("entre {{1}} y {{2}} días", "braces the English has not, around or beside the tokens"),
        ("entre {1} y {2}} días", "braces the English has not"),
    ],
)
def test_restore_refuses_lost_repeated_or_invented_tokens(answer, problem):
    protected = protect("between 2 and 3 days", "es")
    with pytest.raises(TokenError) as caught:
        protected.restore(answer)
    assert problem in str(caught.value)


def test_glossary_terms_kept_and_fixed_translations():
    kept = protect("Your doctor will do an ECG.", "es", GLOSSARY)
    assert kept.text == "Your doctor will do an {1}." and kept.replacements == ("ECG",)
    # fixed translations become tokens only when asked (they cost the engine its grammar)
    assert protect("Magnesium is given.", "es", GLOSSARY).text == "Magnesium is given."
    fixed = protect("Magnesium is given.", "es", GLOSSARY, fixed_terms=True)
    assert fixed.text == "{1} is given." and fixed.restore("{1} se administra.") == "Magnesio se administra."
    # no fixed translation into Arabic: the engine translates the word
    assert protect("Magnesium is given.", "ar", GLOSSARY, fixed_terms=True).text == "Magnesium is given."


def test_literal_braces_in_english_cannot_pass_for_tokens():
    protected = protect("press {OK} then wait 5 minutes", "es")
    assert protected.text == "press {1}OK{2} then wait {3} minutes"
    assert protected.restore("pulse {1}OK{2} y espere {3} minutos") == "pulse {OK} y espere 5 minutos"


def test_the_english_sent_back_with_its_tokens_spaced_is_the_english_unchanged():
    """An echo whose tokens came back "{ 1 }" passed as a draft, and the next engine was never asked."""
    text = protect("**DO NOT** drive for 24 hours.", "es").text
    assert same_words(text.replace("{1}", "{ 1 }").replace("{3}", " {3}"), text)
    assert not same_words("{1}NO{2} conduzca durante {3} horas.", text)


def test_has_words():
    assert not protect("1800 022 222", "es").has_words
    assert not protect("ECG: 2-3", "es", GLOSSARY).has_words
    assert protect("Take 2", "es").has_words


@given(st.lists(st.one_of(
    st.sampled_from(["take", "about", "minutes", "ECG", "**", "{", "(02) 9463 1234", "110mmol/L", "-", ", "]),
    st.integers(0, 10_000).map(str),
    st.text(alphabet="abcdefghij éü.,;", max_size=8),
), max_size=12))
@example(words=["ecg"])  # a kept term in other case than the glossary's: once restored as "ECG"
def test_protect_then_restore_gives_the_english_back(words):
    english = " ".join(words)
    protected = protect(english, "es", GLOSSARY)
    assert protected.restore(protected.text) == english
    # no digit of the English survives outside a token
    outside = "".join(part.split("}", 1)[-1] for part in protected.text.split("{"))
    assert not any(ch.isdigit() for ch in outside)


def test_a_quantity_next_to_a_phone_number_is_protected_too():
    # The range "1234 - 110mmol/L" overlaps the phone number; the quantity inside it is still found.
    protected = protect("Call (02) 9463 1234 - 110mmol/L is the limit", "es")
    assert protected.text == "Call {1} - {2} is the limit"
    assert protected.originals == ("(02) 9463 1234", "110mmol/L")


def test_numbers_that_come_back_swapped_are_refused():
    """4 tablets in 24 hours must not become 24 tablets in 4 hours."""
    protected = protect("Take no more than 4 tablets in 24 hours.", "es")
    assert protected.text == "Take no more than {1} tablets in {2} hours."
    assert protected.restore("No tome más de {1} comprimidos en {2} horas.") == (
        "No tome más de 4 comprimidos en 24 horas.")
    with pytest.raises(TokenError, match=r"another order \(\{2\} \{1\}: 24, 4 where the English has 4, 24\)"):
        protected.restore("No tome más de {2} comprimidos en {1} horas.")
    # One rule for every language: a time phrase moved first is refused too, and left to a translator.
    with pytest.raises(TokenError, match="another order"):
        protect("Take no more than 4 tablets in 24 hours.", "zh_Hans").restore("{2}小时内最多服用{1}片。")


def test_markup_may_move_and_equal_numbers_may_trade_places():
    moved = protect("Rest for 2 days and **do not** drive.", "es")
    assert moved.restore("{2}No{3} conduzca y descanse {1} días.") == "**No** conduzca y descanse 2 días."
    same = protect("Take 1 tablet, then 1 more.", "es")
    assert same.restore("Tome {2} más después de {1} comprimido.") == "Tome 1 más después de 1 comprimido."


@pytest.mark.parametrize("answer", [
    "{1} NO{2} conduzca durante {3} horas.",
    "{1} NO {2} conduzca durante {3} horas.",
    "{1}NO {2} conduzca durante {3} horas.",
    "｛1｝ NO｛2｝ conduzca durante {3} horas.",
])
def test_restore_sets_emphasis_marks_against_their_words_as_the_english_does(answer):
    """Engines put spaces inside the tokens' pair: "** NO**" is no bold, and the asterisks would show."""
    protected = protect("**DO NOT** drive for 24 hours.", "es")
    restored = protected.restore(answer)
    assert restored == "**NO** conduzca durante 24 horas."
    assert "<strong>NO</strong>" in inline_html(restored)


def test_restore_leaves_emphasis_spaced_where_the_english_spaces_it():
    protected = protect("Take it with food ** only if ** it upsets you.", "es")
    assert protected.restore(protected.text) == protected.english
