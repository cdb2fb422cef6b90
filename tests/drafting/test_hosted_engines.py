"""Engines a clinic can host, against loopback servers speaking their exact APIs, failures included.

The OpenAI-compatible chat engine (llama.cpp, vLLM, Ollama, LM Studio), an
Apertium APy server, and DeepL's own protection (XML tag handling and its
glossary API). The fake servers are in conftest.py.
"""

from __future__ import annotations

import re
import socket
import threading
from collections import Counter

import pytest
from typer.testing import CliRunner

from pipeline.catalogs.markers import draft_engine, draft_failures
from pipeline.catalogs.po import messages, read_catalog
from pipeline.checks.glossary import load_glossary
from pipeline.cli.main import app
from pipeline.core.config import load_config
from pipeline.core.errors import ConfigError
from pipeline.core.incremental import load_state, record
from pipeline.core.text import without_credentials
from pipeline.drafting.cache import DraftCache, text_sha256
from pipeline.drafting.draft import DraftOptions, Tally, draft
from pipeline.drafting.engines import EngineContext, EngineError, Failure, create_engine
from pipeline.drafting.engines.deepl_engine import from_xml, glossary_name, to_xml
from pipeline.drafting.engines.openai_chat import _answer_alone, chat_url
from pipeline.drafting.protect import ORDERED_KINDS, protect
from pipeline.run import stages
from pipeline.source.document import read_leaflet
from tests.conftest import SLUG
from tests.drafting.conftest import fake_translate

runner = CliRunner()

TEN = ["zh_Hans", "zh_Hant", "ar", "vi", "el", "it", "tr", "fa", "pa_Guru", "es"]
FAST = """
backoff = 0.01
max_backoff = 0.05
timeout = 5
"""
GLOSSARY = """
[[term]]
english = "ECG"
keep = true

[[term]]
english = "magnesium"
drug = true
translations = {{ {fixed} }}
"""


def project(make_project, fake_mt, languages, engines, extra="", settings=""):
    chain = ", ".join(f'"{name}"' for name in engines)
    config = make_project(languages, extra=f"""
[tool.leaflets.draft]
engines = [{chain}]
allow_online = true
{settings}{FAST}
[tool.leaflets.draft.openai]
url = "{fake_mt.url}/v1"
model = "gemma-3-12b-it"

[tool.leaflets.draft.apertium-apy]
url = "{fake_mt.url}"
{extra}""")
    fixed = ", ".join(f'{lang} = "magnesio"' for lang in ("es", "it") if lang in languages)
    (config.root / "glossary.toml").write_text(GLOSSARY.format(fixed=fixed), encoding="utf-8")
    stages.run(config)
    return config


def catalog(config, lang="es", slug=SLUG):
    return {m.id: m for m in messages(read_catalog(config.po_path(lang, slug)))}


def chat_requests(fake_mt):
    return [body for method, path, body in fake_mt.requests if path == "/v1/chat/completions"]


def two_numbers(config, lang="es"):
    """An entry with two different numbers in it, and its protected text."""
    glossary = load_glossary(config)
    for english in catalog(config, lang):
        protected = protect(english, lang, glossary)
        values = [r for r, kind in zip(protected.replacements, protected.kinds, strict=True) if kind in ORDERED_KINDS]
        if len(set(values)) >= 2:
            return english, protected
    raise AssertionError("the leaflet has no entry with two different numbers")


# -- the OpenAI-compatible engine -----------------------------------------------------------


def test_chat_url_follows_the_base_the_way_openai_clients_do():
    assert chat_url("http://127.0.0.1:8080/v1") == "http://127.0.0.1:8080/v1/chat/completions"
    assert chat_url("http://127.0.0.1:8080/v1/") == "http://127.0.0.1:8080/v1/chat/completions"
    assert chat_url("http://127.0.0.1:11434") == "http://127.0.0.1:11434/v1/chat/completions"
    assert chat_url("http://h/v1/chat/completions") == "http://h/v1/chat/completions"


