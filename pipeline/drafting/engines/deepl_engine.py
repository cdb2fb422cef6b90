"""DeepL through its official client (deep-translator's DeepL class no longer matches DeepL's API).

The key comes from ``DEEPL_AUTH_KEY`` (the client's own convention); keys ending
in ``:fx`` go to the free API, as the client decides. Up to 50 texts travel in
one request, as DeepL allows.

DeepL's own protection is used on top of ours: each placeholder travels as
``<x>{1}</x>`` with ``tag_handling=xml`` and ``ignore_tags=x``, so DeepL neither
translates nor mangles it; and the glossary's fixed translations for the target
language go into a DeepL glossary (``/v2/glossaries``), named after a hash of its
entries, so that it is made once and reused by every later run until the glossary
changes. Each request also says which leaflet its texts come from (``context``).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
import threading
from collections.abc import Iterator, Sequence
from xml.sax.saxutils import escape, unescape

import deepl
from deepl import http_client

from pipeline.checks.glossary import Glossary, load_glossary
from pipeline.drafting.engines import EngineContext, EngineError, Failure, TextContext, engine_code
from pipeline.drafting.engines.http import never_connected

log = logging.getLogger(__name__)

_TOKEN = re.compile(r"\{\d+\}")
_IGNORED = re.compile(r"<x>(.*?)</x>", re.DOTALL)
IGNORE_TAG = "x"


def to_xml(text: str) -> str:
    """``text`` as DeepL's XML: special characters escaped, each placeholder inside an ignored tag."""
    return _TOKEN.sub(lambda m: f"<{IGNORE_TAG}>{m[0]}</{IGNORE_TAG}>", escape(text))


def from_xml(answer: str) -> str:
    return unescape(_IGNORED.sub(r"\1", answer))


def glossary_entries(glossary: Glossary, lang: str) -> dict[str, str]:
    """The fixed translations into ``lang``: every English name of a term -> its preferred form."""
    entries: dict[str, str] = {}
    for term in glossary.terms:
        fixed = term.translations.get(lang)
        if term.keep or not fixed:
            continue  # kept terms are placeholders already
        for english in (term.english, *term.synonyms):
            entries[english] = fixed
    return entries


def glossary_name(source: str, target: str, entries: dict[str, str]) -> str:
    """A name that changes whenever the entries do, so that a glossary is found again by its name."""
    content = "\n".join(f"{english}\t{fixed}" for english, fixed in sorted(entries.items()))
    return f"leaflets {source}-{target} {hashlib.sha256(content.encode('utf-8')).hexdigest()[:16]}"

# The draft stage retries with its own backoff and limits; the client's own
# retry loop (up to five, with long sleeps) would hide rate limits from it.
http_client.max_network_retries = 0


