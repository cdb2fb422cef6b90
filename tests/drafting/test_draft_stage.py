"""The draft stage against a loopback LibreTranslate server: deep-translator's client talks to it for real."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from typer.testing import CliRunner

from pipeline.catalogs.markers import draft_engine, draft_failures
from pipeline.catalogs.po import messages, read_catalog
from pipeline.checks.glossary import load_glossary
from pipeline.cli.main import app
from pipeline.core.clock import today
from pipeline.drafting import draft as draft_module
from pipeline.drafting.cache import DraftCache, text_sha256
from pipeline.drafting.draft import DraftOptions, draft
from pipeline.drafting.protect import protect
from pipeline.run import stages
from tests.conftest import REPO, SLUG, fake_translation, translate_all
from tests.drafting.conftest import FAST, fake_translate

runner = CliRunner()


GLOSSARY = """
[[term]]
english = "ECG"
keep = true

[[term]]
english = "NMDA"
keep = true
"""


def libre_project(make_project, languages=("es",), extra=""):
    config = make_project(list(languages), extra=FAST + extra)
    (config.root / "glossary.toml").write_text(GLOSSARY, encoding="utf-8")
    stages.run(config)
    return config


def libre(fake_mt, **options) -> DraftOptions:
    return DraftOptions(engines=("libre",), url=fake_mt.url, allow_online=True, **options)


def catalog(config, lang="es", slug=SLUG):
    return {m.id: m for m in messages(read_catalog(config.po_path(lang, slug)))}


def msgfmt_check(path: Path) -> None:
    done = subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(path)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_drafts_are_fuzzy_marked_and_protected(make_project, fake_mt):
    config = libre_project(make_project)
    report = draft(config, libre(fake_mt))

    entries = catalog(config)
    assert report.drafted == len(entries) == 24 and report.ok and report.pending == 0
    english = "Short infusions can be performed as an outpatient and take about 90 minutes. Magnesium is " \
              "often co-administered daily during 8 hour and multiday ketamine infusions for neuropathic pain."
    entry = entries[english]
    assert entry.fuzzy and entry.string == protect(english, "es").restore(
        fake_translate(protect(english, "es").text, "es"))
    assert "90 setunim" in entry.string and "8 ruoh" in entry.string  # numbers back, unit words translated
    # the engine, the day and a tag of the words it wrote (a draft someone edits is theirs)
    words = hashlib.sha256(entry.string.encode()).hexdigest()[:8]
    assert entry.user_comments[0] == f"leaflets-draft: engine=libre date={today().isoformat()} words={words}"
    assert all(draft_engine(m) == "libre" and m.fuzzy for m in entries.values())
    msgfmt_check(config.po_path("es", SLUG))

    # the service saw tokens, never the numbers, units or kept terms themselves
    sent = fake_mt.texts()
    assert len(sent) == 24 and not any("110mmol/L" in t or "90" in t for t in sent)
    assert any("excess {1} and severe liver disease. Your doctor will do an {2} and" in t for t in sent)
    usage = report.usage[("libre", "es")]
    assert (usage.segments, usage.requests, usage.cache_hits) == (24, 24, 0)
    assert usage.characters == report.characters_sent == sum(len(t) for t in sent)


def test_a_rerun_sends_nothing_and_writes_nothing(make_project, fake_mt):
    config = libre_project(make_project)
    draft(config, libre(fake_mt))
    before = config.po_path("es", SLUG).read_bytes()
    fake_mt.calls.clear()
    again = draft(config, libre(fake_mt))
    assert fake_mt.calls == [] and again.characters_sent == 0 and again.changed == []
    assert config.po_path("es", SLUG).read_bytes() == before
    # with the entries emptied again, the cache answers: still nothing sent
    shutil.copy(config.pot_path(SLUG), config.po_path("es", SLUG))
    stages.update_all(config)
    cached = draft(config, libre(fake_mt))
    assert fake_mt.calls == [] and cached.drafted == 24
    assert cached.usage[("libre", "es")].cache_hits == 24


def test_identical_english_is_sent_once_per_language_pair(make_project, fake_mt):
    config = libre_project(make_project, ["es", "tr"])
    copy = config.source_dir / "magnesium-copy.md"
    copy.write_text(config.source_path(SLUG).read_text(encoding="utf-8")
                    .replace("slug: magnesium-infusions", "slug: magnesium-copy"), encoding="utf-8")
    stages.run(config)
    report = draft(config, libre(fake_mt))
    assert report.drafted == 4 * 24  # two leaflets, two languages
    assert Counter(call.target for call in fake_mt.calls) == {"es": 24, "tr": 24}
    assert catalog(config, "tr", "magnesium-copy") .keys() == catalog(config, "tr").keys()


def test_requests_run_concurrently(make_project, fake_mt):
    config = libre_project(make_project, extra="[tool.leaflets.draft.libre]\nconcurrency = 8\n")
    fake_mt.gather = 4  # no request is answered before four are in flight together
    report = draft(config, libre(fake_mt))
    assert report.drafted == 24
    assert fake_mt.max_in_flight >= 4 and not fake_mt.hold_timed_out


def test_rate_limits_are_retried(make_project, fake_mt):
    config = libre_project(make_project)
    seen: Counter[str] = Counter()

    def first_refused(call):
        seen[call.text] += 1
        return "rate_limit" if seen[call.text] == 1 else None

    fake_mt.script = first_refused
    report = draft(config, libre(fake_mt))
    assert report.ok and report.drafted == 24
    assert set(seen.values()) == {2}
    assert report.usage[("libre", "es")].requests == 48


def test_a_server_failing_for_good_gives_a_clear_error_and_keeps_the_rest(make_project, fake_mt):
    config = libre_project(make_project)
    fake_mt.script = lambda call: "server_error" if "infusion" in call.text else None
    result = runner.invoke(app, ["-C", str(config.root), "draft", "--engine", "libre", "--url", fake_mt.url,
                                 "--allow-online", "--lang", "es"])
    assert result.exit_code == 1
    assert re.search(r"libre: HTTP 500 from .*: \d+ text\(s\) in es not drafted; run again later", result.output)
    entries = catalog(config)
    failing = [e for e in entries.values() if "infusion" in protect(e.id, "es").text]
    assert failing and all(not e.string and not e.fuzzy for e in failing)
    drafted = [e for e in entries.values() if e.string]
    assert drafted and all(e.fuzzy for e in drafted)
    # each failing text is tried at most 1 + 3 retries, and fewer once the breaker trips (3 failures in a row)
    assert max(Counter(fake_mt.texts()).values()) <= 4
    assert f"es: {len(drafted)} of 24 drafted (libre {len(drafted)}); {24 - len(drafted)} left empty" in result.output
    # The table's calls: HTTP requests here, a process or a lookup for other engines (never "requests 1" for memory).
    assert re.search(r"^engine +language +drafted +segments +characters +calls +cache hits +refused +retries$",
                     result.output, re.MULTILINE)


def test_lost_or_changed_tokens_are_refused(make_project, fake_mt):
    config = libre_project(make_project)

    def damage(call):
        if "{2}" in call.text:  # the ECG sentence: drop a token
            return ("ok", fake_translate(call.text, "es").replace("{2}", ""))
        if "{1}" in call.text:  # anything else with a number: turn it into another
            return ("ok", fake_translate(call.text, "es").replace("{1}", "{7}"))
        return None

    fake_mt.script = damage
    report = draft(config, libre(fake_mt))
    entries = catalog(config)
    ecg = next(e for e in entries.values() if "110mmol/L" in e.id)
    assert ecg.string == "" and not ecg.fuzzy
    assert draft_failures(ecg) == ["libre: token {2} ('ECG') missing"]
    review = next(e for e in entries.values() if "1-2 weeks" in e.id)
    assert draft_failures(review) == ["libre: token {1} ('1-2') missing; unknown token {7}"]
    assert len(report.refusals) == sum(1 for e in entries.values() if draft_failures(e))
    assert report.drafted == 24 - len(report.refusals)
    msgfmt_check(config.po_path("es", SLUG))

    # refused answers are cached with their reason: a rerun sends nothing and says the same
    fake_mt.calls.clear()
    fake_mt.script = lambda call: None
    again = draft(config, libre(fake_mt))
    assert fake_mt.calls == []
    assert sorted(r.reason for r in again.refusals) == sorted(r.reason for r in report.refusals)
    assert draft_failures(catalog(config)[ecg.id]) == ["libre: token {2} ('ECG') missing"]
    with DraftCache(config.root / ".leaflets" / "cache.sqlite3") as cache:
        stored = cache.answers_for("en", "es", text_sha256(protect(ecg.id, "es", load_glossary(config)).text))
    assert [(a.engine, a.refused_reason) for a in stored] == [("libre", "token {2} ('ECG') missing")]

    # asking again (--refresh) sends only those, and a good answer clears the comment
    draft(config, libre(fake_mt, use_cache=False, overwrite_drafts=False))
    assert len(fake_mt.calls) == len(report.refusals)
    ecg = catalog(config)[ecg.id]
    assert ecg.fuzzy and "110mmol/L" in ecg.string and draft_failures(ecg) == []


def test_an_echo_is_not_a_translation(make_project, fake_mt):
    config = libre_project(make_project)
    fake_mt.script = lambda call: "echo" if call.text.endswith("?") else None
    report = draft(config, libre(fake_mt))
    questions = [e for e in catalog(config).values() if e.id.endswith("?")]
    assert questions and all(e.string == "" for e in questions)
    assert all(draft_failures(e) == ["libre: the answer is the English unchanged"] for e in questions)
    assert report.drafted == 24 - len(questions)


def test_authentication_failures_stop_the_engine_and_the_chain_goes_on(make_project, fake_mt):
    config = libre_project(make_project, extra="[tool.leaflets.draft.libre]\nconcurrency = 1\n")
    fake_mt.script = lambda call: "auth"
    report = draft(config, DraftOptions(engines=("libre", "apertium"), url=fake_mt.url, allow_online=True))
    assert len(fake_mt.calls) == 2  # not 24: dropped after the second refusal
    assert [n for n in report.notes if "libre is skipped for the rest of this run after 2 failures" in n
            and "HTTP 403" in n]
    assert {draft_engine(e) for e in catalog(config).values()} == {"apertium"}
    assert report.ok and report.errors == []  # apertium drafted what libre could not: nothing is missing


def test_online_engines_need_an_explicit_opt_in(make_project, fake_mt):
    config = libre_project(make_project)
    args = ["-C", str(config.root), "draft", "--engine", "libre", "--url", fake_mt.url, "--lang", "es"]
    refused = runner.invoke(app, args)
    assert refused.exit_code == 1 and fake_mt.calls == []
    assert f"libre would send leaflet text to {fake_mt.url}/ (LibreTranslate)" in refused.output
    assert "--allow-online" in refused.output
    allowed = runner.invoke(app, [*args, "--allow-online"])
    assert allowed.exit_code == 0, allowed.output
    assert f"libre: sending English text for es to {fake_mt.url}/ (LibreTranslate)" in allowed.output
    assert re.search(r"^libre +es +24 +24 +\d+ +24 +0 +0 +0$", allowed.output, re.MULTILINE)  # the usage table


def test_a_configured_online_engine_is_skipped_without_opt_in(make_project, fake_mt):
    extra = f'[tool.leaflets.draft.libre]\nurl = "{fake_mt.url}"\n'
    config = libre_project(make_project, extra=extra)
    pyproject = config.root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace('engines = ["memory", "apertium"]',
                                                       'engines = ["memory", "libre"]'))
    result = runner.invoke(app, ["-C", str(config.root), "draft"])
    assert result.exit_code == 0 and fake_mt.calls == []
    assert "skipped: libre would send leaflet text" in result.output
    pyproject.write_text(pyproject.read_text().replace("backoff = 0.01", "backoff = 0.01\nallow_online = true"))
    result = runner.invoke(app, ["-C", str(config.root), "draft"])
    assert result.exit_code == 0 and len(fake_mt.calls) == 24


def test_translations_are_never_overwritten_and_drafts_only_when_asked(make_project, fake_mt):
    from pipeline.catalogs.po import write_catalog

    config = libre_project(make_project)
    translate_all(config, "es", fake_translation("es"))  # a person translated everything
    path = config.po_path("es", SLUG)
    entries = read_catalog(path)
    for message in list(messages(entries))[:5]:  # five back to "not ready" (as when their English changes)
        message.flags.add("fuzzy")
    for message in list(messages(entries))[5:8]:  # and three to translate again
        message.string = ""
    write_catalog(path, entries)
    assert draft(config, libre(fake_mt)).drafted == 3 and len(fake_mt.calls) == 3
    # Asked to redraft: the machine's three drafts again, never the person's fuzzy words
    report = draft(config, libre(fake_mt, overwrite_drafts=True, use_cache=False))
    assert report.drafted == 3 and len(fake_mt.calls) == 6
    after = catalog(config)
    assert sum(1 for e in after.values() if draft_engine(e) == "libre") == 3
    assert sum(1 for e in after.values() if e.string.startswith("[es] ") and e.fuzzy) == 5
    assert sum(1 for e in after.values() if e.string.startswith("[es] ") and not e.fuzzy) == 16


def test_checks_flag_errors_in_drafts(make_project, fake_mt):
    config = libre_project(make_project)
    draft(config, libre(fake_mt))
    entry = next(e for e in catalog(config).values() if "DO NOT undertake" in e.id)
    flagged = [c for c in entry.user_comments if c.startswith("leaflets-check: ")]
    # the fake service reverses words: "TON OD" is no negation, "sruoh" no unit of time
    assert any(c.startswith("leaflets-check: negation: ") for c in flagged), flagged
    assert any(c.startswith("leaflets-check: units: ") and "hours" in c for c in flagged), flagged


def test_a_killed_run_keeps_its_drafts_and_a_rerun_sends_only_the_rest(make_project, fake_mt):
    config = libre_project(make_project, extra="save_interval = 0\n[tool.leaflets.draft.libre]\nconcurrency = 1\n")
    fake_mt.hold_from = 9  # the ninth request is held unanswered: the kill lands mid-run
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "-C", str(config.root), "draft", "--engine", "libre",
         "--url", fake_mt.url, "--allow-online", "--lang", "es"],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    def drafted() -> int:
        return sum(1 for e in catalog(config).values() if draft_engine(e))

    # Wait for the ninth request and for the eight answers before it to be saved (a bound for a
    # run that never gets there, not a measurement): then kill.
    deadline = time.monotonic() + 60
    while (len(fake_mt.calls) < 9 or drafted() < 8) and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    process.kill()
    process.wait()
    fake_mt.hold_from = 0
    fake_mt.release.set()
    assert len(fake_mt.calls) == 9 and not fake_mt.hold_timed_out

    # what arrived before the kill is on disk, in a valid catalogue, and in the cache
    kept = [e for e in catalog(config).values() if draft_engine(e)]
    assert len(kept) == 8
    msgfmt_check(config.po_path("es", SLUG))
    cache_path = config.root / ".leaflets" / "cache.sqlite3"
    with DraftCache(cache_path) as cache:
        cached = len(cache)
    assert cached >= len(kept)
    with sqlite3.connect(cache_path) as db:
        cached_texts = {row[0] for row in db.execute("SELECT text FROM answers")}

    fake_mt.calls.clear()
    report = draft(config, libre(fake_mt))
    assert len(fake_mt.calls) == 24 - cached  # only the rest
    assert report.usage[("libre", "es")].cache_hits == cached - len(kept)
    assert cached_texts.isdisjoint(fake_mt.texts())
    assert all(draft_engine(e) == "libre" for e in catalog(config).values())


def test_a_catalogue_saved_in_an_editor_during_a_draft_is_kept_and_the_others_drafted(make_project, fake_mt,
                                                                                     monkeypatch):
    config = libre_project(make_project, languages=("es", "it"))
    spanish = config.po_path("es", SLUG)
    saved = spanish.read_bytes().replace(b'msgid "Magnesium Infusions"\nmsgstr ""',
                                         b'msgid "Magnesium Infusions"\nmsgstr "Infusiones de magnesio"', 1)
    assert saved != spanish.read_bytes()
    write = draft_module.write_catalog

    def poedit_saves_first(path, catalog, **options):
        if path == spanish and spanish.read_bytes() != saved:
            spanish.write_bytes(saved)  # the translator's save lands while the draft runs
        return write(path, catalog, **options)

    monkeypatch.setattr(draft_module, "write_catalog", poedit_saves_first)
    report = draft(config, libre(fake_mt))
    assert spanish.read_bytes() == saved  # the translator's work, as saved
    assert not report.ok and any("[es]" in error and "changed on disk" in error for error in report.errors)
    assert all(draft_engine(m) == "libre" for m in catalog(config, "it").values())  # the other catalogue drafted
    assert report.drafted == len(catalog(config, "it"))  # what was not written is not counted as drafted


def test_an_answer_many_times_longer_than_the_english_is_refused(make_project, fake_mt):
    config = libre_project(make_project)
    title = "Magnesium Infusions"
    fake_mt.script = lambda call: ("ok", "Infusiones de magnesio" + " bla" * 50_000) if call.text == title else None
    report = draft(config, libre(fake_mt))
    times = len("Infusiones de magnesio" + " bla" * 50_000) // len(title)
    assert [(r.english, r.reason) for r in report.refusals] == [
        (title, f"the answer is {times} times as long as the English")]
    after = catalog(config)
    assert after[title].string == "" and len(config.po_path("es", SLUG).read_bytes()) < 50_000
    assert sum(1 for e in after.values() if draft_engine(e) == "libre") == 23
    # kept to say why, cut to the longest answer accepted (the whole of it grew the cache by 200 KB a text)
    with sqlite3.connect(config.root / config.draft.cache) as db:
        kept, = db.execute("SELECT answer FROM answers WHERE text = ?", (title,)).fetchone()
    assert kept == ("Infusiones de magnesio" + " bla" * 50_000)[:5 * len(title) + 100]

    fake_mt.calls.clear()  # and, refused, not asked for again
    assert draft(config, libre(fake_mt)).refusals[0].english == title and fake_mt.calls == []


def test_a_draft_someone_edited_is_never_drafted_again_even_when_its_english_changes(make_project, fake_mt):
    from pipeline.catalogs.po import write_catalog

    config = libre_project(make_project)
    draft(config, libre(fake_mt))
    path = config.po_path("es", SLUG)
    entries = read_catalog(path)
    drafted = [m for m in messages(entries) if draft_engine(m) == "libre" and m.id.endswith(".") and len(m.id) > 40]
    edited, untouched = drafted[0], drafted[1]
    edited.string += " (corregido)"  # a translator's fix in a PO editor: the draft marker stays
    write_catalog(path, entries)
    source = config.source_path(SLUG)
    text = source.read_text(encoding="utf-8")
    for english in (edited.id, untouched.id):  # both Englishes corrected: both entries fuzzy again
        text = text.replace(english, english.rstrip(".?") + " today.", 1)
    source.write_text(text, encoding="utf-8")
    stages.run(config)
    draft(config, libre(fake_mt, overwrite_drafts=True, use_cache=False))
    after = {m.id: m for m in messages(read_catalog(path))}
    now = {english: after[english.rstrip(".?") + " today."] for english in (edited.id, untouched.id)}
    assert now[edited.id].string.endswith(" (corregido)")  # the person's words, left for them
    assert now[untouched.id].string != untouched.string  # the machine's own words, drafted afresh
    assert draft_engine(now[untouched.id]) == "libre"


def test_an_answer_with_a_control_character_is_refused_and_the_catalogue_still_reads(make_project, fake_mt):
    config = libre_project(make_project)
    title = "Magnesium Infusions"
    fake_mt.script = lambda call: ("ok", "Infusiones\x00 de magnesio") if call.text == title else None
    report = draft(config, libre(fake_mt))
    assert [(r.english, r.reason) for r in report.refusals] == [
        (title, "the answer holds a control character (U+0000)")]
    assert catalog(config)[title].string == ""  # read back: no NUL in the file
