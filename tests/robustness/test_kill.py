"""SIGKILL at random points of update, draft, build and run: never a half-written file.

For each stage a base project (the old state) is copied and the stage run to
the end once, giving the new state and the time window in which it writes.
Then 50 runs in all are killed at a random moment of that window. After each
kill every catalogue, ledger and output file must be byte for byte its old or
its new version (or absent, where that version is absence), and a rerun of the
same command must succeed and leave exactly the new state.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.catalogs.po import read_catalog
from pipeline.core.config import load_config
from pipeline.core.files import project_lock
from pipeline.run import stages
from tests.robustness.helpers import (
    cli,
    is_debris,
    subprocess_env,
    translate_and_approve,
    tree,
    write_project,
)

KILLS = {"update": 13, "draft": 12, "build": 12, "run": 13}  # 50 in all
LANGS = ["es", "ar", "en_XA", "ar_XB"]  # two real languages, two pseudo-locales for the draft engine
LEAFLETS = 8  # enough for `run` to use its worker processes
COMMANDS = {"update": ["update"], "draft": ["draft", "--engine", "pseudo"], "build": ["build"], "run": ["run"]}


@dataclass
class Scenario:
    base: Path
    old: dict[str, bytes]
    new: dict[str, bytes]
    span: float  # seconds between the first and the last write of the reference run
    watched: tuple[Path, ...]  # folders (relative) whose entries the stage changes


def _published(root: Path) -> Path:
    """8 leaflets, Spanish and Arabic translated, approved and built."""
    config = write_project(root, LEAFLETS, LANGS, reviewed=["es", "ar"])
    stages.run(config)
    translate_and_approve(config, ["es", "ar"])
    stages.run(config)
    return root


def _edit_sources(root: Path) -> None:
    for path in sorted((root / "source").glob("*.md")):
        lines = path.read_text(encoding="utf-8").split("\n")
        index = next(i for i, line in enumerate(lines) if line.startswith("## ")) + 2
        lines[index] += " Ask the nurse if anything is unclear."
        path.write_text("\n".join(lines), encoding="utf-8")


def _reference(base: Path, work: Path, command: list[str]) -> Scenario:
    reference = work / "reference"
    shutil.copytree(base, reference)
    result = cli(reference, *command)
    assert result.returncode == 0, result.stderr
    old, new = tree(base), tree(reference)
    changed = [p for p in old.keys() | new.keys() if old.get(p) != new.get(p)]
    assert changed, f"`{' '.join(command)}` changed nothing: the scenario tests nothing"
    stamps = [(reference / p).stat().st_mtime for p in changed if p in new]
    span = max(stamps) - min(stamps) if stamps else 0.05
    for path in new:  # the new state itself must be valid
        if path.endswith(".po"):
            read_catalog(reference / path)
    shutil.rmtree(reference)
    watched = set()
    for path in changed:
        parent = Path(path).parent
        while parent != Path("."):
            watched.add(parent)
            parent = parent.parent
    return Scenario(base, old, new, max(span, 0.02), tuple(sorted(watched)))


@pytest.fixture(scope="module")
def scenarios(tmp_path_factory) -> dict[str, Scenario]:
    work = tmp_path_factory.mktemp("kill")
    published = _published(work / "published")
    bases = {}
    bases["build"] = work / "build"
    shutil.copytree(published, bases["build"])
    shutil.rmtree(bases["build"] / "dist")
    shutil.rmtree(bases["build"] / ".leaflets", ignore_errors=True)
    bases["update"] = work / "update"
    shutil.copytree(published, bases["update"])
    _edit_sources(bases["update"])
    stages.extract_all(load_config(bases["update"]))
    bases["draft"] = work / "draft"
    shutil.copytree(published, bases["draft"])
    bases["run"] = work / "run"
    shutil.copytree(published, bases["run"])
    _edit_sources(bases["run"])
    return {stage: _reference(base, work / f"ref-{stage}", COMMANDS[stage]) for stage, base in bases.items()}


def _folders(project: Path, watched: tuple[Path, ...]) -> list[tuple[int, int] | None]:
    states = []
    for folder in watched:
        try:
            status = os.stat(project / folder)
            states.append((status.st_mtime_ns, status.st_nlink))
        except FileNotFoundError:
            states.append(None)
    return states


def _wait_for_first_write(proc: subprocess.Popen, project: Path, watched: tuple[Path, ...]) -> bool:
    """Poll the folders the stage writes in until one changes (a temp file, a rename, a removal).

    Kill times taken from the clock alone land mostly in interpreter start-up
    on a busy machine; this starts the random delay where the writing starts.
    """
    before = _folders(project, watched)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if _folders(project, watched) != before:
            return True
        time.sleep(0.002)
    return False


def _rerun(project: Path, stage: str, through_cli: bool) -> None:
    """Run the killed command again: through the CLI or, faster, in this process; under the project lock either way.

    Only the lock's holder removes the temporary files a killed run left (another
    process may own them), as the CLI does.
    """
    if through_cli:
        result = cli(project, *COMMANDS[stage])
        assert result.returncode == 0, f"{stage}: the rerun failed:\n{result.stderr}"
        return
    config = load_config(project)
    with project_lock(config.root):
        if stage == "draft":
            from pipeline.drafting import draft

            report = draft.draft(config, draft.DraftOptions(engines=("pseudo",)))
            assert report.ok, report.notes
        else:
            {"update": stages.update_all, "build": stages.build_all, "run": stages.run}[stage](config)


def _wait_for_group(pgid: int, limit: float = 3.0) -> bool:
    """Wait until no process of the killed run's group is left; kill and report stragglers."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.02)
    os.killpg(pgid, signal.SIGKILL)  # orphaned workers would hold the project lock for ever
    return False