def test_an_openai_compatible_endpoint_drafts_all_ten_languages(make_project, fake_mt):
    config = project(make_project, fake_mt, TEN, ["openai"])
    report = draft(config)
    assert report.ok and report.pending == 0
    assert report.drafted == 24 * 10
    glossary = load_glossary(config)
    for lang in TEN:
        entries = catalog(config, lang)
        assert all(draft_engine(e) == "openai" and e.fuzzy for e in entries.values()), lang
        for english, entry in entries.items():
            # restored: the model's answer with every placeholder put back and checked
            protected = protect(english, lang, glossary)
            assert entry.string == protected.restore(fake_translate(protected.text, lang))
            assert not re.search(r"\{\d+\}", entry.string)
        assert report.coverage[lang].line() == f"{lang}: 24 of 24 drafted (openai 24)"

    requests = chat_requests(fake_mt)
    assert len(requests) == 24 * 10
    assert all(r["model"] == "gemma-3-12b-it" and r["temperature"] == 0 for r in requests)
    english, protected = two_numbers(config, "tr")
    asked = next(r for r in requests if r["messages"][-1]["content"] == protected.text
                 and "(tr)." in r["messages"][0]["content"])
    system = asked["messages"][0]["content"]
    assert "into Turkish (tr)." in system
    assert 'The leaflet is "Magnesium Infusions". This text is: ' in system
    assert catalog(config, "tr")[english].auto_comments[0] in system  # the entry's `#.` location
    assert "{1} = " in system and "{2} = " in system and "same order as in the English" in system
    title = next(r for r in requests if r["messages"][-1]["content"] == "Magnesium Infusions"
                 and "(es)." in r["messages"][0]["content"])
    assert 'Use these translations of terms: "magnesium" -> "magnesio".' in title["messages"][0]["content"]


def test_openai_answers_that_swap_placeholders_are_refused_and_kept_refused(make_project, fake_mt):
    config = project(make_project, fake_mt, ["es"], ["openai"])
    english, protected = two_numbers(config)

    def swap(call):
        if call.text == protected.text:
            swapped = fake_translate(call.text, "es").replace("{1}", "{X}").replace("{2}", "{1}").replace("{X}", "{2}")
            return ("ok", swapped)
        return None

    fake_mt.script = swap
    report = draft(config)
    entry = catalog(config)[english]
    assert entry.string == "" and not entry.fuzzy
    assert len(draft_failures(entry)) == 1 and "numbers came back in another order" in draft_failures(entry)[0]
    assert report.coverage["es"].line() == "es: 23 of 24 drafted (openai 23); 1 left empty: 1 refused (see their comments)"
    assert report.ok  # a refusal leaves the entry to a translator; no engine failed

    fake_mt.calls.clear()
    fake_mt.script = lambda call: None
    again = draft(config)  # the refused answer is in the cache: not asked again
    assert fake_mt.calls == [] and again.pending == 1
    with DraftCache(config.root / ".leaflets" / "cache.sqlite3") as cache:
        stored = cache.answers_for("en", "es", text_sha256(protected.text))
    assert len(stored) == 1 and stored[0].engine == "openai" and stored[0].refused


def test_openai_rate_limits_are_retried_with_retry_after_and_shown(make_project, fake_mt):
    config = project(make_project, fake_mt, ["es"], ["openai"])
    seen: Counter[str] = Counter()

    def first_limited(call):
        seen[call.text] += 1
        return "rate_limit" if seen[call.text] == 1 else None

    fake_mt.script = first_limited
    tallies: list[Tally] = []
    report = draft(config, progress=tallies.append)
    assert report.ok and report.drafted == 24 and set(seen.values()) == {2}
    assert report.usage[("openai", "es")].retries == 24
    assert tallies[-1] == Tally(24, 24, 24, "openai")  # the progress bar saw every retry


