"""Suggestions from every engine and back-translations for reviewers, kept in the draft cache."""

from __future__ import annotations

from typer.testing import CliRunner

from pipeline.catalogs.po import messages, read_catalog, write_catalog
from pipeline.checks.glossary import Glossary, Term
from pipeline.cli.main import app
from pipeline.drafting.backtranslate import back_translation_of, backtranslate, choose, compare
from pipeline.drafting.draft import DraftOptions, draft
from pipeline.drafting.engines.memory import approved_translations
from pipeline.drafting.suggestions import open_cache, suggest, suggestions_for
from pipeline.review.ledger import approve_entries, load_ledger
from pipeline.run import stages
from tests.conftest import SLUG
from tests.drafting.conftest import FAST

runner = CliRunner()
TITLE = "Magnesium Infusions"
HURT = "Will the injection hurt?"


def project(make_project, fake_mt, *, suggest_engines: str = '["libre"]', back: str = '["apertium"]'):
    extra = (FAST + f"suggest = {suggest_engines}\nbacktranslate = {back}\nallow_online = true\n"
             f'[tool.leaflets.draft.libre]\nurl = "{fake_mt.url}"\n')
    config = make_project(["es"], extra=extra)
    stages.run(config)
    draft(config, DraftOptions(langs=("es",)))  # memory, then apertium: every entry drafted
    return config


def suggestions(config, english, slug=SLUG):
    from pipeline.checks.glossary import load_glossary

    entry = next(m for m in messages(read_catalog(config.po_path("es", slug))) if m.id == english)
    cache = open_cache(config)
    try:
        return suggestions_for(config, cache, load_glossary(config), "es", english,
                               approved_translations(config, "es"), slug=slug, current=entry.string)
    finally:
        if cache is not None:
            cache.close()


def test_suggest_asks_each_listed_engine_once_and_keeps_refused_answers(make_project, fake_mt):
    config = project(make_project, fake_mt)
    ecg = next(m.id for m in messages(read_catalog(config.po_path("es", SLUG))) if "110mmol/L" in m.id)
    # the engine drops the token for 110mmol/L in one text: kept, as refused, with the reason
    fake_mt.script = lambda call: ("ok", "es: sin la dosis") if "{" in call.text and "ECG" in call.text else None
    report = suggest(config, ["es"], [SLUG])
    assert report.ok, report.errors
    asked = len(fake_mt.calls)
    assert asked == report.asked["libre"] > 20 and report.refused == 1

    title = suggestions(config, TITLE)
    assert [(s.by, bool(s.refused)) for s in title] == [("apertium", False), ("libre", False)]
    assert title[1].text == "es: muisengaM snoisufnI"  # the loopback server's "translation"
    refused = next(s for s in suggestions(config, ecg) if s.by == "libre")
    assert "missing" in refused.refused and refused.text == "es: sin la dosis"

    again = suggest(config, ["es"], [SLUG])  # refused answers are not asked again either
    assert len(fake_mt.calls) == asked and again.from_cache == asked


def test_approved_words_of_the_same_english_come_first_with_their_origin(make_project, fake_mt):
    config = project(make_project, fake_mt)
    source = config.source_path(SLUG).read_text(encoding="utf-8")
    (config.source_dir / "magnesium-copy.md").write_text(source.replace(f"slug: {SLUG}", "slug: magnesium-copy"),
                                                         encoding="utf-8")
    stages.run(config)
    path = config.po_path("es", SLUG)
    catalog, ledger = read_catalog(path), load_ledger(config, "es", SLUG)
    title = next(m for m in messages(catalog) if m.id == TITLE)
    title.string = "Infusiones de magnesio"
    assert approve_entries(catalog, ledger, config, "jchen", [title]).approved
    write_catalog(path, catalog)
    ledger.save()
    suggest(config, ["es"], [SLUG, "magnesium-copy"])

    found = suggestions(config, TITLE, slug="magnesium-copy")
    assert [s.by for s in found] == ["memory", "apertium", "libre"]
    origin = found[0].origin
    assert found[0].text == "Infusiones de magnesio" and origin is not None
    assert (origin.slug, origin.approver, origin.date.isoformat()) == (SLUG, "jchen", "2026-11-23")
    # the approved entry itself is not offered its own words
    assert [s.by for s in suggestions(config, TITLE)] == ["apertium", "libre"]


def test_backtranslation_prefers_another_engine_than_the_one_that_drafted(make_project, fake_mt):
    config = project(make_project, fake_mt, back='["apertium", "libre"]')
    report = backtranslate(config, ["es"], [SLUG])
    assert report.ok, report.errors
    # every draft is apertium's, so libre reads them back
    assert report.asked == {"libre": len(fake_mt.calls)} and {c.target for c in fake_mt.calls} == {"en"}
    entry = next(m for m in messages(read_catalog(config.po_path("es", SLUG))) if m.id == HURT)
    cache = open_cache(config)
    assert cache is not None
    with cache:
        back = back_translation_of(config, cache, "es", HURT, entry.string, "apertium", Glossary())
    assert back is not None and back.engine == "libre" and back.text.startswith("en: ")
    assert "".join(piece for piece, _ in back.pieces) == back.text


