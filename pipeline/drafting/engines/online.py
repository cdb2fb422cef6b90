"""Online engines through deep-translator: Google (free web endpoint), MyMemory, LibreTranslate, Microsoft.

deep-translator is no longer maintained and has traps this wrapper closes:

- its HTTP calls have no timeout: the module-level ``requests`` it calls is
  replaced by :class:`_Requests`, which adds one, reuses connections per thread
  and remembers the last response, so a failure can be classified by its HTTP
  status rather than by deep-translator's inconsistent exceptions;
- its answers can be None, empty, or a quota banner (MyMemory) in place of a
  translation: all three become :class:`EngineError`;
- it strips the text (Google, MyMemory): the draft stage sends stripped text and
  puts the English's own whitespace back;
- its language tables are stale (LibreTranslate) or fetched from the internet at
  construction (Microsoft): codes come from our one table, and Microsoft's
  language list is asked of the configured endpoint;
- its translator objects keep per-call state in ``_url_params``: one object per
  thread and language pair;
- its batch call loses everything on one failure: it is never used.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

import requests
from deep_translator import google as dt_google
from deep_translator import libre as dt_libre
from deep_translator import microsoft as dt_microsoft
from deep_translator import mymemory as dt_mymemory

from pipeline.drafting.engines import EngineContext, EngineError, Failure, engine_code
from pipeline.drafting.engines.http import Sessions, from_status, never_connected


class _Requests:
    """Stands in for the ``requests`` module inside deep-translator's engine modules."""

    exceptions = requests.exceptions

    def __init__(self) -> None:
        self._local = threading.local()  # this thread's timeout and last response
        self._sessions = Sessions()

    def prepare(self, timeout: float) -> None:
        """Set the timeout for this thread's next calls and forget the last response."""
        self._local.timeout = timeout
        self._local.response = None
        self._local.error = None

    @property
    def last_response(self) -> requests.Response | None:
        return getattr(self._local, "response", None)

    @property
    def last_error(self) -> Exception | None:
        return getattr(self._local, "error", None)

    def request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        timeout = kwargs.pop("timeout", getattr(self._local, "timeout", 30.0))
        if method == "POST" and "params" in kwargs and "data" not in kwargs and "json" not in kwargs:
            # deep-translator's LibreTranslate puts its fields (the API key, the leaflet's text) in the
            # address, which proxies and access logs keep: sent as the form LibreTranslate also reads.
            kwargs["data"] = kwargs.pop("params")
        try:
            response = self._sessions.request(method, url, timeout, **kwargs)
        except requests.RequestException as exc:
            self._local.error = exc
            raise
        self._local.response = response
        return response

    def get(self, url: str, **kwargs: Any) -> requests.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> requests.Response:
        return self.request("POST", url, **kwargs)


_REQUESTS = _Requests()
for _module in (dt_google, dt_mymemory, dt_libre, dt_microsoft):
    _module.requests = _REQUESTS


class _Microsoft(dt_microsoft.MicrosoftTranslator):
    """deep-translator's Microsoft client without its language-list download.

    The original fetches the list from the public endpoint whatever URL is
    configured; our code table decides instead, and the service answers an
    unsupported code with HTTP 400, which becomes a REJECTED failure.
    """

    def _get_supported_languages(self) -> dict[str, str]:
        return {}


@dataclass(frozen=True)
class _Service:
    label: str
    url: str  # the real service's endpoint
    max_chars: int  # longest text one request may carry
    concurrency: int
    key_variable: str | None = None
    key_required: bool = False


SERVICES: dict[str, _Service] = {
    "google": _Service("Google Translate", "https://translate.google.com/m", 4900, 4),
    # MyMemory allows 500 bytes per request, and deep-translator refuses 500 characters.
    "mymemory": _Service("MyMemory", "https://api.mymemory.translated.net/get", 450, 2),
    "libre": _Service("LibreTranslate", "https://libretranslate.com/", 5000, 4, "LIBRE_API_KEY"),
    "microsoft": _Service("Microsoft Translator",
                          "https://api.cognitive.microsofttranslator.com/translate?api-version=3.0", 10000, 4,
                          "MICROSOFT_API_KEY", key_required=True),
}

# Answers that are a service talking about itself, not a translation.
_BANNERS = re.compile(
    r"MYMEMORY WARNING|YOU USED ALL AVAILABLE FREE TRANSLATIONS|QUERY LENGTH LIMIT EXCEEDED|"
    r"INVALID (?:SOURCE|TARGET) LANGUAGE|IS AN INVALID TARGET LANGUAGE|PLEASE SELECT TWO DISTINCT LANGUAGES",
)
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+")


