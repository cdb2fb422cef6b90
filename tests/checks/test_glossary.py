"""The glossary: drug names in every language, synonyms, several accepted forms."""

from __future__ import annotations

import tomllib

import pytest

from pipeline.checks.glossary import Glossary, Term, read_glossary
from pipeline.checks.rules import run_checks
from pipeline.core.errors import ConfigError
from tests.conftest import REPO

LANGUAGES = ["zh_Hans", "zh_Hant", "ar", "vi", "el", "it", "tr", "fa", "pa_Guru", "es"]
LIDOCAINE = Term("lignocaine", drug=True, synonyms=("lidocaine",),
                 translations={"es": "lidocaína"}, variants={"es": ("lignocaína",)})


def test_every_drug_of_the_project_glossary_has_a_name_in_every_configured_language():
    configured = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["leaflets"]["languages"]
    assert sorted(configured) == sorted(LANGUAGES)
    glossary = read_glossary(REPO / "glossary.toml", configured)
    drugs = [term for term in glossary.terms if term.drug]
    assert len(drugs) >= 20
    assert [(t.english, lang) for t in drugs for lang in configured if not t.forms(lang)] == []


def test_an_english_synonym_names_the_same_drug():
    glossary = Glossary((LIDOCAINE,))
    assert glossary.in_text("Lidocaine is a local anaesthetic.") == [LIDOCAINE]
    assert glossary.in_text("Lignocaine is a local anaesthetic.") == [LIDOCAINE]


@pytest.mark.parametrize("translation", ["La lidocaína es un anestésico local.",
                                         "La lignocaína es un anestésico local."])
def test_any_accepted_form_passes(translation):
    found = run_checks("Lignocaine is a local anaesthetic.", translation, "es", Glossary((LIDOCAINE,)))
    assert [f for f in found if f.check in ("glossary", "drugs")] == []


@pytest.mark.parametrize("translation", ["Truyền magiê mất khoảng 90 phút.", "Truyền magie mất khoảng 90 phút.",
                                         "Truyền magnesi mất khoảng 90 phút."])
def test_the_project_glossary_knows_each_usual_vietnamese_spelling_of_magnesium(translation):
    """"magiê", the usual spelling, was an error: "magnesium is magnesi in vi; the translation lacks it"."""
    glossary = read_glossary(REPO / "glossary.toml", ["vi"])
    found = run_checks("Magnesium infusions take about 90 minutes.", translation, "vi", glossary)
    assert [f for f in found if f.check in ("glossary", "drugs")] == []


def test_a_drug_missing_from_the_translation_fails():
    found = run_checks("Lignocaine is a local anaesthetic.", "Es un anestésico local.", "es", Glossary((LIDOCAINE,)))
    assert [f.check for f in found] == ["glossary"]


def test_glossary_forms_are_read_as_a_name_or_a_list(tmp_path):
    path = tmp_path / "glossary.toml"
    path.write_text('[[term]]\nenglish = "lignocaine"\ndrug = true\nsynonyms = ["lidocaine"]\n'
                    '[term.translations]\nes = ["lidocaína", "lignocaína"]\nit = "lidocaina"\n', encoding="utf-8")
    [term] = read_glossary(path, ["es", "it"]).terms
    assert term.synonyms == ("lidocaine",)
    assert term.forms("es") == ("lidocaína", "lignocaína") and term.target("es") == "lidocaína"
    assert term.forms("it") == ("lidocaina",) and term.forms("fa") == ()


@pytest.mark.parametrize("body,message", [
    ('[term.translations]\nes = []\n', "es is a name or a list of names"),
    ('[term.translations]\nes = 3\n', "es is a name or a list of names"),
    ('synonyms = "lidocaine"\n', "synonyms is a list of names"),
    ('[term.translations]\nfr = 3\n', "fr is a name or a list of names"),  # a language not configured too
    ('[term.translations]\nsp = "lidocaína"\n', "unknown language code 'sp'; did you mean es"),
    ('translations = "lidocaína"\n', "translations is a table of languages"),
    ('keep = "yes"\n', "keep must be true or false"),
    # a configured language spelt another way: left aside, its drug names would go unchecked
    ('[term.translations]\nes_ES = "lidocaína"\n', "write es_ES as es, the configured code"),
])
def test_a_malformed_glossary_is_a_clear_error_at_its_terms_line(tmp_path, body, message):
    path = tmp_path / "glossary.toml"
    path.write_text(f'# drugs\n\n[[term]]\nenglish = "ketamine"\ndrug = true\n\n'
                    f'[[term]]\nenglish = "lignocaine"\ndrug = true\n{body}', encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as raised:
        read_glossary(path, ["es"])
    assert raised.value.line == 7


def test_a_translation_into_a_language_not_configured_is_left_aside(tmp_path):
    """Taking a language out of the settings must not make the clinic's glossary an error."""
    path = tmp_path / "glossary.toml"
    path.write_text('[[term]]\nenglish = "lignocaine"\ndrug = true\n'
                    '[term.translations]\nes = "lidocaína"\nvi = ["lidocain", "lidocaine"]\n', encoding="utf-8")
    [term] = read_glossary(path, ["es"]).terms
    assert term.translations == {"es": "lidocaína"} and term.variants == {}


@pytest.mark.parametrize("second,message", [
    ('[[term]]\nenglish = ""\nkeep = true\n', "glossary term 2 has no `english`"),  # in every text: all withdrawn
    ('[[term]]\nenglish = 3\n', "glossary term 2 has no `english`"),
    ('[[term]]\nenglish = "Ketamine"\ndrug = true\n', "glossary term 'Ketamine' is listed twice"),
])
def test_an_empty_or_repeated_term_is_refused_at_its_line(tmp_path, second, message):
    path = tmp_path / "glossary.toml"
    path.write_text(f'[[term]]\nenglish = "ketamine"\ndrug = true\n\n{second}', encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as raised:
        read_glossary(path, ["es"])
    assert raised.value.line == 5


def test_a_regional_form_beside_the_configured_code_is_a_variant_left_aside(tmp_path):
    path = tmp_path / "glossary.toml"
    path.write_text('[[term]]\nenglish = "ketamine"\ndrug = true\n[term.translations]\nes = "ketamina"\n'
                    'es_MX = "quetamina"\n', encoding="utf-8")
    [term] = read_glossary(path, ["es"]).terms
    assert term.translations == {"es": "ketamina"}


def test_a_glossary_that_is_not_utf8_is_a_one_line_error_at_its_line(tmp_path):
    path = tmp_path / "glossary.toml"
    path.write_bytes('[[term]]\nenglish = "magnesium"\n# café: checked\n'.encode("latin-1"))
    with pytest.raises(ConfigError) as raised:
        read_glossary(path, ["es"])
    assert (raised.value.message, raised.value.line) == ("glossary is not valid UTF-8: save it as UTF-8", 3)
