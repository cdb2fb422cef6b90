"""The ``openai`` engine: any server speaking OpenAI's chat-completions API, often self-hosted.

llama.cpp's ``llama-server``, vLLM, Ollama and LM Studio all answer
``POST <base>/chat/completions`` (base ``http://host:port/v1``) with
``{"choices": [{"message": {"content": ...}}]}``. Each text is one request at
temperature 0, its system prompt carrying what a translator would be told: the
target language, the leaflet's title and where the text sits in it, the glossary's
fixed translations of the terms it contains, and the placeholders to keep as
they are, in their order. The key, when the server wants one, comes from the
environment variable named by ``api_key_env`` (default ``OPENAI_API_KEY``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from pipeline.core.languages import language
from pipeline.drafting.engines import EngineContext, EngineError, Failure, TextContext
from pipeline.drafting.engines.http import Sessions, call, json_body

# Part of the cache key: a changed prompt, or a changed reading of the answer, asks again
# (2: a reasoning model's <think> block and quotes around the whole are no part of the draft).
PROMPT_VERSION = "2"


def _answer_alone(content: str, text: str) -> str:
    """The translation in a model's answer, without what reasoning models write before it (``<think>…</think>``,
    as DeepSeek-R1 and Qwen3 do on llama.cpp and Ollama) or quotes around the whole the English has not."""
    content = _THINKING.sub("", content).strip()
    if text.strip()[:1] in {opening for opening, _ in _QUOTES}:
        return content  # the English is quoted itself: so may its translation be, in its own quotes
    for opening, closing in _QUOTES:
        if len(content) > 2 and content.startswith(opening) and content.endswith(closing) \
                and opening not in content[1:-1]:
            return content[1:-1].strip()
    return content


_THINKING = re.compile(r"\A\s*<think>.*?</think>", re.DOTALL)
_QUOTES = (('"', '"'), ("“", "”"), ("‘", "’"), ("«", "»"), ("「", "」"), ("'", "'"))


def chat_url(base: str) -> str:
    """The chat-completions endpoint under ``base`` (``http://h:8080/v1`` or ``http://h:8080``)."""
    path = urlsplit(base).path.rstrip("/")
    if path.endswith("/chat/completions"):
        return base
    if path.rsplit("/", 1)[-1].startswith("v") and path.rsplit("/", 1)[-1][1:].isdigit():
        return base.rstrip("/") + "/chat/completions"
    return base.rstrip("/") + "/v1/chat/completions"


def system_prompt(target: str, context: TextContext | None) -> str:
    """What the model is told besides the text: the language, the leaflet, the terms, the placeholders."""
    name = language(target).english_name
    lines = [
        f"You translate a patient-information leaflet from English into {name} ({target}).",
        "Translate the user's text and answer with the translation only: no notes, quotes or explanations.",
        "Keep the meaning exactly: every number, dose, interval, negation and warning as in the English.",
    ]
    if context is not None:
        lines.append(f'The leaflet is "{context.title}". This text is: {context.location}.'
                     if context.location else f'The leaflet is "{context.title}".')
        if context.terms:
            lines.append("Use these translations of terms: "
                         + "; ".join(f'"{english}" -> "{fixed}"' for english, fixed in context.terms) + ".")
        if context.placeholders:
            lines.append("Placeholders such as {1} stand for numbers, markup or names. Copy each one unchanged, "
                         "exactly once, and keep them in the same order as in the English: "
                         + ", ".join(f"{token} = {english!r}" for token, english in context.placeholders) + ".")
    return "\n".join(lines)


class OpenAIChatEngine:
    name = "openai"
    online = True
    protects = True
    cacheable = True
    batch_size = 1  # one chat request per text

    def __init__(self, context: EngineContext):
        base = context.url or context.setting("url")
        model = context.setting("model")
        if not base or not model:
            raise EngineError(self.name, Failure.UNAVAILABLE,
                              "needs `url` (e.g. http://127.0.0.1:8080/v1) and `model` under "
                              "[tool.leaflets.draft.openai]")
        self.url = chat_url(str(base))
        self.model = str(model)
        self.key = context.secret(self.name, "OPENAI_API_KEY", required=False)
        self.timeout = float(context.setting("timeout", max(context.timeout, 120.0)))  # models are slow
        self.concurrency = context.concurrency_or(2)
        self._sessions = Sessions()

    def supports(self, lang: str) -> bool:
        return not language(lang).pseudo  # a model is asked to try any language; its drafts are checked

    def destination(self) -> str:
        return f"{self.url} (OpenAI-compatible, model {self.model})"

    def settings_key(self) -> str:
        return f"url={self.url} model={self.model} temperature=0 prompt={PROMPT_VERSION}"

    def translate(self, texts: list[str], source: str, target: str) -> list[str | None]:
        return self.translate_in_context(texts, source, target, [None] * len(texts))

    def translate_in_context(self, texts: list[str], source: str, target: str,
                             contexts: Sequence[TextContext | None]) -> list[str | None]:
        return [self._ask(text, target, context) for text, context in zip(texts, contexts, strict=True)]

    def _ask(self, text: str, target: str, context: TextContext | None) -> str:
        request = {
            "model": self.model,
            "temperature": 0,
            "messages": [
                {"role": "system", "content": system_prompt(target, context)},
                {"role": "user", "content": text.strip()},
            ],
        }
        headers = {"Authorization": f"Bearer {self.key}"} if self.key else {}
        response = call(self.name, self._sessions, "POST", self.url, self.timeout, json=request, headers=headers)
        body = json_body(self.name, response)
        try:
            content = body["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError):
            raise EngineError(self.name, Failure.BAD_ANSWER,
                              f"no choices[0].message.content in the answer: {str(body)[:120]}") from None
        if isinstance(content, str):
            content = _answer_alone(content, text)
        if not isinstance(content, str) or not content.strip():
            raise EngineError(self.name, Failure.BAD_ANSWER, f"empty answer ({content!r}) instead of a translation")
        return content.strip()
