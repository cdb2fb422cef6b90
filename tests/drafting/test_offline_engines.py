"""The offline engines (apertium, memory, pseudo), the default chain, settings and cache errors."""

from __future__ import annotations

import os
import subprocess
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from pipeline.catalogs.markers import draft_engine
from pipeline.catalogs.po import messages, read_catalog
from pipeline.cli.main import app
from pipeline.core.errors import ReviewError
from pipeline.drafting.draft import DraftOptions, draft
from pipeline.drafting.engines.memory import Match, MemoryEngine
from pipeline.review.ledger import approve, load_ledger
from pipeline.run import stages
from tests.conftest import SLUG, approve_all, fake_translation, translate_all
from tests.drafting.conftest import FAST

runner = CliRunner()


def invoke(config, *args):
    return runner.invoke(app, ["-C", str(config.root), *args])


def entries(config, lang, slug=SLUG):
    return {m.id: m for m in messages(read_catalog(config.po_path(lang, slug)))}


def msgfmt_check(path) -> None:
    done = subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(path)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_apertium_drafts_the_leaflet_in_spanish(make_project):
    config = make_project(["es", "ar"], extra=FAST)
    stages.run(config)
    result = invoke(config, "draft", "--engine", "apertium", "--lang", "es")
    assert result.exit_code == 0, result.output
    spanish = entries(config, "es")
    assert all(m.fuzzy and draft_engine(m) == "apertium" for m in spanish.values())
    # Apertium's Spanish (rough, rule-based): the words are Spanish, the structure English
    assert "inyección" in spanish["Will the injection hurt?"].string
    assert "magnesio" in spanish["Magnesium Infusions"].string.lower()
    ecg = next(m for m in spanish.values() if "110mmol/L" in m.id)
    assert "110mmol/L" in ecg.string and "enfermedad" in ecg.string
    assert "1-2 semanas" in next(m.string for m in spanish.values() if "1-2 weeks" in m.id)
    msgfmt_check(config.po_path("es", SLUG))
    # Apertium's answers are cached too: a redraft runs no process
    again = draft(config, DraftOptions(langs=("es",), engines=("apertium",), overwrite_drafts=True))
    usage = again.usage[("apertium", "es")]
    assert (usage.cache_hits, usage.requests, again.drafted) == (24, 0, 24)


def test_the_default_chain_runs_offline(make_project):
    config = make_project(["es", "ar"], extra=FAST)
    stages.run(config)
    result = invoke(config, "draft")
    assert result.exit_code == 0, result.output
    assert all(draft_engine(m) == "apertium" for m in entries(config, "es").values())
    assert all(not m.string for m in entries(config, "ar").values())  # nothing offline speaks Arabic here
    assert "24 left untranslated" in result.output
    # said out loud, per language: what was drafted by whom, what is left and what would serve it
    assert "  es: 24 of 24 drafted (apertium 24)\n" in result.output
    # the memory, in the chain for every language, reuses approved translations only: said so
    assert ("  ar: 0 of 24 drafted; 24 left empty: no engine of the chain translates into ar (the translation "
            "memory only reuses approved translations, and had none of these); an OpenAI-compatible server "
            "(openai), LibreTranslate (libre), ") in result.output


def test_memory_reuses_translations_of_the_same_english(make_project):
    config = make_project(["es"], extra=FAST)
    stages.run(config)
    translate_all(config, "es", fake_translation("es"))
    approve_all(config, "es")
    source = config.source_path(SLUG).read_text(encoding="utf-8")
    copy = (source.replace("slug: magnesium-infusions", "slug: magnesium-copy")
            .replace("read watch TV", "read, watch TV")  # near-identical
            .replace("take about 90 minutes", "take about 60 minutes"))  # another number: never reused
    (config.source_dir / "magnesium-copy.md").write_text(copy, encoding="utf-8")
    stages.run(config)

    report = draft(config, DraftOptions(engines=("memory",), slugs=("magnesium-copy",)))
    drafted = entries(config, "es", "magnesium-copy")
    same = drafted["Will the injection hurt?"]
    assert same.fuzzy and same.string == "[es] Will the injection hurt?" and draft_engine(same) == "memory"
    near = next(m for m in drafted.values() if "read, watch TV" in m.id)
    assert near.string == "[es] " + near.id.replace("read, watch TV", "read watch TV")
    assert any(c.startswith("leaflets-draft-note: near match (99%) of: During the infusion")
               for c in near.user_comments), near.user_comments
    changed = next(m for m in drafted.values() if "60 minutes" in m.id)
    assert changed.string == "" and not changed.fuzzy
    assert report.drafted == 23 and report.pending == 1