class DeepTranslatorEngine:
    """One deep-translator engine, made safe for the draft stage (see the module docstring)."""

    online = True
    protects = True
    cacheable = True
    batch_size = 1  # deep-translator's services take one text per request

    def __init__(self, name: str, context: EngineContext):
        self.name = name
        self.service = SERVICES[name]
        self.url = context.url or context.setting("url", self.service.url)
        if name == "libre" and not self.url.endswith("/"):
            self.url += "/"  # deep-translator appends "translate" to it
        self.timeout = float(context.setting("timeout", context.timeout))
        self.concurrency = context.concurrency_or(self.service.concurrency)
        self.region = context.setting("region", None)
        self.email = context.setting("email", None)
        self.key = (
            context.secret(name, self.service.key_variable, required=self.service.key_required)
            if self.service.key_variable
            else None
        )
        self._local = threading.local()

    # -- protocol ---------------------------------------------------------
    def supports(self, lang: str) -> bool:
        return engine_code(self.name, lang) is not None

    def destination(self) -> str:
        return f"{self.url} ({self.service.label})"

    def settings_key(self) -> str:
        return f"url={self.url}"

    def translate(self, texts: list[str], source: str, target: str) -> list[str | None]:
        return [self._translate_one(text, source, target) for text in texts]

    # -- one text ---------------------------------------------------------
    def _translate_one(self, text: str, source: str, target: str) -> str:
        chunks = _chunks(self.name, text.strip(), self.service.max_chars)
        answers: list[str] = []
        for chunk in chunks:
            try:
                answers.append(self._request(chunk, source, target))
            except EngineError as exc:
                exc.sent = exc.sent or bool(answers)  # the chunks before it were sent
                raise
        return " ".join(answers)

    def _request(self, text: str, source: str, target: str) -> str:
        translator = self._translator(source, target)
        _REQUESTS.prepare(self.timeout)
        try:
            answer = translator.translate(text)
        except Exception as exc:  # deep-translator raises anything from KeyError to its own types
            raise self._classify(exc) from exc
        if not isinstance(answer, str) or not answer.strip():
            raise EngineError(self.name, Failure.BAD_ANSWER, f"empty answer ({answer!r}) instead of a translation")
        if _BANNERS.search(answer):
            failure = Failure.QUOTA if "FREE TRANSLATIONS" in answer else Failure.REJECTED
            raise EngineError(self.name, failure, f"the service answered with a notice: {answer[:120]}")
        return answer.strip()

    def _translator(self, source: str, target: str) -> Any:
        cache = self._local.__dict__.setdefault("translators", {})
        pair = (source, target)
        if pair not in cache:
            cache[pair] = self._new_translator(source, target)
        return cache[pair]

    def _new_translator(self, source: str, target: str) -> Any:
        source_code, target_code = engine_code(self.name, source), engine_code(self.name, target)
        if source_code is None or target_code is None:
            raise EngineError(self.name, Failure.REJECTED, f"does not translate {source} to {target}", sent=False)
        # "auto" passes deep-translator's stale language tables; our codes are set after.
        translator: Any
        if self.name == "google":
            translator = dt_google.GoogleTranslator(source="auto", target="auto")
        elif self.name == "mymemory":
            translator = dt_mymemory.MyMemoryTranslator(source="auto", target="auto", email=self.email)
        elif self.name == "libre":
            # deep-translator insists on a key even for servers that need none: then send none.
            translator = dt_libre.LibreTranslator(source="auto", target="auto", api_key=self.key or "-",
                                                  custom_url=self.url)
            translator.api_key = self.key
        else:
            translator = _Microsoft(source="auto", target="auto", api_key=self.key, region=self.region)
        translator._base_url = self.url
        translator.source, translator.target = source_code, target_code
        return translator

    def _classify(self, exc: Exception) -> EngineError:
        error = _REQUESTS.last_error
        sent = not never_connected(error or exc)
        if isinstance(error, requests.Timeout) or isinstance(exc, requests.Timeout):
            return EngineError(self.name, Failure.TIMEOUT, f"no answer from {self.url} within {self.timeout:g} s",
                               sent=sent)
        if isinstance(error, requests.ConnectionError) or isinstance(exc, requests.ConnectionError):
            return EngineError(self.name, Failure.NETWORK, f"cannot connect to {self.url}", sent=sent)
        if isinstance(exc, EngineError):
            return exc
        response = _REQUESTS.last_response
        if response is not None and not 200 <= response.status_code < 300:
            return from_status(self.name, response)
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return EngineError(self.name, Failure.BAD_ANSWER, f"no usable translation in the answer ({detail})")


def _chunks(name: str, text: str, limit: int) -> list[str]:
    """``text`` cut at sentence ends into pieces of at most ``limit`` characters (tokens never split)."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        if pieces and len(pieces[-1]) + 1 + len(sentence) <= limit:
            pieces[-1] += " " + sentence
        else:
            pieces.append(sentence)
    too_long = [p for p in pieces if len(p) > limit]
    if too_long:
        raise EngineError(name, Failure.REJECTED,
                          f"a sentence of {len(too_long[0])} characters is longer than the service takes ({limit})",
                          sent=False)
    return pieces


def make_online_engine(name: str, context: EngineContext) -> DeepTranslatorEngine:
    return DeepTranslatorEngine(name, context)