def test_openai_failures(make_project, fake_mt):
    config = project(make_project, fake_mt, ["es"], ["openai"], extra="concurrency = 1\n")
    engine = create_engine("openai", EngineContext(config, config.draft.engine_settings["openai"]))
    for kind, failure, words in [("server_error", Failure.SERVER, "HTTP 500"),
                                 ("malformed", Failure.BAD_ANSWER, "is not JSON"),
                                 ("no_choices", Failure.BAD_ANSWER, "no choices[0].message.content"),
                                 ("auth", Failure.AUTH, "Incorrect API key provided"),
                                 ("not_found", Failure.REJECTED, "does not exist"),
                                 ("empty", Failure.BAD_ANSWER, "empty answer")]:
        fake_mt.script = lambda call, kind=kind: kind
        try:
            engine.translate(["Rest for {1} days."], "en", "es")
        except EngineError as exc:
            assert (exc.failure, exc.engine) == (failure, "openai") and words in str(exc), (kind, str(exc))
        else:
            raise AssertionError(f"{kind} was taken for a translation")

    # a malformed answer in a run: the entries are refused (not retried), the run says why
    fake_mt.script = lambda call: "malformed"
    report = draft(config)
    assert report.drafted == 0 and len(fake_mt.calls) == 24 + 6
    assert all("is not JSON" in r.reason for r in report.refusals)


def test_a_reasoning_models_thinking_and_quotes_around_the_answer_are_not_the_draft(make_project, fake_mt):
    """DeepSeek-R1 or Qwen3 on llama.cpp answer "<think>…</think>" first: it was written into the draft."""
    config = project(make_project, fake_mt, ["es"], ["openai"])
    fake_mt.script = lambda call: ("ok", (f"<think>\nThe user wants Spanish. Keep {{1}}.\n</think>\n\n"
                                          f"“{fake_translate(call.text, 'es')}”"))
    report = draft(config)
    assert report.drafted == 24
    drafted = [entry.string for entry in catalog(config).values()]
    assert not any("think" in text or text.startswith("“") for text in drafted), drafted
    assert all(text.startswith("es: ") for text in drafted), drafted


def test_a_quoted_english_keeps_the_quotes_of_its_translation():
    assert _answer_alone("「休息。」", '"Rest."') == "「休息。」"  # the English is quoted: so is the answer
    assert _answer_alone("“Descanse.”", "Rest.") == "Descanse."
    assert _answer_alone("<think>ok</think>Descanse.", "Rest.") == "Descanse."


def test_openai_needs_a_url_and_a_model(make_project, fake_mt):
    config = project(make_project, fake_mt, ["es"], ["memory"])
    try:
        create_engine("openai", EngineContext(config, {"url": fake_mt.url}))
    except EngineError as exc:
        assert exc.failure is Failure.UNAVAILABLE and "[tool.leaflets.draft.openai]" in str(exc)
    else:
        raise AssertionError("an openai engine without a model was made")


def test_the_api_key_goes_as_a_bearer_token_only_when_set(make_project, fake_mt):
    config = project(make_project, fake_mt, ["es"], ["openai"])
    settings = config.draft.engine_settings["openai"]
    create_engine("openai", EngineContext(config, settings, environ={"OPENAI_API_KEY": "sk-local"})).translate(
        ["Rest."], "en", "es")
    create_engine("openai", EngineContext(config, settings, environ={})).translate(["Rest."], "en", "es")
    assert fake_mt.headers[0].get("Authorization") == "Bearer sk-local"
    assert "Authorization" not in fake_mt.headers[1]


def test_an_api_key_pasted_with_its_line_break_is_sent_without_it(make_project, fake_mt):
    """A CI secret keeps the line break it was pasted with: requests refused the header, and its error,
    printed twice, quoted the whole key."""
    config = project(make_project, fake_mt, ["es"], ["openai"])
    settings = config.draft.engine_settings["openai"]
    create_engine("openai", EngineContext(config, settings, environ={"OPENAI_API_KEY": "sk-SECRET123\r\n"})).translate(
        ["Rest."], "en", "es")
    assert fake_mt.headers[0].get("Authorization") == "Bearer sk-SECRET123"