class DeepLEngine:
    name = "deepl"
    online = True
    protects = True
    cacheable = True
    batch_size = 50  # DeepL's limit of texts per request

    def __init__(self, context: EngineContext):
        self.key = context.secret(self.name, "DEEPL_AUTH_KEY", required=True)
        self.url = context.url or context.setting("url", None)
        self.formality = context.setting("formality", "default")
        self.timeout = float(context.setting("timeout", context.timeout))
        self.concurrency = context.concurrency_or(2)
        self._local = threading.local()
        self.glossary = load_glossary(context.config)
        self._glossaries: dict[str, str | None] = {}  # target language -> DeepL glossary id (None: none)
        self._glossary_lock = threading.Lock()

    def supports(self, lang: str) -> bool:
        return engine_code(self.name, lang) is not None

    def destination(self) -> str:
        return f"{self._server_url()} (DeepL API)"

    def settings_key(self) -> str:
        # The glossary changes the answers: a changed glossary asks again.
        everything = {lang: glossary_entries(self.glossary, lang)
                      for lang in sorted({lang for term in self.glossary.terms for lang in term.translations})}
        digest = hashlib.sha256(repr(everything).encode("utf-8")).hexdigest()[:16]
        return f"url={self._server_url()} formality={self.formality} tags=xml glossary={digest}"

    def _server_url(self) -> str:
        if self.url:
            return self.url
        free = self.key is not None and self.key.endswith(":fx")
        return "https://api-free.deepl.com" if free else "https://api.deepl.com"

    def _client(self) -> deepl.Translator:
        # One client (and HTTP session) per thread.
        client = getattr(self._local, "client", None)
        if client is None:
            assert self.key is not None
            client = self._local.client = deepl.Translator(
                self.key, server_url=self.url, send_platform_info=False
            )
        return client

    def translate_in_context(self, texts: list[str], source: str, target: str,
                             contexts: Sequence[TextContext]) -> list[str | None]:
        """As :meth:`translate`, telling DeepL which leaflet the texts come from (its ``context``, not billed).

        DeepL takes one context per request, so texts go in one request per leaflet title.
        """
        answers: list[str | None] = [None] * len(texts)
        by_title: dict[str, list[int]] = {}
        for index, context in enumerate(contexts):
            by_title.setdefault(context.title, []).append(index)
        for number, (title, indexes) in enumerate(by_title.items()):
            about = f'From the patient information leaflet "{title}".' if title else None
            try:
                translated = self.translate([texts[i] for i in indexes], source, target, about)
            except EngineError as exc:
                exc.sent = exc.sent or number > 0  # the requests before it were sent
                raise
            for index, answer in zip(indexes, translated, strict=True):
                answers[index] = answer
        return answers

    def translate(self, texts: list[str], source: str, target: str, context: str | None = None) -> list[str | None]:
        source_code, target_code = engine_code(self.name, source), engine_code(self.name, target)
        if source_code is None or target_code is None:
            raise EngineError(self.name, Failure.REJECTED, f"does not translate {source} to {target}", sent=False)
        http_client.min_connection_timeout = self.timeout  # the client's per-request timeout
        with _classified(self.name):
            glossary_id = self._glossary_id(source, target, source_code, target_code)
            results: list[deepl.TextResult] = self._client().translate_text(  # type: ignore[assignment]
                [to_xml(text) for text in texts],
                source_lang=source_code,
                target_lang=target_code,
                formality=self.formality if self.formality != "default" else None,
                context=context,
                preserve_formatting=True,
                tag_handling="xml",
                ignore_tags=[IGNORE_TAG],
                glossary=glossary_id,
            )
        if len(results) != len(texts):
            raise EngineError(self.name, Failure.BAD_ANSWER,
                              f"{len(results)} translations for {len(texts)} texts")
        return [from_xml(result.text) for result in results]

    def _glossary_id(self, source: str, target: str, source_code: str, target_code: str) -> str | None:
        """The DeepL glossary for this pair: found by name, else made; None when there is nothing to put in it."""
        with self._glossary_lock:  # one lookup per language, not one per thread
            if target in self._glossaries:
                return self._glossaries[target]
            entries = glossary_entries(self.glossary, target)
            glossary_id = None
            if entries:
                name = glossary_name(source, target, entries)
                client = self._client()
                found = [g for g in client.list_glossaries() if g.name == name]
                try:
                    glossary_id = (found[0] if found else
                                   client.create_glossary(name, source_code, target_code, entries)).glossary_id
                except deepl.DeepLException as exc:
                    if not _pair_without_glossaries(exc):  # a passing fault: drafts made now would lack the glossary
                        raise                              # and be kept under its digest, so none are made
                    # DeepL has glossaries for some pairs only: translate without one.
                    log.warning("deepl: no glossary for %s-%s (%s); translating without one", source, target, exc)
            self._glossaries[target] = glossary_id
            return glossary_id


def _pair_without_glossaries(exc: deepl.DeepLException) -> bool:
    """Did DeepL refuse a glossary for good (400: no glossaries for this pair), not for a while (429, 5xx, the network)?"""
    if isinstance(exc, deepl.AuthorizationException | deepl.QuotaExceededException | deepl.TooManyRequestsException
                  | deepl.ConnectionException):
        return False
    return exc.http_status_code is not None and 400 <= exc.http_status_code < 500


@contextlib.contextmanager
def _classified(name: str) -> Iterator[None]:
    """Turns the client's exceptions into EngineErrors around its calls."""
    try:
        yield
    except deepl.QuotaExceededException as exc:
        raise EngineError(name, Failure.QUOTA, str(exc)) from exc
    except deepl.AuthorizationException as exc:
        raise EngineError(name, Failure.AUTH, str(exc)) from exc
    except deepl.TooManyRequestsException as exc:
        raise EngineError(name, Failure.RATE_LIMIT, str(exc)) from exc
    except deepl.ConnectionException as exc:
        failure = Failure.TIMEOUT if "timed out" in str(exc) else Failure.NETWORK
        raise EngineError(name, failure, str(exc).splitlines()[0], sent=not never_connected(exc.__cause__)) from exc
    except deepl.DeepLException as exc:
        status = exc.http_status_code or 0
        failure = Failure.SERVER if status >= 500 else Failure.REJECTED
        raise EngineError(name, failure, str(exc)[:200]) from exc
    except (ValueError, TypeError, KeyError) as exc:  # a malformed answer
        raise EngineError(name, Failure.BAD_ANSWER, f"malformed answer ({exc})") from exc