def test_memory_never_reuses_a_near_match_whose_numbers_come_in_another_order():
    """"Take 8 tablets ..., no more than 4" drafted with the Spanish of "Take 4 tablets ..., no more than 8":
    the same numbers, sorted, so it was reused, and every check passed (the Spanish says 4 and 8 too)."""
    engine = MemoryEngine(SimpleNamespace(config=None, memory_threshold=0.9))
    approved = "Take 4 tablets every 6 hours, no more than 8 tablets a day."
    spanish = "Tome 4 comprimidos cada 6 horas, no más de 8 comprimidos al día."
    engine._indexes["es"] = {approved: Match(approved, spanish, None, "2026-01-05T09:30:00+00:00")}  # type: ignore[arg-type]
    swapped = "Take 8 tablets every 6 hours, no more than 4 tablets a day."
    reworded = "Take 4 tablets every 6 hours, and no more than 8 tablets a day."
    assert engine.translate([swapped, reworded], "en", "es") == [None, spanish]


def test_pseudo_locales_are_drafted_offline_and_never_published(make_project):
    config = make_project(["es", "en_XA", "ar_XB"], extra=FAST)
    stages.run(config)
    result = invoke(config, "draft", "--lang", "en_XA", "--lang", "ar_XB")
    assert result.exit_code == 0, result.output
    xa = entries(config, "en_XA")
    title = xa["Magnesium Infusions"]
    assert title.fuzzy and draft_engine(title) == "pseudo"
    assert title.string.startswith("[Ṁåĝñéšîûɱ Îñƒûšîöñš ") and title.string.endswith("]")
    assert len(title.string) >= 1.4 * len(title.id)
    ecg = next(m for m in xa.values() if "110mmol/L" in m.id)
    assert "110mmol/L" in ecg.string  # tokens are left alone
    assert not any(c.startswith("leaflets-check:") for m in xa.values() for c in m.user_comments)
    xb = entries(config, "ar_XB")["Magnesium Infusions"].string
    assert "\u202e" in xb and "\u200f" in xb
    for lang in ("en_XA", "ar_XB"):
        msgfmt_check(config.po_path(lang, SLUG))

    catalog = read_catalog(config.po_path("en_XA", SLUG))
    for message in messages(catalog):
        message.flags.discard("fuzzy")
    with pytest.raises(ReviewError, match="pseudo-locale"):
        approve(catalog, load_ledger(config, "en_XA", SLUG), config, "jchen")
    report = stages.build_all(config)
    assert not any(p.published for p in report.publications if p.lang in ("en_XA", "ar_XB"))


def test_engines_are_offered_only_their_languages(make_project):
    config = make_project(["es", "en_XA"], extra=FAST)
    stages.run(config)
    report = draft(config, DraftOptions(engines=("pseudo",)))
    assert report.coverage["es"].line().startswith(
        "es: 0 of 24 drafted; 24 left empty: no engine of the chain translates into es; an OpenAI-compatible "
        "server (openai), Apertium (apertium-eng-spa), an Apertium APy server (apertium-apy), ")
    assert report.coverage["en_XA"].line() == "en_XA: 24 of 24 drafted (pseudo 24)"
    report = draft(config, DraftOptions(engines=("apertium",), langs=("en_XA",)))
    assert report.coverage["en_XA"].line() == "en_XA: nothing to draft"


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ('retries = "three"', "pyproject.toml:9: [tool.leaflets.draft] retries must be a whole number between 0 and 20"),
        ('engines = ["memory", "bing"]', "pyproject.toml:9: [tool.leaflets.draft] engines: unknown engine 'bing'"),
        ("colour = 1", "pyproject.toml:9: [tool.leaflets.draft] has an unknown setting 'colour'"),
        ("allow_online = 1", "pyproject.toml:9: [tool.leaflets.draft] allow_online must be true or false"),
    ],
)
def test_bad_settings_are_one_line_errors_naming_file_and_line(make_project, setting, message):
    config = make_project(["es"])
    pyproject = config.root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8").replace(
        "[tool.leaflets]", f"[tool.leaflets.draft]\nin_run = true\n{setting}\n\n[tool.leaflets]", 1), encoding="utf-8")
    for command in ("run", "draft"):  # every command refuses the settings before writing anything
        result = invoke(config, command)
        assert result.exit_code == 1
        assert message.replace(":9:", ":7:") in result.output and "Traceback" not in result.output
        assert not config.pot_path("magnesium-infusions").exists()