@pytest.mark.parametrize("key", ["sk-SECRET\n123", "sk-SECRET 123", "sk-SECRET\x1b123", "“sk-SECRET123”"])
def test_an_api_key_with_a_break_inside_is_refused_without_showing_it(make_project, fake_mt, key):
    config = project(make_project, fake_mt, ["es"], ["openai"])
    settings = config.draft.engine_settings["openai"]
    with pytest.raises(EngineError) as caught:
        create_engine("openai", EngineContext(config, settings, environ={"OPENAI_API_KEY": key})).translate(
            ["Rest."], "en", "es")
    assert caught.value.failure is Failure.UNAVAILABLE and not caught.value.sent
    assert "OPENAI_API_KEY" in str(caught.value) and "SECRET" not in str(caught.value)
    assert fake_mt.headers == []  # nothing asked


def test_an_answer_that_trickles_in_is_given_up_at_the_timeout(make_project, fake_mt):
    """requests's timeout bounds each wait for bytes: a server sending a few bytes at a time was waited
    on for as long as it went on (a run could hang for ever). The timeout is the whole answer's."""
    config = project(make_project, fake_mt, ["es"], ["openai"])
    pyproject = config.root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace('model = "gemma-3-12b-it"\n',
                                                       'model = "gemma-3-12b-it"\ntimeout = 0.3\n'))
    title = read_leaflet(config.source_path(SLUG)).title
    fake_mt.script = lambda call: "drip" if call.text == title else None

    report = draft(load_config(config.root))

    assert not fake_mt.hold_timed_out and fake_mt.drips_abandoned >= 1  # the client hung up, each time
    assert catalog(config)[title].string == ""
    assert any(error.startswith("openai: no answer from") and "within 0.3 s: 1 text(s) in es not drafted" in error
               for error in report.errors), report.errors
    assert sum(1 for e in catalog(config).values() if draft_engine(e) == "openai") == 23


def test_a_password_in_an_engines_address_is_sent_and_never_written_or_shown(make_project, fake_mt):
    """A self-hosted server behind a proxy's password, set in its url: the notices, the errors kept in the
    catalogues' comments and the draft cache named the url with the password."""
    config = project(make_project, fake_mt, ["es"], ["openai"])
    pyproject = config.root / "pyproject.toml"
    secret_url = fake_mt.url.replace("http://", "http://clinic:s3cret-pw@")
    pyproject.write_text(pyproject.read_text().replace(f'url = "{fake_mt.url}/v1"', f'url = "{secret_url}/v1"'))
    title = read_leaflet(config.source_path(SLUG)).title
    fake_mt.script = lambda call: "server_error" if call.text == title else None

    report = draft(load_config(config.root))

    assert fake_mt.headers[0].get("Authorization", "").startswith("Basic ")  # the password went to the server
    assert report.drafted == 23 and report.errors
    shown = "\n".join([*report.notes, *report.errors])
    assert f"{fake_mt.url}/v1" in shown and "s3cret-pw" not in shown
    written = [path.read_bytes() for path in config.root.rglob("*") if path.is_file() and ".git" not in path.parts
               and path.name != "pyproject.toml"]
    assert written and not any(b"s3cret-pw" in data for data in written)  # catalogues, the cache


@pytest.mark.parametrize(("text", "shown"), [
    ("cannot connect to https://clinic:p@ss@llm.example.org/v1", "cannot connect to https://llm.example.org/v1"),
    ("https://llm.example.org/v1?contact=me@clinic.org", "https://llm.example.org/v1?contact=me@clinic.org"),
    ("mailto:pain@clinic.org, https://example.org/a@b", "mailto:pain@clinic.org, https://example.org/a@b"),
])
def test_an_address_is_shown_without_its_password_and_nothing_else_is_cut(text, shown):
    """requests takes the password up to the last "@" before the path: "p@ss" showed its "ss"."""
    assert without_credentials(text) == shown


@pytest.mark.parametrize("url", ["https://clinic:s3cret-pw@libre.example.org:99999/",
                                 "https://clinic:s3cret#pw@libre.example.org:8080/", "https://clinic:s3cret?pw@libre.example.org/"])
