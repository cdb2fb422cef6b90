"""The benchmark's own probe of the work folder (benchmarks/run.py)."""

from __future__ import annotations

import pytest

from benchmarks import run
from benchmarks.run import empty_trash, file_creation_us, report


def _results(**size: float) -> dict:
    return {
        "date": "2026-12-03T17:00:00+00:00", "pdf": False, "repeats": 3,
        "machine": {"cpu": "a CPU", "cores": 2, "memory": "24 GiB", "os": "Linux", "python": "3.11.7"},
        "versions": {"babel": "2.18.0", "leaflets": "0", "commit": "abc"},
        "sizes": [{"size": "2x1", "leaflets": {}, "load_average_before": [0.1], "load_average_after": [0.2], **size}],
    }


def test_the_file_creation_probe_measures_and_sets_its_files_aside_until_the_end(tmp_path):
    (tmp_path / "kept.txt").write_text("a user's file")

    cost = file_creation_us(tmp_path, count=20)

    assert cost > 0
    # Set aside, not deleted while the tools are timed: deleting files slows the next ones made there.
    aside = [p for p in tmp_path.iterdir() if p.name != "kept.txt"]
    assert len(aside) == 1 and aside[0].name.startswith(".trash-") and len(list(aside[0].iterdir())) == 20
    empty_trash()
    assert [p.name for p in tmp_path.iterdir()] == ["kept.txt"]


def test_the_file_creation_probe_leaves_nothing_behind_when_a_step_fails(tmp_path, monkeypatch):
    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(run.os, "write", full_disk)
    with pytest.raises(OSError):
        file_creation_us(tmp_path, count=5)
    monkeypatch.undo()  # os.write again, for the clean-up
    empty_trash()
    assert list(tmp_path.iterdir()) == []


def test_the_report_gives_the_work_folder_s_file_creation_cost_before_and_after_a_size():
    assert "2x1: 21 → 387 us" in report(_results(file_creation_us_before=21.4, file_creation_us_after=387.0))


def test_results_from_before_the_probe_are_reported_without_it():
    assert "Making a file in the work folder" not in report(_results())
