"""`leaflets watch`: a run now, then one after each change, in a real process with real file notifications."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.catalogs.po import messages, read_catalog
from pipeline.cli import console
from pipeline.cli.main import app
from pipeline.core.config import load_config
from pipeline.core.errors import LeafletsError, LockedError
from pipeline.core.incremental import KeptState, RunState, load_state
from pipeline.run import stages, watching
from tests.conftest import SLUG, approve_all, fake_translation, translate_all
from tests.robustness.helpers import cli, subprocess_env

WAIT = 120  # seconds: only how long a broken watch may hang the suite; nothing is timed


class Watch:
    """``leaflets watch`` in a subprocess; its stderr read line by line as it comes."""

    def __init__(self, root: Path):
        self.proc = subprocess.Popen([sys.executable, "-m", "pipeline", "-C", str(root), "watch"], cwd=root,
                                     env=subprocess_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def next_run(self) -> list[str]:
        """The stderr lines up to the end of the next run the watch shows."""
        seen = []
        while (line := self.lines.get(timeout=WAIT)) is not None:
            if line == "watching for changes (Ctrl-C stops)":
                return seen
            seen.append(line)
        raise AssertionError(f"the watch ended: {seen}")

    def stop(self, how: signal.Signals = signal.SIGINT) -> tuple[int, str]:
        self.proc.send_signal(how)
        self.proc.wait(timeout=WAIT)
        rest = []
        while (line := self.lines.get(timeout=WAIT)) is not None:
            rest.append(line)
        self.close()
        return self.proc.returncode, "\n".join(rest)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        assert self.proc.stderr is not None
        self.proc.stderr.close()


@pytest.fixture(autouse=True)
def ctrl_c_reaches_the_watch():
    """A test run started with `&` by a shell without job control (a script) ignores SIGINT, and so would
    the watches it starts: have this process handle it, so that they start with it at its default."""
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        yield
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    else:
        yield


@pytest.fixture
def watching_project(project):
    watch = Watch(project.root)
    try:
        watch.next_run()  # the first run: nothing to do after the project fixture's
        yield project, watch
    finally:
        watch.close()


def test_an_edit_of_the_english_is_extracted_merged_and_built_while_the_watch_runs(watching_project):
    config, watch = watching_project
    source = config.source_path(SLUG)
    text = source.read_text(encoding="utf-8")
    edited = text.replace("# Magnesium", "# Magnesium (edited while watching)", 1)
    assert edited != text
    source.write_text(edited, encoding="utf-8")
    watch.next_run()
    assert "Magnesium (edited while watching)" in config.pot_path(SLUG).read_text(encoding="utf-8")
    assert any("edited while watching" in m.id for m in messages(read_catalog(config.po_path("es", SLUG))))
    assert "edited while watching" in config.output_path("en", SLUG, ".html").read_text(encoding="utf-8")
    code, rest = watch.stop()
    assert code == 0
    assert "stopped watching" in rest


def test_an_approval_made_while_the_watch_runs_publishes_the_language(watching_project):
    config, watch = watching_project
    page = config.output_path("es", SLUG, ".html")
    assert not page.exists()
    translate_all(config, "es", fake_translation("es"))
    watch.next_run()  # the translations alone publish nothing
    assert not page.exists()
    approve_all(config, "es")  # the ledger, signed with jchen's key through ssh-agent
    watch.next_run()
    assert "[es]" in page.read_text(encoding="utf-8")
    assert watch.stop()[0] == 0


def test_an_output_deleted_by_hand_is_made_again_at_the_watch_s_next_look(watching_project):
    """No notification wakes the watch for the outputs (its own writes would): it looks without one too."""
    config, watch = watching_project
    page = config.output_path("en", SLUG, ".html")
    made = page.read_bytes()
    page.unlink()
    lines = watch.next_run()
    assert page.read_bytes() == made, lines
    assert watch.stop()[0] == 0


def test_the_lock_is_held_only_during_a_run(watching_project):
    """Between runs, other commands (here a build, which takes the lock) work on the project.

    A command waits up to common.LOCK_WAIT seconds for the lock, longer than one of the
    watch's runs here; tried again a few times all the same, on a slow machine.
    """
    config, watch = watching_project
    for _ in range(3):
        result = cli(config.root, "build")
        if "is working on this project" not in result.stderr:
            break
    assert result.returncode == 0, result.stderr
    assert watch.stop()[0] == 0


def test_a_bad_setting_is_reported_and_the_watch_goes_on_until_it_is_mended(watching_project):
    config, watch = watching_project
    pyproject = config.root / "pyproject.toml"
    good = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(good.replace("[tool.leaflets]\n", "[tool.leaflets]\npublish_treshold = 0.5\n", 1),
                         encoding="utf-8")
    lines = watch.next_run()
    assert any(line.startswith("leaflets: error: pyproject.toml:") and "publish_treshold" in line
               for line in lines), lines  # the file named from the project, as every command names it
    pyproject.write_text(good, encoding="utf-8")
    source = config.source_path(SLUG)
    source.write_text(source.read_text(encoding="utf-8").replace("# Magnesium", "# Magnesium, mended", 1),
                      encoding="utf-8")
    watch.next_run()
    assert "Magnesium, mended" in config.pot_path(SLUG).read_text(encoding="utf-8")
    assert watch.stop()[0] == 0


def test_sigterm_stops_the_watch_as_ctrl_c_does(watching_project):
    """A service manager (systemd, `docker stop`) ends a program with SIGTERM: between runs, a clean stop."""
    _, watch = watching_project
    code, rest = watch.stop(signal.SIGTERM)
    assert code == 0, rest
    assert "stopped watching" in rest


def test_outside_a_project_watch_fails_at_once(tmp_path):
    result = cli(tmp_path, "watch")
    assert result.returncode != 0
    assert "no pyproject.toml with a [tool.leaflets] table" in result.stderr


# -- what the watch keeps between runs ---------------------------------------------------


def test_the_kept_state_is_used_again_while_the_file_is_as_this_process_left_it(project):
    kept = KeptState()
    path = project.root / stages.STATE_FILE
    fingerprint = stages._fingerprint(project)
    first = kept.load(path, fingerprint)
    assert kept.load(path, fingerprint) is first
    # Another command saves another state: read again. (The same state saved again is not written.)
    other = load_state(path, fingerprint)
    other.earlier = {"gone": ("A leaflet since deleted", ("es",))}
    other.save()
    again = kept.load(path, fingerprint)
    assert again is not first and again.earlier == other.earlier
    # Saved by this process: kept.
    again.save()
    kept.saved()
    assert kept.load(path, fingerprint) is again
    # Other settings: read again.
    assert kept.load(path, "another fingerprint") is not again


def test_a_run_that_fails_forgets_the_kept_state(project, monkeypatch):
    kept = KeptState()
    stages.run(project, kept=kept)
    assert isinstance(kept.state, RunState)

    def broken(*args, **kwargs):
        raise OSError("disk gone")

    monkeypatch.setattr(stages, "_plan_run", broken)
    with pytest.raises(OSError):
        stages.run(project, kept=kept)
    assert kept.state is None


def test_the_watch_is_woken_by_inputs_not_by_outputs_the_state_or_temporary_files(tmp_path):
    inputs = watching._Inputs(tmp_path / ".venv" / "clinic")  # the default filter skips .venv folders
    tmp_path = tmp_path / ".venv" / "clinic"
    inputs.outputs = tmp_path / "site"
    added = watching.watchfiles.Change.added
    assert inputs(added, str(tmp_path / "source" / "a.md"))
    assert inputs(added, str(tmp_path / "locales" / "es" / "LC_MESSAGES" / "a.po"))
    assert inputs(added, str(tmp_path / "pyproject.toml"))
    assert not inputs(added, str(tmp_path / "site" / "es" / "a.html"))
    assert not inputs(added, str(tmp_path / ".leaflets" / "state.json"))
    assert not inputs(added, str(tmp_path / ".leaflets.lock"))
    assert not inputs(added, str(tmp_path / "locales" / "es" / "LC_MESSAGES" / ".a.po.leaflets-12-3.tmp"))
    assert inputs(added, str(tmp_path / "sitemap.txt"))  # beside the outputs' folder, not in it
    assert not inputs(added, str(tmp_path.parent / "elsewhere" / "a.md"))  # outside: only the look sees it


def test_a_run_of_a_kept_state_writes_what_a_run_from_the_file_writes(make_project, tmp_path):
    """Two projects alike: one run after run in one process (kept state), one a fresh load each time.

    PDF editions off: this process makes the one-shot runs' PDFs with Typst, after which
    its forked workers make theirs with WeasyPrint (see the test of forked workers).
    """
    no_pdf = "[tool.leaflets.build]\npdf = false\n"
    one, two = make_project(name="one", extra=no_pdf), make_project(name="two", extra=no_pdf)
    kept = KeptState()
    for config in (one, two):
        stages.run(config, kept=kept if config is one else None)
        translate_all(config, "es", fake_translation("es"))
        approve_all(config, "es")
    stages.run(one, kept=kept)
    stages.run(two)
    for config in (one, two):
        source = config.source_path(SLUG)
        source.write_text(source.read_text(encoding="utf-8").replace("# Magnesium", "# Magnesium again", 1),
                          encoding="utf-8")
    stages.run(one, kept=kept)
    stages.run(two)
    for folder in ("locales", "dist"):
        files_one = sorted(p.relative_to(one.root) for p in (one.root / folder).rglob("*") if p.is_file())
        files_two = sorted(p.relative_to(two.root) for p in (two.root / folder).rglob("*") if p.is_file())
        assert files_one == files_two
        for relative in files_one:
            assert (one.root / relative).read_bytes() == (two.root / relative).read_bytes(), relative


def test_the_watch_ends_when_leaflets_itself_changes(project, monkeypatch):
    """It runs the code it loaded; modules it imports later would be the new code's."""
    stop = threading.Event()
    deadline = threading.Timer(WAIT, stop.set)  # a watch that never looks again ends the test, failing it
    deadline.start()
    try:
        runs = watching.watch(project.root, load_config, stop=stop)
        assert next(runs).report is not None
        monkeypatch.setattr(watching, "_code_on_disk", lambda: {Path("pipeline/rules.py"): (1, 1, 1)})
        with pytest.raises(LeafletsError, match="leaflets itself changed since the watch began"):
            next(runs)
    finally:
        deadline.cancel()