def test_a_settings_error_about_an_engines_address_does_not_quote_its_password(make_project, fake_mt, url):
    """check's GitHub annotations (public on a public repository) quoted the whole url."""
    with pytest.raises(ConfigError) as caught:
        project(make_project, fake_mt, ["es"], ["openai"], extra=f'\n[tool.leaflets.draft.libre]\nurl = "{url}"\n')
    assert "libre.example.org" in str(caught.value) and "s3cret" not in str(caught.value) and "pw" not in str(caught.value)


# -- Apertium APy ---------------------------------------------------------------------------


def test_apertium_apy_drafts_the_pairs_it_lists(make_project, fake_mt):
    config = project(make_project, fake_mt, ["es", "ar"], ["apertium-apy"])
    report = draft(config)
    assert report.ok and report.drafted == 24
    assert all(draft_engine(e) == "apertium-apy" for e in catalog(config, "es").values())
    assert [path for _, path, _ in fake_mt.requests].count("/listPairs") == 1
    translate = [body for method, path, body in fake_mt.requests if path == "/translate"]
    assert all(body["langpair"] == "eng|spa" and body["markUnknown"] == "no" for body in translate)
    assert report.coverage["ar"].line().startswith(
        "ar: 0 of 24 drafted; 24 left empty: no engine of the chain translates into ar; "
        "an OpenAI-compatible server (openai), LibreTranslate (libre)")


def test_apertium_apy_failures(make_project, fake_mt):
    config = project(make_project, fake_mt, ["es"], ["memory"])
    engine = create_engine("apertium-apy", EngineContext(config, {"url": fake_mt.url}))
    assert engine.supports("es") and engine.supports("ca") and not engine.supports("ar")
    for kind, failure, words in [("server_error", Failure.SERVER, "HTTP 500"),
                                 ("malformed", Failure.BAD_ANSWER, "is not JSON"),
                                 ("empty", Failure.BAD_ANSWER, "empty answer")]:
        fake_mt.script = lambda call, kind=kind: kind
        try:
            engine.translate(["Rest."], "en", "es")
        except EngineError as exc:
            assert exc.failure is failure and words in str(exc), (kind, str(exc))
        else:
            raise AssertionError(f"{kind} was taken for a translation")
    fake_mt.apy_pairs.remove(("eng", "cat"))  # the server lost the pair after listing it
    try:
        engine.translate(["Rest."], "en", "ca")
    except EngineError as exc:
        assert exc.failure is Failure.REJECTED and "That pair is not installed" in str(exc)
    else:
        raise AssertionError("a missing pair was taken for a translation")


def test_an_apertium_apy_server_that_does_not_answer_is_skipped_with_a_note(make_project, fake_mt):
    config = project(make_project, fake_mt, ["es"], ["apertium-apy"])
    with socket.socket() as probe:  # a port with nobody listening
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}"
    pyproject = config.root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace(f'url = "{fake_mt.url}"\n', f'url = "{dead}"\n'))
    report = draft(load_config(config.root))
    assert any(n.startswith("skipped apertium-apy: cannot connect to") and "/listPairs" in n for n in report.notes)
    assert report.coverage["es"].untried == 24


# -- DeepL: XML tag handling and the glossary API ------------------------------------------


def test_deepl_placeholders_travel_in_ignored_xml_tags():
    assert to_xml("Take {1} tablets & rest <{2}>") == "Take <x>{1}</x> tablets &amp; rest &lt;<x>{2}</x>&gt;"
    assert from_xml("Tome <x>{1}</x> comprimidos &amp; descanse") == "Tome {1} comprimidos & descanse"


