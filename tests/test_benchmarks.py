"""The benchmark's own probe of the work folder (benchmarks/run.py)."""

from __future__ import annotations

from benchmarks.run import file_creation_us, report


def test_the_file_creation_probe_measures_and_leaves_the_folder_as_it_found_it(tmp_path):
    (tmp_path / "kept.txt").write_text("a user's file")

    cost = file_creation_us(tmp_path, count=20)

    assert cost > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.txt"]


def test_the_report_gives_the_work_folder_s_file_creation_cost_before_and_after_a_size():
    results = {
        "date": "2026-12-03T17:00:00+00:00", "pdf": False, "repeats": 3,
        "machine": {"cpu": "a CPU", "cores": 2, "memory": "24 GiB", "os": "Linux", "python": "3.11.7"},
        "versions": {"babel": "2.18.0", "leaflets": "0", "commit": "abc"},
        "sizes": [{"size": "2x1", "leaflets": {}, "load_average_before": [0.1], "load_average_after": [0.2],
                   "file_creation_us_before": 21.4, "file_creation_us_after": 387.0}],
    }

    assert "2x1: 21 → 387 us" in report(results)
