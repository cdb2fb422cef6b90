"""The draft cache: every answer an engine gave, so that nothing is sent twice.

A SQLite file inside the project (``.leaflets/cache.sqlite3`` by default, not
committed). The key is the engine, its settings (URL, model), the language
pair and the SHA-256 of the protected text the engine saw; the value is the
engine's answer before the tokens were put back. Identical English in several
leaflets therefore costs one request per language pair, and a rerun none.
Each answer is committed as it arrives, so an interrupted run loses nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Self

from pipeline.core.clock import now
from pipeline.core.errors import LeafletsError

DEFAULT_CACHE = ".leaflets/cache.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    engine   TEXT NOT NULL,
    settings TEXT NOT NULL,
    source   TEXT NOT NULL,
    target   TEXT NOT NULL,
    sha256   TEXT NOT NULL,
    text     TEXT NOT NULL,
    answer   TEXT NOT NULL,
    created  TEXT NOT NULL,
    PRIMARY KEY (engine, settings, source, target, sha256)
)
"""


@dataclass(frozen=True)
class CacheKey:
    engine: str
    settings: str
    source: str
    target: str
    text: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


class DraftCache:
    """Engine answers on disk. Used from one thread (the draft stage's main thread)."""

    def __init__(self, path: Path):
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            # Each answer is committed on its own; NORMAL survives a killed process, and
            # skips the fsync per commit that FULL would cost.
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(_SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise LeafletsError(f"the draft cache is unreadable ({exc}); delete it and run again", path) from None
        except OSError as exc:
            raise LeafletsError(f"cannot create the draft cache: {exc.strerror}", path) from None

    def get(self, key: CacheKey) -> str | None:
        row = self._db.execute(
            "SELECT answer FROM answers WHERE engine=? AND settings=? AND source=? AND target=? AND sha256=?",
            (key.engine, key.settings, key.source, key.target, key.sha256),
        ).fetchone()
        return row[0] if row else None

    def put(self, key: CacheKey, answer: str) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (key.engine, key.settings, key.source, key.target, key.sha256, key.text, answer,
             now().isoformat()),
        )

    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM answers").fetchone()[0])

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