def test_apertium_reads_spanish_back_offline_and_the_cli_says_what_it_did(make_project, fake_mt):
    config = project(make_project, fake_mt, suggest_engines="[]")
    result = runner.invoke(app, ["-C", str(config.root), "review", "backtranslate", "--lang", "es"])
    assert result.exit_code == 0, result.output
    assert "texts asked: apertium 24" in result.output and fake_mt.calls == []
    entry = next(m for m in messages(read_catalog(config.po_path("es", SLUG))) if m.id == HURT)
    cache = open_cache(config)
    assert cache is not None
    with cache:
        back = back_translation_of(config, cache, "es", HURT, entry.string, "apertium", Glossary())
    assert back is not None and back.engine == "apertium"
    assert "injection" in back.text.lower()  # Apertium's spa-eng gives English words back
    again = runner.invoke(app, ["-C", str(config.root), "review", "backtranslate"])
    assert again.exit_code == 0 and "texts asked: none; 24 already in the draft cache" in again.output


def test_suggest_without_engines_or_permission_says_so(make_project, fake_mt):
    config = project(make_project, fake_mt, suggest_engines="[]")
    result = runner.invoke(app, ["-C", str(config.root), "review", "suggest"])
    assert result.exit_code == 0 and "no engine listed in `suggest`" in result.output
    pyproject = config.root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace("suggest = []", 'suggest = ["libre"]')
                         .replace("allow_online = true", "allow_online = false"))
    refused = runner.invoke(app, ["-C", str(config.root), "review", "suggest"])
    assert refused.exit_code == 1 and "libre would send leaflet text" in refused.output and fake_mt.calls == []
    allowed = runner.invoke(app, ["-C", str(config.root), "review", "suggest", "--allow-online"])
    assert allowed.exit_code == 0, allowed.output
    assert allowed.output.index("libre: sending text to") < allowed.output.index("texts asked: libre")


def test_an_unknown_engine_in_suggest_is_a_config_error(make_project):
    config = make_project(["es"], extra=FAST)
    pyproject = config.root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace("timeout = 5", 'timeout = 5\nsuggest = ["bing"]'))
    result = runner.invoke(app, ["-C", str(config.root), "review", "suggest"])
    assert result.exit_code == 1 and "[tool.leaflets.draft] suggest: unknown engine 'bing'" in result.output


def test_compare_marks_numbers_negation_drugs_and_missing_words():
    glossary = Glossary((Term("magnesium", drug=True), Term("ketamine", drug=True)))
    english = "Do not drive for 24 hours after the magnesium infusion."
    same = compare(english, "Do not drive for 24 hours after the infusion of magnesium.", glossary)
    assert same == []
    found = [(d.kind, d.message) for d in compare(english, "Drive for 4 hours after the ketamine drip.", glossary)]
    assert found == [
        ("number", "the English has 24; the back-translation does not"),
        ("number", "the back-translation has 4; the English does not"),
        ("negation", "the English says “not”; the back-translation has no negation"),
        ("drug", "the English names magnesium; the back-translation does not"),
        ("drug", "the back-translation names ketamine; the English does not"),
        ("words", "not in the back-translation: magnesium, infusion"),
    ]
    added = compare("You can drive home.", "You cannot drive home.", glossary)
    assert [d.kind for d in added] == ["negation"]
    # words a translation may say with a negation excuse none in an English back-translation
    assert [d.kind for d in compare("Smokers may need a higher dose.", "Smokers may not need a higher dose.", None)] \
        == ["negation"]
    assert [d.kind for d in compare("Take it unless your doctor says otherwise.",
                                    "Do not take it unless your doctor says otherwise.", None)] == ["negation"]


def test_compare_takes_a_number_kept_as_the_language_wrote_it():
    # an engine translating back from Spanish may keep "1.000": the English 1,000
    english = "Rare (up to 1 in 1,000 people)"
    spanish = "Raros (hasta 1 de cada 1.000 personas)"
    assert compare(english, "Rare (up to 1 in 1.000 people)", None, "es", spanish) == []
    assert [d.message for d in compare(english, "Rare (up to 1 in 100 people)", None, "es", spanish)] == [
        "the English has 1000; the back-translation does not", "the back-translation has 100; the English does not"]
    # ... but only a number the translation wrote so: a Spanish 1.500 (1500) rendered 1,500 stays 1500
    assert [d.message for d in compare("Take 1.5 mg.", "Take 1,500 mg.", None, "es", "Tome 1.500 mg.")] == [
        "the English has 1.5; the back-translation does not", "the back-translation has 1500; the English does not"]


def test_choose_passes_over_the_drafting_engine_where_another_exists():
    assert choose(["apertium", "libre"], {"apertium", "libre"}, "apertium") == "libre"
    assert choose(["apertium", "libre"], {"apertium"}, "apertium") == "apertium"
    assert choose(["apertium"], {"libre"}, None) is None


def test_a_back_translation_reads_a_fraction_as_the_checks_do():
    assert compare("Take 1/2 tablet twice a day.", "Take 1/2 tablet twice a day.", None) == []
    assert [d.message for d in compare("Take 1/2 tablet twice a day.", "Take 1 tablet twice a day.", None)] == [
        "the English has 0.5; the back-translation does not", "the back-translation has 1; the English does not"]
