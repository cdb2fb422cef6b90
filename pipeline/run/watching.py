"""`leaflets watch`: the main job, then again each time the project's inputs change.

The process stays up between runs, so the modules, the compiled page templates and the
run state stay loaded (:class:`~pipeline.core.incremental.KeptState`) and a run after an
edit does only that edit's work. A `leaflets run` after a one-paragraph edit at 200
leaflets x 30 languages spent about half its time starting Python, loading modules and
reading the run state (README, Speed).

Changes are learnt from the operating system's file notifications (watchfiles: inotify
on Linux, FSEvents on macOS), not by looking at 12,000 files again and again. What
changed is still judged by the run's plan, from file signatures: a notification only
says when to look. The watch also looks every few seconds without one, for what no
notification wakes it for: outputs changed by hand, inputs the settings put outside the
project folder (the English sources, the glossary), a notification lost. The project
lock is held for each run only, so clinicians can review and the other commands can run
in between.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import watchfiles

from pipeline.core.config import Config
from pipeline.core.errors import LeafletsError, LockedError, os_failure
from pipeline.core.files import LOCK_NAME, TEMPORARY_NAME, project_lock
from pipeline.core.incremental import KeptState, code_files, file_identity
from pipeline.run.stages import PACKAGE, StageReport, load_ahead, run

# The watch wakes this often without a change, to try again a run refused because another
# command held the project lock (that command's writes to catalogues and ledgers wake it
# sooner), and to count towards the next look without one.
WAKE_MS = 1000
LOOK_EVERY = 10  # wake-ups without a change between two runs
# A run starts once no new change came for this long (watchfiles' step; a burst that goes on
# is cut at its default 1.6 s): an editor's save, a temporary file renamed or a write in
# place, is one burst of notifications a few milliseconds long.
STEP_MS = 20


class RunCutShort(KeyboardInterrupt):
    """Ctrl-C came in the middle of a run: every file is whole, but some leaflets may not be done."""


@dataclass
class Outcome:
    """One run of the watch: its report, or the error that stopped it (the watch goes on)."""

    config: Config | None
    report: StageReport | None = None
    error: LeafletsError | None = None


class _Inputs(watchfiles.DefaultFilter):
    """The changes worth a run: not the outputs, the run state, the lock or a run's temporary files.

    A run's own writes to the catalogues wake the watch once more; that run finds
    nothing to do. Paths are judged inside the project (a project kept under a
    folder named like one the default filter skips, `.venv` say, still wakes it).
    """

    def __init__(self, root: Path):
        super().__init__()
        self.root = root
        self.outputs = root / "dist"  # until the settings are read

    def __call__(self, change: watchfiles.Change, path: str) -> bool:
        where = Path(path)
        # .leaflets/ holds what the pipeline keeps for itself: the run state, the drafts' cache.
        if (not where.is_relative_to(self.root) or where.is_relative_to(self.outputs)
                or where.is_relative_to(self.root / ".leaflets") or where == self.root / LOCK_NAME
                or TEMPORARY_NAME.fullmatch(where.name)):
            return False
        return super().__call__(change, str(where.relative_to(self.root)))


def watch(root: Path, load_config: Callable[[Path], Config], notify: Callable[[str], None] | None = None, *,
          stop: threading.Event | None = None) -> Iterator[Outcome]:
    """Run the main job on the project at ``root`` now, then after each change; yield each run's outcome.

    The settings are read again for each run (a change to pyproject.toml is a
    change like any other). Ends when ``stop`` is set; Ctrl-C raises KeyboardInterrupt
    (:class:`RunCutShort` in the middle of a run); a LeafletsError when the pipeline's
    own code changed on disk.
    """
    kept = KeptState()
    inputs = _Inputs(root)
    code = _code_on_disk()
    outcome = _run(root, load_config, notify, kept, inputs)
    yield outcome
    # While nobody edits yet, so the first edit's run starts as fast as the next ones. An edit
    # saved meanwhile, before the file notifications start, is found by the first wake-up.
    if outcome.config is not None and _code_on_disk() == code:
        load_ahead(outcome.config)
    due, idle = True, 0  # the first wake-up runs again: the plan finds what changed while the watch started
    for changes in watchfiles.watch(root, watch_filter=inputs, stop_event=stop, step=STEP_MS,
                                    rust_timeout=WAKE_MS, yield_on_timeout=True):
        idle = 0 if changes else idle + 1
        if changes or due or idle >= LOOK_EVERY:
            if _code_on_disk() != code:
                raise LeafletsError("leaflets itself changed since the watch began (an upgrade?): "
                                    "start `leaflets watch` again")
            outcome = _run(root, load_config, notify, kept, inputs)
            due, idle = isinstance(outcome.error, LockedError), 0
            yield outcome


def _code_on_disk() -> dict[Path, tuple[int, int, int] | None]:
    """Each file of the pipeline's code and templates (what the run state's fingerprint covers), by identity."""
    return {path: file_identity(path) for path in code_files(PACKAGE)}


def _run(root: Path, load_config: Callable[[Path], Config], notify: Callable[[str], None] | None,
         kept: KeptState, inputs: _Inputs) -> Outcome:
    config = None
    try:
        config = load_config(root)
        inputs.outputs = config.output_dir
        with project_lock(config.root):
            try:
                return Outcome(config, run(config, notify, kept))
            except KeyboardInterrupt:
                raise RunCutShort from None
    except LeafletsError as error:
        return Outcome(config, error=error)
    except OSError as error:  # reported as `leaflets run` reports it; the watch goes on
        return Outcome(config, error=os_failure(error))