def test_deepl_requests_carry_tag_handling_and_the_projects_glossary(make_project, fake_mt):
    config = project(make_project, fake_mt, ["es", "ar"], ["deepl"],
                     extra=f'\n[tool.leaflets.draft.deepl]\nurl = "{fake_mt.url}"\n')
    keys = {"DEEPL_AUTH_KEY": "test-key:fx"}
    report = draft(config, environ=keys)
    assert report.ok and report.drafted == 48

    made = [body for method, path, body in fake_mt.requests if (method, path) == ("POST", "/v2/glossaries")]
    entries = "magnesium\tmagnesio"
    assert made == [{"name": glossary_name("en", "es", {"magnesium": "magnesio"}), "source_lang": "EN",
                     "target_lang": "ES", "entries_format": "tsv", "entries": entries}]
    sent = [body for method, path, body in fake_mt.requests if path == "/v2/translate"]
    assert all(body["tag_handling"] == "xml" and body["ignore_tags"] == ["x"] for body in sent)
    assert {body.get("glossary_id") for body in sent if body["target_lang"] == "ES"} == {"gloss-1"}
    assert all("glossary_id" not in body for body in sent if body["target_lang"] == "AR")  # no entries for ar
    assert any("<x>{1}</x>" in text for body in sent for text in body["text"])
    assert all(not re.search(r"</?x>", e.string) for e in catalog(config).values())
    title = read_leaflet(config.source_path(SLUG)).title
    assert {body.get("context") for body in sent} == {f'From the patient information leaflet "{title}".'}

    # a later run (another process: a new engine) finds the glossary by its name instead of making another
    fake_mt.requests.clear()
    draft(config, DraftOptions(use_cache=False, overwrite_drafts=True, langs=("es",)), environ=keys)
    assert [(m, p) for m, p, _ in fake_mt.requests if p == "/v2/glossaries"] == [("GET", "/v2/glossaries")]
    assert len(fake_mt.glossaries) == 1


def test_deepl_translates_without_a_glossary_where_deepl_has_none(make_project, fake_mt):
    config = project(make_project, fake_mt, ["it"], ["deepl"],
                     extra=f'\n[tool.leaflets.draft.deepl]\nurl = "{fake_mt.url}"\n')
    fake_mt.glossary_targets = ("es",)
    report = draft(config, environ={"DEEPL_AUTH_KEY": "test-key:fx"})
    assert report.ok and report.drafted == 24
    sent = [body for method, path, body in fake_mt.requests if path == "/v2/translate"]
    assert sent and all("glossary_id" not in body for body in sent)


@pytest.mark.parametrize("outages", [1, 1000])
def test_deepl_drafts_nothing_without_the_glossary_while_deepl_cannot_make_it(make_project, fake_mt, outages):
    """A 503 when the glossary was made had a whole language drafted without it, and kept so in the cache
    under the glossary's digest: a later run found the drafts there, still without the fixed drug names."""
    config = project(make_project, fake_mt, ["es"], ["deepl"],
                     extra=f'\n[tool.leaflets.draft.deepl]\nurl = "{fake_mt.url}"\n')
    fake_mt.glossary_outages = outages
    report = draft(config, environ={"DEEPL_AUTH_KEY": "test-key:fx"})
    sent = [body for method, path, body in fake_mt.requests if path == "/v2/translate"]
    assert all(body.get("glossary_id") == "gloss-1" for body in sent)  # none without it
    if outages == 1:  # tried again, as any passing fault
        assert report.ok and report.drafted == 24 and sent
    else:
        assert not report.ok and report.drafted == 0 and sent == []


# -- runs that meet failures ------------------------------------------------------------------


def test_a_dead_server_trips_the_breaker_instead_of_four_attempts_per_text(make_project, fake_mt):
    config = project(make_project, fake_mt, ["es", "it"], ["libre"],
                     extra=f'\n[tool.leaflets.draft.libre]\nurl = "{fake_mt.url}"\nconcurrency = 4\n')
    fake_mt.script = lambda call: "unavailable"  # 503 for everything
    result = runner.invoke(app, ["-C", str(config.root), "draft"])
    assert result.exit_code == 1
    # 48 texts, each given 1 + 3 retries before: 192 requests. Now 3 failures in a row stop the
    # engine, and at most the other 3 workers' requests already under way still arrive.
    assert 3 <= len(fake_mt.calls) <= 3 + 3
    assert result.output.count("libre is skipped for the rest of this run after 3 failures in a row") == 1
    assert "text(s) in es, it not drafted; run again later" in result.output


