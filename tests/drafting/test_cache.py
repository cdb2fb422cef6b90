"""The draft cache: accepted and refused answers, all engines' answers to one text, old files."""

from __future__ import annotations

import sqlite3

import pytest

from pipeline.core.errors import LeafletsError
from pipeline.drafting.cache import CachedAnswer, CacheKey, DraftCache, longest_answer, text_sha256

TEXT = "Take {1} tablets every {2} hours."


def key(engine: str, settings: str = "url=http://127.0.0.1:5000", target: str = "es", text: str = TEXT) -> CacheKey:
    return CacheKey(engine, settings, "en", target, text)


def test_refused_answers_are_kept_with_their_reason(tmp_path):
    with DraftCache(tmp_path / "cache.sqlite3") as cache:
        cache.put(key("libre"), "Tome {2} comprimidos cada {1} horas.", "numbers came back in another order")
        cache.put(key("deepl"), "Tome {1} comprimidos cada {2} horas.")
    with DraftCache(tmp_path / "cache.sqlite3") as cache:  # and they survive reopening
        refused, accepted = cache.get(key("libre")), cache.get(key("deepl"))
    assert refused is not None and refused.refused and refused.refused_reason == "numbers came back in another order"
    assert accepted is not None and not accepted.refused and accepted.answer == "Tome {1} comprimidos cada {2} horas."


def test_a_refused_answer_is_kept_no_longer_than_an_accepted_one_could_be(tmp_path):
    """Whoever stores it (drafting, the review page's suggestions): a runaway model's megabytes are not kept."""
    runaway = "Tome {1} comprimidos. " * 100_000
    with DraftCache(tmp_path / "cache.sqlite3") as cache:
        cache.put(key("openai"), runaway, "the answer is 1000 times as long as the English")
        cache.put(key("deepl"), "Tome {1} comprimidos cada {2} horas.")
        kept, accepted = cache.get(key("openai")), cache.get(key("deepl"))
    assert kept is not None and kept.answer == runaway[:longest_answer(TEXT)] and len(kept.answer) < 300
    assert accepted is not None and accepted.answer == "Tome {1} comprimidos cada {2} horas."


def test_a_damaged_page_met_while_reading_is_a_one_line_error(tmp_path):
    path = tmp_path / "cache.sqlite3"
    with DraftCache(path) as cache:
        for n in range(2000):
            cache.put(key("deepl", text=f"Text {n}."), "Texto. " * 50)
    data = bytearray(path.read_bytes())
    data[8192:len(data) - 4096] = b"\xff" * (len(data) - 4096 - 8192)  # the pages after the first two
    path.write_bytes(bytes(data))
    with pytest.raises(LeafletsError) as caught, DraftCache(path) as cache:
        cache.answers_for("en", "es", text_sha256("Text 1500."))
    assert "the draft cache is damaged" in str(caught.value) and "delete it" in str(caught.value)


def test_a_full_disk_is_said_so_and_the_cache_of_paid_answers_is_not_to_be_deleted(tmp_path):
    """It said "unreadable ...; delete it", for answers a clinic paid for, when the disk was full."""
    path = tmp_path / "cache.sqlite3"
    with DraftCache(path) as cache:
        cache.put(key("deepl"), "Tome {1} comprimidos cada {2} horas.")
        cache._db.execute("PRAGMA max_page_count = 1")  # no room for more, as on a full disk
        with pytest.raises(LeafletsError) as caught:
            cache.put(key("libre"), "Tome {1} comprimidos cada {2} horas. " * 2000)
    assert str(caught.value) == (f"{path}: cannot write the draft cache: the disk is full; free some space "
                                 "and run again")
    with DraftCache(path) as cache:  # what was there is kept
        assert cache.get(key("deepl")) is not None and cache.get(key("libre")) is None


def test_answers_for_gives_every_engine_for_one_text_and_language(tmp_path):
    with DraftCache(tmp_path / "cache.sqlite3") as cache:
        cache.put(key("libre"), "Tome {2} comprimidos cada {1} horas.", "numbers came back in another order")
        cache.put(key("deepl"), "Tome {1} comprimidos cada {2} horas.")
        cache.put(key("deepl", target="it"), "Prenda {1} compresse ogni {2} ore.")
        cache.put(key("deepl", text="Rest."), "Descanse.")
        found = cache.answers_for("en", "es", text_sha256(TEXT))
        assert cache.get(key("libre", settings="url=http://elsewhere")) is None
    assert sorted(a.engine for a in found) == ["deepl", "libre"]
    assert all(isinstance(a, CachedAnswer) for a in found)
    by_engine = {a.engine: a for a in found}
    assert by_engine["libre"].refused_reason == "numbers came back in another order"
    assert by_engine["deepl"].refused_reason == "" and by_engine["deepl"].settings == "url=http://127.0.0.1:5000"
    assert by_engine["deepl"].created.tzinfo is not None


def test_a_cache_written_before_refusals_were_kept_is_read_and_migrated(tmp_path):
    path = tmp_path / "cache.sqlite3"
    with sqlite3.connect(path) as db:  # the version-0 layout, as earlier releases wrote it
        db.execute("CREATE TABLE answers (engine TEXT NOT NULL, settings TEXT NOT NULL, source TEXT NOT NULL, "
                   "target TEXT NOT NULL, sha256 TEXT NOT NULL, text TEXT NOT NULL, answer TEXT NOT NULL, "
                   "created TEXT NOT NULL, PRIMARY KEY (engine, settings, source, target, sha256))")
        db.execute("INSERT INTO answers VALUES ('libre', 's', 'en', 'es', ?, ?, 'Tome {1}.', '2026-01-02T03:04:05+00:00')",
                   (text_sha256(TEXT), TEXT))
    db.close()
    with DraftCache(path) as cache:
        old = cache.get(key("libre", settings="s"))
        cache.put(key("deepl", settings="s"), "Tome {2}.", "numbers came back in another order")
        assert len(cache) == 2
    assert old is not None and old.answer == "Tome {1}." and not old.refused
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    db.close()


def test_a_cache_from_a_newer_version_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "cache.sqlite3"
    DraftCache(path).close()
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version=9")
    db.close()
    with pytest.raises(LeafletsError, match="newer version"):
        DraftCache(path)
