"""Loopback translation services for the draft tests, and a guard that keeps tests off the internet.

:class:`FakeMT` is one HTTP server on 127.0.0.1 that answers the way five real
services do, so that deep-translator's clients and DeepL's official client
talk to it unchanged:

- Google's free web endpoint ``GET /m?sl=..&tl=..&q=..``: an HTML page with the
  translation in ``<div class="result-container">``; 429 with an HTML page;
- MyMemory ``GET /get?q=..&langpair=en-GB|es-ES``: JSON ``responseData``; when the
  daily quota is used up, HTTP 200 with a warning banner as the "translation";
- LibreTranslate ``POST /translate`` with form/query fields q, source, target,
  format, api_key: ``{"translatedText": ..}``; errors ``{"error": ..}``;
- Microsoft Translator v3 ``POST /translate?api-version=3.0&from=..&to=..`` with
  ``[{"text": ..}]``: ``[{"translations": [{"text": .., "to": ..}]}]``; errors
  ``{"error": {"code": 401000, "message": ..}}``;
- DeepL ``POST /v2/translate`` with JSON ``{"text": [..], "target_lang": ..}``:
  ``{"translations": [{"detected_source_language", "text", "billed_characters"}]}``;
  403 for a bad key, 456 when the quota is used up; its v2 glossaries,
  ``GET /v2/glossaries`` (``{"glossaries": [..]}``) and ``POST /v2/glossaries``
  with JSON ``{name, source_lang, target_lang, entries_format: "tsv", entries}``
  (201 and the glossary's info; 400 for a pair without glossaries);
- an OpenAI-compatible server ``POST /v1/chat/completions`` with JSON ``{model,
  messages, temperature}``: ``{"choices": [{"message": {"role", "content"}}]}``;
  errors ``{"error": {"message", "type"}}``; 429 with Retry-After;
- Apertium APy ``GET /listPairs``: ``{"responseData": [{"sourceLanguage",
  "targetLanguage"}], "responseStatus": 200}``, and ``GET/POST /translate`` with
  ``langpair=eng|spa`` and ``q``: ``{"responseData": {"translatedText"},
  "responseDetails": null, "responseStatus": 200}``; 400 for a pair it lacks.

Every request's method, path and parsed body is in ``requests``, so tests can
check the exact shapes a client sends.

Its "translation" reverses every word and prefixes the target code the client
sent (``es: trohS snoisufni``), keeping ``{n}`` tokens, so tests can see which
code each engine used. ``script`` changes the answer per request.
"""

from __future__ import annotations

import html
import json
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest


