"""The ``pseudo`` engine: pseudo-localisation for layout tests, offline, for en_XA and ar_XB only.

``en_XA``: every letter accented, about 40% longer, in brackets, so that text
the pipeline forgot to translate, clipped boxes and missing glyphs show at a
glance. ``ar_XB``: the same, each word forced right to left (U+202E ... U+202C,
with right-to-left marks) to test mirrored layouts. Tokens are left alone, so
numbers and markup come back intact. These locales can never be approved or
published (see review.approve and build).
"""

from __future__ import annotations

import re

from pipeline.core.errors import ConfigError
from pipeline.core.languages import language

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
_PADDING = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_EXPANSION = 0.4
_TOKEN_OR_SPACE = re.compile(r"(\{\d+\}|\s+)")
_RLM, _RLO, _PDF = "\u200f", "\u202e", "\u202c"


def pseudolocalise(text: str, rtl: bool = False) -> str:
    """``text`` accented, padded by about 40% and bracketed; forced right to left when ``rtl``."""
    parts = []
    for part in _TOKEN_OR_SPACE.split(text):
        if not part or part.isspace() or _TOKEN_OR_SPACE.fullmatch(part):
            parts.append(part)
        else:
            accented = part.translate(_ACCENTED)
            parts.append(f"{_RLM}{_RLO}{accented}{_PDF}{_RLM}" if rtl else accented)
    words: list[str] = []
    target = round(len(text) * _EXPANSION)
    while len(" ".join(words)) < target:
        words.append(_PADDING[len(words) % len(_PADDING)])
    padding = (" " + " ".join(words)) if words else ""
    return f"[{''.join(parts)}{padding}]"


class PseudoEngine:
    name = "pseudo"
    online = False
    protects = True
    cacheable = False  # cheaper to compute than to look up
    batch_size = 10_000
    concurrency = 1

    def supports(self, lang: str) -> bool:
        try:
            return language(lang).pseudo
        except ConfigError:
            return False

    def destination(self) -> str:
        return "pseudo-localisation on this machine (offline)"

    def settings_key(self) -> str:
        return "v1"

    def translate(self, texts: list[str], source: str, target: str) -> list[str | None]:
        rtl = language(target).direction == "rtl"
        return [pseudolocalise(text, rtl) for text in texts]
