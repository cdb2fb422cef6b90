"""Translation engines: one protocol, one language-code table, one registry.

An engine turns a list of English texts into a list of drafts in one target
language. Online engines send the text off this machine; offline ones do not.
Every failure an engine meets is raised as :class:`EngineError`, whose
:class:`Failure` tells the draft stage whether to retry, to give up on the
text, or to stop using the engine.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from pipeline.core.errors import ConfigError, LeafletsError
from pipeline.core.text import without_credentials

if TYPE_CHECKING:
    from pipeline.core.config import Config


class Failure(StrEnum):
    RATE_LIMIT = "rate limit"  # HTTP 429: wait and try again
    SERVER = "server error"  # HTTP 5xx
    NETWORK = "network error"
    TIMEOUT = "timeout"
    AUTH = "authentication"  # bad or missing key: stop using the engine
    QUOTA = "quota"  # the account's allowance is used up: stop using the engine
    REJECTED = "rejected"  # HTTP 4xx for this request (unsupported language, too long)
    BAD_ANSWER = "bad answer"  # empty, None, the input unchanged, a banner instead of a translation
    UNAVAILABLE = "unavailable"  # not installed, not configured
    STOPPED = "stopped"  # the engine was switched off earlier in this run

    @property
    def retryable(self) -> bool:
        return self in (Failure.RATE_LIMIT, Failure.SERVER, Failure.NETWORK, Failure.TIMEOUT)

    @property
    def breaks(self) -> bool:
        """Failures that say the engine is out of reach: several in a row trip its circuit breaker."""
        return self in (Failure.NETWORK, Failure.TIMEOUT, Failure.SERVER, Failure.AUTH, Failure.QUOTA,
                        Failure.UNAVAILABLE)

    @property
    def disables(self) -> bool:
        """Failures that will not heal within a run: after a few, the engine is dropped."""
        return self in (Failure.AUTH, Failure.QUOTA, Failure.UNAVAILABLE)


def destination_of(engine: Engine) -> str:
    """Where ``engine`` sends text, as notices say it: without a password set in its url."""
    return without_credentials(engine.destination())


class EngineError(LeafletsError):
    """An engine could not translate; the message names the engine and says why.

    ``sent`` is False when the text is known never to have left the machine (the
    connection was never made, the language pair was refused before asking): the
    run's report counts the characters sent online, what a clinic tells patients
    and pays for. When it cannot be known, it was sent.
    """

    def __init__(self, engine: str, failure: Failure, message: str, retry_after: float | None = None, *,
                 sent: bool = True):
        message = without_credentials(message)
        super().__init__(f"{engine}: {message}")
        self.engine = engine
        self.failure = failure
        self.reason = message
        self.retry_after = retry_after
        self.sent = sent


class Engine(Protocol):
    """What the draft stage needs of a translation engine."""

    name: str
    online: bool  # sends text to a service on the network
    protects: bool  # translates tokenised text (False: works on the English itself, like memory)
    cacheable: bool  # answers are worth keeping in the draft cache
    batch_size: int  # texts per translate() call
    concurrency: int  # translate() calls at once

    def supports(self, lang: str) -> bool: ...

    def destination(self) -> str:
        """Where the text goes, for the run's notice ("https://... (Google Translate)")."""
        ...

    def settings_key(self) -> str:
        """Settings that change the answers (URL, model); part of the cache key."""
        ...

    def translate(self, texts: list[str], source: str, target: str) -> list[str | None]:
        """One answer per text; None means "no answer here, ask the next engine"."""
        ...


@dataclass(frozen=True)
class TextContext:
    """What a prompted engine is told about a text besides the text itself."""

    title: str  # the leaflet's title
    location: str  # the entry's `#.` comment: where the block sits ("Q5 answer, paragraph 1")
    placeholders: tuple[tuple[str, str], ...] = ()  # ("{1}", "4"): each token and the English it stands for
    terms: tuple[tuple[str, str], ...] = ()  # glossary terms in the text and their fixed form in the language


class ContextualEngine(Engine, Protocol):
    """An engine that also reads each text's context (the OpenAI-compatible engine's prompt)."""

    def translate_in_context(self, texts: list[str], source: str, target: str,
                             contexts: Sequence[TextContext]) -> list[str | None]: ...