def test_a_process_that_runs_again_and_again_makes_pdfs_in_forked_workers_however_few(project, monkeypatch):
    """Typst keeps threads once it has made a PDF, which a process forked later lacks: the watch makes none itself."""
    assert project.build.pdf
    real = stages._work_on_language
    pids = project.root / "pids"

    def recording(*args, **kwargs):
        with open(pids, "a", encoding="utf-8") as file:  # a forked worker's list would stay in the worker
            file.write(f"{os.getpid()}\n")
        return real(*args, **kwargs)

    monkeypatch.setattr(stages, "_work_on_language", recording)
    translate_all(project, "es", fake_translation("es"))
    stages.run(project)  # one leaflet: a one-shot run works in its own process
    built_in = [int(line) for line in pids.read_text(encoding="utf-8").split()]
    assert set(built_in) == {os.getpid()}
    pids.unlink()
    translate_all(project, "es", fake_translation("es-again"))
    stages.run(project, kept=KeptState())
    built_in = [int(line) for line in pids.read_text(encoding="utf-8").split()]
    assert built_in and os.getpid() not in built_in


def test_the_watch_loads_every_language_before_it_waits_for_the_first_edit(project, monkeypatch):
    """What the first edit's run would otherwise load in its workers is loaded while the watch waits."""
    loaded: list[str] = []
    when_waiting: list[list[str]] = []
    real = stages._load_language

    def recording(code):
        loaded.append(code)
        real(code)

    def fake_watch(*folders, **options):
        when_waiting.append(list(loaded))
        return iter(())

    monkeypatch.setattr(stages, "_load_language", recording)
    monkeypatch.setattr(watching.watchfiles, "watch", fake_watch)
    list(watching.watch(project.root, load_config))
    assert when_waiting == [["en", *project.languages]]


