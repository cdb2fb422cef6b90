"""Each online engine against a loopback server speaking its real API."""

from __future__ import annotations

import pytest

from pipeline.drafting.engines import (
    EngineContext,
    EngineError,
    Failure,
    create_engine,
    engine_code,
)
from pipeline.drafting.engines.http import Sessions, call
from tests.drafting.conftest import fake_translate


@pytest.fixture
def project(make_project):
    """A configuration is all the online engines need: no catalogues."""
    return make_project(["es", "zh_Hans"])


KEYS = {"MICROSOFT_API_KEY": "ms-secret", "DEEPL_AUTH_KEY": "dl-secret:fx", "LIBRE_API_KEY": "lt-secret"}


def endpoint(fake_mt, name: str) -> str:
    return {
        "google": f"{fake_mt.url}/m",
        "mymemory": f"{fake_mt.url}/get",
        "libre": fake_mt.url,
        "microsoft": f"{fake_mt.url}/translate?api-version=3.0",
        "deepl": fake_mt.url,
    }[name]


def engine(project, fake_mt, name: str, environ=KEYS, **context):
    return create_engine(name, EngineContext(project, url=endpoint(fake_mt, name), environ=environ, **context))


ONLINE = ["google", "mymemory", "libre", "microsoft", "deepl"]


@pytest.mark.parametrize("name", ONLINE)
def test_translates_with_the_engines_own_language_codes(project, fake_mt, name):
    texts = ["Take {1} tablets.", "Will the injection hurt?"]
    for lang in ("zh_Hans", "es"):
        code = engine_code(name, lang)
        assert create_engine(name, EngineContext(project, environ=KEYS)).supports(lang)
        assert engine(project, fake_mt, name).translate(texts, "en", lang) == [
            fake_translate(text, code) for text in texts
        ]
    assert {call.target for call in fake_mt.calls} == {engine_code(name, "zh_Hans"), engine_code(name, "es")}


def test_language_code_table():
    assert engine_code("google", "zh_Hans") == "zh-CN"
    assert engine_code("google", "he") == "iw"
    assert engine_code("google", "pa_Guru") == "pa"
    assert engine_code("mymemory", "es") == "es-ES"
    assert engine_code("deepl", "zh_Hant") == "ZH-HANT"
    assert engine_code("libre", "pa_Guru") is None
    assert engine_code("google", "xx") is None


def test_keys_travel_the_way_each_service_expects(project, fake_mt):
    engine(project, fake_mt, "microsoft").translate(["Hello"], "en", "es")
    engine(project, fake_mt, "deepl").translate(["Hello"], "en", "es")
    engine(project, fake_mt, "libre").translate(["Hello"], "en", "es")
    microsoft, deepl, libre = fake_mt.headers
    assert microsoft["Ocp-Apim-Subscription-Key"] == "ms-secret"
    assert deepl["Authorization"] == "DeepL-Auth-Key dl-secret:fx"
    assert libre["api_key"] == "lt-secret"
    # in the form, not the address, which proxies and access logs keep (deep-translator put it there)
    assert libre["query"] == "" and "lt-secret" not in libre["query"]
    # a self-hosted LibreTranslate without keys gets no key at all
    engine(project, fake_mt, "libre", environ={}).translate(["Hello"], "en", "es")
    assert fake_mt.headers[-1]["api_key"] == ""


def test_keys_come_only_from_the_environment(project, fake_mt):
    with pytest.raises(EngineError) as caught:
        engine(project, fake_mt, "deepl", environ={})
    assert caught.value.failure is Failure.UNAVAILABLE
    assert "DEEPL_AUTH_KEY" in str(caught.value)
    with pytest.raises(EngineError, match="MICROSOFT_API_KEY"):
        engine(project, fake_mt, "microsoft", environ={})