# ---------------------------------------------------------------------------
# Language codes: project code (as Babel spells it) -> each engine's code.
# One row per language; a blank means the engine does not offer it. The apertium column
# (also the Apertium APy server's) has every ISO 639-3 code: which pairs exist is asked of
# the installation (`apertium -l`, APy's /listPairs), not assumed.
# ---------------------------------------------------------------------------
ENGINE_COLUMNS = ("google", "mymemory", "libre", "microsoft", "deepl", "apertium")
LANGUAGE_CODES: dict[str, tuple[str, ...]] = {
    #           google   mymemory  libre      microsoft  deepl      apertium
    "en":      ("en",    "en-GB",  "en",      "en",      "EN",      "eng"),
    "ar":      ("ar",    "ar-SA",  "ar",      "ar",      "AR",      "ara"),
    "bn":      ("bn",    "bn-IN",  "bn",      "bn",      "",        "ben"),
    "ca":      ("ca",    "ca-ES",  "ca",      "ca",      "",        "cat"),
    "de":      ("de",    "de-DE",  "de",      "de",      "DE",      "deu"),
    "el":      ("el",    "el-GR",  "el",      "el",      "EL",      "ell"),
    "es":      ("es",    "es-ES",  "es",      "es",      "ES",      "spa"),
    "fa":      ("fa",    "fa-IR",  "fa",      "fa",      "",        "pes"),
    "fil":     ("tl",    "fil-PH", "",        "fil",     "",        "tgl"),
    "fr":      ("fr",    "fr-FR",  "fr",      "fr",      "FR",      "fra"),
    "he":      ("iw",    "he-IL",  "he",      "he",      "HE",      "heb"),
    "hi":      ("hi",    "hi-IN",  "hi",      "hi",      "",        "hin"),
    "id":      ("id",    "id-ID",  "id",      "id",      "ID",      "ind"),
    "it":      ("it",    "it-IT",  "it",      "it",      "IT",      "ita"),
    "ja":      ("ja",    "ja-JP",  "ja",      "ja",      "JA",      "jpn"),
    "ko":      ("ko",    "ko-KR",  "ko",      "ko",      "KO",      "kor"),
    "ne":      ("ne",    "ne-NP",  "ne",      "ne",      "",        "nep"),
    "nl":      ("nl",    "nl-NL",  "nl",      "nl",      "NL",      "nld"),
    "pa_Guru": ("pa",    "pa-IN",  "",        "pa",      "",        "pan"),
    "pl":      ("pl",    "pl-PL",  "pl",      "pl",      "PL",      "pol"),
    "pt":      ("pt",    "pt-BR",  "pt",      "pt",      "PT-BR",   "por"),
    "ru":      ("ru",    "ru-RU",  "ru",      "ru",      "RU",      "rus"),
    "so":      ("so",    "so-SO",  "",        "so",      "",        "som"),
    "sw":      ("sw",    "sw-KE",  "",        "sw",      "",        "swa"),
    "ta":      ("ta",    "ta-IN",  "",        "ta",      "",        "tam"),
    "th":      ("th",    "th-TH",  "th",      "th",      "TH",      "tha"),
    "tr":      ("tr",    "tr-TR",  "tr",      "tr",      "TR",      "tur"),
    "uk":      ("uk",    "uk-UA",  "uk",      "uk",      "UK",      "ukr"),
    "ur":      ("ur",    "ur-PK",  "ur",      "ur",      "",        "urd"),
    "vi":      ("vi",    "vi-VN",  "vi",      "vi",      "VI",      "vie"),
    "zh_Hans": ("zh-CN", "zh-CN",  "zh-Hans", "zh-Hans", "ZH-HANS", "zho"),
    "zh_Hant": ("zh-TW", "zh-TW",  "zh-Hant", "zh-Hant", "ZH-HANT", "zho_Hant"),
}


def engine_code(engine: str, lang: str) -> str | None:
    """``lang`` as ``engine`` spells it, or None when the engine does not offer it."""
    row = LANGUAGE_CODES.get(lang)
    if row is None:
        return None
    return row[ENGINE_COLUMNS.index(engine)] or None


# Apertium pairs from English that exist as packages (Debian: apertium-eng-spa, apertium-eng-cat).
APERTIUM_PAIRS = {"es": "apertium-eng-spa", "ca": "apertium-eng-cat"}


def engines_offering(lang: str) -> list[str]:
    """Engines that could draft ``lang`` if configured: for saying what would serve a language.

    From the code table and the Apertium packages that exist; an OpenAI-compatible
    model is asked to try any language.
    """
    offering = ["openai"]
    if lang in APERTIUM_PAIRS:
        offering += ["apertium", "apertium-apy"]
    offering += [name for name in ("libre", "deepl", "microsoft", "google", "mymemory") if engine_code(name, lang)]
    return offering


