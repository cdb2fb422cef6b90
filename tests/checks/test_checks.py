"""Every check passes good translations of the leaflet's own sentences and fails broken ones."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.checks import lexicon
from pipeline.checks.glossary import Glossary, Term
from pipeline.checks.rules import CHECKS, LANGUAGES, Finding, Severity, numbers_in, run_checks
from tests.checks.sentences import ENGLISH, GOOD
from tests.checks.testset import HERE, cases, glossary

ROOT = Path(__file__).resolve().parents[2]

GLOSSARY = Glossary((
    Term("NMDA", keep=True),
    Term("ECG", keep=True),
    Term("ketamine", drug=True, translations={"es": "ketamina", "it": "ketamina"}),
    Term("magnesium", drug=True, translations={"es": "magnesio", "it": "magnesio"}),
))


def findings(key: str, translation: str, lang: str) -> list[Finding]:
    return run_checks(ENGLISH[key], translation, lang, GLOSSARY)


def broken(lang: str, key: str, old: str, new: str) -> str:
    good = GOOD[lang][key]
    assert old in good, f"{old!r} is not in the {lang} {key} translation"
    return good.replace(old, new)


def checks_failed(found: list[Finding]) -> set[str]:
    return {f.check for f in found}


def errors_of(found: list[Finding]) -> set[str]:
    """The checks that found an error (what holds an approval back)."""
    return {f.check for f in found if f.severity is Severity.ERROR}


@pytest.mark.parametrize("lang,key", [(lang, key) for lang in GOOD for key in GOOD[lang]])
def test_good_translations_pass_every_check(lang, key):
    assert findings(key, GOOD[lang][key], lang) == []


def test_the_ten_configured_languages_have_data():
    assert set(GOOD) == set(LANGUAGES) == {
        "zh_Hans", "zh_Hant", "ar", "vi", "el", "it", "tr", "fa", "pa_Guru", "es"}


# -- numbers -----------------------------------------------------------------

def test_numbers_chinese_24_changed_to_12_fails():
    found = findings("Q8a", broken("zh_Hans", "Q8a", "24小时", "12小时"), "zh_Hans")
    assert [f.message for f in found if f.check == "numbers"] == [
        "the English has 24; the translation does not", "the translation has 12; the English does not"]
    assert all(f.severity is Severity.ERROR for f in found if f.check == "numbers")


@pytest.mark.parametrize("lang,thousand", [
    ("es", "1000"), ("es", "1.000"), ("it", "1.000"), ("vi", "1.000"), ("zh_Hans", "1000"), ("zh_Hans", "1,000"),
    ("ar", "١٠٠٠"), ("el", "1.000"),
])
def test_numbers_a_thousand_written_as_the_language_writes_it_passes(lang, thousand):
    # the frequency headings of a side-effects list: "Rare (up to 1 in 1,000 people)"
    assert "numbers" not in checks_failed(run_checks("Rare (up to 1 in 1,000 people)", f"(1 / {thousand})", lang))
    assert "numbers" in checks_failed(run_checks("Rare (up to 1 in 1,000 people)", "(1 / 100)", lang))


@pytest.mark.parametrize("lang", ["es", "it", "zh_Hans"])
def test_numbers_a_decimal_with_three_digits_stays_a_decimal(lang):
    # 0.125 is no thousands group in any language: it reads 0.125 however the decimal mark is written
    assert "numbers" not in checks_failed(run_checks("Take 0.125 mg.", "0.125 mg", lang))
    assert "numbers" in checks_failed(run_checks("Take 0.125 mg.", "0.25 mg", lang))


@pytest.mark.parametrize("lang", ["es", "it", "el", "tr", "vi"])
def test_numbers_a_thousands_comma_copied_into_a_decimal_comma_language_fails(lang):
    # "1,500 mg" reads as 1.5 mg where the comma is the decimal mark
    found = [f.message for f in run_checks("The usual dose is 1,500 mg.", "1,500 mg.", lang) if f.check == "numbers"]
    assert found == ["the English has 1500; the translation does not", "the translation has 1.5; the English does not"]
    assert "numbers" not in checks_failed(run_checks("The usual dose is 1,500 mg.", "1.500 mg.", lang))
    assert "numbers" not in checks_failed(run_checks("The usual dose is 1.5 mg.", "1,5 mg.", lang))


def test_numbers_native_digits_count_as_the_same_number():
    assert numbers_in("فوق ١١٠ مليمول/لتر") == {"110"}  # Arabic-Indic
    assert numbers_in("بالاتر از ۱۱۰") == {"110"}  # Persian
    assert numbers_in("１１０") == {"110"}  # full-width
    assert "١١٠" in GOOD["ar"]["Q2a"] and findings("Q2a", GOOD["ar"]["Q2a"], "ar") == []
    wrong = broken("ar", "Q2a", "١١٠", "١٠١")
    assert "the English has 110; the translation does not" in [f.message for f in findings("Q2a", wrong, "ar")]


def test_numbers_decimal_separators_and_chinese_numerals():
    english = "Your level should stay under 1.5 mmol/L for 24 hours."
    assert "numbers" not in checks_failed(run_checks(english, "Su nivel debe mantenerse por debajo de 1,5 mmol/L durante 24 horas.", "es"))
    assert "numbers" in checks_failed(run_checks(english, "Su nivel debe mantenerse por debajo de 15 mmol/L durante 24 horas.", "es"))
    assert "numbers" not in checks_failed(run_checks(english, "您的水平应在二十四小时内保持在1.5 mmol/L以下。", "zh_Hans"))
    assert "numbers" not in checks_failed(run_checks(english, "يجب أن يبقى مستواك أقل من ١٫٥ مليمول/لتر لمدة ٢٤ ساعة.", "ar"))


@pytest.mark.parametrize("english,translation,other", [
    ("Your level should be 110 or less.", "您的水平应为一一〇或更低。", "11"),  # digit by digit
    ("The study followed 1005 patients.", "该研究追踪了一千零五名患者。", "10005"),  # 零 holds a place
    ("The leaflet was written in 2026.", "本说明书写于二〇二六年。", "208"),
])
def test_numbers_chinese_numerals_read_as_the_number_they_write(english, translation, other):
    assert "numbers" not in checks_failed(run_checks(english, translation, "zh_Hans"))
    # read wrongly before: the English with that wrong number fails now
    wrong = re.sub(r"\d+", other, english, count=1)
    assert "numbers" in checks_failed(run_checks(wrong, translation, "zh_Hans"))


def test_numbers_a_range_losing_an_end_fails():
    found = findings("Q11a", broken("es", "Q11a", "1-2 semanas", "2 semanas"), "es")
    assert "the English has 1; the translation does not" in [f.message for f in found]


def test_numbers_an_english_number_word_may_become_digits():
    assert "numbers" not in checks_failed(findings("Q9a", broken("es", "Q9a", "una sola inyección", "1 inyección"), "es"))


@pytest.mark.parametrize("lang,english,translation", [
    ("zh_Hans", "Lie still for 1.5 hours.", "请静躺一个半小时。"),  # one and a half, with its measure word
    ("zh_Hans", "Take 0.5 mg.", "服用零点五毫克。"),  # a decimal point between numerals
    ("zh_Hant", "Take 2.5 mg.", "服用二點五毫克。"),
])
def test_numbers_chinese_decimals_and_one_and_a_half_may_stand_for_the_digit(lang, english, translation):
    assert [f.message for f in run_checks(english, translation, lang) if f.check == "numbers"] == []


@pytest.mark.parametrize("lang,english,translation,missing", [
    # a number word never stands for a digit: "dos" may be the "twice" of "dos veces" or part of
    # "treinta y dos", "uno" may be "a", an Arabic dual may count days where the English's 2 counts tablets
    ("es", "Take 2 tablets twice a day.", "Tome un comprimido dos veces al día.", "2"),
    ("es", "Take 2 tablets.", "Tome treinta y dos comprimidos.", "2"),
    ("it", "Wait 1 to 2 weeks.", "Attenda 2 settimane, poi chiami uno specialista.", "1"),
    ("el", "Take 2 tablets.", "Πάρτε είκοσι δύο δισκία.", "2"),
    ("tr", "Take 2 tablets.", "On iki tablet alın.", "2"),
    ("vi", "Take 2 tablets.", "Uống mười hai viên.", "2"),
    ("fa", "Take 2 tablets.", "بیست و دو قرص مصرف کنید.", "2"),
    ("ar", "Rest for 5 days.", "استرح لمدة خمسة عشر يوما.", "5"),
    ("ar", "Take 2 tablets every other day.", "تناول قرصا واحدا كل يومين.", "2"),
    ("ar", "Take 2 tablets three times a day.", "تناول قرصا واحدا مرتين يوميا.", "2"),
    ("zh_Hans", "Lie still for 1.5 hours.", "请静躺一半小时。", "1.5"),  # 一半 is "half", not one and a half
    ("zh_Hans", "Take 0.5 mg, then rest.", "服用毫克，然后休息半小时。", "0.5"),  # 半 alone: no 0.5
])
def test_numbers_a_number_word_never_hides_a_dropped_or_changed_digit(lang, english, translation, missing):
    assert f"the English has {missing}; the translation does not" in [
        f.message for f in run_checks(english, translation, lang) if f.check == "numbers"]


# "twice a day" written "three times a day": a number written as a word before what it counts adds a number.
@pytest.mark.parametrize("lang,good,bad,said", [
    ("es", "Tome un comprimido dos veces al día.", "Tome un comprimido tres veces al día.", "tres veces"),
    ("it", "Prenda una compressa due volte al giorno.", "Prenda una compressa tre volte al giorno.", "tre volte"),
    ("el", "Πάρτε ένα δισκίο δύο φορές την ημέρα.", "Πάρτε ένα δισκίο τρεις φορές την ημέρα.", "τρεισ φορεσ"),  # folded: σ for ς
    ("tr", "Günde iki kez bir tablet alın.", "Günde üç kez bir tablet alın.", "uc kez"),  # as folded, as errors quote
    ("vi", "Uống một viên hai lần mỗi ngày.", "Uống một viên ba lần mỗi ngày.", "ba lần"),
    ("ar", "تناول قرصًا واحدًا مرتين يوميًا.", "تناول قرصًا واحدًا ثلاث مرات يوميًا.", "ثلاث مرات"),
    ("fa", "یک قرص دو بار در روز مصرف کنید.", "یک قرص سه بار در روز مصرف کنید.", "سه بار"),
    ("pa_Guru", "ਇੱਕ ਗੋਲੀ ਦਿਨ ਵਿੱਚ ਦੋ ਵਾਰ ਲਓ।", "ਇੱਕ ਗੋਲੀ ਦਿਨ ਵਿੱਚ ਤਿੰਨ ਵਾਰ ਲਓ।", "ਤਿੰਨ ਵਾਰ"),
    ("zh_Hans", "每天两次，每次一片。", "每天三次，每次一片。", "三次"),
    ("zh_Hant", "每天兩次，每次一片。", "每天三次，每次一片。", "三次"),
])
def test_numbers_twice_a_day_written_three_times_in_words_fails(lang, good, bad, said):
    english = "Take one tablet twice a day."
    assert "numbers" not in checks_failed(run_checks(english, good, lang))
    found = [f.message for f in run_checks(english, bad, lang) if f.check == "numbers"]
    assert found == [f"the translation has 3 (“{said}”); the English does not"]


# Number words that count nothing the lexicon knows, or mean something else: no number read.
@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Wash both hands.", "Lávese las dos manos."),
    ("es", "Take one tablet every other day.", "Tome un comprimido cada dos días."),
    ("it", "Your injection is given fortnightly.", "L'iniezione viene fatta ogni due settimane."),
    ("es", "Use it quarterly.", "Úselo cada tres meses."),
    ("es", "Put 1 drop into each eye once a day.", "Ponga 1 gota en los dos ojos una vez al día."),
    ("es", "Take a tablet.", "Tome un comprimido."),  # one is "a": never read
    ("vi", "Take the tablet every Monday.", "Uống viên thuốc vào mỗi thứ Hai."),  # thứ Hai: Monday
    ("vi", "Ask your parents to help you.", "Hãy nhờ ba mẹ giúp bạn."),  # ba mẹ: parents
    ("vi", "Take a quarter of a tablet.", "Uống một phần tư viên."),  # tư: a quarter here, not four
    ("vi", "Wait fifteen minutes.", "Chờ mười lăm phút."),
    ("tr", "Remove the cap from the tip of the pen.", "Kalemin uç kısmındaki kapağı çıkarın."),  # uç: tip
    ("tr", "Put the dressing on the front of your arm.", "Bandajı kolunuzun ön tarafına koyun."),  # ön: front
    ("tr", "Wait fifteen minutes.", "On beş dakika bekleyin."),
    ("fa", "Take it every Tuesday.", "آن را هر سه شنبه مصرف کنید."),  # سه شنبه: Tuesday
    ("pa_Guru", "Tell your doctor.", "ਆਪਣੇ ਡਾਕਟਰ ਨੂੰ ਦਸ ਦਿਓ।"),
    # before anything but "times" a number word may be "both", "between two", "a double"
    ("es", "Leave at least 4 hours between doses.", "Deje al menos 4 horas entre dos dosis."),
    ("vi", "Leave at least 4 hours between doses.", "Để cách ít nhất 4 giờ giữa hai liều."),
    ("es", "Take both tablets together.", "Tome los dos comprimidos juntos."),
    ("es", "Do not take a double dose.", "No tome dos dosis juntas."),
    ("ar", "Take a fifth of the dose.", "تناول خمس الجرعة."),  # خمس: a fifth
    ("es", "It can triple the effect.", "Puede aumentar tres veces el efecto."),
    # part of a larger number
    ("tr", "Take it twelve times.", "On iki kez alın."),
    ("vi", "Take it twelve times.", "Uống mười hai lần."),
    ("ar", "Take it 13 times.", "تناوله ثلاث عشرة مرة، ١٣ مرة."),
    ("es", "Take it 32 times.", "Tómelo 32 veces (treinta y dos veces)."),
    ("es", "Ketoconazole increases levels about threefold.", "El ketoconazol aumenta unas tres veces los niveles."),
    ("zh_Hans", "Take all the tablets at once.", "一次服用所有药片。"),  # 一次: at one time
    ("zh_Hans", "This is your third injection.", "这是您第三次注射。"),  # 第三次: the third time
    ("zh_Hans", "Take it 12 times.", "服用十二次。"),
    # Chinese: a count of occasions, or two numerals side by side, says no "how often"
    ("zh_Hans", "Leave at least 4 hours between doses.", "两次服药之间至少间隔4小时。"),
    ("zh_Hant", "Leave at least 4 hours between doses.", "兩次服藥之間至少間隔4小時。"),
    ("zh_Hans", "This can cause a secondary infection.", "这可能导致二次感染。"),
    ("zh_Hans", "Take it once or twice a day.", "每天服用一两次。"),
    ("zh_Hans", "Take it two or three times a day.", "每天服用两三次。"),
    ("zh_Hans", "Take it once a day, 24 hours apart.", "每天一次，两次服药间隔24小时。"),  # a period in another clause
])
def test_numbers_words_that_say_no_added_number_pass(lang, english, translation):
    assert "numbers" not in checks_failed(run_checks(english, translation, lang))


# "two tablets" written "three tablets" in words: what the English counts in words, counted otherwise.
@pytest.mark.parametrize("lang,good,bad,said", [
    ("es", "Tome dos comprimidos con agua.", "Tome tres comprimidos con agua.", "3 tablets (“tres comprimidos”)"),
    ("it", "Prenda due compresse con acqua.", "Prenda tre compresse con acqua.", "3 tablets (“tre compresse”)"),
    ("el", "Πάρτε δύο δισκία με νερό.", "Πάρτε τρία δισκία με νερό.", "3 tablets (“τρια δισκια”)"),  # as folded
    ("tr", "İki tableti su ile alın.", "Üç tableti su ile alın.", "3 tablets (“uc tableti”)"),
    ("vi", "Uống hai viên với nước.", "Uống ba viên với nước.", "3 tablets (“ba viên”)"),
    ("ar", "تناول قرصين مع الماء.", "تناول ثلاثة أقراص مع الماء.", "3 tablets (“ثلاثة اقراص”)"),  # a dual says two
    ("fa", "دو قرص را با آب مصرف کنید.", "سه قرص را با آب مصرف کنید.", "3 tablets (“سه قرص”)"),
    ("pa_Guru", "ਦੋ ਗੋਲੀਆਂ ਪਾਣੀ ਨਾਲ ਲਓ।", "ਤਿੰਨ ਗੋਲੀਆਂ ਪਾਣੀ ਨਾਲ ਲਓ।", "3 tablets (“ਤਿੰਨ ਗੋਲੀਆਂ”)"),
    ("zh_Hans", "用水送服两片。", "用水送服三片。", "3 tablets (“三片”)"),
    ("zh_Hant", "用水送服兩粒。", "用水送服三粒。", "3 tablets (“三粒”)"),
    # words that are also other words ("sei", you are; "năm", a year) before what they count
    ("it", "Se sei incinta, prenda due compresse con acqua.", "Se sei incinta, prenda sei compresse con acqua.",
     "6 tablets (“sei compresse”)"),
    ("vi", "Uống hai viên với nước mỗi năm.", "Uống năm viên với nước mỗi năm.", "5 tablets (“năm viên”)"),
])
def test_numbers_what_the_english_counts_in_words_counted_otherwise_fails(lang, good, bad, said):
    english = "Take two tablets with water."
    assert "numbers" not in checks_failed(run_checks(english, good, lang))
    found = [f.message for f in run_checks(english, bad, lang) if f.check == "numbers"]
    assert found == [f"the translation counts {said}; the English says “two tablets”"]


# Arabic says two of a thing by its dual (مرتين, twice; قرصين, two tablets): read as 2 where a number word is.
@pytest.mark.parametrize("english,translation,message", [
    ("Take one tablet three times a day.", "تناول قرصا واحدا مرتين يوميا.", "the translation has 2 (“مرتین”); the English does not"),
    ("Take three tablets with water.", "تناول قرصين مع الماء.",
     "the translation counts 2 tablets (“قرصین”); the English says “three tablets”"),
    ("Take it for three days.", "تناوله لمدة يومين.", "the translation counts 2 days (“یومین”); the English says “three days”"),
])
def test_numbers_an_arabic_dual_is_two(english, translation, message):
    assert [f.message for f in run_checks(english, translation, "ar") if f.check == "numbers"] == [message]


@pytest.mark.parametrize("english,translation", [
    ("Take one tablet twice a day.", "تناول قرصا واحدا مرتين يوميا."),
    ("Take two tablets with water.", "تناول قرصين مع الماء."),
    ("Take one tablet, and two tablets at night.", "تناول قرصا واحدا، وقرصين في الليل."),  # و, and
    ("Take one tablet every other day for ten days.", "تناول قرصا واحدا كل يومين لمدة عشرة أيام."),
])
def test_numbers_an_arabic_dual_for_the_englishs_two_passes(english, translation):
    assert "numbers" not in checks_failed(run_checks(english, translation, "ar"))


# Chinese periods: 五日 and 四周 count days and weeks, but not in a date (三月五日) or as "around" (伤口四周).
@pytest.mark.parametrize("english,translation,said", [
    ("Take it for three days.", "连续五日服用。", "5 days (“五日”); the English says “three days”"),
    ("Take it for two weeks.", "连续服用四周后停药。", "4 weeks (“四周”); the English says “two weeks”"),
    ("Take it for two weeks.", "为期四周。", "4 weeks (“四周”); the English says “two weeks”"),
])
def test_numbers_a_chinese_period_counted_otherwise_fails(english, translation, said):
    assert [f.message for f in run_checks(english, translation, "zh_Hans") if f.check == "numbers"] == [
        f"the translation counts {said}"]


# Wrong counts and numbers of times: the first ones the checks caught before the counts in words
# arrived (9e29d5d), which must stay caught.
@pytest.mark.parametrize("lang,english,translation", [
    ("zh_Hans", "Take 2 tablets every 4 hours for 2 weeks.", "每4小时服用2片，使用四周。"),  # the counts check
    ("zh_Hant", "Take 2 tablets every 4 hours for 2 weeks.", "每4小時服用2片，使用四週。"),
    ("zh_Hans", "Take it for two weeks.", "连续服用四周。"),
    ("ar", "Take one tablet twice a day.", "تناول قرصًا واحدًا اثنتي عشرة مرة يوميًا."),  # twelve times
    ("ar", "Take one tablet twice a day.", "تناول قرصًا واحدًا إحدى عشرة مرة يوميًا."),  # eleven times
    ("ar", "Take one tablet twice a day.", "تناول قرصًا واحدًا اثنتي عشر مرة يوميًا."),  # genders mixed
    ("ar", "Take one tablet twice a day.", "تناول قرصًا واحدًا أحد عشرة مرة يوميًا."),
    ("ar", "Take one tablet twice a week, on Sunday.", "تناول قرصًا واحدًا في الأسبوع كل أحد ثلاث مرات."),  # أحد: Sunday
    ("el", "For children over four: three times a day.", "Για παιδιά άνω των τεσσάρων, δύο φορές την ημέρα."),
    # digits counting what the English counts in words
    ("es", "Take two tablets three times a day.", "Tome 3 comprimidos 3 veces al día."),
    ("es", "Take two tablets three times a day.", "Tome 3 comprimidos 2 veces al día."),
    ("es", "Take two tablets a day for three days.", "Tome dos comprimidos al día durante 2 días."),
    ("zh_Hans", "Take two tablets a day for three days.", "每天服用2片，共2天。"),
    ("es", "Take two tablets every twelve hours for two days.", "Tome dos comprimidos cada 2 horas durante 12 días."),
    # numbers of times that are numbers of the English, counting something else there
    ("es", "Take two tablets three times a day.", "Tome dos comprimidos dos veces al día."),
    ("es", "Take 3 tablets twice a day.", "Tome 3 comprimidos tres veces al día."),
    ("ar", "Take eleven drops once a day.", "تناول إحدى عشرة قطرة إحدى عشرة مرة يوميا."),
    ("ar", "Use one drop eleven times a day.", "استخدم اثنتا عشرة قطرة إحدى عشرة مرة يوميا."),
    ("vi", "Take one tablet twice a day.", "Uống mọi thứ ba lần mỗi ngày."),  # thứ: a thing here
    # only "every N hours" makes N a day's number of times; "either" is no "both"
    ("es", "Take one tablet once a day. The effect lasts 12 hours.", "Tome un comprimido dos veces al día. El efecto dura 12 horas."),
    ("es", "Take one tablet twice a day. Do not drive for 8 hours.", "Tome un comprimido tres veces al día. No conduzca durante 8 horas."),
    ("es", "Take one tablet with either water or milk.", "Tome dos comprimidos con agua o leche."),
    # "one more" adds to the tablets, not to the minutes
    ("es", "Take one tablet, wait ten minutes, then take one more.", "Tome un comprimido, espere once minutos y luego tome otro."),
    ("ar", "Use two drops twelve times a day.", "استخدم 12 قطرة اثنتا عشرة مرة يوميا."),
    # eleven and twelve as two words (the checks before missed these too)
    ("tr", "Take one tablet twice a day.", "Günde on iki kez bir tablet alın."),
    ("vi", "Take one tablet twice a day.", "Uống một viên mười hai lần mỗi ngày."),
    ("pa_Guru", "Take one tablet twice a day.", "ਦਿਨ ਵਿੱਚ ਬਾਰਾਂ ਵਾਰ ਇੱਕ ਗੋਲੀ ਲਓ।"),
    ("tr", "Take two tablets.", "On iki tablet alın."),
    ("vi", "Take two tablets.", "Uống mười hai viên."),
    ("ar", "Take two tablets.", "تناول اثنا عشر قرصًا."),  # the accusative after eleven to ninety-nine
])
def test_numbers_wrong_counts_and_times_are_caught(lang, english, translation):
    assert checks_failed(run_checks(english, translation, lang)) & {"numbers", "counts"}


# A count the English implies or makes excuses that count only: never a number of times, nor another count.
@pytest.mark.parametrize("english,translation", [
    ("Take one tablet once a week.", "Tome un comprimido siete veces a la semana."),  # weekly taken daily
    ("Take one tablet three times a day between meals.", "Tome un comprimido dos veces al día entre comidas."),
    ("Take one tablet every other day.", "Tome un comprimido dos veces al día."),
    ("On the third day, take one tablet twice a day.", "El tercer día, tome un comprimido tres veces al día."),
    ("Take two tablets for one year.", "Tome doce comprimidos durante un año."),  # 12 months, not tablets
    ("Take two tablets for three days.", "Tome tres comprimidos durante tres días."),  # 3 counts days
    ("Take one tablet a day for two weeks.", "Tome un comprimido al día durante siete semanas."),
])
def test_numbers_an_implied_or_made_count_excuses_only_that_count(english, translation):
    assert "numbers" in checks_failed(run_checks(english, translation, "es"))


# A translation that says how often counts per dose: the day's total is then a dose doubled (or more).
@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Take one tablet twice a day.", "Tome dos comprimidos dos veces al día."),
    ("es", "Take one tablet twice a day.", "Tome 2 comprimidos 2 veces al día."),
    ("it", "Take one tablet twice a day.", "Prenda due compresse due volte al giorno."),
    ("el", "Take one tablet twice a day.", "Πάρτε δύο δισκία δύο φορές την ημέρα."),
    ("tr", "Take one tablet twice a day.", "Günde iki kez iki tablet alın."),
    ("vi", "Take one tablet twice a day.", "Uống hai viên, hai lần mỗi ngày."),
    ("ar", "Take one tablet twice a day.", "تناول قرصين مرتين يوميا."),
    ("fa", "Take one tablet twice a day.", "روزی دو بار دو قرص مصرف کنید."),
    ("pa_Guru", "Take one tablet twice a day.", "ਦਿਨ ਵਿੱਚ ਦੋ ਵਾਰ ਦੋ ਗੋਲੀਆਂ ਲਓ।"),
    ("zh_Hans", "Take one tablet twice a day.", "每天两次，每次两片。"),
    ("zh_Hant", "Take one tablet twice a day.", "每天兩次，每次兩片。"),
    ("es", "Take two tablets twice a day.", "Tome cuatro comprimidos dos veces al día."),
    ("es", "Take one tablet every eight hours.", "Tome tres comprimidos tres veces al día."),
    ("zh_Hans", "Put two drops in the affected ear three times a day.", "每日三次，每次向患耳滴六滴。"),
])
def test_numbers_a_days_total_with_how_often_said_is_a_dose_changed(lang, english, translation):
    assert "numbers" in checks_failed(run_checks(english, translation, lang))


# Without how often, split into times (the usual Chinese and Vietnamese way), or beside the English's own
# count, a day's total stands.
@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Take one tablet twice a day.", "Tome dos comprimidos al día."),
    ("zh_Hans", "Take two tablets twice a day.", "每日四片。"),
    ("zh_Hans", "Take two tablets twice a day.", "每日四片分两次服用。"),
    ("zh_Hant", "Take two tablets twice a day.", "每日四片分兩次服用。"),
    ("zh_Hans", "Take two tablets twice a day.", "每日四片分为两次服用。"),
    ("zh_Hant", "Take two tablets twice a day.", "每日四片分成兩次服用。"),
    ("vi", "Take two tablets twice a day.", "Ngày uống bốn viên, chia làm hai lần."),
    ("vi", "Take two tablets twice a day.", "Ngày uống bốn viên, chia hai lần."),
    ("vi", "Take two tablets twice a day.", "Ngày uống bốn viên, chia thành hai lần."),
    ("es", "Take two tablets twice a day.", "Tome cuatro comprimidos al día, en dos veces."),
    ("it", "Take two tablets twice a day.", "Prenda quattro compresse al giorno, suddivise in due volte."),
    ("el", "Take two tablets twice a day.", "Πάρτε τέσσερα δισκία την ημέρα, σε δύο φορές."),
    ("tr", "Take two tablets twice a day.", "Günde dört tablet, iki defa halinde alın."),
    ("ar", "Take two tablets twice a day.", "تناول أربعة أقراص يوميا على مرتين."),
    ("fa", "Take two tablets twice a day.", "روزی چهار قرص در دو بار مصرف کنید."),
    ("pa_Guru", "Take two tablets twice a day.", "ਦਿਨ ਵਿੱਚ ਚਾਰ ਗੋਲੀਆਂ ਦੋ ਵਾਰ ਵਿੱਚ ਵੰਡ ਕੇ ਲਓ।"),
    ("es", "Take two tablets twice a day.", "Tome dos comprimidos dos veces al día: cuatro comprimidos al día."),
    ("es", "Take one tablet twice a day.", "Tome 1 comprimido dos veces al día, es decir, 2 comprimidos al día."),
    ("tr", "Take one tablet twice a day.", "Günde iki kez bir tablet alın."),
    ("ar", "Take one tablet twice a day.", "تناول قرصا واحدا مرتين يوميا."),
    ("zh_Hant", "Take one tablet twice a day.", "每天兩次，每次一片。"),
])
def test_numbers_a_days_total_stands_without_how_often_or_split_or_beside_the_dose(lang, english, translation):
    assert "numbers" not in checks_failed(run_checks(english, translation, lang))


# "Every eight hours" said in the translation makes its count one dose's, as "twice a day" does: the
# day's total there is the dose tripled.
@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Take one tablet every eight hours.", "Tome tres comprimidos cada ocho horas."),
    ("it", "Take one tablet every eight hours.", "Prenda tre compresse ogni otto ore."),
    ("el", "Take one tablet every eight hours.", "Πάρτε τρία δισκία κάθε οκτώ ώρες."),
    ("tr", "Take one tablet every eight hours.", "Her sekiz saatte bir üç tablet alın."),
    ("vi", "Take one tablet every eight hours.", "Uống ba viên mỗi tám giờ."),
    ("ar", "Take one tablet every eight hours.", "تناول ثلاثة أقراص كل ثماني ساعات."),
    ("fa", "Take one tablet every eight hours.", "هر هشت ساعت سه قرص مصرف کنید."),
    ("pa_Guru", "Take one tablet every eight hours.", "ਹਰ ਅੱਠ ਘੰਟਿਆਂ ਬਾਅਦ ਤਿੰਨ ਗੋਲੀਆਂ ਲਓ।"),
    ("zh_Hans", "Take one tablet every eight hours.", "每八小时服用三片。"),
    ("zh_Hant", "Take one tablet every eight hours.", "每八小時服用三片。"),
    ("es", "Take two tablets every twelve hours.", "Tome cuatro comprimidos cada doce horas."),
    ("es", "Take one tablet every 8 hours.", "Tome tres comprimidos cada 8 horas."),
])
def test_numbers_a_days_total_beside_every_n_hours_is_a_dose_changed(lang, english, translation):
    assert "numbers" in checks_failed(run_checks(english, translation, lang))


# Prescription shorthand counts what it counts: "2 viên/lần" is two tablets a dose, "2 lần/ngày" twice a day,
# "2 comprimidos/día" a day's ("2 mg/kg" stays a unit of its own).
@pytest.mark.parametrize("lang,english,translation,fails", [
    ("vi", "Take one tablet twice a day.", "Uống 2 viên/lần, 2 lần/ngày.", True),
    ("es", "Take one tablet twice a day.", "Tome 2 comprimidos/toma, 2 veces/día.", True),
    ("vi", "Take one tablet twice a day.", "Uống 1 viên/lần, 2 lần/ngày.", False),
    ("vi", "Take two tablets twice a day.", "Uống 2 viên/lần, 2 lần/ngày.", False),
    ("zh_Hans", "Take one tablet twice a day.", "1片/次，2次/日（2片/日）。", False),
    ("es", "Take two tablets every eight hours.", "Tome dos comprimidos cada ocho horas (seis comprimidos/día).", False),
    # a fraction is one number: "1/2 viên" is half a tablet, not two
    ("vi", "Children: half a tablet 2 times a day. Adults: 1 tablet 2 times a day.",
     "Trẻ em: 1/2 viên/lần, 2 lần/ngày. Người lớn: 1 viên/lần, 2 lần/ngày.", False),
    ("es", "Take one tablet twice a day.", "Tome 1/2 comprimido dos veces al día.", True),
    # the dose counted allows its day's total only in a clause that makes it a day's, not beside how often
    ("es", "Take one tablet three times a day.", "Tome 3 comprimidos 3 veces al día (1 comprimido/toma).", True),
    ("vi", "Take one tablet twice a day. If you miss a dose, skip it.",
     "Uống 1 viên/lần, ngày 2 lần. Nếu quên một liều, uống 2 viên lần sau.", True),
    ("es", "Take two tablets twice a day.", "Tome dos comprimidos dos veces al día: cuatro comprimidos al día.", False),
    # a full-width slash is a slash, a space may stand beside it, and a Chinese day word runs on
    ("zh_Hans", "Take one tablet twice a day.", "1片／次，2次／日（2片／日）。", False),
    ("zh_Hans", "Take one tablet twice a day.", "2片／次，2次／日。", True),
    ("zh_Hans", "Take one tablet twice a day.", "1片/次，2次/日，2片/日口服。", False),
    ("es", "Take one tablet twice a day.", "Tome 1 comprimido 2 veces al día (2 comprimidos / día).", False),
    # day words of prescriptions: Italian "die", Vietnamese "ngày" before a count
    ("it", "Take one tablet every eight hours.", "Prenda una compressa ogni otto ore (tre compresse die).", False),
    ("vi", "Take one tablet every eight hours.", "Uống một viên mỗi tám giờ (ngày ba viên).", False),
])
def test_numbers_prescription_shorthand_with_a_slash_is_read(lang, english, translation, fails):
    assert ("numbers" in checks_failed(run_checks(english, translation, lang))) is fails


@pytest.mark.parametrize("english,translation,fails", [
    ("Take one tablet twice a day.", "Günde iki kez ikişer tablet alın.", True),  # two each time: doubled
    ("Take two tablets twice a day.", "Günde iki kez ikişer tablet alın (günde toplam dört tablet).", False),
    ("Take one tablet three times a day.", "Günde üç kez üçer tablet alın.", True),
])
def test_numbers_turkish_distributives_count_as_their_number(english, translation, fails):
    assert ("numbers" in checks_failed(run_checks(english, translation, "tr"))) is fails


@pytest.mark.parametrize("lang,english,translation,fails", [
    ("zh_Hant", "Take one tablet twice a day.", "每日兩次，每次兩錠。", True),  # 錠, Taiwan's tablet: doubled
    ("zh_Hant", "Take one tablet three times a day.", "每日三次，每次3錠。", True),
    ("zh_Hant", "Take two tablets twice a day.", "每日兩次，每次兩錠。", False),
    ("zh_Hant", "Take two tablets twice a day.", "每日四錠，分兩次服用。", False),  # the day's total, split
    ("zh_Hant", "Take one tablet twice a day.", "每日兩次，每次兩顆。", True),
    ("zh_Hans", "Take one tablet twice a day.", "每日两次，每次两颗。", True),  # 颗, a pill's measure word
    ("zh_Hans", "Take two tablets twice a day.", "每日两次，每次两颗。", False),
    ("zh_Hans", "Take one tablet twice a day.", "每日两次，每次2锭。", True),
    ("zh_Hans", "Take one tablet twice a day.", "每日两次，每次两顆。", True),  # the other script's character
    ("zh_Hant", "Take one tablet twice a day.", "每日兩次，每次兩顆錠劑。", True),
    # 颗 counts other round things too: teeth, stones
    ("zh_Hant", "Take one tablet twice a day. Tell your dentist before having two teeth removed.",
     "每日兩次，每次一錠。拔除兩顆牙齒前，請告知牙醫。", False),
    ("zh_Hans", "Take one tablet three times a day. Tell your doctor if you have had three kidney stones.",
     "每日三次，每次一片。如果您曾有三颗肾结石，请告知医生。", False),
    ("zh_Hans", "Take one tablet twice a day.", "每日两次，每次两颗软胶囊。", True),  # before what the pill is
    ("zh_Hans", "Take one tablet twice a day.", "每日两次，每次两颗饭后服用。", True),  # before how it is taken
])
def test_numbers_chinese_measure_words_of_tablets_count(lang, english, translation, fails):
    assert ("numbers" in checks_failed(run_checks(english, translation, lang))) is fails


@pytest.mark.parametrize("english,translation,fails", [
    ("Take one tablet twice a day.", "Πάρτε δύο δισκία δις ημερησίως.", True),  # δις, twice: the dose doubled
    ("Take one tablet three times a day.", "Πάρτε ένα δισκίο δις ημερησίως.", True),  # twice for three times
    ("Take one tablet once a day.", "Πάρτε ένα δισκίο δις ημερησίως.", True),
    ("Use the spray twice a week.", "Χρησιμοποιήστε το σπρέι τρις εβδομαδιαίως.", True),
    ("Take one tablet four times a day.", "Πάρτε ένα δισκίο τετράκις ημερησίως.", False),
    ("Take two tablets twice a day.", "Πάρτε δύο δισκία δις ημερησίως (τέσσερα δισκία την ημέρα).", False),
    ("Take one tablet a day.", "Πάρτε 1 δισ. την ημέρα.", False),  # δισ., short for δισκίο: no "twice"
    ("Take two tablets twice a day.", "Πάρτε 2 δισ. δις ημερησίως.", False),
    ("Take one tablet twice a day.", "Πάρτε 2 δισκ. δις ημερησίως.", True),  # δισκ., short for δισκία
    ("Use the spray twice a day and rinse your mouth afterwards.",  # δις is no tablet the English lacks
     "Χρησιμοποιήστε το σπρέι δις ημερησίως. Στη συνέχεια ξεπλύνετε το στόμα σας.", False),
    ("Take one tablet a day.", "Πάρτε 1 δισ την ημέρα.", False),  # the abbreviation without its point
    ("Take one tablet twice a day.", "Πάρτε δύο δισκία δις κάθε ημέρα.", True),
    ("Take one tablet once a day.", "Πάρτε ένα δισκίο δις ανά ημέρα.", True),
    ("Inject once a month.", "Κάνετε την ένεση δις τον μήνα.", True),
])
def test_numbers_greek_adverbs_of_times_count(english, translation, fails):
    assert ("numbers" in checks_failed(run_checks(english, translation, "el"))) is fails


@pytest.mark.parametrize("lang,english,translation,fails", [
    # read as 21: the digits are the English's (each was "the translation has 21; the English does not")
    ("es", "Take one tablet a day for twenty-one days.", "Tome un comprimido al día durante 21 días.", False),
    ("fa", "Take one tablet a day for twenty-one days.", "روزی یک قرص به مدت ۲۱ روز مصرف کنید.", False),
    ("es", "Take one tablet a day for twenty one days.", "Tome un comprimido al día durante 21 días.", False),
    ("es", "Do not use for more than fourteen days.", "No lo use durante más de 14 días.", False),
    ("es", "Do not use for more than fourteen days.", "No lo use durante más de 41 días.", True),
    ("es", "Take one tablet a day for twenty-one days.", "Tome un comprimido al día durante 28 días.", True),
    # and its "one" is no loose one that makes "one tablet" a total of two: the dose doubled
    ("es", "Take one tablet a day for twenty-one days.", "Tome dos comprimidos al día durante veintiún días.", True),
    ("zh_Hans", "Take one tablet a day for twenty-one days.", "每天两片，连续服用二十一天。", True),
    ("es", "Take one tablet a day for twenty‑one days.", "Tome un comprimido al día durante 20 días.", True),  # U+2011
    # counted too: a number swapped between what the English counts in words fails
    ("es", "Do not take more than eight tablets in twenty-four hours.", "No tome más de 24 comprimidos en 8 horas.", True),
    ("es", "Take two tablets a day for fourteen days.", "Tome 14 comprimidos al día durante 2 días.", True),
    ("zh_Hans", "Take one tablet twice a day on the first day, then one tablet every twenty-four hours.",
     "第一天每日两次，每次一片；之后每日一次，每次一片（每24小时）。", False),
])
def test_numbers_english_numbers_past_twelve_in_words_are_read(lang, english, translation, fails):
    assert ("numbers" in checks_failed(run_checks(english, translation, lang))) is fails


def test_numbers_twenty_two_drops_are_not_two_drops():
    assert "numbers" in checks_failed(run_checks("Take twenty-two drops.", "Tome dos gotas.", "es"))


@pytest.mark.parametrize("lang,english,translation,fails", [
    # "once a day" for "twice a day": the frequency halved (each passed)
    ("es", "Take one tablet twice a day.", "Tome un comprimido una vez al día.", True),
    ("es", "Take one tablet twice a day.", "Tome dos comprimidos una vez al día.", True),  # the day's dose at once
    ("it", "Take one tablet twice a day.", "Prenda una compressa una volta al giorno.", True),
    ("el", "Take one tablet twice a day.", "Παίρνετε ένα δισκίο μία φορά την ημέρα.", True),
    ("tr", "Take one tablet twice a day.", "Günde bir kez bir tablet alın.", True),
    ("vi", "Take one tablet twice a day.", "Uống hai viên một lần mỗi ngày.", True),
    ("ar", "Take one tablet twice a day.", "تناول قرصًا واحدًا مرة واحدة يوميًا.", True),
    ("fa", "Take one tablet twice a day.", "روزی یک بار یک قرص مصرف کنید.", True),
    ("pa_Guru", "Take one tablet twice a day.", "ਦਿਨ ਵਿੱਚ ਇੱਕ ਵਾਰ ਇੱਕ ਗੋਲੀ ਲਓ।", True),
    ("zh_Hans", "Take one tablet twice a day.", "每日一次，每次两片。", True),
    # once where the English says it, or "once" that is no frequency
    ("es", "Take one tablet once a day.", "Tome un comprimido una vez al día.", False),
    ("es", "Take one tablet twice a day for a week, then once a day.",
     "Tome un comprimido dos veces al día durante una semana y luego una vez al día.", False),
    ("es", "Take one tablet twice a day. After opening, keep it in the fridge.",
     "Tome un comprimido dos veces al día. Una vez abierto, guárdelo en la nevera.", False),
    ("es", "Take one tablet twice a day.", "Tome un comprimido dos veces al día: una vez por la mañana y otra por la noche.", False),
    ("fa", "Take one tablet twice a day.", "روزی دو بار یک قرص مصرف کنید و هر روز از سرنگ یک بار مصرف استفاده کنید.", False),
    ("zh_Hans", "Take one tablet twice a day.", "每日两次，一次一片。", False),  # 一次一片: one tablet at a time
    ("zh_Hans", "Take one tablet three times a day, every eight hours.", "每日三次，每次一片，每八小时一次。", False),
    ("zh_Hans", "Take one tablet every eight hours.", "每日三片，每八小时服用一次。", False),
    # "once" beside a word for the day only, and the day's own: "at one go", a time of the day, every two days
    ("es", "Take two tablets twice a day. Do not take the whole daily dose at the same time.",
     "Tome dos comprimidos dos veces al día. No tome toda la dosis diaria de una vez.", False),
    ("es", "Take one tablet twice a day, in the morning and in the evening.",
     "Tome un comprimido dos veces al día una vez por la mañana y otra vez por la noche.", False),
    ("ar", "Take one tablet twice a day, in the morning and in the evening.",
     "تناول قرصا واحدا مرتين يوميا مرة واحدة صباحا ومرة واحدة مساء.", False),
    ("tr", "Apply twice a day for one week, then every two days.",
     "Bir hafta boyunca günde iki kez, ardından iki günde bir kez uygulayın.", False),
    ("vi", "Apply the cream twice a day. If the itching returns, you may apply it again during the day.",
     "Bôi kem hai lần mỗi ngày. Nếu ngứa trở lại, có thể bôi thêm một lần trong ngày.", False),
    ("zh_Hans", "Take one tablet twice a day, in the morning and in the evening.", "每日早晚各一次，每次一片。", False),
    ("zh_Hans", "Inject twice a day using a disposable syringe.", "每日用一次性注射器注射两次。", False),
    ("zh_Hans", "Apply twice a day for one week, then every other day.", "每日两次，连用一周，之后每隔一天一次。", False),
    ("zh_Hans", "Take one tablet twice a day for three weeks, then one injection every twenty-one days.",
     "每日两次，每次一片，连续三周；之后每二十一天一次注射。", False),
    # "one tablet daily" is once a day
    ("es", "Take one tablet twice a day on the first day, then one tablet daily.",
     "Tome un comprimido dos veces al día el primer día y luego un comprimido una vez al día.", False),
    # a limit or a total a day implies no once a day: "una vez al día" for "twice a day" fails beside them
    ("es", "Take 10 mg twice a day (20 mg a day in total).", "Tome 10 mg una vez al día (20 mg al día en total).", True),
    ("es", "Take one tablet twice a day. Do not take more than 8 tablets a day.",
     "Tome un comprimido una vez al día. No tome más de 8 comprimidos al día.", True),
    ("vi", "Take one tablet every other day. Never take it twice on the same day.",  # cách ngày: every other day
     "Uống một viên, cách ngày một lần. Không bao giờ uống hai lần trong cùng một ngày.", False),
    # the day before "once", verb last; with a zero-width non-joiner
    ("fa", "Take one tablet twice a day.", "یک قرص روزی یک بار مصرف کنید.", True),
    ("fa", "Take one tablet twice a day.", "روزی یک‌بار یک قرص مصرف کنید.", True),
    ("vi", "Take one tablet twice a day.", "Uống một viên, ngày một lần.", True),
    # "once a week" for "twice a week": the frequency halved (each passed)
    ("es", "Take one tablet twice a week.", "Tome un comprimido una vez a la semana.", True),
    ("es", "Take it three times a week.", "Tómelo una vez por semana.", True),
    ("it", "Take one tablet twice a week.", "Prenda una compressa una volta alla settimana.", True),
    ("el", "Take one tablet twice a week.", "Πάρτε ένα δισκίο μία φορά την εβδομάδα.", True),
    ("tr", "Take one tablet twice a week.", "Haftada bir kez bir tablet alın.", True),
    ("vi", "Take one tablet twice a week.", "Uống một viên mỗi tuần một lần.", True),
    ("ar", "Take one tablet twice a week.", "تناول قرصًا واحدًا مرة واحدة في الأسبوع.", True),
    ("fa", "Take one tablet twice a week.", "هفته‌ای یک بار یک قرص مصرف کنید.", True),
    ("pa_Guru", "Take one tablet twice a week.", "ਹਫ਼ਤੇ ਵਿੱਚ ਇੱਕ ਵਾਰ ਇੱਕ ਗੋਲੀ ਲਓ।", True),
    ("zh_Hans", "Take one tablet twice a week.", "每周一次，每次一片。", True),
    ("zh_Hant", "Take one tablet twice a week.", "每星期服用一次，每次一片。", True),
    # the English's own "once", "once" that is no frequency, a weekday (每周一, Monday) and the frequency kept
    ("es", "Take one tablet once a week.", "Tome un comprimido una vez a la semana.", False),
    ("es", "Take one tablet twice a week.", "Tome un comprimido dos veces por semana.", False),
    ("es", "Use the gel twice-weekly.", "Use el gel una vez a la semana.", True),
    ("es", "Inject 50 mg twice weekly for 3 months, then 50 mg weekly.",  # "weekly" implies no once beside "twice"
     "Inyecte 50 mg una vez por semana durante 3 meses y luego 50 mg semanales.", True),
    ("es", "Use it twice a week. Once opened, use within a week.",
     "Úselo dos veces por semana. Una vez abierto, úselo en una semana.", False),
    ("tr", "Take one tablet twice a week.", "Haftada iki kez bir tablet alın.", False),
    ("zh_Hans", "Take one tablet twice a week, on Mondays and Thursdays.", "每周两次，每周一和每周四各服一片。", False),
])
def test_numbers_once_beside_a_word_for_the_day_or_week_counts_one_time(lang, english, translation, fails):
    assert ("numbers" in checks_failed(run_checks(english, translation, lang))) is fails


@pytest.mark.parametrize("lang,english,translation,fails", [
    # a count the English says in words, dropped: the frequency or the dose lost (each passed)
    ("es", "Take one tablet twice a day.", "Tome un comprimido al día.", True),
    ("es", "Take one tablet three times a day.", "Tome un comprimido una sola vez al día.", True),
    ("it", "Take two tablets with water.", "Prenda le compresse con acqua.", True),
    ("vi", "Take one tablet twice a day.", "Uống mỗi ngày chỉ một lần, mỗi lần một viên.", True),
    ("ar", "Take one tablet three times a day.", "تناول قرصا واحدا مرة واحدة فقط في اليوم.", True),
    ("zh_Hans", "Take one tablet twice a day.", "每天服药一次，每次一片。", True),
    # said otherwise: a day's total, "double", the times of the day the English names, a duration in other units
    ("es", "Take two capsules three times a day.", "Tome seis cápsulas al día, repartidas en tres tomas.", False),
    ("es", "Do not take two doses to make up for a missed one.",
     "No tome una dosis doble para compensar la dosis olvidada.", False),
    ("zh_Hans", "Do not take two doses to make up for a missed one.", "不要服用双倍剂量来弥补漏服的剂量。", False),
    ("es", "Take one tablet twice a day, in the morning and in the evening.",
     "Tome un comprimido por la mañana y otro por la noche.", False),
    ("zh_Hans", "Stop two days before surgery.", "术前四十八小时停药。", False),
    ("zh_Hans", "Take it two or three times a day.", "每日两三次。", False),
    ("fa", "Use the gel twice a week.", "ژل را هفته‌ای دوبار استفاده کنید.", False),  # دوبار: twice
    ("ar", "Do not take two doses to make up for a forgotten dose.", "لا تتناول ضعف الجرعة لتعويض الجرعة المنسية.", False),
    ("zh_Hans", "Press the button twice to prime the pen.", "按两下按钮以排气。", False),
    ("zh_Hans", "Have a blood test twice a year.", "每半年验一次血。", False),
    ("zh_Hans", "Take one tablet twice a day.", "每天早晚各服一片。", False),
    ("es", "If you have been sick twice or more, call the clinic.", "Si ha vomitado en más de una ocasión, llame.", False),
    ("es", "Never use a needle twice. Use a new needle for each injection.",  # "twice", no frequency
     "No reutilice nunca una aguja. Utilice una aguja nueva para cada inyección.", False),
    ("es", "Take the tablets for 7 days. Take them with food, twice a day.",  # "twice" said in another sentence
     "Tome los comprimidos dos veces al día durante 7 días. Tómelos con comida.", False),
    ("ar", "Swallow the two capsules together with a glass of water.", "ابلع الكبسولتين معًا مع كوب من الماء.", False),
    ("ar", "Take two tablets twice a day. Do not take all four tablets of the day at the same time.",
     "تناول قرصين مرتين يوميا. لا تتناول الأقراص الأربعة في اليوم مرة واحدة.", False),
    ("es", "Swallow the two capsules together with a glass of water.", "Trague ambas cápsulas con un vaso de agua.", False),
    ("zh_Hans", "Do not take twice the normal dose.", "请勿服用常规剂量的两倍。", False),
    ("zh_Hans", "Take one tablet three times a day with meals.", "每日随三餐服用，每次一片。", False),
    ("es", "Take your tablets twice a day, with food. Your INR will be checked every week.",  # once a week, implied
     "Tome los comprimidos dos veces al día, con comida. Su INR se controlará una vez por semana.", False),
    ("fa", "Use the drops four times a day.", "روزی چهار‌بار از قطره استفاده کنید.", False),  # four-times, joined
    ("zh_Hans", "Take half a tablet twice a day.", "每天服用半片。", True),  # half a tablet is no half period
    ("zh_Hans", "Apply the ointment twice a day.", "每天在各患处涂抹药膏。", True),  # 各: each affected area
    ("es", "Take ½ tablet twice a day.", "Tome ½ comprimido al día.", True),  # a half is no number above one
    ("zh_Hans", "Take one tablet twice a day for half a year.", "每天服用一片，持续半年。", True),  # 半年 as a length
    ("es", "Take one tablet twice a day, up to the end of the course.",  # "up to" bounds no count here
     "Tome un comprimido al día hasta el final del tratamiento.", True),
    ("zh_Hans", "Take one tablet twice a week.", "每周只服药一次，每次一片。", True),  # 只服药: only, take medicine
    ("pa_Guru", "Put one drop in both eyes twice a day.", "ਦੋਵੇਂ ਅੱਖਾਂ ਵਿੱਚ ਰੋਜ਼ਾਨਾ ਇੱਕ ਬੂੰਦ ਪਾਓ।", True),  # both, not twice
    ("el", "Put one drop in both eyes twice a day. Wait five minutes.",
     "Βάλτε μία σταγόνα και στα δύο μάτια καθημερινά. Περιμένετε πέντε λεπτά.", True),
    ("es", "Do not take two doses to make up for a forgotten dose.",  # a count forbidden: "an extra dose"
     "No tome una dosis adicional para compensar la dosis olvidada.", False),
    ("ar", "Do not take two doses to make up for a forgotten dose.", "لا تضاعفي الجرعة لتعويض الجرعة المنسية.", False),
    ("ar", "Inject two units of insulin.", "احقن وحدتين من الإنسولين.", False),  # the dual of "unit"
    ("tr", "We will review you twice a year.", "Sizi altı ayda bir kontrol edeceğiz.", False),  # every six months
    ("es", "You will have two injections, one on each side of your spine.",  # shared out
     "Le pondrán una inyección a cada lado de la columna.", False),
    ("es", "Use three injections a week, on Mondays, Wednesdays and Fridays.",  # the weekdays count them
     "Póngase una inyección los lunes, miércoles y viernes.", False),
    ("es", "Take one tablet three times a day with meals.", "Tome un comprimido con cada comida.", False),
    ("es", "Take two tablets, without food.", "Tome los comprimidos sin alimentos.", True),  # "without" forbids nothing
    ("vi", "Take two tablets every Monday.", "Uống thuốc vào thứ Hai hằng tuần.", True),  # thứ Hai: Monday, no two
    # a word that only looks like a number or "double" says no two: metformin (二甲双胍), beside, complications
    ("zh_Hans", "Take one tablet twice a day.", "二甲双胍每天服用一片。", True),
    ("el", "Take one tablet twice a day.", "Πάρτε ένα δισκίο την ημέρα. Κρατήστε το δίπλα στο νερό.", True),
    ("ar", "Take one tablet twice a day.", "تناول قرصا واحدا يوميا لتجنب المضاعفات.", True),
    ("vi", "Take one tablet twice a day.", "Uống một viên mỗi ngày, đôi khi kèm nước.", True),
])
def test_numbers_a_count_in_words_dropped_fails(lang, english, translation, fails):
    assert ("numbers" in checks_failed(run_checks(english, translation, lang))) is fails


@pytest.mark.parametrize("lang,english,translation,fails", [
    # times of day read as times: 24 hours for 12, minutes after a colon, a dot or "h" (each failed)
    ("es", "The clinic is open 8am to 6pm.", "La clínica abre de 08.00 a 18.00.", False),
    ("es", "Call between 2pm and 4pm.", "Llame entre las 14:00 y las 16:00.", False),
    ("it", "Call between 2pm and 4pm.", "Chiamate tra le 14 e le 16.", False),
    ("es", "Come at 9.30am.", "Venga a las 9:30.", False),
    ("es", "Take it at 14:00.", "Tómelo a las 2 de la tarde.", False),
    ("zh_Hans", "Call between 2 pm and 4 pm.", "请在下午两点至四点之间致电。", False),
    # a time changed, turned round or dropped, and a count beside a time
    ("es", "Take it at 8am.", "Tómelo a las 20:00.", True),
    ("es", "Your appointment is at 10.15am.", "Su cita es a las 10.51.", True),
    ("es", "Take 2 tablets at 2pm.", "Tome 2 comprimidos.", True),
    ("es", "Take 2 tablets at 2pm.", "Tome 14 comprimidos a las 2.", True),  # 14 counts tablets: no time
    ("es", "Take it at 6pm. Do not take more than 6 tablets a day.",
     "Tómelo a las 18:00. No tome más de 18 comprimidos al día.", True),
    ("es", "Take 2.5 mg at 8am.", "Tome 2,5 mg a las 9:00.", True),
    # each time takes one of the translation's, once; a pm time is 24 hours when written with its minutes
    ("es", "Take 1 tablet at 8am and 8pm.", "Tome 1 comprimido a las 8:00 y a las 08:00.", True),
    ("es", "Take 1 tablet at 8am and 8pm.", "Tome 1 comprimido a las 8:00.", True),
    ("es", "Take 1 tablet at 8am and 1 tablet at 2pm.", "Tome 1 comprimido a las 8 y 2 a las 14.", True),
    ("es", "Take 1 tablet at 8am and 8pm.", "Tome 1 comprimido a las 8:00 y a las 20:00.", False),
    ("zh_Hans", "Take 1 tablet at 8am and 8pm.", "早上八点和晚上八点各服1片。", False),
    ("zh_Hans", "Come at 12:30pm.", "请于中午12点30分前来。", False),
    ("vi", "Blood is taken between 8am and 10am.", "Lấy máu từ 8 giờ đến 10 giờ sáng.", False),
    ("ar", "Come at 8.30am.", "تعال الساعة ٨٫٣٠ صباحًا.", False),
])
def test_numbers_times_of_day_are_read_as_times(lang, english, translation, fails):
    assert ("numbers" in checks_failed(run_checks(english, translation, lang))) is fails


def test_numbers_a_count_of_one_is_named_in_the_singular():
    assert "counts 1 time (“una vez”); the English says “twice”" in " ".join(
        finding.message for finding in run_checks("Take one tablet twice a day.", "Tome un comprimido una vez al día.", "es"))


@pytest.mark.parametrize("lang,english,translation,fails", [
    # the English's counts added up make a total, never one part of the day or one dose
    ("es", "Take one tablet in the morning and one in the evening.",
     "Tome dos comprimidos por la mañana y uno por la noche.", True),  # the morning's dose doubled (passed)
    ("it", "Take one tablet in the morning and one in the evening.", "Prenda due compresse al mattino e una alla sera.", True),
    ("zh_Hans", "Take one tablet in the morning and one in the evening.", "早上两片，晚上一片。", True),
    ("es", "Take one tablet in the morning and one in the evening for two weeks.",
     "Tome a diario dos comprimidos por la mañana y uno por la noche durante dos semanas.", True),
    ("es", "Take two tablets now and two more after four hours.",
     "Tome cuatro comprimidos ahora y otros dos al cabo de cuatro horas.", True),
    ("es", "Take one tablet twice a day for the first three days, then one tablet once a day.",
     "Durante los tres primeros días, tome dos comprimidos dos veces al día; después, un comprimido una vez al día.",
     True),
    ("es", "Take one tablet in the morning and one in the evening.",
     "Tome dos comprimidos al día, uno por la mañana y otro por la noche.", False),
    ("es", "Take one tablet in the morning and one in the evening.",
     "Tome dos comprimidos: uno por la mañana y otro por la noche.", False),
    ("es", "Take one tablet in the morning and one in the evening.",
     "Tome dos comprimidos, uno por la mañana y otro por la noche.", False),
    ("zh_Hans", "Take one tablet in the morning and one in the evening.", "服用两片（早上一片，晚上一片）。", False),
    ("zh_Hans", "Take one tablet in the morning and one in the evening.", "每日两片，早晚各一片。", False),
    ("zh_Hans", "Take one tablet in the morning and one in the evening.", "早晚各一片，共两片。", False),
    ("it", "Take one tablet in the morning and one in the evening.",
     "Prenda in tutto due compresse, una al mattino e una alla sera.", False),
    ("tr", "Take one tablet in the morning and one in the evening.", "Günde iki tablet alın: sabah bir, akşam bir.", False),
    ("es", "Take one tablet on Monday, one on Wednesday and one on Friday.",
     "Tome un comprimido el lunes, otro el miércoles y otro el viernes (tres comprimidos a la semana).", False),
    # a number that limits is no part of a sum: "no more than one a day" makes no two tablets
    ("es", "Take one tablet a day for three days. Do not take more than one a day.",
     "Tome dos comprimidos al día durante tres días. No tome más de uno al día.", True),
    ("zh_Hans", "Take one tablet a day for three days. Do not take more than one a day.",
     "每日两片，连用三天。每日不超过一片。", True),
    ("es", "Take one tablet a day for seven days. If you forget one, take it as soon as you remember.",
     "Tome dos comprimidos al día durante siete días. Si olvida uno, tómelo en cuanto se acuerde.", True),
    # nor does one more after some hours, a dose if needed ("if the pain continues"), nor a day's dose on a weekday
    ("es", "Take one tablet, and one more after four hours if the pain continues.",
     "Tome dos comprimidos y, si el dolor continúa, otro más al cabo de cuatro horas.", True),
    ("es", "Take one tablet, and one more after four hours, if the pain continues.",
     "Tome dos comprimidos y uno más después de cuatro horas, si el dolor continúa.", True),
    ("zh_Hans", "Take one tablet, and one more after four hours, if the pain continues.",
     "服用两片，如疼痛持续，四小时后再服一片。", True),
    ("es", "Take one tablet on Monday, one on Wednesday and one on Friday.",
     "Tome tres comprimidos el lunes, uno el miércoles y uno el viernes.", True),
    ("it", "Take one tablet on Monday, one on Wednesday and one on Friday.",
     "Prenda tre compresse il lunedì, una il mercoledì e una il venerdì.", True),
    ("es", "Take one tablet in the morning and one before bedtime.",
     "Tome dos comprimidos al día, uno por la mañana y otro antes de acostarse.", False),
    ("es", "Take one tablet today and one tomorrow.", "Tome dos comprimidos hoy y uno mañana.", True),
    ("es", "Take one tablet today and one tomorrow.", "Tome dos comprimidos en total: uno hoy y otro mañana.", False),
    ("zh_Hans", "Take one tablet on Monday, one on Wednesday and one on Friday.", "周一、周三、周五各服一片，每周三片。", False),
    ("ar", "Take one tablet in the afternoon and one at night.", "تناول قرصين بعد الظهر، وقرصا واحدا ليلا.", True),
    # a dose "immediately" is a part of the day; ánh sáng is light, not the morning
    ("zh_Hans", "Take one tablet immediately and one in the evening.", "立即服用两片，晚上服用一片。", True),
    ("vi", "Take one tablet in the morning and one in the evening, and avoid strong sunlight.",
     "Mỗi ngày uống hai viên và tránh ánh sáng mặt trời gay gắt; sáng uống một viên, tối uống một viên.", False),
    ("it", "Take one tablet twice a day. The tablet can be divided.",  # suddivisa spreads no day's total here
     "Prenda una compressa due volte al giorno. Una volta suddivisa, la compressa va presa subito.", False),
    ("es", "Take two tablets now and two more after four hours.",
     "Tome cuatro comprimidos de inmediato y otros dos al cabo de cuatro horas.", True),
    ("es", "Adults: two tablets three times a day. Children: one tablet three times a day.",
     "Adultos: dos comprimidos tres veces al día. Niños: tres comprimidos tres veces al día.", True),
    ("zh_Hans", "Take one tablet in the morning and one in the evening for seven days.", "早上服用两片共七天，晚上服用一片。", True),
    # the parts joined otherwise ("and then", "another", "on day 7"), and words that are no time of the day:
    # mañana (tomorrow), βραδεία (slow), geçene (until ... passes), قليلا (a little)
    ("es", "Take one tablet in the morning and then one in the evening.",
     "Tome dos comprimidos al día: uno por la mañana y luego otro por la noche.", False),
    ("es", "Take one tablet in the morning and another one in the evening.",
     "Tome dos comprimidos al día, uno por la mañana y otro por la noche.", False),
    ("es", "Take one tablet in the morning and one in the evening, starting tomorrow.",
     "Tome dos comprimidos al día a partir de mañana, uno por la mañana y otro por la noche.", False),
    ("el", "Have one injection in the morning and one in the evening.",
     "Κάνετε δύο ενέσεις την ημέρα με βραδεία ενδοφλέβια χορήγηση, μία το πρωί και μία το βράδυ.", False),
    ("tr", "Take one tablet in the morning and one in the evening until your symptoms pass.",
     "Belirtileriniz geçene kadar günde iki tablet alın, sabah bir ve akşam bir.", False),
    ("ar", "Take one tablet in the morning and one in the evening.",
     "تناول قرصين يوميا، واحدا صباحا وواحدا مساء، واشرب قليلا من الماء.", False),
])
def test_numbers_a_sum_of_the_english_counts_is_never_one_part_of_the_day(lang, english, translation, fails):
    assert ("numbers" in checks_failed(run_checks(english, translation, lang))) is fails


def test_numbers_a_fraction_before_what_it_counts_is_one_number():
    """"1/2 comprimidos" is half a tablet (it was read as 2, the English's two), and "1⁄2" is the same."""
    for translation in ("Tome 1/2 comprimidos dos veces al día.", "Tome 1⁄2 comprimidos dos veces al día."):
        findings = run_checks("Take two tablets twice a day.", translation, "es")
        assert any("0.5" in finding.message for finding in findings if finding.check == "numbers"), translation


@pytest.mark.parametrize("lang,english,translation,fails", [
    # a fraction in digits is its value, as ½ is: no 1 the English lacks
    ("vi", "Take half a tablet twice a day.", "Uống 1/2 viên, 2 lần mỗi ngày.", False),
    ("zh_Hans", "Take half a tablet twice a day.", "每次1/2片，每日2次。", False),
    ("es", "Take one tablet in the morning and half a tablet at night.",
     "Tome 1 comprimido por la mañana y 1/2 comprimido por la noche.", False),
    ("fa", "Take half a tablet twice a day.", "روزی ۲ بار ۱/۲ قرص مصرف کنید.", False),
    ("es", "Take 1/2 tablet twice a day.", "Tome ½ comprimido dos veces al día.", False),
    ("vi", "Take 1/2 tablet twice a day.", "Uống 1 viên/lần, 2 lần/ngày.", True),  # the dose doubled (passed)
    ("es", "Take half a tablet twice a day.", "Tome 1/3 comprimido dos veces al día.", True),
    ("es", "The service is open 24/7.", "El servicio está abierto 24/7.", False),
])
def test_numbers_a_fraction_in_digits_is_its_value(lang, english, translation, fails):
    assert ("numbers" in checks_failed(run_checks(english, translation, lang))) is fails


# Beside "every N hours", a day's total stands in a clause of its own with a word for the day or a total.
@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Take one tablet every eight hours.", "Tome un comprimido cada ocho horas (tres comprimidos al día)."),
    ("es", "Take one tablet every eight hours.", "Tome un comprimido cada ocho horas; en total, tres comprimidos."),
    ("zh_Hans", "Take one tablet every eight hours.", "每八小时服用一片（每日三片）。"),
    ("ar", "Take one tablet every eight hours.", "تناول قرصًا واحدًا كل ثماني ساعات (ثلاثة أقراص يوميًا)."),
    ("es", "Take one tablet every eight hours.", "Tome tres comprimidos al día, uno cada ocho horas."),
    ("el", "Take one tablet every eight hours.", "Πάρτε τρία δισκία την ημέρα, ένα κάθε οκτώ ώρες."),
    ("el", "Take one tablet every eight hours.", "Πάρτε ένα δισκίο κάθε οκτώ ώρες· τρία δισκία την ημέρα."),
    ("vi", "Take one tablet every eight hours.", "Mỗi ngày uống ba viên, cứ tám giờ uống một lần."),
    ("zh_Hans", "Take one tablet every eight hours.", "每日三片，每八小时服用一次。"),
    ("fa", "Take one tablet every eight hours.", "هر هشت ساعت یک قرص مصرف کنید (سه قرص در شبانه\u200cروز)."),
    ("es", "Take two tablets every twelve hours.", "Tome cuatro comprimidos al día, dos cada doce horas."),
    ("es", "Take one tablet every eight hours.", "Tome tres comprimidos al día - uno cada ocho horas."),
    ("it", "Take one tablet every eight hours.", "Prenda tre compresse al dì, una ogni otto ore."),
    ("ar", "Take one tablet every eight hours.", "تناول قرصًا واحدًا كل ثماني ساعات (ثلاثة أقراص في اليوم)."),
    ("zh_Hans", "Take one tablet every eight hours.", "一天三片，每隔八小时服一片。"),
])
def test_numbers_a_days_total_apart_from_every_n_hours_stands(lang, english, translation):
    assert "numbers" not in checks_failed(run_checks(english, translation, lang))


# Beside how often, a day's total without the dose counted is the dose changed, whatever else the entry says:
# a dose of one named elsewhere ("un comprimido", 一片) is no count and excuses nothing.
@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Take one tablet twice a day. If you forget a tablet, take it when you remember.",
     "Tome dos comprimidos dos veces al día. Si olvida un comprimido, tómelo cuando se acuerde."),
    ("es", "Take one tablet twice a day.",
     "Tome dos comprimidos dos veces al día, un comprimido por la mañana y otro por la noche."),
    ("es", "Take one tablet twice a day and swallow it whole.",
     "Tome dos comprimidos dos veces al día y trague un comprimido entero."),
    ("it", "Take one tablet every 12 hours.", "Prenda due compresse due volte al giorno, una compressa ogni 12 ore."),
    ("tr", "Take one tablet twice a day.", "Günde iki kez iki tablet alın, sabah bir tablet ve akşam bir tablet."),
    ("vi", "Take one tablet twice a day.", "Uống hai viên, ngày hai lần, sáng một viên và tối một viên."),
    ("ar", "Take one tablet twice a day.", "تناول قرصين مرتين يوميًا، قرصًا واحدًا في الصباح وآخر في المساء."),
    ("zh_Hans", "Take one tablet twice a day.", "每日两次，每次两片，早晚各一片。"),
    ("zh_Hans", "Take one tablet twice a day. If you forget a tablet, take it when you remember.",
     "每日两次，每次两片。如果漏服一片，请在想起时补服。"),
    ("es", "Take one tablet every eight hours. If you forget a tablet, do not take two.",
     "Tome tres comprimidos cada ocho horas. Si olvida un comprimido, no tome dos."),
    ("es", "Take one tablet twice a day.", "Tome dos comprimidos dos veces al día (dos comprimidos al día)."),
    ("zh_Hans", "Take one tablet twice a day.", "每日两次，每次两片（每日共两片）。"),
    ("vi", "Take one tablet twice a day.", "Uống hai viên, ngày hai lần (hai viên mỗi ngày)."),
    ("es", "Take one tablet twice a day.",
     "Tome cada día dos comprimidos por la mañana y dos por la noche, es decir, dos veces al día."),
    ("zh_Hans", "Take one tablet twice a day.", "每日两片，每日两次。"),
    ("es", "Take one tablet every eight hours.", "Tome tres comprimidos cada ocho horas (tres comprimidos al día)."),
    ("es", "Take one tablet twice a day.", "Tome dos comprimidos al día, dos veces al día."),
    ("es", "Take one tablet every eight hours.", "Cada día, tome tres comprimidos cada ocho horas."),
    ("zh_Hans", "Take one tablet every eight hours.", "每天每八小时服用三片。"),
    ("es", "Take one tablet every eight hours, three times a day.", "Tome tres comprimidos cada ocho horas todos los días."),
    ("zh_Hans", "Take one tablet twice a day.", "每日两次，每天早、晚各两片。"),
    ("es", "Take one tablet twice a day.", "Dos veces al día: cada día, dos comprimidos por la mañana y dos por la noche."),
    ("es", "Take one tablet every eight hours.", "Tome el medicamento a diario. Tres comprimidos, cada ocho horas."),
    ("es", "Take one tablet every eight hours.", "Tratamiento diario: tres comprimidos, cada ocho horas."),
    ("it", "Take one tablet every eight hours.", "Prenda tre compresse fino al dissolvimento, ogni otto ore."),
    ("zh_Hans", "Take one tablet every eight hours.", "第一天服用三片，然后每八小时服用。"),
    ("ar", "Take one tablet every eight hours.", "في اليوم الأول تناول ثلاثة أقراص، ثم كل ثماني ساعات."),
    # a dose counted allows only its own totals: the children's "1 comprimido" is no adults' dose
    ("es", "Adults: take two tablets three times a day. Children: take one tablet three times a day.",
     "Adultos: tome seis comprimidos tres veces al día. Niños: tome 1 comprimido tres veces al día."),
])
def test_numbers_a_days_total_beside_how_often_without_the_dose_is_a_dose_changed(lang, english, translation):
    assert "numbers" in checks_failed(run_checks(english, translation, lang))


# The number an English word implies ("every second day": 2 days, "a double dose": 2 doses) counts that
# thing only: it once let any 2 through, the dose doubled too.
@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Take one tablet every second day.", "Tome 2 comprimidos al día."),
    ("es", "Use one drop every second day.", "Use 2 gotas al día."),
    ("zh_Hans", "Take one tablet every second day.", "每天服用两片。"),
    ("es", "Do not take a double dose. Take one tablet.", "No tome una dosis doble. Tome 2 comprimidos."),
])
def test_numbers_an_implied_number_counts_only_what_it_implies(lang, english, translation):
    assert "numbers" in checks_failed(run_checks(english, translation, lang))


# A number that names something in the English ("type 2 diabetes", "step 2") excuses no count.
@pytest.mark.parametrize("english,translation", [
    ("For type 2 diabetes, take one tablet a day.", "Para la diabetes tipo 2, tome dos comprimidos al día."),
    ("Step 2: take one tablet.", "Paso 2: tome dos comprimidos."),
])
def test_numbers_a_number_naming_something_excuses_no_count(english, translation):
    assert "numbers" in checks_failed(run_checks(english, translation, "es"))


@pytest.mark.parametrize("english,translation", [
    ("For type 2 diabetes, take one tablet a day.", "Para la diabetes tipo 2, tome un comprimido al día."),
    ("For type 2 diabetes, take two tablets a day.", "Para la diabetes tipo 2, tome dos comprimidos al día."),
])
def test_numbers_a_number_naming_something_is_still_the_englishs(english, translation):
    assert "numbers" not in checks_failed(run_checks(english, translation, "es"))


# ... and the same number said otherwise in the English is still one it has.
@pytest.mark.parametrize("english,translation", [
    ("On the first day take two 250 mg tablets; after that, one tablet a day. Leave at least 4 hours between doses.",
     "El primer día tome dos comprimidos de 250 mg; después, un comprimido al día. Deje al menos 4 horas entre dosis."),
    ("On the first day take two 250 mg tablets; after that, one tablet a day. Do not take a double dose.",
     "El primer día tome dos comprimidos de 250 mg; después, un comprimido al día. No tome una dosis doble."),
])
def test_numbers_a_number_said_besides_being_implied_still_counts(english, translation):
    assert "numbers" not in checks_failed(run_checks(english, translation, "es"))


# Only what the English counts in words is compared, and only with what counts the same.
@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Take two tablets.", "Tome 2 comprimidos."),  # in digits
    ("es", "Take two tablets twice a day for a week.", "Tome dos comprimidos mañana y noche durante siete días."),
    ("es", "Take two or three tablets.", "Tome dos o tres comprimidos."),
    ("es", "Take two tablets in the morning and three at night.", "Tome dos comprimidos por la mañana y tres comprimidos por la noche."),
    ("es", "Take twenty-two drops.", "Tome veintidós gotas (22 gotas)."),
    ("es", "Take two tablets for two weeks.", "Tome dos comprimidos durante quince días."),  # a fortnight
    ("it", "If you are pregnant, take two tablets.", "Se sei incinta, prenda due compresse."),  # sei: you are
    ("tr", "Inject two doses under the skin.", "İki dozu deri altı enjekte edin."),  # altı: under
    ("tr", "Take twelve tablets.", "On iki tablet alın."),
    ("vi", "Take twelve tablets.", "Uống mười hai viên."),
    ("vi", "Take two tablets every Tuesday.", "Uống hai viên vào mỗi thứ ba."),  # thứ ba: Tuesday
    ("ar", "Take two tablets with three meals.", "تناول قرصين مع ثلاث وجبات."),  # a dual, and meals
    ("ar", "Take twelve tablets.", "تناول اثنا عشر قرصا."),
    ("fa", "Take two tablets on Tuesdays.", "سه شنبه ها دو قرص مصرف کنید."),  # سه شنبه: Tuesday
    ("zh_Hans", "Take two tablets until the thirteenth day.", "服用两片，直到第十三天。"),  # 第十三: the thirteenth
    ("zh_Hans", "Apply it twice a day for two weeks around the wound.", "每天两次涂于伤口四周，持续两周。"),  # 四周: around
    ("zh_Hans", "Take it twice; this is your third course.", "服用两次；这是您第三次疗程。"),
    # idioms: every other day, both, a week, half an hour, the first trimester
    ("es", "Take one tablet every other day for ten days.", "Tome un comprimido cada dos días durante diez días."),
    ("zh_Hans", "Take one tablet every other day for ten days.", "每两天服用一片，共十天。"),
    ("es", "Take both tablets with food. Never take more than three tablets a day.",
     "Tome los dos comprimidos con comida. Nunca tome más de tres comprimidos al día."),
    ("vi", "Use both drops, then wait five minutes.", "Nhỏ cả hai giọt, rồi chờ năm phút."),
    ("es", "Rest for five days, or a week if you feel tired.", "Descanse cinco días, o siete días si se siente cansado."),
    ("zh_Hans", "Wait ten minutes, or half an hour after a meal.", "等待十分钟，饭后等待三十分钟。"),
    ("zh_Hans", "Take two tablets; avoid it in the first trimester.", "服用两片；怀孕头三个月内避免使用。"),
    # a number written before what the English counts, but not a count of it
    ("es", "Take two 500 mg tablets. Do not take more than eight tablets in 24 hours.",
     "Tome dos comprimidos de 500 mg. No tome más de ocho comprimidos en 24 horas."),
    ("tr", "Give two injections under the skin.", "Deri altı iki enjeksiyon yapın."),  # altı: under
    ("tr", "Put two tablets under the tongue.", "İki tableti dil altı tablet gibi koyun."),
    ("fa", "Take two tablets, not daily.", "دو قرص مصرف کنید، نه روزانه."),  # نه: not
    ("zh_Hans", "Wait five minutes. This is very important.", "等待五分钟。这十分重要。"),  # 十分: very
    ("zh_Hans", "Take two tablets; a third of children feel sick.", "服用两片；三分之一的儿童会恶心。"),
    ("zh_Hans", "For two weeks, children aged three and over.", "连续两周，三周岁以上儿童。"),  # 周岁: years of age
    ("zh_Hans", "Give two injections with new needles.", "用新针头注射两针，准备三个针头。"),
    ("zh_Hans", "Take two tablets from October to March.", "从十月到三月服用两片。"),
    # between doses, a total of the English's counts, a period in smaller units, an ordinal
    ("es", "Take one dose at a time, and leave 4 hours between doses.",
     "Tome una dosis cada vez y deje 4 horas entre dos dosis."),
    ("zh_Hans", "Take one dose at a time, and leave 4 hours between doses.", "每次一剂，两剂之间间隔4小时。"),
    ("es", "Take one tablet in the morning and one tablet in the evening.",
     "Tome dos comprimidos al día: uno por la mañana y otro por la noche."),
    ("es", "Use it for one year; check it every three months.", "Úselo durante doce meses; revíselo cada tres meses."),
    ("zh_Hans", "Stop two days before surgery; wait three hours after.", "术前四十八小时停药；术后等待三小时。"),
    ("es", "Change it every third day; take one tablet for ten days.",
     "Cámbielo cada tres días; tome un comprimido durante diez días."),
    ("ar", "Take one dose a day; children take a fifth of the dose.", "تناول جرعة واحدة يوميا؛ يتناول الأطفال خمس الجرعة."),
    ("ar", "Take it with two meals for three years.", "تناوله مع طعامين لمدة ثلاث سنوات."),  # طعامين: two meals
    ("ar", "Take twelve tablets, then eleven drops.", "تناول اثنا عشر قرصا، ثم إحدى عشر قطرة."),
    ("tr", "Take twelve tablets, twelve times.", "On iki tablet alın, on iki kez."),
    ("vi", "Take twelve tablets, twelve times.", "Uống mười hai viên, mười hai lần."),
    ("vi", "Take one tablet at midday, two hours after food.", "Uống một viên lúc mười hai giờ trưa, hai giờ sau khi ăn."),
    ("tr", "Apply to both feet once a day for three months.", "Günde bir kez, üç ay boyunca her iki ayağınıza uygulayın."),
    ("tr", "Give the two injections at two separate sites; repeat after one month.",
     "İki enjeksiyonu iki ayrı bölgeye yapın; bir ay sonra tekrarlayın."),  # ayrı: separate
    ("el", "Take both daily doses with food for three days.", "Πάρτε τις δύο ημερήσιες δόσεις με φαγητό για τρεις ημέρες."),
    ("es", "Take two tablets twice a day (4 tablets a day).", "Tome 2 comprimidos 2 veces al día (4 comprimidos al día)."),
    ("es", "Take one tablet a day for two weeks (14 days).", "Tome 1 comprimido al día durante 2 semanas (14 días)."),
    # a daily total of a count every N hours; dates, ordinals and times of day in digits
    ("es", "Take one tablet every eight hours for three days.",
     "Tome un comprimido cada ocho horas (3 comprimidos al día) durante tres días."),
    ("es", "Take one tablet every 8 hours.", "Tome un comprimido tres veces al día, cada 8 horas."),
    ("ar", "Take one tablet every 12 hours.", "تناول قرصا واحدا مرتين يوميًا، كل 12 ساعة."),
    ("es", "Take one tablet in the morning and one at night, both with food. Never take more than three tablets a day.",
     ("Tome un comprimido por la mañana y otro por la noche, los dos comprimidos con comida. "
      "Nunca tome más de tres comprimidos al día.")),
    ("zh_Hans", "You need three doses, four weeks apart.", "您需要接种三剂，两剂之间间隔四周。"),
    ("vi", "Your child needs three doses; both of the later doses are given in the arm.",
     "Con bạn cần ba liều; cả hai liều sau được tiêm vào cánh tay."),
    ("vi", "Take two tablets a day, starting in February 2024, for three years.",
     "Uống hai viên mỗi ngày, bắt đầu từ tháng Hai năm 2024, trong ba năm."),
    ("zh_Hans", "Children over 12 years: take it for two weeks.", "12周岁以上儿童：服用两周。"),
    ("el", "Take 2 doses a day for three days.", "Πάρτε 2 ημερήσιες δόσεις για τρεις ημέρες."),  # daily: no days
    ("tr", "Give the 3 injections at three separate sites over two months.", "3 enjeksiyonu iki ay boyunca 3 ayrı bölgeye yapın."),
    ("es", "Take a single tablet now and one more at night.", "Tome dos comprimidos al día: uno ahora y otro por la noche."),
    ("es", "Take two tablets every 1.2.3 hours.", "Tome dos comprimidos cada 1.2.3 horas."),  # a version: no crash
    ("zh_Hans", "Take three tablets a day for two months, starting on 1 March.", "从3月1日开始，每天服用3片，共2个月。"),
    ("zh_Hans", "On the second day, take two tablets, for three days.", "第2天服用2片，共3天。"),
    ("vi", "Take two tablets every twelve hours (at 8 am and 8 pm) for eight days.",
     "Uống hai viên mỗi mười hai giờ (lúc 8 giờ sáng và 8 giờ tối) trong 8 ngày."),
    ("vi", "Take one tablet every four hours, starting at two in the afternoon, for two days.",
     "Uống một viên mỗi bốn giờ, bắt đầu từ 2 giờ chiều, trong hai ngày."),
    ("zh_Hans", "Take two tablets on the fifth of March, for three days.", "三月五日起服用两片，连续三天。"),
    ("zh_Hans", "Apply it for two weeks on the skin around the wound.", "连续两周涂于四周的皮肤。"),  # 四周的: around
    # between one dose and the next; a total of the English's counts, or of a count times how often
    ("es", "Take one dose. Leave 4 hours between each dose.", "Tome una dosis. Deje 4 horas entre dos dosis."),
    ("es", "Leave 4 hours between one dose and the next. Take one dose.",
     "Deje 4 horas entre dos dosis. Tome una dosis."),
    ("es", "Take one tablet in the morning and one in the evening.",
     "Tome dos comprimidos al día: uno por la mañana y otro por la noche."),
    ("zh_Hans", "Take one tablet in the morning and one in the evening.", "每天两片，早晚各一片。"),
    ("ar", "Take one tablet in the morning and one in the evening.", "تناول قرصين يوميًا، واحدًا في الصباح وواحدًا في المساء."),
    ("es", "Take two tablets in the morning and one in the evening.",
     "Tome tres comprimidos al día: dos por la mañana y uno por la noche."),
    ("zh_Hans", "Take two tablets twice a day.", "每日四片，分两次服用。"),
    ("es", "Take two tablets every second day for ten days.", "Tome dos comprimidos cada dos días durante diez días."),
    ("es", "Take one tablet. Do not take an extra dose to make up.", "Tome un comprimido. No tome dos dosis juntas para compensar."),
])
def test_numbers_counts_in_words_said_otherwise_pass(lang, english, translation):
    assert "numbers" not in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation,added", [
    ("es", "Take 1 tablet every 4 hours.", "Tome 1 comprimido cada 4 horas (o cada ½ hora).", "0.5"),
    ("it", "Take 1 tablet.", "Prenda 1⅒ compresse.", "0.1"),
    ("el", "Drink 2 glasses of water.", "Πιείτε 2 ποτήρια νερό ³.", "3"),
])
def test_numbers_a_fraction_or_superscript_character_is_a_number(lang, english, translation, added):
    assert f"the translation has {added}; the English does not" in [
        f.message for f in run_checks(english, translation, lang) if f.check == "numbers"]


@pytest.mark.parametrize("lang,translation,shown", [
    ("es", "Tome 4O comprimidos.", "4O"),  # a Latin capital O: reads as 40, counts as 4
    ("el", "Πάρτε 4Ο δισκία.", "4Ο"),  # Greek omicron
    ("ru", "Примите 4О таблетки.", "4О"),  # Cyrillic O
    ("zh_Hans", "服用4O片。", "4O"),  # glued to Chinese characters as numbers are
])
def test_numbers_a_letter_o_among_digits_that_reads_as_a_zero_fails(lang, translation, shown):
    messages = [f.message for f in run_checks("Take 4 tablets.", translation, lang) if f.check == "numbers"]
    assert f"“{shown}” is written with a letter O that reads as a zero: write the number in digits" in messages


@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Wear the O2 mask.", "Use la mascarilla de O2."),  # as the English writes it
    ("es", "Take 4 tablets.", "Tome 4 comprimidos o 4 sobres."),  # "o" is a word here
    ("el", "Come to the 2nd floor.", "Ελάτε στον 2ο όροφο."),  # a small o: the Greek ordinal
    ("it", "Go to the 1st floor.", "Vada al 1o piano."),
])
def test_numbers_a_letter_o_the_english_has_or_an_ordinal_passes(lang, english, translation):
    assert not [f for f in run_checks(english, translation, lang) if f.check == "numbers" and "letter O" in f.message]


@pytest.mark.parametrize("translation,found", [
    ("Para más información, escríbanos.", "the English's address “sdu@riverside.example.org” is not in the translation"),
    ("Para más información, escriba a pain@elsewhere.example.com.",
     "the English's address “sdu@riverside.example.org” is not in the translation"),
    ("Para más información, escriba a sdu@riverside.example.org.", None),
])
def test_markup_an_address_written_out_is_kept_as_the_english_has_it(translation, found):
    english = "For more information, email sdu@riverside.example.org."
    said = [f.message for f in run_checks(english, translation, "es") if f.check == "markup"]
    assert said == ([found] if found else []), said


@pytest.mark.parametrize("lang,english,translation", [
    ("zh_Hans", "For more information, email us (sdu@riverside.example.org).",
     "更多信息，请发邮件给我们（sdu@riverside.example.org）。"),  # full-width brackets
    ("ar", "For more information, email us (sdu@riverside.example.org).",
     "لمزيد من المعلومات، راسلنا (\u2066sdu@riverside.example.org\u2069)."),  # isolated left to right
    ("es", "For more information, email us “sdu@riverside.example.org”.",
     "Para más información, escríbanos «sdu@riverside.example.org»."),
    ("es", "**Email:sdu@riverside.example.org**", "**Correo: sdu@riverside.example.org**"),
])
def test_markup_an_address_kept_within_the_languages_own_brackets_and_quotes_passes(lang, english, translation):
    found = {f.check: f.message for f in run_checks(english, translation, lang)}
    assert not {"markup", "english", "untranslated"} & set(found), found


@pytest.mark.parametrize("translation,message", [
    # the reviewer reads "1&half;", the page shows "1½": a dose of one and a half
    ("Tome 1&half; comprimidos cada 4 horas.", "&half; shows as '½' on the page: write the character itself"),
    ("Tome 1&#189; comprimidos cada 4 horas.", "&#189; shows as '½' on the page: write the character itself"),
    # "24" shown as "42": a right-to-left override around the number
    ("Tome 1 comprimido cada \u202e24\u202c horas.",
     "U+202E (RIGHT-TO-LEFT OVERRIDE) changes what the page shows: remove it"),
    ("Tome 1 comprimido \u2067cada 24 horas\u2069.",
     "U+2067 (RIGHT-TO-LEFT ISOLATE) changes what the page shows: remove it"),
    ("Tome 1 comprimido cada 24 horas.\U000e0041\U000e0042", "U+E0041 (TAG LATIN CAPITAL LETTER A) changes what"),
    # a stroke drawn through a word: the page shows "NO" struck out, the checks still read NO
    ("**N\u0336O\u0336** tome más de 1 comprimido cada 24 horas.",
     "U+0336 (COMBINING LONG STROKE OVERLAY) changes what the page shows: remove it"),
    ("Tome 1 comprimido cada 24 horas, n\u0338o más.", "U+0338 (COMBINING LONG SOLIDUS OVERLAY) changes what"),
    # control characters msgfmt accepts and the page shows as nothing, or a box
    ("Tome 1 comprimido\x0b cada 24 horas.", "U+000B (a control character) changes what the page shows: remove it"),
    ("Tome 1 comprimido cada 24 horas\x1b.", "U+001B (a control character) changes what the page shows: remove it"),
    ("Tome 1 comprimido cada 24 horas\x85", "U+0085 (a control character) changes what the page shows: remove it"),
])
def test_hidden_what_the_page_shows_differs_from_what_the_reviewer_reads_fails(translation, message):
    found = run_checks("Take 1 tablet every 24 hours.", translation, "es")
    assert any(f.check == "hidden" and f.severity is Severity.ERROR and f.message.startswith(message) for f in found)


@pytest.mark.parametrize("translation", [
    "خذ قرصا واحدا كل \u202e24\u202c ساعة.",  # an override: reorders in any language
    "خذ قرصا واحدا كل \u206624 ساعة.",  # an isolate never closed
])
def test_hidden_an_override_or_an_unclosed_isolate_fails_in_arabic_too(translation):
    found = run_checks("Take 1 tablet every 24 hours.", translation, "ar")
    assert any(f.check == "hidden" and f.severity is Severity.ERROR for f in found)


@pytest.mark.parametrize("lang,translation", [
    ("ar", "اتصل بالرقم \u200f١١٠ إذا شعرت بتوعك."),  # RLM: a mark Arabic text needs
    ("ar", "اتصل بالرقم \u2066110\u2069 إذا شعرت بتوعك."),  # a number isolated left to right in Arabic
    ("fa", "اگر حالتان خوب نیست با \u202a110\u202c تماس بگیرید."),
    ("fa", "اگر حالتان خوب نیست با \u200f۱۱۰ تماس بگیرید."),
    ("es", "Llame al 110 si se encuentra mal &amp; no espere."),
])
def test_hidden_marks_a_script_needs_and_references_the_english_has_pass(lang, translation):
    english = "Call 110 if you feel unwell &amp; do not wait." if "&amp;" in translation else "Call 110 if unwell."
    assert "hidden" not in {f.check for f in run_checks(english, translation, lang)}


# -- units and durations ------------------------------------------------------

def test_units_hours_swapped_for_minutes_fails():
    found = findings("Q8a", broken("es", "Q8a", "24 horas", "24 minutos"), "es")
    messages = [f.message for f in found if f.check == "units"]
    assert "the English says “hours”; the translation has no word for hours" in messages
    assert "“24 minutos” counts minutes, but the English has days, hours" in messages


@pytest.mark.parametrize("lang,old,new", [
    ("zh_Hans", "24小时", "24分钟"),
    ("zh_Hant", "24小時", "24分鐘"),
    ("ar", "٢٤ ساعة", "٢٤ دقيقة"),
    ("fa", "۲۴ ساعت", "۲۴ دقیقه"),
    ("pa_Guru", "24 ਘੰਟਿਆਂ", "24 ਮਿੰਟਾਂ"),
    ("vi", "24 giờ", "24 phút"),
    ("el", "24 ώρες", "24 λεπτά"),
    ("it", "24 ore", "24 minuti"),
    ("tr", "24 saat", "24 dakika"),
])
def test_units_swapped_in_every_language(lang, old, new):
    found = findings("Q8a", broken(lang, "Q8a", old, new), lang)
    assert any(f.check == "units" and "counts minutes, but the English has days, hours" in f.message for f in found)


@pytest.mark.parametrize("lang,english,translation,kept", [
    ("es", "The infusion runs at 5 mL/h.", "La infusión pasa a 5 mL/min.", False),
    ("es", "The infusion runs at 5 mL/hour.", "La infusión pasa a 5 mL por minuto.", False),
    ("es", "The dose is 0.1 mg/kg/h.", "La dosis es de 0,1 mg/kg/min.", False),
    ("tr", "The infusion runs at 5 mL/h.", "İnfüzyon dakikada 5 mL hızla verilir.", False),
    ("zh_Hans", "The infusion runs at 5 mL/h.", "输液速度为每分钟5毫升。", False),
    # a length of time in hours beside the rate names hours too, and a slash may stand between spaces
    ("es", "The infusion runs at 5 mL/h for 24 hours.", "La perfusión va a 5 ml/min durante 24 horas.", False),
    ("es", "The infusion runs at 5 mL / h.", "La infusión pasa a 5 mL / min.", False),
    ("es", "The infusion runs at 5 mL/h for 24 hours.", "La perfusión va a 5 ml/h durante 24 horas.", True),
    ("es", "Give 5 mL/h for 30 minutes, then 10 mL/h.", "Administre 5 mL/h durante 30 minutos y luego 10 mL/h.", True),
    # a period elsewhere in the entry is no rate's; one after a slash is, whatever the English names elsewhere
    ("es", "The pump gives the medicine at 2 mL/h. You can call us at any time.",
     "La bomba administra el medicamento a 2 mL por hora. Puede llamarnos a cualquier hora del día.", True),
    ("es", "The infusion runs at 5 mL/h for 24 hours; we check you every 30 minutes.",
     "La perfusión va a 5 mL/min durante 24 horas; le revisamos cada 30 minutos.", False),
    ("es", "Infuse at 0.5 mg/kg/h for 24 hours.", "Infunda 0,5 mg/kg/min durante 24 horas.", False),  # a decimal
    # a pulse's period after a slash elsewhere is not the rate's
    ("es", "Infuse at 2 mL/h. Stop if the heart rate falls below 50 bpm.",
     "Infunda a 2 ml/h. Interrumpa si la frecuencia cardiaca baja de 50 latidos/min.", True),
    # words that only look like periods beside the rate: "thin", 十分 (very), 分2次 (in two), "bao giờ" (never)
    ("el", "The pump gives 2 mL/h through a thin tube into a vein.",
     "Η αντλία χορηγεί 2 mL/ώρα μέσω λεπτού σωλήνα σε μια φλέβα.", True),
    ("zh_Hans", "The pump gives 2 mL/h, which is very safe.", "输液泵每小时输注2毫升，这十分安全。", True),
    ("vi", "The drip runs at 2 mL/h; never change it yourself.",
     "Dịch truyền chạy với tốc độ 2 mL/giờ; không bao giờ tự thay đổi tốc độ.", True),
    ("es", "Check your pulse (normally 60 to 100 beats/min); the pump runs at 60 mL/h.",
     "Compruebe su pulso (normalmente de 60 a 100 latidos/min); la bomba funciona a 60 ml/h.", True),
    # two rates of the English's own, one per hour and one per minute, side by side
    ("zh_Hans", "Keep the drip at 10 mL/h unless your pulse is over 100 beats/min.",
     "请将输液速度保持在10 mL/h，除非您的脉搏超过100次/分钟。", True),
    ("el", "Run the drip at 60 mL/h, or 20 drops/min.", "Η έγχυση με 60 mL/h, δηλαδή 20 σταγόνες/λεπτό.", True),
    ("es", "If the pulse is over 100 beats per minute, give 100 mL/h.",
     "Si el pulso supera 100 latidos/min, administre 100 mL/h.", True),  # the copy of 100 that mL/h follows
    ("es", "The infusion runs at 5 mL/h.", "La infusión pasa a 5 mL/h.", True),
    ("es", "The infusion runs at 5 mL/h.", "La infusión pasa a 5 mL por hora.", True),
    ("vi", "The infusion runs at 5 mL/h.", "Dịch truyền chạy với tốc độ 5 mL/giờ.", True),
    ("zh_Hans", "The infusion runs at 5 mL/h.", "输液速度为5 mL/h。", True),
    # the period after the slash in the language's words or shorthand: 毫升/时 is per hour, "ml/minuto" per minute
    ("zh_Hans", "The infusion runs at 5 mL/h.", "输液速度为5毫升/时。", True),
    ("zh_Hant", "The infusion runs at 5 mL/h.", "輸液速度為5毫升/時。", True),
    ("zh_Hans", "The infusion runs at 5 mL/h.", "输液速度为5毫升/小时。", True),
    ("es", "The infusion runs at 5 mL/h for 24 hours.", "La perfusión va a 5 ml/hora durante 24 horas.", True),
    ("es", "The infusion runs at 5 mL/h for 24 hours.", "La perfusión va a 5 ml/minuto durante 24 horas.", False),
    ("vi", "The infusion runs at 5 mL/h for 24 hours.", "Dịch truyền chạy 5 mL/phút trong 24 giờ.", False),
    ("zh_Hans", "The infusion runs at 5 mL/h for 24 hours.", "以5毫升/分钟的速度输注24小时。", False),
    ("zh_Hans", "The infusion runs at 5 mL/h.", "以5毫升/天的速度输注。", False),
])
def test_units_a_rates_period_after_a_slash_is_kept(lang, english, translation, kept):
    """A rate per hour written per minute is sixty times the infusion: the slash's period was never compared."""
    messages = [f.message for f in run_checks(english, translation, lang) if f.check == "units"]
    if kept:
        assert messages == []
    else:
        assert len(messages) == 1 and messages[0].startswith("the English's rate is per hour (“/"), messages


@pytest.mark.parametrize("lang,translation", [
    ("es", "Abrimos de 8:00 a 18:00. Fuera de este horario, deje un mensaje."),
    ("it", "Siamo aperti dalle 8 alle 18. Al di fuori di questi orari, lasci un messaggio."),
    ("zh_Hans", "我们上午8点至下午6点开放。在此时间以外，请留言。"),
])
def test_units_hours_that_are_a_timetable_need_no_word_for_hours(lang, translation):
    english = "We are open 8am to 6pm. Outside these hours, please leave a message."
    assert "units" not in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("english,translation", [
    ("We reply within 48 working hours.", "Respondemos en un plazo de 48 días laborables."),
    ("Results are ready within forty-eight working hours.",
     "Los resultados están listos en cuarenta y ocho días laborables."),
    ("Do not drive for 2 days after the injection.", "No conduzca durante las 2 horas siguientes a la inyección."),
    ("Take one tablet a day at 10 p.m. for 10 days.",
     "Tome un comprimido al día a las 10 de la noche durante las 10 horas siguientes."),
    ("Do not eat for 6 hours before the test. During these hours you may drink water.",
     "No coma durante los 6 días previos. Durante ese tiempo puede beber agua."),
])
def test_units_hours_of_a_length_of_time_beside_timetable_words_are_read(english, translation):
    assert "units" in checks_failed(run_checks(english, translation, "es"))


@pytest.mark.parametrize("translation", [
    "Uống 1 viên lúc 8 giờ sáng và 1 viên lúc 2 giờ chiều.",
    "Uống 1 viên lúc 8 giờ sáng và 1 viên lúc 14 giờ.",
    "Uống 1 viên vào 8 giờ sáng và 1 viên vào 14h.",  # "vào" tells the time as "lúc" does
])
def test_units_vietnamese_hours_that_tell_the_time_count_no_hours(translation):
    english = "Take 1 tablet at 8am and 1 tablet at 2pm."
    assert "units" not in checks_failed(run_checks(english, translation, "vi"))
    assert "units" in checks_failed(run_checks(english, "Uống 1 viên sau 8 giờ và 1 viên sau 2 giờ nữa.", "vi"))


@pytest.mark.parametrize("lang,good,bad", [
    ("vi", "Uống thuốc vào 8 giờ tối Chủ Nhật hằng tuần.", "Uống thuốc vào 8 giờ tối hằng ngày."),
    ("zh_Hans", "每周日晚上8点服用该片剂。", "每天晚上8点服用该片剂。"),
    ("es", "Tome el comprimido los domingos a las 20:00.", "Tome el comprimido todas las noches a las 20:00."),
    ("ar", "تناول القرص مساء كل أحد في الساعة 8.", "تناول القرص كل مساء في الساعة 8."),
])
def test_units_a_weekday_evening_as_a_habit_is_weekly(lang, good, bad):
    english = "Take the tablet on Sunday evenings at 8 pm."
    assert "units" not in checks_failed(run_checks(english, good, lang))
    assert "units" in checks_failed(run_checks(english, bad, lang))


@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Take one tablet every Monday.", "Tome un comprimido cada martes."),
    ("it", "Take one tablet every Monday.", "Prenda una compressa ogni martedì."),
    ("vi", "Take one tablet every Monday.", "Uống một viên vào mỗi thứ Ba."),
    ("zh_Hans", "Take one tablet every Monday.", "每周二服用一片。"),
    ("tr", "Take one tablet every Friday.", "Her cumartesi bir tablet alın."),
    ("fa", "Take one tablet every Saturday.", "هر سه شنبه یک قرص بخورید."),
    ("es", "The clinic is closed on Sundays.", "La clínica no abre los sábados."),
    ("es", "Take 3 mg on Mondays, Wednesdays and Fridays, and 4 mg on all other days.",
     "Tome 3 mg los lunes y viernes, y 4 mg el resto de los días."),
    ("zh_Hans", "Take it twice a week, on Mondays and Thursdays.", "每周一和周五服用。"),
    ("es", "The clinic is open Monday to Friday.", "La clínica abre de lunes a jueves."),
    ("zh_Hans", "The clinic is open Monday to Friday.", "诊所周一至周四开放。"),
    ("zh_Hans", "The clinic is open Monday to Friday.", "诊所周一至四开放。"),
    ("es", "Open weekdays and Saturday mornings.", "Abierto de lunes a jueves y los sábados por la mañana."),
    ("ar", "The clinic is open Sunday to Thursday.", "العيادة مفتوحة يوم الأحد والخميس."),  # a range over the week's end
])
def test_weekdays_another_weekday_or_one_left_out_fails(lang, english, translation):
    assert "weekdays" in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    ("es", "The clinic is open Monday to Thursday.", "La clínica abre lunes, martes, miércoles y jueves."),
    ("es", "Call us Monday–Friday.", "Llámenos de lunes a viernes."),
    ("it", "The clinic is open Monday to Friday.", "L'ambulatorio è aperto dal lunedì al venerdì."),
    ("el", "The clinic is open Monday to Friday.", "Το ιατρείο είναι ανοιχτό Δευτέρα με Παρασκευή."),
    ("tr", "The clinic is open Monday to Friday.", "Klinik pazartesiden cumaya açıktır."),
    ("tr", "Call us (Monday to Friday).", "Bizi arayın (pazartesi-cuma)."),
    ("vi", "The clinic is open Monday to Friday.", "Phòng khám mở cửa từ thứ Hai đến thứ Sáu."),
    ("ar", "The clinic is open Monday to Friday.", "العيادة مفتوحة من الاثنين إلى الجمعة."),
    ("ar", "Take one capsule twice weekly (Monday and Thursday).", "تناول كبسولة واحدة كل يوم اثنين وخميس."),
    ("fa", "The clinic is open Saturday to Wednesday.", "درمانگاه از شنبه تا چهارشنبه باز است."),
    ("pa_Guru", "The clinic is open Monday to Friday.", "ਕਲੀਨਿਕ ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ ਤੱਕ ਖੁੱਲ੍ਹਾ ਹੈ।"),
    ("zh_Hans", "Take it three times a week, on Mondays, Wednesdays and Fridays.", "每周一、三、五服用。"),
    ("zh_Hans", "The clinic is closed at weekends.", "诊所周末不营业。"),
    ("es", "Take one tablet a day from Monday to Friday and none at weekends.",
     "Tome un comprimido al día de lunes a viernes y ninguno el fin de semana."),
    ("es", "The clinic is open on weekdays.", "La clínica abre de lunes a viernes."),
    ("es", "The clinic is open Monday to Friday.", "La clínica abre entre semana."),
    ("es", "The pharmacy is open Monday to Friday.", "La farmacia abre desde el lunes hasta el viernes."),
    ("it", "The pharmacy is open Monday to Friday.", "La farmacia è aperta da lunedì fino a venerdì."),
    ("el", "The pharmacy is open Monday to Friday.", "Το φαρμακείο είναι ανοιχτό από τη Δευτέρα έως την Παρασκευή."),
    ("tr", "The pharmacy is open Monday to Friday.", "Eczane Pazartesi ile Cuma arasında açıktır."),
    ("tr", "Take 3 mg on Mondays, Wednesdays and Fridays.", "Pazartesi-Çarşamba-Cuma günleri 3 mg alın."),
    ("vi", "The pharmacy is open Monday to Friday.", "Nhà thuốc mở cửa từ thứ Hai cho đến thứ Sáu."),
    ("ar", "The pharmacy is open Monday to Friday.", "الصيدلية مفتوحة من يوم الاثنين إلى يوم الجمعة."),
    ("fa", "The pharmacy is open Monday to Friday.", "داروخانه از دوشنبه الی جمعه باز است."),
    ("fa", "Take one tablet every Thursday.", "هر پنج شنبه یک قرص بخورید."),
    ("zh_Hans", "The pharmacy is open Monday to Friday.", "药房周一至五开放。"),
    ("zh_Hant", "The pharmacy is open Monday to Friday.", "藥房週一～週五開放。"),
    ("zh_Hans", "Please come to the day unit on Mondays for your blood test.", "请于每周一到日间病房验血。"),
    ("zh_Hans", "Take it once or twice a week, on Mondays.", "每周一服用，每周一至两次。"),
    ("el", "Take the third capsule on Monday.", "Πάρτε την τρίτη κάψουλα τη Δευτέρα."),
    ("vi", "Have the second injection on Monday.", "Tiêm mũi tiêm thứ hai vào thứ Hai."),
    ("it", "On Mondays, call the pharmacy of San Domenico Hospital.", "Il lunedì chiami la farmacia dell'Ospedale San Domenico."),
    ("tr", "The pharmacy is open between Monday and Friday.", "Eczane Pazartesi ile Cuma arasında açıktır."),
    ("es", "Results come within 2 working days; the clinic is open on Mondays.",
     "Los resultados llegan en 2 días hábiles; la clínica abre los lunes."),
    ("zh_Hans", "Take it three times a week, on Mondays, Wednesdays and Fridays.", "每星期一、三、五服用。"),
    ("zh_Hans", "Apply one patch a week, on Mondays.", "每周一贴，于周一使用。"),
])
def test_weekdays_the_same_days_said_otherwise_pass(lang, english, translation):
    assert "weekdays" not in checks_failed(run_checks(english, translation, lang))


def test_weekdays_a_range_missing_several_days_is_said_once():
    found = run_checks("The clinic is open Monday to Friday.", "La clínica abre el lunes y el viernes.", "es")
    assert [f.message for f in found if f.check == "weekdays"] == [
        "the English says “Monday…Friday”; the translation names other weekdays but not that one"]


@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Take one tablet at 8 a.m.", "Tome un comprimido a las 8 de la tarde."),
    ("it", "Take one tablet at 8 a.m.", "Prenda una compressa alle 8 di sera."),
    ("el", "Take one tablet at 8 a.m.", "Πάρτε ένα δισκίο στις 8 μ.μ."),
    ("tr", "Take one tablet at 8 a.m.", "Akşam saat 8'de bir tablet alın."),
    ("vi", "Take one tablet at 8 p.m.", "Uống một viên lúc 8 giờ sáng."),
    ("ar", "Take one tablet at 8 a.m.", "تناول قرصًا واحدًا في الساعة 8 مساءً."),
    ("fa", "Take one tablet at 8 a.m.", "ساعت ۸ شب یک قرص بخورید."),
    ("pa_Guru", "Take one tablet at 8 a.m.", "ਸ਼ਾਮ 8 ਵਜੇ ਇੱਕ ਗੋਲੀ ਲਓ।"),
    ("zh_Hans", "Take one tablet at 8 a.m.", "晚上8点服用一片。"),
    ("es", "Take one tablet at 20:00.", "Tome un comprimido a las 8 de la mañana."),  # a 24-hour time too
    ("vi", "Take one tablet at 2 p.m.", "Uống một viên lúc 2 giờ đêm."),  # 2 p.m. is no night's
])
def test_numbers_a_time_moved_to_the_other_half_of_the_day_fails(lang, english, translation):
    assert any(f.check == "numbers" and ("in the morning;" in f.message or "in the afternoon or evening;" in f.message)
               for f in run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Take one tablet at 8 a.m.", "Tome un comprimido a las 8 de la mañana."),
    ("vi", "Take one tablet at 8 p.m.", "Uống một viên lúc 8 giờ tối."),
    ("vi", "Take one tablet at 8 a.m., at most two a day.", "Uống một viên lúc 8 giờ, tối đa hai viên mỗi ngày."),
    ("es", "Take one tablet at 8 a.m. and rest in the evening.",
     "Tome un comprimido a las 8 de la mañana y descanse por la tarde."),
    ("zh_Hans", "Take one tablet at 8 a.m. and one at 8 p.m.", "上午8点服用一片，晚上8点服用一片。"),
    ("it", "Do not eat anything after 2am on the day of your operation.",
     "Non mangi nulla dopo le 2 di notte il giorno dell'intervento."),  # the small hours are the night's too
    ("tr", "Do not eat after midnight; come in at 07:30.", "Gece yarısından sonra yemeyin; saat 07.30'da gelin."),
    ("vi", "Take one tablet at 8 a.m., at least an hour before food.",
     "Uống một viên lúc 8 giờ, tối thiểu một giờ trước khi ăn."),
])
def test_numbers_the_half_of_the_day_kept_passes(lang, english, translation):
    assert "numbers" not in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,good,bad", [
    # times in both halves of the day, one sentence each: judged sentence by sentence (each passed)
    ("es", "Take one tablet at 8 a.m. Take the other tablet at 2 p.m.",
     "Tome un comprimido a las 8 de la mañana. Tome el otro comprimido a las 2 de la tarde.",
     "Tome un comprimido a las 8 de la tarde. Tome el otro comprimido a las 2 de la tarde."),
    ("zh_Hans", "Take one tablet at 8am. Take the second at 6pm.", "早上8点服用一片。下午6点服用第二片。",
     "晚上8点服用一片。下午6点服用第二片。"),
    ("tr", "Take one tablet at 8am. Take the second at 6pm.", "Sabah 8'de bir tablet alın. İkincisini akşam 6'da alın.",
     "Akşam 8'de bir tablet alın. İkincisini akşam 6'da alın."),
    ("fa", "Take one tablet at 8 a.m. Take the other at 8 p.m.", "یک قرص را ساعت ۸ صبح مصرف کنید. دیگری را ساعت ۸ شب مصرف کنید.",
     "یک قرص را ساعت ۸ شب مصرف کنید. دیگری را ساعت ۸ شب مصرف کنید."),
    ("es", "The clinic opens at 8 a.m. and closes at 6 p.m. Phone before 10 a.m.",
     "La clínica abre a las 8 de la mañana y cierra a las 6 de la tarde. Llame antes de las 10 de la mañana.",
     "La clínica abre a las 8 de la mañana y cierra a las 6 de la tarde. Llame antes de las 10 de la noche."),
])
def test_numbers_a_time_moved_to_the_other_half_is_found_sentence_by_sentence(lang, english, good, bad):
    assert "numbers" not in checks_failed(run_checks(english, good, lang))
    found = [f.message for f in run_checks(english, bad, lang) if f.check == "numbers"]
    assert len(found) == 1 and found[0].startswith("sentence ") and "the translation says" in found[0]


@pytest.mark.parametrize("lang,english,good,bad", [
    # "every other" said as every day, week or Monday: the dose twice as often (each passed)
    ("es", "Take one tablet every other day.", "Tome un comprimido en días alternos.", "Tome un comprimido cada día."),
    ("es", "Take one tablet every other day.", "Tome un comprimido cada dos días.",
     "Tome un comprimido al día durante dos días."),
    ("es", "Have a blood test every other week.", "Hágase un análisis de sangre cada dos semanas.",
     "Hágase un análisis de sangre cada semana."),
    ("es", "Take one tablet every other Monday.", "Tome un comprimido un lunes sí y otro no.",
     "Tome un comprimido cada lunes."),
    ("it", "Take one tablet every other day.", "Prenda una compressa un giorno sì e uno no.",
     "Prenda una compressa ogni giorno."),
    ("it", "Use the drops every second day.", "Usi 2 gocce a giorni alterni.", "Usi 2 gocce al giorno."),
    ("el", "Take one tablet every other day.", "Πάρτε ένα δισκίο μέρα παρά μέρα.", "Πάρτε ένα δισκίο κάθε μέρα."),
    ("tr", "Take one tablet every other day.", "Gün aşırı bir tablet alın.", "Her gün bir tablet alın."),
    ("vi", "Take one tablet every other day.", "Uống một viên, hai ngày một lần.", "Uống một viên mỗi ngày."),
    ("ar", "Take one tablet every other day.", "تناول قرصًا واحدًا يوم ويوم لا.", "تناول قرصًا واحدًا كل يوم."),
    ("es", "Take one tablet every other day.", "Tome un comprimido un día sí y un día no.", "Tome un comprimido a diario."),
    ("it", "Take one tablet every other day.", "Prenda una compressa un giorno sì e un giorno no.",
     "Prenda una compressa ogni giorno."),
    ("fa", "Take one tablet every other day.", "یک روز در میان یک قرص مصرف کنید.", "هر روز یک قرص مصرف کنید."),
    ("pa_Guru", "Take one tablet every other day.", "ਇੱਕ ਦਿਨ ਛੱਡ ਕੇ ਇੱਕ ਗੋਲੀ ਲਓ।", "ਹਰ ਰੋਜ਼ ਇੱਕ ਗੋਲੀ ਲਓ।"),
    ("zh_Hans", "Use the drops every second day.", "每隔一天使用2滴。", "每天使用2滴。"),
    ("zh_Hant", "Take one tablet every other day.", "每兩天服用一片。", "每天服用一片。"),
])
def test_numbers_every_other_said_without_a_two_fails(lang, english, good, bad):
    assert "numbers" not in checks_failed(run_checks(english, good, lang))
    assert any(f.check == "numbers" and "nor with a word for every other" in f.message
               for f in run_checks(english, bad, lang))


@pytest.mark.parametrize("translation", [
    "Tome un comprimido dos veces cada 2 días.",  # twice every other day
    "Tome un comprimido cada 2 días durante 2 días.",  # for two days only
    "Tome un comprimido durante 2 días.",
])
def test_numbers_a_two_besides_every_others_is_still_one_the_english_lacks(translation):
    assert "the translation has 2; the English does not" in [
        f.message for f in run_checks("Take one tablet every other day.", translation, "es")]


@pytest.mark.parametrize("lang,translation", [
    # words that look like "every other" and are not (each passed)
    ("es", "Tome un comprimido cada día por medio de una jeringa."),  # by means of
    ("it", "Prenda una compressa ogni giorno. Alterni il sito di iniezione."),  # alternate the site
    ("tr", "Her gün bir tablet alın. Aşırı doz durumunda bizi arayın."),  # overdose
    ("tr", "Her gün bir tablet alın; etkisi 2 günde başlar."),  # in 2 days
    ("fa", "هر روز یک قرص در میان وعده‌ها مصرف کنید."),  # among
    ("el", "Πάρτε ένα δισκίο κάθε μέρα· η δεύτερη δόση είναι το βράδυ."),  # the second dose
    ("pa_Guru", "ਐਤਵਾਰ ਨੂੰ ਛੱਡ ਕੇ ਹਰ ਰੋਜ਼ ਇੱਕ ਗੋਲੀ ਲਓ।"),  # except Sunday
    ("zh_Hans", "每天服用一片，间隔时间相同。"),  # 间隔, an interval
    ("vi", "Uống một viên mỗi ngày, cách một giờ sau bữa ăn."),  # an hour after meals
])
def test_numbers_every_other_lookalikes_are_no_every_other(lang, translation):
    assert any(f.check == "numbers" and "nor with a word for every other" in f.message
               for f in run_checks("Take one tablet every other day.", translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # correct ways to say every other (most flagged at 363f451: "neither with a two ...", a negation added)
    ("es", "Apply the cream every other day.", "Aplique la crema un día sí, otro no."),
    ("ar", "Take one tablet every other day.", "تناول قرصًا واحدًا يومًا ويومًا لا."),
    ("vi", "Take one tablet every other day.", "Hai ngày uống một lần, mỗi lần một viên."),
    ("vi", "Take one tablet every other day.", "Cứ 2 ngày uống một viên."),
    ("it", "Apply the gel every other night.", "Applichi il gel a sere alterne."),
    ("zh_Hans", "Apply every other night.", "隔晚涂抹一次。"),
    ("es", "Take 5 mg on Mondays and 2.5 mg every other day of the week.",  # the other days: the rest of the week
     "Tome 5 mg los lunes y 2,5 mg los demás días de la semana."),
])
def test_numbers_every_other_in_more_words(lang, english, translation):
    assert not any("word for every other" in f.message for f in run_checks(english, translation, lang))


@pytest.mark.parametrize("english,translation", [
    # each passed at 2d0d4e2
    ("Take two tablets every other Monday.", "Tome dos comprimidos cada día a partir del lunes."),  # a two, daily
    ("Take one tablet every other day. If a dose does not agree with you, call us.",
     "Tome un comprimido cada día. Si una dosis no le sienta bien, llámenos."),  # "si" is "if", not "sí"
])
def test_numbers_every_other_made_daily_beside_a_two_or_an_if(english, translation):
    assert "numbers" in checks_failed(run_checks(english, translation, "es"))


@pytest.mark.parametrize("lang,english,translation", [
    # every other in its sentence, every morning in another (each flagged at 076bec2)
    ("es", "Take one tablet every other day. Use the cream every morning.",
     "Tome un comprimido cada dos días. Aplique la crema cada mañana."),
    ("it", "Take one tablet every other day. Use the drops every evening.",
     "Prenda una compressa ogni due giorni. Usi le gocce ogni sera."),
    ("el", "Take one tablet every other day. Use the drops every evening.",
     "Παίρνετε ένα δισκίο κάθε δύο ημέρες. Χρησιμοποιείτε τις σταγόνες κάθε βράδυ."),
])
def test_numbers_every_other_beside_another_sentences_every_day(lang, english, translation):
    assert "numbers" not in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # each flagged at a33be9c (a negation added, or "neither with a two ...")
    ("es", "Apply it every other day.", "Aplíquelo un día sí y el otro no."),
    ("el", "Apply it every other day.", "Εφαρμόστε το μία μέρα ναι και μία όχι."),
    ("ar", "Apply it every other day.", "ضعه يوم نعم ويوم لا."),
    ("vi", "Have a blood test every other week.", "Xét nghiệm máu 2 tuần một lần."),
])
def test_numbers_every_other_said_yes_and_no(lang, english, translation):
    # said every other (the "no" is still read as a negation the English lacks, and a digit 2 as a number)
    assert not any("word for every other" in f.message for f in run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # defects an exemption of this session let through before it was withdrawn (a reader's 138; each fails)
    ("es", "Apply the drops every other night, 1 hour before bed.",
     "Aplique las gotas cada 2 horas por la noche, 1 hora antes de acostarse."),  # a "cada 2" no longer excused
    ("es", "Take one dose every other day.", "Tome una dosis doble cada 2 días."),
    ("es", "Take one tablet every other day.", "Tome un comprimido cada día, si el otro no le ha hecho efecto."),
    ("es", "Take one tablet at 9 a.m. and one at 5 p.m.", "Tome un comprimido de 9 a 17 h."),  # two doses, one range
    ("es", "Wear each patch for 3.50 days and check the skin every day.",
     "Lleve cada parche 3.50 horas y revise la piel cada día."),  # a decimal, no clock time
])
def test_checks_exemptions_withdrawn_keep_these_defects_caught(lang, english, translation):
    assert any(f.severity.name == "ERROR" for f in run_checks(english, translation, lang))


def test_numbers_every_other_beside_the_englishs_own_days():
    # the English says "daily" itself: "al día" is its, "cada dos días" the other's
    english = "Take one tablet daily for a week, then every other day."
    assert "numbers" not in checks_failed(run_checks(
        english, "Tome un comprimido al día durante una semana y luego cada dos días.", "es"))
    assert "numbers" in checks_failed(run_checks(
        english, "Tome un comprimido al día durante una semana y luego cada día.", "es"))


@pytest.mark.parametrize("lang,english,translation", [
    # each passed: "p. m." (Latin America), "μ.μ." beside a right "π.μ.", Persian بعدازظهر, Chinese 晚间
    ("es", "Take one tablet at 8 a.m.", "Tome un comprimido a las 8 p. m."),
    ("es", "Take one tablet at 8 a.m. and one at 2 p.m.", "Tome un comprimido a las 8 p. m. y otro a las 2 p. m."),
    ("el", "Take one tablet at 8 a.m. and one at 2 p.m.", "Πάρτε ένα δισκίο στις 8 μ.μ. και ένα στις 2 π.μ."),
    ("fa", "Take one tablet at 8 a.m.", "یک قرص ساعت ۸ بعدازظهر مصرف کنید."),
    ("zh_Hans", "Take one tablet at 8 a.m.", "晚间8点服用一片。"),
])
def test_numbers_an_hour_marked_with_the_other_half_fails(lang, english, translation):
    assert "numbers" in checks_failed(run_checks(english, translation, lang))


def test_numbers_an_hour_marked_twice_with_the_other_half_is_one_finding():
    found = [f.message for f in run_checks("Take one tablet at 8 a.m. Take another at 8 a.m. tomorrow.",
                                           "Tome un comprimido a las 8 p. m. Tome otro a las 8 p. m. mañana.", "es")
             if f.check == "numbers"]
    assert found == ["the translation says “8 p. m.”; the English has that hour in the other half of the day"]


@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Come at 7:30 p.m.", "Venga a las 7:30 p. m."),  # each flagged: "the English has 7:30 p.m"
    ("es", "Take one at 7:30 a.m. and one at 7:30 p.m.", "Tome uno a las 7:30 a. m. y otro a las 7:30 p. m."),
    ("el", "The clinic is open from 9.30am to 4.30pm.", "Η κλινική λειτουργεί από 9:30 π.μ. έως 4:30 μ.μ."),
    # each flagged: a time with minutes in a sentence that says the afternoon, or marked with Arabic م
    ("es", "Come back at 4.30pm.", "Vuelva a las 4:30 de la tarde."),
    ("it", "Come back at 4.30pm.", "Torni alle 4:30 del pomeriggio."),
    ("vi", "Come back at 4.30pm.", "Hãy quay lại lúc 4:30 chiều."),
    ("zh_Hans", "Come back at 4.30pm.", "请在下午4:30回来。"),
    ("zh_Hans", "Come back at 8pm.", "请晚上8:00回来。"),
    ("ar", "Come back at 4.30pm.", "عد في الساعة 4:30 م."),
    ("ar", "Come back at 8pm.", "عد في الساعة 8:00 مساءً."),
    ("fa", "Come back at 4.30pm.", "ساعت ۴:۳۰ بعد از ظهر برگردید."),
    # a time the English wants as it is written stays so, whatever part of the day is named beside it
    ("es", "Take it at 4:30 in the afternoon.", "Tómelo a las 4:30 de la tarde."),
    ("es", "Take one tablet at 7:30 and another in the evening.", "Tome un comprimido a las 7:30 y otro por la noche."),
    ("zh_Hans", "Come at 9:30 and you can go home in the afternoon.", "9:30来，下午就可以回家。"),
    ("zh_Hans", "Take it at 1.30am.", "凌晨1:30服用。"),  # the small hours, no evening
    # morning and evening doses at the same hour, each with its part of the day after it
    ("es", "Take one tablet at 8:00 in the morning and one at 8:00 in the evening.",
     "Tome uno a las 8:00 de la mañana y otro a las 8:00 de la noche."),
])
def test_numbers_a_time_with_minutes_marked_pm_is_the_afternoons(lang, english, translation):
    assert "numbers" not in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Come back at 4.30pm.", "Vuelva a las 4:30 de la mañana."),
    ("es", "Come back at 4.30pm.", "Vuelva a las 5:30 de la tarde."),
    ("zh_Hans", "Come back at 4.30pm.", "请在上午4:30回来。"),
    ("es", "Take it at 8.30am.", "Tómelo a las 8:30 de la noche."),
    # the afternoon of another sentence makes no morning time the afternoon's
    ("es", "Come at 8:30 p.m. Results are ready in the afternoon.",
     "Venga a las 8:30. Los resultados están listos por la tarde."),
])
def test_numbers_a_time_with_minutes_in_the_wrong_half_or_hour_fails(lang, english, translation):
    assert "numbers" in checks_failed(run_checks(english, translation, lang))


def test_units_a_period_in_turkish_capitals_after_a_slash_is_read_not_a_crash():
    """"/MİN" lowered is "mi̇n" (with a combining dot): it ended every check of the entry in a KeyError."""
    found = run_checks("Infuse at 2 mL/h.", "NABIZ 60 ATIM/MİN İKEN POMPA SAATTE 2 ML VERİR.", "tr")
    assert "units" not in checks_failed(found)


def test_units_the_minutes_of_a_chinese_time_count_no_minutes():
    assert "units" not in checks_failed(run_checks("Come back at 12.30pm.", "请在中午12点30分回来。", "zh_Hans"))
    assert "units" in checks_failed(run_checks("Wait 30 minutes after the injection.", "注射后等待30小时。", "zh_Hans"))


def test_numbers_hours_marked_with_their_own_half_pass():
    assert "numbers" not in checks_failed(run_checks(
        "Take one tablet at 8 a.m. and one at 8 p.m.", "Tome un comprimido a las 8 a. m. y otro a las 8 p. m.", "es"))


def test_numbers_a_sentence_without_a_time_may_name_the_other_half():
    # the afternoon of another sentence is no time moved
    assert "numbers" not in checks_failed(run_checks(
        "Come at 8 a.m. Results are ready in the afternoon. The pharmacy closes at 5 p.m.",
        "Venga a las 8 de la mañana. Los resultados están listos por la tarde. La farmacia cierra a las 5 de la tarde.",
        "es"))


def test_units_a_duration_beside_a_timetable_is_still_read():
    english = "Do not eat for 6 hours before the test. During these hours you may drink water."
    assert "units" not in checks_failed(run_checks(
        english, "No coma durante las 6 horas previas. Durante ese tiempo puede beber agua.", "es"))
    assert "the English says “hours”; the translation has no word for hours" in [f.message for f in run_checks(
        english, "No coma durante los 6 días previos. Durante ese tiempo puede beber agua.", "es")]


@pytest.mark.parametrize("lang,english,translation", [
    # each flagged: "00 h", "30 horas", "00 saatleri" read as hours; "2 giờ" at the start of a range
    ("es", "Visiting is from 2pm to 4pm.", "Las visitas son de 14:00 a 16:00 h."),
    ("es", "Appointments between 9.30am and 4.30pm.", "Citas entre las 9:30 y las 16:30 horas."),
    ("tr", "The pharmacy is open from 8am to 6pm.", "Eczane 08.00-18.00 saatleri arasında açıktır."),
])
def test_units_the_minutes_of_a_time_and_a_range_start_count_no_hours(lang, english, translation):
    assert "units" not in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("english,translation", [
    ("Take your dose at 6 pm every day, then stop for 6 days.",
     "Tome la dosis a las 18 h cada día y luego haga una pausa de 6 horas."),  # 6 is a time's, but no range
    ("Take it at 8 pm. Wait 8 days before the next dose.", "Tómelo a las 20 h. Espere a 8 horas antes de la siguiente."),
])
def test_units_an_english_times_number_after_a_range_word_still_counts_hours(english, translation):
    assert any("horas” counts hours" in f.message for f in run_checks(english, translation, "es"))


@pytest.mark.parametrize("english,translation", [
    ("Take it between 6pm and 10pm.", "Tómelo de 6 a 10 h."),  # the 24-hour clock: six to ten in the morning
    ("Take the tablet between 9am and 5pm, with food.", "Tome el comprimido de 9 a 5 h, con comida."),
    ("The clinic is open 9am to 5pm. Wait 5 minutes.", "La clínica abre de 9 a 17 h. Espere un plazo de 5 horas."),
])
def test_units_a_range_that_is_not_the_englishs_times_counts_hours(english, translation):
    assert "units" in checks_failed(run_checks(english, translation, "es"))


@pytest.mark.parametrize("english,translation", [
    ("Do not take it between 10pm and 6am.", "No lo tome de 6 a 22 h."),  # the other hours of the day
    ("The clinic is open 8am to 8pm.", "La clínica atiende de 20 a 8 h."),
])
def test_units_a_range_the_other_way_round_counts_hours(english, translation):
    assert "units" in checks_failed(run_checks(english, translation, "es"))


@pytest.mark.parametrize("lang,translation", [
    ("es", "Administre 0.25 mg por dosis, no más de 1 mL al día."),  # each passed at 2d0d4e2: "25 mg" skipped
    ("zh_Hant", "每次給予2.50毫克，每天最多10毫升。"),
])
def test_units_a_decimal_is_no_clock_time(lang, translation):
    english = "Give 0.25 mL per dose, no more than 1 mL a day." if lang == "es" else "Give 2.50 mL per dose, up to 10 mL a day."
    assert "units" in checks_failed(run_checks(english, translation, lang))


def test_units_hours_after_a_range_word_still_count_where_no_time_is_told():
    # "de" and "a" tell a time only for the English's own hours: "una pausa de 6 horas" counts 6 hours
    found = [f.message for f in run_checks("Take a break of 6 days after your 9am dose.",
                                           "Haga una pausa de 6 horas después de la dosis de las 9 h.", "es")
             if f.check == "units"]
    assert "“6 horas” counts hours, but the English has days" in found


def test_units_a_dropped_duration_fails():
    found = findings("Q9a", broken("es", "Q9a", "semanas, ", ""), "es")
    assert [f.message for f in found if f.check == "units"] == [
        "the English says “weeks”; the translation has no word for weeks"]


def test_units_a_number_run_into_its_unit_still_counts():
    assert "110mmol/L" in ENGLISH["Q2a"]
    found = findings("Q2a", broken("es", "Q2a", "110 mmol/L", "110 mg"), "es")
    assert "the English says “mmol/L”; the translation has no word for mmol/L" in [f.message for f in found]


# Units of mass and dose a translation keeps, as the symbol or in its words; each bad one is the good one with its
# unit swapped (rules 100: each passed before).
@pytest.mark.parametrize("lang,english,good,bad", [
    ("es", "Each tablet contains 400 IU of vitamin D.", "Cada comprimido contiene 400 UI de vitamina D.",
     "Cada comprimido contiene 400 microgramos de vitamina D."),
    ("es", "Patients with a weight of 40 kg or more: 500 mg.", "Pacientes con un peso de 40 kilos o más: 500 mg.",
     "Pacientes con un peso de 40 libras o más: 500 mg."),
    ("es", "Take 500 mcg once a day.", "Tome 500 mcg una vez al día.", "Tome 500 gramos una vez al día."),
    ("it", "Vitamin D 1000 IU (25 micrograms) daily.", "Vitamina D 1000 UI (25 microgrammi) al giorno.",
     "Vitamina D 1000 UI (25 grammi) al giorno."),
    ("it", "For a weight of 40 kg or more: 500 mg.", "Per un peso di 40 chili o più: 500 mg.",
     "Per un peso di 40 libbre o più: 500 mg."),
    ("el", "Take 500 mcg once a day.", "Να παίρνετε 500 mcg μία φορά την ημέρα.",
     "Να παίρνετε 500 γραμμάρια μία φορά την ημέρα."),
    ("tr", "Each tablet contains 400 IU of vitamin D.", "Her tablet 400 IU D vitamini içerir.",
     "Her tablet 400 mikrogram D vitamini içerir."),
    ("tr", "For a weight of 40 kg or more: 500 mg.", "40 kilo ve üzeri vücut ağırlığı için: 500 mg.",
     "40 libre ve üzeri vücut ağırlığı için: 500 mg."),
    ("vi", "Each tablet contains 400 IU of vitamin D.", "Mỗi viên chứa 400 IU vitamin D.",
     "Mỗi viên chứa 400 microgam vitamin D."),
    ("vi", "Inject 10 units of insulin before breakfast.", "Tiêm 10 đơn vị insulin trước bữa sáng.",
     "Tiêm 10 cc insulin trước bữa sáng."),
    ("fa", "Each tablet contains 400 IU of vitamin D.", "هر قرص حاوی ۴۰۰ واحد بین\u200cالمللی ویتامین D است.",
     "هر قرص حاوی ۴۰۰ میکروگرم ویتامین D است."),
    ("fa", "Children weighing over 40 kg: 1 g every 6 hours.", "کودکان با وزن بیش از ۴۰ کیلوگرم: هر ۶ ساعت ۱ گرم.",
     "کودکان با وزن بیش از ۴۰ پوند: هر ۶ ساعت ۱ گرم."),
    ("ar", "Take 500 mcg once a day.", "تناول 500 ميكروغرام مرة واحدة يوميًا.", "تناول 500 غرام مرة واحدة يوميًا."),
    ("ar", "Children weighing over 40 kg: 1 g every 6 hours.", "الأطفال الذين يزيد وزنهم على ٤٠ كجم: ١ جم كل ٦ ساعات.",
     "الأطفال الذين يزيد وزنهم على ٤٠ رطلًا: ١ جم كل ٦ ساعات."),
    ("pa_Guru", "Each tablet contains 400 IU of vitamin D.", "ਹਰੇਕ ਗੋਲੀ ਵਿੱਚ 400 IU ਵਿਟਾਮਿਨ ਡੀ ਹੁੰਦਾ ਹੈ।",
     "ਹਰੇਕ ਗੋਲੀ ਵਿੱਚ 400 ਮਾਈਕ੍ਰੋਗ੍ਰਾਮ ਵਿਟਾਮਿਨ ਡੀ ਹੁੰਦਾ ਹੈ।"),
    ("pa_Guru", "Children weighing over 40 kg: 1 g every 6 hours.",
     "40 ਕਿਲੋਗ੍ਰਾਮ ਤੋਂ ਵੱਧ ਭਾਰ ਵਾਲੇ ਬੱਚੇ: ਹਰ 6 ਘੰਟਿਆਂ ਬਾਅਦ 1 ਗ੍ਰਾਮ।", "40 ਪੌਂਡ ਤੋਂ ਵੱਧ ਭਾਰ ਵਾਲੇ ਬੱਚੇ: ਹਰ 6 ਘੰਟਿਆਂ ਬਾਅਦ 1 ਗ੍ਰਾਮ।"),
    ("zh_Hans", "Each tablet contains 400 IU of vitamin D.", "每片含维生素D 400国际单位。", "每片含维生素D 400微克。"),
    ("zh_Hans", "Children weighing over 40 kg: 1 g every 6 hours.", "体重超过40公斤的儿童：每6小时1克。",
     "体重超过40磅的儿童：每6小时1克。"),
    ("zh_Hant", "Take 500 mcg once a day.", "每日一次，每次500微克。", "每日一次，每次500公克。"),
    ("zh_Hant", "The usual dose is 5 micrograms per kilogram of body weight.", "一般劑量為每公斤體重5微克。",
     "一般劑量為每公斤體重5公克。"),
])
def test_units_of_mass_and_dose_swapped_fail(lang, english, good, bad):
    assert errors_of(run_checks(english, good, lang)) == set()
    assert "units" in errors_of(run_checks(english, bad, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # a unit the English spells out allows its symbol; insulin's units may be IU; pounds sterling may be "libras"
    ("es", "Take 500 milligrams.", "Tome 500 mg."),
    ("es", "Inject 10 units of insulin.", "Inyecte 10 UI de insulina."),
    ("zh_Hans", "Inject 10 units of insulin.", "注射10单位胰岛素。"),
    ("es", "The prescription charge is £9.90.", "El coste de la receta es de 9,90 libras."),
    ("fa", "The prescription charge is £9.90.", "هزینه نسخه ۹٫۹۰ پوند است."),
    # a dose per kilogram said in words: the dose's number before its own unit is that dose
    ("es", "Give 15 mg/kg.", "Administre 15 mg por kg de peso."),
    ("fa", "The dose is 2 mg/kg, up to 100 mg a day.",
     "دوز ۲ میلی\u200cگرم به ازای هر کیلوگرم، حداکثر ۱۰۰ میلی\u200cگرم در روز است."),
    ("el", "The infusion rate is 5 mcg/kg/min.", "Ο ρυθμός έγχυσης είναι 5 μg/kg/min."),
    # words for a unit that are not one after no number: warm (گرم), gaining weight (kilo), overcome (克服)
    ("fa", "Wash with warm water.", "با آب گرم بشویید."),
    ("tr", "If you gain weight, tell your doctor.", "Kilo alırsanız doktorunuza söyleyin."),
    ("zh_Hans", "These tips can help you overcome your fear of injections.", "这些建议可以帮助您克服对打针的恐惧。"),
    ("ar", "For a weight of 40 kg or more: 500 mg.", "لمن يبلغ وزنه ٤٠ كيلوغرامًا أو أكثر: ٥٠٠ ملغ."),
    ("vi", "Take 5 mL.", "Uống 5 cc."),
])
def test_units_of_mass_and_dose_said_another_right_way_pass(lang, english, translation):
    assert errors_of(run_checks(english, translation, lang)) == set()


def test_units_a_dose_per_kilogram_written_as_a_whole_dose_still_fails():
    assert "counts" in checks_failed(run_checks("Give 0.5 mg/kg.", "Administre 0,5 mg.", "es"))
    assert "counts" in checks_failed(run_checks("Give 0.5 mg/kg.", "给药0.5毫克。", "zh_Hans"))
    # a weight or a volume elsewhere in the entry does not make the cut dose one per measure (rules 105)
    assert "counts" in errors_of(run_checks("Give 2 mg/kg. Children over 40 kg: 80 mg.",
                                            "Administre 2 mg. Niños de más de 40 kg: 80 mg.", "es"))
    assert "counts" in errors_of(run_checks("The solution contains 5 mg/mL. Take 10 mL.", "本溶液含5毫克。服用10毫升。",
                                            "zh_Hans"))


@pytest.mark.parametrize("lang,english,translation", [
    # found by a review of rules 100 to 104 (each failed there)
    ("vi", "Take it at 8 am.", "Uống lúc 8g sáng."),  # "8g" tells the time
    ("vi", "Do not exceed a maximum of 4 g in 24 hours.", "Không dùng quá liều tối đa 4 g trong 24 giờ."),
    ("es", "Use a 25G needle.", "Use una aguja de calibre 25."),  # a gauge, no gram
    ("es", "Each pack contains 30 tablets.", "Cada envase contiene 30 unidades."),  # a pack's units, no IU
    ("es", "Each tablet contains 400 IU.", "Cada comprimido contiene 400 U.I."),
    ("tr", "Walk 5 km a day.", "Günde 5 kilometre yürüyün."),  # kilometres, no kilograms
    ("pa_Guru", "Walk 5 km a day.", "ਦਿਨ ਵਿੱਚ 5 ਕਿਲੋਮੀਟਰ ਤੁਰੋ।"),
    ("ar", "Take 1 g.", "تناول 1 غم."),
    ("vi", "Take it up to 3 times a day.", "Uống nhiều nhất 3 lần mỗi ngày."),
    ("zh_Hans", "Use it up to 4 times a day.", "每日可用至4次。"),
    ("es", "Apply morning and evening for two weeks.",
     "Aplíquelo dos veces al día, por la mañana y por la noche, durante dos semanas."),  # two parts: twice
])
def test_units_limits_and_lengths_said_right_pass(lang, english, translation):
    assert errors_of(run_checks(english, translation, lang)) == set()


@pytest.mark.parametrize("lang,english,translation", [
    # another sentence's "no", a Greek "ως" (as) and a Chinese range's 至 keep no limit
    ("es", "Take 1 tablet up to 3 times a day. Do not take it on an empty stomach.",
     "Tome 1 comprimido 3 veces al día. No lo tome en ayunas."),
    ("el", "Take it up to 3 times a day.", "Πάρτε το 3 φορές την ημέρα, ως συνήθως."),
    ("zh_Hans", "Take up to 2 tablets every 4 to 6 hours.", "每4至6小时服用2片。"),
])
def test_numbers_a_dropped_limit_is_not_kept_by_words_that_say_something_else(lang, english, translation):
    assert any(f.message.endswith("the translation says no limit") for f in run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,good,bad", [
    ("es", "Take this medicine once weekly.", "Tome este medicamento una vez por semana.",
     "Tome este medicamento una vez al día."),
    ("zh_Hans", "Take this medicine once weekly.", "每周服用一次此药。", "每日服用一次此药。"),
    ("ar", "Take this medicine once weekly.", "تناول هذا الدواء مرة واحدة في الأسبوع.",
     "تناول هذا الدواء مرة واحدة في اليوم."),
    ("it", "Take one tablet daily.", "Prenda una compressa al giorno.", "Prenda una compressa alla settimana."),
    ("tr", "Take one tablet daily.", "Günde bir tablet alın.", "Haftada bir tablet alın."),
    ("vi", "Take one tablet daily.", "Uống một viên mỗi ngày.", "Uống một viên mỗi tuần."),
    # a weekday said as a habit is a weekly dose: said daily, it is the weekly dose taken daily (each passed)
    ("es", "Take methotrexate every Monday.", "Tome metotrexato todos los lunes.", "Tome metotrexato todos los días."),
    ("es", "Inject on Mondays.", "Inyéctese los lunes.", "Inyéctese diariamente."),
    ("it", "Take methotrexate every Monday.", "Assuma il metotrexato ogni lunedì.", "Assuma il metotrexato ogni giorno."),
    ("el", "Take methotrexate every Monday.", "Παίρνετε μεθοτρεξάτη κάθε Δευτέρα.", "Παίρνετε μεθοτρεξάτη κάθε μέρα."),
    ("tr", "Take methotrexate every Monday.", "Metotreksatı her pazartesi alın.", "Metotreksatı her gün alın."),
    ("vi", "Take methotrexate every Monday.", "Uống methotrexate vào thứ Hai hàng tuần.", "Uống methotrexate mỗi ngày."),
    ("ar", "Take methotrexate every Monday.", "تناول الميثوتريكسات كل يوم اثنين.", "تناول الميثوتريكسات كل يوم."),
    ("fa", "Take methotrexate every Monday.", "متوترکسات را هر دوشنبه مصرف کنید.", "متوترکسات را هر روز مصرف کنید."),
    ("pa_Guru", "Take methotrexate every Monday.", "ਮੈਥੋਟਰੈਕਸੇਟ ਹਰ ਸੋਮਵਾਰ ਲਓ।", "ਮੈਥੋਟਰੈਕਸੇਟ ਹਰ ਰੋਜ਼ ਲਓ।"),
    ("zh_Hans", "Take methotrexate every Monday.", "每周一服用甲氨蝶呤。", "每天服用甲氨蝶呤。"),
    ("zh_Hant", "Take methotrexate every Friday.", "每逢星期五服用甲氨蝶呤。", "每天服用甲氨蝶呤。"),
    # words that look like a weekday are none: τρίτης ηλικίας (elderly), salınımlı (modified-release)
    ("el", "Elderly patients: take 70 mg once weekly.", "Ασθενείς τρίτης ηλικίας: 70 mg μία φορά την εβδομάδα.",
     "Ασθενείς τρίτης ηλικίας: 70 mg μία φορά την ημέρα."),
    ("tr", "Take one modified-release tablet weekly.", "Haftada bir değiştirilmiş salınımlı tablet alın.",
     "Her gün bir değiştirilmiş salınımlı tablet alın."),
])
def test_units_a_period_without_a_number_swapped_for_another_fails(lang, english, good, bad):
    # The weekly dose taken daily: no number to compare, only the words for the period.
    assert "units" not in checks_failed(run_checks(english, good, lang))
    found = [f.message for f in run_checks(english, bad, lang) if f.check == "units"]
    assert len(found) == 1 and "the translation speaks of" in found[0]


@pytest.mark.parametrize("lang,english,good,bad", [
    # a weekday said as a habit, dropped: "every morning" for "every Sunday morning" (each passed)
    ("tr", "Take one 70 mg tablet every Sunday morning.", "Her pazar sabahı 70 mg'lık bir tablet alın.",
     "Her sabah 70 mg'lık bir tablet alın."),
    ("ar", "Your dose is 10 mg every Thursday.", "جرعتك هي 10 ملغ كل خميس.", "جرعتك هي 10 ملغ كل صباح."),
    ("el", "Take it on Mondays.", "Να το παίρνετε τις Δευτέρες.", "Να το παίρνετε κάθε πρωί."),
    ("vi", "Take one 70 mg tablet every Sunday morning.", "Uống một viên 70 mg vào sáng Chủ nhật hằng tuần.",
     "Uống một viên 70 mg vào mỗi buổi sáng."),
    # weekdays in other spellings and numbers are named; "the third day" is no Tuesday (τρίτη)
    ("pa_Guru", "Take one tablet every Saturday.", "ਹਰ ਸ਼ਨਿੱਚਰਵਾਰ ਇੱਕ ਗੋਲੀ ਲਓ।", "ਹਰ ਸਵੇਰ ਇੱਕ ਗੋਲੀ ਲਓ।"),
    ("fa", "Take one tablet on Sundays.", "یک‌شنبه‌ها یک قرص مصرف کنید.", "صبح‌ها یک قرص مصرف کنید."),
    ("it", "Take one tablet every Sunday.", "Prenda una compressa tutte le domeniche.", "Prenda una compressa ogni mattina."),
    ("vi", "Inject on Mondays.", "Tiêm thuốc vào các ngày thứ Hai.", "Tiêm thuốc vào mỗi buổi sáng."),
    ("vi", "Take one tablet every Tuesday.", "Uống một viên vào thứ 3 hằng tuần.", "Uống một viên vào mỗi buổi tối."),
    ("el", "Take one tablet every Tuesday.", "Πάρτε ένα δισκίο κάθε Τρίτη.", "Πάρτε ένα δισκίο κάθε πρωί, από την τρίτη δόση."),
    ("el", "Take one tablet on Tuesdays.", "Παίρνετε ένα δισκίο τις Τρίτες.", "Παίρνετε ένα δισκίο κάθε πρωί."),
    ("vi", "Take one tablet every Sunday morning.", "Uống một viên vào mỗi sáng CN.", "Uống một viên vào mỗi sáng."),
    ("el", "The clinic is closed on Saturdays and Sundays; please call 111 instead.",  # the weekend
     "Το ιατρείο είναι κλειστό τα Σαββατοκύριακα· καλέστε το 111.", "Το ιατρείο είναι κλειστό· καλέστε το 111."),
])
def test_units_a_weekday_as_a_habit_dropped_fails(lang, english, good, bad):
    assert "units" not in checks_failed(run_checks(english, good, lang))
    found = [f.message for f in run_checks(english, bad, lang) if f.check == "units"]
    assert len(found) == 1 and "the translation names neither a weekday nor the week" in found[0]


@pytest.mark.parametrize("lang,english,good,bad", [
    # a period kept in one sentence and swapped in another: the weekly dose taken daily beside a weekly limit (passed)
    ("es", "Take 10 mg once a week. Never take more than 25 mg in a week.",
     "Tome 10 mg una vez a la semana. No tome nunca más de 25 mg en una semana.",
     "Tome 10 mg una vez al día. No tome nunca más de 25 mg en una semana."),
    ("zh_Hans", "Take 10 mg once a week. Never take more than 25 mg in a week.",
     "每周服用一次，每次10毫克。每周用量切勿超过25毫克。", "每日服用一次，每次10毫克。每周用量切勿超过25毫克。"),
    ("ar", "Take 10 mg once a week. Never take more than 25 mg in a week.",
     "تناول 10 ملغ مرة واحدة في الأسبوع. لا تتناول أبدًا أكثر من 25 ملغ في الأسبوع.",
     "تناول 10 ملغ مرة واحدة في اليوم. لا تتناول أبدًا أكثر من 25 ملغ في الأسبوع."),
])
def test_units_a_period_swapped_in_its_sentence_fails(lang, english, good, bad):
    assert "units" not in checks_failed(run_checks(english, good, lang))
    found = [f.message for f in run_checks(english, bad, lang) if f.check == "units"]
    assert found == ["sentence 1: the English says “week”; the translation speaks of days instead"]


@pytest.mark.parametrize("lang,english,translation", [
    # a period said once, or implied, in a sentence of its own: no swap
    ("es", "Take one tablet a day with water. Take it at the same time each day.",
     "Tome un comprimido al día con agua. Tómelo siempre a la misma hora."),
    ("es", "Take the tablets for 7 days. Take them with food, twice a day.",
     "Tome los comprimidos dos veces al día durante 7 días. Tómelos con comida."),
    ("tr", "Take one tablet a day with water. Take it at the same time each day.",  # aynı (same): no month
     "Günde bir tableti suyla alın. Her zaman aynı saatte alın."),
    ("es", "Have a seven-day break. Then start a new pack on day 8.",  # seven days as a week: a count
     "Haga un descanso de una semana. Luego empiece un nuevo envase el día 8."),
    ("es", "Use within one week of opening. Throw away any drops left after four weeks.",  # a week as seven days
     "Úselo en los siete días siguientes a la apertura. Deseche las gotas que queden después de cuatro semanas."),
    ("it", "Take one tablet a day. If you forget it, take it the next day.",
     "Prenda una compressa al giorno. Se la dimentica, la prenda l'indomani."),
])
def test_units_a_period_said_once_for_two_sentences_passes(lang, english, translation):
    assert "units" not in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    ("pa_Guru", "Take one tablet once a day.", "ਰੋਜ਼ ਇੱਕ ਵਾਰ ਇੱਕ ਗੋਲੀ ਲਓ।"),  # a word for "daily" names the day
    ("el", "Take one tablet once a day.", "Πάρτε ένα δισκίο μία φορά καθημερινά."),
    ("it", "Take one tablet once a day.", "1 compressa/die."),
    ("ar", "Take cabergoline twice a week.", "تناول الكابرغولين مرتين أسبوعيًا."),  # أسبوعيًا: weekly
    ("fa", "Keep taking it every week.", "مصرف هفتگی آن را ادامه دهید."),  # هفتگی: weekly
    ("fa", "Take one 70 mg tablet every Sunday morning.", "هر یکشنبه صبح یک قرص ۷۰ میلی‌گرمی مصرف کنید."),  # of 70 mg
])
def test_units_words_for_daily_and_weekly_name_their_period(lang, english, translation):
    assert "units" not in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("english,translation", [
    ("Take it on Monday.", "Tómelo el lunes, el primer día de la semana."),  # one Monday: no habit
    ("Take one tablet every Monday and one tablet a day on the other days.",
     "Tome un comprimido todos los lunes y un comprimido al día los demás días."),
    ("The helpline is open Mondays to Fridays, 9 am to 5 pm.",  # a range of weekdays: working days
     "La línea de ayuda atiende los días laborables, de 9 de la mañana a 5 de la tarde."),
    ("The pharmacy is closed on Sundays and public holidays.",  # no dose, no instruction
     "La farmacia cierra los días festivos."),
])
def test_units_a_weekday_allows_days_where_the_english_says_them(english, translation):
    assert "units" not in checks_failed(run_checks(english, translation, "es"))


@pytest.mark.parametrize("lang,english,good,bad", [
    # the weekday kept, the weekly dose taken daily beside it (each passed: the weekday "said the week")
    ("es", "Take your methotrexate tablets every Monday.", "Tome sus comprimidos de metotrexato todos los lunes.",
     "Tome sus comprimidos de metotrexato cada día, empezando el lunes."),
    ("es", "Have your blood test every Monday.", "Hágase el análisis de sangre cada lunes.",
     "Hágase el análisis de sangre todos los días, empezando el lunes."),
    ("it", "Take methotrexate every Monday.", "Prenda il metotrexato tutti i lunedì.",
     "Prenda il metotrexato tutti i giorni dal lunedì."),
    ("el", "Take methotrexate every Monday.", "Παίρνετε μεθοτρεξάτη κάθε Δευτέρα, την ίδια ώρα της ημέρας.",
     "Παίρνετε μεθοτρεξάτη κάθε μέρα, από τη Δευτέρα."),
    ("tr", "Take methotrexate every Monday.", "Metotreksatı her pazartesi günü alın.",
     "Metotreksatı pazartesiden başlayarak her gün alın."),
    ("vi", "Take methotrexate every Monday.", "Uống methotrexate vào mỗi ngày thứ Hai.",
     "Uống methotrexate mỗi ngày, bắt đầu từ thứ Hai."),
    ("ar", "Take methotrexate every Monday.", "تناول الميثوتريكسات في كل يوم اثنين.",
     "تناول الميثوتريكسات يوميا بدءا من الاثنين."),
    ("fa", "Take methotrexate every Monday.", "متوترکسات را هر روز دوشنبه مصرف کنید.",
     "متوترکسات را از دوشنبه هر روز مصرف کنید."),
    ("pa_Guru", "Take methotrexate every Monday.", "ਮੈਥੋਟਰੈਕਸੇਟ ਹਰ ਸੋਮਵਾਰ ਦੇ ਦਿਨ ਲਓ।", "ਮੈਥੋਟਰੈਕਸੇਟ ਸੋਮਵਾਰ ਤੋਂ ਹਰ ਰੋਜ਼ ਲਓ।"),
    ("zh_Hans", "Take methotrexate every Monday.", "每个星期一服用甲氨蝶呤。", "每天服用甲氨蝶呤，周一开始。"),
    ("zh_Hant", "Take methotrexate every Monday.", "每星期一服用甲氨蝶呤。", "從星期一開始，每天服用甲氨蝶呤。"),
    ("zh_Hans", "Take methotrexate every Monday.", "每周一服用甲氨蝶呤。", "每天从周一开始服用甲氨蝶呤。"),
    ("zh_Hans", "Take methotrexate every Monday.", "每逢周一服用甲氨蝶呤。", "每天，周一开始服用甲氨蝶呤。"),
    # weeks the English counts too, the weekday dropped (passed: the weeks were kept)
    ("es", "Take one tablet every Monday for four weeks.", "Tome un comprimido cada lunes durante cuatro semanas.",
     "Tome un comprimido al día durante cuatro semanas."),
    ("tr", "Take one tablet every Monday for four weeks.", "Dört hafta boyunca her pazartesi bir tablet alın.",
     "Dört hafta boyunca her gün bir tablet alın."),
    ("zh_Hans", "Take one tablet every Monday.", "每周一服用一片，连续服用三周。", "每日服用一片，连续服用三周。"),
])
def test_units_a_weekday_habit_said_every_day_fails(lang, english, good, bad):
    assert "units" not in checks_failed(run_checks(english, good, lang))
    found = [f.message for f in run_checks(english, bad, lang) if f.check == "units"]
    assert found == ["the English says “every Monday”; the translation says every day"]


@pytest.mark.parametrize("lang,english,good,bad,rate", [
    # the weekly dose taken daily with the week still named (each passed before RULES_VERSION 119: the week was kept)
    ("es", "Take one tablet once a week, on the same day each week.",
     "Tome un comprimido una vez a la semana, el mismo día cada semana.",
     "Tome un comprimido una vez al día, el mismo día cada semana.", "once a week"),
    ("es", "Take 15 mg a week.", "Tome 15 mg a la semana.", "Tome 15 mg al día cada semana.", "15 mg a week"),
    ("es", "Take 10 mg weekly.", "Tome 10 mg semanalmente.", "Tome 10 mg cada día de la semana.", "weekly"),
    ("it", "Take one tablet once a week.", "Prenda una compressa una volta alla settimana.",
     "Prenda una compressa al giorno, ogni settimana.", "once a week"),
    ("el", "Take one tablet once a week.", "Πάρτε ένα δισκίο μία φορά την εβδομάδα.",
     "Πάρτε ένα δισκίο την ημέρα κάθε εβδομάδα.", "once a week"),
    ("tr", "Take one tablet once a week.", "Haftada bir kez bir tablet alın.", "Her hafta günde bir tablet alın.",
     "once a week"),
    ("vi", "Take one tablet once a week.", "Uống một viên mỗi tuần một lần.", "Uống một viên mỗi ngày trong tuần.",
     "once a week"),
    ("ar", "Take one tablet once a week.", "تناول قرصًا واحدًا مرة واحدة في الأسبوع.",
     "تناول قرصًا واحدًا يوميًا كل أسبوع.", "once a week"),
    ("fa", "Take one tablet once a week.", "هفته‌ای یک بار یک قرص مصرف کنید.", "هر هفته روزی یک قرص مصرف کنید.",
     "once a week"),
    ("pa_Guru", "Take one tablet once a week.", "ਹਫ਼ਤੇ ਵਿੱਚ ਇੱਕ ਵਾਰ ਇੱਕ ਗੋਲੀ ਲਓ।", "ਹਰ ਹਫ਼ਤੇ ਰੋਜ਼ਾਨਾ ਇੱਕ ਗੋਲੀ ਲਓ।",
     "once a week"),
    ("zh_Hans", "Take one tablet once a week.", "每周服用一次，每次一片。", "每周每天服用一片。", "once a week"),
    ("zh_Hant", "Take one tablet once a week.", "每週服用一次，每次一片。", "每週每天服用一片。", "once a week"),
    ("es", "Inject 1 ml every week for six weeks.", "Inyecte 1 ml cada semana durante seis semanas.",
     "Inyecte 1 ml cada día durante seis semanas.", "every week"),
])
def test_units_a_weekly_dose_said_every_day_fails(lang, english, good, bad, rate):
    assert "units" not in checks_failed(run_checks(english, good, lang))
    found = [f.message for f in run_checks(english, bad, lang) if f.check == "units"]
    assert found == [f"the English says “{rate}”; the translation says every day"]


@pytest.mark.parametrize("lang,english,translation", [
    # a day named beside a weekly dose, and days the English speaks of itself
    ("es", "Take it weekly, at the same time of day.", "Tómelo semanalmente, a la misma hora del día."),
    ("es", "Take one tablet a day for a week.", "Tome un comprimido al día durante una semana."),
    ("es", "Inject once a week. Check your blood sugar every day.",
     "Inyecte una vez a la semana. Controle su azúcar cada día."),
    ("es", "Wait a week, then take one tablet every day.", "Espere una semana y luego tome un comprimido cada día."),
    ("es", "Use one patch for 3 days each week.", "Use un parche durante 3 días cada semana."),
])
def test_units_a_weekly_dose_beside_days_the_english_says_passes(lang, english, translation):
    assert "units" not in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # the alendronate wording: "of the day" speaks of no days (each passed at 42d2713)
    ("es", "Take 70 mg once a week, at least 30 minutes before the first food of the day.",
     "Tome 70 mg una vez al día cada semana, al menos 30 minutos antes de la primera comida del día."),
    ("tr", "Take 70 mg once a week, at least 30 minutes before the first food of the day.",
     "Her hafta günde bir kez 70 mg alın; günün ilk yemeğinden en az 30 dakika önce."),
    ("zh_Hans", "Take 70 mg once a week, at least 30 minutes before the first food of the day.",
     "每周每天服用70毫克一次，至少在当天第一次进食前30分钟服用。"),
])
def test_units_a_weekly_dose_made_daily_beside_the_first_food_of_the_day_fails(lang, english, translation):
    assert any(f.check == "units" and f.message == "the English says “once a week”; the translation says every day"
               for f in run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # an adversarial reader's correct texts flagged by the first version of RULES_VERSION 119 (42d2713): "weekly"
    # as an adjective sets no rate, and a day named is no daily habit
    ("es", "Keep your record of weekly doses up to date.", "Lleve al día el registro de sus dosis semanales."),
    ("es", "To date, the weekly schedule has only been studied in adults.",
     "Al día de hoy, la pauta semanal solo se ha estudiado en adultos."),
    ("it", "If you miss your weekly dose, postpone it to the next day.",
     "Se dimentica la dose settimanale, la rimandi al giorno successivo."),
    ("it", "Inject every other week; if you forget, postpone the injection to the next day.",
     "Faccia l'iniezione a settimane alterne; se la dimentica, la rimandi al giorno successivo."),
    ("el", "You may feel tired on the day after your weekly injection.",
     "Μπορεί να νιώσετε κούραση την ημέρα μετά την εβδομαδιαία ένεση."),
    ("tr", "Take it once a week, always on the same day.", "Haftada bir kez, her zaman aynı günde alın."),
    ("vi", "Inject every week on the same day.", "Tiêm thuốc mỗi tuần vào một ngày cố định."),
    ("ar", "Take it once a week, at any time of day.", "تناوله مرة واحدة في الأسبوع، في أي وقت خلال اليوم."),
    ("ar", "Take one tablet once a week, always on the same day.",
     "تناول قرصًا واحدًا مرة واحدة في الأسبوع، مع الالتزام باليوم نفسه دائمًا."),
    ("fa", "Inject once a week, always on the same day.", "هفته‌ای یک بار، همیشه در روز ثابتی تزریق کنید."),
    ("pa_Guru", "Take it once a week, at any time of day.", "ਇਸ ਨੂੰ ਹਫ਼ਤੇ ਵਿੱਚ ਇੱਕ ਵਾਰ, ਦਿਨ ਵਿੱਚ ਕਿਸੇ ਵੀ ਸਮੇਂ ਲਓ।"),
    ("zh_Hans", "Take all 3 tablets at once, on the same day each week.", "每周在同一天一次服完全部3片。"),
    ("zh_Hant", "If you miss your weekly dose, take it the next day.", "如漏服每週劑量，可於次日服用。"),
])
def test_units_a_day_named_beside_a_weekly_dose_passes(lang, english, translation):
    assert "units" not in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # a second reader's findings on RULES_VERSION 121: a daily rate said before or after a meal (passed at 18045ad)
    ("it", "Take one tablet once a week before breakfast.",
     "Prenda una compressa al giorno prima di colazione, ogni settimana."),
    ("el", "Take one tablet every Monday before breakfast.",
     "Πάρτε ένα δισκίο μία φορά την ημέρα πριν από το πρωινό, από τη Δευτέρα."),
    ("fa", "Take one tablet every Monday before breakfast.", "از دوشنبه یک بار در روز قبل از صبحانه یک قرص مصرف کنید."),
    # and beside another instruction of the sentence, or "weekly and" (each passed at 669a2af)
    ("es", "Take 10 mg once a week and drink plenty of water.", "Tome 10 mg una vez al día cada semana y beba mucha agua."),
    ("zh_Hans", "Take 10 mg once a week and drink plenty of water.", "每周每天服用10毫克，并多喝水。"),
    ("es", "Take 10 mg weekly and drink plenty of water.", "Tome 10 mg al día cada semana y beba mucha agua."),
    # a daily rate after a meal (passed at 726f799: "μετά", "dopo" read as the next day)
    ("el", "Take one tablet once a week after food.", "Κάθε εβδομάδα πάρτε ένα δισκίο μία φορά την ημέρα μετά τη λήψη τροφής."),
    ("it", "Take one tablet once a week after a meal.", "Ogni settimana prenda una compressa al giorno dopo un pasto."),
])
def test_units_a_weekly_dose_made_a_daily_rate_before_a_meal_fails(lang, english, translation):
    assert any(f.check == "units" and f.message.endswith("the translation says every day")
               for f in run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # the weekly rate is another instruction's, "weekly" an adjective, the day a chosen one (each flagged at 18045ad)
    ("zh_Hans", "Take one tablet in the morning and have your blood checked every week.", "每天早上服用一片，每周验血一次。"),
    ("es", "Take one tablet at night; you will need weekly or monthly blood tests.",
     "Tome un comprimido cada noche; necesitará análisis semanales o mensuales."),
    ("zh_Hans", "Take one tablet once a week, on the same day each week.", "每周同一日服用一片。"),
    ("it", "Take one tablet once a week, or one tablet the next day if you forget.",
     "Prenda una compressa una volta alla settimana, o una compressa al giorno successivo se dimentica."),
    ("el", "Take one tablet once a week, or one tablet the next day if you forget.",
     "Πάρτε ένα δισκίο μία φορά την εβδομάδα, ή ένα δισκίο την ημέρα μετά αν ξεχάσετε."),
    ("fa", "Take one tablet once a week, or one tablet the next day if you forget.",
     "هفته‌ای یک بار یک قرص مصرف کنید، یا اگر فراموش کردید یک قرص در روز بعد."),
    ("fa", "Take one tablet once a week; if you forget, take one tablet the next day.",
     "هفته‌ای یک بار یک قرص مصرف کنید؛ اگر فراموش کردید، یک قرص در روز بعدی مصرف کنید."),
    ("vi", "Take one tablet once a week, on a day of the week you choose.",
     "Uống một viên mỗi tuần một lần, vào một ngày trong tuần mà bạn chọn."),
])
def test_units_a_weekly_rate_beside_another_days_words_passes(lang, english, translation):
    assert "units" not in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # "every day" as a habit or a rate, in the forms a reader found unread (each passed)
    ("es", "Take your weekly tablet every Monday.", "Tome su comprimido cada día, empezando el lunes."),
    ("es", "Take one tablet every Monday night.", "Tome un comprimido todas las noches a partir del lunes."),
    ("es", "Take one tablet every Monday at midday.", "Tome un comprimido cada día a mediodía, a partir del lunes."),
    ("it", "Take one tablet every Monday.", "Assuma una compressa quotidianamente a partire da lunedì."),
    ("vi", "Take one tablet every Monday.", "Bắt đầu từ thứ Hai, ngày nào cũng uống một viên."),
    ("ar", "Take one tablet every Monday.", "تناول قرصًا واحدًا بشكل يومي بدءًا من يوم الاثنين."),
    ("pa_Guru", "Take one tablet every Monday.", "ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁਰੂ ਕਰਕੇ ਹਰ ਦਿਨ ਇੱਕ ਗੋਲੀ ਲਓ।"),
    ("zh_Hans", "Take one tablet every Monday.", "从周一开始，天天服用一片。"),
])
def test_units_a_weekday_habit_said_every_day_in_other_words_fails(lang, english, translation):
    assert any(f.check == "units" and f.message.endswith("the translation says every day")
               for f in run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,translation", [
    # a day's rate said as DAILY's reading had it (each passed at 2d0d4e2)
    ("es", "Tome 2 comprimidos diarios a partir del lunes."),
    ("it", "Assuma 1 compressa/die a partire da lunedì."),
    ("it", "Assuma una compressa giornaliera a partire da lunedì."),
    ("el", "Παίρνετε ένα δισκίο καθημερινώς από τη Δευτέρα."),
    ("vi", "Bắt đầu từ thứ Hai, ngày uống 1 viên."),
    ("ar", "تناول قرصًا واحدًا خلال اليوم بدءًا من الاثنين."),
    ("fa", "از دوشنبه روزی یک قرص مصرف کنید."),
    ("pa_Guru", "ਸੋਮਵਾਰ ਤੋਂ ਪ੍ਰਤੀ ਦਿਨ ਇੱਕ ਗੋਲੀ ਲਓ।"),
    ("zh_Hans", "从周一开始，一日一次，每次一片。"),
])
def test_units_a_weekday_habit_said_as_a_days_rate_fails(lang, translation):
    assert "units" in checks_failed(run_checks("Take one tablet every Monday.", translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # another sentence's "every day" is its own; a diary kept up to date, everyday chores (each flagged at 076bec2)
    ("es", "Take one tablet every Monday. Keep your treatment diary up to date.",
     "Tome un comprimido cada lunes. Mantenga al día su diario de tratamiento."),
    ("es", "Inject the dose every Friday. Use your inhaler morning and night as usual.",
     "Inyéctese la dosis cada viernes. Siga usando su inhalador cada mañana y cada noche, como siempre."),
    ("es", "Take one tablet every Tuesday, and keep taking your usual medicines.",
     "Tome un comprimido cada martes y siga tomando sus medicamentos de todos los días."),
    ("tr", "Take one tablet every Monday. Use your inhaler morning and evening.",
     "Her pazartesi bir tablet alın. İnhaleri her sabah ve her akşam kullanın."),
    ("vi", "Take one tablet every Monday. Do not drink alcohol when you take it.",
     "Uống một viên vào mỗi thứ Hai. Không uống rượu vào ngày uống thuốc."),
    ("vi", "Take your tablet once a week on the same day, for example every Monday.",
     "Uống thuốc mỗi tuần một lần vào cùng một ngày, ví dụ vào mỗi thứ Hai."),
    ("fa", "Take one tablet every Monday. You can continue your normal activities.",
     "هر دوشنبه یک قرص مصرف کنید. می‌توانید فعالیت‌های روزانه خود را ادامه دهید."),
    ("pa_Guru", "Take one tablet every Monday. You can carry on with your usual work.",
     "ਹਰ ਸੋਮਵਾਰ ਇੱਕ ਗੋਲੀ ਲਓ। ਤੁਸੀਂ ਆਪਣੇ ਰੋਜ਼ਾਨਾ ਦੇ ਕੰਮ ਜਾਰੀ ਰੱਖ ਸਕਦੇ ਹੋ।"),
])
def test_units_a_weekday_habit_beside_other_sentences_every_day_passes(lang, english, translation):
    assert "units" not in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # the weekday's own sentence made daily, where another sentence or "the next day" speaks of a day
    ("tr", "Take 5 mg every day except Sundays. On Sundays, take 2.5 mg.",
     "Pazar günleri hariç her gün 5 mg alın. Her gün 2,5 mg alın."),
    ("es", "Take one tablet every Monday. If you forget, take it the next day.",
     "Tome un comprimido cada día. Si se le olvida, tómelo el lunes siguiente."),
])
def test_units_a_weekday_habit_made_daily_in_its_own_sentence_fails(lang, english, translation):
    assert any(f.check == "units" and f.message.endswith("the translation says every day")
               for f in run_checks(english, translation, lang))


def test_units_your_diary_is_no_daily_dose():
    assert "units" not in checks_failed(run_checks(
        "Weigh yourself every Monday morning before breakfast and write the result in your diary.",
        "Pésese todos los lunes por la mañana antes de desayunar y anote el resultado en su diario.", "es"))


@pytest.mark.parametrize("lang,english,translation", [
    # a daily routine (an adjective), "if one day you forget": no dose made daily (each flagged)
    ("es", "Take your tablet every Sunday, as part of your routine.", "Tome su comprimido cada domingo, como parte de su rutina diaria."),
    ("el", "Take your tablet every Sunday, as part of your routine.",
     "Παίρνετε το δισκίο σας κάθε Κυριακή, ως μέρος της καθημερινής σας ρουτίνας."),
    ("fa", "Take one tablet every Monday. If you forget to take it, take it as soon as you remember.",
     "هر دوشنبه یک قرص مصرف کنید. اگر روزی مصرف آن را فراموش کردید، به محض یادآوری آن را مصرف کنید."),
])
def test_units_a_weekday_habit_beside_a_daily_adjective_passes(lang, english, translation):
    assert "units" not in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("english,translation", [
    ("Take one tablet every evening, except on Sunday evenings.", "Tome un comprimido cada noche, excepto los domingos."),
    ("Take one tablet every Monday. Take folic acid once a day on the other days.",
     "Tome un comprimido cada lunes. Tome ácido fólico una vez al día los demás días."),
    ("Take methotrexate on Mondays.", "Tome metotrexato el día lunes de cada semana."),  # "día lunes": Monday
])
def test_units_a_weekday_habit_beside_days_the_english_says(english, translation):
    assert "units" not in checks_failed(run_checks(english, translation, "es"))


def test_units_a_weekday_habit_said_daily_is_one_finding_where_the_week_is_missing():
    found = [f.message for f in run_checks("Take your tablet once a week, on Monday mornings.",
                                           "Tome el comprimido una vez al día, los lunes por la mañana.", "es")
             if f.check == "units"]
    assert found == ["the English says “week”; the translation has no word for weeks"]


@pytest.mark.parametrize("lang,english,translation", [
    ("zh_Hans", "Older people should take it at night.", "老年人应在晚上服用。"),  # 老年人: 年 (year)
    ("tr", "Take it at night.", "Aynı saatte gece alın."),  # aynı: ay (month)
    ("es", "Take it tomorrow.", "Tómelo mañana, un día después de la cita."),
])
def test_units_night_or_tomorrow_is_no_period_to_swap(lang, english, translation):
    assert "units" not in checks_failed(run_checks(english, translation, lang))


def test_units_a_period_the_lexicon_does_not_know_is_no_swap():
    # "diariamente" is daily without the word día: nothing names another period
    assert "units" not in checks_failed(run_checks("Take one tablet daily.", "Tome un comprimido diariamente.", "es"))


@pytest.mark.parametrize("lang,english,translation", [
    ("ar", "Take 500 mg.", "تناول ٥٠٠ ملغ."),
    ("ar", "Take 500 mg.", "تناول ٥٠٠ ملليغرام."),
    ("ar", "Drink 200 mL.", "اشرب ٢٠٠ مل."),
    ("fa", "Take 500 mg.", "۵۰۰ میلی‌گرم مصرف کنید."),
    ("pa_Guru", "Take 500 mg.", "500 ਮਿਲੀਗ੍ਰਾਮ ਲਓ।"),
    ("el", "Take 500 mg.", "Πάρτε 500 χιλιοστόγραμμα."),
    ("es", "Take 500 mg.", "Tome 500 miligramos."),
    ("ar", "Take one tablet twice a day.", "تناول قرصا واحدا مرتين يوميا."),
])
def test_units_spelled_out_in_the_language_pass(lang, english, translation):
    assert "units" not in checks_failed(run_checks(english, translation, lang))


def test_units_a_spelled_out_unit_swapped_for_another_fails():
    found = [f.message for f in run_checks("Drink 200 mL.", "اشرب ٢٠٠ ملغ.", "ar") if f.check == "units"]
    assert "“٢٠٠ ملغ” counts mg, but the English has mL" in found


@pytest.mark.parametrize("lang,translation,shown", [
    ("es", "Tome 0,5 g dos veces al día.", "“0,5 g” counts g"),  # it quoted “5 g”: a dose ten times as large
    ("zh_Hans", "每天服用两次，每次0.5克。", "“0.5克” counts g"),
    ("ar", "تناول ٠٫٥ غرام مرتين يوميا.", "“٠٫٥ غرام” counts g"),
])
def test_units_a_swapped_unit_is_quoted_with_its_whole_number(lang, translation, shown):
    found = [f.message for f in run_checks("Take 500 mg twice a day.", translation, lang) if f.check == "units"]
    assert any(message.startswith(shown) for message in found), found


@pytest.mark.parametrize("lang,english,good,bad", [
    ("es", "The dose is 0.5 mg/kg.", "La dosis es de 0,5 mg/kg.", "La dosis es de 0,5 mg."),
    ("zh_Hans", "The dose is 0.5 mg/kg.", "剂量为0.5 mg/kg。", "剂量为0.5毫克。"),
    ("es", "The solution contains 10 mg/mL.", "La solución contiene 10 mg/mL.", "La solución contiene 10 mg."),
])
def test_counts_a_dose_per_weight_or_volume_cut_to_a_dose_fails(lang, english, good, bad):
    assert "counts" not in checks_failed(run_checks(english, good, lang))
    assert "counts" in checks_failed(run_checks(english, bad, lang))


@pytest.mark.parametrize("lang,english,bad", [
    ("es", "Take one tablet at night.", "Tome una dosis doble por la noche."),
    ("el", "Take one tablet at night.", "Πάρτε διπλή δόση το βράδυ."),
    ("tr", "Take one tablet at night.", "Gece çift doz alın."),
    ("tr", "Take one tablet at night.", "Gece bir çift doz alın."),  # "bir" (a) is no care
    ("es", "Take one tablet at night.", "Tome una dosis doble con cuidado por la noche."),  # care two words on
    ("zh_Hans", "Take one tablet at night.", "晚上服用双倍剂量。"),
    ("ar", "Take one tablet at night.", "تناول ضعف الجرعة في الليل."),
    ("es", "If you miss a dose, take it as soon as you remember.",
     "Si olvida una dosis, tome una dosis doble la próxima vez."),
    # a few words from the dose, in its clause
    ("es", "Take one tablet at night.", "Duplique la cantidad de comprimidos por la noche."),
    ("it", "Take one tablet at night.", "La sera prenda una quantità doppia di medicinale."),
    ("vi", "If you miss a dose, take it as soon as you remember.",
     "Nếu quên một liều, lần sau hãy uống lượng thuốc gấp đôi."),
])
def test_counts_a_double_where_the_english_says_no_two_fails(lang, english, bad):
    """A double has no number for the numbers check to compare: "una dosis doble" for one tablet passed."""
    assert any(f.check == "counts" and f.message.endswith("says a double; the English says no two")
               for f in run_checks(english, bad, lang))


@pytest.mark.parametrize("lang,english,good", [
    ("es", "Do not take a double dose to make up for a missed one.", "No tome una dosis doble para compensar la olvidada."),
    ("es", "Do not take two doses to make up for a missed one.", "No tome una dosis doble para compensar la olvidada."),
    ("es", "Use the drops in both eyes.", "Use las gotas en ambos ojos."),
    ("es", "You may have blurred or double vision.", "Puede tener visión borrosa o doble."),
    ("tr", "Break the tablet in half.", "Tableti ikiye bölün."),
    # a double that is no dose's: "take extra care", "both sides"
    ("zh_Hans", "Take extra care when driving.", "开车时要加倍小心。"),
    ("fa", "Take extra care when driving.", "هنگام رانندگی احتیاط مضاعف کنید."),
    ("tr", "You will have a bilateral nerve block.", "Size çift taraflı sinir bloğu yapılacak."),
    ("es", "Take extra care when driving, as the tablets can make you sleepy.",
     "Tenga doble cuidado al conducir, ya que los comprimidos pueden darle sueño."),
    ("fa", "Take extra care when driving, as the tablets can make you sleepy.",
     "هنگام رانندگی احتیاط مضاعف کنید، زیرا قرص‌ها ممکن است خواب‌آلودگی ایجاد کنند."),
    # a double of care beside a verb of taking: still care
    ("zh_Hans", "Take extra care when driving after taking your medicine.", "服药后开车要加倍小心。"),
    ("vi", "Take extra care while taking this medicine.", "Hãy cẩn thận gấp đôi khi dùng thuốc này."),
    ("es", "Take extra care while taking this medicine.", "Tenga doble cuidado cuando tome este medicamento."),
    ("tr", "Wear gloves when you handle the tablets.", "Tabletlere dokunurken bir çift eldiven giyin."),
])
def test_counts_a_double_the_english_says_or_both_passes(lang, english, good):
    assert "counts" not in checks_failed(run_checks(english, good, lang))


def test_counts_a_swap_written_in_chinese_numerals_fails():
    english = "Take 2 tablets every 4 hours."
    assert [f.message for f in run_checks(english, "每两小时服用四片。", "zh_Hans") if f.check == "counts"] == [
        "“2” counts hours in the translation; in the English 2 counts tablets",
        "“4” counts tablets in the translation; in the English 4 counts hours"]
    for good in ("每四小时服用两片。", "每4小时服用两片。"):
        assert "counts" not in checks_failed(run_checks(english, good, "zh_Hans"))


def test_units_chinese_words_that_only_hold_a_unit_s_character_are_no_unit():
    english = "Bruising around the injection site usually fades within 2 weeks."
    # 周围 (around) holds 周 (week); 2个月 has a measure word between the number and 月 (month)
    assert "units" not in checks_failed(run_checks(english, "注射部位周围的瘀青通常在2周内消退。", "zh_Hans"))
    assert [f.message for f in run_checks(english, "注射部位周围的瘀青通常在2个月内消退。", "zh_Hans")
            if f.check == "units"] == ["the English says “weeks”; the translation has no word for weeks",
                                       "“2个月” counts months, but the English has weeks"]
    # 年龄 (age) holds 年 (year): no period of its own
    assert "units" not in checks_failed(run_checks("Take this medicine once weekly.", "不论年龄，每周服用一次。",
                                                   "zh_Hans"))


# -- negation and emphasis ----------------------------------------------------

def test_negation_spanish_q8_that_drops_no_fails():
    dropped = broken("es", "Q8a", "que NO realice ejercicio ni actividad", "que realice ejercicio o actividad")
    assert "No obstante" in dropped  # "nonetheless" holds a "no" that negates nothing
    found = findings("Q8a", dropped, "es")
    assert Finding("negation", Severity.ERROR, "sentence 1: the English says “NOT”; the translation has no negation") in found


@pytest.mark.parametrize("lang,key,old,new", [
    ("es", "Q2", "no debe", "debe"),
    ("it", "Q2", "non dovrebbe", "dovrebbe"),
    ("el", "Q8a", "να ΜΗΝ κάνετε", "να κάνετε"),
    ("tr", "Q8a", "YAPMAMANIZ", "YAPMANIZ"),
    ("vi", "Q9a", "khó có thể chữa", "có thể chữa"),
    ("ar", "Q8a", "و**ألا** تقوم", "وأن تقوم"),
    ("fa", "Q11a", "نمی‌توانید", "می‌توانید"),
    ("pa_Guru", "Q2", "ਨਹੀਂ ", ""),
    ("zh_Hans", "Q8a", "**不要**进行", "进行"),
    ("zh_Hant", "Q9a", "不太可能", "可能"),
])
def test_negation_dropped_in_every_language(lang, key, old, new):
    assert "negation" in checks_failed(findings(key, broken(lang, key, old, new), lang))


def test_emphasis_lowercased_do_not_warns():
    found = findings("Q8a", broken("es", "Q8a", "NO realice", "no realice"), "es")
    assert found == [Finding("emphasis", Severity.WARNING,
                             "the English stresses “DO NOT”; keep the stress (CAPITALS or **bold**)")]


def test_emphasis_scripts_without_capitals_need_bold():
    found = findings("Q8a", broken("ar", "Q8a", "و**ألا**", "وألا"), "ar")
    assert [f.message for f in found] == ["the English stresses “DO NOT”; this script has no capitals: mark it **bold**"]


def test_emphasis_acronyms_are_not_stress():
    assert "emphasis" not in checks_failed(findings("Q11a", GOOD["es"]["Q11a"].replace("lo antes posible", "ASAP"), "es"))


# -- glossary -------------------------------------------------------------------

def test_glossary_do_not_translate_term_changed_fails():
    found = findings("Q2a", broken("es", "Q2a", "un ECG", "un electrocardiograma"), "es")
    assert [f.message for f in found] == ["“ECG” (a do-not-translate term) stays as it is; the translation lacks it"]


def test_glossary_fixed_drug_name_missing_fails():
    found = findings("Q4a", broken("es", "Q4a", "de ketamina", "de esketamina"), "es")
    assert "“ketamine” (a drug) is “ketamina” in es; the translation lacks it" in [f.message for f in found]


def test_glossary_without_an_agreed_form_checks_nothing():
    assert "glossary" not in checks_failed(findings("Q4a", broken("ar", "Q4a", "الكيتامين", "دواء"), "ar"))


# -- untranslated and wrong script ---------------------------------------------

def test_untranslated_english_copy_fails():
    found = findings("Q2", ENGLISH["Q2"], "es")
    assert Finding("untranslated", Severity.ERROR, "the translation is the English text") in found
    assert run_checks("ECG", "ECG", "es", GLOSSARY) == []  # nothing to translate


def test_untranslated_latin_text_in_an_arabic_catalogue_fails():
    found = findings("Q4a", "يمكن " + ENGLISH["Q4a"], "ar")
    assert "untranslated" in checks_failed(found)


def test_untranslated_english_left_inside_a_latin_translation_fails():
    found = findings("Q2", "¿Who should not have una infusión de magnesio?", "es")
    assert any(f.check == "untranslated" and "looks like English" in f.message for f in found)


def test_untranslated_wrong_chinese_variant_fails():
    found = findings("Q11a", GOOD["zh_Hant"]["Q11a"], "zh_Hans")
    assert any(f.check == "untranslated" and "Traditional" in f.message for f in found)
    found = findings("Q11a", GOOD["zh_Hans"]["Q11a"], "zh_Hant")
    assert any(f.check == "untranslated" and "Simplified" in f.message for f in found)


CONTACT = ("Day Surgery Unit, Riverside Hospital\nTel: [01632 960 888](tel:+441632960888)\n"
           "Email: [sdu@riverside.example.org](mailto:sdu@riverside.example.org)")


@pytest.mark.parametrize("lang,translation", [
    ("zh_Hans", ("日间手术室，河畔医院\n电话：[01632 960 888](tel:+441632960888)\n"
                "电子邮件：[sdu@riverside.example.org](mailto:sdu@riverside.example.org)")),
    ("zh_Hant", ("日間手術室，河畔醫院\n電話：[01632 960 888](tel:+441632960888)\n"
                "電子郵件：[sdu@riverside.example.org](mailto:sdu@riverside.example.org)")),
])
def test_untranslated_a_contact_block_whose_only_latin_is_the_englishs_address_passes(lang, translation):
    """The address is as the English has it in every language: it is not English left in, nor long."""
    found = {f.check for f in run_checks(CONTACT, translation, lang)}
    assert not found & {"untranslated", "english", "length"}, found
    left = "Day Surgery Unit, Riverside Hospital\n" + translation.split("\n", 1)[1]  # the name left in English
    assert "untranslated" in {f.check for f in run_checks(CONTACT, left, lang)}


def test_untranslated_wrong_script_fails():
    found = findings("Q9a", GOOD["el"]["Q9a"], "pa_Guru")
    assert "written mostly in Greek script; pa_Guru is written in Gurmukhi script" in [f.message for f in found]


def test_untranslated_reads_no_link_target_as_words():
    english = "Pain Clinic: [call us](tel:+441234567890) or [write](mailto:painclinic@example.org)"
    translation = "疼痛门诊：[致电](tel:+441234567890)或[写信](mailto:painclinic@example.org)"
    assert "untranslated" not in checks_failed(run_checks(english, translation, "zh_Hans"))
    assert "untranslated" in checks_failed(run_checks(english, "Pain Clinic: [call us](tel:+441234567890)", "zh_Hans"))


# -- markup ---------------------------------------------------------------------

def test_markup_bold_lost_or_unclosed_fails():
    english = "You **must not** drive for 24 hours."
    assert "markup" not in checks_failed(run_checks(english, "**No debe** conducir durante 24 horas.", "es"))
    assert "markup" in checks_failed(run_checks(english, "No debe conducir durante 24 horas.", "es"))
    unclosed = run_checks(english, "**No debe conducir durante 24 horas.", "es")
    assert "a bold marker (**) is not closed" in [f.message for f in unclosed]


def test_markup_links_and_line_breaks_kept():
    english = "Read [the guide](https://example.org/guide) first.\nThen call us."
    good = "Lea [la guía](https://example.org/guide) primero.\nLuego llámenos."
    assert "markup" not in checks_failed(run_checks(english, good, "es"))
    found = run_checks(english, good.replace("/guide)", "/guia)").replace("\n", " "), "es")
    messages = [f.message for f in found if f.check == "markup"]
    assert "line breaks: 1 in the English, 0 in the translation" in messages
    assert any(m.startswith("link targets differ: missing https://example.org/guide") for m in messages)


# -- length, punctuation, whitespace ---------------------------------------------

def test_length_omission_warns():
    first_sentence = GOOD["es"]["Q9a"].split(". ")[0] + "."
    found = findings("Q9a", first_sentence, "es")
    assert any(f.check == "length" and f.severity is Severity.WARNING and "left out" in f.message for f in found)


def test_length_hallucination_warns():
    found = findings("Q11a", GOOD["zh_Hans"]["Q11a"] * 3, "zh_Hans")
    assert any(f.check == "length" and "added" in f.message for f in found)


def test_punctuation_question_stays_a_question():
    assert [f.message for f in findings("Q2", "¿Quién no debe recibir una infusión de magnesio.", "es")] == [
        "the English asks a question; the translation does not end with a question mark"]
    assert [f.message for f in findings("Q2", "Quién no debe recibir una infusión de magnesio?", "es")] == [
        "a Spanish question opens with ¿"]
    assert findings("Q2", GOOD["el"]["Q2"].replace(";", "\u037e"), "el") == []  # the Greek question mark
    found = findings("Q4a", GOOD["it"]["Q4a"].rstrip(".") + "?", "it")
    assert [f.message for f in found] == ["the translation ends with a question mark; the English is not a question"]


def test_punctuation_final_full_stop_kept():
    found = findings("Q11a", GOOD["zh_Hans"]["Q11a"].rstrip("。"), "zh_Hans")
    assert [f.message for f in found] == ["the English ends a sentence; the translation has no final punctuation"]


def test_whitespace_drift_warns():
    found = findings("Q2", " " + GOOD["es"]["Q2"].replace(" una", "  una") + " ", "es")
    assert [f.message for f in found if f.check == "whitespace"] == [
        "leading whitespace: 0 in the English, 1 in the translation",
        "trailing whitespace: 0 in the English, 1 in the translation",
        "a double space inside the translation",
    ]


# -- the registry -------------------------------------------------------------

def test_registry_titles_and_severities():
    for name, check in CHECKS.items():
        assert check.name == name
        assert check.title and "\n" not in check.title and check.title.endswith((".", ")"))
    errors = {name for name, check in CHECKS.items() if check.severity is Severity.ERROR}
    assert {"numbers", "units", "negation", "glossary", "untranslated", "markup"} <= errors


def test_an_empty_translation_has_nothing_to_check():
    assert run_checks(ENGLISH["Q8a"], "", "es") == []
    assert run_checks(ENGLISH["Q8a"], "   ", "es") == []


@settings(max_examples=150, deadline=None)
@given(english=st.text(max_size=80), translation=st.text(max_size=80),
       lang=st.sampled_from([*LANGUAGES, "de", "en_XA", "pa"]))
def test_checks_never_raise_on_odd_text(english, translation, lang):
    for finding in run_checks(english, translation, lang, GLOSSARY):
        assert finding.check in CHECKS and finding.message


# -- the sentence-level checks ---------------------------------------------------------

def test_counts_swapped_numbers_fail_with_what_each_counts():
    english = "Take 4 tablets in 24 hours."
    assert run_checks(english, "Tome 4 comprimidos en 24 horas.", "es") == []
    found = run_checks(english, "Tome 24 comprimidos en 4 horas.", "es")
    assert [f.message for f in found if f.check == "counts"] == [
        "“24” counts tablets in the translation; in the English 24 counts hours",
        "“4” counts hours in the translation; in the English 4 counts tablets"]
    assert "numbers" not in checks_failed(found)  # the same numbers: only their pairing tells


def test_counts_follow_the_number_in_chinese_word_order():
    english = "Take 2 tablets every 4 hours."
    assert run_checks(english, "每4小时服用2片。", "zh_Hans") == []
    assert "counts" in checks_failed(run_checks(english, "每2小时服用4片。", "zh_Hans"))


@pytest.mark.parametrize("lang,english,translation", [
    # "does not stop" needs a negation, even where the sentence says something goes on (each passed at 3366146,
    # which excused any going-on word: a reader found 28 dropped "not"s so excused, the word being another verb's)
    ("es", "If the bleeding does not stop, keep pressing.", "Si el sangrado se detiene, siga presionando."),
    ("it", "If the pain does not go away, take another tablet.", "Se il dolore passa, prenda ancora una compressa."),
    ("zh_Hans", "If the bleeding does not stop, keep pressing for 10 minutes.", "如果出血停止，请继续按压10分钟。"),
    ("es", "Do not stop taking your tablets.", "Deje de tomar sus comprimidos y siga la dieta."),
    ("zh_Hans", "Do not drink clear fluids in the 2 hours before surgery.", "手术前2小时内可继续饮用清流质。"),
    ("es", "If the bleeding does not stop, keep pressing.", "Si el sangrado para, siga presionando."),
    ("it", "If the pain does not go away, take another tablet.", "Se il dolore è sparito, prenda ancora una compressa."),
    ("vi", "If the bleeding does not stop, keep pressing.", "Nếu máu đã cầm, tiếp tục ấn."),
    ("zh_Hans", "If the pain does not ease, keep taking the tablets.", "如果疼痛缓解，请继续服药。"),
    ("tr", "If the bleeding does not stop, keep pressing.", "Kanama dinerse bastırmaya devam edin."),
])
def test_negation_going_on_beside_stopping_keeps_the_not(lang, english, translation):
    assert "negation" in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("english,translation", [
    ("If the bleeding does not stop, do not drive.", "Si el sangrado continúa, conduzca."),  # another "not" dropped
    ("Your symptoms will not improve straight away.", "Sus síntomas continuarán mejorando."),  # no stopping
])
def test_negation_going_on_keeps_no_other_not(english, translation):
    assert "negation" in checks_failed(run_checks(english, translation, "es"))


# "Keep out of the reach of children" turned into "within their reach" (rules 113: it passed in every language).
_OUT_OF_REACH = "Keep this medicine out of the sight and reach of children."


@pytest.mark.parametrize("lang,good,bad", [
    ("es", "Mantener este medicamento fuera de la vista y del alcance de los niños.",
     "Mantener este medicamento a la vista y al alcance de los niños."),
    ("it", "Tenere questo medicinale fuori dalla vista e dalla portata dei bambini.",
     "Tenere questo medicinale alla vista e alla portata dei bambini."),
    ("el", "Να φυλάσσεται σε μέρος που δεν το βλέπουν και δεν το φθάνουν τα παιδιά.",  # with a negation
     "Να φυλάσσεται σε μέρος που το φθάνουν τα παιδιά."),
    ("tr", "Bu ilacı çocukların göremeyeceği ve erişemeyeceği yerlerde saklayınız.",  # where they cannot reach
     "Bu ilacı çocukların erişebileceği yerlerde saklayınız."),
    ("vi", "Để thuốc xa tầm nhìn và tầm tay của trẻ em.", "Để thuốc trong tầm nhìn và tầm tay của trẻ em."),
    ("ar", "يحفظ هذا الدواء بعيداً عن رؤية ومتناول الأطفال.", "يحفظ هذا الدواء في متناول الأطفال."),
    ("fa", "این دارو را دور از دید و دسترس کودکان نگهداری کنید.", "این دارو را در دسترس کودکان نگهداری کنید."),
    ("pa_Guru", "ਇਸ ਦਵਾਈ ਨੂੰ ਬੱਚਿਆਂ ਦੀ ਨਜ਼ਰ ਅਤੇ ਪਹੁੰਚ ਤੋਂ ਦੂਰ ਰੱਖੋ।", "ਇਸ ਦਵਾਈ ਨੂੰ ਬੱਚਿਆਂ ਦੀ ਪਹੁੰਚ ਵਿੱਚ ਰੱਖੋ।"),
    ("zh_Hans", "请将本药放在儿童看不到、够不着的地方。", "请将本药放在儿童够得着的地方。"),
    ("zh_Hant", "請將本藥放在兒童看不到、拿不到的地方。", "請將本藥放在兒童拿得到的地方。"),
])
def test_negation_out_of_the_reach_of_children_kept(lang, good, bad):
    assert errors_of(run_checks(_OUT_OF_REACH, good, lang)) == set()
    assert "the English says “out of the sight and reach”; the translation keeps it neither away nor out of reach" in [
        f.message for f in run_checks(_OUT_OF_REACH, bad, lang)]


def test_negation_out_of_reach_held_sentence_by_sentence():
    english = "Store in the original package, out of reach of children. Do not freeze."
    assert errors_of(run_checks(english, "Conservar en el embalaje original, fuera del alcance de los niños. No congelar.",
                                "es")) == set()
    assert "negation" in errors_of(run_checks(english, "Conservar en el embalaje original, al alcance de los niños. "
                                                       "No congelar.", "es"))  # the next sentence's "no" is its own
    assert "negation" in errors_of(run_checks("Keep the needles away from children.",
                                              "Mantenga las agujas cerca de los niños.", "es"))


@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Keep all medicines out of children's reach.",
     "Guarde todos los medicamentos en un lugar inaccesible para los niños."),
    ("es", "After use, fold the patch in half and keep it away from children.",
     "Después de usarlo, doble el parche por la mitad y manténgalo alejado de los niños."),
    ("es", "Keep out of the reach of children.", "No dejar al alcance de los niños."),  # do not leave within reach
    ("fa", "Keep it out of the sight and reach of children.",
     "آن را در جایی نگهداری کنید که کودکان آن را نبینند و به آن دسترسی نداشته باشند."),
    ("zh_Hans", "Store the pen in the fridge, out of the reach of children.", "将注射笔存放于冰箱中，置于儿童无法触及处。"),
    ("vi", "Store the inhaler away from heat and children.", "Bảo quản ống hít tránh xa nguồn nhiệt và trẻ em."),
])
def test_negation_out_of_reach_said_other_ways_passes(lang, english, translation):
    """Out of reach said as inaccessible, kept away, or with a negation (which then adds none to the English)."""
    assert errors_of(run_checks(english, translation, lang)) == set()


@pytest.mark.parametrize("lang,english,translation", [
    # heat kept away with an "away" word, the children's reach with a negation (a reader found these flagged)
    ("es", "Store away from heat and out of the reach of children.",
     "Conservar lejos del calor y donde los niños no puedan alcanzarlo."),
    ("zh_Hans", "Store away from heat and out of the reach of children.", "远离热源，放在儿童够不着的地方。"),
    ("vi", "Store in a dry place away from heat and out of the reach of children.",
     "Bảo quản nơi khô ráo, tránh nhiệt và để xa tầm tay trẻ em."),
    ("vi", "Store the inhaler away from heat and children.", "Bảo quản ống hít tránh xa nguồn nhiệt và trẻ em."),
    ("zh_Hans", "Store the inhaler away from heat and children.", "吸入器应远离热源，避免儿童接触。"),
    ("el", "Keep out of the reach of children.", "Να φυλάσσεται εκτός της εμβέλειας των παιδιών."),
])
def test_negation_out_of_reach_said_beside_other_things_kept_away(lang, english, translation):
    """A negation beside "out of reach" adds none to the English, whatever else the sentence keeps away."""
    assert errors_of(run_checks(english, translation, lang)) == set()


@pytest.mark.parametrize("english", [
    "Keep the tablets out of your child's reach.",
    "Keep the tablets out of the children's reach.",
    "Keep the tablets away from direct sunlight and children.",
])
def test_negation_out_of_reach_said_with_a_possessive_or_a_list(english):
    assert "negation" in errors_of(run_checks(english, "Guarde los comprimidos al alcance de los niños.", "es"))


def test_negation_out_of_something_else_is_no_reach():
    english = "If you run out of tablets and need to reach your doctor, call 111."
    translation = "Si se queda sin comprimidos y necesita hablar con su médico, llame al 111."
    assert not [f for f in run_checks(english, translation, "es") if "out of reach" in f.message]


@pytest.mark.parametrize("english,translation", [
    ("Suck the lozenge slowly; do not chew it.", "قرص مکیدنی را به‌آرامی بمکید؛ آن را نجوید."),
    ("Do not throw away any medicines via wastewater.", "هیچ دارویی را از طریق فاضلاب دور نریزید."),
    ("Do not swallow it whole.", "آن را به‌صورت کامل نبلعید."),
])
def test_negation_persian_negative_imperatives_keep_the_not(english, translation):
    """نجوید (do not chew), نریزید (do not throw), نبلعید (do not swallow) are negations (rules 118: false alarms)."""
    assert errors_of(run_checks(english, translation, "fa")) == set()
    assert "negation" in errors_of(run_checks("Chew the tablet.", "قرص را نجوید.", "fa"))  # one added still fails


def test_negation_is_aligned_sentence_by_sentence():
    english = "Do not drive today. You may eat normally."
    # The negation moved to the wrong sentence: present in the entry, absent where it belongs.
    found = run_checks(english, "Conduzca hoy. No puede comer con normalidad.", "es")
    assert [f.message for f in found if f.check == "negation"] == [
        "sentence 1: the English says “not”; the translation has no negation",
        "sentence 2: the translation negates (“no”) where the English does not"]


@pytest.mark.parametrize("lang,english,negated", [
    ("zh_Hans", "Magnesium is suitable for people with kidney disease.", "镁不适合患有肾脏疾病的人使用。"),
    ("zh_Hant", "This medicine is suitable for children.", "此藥不適合兒童使用。"),
    ("zh_Hans", "This medicine is suitable for children.", "此药不适用于儿童。"),
    ("zh_Hans", "Tell your doctor if you are allergic to lidocaine.", "如果您对利多卡因不过敏，请告诉您的医生。"),
    ("zh_Hans", "If you agree to the procedure, please sign the form.", "如果您不同意该手术，请在表格上签字。"),
    ("zh_Hans", "This medicine is suitable for children.", "此药不适于儿童。"),
])
def test_negation_chinese_words_that_only_look_negative_do_not_hide_a_real_one(lang, english, negated):
    # 不适 (discomfort), 不过 (however) and 不同 (different) are set aside, but not 不适合 (not
    # suitable), 不过敏 (not allergic) or 不同意 (do not agree): an added "not" is still seen ...
    assert "negation" in checks_failed(run_checks(english, negated, lang))
    # ... and a kept one is not reported missing.
    assert "negation" not in checks_failed(run_checks(english.replace(" is ", " is not ", 1).replace(
        " are ", " are not ", 1).replace("If you agree", "If you do not agree", 1), negated, lang))


def test_negation_chinese_discomfort_however_and_different_are_no_negation():
    assert "negation" not in checks_failed(run_checks("You may feel some discomfort.", "您可能会感到一些不适。", "zh_Hans"))
    assert "negation" not in checks_failed(run_checks("However, most people feel well.", "不过，大多数人感觉良好。",
                                                      "zh_Hans"))
    assert "negation" not in checks_failed(run_checks("People react differently.", "不同的人反应不同。", "zh_Hans"))


@pytest.mark.parametrize("lang,translation", [
    ("es", "El ibuprofeno es un antiinflamatorio no esteroideo (AINE)."),
    ("it", "L'ibuprofene è un antinfiammatorio non steroideo (FANS)."),
])
def test_negation_non_steroidal_written_with_a_negation_passes(lang, translation):
    english = "Ibuprofen is a non-steroidal anti-inflammatory (NSAID)."
    assert "negation" not in checks_failed(run_checks(english, translation, lang))


TWO_NEGATIONS = "Do not drive for 24 hours and do not drink alcohol."


@pytest.mark.parametrize("lang,kept,dropped", [
    ("es", "No conduzca durante 24 horas y no beba alcohol.", "No conduzca durante 24 horas y beba alcohol."),
    ("es", "No conduzca durante 24 horas ni beba alcohol.", "No conduzca durante 24 horas y beba alcohol."),
    ("zh_Hans", "24小时内不要开车，也不要喝酒。", "24小时内不要开车，要喝酒。"),
    ("ar", "لا تقود السيارة لمدة ٢٤ ساعة ولا تشرب الكحول.", "لا تقود السيارة لمدة ٢٤ ساعة واشرب الكحول."),
    ("vi", "Không lái xe trong 24 giờ và không uống rượu.", "Không lái xe trong 24 giờ và uống rượu."),
    ("el", "Μην οδηγείτε για 24 ώρες και μην πίνετε αλκοόλ.", "Μην οδηγείτε για 24 ώρες και πίνετε αλκοόλ."),
])
def test_negations_a_second_do_not_dropped_is_a_warning(lang, kept, dropped):
    # The sentence still negates once, so the negation check passes it: only the count tells.
    assert "negation" not in checks_failed(run_checks(TWO_NEGATIONS, dropped, lang))
    found = [f for f in run_checks(TWO_NEGATIONS, dropped, lang) if f.check == "negations"]
    assert [(f.severity, f.message) for f in found] == [
        (Severity.WARNING, "the English negates 2 times; the translation 1 time: is every “not” kept?")]
    assert "negations" not in checks_failed(run_checks(TWO_NEGATIONS, kept, lang))


def test_negation_added_passes_where_the_english_is_negative_another_way():
    assert "negation" not in checks_failed(run_checks(
        "It is unsafe to drive after sedation.", "No es seguro conducir después de una sedación.", "es"))
    assert "negation" in checks_failed(run_checks(
        "It is safe to drive after sedation.", "No es seguro conducir después de una sedación.", "es"))


@pytest.mark.parametrize("lang,english,good,bad", [
    ("es", "The maximum daily dose is 4 g.", "La dosis diaria máxima es de 4 g.", "La dosis diaria mínima es de 4 g."),
    ("it", "The maximum daily dose is 4 g.", "La dose giornaliera massima è di 4 g.",
     "La dose giornaliera minima è di 4 g."),
    ("zh_Hans", "The maximum daily dose is 4 g.", "每日最大剂量为4克。", "每日最小剂量为4克。"),
    ("es", "Take up to 8 tablets in 24 hours.", "Tome hasta 8 comprimidos en 24 horas.",
     "Tome al menos 8 comprimidos en 24 horas."),
    ("es", "Take up to two tablets a day.", "Tome hasta dos comprimidos al día.", "Tome al menos dos comprimidos al día."),
    ("el", "The maximum doses are listed below.", "Οι μέγιστες δόσεις αναφέρονται παρακάτω.",
     "Οι ελάχιστες δόσεις αναφέρονται παρακάτω."),
    ("tr", "Take at most 4 tablets a day.", "Günde en fazla 4 tablet alın.", "Günde en az 4 tablet alın."),
    ("vi", "Take at most 4 tablets a day.", "Uống tối đa 4 viên mỗi ngày.", "Uống ít nhất 4 viên mỗi ngày."),
    ("el", "Take at most 4 tablets a day.", "Πάρτε το πολύ 4 δισκία την ημέρα.",
     "Πάρτε τουλάχιστον 4 δισκία την ημέρα."),
    ("es", "Take the tablets with food.", "Tome los comprimidos con alimentos.", "Tome los comprimidos en ayunas."),
    ("it", "Take the tablets with food.", "Prenda le compresse durante i pasti.", "Prenda le compresse a digiuno."),
    ("zh_Hans", "Take the tablets with food.", "随餐服用药片。", "空腹服用药片。"),
    # "Do not take more than 8" is a limit: "no fewer than 8" is an overdose
    ("zh_Hans", "Do not take more than 8 tablets in 24 hours.", "24小时内服用不超过8片。", "24小时内服用不少于8片。"),
    ("zh_Hans", "Don't take more than 8 tablets in 24 hours.", "24小时内服用不超过8片。", "24小时内服用不少于8片。"),
    ("tr", "Do not take more than 8 tablets in 24 hours.", "24 saatte 8 tabletten fazla almayın.",
     "24 saatte 8 tabletten az almayın."),
    ("ar", "Do not take more than 8 tablets in 24 hours.", "لا تتناول أكثر من 8 أقراص خلال 24 ساعة.",
     "لا تتناول ما يقل عن 8 أقراص خلال 24 ساعة."),
    ("vi", "Do not take more than 8 tablets in 24 hours.", "Không uống quá 8 viên trong 24 giờ.",
     "Không uống dưới 8 viên trong 24 giờ."),
    # over and under a measure of the body, said with a word of level or of quantity
    ("es", "If you have a fever over 38°C, call the ward.", "Si tiene fiebre de más de 38 °C, llame a la planta.",
     "Si tiene fiebre de menos de 38 °C, llame a la planta."),
    ("tr", "If you have a fever over 38°C, call the ward.", "38°C'nin üzerinde ateşiniz varsa servisi arayın.",
     "38°C'nin altında ateşiniz varsa servisi arayın."),
    ("vi", "If you have a fever above 38°C, call the ward.", "Nếu bạn sốt trên 38°C, hãy gọi cho khoa.",
     "Nếu bạn sốt dưới 38°C, hãy gọi cho khoa."),
    ("ar", "If you have a fever over 38°C, call the ward.", "إذا كانت لديك حمى أعلى من 38 درجة، اتصل بالجناح.",
     "إذا كانت لديك حمى أقل من 38 درجة، اتصل بالجناح."),
    # the word that governs the number decides, not another in the sentence ("alta", "cao", "yüksek": a high fever)
    ("es", "If you have a fever over 38°C, call the ward.", "Si tiene una fiebre alta, de más de 38 °C, llame a la planta.",
     "Si tiene una fiebre más baja de 38 °C, llame a la planta."),
    ("es", "If you have a fever over 38°C, call the ward.", "Si tiene fiebre alta de más de 38 °C, llame a la planta.",
     "Si tiene fiebre alta de menos de 38 °C, llame a la planta."),
    ("vi", "If you have a fever over 38°C, call the ward.", "Nếu bạn sốt cao trên 38°C, hãy gọi cho khoa.",
     "Nếu bạn sốt cao dưới 38°C, hãy gọi cho khoa."),
    ("tr", "If you have a fever over 38°C, call the ward.", "38°C'nin üzerinde yüksek ateşiniz varsa servisi arayın.",
     "38°C'nin altında yüksek ateşiniz varsa servisi arayın."),
    # the copy of the number a unit follows; a Turkish postposition after it; Chinese 超过; numerals without digits
    ("es", "Eat 4 glucose tablets if your blood sugar is below 4 mmol/L.",
     "Coma 4 comprimidos de glucosa si su glucosa es de menos de 4 mmol/l.",
     "Coma 4 comprimidos de glucosa si su glucosa es de más de 4 mmol/l."),
    ("tr", "Even at a low dose, call your doctor if your fever goes over 38°C.",
     "Düşük dozda bile ateşiniz 38 °C'nin üzerine çıkarsa doktorunuzu arayın.",
     "Düşük dozda bile ateşiniz 38 °C'nin altına düşerse doktorunuzu arayın."),
    ("zh_Hans", "Even at a low dose, call your doctor if your fever goes over 38°C.", "低剂量时如体温超过38°C，请致电医生。",
     "低剂量时如体温低于38°C，请致电医生。"),
    ("zh_Hans", "Call us if your fever is over 38°C.", "如果体温超过三十八度，请致电我们。", "如果体温低于三十八度，请致电我们。"),
    # Chinese 以上/以下 after their number, each number its own word
    ("zh_Hans", "See a doctor if your temperature is under 36°C or over 38°C.", "如果体温在36°C以下或38°C以上，请就医。",
     "如果体温在36°C以上或38°C以下，请就医。"),
    # a pulse in beats, a blood pressure
    ("ar", "Call us if your pulse is under 50 beats per minute.", "اتصل بنا إذا كان نبضك أقل من 50 نبضة في الدقيقة.",
     "اتصل بنا إذا كان نبضك أعلى من 50 نبضة في الدقيقة."),
    ("it", "If your blood pressure is high, keep it under 140/90.", "Se la pressione è alta, la mantenga sotto 140/90.",
     "Se la pressione è alta, la mantenga sopra 140/90."),
    # the verbs of a course and of a dose's amount
    ("ar", "Stop taking ibuprofen 7 days before your operation.", "توقف عن تناول الإيبوبروفين قبل 7 أيام من العملية.",
     "ابدأ بتناول الإيبوبروفين قبل 7 أيام من العملية."),
    ("tr", "Keep taking your other medicines as usual.", "Diğer ilaçlarınızı her zamanki gibi almaya devam edin.",
     "Diğer ilaçlarınızı her zamanki gibi almayı kesin."),
    ("zh_Hans", "Keep taking your other medicines as usual.", "请照常继续服用您的其他药物。", "请照常停服您的其他药物。"),
    ("es", "Your doctor will slowly reduce your dose over 4 weeks.",
     "Su médico le irá bajando la dosis poco a poco durante 4 semanas.",
     "Su médico le irá subiendo la dosis poco a poco durante 4 semanas."),
    ("zh_Hans", "Your doctor will slowly reduce your dose over 4 weeks.", "医生会在4周内逐渐为您减量。",
     "医生会在4周内逐渐为您加量。"),
])
def test_polarity_a_limit_a_threshold_a_course_or_a_meal_turned_round_fails(lang, english, good, bad):
    assert "polarity" not in checks_failed(run_checks(english, good, lang, glossary()))
    assert "polarity" in checks_failed(run_checks(english, bad, lang, glossary()))


@pytest.mark.parametrize("lang,english,translation", [
    ("it", "Call us if your temperature is below 36°C.", "Ci chiami se la temperatura è più bassa di 36 °C."),
    ("vi", "Babies under 6 months may need more feeds.", "Trẻ dưới 6 tháng tuổi có thể cần bú nhiều lần hơn."),
    # a threshold beside its number is no "less" of the sentence's "extra" or "more"
    ("vi", "Take extra care if your blood sugar is under 4 mmol/L.",
     "Hãy đặc biệt cẩn thận nếu đường huyết của bạn dưới 4 mmol/L."),
    ("ar", "Take extra care if your blood sugar is under 4 mmol/L.",
     "توخَّ الحذر الشديد إذا كان سكر الدم يقل عن 4 مليمول/لتر."),
    ("vi", "Do not give more than 5 mL to children who weigh under 10 kg.", "Không cho trẻ nặng dưới 10 kg uống quá 5 mL."),
    ("zh_Hans", "Eat less salt if your blood pressure is over 140/90 mmHg.", "如果您的血压超过140/90 mmHg，请少吃盐。"),
    ("fa", "If you have high blood pressure, try to keep it under 140/90.",
     "اگر فشار خونتان بالاست، سعی کنید آن را زیر ۱۴۰/۹۰ نگه دارید."),
    # أبدًا (never) folds as ابدأ (start)
    ("ar", "Never stop taking this medicine suddenly.", "لا تقطع تناول هذا الدواء فجأة أبدًا."),
    ("ar", "Never stop taking it, even after the expiry date.", "لا تتوقف عن تناوله أبدًا بعد تاريخ انتهاء الصلاحية."),
])
def test_polarity_thresholds_said_either_way_or_beside_other_words_and_an_age_in_months_pass(lang, english,
                                                                                           translation):
    """"più bassa" is lower and "more": the measure's side is said; "dưới 6 tháng tuổi" is an age; a threshold
    beside its number is no opposite of the sentence's "extra"; أبدًا (never) is no ابدأ (start)."""
    assert "polarity" not in checks_failed(run_checks(english, translation, lang))


_BABIES = "Babies under 6 months must not be given this medicine."


@pytest.mark.parametrize("lang,good,bad", [
    ("es", "Los bebés menores de 6 meses no deben tomar este medicamento.",
     "Los bebés mayores de 6 meses no deben tomar este medicamento."),
    ("it", "I bambini sotto i 6 mesi non devono prendere questo medicinale.",
     "I bambini sopra i 6 mesi non devono prendere questo medicinale."),
    ("el", "Τα βρέφη κάτω των 6 μηνών δεν πρέπει να πάρουν αυτό το φάρμακο.",
     "Τα βρέφη άνω των 6 μηνών δεν πρέπει να πάρουν αυτό το φάρμακο."),
    ("tr", "6 aylıktan küçük bebeklere bu ilaç verilmemelidir.", "6 aylıktan büyük bebeklere bu ilaç verilmemelidir."),
    ("vi", "Không được cho trẻ dưới 6 tháng tuổi dùng thuốc này.", "Không được cho trẻ trên 6 tháng tuổi dùng thuốc này."),
    ("ar", "يجب عدم إعطاء هذا الدواء للرضع دون 6 أشهر.", "يجب عدم إعطاء هذا الدواء للرضع فوق 6 أشهر."),
    ("fa", "این دارو نباید به نوزادان زیر 6 ماه داده شود.", "این دارو نباید به نوزادان بالای 6 ماه داده شود."),
    ("pa_Guru", "6 ਮਹੀਨੇ ਤੋਂ ਘੱਟ ਉਮਰ ਦੇ ਬੱਚਿਆਂ ਨੂੰ ਇਹ ਦਵਾਈ ਨਹੀਂ ਦਿੱਤੀ ਜਾਣੀ ਚਾਹੀਦੀ।",
     "6 ਮਹੀਨੇ ਤੋਂ ਵੱਧ ਉਮਰ ਦੇ ਬੱਚਿਆਂ ਨੂੰ ਇਹ ਦਵਾਈ ਨਹੀਂ ਦਿੱਤੀ ਜਾਣੀ ਚਾਹੀਦੀ।"),
    ("zh_Hans", "6个月以下的婴儿不得使用本药。", "6个月以上的婴儿不得使用本药。"),
    ("zh_Hant", "6個月以下的嬰兒不得使用本藥。", "6個月以上的嬰兒不得使用本藥。"),
])
def test_polarity_an_age_in_months_turned_round_fails_in_every_language(lang, good, bad):
    """A medicine kept from babies under six months given to those over it: the age's months were read as a time."""
    assert "polarity" not in checks_failed(run_checks(_BABIES, good, lang))
    found = [f.message for f in run_checks(_BABIES, bad, lang) if f.check == "polarity"]
    assert len(found) == 1 and found[0].startswith("the English says “under” (younger)") \
        and found[0].endswith("(older)"), found


@pytest.mark.parametrize("english,good,bad", [
    ("For children 6 months and over.", "Para niños de 6 meses y mayores.", "Para niños de 6 meses o menos."),
    ("Not for babies younger than 8 weeks.", "No para bebés menores de 8 semanas.", "No para bebés mayores de 8 semanas."),
    ("Not for infants under 6 months old.", "No para lactantes de menos de 6 meses.",
     "No para lactantes de más de 6 meses."),
])
def test_polarity_ages_in_months_or_weeks_said_other_ways(english, good, bad):
    assert "polarity" not in checks_failed(run_checks(english, good, "es"))
    assert "polarity" in checks_failed(run_checks(english, bad, "es"))


def test_an_age_in_months_written_in_years_is_a_unit_swapped():
    """"under 6" names an age, whose years a translation's "6 años" keeps; not when the English's age is in months."""
    found = [f.message for f in run_checks(_BABIES, "Los bebés menores de 6 años no deben tomar este medicamento.", "es")
             if f.check == "units"]
    assert "“6 anos” counts years, but the English has months" in found, found
    # and the time a dose is lowered over is still no age
    assert "polarity" not in checks_failed(run_checks("Reduce the dose over 2 to 4 weeks.",
                                                      "Reduzca la dosis a lo largo de 2 a 4 semanas.", "es"))


_UP_TO = "You can take up to 2 tablets at a time, but do not take more than 8 tablets in 24 hours."


@pytest.mark.parametrize("lang,good,bad", [
    ("vi", "Bạn có thể uống tối đa 2 viên mỗi lần, nhưng không uống quá 8 viên trong 24 giờ.",
     "Bạn có thể uống tối đa 2 viên mỗi lần, nhưng uống quá 8 viên trong 24 giờ."),
    ("es", "Puede tomar hasta 2 comprimidos cada vez, pero no tome más de 8 comprimidos en 24 horas.",
     "Puede tomar como máximo 2 comprimidos cada vez, pero tome más de 8 comprimidos en 24 horas."),
    ("zh_Hans", "每次最多可服用2片，但24小时内不要服用超过8片。", "每次最多可服用2片，但24小时内要服用超过8片。"),
])
def test_negation_an_at_most_that_says_the_englishs_up_to_keeps_no_not(lang, good, bad):
    """"como máximo" may say "no more than"; saying the English's "up to" it is no longer free to: the overdose
    instruction's "do not" was dropped unseen."""
    assert "negation" not in checks_failed(run_checks(_UP_TO, good, lang))
    found = [f.message for f in run_checks(_UP_TO, bad, lang) if f.check == "negation"]
    assert len(found) == 1 and found[0].startswith("the English says “not”; the translation's only negation is “") \
        and found[0].endswith("its “up to 2”"), found
    # alone, "at most" keeps a "no more than"
    assert "negation" not in checks_failed(run_checks("Do not take more than 8 tablets in 24 hours.",
                                                      "Tome como máximo 8 comprimidos en 24 horas.", "es"))


@pytest.mark.parametrize("lang,english,good,bad", [
    ("ar", "The maximum dose is 8 tablets a day.", "الحد الأقصى للجرعة 8 أقراص يوميًا.", "الحد الأدنى للجرعة 8 أقراص يوميًا."),
    ("fa", "Take 1 or 2 tablets up to 4 times a day.", "۱ یا ۲ قرص، حداکثر ۴ بار در روز مصرف کنید.",
     "۱ یا ۲ قرص، حداقل ۴ بار در روز مصرف کنید."),
    ("pa_Guru", "The maximum dose is 8 tablets a day.", "ਵੱਧ ਤੋਂ ਵੱਧ ਖੁਰਾਕ ਦਿਨ ਵਿੱਚ 8 ਗੋਲੀਆਂ ਹੈ।",
     "ਘੱਟੋ-ਘੱਟ ਖੁਰਾਕ ਦਿਨ ਵਿੱਚ 8 ਗੋਲੀਆਂ ਹੈ।"),
])
def test_polarity_a_maximum_written_a_minimum_fails_in_arabic_persian_and_punjabi(lang, english, good, bad):
    """The three languages had no words for at most and at least."""
    assert "polarity" not in checks_failed(run_checks(english, good, lang))
    found = [f.message for f in run_checks(english, bad, lang) if f.check == "polarity"]
    assert len(found) == 1 and "(at most)" in found[0] and found[0].endswith("(at least)"), found


@pytest.mark.parametrize("lang,english,good,bad", [
    ("ar", "Leave at least 4 hours between doses.", "اترك 4 ساعات على الأقل بين الجرعات.",
     "اترك 4 ساعات على الأكثر بين الجرعات."),
    ("fa", "Leave at least 4 hours between doses.", "حداقل ۴ ساعت بین دوزها فاصله بگذارید.",
     "حداکثر ۴ ساعت بین دوزها فاصله بگذارید."),
    ("es", "Leave at least 4 hours between doses of paracetamol.",
     "Deje pasar al menos 4 horas entre dosis de paracetamol.", "Deje pasar como máximo 4 horas entre dosis de paracetamol."),
    ("tr", "Wait at least 4 hours between doses.", "Dozlar arasında en az 4 saat bekleyin.",
     "Dozlar arasında en fazla 4 saat bekleyin."),
    ("zh_Hans", "Wait at least 4 hours between doses.", "两次服药之间至少间隔4小时。", "两次服药之间最多间隔4小时。"),
])
def test_polarity_at_least_written_at_most_fails(lang, english, good, bad):
    """The at-most words are negations to the negation check ("no more than"); they made polarity pass over the
    sentence as one negated on one side only."""
    assert "polarity" not in checks_failed(run_checks(english, good, lang))
    found = [f.message for f in run_checks(english, bad, lang) if f.check == "polarity"]
    assert len(found) == 1 and "“at least” (at least)" in found[0] and found[0].endswith("(at most)"), found


@pytest.mark.parametrize("lang,english,translation,turned", [
    ("es", "Stop taking it if you get a rash.", "No deje de tomarlo si le sale una erupción.", True),
    ("zh_Hans", "Stop taking it if you get a rash.", "如果出现皮疹，不要停药。", True),
    ("es", "Continue taking your usual medicines.", "No siga tomando sus medicamentos habituales.", True),
    ("el", "Stop taking it if you get a rash.", "Αν εμφανίσετε εξάνθημα, μη σταματήσετε τη λήψη του.", True),
    ("es", "Stop taking it if you get a rash.", "Deje de tomarlo si le sale una erupción.", False),
    ("es", "Stop taking it if you get a rash.", "No lo tome más si le sale una erupción.", False),
    ("zh_Hans", "Stop taking it if you get a rash.", "如果出现皮疹，请停药。", False),
    ("es", "Keep taking your tablets.", "No deje de tomar sus comprimidos.", False),
])
def test_polarity_a_course_negated_into_its_opposite_fails(lang, english, translation, turned):
    """"Stop" written "do not stop": "stop" lets a translation negate, and the sentence was passed over."""
    found = [f.message for f in run_checks(english, translation, lang) if f.check == "polarity"]
    if turned:
        assert len(found) == 1 and "with a negation" in found[0] and found[0].endswith(": the opposite"), found
    else:
        assert found == []


@pytest.mark.parametrize("english,good,bad", [
    ("Keep taking your tablets every morning.", "No deje de tomar sus comprimidos cada mañana.",
     "No deje de tomar sus comprimidos cada noche."),
    ("Keep taking it even if the side effects are mild.", "No deje de tomarlo aunque los efectos adversos sean leves.",
     "No deje de tomarlo aunque los efectos adversos sean graves."),
])
def test_polarity_holds_the_rest_of_a_sentence_whose_negation_is_its_courses_own(english, good, bad):
    """"Keep taking" is "No deje de tomar": that negation no longer sets the whole sentence aside."""
    assert "polarity" not in checks_failed(run_checks(english, good, "es"))
    assert "polarity" in checks_failed(run_checks(english, bad, "es"))


@pytest.mark.parametrize("lang,english,translation", [
    # what conditions are called: no negations
    ("zh_Hans", "You may feel weak in your legs for a few hours.", "您的双腿可能会在几个小时内感到无力。"),
    ("zh_Hant", "You may feel weak in your legs for a few hours.", "您的雙腿可能會在幾個小時內感到無力。"),
    ("fa", "You will have a general anaesthetic.", "برای شما بی‌هوشی عمومی انجام می‌شود."),
    ("fa", "Tell your doctor about any abnormal bleeding.", "در صورت هرگونه خونریزی غیرطبیعی به پزشک خود اطلاع دهید."),
    ("ar", "Tell your doctor about any abnormal bleeding.", "أخبر طبيبك بأي نزيف غير طبيعي."),
    ("ar", "Take your blood thinner every day unless your doctor tells you otherwise.",
     "تناول مميع الدم كل يوم إلا إذا طلب منك طبيبك غير ذلك."),  # otherwise
    ("ar", "Take your blood thinner every day unless your doctor tells you otherwise.",
     "تناول مميع الدم كل يوم ما لم يخبرك طبيبك بغير ذلك."),
    ("ar", "The injection is quick and painless.", "الحقنة سريعة وغير مؤلمة."),  # and painless
    # "as soon as possible" is no "before"
    ("es", "If you get a fever in the days after the injection, call us straight away.",
     "Si en los días siguientes a la inyección tiene fiebre, llámenos lo antes posible."),
    ("es", "If you get a fever in the days after the injection, call us straight away.",
     "Si en los días siguientes a la inyección tiene fiebre, llámenos cuanto antes."),
    ("it", "If you get a fever in the days after the injection, call us straight away.",
     "Se nei giorni successivi all'iniezione ha la febbre, ci chiami il prima possibile."),
    ("tr", "If you get a fever in the days after the injection, call us straight away.",
     "Enjeksiyondan sonraki günlerde ateşiniz çıkarsa bizi bir an önce arayın."),
    # words that only look like a stop: carefully, holidays, to prevent
    ("es", "Read all of this leaflet carefully before you start taking this medicine.",
     "Lea detenidamente todo este prospecto antes de tomar este medicamento."),
    ("el", "Keep taking your tablets while you are on holiday.",
     "Συνεχίστε να παίρνετε τα δισκία σας όταν είστε σε διακοπές."),
    ("pa_Guru", "Continue taking it to prevent blood clots.", "ਖੂਨ ਦੇ ਗਤਲੇ ਬਣਨ ਤੋਂ ਰੋਕਣ ਲਈ ਇਸਨੂੰ ਲੈਂਦੇ ਰਹੋ।"),
])
def test_words_that_only_look_like_a_negation_or_an_opposite_pass(lang, english, translation):
    assert not checks_failed(run_checks(english, translation, lang)) & {"negation", "polarity"}


@pytest.mark.parametrize("english,translation", [
    # "Stop taking your blood thinner unless your doctor tells you otherwise": غير ذلك (otherwise) was its "not"
    ("Do not stop taking your blood thinner unless your doctor tells you to.",
     "توقف عن تناول مميع الدم إلا إذا طلب منك طبيبك غير ذلك."),
    # "Drive after the injection, it is harmless": غير ضار (harmless) was its "not"
    ("Do not drive after the injection.", "قد السيارة بعد الحقنة، فهذا غير ضار."),
    ("Do not drive after the injection.", "قد السيارة بعد الحقنة، فهي غير مؤلمة."),
])
def test_an_arabic_word_made_with_ghayr_is_no_negation_where_the_english_has_one(english, translation):
    assert "negation" in checks_failed(run_checks(english, translation, "ar"))


def test_a_word_for_weakness_keeps_no_dropped_warning():
    """无力 (weak) was a negation: the sentence "Do not try to walk without help." dropped passed."""
    english = ("After the injection your leg will be numb and weak for up to 12 hours. Do not try to walk without "
               "help. Keep the dressing dry for 48 hours.")
    assert "negation" in checks_failed(run_checks(english, "注射后，您的腿部会麻木无力，最长可达12小时。请保持敷料干燥48小时。",
                                                  "zh_Hans"))


_WEIGHING = "Children weighing under 40 kg take 1 tablet."


@pytest.mark.parametrize("lang,good,bad", [
    ("es", "Los niños que pesen menos de 40 kg toman 1 comprimido.", "Los niños que pesen más de 40 kg toman 1 comprimido."),
    ("it", "I bambini che pesano meno di 40 kg prendono 1 compressa.",
     "I bambini che pesano più di 40 kg prendono 1 compressa."),
    ("el", "Τα παιδιά με βάρος κάτω από 40 kg παίρνουν 1 δισκίο.", "Τα παιδιά με βάρος πάνω από 40 kg παίρνουν 1 δισκίο."),
    ("tr", "40 kg'ın altındaki çocuklar 1 tablet alır.", "40 kg'ın üzerindeki çocuklar 1 tablet alır."),
    ("vi", "Trẻ em cân nặng dưới 40 kg uống 1 viên.", "Trẻ em cân nặng trên 40 kg uống 1 viên."),
    ("fa", "کودکان با وزن کمتر از 40 کیلوگرم 1 قرص مصرف می‌کنند.", "کودکان با وزن بیشتر از 40 کیلوگرم 1 قرص مصرف می‌کنند."),
    ("zh_Hans", "体重40公斤以下的儿童服用1片。", "体重40公斤以上的儿童服用1片。"),
])
def test_polarity_a_weight_limit_turned_round_fails(lang, good, bad):
    """A child's dose moved to the other weight band: "under 40 kg" was read neither as an age nor as a threshold."""
    assert "polarity" not in checks_failed(run_checks(_WEIGHING, good, lang))
    found = [f.message for f in run_checks(_WEIGHING, bad, lang) if f.check == "polarity"]
    assert len(found) == 1 and found[0].startswith("the English says “under 40” (under)"), found


@pytest.mark.parametrize("lang,good,bad", [
    ("es", "Tome 0,5 mg por la noche.", "Tome 5 mg por la noche."),
    ("zh_Hans", "晚上服用0.5毫克。", "晚上服用5毫克。"),
])
def test_numbers_a_decimal_without_its_leading_zero_is_read_as_it_is_meant(lang, good, bad):
    """".5 mg" was read as 5: the tenfold dose passed and the right one failed."""
    assert "numbers" not in checks_failed(run_checks("Take .5 mg at night.", good, lang))
    assert "the English has 0.5; the translation does not" in [
        f.message for f in run_checks("Take .5 mg at night.", bad, lang) if f.check == "numbers"]


@pytest.mark.parametrize("lang,english,translation,turned", [
    ("es", "Take 1 tablet a day for 5 days.", "Tome 1 comprimido 5 veces al día.", "“5” counts times"),
    ("zh_Hans", "Take 1 tablet a day for 5 days.", "每日5次，每次1片。", "“5” counts times"),
    ("es", "Do not use the nasal spray for longer than 7 days.", "No use el aerosol nasal más de 7 veces al día.",
     "“7” counts times"),
    ("es", "Take 1 tablet 4 times a day.", "Tome 1 comprimido al día durante 4 días.", "“4” counts days"),
    ("es", "Take 3 tablets a day.", "Tome 3 comprimidos 3 veces al día.", "“3” counts times"),
    ("vi", "Take 3 tablets a day.", "Ngày uống 3 lần, mỗi lần 3 viên.", "“3” counts times"),
    ("es", "Take 1 tablet a day for 5 days.", "Tome 1 comprimido al día durante 5 días.", None),
    ("zh_Hans", "Take 1 tablet a day for 5 days.", "每日1片，连续5天。", None),
    ("es", "Take 1 tablet 4 times a day.", "Tome 1 comprimido 4 veces al día.", None),
    ("es", "Take 1 tablet a day.", "Tome 1 comprimido 1 vez al día.", None),
    ("es", "Take one tablet twice a day.", "Tome 1 comprimido 2 veces al día.", None),
    ("es", "Take 2 tablets 3 times a day for 3 days.", "Tome 2 comprimidos 3 veces al día durante 3 días.", None),
])
def test_counts_a_length_or_a_dose_turned_into_how_often_fails(lang, english, translation, turned):
    """"for 5 days" written "5 times a day": the counts check compared only what the English itself counts."""
    found = [f.message for f in run_checks(english, translation, lang) if f.check == "counts"]
    if turned:
        assert len(found) == 1 and found[0].startswith(turned), found
    else:
        assert found == []


# "After food" is no pole of the meals pair (its "after" is timing's): an empty stomach for it passed, and so did
# "after eating" for an empty stomach where the English says neither before nor after (rules 104).
@pytest.mark.parametrize("lang,english,good,bad", [
    ("es", "Take it after food.", "Tómelo después de comer.", "Tómelo en ayunas."),
    ("zh_Hans", "Take it after food.", "饭后服用。", "空腹服用。"),
    ("es", "Take it on an empty stomach.", "Tómelo en ayunas.", "Tómelo después de comer."),
    ("zh_Hans", "Take it on an empty stomach.", "空腹服用。", "饭后服用。"),
    # the meals pair in Arabic, Persian and Punjabi too
    ("ar", "Take the tablet after food.", "تناول القرص بعد الطعام.", "تناول القرص على معدة فارغة."),
    ("ar", "Take it with food.", "تناوله مع الطعام.", "تناوله على الريق."),
    ("fa", "Take the tablet after food.", "قرص را بعد از غذا مصرف کنید.", "قرص را ناشتا مصرف کنید."),
    ("pa_Guru", "Take the tablet after food.", "ਗੋਲੀ ਖਾਣੇ ਤੋਂ ਬਾਅਦ ਲਓ।", "ਗੋਲੀ ਖਾਲੀ ਪੇਟ ਲਓ।"),
    ("it", "Take it after meals.", "Lo prenda dopo i pasti.", "Lo prenda lontano dai pasti."),
])
def test_polarity_after_food_and_an_empty_stomach_turned_round_fail(lang, english, good, bad):
    assert "polarity" not in errors_of(run_checks(english, good, lang))
    assert "polarity" in errors_of(run_checks(english, bad, lang))


def test_polarity_an_empty_stomach_explained_with_after_passes():
    english = "Take it on an empty stomach, 2 hours after food."
    assert "polarity" not in errors_of(run_checks(english, "Tómelo en ayunas, 2 horas después de comer.", "es"))
    assert "polarity" not in errors_of(run_checks(
        "Take it on an empty stomach.", "Tómelo en ayunas, es decir, al menos 2 horas después de comer.", "es"))
    assert "polarity" not in errors_of(run_checks(
        "Take it on an empty stomach.", "تناوله على معدة فارغة، أي بعد ساعتين على الأقل من تناول الطعام.", "ar"))


# A course's length and how often turned into each other where either side counts in words (rules 103: each passed).
@pytest.mark.parametrize("lang,english,good,bad", [
    ("es", "Take one tablet a day for five days.", "Tome un comprimido al día durante cinco días.",
     "Tome un comprimido cinco veces al día."),
    ("es", "Take one tablet a day for five days.", "Tome un comprimido al día durante 5 días.",
     "Tome un comprimido 5 veces al día."),
    ("es", "Use it three times a day.", "Úselo tres veces al día.", "Úselo durante tres días."),
    ("zh_Hans", "Take it for seven days.", "连续服用7天。", "每日服用7次。"),
])
def test_counts_a_length_and_how_often_turned_in_words_fail(lang, english, good, bad):
    assert "counts" not in errors_of(run_checks(english, good, lang))
    assert "counts" in errors_of(run_checks(english, bad, lang))


@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Take it every other day, twice a day.", "Tómelo cada 2 días, dos veces al día."),  # every other: 2 days
    ("es", "Take it three times a day for three days.", "Tómelo tres veces al día durante 3 días."),
    ("es", "Use 2 doses a day for two days.", "Use 2 dosis al día durante dos días."),
])
def test_counts_a_length_and_how_often_of_one_number_both_said_pass(lang, english, translation):
    assert "counts" not in errors_of(run_checks(english, translation, lang))


# Sachets and puffs swapped with how often (rules 102: each passed, as capsules did before rules 98).
@pytest.mark.parametrize("lang,english,good,bad", [
    ("es", "Use 2 puffs 4 times a day.", "Realice 2 inhalaciones 4 veces al día.", "Realice 4 inhalaciones 2 veces al día."),
    ("es", "Take 1 sachet 2 times a day.", "Tome 1 sobre 2 veces al día.", "Tome 2 sobres 1 vez al día."),
    ("it", "Use 2 puffs 4 times a day.", "Effettuare 2 inalazioni 4 volte al giorno.",
     "Effettuare 4 inalazioni 2 volte al giorno."),
    ("el", "Use 2 puffs 4 times a day.", "Κάντε 2 εισπνοές 4 φορές την ημέρα.", "Κάντε 4 εισπνοές 2 φορές την ημέρα."),
    ("tr", "Take 1 sachet 2 times a day.", "Günde 2 kez 1 saşe alınız.", "Günde 1 kez 2 saşe alınız."),
    ("vi", "Take 1 sachet 2 times a day.", "Uống 1 gói, ngày 2 lần.", "Uống 2 gói, ngày 1 lần."),
    ("fa", "Take 1 sachet 2 times a day.", "روزی ۲ بار، هر بار ۱ ساشه مصرف کنید.", "روزی ۱ بار، هر بار ۲ ساشه مصرف کنید."),
    ("ar", "Inhale 4 puffs every 6 hours.", "استنشق ٤ بخات كل ٦ ساعات.", "استنشق 6 بخات كل 4 ساعات."),
    ("pa_Guru", "Take 1 sachet 2 times a day.", "ਦਿਨ ਵਿੱਚ 2 ਵਾਰ 1 ਪੈਕੇਟ ਲਓ।", "ਦਿਨ ਵਿੱਚ 1 ਵਾਰ 2 ਪੈਕੇਟ ਲਓ।"),
    ("zh_Hans", "Take 1 sachet 2 times a day.", "每日2次，每次1袋。", "每日1次，每次2袋。"),
    ("zh_Hans", "Use 2 puffs 4 times a day.", "每日4次，每次2喷。", "每日2次，每次4喷。"),
    ("zh_Hant", "Take 1 sachet 2 times a day.", "每日2次，每次1包。", "每日1次，每次2包。"),
])
def test_counts_sachets_and_puffs_swapped_with_how_often_fail(lang, english, good, bad):
    assert "counts" not in errors_of(run_checks(english, good, lang))
    assert "counts" in errors_of(run_checks(english, bad, lang))


@pytest.mark.parametrize("lang,bad", [
    ("es", "Use una inhalación dos veces al día."),
    ("it", "Usi uno spruzzo due volte al giorno."),
    ("el", "Χρησιμοποιήστε μία εισπνοή δύο φορές την ημέρα."),
    ("tr", "Günde iki kez bir puf kullanın."),
    ("vi", "Dùng một nhát xịt hai lần mỗi ngày."),
    ("fa", "روزی دو بار یک پاف استفاده کنید."),
    ("pa_Guru", "ਦਿਨ ਵਿੱਚ ਦੋ ਵਾਰ ਇੱਕ ਪਫ਼ ਲਓ।"),
    ("ar", "استخدم بخة واحدة مرتين يوميًا."),  # its one after the noun
    ("zh_Hans", "每日两次，每次一喷。"),
    ("zh_Hant", "每日兩次，每次一噴。"),
])
def test_counts_one_puff_twice_for_two_puffs_once_fails(lang, bad):
    """The translation counts its one puff ("una" is no count elsewhere, as often an article): its "twice" is how
    often, not the English's two puffs said as times."""
    assert "numbers" in errors_of(run_checks("Use two puffs once a day.", bad, lang))
    assert errors_of(run_checks("Use one puff twice a day.", bad, lang)) == set()


@pytest.mark.parametrize("lang,english,translation", [
    ("tr", "Use two sprays in each nostril once a day. Shake the bottle before each spray.",
     "Günde bir kez her burun deliğine iki kez püskürtün. Her bir püskürtmeden önce şişeyi çalkalayın."),  # each
    ("es", "Use two puffs once a day. After one puff, breathe in gently.",
     "Inhale dos veces, una vez al día. Tras una pulverización, inspire suavemente."),  # another sentence's article
])
def test_counts_a_one_that_counts_no_dose_keeps_the_puffs_said_as_times(lang, english, translation):
    assert errors_of(run_checks(english, translation, lang)) == set()


@pytest.mark.parametrize("lang,translation", [
    ("fa", "۵ میلی‌لیتری شربت بدهید."),  # of millilitres
    ("pa_Guru", "5 ਮਿ.ਲੀ. ਸ਼ਰਬਤ ਦਿਓ।"),
])
def test_units_millilitres_abbreviated_or_as_an_adjective(lang, translation):
    assert errors_of(run_checks("Give 5 mL of the syrup.", translation, lang)) == set()
    assert "units" in errors_of(run_checks("Give 5 mg of the syrup.", translation, lang))


def test_units_punjabi_micrograms_are_read():
    assert errors_of(run_checks("Take 400 mcg a day.", "ਰੋਜ਼ਾਨਾ 400 ਮਾਈਕ੍ਰੋਗ੍ਰਾਮ ਲਓ।", "pa_Guru")) == set()
    assert "units" in errors_of(run_checks("Take 400 mcg a day.", "ਰੋਜ਼ਾਨਾ 400 ਮਿਲੀਗ੍ਰਾਮ ਲਓ।", "pa_Guru"))


def test_counts_arabic_duals_of_sachets_and_puffs_count_two():
    assert errors_of(run_checks("Use two puffs once a day.", "استخدم بختين مرة واحدة يوميًا.", "ar")) == set()
    assert errors_of(run_checks("Take two sachets a day.", "تناول كيسين يوميًا.", "ar")) == set()
    assert "the translation counts 2 sachets (“کیسین”); the English says “three sachets”" in [
        f.message for f in run_checks("Take three sachets a day.", "تناول كيسين يوميًا.", "ar")]


# Patches, suppositories, spoonfuls and ampoules counted as tablets are (rules 112: each count changed passed).
@pytest.mark.parametrize("lang,english,good,bad", [
    ("es", "Apply one patch every 3 days.", "Aplique un parche cada 3 días.", "Aplique dos parches cada 3 días."),
    ("es", "Take two teaspoons twice a day.", "Tome dos cucharaditas dos veces al día.",
     "Tome tres cucharaditas dos veces al día."),
    ("it", "Use one suppository at night.", "Usi una supposta la sera.", "Usi due supposte la sera."),
    ("el", "Use one suppository at night.", "Χρησιμοποιήστε ένα υπόθετο το βράδυ.",
     "Χρησιμοποιήστε δύο υπόθετα το βράδυ."),
    ("tr", "Apply two patches every 3 days.", "Her 3 günde bir iki bant uygulayın.",
     "Her 3 günde bir üç bant uygulayın."),
    ("vi", "Take two teaspoons twice a day.", "Uống hai thìa cà phê, ngày hai lần.", "Uống ba thìa cà phê, ngày hai lần."),
    ("ar", "Use one suppository a day.", "استخدم تحميلة واحدة يوميًا.", "استخدم تحميلتين يوميًا."),
    ("fa", "Use one ampoule a day.", "روزانه یک آمپول استفاده کنید.", "روزانه دو آمپول استفاده کنید."),
    ("pa_Guru", "Apply one patch every 3 days.", "ਹਰ 3 ਦਿਨਾਂ ਬਾਅਦ ਇੱਕ ਪੈਚ ਲਗਾਓ।", "ਹਰ 3 ਦਿਨਾਂ ਬਾਅਦ ਦੋ ਪੈਚ ਲਗਾਓ।"),
    ("zh_Hans", "Use one suppository at night.", "每晚使用一枚栓剂。", "每晚使用两枚栓剂。"),
    ("zh_Hant", "Take two teaspoons twice a day.", "每日兩次，每次兩茶匙。", "每日兩次，每次三茶匙。"),
])
def test_counts_patches_suppositories_spoonfuls_and_ampoules_in_words(lang, english, good, bad):
    assert errors_of(run_checks(english, good, lang)) == set()
    assert "numbers" in errors_of(run_checks(english, bad, lang))


def test_counts_a_patch_finding_names_patches():
    messages = [f.message for f in run_checks("Apply one patch.", "Aplique dos parches.", "es")]
    assert "the translation counts 2 patches (“dos parches”); the English says “one patch”" in messages
    messages = [f.message for f in run_checks("Apply two patches.", "Aplique tres parches.", "es")]
    assert "the translation counts 3 patches (“tres parches”); the English says “two patches”" in messages


def test_counts_patches_swapped_with_days_fail():
    english = "Apply 2 patches every 3 days."
    assert errors_of(run_checks(english, "Aplique 2 parches cada 3 días.", "es")) == set()
    assert "counts" in errors_of(run_checks(english, "Aplique 3 parches cada 2 días.", "es"))


@pytest.mark.parametrize("lang,english,good,bad", [
    ("tr", "Take one tablet a day.", "Günde bir adet tablet alın.", "Günde iki adet tablet alın."),
    ("tr", "Take 2 tablets 3 times a day.", "Günde 3 kez 2 adet tablet alın.", "Günde 2 kez 3 adet tablet alın."),
    ("fa", "Take one tablet a day.", "روزانه یک عدد قرص مصرف کنید.", "روزانه دو عدد قرص مصرف کنید."),
    ("fa", "Take 1 tablet 3 times a day.", "روزی ۳ بار ۱ عدد قرص مصرف کنید.", "روزی ۱ بار ۳ عدد قرص مصرف کنید."),
])
def test_counts_read_through_a_counter_word(lang, english, good, bad):
    """"iki adet tablet", two pieces of tablet: the tablets are counted (rules 112; it passed)."""
    assert errors_of(run_checks(english, good, lang)) == set()
    messages = [f.message for f in run_checks(english, bad, lang)]
    assert any(message.startswith("the translation counts 2 tablets") for message in messages) or (
        "“3” counts tablets in the translation; in the English 3 counts times" in messages)


def test_counts_a_counter_word_is_shown_with_its_count():
    messages = [f.message for f in run_checks("Take one tablet a day.", "Günde iki adet tablet alın.", "tr")]
    assert "the translation counts 2 tablets (“iki adet tablet”); the English says “one tablet”" in messages


@pytest.mark.parametrize("lang,english,good,bad", [
    ("zh_Hans", "Apply one patch every 3 days.", "每3天贴一片贴剂。", "每3天贴两片贴剂。"),
    ("zh_Hant", "Do not use more than two patches at the same time.", "請勿同時使用超過兩片貼片。", "請勿同時使用超過三片貼片。"),
    ("zh_Hant", "Insert one pessary at bedtime.", "睡前放入一顆陰道栓劑。", "睡前放入兩顆陰道栓劑。"),
    ("zh_Hans", "Dissolve two scoops of powder in 200 ml of water.", "将两量勺粉末溶于200毫升水中。",
     "将三量勺粉末溶于200毫升水中。"),
])
def test_counts_chinese_pieces_of_a_patch_or_suppository(lang, english, good, bad):
    """片 before 贴 counts patches, 颗 before 阴道 or 栓 suppositories, not tablets the English does not count."""
    assert errors_of(run_checks(english, good, lang)) == set()
    assert "numbers" in errors_of(run_checks(english, bad, lang))
    assert errors_of(run_checks("Take 2 tablets a day.", "每日2片。", lang)) == set()  # 片 still counts tablets


# Correct texts a reviewer of rules 112 found flagged (its first version): the spoons in the pack, a counter before
# a word for the day, duals and measure words not read, a syringe, a label, a blood sample.
@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Take one teaspoon twice a day. The pack includes 2 measuring spoons (2.5 ml and 5 ml).",
     "Tome una cucharadita dos veces al día. El envase incluye 2 cucharas dosificadoras (de 2,5 ml y 5 ml)."),
    ("it", "Take 2 teaspoons twice a day for 1 week. The pack contains 1 bottle and 1 measuring spoon.",
     "Prenda 2 cucchiaini due volte al giorno per 1 settimana. La confezione contiene 1 flacone e 1 cucchiaino dosatore."),
    ("el", "Apply one patch. If the skin under it bleeds, cover it with 2 gauze dressings and wait 2 days.",
     "Εφαρμόστε ένα επίθεμα. Αν το δέρμα από κάτω αιμορραγεί, καλύψτε το με 2 επιθέματα γάζας και περιμένετε 2 ημέρες."),
    ("tr", "Take 2 tablets twice a day.", "Tabletlerden 2 adet günde 2 kez alın."),
    ("tr", "Take two tablets twice a day.", "Tabletlerden iki adet günde iki kez alın."),
    ("fa", "Take 3 capsules 3 times a day.", "کپسول‌ها را ۳ عدد روزی ۳ بار میل کنید."),
    ("fa", "Apply one patch twice a week. Write the day you apply it on the 2 labels on the box.",
     "هفته‌ای دو بار یک چسب بزنید. روز استفاده را روی ۲ برچسب روی جعبه بنویسید."),
    ("vi", "Inject one vial over 2 minutes. The pack contains 2 syringes.", "Tiêm một lọ trong 2 phút. Hộp có 2 ống tiêm."),
    ("vi", "Apply two patches. Clean the skin with 1 alcohol wipe and let it dry for 1 minute.",
     "Dán hai miếng. Lau da bằng 1 miếng bông tẩm cồn và để khô trong 1 phút."),
    ("ar", "Use two vials.", "استخدم قارورتين."),
    ("ar", "Apply two patches.", "ضع لاصقتين."),
    ("ar", "Insert two suppositories.", "أدخل لبوسين."),
    ("ar", "Take two teaspoons.", "تناول ملعقتي شاي."),
    ("ar", "The nurse will take two vials of blood.", "ستسحب الممرضة أنبوبين من الدم."),
    ("zh_Hans", "Inject 2 vials over 1 minute using 1 syringe.", "用1支注射器在1分钟内注射2瓶。"),
    ("zh_Hans", "Take two teaspoons.", "每次服用两小勺。"),
    ("zh_Hant", "Apply two patches at the same time.", "同時貼兩張貼片。"),
    ("zh_Hans", "The nurse will take two vials of blood.", "护士会为您抽两管血。"),
])
def test_counts_new_dose_forms_raise_no_false_alarm(lang, english, translation):
    assert errors_of(run_checks(english, translation, lang)) == set()


# A teaspoon (5 mL) written as a tablespoon (15 mL), three times the dose (rules 114: it passed in every language).
@pytest.mark.parametrize("lang,good,bad", [
    ("es", "Tome una cucharadita por la noche.", "Tome una cucharada por la noche."),
    ("it", "Prenda un cucchiaino la sera.", "Prenda un cucchiaio la sera."),
    ("el", "Πάρτε ένα κουταλάκι του γλυκού το βράδυ.", "Πάρτε μία κουταλιά της σούπας το βράδυ."),
    ("tr", "Akşamları bir çay kaşığı alın.", "Akşamları bir yemek kaşığı alın."),
    ("vi", "Uống một thìa cà phê vào buổi tối.", "Uống một thìa canh vào buổi tối."),
    ("ar", "تناول ملعقة صغيرة واحدة في المساء.", "تناول ملعقة كبيرة واحدة في المساء."),
    ("fa", "شب‌ها یک قاشق چای‌خوری مصرف کنید.", "شب‌ها یک قاشق غذاخوری مصرف کنید."),
    ("pa_Guru", "ਰਾਤ ਨੂੰ ਇੱਕ ਛੋਟਾ ਚਮਚ ਲਓ।", "ਰਾਤ ਨੂੰ ਇੱਕ ਵੱਡਾ ਚਮਚ ਲਓ।"),
    ("zh_Hans", "每晚服用一茶匙。", "每晚服用一汤匙。"),
    ("zh_Hant", "每晚服用一茶匙。", "每晚服用一湯匙。"),
])
def test_polarity_a_teaspoon_stays_a_teaspoon(lang, good, bad):
    english = "Take one teaspoon at night."
    assert errors_of(run_checks(english, good, lang)) == set()
    assert "polarity" in errors_of(run_checks(english, bad, lang))
    assert "polarity" in errors_of(run_checks("Take one tablespoon at night.", good, lang))  # and back


# Dry and wet (rules 135): "Keep the dressing dry" written "wet the dressing" passed in every language.
@pytest.mark.parametrize("lang,good,bad,refused", [
    ("es", "Mantenga el apósito seco.", "Moje el apósito.", "No moje el apósito."),
    ("it", "Mantenga la medicazione asciutta.", "Bagni la medicazione.", "Non bagni la medicazione."),
    ("el", "Διατηρήστε τον επίδεσμο στεγνό.", "Βρέξτε τον επίδεσμο.", "Μη βρέξετε τον επίδεσμο."),
    ("tr", "Pansumanı kuru tutun.", "Pansumanı ıslatın.", "Pansumanı ıslatmayın."),
    ("vi", "Giữ băng gạc khô.", "Làm ướt băng gạc.", "Không làm ướt băng gạc."),
    ("ar", "حافظ على الضمادة جافة.", "بلل الضمادة.", "لا تبلل الضمادة."),
    ("fa", "پانسمان را خشک نگه دارید.", "پانسمان را خیس کنید.", "پانسمان را خیس نکنید."),
    ("pa_Guru", "ਪੱਟੀ ਨੂੰ ਸੁੱਕਾ ਰੱਖੋ।", "ਪੱਟੀ ਨੂੰ ਗਿੱਲਾ ਕਰੋ।", "ਪੱਟੀ ਨੂੰ ਗਿੱਲਾ ਨਾ ਕਰੋ।"),
    ("zh_Hans", "保持敷料干燥。", "把敷料弄湿。", "不要把敷料弄湿。"),
    ("zh_Hant", "保持敷料乾燥。", "把敷料弄濕。", "不要把敷料弄濕。"),
])
def test_polarity_dry_stays_dry(lang, good, bad, refused):
    english = "Keep the dressing dry."
    assert errors_of(run_checks(english, good, lang)) == set()
    assert errors_of(run_checks(english, refused, lang)) == set()  # not wetting it keeps it dry
    assert "polarity" in errors_of(run_checks(english, bad, lang))
    assert "polarity" in errors_of(run_checks("Keep the dressing wet.", good, lang))  # and back


@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Keep the wound moist with the gel.", "Mantenga la herida seca con el gel."),
    ("it", "Keep the wound dry for 48 hours.", "Mantenga la ferita umida per 48 ore."),
    ("tr", "Keep the wound dry for 48 hours.", "Yarayı 48 saat nemli tutun."),
    ("ar", "Keep the wound dry for 48 hours.", "حافظ على الجرح رطبا لمدة 48 ساعة."),
    ("el", "Keep the wound dry for 48 hours.", "Κρατήστε το τραύμα βρεγμένο για 48 ώρες."),
    ("zh_Hans", "Keep the wound dry for 48 hours.", "保持伤口湿润48小时。"),
    ("es", "Do not let the dressing get wet.", "No deje que el apósito se seque."),
])
def test_polarity_dry_and_wet_turned_round_fail(lang, english, translation):
    assert "polarity" in errors_of(run_checks(english, translation, lang))


# Correct ways of keeping dry: refusing the wet ("avoid", "take care it does not", "refrain from"), keeping away from
# humidity (not a wet pole), and what only sounds like one (efectos secundarios, ξηροστομία, 湿疹).
@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Keep the cast dry.", "Evite que el yeso se moje."),
    ("es", "Store in a cool, dry place.", "Guárdelo en un lugar fresco, protegido de la humedad."),
    ("es", "Side effects include a dry cough.", "Los efectos secundarios incluyen tos seca."),
    ("es", "Use a damp cloth to clean the area.", "Use un paño húmedo para limpiar la zona."),
    ("it", "Keep the cast dry.", "Eviti di bagnare il gesso."),
    ("it", "Store in a dry place.", "Conservare al riparo dall'umidità."),
    ("el", "Keep the cast dry.", "Αποφύγετε να βραχεί ο γύψος."),
    ("el", "You may have a dry mouth.", "Μπορεί να έχετε ξηροστομία."),
    ("tr", "Keep the cast dry.", "Alçının ıslanmamasına dikkat edin."),
    ("tr", "Store in a dry place.", "Nemden koruyarak saklayın."),
    ("tr", "Dry the area and apply the patch.", "Bölgeyi kurulayın ve bandı yapıştırın."),
    ("vi", "Store in a dry place.", "Bảo quản nơi khô ráo, tránh ẩm."),
    ("vi", "Keep the cast dry.", "Tránh làm ướt bó bột."),
    ("ar", "Keep the cast dry.", "تجنب تبليل الجبيرة."),
    ("fa", "Keep the cast dry.", "از خیس شدن گچ خودداری کنید."),
    ("zh_Hans", "Store in a cool, dry place.", "请存放于阴凉干燥处，避免潮湿。"),
    ("zh_Hans", "Keep the cast dry.", "石膏不要沾水。"),
    ("zh_Hans", "You may have eczema or a dry mouth.", "您可能会出现湿疹或口干。"),
])
def test_polarity_dry_kept_other_ways_passes(lang, english, translation):
    assert errors_of(run_checks(english, translation, lang)) == set()


# Found by a probe of 124 dry/wet pairs: "keep it dry" said by refusing the wet where the English refuses something
# else too, or where the refusal stands further off ("do not let", "avoid that"), or after the phrase (Punjabi).
@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Keep the patch dry and do not swim.", "No moje el parche y no nade."),
    ("el", "Keep the patch dry and do not swim.", "Μη βρέχετε το έμπλαστρο και μην κολυμπάτε."),
    ("tr", "Keep the patch dry and do not swim.", "Flasteri ıslatmayın ve yüzmeyin."),
    ("fa", "Keep the patch dry; avoid swimming.", "از خیس شدن چسب خودداری کنید؛ از شنا کردن پرهیز کنید."),
    ("zh_Hans", "Keep the patch dry and do not swim.", "请勿弄湿贴剂，也不要游泳。"),
    ("vi", "Keep the dressing dry.", "Không để băng gạc bị ướt."),
    ("it", "Keep the plaster dry.", "Evitare che il cerotto si bagni."),
    ("zh_Hans", "Keep the dressing dry.", "注意不要让伤口敷料沾水。"),
    ("zh_Hant", "Keep the dressing dry.", "請注意避免讓傷口敷料沾濕。"),
    ("pa_Guru", "Keep the dressing dry.", "ਪੱਟੀ ਨੂੰ ਗਿੱਲਾ ਹੋਣ ਤੋਂ ਬਚਾਓ।"),
])
def test_polarity_dry_kept_by_refusing_the_wet_passes(lang, english, translation):
    assert errors_of(run_checks(english, translation, lang)) == set()


@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Do not let the dressing get wet.", "No deje que el apósito se seque."),  # the English's own pole refused
    ("es", "Do not let the dressing get wet and do not swim.", "No deje que el apósito se seque y no nade."),
    ("el", "Keep the wound dry.", "Διατηρείτε το τραύμα υγρό."),  # υγρό of a wound is moist
    ("el", "If your mouth feels dry, sip water.", "Αν νιώθετε το στόμα σας υγρό, πίνετε γουλιές νερό."),
    ("ar", "Keep the wound dry.", "حافظ على رطوبة الجرح."),
    ("ar", "Apply to clean, dry skin.", "يوضع على جلد نظيف ورطب."),
    ("ar", "Do not let the patch get wet.", "لا تدع اللصقة تجف."),
    ("fa", "Keep the wound dry.", "زخم را مرطوب نگه دارید."),
    ("zh_Hans", "Do not let the patch get wet.", "请勿让贴剂变干。"),
    ("zh_Hant", "Do not wash the mouthpiece; wipe it with a dry cloth.", "請勿清洗吸嘴，請用濕布擦拭。"),
    ("zh_Hans", "It treats wet macular degeneration.", "用于治疗干性黄斑变性。"),
])
def test_polarity_dry_and_wet_said_other_ways_turned_round_fail(lang, english, translation):
    assert "polarity" in errors_of(run_checks(english, translation, lang))


# "Skip the evening dose" written "do not skip it" (rules 135): "skip" excused any negation of its sentence.
@pytest.mark.parametrize("lang,good,refused,not_taken", [
    ("es", "Sáltese la dosis de la noche el día de la prueba.", "No se salte la dosis de la noche el día de la prueba.",
     "No tome la dosis de la noche el día de la prueba."),
    ("it", "Salti la dose serale il giorno dell'esame.", "Non salti la dose serale il giorno dell'esame.",
     "Non prenda la dose serale il giorno dell'esame."),
    ("el", "Παραλείψτε τη βραδινή δόση την ημέρα της εξέτασης.", "Μην παραλείψετε τη βραδινή δόση την ημέρα της εξέτασης.",
     "Μην πάρετε τη βραδινή δόση την ημέρα της εξέτασης."),
    ("tr", "Test günü akşam dozunuzu atlayın.", "Test günü akşam dozunuzu atlamayın.", "Test günü akşam dozunuzu almayın."),
    ("vi", "Bỏ qua liều buổi tối vào ngày xét nghiệm.", "Không bỏ qua liều buổi tối vào ngày xét nghiệm.",
     "Không uống liều buổi tối vào ngày xét nghiệm."),
    ("ar", "تخطَّ جرعة المساء في يوم الفحص.", "لا تتخطَّ جرعة المساء في يوم الفحص.", "لا تتناول جرعة المساء في يوم الفحص."),
    ("fa", "در روز آزمایش دوز شبانه را حذف کنید.", "در روز آزمایش دوز شبانه را حذف نکنید.",
     "در روز آزمایش دوز شبانه را مصرف نکنید."),
    ("pa_Guru", "ਟੈਸਟ ਵਾਲੇ ਦਿਨ ਸ਼ਾਮ ਦੀ ਖੁਰਾਕ ਛੱਡ ਦਿਓ।", "ਟੈਸਟ ਵਾਲੇ ਦਿਨ ਸ਼ਾਮ ਦੀ ਖੁਰਾਕ ਨਾ ਛੱਡੋ।", "ਟੈਸਟ ਵਾਲੇ ਦਿਨ ਸ਼ਾਮ ਦੀ ਖੁਰਾਕ ਨਾ ਲਓ।"),
    ("zh_Hans", "检查当天跳过晚上的剂量。", "检查当天不要跳过晚上的剂量。", "检查当天不要服用晚上的剂量。"),
    ("zh_Hant", "檢查當天跳過晚上的劑量。", "檢查當天不要跳過晚上的劑量。", "檢查當天不要服用晚上的劑量。"),
])
def test_negation_a_dose_left_out_stays_left_out(lang, good, refused, not_taken):
    english = "Skip your evening dose on the day of the test."
    assert errors_of(run_checks(english, good, lang)) == set()
    assert errors_of(run_checks(english, not_taken, lang)) == set()  # "do not take it" leaves it out too
    found = [f.message for f in run_checks(english, refused, lang) if f.check == "negation"]
    assert len(found) == 1 and found[0].startswith("the English says “Skip”; the translation says not to")


@pytest.mark.parametrize("english,translation", [
    ("If you skip a dose, take it as soon as you remember.", "Si no toma una dosis, tómela en cuanto se acuerde."),
    ("Skip your evening dose if you have eaten little.", "Si ha comido poco, no tome la dosis de la noche."),
    ("Omit the evening dose.", "No tome la dosis de la noche."),
])
def test_negation_a_dose_skipped_in_a_condition_or_refused_by_both_passes(english, translation):
    assert errors_of(run_checks(english, translation, "es")) == set()


# "Keep the wound clean and dry" written "do not keep it clean and dry" (rules 135): "keep" excused any negation.
@pytest.mark.parametrize("lang,good,refused,wet_refused", [
    ("es", "Mantenga la herida limpia y seca durante 2 días.", "No mantenga la herida limpia y seca durante 2 días.",
     "No moje la herida durante 2 días y manténgala limpia."),
    ("it", "Mantenga la ferita pulita e asciutta per 2 giorni.", "Non mantenga la ferita pulita e asciutta per 2 giorni.",
     "Non bagni la ferita per 2 giorni e la tenga pulita."),
    ("el", "Κρατήστε το τραύμα καθαρό και στεγνό για 2 ημέρες.", "Μην κρατάτε το τραύμα καθαρό και στεγνό για 2 ημέρες.",
     "Μη βρέχετε το τραύμα για 2 ημέρες."),
    ("tr", "Yarayı 2 gün boyunca temiz ve kuru tutun.", "Yarayı 2 gün boyunca temiz ve kuru tutmayın.",
     "Yarayı 2 gün boyunca ıslatmayın ve temiz tutun."),
    ("vi", "Giữ vết thương sạch và khô trong 2 ngày.", "Không giữ vết thương sạch và khô trong 2 ngày.",
     "Không làm ướt vết thương trong 2 ngày."),
    ("fa", "زخم را به مدت 2 روز تمیز و خشک نگه دارید.", "زخم را به مدت 2 روز تمیز و خشک نگه ندارید.",
     "زخم را به مدت 2 روز خیس نکنید."),
    ("pa_Guru", "ਜ਼ਖ਼ਮ ਨੂੰ 2 ਦਿਨਾਂ ਲਈ ਸਾਫ਼ ਅਤੇ ਸੁੱਕਾ ਰੱਖੋ।", "ਜ਼ਖ਼ਮ ਨੂੰ 2 ਦਿਨਾਂ ਲਈ ਸਾਫ਼ ਅਤੇ ਸੁੱਕਾ ਨਾ ਰੱਖੋ।",
     "ਜ਼ਖ਼ਮ ਨੂੰ 2 ਦਿਨਾਂ ਲਈ ਗਿੱਲਾ ਨਾ ਕਰੋ।"),
    ("zh_Hans", "保持伤口清洁干燥2天。", "不要保持伤口清洁干燥2天。", "2天内不要弄湿伤口。"),
    ("zh_Hant", "保持傷口清潔乾燥2天。", "不要保持傷口清潔乾燥2天。", "2天內不要弄濕傷口。"),
])
def test_negation_kept_in_a_state_stays_kept(lang, good, refused, wet_refused):
    english = "Keep the wound clean and dry for 2 days."
    assert errors_of(run_checks(english, good, lang)) == set()
    assert errors_of(run_checks(english, wet_refused, lang)) == set()
    found = [f.message for f in run_checks(english, refused, lang) if f.check == "negation"]
    assert len(found) == 1 and found[0].startswith("the English says “Keep the wound clean”; the translation says not")


@pytest.mark.parametrize("english,translation", [
    ("Keep out of the reach of children.", "No lo deje al alcance de los niños."),
    ("Keep it away from heat.", "No lo mantenga cerca del calor."),
    ("Keep taking it.", "No deje de tomarlo."),
    ("Keep your leg raised.", "Mantenga la pierna elevada y no la cruce."),
])
def test_negation_keeping_said_other_ways_passes(english, translation):
    assert errors_of(run_checks(english, translation, "es")) == set()


# An "only" of an instruction dropped (rules 135): the extra dose becomes the rule.
@pytest.mark.parametrize("lang,good,dropped", [
    ("es", "Tome una dosis adicional solo si el dolor es intenso.", "Tome una dosis adicional si el dolor es intenso."),
    ("it", "Prenda una dose in più solo se il dolore è forte.", "Prenda una dose in più se il dolore è forte."),
    ("el", "Να παίρνετε επιπλέον δόση μόνο αν ο πόνος είναι έντονος.", "Να παίρνετε επιπλέον δόση αν ο πόνος είναι έντονος."),
    ("tr", "Yalnızca ağrınız şiddetliyse ek doz alın.", "Ağrınız şiddetliyse ek doz alın."),
    ("vi", "Chỉ uống thêm một liều nếu cơn đau dữ dội.", "Uống thêm một liều nếu cơn đau dữ dội."),
    ("ar", "تناول جرعة إضافية فقط إذا كان الألم شديدًا.", "تناول جرعة إضافية إذا كان الألم شديدًا."),
    ("fa", "فقط در صورتی که درد شدید است یک دوز اضافی مصرف کنید.", "اگر درد شدید است یک دوز اضافی مصرف کنید."),
    ("pa_Guru", "ਸਿਰਫ਼ ਤਾਂ ਹੀ ਵਾਧੂ ਖੁਰਾਕ ਲਓ ਜੇ ਦਰਦ ਤੇਜ਼ ਹੋਵੇ।", "ਜੇ ਦਰਦ ਤੇਜ਼ ਹੋਵੇ ਤਾਂ ਵਾਧੂ ਖੁਰਾਕ ਲਓ।"),
    ("zh_Hans", "疼痛剧烈时才加服一剂。", "疼痛剧烈时加服一剂。"),
    ("zh_Hant", "只有在疼痛劇烈時才加服一劑。", "疼痛劇烈時加服一劑。"),
])
def test_completeness_an_only_dropped_fails(lang, good, dropped):
    english = "Only take an extra dose if the pain is severe."
    assert errors_of(run_checks(english, good, lang)) == set()
    found = [f.message for f in run_checks(english, dropped, lang) if f.check == "completeness"]
    assert found == ["the English says “Only take”; the translation says no “only” nor an exception"]


@pytest.mark.parametrize("lang,english,translation", [
    # an exception said instead, "a menos que" no "less" (it made "extra" a polarity error), "only" of no instruction
    ("es", "Only take an extra dose if the pain is severe.", "No tome una dosis adicional a menos que el dolor sea intenso."),
    ("it", "Only take an extra dose if the pain is severe.", "Non prenda una dose in più a meno che il dolore non sia forte."),
    ("es", "It only takes a few minutes.", "Dura unos minutos."),
    ("es", "Only 1 in 100 people get this side effect.", "1 de cada 100 personas presenta este efecto adverso."),
])
def test_completeness_an_only_said_otherwise_passes(lang, english, translation):
    assert errors_of(run_checks(english, translation, lang)) == set()


@pytest.mark.parametrize("lang,good,refused", [
    ("es", "Reduzca la dosis en un comprimido cada semana.", "No reduzca la dosis cada semana."),
    ("it", "Riduca la dose di una compressa ogni settimana.", "Non riduca la dose ogni settimana."),
    ("tr", "Dozu her hafta bir tablet azaltın.", "Dozu her hafta azaltmayın."),
])
def test_negation_a_dose_lessened_stays_lessened(lang, good, refused):
    english = "Reduce the dose by one tablet each week."
    assert errors_of(run_checks(english, good, lang)) == set()
    found = [f.message for f in run_checks(english, refused, lang) if f.check == "negation"]
    assert len(found) == 1 and found[0].startswith("the English says “Reduce”; the translation says not to")


# A second probe of the rules above (176 pairs written blind): correct ways of saying "only", an exception after a
# refusal, "after" that puts the second dose first, "up to 1 in 100" for "only 1 in 100"; and refusals missed.
@pytest.mark.parametrize("lang,english,translation", [
    ("el", "Only use this medicine on the skin.", "Αποκλειστικά για δερματική χρήση."),
    ("fa", "Only use this medicine on the skin.", "این دارو منحصراً برای مصرف پوستی است."),
    ("vi", "Only take an extra dose if the pain is severe.", "Khi đau dữ dội mới được uống thêm một liều."),
    ("pa_Guru", "Only take an extra dose if the pain is severe.", "ਵਾਧੂ ਖੁਰਾਕ ਤਾਂ ਹੀ ਲਓ ਜੇ ਦਰਦ ਬਹੁਤ ਤੇਜ਼ ਹੋਵੇ।"),
    ("zh_Hant", "Only use this medicine on the skin.", "本藥不可用於皮膚以外的部位。"),
    ("it", "Lower your dose only as directed by your doctor.", "Non riduca la dose se non su indicazione del medico."),
    ("es", "Take 40 mg for 3 days, then 20 mg for 3 days.",
     "Tome 20 mg durante 3 días después de haber tomado 40 mg durante los 3 primeros días."),
    ("tr", "Take 40 mg for 3 days, then 20 mg.", "20 mg'a, 3 gün boyunca 40 mg aldıktan sonra geçiniz."),
    ("tr", "This side effect affects only 1 in 1,000 people.", "Bu yan etki 1.000 kişiden en fazla 1'ini etkileyebilir."),
    ("vi", "Only 1 in 100 people get this side effect.", "Tác dụng phụ này có thể gặp ở tối đa 1 trên 100 người."),
    ("zh_Hans", "Only 1 in 100 people get this side effect.", "这种不良反应最多可能影响每100人中的1人。"),
])
def test_second_probe_correct_translations_pass(lang, english, translation):
    assert errors_of(run_checks(english, translation, lang)) == set()


@pytest.mark.parametrize("lang,english,translation", [
    ("vi", "Withhold it if your pulse is below 60.", "Không được bỏ thuốc nếu mạch của bạn dưới 60."),
    ("zh_Hans", "Omit your morning dose on the day of the scan.", "检查当天请勿跳过早晨的剂量。"),
    ("ar", "Keep the dressing on for 24 hours.", "لا تُبقِ الضمادة لمدة 24 ساعة."),
])
def test_second_probe_refusals_fail(lang, english, translation):
    assert "negation" in errors_of(run_checks(english, translation, lang))


# A second reader's cases (rules 135): a "do not" over a list is one refusal, a refusal of a phrase or a "do not let"
# reaches no further than its part of the clause, a translation refusing the English's own pole, "only" and "then"
# said other ways.
@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Do not eat or drink anything after midnight.", "No coma ni beba nada antes de medianoche."),
    ("es", "Do not get the dressing or the cast wet.", "No deje que el apósito o el yeso se sequen."),
    ("zh_Hans", "Do not let the wound and the dressing get wet.", "不要让伤口和敷料变干。"),
    ("pa_Guru", "Take it before meals and avoid alcohol.", "ਇਸਨੂੰ ਖਾਣੇ ਤੋਂ ਬਾਅਦ ਲਓ ਅਤੇ ਸ਼ਰਾਬ ਤੋਂ ਬਚੋ।"),
    ("pa_Guru", "Keep the dressing dry and avoid swimming.", "ਪੱਟੀ ਨੂੰ ਗਿੱਲਾ ਕਰੋ ਅਤੇ ਤੈਰਾਕੀ ਤੋਂ ਬਚੋ।"),
    ("fa", "Take this medicine before meals and avoid alcohol.",
     "از این دارو بعد از غذا استفاده کنید و از مصرف الکل خودداری کنید."),
    ("zh_Hans", "Take it before meals.", "不要让胃太满并在饭后服用。"),
    ("es", "Keep the dressing dry.", "No deje que el apósito se seque."),
    ("it", "Keep the dressing dry.", "Non lasci che la medicazione si asciughi."),
    ("zh_Hans", "Keep the dressing dry.", "防止伤口干燥。"),
    ("tr", "Keep the dressing dry.", "Pansumanı kurutmayın."),
    ("es", "Skip only the evening dose on the day of the test.", "No se salte la dosis de la noche el día de la prueba."),
    ("tr", "Take 40 mg a day for 3 days, then 20 mg a day for 3 days.",
     "3 gün boyunca günde 20 mg alın, ardından 3 gün boyunca günde 40 mg alın."),
    ("el", "Take 40 mg for 3 days, then 20 mg for 3 days.", "Παίρνετε 20 mg για 3 ημέρες και μετά 40 mg για 3 ημέρες."),
    ("zh_Hans", "Take 2 tablets on the first day, then 1 tablet a day.", "第一天服用1片，之后每天服用2片。"),
])
def test_second_reader_dangerous_translations_fail(lang, english, translation):
    assert errors_of(run_checks(english, translation, lang)) & {"polarity", "negation", "numbers"}


@pytest.mark.parametrize("lang,english,translation", [
    ("tr", "Take 40 mg for 3 days, then 20 mg.", "20 mg'a, 3 günlük 40 mg tedavisinden sonra geçin."),
    ("es", "Take 40 mg for 3 days, then 20 mg.", "Tome 20 mg después del tratamiento inicial de 3 días con 40 mg."),
    ("zh_Hans", "Take 40 mg for 3 days, then 20 mg.", "20毫克应在服用40毫克3天之后服用。"),
    ("vi", "Take 40 mg for 3 days, then 20 mg.", "Uống 20 mg sau khi đã uống 40 mg trong 3 ngày rồi."),
    ("it", "Take 40 mg for 3 days, then 20 mg.", "Prenda 20 mg dopo aver preso 40 mg per 3 giorni, quindi continui."),
    ("zh_Hans", "Skip the missed dose and take the next one at the usual time.", "请勿补服漏服的剂量，下次按时服用即可。"),
    ("tr", "Keep the dressing dry.", "Pansumanı kuru tutun ve ıslatmayın."),
    ("tr", "Keep the dressing dry.", "Yarayı ıslatmamaya dikkat edin."),
    ("tr", "Keep the dressing dry.", "Pansumanın ıslanmasını önleyin."),
    ("fa", "Keep the dressing dry.", "از خیس شدن پانسمان جلوگیری کنید."),
    ("es", "Keep the dressing dry.", "Impida que el apósito se moje."),
    ("el", "Only take an extra dose if the pain is severe.", "Να παίρνετε επιπλέον δόση μόνον εάν ο πόνος είναι έντονος."),
    ("tr", "Only take an extra dose if the pain is severe.", "Ağrınız şiddetliyse ancak o zaman ek doz alın."),
    ("vi", "Only take an extra dose if the pain is severe.", "Khi đau nhiều mới uống thêm một liều."),
    ("zh_Hans", "Only take an extra dose if the pain is severe.", "疼痛剧烈时方可加服一剂。"),
    ("zh_Hans", "Only take an extra dose if the pain is severe.", "只有在疼痛剧烈的情况下才加服一剂。"),
    ("es", "If you only have mild pain, take 1 tablet.", "Si tiene un dolor leve, tome 1 comprimido."),
    ("it", "Take an extra dose unless your doctor tells you otherwise.",
     "Prenda una dose aggiuntiva, a meno di diversa indicazione del medico."),
    ("vi", "Store in a dry place, protected from light.", "Bảo quản nơi thoáng mát, tránh ánh sáng trực tiếp và ẩm."),
    ("es", "It is unsafe to drive after sedation.", "No es seguro conducir después de una sedación."),
    ("zh_Hans", "It is unsafe to drive after sedation.", "镇静后驾驶是不安全的。"),
])
def test_second_reader_correct_translations_pass(lang, english, translation):
    assert errors_of(run_checks(english, translation, lang)) == set()


# A third reader's cases (rules 136): a refusal of a phrase and a "do not let" cover a list; Turkish "önleyin" after a
# means ("-arak") refuses nothing; "then" before the later dose; a decimal's digits are no whole number.
@pytest.mark.parametrize("lang,english,translation", [
    ("vi", "Store in a dry place.", "Bảo quản ở nơi ẩm."),
    ("vi", "Keep the wound dry.", "Giữ vết thương luôn ẩm."),
    ("zh_Hans", "Skip the evening dose.", "不要漏服晚上的剂量。"),
    ("ar", "Skip the evening dose.", "لا تفوّت جرعة المساء."),
    ("es", "Take 5 mg a day for one week, then 2.5 mg a day.", "Tome 2,5 mg al día durante una semana y luego 5 mg al día."),
    ("es", "Take 40 mg a day in week 1, then 20 mg a day.", "Semana 1: 20 mg al día; luego 40 mg al día."),
    ("es", "Keep the dressing dry unless your nurse tells you otherwise.",
     "No deje que el apósito se seque, a menos que la enfermera le indique lo contrario."),
    ("vi", "Take it before meals.", "Tránh ăn no và uống thuốc sau bữa ăn."),
    ("it", "Take it before meals.", "Eviti che lo stomaco sia pieno e lo prenda dopo i pasti."),
    ("pa_Guru", "Keep the wound dry and avoid swimming.", "ਜ਼ਖ਼ਮ ਨੂੰ ਗਿੱਲਾ ਰੱਖਣਾ ਹੈ ਅਤੇ ਤੈਰਾਕੀ ਤੋਂ ਬਚੋ।"),
])
def test_third_reader_dangerous_translations_fail(lang, english, translation):
    assert errors_of(run_checks(english, translation, lang)) & {"polarity", "negation", "numbers"}


@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Keep the wound and dressing dry.", "Evite que la herida y el apósito se mojen."),
    ("es", "Keep the wound and dressing dry.", "No deje que la herida o el apósito se mojen."),
    ("vi", "Keep the dressing dry.", "Không để băng gạc trên vết thương bị ướt."),
    ("fa", "Keep the wound and dressing dry.", "از خیس شدن زخم و پانسمان خودداری کنید."),
    ("pa_Guru", "Keep the wound dry.", "ਜ਼ਖ਼ਮ ਨੂੰ ਗਿੱਲਾ ਜਾਂ ਨਮ ਹੋਣ ਤੋਂ ਬਚਾਓ।"),
    ("tr", "Take it before breakfast to prevent nausea.", "Kahvaltıdan önce alarak bulantıyı önleyin."),
    ("tr", "Keep the wound dry to prevent infection.", "Yarayı kuru tutarak enfeksiyonu önleyin."),
    ("tr", "Take it with food to prevent nausea.", "Tok karnına alarak bulantıyı önleyin."),
    ("it", "Only take it with food.", "Non lo assuma se non con il cibo."),
    ("it", "Only take it after meals.", "Non lo prenda se non dopo i pasti."),
    ("it", "Keep the dressing dry.", "Eviti che la ferita e il cerotto si bagnino."),
    ("vi", "Store in a dry place protected from light.", "Bảo quản tránh ánh sáng ở nơi khô ráo."),
    ("vi", "Take it after meals to avoid stomach upset.", "Để tránh khó chịu ở dạ dày hãy uống thuốc sau bữa ăn."),
    ("vi", "Store in a dry place.", "Bảo quản nơi chống ẩm."),
    ("pa_Guru", "Take it after meals and avoid alcohol.", "ਦਵਾਈ ਖਾਣੇ ਤੋਂ ਬਾਅਦ ਲੈਣੀ ਹੈ ਅਤੇ ਸ਼ਰਾਬ ਤੋਂ ਬਚੋ।"),
    ("zh_Hans", "Skip the missed dose and take the next one at the usual time.", "请勿补服漏服的剂量，下次按时服用即可。"),
])
def test_third_reader_correct_translations_pass(lang, english, translation):
    assert errors_of(run_checks(english, translation, lang)) == set()


# A fifth reader's cases, against the code before rules 135 (rules 138): "ancak", mới no exception for the negation
# check; a "do not let" never over an instruction of its own (Arabic و on a verb, 再); an "unless" is its own
# condition, an "only" may be said by "No ..., salvo que"; an English "prevent", "keep from" refuses too; a verb-final
# language's negation before a word is the clause before's; "after" before the dose given last tells it from the end.
@pytest.mark.parametrize("lang,english,translation", [
    ("tr", "Only give it to children over 12, but check the dose first.",
     "12 yaşından büyük çocuklara vermeyin, ancak önce dozu kontrol edin."),
    ("vi", "Only take an extra dose if the pain is severe.", "Không uống thêm một liều khi đau dữ dội, thuốc mới có thể gây hại."),
    ("ar", "Take it before breakfast.", "لا تدع معدتك ممتلئة وتناوله بعد الإفطار."),
    ("ar", "It is unsafe to drive after taking it.", "لا تدع أحدًا يقلقك فالقيادة آمنة بعد تناوله."),
    ("es", "Take it before breakfast.", "Evite que el estómago esté lleno y su hijo lo tome después del desayuno."),
    ("zh_Hans", "Take it before breakfast.", "不要让胃太满再在早餐后服用。"),
    ("es", "Skip the evening dose unless your blood sugar is high.",
     "No se salte la dosis de la noche salvo que tenga el azúcar alto."),
])
def test_fifth_reader_dangerous_translations_fail(lang, english, translation):
    assert errors_of(run_checks(english, translation, lang)) & {"polarity", "negation", "numbers"}


@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Cover the cast with a plastic bag to keep it from getting wet.",
     "Cubra el yeso con una bolsa de plástico para evitar que se moje."),
    ("zh_Hans", "Use a moisturiser to prevent dry skin.", "使用保湿霜防止皮肤干燥。"),
    ("es", "Only reduce the dose if your doctor tells you to.", "No reduzca la dosis, salvo que se lo indique su médico."),
    ("zh_Hans", "Only reduce the dose if your doctor tells you to.", "除非医生指示，否则不要减少剂量。"),
    ("tr", "Keep the wound dry to prevent infection.", "Yaranın enfekte olmaması için kuru tutun."),
    ("es", "Swallow the tablet with water after a meal; do not chew it.",
     "Trague el comprimido sin masticarlo después de comer, con agua."),
    ("fa", "Take it after meals so that your stomach is not upset.", "برای اینکه معده تان ناراحت نشود بعد از غذا مصرف کنید."),
    ("tr", "Keep your leg raised for 2 days.", "Bacağınızı 2 gün boyunca sarkıtmadan yukarıda tutun."),
    ("zh_Hans", "Drink more fluids until your fever comes down.", "多喝水，直到体温降至正常。"),
    ("es", "Take 40 mg a day for 3 days, then 20 mg a day.",
     "La dosis de 20 mg al día se toma más tarde, tras 3 días con 40 mg al día."),
    ("fa", "Take 40 mg a day for 3 days, then 20 mg a day.",
     "روزانه 20 میلی‌گرم را پس از آن که 3 روز روزانه 40 میلی‌گرم مصرف کردید شروع کنید."),
])
def test_fifth_reader_correct_translations_pass(lang, english, translation):
    assert errors_of(run_checks(english, translation, lang)) == set()


# Known false alarms, the price of reading a joining word as a new clause where no article shows a list of nouns
# (docs/checks.md, Limits): a refusal over a list in Vietnamese, or after a "la" that may be a pronoun.
@pytest.mark.parametrize("lang,translation", [
    ("vi", "Không để vết thương và băng gạc bị ướt."),
    ("it", "Eviti che la ferita e la medicazione si bagnino."),
])
def test_third_reader_a_refused_list_without_an_article_is_read_as_two_clauses(lang, translation):
    assert "polarity" in errors_of(run_checks("Keep the wound and the dressing dry.", translation, lang))


# Two doses of a course given one then the other (rules 135): turned round, a tapering course steps up.
@pytest.mark.parametrize("lang,good,bad", [
    ("es", "Tome 40 mg al día durante 3 días y luego 20 mg al día durante 3 días.",
     "Tome 20 mg al día durante 3 días y luego 40 mg al día durante 3 días."),
    ("it", "Prenda 40 mg al giorno per 3 giorni, poi 20 mg al giorno per 3 giorni.",
     "Prenda 20 mg al giorno per 3 giorni, poi 40 mg al giorno per 3 giorni."),
    ("el", "Πάρτε 40 mg την ημέρα για 3 ημέρες και έπειτα 20 mg την ημέρα για 3 ημέρες.",
     "Πάρτε 20 mg την ημέρα για 3 ημέρες και έπειτα 40 mg την ημέρα για 3 ημέρες."),
    ("tr", "3 gün boyunca günde 40 mg, ardından 3 gün boyunca günde 20 mg alın.",
     "3 gün boyunca günde 20 mg, ardından 3 gün boyunca günde 40 mg alın."),
    ("vi", "Uống 40 mg mỗi ngày trong 3 ngày, sau đó 20 mg mỗi ngày trong 3 ngày.",
     "Uống 20 mg mỗi ngày trong 3 ngày, sau đó 40 mg mỗi ngày trong 3 ngày."),
    ("ar", "تناول 40 ملغ يوميا لمدة 3 أيام، ثم 20 ملغ يوميا لمدة 3 أيام.",
     "تناول 20 ملغ يوميا لمدة 3 أيام، ثم 40 ملغ يوميا لمدة 3 أيام."),
    ("fa", "به مدت 3 روز روزانه 40 میلی‌گرم و سپس به مدت 3 روز روزانه 20 میلی‌گرم مصرف کنید.",
     "به مدت 3 روز روزانه 20 میلی‌گرم و سپس به مدت 3 روز روزانه 40 میلی‌گرم مصرف کنید."),
    ("pa_Guru", "3 ਦਿਨਾਂ ਲਈ ਰੋਜ਼ਾਨਾ 40 mg ਲਓ, ਫਿਰ 3 ਦਿਨਾਂ ਲਈ ਰੋਜ਼ਾਨਾ 20 mg ਲਓ।",
     "3 ਦਿਨਾਂ ਲਈ ਰੋਜ਼ਾਨਾ 20 mg ਲਓ, ਫਿਰ 3 ਦਿਨਾਂ ਲਈ ਰੋਜ਼ਾਨਾ 40 mg ਲਓ।"),
    ("zh_Hans", "每天服用40毫克，连续3天，然后每天20毫克，连续3天。", "每天服用20毫克，连续3天，然后每天40毫克，连续3天。"),
    ("zh_Hant", "先服40毫克3天，再服20毫克3天。",
     "先服20毫克3天，再服40毫克3天。"),
])
def test_numbers_doses_of_a_course_turned_round_fail(lang, good, bad):
    english = "Take 40 mg a day for 3 days, then 20 mg a day for 3 days."
    assert errors_of(run_checks(english, good, lang)) == set()
    found = [f.message for f in run_checks(english, bad, lang) if f.check == "numbers"]
    assert found == ["the English gives 40, then 20 (mg); the translation gives 20, then 40"]


@pytest.mark.parametrize("english,translation", [
    # a translation that tells the sequence from its end, without a "then" between the doses, is not read for the order
    ("Take 2 tablets a day for 5 days, then 1 tablet a day for 5 days.",
     "Tome 1 comprimido al día durante 5 días, tras 5 días de 2 comprimidos al día."),
    ("Take 40 mg, then 20 mg 12 hours later.", "Tome 40 mg y, 12 horas más tarde, 20 mg."),
])
def test_numbers_a_course_in_its_order_or_without_then_passes(english, translation):
    assert "numbers" not in errors_of(run_checks(english, translation, "es"))


@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Take one 5 ml teaspoonful.", "Tome una cucharada de 5 ml."),
    ("it", "Measure one teaspoon with the measuring spoon provided.", "Misuri un cucchiaino con il cucchiaio dosatore fornito."),
    ("it", "Take one teaspoon. Do not use kitchen spoons.", "Prenda un cucchiaino. Non usi i cucchiai da cucina."),
    ("zh_Hans", "Take one teaspoon (5 ml). Do not use a household spoon.", "服用一茶匙（5毫升）。勿用家用汤匙。"),
    ("el", "Give one teaspoon (5 ml).", "Δώστε ένα κουτάλι του γλυκού (5 ml)."),
])
def test_polarity_a_spoon_that_is_no_dose_holds_no_tablespoon(lang, english, translation):
    assert "polarity" not in errors_of(run_checks(english, translation, lang))


def test_counts_every_language_counts_the_new_dose_forms():
    """A lexicon line's comment once swallowed the entries after it (Persian suppositories, Punjabi micrograms)."""
    new_forms = {"patch", "suppository", "spoonful", "ampoule"}
    for lang, kinds in lexicon.COUNTED.items():
        missing = new_forms - set(kinds)
        # Vietnamese miếng, ống and lọ are any piece, tube or bottle; its suppositories are tablets (viên đặt)
        assert missing == ({"patch", "suppository", "ampoule"} if lang == "vi" else set()), lang


@pytest.mark.parametrize("lang,english,translation", [
    ("fa", "Use one suppository a day.", "روزانه دو شیاف استفاده کنید."),
    ("tr", "Take two teaspoons twice a day.", "Günde iki kez üç çay kaşığı alın."),  # çay: which spoon, read through
    ("pa_Guru", "Take one teaspoon.", "ਦੋ ਛੋਟੇ ਚਮਚ ਲਓ।"),
])
def test_counts_spoons_said_with_which_spoon_and_persian_suppositories(lang, english, translation):
    assert "numbers" in errors_of(run_checks(english, translation, lang))


def test_polarity_an_age_beside_lozenges_is_held():
    english = "Children under 12 years: do not take over 8 lozenges a day."
    translation = "Niños mayores de 12 años: no tomen más de 8 pastillas al día."
    assert "polarity" in errors_of(run_checks(english, translation, "es"))


@pytest.mark.parametrize("lang,english,translation", [
    ("it", "Take one teaspoon.", "Prenda un cucchiaio da caffè."),  # a coffee spoon is a teaspoon
    ("zh_Hans", "Take one teaspoon.", "服用一小汤勺。"),
    ("ar", "The nurse will take two vials of your blood.", "ستسحب الممرضة أنبوبين من دمك."),
])
def test_spoons_and_samples_said_other_ways_pass(lang, english, translation):
    assert errors_of(run_checks(english, translation, lang)) == set()


def test_polarity_a_tablespoon_said_with_big_is_one():
    assert "polarity" in errors_of(run_checks("Take one teaspoon.", "服用一大汤匙。", "zh_Hans"))
    assert "polarity" in errors_of(run_checks("Take one tablespoon.", "Prenda un cucchiaio da caffè.", "it"))


def test_polarity_chinese_spoons_moved_between_morning_and_night():
    english = "Take 1 teaspoon in the morning and 2 at night."
    assert errors_of(run_checks(english, "早1匙，晚2匙。", "zh_Hans")) & {"polarity", "numbers"} == set()
    assert "polarity" in errors_of(run_checks(english, "早2匙，晚1匙。", "zh_Hans"))


# A tablet to swallow whole written as one to chew, and back (rules 116: both passed in every language): a
# modified-release tablet chewed gives its whole dose at once.
@pytest.mark.parametrize("lang,whole,chewed", [
    ("es", "Trague el comprimido entero con un vaso de agua.", "Mastique el comprimido con un vaso de agua."),
    ("it", "Deglutisca la compressa intera con un bicchiere d'acqua.", "Mastichi la compressa con un bicchiere d'acqua."),
    ("el", "Καταπίνετε το δισκίο ολόκληρο με ένα ποτήρι νερό.", "Μασήστε το δισκίο με ένα ποτήρι νερό."),
    ("tr", "Tableti bir bardak su ile bütün olarak yutunuz.", "Tableti bir bardak su ile çiğneyiniz."),
    ("vi", "Nuốt nguyên viên thuốc với một cốc nước.", "Nhai viên thuốc với một cốc nước."),
    ("ar", "ابتلع القرص كاملاً مع كوب من الماء.", "امضغ القرص مع كوب من الماء."),
    ("fa", "قرص را به‌طور کامل با یک لیوان آب ببلعید.", "قرص را با یک لیوان آب بجوید."),
    ("pa_Guru", "ਗੋਲੀ ਨੂੰ ਇੱਕ ਗਿਲਾਸ ਪਾਣੀ ਨਾਲ ਸਾਬਤ ਨਿਗਲ ਲਓ।", "ਗੋਲੀ ਨੂੰ ਇੱਕ ਗਿਲਾਸ ਪਾਣੀ ਨਾਲ ਚਬਾ ਲਓ।"),
    ("zh_Hans", "用一杯水将药片整片吞服。", "用一杯水将药片嚼碎服用。"),
    ("zh_Hant", "以一杯水將藥錠整顆吞服。", "請以一杯水將藥錠磨碎服用。"),
])
def test_polarity_swallowed_whole_is_not_chewed(lang, whole, chewed):
    english = "Swallow the tablet whole with a glass of water."
    assert errors_of(run_checks(english, whole, lang)) == set()
    assert "polarity" in errors_of(run_checks(english, chewed, lang))
    assert "polarity" in errors_of(run_checks("Chew the tablet with a glass of water.", whole, lang))  # and back


@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Swallow the tablet whole, without chewing.", "Trague el comprimido sin masticar."),
    ("tr", "Swallow the tablets whole.", "Tabletleri çiğnemeden yutunuz."),
    ("it", "Do not chew gum while taking this medicine. Swallow the tablet whole.",
     "Non masticare gomme durante il trattamento. Deglutire la compressa intera."),
])
def test_polarity_without_chewing_is_swallowed_whole(lang, english, translation):
    assert "polarity" not in errors_of(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Chew the tablets.", "Los comprimidos deben ingerirse enteros."),  # "take" verbs say whole too
    ("zh_Hans", "Chew the tablets.", "药片应整片用水送服。"),
    ("vi", "Chew the tablets.", "Uống nguyên viên thuốc."),
    ("ar", "Chew the tablets.", "ابتلع القرص بالكامل."),
    ("es", "Swallow the whole tablet with water.", "Mastique el comprimido con agua."),  # "the whole tablet"
])
def test_polarity_whole_said_with_take_or_before_the_noun_is_held(lang, english, translation):
    assert "polarity" in errors_of(run_checks(english, translation, lang))


# Correct texts an adversarial reader found flagged by the first version of rules 116: a word for whole in another
# sense, a chewable tablet's name, crushing pain, "without chewing or crushing".
@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Chew the tablet and drink a whole glass of water.", "Mastique el comprimido y beba un vaso entero de agua."),
    ("el", "Chew the tablet until you complete the course.", "Μασήστε το δισκίο μέχρι να ολοκληρώσετε τη θεραπεία."),
    ("zh_Hans", "Swallow the tablet whole; do not confuse it with the chewable tablets.", "整片吞服；请勿与咀嚼片混淆。"),
    ("es", "Call 999 if you have crushing chest pain. Swallow the tablet whole.",
     "Llame al 999 si tiene un dolor opresivo en el pecho. Trague el comprimido entero."),
    ("tr", "Swallow the capsule whole, without chewing or crushing it.", "Kapsülü çiğnemeden veya ezmeden yutunuz."),
    ("es", "Keep taking the tablets for the whole course. Chew them well.",
     "Siga tomando los comprimidos durante todo el tratamiento. Mastíquelos bien."),
    # a second reader of rules 116: "take ... whole", and chewing said under a negation or "without" on either side
    ("es", "Take the tablets whole, without chewing or crushing them.",
     "Tome los comprimidos enteros, sin masticarlos ni triturarlos."),
    ("it", "Take the tablets whole, without chewing or crushing them.",
     "Assumere le compresse intere, senza masticarle né frantumarle."),
    ("el", "Take the tablets whole, without chewing or crushing them.",
     "Τα δισκία πρέπει να λαμβάνονται ολόκληρα, χωρίς να τα μασάτε ή να τα θρυμματίζετε."),
    ("vi", "Take the tablets whole, without chewing or crushing them.", "Uống nguyên viên thuốc, không nhai hoặc nghiền."),
    ("zh_Hans", "Take the tablets whole, without chewing or crushing them.", "药片应整片服用，不要咀嚼或压碎。"),
    ("es", "Swallow the capsules with water, without chewing, crushing or opening them.",
     "Trague las cápsulas enteras con agua, sin abrirlas."),
])
def test_polarity_whole_and_chewing_in_other_senses_pass(lang, english, translation):
    assert "polarity" not in errors_of(run_checks(english, translation, lang))


def test_counts_lozenges_are_tablets():
    english = "Suck one lozenge every 2 hours, up to 8 lozenges a day."
    good = "Chupe una pastilla cada 2 horas, hasta 8 pastillas al día."
    assert errors_of(run_checks(english, good, "es")) == set()
    assert "numbers" in errors_of(run_checks(english, good.replace("una pastilla", "dos pastillas"), "es"))


def test_counts_a_spray_said_as_times_passes():
    # 喷2次, spray twice: how Chinese says two sprays (a dose said as times)
    english = "Use 2 sprays in each nostril once a day."
    assert errors_of(run_checks(english, "每日1次，每侧鼻孔各喷2次。", "zh_Hans")) == set()
    assert errors_of(run_checks(english, "Use 2 pulverizaciones en cada fosa nasal una vez al día.", "es")) == set()


@pytest.mark.parametrize("lang,good,bad", [
    ("es", "Tome un cuarto de comprimido.", "Tome un comprimido."),
    ("es", "Tome 1/4 de comprimido.", "Tome 1 comprimido."),
    ("it", "Prenda un quarto di compressa.", "Prenda una compressa."),
    ("el", "Πάρτε το ένα τέταρτο του δισκίου.", "Πάρτε ένα δισκίο."),
    ("tr", "Bir tabletin çeyreğini alın.", "Bir tablet alın."),
    ("vi", "Uống một phần tư viên.", "Uống một viên."),
    ("ar", "تناول ربع قرص.", "تناول قرصًا."),
    ("fa", "یک‌چهارم قرص مصرف کنید.", "یک قرص مصرف کنید."),
    ("pa_Guru", "ਗੋਲੀ ਦਾ ਚੌਥਾਈ ਹਿੱਸਾ ਲਓ।", "ਇੱਕ ਗੋਲੀ ਲਓ।"),
    ("zh_Hans", "服用四分之一片。", "服用一片。"),
    ("zh_Hant", "服用四分之一片。", "服用一片。"),
])
def test_numbers_a_quarter_of_a_dose_dropped_fails(lang, good, bad):
    """Four times the dose: the half rule had no quarter."""
    assert "numbers" not in checks_failed(run_checks("Take a quarter of a tablet.", good, lang))
    assert "the English says “a quarter of a tablet”; the translation says no quarter" in [
        f.message for f in run_checks("Take a quarter of a tablet.", bad, lang) if f.check == "numbers"]
    assert "numbers" not in checks_failed(run_checks("Wait a quarter of an hour.", "Espere un cuarto de hora.", "es"))


@pytest.mark.parametrize("lang,three,one", [
    ("es", "Tome tres cuartos de comprimido.", "Tome un cuarto de comprimido."),
    ("it", "Prenda tre quarti di compressa.", "Prenda un quarto di compressa."),
    ("el", "Πάρτε τα τρία τέταρτα του δισκίου.", "Πάρτε το ένα τέταρτο του δισκίου."),
    ("tr", "Bir tabletin dörtte üçünü alın.", "Bir tabletin çeyreğini alın."),
    ("vi", "Uống ba phần tư viên.", "Uống một phần tư viên."),
    ("ar", "تناول ثلاثة أرباع القرص.", "تناول ربع قرص."),
    ("fa", "سه‌چهارم قرص مصرف کنید.", "یک‌چهارم قرص مصرف کنید."),
    ("pa_Guru", "ਗੋਲੀ ਦਾ ਤਿੰਨ ਚੌਥਾਈ ਹਿੱਸਾ ਲਓ।", "ਗੋਲੀ ਦਾ ਚੌਥਾਈ ਹਿੱਸਾ ਲਓ।"),
    ("zh_Hans", "服用四分之三片。", "服用四分之一片。"),
    ("zh_Hant", "服用四分之三片。", "服用四分之一片。"),
])
def test_numbers_a_quarter_and_three_quarters_of_a_dose_swapped_fail(lang, three, one):
    """A third of the dose, or three times it: both had "a quarter" in the translation's words."""
    assert errors_of(run_checks("Take three quarters of a tablet.", three, lang)) == set()
    assert errors_of(run_checks("Take a quarter of a tablet.", one, lang)) == set()
    assert "the English says “three quarters of a tablet”; the translation says a quarter, not three" in [
        f.message for f in run_checks("Take three quarters of a tablet.", one, lang) if f.check == "numbers"]
    assert "the English says “a quarter of a tablet”; the translation says three quarters" in [
        f.message for f in run_checks("Take a quarter of a tablet.", three, lang) if f.check == "numbers"]


@pytest.mark.parametrize("lang,bad", [
    ("es", "Tome un comprimido un cuarto de hora antes de las comidas."),
    ("it", "Prenda una compressa un quarto d'ora prima dei pasti."),
    ("el", "Πάρτε ένα δισκίο ένα τέταρτο της ώρας πριν από τα γεύματα."),
    ("tr", "Yemeklerden çeyrek saat önce bir tablet alın."),
    ("vi", "Uống một viên một phần tư giờ trước bữa ăn."),
    ("ar", "تناول قرصًا واحدًا قبل الوجبات بربع ساعة."),
    ("fa", "یک ربع ساعت قبل از غذا، یک قرص مصرف کنید."),
    ("pa_Guru", "ਖਾਣੇ ਤੋਂ ਚੌਥਾਈ ਘੰਟਾ ਪਹਿਲਾਂ ਇੱਕ ਗੋਲੀ ਲਓ।"),
    ("zh_Hans", "饭前四分之一小时服用一片。"),
    ("zh_Hant", "飯前四分之一個小時服用一錠。"),
    ("el", "Πάρτε ένα δισκίο εντός ενός τετάρτου της ώρας πριν από τα γεύματα."),
    ("ar", "تناول قرصًا بربع الساعة قبل الوجبات."),
    ("pa_Guru", "ਖਾਣੇ ਤੋਂ ਇੱਕ ਘੰਟੇ ਦਾ ਚੌਥਾਈ ਹਿੱਸਾ ਪਹਿਲਾਂ ਇੱਕ ਗੋਲੀ ਲਓ।"),
    ("vi", "Uống một viên phần tư giờ trước bữa ăn."),
])
def test_numbers_a_quarter_of_an_hour_is_no_quarter_of_a_dose(lang, bad):
    """The quarter the translation says is the hour's: the tablet is whole, four times the dose."""
    english = "Take a quarter of a tablet a quarter of an hour before meals."
    assert "the English says “a quarter of a tablet”; the translation says no quarter" in [
        f.message for f in run_checks(english, bad, lang) if f.check == "numbers"]


@pytest.mark.parametrize("lang,english,translation,error", [
    ("es", "Take three-quarters of a tablet.", "Tome un cuarto de comprimido.", True),  # hyphenated
    ("es", "Take three-quarters of a tablet.", "Tome tres cuartos de comprimido.", False),
    ("tr", "Take three quarters of a tablet.", "Bir tabletin üç çeyreğini alın.", False),
    ("pa_Guru", "Take three quarters of a tablet.", "ਪੌਣੇ ਦੋ ਗੋਲੀਆਂ ਲਓ।", True),  # 1¾ tablets
    # a strength in digits is no three quarters, either way
    ("es", "Take three quarters of a tablet (0.75 mg).", "Tome un cuarto de comprimido (0,75 mg).", True),
    ("es", "Take a quarter of a tablet (0.75 mg).", "Tome un cuarto de comprimido (0,75 mg).", False),
    # a quarter of a tablet after a period is still a quarter of a dose
    ("tr", "Take a quarter of a tablet every 6 hours.", "Her 6 saatte bir çeyrek tablet alın.", False),
    ("ar", "Take a quarter of a tablet every 12 hours.", "تناول كل 12 ساعة ربع قرص.", False),
])
def test_numbers_quarters_after_a_review(lang, english, translation, error):
    assert ("numbers" in errors_of(run_checks(english, translation, lang))) is error


def test_numbers_three_quarters_in_digits_or_beside_a_quarter_of_an_hour_pass():
    english = "Take three quarters of a tablet, then wait a quarter of an hour."
    assert errors_of(run_checks(english, "Tome tres cuartos de comprimido y espere un cuarto de hora.", "es")) == set()
    assert errors_of(run_checks("Take three quarters of a tablet.", "Tome ¾ de comprimido.", "es")) == set()
    assert errors_of(run_checks("Take three quarters of a tablet.", "ਪੌਣੀ ਗੋਲੀ ਲਓ।", "pa_Guru")) == set()
    assert errors_of(run_checks("Wait a quarter of an hour.", "Περιμένετε ένα τέταρτο της ώρας.", "el")) == set()


@pytest.mark.parametrize("lang,english,good,bad", [
    ("es", "Take it up to 4 times a day.", "Tómelo hasta 4 veces al día.", "Tómelo 4 veces al día."),
    ("es", "Take up to 2 tablets every 4 hours.", "Tome como máximo 2 comprimidos cada 4 horas.",
     "Tome 2 comprimidos cada 4 horas."),
    ("es", "Take a maximum of 8 tablets in 24 hours.", "No tome más de 8 comprimidos en 24 horas.",
     "Tome 8 comprimidos en 24 horas."),
    ("it", "Take up to two tablets at a time.", "Prenda fino a due compresse alla volta.",
     "Prenda due compresse alla volta."),
    ("el", "Use up to 8 puffs a day.", "Χρησιμοποιήστε έως 8 εισπνοές την ημέρα.", "Χρησιμοποιήστε 8 εισπνοές την ημέρα."),
    ("tr", "You can use up to 8 puffs a day.", "Günde en fazla 8 puf kullanabilirsiniz.",
     "Günde 8 puf kullanabilirsiniz."),
    ("vi", "Take up to 3 times a day.", "Uống tối đa 3 lần mỗi ngày.", "Uống 3 lần mỗi ngày."),
    ("ar", "Take up to 4 tablets a day.", "تناول ما يصل إلى 4 أقراص يوميًا.", "تناول 4 أقراص يوميًا."),
    ("fa", "Take up to 4 tablets a day.", "روزانه حداکثر ۴ قرص مصرف کنید.", "روزانه ۴ قرص مصرف کنید."),
    ("fa", "Apply the gel up to 2-3 times a day.", "ژل را روزانه حداکثر ۲ تا ۳ بار بمالید.",
     "ژل را روزانه ۲ تا ۳ بار بمالید."),  # a range's تا (to) is no limit
    ("fa", "Take up to 4 tablets a day.", "روزانه تا ۴ قرص مصرف کنید.", "روزانه دو تا چهار قرص مصرف کنید."),
    ("fa", "Take up to 4 tablets a day.", "روزانه تا ۴ قرص مصرف کنید.",
     "روزانه ۴ قرص مصرف کنید و تاریخ انقضا را بررسی کنید."),  # تاریخ (date) is no تا
    ("pa_Guru", "Take up to 4 tablets a day.", "ਦਿਨ ਵਿੱਚ ਵੱਧ ਤੋਂ ਵੱਧ 4 ਗੋਲੀਆਂ ਲਓ।", "ਦਿਨ ਵਿੱਚ 4 ਗੋਲੀਆਂ ਲਓ।"),
    ("zh_Hans", "Take up to two tablets every 4 hours.", "每4小时最多服用两片。", "每4小时服用两片。"),
    ("zh_Hant", "Take up to 4 times a day.", "每日最多服用4次。", "每日服用4次。"),
])
def test_numbers_an_up_to_of_a_dose_dropped_fails(lang, english, good, bad):
    """The most made a must: a dropped "up to" left the numbers as they were."""
    assert "numbers" not in errors_of(run_checks(english, good, lang))
    assert any(f.message.endswith("the translation says no limit") for f in run_checks(english, bad, lang)
               if f.check == "numbers")


@pytest.mark.parametrize("lang,english,translation,missing,words", [
    # two adversarial reviews of a rule that took such words for the digits: each of these passed it
    ("es", "Take 3 tablets 3 times a day.", "Tome un comprimido tres veces al día.", "3", "tres veces"),
    ("es", "Take 2 tablets 3 times a day.", "Tome dos comprimidos tres veces al día.", "2, 3",
     "dos comprimidos”, “tres veces"),  # right, but read in digits only
    ("es", "Take 2 tablets.", "Tome dos comprimidos dos veces al día.", "2", "dos comprimidos"),  # a frequency added
    ("es", "Take 2 tablets. Do not take more than 8 tablets a day.",
     "Tome ocho comprimidos. No tome más de dos comprimidos al día.", "2, 8", "ocho comprimidos”, “dos comprimidos"),
    ("es", "Take 1 tablet a day for 5 days.", "Tome un comprimido al día cada cinco días.", "1, 5", "cinco dias"),
    ("ar", "Take 2 tablets for 2 weeks.", "تناول قرصًا واحدًا لمدة أسبوعين.", "2", "اسبوعین"),  # a dual of weeks
    ("ar", "Take 2 tablets.", "تناول قرصين.", "2", "قرصین"),
    ("it", "Take 2 tablets twice a day.", "Prenda due compresse al giorno.", "2", "due compresse"),  # "twice" dropped
])
def test_numbers_a_digit_said_in_words_is_not_taken_for_it(lang, english, translation, missing, words):
    """The words are named, and what they count is to be checked: the rest of the sentence is read in digits only."""
    assert f"the English has {missing}; the translation does not (it writes “{words}” in words" in " ".join(
        f.message for f in run_checks(english, translation, lang) if f.check == "numbers")


@pytest.mark.parametrize("lang,english,translation", [
    # not a limit on a dose or how often: how many people, how long
    ("es", "It may affect up to 1 in 10 people.", "Puede afectar a 1 de cada 10 personas."),
    ("es", "The effect lasts up to 24 hours.", "El efecto dura 24 horas."),
    ("it", "It can take up to 2 weeks to work.", "Possono servire 2 settimane perché faccia effetto."),
    # the limit said with a negation
    ("es", "Take up to 4 times a day.", "No lo tome más de 4 veces al día."),
    ("zh_Hans", "Take up to 4 tablets a day.", "每日服用不超过4片。"),
    ("el", "You may take at most 3 doses a day.", "Μπορείτε να πάρετε κατ' ανώτατο όριο 3 δόσεις την ημέρα."),
])
def test_numbers_an_up_to_that_is_no_dose_limit_or_is_said_another_way_passes(lang, english, translation):
    assert "numbers" not in errors_of(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,good,bad", [
    ("zh_Hans", "Take it at 8 am.", "早8点服用。", "晚8点服用。"),
    ("zh_Hans", "Take it at 8 pm.", "晚8点服用。", "早8点服用。"),
    ("zh_Hant", "Take it at 8 am.", "早8點服用。", "晚8點服用。"),
])
def test_numbers_the_chinese_shorthand_for_morning_and_evening_before_an_hour(lang, english, good, bad):
    assert "numbers" not in checks_failed(run_checks(english, good, lang))
    assert "numbers" in checks_failed(run_checks(english, bad, lang))
    assert "numbers" not in checks_failed(run_checks("Come no later than 8 pm.", "最晚8点前来。", "zh_Hans"))


@pytest.mark.parametrize("lang,english,translation", [
    # a negation of another clause is not the course word's
    ("es", "Stop taking it if you feel unwell.", "Deje de tomarlo si no se encuentra bien."),
    ("vi", "Stop taking it if you feel unwell.", "Ngừng dùng thuốc nếu bạn cảm thấy không khỏe."),
    ("el", "Stop taking it if you feel unwell.", "Σταματήστε να το παίρνετε εάν δεν αισθάνεστε καλά."),
    ("it", "Stop taking it if you feel unwell.", "Smetta di prenderlo se non si sente bene."),
    ("tr", "Stop taking it if you feel unwell.", "Kendinizi iyi hissetmezseniz ilacı almayı bırakın."),
    ("ar", "Stop taking it if you feel unwell.", "إذا لم تشعر بأنك بخير، توقف عن تناوله."),
    ("zh_Hans", "Stop taking it if you feel unwell.", "如果症状没有改善，请停止服用。"),
    ("es", "Continue to use the drops until you have finished the bottle.",
     "Continúe usando las gotas hasta que no quede nada en el frasco."),
    # doses are times; a dose spread over the day is said how often
    ("es", "Do not take more than 4 doses in 24 hours.", "No lo tome más de 4 veces en 24 horas."),
    ("zh_Hans", "Do not take more than 4 doses in 24 hours.", "24小时内服用不超过4次。"),
    ("es", "Take 3 tablets a day, one with each meal.", "Tome 1 comprimido 3 veces al día, con cada comida."),
    ("es", "Take 2 tablets in the morning and 2 in the evening.",
     "Tome 2 comprimidos 2 veces al día, por la mañana y por la noche."),
    # a number compared both ways, an at most that says the "not"'s limit, a number of hours late, the next clause
    ("es", "If you weigh under 50 kg, take 500 mg; if you weigh over 50 kg, take 1 g.",
     "Si pesa menos de 50 kg, tome 500 mg; si pesa más de 50 kg, tome 1 g."),
    ("es", _UP_TO, "Puede tomar hasta 2 comprimidos cada vez, pero como máximo 8 comprimidos en 24 horas."),
    ("zh_Hans", _UP_TO, "每次可服2片，但24小时内最多8片。"),
    ("zh_Hans", "Take it at 8 a.m. If you are up to 2 hours late, you can still take it.",
     "请于8:00服用。如晚2小时内，仍可服用。"),
    ("zh_Hans", "Infuse 5 mL/h, up to 120 mL a day.", "每小时输注5毫升，最多120毫升/日。"),
    ("es", "The tablet can be split into quarters; each quarter tablet contains 2.5 mg.",
     "El comprimido se puede partir en cuatro partes iguales; cada parte contiene 2,5 mg."),
    ("el", "Keep taking it while you are on holiday.", "Να το παίρνετε κανονικά και στις διακοπές."),
    ("pa_Guru", "Drink less alcohol.", "ਘੱਟ ਸ਼ਰਾਬ ਪੀਓ।"),
    # a second reviewer's: a modal between the negation and the course word, a verb-final negation, another
    # clause's negation, a word inside another ("aparece"), doses divided, two limits on one number
    ("es", "Keep taking it even if you feel better.", "No se debe interrumpir el tratamiento aunque se sienta mejor."),
    ("zh_Hans", "Keep taking it even if you feel better.", "即使感觉好转，也不要自行停药。"),
    ("fa", "Keep taking it even if you feel better.", "حتی اگر احساس بهبودی کردید، مصرف دارو را قطع نکنید."),
    ("es", "If it fails to work, stop taking it.", "Si no funciona, deje de tomarlo."),
    ("tr", "Stop taking it if your symptoms fail to improve.", "Belirtileriniz düzelmezse ilacı bırakın."),
    ("zh_Hans", "If it fails to work, stop taking it.", "无效时停药。"),
    ("es", "If a mild rash appears, keep taking the medicine.", "Si aparece una erupción leve, no pare el tratamiento."),
    ("zh_Hans", "Take 3 tablets a day in 3 divided doses.", "每日3片，分3次服用。"),
    ("es", "Take 2 tablets a day in 2 divided doses.", "Tome 2 comprimidos al día repartidos en 2 veces."),
    ("es", "Adults: up to 2 tablets at a time, no more than 2 times a day.",
     "Adultos: hasta 2 comprimidos cada vez, como máximo 2 veces al día."),
    ("zh_Hans", "Adults: up to 2 tablets at a time, no more than 2 times a day.", "成人：每次最多2片，每日最多2次。"),
    ("zh_Hans", "Do not exceed a maximum of 4 g in 24 hours.", "24小时内最多4克。"),
    ("fa", "Take three quarters of a tablet at night.", "شب‌ها سه‌چهارم قرص مصرف کنید."),
])
def test_correct_texts_the_new_rules_first_flagged_pass(lang, english, translation):
    """A reviewer's correct translations that the first versions of rules 89 to 94 flagged as errors."""
    assert [f.message for f in run_checks(english, translation, lang) if f.severity is Severity.ERROR] == []


@pytest.mark.parametrize("lang,english,translation,check", [
    ("ar", "Take a quarter of a tablet four times a day.", "تناول قرصًا واحدًا أربع مرات يوميًا.", "numbers"),
    ("el", "Babies under 6 months must not be given this medicine.",
     "Τα βρέφη μεγαλύτερα από 6 μήνες δεν πρέπει να πάρουν αυτό το φάρμακο.", "polarity"),
    ("es", "Take 0.5 mg once a day.", "Tome .5 mg una vez al día.", "numbers"),
    ("pa_Guru", "Take up to 8 tablets a day.", "ਦਿਨ ਵਿੱਚ ਘੱਟ ਤੋਂ ਘੱਟ 8 ਗੋਲੀਆਂ ਲਓ।", "polarity"),
    ("pa_Guru", "Leave at least 4 hours between doses.", "ਖੁਰਾਕਾਂ ਵਿਚਕਾਰ ਵੱਧ ਤੋਂ ਵੱਧ 4 ਘੰਟੇ ਰੱਖੋ।", "polarity"),
])
def test_defects_the_first_versions_of_the_new_rules_let_through_fail(lang, english, translation, check):
    """The other course word where the negation is another clause's; أربع (four) is no quarter; Greek μήνες folded;
    a translation's own ".5" read as a reader may; Punjabi's limits read before its more and less."""
    assert check in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,good,bad", [
    ("es", "Tome 2 cápsulas 3 veces al día.", "Tome 3 cápsulas 2 veces al día."),
    ("zh_Hans", "每日3次，每次2粒。", "每日2次，每次3粒。"),
])
def test_counts_capsules_are_counted_as_tablets_are(lang, good, bad):
    """The English's capsules went uncounted (the units list tablets): the dose and how often swapped passed."""
    english = "Take 2 capsules 3 times a day."
    assert "counts" not in checks_failed(run_checks(english, good, lang))
    assert "counts" in checks_failed(run_checks(english, bad, lang))


def test_polarity_a_time_over_which_a_dose_runs_and_kesinlikle_turn_nothing_round():
    """"over 2 hours" is no level; Turkish "kesinlikle" (absolutely) and "kesin" (certain) are no "stop"."""
    assert "polarity" not in checks_failed(run_checks(
        "The infusion is given over 2 hours.", "La infusión se administra en menos de 2 horas.", "es"))
    assert "polarity" not in checks_failed(run_checks(
        "Keep taking your tablets. Do not drive for 24 hours.",
        "Tabletlerinizi almaya devam edin. 24 saat boyunca kesinlikle araç kullanmayın.", "tr"))


def test_polarity_words_that_only_start_like_a_limit_are_none():
    # minimizar (minimise) is no minimum; "up to date" is no "up to"
    assert "polarity" not in checks_failed(run_checks("Take up to 8 tablets a day to ease the pain.",
                                                      "Tome hasta 8 comprimidos al día para minimizar el dolor.", "es"))
    assert "polarity" not in checks_failed(run_checks("Keep your list of medicines up to date.",
                                                      "Mantenga al menos su lista de medicamentos al día.", "es"))


def test_polarity_up_to_in_a_frequency_heading_is_no_limit_turned_round():
    # "hasta" and 最多 are how the side-effect headings say "up to": neither pole is required
    assert "polarity" not in checks_failed(run_checks("Common (up to 1 in 10 people)",
                                                      "Frecuentes (hasta 1 de cada 10 personas)", "es"))
    assert "polarity" not in checks_failed(run_checks("Common (up to 1 in 10 people)", "常见（最多每10人中有1人）",
                                                      "zh_Hans"))

# In Chinese a drug's name is written inside another's: 吗啡 (morphine) in 氢吗啡酮 (hydromorphone).
@pytest.mark.parametrize("lang,english,translation,reported", [
    ("zh_Hans", "Do not stop taking morphine suddenly.", "不要突然停用氢吗啡酮。",
     "“氢吗啡酮” holds the name of morphine but names another drug"),
    ("zh_Hant", "Do not stop taking morphine suddenly.", "請勿突然停用氫嗎啡酮。",
     "“氫嗎啡酮” holds the name of morphine but names another drug"),
    ("zh_Hans", "Take codeine as prescribed.", "按医嘱服用双氢可待因。",
     "“双氢可待因” holds the name of codeine but names another drug"),
    ("zh_Hans", "Take paracetamol as prescribed.", "按医嘱服用对乙酰氨基酚和双氢可待因。",
     "“双氢可待因” names a drug the English does not (one holding the name of codeine)"),
    # another relative than the one the English names
    ("zh_Hans", "Take dihydrocodeine as prescribed.", "按医嘱服用可待因酮。",
     "“可待因酮” names a drug the English does not (one holding the name of codeine)"),
    ("zh_Hans", "Hydromorphone helps.", "羟吗啡酮有帮助。",
     "“羟吗啡酮” names a drug the English does not (one holding the name of morphine)"),
    # the drug named on its own elsewhere does not hide the swap
    ("zh_Hans", "Do not stop taking morphine suddenly. Morphine can make you drowsy.",
     "不要突然停用氢吗啡酮。吗啡会使您嗜睡。", "“氢吗啡酮” holds the name of morphine but names another drug"),
])
def test_drugs_a_drug_whose_name_holds_the_englishs_drug_fails(lang, english, translation, reported):
    assert [f.message for f in run_checks(english, translation, lang, glossary()) if f.check == "drugs"] == [reported]


@pytest.mark.parametrize("english,translation", [
    ("Do not stop taking morphine suddenly.", "不要突然停用吗啡。"),
    ("Hydromorphone is stronger than morphine.", "氢吗啡酮比吗啡更强。"),  # the English names the relative
    ("Take dihydrocodeine as prescribed.", "按医嘱服用双氢可待因。"),
    ("It contains magnesium hydrogen phosphate.", "本品含磷酸氢镁。"),  # 镁: one character, 酸氢 a salt
])
def test_drugs_a_drug_named_as_the_english_names_it_passes(english, translation):
    assert "drugs" not in checks_failed(run_checks(english, translation, "zh_Hans", glossary()))


# "Increase the dose" written "reduce the dose" in the usual imperative ("reduzca") or another verb of it.
@pytest.mark.parametrize("lang,bad", [
    ("es", "Reduzca la dosis lentamente."), ("es", "Rebaje la dosis lentamente."), ("ar", "قم بتخفيض الجرعة ببطء."),
])
def test_polarity_increase_the_dose_written_reduce_it_fails(lang, bad):
    assert "polarity" in checks_failed(run_checks("Increase the dose slowly.", bad, lang))
    assert "polarity" not in checks_failed(run_checks("Reduce the dose slowly.", bad, lang))


# "under 12" written "over 12" gives a child an adult's dose: each language's usual ways of
# saying an age limit, right, and turned round.
@pytest.mark.parametrize("lang,good,bad", [
    ("es", "No dé este medicamento a menores de 12 años.", "No dé este medicamento a mayores de 12 años."),
    ("es", "No dé este medicamento a niños menores de 12.", "No dé este medicamento a niños mayores de 12."),
    ("it", "Non dia questo medicinale ai bambini sotto i 12 anni.",
     "Non dia questo medicinale ai bambini sopra i 12 anni."),
    ("it", "Non dia questo medicinale ai minori di 12 anni.", "Non dia questo medicinale ai maggiori di 12 anni."),
    ("it", "Non dia questo medicinale ai bambini di età inferiore a 12 anni.",
     "Non dia questo medicinale ai bambini di età superiore a 12 anni."),
    ("el", "Μη δίνετε αυτό το φάρμακο σε παιδιά κάτω των 12 ετών.",
     "Μη δίνετε αυτό το φάρμακο σε παιδιά άνω των 12 ετών."),
    ("tr", "Bu ilacı 12 yaşından küçük çocuklara vermeyin.", "Bu ilacı 12 yaşından büyük çocuklara vermeyin."),
    ("tr", "Bu ilacı 12 yaş altı çocuklara vermeyin.", "Bu ilacı 12 yaş üstü çocuklara vermeyin."),
    ("vi", "Không dùng thuốc này cho trẻ em dưới 12 tuổi.", "Không dùng thuốc này cho trẻ em trên 12 tuổi."),
    ("ar", "لا تعطِ هذا الدواء للأطفال دون سن ١٢ عامًا.", "لا تعطِ هذا الدواء للأطفال فوق سن ١٢ عامًا."),
    ("ar", "لا تعطِ هذا الدواء للأطفال أصغر من ١٢ عامًا.", "لا تعطِ هذا الدواء للأطفال أكبر من ١٢ عامًا."),
    ("fa", "این دارو را به کودکان زیر ۱۲ سال ندهید.", "این دارو را به کودکان بالای ۱۲ سال ندهید."),
    ("pa_Guru", "ਇਹ ਦਵਾਈ 12 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦੇ ਬੱਚਿਆਂ ਨੂੰ ਨਾ ਦਿਓ।", "ਇਹ ਦਵਾਈ 12 ਸਾਲ ਤੋਂ ਵੱਧ ਉਮਰ ਦੇ ਬੱਚਿਆਂ ਨੂੰ ਨਾ ਦਿਓ।"),
    ("zh_Hans", "请勿给12岁以下的儿童服用本药。", "请勿给12岁以上的儿童服用本药。"),
    ("zh_Hans", "请勿给未满12岁的儿童服用本药。", "请勿给年满12岁的儿童服用本药。"),
    ("zh_Hans", "请勿给不满12岁的儿童服用本药。", "请勿给满12岁的儿童服用本药。"),
    ("zh_Hant", "請勿給未滿12歲的兒童服用本藥。", "請勿給年滿12歲的兒童服用本藥。"),
    ("zh_Hant", "請勿給12歲以下的兒童服用本藥。", "請勿給12岁以上的兒童服用本藥。"),  # 岁 typed in Traditional
    ("it", "Non dia questo medicinale ai bambini di età inferiore ai 12 anni.",
     "Non dia questo medicinale ai bambini di età superiore ai 12 anni."),
    ("es", "No dé este medicamento a niños de menos de 12 años.", "No dé este medicamento a niños de más de 12 años."),
    ("ar", "لا تعطِ هذا الدواء للأطفال أقل من ١٢ عامًا.", "لا تعطِ هذا الدواء للأطفال أكثر من ١٢ عامًا."),
    ("pa_Guru", "ਇਹ ਦਵਾਈ 12 ਸਾਲ ਤੋਂ ਛੋਟੇ ਬੱਚਿਆਂ ਨੂੰ ਨਾ ਦਿਓ।", "ਇਹ ਦਵਾਈ 12 ਸਾਲ ਤੋਂ ਵੱਡੇ ਬੱਚਿਆਂ ਨੂੰ ਨਾ ਦਿਓ।"),
])
@pytest.mark.parametrize("english", ["Do not give this medicine to children under 12.",
                                     "Do not give this medicine to children under the age of 12."])
def test_polarity_an_age_limit_turned_round_fails(english, lang, good, bad):
    assert not {f.check for f in run_checks(english, good, lang) if f.severity is Severity.ERROR}
    found = [f.message for f in run_checks(english, bad, lang) if f.check == "polarity"]
    assert len(found) == 1 and found[0].startswith("the English says “under") and "(younger); the translation says " in found[0]
    assert found[0].endswith("(older)")


@pytest.mark.parametrize("english", ["Adults and children aged 12 and over: take 2 tablets.",
                                     "Adults and children aged 12 years and over: take 2 tablets.",
                                     "Adults and children 12 years of age and over: take 2 tablets.",
                                     "Adults and children aged 12 or older: take 2 tablets."])
def test_polarity_a_lower_age_bound_after_the_number_turned_round_fails(english):
    assert not checks_failed(run_checks(english, "Adultos y niños de 12 años o más: tome 2 comprimidos.", "es"))
    assert "polarity" in checks_failed(run_checks(english, "Adultos y niños menores de 12 años: tome 2 comprimidos.", "es"))
    assert "polarity" in checks_failed(run_checks(english, "成人和12岁以下儿童：服用2片。", "zh_Hans"))
    assert not checks_failed(run_checks(english, "成人和12岁及以上儿童：服用2片。", "zh_Hans"))


@pytest.mark.parametrize("english,translation", [
    # a time something takes is no age: "over 2 hours" is how long the infusion runs
    ("The infusion is given over 2 hours, which is less tiring.",
     "La infusión se pone en 2 horas, lo que cansa menos."),
    ("Your steroid dose will be lowered slowly over 6 months.",
     "Su dosis de corticoides se irá reduciendo poco a poco a lo largo de 6 meses."),
    ("Your dose will be lowered over 2 to 4 weeks.", "Su dosis se irá reduciendo a lo largo de 2 a 4 semanas."),
    ("The pain usually eases over 2 or 3 days.", "El dolor suele disminuir en 2 o 3 días."),
    ("The infusion runs over 2½ hours, so it is less tiring.", "La infusión dura 2½ horas, así cansa menos."),
    # an age limit beside a "less" of another pair: each pair is held on its own
    ("Patients over 65 may need a lower dose.", "A partir de 65 años puede ser necesario reducir la dosis."),
    ("If your temperature is over 38°C, take less.", "Si su temperatura supera los 38 °C, tome menos."),
    ("If your temperature is over 38°C, take less.", "Si su temperatura es mayor de 38 °C, tome menos."),
    # an "over" or "under" that weighs or counts is no age, so it does not clash with the age
    ("Adults and children 12 years of age and over who weigh under 40 kg: take 1 tablet.",
     "Adultos y niños a partir de 12 años que pesen menos de 40 kg: tome 1 comprimido."),
    ("Children below 12 must not take over 4 doses in 24 hours.",
     "Los niños menores de 12 años no deben tomar más de 4 dosis en 24 horas."),
])
def test_polarity_an_over_that_is_no_age_limit_turned_round_passes(english, translation):
    assert not checks_failed(run_checks(english, translation, "es")) & {"polarity", "units"}


def test_polarity_an_age_turned_round_beside_a_count_over_a_number_fails():
    english = "Children under 12 must not take over 4 doses in 24 hours."
    bad = "Los niños mayores de 12 años no deben tomar más de 4 dosis en 24 horas."
    assert "polarity" in checks_failed(run_checks(english, bad, "es"))


@pytest.mark.parametrize("lang,translation", [
    ("es", "Los niños menores de 12 años toman media dosis."), ("zh_Hans", "12岁以下儿童服用半剂量。"),
    ("vi", "Trẻ em dưới 12 tuổi dùng nửa liều."), ("tr", "12 yaşından küçük çocuklar yarım doz alır."),
    ("ar", "يأخذ الأطفال دون سن ١٢ عامًا نصف الجرعة."), ("zh_Hans", "不满12岁的儿童服用半剂量。"),
])
def test_an_age_limit_in_years_for_the_englishs_under_12_is_no_unit_added_nor_a_negation(lang, translation):
    assert not checks_failed(run_checks("Children under 12 take half a dose.", translation, lang))
    # without an age in the English, years after a number are still a unit it lacks
    assert "units" in checks_failed(run_checks("Take it for 12 weeks.", translation.replace("dưới", "trong"), lang))


@pytest.mark.parametrize("english,translation", [
    # an age said with more/less or high/low words, in a sentence without an age limit: those pairs hold it
    ("Children more than 12 years old: 1 tablet.", "Niños menores de 12 años: 1 comprimido."),
    ("Patients aged less than 18 years should not use it.", "Los pacientes mayores de 18 años no deben usarlo."),
])
def test_polarity_an_age_said_with_more_or_less_turned_round_still_fails(english, translation):
    assert "polarity" in checks_failed(run_checks(english, translation, "es"))
    assert "polarity" in checks_failed(run_checks("For children above 12 years: 1 tablet.",
                                                  "Per i bambini al di sotto dei 12 anni: 1 compressa.", "it"))
    assert "polarity" in checks_failed(run_checks("For children below 12 years: 1 tablet.",
                                                  "برای کودکان بالای 12 سال: 1 قرص.", "fa"))


@pytest.mark.parametrize("english", ["Children under 12 should take it monthly.",
                                     "Children under 12 should take it once weekly."])
def test_units_a_period_swapped_beside_an_age_in_years_fails(english):
    assert "units" in checks_failed(run_checks(
        english, "Los niños menores de 12 años deben tomarlo una vez al año.", "es"))
    # the age's years are no period the translation speaks of
    assert "units" not in checks_failed(run_checks(
        "Children under 12 should take it daily.", "Los niños menores de 12 años deben tomarlo diariamente.", "es"))


def test_units_an_age_does_not_make_every_number_a_count_of_years():
    assert "units" in checks_failed(run_checks("Children should take it once a day for 5 days.",
                                               "Los niños deben tomarlo una vez al día durante 5 años.", "es"))
    assert "units" in checks_failed(run_checks("Children should take it daily.",
                                               "Los niños deben tomarlo una vez al año.", "es"))
    assert "units" in checks_failed(run_checks("Take 1 tablet a day for 5 days if you weigh under 50 kg.",
                                               "Tome 1 comprimido al día durante 5 años si pesa menos de 50 kg.", "es"))
    assert "units" in checks_failed(run_checks("Children under 12: take it for 5 days.",
                                               "Menores de 12 años: tómelo durante 5 años.", "es"))
    found = [f.message for f in run_checks("Adults aged 65 and over: take 1 tablet daily for 5 days.",
                                           "Adultos de 65 años o más: tome 1 comprimido al día durante 5 años.", "es")
             if f.check == "units"]
    assert found == ["“5 anos” counts years, but the English has days"]  # the count that is wrong, not the age
    # months are no years: "infants 3 to 6 months" names no age in years
    assert "units" in checks_failed(run_checks(
        "Infants 3 to 6 months: 2.5 mL; infants under 3 months: ask your doctor.",
        "Lactantes de 3 a 6 años: 2,5 mL; lactantes menores de 3 meses: consulte a su médico.", "es"))


@pytest.mark.parametrize("lang,translation", [
    ("zh_Hans", "6至12岁儿童：服用半片。"), ("vi", "Trẻ em từ 6 đến 12 tuổi: uống nửa viên."),
    ("tr", "6-12 yaş arası çocuklar: yarım tablet alın."), ("ar", "الأطفال من 6 إلى 12 عامًا: تناول نصف قرص."),
    ("es", "Niños de 6 a 12 años: tome medio comprimido."),
])
def test_units_ages_the_english_names_without_a_limit_are_years(lang, translation):
    assert "units" not in checks_failed(run_checks("Children 6 to 12: take half a tablet.", translation, lang))


@pytest.mark.parametrize("lang,good,bad", [
    ("es", "Es poco frecuente un dolor intenso.", "Es poco frecuente un dolor leve."),
    ("zh_Hans", "剧烈疼痛很少见。", "轻微疼痛很少见。"),
    ("ar", "الألم الشديد نادر.", "الألم الخفيف نادر."),
])
def test_polarity_severe_becoming_mild_fails(lang, good, bad):
    english = "Severe pain is uncommon."
    assert "polarity" not in checks_failed(run_checks(english, good, lang))
    found = [f for f in run_checks(english, bad, lang) if f.check == "polarity"]
    assert len(found) == 1 and "(severe); the translation says" in found[0].message and "(mild)" in found[0].message


def test_drugs_a_drug_the_english_does_not_name_fails_in_any_language_form():
    glossary = Glossary((Term("morphine", drug=True, translations={"es": "morfina", "zh_Hans": "吗啡"}),
                         Term("oxycodone", drug=True, translations={"es": "oxicodona", "zh_Hans": "羟考酮"})))
    english = "Reduce your oxycodone dose slowly."
    assert run_checks(english, "Reduzca poco a poco la dosis de oxicodona.", "es", glossary) == []
    found = run_checks(english, "Reduzca poco a poco la dosis de morfina.", "es", glossary)
    assert "“morfina” names morphine, which the English does not" in [f.message for f in found]
    found = run_checks(english, "请逐渐减少吗啡的剂量。", "zh_Hans", glossary)
    assert "“吗啡” names morphine, which the English does not" in [f.message for f in found]


def test_drugs_a_drug_shaped_word_the_glossary_does_not_know_fails():
    found = run_checks("Your arm will be numbed first.", "Primero le adormecerán el brazo con bupivacaína.", "es")
    assert "“bupivacaina” looks like a drug name, and the English names no such drug" in [
        f.message for f in found if f.check == "drugs"]


@pytest.mark.parametrize("lang,good,bad", [
    # the drug taken and the one put aside turned round (each passed before RULES_VERSION 120: both drugs named)
    ("es", "Tome paracetamol en lugar de ibuprofeno.", "Tome ibuprofeno en lugar de paracetamol."),
    ("it", "Prenda il paracetamolo invece dell'ibuprofene.", "Prenda l'ibuprofene invece del paracetamolo."),
    ("el", "Πάρτε παρακεταμόλη αντί για ιβουπροφαίνη.", "Πάρτε ιβουπροφαίνη αντί για παρακεταμόλη."),
    ("tr", "İbuprofen yerine parasetamol alın.", "Parasetamol yerine ibuprofen alın."),
    ("vi", "Dùng paracetamol thay vì ibuprofen.", "Dùng ibuprofen thay vì paracetamol."),
    ("ar", "تناول الباراسيتامول بدلاً من الإيبوبروفين.", "تناول الإيبوبروفين بدلاً من الباراسيتامول."),
    ("fa", "به جای ایبوپروفن، پاراستامول مصرف کنید.", "به جای پاراستامول، ایبوپروفن مصرف کنید."),
    ("pa_Guru", "ਆਈਬਿਊਪ੍ਰੋਫੇਨ ਦੀ ਬਜਾਏ ਪੈਰਾਸੀਟਾਮੋਲ ਲਓ।", "ਪੈਰਾਸੀਟਾਮੋਲ ਦੀ ਬਜਾਏ ਆਈਬਿਊਪ੍ਰੋਫੇਨ ਲਓ।"),
    ("zh_Hans", "请服用对乙酰氨基酚，而不是布洛芬。", "请服用布洛芬，而不是对乙酰氨基酚。"),
    ("zh_Hant", "請用對乙醯氨基酚代替布洛芬。", "請用布洛芬代替對乙醯氨基酚。"),
])
def test_drugs_the_drug_taken_instead_of_another_turned_round_fails(lang, good, bad):
    english, project_glossary = "Take paracetamol instead of ibuprofen.", glossary()
    assert "drugs" not in checks_failed(run_checks(english, good, lang, project_glossary))
    found = [f.message for f in run_checks(english, bad, lang, project_glossary) if f.check == "drugs"]
    assert len(found) == 1 and found[0].startswith("the English takes paracetamol instead of ibuprofen; the "
                                                   "translation puts paracetamol aside (“")
    assert found[0].endswith("”) and takes ibuprofen: the two drugs turned round?")


@pytest.mark.parametrize("lang,english,translation", [
    # "instead" said of something else, said twice, or with no drug beside it in the translation's clause
    ("es", "Take paracetamol in the morning rather than at night; ibuprofen is not needed.",
     "Tome paracetamol por la mañana en lugar de por la noche; no necesita ibuprofeno."),
    ("es", "Take paracetamol instead of ibuprofen, and codeine instead of tramadol.",
     "Tome paracetamol en lugar de ibuprofeno, y codeína en lugar de tramadol."),
    ("zh_Hans", "Take paracetamol instead of ibuprofen.", "布洛芬可由对乙酰氨基酚代替。"),
    ("es", "Do not take ibuprofen; take paracetamol instead.", "No tome ibuprofeno; en su lugar, tome paracetamol."),
])
def test_drugs_an_instead_of_with_no_drug_turned_round_passes(lang, english, translation):
    assert "drugs" not in checks_failed(run_checks(english, translation, lang, glossary()))


@pytest.mark.parametrize("lang,english,translation", [
    # a reader's turned-round drugs the first version missed (a spelling, the tanwin before the alif, a Persian
    # spelling, a dose between, the drug taken in the clause before)
    ("it", "Take dexamethasone instead of methylprednisolone.", "Prenda il metilprednisolone anzichè il desametasone."),
    ("ar", "Take 1 g of paracetamol instead of 400 mg of ibuprofen.",
     "تناول 400 ملغ من الإيبوبروفين بدلًا من 1 غ من الباراسيتامول."),
    ("fa", "Take tramadol instead of morphine.", "بجای ترامادول، مورفین مصرف کنید."),
    ("fa", "If the pain is severe, your doctor may prescribe oxycodone instead of tramadol.",
     "اگر درد شدید باشد، پزشک ممکن است به جای اکسی‌کدون، ترامادول تجویز کند."),
    ("zh_Hant", "Take paracetamol instead of ibuprofen.", "請服用布洛芬，而不是乙醯胺酚。"),
    ("zh_Hans", "Take paracetamol instead of ibuprofen.", "请用布洛芬替代对乙酰氨基酚。"),
])
def test_drugs_the_drug_taken_instead_of_another_turned_round_fails_as_written(lang, english, translation):
    assert any(f.check == "drugs" and f.message.endswith(": the two drugs turned round?")
               for f in run_checks(english, translation, lang, glossary()))


@pytest.mark.parametrize("lang,english,translation", [
    # "instead" said of a time, a meal, a drink, a place or "it", beside a drug (an adversarial reader's, each
    # flagged by the first version or by a probe of it)
    ("es", "Take paracetamol rather than ibuprofen or codeine.", "Tome paracetamol en lugar de codeína o ibuprofeno."),
    ("es", "Take paracetamol instead of ibuprofen; take it after meals, not before.",
     "No tome ibuprofeno, sino paracetamol; en lugar de tomar el paracetamol antes de las comidas, tómelo después."),
    ("tr", "Take paracetamol instead of ibuprofen; take it in the morning, not at night.",
     "İbuprofen değil parasetamol alın; parasetamolü gece yerine sabah alın."),
    ("tr", "Take paracetamol instead of ibuprofen and follow your doctor's instructions.",
     "İbuprofen almayın, parasetamol alın ve doktorunuzun talimatlarını yerine getirin."),
    ("tr", "Do not take ibuprofen; take paracetamol instead.", "İbuprofen almayın; bunun yerine parasetamol alın."),
    ("pa_Guru", "Bupivacaine is used instead of lidocaine, and the injection site may stay numb for several hours.",
     "ਲਿਡੋਕੇਨ ਨਹੀਂ ਸਗੋਂ ਬੁਪੀਵਾਕੇਨ ਵਰਤੀ ਜਾਂਦੀ ਹੈ ਅਤੇ ਟੀਕੇ ਦੀ ਜਗ੍ਹਾ ਕਈ ਘੰਟਿਆਂ ਤੱਕ ਸੁੰਨ ਰਹਿ ਸਕਦੀ ਹੈ।"),
    ("fa", "Take paracetamol instead of ibuprofen.", "ایبوپروفن مصرف نکنید و به جای آن استامینوفن بخورید."),
    ("ar", "Do not take ibuprofen; take paracetamol instead.", "لا تتناول الإيبوبروفين وتناول بدلاً من ذلك الباراسيتامول."),
    ("zh_Hans", "Take paracetamol instead of ibuprofen, after meals and not before.",
     "请在饭后而不是饭前服用对乙酰氨基酚，不要服用布洛芬。"),
    ("zh_Hant", "Take paracetamol instead of ibuprofen, and swallow it with water, not milk.",
     "請用水而不是牛奶送服乙醯胺酚，不要服用布洛芬。"),
])
def test_drugs_an_instead_of_said_of_something_else_beside_a_drug_passes(lang, english, translation):
    assert "drugs" not in checks_failed(run_checks(english, translation, lang, glossary()))


@pytest.mark.parametrize("lang,english,translation,turned", [
    # a second reader's findings on RULES_VERSION 121: an "instead of" that opens its clause, a whole word before
    # Turkish "yerine", three characters of a meal in Chinese
    ("es", "Take paracetamol instead of ibuprofen.", "En lugar de paracetamol tome ibuprofeno.", True),
    ("es", "Instead of ibuprofen take paracetamol.", "En lugar de ibuprofeno tome paracetamol.", False),
    ("tr", "Take paracetamol instead of ibuprofen; take it in the morning, not at night.",
     "İbuprofen almayın; parasetamol gece yerine sabah alınmalıdır.", False),
    ("tr", "Take paracetamol instead of ibuprofen.", "Parasetamol almak yerine ibuprofen alın.", True),
    ("zh_Hans", "Take paracetamol instead of ibuprofen, after meals and not before.",
     "不要服用布洛芬，请在饭后而不是饭前服对乙酰氨基酚。", False),
    # any drug of the list put aside that the English takes (the second was missed at 669a2af)
    ("es", "Take paracetamol rather than ibuprofen or codeine.", "Tome ibuprofeno en lugar de codeína o paracetamol.",
     True),
])
def test_drugs_the_drug_beside_an_instead_of(lang, english, translation, turned):
    found = [f.message for f in run_checks(english, translation, lang, glossary()) if f.check == "drugs"]
    assert any(message.endswith("the two drugs turned round?") for message in found) is turned


def test_completeness_a_dropped_sentence_without_numbers_fails():
    english = "Do not stop taking morphine suddenly. Your doctor will lower the dose slowly."
    good = "No deje de tomar la morfina de golpe. Su médico le irá bajando la dosis poco a poco."
    assert "completeness" not in checks_failed(run_checks(english, good, "es"))
    found = run_checks(english, "No deje de tomar la morfina de golpe.", "es")
    assert [f.message for f in found if f.check == "completeness"] == [
        "1 sentences for 2 in the English, and 40% of the expected length: a sentence left out?"]


@pytest.mark.parametrize("lang,text,other", [
    ("it", "Un dolor intenso después de la inyección es raro.", "Spanish"),
    ("es", "Non guidi per 24 ore dopo il blocco nervoso.", "Italian"),
    ("ar", "تا ۲۴ ساعت پس از بلوک عصبی رانندگی نکنید.", "Persian"),
    ("fa", "لا تقد السيارة لمدة ٢٤ ساعة بعد إحصار العصب.", "Arabic"),
])
def test_language_another_language_of_the_same_script_fails(lang, text, other):
    found = [f for f in run_checks("Severe pain after the injection is rare.", text, lang) if f.check == "language"]
    assert len(found) == 1 and found[0].message.startswith(f"this reads as {other} (")
    assert found[0].severity is Severity.ERROR


def test_english_left_in_a_translation_warns_and_glossary_terms_do_not():
    found = run_checks(ENGLISH["Q4a"], broken("es", "Q4a", "de forma ambulatoria", "como outpatient"), "es",
                       GLOSSARY)
    assert Finding("english", Severity.WARNING, "English left in the translation: outpatient") in found
    assert "english" not in checks_failed(findings("Q4a", GOOD["es"]["Q4a"], "es"))  # ketamina, ECG stay


@pytest.mark.parametrize("english,translation", [
    ("Email: [hand.unit@example.org](mailto:hand.unit@example.org)",
     "Correo electrónico: [hand.unit@example.org](mailto:hand.unit@example.org)"),
    ("Web: [clinic.example.org/hands](https://clinic.example.org/hands)",
     "Sitio web: [clinic.example.org/hands](https://clinic.example.org/hands)"),
    ("Read more at https://clinic.example.org/splints before you come.",
     "Lea más en https://clinic.example.org/splints antes de venir."),
    ("Write to us at hands.clinic@example.org.", "Escríbanos a hands.clinic@example.org o llame."),
])
def test_english_left_leaves_addresses_out(english, translation):
    """A contact block keeps its addresses in every language: no warning for good."""
    assert "english" not in checks_failed(run_checks(english, translation, "es"))


def test_english_left_still_finds_words_beside_an_address():
    english = "Read more at https://clinic.example.org/splints before you come."
    found = run_checks(english, "Lea más en https://clinic.example.org/splints before venir.", "es")
    assert Finding("english", Severity.WARNING, "English left in the translation: before") in found
    # only the English's own addresses are set aside: words joined by a dot are not an address
    glued = run_checks("Call the outpatient clinic. Bring your medicines.",
                       "Llame a la clínica outpatient.Traiga sus medicinas.", "es")
    assert Finding("english", Severity.WARNING, "English left in the translation: outpatient") in glued


def test_a_vietnamese_yes_no_question_is_no_added_negation():
    english = "Do you need to fast before the injection?"
    assert "negation" not in checks_failed(run_checks(english, "Tôi có cần nhịn ăn trước khi tiêm không?", "vi"))
    assert "negation" in checks_failed(run_checks(
        "You need to eat before the injection.", "Bạn không cần ăn trước khi tiêm.", "vi"))


def test_the_checks_build_no_regex_per_entry(monkeypatch):
    """Lexicons are compiled once: checking the test set a second time compiles nothing."""
    the_glossary = glossary()
    sample = cases()
    for case in sample:  # the first pass compiles each language's lexicons (and Babel loads its data)
        run_checks(case.english, case.translation, case.lang, the_glossary)

    def refuse(*args, **kwargs):
        raise AssertionError(f"re.compile{args} while checking an entry")

    monkeypatch.setattr(re, "compile", refuse)
    for case in sample:
        run_checks(case.english, case.translation, case.lang, the_glossary)


def test_completeness_a_short_added_instruction_fails_though_the_length_passes():
    english = "Mild numbness in the leg is common and usually wears off within a few hours."
    split = "Es frecuente notar un leve adormecimiento en la pierna. Por lo general, desaparece en pocas horas."
    assert "completeness" not in checks_failed(run_checks(english, split, "es"))
    added = "Es frecuente un leve adormecimiento en la pierna. Tome 2 comprimidos."
    assert [f.message for f in run_checks(english, added, "es") if f.check == "completeness"] == [
        ("sentence 2 of the translation instructs (“2 tablets”, “comprimidos”, “tome”) "
         "where the English beside it does not: an instruction added?")]


def cases_by(lang: str) -> dict[str, str]:
    """The test set's correct translations in ``lang``, by entry."""
    return tomllib.loads((HERE / f"{lang}.toml").read_text(encoding="utf-8"))["correct"]


@pytest.mark.parametrize("lang,sentence", [
    ("es", "Debe descansar."), ("it", "Deve riposare."), ("el", "Πρέπει να ξεκουραστείτε."),
    ("tr", "Dinlenmelisiniz."), ("vi", "Bạn phải nghỉ ngơi."), ("ar", "يجب أن ترتاح."),
    ("fa", "باید استراحت کنید."), ("pa_Guru", "ਤੁਹਾਨੂੰ ਆਰਾਮ ਕਰਨਾ ਚਾਹੀਦਾ ਹੈ।"),
    ("zh_Hans", "您必须休息。"), ("zh_Hant", "您必須休息。"),
])
def test_completeness_an_added_obligation_fails_in_every_language(lang, sentence):
    english = "Severe pain after the injection is rare."
    good = cases_by(lang)["N4"]
    assert "completeness" not in checks_failed(run_checks(english, good, lang))
    found = [f.message for f in run_checks(english, f"{good} {sentence}", lang) if f.check == "completeness"]
    assert any("sentence 2 of the translation instructs" in message for message in found), found


def test_completeness_an_added_drug_or_dose_fails_where_the_english_instructs_too():
    english = "Keep taking your other medicines as usual."
    good = "Siga tomando sus otros medicamentos como de costumbre."
    for added, said in (("Y una dosis extra.", "dosis"), ("Y también ibuprofeno.", "ibuprofeno")):
        found = [f.message for f in run_checks(english, f"{good} {added}", "es", glossary())
                 if f.check == "completeness"]
        assert any(f"“{said}”" in message for message in found), found


def test_completeness_a_split_sentence_keeps_its_instruction_and_numbers():
    english = "Take 2 tablets every 4 hours and never more than 8 tablets in 24 hours."
    split = "Tome 2 comprimidos cada 4 horas. Nunca tome más de 8 comprimidos en 24 horas."
    assert "completeness" not in checks_failed(run_checks(english, split, "es", glossary()))
    split_zh = "每4小时服用2片。24小时内请勿服用超过8片。"
    assert "completeness" not in checks_failed(run_checks(english, split_zh, "zh_Hans", glossary()))


@pytest.mark.parametrize("lang,split,added", [
    # 需要 before a length of time is "takes", and "mũi tiêm" the injection, no instruction (each flagged)
    ("zh_Hans", "注射大约需要20分钟。大多数人当天即可回家。", "注射大约需要20分钟。您需要休息。"),
    ("vi", "Mũi tiêm mất khoảng 20 phút. Hầu hết mọi người về nhà ngay trong ngày.",
     "Mũi tiêm mất khoảng 20 phút. Tiêm thêm một mũi vào buổi tối."),
])
def test_completeness_a_verb_that_only_looks_like_an_instruction_adds_none(lang, split, added):
    english = "The injection takes about 20 minutes and most people go home the same day."
    assert "completeness" not in checks_failed(run_checks(english, split, lang))
    assert "completeness" in checks_failed(run_checks(english, added, lang))


WITHOUT_FOOD = "Do not take ibuprofen without food."


@pytest.mark.parametrize("lang,kept,dropped", [
    ("es", "No tome ibuprofeno sin comida.", "Tome ibuprofeno sin comida."),
    ("it", "Non prenda l'ibuprofene senza cibo.", "Prenda l'ibuprofene senza cibo."),
    ("el", "Μην παίρνετε ιβουπροφαίνη χωρίς φαγητό.", "Παίρνετε ιβουπροφαίνη χωρίς φαγητό."),
    ("ar", "لا تتناول الإيبوبروفين دون طعام.", "تناول الإيبوبروفين دون طعام."),
    ("tr", "İbuprofeni yemek yemeden almayın.", "İbuprofeni yemek yemeden alın."),
    ("pa_Guru", "ਭੋਜਨ ਤੋਂ ਬਿਨਾਂ ਆਈਬਿਊਪਰੋਫ਼ੈਨ ਨਾ ਲਓ।", "ਭੋਜਨ ਤੋਂ ਬਿਨਾਂ ਆਈਬਿਊਪਰੋਫ਼ੈਨ ਲਓ।"),
])
def test_negation_a_without_left_where_the_not_was_dropped_is_an_error(lang, kept, dropped):
    """"Do not take it without food" read "Take it without food": the "without" is no "not"."""
    found = [f for f in run_checks(WITHOUT_FOOD, dropped, lang) if f.check == "negation"]
    assert [f.severity for f in found] == [Severity.ERROR]
    assert found[0].message.startswith("the English says “not” and “without”; the translation's only negation is")
    assert "negation" not in checks_failed(run_checks(WITHOUT_FOOD, kept, lang))
    # A "without" alone in the English is kept by a "without" alone.
    assert "negation" not in checks_failed(run_checks("Take ibuprofen without food.", dropped, lang))


@pytest.mark.parametrize("lang,stopped", [
    ("es", "Deje de tomar los comprimidos si se siente mejor."),
    ("it", "Smetta di prendere le compresse se si sente meglio."),
    ("zh_Hans", "如果感觉好些，请停止服用药片。"),
    ("vi", "Hãy ngừng uống thuốc nếu bạn cảm thấy khỏe hơn."),
    ("tr", "Kendinizi daha iyi hissetseniz bile tabletleri almayı bırakın."),
    ("ar", "توقف عن تناول الأقراص إذا شعرت بتحسن."),
])
def test_polarity_keep_taking_written_stop_is_an_error(lang, stopped):
    english = "Keep taking the tablets even if you feel better."
    assert "polarity" in checks_failed(run_checks(english, stopped, lang))
    # "keep" the tablets somewhere is no course of treatment
    assert "polarity" not in checks_failed(run_checks("Keep the tablets in the fridge.", stopped, lang))


@pytest.mark.parametrize("lang,english,translation", [
    ("it", "Take the tablet when you remember.", "Prenda la compressa quando se ne ricorda."),  # ne: of it
    ("it", "If you ever feel dizzy, sit down.", "Se mai si sente stordito, si sieda."),  # if ever
    ("zh_Hans", "Take it with food, especially in the morning.", "请随餐服用，特别是在早上。"),  # especially
    ("zh_Hans", "Tell your doctor about your other medicines, respectively.", "请分别告诉医生您的其他药物。"),
    ("zh_Hans", "Over-the-counter painkillers such as paracetamol can help.", "对乙酰氨基酚等非处方止痛药可以帮助缓解。"),
    ("zh_Hans", "The needle is sterile.", "针头是无菌的。"),
    ("zh_Hans", "You may have a little pain soon after the injection.", "注射后不久您可能会有些疼痛。"),
    ("zh_Hans", "Many people feel dizzy.", "不少人会感到头晕。"),
    ("zh_Hans", "You must keep taking the tablets.", "您不得不继续服用这些药片。"),
    ("vi", "Keep the room well aired with fresh air.", "Giữ phòng thông thoáng với không khí trong lành."),  # air
    ("tr", "Your doctor may give you a medical certificate.", "Doktorunuz size bir medikal rapor verebilir."),
    ("el", "Anti-inflammatory painkillers such as ibuprofen can upset your stomach.",
     "Τα μη στεροειδή αντιφλεγμονώδη παυσίπονα, όπως η ιβουπροφαίνη, μπορεί να ενοχλήσουν το στομάχι σας."),
])
def test_negation_words_that_only_hold_a_negation_are_none(lang, english, translation):
    assert "negation" not in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    ("zh_Hans", "Do not use the needle if the pack is open.", "如果包装已打开，请使用无菌针头。"),
    ("zh_Hans", "Do not take ibuprofen if you are under 16.", "未满16岁者可服用布洛芬。"),
    ("zh_Hans", "Do not drive for 24 hours, especially at night.", "24小时内可以驾车，特别是在夜间。"),
    ("vi", "Do not open the window in the room.", "Mở cửa sổ để có không khí trong phòng."),
])
def test_negation_dropped_beside_a_word_that_only_holds_one_is_found(lang, english, translation):
    assert "negation" in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("english,translation", [
    ("Stay in bed for 3 days, starting today.", "从今天开始卧床休息三周。"),  # 今天: today
    ("Take it for 2 years.", "老年人服用两周。"),  # 老年: old age
    ("Wait 30 minutes before eating.", "进食前请充分等待30秒。"),  # 充分: fully
    ("Wait 30 minutes before eating. Some people feel sick.", "进食前请等待30秒。部分患者会感到恶心。"),  # 部分: part
])
def test_units_chinese_words_that_hold_a_units_character_do_not_hide_a_swap(english, translation):
    assert "units" in checks_failed(run_checks(english, translation, "zh_Hans"))


def test_units_vietnamese_milligrams_spelled_out_are_milligrams():
    assert "units" not in checks_failed(run_checks("Take 500 mg of paracetamol.", "Uống 500 miligam paracetamol.", "vi"))


@pytest.mark.parametrize("lang,turned,kept,word", [
    ("es", "Conduzca **sin** restricciones durante 24 horas.", "**NO** conduzca durante 24 horas.", "sin"),
    ("it", "Guidi **senza** limiti per 24 ore.", "**NON** guidi per 24 ore.", "senza"),
    ("el", "Οδηγείτε **χωρίς** περιορισμούς για 24 ώρες.", "**ΜΗΝ** οδηγείτε για 24 ώρες.", "χωρίς"),
])
def test_negation_a_not_whose_only_trace_is_a_without_is_a_warning(lang, turned, kept, word):
    """"Do not drive" read "Drive without restrictions": the only negation a "without". A warning:
    "Do not eat for 6 hours" may well be "Permanezca sin comer 6 horas". The message quotes the word as
    the translation writes it ("χωρίς", not the folded "χωρισ" the check matched)."""
    english = "**DO NOT** drive for 24 hours."
    found = [f for f in run_checks(english, turned, lang) if f.check == "negations"]
    assert [f.severity for f in found] == [Severity.WARNING]
    assert f"the translation's only negation is “{word}”, a “without”" in found[0].message
    assert not [f for f in run_checks(english, kept, lang) if f.check in ("negation", "negations")]


@pytest.mark.parametrize("lang,translation", [
    ("es", "Puede tomarlo con o sin comida; da igual."),
    ("it", "Può prenderlo con o senza cibo, è indifferente."),
    ("el", "Μπορείτε να το πάρετε με ή χωρίς φαγητό."),
    ("fa", "می‌توانید آن را با غذا یا بدون غذا مصرف کنید."),
])
def test_negation_with_or_without_beside_a_not_of_another_clause_passes(lang, translation):
    english = "It does not matter whether you take it with or without food."
    assert "negation" not in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    ("zh_Hans", "Wait 30 minutes before eating.", "进食前等待三十分钟。"),  # 十分 "very" is in it
    ("zh_Hant", "Wait 30 minutes before eating.", "進食前等待三十分鐘。"),
    ("zh_Hans", "Wait 50 minutes before eating.", "进食前等待五十分钟。"),
    ("zh_Hans", "You must be at least 18 years old.", "您必须至少年满18岁。"),  # 少年 "youth" is in it
    ("zh_Hans", "5% of patients feel sick.", "百分之五的患者会感到恶心。"),
])
def test_units_chinese_look_alikes_never_cut_a_real_unit(lang, english, translation):
    assert "units" not in checks_failed(run_checks(english, translation, lang))


def test_negation_chinese_no_less_than_is_a_negation_and_at_least_may_say_it():
    translation = "两次服药之间间隔不少于4小时。"
    for english in ("Leave no less than 4 hours between doses.", "Leave at least 4 hours between doses."):
        assert "negation" not in checks_failed(run_checks(english, translation, "zh_Hans"))


def test_negation_italian_ne_with_its_accent_is_counted_and_the_pronoun_is_not():
    both = [f for f in run_checks(TWO_NEGATIONS, "Non guidi per 24 ore né beva alcolici.", "it")
            if f.check in ("negation", "negations")]
    assert both == []
    assert "negation" in checks_failed(run_checks("Do not drink alcohol.", "Ne beva.", "it"))  # the pronoun


@pytest.mark.parametrize("lang,translation", [
    ("es", "No deje de tomar los comprimidos aunque se sienta mejor."),
    ("it", "Non smetta di prendere le compresse anche se si sente meglio."),
])
def test_negation_keep_taking_said_as_do_not_stop_passes(lang, translation):
    english = "Keep taking the tablets even if you feel better."
    assert not checks_failed(run_checks(english, translation, lang)) & {"negation", "polarity"}


PAINLESS = "The scan is painless. You will need to lie still for about 20 minutes."


@pytest.mark.parametrize("lang,translation", [
    ("es", "La exploración no duele. Tendrá que quedarse sin moverse unos 20 minutos."),
    ("vi", "Việc chụp không gây đau. Bạn cần nằm yên khoảng 20 phút."),
    ("ar", "التصوير غير مؤلم. ستحتاج إلى الاستلقاء دون حركة لمدة 20 دقيقة تقريبًا."),
    ("fa", "اسکن دردی ندارد. باید حدود ۲۰ دقیقه بی‌حرکت دراز بکشید."),
    ("pa_Guru", "ਸਕੈਨ ਵਿੱਚ ਦਰਦ ਨਹੀਂ ਹੁੰਦਾ। ਤੁਹਾਨੂੰ ਲਗਭਗ 20 ਮਿੰਟ ਬਿਨਾਂ ਹਿੱਲੇ ਲੇਟਣਾ ਪਵੇਗਾ।"),
    ("zh_Hant", "掃描過程不會痛。您需要靜躺不動約20分鐘。"),
])
def test_negation_painless_and_lie_still_said_with_a_negation_pass(lang, translation):
    assert "negation" not in checks_failed(run_checks(PAINLESS, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    ("zh_Hans", "Our pharmacy is closed on Sundays and bank holidays.", "我们的药房周日和法定节假日不营业。"),
    ("vi", "The gel is colourless and odourless.", "Gel không màu và không mùi."),
    ("zh_Hans", "The gel is colourless and odourless.", "该凝胶无色无味。"),
    ("zh_Hans", "Use the stainless steel bowl provided.", "请使用所提供的不锈钢碗。"),
    ("zh_Hans", "Take two tablets every morning unless your doctor tells you otherwise.", "每天早上服用两片，除非医生另有指示。"),
    ("es", "The rash is harmless and fades within a week.", "La erupción no es peligrosa y desaparece en una semana."),
    ("zh_Hans", "Out of hours, call the ward directly.", "非工作时间请直接致电病房。"),
    ("zh_Hans", "People who smoke are twice as likely to have problems with wound healing.",
     "吸烟者出现伤口愈合问题的可能性是不吸烟者的两倍。"),
    ("zh_Hant", "Smoking before surgery raises the risk of a chest infection.", "與不吸菸者相比，術前吸菸者發生胸部感染的風險較高。"),
    ("tr", "If you forget a dose, take it as soon as you remember.", "Bir dozu unutursanız hatırlar hatırlamaz alın."),
    ("tr", "Rest as soon as you get home.", "Eve gider gitmez dinlenin."),
    ("tr", "Call your doctor as soon as you notice a rash.", "Döküntü fark eder etmez doktorunuzu arayın."),
])
def test_negation_words_said_with_a_negation_are_no_added_one(lang, english, translation):
    assert "negation" not in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    ("es", PAINLESS, "La exploración no duele. No tendrá que quedarse sin moverse unos 20 minutos."),
    ("es", "The injection is painless and you can drive home afterwards.",
     "La inyección no duele y no puede volver a casa conduciendo."),
    ("es", "The scan is painless.", "La exploración no es indolora."),  # turned round: not how "painless" is said
    ("es", "Lie still during the scan and breathe normally.",
     "No se mueva durante la exploración y no respire con normalidad."),
    ("es", "The clinic is closed on Sundays, so call 111.", "La clínica no abre los domingos, así que no llame al 111."),
    ("es", "Tell your doctor if you feel breathless.", "No informe a su médico si le falta el aire."),
    ("zh_Hans", "The clinic is closed on Sundays. Call 111.", "诊所周日不营业。请不要拨打111。"),
    ("zh_Hans", "Smokers need a higher dose.", "不吸烟者需要更高的剂量。"),  # smokers made non-smokers
    ("zh_Hans", "Smoking slows wound healing.", "不吸烟会减慢伤口愈合。"),
    ("tr", "Take it as soon as you remember.", "Hatırlar hatırlamaz almayın."),
    ("tr", "Do not take the tablet as soon as you wake up.", "Tableti uyanır uyanmaz alın."),
])
def test_negation_beside_a_word_said_with_a_negation_is_still_read(lang, english, translation):
    assert "negation" in checks_failed(run_checks(english, translation, lang))


WALK = "Lie still for one hour after the procedure, then walk around the ward for 10 minutes."
SURGERY = "The surgery is closed on Sundays, but the emergency department is open 24 hours a day."


@pytest.mark.parametrize("lang,english,translation", [
    ("es", WALK, "Permanezca quieto una hora después del procedimiento y luego no se mueva de la sala durante 10 minutos."),
    ("vi", WALK, "Nằm yên một giờ sau thủ thuật, sau đó đừng di chuyển quanh khu điều trị trong 10 phút."),
    ("el", WALK, "Μείνετε ακίνητοι για μία ώρα μετά την επέμβαση και μετά μην κινείστε στον θάλαμο για 10 λεπτά."),
    ("es", "Lie still for an hour, then move your arm gently.", "Túmbese sin moverse una hora y luego no mueva el brazo."),
    ("zh_Hans", SURGERY, "诊所周日不营业，急诊科也每天24小时不开放。"),
    ("es", SURGERY, "El consultorio está cerrado los domingos, y urgencias no está abierto las 24 horas del día."),
    ("es", "The rash is harmless, but swelling of the lips can be serious.",
     "La erupción no es peligrosa, pero la hinchazón de los labios no es grave."),
    ("it", "Unless your doctor tells you otherwise, take two tablets.",
     "A meno che il medico lo dica diversamente, non prenda due compresse."),
    ("zh_Hans", "The clinic is closed on Sundays, but the pharmacy is open.", "诊所周日休息，药房也不开门。"),
    ("zh_Hant", "Smokers may need a higher dose.", "不吸菸者可能需要比吸菸者更高的劑量。"),  # the groups swapped
    ("zh_Hans", "Smokers and ex-smokers should have a lung health check every year.", "吸烟者和非吸烟者应每年进行一次肺部健康检查。"),
])
def test_negation_a_phrase_for_such_a_word_hides_no_other_negation(lang, english, translation):
    """One phrase set aside for each time the English says the word, none where the translation says the word
    without a negation ("quieto", "cerrado"), and none that is an instruction of its own ("no mueva el brazo")."""
    assert "negation" in checks_failed(run_checks(english, translation, lang))


_UNLESS = "Do not give this medicine to children unless a doctor has prescribed it."


@pytest.mark.parametrize("lang,good,bad", [
    ("es", "No dé este medicamento a los niños, a no ser que se lo haya recetado un médico.",
     "Dé este medicamento a los niños, a no ser que se lo haya recetado un médico."),
    ("tr", "Doktor reçete etmedikçe bu ilacı çocuklara vermeyin.", "Doktor reçete etmedikçe bu ilacı çocuklara verin."),
    ("it", "Non dia questo medicinale ai bambini a meno che non sia stato prescritto da un medico.",
     "Dia questo medicinale ai bambini a meno che non sia stato prescritto da un medico."),
    ("ar", "لا تعط هذا الدواء للأطفال ما لم يصفه الطبيب.", "أعط هذا الدواء للأطفال ما لم يصفه الطبيب."),
    ("zh_Hans", "除非医生开具处方，否则不要给儿童使用本药。", "除非医生开具处方，否则请给儿童使用本药。"),
])
def test_negation_the_negation_of_an_unless_keeps_no_not(lang, good, bad):
    """"a no ser que" (unless) holds a "no": it kept the "Do not" the translation dropped."""
    assert "negation" not in checks_failed(run_checks(_UNLESS, good, lang))
    assert "the English says “not”; the translation has no negation" in [
        f.message for f in run_checks(_UNLESS, bad, lang) if f.check == "negation"]


_UNLIKELY = "You are unlikely to have serious side effects."


@pytest.mark.parametrize("lang,good,bad", [
    ("tr", "Ciddi yan etki görme olasılığınız düşüktür.", "Ciddi yan etki görme olasılığınız yüksektir."),
    ("zh_Hans", "您出现严重副作用的可能性很小。", "您很可能出现严重副作用。"),
    ("zh_Hant", "您出現嚴重副作用的可能性很小。", "您很可能出現嚴重副作用。"),
    ("el", "Η πιθανότητα να εμφανίσετε σοβαρές ανεπιθύμητες ενέργειες είναι μικρή.",
     "Είναι πιθανό να εμφανίσετε σοβαρές ανεπιθύμητες ενέργειες."),
    ("vi", "Khả năng bạn gặp tác dụng phụ nghiêm trọng là thấp.", "Bạn có thể gặp tác dụng phụ nghiêm trọng."),
    ("fa", "احتمال بروز عوارض جدی در شما کم است.", "احتمال بروز عوارض جدی در شما زیاد است."),
])
def test_negation_unlikely_said_as_a_low_likelihood_passes(lang, good, bad):
    """"the likelihood is low" is how these languages often say "unlikely": it was a false alarm."""
    assert "negation" not in checks_failed(run_checks(_UNLIKELY, good, lang))
    assert "negation" in checks_failed(run_checks(_UNLIKELY, bad, lang))


def test_polarity_is_read_beside_a_word_said_with_a_negation():
    english = "Unless your pain is severe, do not take a second tablet."
    assert "polarity" in checks_failed(run_checks(english, "A no ser que el dolor sea leve, tome un segundo comprimido.", "es"))
    assert "polarity" in checks_failed(run_checks(
        "The injection is painless, and side effects are usually mild.", "注射不痛，副作用通常很严重。", "zh_Hans"))


@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Keep still and do not move your arm.", "Quédese quieto y no mueva el brazo."),
    ("zh_Hans", "The scan is painless and does not hurt.", "扫描不痛，也不会伤到您。"),
])
def test_negation_a_phrase_for_such_a_word_may_keep_an_english_not(lang, english, translation):
    assert "negation" not in checks_failed(run_checks(english, translation, lang))


def test_negation_turkish_a_verb_then_its_negation_after_a_comma_is_a_negation():
    english = "Sometimes the pain goes away by itself; if it does not, see your doctor."
    translation = "Ağrı bazen kendiliğinden geçer, geçmez ise doktorunuza başvurun."
    assert "negation" not in checks_failed(run_checks(english, translation, "tr"))


@pytest.mark.parametrize("lang,translation", [
    ("el", ("Οι νοσηλευτές μας απαντούν στη γραμμή συμβουλών τα απογεύματα της Τρίτης και της Πέμπτης, "
            "από τις 2 μ.μ. έως τις 4 μ.μ.")),
    ("es", "Nuestras enfermeras atienden la línea de consejo los martes y jueves por la tarde, de 2 p. m. a 4 p. m."),
])
def test_completeness_an_abbreviations_full_stop_ends_no_sentence(lang, translation):
    english = "Our nurses answer the advice line on Tuesday and Thursday afternoons, from 2pm to 4pm."
    assert "completeness" not in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,good,bad", [
    ("el", "Καλέστε μεταξύ 2 μ.μ. και 4 μ.μ. Μην καλείτε τη νύχτα.", "Καλέστε μεταξύ 2 μ.μ. και 4 μ.μ. Καλείτε τη νύχτα."),
    ("es", "Llame entre las 2 p. m. y las 4 p. m. No llame por la noche.",
     "Llame entre las 2 p. m. y las 4 p. m. Llame por la noche."),
])
def test_negation_after_an_abbreviation_is_still_read_sentence_by_sentence(lang, good, bad):
    english = "Call between 2pm and 4pm. Do not call at night."
    assert "negation" not in checks_failed(run_checks(english, good, lang))
    assert [f.message for f in run_checks(english, bad, lang) if f.check == "negation"] == [
        "sentence 2: the English says “not”; the translation has no negation"]


@pytest.mark.parametrize("lang,translation", [
    ("es", "Algunos medicamentos, p. ej. el ibuprofeno, no irritan el estómago. Tómelos en ayunas."),
    ("it", "Alcuni medicinali, ad es. l'ibuprofene, non irritano lo stomaco. Li prenda a stomaco vuoto."),
])
def test_negation_moved_across_an_abbreviation_is_found(lang, translation):
    english = "Some medicines, e.g. ibuprofen, can upset your stomach. Do not take them on an empty stomach."
    assert "negation" in checks_failed(run_checks(english, translation, lang))


def test_a_digit_after_a_letters_full_stop_starts_a_sentence():
    english = "This vaccine protects against hepatitis B. 3 doses are given over 6 months. Do not miss a dose."
    moved = ("Esta vacuna no protege contra la hepatitis B. Se administran 3 dosis en 6 meses. "
             "Sáltese alguna dosis si lo desea.")
    assert [f.message for f in run_checks(english, moved, "es") if f.check == "negation"] == [
        "sentence 3: the English says “not”; the translation has no negation"]  # ("protects" may be said with "no")


def test_an_amounts_abbreviation_before_a_digit_ends_no_sentence():
    english = "The infusion takes approx. 2 hours. Do not drive afterwards."
    assert "negation" not in checks_failed(run_checks(english, "Η έγχυση διαρκεί περ. 2 ώρες. Μην οδηγήσετε μετά.", "el"))
    assert [f.message for f in run_checks(english, "Η έγχυση δεν διαρκεί περ. 2 ώρες. Οδηγήστε μετά.", "el")
            if f.check == "negation"] == ["sentence 1: the translation negates (“δεν”) where the English does not",
                                          "sentence 2: the English says “not”; the translation has no negation"]


def test_a_sentence_starting_with_a_small_letter_is_still_a_sentence():
    english = "You can have the vaccine if you are pregnant. mRNA vaccines do not contain live virus."
    swapped = "No puede vacunarse si está embarazada. Las vacunas de ARNm contienen virus vivos."
    assert [f.message for f in run_checks(english, swapped, "es") if f.check == "negation"] == [
        "sentence 1: the translation negates (“no”) where the English does not",
        "sentence 2: the English says “not”; the translation has no negation"]


@pytest.mark.parametrize("english,swapped,kept", [
    ("Call us if your temperature is above 38°C.", "Llámenos si su temperatura es superior a 38 °F.",
     "Llámenos si su temperatura es superior a 38 °C."),
    ("Take 5 mL of the liquid.", "Tome 5 L del líquido.", "Tome 5 mL del líquido."),
])
def test_counts_a_unit_swapped_for_another_of_its_kind_is_an_error(english, swapped, kept):
    assert "counts" in checks_failed(run_checks(english, swapped, "es"))
    assert "counts" not in checks_failed(run_checks(english, kept, "es"))


@pytest.mark.parametrize("lang,after,before", [
    ("es", "No coma durante las 6 horas posteriores a la operación.", "No coma durante las 6 horas previas a la operación."),
    ("it", "Non mangi nelle 6 ore successive all'operazione.", "Non mangi nelle 6 ore precedenti l'operazione."),
])
def test_polarity_before_written_as_the_hours_following_is_an_error(lang, after, before):
    english = "Do not eat for 6 hours before the operation."
    assert "polarity" in checks_failed(run_checks(english, after, lang))
    assert not checks_failed(run_checks(english, before, lang)) & {"polarity", "negation", "units", "counts"}


@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Take 2 tablets a day with 100 mL of water and drink 2 litres of fluid each day.",
     "Tome 2 comprimidos al día con 100 mL de agua y beba 2 L de líquido cada día."),  # 2 L: not the 2 tablets
    ("es", "Dilute 1 mL of the concentrate in 1 litre of water.", "Diluya 1 mL del concentrado en 1 L de agua."),
    ("es", "Children weighing 10 kilograms or more: give 10 mg.", "Niños de 10 kg o más: administre 10 mg."),
])
def test_counts_a_unit_the_english_spells_out_or_of_another_number_is_no_swap(lang, english, translation):
    assert "counts" not in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    ("it", "If it is less than 4 hours before your next dose, skip the missed dose.",
     "Se mancano meno di 4 ore alla dose successiva, salti la dose dimenticata."),
    ("es", "If it is less than 4 hours before your next dose, skip the missed dose.",
     "Si faltan menos de 4 horas para la dosis posterior, omita la dosis olvidada."),
    ("it", "Leave at least 4 hours after the last dose.", "Lasci passare almeno 4 ore dalla dose precedente."),
    ("es", "Leave at least 4 hours after the last dose.", "Deje pasar al menos 4 horas desde la dosis previa."),
    ("es", "Tell your doctor if you had a reaction after a previous dose.",
     "Informe a su médico si tuvo una reacción a una dosis previa."),
])
def test_polarity_a_next_or_previous_dose_is_no_before_or_after(lang, english, translation):
    assert "polarity" not in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,good,bad", [
    # half of a dose said as a whole one (each passed at 7b09078): the dose doubled
    ("es", "Take half a tablet every morning.", "Tome medio comprimido cada mañana.", "Tome un comprimido cada mañana."),
    ("es", "Take half of your usual dose.", "Tome la mitad de su dosis habitual.", "Tome su dosis habitual."),
    ("it", "Take one and a half tablets.", "Prenda una compressa e mezza.", "Prenda una compressa."),
    ("it", "Halve the dose if you feel dizzy.", "Dimezzi la dose se ha le vertigini.", "Prenda la dose se ha le vertigini."),
    ("el", "Take half a tablet at night.", "Πάρτε μισό δισκίο το βράδυ.", "Πάρτε ένα δισκίο το βράδυ."),
    ("tr", "Take half a tablet every morning.", "Her sabah yarım tablet alın.", "Her sabah bir tablet alın."),
    ("tr", "The dose should be halved.", "Doz yarıya indirilmelidir.", "Doz azaltılmalıdır."),
    ("vi", "Take one and a half tablets.", "Uống một viên rưỡi.", "Uống một viên."),
    ("ar", "Take half a tablet every morning.", "تناول نصف قرص كل صباح.", "تناول قرصًا واحدًا كل صباح."),
    ("fa", "Take half a tablet at night.", "شب نصف قرص مصرف کنید.", "شب یک قرص مصرف کنید."),
    ("pa_Guru", "Take half a tablet at night.", "ਰਾਤ ਨੂੰ ਅੱਧੀ ਗੋਲੀ ਲਓ।", "ਰਾਤ ਨੂੰ ਇੱਕ ਗੋਲੀ ਲਓ।"),
    ("zh_Hans", "Take half a tablet every morning.", "每天早上服用半片。", "每天早上服用一片。"),
    ("zh_Hant", "Give half a 5 ml spoonful.", "給予半匙（5毫升）。", "給予一匙（5毫升）。"),
    ("es", "Take half a tablet every morning.", "Tome 1/2 comprimido cada mañana.", "Tome 1 comprimido cada mañana."),
    ("el", "Take one and a half tablets.", "Πάρτε 1,5 δισκίο.", "Πάρτε 1 δισκίο."),
])
def test_numbers_half_of_a_dose_dropped_fails(lang, english, good, bad):
    assert "numbers" not in checks_failed(run_checks(english, good, lang))
    assert any(f.check == "numbers" and "the translation says no half" in f.message
               for f in run_checks(english, bad, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # a whole dose said as half of one (each passed at 7b09078): the dose halved
    ("es", "Take one tablet every morning.", "Tome medio comprimido cada mañana."),
    ("es", "Take the dose with water.", "Tome la mitad de la dosis con agua."),
    ("es", "Take one tablet half an hour before going to bed.", "Tome medio comprimido media hora antes de acostarse."),
    ("it", "Take one tablet.", "Prenda mezza compressa."),
    ("el", "Apply one patch every three days.", "Εφαρμόστε μισό έμπλαστρο κάθε τρεις ημέρες."),
    ("tr", "Take one tablet in the evening.", "Akşam tabletin yarısını alın."),
    ("vi", "Take one tablet half an hour before bed.", "Uống nửa viên nửa giờ trước khi đi ngủ."),
    ("ar", "Take one tablet twice a day.", "تناول قرصًا ونصف مرتين يوميًا."),
    ("fa", "Swallow the tablet whole.", "نیمی از قرص را ببلعید."),
    ("pa_Guru", "Take one tablet half an hour before sleeping.", "ਸੌਣ ਤੋਂ ਅੱਧਾ ਘੰਟਾ ਪਹਿਲਾਂ ਅੱਧੀ ਗੋਲੀ ਲਓ।"),
    ("zh_Hans", "Take one tablet twice a day.", "每日两次，每次一个半片。"),
    ("zh_Hant", "Take one tablet half an hour before bedtime.", "睡前半小時服用半錠。"),
])
def test_numbers_half_of_a_dose_added_fails(lang, english, translation):
    assert any(f.check == "numbers" and "the English says no half" in f.message
               for f in run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # a half that is no half of a dose, or one the English says in other words (none flagged)
    ("es", "Take the capsule with a glass of water, by means of a spoon if needed.",
     "Tome la cápsula con un vaso de agua, por medio de una cuchara si es necesario."),
    ("es", "The average dose is 10 mg.", "La dosis media es de 10 mg."),
    ("es", "Take the tablet at half past eight.", "Tome el comprimido a las ocho y media."),
    ("es", "You can split the tablet.", "Puede partir el comprimido por la mitad."),
    ("it", "Take the tablet half an hour before breakfast.", "Prenda la compressa mezz'ora prima della colazione."),
    ("tr", "Take one tablet tonight and one tomorrow.", "Bu gece bir tablet, yarın bir tablet alın."),  # yarın: tomorrow
    ("tr", "Rest half-sitting after the injection.", "Enjeksiyondan sonra yarı oturur şekilde dinlenin."),
    ("vi", "Do not take the tablet at midnight.", "Không uống viên thuốc vào nửa đêm."),
    ("ar", "Take the tablet at half past eight in the evening.", "تناول القرص في الساعة الثامنة والنصف مساءً."),
    ("fa", "Take the tablet half an hour after a meal.", "قرص را نیم ساعت بعد از غذا مصرف کنید."),
    ("pa_Guru", "Take the tablet half an hour before food.", "ਗੋਲੀ ਖਾਣੇ ਤੋਂ ਅੱਧਾ ਘੰਟਾ ਪਹਿਲਾਂ ਲਓ।"),
    ("zh_Hans", "Take one tablet half an hour before bedtime.", "睡前半小时服用一片。"),
    ("el", "Take 2.5 ml twice a day.", "Πάρτε 2,5 ml δύο φορές την ημέρα."),
])
def test_numbers_halves_that_are_no_half_of_a_dose(lang, english, translation):
    assert not any("half" in f.message for f in run_checks(english, translation, lang) if f.check == "numbers")


def test_numbers_half_of_a_dose_moved_to_another_sentence_fails():
    english = "Take half a tablet in the morning. Take one tablet in the evening."
    good = "Tome medio comprimido por la mañana. Tome un comprimido por la noche."
    bad = "Tome un comprimido por la mañana. Tome medio comprimido por la noche."
    assert "numbers" not in checks_failed(run_checks(english, good, "es"))
    found = [f.message for f in run_checks(english, bad, "es") if f.check == "numbers"]
    assert found and all(message.startswith("sentence ") for message in found)


@pytest.mark.parametrize("lang,english,good,bad", [
    # an hour the English has in both halves, marked in one half each time (each passed at 7b09078)
    ("es", "Take one tablet at 8 a.m. and one at 8 p.m.", "Tome un comprimido a las 8 a. m. y otro a las 8 p. m.",
     "Tome un comprimido a las 8 p. m. y otro a las 8 p. m."),
    ("es", "Take one tablet at 8 a.m. Take another at 8 p.m.", "Tome un comprimido a las 8 y otro a las 8 p. m.",
     "Tome un comprimido a las 8 a. m. Tome otro a las 8 a. m."),
    ("el", "Take one tablet at 8 a.m. and one at 8 p.m.", "Πάρτε ένα δισκίο στις 8 π.μ. και ένα στις 8 μ.μ.",
     "Πάρτε ένα δισκίο στις 8 μ.μ. και ένα στις 8 μ.μ."),
    ("es", "Take 8 mg at 8 a.m. and again at 8 p.m.", "Tome 8 mg a las 8 de la mañana y de nuevo a las 8 p. m.",
     "Tome 8 mg a las 8 p. m. y de nuevo a las 8 p. m."),  # "8 mg" is no time
])
def test_numbers_an_hour_in_both_halves_marked_in_one_fails(lang, english, good, bad):
    assert "numbers" not in checks_failed(run_checks(english, good, lang))
    assert any(f.check == "numbers" and "in both halves of the day" in f.message for f in run_checks(english, bad, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # correct texts a second reader found flagged by the half rule at c1f922a
    ("es", "Take the tablet and half an hour later have breakfast.", "Tome el comprimido y media hora después desayune."),
    ("es", "Take the dose halfway through the meal.", "Tome la dosis a la mitad de la comida."),
    ("es", "Halve the dose.", "Reduzca la dosis un 50 %."),
    ("it", "Reduces the risk of stroke by 50%.", "Dimezza il rischio di ictus."),
    ("it", "Take the dose in mid-afternoon.", "Prenda la dose a metà pomeriggio."),
    ("el", "Take two and a half tablets.", "Πάρτε δυόμισι δισκία."),
    ("el", "Take the tablet one and a half hours before a meal.", "Πάρτε το δισκίο ενάμιση ώρα πριν από το γεύμα."),
    ("tr", "Do not skip the 9:30 pm dose.", "Akşam saat dokuz buçuk dozunu atlamayın."),
    ("vi", "After 30 seconds, suck the tablet.", "Sau nửa phút, ngậm viên thuốc."),
    ("vi", "Take 1 tablet every morning at 6:30.", "Mỗi sáng 1 viên, 6 rưỡi."),
    ("ar", "One and a half hours later, take another tablet.", "تناول بعد ساعة ونصف قرصًا آخر."),
    ("ar", "Do not use the tablets after 20 weeks of pregnancy.", "لا تستخدم الأقراص في النصف الثاني من الحمل."),
    ("fa", "Take the tablet at midnight.", "قرص را نصف شب بخورید."),
    ("fa", "We recommend taking the tablet with water.", "توصیه می‌کنیم قرص را با آب بخورید."),
    ("pa_Guru", "Take one tablet at midnight.", "ਇੱਕ ਗੋਲੀ ਅੱਧੀ ਰਾਤ ਨੂੰ ਲਓ।"),
    ("zh_Hans", "One tablet takes effect within half an hour.", "服用1片半小时后起效。"),
    ("zh_Hans", "If you smoke more than 10 cigarettes a day, tell your doctor.", "如果您每天吸烟超过半包，请告诉医生。"),
    ("zh_Hans", "Take half a tablet.", "服用二分之一片。"),
    ("zh_Hant", "Reduces the risk by 50%.", "可使風險減半。"),
])
def test_numbers_halves_a_second_reader_found_flagged(lang, english, translation):
    assert not any("half" in f.message for f in run_checks(english, translation, lang) if f.check == "numbers")


@pytest.mark.parametrize("lang,english,translation", [
    ("el", "Take one tablet.", "Πάρτε μισή ταμπλέτα."),
    ("el", "Take two tablets.", "Πάρτε δυόμισι δισκία."),
    ("el", "Take half a tablet at 8:30.", "Πάρτε ένα δισκίο στις οχτώμισι."),  # οχτώμισι: half past eight
    ("fa", "Take half a tablet.", "توصیه می‌کنیم یک قرص بخورید."),  # the ending of می‌کنیم is no half
    ("pa_Guru", "Take one tablet.", "ਅਧੀ ਗੋਲੀ ਲਓ।"),
    ("zh_Hans", "Take one tablet.", "服用二分之一片。"),
])
def test_numbers_halves_in_more_forms_are_read(lang, english, translation):
    assert any("half" in f.message for f in run_checks(english, translation, lang) if f.check == "numbers")


@pytest.mark.parametrize("lang,english,translation", [
    # the second reader's defects that passed at 6c6c94c
    ("es", "Take half a tablet half an hour before bed.", "Tome un comprimido media hora antes de acostarse."),  # time
    ("it", "Take half a tablet mid-morning.", "Prenda una compressa a metà mattina."),
    ("tr", "Take half a tablet at 8:30.", "Saat sekiz buçukta bir tablet alın."),
    ("fa", "Take half a tablet at midnight.", "یک قرص نیمه‌شب بخورید."),
    ("pa_Guru", "Take half a tablet at midnight.", "ਅੱਧੀ ਰਾਤ ਨੂੰ ਇੱਕ ਗੋਲੀ ਲਓ।"),
    ("zh_Hans", "Take half a tablet at midnight.", "半夜服用1片。"),
    ("zh_Hant", "Take half a tablet; the upper body may flush.", "服用1錠後上半身可能潮紅。"),
    ("es", "Take half a 7.5 mg tablet.", "Tome un comprimido de 7,5 mg."),  # the English's own .5
    ("vi", "Take half a 0.5 mg tablet.", "Uống một viên 0,5 mg."),
    ("ar", "Cut your dose in half.", "خفّض جرعتك."),
    ("it", "Cut the dose in half if you feel dizzy.", "Se ha capogiri, riduca la dose."),
    ("el", "Take a tablet and a half.", "Πάρτε ένα δισκίο."),
    ("el", "The dose may need to be halved.", "Μπορεί να χρειαστεί μείωση της δόσης."),
    ("zh_Hans", "Use half the usual amount of cream.", "使用常规用量的乳膏。"),
    ("es", "Take one spray.", "Aplique media pulverización."),
    ("tr", "Take one sachet.", "Yarım poşet alın."),
    ("vi", "Use one tube.", "Dùng nửa tuýp."),
    ("fa", "Take one tablet; if you cut yourself, tell your doctor.", "نصف قرص بخورید؛ اگر دستتان برید به پزشک بگویید."),
])
def test_numbers_half_of_a_dose_beside_halves_of_time_and_in_more_words(lang, english, translation):
    assert any("half" in f.message for f in run_checks(english, translation, lang) if f.check == "numbers")


@pytest.mark.parametrize("lang,english,good,bad", [
    # morning said as evening or night, or the other way round (each passed at 1e86708)
    ("es", "Take the tablet in the morning.", "Tome el comprimido por la mañana.", "Tome el comprimido por la noche."),
    ("it", "Apply the cream in the evening.", "Applichi la crema la sera.", "Applichi la crema al mattino."),
    ("el", "Use the eye drops in the evening.", "Χρησιμοποιήστε τις σταγόνες το βράδυ.",
     "Χρησιμοποιήστε τις σταγόνες το πρωί."),
    ("tr", "Use the inhaler in the morning.", "İnhaleri sabahları kullanınız.", "İnhaleri akşamları kullanınız."),
    ("vi", "Use the cream in the evening.", "Bôi kem vào buổi tối.", "Bôi kem vào buổi sáng."),
    ("ar", "Apply the cream in the morning.", "ضع الكريم في الصباح.", "ضع الكريم في المساء."),
    ("fa", "Use the eye drops at night.", "قطره چشمی را شب استفاده کنید.", "قطره چشمی را صبح استفاده کنید."),
    ("pa_Guru", "Apply the cream in the evening.", "ਕਰੀਮ ਸ਼ਾਮ ਨੂੰ ਲਗਾਓ।", "ਕਰੀਮ ਸਵੇਰੇ ਲਗਾਓ।"),
    ("zh_Hans", "Apply the cream in the morning.", "早上涂抹乳膏。", "晚上涂抹乳膏。"),
    ("zh_Hant", "Use the inhaler in the morning.", "請於早上使用吸入器。", "請於晚上使用吸入器。"),
])
def test_polarity_morning_said_as_evening_fails(lang, english, good, bad):
    assert "polarity" not in checks_failed(run_checks(english, good, lang))
    assert any(f.check == "polarity" and "evening or night)" in f.message for f in run_checks(english, bad, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # breakfast and bedtime: both ends of the day (Greek πρωινό is breakfast as well as morning)
    ("el", "Put two drops in each eye at breakfast, lunch and bedtime.",
     "Βάζετε δύο σταγόνες σε κάθε μάτι με το πρωινό, με το μεσημεριανό και πριν από τον ύπνο."),
    ("es", "Take it in the morning so that it does not keep you awake.",
     "Tómelo por la mañana para que no le quite el sueño por la noche."),  # both poles in the translation
    ("es", "Take the tablet with breakfast.", "Tome el comprimido con el desayuno."),
])
def test_polarity_parts_of_the_day_that_agree(lang, english, translation):
    assert "polarity" not in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # correct texts a third reader found flagged by the half and both-halves rules at 1e86708
    ("es", "The tablets dissolve in half an hour.", "Los comprimidos se disuelven en media hora."),
    ("es", "Cut the patch in half before applying it.", "Corte el parche en dos antes de aplicarlo."),
    ("es", "Take two and a half tablets.", "Tome dos comprimidos y medio."),
    ("es", "Take one and a half tablets.", "Tome una y media pastillas."),  # not "la una y media"
    ("es", "In mid-cycle, the dose goes up.", "A mitad del ciclo, la dosis aumenta."),
    ("es", "Take half a day's dose.", "Tome la mitad de la dosis diaria."),
    ("it", "At mid-cycle, the dose changes.", "A metà ciclo, la dose cambia."),
    ("el", "Take one and a half capsules.", "Πάρτε μία κάψουλα και μισή."),
    ("fa", "Take one and a half tablets every 8 hours.", "هر ۸ ساعت یک و نیم قرص مصرف کنید."),
    ("zh_Hans", "Do not take more than half a tablet.", "最多半片。"),
    ("zh_Hans", "It usually works within moments.", "多半片刻即可起效。"),
    ("pa_Guru", "Take one tablet midway through the treatment.", "ਇਲਾਜ ਦੇ ਅੱਧ ਵਿਚਾਲੇ ਇੱਕ ਗੋਲੀ ਲਓ।"),
    ("es", "Take one tablet at 8 a.m. and one at 8 p.m.", "Tome un comprimido a las 8 a. m. y otro a las 20:00."),
    ("es", "Take one tablet at 8 a.m. and one at 8 p.m.",
     "Tome un comprimido a las 8 a. m. y otro a las ocho de la noche."),
])
def test_numbers_halves_a_third_reader_found_flagged(lang, english, translation):
    assert not any("half" in f.message for f in run_checks(english, translation, lang) if f.check == "numbers")


@pytest.mark.parametrize("lang,english,translation", [
    # a reviewer's defects that passed at 820206a
    ("tr", "Take the tablet before noon.", "Tableti öğleden sonra alın."),  # the afternoon's "sonra" is an "after" too
    ("zh_Hans", "Take the tablet after getting up.", "睡前服用片剂。"),
    ("pa_Guru", "Take the tablet after waking up.", "ਗੋਲੀ ਸੌਣ ਤੋਂ ਪਹਿਲਾਂ ਲਓ।"),
    ("ar", "Take the tablet in the morning.", "تناول القرص قبل النوم."),
    ("fa", "Take the tablet in the morning.", "قرص را بعد از ظهر مصرف کنید."),
    ("es", "Take one 2.5 mg tablet daily.", "Tome medio comprimido de 2,5 mg al día."),  # the English's own .5
    ("es", "Take one tablet whole; don’t split the tablet.", "Tome medio comprimido entero; no parta el comprimido."),
    ("es", "Swallow one tablet whole, do not crush, chew, break the tablet.",
     "Trague medio comprimido entero, no triture, mastique ni parta el comprimido."),
    ("es", "Take one tablet; the half-life is 12 hours.", "Tome medio comprimido; la semivida es de 12 horas."),
    ("fa", "Take half a tablet half an hour before meals.", "یک قرص نیم ساعت قبل از غذا بخورید."),  # spaced
    ("zh_Hans", "Take half a tablet if you have galactose intolerance.", "如果您有半乳糖不耐受，请服用一片。"),
    ("es", "Take half a tablet and dispose of the packaging safely for the environment.",
     "Tome un comprimido y deseche el envase respetando el medio ambiente."),
    ("vi", "Take half a tablet at the start of a migraine.", "Uống một viên khi bắt đầu cơn đau nửa đầu."),
    ("es", "Halve the dose.", "Reduzca la dosis un 150 %."),  # 150 % is no half
])
def test_checks_a_reviewer_found_passing(lang, english, translation):
    assert checks_failed(run_checks(english, translation, lang)) & {"numbers", "polarity"}


@pytest.mark.parametrize("lang,english,translation", [
    # correct texts flagged at 820206a (a reviewer's and a fifth reader's)
    ("es", "You may cut or break the tablet.", "Puede partir el comprimido por la mitad."),
    ("es", "Take a tablet and a half.", "Tome 1,5 comprimidos."),
    ("zh_Hans", "Take the tablet before bedtime, then lie down.", "睡前服用片剂，然后躺下。"),
    ("es", "Take it before breakfast, after fasting overnight.", "Tómelo antes del desayuno, tras el ayuno nocturno."),
    ("es", "If you wake up at night with chest pain, call 112.",
     "Si se despierta a las 3 de la mañana con dolor en el pecho, llame al 112."),
    ("es", "Take the evening dose with food. In the morning, check your blood sugar before you eat.",
     "Por la mañana, mídase el azúcar antes de comer. La dosis de la noche se toma con alimentos."),  # reordered
    ("es", "Do not lie down for 30 minutes after the tablet.", "No vuelva a acostarse durante 30 minutos tras el comprimido."),
    ("pa_Guru", "Take it in the morning; the leaflet is included in the pack.", "ਇਸਨੂੰ ਸਵੇਰੇ ਲਓ; ਪਰਚਾ ਪੈਕ ਵਿੱਚ ਸ਼ਾਮਲ ਹੈ।"),
    ("ar", "Take it in the morning; keep it away from a lamp.", "تناوله في الصباح، وأبعده عن المصباح."),
    ("el", "Take it in the evening; it may cause a slow pulse.", "Πάρτε το το βράδυ· μπορεί να προκαλέσει βραδύ σφυγμό."),
    ("tr", "Take it in the morning at ten past seven.", "Sabah yediyi on geçe alın."),  # geçe: past, folded gece
    ("vi", "Take it in the morning; the room should be bright.", "Uống vào buổi sáng; phòng nên sáng sủa."),
    ("pa_Guru", "The half-life of the medicine is about 6 hours.", "ਦਵਾਈ ਦੀ ਅੱਧ-ਉਮਰ ਲਗਭਗ 6 ਘੰਟੇ ਹੈ।"),
])
def test_checks_correct_texts_found_flagged_at_820206a(lang, english, translation):
    # the polarity findings, and the numbers check's halves (the 3 of "a las 3" is a number the English lacks)
    assert not [f.message for f in run_checks(english, translation, lang)
                if f.check == "polarity" or (f.check == "numbers" and ("half" in f.message or "1.5" in f.message))]


@pytest.mark.parametrize("lang,english,good,bad", [
    # waking is a morning (each passed at 3d381bc)
    ("es", "Take the tablet on waking.", "Tome el comprimido al levantarse.", "Tome el comprimido al acostarse."),
    ("it", "Take the tablet when you wake up.", "Prenda la compressa al risveglio.", "Prenda la compressa la sera."),
    ("zh_Hans", "Take the tablet after getting up.", "起床后服用一片。", "晚上服用一片。"),
])
def test_polarity_waking_is_a_morning(lang, english, good, bad):
    assert "polarity" not in checks_failed(run_checks(english, good, lang))
    assert any(f.check == "polarity" and "(morning)" in f.message for f in run_checks(english, bad, lang))


@pytest.mark.parametrize("lang,english,good,bad", [
    # breakfast is the morning's meal, dinner and supper the evening's (each passed at 62113d5)
    ("es", "Take it with breakfast.", "Tómelo con el desayuno.", "Tómelo con la cena."),
    ("es", "Take one tablet after dinner.", "Tome un comprimido después de cenar.", "Tome un comprimido después de desayunar."),
    ("it", "Take it with dinner.", "Lo prenda a cena.", "Lo prenda a colazione."),
    ("el", "Take it with breakfast.", "Να το παίρνετε με το πρωινό.", "Να το παίρνετε με το δείπνο."),
    ("tr", "Take it at bedtime.", "Yatmadan önce alın.", "Kahvaltıda alın."),
    ("vi", "Take it at night.", "Uống thuốc vào buổi tối.", "Uống thuốc cùng bữa điểm tâm."),
    ("ar", "Take it with dinner.", "تناوله مع العشاء.", "تناوله مع الفطور."),
    ("fa", "Take it with breakfast.", "آن را همراه صبحانه مصرف کنید.", "آن را همراه شام مصرف کنید."),
    ("pa_Guru", "Take it at night.", "ਇਸਨੂੰ ਰਾਤ ਨੂੰ ਲਓ।", "ਇਸਨੂੰ ਨਾਸ਼ਤੇ ਨਾਲ ਲਓ।"),
    ("zh_Hans", "Take it in the morning.", "早饭后服用。", "晚饭后服用。"),
    ("zh_Hant", "Take it with supper.", "晚餐時服用。", "早餐時服用。"),
])
def test_polarity_meals_are_parts_of_the_day(lang, english, good, bad):
    assert "polarity" not in checks_failed(run_checks(english, good, lang))
    assert any(f.check == "polarity" for f in run_checks(english, bad, lang))


@pytest.mark.parametrize("lang,translation", [
    # midnight is no evening: the English's breakfast stays the morning's (flagged while meals were being added)
    ("ar", "لا تأكل شيئاً بعد منتصف الليل؛ يمكنك تناول الفطور بعد الفحص."),
    ("tr", "Gece yarısından sonra bir şey yemeyin; testten sonra kahvaltı yapabilirsiniz."),
    ("fa", "بعد از نصف شب چیزی نخورید؛ بعد از آزمایش می‌توانید صبحانه بخورید."),
    ("pa_Guru", "ਅੱਧੀ ਰਾਤ ਤੋਂ ਬਾਅਦ ਕੁਝ ਨਾ ਖਾਓ; ਟੈਸਟ ਤੋਂ ਬਾਅਦ ਤੁਸੀਂ ਨਾਸ਼ਤਾ ਕਰ ਸਕਦੇ ਹੋ।"),
])
def test_polarity_midnight_is_no_evening(lang, translation):
    english = "Do not eat anything after midnight; you can have breakfast after the test."
    assert "polarity" not in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # a breakfast beside a night the English has too, or the translation adds ("nocturna": a fifth reader's)
    ("es", "Take it with breakfast if you wet the bed.", "Si tiene enuresis nocturna, tómelo con el desayuno."),
    ("ar", "Give the tablet with breakfast if your child wets the bed.",
     "إذا كان طفلك يعاني من التبول اللاإرادي في الليل، فأعطه القرص مع الفطور."),
    ("tr", "Take one tablet with breakfast, even after a night shift.", "Gece vardiyasından sonra bile kahvaltıyla bir tablet alın."),
    ("el", "Take it with dinner. Early treatment works best.",
     "Να το παίρνετε με το δείπνο. Η πρώιμη θεραπεία έχει τα καλύτερα αποτελέσματα."),
])
def test_polarity_meals_beside_other_parts_of_the_day(lang, english, translation):
    assert "polarity" not in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # doses moved from the morning to the evening and back (each passed at ae09ac7)
    ("es", "Take 1 tablet in the morning and 2 tablets at night.", "Tome 1 comprimido por la noche y 2 comprimidos por la mañana."),
    ("es", "Take 20 mg in the morning. Take 10 mg in the evening.", "Tome 10 mg por la mañana. Tome 20 mg por la noche."),
    ("es", "Take one tablet in the morning and two in the evening.", "Tome dos comprimidos por la mañana y uno por la noche."),
    ("it", "Inject 10 units before breakfast and 6 units before dinner.", "Inietti 10 unità prima di cena e 6 unità prima di colazione."),
    ("tr", "Take one tablet in the morning and half a tablet in the evening.", "Sabah yarım tablet, akşam bir tablet alın."),
    ("ar", "Inject 10 units before breakfast and 6 units before dinner.", "احقن 10 وحدات قبل العشاء و6 وحدات قبل الفطور."),
    ("fa", "Take half a tablet with breakfast and one tablet with dinner.", "نصف قرص همراه با شام و یک قرص همراه با صبحانه مصرف کنید."),
    ("pa_Guru", "Inject 10 units before breakfast and 6 units before dinner.",
     "ਰਾਤ ਦੇ ਖਾਣੇ ਤੋਂ ਪਹਿਲਾਂ 10 ਯੂਨਿਟ ਅਤੇ ਨਾਸ਼ਤੇ ਤੋਂ ਪਹਿਲਾਂ 6 ਯੂਨਿਟ ਟੀਕਾ ਲਗਾਓ।"),
    ("zh_Hans", "Take 1 tablet in the morning and 2 tablets at night.", "晚上服用1片，早上服用2片。"),
    ("zh_Hant", "Take half a tablet with breakfast and one tablet with dinner.", "晚餐時服用半錠，早餐時服用一錠。"),
    # a part of the day in a clause of its own gives it to the dose after it; an adversarial reader's (passed at 84f9287)
    ("es", "In the morning, take 1 tablet. At night, take 2 tablets.", "Por la mañana, tome 2 comprimidos. Por la noche, tome 1 comprimido."),
    ("el", "Morning: 1 tablet. Evening: 2 tablets.", "Πρωί: 2 δισκία. Βράδυ: 1 δισκίο."),
    ("es", "Take 1 tablet in the morning and 2 tablets at night. In the morning, avoid driving.",
     "Tome 2 comprimidos por la mañana y 1 comprimido por la noche. Por la mañana, evite conducir."),
    ("es", "Take 1 tablet in the morning and 2 tablets at night.", "Tome 1 comprimido por la noche y 2 por la mañana."),
    ("ar", "Take two capsules in the morning and three capsules at bedtime.", "تناول ثلاث كبسولات صباحاً وكبسولتين قبل النوم."),
    # an amount given twice is no one's, the others still judged (a blind reader's, passed at 9c018b8)
    ("es", "Take 2 tablets in the morning and 1 tablet in the evening for 5 days, then 1 tablet each morning.",
     "Tome 1 comprimido por la mañana y 2 por la noche durante 5 días y, después, 1 comprimido cada mañana."),
    ("zh_Hans", "Take 2 tablets in the morning and 1 tablet in the evening for 5 days, then 1 tablet each morning.",
     "前5天每天早上服1片、晚上服2片，之后每天早上服1片。"),
])
def test_polarity_doses_moved_between_the_parts_of_the_day_fail(lang, english, translation):
    assert any("doses moved between the parts of the day" in f.message
               for f in run_checks(english, translation, lang) if f.check == "polarity")


@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Take 1 tablet in the morning and 2 tablets at night.", "Tome 1 comprimido por la mañana y 2 comprimidos por la noche."),
    # the clauses in another order, each dose with its part of the day
    ("es", "Take 2 tablets at night. In the morning, take 1 tablet.", "Por la mañana, tome 1 comprimido. Por la noche, tome 2."),
    ("es", "Take 1 tablet in the morning and 2 tablets at night.", "Por la noche tome 2 comprimidos y por la mañana 1."),
    ("zh_Hans", "Take 1 tablet in the morning and 2 tablets at night.", "晚上服用2片，早上服用1片。"),
    # one dose for both parts of the day, named in another order
    ("es", "Take 1 tablet in the morning and evening, and 2 more at bedtime if you need them.",
     "Tome 1 comprimido por la noche y por la mañana, y 2 más al acostarse si los necesita."),
    # clock times: the numbers check holds them
    ("es", "Take 1 tablet at 8 a.m. and 2 at 8 p.m.", "Tome 1 comprimido a las 8 de la mañana y 2 a las 8 de la noche."),
    ("it", "Inject 10 units before breakfast and 6 units before dinner.", "Inietti 10 unità prima di colazione e 6 unità prima di cena."),
    ("ar", "Inject 10 units before breakfast and 6 units before dinner.", "احقن 10 وحدات قبل الفطور و6 وحدات قبل العشاء."),
    # numbers that count no dose, moved with the words around them: an adversarial reader's (flagged at 84f9287)
    ("es", "Take 2 tablets in the morning and 1 tablet in the evening for 7 days.",
     "Durante 7 días tome 2 comprimidos por la mañana y 1 comprimido por la noche."),
    ("zh_Hans", "Take 2 tablets in the morning and 1 tablet in the evening for 7 days.", "连续7天早上服用2片，晚上服用1片。"),
    ("es", "Take 500 mg with breakfast and 1000 mg with your evening meal if you have type 2 diabetes.",
     "En la diabetes tipo 2 tome 500 mg con el desayuno y 1000 mg con la cena."),
    ("zh_Hans", "Take 500 mg with breakfast and 1000 mg with your evening meal if you have type 2 diabetes.",
     "2型糖尿病患者早餐时服用500毫克，晚餐时服用1000毫克。"),
    ("es", "Children over 6 years should take 5 ml in the morning and 10 ml at night.",
     "Administre 5 ml por la mañana y 10 ml por la noche a los niños mayores de 6 años."),
    ("vi", "Take 2 tablets in the morning and 1 tablet in the evening, 8 to 12 hours after the morning dose.",
     "Uống 2 viên vào buổi sáng, 8 đến 12 giờ sau uống 1 viên vào buổi tối."),
    ("zh_Hans", "Take the yellow one in the morning and 2 white tablets at night with a glass of water.",
     "早上服用黄色药片，晚上用一杯水送服2片白色药片。"),
    ("fa", "Take 2 tablets in the morning and 1 tablet in the evening for 7 days.", "به مدت ۷ روز صبح ۲ قرص و شب ۱ قرص مصرف کنید."),
])
def test_polarity_doses_kept_with_their_parts_of_the_day_pass(lang, english, translation):
    assert "polarity" not in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,good,bad", [
    # Arabic and Persian marks of a.m. and p.m. (each bad passed at 4965bf3)
    ("ar", "Take one tablet at 8 a.m.", "تناول قرصًا واحدًا الساعة 8 ص.", "تناول قرصًا واحدًا الساعة ٨ م."),
    ("ar", "Take one tablet at 8 a.m. and one at 8 p.m.", "تناول قرصًا الساعة 8 ص وقرصًا آخر الساعة 8 م.",
     "تناول قرصًا الساعة 8 م وقرصًا آخر الساعة 8 م."),
    ("fa", "Take one tablet at 8 a.m.", "یک قرص ساعت ۸ ق.ظ. مصرف کنید.", "یک قرص ساعت ۸ ب.ظ. مصرف کنید."),
    ("fa", "Take one tablet at 8 p.m.", "یک قرص ساعت ۸ ب.ظ مصرف کنید.", "یک قرص ساعت ۸ ق.ظ مصرف کنید."),
])
def test_numbers_arabic_and_persian_marks_of_the_half_of_the_day(lang, english, good, bad):
    assert not [f for f in run_checks(english, good, lang) if f.check == "numbers"]
    assert any("of the day" in f.message for f in run_checks(english, bad, lang) if f.check == "numbers")


def test_numbers_an_arabic_metre_is_no_evening():
    found = run_checks("Stand 2 m away; take it at 2 p.m.", "قف على بعد 2 م؛ تناوله الساعة 2 م.", "ar")
    assert not [f for f in found if f.check == "numbers"]


@pytest.mark.parametrize("lang,english,translation", [
    # the dose taken at the other part of the day, where the English names both (each passed at 8ca1678)
    ("es", "Take this medicine in the morning with breakfast, so that you do not need to get up to pass water during the night.",
     "Tome este medicamento por la noche con la cena, para no tener que levantarse a orinar durante la noche."),
    ("zh_Hans", "Take this medicine in the morning with breakfast, so that you do not need to get up to pass water during the night.",
     "请在睡前服用本药，这样您夜间就不必起床排尿。"),
    ("ar", "Take this medicine in the morning with breakfast, so that you do not need to get up to pass water during the night.",
     "تناول هذا الدواء قبل النوم، حتى لا تحتاج إلى الاستيقاظ للتبول أثناء الليل."),
    ("it", "If you forget to take your dose with breakfast, take it with lunch. Do not take it with dinner.",
     "Se dimentica di prendere la dose a cena, la prenda a pranzo. Non la prenda a colazione."),
    # a purpose said without a comma ("para no ..."): its own clause (passed at bb67f27)
    ("vi", "Take this medicine in the morning with breakfast, so that you do not need to get up to pass water during the night.",
     "Uống thuốc này trước khi đi ngủ để bạn không phải thức dậy đi tiểu vào ban đêm."),
    ("fa", "Take this medicine in the morning with breakfast, so that you do not need to get up to pass water during the night.",
     "این دارو را شب قبل از خواب مصرف کنید تا مجبور نشوید شب‌ها برای ادرار کردن از خواب بیدار شوید."),
    # a semicolon ends what the verb takes (a blind reader's, passed at 9c018b8)
    ("es", "Take the laxative at bedtime; it usually works the next morning.",
     "Tome el laxante por la mañana; normalmente hace efecto a la mañana siguiente."),
])
def test_polarity_the_dose_taken_at_the_other_part_of_the_day_fails(lang, english, translation):
    # by the dose's sentence, or sentence by sentence where the translation keeps the English's order
    assert "polarity" in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Take this medicine in the morning with breakfast, so that you do not need to get up to pass water during the night.",
     "Para no tener que levantarse a orinar durante la noche, tome este medicamento por la mañana con el desayuno."),
    ("es", "Take this medicine in the morning, so that you do not need to get up at night.",
     "Tome este medicamento por la mañana. Así no tendrá que levantarse por la noche."),
    # a verb at the end takes the doses of every clause before it
    ("tr", "Take 1 tablet in the morning and 2 tablets at night.", "Sabah 1 tablet, gece 2 tablet alın."),
    ("fa", "Inject 10 units before breakfast and 6 units before dinner.", "۱۰ واحد قبل از صبحانه و ۶ واحد قبل از شام تزریق کنید."),
    ("pa_Guru", "Take 1 tablet in the morning and 2 tablets at night.", "ਸਵੇਰੇ 1 ਗੋਲੀ ਅਤੇ ਰਾਤ ਨੂੰ 2 ਗੋਲੀਆਂ ਲਓ।"),
    ("tr", "You will need two sachets. Take one the evening before your colonoscopy and the other on the morning of the test.",
     "İki poşete ihtiyacınız olacak. Birini kolonoskopiden önceki akşam, diğerini işlem sabahı alın."),
    ("tr", "Use the inhaler every morning and every evening, even when you feel well.",
     "Kendinizi iyi hissetseniz bile inhaleri her sabah ve her akşam kullanın."),
    # a second adversarial reader's, flagged at bb67f27: another sentence takes fluids at night
    ("es", "This medicine should be taken in the morning. In the evening, drink less fluid.",
     "Este medicamento debe tomarse por la mañana. Por la noche, tome menos líquidos."),
    ("tr", "This medicine should be taken in the morning. In the evening, drink less fluid.",
     "Bu ilacı sabahları almanız gerekir. Akşamları daha az sıvı alın."),
    ("fa", "This medicine should be taken in the morning. In the evening, drink less fluid.",
     "این دارو باید صبح‌ها میل شود. عصرها مایعات کمتری مصرف کنید."),
    # "at most" is no negation of when; "take care" takes no dose; 以免 and 不论 as they mean
    ("es", "Take up to 2 tablets in the morning. Drink less fluid in the evening.",
     "Tome como máximo 2 comprimidos por la mañana. Por la noche, tome menos líquidos."),
    ("zh_Hans", "Take up to 2 tablets in the morning. Avoid screens in the evening.", "早上最多服用2片。晚上尽量少使用手机等电子产品。"),
    ("es", "Take it as soon as you wake. Take care if you get up at night, as you may feel dizzy.",
     "Tómelo al despertarse. Tenga cuidado si se levanta por la noche, ya que puede sentirse mareado."),
    ("zh_Hans", "Take it first thing in the morning, so that you do not need to get up at night to pass urine.",
     "请于晨间服用，以免夜间起床排尿。"),
    ("zh_Hans", "Take it every morning, with or without food. If it keeps you awake at night, tell your doctor.",
     "每天早上不论空腹或进食均可服用。如服用后夜间难以入睡，请告诉医生。"),
    ("ar", "Take it on waking. Weakness may occur in the evening; tell your doctor.",
     "تناوله فور الاستيقاظ. قد يحدث ضعف عام في المساء؛ أخبر طبيبك."),
    ("el", "Take the laxative at bedtime; it usually works the next morning.",
     "Πάρτε το υπακτικό πριν κοιμηθείτε· συνήθως δρα το επόμενο πρωί."),
    ("fa", "Inhale two puffs twice a day, morning and evening. Rinse your mouth with water after each use.",
     "روزی دو بار، صبح و شب، دو پاف استنشاق کنید. پس از هر بار استفاده دهان خود را با آب بشویید."),
])
def test_polarity_the_dose_taken_at_its_part_of_the_day_passes(lang, english, translation):
    assert "polarity" not in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # correct texts a blind reader found flagged at 8d39f36
    ("es", "Take your statin with your evening meal.", "Tome la estatina con la cena."),  # Spanish adds an e
    ("tr", "Give your child the tablet with the evening meal and limit drinks from one hour before bedtime.",
     "Tableti çocuğunuza akşam yemeğiyle verin ve yatmadan bir saat önceden itibaren içecekleri azaltın."),
    ("tr", "During Ramadan, take the tablet with iftar (the meal at sunset).",
     "Ramazan ayında tableti iftarda (gün batımında yenen yemekte) alın."),
    ("zh_Hans", "If you work night shifts, take the tablet with the first meal after you wake up.",
     "如果您上夜班，请在醒来后的第一餐时服用药片。"),
])
def test_checks_correct_texts_a_blind_meal_reader_found_flagged(lang, english, translation):
    assert not checks_failed(run_checks(english, translation, lang)) & {"drugs", "negation", "polarity"}


@pytest.mark.parametrize("lang,english,translation", [
    # a reviewer's, passed at 06c6604: "at most" negates no clause, nor does it hide a swap; Arabic ألا (that ... not)
    # is no إلا (only)
    ("es", "Take up to 2 tablets in the morning, so that you do not need to get up at night.",
     "Tome como máximo 2 comprimidos por la noche, para no tener que levantarse por la noche."),
    ("ar", "Take it in the morning, provided that you do not take it at night.", "تناوله ليلاً، على ألا تتناوله صباحاً."),
])
def test_polarity_a_reviewers_swaps_of_the_part_of_the_day(lang, english, translation):
    assert any("the dose moved to the other part of the day" in f.message
               for f in run_checks(english, translation, lang) if f.check == "polarity")


@pytest.mark.parametrize("lang,english,translation", [
    # a reviewer's, flagged at 06c6604 by the negation check
    ("tr", "Do not drink alcohol before bed; ask your doctor first.", "Yatmadan alkol içmeyin, önce doktorunuza danışın."),
    ("zh_Hans", "Get up slowly, as you may feel dizzy.", "请慢慢起身，以免头晕。"),
    ("zh_Hans", "If the medicine does not work, tell your doctor.", "如果药物不管用，请告诉医生。"),
    ("zh_Hans", "Take it whether or not you have eaten.", "不论是否进食均可服用。"),
    # an Arabic metre is no p.m.
    ("ar", "Stand 2 m away; take it at 2 a.m.", "قف على بعد 2 م؛ تناوله الساعة 2 ص."),
])
def test_checks_correct_texts_a_reviewer_found_flagged(lang, english, translation):
    assert not checks_failed(run_checks(english, translation, lang)) & {"negation", "numbers", "polarity"}


@pytest.mark.parametrize("lang,good,bad", [
    # what "instead of" sets aside is not when (each bad passed at 4b60542)
    ("es", "Tómelo por la mañana en lugar de por la noche.", "Tómelo por la noche en lugar de por la mañana."),
    ("zh_Hans", "请在早上而不是晚上服用。", "请在晚上而不是早上服用。"),
    ("vi", "Hãy uống vào buổi sáng thay vì buổi tối.", "Hãy uống vào buổi tối thay vì buổi sáng."),
    ("el", "Πάρτε το το πρωί αντί για το βράδυ.", "Πάρτε το το βράδυ αντί για το πρωί."),
])
def test_polarity_instead_of_sets_a_part_of_the_day_aside(lang, good, bad):
    english = "Take it in the morning rather than at night."
    assert "polarity" not in checks_failed(run_checks(english, good, lang))
    assert any("the dose moved to the other part of the day" in f.message
               for f in run_checks(english, bad, lang) if f.check == "polarity")


_KEEPS_YOU_AWAKE = "Take it in the morning, as it may keep you awake at night."


@pytest.mark.parametrize("lang,english,good,bad", [
    # a reason's part of the day is not when the dose is taken (each bad passed at 4e81861)
    ("es", _KEEPS_YOU_AWAKE, "Tómelo por la mañana, ya que puede desvelarle por la noche.",
     "Tómelo por la noche, ya que puede desvelarle por la noche."),
    ("it", "Take it in the morning to reduce the need to pass urine at night.",
     "Lo prenda al mattino per ridurre il bisogno di urinare di notte.",
     "Lo prenda la sera per ridurre il bisogno di urinare di notte."),
    ("el", "The effect lasts all night, so take the tablet with your evening meal.",
     "Η δράση διαρκεί όλη τη νύχτα, γι' αυτό πάρτε το δισκίο με το βραδινό γεύμα.",
     "Πάρτε το δισκίο το πρωί, επειδή η δράση διαρκεί όλη τη νύχτα."),
    ("tr", "Take it in the morning, because it may keep you awake at night.", "Sabah alın, çünkü gece uykunuzu kaçırabilir.",
     "Akşam alın, çünkü gece uykunuzu kaçırabilir."),
    ("vi", _KEEPS_YOU_AWAKE, "Uống thuốc vào buổi sáng vì thuốc có thể gây mất ngủ vào ban đêm.",
     "Uống thuốc vào buổi tối vì thuốc có thể gây mất ngủ vào ban đêm."),
    ("ar", _KEEPS_YOU_AWAKE, "تناوله في الصباح، لأنه قد يبقيك مستيقظاً في الليل.",
     "تناوله في المساء، لأنه قد يبقيك مستيقظاً في الليل."),
    ("fa", _KEEPS_YOU_AWAKE, "آن را صبح مصرف کنید، زیرا ممکن است شب بیدار بمانید.",
     "آن را عصر مصرف کنید، زیرا ممکن است شب بیدار بمانید."),
    ("pa_Guru", _KEEPS_YOU_AWAKE, "ਇਸਨੂੰ ਸਵੇਰੇ ਲਓ, ਕਿਉਂਕਿ ਇਹ ਤੁਹਾਨੂੰ ਰਾਤ ਨੂੰ ਜਗਾ ਕੇ ਰੱਖ ਸਕਦੀ ਹੈ।",
     "ਇਸਨੂੰ ਸ਼ਾਮ ਨੂੰ ਲਓ, ਕਿਉਂਕਿ ਇਹ ਤੁਹਾਨੂੰ ਰਾਤ ਨੂੰ ਜਗਾ ਕੇ ਰੱਖ ਸਕਦੀ ਹੈ।"),
    ("zh_Hans", "Take it in the morning to reduce the need to pass urine at night.", "请在早上服用，以减少夜间排尿。",
     "请在晚上服用，以减少夜间排尿。"),
    ("zh_Hant", "Take it in the morning, because it may keep you awake at night.", "請在早上服用，因為它可能使您夜間難以入睡。",
     "請在晚上服用，因為它可能使您夜間難以入睡。"),
])
def test_polarity_a_reason_says_not_when_the_dose_is_taken(lang, english, good, bad):
    assert "polarity" not in checks_failed(run_checks(english, good, lang))
    assert any("the dose moved to the other part of the day" in f.message
               for f in run_checks(english, bad, lang) if f.check == "polarity")


@pytest.mark.parametrize("lang,english,translation", [
    # an adversarial reader's, flagged at 6af957e: "vì vậy" (therefore) and "یک تا دو" (one to two) give no reason,
    # "early in the day" said as such
    ("vi", _KEEPS_YOU_AWAKE, "Thuốc có thể gây mất ngủ vào ban đêm, vì vậy hãy uống vào buổi sáng."),
    ("fa", "Take one or two tablets at bedtime, as they may make you drowsy the next morning.",
     "یک تا دو قرص هنگام خواب مصرف کنید، چرا که ممکن است صبح روز بعد احساس خواب‌آلودگی کنید."),
    ("es", _KEEPS_YOU_AWAKE, "Tómelo a primera hora: por la noche podría quitarle el sueño."),
    ("tr", "Take it early in the day, as it may keep you awake at night.",
     "Günün erken saatlerinde alın, çünkü gece uykunuzu kaçırabilir."),
    ("ar", "Take it early in the day, as it may keep you awake at night.",
     "تناوله في وقت مبكر من اليوم، إذ إن تناوله ليلاً قد يسبب الأرق."),
    # "để" before a thing is "let", no purpose; "before midday" said as such (flagged at 50baec9)
    ("vi", "Let the tablet dissolve on your tongue in the morning, as it may keep you awake if used at night.",
     "Để viên thuốc tự tan trên lưỡi vào buổi sáng, do thuốc có thể gây mất ngủ nếu dùng vào ban đêm."),
    ("es", "Take the tablet before midday so that you do not have to get up to pass urine.",
     "Tome el comprimido antes del mediodía para no tener que levantarse por la noche a orinar."),
    ("zh_Hans", "Take the tablet before midday so that you do not have to get up to pass water.",
     "请在中午之前服药，以免夜间起床排尿。"),
])
def test_polarity_reasons_an_adversarial_reader_found_flagged(lang, english, translation):
    assert "polarity" not in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # a reason that takes the dose itself says when, where nothing else does; "or" goes on with a reason; "otherwise"
    # before "take" opens no reason (each passed at 6af957e)
    ("es", "Do not take it at night, because it should be taken in the morning.",
     "No lo tome por la mañana, porque debe tomarse por la noche."),
    ("es", "Take it at bedtime, as it may make you dizzy or sleepy during the day.",
     "Tómelo por la mañana, ya que puede causarle mareo o somnolencia por la noche."),
    ("es", "Unless your doctor tells you otherwise take it at night; it may make you drowsy the next morning.",
     ("Salvo que su médico le indique otra cosa, tómelo por la mañana; puede producirle somnolencia a la mañana "
      "siguiente.")),
])
def test_polarity_reasons_that_say_when(lang, english, translation):
    assert "polarity" in checks_failed(run_checks(english, translation, lang))


_CREAM = "Apply the cream at night and wash it off in the morning."
_PATCH = "Patch: apply a new patch each morning and remove it at bedtime."


@pytest.mark.parametrize("lang,english,good,bad", [
    # taking off what was applied is not when the dose is taken (each bad passed at 5175bf5)
    ("it", _PATCH, "Cerotto: applichi un cerotto nuovo ogni mattina e lo tolga prima di coricarsi.",
     "Cerotto: applichi un cerotto nuovo ogni sera e lo tolga al mattino."),
    ("ar", _PATCH, "اللاصقة: ضع لاصقة جديدة كل صباح وانزعها عند النوم.", "اللاصقة: ضع لاصقة جديدة كل مساء وانزعها في الصباح."),
    ("zh_Hant", _PATCH, "貼片：每天早上貼上新的貼片，睡前撕除。", "貼片：每天晚上貼上新的貼片，早上撕除。"),
    ("tr", _CREAM, "Kremi gece sürünüz ve sabah yıkayarak çıkarınız.", "Kremi sabah sürünüz ve gece yıkayarak çıkarınız."),
    ("fa", _CREAM, "کرم را شب بمالید و صبح آن را بشویید.", "کرم را صبح بمالید و شب آن را بشویید."),
    ("es", _CREAM, "Aplique la crema por la noche y retírela con agua por la mañana.",
     "Aplique la crema por la mañana y retírela con agua por la noche."),
    ("el", _CREAM, "Εφαρμόστε την κρέμα το βράδυ και ξεπλύνετε τη το πρωί.",
     "Εφαρμόστε την κρέμα το πρωί και ξεπλύνετε τη το βράδυ."),
    ("vi", _CREAM, "Bôi kem vào buổi tối và rửa sạch vào buổi sáng.", "Bôi kem vào buổi sáng và rửa sạch vào buổi tối."),
    ("pa_Guru", _CREAM, "ਕਰੀਮ ਰਾਤ ਨੂੰ ਲਗਾਓ ਅਤੇ ਸਵੇਰੇ ਧੋ ਦਿਓ।", "ਕਰੀਮ ਸਵੇਰੇ ਲਗਾਓ ਅਤੇ ਸ਼ਾਮ ਨੂੰ ਧੋ ਦਿਓ।"),
    ("zh_Hans", _CREAM, "晚上涂抹乳膏，早上洗掉。", "早上涂抹乳膏，晚上洗掉。"),
])
def test_polarity_taking_off_what_was_applied_is_not_when(lang, english, good, bad):
    assert "polarity" not in checks_failed(run_checks(english, good, lang))
    assert any("the dose moved to the other part of the day" in f.message
               for f in run_checks(english, bad, lang) if f.check == "polarity")


@pytest.mark.parametrize("lang,translation", [
    # the reason first, opened by a reason's word or not
    ("es", "Como puede desvelarle por la noche, tómelo por la mañana."),
    ("es", "Para no desvelarse por la noche, tómelo por la mañana."),
    ("zh_Hans", "为了避免夜间失眠，请在早上服用。"),
])
def test_polarity_a_reason_said_first(lang, translation):
    assert "polarity" not in checks_failed(run_checks(_KEEPS_YOU_AWAKE, translation, lang))


@pytest.mark.parametrize("lang,good,bad", [
    # prescription shorthand: bare 早, 晚, "sáng", "tối" before a dose, and no comma between the doses (each bad
    # passed at 6da71bd)
    ("zh_Hans", "早1片，晚2片。", "早2片，晚1片。"),
    ("zh_Hans", "早上服1片晚上服2片。", "早上服2片晚上服1片。"),
    ("zh_Hans", "早：1片；晚：2片。", "早：2片；晚：1片。"),
    ("zh_Hant", "早上1錠晚上2錠。", "早上2錠晚上1錠。"),
    ("vi", "Sáng uống 1 viên, tối uống 2 viên.", "Sáng uống 2 viên, tối uống 1 viên."),
    ("vi", "Sáng: 1 viên. Tối: 2 viên.", "Sáng: 2 viên. Tối: 1 viên."),
    # without a comma, or with a space or a slash between the doses (each bad passed at 50baec9)
    ("vi", "Sáng uống 1 viên tối uống 2 viên.", "Sáng uống 2 viên tối uống 1 viên."),
    ("vi", "Sáng 1 viên / tối 2 viên", "Sáng 2 viên / tối 1 viên"),
    ("zh_Hans", "早1片/晚2片", "早2片/晚1片"),
])
def test_polarity_doses_moved_in_prescription_shorthand(lang, good, bad):
    english = "Take 1 tablet in the morning and 2 tablets at night."
    assert "polarity" not in checks_failed(run_checks(english, good, lang))
    assert any("doses moved between the parts of the day" in f.message
               for f in run_checks(english, bad, lang) if f.check == "polarity")


@pytest.mark.parametrize("lang,english,translation", [
    # 早 and 晚 that are early and late, "sáng" that is light, "tối" of "tối đa" (at most)
    ("zh_Hans", "If you take it a day late, do not take a double dose.", "如果晚1天服药，请勿服用双倍剂量。"),
    ("zh_Hans", "Take 1 tablet in the morning. It is fine to take it an hour later.", "早上服1片。晚1小时服用也可以。"),
    ("vi", "Take 2 tablets in the morning; avoid bright light.", "Sáng uống 2 viên; tránh ánh sáng mạnh."),
    ("vi", "Take at most 2 tablets at night.", "Uống tối đa 2 viên vào buổi tối."),
    ("vi", "Take 1 tablet in the morning. The next morning, check your blood sugar.",
     "Uống 1 viên vào buổi sáng. Sáng hôm sau, kiểm tra đường huyết."),
    # a second adversarial reader's: shorthand read across a comma (the first flagged at bae72b9), or in the middle of a
    # clause
    ("zh_Hans", "Take it on waking. If you get up late, 1 tablet is enough.", "醒后服药，如果醒得晚，1片就够了。"),
    ("zh_Hans", "Take it at bedtime. You may take it a little earlier.", "睡前服用。可以早一点服用。"),
    ("vi", "Apply at bedtime. The skin may become sensitive to light; use sunscreen.",
     "Bôi khi đi ngủ. Da có thể nhạy cảm với ánh sáng, dùng kem chống nắng."),
    ("vi", "Take 1 tablet at bedtime. Keep in a dark place, one month at most after opening.",
     "Uống 1 viên trước khi đi ngủ. Bảo quản ở nơi tối, một tháng sau khi mở nắp."),
])
def test_polarity_early_late_and_light_are_no_parts_of_the_day(lang, english, translation):
    assert "polarity" not in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # a blind reader's, flagged at e7b7819: "just before bed", "unless ... otherwise", "skip it"
    ("tr", "Take zolpidem immediately before going to bed.", "Zolpidemi yatmadan hemen önce alınız."),
    ("tr", "Unless your doctor tells you otherwise, take it once a day in the evening.",
     "Doktorunuz başka bir şekilde önermediyse, günde bir kez akşamları alınız."),
    ("zh_Hant", "If you forget the morning dose, take it as soon as you remember; if you forget the evening dose, skip it.",
     "如忘記服用早上的劑量，請於想起時儘快補服；如忘記服用晚上的劑量，則跳過該次，不必補服。"),
])
def test_negation_correct_texts_a_blind_reader_found_flagged(lang, english, translation):
    assert "negation" not in checks_failed(run_checks(english, translation, lang))


_MISSED_DOSE = ("If you forget your evening dose, take it as soon as you remember. If it is nearly time for your "
                "morning dose, skip the missed dose.")


@pytest.mark.parametrize("lang,good,bad", [
    # the two doses of missed-dose advice swapped, in sentences seen to keep their order (each bad passed at e7b7819)
    ("es", ("Si olvida la dosis de la noche, tómela en cuanto se acuerde. No obstante, si ya casi es la hora de la "
            "dosis de la mañana, omita la dosis olvidada."),
     ("Si olvida la dosis de la mañana, tómela en cuanto se acuerde. No obstante, si ya casi es la hora de la dosis de "
      "la noche, omita la dosis olvidada.")),
    ("ar", "إذا نسيت جرعة المساء، فتناولها بمجرد أن تتذكر. أما إذا اقترب موعد جرعة الصباح، فتجاوز الجرعة المنسية.",
     "إذا نسيت جرعة الصباح، فتناولها بمجرد أن تتذكر. أما إذا اقترب موعد جرعة المساء، فتجاوز الجرعة المنسية."),
])
def test_polarity_missed_dose_advice_swapped(lang, good, bad):
    assert "polarity" not in checks_failed(run_checks(_MISSED_DOSE, good, lang))
    assert "polarity" in checks_failed(run_checks(_MISSED_DOSE, bad, lang))


def test_polarity_sentences_reordered_still_pass():
    # both sentences take a dose: their order cannot be told, and a translation may put the evening first
    english = "Take 1 tablet in the morning. Take 2 tablets at night."
    assert "polarity" not in checks_failed(run_checks(
        english, "Por la noche, tome 2 comprimidos. Por la mañana, tome 1 comprimido.", "es"))


@pytest.mark.parametrize("lang,english,translation,flagged", [
    # a reviewer's of 4e81861..e7b7819: a Vietnamese dose's clause kept whole ("uống" holds "ống"), "sokun" is also
    # "insert", "a primera hora de la tarde" is an afternoon, 毫克 and 0.5 read, Persian typed with Arabic letters,
    # انزعاج (discomfort) removes nothing
    ("vi", "Take it at night, not in the morning.", "Không uống buổi tối, uống buổi sáng.", True),
    ("tr", "Insert one suppository at night, so that it works by the morning.",
     "Bir fitili gece makata sokun, böylece sabaha kadar etki eder.", False),
    ("es", "Take it in the morning.", "Tómelo a primera hora de la tarde.", True),
    ("zh_Hans", "Take 5 mg in the morning and 10 mg at night.", "早10毫克，晚5毫克。", True),
    ("zh_Hans", "Take 5 mg in the morning and 10 mg at night.", "早上服10毫克晚上服5毫克。", True),
    ("zh_Hans", "Take half a tablet in the morning and 1 tablet at night.", "早1片，晚0.5片。", True),
    ("fa", _KEEPS_YOU_AWAKE, "آن را شب مصرف کنيد، زيرا ممکن است شب بيدار بمانيد.", True),
    ("fa", _KEEPS_YOU_AWAKE, "آن را صبح مصرف کنيد، زيرا ممکن است شب بيدار بمانيد.", False),
    ("ar", "Take it at night.", "تناوله ليلاً، فقد يسبب انزعاجاً في الصباح.", False),
])
def test_polarity_a_reviewers_cases_of_the_parts_of_the_day(lang, english, translation, flagged):
    assert ("polarity" in checks_failed(run_checks(english, translation, lang))) is flagged


@pytest.mark.parametrize("lang,good,bad", [
    # "una la sera", "ένα το βράδυ": a dose of one of its own, not both doses' part of the day (each bad passed at
    # 12ac41f)
    ("it", "Prenda una compressa al mattino e due la sera.", "Prenda due compresse al mattino e una la sera."),
    ("el", "Πάρτε ένα δισκίο το πρωί και δύο το βράδυ.", "Πάρτε δύο δισκία το πρωί και ένα το βράδυ."),
])
def test_polarity_a_dose_of_one_said_alone(lang, good, bad):
    english = "Take one tablet in the morning and two tablets at night."
    assert "polarity" not in checks_failed(run_checks(english, good, lang))
    assert any("doses moved between the parts of the day" in f.message
               for f in run_checks(english, bad, lang) if f.check == "polarity")


@pytest.mark.parametrize("lang,english,translation,flagged", [
    # a second reviewer's of e7b7819..12ac41f: two sentences alike may have changed places; a fronted ليلاً (at night)
    # is no لئلا (lest); "buổi" and an ampoule in Vietnamese shorthand; a reason without a comma in Persian typed with
    # Arabic letters; grams in Chinese shorthand
    ("es", "Take 1 tablet in the morning. Take 2 tablets in the evening. Do not take more than 3 tablets a day.",
     "Por la noche, tome 2 comprimidos. Por la mañana, tome 1 comprimido. No tome más de 3 comprimidos al día.", False),
    ("ar", "Take it in the morning, as it makes you pass more urine and may wake you up in the night.",
     "ليلاً، تناول قرصاً واحداً، لأنه يزيد التبول وقد يوقظك صباحاً.", True),
    ("vi", "Take 1 tablet in the morning and 2 tablets at night.", "Buổi sáng uống 2 viên buổi tối uống 1 viên.", True),
    ("vi", "Inject 1 ampoule in the morning and 2 ampoules in the evening.", "Sáng tiêm 2 ống tối tiêm 1 ống.", True),
    ("fa", _KEEPS_YOU_AWAKE, "آن را شب مصرف کنيد زيرا ممکن است صبح زود بیدار شوید.", True),
    ("zh_Hans", "Take 1 g in the morning and 2 g at night.", "早2克，晚1克。", True),
])
def test_polarity_a_second_reviewers_cases_of_the_parts_of_the_day(lang, english, translation, flagged):
    assert ("polarity" in checks_failed(run_checks(english, translation, lang))) is flagged


def test_polarity_an_ampoule_is_no_uong():
    english = "Inject 1 ampoule in the morning and 2 ampoules in the evening."
    assert "polarity" not in checks_failed(run_checks(english, "Sáng tiêm 1 ống tối tiêm 2 ống.", "vi"))


_NO_LATER_THAN = "Take the last dose no later than the afternoon."


@pytest.mark.parametrize("lang,translation", [
    # "no later than" said as "at the latest", and "afternoon" that is "after noon" (each flagged at 6af957e)
    ("es", "Tome la última dosis a más tardar por la tarde."),
    ("el", "Πάρτε την τελευταία δόση το αργότερο το απόγευμα."),
    ("tr", "Son dozu en geç öğleden sonra alınız."),
    ("vi", "Hãy uống liều cuối cùng muộn nhất là vào buổi chiều."),
    ("ar", "تناول الجرعة الأخيرة في موعد أقصاه بعد الظهر."),
    ("fa", "آخرین دوز را حداکثر تا بعد از ظهر مصرف کنید."),
    ("zh_Hans", "最后一剂最晚应在下午服用。"),
    ("zh_Hant", "最後一劑最晚應在下午服用。"),
])
def test_checks_no_later_than_said_without_a_negation(lang, translation):
    assert not checks_failed(run_checks(_NO_LATER_THAN, translation, lang)) & {"negation", "polarity"}


@pytest.mark.parametrize("english,good,bad", [
    # "no later than" is kept by a negation or by "at the latest", and "later" by no negation
    ("Take the last dose no later than 6 pm.", "Tome la última dosis no más tarde de las 18:00.",
     "Tome la última dosis después de las 18:00."),
    ("You may take it later than usual.", "Puede tomarlo más tarde de lo habitual.",
     "No lo tome más tarde de lo habitual."),
])
def test_negation_no_later_than(english, good, bad):
    assert not checks_failed(run_checks(english, good, "es")) & {"negation", "polarity"}
    assert "negation" in checks_failed(run_checks(english, bad, "es"))


@pytest.mark.parametrize("lang,good,bad", [
    # a negation added to the condition of "Do not take it if you are pregnant" (each passed before RULES_VERSION
    # 122: the translation's other negation kept the English's "not")
    ("es", "No lo tome si está embarazada.", "No lo tome si no está embarazada."),
    ("it", "Non lo prenda se è incinta.", "Non lo prenda se non è incinta."),
    ("el", "Μην το πάρετε αν είστε έγκυος.", "Μην το πάρετε αν δεν είστε έγκυος."),
    ("vi", "Không dùng thuốc nếu bạn đang mang thai.", "Không dùng thuốc nếu bạn không mang thai."),
    ("ar", "لا تتناوليه إذا كنتِ حاملاً.", "لا تتناوليه إذا لم تكوني حاملاً."),
    ("fa", "اگر باردار هستید، آن را مصرف نکنید.", "اگر باردار نیستید، آن را مصرف نکنید."),
    ("pa_Guru", "ਜੇ ਤੁਸੀਂ ਗਰਭਵਤੀ ਹੋ, ਤਾਂ ਇਸ ਨੂੰ ਨਾ ਲਓ।", "ਜੇ ਤੁਸੀਂ ਗਰਭਵਤੀ ਨਹੀਂ ਹੋ, ਤਾਂ ਇਸ ਨੂੰ ਨਾ ਲਓ।"),
    ("zh_Hans", "如果您怀孕了，请不要服用。", "如果您没有怀孕，请不要服用。"),
    ("zh_Hant", "如果您懷孕了，請不要服用。", "如果您沒有懷孕，請不要服用。"),
])
def test_negations_a_condition_turned_round_is_flagged(lang, good, bad):
    english = "Do not take it if you are pregnant."
    assert not checks_failed(run_checks(english, good, lang)) & {"negation", "negations"}
    found = [f.message for f in run_checks(english, bad, lang)
             if f.check == "negations" and f.severity is Severity.WARNING]
    assert len(found) == 1 and found[0].startswith("the English says “if you are pregnant”; the translation's "
                                                   "condition has a negation (“")
    assert found[0].endswith("”): the condition turned round?")


@pytest.mark.parametrize("lang,english,translation", [
    # a condition said with a negation where the English says it another way, and conditions whose end is not told
    ("es", "Do not take another dose if you feel unwell.", "No tome otra dosis si no se encuentra bien."),
    ("es", "If you are pregnant, do not take it.", "Si está embarazada no lo tome."),
    ("fa", "If you are pregnant, do not take it.", "اگر باردار هستید آن را مصرف نکنید."),
    ("zh_Hans", "If you are pregnant, do not take it.", "如果您怀孕请不要服用。"),
    ("zh_Hans", "If you accidentally swallow a whole piece of nicotine gum, it is unlikely to harm you.",
     "如果不慎吞下一整块尼古丁咀嚼胶，一般不太可能对您造成伤害。"),
])
def test_negations_a_condition_said_with_a_negation_of_its_own_passes(lang, english, translation):
    assert not checks_failed(run_checks(english, translation, lang)) & {"negation", "negations"}


@pytest.mark.parametrize("lang,english,translation", [
    # an adversarial reader's correct texts flagged by the first version of RULES_VERSION 122 (never committed), and
    # guards for what a second reader asked about: "unless" opens a condition of its own (flagged at 669a2af); a
    # condition that opens its sentence closed by "y"; "otherwise"; the main clause's "not" moved into the condition
    ("it", "Do not take it if you are pregnant, unless your doctor tells you to.",
     "Non lo prenda se è incinta a meno che il medico non glielo dica."),
    ("es", "If you are pregnant, do not take it and do not breastfeed.", "Si está embarazada no lo tome y no amamante."),
    ("es", "Take it with food if you can; otherwise, do not take it.", "Tómelo con comida cuando pueda; si no, no lo tome."),
    ("vi", "Take it with food if you can; otherwise, do not take it.", "Uống cùng thức ăn khi có thể; nếu không, đừng uống."),
    ("vi", "If you are pregnant, do not take it and tell your doctor.",  # flagged at 669a2af: ends at "và" no more
     "Nếu bạn đang mang thai đừng dùng thuốc và đừng quên báo cho bác sĩ."),
    ("it", "Do not take it if you are pregnant, unless your doctor tells you to.",
     "NON LO PRENDA SE È INCINTA A MENO CHE IL MEDICO NON GLIELO DICA."),
    ("pa_Guru", "Do not take it if you are pregnant, unless your doctor tells you to.",
     "ਇਸਨੂੰ ਨਾ ਲਓ ਜੇ ਤੁਸੀਂ ਗਰਭਵਤੀ ਹੋ ਜਦੋਂ ਤੱਕ ਡਾਕਟਰ ਨਾ ਕਹੇ।"),
    ("zh_Hans", "Do not take this medicine if you are pregnant.", "孕妇请勿服用本药，例如您没有把握，请咨询医生。"),
    ("es", "Do not take it if you are pregnant.", "Tómelo solo si no está embarazada."),
    ("it", "Do not give this medicine to your child if he is under 12 years of age.",
     "Non dia questo medicinale al bambino se non ha ancora compiuto 12 anni."),
    ("ar", "Do not take this medicine if you are under 18.", "لا تتناول هذا الدواء إذا لم تبلغ 18 عامًا."),
    ("es", "Do not use the solution if it is cloudy.", "No use la solución si no está transparente."),
    ("zh_Hans", "Do not take this medicine if your blood pressure is uncontrolled.", "如果您的血压没有得到控制，请勿服用本药。"),
    ("es", "Take the dose with food; otherwise, do not take it.", "Tome la dosis con comida; si no, no la tome."),
    ("ar", "Do not eat salty foods, especially if you have high blood pressure.",
     "لا تتناول الأطعمة المالحة، ولا سيما إذا كان ضغط دمك مرتفعًا."),
    # the main clause's "not" moved into the condition: the English's negations are not kept outside it
    ("es", "If you are pregnant, do not take it.", "No lo tome si está embarazada."),
])
def test_negations_a_condition_the_language_says_with_a_negation_passes(lang, english, translation):
    assert not any("the condition turned round?" in f.message for f in run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # a condition closed by what opens the main clause (lexicon.CONDITION_ENDS), Arabic "وإذا", capitals
    ("ar", "Do not take it, and do not drive if you feel dizzy.", "لا تتناوله، وإذا لم تشعر بالدوار فلا تقد السيارة."),
    ("es", "DO NOT TAKE IT IF YOU ARE PREGNANT.", "NO LO TOME SI NO ESTÁ EMBARAZADA."),
    ("vi", "Do not take it if you are pregnant.", "Nếu bạn không mang thai thì không được dùng."),
    ("pa_Guru", "Do not drive if you feel drowsy.", "ਜੇ ਤੁਹਾਨੂੰ ਨੀਂਦ ਨਹੀਂ ਆਉਂਦੀ ਤਾਂ ਗੱਡੀ ਨਾ ਚਲਾਓ।"),
    ("zh_Hans", "Do not take this medicine if you are allergic to penicillin.", "如果您不对青霉素过敏请勿服用本药。"),
    ("zh_Hant", "Do not take this medicine if you are allergic to penicillin.", "要是您不對盤尼西林過敏就不要服用本藥。"),
])
def test_negations_a_condition_closed_by_its_main_clause_turned_round_is_flagged(lang, english, translation):
    assert any("the condition turned round?" in f.message for f in run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # an order turned round is "after" (然后, the 最后 of an order), the last dose is not
    ("zh_Hans", "Rinse your mouth before using the inhaler.", "使用吸入器，然后漱口。"),
    ("zh_Hans", "Use this product before your other eye drops.", "请先使用其他滴眼液，最后使用本品。"),
])
def test_polarity_then_and_last_of_an_order_are_after(lang, english, translation):
    assert "polarity" in checks_failed(run_checks(english, translation, lang))


def test_polarity_instead_of_at_the_start_of_a_sentence():
    assert "polarity" not in checks_failed(run_checks(
        "Instead of taking it at night, take it in the morning.",
        "En lugar de tomarlo por la noche, tómelo por la mañana.", "es"))


def test_polarity_doses_moved_are_found_in_one_order_in_every_process():
    # the amounts are sets, whose order follows the hash seed of the process: findings are written into catalogues
    code = ("from pipeline.checks.rules import run_checks; print([f.message for f in run_checks("
            "'Take 1 to 2 tablets in the morning and 3 tablets at night.', "
            "'Prenda 3 compresse al mattino e da 1 a 2 compresse alla sera.', 'it')])")
    found = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                            env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3", "4", "5")}
    assert len(found) == 1 and "doses moved" in found.pop()


def test_clause_joins_are_whole_words():
    # ਉੱਪਰ (over) holds no ਪਰ (but), ثمَن (price) no ثم (then): combining marks are part of a word
    from pipeline.checks.rules import _compiled
    punjabi, arabic = _compiled("pa_Guru"), _compiled("ar")
    assert punjabi is not None and punjabi.clause_joins is not None and arabic is not None and arabic.clause_joins
    assert len(punjabi.clause_joins.split("12 ਸਾਲ ਤੋਂ ਉੱਪਰ ਦੇ ਬੱਚੇ ਪਰ ਹੋਰ")) == 2
    assert len(arabic.clause_joins.split("ثمَن الدواء ثم خذ")) == 2


def test_polarity_doses_moved_quote_the_translation_as_written():
    found = [f.message for f in run_checks("Take 1 tablet in the morning and 2 tablets at night.",
                                           "Πάρτε 1 δισκίο το βράδυ και 2 δισκία το πρωί.", "el")]
    assert any("“βράδυ”" in message for message in found)
    marked = [f.message for f in run_checks("Take one tablet at 8 a.m.", "تناول قرصًا واحدًا الساعة ٨ م.", "ar")]
    assert any("“٨ م”" in message for message in marked)


def test_polarity_waking_beside_a_night_is_both_ends_of_the_day():
    # "al levantarse" for "every morning" beside "por la noche" for "overnight" (flagged at 3d381bc)
    assert "polarity" not in checks_failed(run_checks(
        "Use the patch every morning; you may leave it on overnight if it is comfortable.",
        "Póngase el parche al levantarse; puede dejarlo puesto por la noche si le resulta cómodo.", "es"))


@pytest.mark.parametrize("lang,translation", [
    # a length of the hour's number hid the both-halves finding at 98a403d
    ("es", "Tome 1 comprimido a las 8 p. m. y 1 a las 8 p. m. durante 8 días."),
    ("el", "Πάρτε ένα δισκίο στις 8 μ.μ. και ένα στις 8 μ.μ. για 8 ημέρες."),
])
def test_numbers_a_length_is_no_time_of_the_hour(lang, translation):
    found = run_checks("Take 1 tablet at 8 a.m. and 1 at 8 p.m. for 8 days.", translation, lang)
    assert any("in both halves of the day" in f.message for f in found)


@pytest.mark.parametrize("lang,english,translation", [
    # dangerous translations a probe of 899 pairs found passing at 1ac5a78: an opposite beside a negation of
    # something else, a medicine kept on written "do not take", left for right, half for one and a half, litres
    # for glasses, a full stomach for an empty one, "at most" for "at least", "raise" for "reduce"
    ('es', 'If your temperature is above 38 °C or you feel unwell, call the ward.',
     'Si su temperatura es inferior a 38 °C o no se encuentra bien, llame a la planta.'),
    ('it', 'If your temperature is above 38 °C or you feel unwell, call the ward.',
     'Se la temperatura è inferiore a 38 °C o non si sente bene, chiami il reparto.'),
    ('tr', 'If your temperature is above 38 °C or you feel unwell, call the ward.',
     "Ateşiniz 38 °C'nin altındaysa veya kendinizi iyi hissetmiyorsanız servisi arayın."),
    ('es', 'Only take an extra dose if the pain is severe.',
     'No tome una dosis adicional si el dolor es leve.'),
    ('es', 'Keep taking your blood pressure tablets on the morning of surgery.',
     'No tome sus pastillas para la tensión la mañana de la cirugía.'),
    ('zh_Hans', 'Keep taking your blood pressure tablets on the morning of surgery.',
     '手术当天早上请不要服用降压药。'),
    ('el', 'Continue your aspirin before the procedure.',
     'Μην παίρνετε την ασπιρίνη σας πριν από την επέμβαση.'),
    ('es', 'The injection is given into the left side of your lower back.',
     'La inyección se administra en el lado derecho de la parte baja de la espalda.'),
    ('it', 'Lie on your right side for 2 hours after the biopsy.',
     'Resti sdraiato sul fianco sinistro per 2 ore dopo la biopsia.'),
    ('el', 'Lie on your right side for 2 hours after the biopsy.',
     'Ξαπλώστε στο αριστερό σας πλευρό για 2 ώρες μετά τη βιοψία.'),
    ('tr', 'Lie on your right side for 2 hours after the biopsy.',
     'Biyopsiden sonra 2 saat sol tarafınıza yatın.'),
    ('vi', 'Lie on your right side for 2 hours after the biopsy.',
     'Nằm nghiêng bên trái trong 2 giờ sau khi sinh thiết.'),
    ('ar', 'Lie on your right side for 3 hours after the biopsy.',
     'استلقِ على جانبك الأيسر لمدة 3 ساعات بعد الخزعة.'),
    ('fa', 'Lie on your right side for 3 hours after the biopsy.',
     'پس از نمونه\u200cبرداری ۳ ساعت به پهلوی چپ دراز بکشید.'),
    ('pa_Guru', 'Lie on your right side for 2 hours after the biopsy.',
     'ਬਾਇਓਪਸੀ ਤੋਂ ਬਾਅਦ 2 ਘੰਟੇ ਖੱਬੇ ਪਾਸੇ ਲੇਟੋ।'),
    ('zh_Hans', 'Do not have blood taken from your left arm.',
     '请勿从右臂抽血。'),
    ('zh_Hant', 'Do not have blood taken from your left arm.',
     '請勿從右臂抽血。'),
    ('es', 'Take half a tablet at night.',
     'Tome un comprimido y medio por la noche.'),
    ('it', 'Take half a tablet at night.',
     'Prenda una compressa e mezza la sera.'),
    ('el', 'Take half a tablet at night.',
     'Να παίρνετε ενάμισι δισκίο το βράδυ.'),
    ('tr', 'Take half a tablet at night.',
     'Geceleri bir buçuk tablet alın.'),
    ('vi', 'Take half a tablet at night.',
     'Uống một viên rưỡi vào buổi tối.'),
    ('ar', 'Take half a tablet at night.',
     'تناول قرصًا ونصفًا ليلًا.'),
    ('fa', 'Take half a tablet at night.',
     'شب\u200cها یک و نیم قرص مصرف کنید.'),
    ('pa_Guru', 'Take half a tablet at night.',
     'ਰਾਤ ਨੂੰ ਡੇਢ ਗੋਲੀ ਲਓ।'),
    ('zh_Hans', 'Take half a tablet at night.',
     '晚上服一片半。'),
    ('es', 'Take one and a half tablets at night.',
     'Tome medio comprimido por la noche.'),
    ('zh_Hans', 'Take one and a half tablets at night.',
     '晚上服半片。'),
    ('es', 'Drink at least 2 L of fluid a day.',
     'Beba al menos 2 vasos de líquido al día.'),
    ('it', 'Drink 1.5 litres of the bowel preparation over 2 hours.',
     'Beva 1,5 bicchieri della preparazione in 2 ore.'),
    ('zh_Hans', 'Drink at least 2 L of fluid a day.',
     '每天至少喝2杯液体。'),
    ('es', 'Take this medicine on an empty stomach.',
     'Tome este medicamento con el estómago lleno.'),
    ('es', 'Take this medicine with food.',
     'Tome este medicamento lejos de las comidas.'),
    ('el', 'Take this medicine with food.',
     'Να παίρνετε αυτό το φάρμακο μακριά από τα γεύματα.'),
    ('vi', 'Take this medicine on an empty stomach.',
     'Uống thuốc này khi bụng no.'),
    ('ar', 'Take this medicine with food.',
     'تناول هذا الدواء بعيدًا عن الطعام.'),
    ('zh_Hans', 'Take this medicine on an empty stomach.',
     '请饱腹服用本药。'),
    ('es', 'Leave at least 4 hours between doses.',
     'Deje pasar como mucho 4 horas entre dosis.'),
    ('es', 'Take it at least 30 minutes before breakfast.',
     'Tómelo a lo sumo 30 minutos antes del desayuno.'),
    ('vi', 'Take it at least 30 minutes before breakfast.',
     'Uống thuốc không quá 30 phút trước bữa sáng.'),
    ('it', 'Take it at least 30 minutes before breakfast.',
     'La prenda non più di 30 minuti prima della colazione.'),
    ('it', 'Slowly reduce the dose over 4 weeks.',
     "Alzi la dose gradualmente nell'arco di 4 settimane."),
    ('it', 'Your doctor may increase the dose after 2 weeks.',
     'Il medico potrebbe abbassare la dose dopo 2 settimane.'),
])
def test_dangerous_translations_a_probe_found_passing_are_errors(lang, english, translation):
    assert any(f.severity is Severity.ERROR for f in run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # their correct counterparts, and correct texts the new words could have caught
    ('es', 'If your temperature is above 38 °C or you feel unwell, call the ward.',
     'Si su temperatura es superior a 38 °C o no se encuentra bien, llame a la planta.'),
    ('tr', 'It is unsafe to drive after sedation.',
     'Sedasyondan sonra araç kullanmak güvenli değildir.'),
    ('es', 'Keep taking it even if you feel better.',
     'No deje de tomarlo aunque se sienta mejor.'),
    ('es', 'Keep taking it even if you feel better.',
     'No se debe interrumpir el tratamiento aunque se sienta mejor.'),
    ('zh_Hans', 'Keep taking it even if you feel better.',
     '即使感觉好转，也不要自行停药。'),
    ('fa', 'Keep taking it even if you feel better.',
     'حتی اگر احساس بهبودی کردید، مصرف دارو را قطع نکنید.'),
    ('es', 'Continue to use the drops until you have finished the bottle.',
     'Continúe usando las gotas hasta que no quede nada en el frasco.'),
    ('es', 'Keep the wound dry for 5 days.',
     'No moje la herida durante 5 días.'),
    ('es', 'The injection is given into the left side of your lower back.',
     'La inyección se administra en el lado izquierdo de la parte baja de la espalda.'),
    ('es', 'Call us right away if the tablets you have left are damaged.',
     'Llámenos enseguida si los comprimidos que le quedan están dañados; tiene derecho a recibir otros.'),
    ('zh_Hans', 'Take about 2 tablets on the right side of the tray.',
     '在托盘右侧取大约2片。'),
    ('zh_Hans', 'Take levofloxacin as directed.',
     '请按医嘱服用左氧氟沙星。'),
    ('tr', 'Look after your health.',
     'Sağlığınıza dikkat edin.'),
    ('vi', 'You must lie on your right side.',
     'Bạn phải nằm nghiêng bên phải.'),
    ('it', 'Drink plenty of water with dextrose.',
     'Beva molta acqua con destrosio.'),
    ('es', 'Take one and a half tablets at night.',
     'Tome un comprimido y medio por la noche.'),
    ('es', 'Take one and a half tablets.',
     'Tome una y media pastillas.'),
    ('zh_Hans', 'Take one and a half tablets at night.',
     '晚上服一片半。'),
    ('el', 'Take half a tablet at night.',
     'Να παίρνετε μισό δισκίο το βράδυ.'),
    ('es', 'Take half a tablet at half past eight.',
     'Tome medio comprimido a las ocho y media.'),
    ('es', 'Drink at least 2 L of fluid a day.',
     'Beba al menos 2 litros de líquido al día.'),
    ('zh_Hans', 'Drink at least 2 L of fluid a day.',
     '每天至少喝2升液体。'),
    ('ar', 'Drink at least 2 L of fluid a day.',
     'اشرب 2 لتر من السوائل على الأقل يوميًا.'),
    ('it', 'Drink 10 mL of the syrup with water.',
     "Beva 10 ml dello sciroppo con l'acqua."),
    ('it', 'Stand up slowly and reduce the dose as agreed.',
     'Si alzi lentamente e riduca la dose come concordato.'),
    ('es', 'Take this medicine between meals.',
     'Tome este medicamento entre comidas.'),
    ('es', 'Take no more than 8 tablets a day.',
     'No tome más de 8 comprimidos al día.'),
])
def test_correct_texts_beside_the_probe_s_defects_pass(lang, english, translation):
    assert [f.message for f in run_checks(english, translation, lang) if f.severity is Severity.ERROR] == []


def test_an_opposite_negated_a_few_words_before_says_the_english_s_pole():
    """"No conservar a temperatura superior a 25 °C" keeps "below 25 °C" (its added "no" is the negation check's)."""
    found = run_checks("Store below 25 °C.", "No conservar a temperatura superior a 25 °C.", "es")
    assert "polarity" not in checks_failed(found)


@pytest.mark.parametrize("lang,english,translation", [
    # a pole said as its opposite negated: the negation is the pole's, none added (flagged before rules 128)
    ("es", "Store below 25 °C.", "No conservar a temperatura superior a 25 °C."),
    ("it", "Store below 25 °C.", "Non conservare a temperatura superiore a 25 °C."),
    ("zh_Hans", "Store below 25 °C.", "请勿在高于25 °C的温度下保存。"),
    ("it", "Remove the patch after 12 hours.", "Non rimuova il cerotto prima di 12 ore."),
    ("el", "Remove the patch after 12 hours.", "Μην αφαιρέσετε το έμπλαστρο πριν περάσουν 12 ώρες."),
])
def test_a_pole_said_as_its_opposite_negated_adds_no_negation(lang, english, translation):
    assert [f.message for f in run_checks(english, translation, lang) if f.severity is Severity.ERROR] == []


@pytest.mark.parametrize("lang,english,translation", [
    # but not where something lies between the opposites: the same dose is neither more nor less
    ("es", "Increase the dose.", "No reduzca la dosis."),
    ("it", "Take more fluids.", "Non beva meno liquidi."),
])
def test_an_opposite_negated_with_a_middle_still_adds_a_negation(lang, english, translation):
    assert "negation" in checks_failed(run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # a second probe's dangerous translations that passed at 4c662f7: a threshold said after its number turned round,
    # Fahrenheit in words for °C, the small hours for the afternoon, Persian mg with a space for micrograms
    ("zh_Hant", "Call us if your temperature is 38°C or higher.", "如果體溫在38°C或以下，請與我們聯絡。"),
    ("vi", "Call us if your temperature is 38°C or higher.", "Hãy gọi cho chúng tôi nếu nhiệt độ của bạn từ 38°C trở xuống."),
    ("ar", "Call us if your temperature is 38°C or higher.", "اتصل بنا إذا كانت درجة حرارتك 38 درجة مئوية أو أقل."),
    ("fa", "Do not use it if your pulse is 50 beats a minute or lower.",
     "اگر نبض شما ۵۰ ضربه در دقیقه یا بیشتر است، از آن استفاده نکنید."),
    ("pa_Guru", "Call us if your temperature is 38°C or higher.", "ਜੇ ਤੁਹਾਡਾ ਤਾਪਮਾਨ 38°C ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਹੈ, ਤਾਂ ਸਾਨੂੰ ਫ਼ੋਨ ਕਰੋ।"),
    ("zh_Hant", "If you weigh 50 kg or more, take 2 tablets.", "如果您的體重在50公斤或以下，請服用2錠。"),
    ("fa", "Call us if your temperature is 38°C or higher.", "اگر دمای بدن شما ۳۸ درجه فارنهایت یا بیشتر است، با ما تماس بگیرید."),
    ("zh_Hant", "Call us if your temperature is 38°C or higher.", "如果體溫達到華氏38度或以上，請與我們聯絡。"),
    ("pa_Guru", "Call us if your temperature is 38°C or higher.",
     "ਜੇ ਤੁਹਾਡਾ ਤਾਪਮਾਨ 38 ਡਿਗਰੀ ਫਾਰਨਹਾਈਟ ਜਾਂ ਇਸ ਤੋਂ ਵੱਧ ਹੈ, ਤਾਂ ਸਾਨੂੰ ਫ਼ੋਨ ਕਰੋ।"),
    ("vi", "Call us if your temperature is 38°C or higher.", "Hãy gọi cho chúng tôi nếu nhiệt độ của bạn từ 38 độ F trở lên."),
    ("fa", "Take it at 4 pm.", "آن را ساعت ۴ بامداد مصرف کنید."),
    ("pa_Guru", "Take it at 4 pm.", "ਇਸਨੂੰ ਤੜਕੇ 4 ਵਜੇ ਲਓ।"),
    ("ar", "Take it at 4 pm.", "تناوله في الساعة 4 فجرًا."),
    ("fa", "Take 125 micrograms once a day.", "روزی یک بار ۱۲۵ میلی گرم مصرف کنید."),
    ("fa", "Drink 2 L a day.", "روزانه ۲ میلی لیتر بنوشید."),
])
def test_dangerous_translations_a_second_probe_found_passing_are_errors(lang, english, translation):
    assert any(f.severity is Severity.ERROR for f in run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    ("zh_Hant", "Call us if your temperature is 38°C or higher.", "如果體溫達到攝氏38度或以上，請與我們聯絡。"),
    ("vi", "Call us if your temperature is 38°C or higher.", "Hãy gọi cho chúng tôi nếu nhiệt độ của bạn từ 38°C trở lên."),
    ("ar", "Call us if your temperature is 38°C or higher.", "اتصل بنا إذا كانت درجة حرارتك 38 درجة مئوية أو أكثر."),
    ("fa", "Do not use it if your pulse is 50 beats a minute or lower.",
     "اگر نبض شما ۵۰ ضربه در دقیقه یا کمتر است، از آن استفاده نکنید."),
    ("pa_Guru", "Call us if your temperature is 38°C or higher.", "ਜੇ ਤੁਹਾਡਾ ਤਾਪਮਾਨ 38°C ਜਾਂ ਇਸ ਤੋਂ ਵੱਧ ਹੈ, ਤਾਂ ਸਾਨੂੰ ਫ਼ੋਨ ਕਰੋ।"),
    ("es", "Call us if your temperature is 38°C or higher.", "Llámenos si su temperatura es de 38 °C o más."),
    ("fa", "Take it at 4 am.", "آن را ساعت ۴ بامداد مصرف کنید."),
    ("fa", "Take 125 mg once a day.", "روزی یک بار ۱۲۵ میلی گرم مصرف کنید."),
    # Taiwan's mmol/L and "about", and the Punjabi abbreviation of mg, were errors
    ("zh_Hant", "If your blood sugar is below 4 mmol/L, eat something sugary.", "如果您的血糖低於4毫莫耳/公升，請吃些含糖的食物。"),
    ("zh_Hant", "Take it about 30 minutes before breakfast.", "請在早餐前約莫30分鐘服用。"),
    ("pa_Guru", "Take 500 mg twice a day.", "ਦਿਨ ਵਿੱਚ ਦੋ ਵਾਰ 500 ਮਿ.ਗ੍ਰਾ. ਲਓ।"),
])
def test_correct_texts_beside_the_second_probe_s_defects_pass(lang, english, translation):
    assert [f.message for f in run_checks(english, translation, lang) if f.severity is Severity.ERROR] == []


@pytest.mark.parametrize("lang,english,translation", [
    # help put off (urgency), the forbidden and the allowed drug swapped between sentences, the "not" moved from the
    # instruction into its condition: dangerous translations of the second probe that passed at 01f7906
    ("fa", "If you have trouble breathing, call 999 immediately.", "اگر در تنفس مشکل دارید، فردا با ۹۹۹ تماس بگیرید."),
    ("zh_Hant", "If your lips or tongue swell, call an ambulance straight away.", "如果嘴唇或舌頭腫脹，請於下週看家庭醫師。"),
    ("es", "If you have chest pain, call 000 immediately.", "Si tiene dolor en el pecho, llame al 000 mañana."),
    ("vi", "If you have trouble breathing, call 999 immediately.", "Nếu bạn khó thở, hãy gọi 999 vào ngày mai."),
    ("zh_Hant", "Do not take ibuprofen. You can take paracetamol.", "請勿服用乙醯胺酚。您可以服用布洛芬。"),
    ("ar", "Do not take ibuprofen. You can take paracetamol.", "لا تتناول الباراسيتامول. يمكنك تناول الإيبوبروفين."),
    ("vi", "DO NOT stop taking it suddenly, even if you feel better.",
     "Nếu bạn không thấy khỏe hơn, hãy ngừng thuốc đột ngột."),
    ("zh_Hant", "If you have asthma, do not take ibuprofen.", "如果您沒有氣喘，請服用布洛芬。"),
    ("es", "If you have asthma, do not take ibuprofen.", "Si no tiene asma, tome ibuprofeno."),
])
def test_help_put_off_drugs_swapped_and_a_not_moved_into_the_condition_are_errors(lang, english, translation):
    assert any(f.severity is Severity.ERROR for f in run_checks(english, translation, lang, glossary()))


@pytest.mark.parametrize("lang,english,translation", [
    ("es", "If you have chest pain, call 000 immediately.", "Si tiene dolor en el pecho, llame al 000 de inmediato."),
    ("es", "Take it in the morning; if you have chest pain, call 000 immediately.",
     "Tómelo por la mañana; si tiene dolor en el pecho, llame al 000 de inmediato."),
    ("zh_Hant", "Do not take ibuprofen. You can take paracetamol.", "請勿服用布洛芬。您可以服用乙醯胺酚。"),
    ("vi", "DO NOT stop taking it suddenly, even if you feel better.",
     "KHÔNG được ngừng thuốc đột ngột, ngay cả khi bạn thấy khỏe hơn."),
    ("es", "Do not take it if you are pregnant.", "Tómelo solo si no está embarazada."),
    ("es", "If you have asthma, do not take ibuprofen.", "Si tiene asma, no tome ibuprofeno."),
])
def test_help_kept_urgent_drugs_in_place_and_a_not_kept_pass(lang, english, translation):
    found = run_checks(english, translation, lang, glossary())
    assert [f.message for f in found if f.severity is Severity.ERROR] == []


@pytest.mark.parametrize("lang,english,translation", [
    # a relative of a glossary drug in Arabic script was taken for the drug: the name inside it matched
    ("ar", "You will be given morphine for the pain.", "سيُعطى لك الديامورفين لتخفيف الألم."),
    ("fa", "You will be given morphine for the pain.", "برای تسکین درد به شما دیامورفین داده می‌شود."),
    ("ar", "You will be given ketamine through a drip.", "سيُعطى لك الإسكيتامين عن طريق التنقيط الوريدي."),
])
def test_a_drug_s_relative_in_arabic_script_is_not_the_drug(lang, english, translation):
    assert any(f.severity is Severity.ERROR for f in run_checks(english, translation, lang, glossary()))


@pytest.mark.parametrize("lang,translation", [
    ("ar", "سيُعطى لك المورفين لتخفيف الألم."),  # the article
    ("ar", "سيتم علاجك بالمورفين لتخفيف الألم."),  # "with the"
    ("fa", "برای تسکین درد به شما مورفین داده می‌شود."),
])
def test_a_drug_with_its_article_or_clitic_in_arabic_script_is_the_drug(lang, translation):
    found = run_checks("You will be given morphine for the pain.", translation, lang, glossary())
    assert [f.message for f in found if f.severity is Severity.ERROR] == []


@pytest.mark.parametrize("lang,english,translation", [
    # a second reader of rules 128 to 131: a negation of forgetting or stopping, or of another verb, was taken for
    # the one that says a pole by its opposite, and a .5 strength for one and a half
    ("es", "Remember to take it before meals.", "No olvide tomarlo después de las comidas."),
    ("zh_Hans", "Remember to take it before meals.", "别忘了饭后服用。"),
    ("tr", "Remember to take it before meals.", "Yemeklerden sonra almayı unutmayın."),
    ("fa", "Remember to take it before meals.", "فراموش نکنید آن را بعد از غذا مصرف کنید."),
    ("vi", "Remember to take it before meals.", "Đừng quên uống thuốc sau bữa ăn."),
    ("es", "Make sure you take it before breakfast.", "No deje de tomarlo después del desayuno."),
    ("es", "Take it after food and drink plenty of water.", "No lo tome antes de comer y no beba mucha agua."),
    ("zh_Hans", "Take it after food and drink plenty of water.", "不要饭前服用，不要多喝水。"),
    ("es", "If you have asthma, do not take ibuprofen.", "Si no tiene asma, tome ibuprofeno solo con comida."),
])
def test_a_negation_of_something_else_beside_an_opposite_is_still_an_error(lang, english, translation):
    assert checks_failed(run_checks(english, translation, lang)) & {"negation", "polarity"}


@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Take half a 2.5 mg tablet.", "Tome medio comprimido de 2,5 mg."),
    ("es", "Take half a tablet and wait 1.5 hours.", "Tome medio comprimido y espere 1,5 horas."),
    ("zh_Hans", "Keep taking your tablets every day.", "每天坚持服药，不要漏服。"),
    ("pa_Guru", "Drink 2 L a day.", "ਦਿਨ ਵਿੱਚ 2 ਲਿਟਰ ਪੀਓ।"),
])
def test_correct_texts_a_second_reader_found_flagged_pass(lang, english, translation):
    assert [f.message for f in run_checks(english, translation, lang) if f.severity is Severity.ERROR] == []


@pytest.mark.parametrize("lang,english,translation", [
    # a second reader of rules 132: a negation of another verb of the clause, or of a threshold counted twice,
    # taken for the one that says a pole by its opposite; a patch kept on written "do not wear it"
    ("vi", "Drink plenty of water and take it with food.", "Không uống nhiều nước và uống thuốc lúc đói."),
    ("zh_Hans", "Drink plenty of water and take it after meals.", "不要喝太多水并在饭前服用。"),
    ("ar", "Drink plenty of water and take it after meals.", "لا تشرب الكثير من الماء وتناوله قبل الطعام."),
    ("zh_Hans", "Store below 25 °C.", "请勿冷藏并存放在25°C以上。"),
    ("tr", "Take it after meals and drink plenty of water.", "Yemeklerden önce alıp bol su içmeyin."),
    ("fa", "Drink plenty of water and take the tablet every day after meals.",
     "آب زیاد ننوشید و قرص را هر روز به طور منظم قبل از غذا مصرف کنید."),
    ("es", "Take it if your temperature is below 38 °C and drink water.",
     "Tómelo si su temperatura no es superior a 38 °C y no beba agua."),
    ("es", "Keep wearing the patch for 7 days.", "No lleve el parche durante 7 días."),
    ("vi", "Keep wearing the patch for 7 days.", "Không dán miếng dán trong 7 ngày."),
])
def test_a_negation_elsewhere_in_the_clause_is_no_opposite_s(lang, english, translation):
    assert checks_failed(run_checks(english, translation, lang)) & {"negation", "polarity"}


_EXTRA_DOSE = "Only take an extra dose if the pain is severe."


@pytest.mark.parametrize("lang,english,translation", [
    # a negative word in the condition ("low", "miss") excused a negation of the instruction: the hypo left untreated
    ("es", "If your blood sugar is low, eat something sugary.", "Si su nivel de azúcar es bajo, no coma nada dulce."),
    ("it", "If your blood sugar is low, eat something sugary.", "Se la glicemia è bassa, non mangi niente di zuccherato."),
    ("el", "If your blood sugar is low, eat something sugary.", "Αν το σάκχαρό σας είναι χαμηλό, μη φάτε τίποτα γλυκό."),
    ("vi", "If your blood sugar is low, eat something sugary.", "Nếu đường huyết của bạn thấp, đừng ăn thứ gì có đường."),
    ("ar", "If your blood sugar is low, eat something sugary.", "إذا كان مستوى السكر في دمك منخفضًا، فلا تأكل أي شيء سكري."),
    ("fa", "If your blood sugar is low, eat something sweet.", "اگر قند خونتان پایین است، چیز شیرینی نخورید."),
    ("pa_Guru", "If your blood sugar is low, eat something sweet.", "ਜੇ ਤੁਹਾਡੀ ਬਲੱਡ ਸ਼ੂਗਰ ਘੱਟ ਹੈ, ਤਾਂ ਕੁਝ ਮਿੱਠਾ ਨਾ ਖਾਓ।"),
    ("zh_Hans", "If your blood sugar is low, eat something sugary.", "如果您的血糖偏低，请不要吃含糖的东西。"),
    ("es", "If you miss your appointment, call us to book another one.", "Si falta a su cita, no nos llame para pedir otra."),
    # an "only" excused any negation: dropped, and the instruction turned round
    ("it", _EXTRA_DOSE, "Non prenda una dose in più se il dolore è forte."),
    ("el", _EXTRA_DOSE, "Μην παίρνετε επιπλέον δόση αν ο πόνος είναι έντονος."),
    ("tr", _EXTRA_DOSE, "Ağrınız şiddetliyse ek doz almayın."),
    ("vi", _EXTRA_DOSE, "Không uống thêm liều nếu cơn đau dữ dội."),
    ("ar", _EXTRA_DOSE, "لا تتناول جرعة إضافية إذا كان الألم شديدًا."),
    ("fa", _EXTRA_DOSE, "اگر درد شدید است، دوز اضافی مصرف نکنید."),
    ("zh_Hant", _EXTRA_DOSE, "疼痛劇烈時不要加服。"),
    ("es", "Only use this medicine on the skin.", "No use este medicamento sobre la piel."),
])
def test_a_negation_a_negative_word_elsewhere_cannot_excuse_is_an_error(lang, english, translation):
    assert any(f.check == "negation" and f.severity is Severity.ERROR for f in run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # the negation is the condition's own, or says the "only" with an exception or beside an "only" kept
    ("es", "If you are unable to come, call us.", "Si no puede venir, llámenos."),
    ("el", "If you feel unwell, call us.", "Αν δεν αισθάνεστε καλά, καλέστε μας."),
    ("pa_Guru", "If you feel unwell, call us.", "ਜੇ ਤੁਸੀਂ ਠੀਕ ਮਹਿਸੂਸ ਨਹੀਂ ਕਰਦੇ, ਤਾਂ ਸਾਨੂੰ ਫ਼ੋਨ ਕਰੋ।"),
    ("es", "If you have less pain, you can reduce the dose.", "Si tiene menos dolor, puede reducir la dosis."),
    ("es", "If your temperature is low, keep warm.", "Si su temperatura es baja, no pase frío."),
    ("es", "If the bleeding fails to stop, go to A&E.", "Si la hemorragia no se detiene, acuda a urgencias."),
    ("es", "Only use the syringe provided.", "No use otra jeringa que la suministrada."),
    ("ar", "Only use this medicine on the skin.", "لا تستخدم هذا الدواء إلا على الجلد."),
    ("el", _EXTRA_DOSE, "Μην παίρνετε επιπλέον δόση εκτός αν ο πόνος είναι έντονος."),
    ("zh_Hans", _EXTRA_DOSE, "除非疼痛剧烈，否则不要加服。"),
    ("tr", _EXTRA_DOSE, "Ağrınız şiddetli olmadıkça ek doz almayın."),
    ("vi", _EXTRA_DOSE, "Không uống thêm liều trừ khi cơn đau dữ dội."),
    ("it", _EXTRA_DOSE, "Non prenda una dose in più a meno che il dolore non sia forte."),
    ("fa", _EXTRA_DOSE, "جز در صورتی که درد شدید باشد، دوز اضافی مصرف نکنید."),
    ("pa_Guru", "Only use this medicine on the skin.", "ਇਸ ਦਵਾਈ ਨੂੰ ਚਮੜੀ ਤੋਂ ਇਲਾਵਾ ਕਿਤੇ ਨਾ ਵਰਤੋ।"),
    ("it", "Eat only soft food for 2 days.", "Per 2 giorni non mangi altro che cibi morbidi."),
    ("es", _EXTRA_DOSE, "Tome una dosis adicional solo si el dolor es intenso."),
])
def test_a_negation_said_for_the_condition_or_the_only_passes(lang, english, translation):
    assert [f.message for f in run_checks(english, translation, lang) if f.severity is Severity.ERROR] == []


_AS_NEEDED = "Take 1 to 2 tablets every 4 to 6 hours if needed."


@pytest.mark.parametrize("lang,translation", [
    # "if needed" dropped: a dose taken when needed made a regular one
    ("es", "Tome de 1 a 2 comprimidos cada 4 a 6 horas."),
    ("it", "Prenda da 1 a 2 compresse ogni 4-6 ore."),
    ("el", "Να παίρνετε 1 έως 2 δισκία κάθε 4 έως 6 ώρες."),
    ("tr", "Her 4 ila 6 saatte bir 1 ila 2 tablet alın."),
    ("vi", "Uống 1 đến 2 viên mỗi 4 đến 6 giờ."),
    ("ar", "تناول من 1 إلى 2 قرص كل 4 إلى 6 ساعات."),
    ("fa", "هر ۴ تا ۶ ساعت ۱ تا ۲ قرص مصرف کنید."),
    ("pa_Guru", "ਹਰ 4 ਤੋਂ 6 ਘੰਟਿਆਂ ਬਾਅਦ 1 ਤੋਂ 2 ਗੋਲੀਆਂ ਲਓ।"),
    ("zh_Hans", "每4至6小时服用1至2片。"),
])
def test_a_dose_s_if_needed_dropped_is_an_error(lang, translation):
    found = [f.message for f in run_checks(_AS_NEEDED, translation, lang) if f.severity is Severity.ERROR]
    assert any("“if needed”" in message for message in found), found


@pytest.mark.parametrize("lang,english,translation", [
    ("es", _AS_NEEDED, "Tome de 1 a 2 comprimidos cada 4 a 6 horas si lo necesita."),
    ("es", _AS_NEEDED, "Tome de 1 a 2 comprimidos cada 4 a 6 horas si tiene dolor."),
    ("it", _AS_NEEDED, "Prenda da 1 a 2 compresse ogni 4-6 ore al bisogno."),
    ("el", _AS_NEEDED, "Να παίρνετε 1 έως 2 δισκία κάθε 4 έως 6 ώρες, αν χρειάζεται."),
    ("tr", _AS_NEEDED, "Gerekirse her 4 ila 6 saatte bir 1 ila 2 tablet alın."),
    ("tr", _AS_NEEDED, "Ağrınız varsa, her 4 ila 6 saatte bir 1 ila 2 tablet alın."),
    ("vi", _AS_NEEDED, "Uống 1 đến 2 viên mỗi 4 đến 6 giờ khi cần."),
    ("ar", _AS_NEEDED, "تناول من 1 إلى 2 قرص كل 4 إلى 6 ساعات عند الحاجة."),
    ("fa", _AS_NEEDED, "در صورت نیاز هر ۴ تا ۶ ساعت ۱ تا ۲ قرص مصرف کنید."),
    ("pa_Guru", _AS_NEEDED, "ਲੋੜ ਪੈਣ 'ਤੇ ਹਰ 4 ਤੋਂ 6 ਘੰਟਿਆਂ ਬਾਅਦ 1 ਤੋਂ 2 ਗੋਲੀਆਂ ਲਓ।"),
    ("zh_Hans", _AS_NEEDED, "必要时每4至6小时服用1至2片。"),
    ("zh_Hant", _AS_NEEDED, "需要時每4至6小時服用1至2片。"),
    ("es", "The nurse will help you if needed.", "La enfermera le ayudará."),  # no dose: not judged
])
def test_a_dose_s_if_needed_kept_by_a_need_or_a_condition_passes(lang, english, translation):
    assert [f.message for f in run_checks(english, translation, lang) if f.severity is Severity.ERROR] == []


_WITH_FOOD = "Take this medicine with food."


@pytest.mark.parametrize("lang,translation", [
    # "with food" written "before meals": taken on an empty stomach, not with food
    ("es", "Tome este medicamento antes de las comidas."),
    ("it", "Prenda questo medicinale prima dei pasti."),
    ("el", "Να παίρνετε αυτό το φάρμακο πριν από το φαγητό."),
    ("tr", "Bu ilacı yemeklerden önce alın."),
    ("vi", "Uống thuốc này trước bữa ăn."),
    ("ar", "تناول هذا الدواء قبل الأكل."),
    ("fa", "این دارو را قبل از غذا مصرف کنید."),
    ("pa_Guru", "ਇਹ ਦਵਾਈ ਖਾਣੇ ਤੋਂ ਪਹਿਲਾਂ ਲਓ।"),
    ("zh_Hans", "请饭前服用本药。"),
])
def test_with_food_written_before_meals_is_an_error(lang, translation):
    found = [f.message for f in run_checks(_WITH_FOOD, translation, lang) if f.severity is Severity.ERROR]
    assert any("“with food” (with food)" in message and "(before meals)" in message for message in found), found


@pytest.mark.parametrize("lang,english,translation", [
    ("it", _WITH_FOOD, "Prenda questo medicinale durante i pasti."),
    ("tr", _WITH_FOOD, "Bu ilacı yemekle birlikte alın."),
    ("es", _WITH_FOOD, "Tome este medicamento después de comer."),  # just after food is with it
    ("es", "Take it with food, 30 minutes before bedtime.", "Tómelo con alimentos, 30 minutos antes de acostarse."),
    ("zh_Hans", "Take it with food, before you go to bed.", "睡前随餐服用。"),
])
def test_with_food_kept_or_beside_an_english_before_passes(lang, english, translation):
    assert [f.message for f in run_checks(english, translation, lang) if f.severity is Severity.ERROR] == []


_TWO_TWICE = "Take two tablets twice a day."
_TWO_WEEKS = "Do not drive for two weeks after the operation."


@pytest.mark.parametrize("lang,english,translation,said", [
    # a count of two or more written with the word for one (read as an article, it passed)
    ("es", _TWO_TWICE, "Tome un comprimido dos veces al día.", "un comprimido"),
    ("tr", _TWO_TWICE, "Günde iki kez bir tablet alın.", "bir tablet"),
    ("ar", _TWO_TWICE, "تناول قرصًا واحدًا مرتين يوميًا.", "قرصًا واحدًا"),
    ("el", _TWO_TWICE, "Να παίρνετε ένα δισκίο δύο φορές την ημέρα.", "ένα δισκίο"),
    ("vi", _TWO_TWICE, "Uống một viên, hai lần mỗi ngày.", "một viên"),
    ("fa", _TWO_TWICE, "روزی دو بار یک قرص مصرف کنید.", "یک قرص"),
    ("pa_Guru", _TWO_TWICE, "ਦਿਨ ਵਿੱਚ ਦੋ ਵਾਰ ਇੱਕ ਗੋਲੀ ਲਓ।", "ਇੱਕ ਗੋਲੀ"),
    ("es", _TWO_WEEKS, "No conduzca durante una semana después de la operación.", "una semana"),
    ("it", _TWO_WEEKS, "Non guidi per una settimana dopo l'intervento.", "una settimana"),
    ("zh_Hans", _TWO_WEEKS, "术后一周内不要开车。", "一周"),
])
def test_a_count_of_two_or_more_written_as_one_is_an_error(lang, english, translation, said):
    found = [f.message for f in run_checks(english, translation, lang) if f.severity is Severity.ERROR]
    assert any("the translation counts 1" in message and f"“{said}”" in message for message in found), found


@pytest.mark.parametrize("lang,english,translation", [
    ("es", "Take two tablets, one in the morning and one at night.",
     "Tome dos comprimidos, uno por la mañana y otro por la noche."),
    ("es", "Take 2 tablets. Swallow each tablet whole.", "Tome 2 comprimidos. Trague cada comprimido entero."),
    ("es", "Rest for two days. You can go back to work after a week.",
     "Descanse dos días. Puede volver al trabajo después de una semana."),
    ("es", "Take two tablets at once, with a glass of water.", "Tome dos comprimidos a la vez, con un vaso de agua."),
    ("es", "Use three injections a week, on Mondays, Wednesdays and Fridays.",
     "Póngase una inyección los lunes, miércoles y viernes."),
    ("es", "Take two tablets a day.", "Tome un comprimido dos veces al día."),
    ("es", "Wait two hours before eating.", "Espere un par de horas antes de comer."),
    ("zh_Hans", "Take 2 tablets each time, twice a day.", "每次2片，每天两次。"),
])
def test_a_one_that_is_an_article_or_each_of_a_total_passes(lang, english, translation):
    found = run_checks(english, translation, lang)
    assert not [f.message for f in found if "the translation counts 1" in f.message]


_APIXABAN = "Stop taking apixaban 2 days before your procedure."


@pytest.mark.parametrize("lang,english,translation", [
    # a look-alike drug the glossary does not list, by the stems of the WHO's INN lists
    ("es", _APIXABAN, "Deje de tomar rivaroxabán 2 días antes del procedimiento."),
    ("it", _APIXABAN, "Smetta di prendere rivaroxaban 2 giorni prima della procedura."),
    ("tr", _APIXABAN, "İşleminizden 2 gün önce rivaroksaban almayı bırakın."),
    ("es", "Stop taking clopidogrel 7 days before your procedure.", "Deje de tomar clonidina 7 días antes del procedimiento."),
    ("es", "Take hydroxyzine at night if you cannot sleep.", "Tome hidralazina por la noche si no puede dormir."),
])
def test_a_look_alike_drug_outside_the_glossary_is_an_error(lang, english, translation):
    assert any(f.check == "drugs" and f.severity is Severity.ERROR for f in run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # the same drug as each language spells it
    ("es", _APIXABAN, "Deje de tomar apixabán 2 días antes del procedimiento."),
    ("es", "Take hydroxyzine at night if you cannot sleep.", "Tome hidroxizina por la noche si no puede dormir."),
    ("it", "Take hydroxyzine at night if you cannot sleep.", "Prenda l'idrossizina la sera se non riesce a dormire."),
    ("vi", "Take hydroxyzine at night if you cannot sleep.", "Uống hydroxyzin vào buổi tối nếu bạn không ngủ được."),
    ("tr", "Take amlodipine once a day.", "Amlodipini günde bir kez alın."),
    ("es", "Take furosemide in the morning.", "Tome furosemida por la mañana."),
    ("es", "Drink semi-skimmed milk.", "Beba leche semidesnatada."),
])
def test_a_drug_spelled_the_language_s_way_passes(lang, english, translation):
    assert [f.message for f in run_checks(english, translation, lang) if f.check == "drugs"] == []


_ONE_DOSE = "Only take one dose a day."
_EVERY_8 = "Take 1 tablet every 8 hours if needed."
_FOR_PAIN = "Take 1 tablet every 8 hours if needed for pain."


@pytest.mark.parametrize("lang,english,translation", [
    # a second reader's: "fails to stop" beside a "stop" of the instruction excused its negation
    ("es", "Stop taking it and call us if the bleeding fails to stop.",
     "No deje de tomarlo y llámenos si la hemorragia no se detiene."),
    ("zh_Hans", "If the bleeding fails to stop, stop taking it.", "如果出血不止，不要停药。"),
    # "another" is the extra dose refused, no exception
    ("es", _EXTRA_DOSE, "No tome otra dosis si el dolor es intenso."),
    ("it", _EXTRA_DOSE, "Non prenda un'altra dose se il dolore è forte."),
    ("tr", _EXTRA_DOSE, "Ağrınız şiddetliyse başka bir doz almayın."),
    ("pa_Guru", _EXTRA_DOSE, "ਜੇ ਦਰਦ ਤੇਜ਼ ਹੈ ਤਾਂ ਹੋਰ ਖੁਰਾਕ ਨਾ ਲਓ।"),
    ("zh_Hans", _EXTRA_DOSE, "疼痛剧烈时不要再加服一剂，只需休息。"),
    # "you need to", "it is necessary" make a dose taken when needed a regular one
    ("es", _EVERY_8, "Necesita tomar 1 comprimido cada 8 horas."),
    ("it", _EVERY_8, "È necessario prendere 1 compressa ogni 8 ore."),
    ("tr", _EVERY_8, "Her 8 saatte bir 1 tablet almanız gerekir."),
    ("vi", _EVERY_8, "Bạn cần uống 1 viên mỗi 8 giờ."),
    ("zh_Hans", _EVERY_8, "您需要每8小时服用1片。"),
])
def test_a_second_reader_s_dangerous_translations_are_errors(lang, english, translation):
    assert any(f.severity is Severity.ERROR for f in run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # "only N" said "no more than N"
    ("es", _ONE_DOSE, "No tome más de una dosis al día."),
    ("it", _ONE_DOSE, "Non prenda più di una dose al giorno."),
    ("el", _ONE_DOSE, "Μην παίρνετε περισσότερες από μία δόσεις την ημέρα."),
    ("tr", _ONE_DOSE, "Günde bir dozdan fazla almayın."),
    ("vi", _ONE_DOSE, "Không uống quá một liều mỗi ngày."),
    ("ar", _ONE_DOSE, "لا تتناول أكثر من جرعة واحدة في اليوم."),
    ("fa", _ONE_DOSE, "بیش از یک دوز در روز مصرف نکنید."),
    ("pa_Guru", _ONE_DOSE, "ਦਿਨ ਵਿੱਚ ਇੱਕ ਤੋਂ ਵੱਧ ਖੁਰਾਕ ਨਾ ਲਓ।"),
    ("zh_Hans", _ONE_DOSE, "每天服用不要超过一剂。"),
    # "if needed for pain" said "when in pain", or as the phrase of need
    ("es", _FOR_PAIN, "Tome 1 comprimido cada 8 horas cuando tenga dolor."),
    ("el", _FOR_PAIN, "Να παίρνετε 1 δισκίο κάθε 8 ώρες όταν πονάτε."),
    ("tr", _FOR_PAIN, "Ağrınız olduğunda her 8 saatte bir 1 tablet alın."),
    ("vi", _FOR_PAIN, "Uống 1 viên mỗi 8 giờ khi bị đau."),
    ("pa_Guru", _FOR_PAIN, "ਦਰਦ ਹੋਣ ਤੇ ਹਰ 8 ਘੰਟਿਆਂ ਬਾਅਦ 1 ਗੋਲੀ ਲਓ।"),
    ("zh_Hans", _FOR_PAIN, "疼痛时每8小时服用1片。"),
    ("es", _EVERY_8, "Tome 1 comprimido cada 8 horas a demanda."),
    # a "before" of something else beside "with food"
    ("it", "Take the first dose with food.", "Prenda la prima dose durante il pasto."),
    ("zh_Hans", "Take it with food at bedtime.", "睡前随餐服用。"),
    ("tr", "Take it with meals; talk to your doctor first.", "Yemekle alın; önce doktorunuzla konuşun."),
    ("ar", "Take it with meals, as prescribed by your doctor.", "تناوله مع الطعام كما هو موصوف من قبل طبيبك."),
    # a dose left out said "do not take" beside a condition of fasting
    ("es", "If you are fasting before your operation, omit your morning dose.",
     "Si está en ayunas antes de la operación, no tome la dosis de la mañana."),
    ("zh_Hans", "If you are fasting before your operation, omit your morning dose.", "如果您在手术前禁食，请不要服用早晨的剂量。"),
])
def test_a_second_reader_s_correct_translations_pass(lang, english, translation):
    assert [f.message for f in run_checks(english, translation, lang) if f.severity is Severity.ERROR] == []


_DOSE_AND_LIMIT = "Take 1 tablet every 6 hours. Do not take more than 4 tablets in 24 hours."


@pytest.mark.parametrize("lang,translation,fails", [
    # the dose and the day's limit swapped between sentences: every number kept, each in the other's place
    ("es", "Tome 4 comprimidos cada 6 horas. No tome más de 1 comprimido en 24 horas.", True),
    ("zh_Hans", "每6小时服用4片。24小时内不要超过1片。", True),
    ("es", "Tome 1 comprimido cada 6 horas. No tome más de 4 comprimidos en 24 horas.", False),
    # the sentences in another order, each with its numbers
    ("es", "No tome más de 4 comprimidos en 24 horas. Tome 1 comprimido cada 6 horas.", False),
])
def test_numbers_moved_between_sentences_are_an_error(lang, translation, fails):
    found = [f.message for f in run_checks(_DOSE_AND_LIMIT, translation, lang) if "instead" in f.message]
    assert bool(found) is fails, found


_AT_LEAST = "Drink at least 2 L of fluid a day."


@pytest.mark.parametrize("lang,translation,fails", [
    # "at least" written "less than": a least made a most
    ("es", "Beba menos de 2 L de líquido al día.", True),
    ("it", "Beva meno di 2 L di liquidi al giorno.", True),
    ("zh_Hans", "每天饮水少于2升。", True),
    ("tr", "Günde 2 L'den az sıvı için.", True),
    ("es", "Beba al menos 2 L de líquido al día.", False),
    ("es", "Beba no menos de 2 L de líquido al día.", False),
    ("it", "Beva almeno 2 L di liquidi al giorno.", False),
    ("tr", "Günde en az 2 L sıvı için.", False),
    ("zh_Hans", "每天至少饮水2升。", False),
])
def test_at_least_written_less_than_is_an_error(lang, translation, fails):
    found = [f.message for f in run_checks(_AT_LEAST, translation, lang) if f.severity is Severity.ERROR]
    assert any("“at least 2” (over)" in message for message in found) is fails, found


@pytest.mark.parametrize("translation,fails", [
    # sentences reordered, each time with its half of the day: no swap (was flagged sentence by sentence)
    ("A las 7 de la mañana, mídase el azúcar. Tome 2 comprimidos a las 8 de la noche.", False),
    ("Tome 2 comprimidos a las 8 de la mañana. A las 7 de la mañana, mídase el azúcar.", True),
])
def test_a_half_of_the_day_is_judged_in_the_sentence_holding_its_hour(translation, fails):
    found = run_checks("Take 2 tablets at 8 pm. At 7 am, check your sugar.", translation, "es")
    assert any("in the afternoon or evening" in f.message for f in found if f.severity is Severity.ERROR) is fails


@pytest.mark.parametrize("lang,translation,fails", [
    # a side of the body dropped, or made "each": the other eye treated too, or the wrong one
    ("es", "Ponga una gota en cada ojo.", True),
    ("it", "Metta una goccia nell'occhio.", True),
    ("tr", "Göze bir damla damlatın.", True),
    ("ar", "ضع قطرة واحدة في العين.", True),
    ("zh_Hans", "在眼睛里滴一滴。", True),
    ("es", "Ponga una gota en el ojo derecho.", False),
    ("vi", "Nhỏ một giọt vào mắt phải.", False),
    ("fa", "یک قطره در چشم راست بریزید.", False),
    ("pa_Guru", "ਸੱਜੀ ਅੱਖ ਵਿੱਚ ਇੱਕ ਬੂੰਦ ਪਾਓ।", False),
])
def test_a_side_of_the_body_dropped_is_an_error(lang, translation, fails):
    found = run_checks("Put one drop in the right eye.", translation, lang)
    assert any("names no side" in f.message for f in found if f.severity is Severity.ERROR) is fails


@pytest.mark.parametrize("lang,translation,fails", [
    # "at least" written "up to" before its number
    ("es", "Deje pasar hasta 4 horas entre dosis.", True),
    ("it", "Lasci passare fino a 4 ore tra le dosi.", True),
    ("es", "Deje pasar al menos 4 horas entre dosis.", False),
    ("tr", "Dozlar arasında en az 4 saat bırakın.", False),
    ("zh_Hans", "两次服药至少间隔4小时。", False),
])
def test_at_least_written_up_to_is_an_error(lang, translation, fails):
    found = run_checks("Leave at least 4 hours between doses.", translation, lang)
    assert any("(up to)" in f.message for f in found if f.severity is Severity.ERROR) is fails


_ONE_AND_ONE = "Take one tablet in the morning and one at night."


@pytest.mark.parametrize("lang,translation,fails", [
    # a number word beside a part of the day, its noun left out: the night's dose doubled
    ("es", "Tome un comprimido por la mañana y dos por la noche.", True),
    ("it", "Prenda una compressa al mattino e due la sera.", True),
    ("el", "Πάρτε ένα δισκίο το πρωί και δύο το βράδυ.", True),
    ("es", "Tome un comprimido por la mañana y otro por la noche.", False),
    ("it", "Prenda una compressa al mattino e una la sera.", False),
])
def test_a_number_word_beside_a_part_of_the_day_the_english_lacks_is_an_error(lang, translation, fails):
    found = run_checks(_ONE_AND_ONE, translation, lang)
    assert any("the translation has 2" in f.message for f in found if f.severity is Severity.ERROR) is fails


@pytest.mark.parametrize("english,translation", [
    ("Take both tablets at night.", "Tome los dos comprimidos por la noche."),
    ("Take your tablet every other day in the morning.", "Tome el comprimido cada dos días por la mañana."),
    ("Take 1 tablet in the morning and 1 at night.", "Tome 1 comprimido por la mañana y 1 por la noche."),
])
def test_a_number_word_that_is_both_every_or_a_count_beside_a_part_of_the_day_passes(english, translation):
    assert not [f.message for f in run_checks(english, translation, "es") if "the translation has 2" in f.message]


_AS_NEEDED_46 = "Take 1 or 2 tablets every 4 to 6 hours as needed."
_AT_BEDTIME = "Take 1 tablet at bedtime if needed."
_BLEEDING = "If the bleeding fails to stop, stop taking it and see a doctor."
_SYRINGE = "Only use the syringe provided."


@pytest.mark.parametrize("lang,english,translation", [
    # a second reader's of the later changes: a bare "when" of a time is no "if needed"
    ("es", _AT_BEDTIME, "Tome 1 comprimido cuando se acueste."),
    ("vi", _AT_BEDTIME, "Uống 1 viên lúc 8 giờ tối."),
    ("zh_Hans", _AT_BEDTIME, "睡觉时服用1片。"),
    # "fails to stop" excused a "no" before the instruction's stop in Chinese too
    ("zh_Hans", "If the bleeding fails to stop, stop taking it.", "如果出血不止，不要停药。"),
    # "más de", "più di", 超过 of a condition are no "no more than"
    ("es", "Only use this medicine if you weigh more than 50 kg.", "No use este medicamento si pesa más de 50 kg."),
    ("zh_Hans", "Only use this medicine if you weigh more than 50 kg.", "体重超过50公斤时不要使用本药。"),
    # "no more than 8" written "no fewer than 8"
    ("es", "Take no more than 8 tablets in 24 hours.", "No tome menos de 8 comprimidos en 24 horas."),
    # before each meal, said in many ways
    ("el", _WITH_FOOD, "Να παίρνετε αυτό το φάρμακο πριν από κάθε γεύμα."),
    ("tr", _WITH_FOOD, "Bu ilacı her öğünden önce alın."),
    ("vi", _WITH_FOOD, "Uống thuốc này trước mỗi bữa ăn."),
    ("ar", _WITH_FOOD, "تناول هذا الدواء قبل كل وجبة."),
    ("it", _WITH_FOOD, "Prenda questo medicinale prima di ciascun pasto."),
    # a count made one beside two times of day the English names itself; "each tablet" elsewhere; "a day" of twice
    ("es", "Take two tablets in the morning and at night for two weeks.",
     "Tome un comprimido por la mañana y por la noche durante dos semanas."),
    ("es", "Take two tablets twice a day. Swallow each tablet whole.",
     "Tome un comprimido dos veces al día. Trague cada comprimido entero."),
    ("es", "Rest for two days.", "Descanse durante un día."),
    # look-alike drugs: the seventh letter, Turkish spellings, Spanish -afilo and -semida
    ("es", "Take hydroxyurea every day.", "Tome hidroxizina todos los días."),
    ("tr", "Take hydralazine every day.", "Her gün hidroksizin alın."),
    ("es", "Take tadalafil an hour before.", "Tome vardenafilo una hora antes."),
    ("es", "Take furosemide in the morning.", "Tome torasemida por la mañana."),
])
def test_a_second_reader_s_later_dangerous_translations_are_errors(lang, english, translation):
    assert any(f.severity is Severity.ERROR for f in run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # "as needed" as each language says it
    ("es", _AS_NEEDED_46, "Tome 1 o 2 comprimidos cada 4 a 6 horas, según lo necesite."),
    ("it", _AS_NEEDED_46, "Prenda 1 o 2 compresse ogni 4-6 ore, secondo il bisogno."),
    ("el", _AS_NEEDED_46, "Παίρνετε 1 ή 2 δισκία κάθε 4 έως 6 ώρες, εφόσον χρειάζεται."),
    ("tr", _AS_NEEDED_46, "İhtiyaca göre 4 ila 6 saatte bir 1 veya 2 tablet alın."),
    ("vi", _AS_NEEDED_46, "Uống 1 hoặc 2 viên mỗi 4 đến 6 giờ tùy theo nhu cầu."),
    ("ar", _AS_NEEDED_46, "تناول 1 أو 2 قرص كل 4 إلى 6 ساعات إن لزم الأمر."),
    ("zh_Hans", _AS_NEEDED_46, "根据需要，每4至6小时服用1或2片。"),
    # the "fails to stop" negated, the instruction's stop kept
    ("es", _BLEEDING, "Si la hemorragia no se detiene, deje de tomarlo y consulte a un médico."),
    ("el", _BLEEDING, "Αν η αιμορραγία δεν σταματά, σταματήστε να το παίρνετε και δείτε γιατρό."),
    ("vi", _BLEEDING, "Nếu máu không ngừng chảy, hãy ngừng uống thuốc và đi khám bác sĩ."),
    ("ar", _BLEEDING, "إذا لم يتوقف النزيف، توقف عن تناوله وراجع الطبيب."),
    # "no other than"
    ("el", _SYRINGE, "Μη χρησιμοποιείτε άλλη σύριγγα από αυτή που παρέχεται."),
    # clauses merged, a number moving with them
    ("es", "Take 1 tablet a day. Take it at the same time each day for 7 days.",
     "Tome 1 comprimido al día durante 7 días. Tómelo siempre a la misma hora."),
    # Turkish and Italian spellings that are no drugs, or the English's own
    ("tr", "Do not take this medicine with cimetidine.", "Bu ilacı simetidin ile birlikte almayın."),
    ("it", "Do not apply it to painted skin.", "Non lo applichi su pelle dipinta."),
    # 莫 of a drug's name is no negation
    ("zh_Hans", "Take 500 mg of amoxicillin three times a day for 7 days.", "阿莫西林500毫克，每日三次，连服7天。"),
])
def test_a_second_reader_s_later_correct_translations_pass(lang, english, translation):
    assert [f.message for f in run_checks(english, translation, lang) if f.severity is Severity.ERROR] == []


@pytest.mark.parametrize("lang,english,translation", [
    # a fresh probe's: "if needed" of a dose counted in words; urgency put off in words the tables lacked
    ("el", "Take one tablet at night if needed.", "Παίρνετε ένα δισκίο το βράδυ."),
    ("es", "Take one tablet at night if needed.", "Tome un comprimido por la noche."),
    ("es", "Go to A&E straight away if the bleeding does not stop.",
     "Si la hemorragia no se detiene, acuda a su centro de salud en los próximos días."),
    ("it", "If you have chest pain, call 112 immediately.", "Se ha dolore al petto, chiami il 112 quando le è possibile."),
    ("el", "If you have chest pain, call 112 immediately.", "Αν έχετε πόνο στο στήθος, καλέστε το 112 όταν μπορέσετε."),
])
def test_a_fresh_probe_s_dangerous_translations_are_errors(lang, english, translation):
    assert any(f.severity is Severity.ERROR for f in run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,translation,fails", [
    # "lower" a dose is the quantity's less, not a level: "increase" for it is the opposite
    ("it", "Aumenti la dose di insulina di 2 unità.", True),
    ("es", "Aumente la dosis de insulina en 2 unidades.", True),
    ("es", "Reduzca la dosis de insulina en 2 unidades.", False),
    ("zh_Hans", "将胰岛素剂量减少2个单位。", False),
])
def test_lower_a_dose_written_increase_is_an_error(lang, translation, fails):
    found = run_checks("Lower your insulin dose by 2 units.", translation, lang)
    assert any(f.check == "polarity" and f.severity is Severity.ERROR for f in found) is fails


@pytest.mark.parametrize("lang,english,translation", [
    # a third reader's: "no other dose" refuses the extra dose as "another" does; αλλά (but) is no "other than";
    # an NSAID's غير (non-) no exception
    ("es", _EXTRA_DOSE, "Si el dolor es intenso, no tome ninguna otra dosis."),
    ("el", _EXTRA_DOSE, "Μην πάρετε καμία άλλη δόση αν ο πόνος είναι έντονος."),
    ("el", _SYRINGE, "Μη χρησιμοποιείτε τη σύριγγα που παρέχεται, αλλά μια σύριγγα από το φαρμακείο."),
    ("ar", "Only take ibuprofen with food.", "لا تتناول مضادات الالتهاب غير الستيرويدية مع الطعام."),
    # a side dropped where phải is "must", or Turkish sol- of solüsyon
    ("vi", "Put one drop in the right eye.", "Bạn phải nhỏ một giọt vào mắt."),
    ("tr", "Put one drop in the right eye only.", "Solüsyonu yalnızca gözünüzde kullanın."),
    # a loading dose swapped where the day's number is the dose's too ("day 1", "1 tablet")
    ("es", "Take 2 tablets on day 1. Then take 1 tablet a day for 4 days.",
     "Tome 1 comprimido el día 1. Luego tome 2 comprimidos al día durante 4 días."),
    # before meals with a time between
    ("tr", _WITH_FOOD, "Bu ilacı yemekten 30 dakika önce alın."),
])
def test_a_third_reader_s_dangerous_translations_are_errors(lang, english, translation):
    assert any(f.severity is Severity.ERROR for f in run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # "the right dose" is the correct one, no side
    ("es", "You will have regular blood tests to make sure you are on the right dose.",
     "Se hará análisis de sangre periódicos para asegurarse de que toma la dosis correcta."),
    ("zh_Hans", "You will have regular blood tests to make sure you are on the right dose.", "您将定期验血，以确保剂量正确。"),
    ("tr", "Put one drop in the right eye.", "Sağ gözünüze bir damla damlatın."),
    # "if needed" as Italian and Spanish say it
    ("it", "Take one tablet at night if needed.", "Prenda una compressa la sera all'occorrenza."),
    ("es", "Take one tablet at night if needed.", "Tome un comprimido por la noche, según precise."),
    ("es", "Only take one dose a day.", "No más de una dosis al día."),
])
def test_a_third_reader_s_correct_translations_pass(lang, english, translation):
    assert [f.message for f in run_checks(english, translation, lang) if f.severity is Severity.ERROR] == []


@pytest.mark.parametrize("lang,translation", [
    ("it", "Le prenda tutte e due la sera."),
    ("el", "Πάρτε και τις δύο το βράδυ."),
    ("vi", "Uống cả hai vào buổi tối."),
])
def test_both_beside_a_part_of_the_day_is_no_number_added(lang, translation):
    found = run_checks("Take both tablets at night.", translation, lang)
    assert not [f.message for f in found if "the translation has 2" in f.message]


@pytest.mark.parametrize("lang,english,translation,fails", [
    # Persian and Punjabi negate after the verb: "do not stop" for "Stop taking it" passed
    ("fa", "Stop taking it.", "مصرف آن را قطع نکنید.", True),
    ("pa_Guru", "Stop taking it.", "ਇਸਨੂੰ ਲੈਣਾ ਬੰਦ ਨਾ ਕਰੋ।", True),
    ("fa", "Stop taking it.", "مصرف آن را قطع کنید.", False),
    ("pa_Guru", "Keep taking it.", "ਇਸਨੂੰ ਲੈਣਾ ਬੰਦ ਨਾ ਕਰੋ।", False),
    ("fa", "Do not stop taking it suddenly.", "مصرف آن را ناگهان قطع نکنید.", False),
])
def test_stop_said_as_do_not_stop_with_the_negation_after_the_verb_is_an_error(lang, english, translation, fails):
    found = run_checks(english, translation, lang)
    assert any("with a negation after it: the opposite" in f.message for f in found) is fails


@pytest.mark.parametrize("english,translation,fails", [
    # the small hours are the morning's half: "2 p.m." written "de la madrugada" (2 a.m.) passed
    ("Take it at 2 p.m.", "Tómelo a las 2 de la madrugada.", True),
    ("Take it at 2 a.m.", "Tómelo a las 2 de la madrugada.", False),
    ("Take it at 2 p.m.", "Tómelo a las 2 de la tarde.", False),
])
def test_the_small_hours_are_the_morning_s_half_of_the_day(english, translation, fails):
    found = run_checks(english, translation, "es")
    assert any("in the afternoon or evening" in f.message for f in found if f.severity is Severity.ERROR) is fails


@pytest.mark.parametrize("translation,fails", [
    # Persian دست کم is "at least" as حداقل is: beside تا it was flagged as "up to"
    ("دست کم تا 4 ساعت صبر کنید.", False),
    ("دست کم ۴ ساعت بین دوزها فاصله بگذارید.", False),
    ("حداکثر ۴ ساعت بین دوزها فاصله بگذارید.", True),
])
def test_persian_dast_e_kam_is_at_least(translation, fails):
    found = run_checks("Leave at least 4 hours between doses.", translation, "fa")
    assert any(f.severity is Severity.ERROR for f in found) is fails


_STOCKINGS = "Wear your stockings to prevent clots."
_WATER = "Drink plenty of water to avoid dehydration."


@pytest.mark.parametrize("lang,english,translation", [
    # a "prevent" or "avoid" of the purpose excused a negation of the instruction: the stockings left off
    ("es", _STOCKINGS, "No use las medias para prevenir coágulos."),
    ("es", _STOCKINGS, "Para evitar coágulos, no use las medias."),
    ("it", _STOCKINGS, "Non indossi le calze per prevenire i coaguli."),
    ("el", _STOCKINGS, "Μη φοράτε τις κάλτσες για να αποτρέψετε θρόμβους."),
    ("vi", _STOCKINGS, "Không mang vớ để ngăn ngừa cục máu đông."),
    ("es", _WATER, "No beba mucha agua para evitar la deshidratación."),
    ("it", _WATER, "Non beva molta acqua per evitare la disidratazione."),
    ("vi", _WATER, "Không uống nhiều nước để tránh mất nước."),
    ("es", "Take it with food to avoid an upset stomach.", "No lo tome con comida para evitar molestias de estómago."),
    ("es", "Remove the patch to reduce irritation.", "No retire el parche para reducir la irritación."),
    # a probe's: "to protect", Italian -rre, Arabic ل on its noun, Chinese 以 and 为 before the verb
    ("es", "Apply sunscreen every day to protect your skin.",
     "No aplique protector solar todos los días para proteger la piel."),
    ("it", "Use the spacer with your inhaler to reduce the risk of thrush.",
     "Per ridurre il rischio di mughetto, non usi il distanziatore con l'inalatore."),
    ("ar", _STOCKINGS, "لا ترتدِ الجوارب لمنع تكون الجلطات."),
    ("ar", "Apply the gel twice a day to reduce pain.", "لتخفيف الألم، لا تضع الجل مرتين في اليوم."),
    ("zh_Hans", _STOCKINGS, "不要穿弹力袜以预防血栓。"),
    ("zh_Hans", _WATER, "为避免脱水，请勿大量饮水。"),
    ("zh_Hant", "Call your doctor promptly to avoid complications.", "請勿立即致電您的醫師，以避免併發症。"),
])
def test_a_negation_of_the_instruction_beside_a_negative_purpose_is_an_error(lang, english, translation):
    assert any(f.check == "negation" and f.severity is Severity.ERROR and "purpose" in f.message
               for f in run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # the purpose's own negation, a purpose said first, "do not take them off" for "wear", a "to" that a verb asks
    ("es", _STOCKINGS, "Use las medias para que no se formen coágulos."),
    ("es", _STOCKINGS, "Para evitar coágulos, use las medias."),
    ("es", _STOCKINGS, "No se quite las medias, para prevenir coágulos."),
    ("el", _STOCKINGS, "Φοράτε τις κάλτσες για να μη σχηματιστούν θρόμβοι."),
    ("es", _WATER, "Beba mucha agua para no deshidratarse."),
    ("it", _WATER, "Beva molta acqua per non disidratarsi."),
    ("el", _WATER, "Πίνετε άφθονο νερό για να μην αφυδατωθείτε."),
    ("vi", _WATER, "Uống nhiều nước để tránh mất nước."),
    ("es", "Take it with food to avoid an upset stomach.", "Tómelo con comida para no tener molestias de estómago."),
    ("es", "Do not drive, to avoid accidents.", "No conduzca, para evitar accidentes."),
    ("es", "Try to avoid alcohol to protect your liver.", "Intente no beber alcohol para proteger su hígado."),
    ("es", "Rest your leg to reduce swelling.", "Descanse la pierna para que no se hinche."),
    ("ar", _STOCKINGS, "ارتدِ الجوارب لمنع تكون الجلطات."),
    ("zh_Hans", _STOCKINGS, "请穿弹力袜以预防血栓。"),
    ("zh_Hant", "Wear the stockings all day to prevent blood clots.", "整天都不要脫下彈力襪，以預防血栓。"),
    ("it", "Use the spacer with your inhaler to reduce the risk of thrush.",
     "Per ridurre il rischio di mughetto, usi il distanziatore con l'inalatore."),
])
def test_a_negation_of_the_purpose_or_the_english_s_own_passes(lang, english, translation):
    assert [f.message for f in run_checks(english, translation, lang) if f.severity is Severity.ERROR] == []


@pytest.mark.parametrize("lang,english,translation", [
    # a second reader's: a washing or other removal verb beside the negation, "as you were told", "used to",
    # "so you do not", "to help prevent"
    ('el', 'Rinse your mouth with water after each use to prevent thrush.',
     'Μην ξεπλύνετε το στόμα σας με νερό μετά από κάθε χρήση για να προλάβετε τη μυκητίαση.'),
    ('it', 'Rinse your mouth with water after each use to prevent thrush.',
     'Non risciacqui la bocca con acqua dopo ogni uso per prevenire il mughetto.'),
    ('vi', 'Clean the area and apply the cream to prevent infection.',
     'Lau sạch vùng da và không bôi kem để ngăn ngừa nhiễm trùng.'),
    ('es', 'Replace the dressing every day to prevent infection.',
     'Retire el apósito y no ponga uno nuevo cada día para prevenir infecciones.'),
    ('ar', 'Wash the skin and apply the gel to reduce irritation.',
     'اغسل الجلد ولا تضع الجل لكي تقلل التهيج.'),
    ('es', 'Take the tablets as you were told, because stopping suddenly can be harmful.',
     'No tome los comprimidos como le indicaron, porque dejarlos de golpe puede ser perjudicial.'),
    ('es', 'Aspirin is used to prevent clots.',
     'La aspirina no se usa para prevenir coágulos.'),
    ('es', 'Drink water so you do not get dehydrated.',
     'No beba agua para no deshidratarse.'),
    ('es', 'Wear your stockings to help prevent clots.',
     'No use las medias para ayudar a prevenir coágulos.'),
])
def test_a_second_reader_s_negations_of_an_instruction_beside_a_purpose_are_errors(lang, english, translation):
    assert any(f.check == "negation" and f.severity is Severity.ERROR for f in run_checks(english, translation, lang))


@pytest.mark.parametrize("lang,english,translation", [
    # a reason that goes on past a comma, "try hard to", "wise to", "without", a lessening only in the purpose
    ('es', 'Take it at night because it can make you drowsy and unable to drive.',
     'Tómelo por la noche porque puede causarle somnolencia y, por tanto, no podrá conducir.'),
    ('el', 'Take it at night because it can make you drowsy and unable to drive.',
     'Πάρτε το το βράδυ γιατί μπορεί να σας προκαλέσει υπνηλία, με αποτέλεσμα να μην μπορείτε να οδηγήσετε.'),
    ('vi', 'Take it at night because it can make you drowsy and unable to drive.',
     'Uống thuốc vào buổi tối vì thuốc có thể gây buồn ngủ, khiến bạn không thể lái xe.'),
    ('zh_Hans', 'Take it at night because it can make you drowsy and unable to drive.',
     '请在晚上服用，因为它可能使您嗜睡，使您无法驾驶。'),
    ('fa', 'Take it at night because it can make you drowsy and unable to drive.',
     'آن را شب مصرف کنید زیرا ممکن است باعث خواب\u200cآلودگی شود، به طوری که نتوانید رانندگی کنید.'),
    ('es', 'Finish the course, otherwise the infection may not clear.',
     'Termine el tratamiento; de lo contrario, la infección puede no desaparecer.'),
    ('it', 'Finish the course, otherwise the infection may not clear.',
     "Completi il ciclo, altrimenti, l'infezione potrebbe non guarire."),
    ('zh_Hans', 'Finish the course, otherwise the infection may not clear.',
     '请完成整个疗程，否则，感染可能无法清除。'),
    ('vi', 'Finish the course, otherwise the infection may not clear.',
     'Hãy dùng hết liệu trình, nếu không, nhiễm trùng có thể không khỏi.'),
    ('es', 'Try hard to avoid alcohol to protect your liver.',
     'Intente no beber alcohol para proteger su hígado.'),
    ('es', 'It is wise to limit alcohol to protect your liver.',
     'Es prudente no beber mucho alcohol para proteger su hígado.'),
    ('es', 'Swallow the tablets whole to avoid stomach irritation.',
     'Trague los comprimidos enteros, sin masticarlos, para evitar la irritación del estómago.'),
    ('el', 'Swallow the tablets whole to avoid stomach irritation.',
     'Καταπίνετε τα δισκία ολόκληρα χωρίς να τα μασήσετε, για να αποφύγετε τον ερεθισμό του στομάχου.'),
    ('es', 'Wear your stockings to prevent clots.',
     'No se quite las medias, para prevenir coágulos.'),
    ('zh_Hant', 'Wear the stockings all day to prevent blood clots.',
     '整天都不要脫下彈力襪，以預防血栓。'),
    ("es", "Keep your leg raised to reduce swelling.", "No baje la pierna, para reducir la hinchazón."),
])
def test_a_second_reader_s_correct_translations_beside_a_purpose_pass(lang, english, translation):
    assert [f.message for f in run_checks(english, translation, lang) if f.severity is Severity.ERROR] == []


@pytest.mark.parametrize("lang,english,translation,fails", [
    # a Turkish or Punjabi purpose ends with its postposition (lexicon.PURPOSE_ENDS), from its clause's start
    ('tr', 'Wear your stockings to prevent clots.', 'Pıhtıları önlemek için çoraplarınızı giymeyin.', True),
    ('tr', 'Drink plenty of water to avoid dehydration.', 'Susuz kalmamak için bol su içmeyin.', True),
    ('tr', 'Take it with food to reduce stomach upset.', 'Mide rahatsızlığını azaltmak amacıyla ilacı yemekle almayın.', True),
    ('pa_Guru', 'Wear your stockings to prevent clots.', 'ਖੂਨ ਦੇ ਥੱਕੇ ਰੋਕਣ ਲਈ ਆਪਣੀਆਂ ਜੁਰਾਬਾਂ ਨਾ ਪਾਓ।', True),
    ('pa_Guru', 'Drink plenty of water to avoid dehydration.', 'ਪਾਣੀ ਦੀ ਕਮੀ ਤੋਂ ਬਚਣ ਲਈ ਬਹੁਤ ਸਾਰਾ ਪਾਣੀ ਨਾ ਪੀਓ।', True),
    ('tr', 'Wear your stockings to prevent clots.', 'Pıhtıları önlemek için çoraplarınızı giyin.', False),
    ('tr', 'Wear your stockings to prevent clots.', 'Pıhtı oluşmaması için çoraplarınızı giyin.', False),
    ('tr', 'Drink plenty of water to avoid dehydration.', 'Susuz kalmamak için bol su için.', False),
    ('tr', 'Do not drive, to avoid accidents.', 'Kaza riskini önlemek için araç kullanmayın.', False),
    ('tr', 'Take one tablet for pain.', 'Ağrı için bir tablet alın.', False),
    ('pa_Guru', 'Wear your stockings to prevent clots.', 'ਖੂਨ ਦੇ ਥੱਕੇ ਰੋਕਣ ਲਈ ਆਪਣੀਆਂ ਜੁਰਾਬਾਂ ਪਾਓ।', False),
    ('pa_Guru', 'Drink plenty of water to avoid dehydration.', 'ਪਾਣੀ ਦੀ ਕਮੀ ਤੋਂ ਬਚਣ ਲਈ ਬਹੁਤ ਸਾਰਾ ਪਾਣੀ ਪੀਓ।', False),
    ('pa_Guru', 'Drink plenty of water to avoid dehydration.', 'ਬਹੁਤ ਸਾਰਾ ਪਾਣੀ ਪੀਓ ਤਾਂ ਜੋ ਸਰੀਰ ਵਿੱਚ ਪਾਣੀ ਦੀ ਕਮੀ ਨਾ ਹੋਵੇ।', False),
])
def test_a_purpose_ended_by_its_postposition_is_no_instruction(lang, english, translation, fails):
    errors = [f.message for f in run_checks(english, translation, lang) if f.severity is Severity.ERROR]
    assert bool(errors) is fails, errors


@pytest.mark.parametrize("lang,english,translation,fails", [
    # a third reader's: a purpose opened mid-clause (以降低, لخفض) does not cut a condition in two, so a condition
    # turned round is still read; "avoid" said by a verb, "stay out of", "slowly", "keep taking" said by refusing
    # their opposite, "do not take them off" a few words from its negation, a reason's "not" in a sentence of its own
    ('zh_Hans', 'If you take medicine for high blood pressure, do not take it.',
     '如果您没有服药以降低血压，请服用本药。', True),
    ('ar', 'If you take medicine for high blood pressure, do not take it.',
     'إذا كنت لا تتناول دواءً لخفض ضغط الدم، فتناول هذا الدواء.', True),
    ('es', 'Stay out of the sun to protect your skin.',
     'Evite el sol para proteger su piel.', False),
    ('it', 'Stay out of the sun to protect your skin.',
     'Eviti il sole per proteggere la pelle.', False),
    ('el', 'Stay out of the sun to protect your skin.',
     'Αποφύγετε τον ήλιο για να προστατέψετε το δέρμα σας.', False),
    ('vi', 'Stay out of the sun to protect your skin.',
     'Tránh ánh nắng để bảo vệ da.', False),
    ('zh_Hans', 'Stay out of the sun to protect your skin.',
     '请避免日晒，以保护皮肤。', False),
    ('ar', 'Stay out of the sun to protect your skin.',
     'تجنب التعرض للشمس لحماية بشرتك.', False),
    ('fa', 'Stay out of the sun to protect your skin.',
     'از قرار گرفتن در معرض آفتاب خودداری کنید تا از پوستتان محافظت شود.', False),
    ('es', 'Wear your stockings to prevent clots.',
     'No se las quite, para prevenir coágulos.', False),
    ('el', 'Wear your stockings to prevent clots.',
     'Φοράτε τις κάλτσες και μην τις βγάζετε, για να προλάβετε θρόμβους.', False),
    ('vi', 'Wear your stockings to prevent clots.',
     'Mang vớ và không được cởi ra để ngăn ngừa cục máu đông.', False),
    ('ar', 'Wear your stockings to prevent clots.',
     'ارتدِ الجوارب ولا تنزعها لمنع تكون الجلطات.', False),
    ('es', 'Take it at night, as it may make you sleepy and you should not drive.',
     'Tómelo por la noche, ya que puede darle sueño. No conduzca.', False),
    ('zh_Hans', 'Drink plenty of water to avoid dehydration.',
     '为避免脱水，请勿大量饮水。', True),
    ('ar', 'Drink plenty of water to avoid dehydration.',
     'لا تشرب الكثير من الماء لتجنب الجفاف.', True),
    ('zh_Hans', 'You can take it with water to reduce irritation.',
     '您可以用水送服以减少刺激。', False),
    ('zh_Hans', 'You can take it with water to reduce irritation.',
     '您不可以用水送服以减少刺激。', True),
    ('es', 'Stay out of the sun to protect your skin.',
     'No se exponga al sol para proteger su piel.', False),
    ('es', 'Get up slowly to avoid dizziness.',
     'Levántese despacio, no de golpe, para evitar mareos.', False),
    ('zh_Hans', 'Keep taking it every day to prevent attacks.',
     '请每天坚持服用，不要停药，以预防发作。', False),
    ('tr', 'Wear your stockings to prevent clots.',
     'Pıhtı oluşmasını önlemek için çoraplarınızı giyin ve gün boyu çıkarmayın.', False),
    ('it', 'Stay in bed on the first day to avoid falls.',
     'Il primo giorno non si alzi dal letto, per evitare cadute.', False),
    # a fourth reader's: "avoid" said of the instruction itself, a refusal of a removal in another clause, "slowly"
    # and "gradually" no refused opposite, the purposes of PURPOSE_OPENS for the parts of the day and beside a reason
    # the tables read, an Arabic ف before ل, "do not take them off" past clitics
    ('es', 'Wear your stockings to prevent clots.',
     'Evite usar las medias para prevenir coágulos.', True),
    ('it', 'Wear your stockings to prevent clots.',
     'Eviti di indossare le calze per prevenire i coaguli.', True),
    ('vi', 'Wear your stockings to prevent clots.',
     'Tránh mang vớ để ngăn ngừa cục máu đông.', True),
    ('zh_Hans', 'Wear your stockings to prevent clots.',
     '避免穿弹力袜，以预防血栓。', True),
    ('es', 'Wear your stockings to prevent clots.',
     'No use medias; retírelas para prevenir coágulos.', True),
    ('es', 'Drink the solution slowly to avoid nausea.',
     'No beba la solución para evitar las náuseas.', True),
    ('es', 'Increase the dose gradually to reduce side effects.',
     'No aumente la dosis para reducir los efectos secundarios.', True),
    ('zh_Hans', 'Take it in the morning to avoid waking at night to pass urine.',
     '请在晚上服用本药以避免夜间起床排尿。', True),
    ('ar', 'Take it in the morning to avoid waking at night to pass urine.',
     'تناوله في المساء لتجنب الاستيقاظ ليلاً للتبول.', True),
    ('ar', 'Wear your stockings to prevent clots.',
     'فلمنع الجلطات، لا ترتدِ الجوارب.', True),
    ('zh_Hans', 'Take it in the morning to avoid trouble sleeping, because it can keep you awake.',
     '请在早上服用以避免夜间无法入睡，因为它可能让您保持清醒。', False),
    ('es', 'Wear your stockings to prevent clots.',
     'Use las medias y no se las quite, para prevenir coágulos.', False),
    ('zh_Hans', 'Take it in the morning to avoid waking at night to pass urine.',
     '请在早上服用本药，以避免夜间起床排尿。', False),
    # a fifth reader's: a removal in another clause or sentence, a reason's own "should not", "stay inside"
    ('es', 'Wear your stockings to prevent clots.',
     'No se las ponga, se las quite, para prevenir coágulos.', True),
    ('es', 'Wear your stockings to prevent clots.',
     'No se las ponga; se las quite para prevenir coágulos.', True),
    ('it', 'Wear your stockings to prevent clots.',
     'Non le metta. Se le tolga per prevenire i coaguli.', True),
    ('el', 'Wear your stockings to prevent clots.',
     'Μην τις φοράτε, τις βγάζετε, για να προλάβετε θρόμβους.', True),
    ('es', 'Drink plenty of water, because you should not become dehydrated.',
     'No beba mucha agua, porque no debe deshidratarse.', True),
    ('es', 'Stay inside to avoid the sun.',
     'No salga para evitar el sol.', False),
    ('es', 'Get out of bed slowly to avoid dizziness.',
     'No se levante de la cama de golpe para evitar mareos.', False),
    # a sixth reader's: "and ... should not" beside the instruction's own negation, "stay in" a place, a sentence
    # end after a purpose left out
    ('es', 'Take it at night, as it may make you sleepy and you should not drive.',
     'Tómelo por la noche y no conduzca, ya que puede darle sueño.', False),
    ('zh_Hans', 'Take it at night, as it may make you sleepy and you should not drive.',
     '请在晚上服用，不要开车，因为它可能使您嗜睡。', False),
    ('es', 'Stay in the shade to avoid sunburn.',
     'No permanezca a la sombra para evitar quemaduras.', True),
    ('es', 'Stay in hospital for 24 hours to prevent complications.',
     'No permanezca en el hospital 24 horas para prevenir complicaciones.', True),
    ('el', 'Wear your stockings to prevent clots.',
     'Μην τις φοράτε για να προλάβετε θρόμβους. Τις βγάζετε.', True),
    # a refusal in the first of two sentences, the purpose's "not" in the second
    ('es', 'Drink plenty of water so that you do not get dehydrated.',
     'No beba mucha agua. Hágalo para que no se deshidrate.', True),
])
def test_the_readers_purposes(lang, english, translation, fails):
    errors = [f.message for f in run_checks(english, translation, lang) if f.severity is Severity.ERROR]
    assert bool(errors) is fails, errors