@pytest.mark.parametrize("stage", list(KILLS))
def test_killed_stage_leaves_old_or_new_files_and_a_rerun_completes(stage, scenarios, tmp_path):
    scenario = scenarios[stage]
    rng = random.Random(f"kill-{stage}")
    command = [sys.executable, "-m", "pipeline", "-C", "PROJECT", *COMMANDS[stage]]
    changed = sorted(p for p in scenario.old.keys() | scenario.new.keys()
                     if scenario.old.get(p) != scenario.new.get(p))
    partial_trials, problems = 0, []
    for trial in range(KILLS[stage]):
        project = tmp_path / f"trial-{trial}"
        shutil.copytree(scenario.base, project)
        command[4] = str(project)
        proc = subprocess.Popen(command, cwd=project, env=subprocess_env(), start_new_session=True,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait_for_first_write(proc, project, scenario.watched)
        time.sleep(rng.uniform(0, scenario.span))
        if stage == "run":
            proc.send_signal(signal.SIGKILL)  # the main process only, as the OOM killer would
        else:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        if not _wait_for_group(proc.pid):
            problems.append(f"kill {trial}: worker processes outlived the killed run by 3 s (killed now)")
            time.sleep(0.1)

        now = tree(project)
        for path in sorted(now.keys() | scenario.old.keys() | scenario.new.keys()):
            # The one property that must hold after every kill: checked at once.
            assert is_debris(path) or now.get(path) in (scenario.old.get(path), scenario.new.get(path)), (
                f"{stage}, kill {trial}: {path} is neither its old nor its new version"
            )
        partial_trials += {now.get(p) == scenario.new.get(p) for p in changed} == {True, False}

        try:
            _rerun(project, stage, through_cli=trial % 4 == 0)
        except Exception as exc:  # noqa: BLE001 - collected and reported below with the others
            problems.append(f"kill {trial}: the rerun failed: {exc}")
            continue
        after = tree(project)
        leftovers = sorted(p for p in after if is_debris(p))
        if leftovers:
            problems.append(f"kill {trial}: temporary files left after the rerun: {leftovers[:3]}")
        wrong = sorted(p for p in after.keys() | scenario.new.keys()
                       if not is_debris(p) and after.get(p) != scenario.new.get(p))
        if wrong:
            problems.append(f"kill {trial}: after the rerun {len(wrong)} files differ from an uninterrupted "
                            f"run's, e.g. {wrong[:3]}")
        shutil.rmtree(project)
    assert not problems, f"{stage}: " + "\n".join(problems)
    # Kills that all landed before or after the writes would prove nothing.
    assert partial_trials >= 1, f"{stage}: no kill landed while files were being written ({scenario.span:.2f} s)"