# ---------------------------------------------------------------------------
# Settings and registry
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class EngineContext:
    """What a factory needs to build an engine: the project, its settings, the environment."""

    config: Config
    settings: Mapping[str, Any] = field(default_factory=dict)  # [tool.leaflets.draft.<engine>]
    url: str | None = None  # --url, over the settings' url
    timeout: float = 30.0
    concurrency: int | None = None  # None: the engine's own default
    environ: Mapping[str, str] = field(default_factory=lambda: os.environ)
    memory_threshold: float = 0.9

    def setting(self, key: str, default: Any = None) -> Any:
        """A key of the engine's table (pipeline.core.config has checked it against ENGINE_SETTINGS)."""
        return self.settings.get(key, default)

    def concurrency_or(self, default: int) -> int:
        return self.settings.get("concurrency") or self.concurrency or default

    def secret(self, engine: str, default_variable: str, *, required: bool) -> str | None:
        """An API key from the environment variable named in the settings (never from a file).

        Spaces and line breaks around it are dropped (a secret pasted into CI keeps its line
        break); one inside it is refused without showing the key: requests's error quoted it.
        """
        variable = self.setting("api_key_env", default_variable)
        value = self.environ.get(variable, "").strip() or None
        if required and value is None:
            raise EngineError(engine, Failure.UNAVAILABLE,
                              f"needs an API key in the environment variable {variable}")
        if value is not None and (not value.isascii() or not value.isprintable() or " " in value):
            raise EngineError(engine, Failure.UNAVAILABLE, f"the API key in the environment variable {variable} has a "
                              "space, line break, control character or a letter no key has (a typographic quote, "
                              "say) inside it: set it again", sent=False)
        return value


def _memory(context: EngineContext) -> Engine:
    from pipeline.drafting.engines.memory import MemoryEngine

    return MemoryEngine(context)


def _apertium(context: EngineContext) -> Engine:
    from pipeline.drafting.engines.apertium import ApertiumEngine

    return ApertiumEngine(context)


def _pseudo(context: EngineContext) -> Engine:
    from pipeline.drafting.engines.pseudo import PseudoEngine

    return PseudoEngine()


def _online(name: str) -> Callable[[EngineContext], Engine]:
    def make(context: EngineContext) -> Engine:
        from pipeline.drafting.engines.online import make_online_engine

        return make_online_engine(name, context)

    return make


def _deepl(context: EngineContext) -> Engine:
    from pipeline.drafting.engines.deepl_engine import DeepLEngine

    return DeepLEngine(context)


def _openai(context: EngineContext) -> Engine:
    from pipeline.drafting.engines.openai_chat import OpenAIChatEngine

    return OpenAIChatEngine(context)


def _apertium_apy(context: EngineContext) -> Engine:
    from pipeline.drafting.engines.apertium_apy import ApertiumApyEngine

    return ApertiumApyEngine(context)


# Name -> factory. Modules are imported only when their engine is used.
REGISTRY: dict[str, Callable[[EngineContext], Engine]] = {
    "memory": _memory,  # offline: existing translations of the same English in this project
    "apertium": _apertium,  # offline: Debian's Apertium (apertium-eng-spa gives Spanish)
    "pseudo": _pseudo,  # offline: pseudo-localisation for en_XA / ar_XB layout tests
    "google": _online("google"),  # online: Google Translate's free web endpoint (deep-translator)
    "mymemory": _online("mymemory"),  # online: MyMemory (deep-translator)
    "libre": _online("libre"),  # online: a LibreTranslate server, often self-hosted (deep-translator)
    "microsoft": _online("microsoft"),  # online: Azure AI Translator (deep-translator)
    "deepl": _deepl,  # online: DeepL API (the official deepl client)
    # online, and self-hostable: any server with OpenAI's /v1/chat/completions (llama.cpp, vLLM, Ollama, LM Studio)
    "openai": _openai,
    "apertium-apy": _apertium_apy,  # online, and self-hostable: an Apertium APy server (/translate, /listPairs)
}


def create_engine(name: str, context: EngineContext) -> Engine:
    factory = REGISTRY.get(name)
    if factory is None:
        raise ConfigError(f"unknown draft engine {name!r}; known engines: {', '.join(REGISTRY)}")
    return factory(context)