@pytest.mark.parametrize(
    ("name", "kind", "failure"),
    [
        ("google", "rate_limit", Failure.RATE_LIMIT),
        ("google", "server_error", Failure.SERVER),
        ("mymemory", "quota", Failure.QUOTA),  # a banner inside an HTTP 200 answer
        ("mymemory", "rate_limit", Failure.RATE_LIMIT),
        ("libre", "auth", Failure.AUTH),
        ("libre", "rate_limit", Failure.RATE_LIMIT),
        ("libre", "server_error", Failure.SERVER),
        ("libre", "bad_request", Failure.REJECTED),
        ("microsoft", "auth", Failure.AUTH),
        ("microsoft", "quota", Failure.QUOTA),  # 403 with Microsoft's quota code
        ("microsoft", "rate_limit", Failure.RATE_LIMIT),
        ("deepl", "auth", Failure.AUTH),
        ("deepl", "quota", Failure.QUOTA),  # DeepL's 456
        ("deepl", "rate_limit", Failure.RATE_LIMIT),
        ("deepl", "server_error", Failure.SERVER),
    ],
)
def test_every_failure_is_one_error_type_naming_the_engine(project, fake_mt, name, kind, failure):
    fake_mt.script = lambda call: kind
    with pytest.raises(EngineError) as caught:
        engine(project, fake_mt, name).translate(["Hello there"], "en", "es")
    assert caught.value.failure is failure
    assert str(caught.value).startswith(f"{name}: ")
    assert len(fake_mt.calls) == 1  # the client's own retries are off: the draft stage decides


@pytest.mark.parametrize("name", ["google", "mymemory", "libre", "microsoft"])
def test_empty_answers_are_failures(project, fake_mt, name):
    fake_mt.script = lambda call: "empty"
    with pytest.raises(EngineError) as caught:
        engine(project, fake_mt, name).translate(["Hello there"], "en", "es")
    assert caught.value.failure is Failure.BAD_ANSWER


@pytest.mark.parametrize("name", ["google", "libre", "microsoft", "deepl"])
def test_every_request_has_a_timeout(project, fake_mt, name):
    fake_mt.hold_from = 1  # the server answers nothing until released
    with pytest.raises(EngineError) as caught:
        engine(project, fake_mt, name, timeout=0.2).translate(["Hello there"], "en", "es")
    gave_up_first = not fake_mt.answered.is_set()  # the client stopped waiting before any answer
    fake_mt.release.set()
    assert caught.value.failure in (Failure.TIMEOUT, Failure.NETWORK)
    assert gave_up_first and len(fake_mt.calls) == 1


def test_a_server_that_is_not_there(project, fake_mt):
    unreachable = create_engine("libre", EngineContext(project, url="http://127.0.0.1:9/", environ={}))
    with pytest.raises(EngineError) as caught:
        unreachable.translate(["Hello"], "en", "es")
    assert caught.value.failure is Failure.NETWORK
    assert "cannot connect to http://127.0.0.1:9/" in str(caught.value)
    assert caught.value.sent is False  # refused: no text left the machine


@pytest.mark.parametrize("name", ["libre", "deepl"])
def test_a_tls_failure_is_a_network_failure_that_may_have_sent_the_text(project, fake_mt, name):
    """https:// to a plain HTTP server: the TLS error's reason is a string, which the sent-or-not test followed."""
    plain = fake_mt.url.replace("http://", "https://") + "/"
    with pytest.raises(EngineError) as caught:
        create_engine(name, EngineContext(project, url=plain, environ=KEYS)).translate(["Hello"], "en", "es")
    assert caught.value.failure is Failure.NETWORK and caught.value.sent is True
    with pytest.raises(EngineError) as caught:
        call("openai", Sessions(), "POST", plain, 5.0, json={})
    assert caught.value.failure is Failure.NETWORK and caught.value.sent is True


@pytest.mark.parametrize("name", ONLINE)
def test_a_refused_connection_sent_no_text_and_an_unknown_language_pair_none(project, name):
    unreachable = create_engine(name, EngineContext(project, url="http://127.0.0.1:9/", environ=KEYS))
    with pytest.raises(EngineError) as caught:
        unreachable.translate(["Hello"], "en", "es")
    assert caught.value.failure is Failure.NETWORK and caught.value.sent is False
    with pytest.raises(EngineError) as caught:
        unreachable.translate(["Hello"], "en", "xx")
    assert caught.value.failure is Failure.REJECTED and caught.value.sent is False


def test_mymemory_long_texts_go_in_sentences_under_its_limit(project, fake_mt):
    sentence = "The nurse will check your pulse and your blood pressure at regular intervals. "
    text = (sentence * 8).strip()
    assert len(text) > 500
    answer = engine(project, fake_mt, "mymemory").translate([text], "en", "es")[0]
    assert len(fake_mt.calls) >= 2 and all(len(call.text) < 500 for call in fake_mt.calls)
    assert answer.count("esrun") == 8  # every sentence came back
