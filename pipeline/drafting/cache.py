"""The draft cache: every answer an engine gave, so that nothing is sent twice.

A SQLite file inside the project (``.leaflets/cache.sqlite3`` by default, not
committed). The key is the engine, its settings (URL, model), the language
pair and the SHA-256 of the protected text the engine saw; the value is the
engine's answer before the tokens were put back. Identical English in several
leaflets therefore costs one request per language pair, and a rerun none.
Each answer is committed as it arrives, so an interrupted run loses nothing.

An answer the draft stage refused (a placeholder lost or moved, the English
unchanged) is kept too, with the reason: it is not asked for again until the
engine's settings or the English change (both are in the key), and reviewers
can still see it as a refused suggestion.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from pipeline.core.clock import now
from pipeline.core.errors import LeafletsError

DEFAULT_CACHE = ".leaflets/cache.sqlite3"

# Version 1 added `refused` (the reason an answer was refused; empty when accepted).
# A version-0 file (no such column) is migrated in place when it is opened.
_VERSION = 1

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
    refused  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (engine, settings, source, target, sha256)
)
"""
_INDEX = "CREATE INDEX IF NOT EXISTS answers_by_text ON answers (source, target, sha256)"


def text_sha256(text: str) -> str:
    """The cache's name for a protected text (what the engine was sent)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CacheKey:
    engine: str
    settings: str
    source: str
    target: str
    text: str

    @property
    def sha256(self) -> str:
        return text_sha256(self.text)


@dataclass(frozen=True)
class CachedAnswer:
    """One engine's stored answer to one protected text, tokens not yet put back."""

    engine: str
    settings: str
    answer: str
    refused_reason: str  # why the draft stage refused it; empty when accepted
    created: dt.datetime

    @property
    def refused(self) -> bool:
        return bool(self.refused_reason)


# A translation runs up to about twice the English (a heading in Greek); five times, and a
# hundred characters more for a short text, is something else, and may be megabytes of it.
_LONGEST_ANSWER = 5
_ANSWER_SLACK = 100


def longest_answer(text: str) -> int:
    """The longest answer to ``text`` that may be a translation (the draft stage refuses longer ones)."""
    return _LONGEST_ANSWER * len(text) + _ANSWER_SLACK


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
            self._migrate()
            self._db.execute(_INDEX)
        except sqlite3.DatabaseError as exc:
            raise _fault(exc, path) from None
        except OSError as exc:
            raise LeafletsError(f"cannot create the draft cache: {exc.strerror}", path) from None

    def _migrate(self) -> None:
        version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        if version > _VERSION:
            raise LeafletsError(f"the draft cache was written by a newer version of leaflets "
                                f"(schema {version}); upgrade, or delete it and run again", self.path)
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(answers)")}
        if "refused" not in columns:  # version 0: every stored answer was accepted
            self._db.execute("ALTER TABLE answers ADD COLUMN refused TEXT NOT NULL DEFAULT ''")
        if version < _VERSION:
            self._db.execute(f"PRAGMA user_version={_VERSION}")

    def get(self, key: CacheKey) -> CachedAnswer | None:
        """The answer stored under ``key``, accepted or refused."""
        row = self._query(
            "SELECT engine, settings, answer, refused, created FROM answers "
            "WHERE engine=? AND settings=? AND source=? AND target=? AND sha256=?",
            (key.engine, key.settings, key.source, key.target, key.sha256),
        )
        return _answer(row) if row else None

    def put(self, key: CacheKey, answer: str, refused_reason: str = "") -> None:
        """Store an answer; ``refused_reason`` says why the draft stage refused it (empty: accepted).

        A refused answer is kept to show why, no longer than an answer accepted: a runaway
        model's 20 MB for each text grew the cache by as much.
        """
        self._query(
            "INSERT OR REPLACE INTO answers (engine, settings, source, target, sha256, text, answer, created, "
            "refused) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (key.engine, key.settings, key.source, key.target, key.sha256, key.text,
             answer[:longest_answer(key.text)] if refused_reason else answer, now().isoformat(), refused_reason),
        )

    def answers_for(self, source: str, target: str, text_sha256: str) -> list[CachedAnswer]:
        """Every engine's stored answer (any settings, accepted or refused) for one protected text.

        Oldest first, then by engine name, so that the order is the same on every call.
        """
        rows = self._query(
            "SELECT engine, settings, answer, refused, created FROM answers "
            "WHERE source=? AND target=? AND sha256=? ORDER BY created, engine, settings",
            (source, target, text_sha256), every_row=True,
        )
        return [_answer(row) for row in rows]

    def __len__(self) -> int:
        return int(self._query("SELECT count(*) FROM answers")[0])

    def _query(self, sql: str, parameters: tuple[str, ...] = (), *, every_row: bool = False) -> Any:
        """Run ``sql``: its first row (None when it has none), or ``every_row``. A failure of the file
        (damaged, the disk full), met running it or reading its rows, is one line naming it."""
        try:
            cursor = self._db.execute(sql, parameters)
            return cursor.fetchall() if every_row else cursor.fetchone()
        except sqlite3.DatabaseError as exc:
            raise _fault(exc, self.path) from None

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _fault(exc: sqlite3.DatabaseError, path: Path) -> LeafletsError:
    """The cache's failure in one line. Only a damaged file is worth deleting: it holds answers paid for."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF  # the primary code of an extended one (SQLITE_CORRUPT_INDEX)
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return LeafletsError(f"the draft cache is damaged ({exc}); delete it and run again", path)
    if code == sqlite3.SQLITE_FULL:
        return LeafletsError("cannot write the draft cache: the disk is full; free some space and run again", path)
    return LeafletsError(f"cannot use the draft cache ({exc})", path)


def _answer(row: tuple[str, str, str, str, str]) -> CachedAnswer:
    engine, settings, answer, refused, created = row
    return CachedAnswer(engine, settings, answer, refused, dt.datetime.fromisoformat(created))