def test_ctrl_c_while_a_stage_module_loads_stops_the_run_and_leaves_no_module_half_loaded():
    """Ctrl-C while build's `from pipeline.review.ledger import ...` loaded the ledger module (put off until
    then) was dropped by CPython's import, and the run went on to an ImportError traceback."""
    script = """
import importlib.abc, importlib.machinery, sys
from pipeline.run import stages

class CtrlCOnce(importlib.abc.MetaPathFinder):  # as Ctrl-C pressed while the module's code runs
    pressed = False
    def find_spec(self, name, path, target=None):
        if name != "pipeline.review.ledger" or self.pressed:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        real = spec.loader
        finder = self
        class Interrupted(importlib.abc.Loader):
            def create_module(self, spec):
                return None
            def exec_module(self, module):
                finder.pressed = True
                raise KeyboardInterrupt
        spec.loader = Interrupted()
        return spec

sys.meta_path.insert(0, CtrlCOnce())
try:
    stages.build.load_page_templates()
except KeyboardInterrupt:
    print("stopped")
stages.build.load_page_templates()  # the next run, in the same process (the watch)
print("loaded", stages.review.Ledger.__name__)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=subprocess_env(),
                          timeout=WAIT, check=False)
    assert done.stdout.split() == ["stopped", "loaded", "Ledger"], done.stderr


def test_loading_ahead_loads_the_stage_modules_and_each_language_s_interface(project):
    """In a fresh process (this one has loaded them for earlier tests): nothing before, everything after."""
    script = """
