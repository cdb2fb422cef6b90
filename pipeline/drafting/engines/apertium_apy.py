"""The ``apertium-apy`` engine: an Apertium APy server, the HTTP face of Apertium, often self-hosted.

``GET /listPairs`` says which pairs the server has (``{"responseData":
[{"sourceLanguage": "eng", "targetLanguage": "spa"}], "responseStatus": 200}``);
``POST /translate`` with ``langpair=eng|spa`` and ``q`` answers
``{"responseData": {"translatedText": ...}, "responseStatus": 200}``. Like the
local binary it marks no unknown words (``markUnknown=no``): drafts are read by
people. The pairs are asked for once, when the chain is built; a server that
does not answer then is skipped with a note.
"""

from __future__ import annotations

import re
from functools import cached_property

from pipeline.drafting.engines import EngineContext, EngineError, Failure, engine_code
from pipeline.drafting.engines.http import Sessions, call, json_body

DEFAULT_URL = "http://127.0.0.1:2737"  # APy's own default port
_SPACES = re.compile(r" {2,}")


class ApertiumApyEngine:
    name = "apertium-apy"
    online = True
    protects = True
    cacheable = True
    batch_size = 1  # /translate takes one q

    def __init__(self, context: EngineContext):
        self.url = str(context.url or context.setting("url", DEFAULT_URL)).rstrip("/")
        self.timeout = float(context.setting("timeout", context.timeout))
        self.concurrency = context.concurrency_or(4)
        self._sessions = Sessions()

    @cached_property
    def pairs(self) -> frozenset[tuple[str, str]]:
        """The server's pairs, as (source, target) codes; an EngineError when it does not answer."""
        body = json_body(self.name, call(self.name, self._sessions, "GET", f"{self.url}/listPairs", self.timeout))
        listed = body.get("responseData") if isinstance(body, dict) else None
        if not isinstance(listed, list):
            raise EngineError(self.name, Failure.UNAVAILABLE, f"{self.url}/listPairs gave no list of pairs")
        return frozenset((str(pair.get("sourceLanguage")), str(pair.get("targetLanguage")))
                         for pair in listed if isinstance(pair, dict))

    def installed(self) -> bool:
        """Asks the server for its pairs (raising EngineError when it does not answer)."""
        return bool(self.pairs)

    def _langpair(self, source: str, target: str) -> str | None:
        source_code, target_code = engine_code("apertium", source), engine_code("apertium", target)
        if source_code is None or target_code is None:
            return None
        for pair in ((source_code, target_code), (source, target)):  # older servers list two-letter codes
            if pair in self.pairs:
                return "|".join(pair)
        return None

    def supports(self, lang: str) -> bool:
        return self._langpair("en", lang) is not None

    def destination(self) -> str:
        return f"{self.url} (Apertium APy)"

    def settings_key(self) -> str:
        return f"url={self.url} markUnknown=no"

    def translate(self, texts: list[str], source: str, target: str) -> list[str | None]:
        langpair = self._langpair(source, target)
        if langpair is None:
            raise EngineError(self.name, Failure.REJECTED, f"{self.url} has no pair for {source} to {target}",
                              sent=False)
        return [self._translate_one(text, langpair) for text in texts]

    def _translate_one(self, text: str, langpair: str) -> str:
        form = {"langpair": langpair, "q": text.strip(), "markUnknown": "no"}
        response = call(self.name, self._sessions, "POST", f"{self.url}/translate", self.timeout, data=form)
        body = json_body(self.name, response)
        status = body.get("responseStatus") if isinstance(body, dict) else None
        if status != 200:
            detail = body.get("responseDetails") if isinstance(body, dict) else None
            failure = Failure.SERVER if isinstance(status, int) and status >= 500 else Failure.REJECTED
            raise EngineError(self.name, failure, f"{self.url}/translate answered status {status}: {detail}")
        try:
            translated = body["responseData"]["translatedText"]
        except (KeyError, TypeError):
            raise EngineError(self.name, Failure.BAD_ANSWER,
                              f"no responseData.translatedText in the answer: {str(body)[:120]}") from None
        if not isinstance(translated, str) or not translated.strip():
            raise EngineError(self.name, Failure.BAD_ANSWER, f"empty answer ({translated!r}) instead of a translation")
        return _SPACES.sub(" ", translated).strip()  # a dropped pronoun leaves a double space, as offline