def test_unknown_engine_and_missing_key_on_the_command_line(make_project, monkeypatch):
    config = make_project(["es"], extra=FAST)
    stages.run(config)
    result = invoke(config, "draft", "--engine", "bing")
    assert result.exit_code == 2 and "unknown draft engine 'bing'; known engines: memory, apertium" in result.output
    monkeypatch.delenv("DEEPL_AUTH_KEY", raising=False)
    result = invoke(config, "draft", "--engine", "deepl", "--allow-online")
    assert result.exit_code == 1
    assert "deepl: needs an API key in the environment variable DEEPL_AUTH_KEY" in result.output


def test_a_broken_cache_is_a_clear_error(make_project):
    config = make_project(["es"], extra=FAST)
    stages.run(config)
    cache = config.root / ".leaflets" / "cache.sqlite3"
    cache.parent.mkdir(exist_ok=True)
    cache.write_bytes(b"not a database, just bytes " * 100)
    result = invoke(config, "draft", "--engine", "apertium")
    assert result.exit_code == 1
    assert ".leaflets/cache.sqlite3:1: the draft cache is damaged" in result.output  # named from the project
    assert "delete it" in result.output


def test_only_the_catalogues_asked_for(make_project):
    """What `leaflets run` uses: draft just the (leaflet, language) pairs it updated."""
    config = make_project(["es", "it"], extra=FAST)
    stages.run(config)
    assert draft(config, DraftOptions(pairs=())).drafted == 0
    report = draft(config, DraftOptions(pairs=((SLUG, "it"),)))
    assert (report.drafted, report.pending) == (0, 24)  # memory asked, nothing to reuse; Italian has no Apertium
    assert all(not m.string for m in entries(config, "es").values())
    report = draft(config, DraftOptions(pairs=((SLUG, "es"),)))
    assert report.drafted == 24 and report.changed == [config.po_path("es", SLUG)]


def test_pseudo_locale_drafts_are_not_counted_nor_listed_as_waiting_for_review(make_project):
    config = make_project(["es", "en_XA"], extra='[tool.leaflets.draft]\nin_run = true\nengines = ["memory"]\n')
    notes = stages.run(config).notes
    assert "drafts: en_XA: 24 of 24 drafted (pseudo 24)" in notes
    assert not any("wait for review" in note for note in notes), notes  # nothing a clinician could approve
    redrafted = draft(config, DraftOptions(engines=("pseudo",), overwrite_drafts=True))
    assert (redrafted.drafted, redrafted.for_review) == (24, 0)
    queue = invoke(config, "review", "queue")
    assert queue.exit_code == 0 and " es " in queue.stdout and "en_XA" not in queue.stdout
    asked = invoke(config, "review", "queue", "--lang", "en_XA")
    assert asked.exit_code == 2 and "en_XA is a pseudo-locale for layout tests" in asked.output
    row = next(line for line in invoke(config, "status").stdout.splitlines() if "en_XA" in line)
    assert "pseudo-locale" in row and "never reviewed" in row and "0/24" not in row


@pytest.mark.parametrize("url", ["localhost:18081", "http://[fd00::5/v1", "ftp://mt.example.org/"])
def test_a_url_no_server_can_have_is_a_usage_error(make_project, url):
    """It was taken: every text was sent and refused as a bad answer, with exit 0, or the run ended in a traceback."""
    config = make_project(["es"], extra=FAST)
    result = invoke(config, "draft", "--engine", "libre", "--allow-online", "--url", url)
    assert result.exit_code == 2, result.output
    assert "--url " in result.output and repr(url) in result.output
    assert "Traceback" not in result.output


def test_a_catalogue_saved_in_an_editor_while_drafting_is_counted_as_kept_not_as_untranslatable(make_project,
                                                                                                 monkeypatch):
    """Its entries were reported as "no engine of the chain translates into es" and "0 draft(s) written"."""
    from pipeline.core.errors import SavedMeanwhile
    from pipeline.drafting import draft as draft_module

    config = make_project(["es"], extra=FAST)
    stages.run(config)

    def saved_meanwhile(path, catalog, **_):
        raise SavedMeanwhile("changed on disk while leaflets worked on it (saved in an editor?); it is kept as "
                             "saved: run the command again", path)

    monkeypatch.setattr(draft_module, "write_catalog", saved_meanwhile)
    report = draft(config, DraftOptions(engines=("apertium",)))
    (line,) = report.coverage_lines()
    assert line == ("es: 0 of 24 drafted; 24 left empty: 24 in a catalogue saved in an editor while drafting, "
                    "kept as saved (run again)"), line
    assert any("changed on disk while leaflets worked on it" in error for error in report.errors)
