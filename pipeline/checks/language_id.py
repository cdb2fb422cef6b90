"""Which language a translation is written in, among the languages that share its script.

The script check sees Latin text in an Arabic catalogue; it cannot tell Spanish in
the Italian file, or Persian in the Arabic one. py3langid's model (a naive Bayes
over byte n-grams, trained on 97 languages) ships inside the package and works
offline; nothing is downloaded at run time.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from functools import cache
from typing import Any

# Languages a translation may be mistaken for, by script: the configured ones that
# share it and near neighbours a machine engine may fall into (Portuguese, Urdu).
CANDIDATES: dict[str, tuple[str, ...]] = {
    "LATIN": ("es", "it", "tr", "vi", "pt", "fr", "ca", "ro"),
    "ARABIC": ("ar", "fa", "ur"),
}
# A guess is believed when the model is this sure of another language and gives the
# catalogue's own almost nothing, on this many letters: short texts mislead.
CONFIDENCE = 0.9
OWN_AT_MOST = 0.001
MIN_LETTERS = 25


@dataclass(frozen=True)
class Guess:
    language: str
    probability: float


@cache
def _model() -> Any:
    """The model, loaded once per process.

    Imported here, not at the top: loading numpy and the model takes one to two
    seconds, which commands that check nothing (a rerun with no change) must not pay.
    """
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@cache
def _identifier(candidates: tuple[str, ...]) -> Any:
    """The model limited to ``candidates``: a shallow copy shares the loaded tables."""
    identifier = copy.copy(_model())
    identifier.set_languages(list(candidates))
    return identifier


def other_language(text: str, script: str, own: str) -> Guess | None:
    """The language ``text`` is written in when it is surely not ``own``; None when it may be."""
    candidates = CANDIDATES.get(script)
    if candidates is None or own not in candidates or sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return None
    ranking = dict(_identifier(candidates).rank(text))
    best = max(ranking, key=lambda code: ranking[code])
    if best == own or ranking[best] < CONFIDENCE or ranking.get(own, 0.0) > OWN_AT_MOST:
        return None
    return Guess(str(best), float(ranking[best]))