@pytest.fixture(autouse=True)
def no_internet(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any connection to something other than this machine fails the test."""
    real_connect = socket.socket.connect

    def connect(self: socket.socket, address: object) -> None:
        host = address[0] if isinstance(address, tuple) else str(address)
        if self.family in (socket.AF_INET, socket.AF_INET6) and host not in ("127.0.0.1", "::1", "localhost"):
            raise AssertionError(f"a test tried to reach {address}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)


def fake_translate(text: str, target: str) -> str:
    return f"{target}: " + re.sub(r"[A-Za-z]+", lambda m: m[0][::-1], text)


@dataclass(frozen=True)
class Call:
    api: str  # google, mymemory, libre, microsoft, deepl
    text: str
    target: str  # as the client sent it
    number: int  # 1 for the server's first request


HOLD_LIMIT = 30.0
Reply = str | tuple[str, str] | None  # None: translate; "echo", "empty", "rate_limit", ...; ("ok", text)


@dataclass
class FakeMT:
    latency: float = 0.0
    script: Callable[[Call], Reply] = lambda call: None
    calls: list[Call] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    max_in_flight: int = 0
    # Held requests wait for ``release`` (at most HOLD_LIMIT s): tests then see what overlaps
    # or what gave up, by the order of events rather than by the clock.
    gather: int = 0  # hold requests until this many are in flight at once, then release all
    hold_from: int = 0  # hold the request numbered this and every later one
    release: threading.Event = field(default_factory=threading.Event)
    hold_timed_out: bool = False  # a held request waited HOLD_LIMIT s: the test must fail
    _in_flight: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    answered: threading.Event = field(default_factory=threading.Event)
    url: str = ""
    requests: list[tuple[str, str, object]] = field(default_factory=list)  # (method, path, parsed body)
    apy_pairs: list[tuple[str, str]] = field(default_factory=lambda: [("eng", "spa"), ("eng", "cat")])
    glossaries: list[dict[str, object]] = field(default_factory=list)  # DeepL glossaries made so far
    glossary_targets: tuple[str, ...] = ("es", "de", "fr", "it", "zh")  # DeepL pairs with glossaries
    glossary_outages: int = 0  # DeepL: this many glossaries asked for are answered 503 first
    drips_abandoned: int = 0  # answers sent a byte at a time that the client gave up on

    def texts(self, api: str | None = None) -> list[str]:
        return [c.text for c in self.calls if api is None or c.api == api]

    def reply(self, api: str, texts: list[str], target: str, headers: dict[str, str]) -> tuple[str, list[str]]:
        """("ok", translations) or (failure kind, [])."""
        with self._lock:
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
            self.headers.append(headers)
            calls = []
            for text in texts:
                calls.append(Call(api, text, target, len(self.calls) + 1))
                self.calls.append(calls[-1])
            if self.gather and self._in_flight >= self.gather:
                self.release.set()
            held = self.gather or (self.hold_from and calls and calls[-1].number >= self.hold_from)
        try:
            # The limit only ends a test whose client never overlaps or never gives up.
            if held and not self.release.wait(timeout=HOLD_LIMIT):
                self.hold_timed_out = True
                self.release.set()  # the requests after it are not held too
            if self.latency:
                time.sleep(self.latency)
            answers = []
            for call in calls:
                reply = self.script(call)
                if reply is None:
                    answers.append(fake_translate(call.text, target))
                elif reply == "echo":
                    answers.append(call.text)
                elif reply == "empty":
                    answers.append("")
                elif isinstance(reply, tuple):
                    answers.append(reply[1])
                else:
                    return reply, []
            return "ok", answers
        finally:
            with self._lock:
                self._in_flight -= 1
            self.answered.set()


_MYMEMORY_BANNER = (
    "MYMEMORY WARNING: YOU USED ALL AVAILABLE FREE TRANSLATIONS FOR TODAY. NEXT AVAILABLE IN  "
    "13 HOURS 31 MINUTES 45 SECONDS VISIT HTTPS://MYMEMORY.TRANSLATED.NET/DOC/USAGELIMITS.PHP TO TRANSLATE MORE"
)
_STATUS = {"rate_limit": 429, "server_error": 500, "auth": 403, "quota": 456, "bad_request": 400,
           "unavailable": 503}
_TARGET_IN_PROMPT = re.compile(r"into .+? \((\w+)\)\.")


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        pass

    def _send(self, status: int, body: str | bytes | object, content_type: str = "application/json") -> None:
        if not isinstance(body, str | bytes):
            body = json.dumps(body)
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        if status == 429:
            self.send_header("Retry-After", "0")
        self.end_headers()
        self.wfile.write(data)

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        mt = self.server.mt
        if parts.path == "/m":  # Google's free mobile page
            kind, answers = mt.reply("google", [query.get("q", "")], query.get("tl", ""), dict(self.headers))
            if kind == "ok":
                page = ('<html><body><div class="header">Google Translate</div>'
                        f'<div class="result-container">{html.escape(answers[0])}</div></body></html>')
                return self._send(200, page, "text/html; charset=utf-8")
            status = _STATUS.get(kind, 500)
            page = "<html><body>Our systems have detected unusual traffic from your computer network.</body></html>"
            return self._send(status, page, "text/html")
        if parts.path == "/get":  # MyMemory
            source, _, target = query.get("langpair", "|").partition("|")
            kind, answers = mt.reply("mymemory", [query.get("q", "")], target, dict(self.headers))
            if kind == "ok":
                return self._send(200, {
                    "responseData": {"translatedText": answers[0], "match": 0.85},
                    "quotaFinished": False, "mtLangSupported": None, "responseDetails": "",
                    "responseStatus": 200, "responderId": None, "exception_code": None,
                    "matches": [{"id": "0", "segment": query.get("q"), "translation": answers[0],
                                 "source": source, "target": target, "quality": 74, "match": 0.85}],
                })
            if kind == "quota":  # MyMemory reports a used-up quota inside a 200 answer
                return self._send(200, {
                    "responseData": {"translatedText": _MYMEMORY_BANNER, "match": 1},
                    "quotaFinished": True, "responseStatus": 429, "responseDetails": _MYMEMORY_BANNER,
                    "matches": [],
                })
            return self._send(_STATUS.get(kind, 500), {"responseStatus": _STATUS.get(kind, 500)})
        if parts.path == "/listPairs":  # Apertium APy
            mt.requests.append(("GET", parts.path, query))
            return self._send(200, {"responseData": [{"sourceLanguage": a, "targetLanguage": b}
                                                     for a, b in mt.apy_pairs],
                                    "responseDetails": None, "responseStatus": 200})
        if parts.path == "/translate" and "langpair" in query:
            return self._apy(query)
        if parts.path == "/v2/glossaries":  # DeepL
            mt.requests.append(("GET", parts.path, None))
            return self._send(200, {"glossaries": mt.glossaries})
        if parts.path == "/languages":  # Microsoft's language list
            return self._send(200, {"translation": {"es": {"name": "Spanish", "nativeName": "Español",
                                                           "dir": "ltr"}}})
        self._send(404, {"error": "not found"})

    def _apy(self, fields: dict[str, str]) -> None:
        mt = self.server.mt
        mt.requests.append((self.command, "/translate", fields))
        source, _, target = fields["langpair"].partition("|")
        if (source, target) not in mt.apy_pairs:
            return self._send(400, {"status": "error", "code": 400, "message": "Bad Request",
                                    "explanation": "That pair is not installed"})
        kind, answers = mt.reply("apertium-apy", [fields.get("q", "")], target, dict(self.headers))
        if kind == "ok":
            return self._send(200, {"responseData": {"translatedText": answers[0]}, "responseDetails": None,
                                    "responseStatus": 200})
        if kind == "malformed":
            return self._send(200, "<html>502 Bad Gateway</html>", "text/html")
        status = _STATUS.get(kind, 500)
        return self._send(status, {"responseData": None, "responseDetails": "Internal error",
                                   "responseStatus": status})

    def _chat(self, request: dict) -> None:
        mt = self.server.mt
        headers = dict(self.headers)
        messages = request["messages"]
        system = next(m["content"] for m in messages if m["role"] == "system")
        target = _TARGET_IN_PROMPT.search(system)[1]
        kind, answers = mt.reply("openai", [messages[-1]["content"]], target, headers)
        if kind == "ok":
            return self._send(200, {
                "id": "chatcmpl-1", "object": "chat.completion", "created": 1764700000, "model": request["model"],
                "choices": [{"index": 0, "message": {"role": "assistant", "content": answers[0]},
                             "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 90, "completion_tokens": 20, "total_tokens": 110},
            })
        if kind == "drip":  # an answer that never ends, a few bytes at a time: each read is quick
            return self._drip()
        if kind == "malformed":  # a proxy's error page where JSON was expected
            return self._send(200, "<html><body>upstream timed out</body></html>", "text/html")
        if kind == "no_choices":
            return self._send(200, {"id": "chatcmpl-1", "object": "chat.completion", "choices": []})
        errors = {"rate_limit": (429, "Rate limit reached", "requests"),
                  "auth": (401, "Incorrect API key provided", "invalid_request_error"),
                  "not_found": (404, f"The model `{request['model']}` does not exist", "invalid_request_error")}
        status, message, kind_name = errors.get(kind, (_STATUS.get(kind, 500), "The server had an error", "server_error"))
        return self._send(status, {"error": {"message": message, "type": kind_name, "param": None, "code": None}})

    def _drip(self) -> None:
        mt = self.server.mt
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "1000000")
        self.end_headers()
        given_up = time.monotonic() + HOLD_LIMIT  # ends a test whose client never gives up
        try:
            while time.monotonic() < given_up:
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.02)
            mt.hold_timed_out = True
        except OSError:  # the client hung up
            mt.drips_abandoned += 1
        self.close_connection = True

    def _glossary(self, request: dict) -> None:
        mt = self.server.mt
        if mt.glossary_outages:
            mt.glossary_outages -= 1
            return self._send(503, {"message": "Service unavailable"})
        if str(request["target_lang"]).lower() not in mt.glossary_targets:
            return self._send(400, {"message": "Unsupported glossary source and target language pair"})
        info = {"glossary_id": f"gloss-{len(mt.glossaries) + 1}", "name": request["name"], "ready": True,
                "source_lang": request["source_lang"], "target_lang": request["target_lang"],
                "creation_time": "2026-12-02T10:00:00.000000Z",
                "entry_count": len(str(request["entries"]).splitlines())}
        mt.glossaries.append(info)
        return self._send(201, info)

    def do_POST(self) -> None:
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        body = self._body()
        mt = self.server.mt
        headers = dict(self.headers)
        if parts.path == "/v1/chat/completions":
            request = json.loads(body)
            mt.requests.append(("POST", parts.path, request))
            return self._chat(request)
        if parts.path == "/v2/glossaries":
            request = json.loads(body)
            mt.requests.append(("POST", parts.path, request))
            return self._glossary(request)
        form = {k: v[0] for k, v in parse_qs(body.decode("utf-8")).items()}
        if parts.path == "/translate" and "langpair" in {**query, **form}:
            return self._apy({**query, **form})
        if parts.path == "/translate" and "api-version" in query:  # Microsoft
            if not headers.get("Ocp-Apim-Subscription-Key"):
                return self._send(401, {"error": {"code": 401000, "message": "The request is not authorized "
                                                  "because credentials are missing or invalid."}})
            texts = [entry["Text" if "Text" in entry else "text"] for entry in json.loads(body)]
            kind, answers = mt.reply("microsoft", texts, query.get("to", ""), headers)
            if kind == "ok":
                return self._send(200, [{"translations": [{"text": a, "to": query.get("to")}]} for a in answers])
            errors = {
                "rate_limit": (429, 429000, "The server rejected the request: the client exceeded its limits."),
                "quota": (403, 403001, "The operation is not allowed: the subscription exceeded its free quota."),
                "auth": (401, 401000, "The request is not authorized because credentials are missing or invalid."),
                "bad_request": (400, 400036, "The target language is not valid."),
            }
            status, code, message = errors.get(kind, (500, 500000, "An unexpected error occurred."))
            return self._send(status, {"error": {"code": code, "message": message}})
        if parts.path == "/translate":  # LibreTranslate: fields in the query string or a form body
            fields = {**query, **{k: v[0] for k, v in parse_qs(body.decode("utf-8")).items()}}
            headers["api_key"], headers["query"] = fields.get("api_key", ""), parts.query
            kind, answers = mt.reply("libre", [fields.get("q", "")], fields.get("target", ""), headers)
            if kind == "ok":
                return self._send(200, {"translatedText": answers[0]})
            messages = {"rate_limit": "Too many request limits violation", "auth": "Invalid API key",
                        "bad_request": "es is not supported", "quota": "Invalid API key"}
            status = 403 if kind == "quota" else _STATUS.get(kind, 500)
            return self._send(status, {"error": messages.get(kind, "Cannot translate text: internal error")})
        if parts.path == "/v2/translate":  # DeepL
            if not headers.get("Authorization", "").startswith("DeepL-Auth-Key "):
                return self._send(403, {"message": "Authorization failure"})
            request = json.loads(body)
            mt.requests.append(("POST", parts.path, request))
            kind, answers = mt.reply("deepl", list(request["text"]), request["target_lang"], headers)
            if kind == "ok":
                return self._send(200, {"translations": [
                    {"detected_source_language": "EN", "text": a, "billed_characters": len(t)}
                    for a, t in zip(answers, request["text"], strict=True)
                ]})
            messages = {"quota": "Quota Exceeded", "auth": "Authorization failure",
                        "rate_limit": "Too many requests"}
            return self._send(_STATUS.get(kind, 500), {"message": messages.get(kind, "Internal error")})
        self._send(404, {"error": "not found"})


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that timed out and hung up is part of the tests

    def __init__(self, mt: FakeMT):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.mt = mt


@pytest.fixture
def fake_mt() -> Iterator[FakeMT]:
    mt = FakeMT()
    server = _Server(mt)
    mt.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield mt
    finally:
        server.shutdown()
        server.server_close()


# Fast retries for tests: the policy is the same, the waits are short.
FAST = """
[tool.leaflets.draft]
engines = ["memory", "apertium"]
backoff = 0.01
max_backoff = 0.05
timeout = 5
"""