def test_a_later_engine_covering_a_failed_one_leaves_the_run_successful(make_project, fake_mt):
    config = project(make_project, fake_mt, ["es"], ["libre", "openai"],
                     extra=f'\n[tool.leaflets.draft.libre]\nurl = "{fake_mt.url}"\n')
    fake_mt.script = lambda call: "server_error" if call.api == "libre" else None
    result = runner.invoke(app, ["-C", str(config.root), "draft"])
    assert result.exit_code == 0, result.output
    assert "libre is skipped for the rest of this run" in result.output
    assert "es: 24 of 24 drafted (openai 24)" in result.output
    assert "not drafted" not in result.output


def test_the_sending_notice_comes_before_the_first_request(make_project, fake_mt):
    config = project(make_project, fake_mt, ["es"], ["openai"])
    said: list[tuple[str, int]] = []
    report = draft(config, notify=lambda line: said.append((line, len(fake_mt.calls))))
    assert report.drafted == 24
    notice = (f"openai: sending English text for es to {fake_mt.url}/v1/chat/completions "
              "(OpenAI-compatible, model gemma-3-12b-it)")
    assert said == [(notice, 0)]
    assert not any("sending English text" in note for note in report.notes)  # said once, at the time

    fake_mt.calls.clear()
    said.clear()
    draft(config, notify=lambda line: said.append((line, len(fake_mt.calls))))
    assert said == [] and fake_mt.calls == []  # everything cached: nothing sent, nothing said


def test_run_drafts_offline_unless_asked_to_go_online(make_project, fake_mt):
    config = project(make_project, fake_mt, ["es", "pa_Guru"], ["memory", "libre"], settings="in_run = true\n",
                     extra=f'\n[tool.leaflets.draft.libre]\nurl = "{fake_mt.url}"\n')
    source = config.source_path(SLUG)
    source.write_text(source.read_text(encoding="utf-8") + "\nA new paragraph about 2 tablets.\n", encoding="utf-8")
    result = runner.invoke(app, ["-C", str(config.root), "run"])
    assert result.exit_code == 0, result.output
    assert fake_mt.calls == []  # allow_online = true is for `leaflets draft`; run stays offline
    assert "skipped libre: `leaflets run` drafts with offline engines only" in result.output
    assert "online_in_run = true" in result.output
    assert re.search(r"drafts: pa_Guru: 0 of 25 drafted; 25 left empty: no engine of the chain translates into "
                     r"pa_Guru \(the translation memory only reuses approved translations, and had none of these\); "
                     r"an OpenAI-compatible server \(openai\), Microsoft Translator \(microsoft\)", result.output)

    pyproject = config.root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace("in_run = true", "in_run = true\nonline_in_run = true"))
    source.write_text(source.read_text(encoding="utf-8") + "\nAnother paragraph.\n", encoding="utf-8")
    result = runner.invoke(app, ["-C", str(config.root), "run"])
    assert result.exit_code == 0, result.output
    assert fake_mt.calls and {call.api for call in fake_mt.calls} == {"libre"}
    assert f"libre: sending English text for es to {fake_mt.url}/ (LibreTranslate)" in result.output
    assert "drafts: es: 26 of 26 drafted (libre 26)" in result.output
    # The drafts are the run's own writes: the run state records the catalogue as they left it.
    config = load_config(config.root)  # as the run read it, online_in_run and all
    state = load_state(config.root / stages.STATE_FILE, stages._fingerprint(config))
    assert state.leaflets[SLUG].langs["es"].po == record(config.po_path("es", SLUG))


