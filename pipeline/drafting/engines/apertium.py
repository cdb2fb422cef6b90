"""The ``apertium`` engine: Debian's rule-based Apertium, offline, for the pairs installed.

``apt-get install apertium apertium-eng-spa`` gives English to Spanish. Rough
but local: good enough for a draft that a clinician rewrites. A batch of texts
goes through one ``apertium`` process as blank-line-separated paragraphs (one
process per text costs 0.1 s each); if the paragraphs do not come back one for
one, each text is translated on its own.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from functools import cached_property

from pipeline.drafting.engines import EngineContext, EngineError, Failure, engine_code

_SEPARATOR = "\n\n"
_SPACES = re.compile(r" {2,}")


def _tidy(answer: str) -> str:
    """Apertium leaves a double space where it dropped a pronoun ("la infusión  sientas")."""
    return _SPACES.sub(" ", answer).strip()


class ApertiumEngine:
    name = "apertium"
    online = False
    protects = True
    cacheable = True
    batch_size = 200

    def __init__(self, context: EngineContext):
        self.program = context.setting("program", "apertium")
        self.timeout = float(context.setting("timeout", max(context.timeout, 60.0)))
        self.concurrency = context.concurrency_or(2)

    @cached_property
    def modes(self) -> frozenset[str]:
        """Installed translation modes such as ``eng-spa`` (``apertium -l``)."""
        if shutil.which(self.program) is None:
            return frozenset()
        try:
            listing = subprocess.run([self.program, "-l"], capture_output=True, text=True,
                                     timeout=self.timeout, check=False)
        except (OSError, subprocess.TimeoutExpired):
            return frozenset()
        return frozenset(line.strip() for line in listing.stdout.splitlines() if line.strip())

    def installed(self) -> bool:
        return bool(self.modes)

    def _mode(self, source: str, target: str) -> str | None:
        source_code, target_code = engine_code(self.name, source), engine_code(self.name, target)
        if source_code is None or target_code is None:
            return None
        mode = f"{source_code}-{target_code}"
        return mode if mode in self.modes else None

    def supports(self, lang: str) -> bool:
        return self._mode("en", lang) is not None

    def destination(self) -> str:
        return "Apertium on this machine (offline)"

    def settings_key(self) -> str:
        return "mode=unknown-words-unmarked"

    def translate(self, texts: list[str], source: str, target: str) -> list[str | None]:
        mode = self._mode(source, target)
        if mode is None:
            if not self.installed():
                raise EngineError(self.name, Failure.UNAVAILABLE,
                                  "Apertium is not installed (apt-get install apertium apertium-eng-spa)")
            raise EngineError(self.name, Failure.REJECTED, f"no Apertium pair installed for {source} to {target}")
        if len(texts) > 1 and not any("\n" in text for text in texts):
            parts = self._run(mode, _SEPARATOR.join(texts)).strip("\n").split(_SEPARATOR)
            if len(parts) == len(texts):
                return [_tidy(part) for part in parts]
        return [_tidy(self._run(mode, text)) for text in texts]

    def _run(self, mode: str, text: str) -> str:
        try:
            done = subprocess.run(
                # -u: do not mark unknown words with '*': the draft is read by people
                [self.program, "-u", mode],
                input=text + "\n",
                capture_output=True,
                text=True,
                timeout=self.timeout,
                check=False,  # the exit status is turned into an EngineError below
            )
        except FileNotFoundError:
            raise EngineError(self.name, Failure.UNAVAILABLE, f"{self.program} is not installed") from None
        except subprocess.TimeoutExpired:
            raise EngineError(self.name, Failure.TIMEOUT, f"no answer within {self.timeout:g} s") from None
        if done.returncode != 0:
            reason = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
            raise EngineError(self.name, Failure.REJECTED, f"apertium {mode} failed: {reason}")
        return done.stdout
