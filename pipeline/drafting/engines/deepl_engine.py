"""DeepL through its official client (deep-translator's DeepL class no longer matches DeepL's API).

The key comes from ``DEEPL_AUTH_KEY`` (the client's own convention); keys ending
in ``:fx`` go to the free API, as the client decides. Up to 50 texts travel in
one request, as DeepL allows.
"""

from __future__ import annotations

import threading

import deepl
from deepl import http_client

from pipeline.drafting.engines import EngineContext, EngineError, Failure, engine_code

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

    def supports(self, lang: str) -> bool:
        return engine_code(self.name, lang) is not None

    def destination(self) -> str:
        return f"{self._server_url()} (DeepL API)"

    def settings_key(self) -> str:
        return f"url={self._server_url()} formality={self.formality}"

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

    def translate(self, texts: list[str], source: str, target: str) -> list[str | None]:
        source_code, target_code = engine_code(self.name, source), engine_code(self.name, target)
        if source_code is None or target_code is None:
            raise EngineError(self.name, Failure.REJECTED, f"does not translate {source} to {target}")
        http_client.min_connection_timeout = self.timeout  # the client's per-request timeout
        try:
            results: list[deepl.TextResult] = self._client().translate_text(  # type: ignore[assignment]
                texts,
                source_lang=source_code,
                target_lang=target_code,
                formality=self.formality if self.formality != "default" else None,
                preserve_formatting=True,
            )
        except deepl.QuotaExceededException as exc:
            raise EngineError(self.name, Failure.QUOTA, str(exc)) from exc
        except deepl.AuthorizationException as exc:
            raise EngineError(self.name, Failure.AUTH, str(exc)) from exc
        except deepl.TooManyRequestsException as exc:
            raise EngineError(self.name, Failure.RATE_LIMIT, str(exc)) from exc
        except deepl.ConnectionException as exc:
            failure = Failure.TIMEOUT if "timed out" in str(exc) else Failure.NETWORK
            raise EngineError(self.name, failure, str(exc).splitlines()[0]) from exc
        except deepl.DeepLException as exc:
            status = exc.http_status_code or 0
            failure = Failure.SERVER if status >= 500 else Failure.REJECTED
            raise EngineError(self.name, failure, str(exc)[:200]) from exc
        except (ValueError, TypeError, KeyError) as exc:  # a malformed answer
            raise EngineError(self.name, Failure.BAD_ANSWER, f"malformed answer ({exc})") from exc
        if len(results) != len(texts):
            raise EngineError(self.name, Failure.BAD_ANSWER,
                              f"{len(results)} translations for {len(texts)} texts")
        return [result.text for result in results]
