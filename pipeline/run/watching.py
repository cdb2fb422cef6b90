"""`leaflets watch`: the main job, then again each time the project's inputs change.

The process stays up between runs, so the modules, the compiled page templates and the
run state stay loaded (:class:`~pipeline.core.incremental.KeptState`) and a run after an
edit does only that edit's work. A `leaflets run` after a one-paragraph edit at 200
leaflets x 30 languages spent about half its time starting Python, loading modules and
reading the run state (README, Speed).

Changes are learnt from the operating system's file notifications (watchfiles: inotify
on Linux, FSEvents on macOS), not by looking at 12,000 files again and again. What
changed is still judged by the run's plan, from file signatures: a notification only
says when to look. The project lock is held for each run only, so clinicians can review
and the other commands can run in between.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import watchfiles

from pipeline.core.config import Config
from pipeline.core.errors import LeafletsError, LockedError
from pipeline.core.files import LOCK_NAME, TEMPORARY_NAME, project_lock
from pipeline.core.incremental import CODE_SUFFIXES, KeptState
from pipeline.run.stages import StageReport, run

PACKAGE = Path(__file__).resolve().parents[1]

# How long to wait before a run refused because another command holds the project lock is
# tried again (that command's own writes usually wake the watch sooner).
RETRY_MS = 1000
# A run starts once no new change came for this long: an editor's save (a temporary file
# renamed, or a write in place) is one burst of notifications a few milliseconds long.
STEP_MS = 20


@dataclass
class Outcome:
    """One run of the watch: its report, or the error that stopped it (the watch goes on)."""

    config: Config | None
    report: StageReport | None = None
    error: LeafletsError | None = None


class _Inputs(watchfiles.DefaultFilter):
    """The changes worth a run: not the outputs, the run state, the lock or a run's temporary files.

    A run's own writes to the catalogues wake the watch once more; that run finds
    nothing to do and shows nothing.
    """

    def __init__(self, root: Path):
        # .leaflets/ holds what the pipeline keeps for itself: the run state, the drafts' cache.
        super().__init__(ignore_paths=[root / ".leaflets", root / LOCK_NAME])
        self.outputs = str(root / "dist")  # until the settings are read

    def __call__(self, change: watchfiles.Change, path: str) -> bool:
        if path == self.outputs or path.startswith(self.outputs + os.sep):
            return False
        return not TEMPORARY_NAME.fullmatch(os.path.basename(path)) and super().__call__(change, path)


def watch(root: Path, load_config: Callable[[Path], Config], notify: Callable[[str], None] | None = None, *,
          stop: threading.Event | None = None) -> Iterator[Outcome]:
    """Run the main job on the project at ``root`` now, then after each change; yield each run's outcome.

    The settings are read again for each run (a change to pyproject.toml is a
    change like any other). Ends when ``stop`` is set; Ctrl-C raises KeyboardInterrupt.
    """
    kept = KeptState()
    inputs = _Inputs(root)
    code = _code_as_loaded()
    outcome = _run(root, load_config, notify, kept, inputs)
    yield outcome
    due = True  # the first wake-up runs again: the plan finds what changed while the watch started
    for changes in watchfiles.watch(root, watch_filter=inputs, stop_event=stop, step=STEP_MS, rust_timeout=RETRY_MS,
                                    yield_on_timeout=True):
        if changes or due:
            if _code_as_loaded() != code:
                raise LeafletsError("leaflets itself changed since the watch began (an upgrade?): "
                                    "its runs would be recorded as the new version's; start `leaflets watch` again")
            outcome = _run(root, load_config, notify, kept, inputs)
            due = isinstance(outcome.error, LockedError)
            yield outcome


def _code_as_loaded() -> dict[Path, tuple[int, int]]:
    """The size and mtime of each file of the pipeline's code and templates (what the run state's fingerprint reads)."""
    found = {}
    for path in PACKAGE.rglob("*"):
        if path.suffix in CODE_SUFFIXES and path.is_file():
            status = path.stat()
            found[path] = (status.st_size, status.st_mtime_ns)
    return found


def _run(root: Path, load_config: Callable[[Path], Config], notify: Callable[[str], None] | None,
         kept: KeptState, inputs: _Inputs) -> Outcome:
    config = None
    try:
        config = load_config(root)
        inputs.outputs = str(config.output_dir)
        with project_lock(config.root):
            return Outcome(config, run(config, notify, kept))
    except LeafletsError as error:
        return Outcome(config, error=error)