def test_a_server_that_refuses_connections_costs_a_few_requests_not_four_per_text(make_project, fake_mt):
    with socket.socket() as probe:  # a port with nobody listening
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}"
    config = project(make_project, fake_mt, ["es"], ["libre"], extra=f'\n[tool.leaflets.draft.libre]\nurl = "{dead}"\n')
    report = draft(config)
    usage = report.usage[("libre", "es")]
    assert usage.requests <= 3 + 3 and usage.drafted == 0
    assert not report.ok and report.errors == [
        f"libre: cannot connect to {dead}/: 24 text(s) in es not drafted; run again later"]
    # no text left the machine: the report says none was sent online
    assert usage.characters == report.characters_sent == 0
    assert "0 character(s) sent online" in report.summary()


def _hang_up_after_reading() -> tuple[str, list[bytes], socket.socket]:
    """A loopback server that reads each request whole, then closes the connection without answering."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    heard: list[bytes] = []

    def serve() -> None:
        while True:
            try:
                connection, _ = server.accept()
            except OSError:  # closed: the test is over
                return
            with connection:
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = connection.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                head, _, body = data.partition(b"\r\n\r\n")
                length = int(re.search(rb"(?i)content-length: *(\d+)", head)[1]) if b"ength" in head else 0
                while len(body) < length:
                    body += connection.recv(65536)
                heard.append(body)

    threading.Thread(target=serve, daemon=True).start()
    return f"http://127.0.0.1:{server.getsockname()[1]}", heard, server


@pytest.mark.parametrize("name", ["libre", "openai"])
def test_characters_a_server_read_before_hanging_up_count_as_sent(make_project, fake_mt, name):
    """The report's characters sent online are what reached a server: a server that read the text and then
    hung up was sent it; one never reached (above) was not."""
    url, heard, server = _hang_up_after_reading()
    with server:
        config = project(make_project, fake_mt, ["es"], [name],
                         extra=f'\n[tool.leaflets.draft.libre]\nurl = "{fake_mt.url}"\n' if name == "libre" else "")
        settings = config.root / "pyproject.toml"
        settings.write_text(settings.read_text(encoding="utf-8").replace(fake_mt.url, url), encoding="utf-8")
        report = draft(load_config(config.root))
    assert heard and not fake_mt.calls  # the texts went to the server that hung up
    usage = report.usage[(name, "es")]
    assert report.drafted == 0 and usage.requests > 0
    assert usage.characters == report.characters_sent > 0


def test_a_changed_glossary_asks_the_prompted_engine_again_for_the_texts_with_its_terms(make_project, fake_mt):
    config = project(make_project, fake_mt, ["es"], ["openai"])
    assert draft(config).drafted == 24
    first = len(chat_requests(fake_mt))
    with_term = [english for english in catalog(config) if "magnesium" in english.lower()]
    assert 0 < len(with_term) < 24
    glossary = config.root / "glossary.toml"
    glossary.write_text(glossary.read_text(encoding="utf-8").replace('"magnesio"', '"sulfato de magnesio"'),
                        encoding="utf-8")
    draft(config, DraftOptions(overwrite_drafts=True, langs=("es",)))
    asked = chat_requests(fake_mt)[first:]
    assert len(asked) == len(with_term)  # the rest come from the cache: their prompt is the same
    assert all('"magnesium" -> "sulfato de magnesio"' in r["messages"][0]["content"] for r in asked)


def test_a_glossary_term_holding_a_number_in_the_cache_key_as_in_the_prompt(make_project, fake_mt):
    config = project(make_project, fake_mt, ["es"], ["openai"])
    glossary = config.root / "glossary.toml"
    glossary.write_text(glossary.read_text(encoding="utf-8")
                        + '\n[[term]]\nenglish = "90 minutes"\ntranslations = { es = "90 minutos" }\n', encoding="utf-8")
    assert draft(config).drafted == 24
    first = len(chat_requests(fake_mt))
    glossary.write_text(glossary.read_text(encoding="utf-8").replace('"90 minutos"', '"hora y media"'), encoding="utf-8")
    draft(config, DraftOptions(overwrite_drafts=True, langs=("es",)))
    asked = chat_requests(fake_mt)[first:]
    assert len(asked) == 1 and '"90 minutes" -> "hora y media"' in asked[0]["messages"][0]["content"]
