"""The run state's loading and the garbage collector: what a run freezes, it unfreezes."""

from __future__ import annotations

import gc
import json

from pipeline.core.incremental import STATE_VERSION, frozen_heap, load_state
from pipeline.run import stages


def test_frozen_blocks_nest_and_the_outermost_unfreezes_everything():
    assert gc.get_freeze_count() == 0
    with frozen_heap():
        outer = gc.get_freeze_count()
        assert outer > 0
        kept_alive = [[] for _ in range(100)]  # lists: objects the collector tracks
        with frozen_heap():
            assert gc.get_freeze_count() >= outer + len(kept_alive)
        assert gc.get_freeze_count() >= outer + len(kept_alive)  # still frozen: the outer block is not done
    assert gc.get_freeze_count() == 0


def test_a_failing_block_still_unfreezes():
    try:
        with frozen_heap():
            raise RuntimeError("stop")
    except RuntimeError:
        pass
    assert gc.get_freeze_count() == 0


def test_loading_a_state_leaves_the_collector_as_it_found_it(tmp_path):
    path = tmp_path / "state.json"
    path.write_text(json.dumps({"version": STATE_VERSION, "fingerprint": "f", "leaflets": {
        "a": ["Title", [1, 2, "ab"], None, {"es": [[3, 4, "cd"], None, [[5, 6], None],
                                                [True, "ok", 1, 1, "2026-01-15", None, False]]}]},
        "picker": None}), encoding="utf-8")
    assert gc.isenabled()
    state = load_state(path, "f")
    assert gc.isenabled()
    assert state.leaflets["a"].langs["es"].publication.approved_on == "2026-01-15"
    assert load_state(path, "another fingerprint").leaflets == {}
    path.write_text("{not json", encoding="utf-8")
    assert load_state(path, "f").leaflets == {} and gc.isenabled()
    gc.disable()
    try:
        load_state(path, "f")
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()


def test_a_run_unfreezes_what_it_froze(project):
    stages.run(project)
    assert gc.get_freeze_count() == 0