import json, sys
from pathlib import Path
from babel import localedata
from pipeline.core.config import load_config
from pipeline.run import stages
config = load_config(Path(sys.argv[1]))
names = ("pipeline.publish.build", "pipeline.catalogs.po", "pipeline.review.ledger", "pipeline.catalogs.update",
         "pipeline.publish.picker")
def state():
    return sorted(name for name in names if name in sys.modules), sorted(localedata._cache)
print(json.dumps(state()))
stages.load_ahead(config)
print(json.dumps(state()))
# Asked again, from the caches load_ahead filled: the locales of the languages' interface strings.
print(json.dumps(sorted({str(stages.stamp.ui_strings(code).lang.locale) for code in config.languages})))
print(json.dumps(sorted(name for _, name in stages.build.template_environment().cache.keys())))
"""
    done = subprocess.run([sys.executable, "-c", script, str(project.root)], capture_output=True, text=True,
                          env=subprocess_env(), timeout=WAIT, check=True)
    before, after, interfaces, templates = (json.loads(line) for line in done.stdout.splitlines())
    assert before == [[], []]
    assert after[0] == sorted(["pipeline.publish.build", "pipeline.catalogs.po", "pipeline.review.ledger",
                               "pipeline.catalogs.update", "pipeline.publish.picker"])
    assert len(interfaces) > 1 and set(interfaces) <= set(after[1])
    # Compiled: the editions' and the holding page's (the workers'), and the picker's (the watch's own).
    assert templates == ["bilingual.html.j2", "holding.html.j2", "index.html.j2", "leaflet.html.j2", "site-nav.html.j2"]


def test_the_code_on_disk_notices_a_changed_module_or_template(tmp_path, monkeypatch):
    monkeypatch.setattr(watching, "PACKAGE", tmp_path)
    (tmp_path / "templates").mkdir()
    (tmp_path / "rules.py").write_text("LIMIT = 1\n", encoding="utf-8")
    (tmp_path / "templates" / "page.html.j2").write_text("<p>{{ x }}</p>\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not code\n", encoding="utf-8")
    before = watching._code_on_disk()
    assert set(before) == {tmp_path / "rules.py", tmp_path / "templates" / "page.html.j2"}
    (tmp_path / "templates" / "page.html.j2").write_text("<p>{{ x }}?</p>\n", encoding="utf-8")  # same size
    assert watching._code_on_disk() != before


def test_the_watch_runs_after_a_change_after_a_refused_run_and_every_few_wake_ups(project, monkeypatch):
    """Which wake-ups run (watchfiles' own watching replaced by a list of wake-ups: a set of changes, or none)."""
    change = {(watching.watchfiles.Change.modified, str(project.source_path(SLUG)))}
    wake_ups = [set(), set(), change, *[set()] * (watching.LOOK_EVERY - 1), set(), set(), change, set()]
    outcomes = iter([watching.Outcome(project, error=LockedError("busy")), *[watching.Outcome(project)] * 10])
    runs = []

    def fake_run(*args):
        runs.append(len(seen))
        return next(outcomes) if len(runs) > 1 else watching.Outcome(project)

    seen: list = []

    def fake_watch(*folders, **options):
        for wake_up in wake_ups:
            seen.append(wake_up)
            yield wake_up

    monkeypatch.setattr(watching, "_run", fake_run)
    monkeypatch.setattr(watching.watchfiles, "watch", fake_watch)
    list(watching.watch(project.root, load_config))
    # The first run; the first wake-up (the catch-up), refused; the next tries again, without a
    # change; the change; the LOOK_EVERY-th wake-up without a change since; the change two after.
    assert runs == [0, 1, 2, 3, 3 + watching.LOOK_EVERY, 5 + watching.LOOK_EVERY]


def test_ctrl_c_in_the_middle_of_a_run_exits_130_and_says_how_to_finish(project, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(watching, "run", interrupted)
    with pytest.raises(watching.RunCutShort):
        watching._run(project.root, load_config, None, KeptState(), watching._Inputs(project.root))
    result = CliRunner().invoke(app, ["-C", str(project.root), "watch"])
    assert result.exit_code == 130
    assert "stopped in the middle of a run" in result.output and "`leaflets run` finishes them" in result.output


def test_the_watch_loads_the_summary_s_tables_once_after_its_first_run(project, monkeypatch):
    loaded: list[int] = []
    runs: list[int] = []

    def three_runs(*args, **kwargs):
        for _ in range(3):
            runs.append(len(loaded))  # how often Rich was loaded ahead before this run
            yield watching.Outcome(project, stages.StageReport())

    monkeypatch.setattr(watching, "watch", three_runs)
    monkeypatch.setattr(console, "load_ahead", lambda: loaded.append(1))
    result = CliRunner().invoke(app, ["-C", str(project.root), "watch"])
    assert result.exit_code == 0, result.output
    assert runs == [0, 1, 1]


def test_loading_the_summary_s_tables_ahead_imports_rich():
    """In a fresh process: a command that prints no table does not load Rich; loading ahead does."""
    script = ("import json, sys; from pipeline.cli import console; before = 'rich.table' in sys.modules; "
              "console.load_ahead(); print(json.dumps([before, 'rich.table' in sys.modules]))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=subprocess_env(),
                          timeout=WAIT, check=True)
    assert json.loads(done.stdout) == [False, True]


def test_ctrl_c_between_runs_exits_0(project, monkeypatch):
    def stopped(*args, **kwargs):
        yield watching.Outcome(project, stages.StageReport())
        raise KeyboardInterrupt

    monkeypatch.setattr(watching, "watch", stopped)
    sigterm_before = signal.getsignal(signal.SIGTERM)
    result = CliRunner().invoke(app, ["-C", str(project.root), "watch"])
    assert result.exit_code == 0
    assert "stopped watching" in result.output
    assert signal.getsignal(signal.SIGTERM) is sigterm_before  # the watch's SIGTERM handler is its own


def test_the_watch_shows_a_run_once_and_not_its_repeats_nor_a_busy_project_as_an_error(project, monkeypatch):
    """A run woken by the watch's own writes (notes gone), a leaflet that fails as it did at the last
    look, a project another command holds: none is shown again, and the last is no error."""
    failure = f"source/{SLUG}.md:2: front matter slug 'x' differs from the file name"
    drafted = stages.StageReport(changed=[project.output_path("en", SLUG, ".html")], notes=["drafts: es: 3 drafted"])
    outcomes = [
        watching.Outcome(project, stages.StageReport()),  # the first run: always shown
        watching.Outcome(project, drafted),  # an edit's run: shown
        watching.Outcome(project, stages.StageReport()),  # woken by its own writes: nothing new
        watching.Outcome(project, stages.StageReport(failures=[failure])),  # a leaflet fails: shown
        watching.Outcome(project, stages.StageReport(failures=[failure])),  # the same at the next look
        watching.Outcome(project, error=LockedError("another leaflets process is working", project.root)),
    ]

    def runs(*args, **kwargs):
        yield from outcomes

    monkeypatch.setattr(watching, "watch", runs)
    monkeypatch.setattr(console, "load_ahead", lambda: None)
    result = CliRunner().invoke(app, ["-C", str(project.root), "watch"])
    assert result.exit_code == 0, result.output
    assert result.output.count("watching for changes") == 3  # the first run, the edit's, the failure's
    assert result.output.count("differs from the file name") == 1
    assert "error" not in result.output.split("differs from the file name")[1]
    assert "another leaflets command is working on the project" in result.output
