"""What the pipeline may touch: its own temporary files after a kill, and nothing through a link out of the project."""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from benchmarks.corpus import pseudo_translate
from pipeline.catalogs.po import messages, read_catalog, write_catalog
from pipeline.core.config import load_config
from pipeline.core.errors import LeafletsError
from pipeline.core.files import UNFINISHED_NAME, flock, project_lock, sweep_temporary_files
from pipeline.core.incremental import STATE_VERSION, load_state
from pipeline.drafting.draft import DraftOptions, draft
from pipeline.publish.pdf import write_pdf
from pipeline.run import stages
from tests.robustness.helpers import (
    REPO,
    cli,
    is_debris,
    subprocess_env,
    tree,
    write_project,
)


def _killed_mid_write(root: Path, script: str) -> str:
    """Run ``script`` (Python, with ``root`` as ROOT) with every rename stuck; SIGKILL it at the first rename.

    The temporary file of that write is written and closed, as when a process
    is killed between the two. Returns the path the write was for.
    """
    stuck = textwrap.dedent("""\
        import os, sys, time
        from pathlib import Path
        ROOT = Path(sys.argv[1])
        def stuck(source, target):
            print(target, flush=True)
            time.sleep(600)
        os.replace = stuck
    """)
    proc = subprocess.Popen([sys.executable, "-c", stuck + textwrap.dedent(script), str(root)], cwd=REPO,
                            env=subprocess_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        target = proc.stdout.readline().strip()
        assert target, proc.stderr.read()
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()
    return target


def _debris(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if is_debris(p.name))


def test_after_a_killed_run_only_the_pipelines_own_temporary_files_are_removed(published):
    for path in sorted((published / "source").glob("*.md")):  # the run must rewrite the POTs and catalogues
        path.write_text(path.read_text(encoding="utf-8").replace("## Question 1", "## First question"), "utf-8")
    mine = {
        "notes/.draft.tmp": "a user's draft",
        "locales/es/LC_MESSAGES/.reviewer-notes.tmp": "a user's file in a folder the pipeline writes",
        "notes/.leaflet-00.po.leaflets-12-3.tmp": "named like the pipeline's, in a folder it never wrote",
    }
    for relative, text in mine.items():
        (published / relative).parent.mkdir(parents=True, exist_ok=True)
        (published / relative).write_text(text, encoding="utf-8")

    target = _killed_mid_write(published, """
        from pipeline.cli.main import main
        sys.argv = ["leaflets", "-C", str(ROOT), "run"]
        main()
    """)

    killed_write = Path(target).relative_to(published)
    left = [name for name in _debris(published) if name not in mine]
    assert [Path(name).parent for name in left] == [killed_write.parent], left  # the POT being written
    assert "notes" not in (published / UNFINISHED_NAME).read_text(encoding="utf-8")
    result = cli(published, "run")
    assert result.returncode == 0, result.stderr
    assert _debris(published) == ["notes/.leaflet-00.po.leaflets-12-3.tmp"]  # the user's, left alone
    for relative, text in mine.items():
        assert (published / relative).read_text(encoding="utf-8") == text
    assert not (published / UNFINISHED_NAME).exists()


def test_a_review_server_killed_mid_write_leaves_a_temporary_ledger_the_next_run_removes(tmp_path):
    root = tmp_path / "project"
    config = write_project(root, 3, ["es"])
    stages.run(config)
    po = config.po_path("es", "leaflet-01")
    catalog = read_catalog(po)
    for message in messages(catalog):
        message.string = pseudo_translate(message.id, "es")
        message.flags.discard("fuzzy")
    write_catalog(po, catalog)  # translated, not yet approved
    before = tree(root)

    # An approval as the review server makes it: under the shared project lock, in the catalogue lock.
    target = _killed_mid_write(root, """
        from pipeline.core.config import load_config
        from pipeline.review.ledger import approve, editing
        from pipeline.web.app import shared_project_lock
        config = load_config(ROOT)
        with shared_project_lock(ROOT, 5), editing(config, "es", "leaflet-01") as work:
            approve(work.catalog, work.ledger, config, "rev")
    """)

    assert target.endswith("leaflet-01.approvals.json")
    assert [Path(name).name.startswith(".leaflet-01.approvals.json.") for name in _debris(root)] == [True]
    assert tree(root) == {**before, **{p: b for p, b in tree(root).items() if is_debris(p)}}  # nothing else changed
    result = cli(root, "run")
    assert result.returncode == 0, result.stderr
    assert _debris(root) == []


def test_the_sweep_looks_only_inside_the_project(tmp_path):
    """A list of folders that points out of the project (edited, or cut short) removes nothing there."""
    root, elsewhere = tmp_path / "project", tmp_path / "elsewhere"
    (root / ".leaflets").mkdir(parents=True)
    elsewhere.mkdir()
    outside = elsewhere / ".page.html.leaflets-5-1.tmp"
    outside.write_text("not the project's", encoding="utf-8")
    (root / "dist").mkdir()
    inside = root / "dist" / ".page.html.leaflets-5-2.tmp"
    inside.write_text("half a page", encoding="utf-8")
    (root / UNFINISHED_NAME).write_text(f"../elsewhere\n{elsewhere}\ndist\nlocales/e", encoding="utf-8")

    assert sweep_temporary_files(root) == [inside]
    assert outside.exists() and not inside.exists()
    assert not (root / UNFINISHED_NAME).exists()


def test_only_the_project_locks_holder_removes_temporary_files(tmp_path):
    """Another process may own a listed temporary file: a library call without the lock leaves it be."""
    root = tmp_path / "project"
    config = write_project(root, 2, ["es"])
    stages.run(config)
    folder = config.po_path("es", "leaflet-00").parent
    other = folder / ".leaflet-00.po.leaflets-77-1.tmp"  # a write another process has under way
    other.write_text("half a catalogue", encoding="utf-8")
    (root / UNFINISHED_NAME).write_text("locales/es/LC_MESSAGES\n", encoding="utf-8")

    report = draft(config, DraftOptions(engines=("memory",)))
    stages.update_all(config)  # the stages write the project as a library too
    assert not report.errors and other.exists() and (root / UNFINISHED_NAME).exists()

    with project_lock(config.root):
        assert not other.exists() and not (root / UNFINISHED_NAME).exists()


@pytest.fixture
def outside(tmp_path) -> Path:
    folder = tmp_path / "outside"
    folder.mkdir()
    return folder


def _assert_refused(result: subprocess.CompletedProcess, link: Path, project: Path) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    named = link.relative_to(project).as_posix()  # named from the project, no line: a link has none
    assert len(lines) == 1 and lines[0].startswith(f"leaflets: error: {named}: is a link to "), result.stderr
    assert "outside the project" in lines[0]


def test_an_output_folder_linked_out_of_the_project_is_not_written_through(published, outside):
    spanish = published / "dist" / "es"
    for page in spanish.iterdir():
        page.unlink()
    spanish.rmdir()
    spanish.symlink_to(outside, target_is_directory=True)

    result = cli(published, "run")

    _assert_refused(result, spanish, published)
    assert list(outside.iterdir()) == []


def test_the_whole_output_folder_linked_out_of_the_project_is_not_written_through(published, outside):
    """The configured folders are resolved when the settings are read: refused there, naming where dist/ leads."""
    shutil.rmtree(published / "dist")
    (published / "dist").symlink_to(outside, target_is_directory=True)

    result = cli(published, "run")

    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines == [(f"leaflets: error: dist: is a link to {outside}, outside the project; "
                      "leaflets writes only inside it")], result.stderr
    assert list(outside.iterdir()) == []


def test_an_output_folder_linked_out_is_not_deleted_from_either(published, outside):
    """Withdrawing a language removes its pages: not through a link out of the project either."""
    spanish = published / "dist" / "es"
    for page in spanish.iterdir():
        os.replace(page, outside / page.name)
    spanish.rmdir()
    spanish.symlink_to(outside, target_is_directory=True)
    kept = sorted(p.name for p in outside.iterdir())
    assert kept
    for ledger in (published / "locales" / "es" / "LC_MESSAGES").glob("*.approvals.json"):
        ledger.unlink()  # no approvals: the run withdraws Spanish

    result = cli(published, "run")

    _assert_refused(result, spanish, published)
    assert sorted(p.name for p in outside.iterdir()) == kept


def test_a_lock_file_linked_out_of_the_project_is_refused(published, outside):
    lock = published / ".leaflets.lock"
    lock.unlink(missing_ok=True)
    lock.symlink_to(outside / "elsewhere.lock")
    before = tree(published)

    result = cli(published, "build")

    _assert_refused(result, lock, published)
    assert not (outside / "elsewhere.lock").exists()
    assert tree(published) == before
    from pipeline.web.app import shared_project_lock  # the review server's lock too

    with pytest.raises(LeafletsError, match="is a link to .* outside the project"), shared_project_lock(published, 0):
        pass
    assert not (outside / "elsewhere.lock").exists()


def test_a_link_that_stays_inside_the_project_is_followed(published):
    """Only links out of the project are refused: dist/ may point to another folder of the project."""
    (published / "dist").rename(published / "public")
    (published / "dist").symlink_to("public", target_is_directory=True)
    for page in (published / "public" / "es").iterdir():
        page.unlink()

    result = cli(published, "run")

    assert result.returncode == 0, result.stderr
    assert (published / "public" / "es" / "leaflet-00.html").exists()


def _with_new_english(project: Path) -> None:
    """One leaflet's English gains a paragraph: the next run rewrites its catalogue."""
    source = project / "source" / "leaflet-00.md"
    source.write_text(source.read_text(encoding="utf-8") + "\nA paragraph added to the leaflet.\n", encoding="utf-8")


def test_a_catalogue_that_is_a_link_inside_the_project_is_written_through_and_keeps_its_permissions(published):
    """A translator's link (the catalogue kept in a shared folder of the project) stays a link, its file
    rewritten, as msgmerge -U writes through it; a file made group-writable stays so."""
    catalogue = published / "locales" / "es" / "LC_MESSAGES" / "leaflet-00.po"
    shared = published / "shared" / "es-leaflet-00.po"
    shared.parent.mkdir()
    os.replace(catalogue, shared)
    catalogue.symlink_to(os.path.relpath(shared, catalogue.parent))
    other = published / "locales" / "es" / "LC_MESSAGES" / "leaflet-01.po"
    other.chmod(0o664)
    _with_new_english(published)
    source = published / "source" / "leaflet-01.md"
    source.write_text(source.read_text(encoding="utf-8") + "\nAnother paragraph.\n", encoding="utf-8")

    result = cli(published, "run")

    assert result.returncode == 0, result.stderr
    assert catalogue.is_symlink() and "A paragraph added to the leaflet." in shared.read_text(encoding="utf-8")
    assert "Another paragraph." in other.read_text(encoding="utf-8") and other.stat().st_mode & 0o777 == 0o664


def test_a_catalogue_linked_out_of_the_project_is_not_written_through(published, outside):
    catalogue = published / "locales" / "es" / "LC_MESSAGES" / "leaflet-00.po"
    os.replace(catalogue, outside / "leaflet-00.po")
    catalogue.symlink_to(outside / "leaflet-00.po")
    kept = (outside / "leaflet-00.po").read_bytes()
    _with_new_english(published)

    result = cli(published, "run")

    assert result.returncode == 1
    assert f"{catalogue.relative_to(published).as_posix()}: is a link to {outside}/leaflet-00.po, outside the " \
           "project" in result.stderr, result.stderr
    assert (outside / "leaflet-00.po").read_bytes() == kept and catalogue.is_symlink()


def test_flock_shares_or_refuses_as_asked(tmp_path):
    path = tmp_path / "lock"
    # Readers together, no writer among them.
    with flock(path, shared=True), flock(path, shared=True, wait=0), pytest.raises(BlockingIOError), flock(path, wait=0):
        pass
    with flock(path, wait=0), pytest.raises(BlockingIOError), flock(path, shared=True, wait=0.1):
        pass
    with flock(tmp_path), pytest.raises(BlockingIOError), flock(tmp_path, wait=0):  # a folder (the catalogue lock)
        pass


def test_a_second_lock_in_the_same_process_is_refused_too(published):
    with project_lock(published), pytest.raises(LeafletsError, match="another leaflets process"), \
            project_lock(published):
        pass


def test_a_rerun_writes_again_only_the_run_state_lines_of_the_leaflets_it_worked_on(published):
    config = load_config(published)
    state_file = published / stages.STATE_FILE
    head, *before = state_file.read_text(encoding="utf-8").splitlines()
    edited = config.source_path("leaflet-01")
    edited.write_text(edited.read_text(encoding="utf-8") + "\nOne more paragraph.\n", encoding="utf-8")
    stages.run(config)
    new_head, *after = state_file.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)[0] for line in after] == ["leaflet-00", "leaflet-01", "leaflet-02"]
    assert [old == new for old, new in zip(before, after, strict=True)] == [True, False, True]
    assert json.loads(new_head)["picker"] != json.loads(head)["picker"]  # Spanish is being updated
    state = load_state(state_file, json.loads(new_head)["fingerprint"])
    assert state.leaflets["leaflet-01"].langs["es"].publication.holding
    assert stages.run(config).changed == []


def test_a_run_state_of_another_version_or_shape_means_a_full_run(published):
    config = load_config(published)
    state_file = published / stages.STATE_FILE
    head, *lines = state_file.read_text(encoding="utf-8").splitlines()
    document = json.loads(head)
    assert document["version"] == STATE_VERSION and len(lines) == len(config.slugs())  # a line per leaflet
    outputs = tree(published, ("dist",))
    for broken in (
        # the old formats: one JSON document
        json.dumps({**document, "version": 3, "leaflets": {"leaflet-00": {"title": "Leaflet 0", "langs": {}}}}),
        json.dumps({**document, "version": 7, "leaflets": {"leaflet-00": ["Leaflet 0", None, None, {}]}}),
        "\n".join([head, json.dumps(["leaflet-00", ["Leaflet 0", [1, 2, "x"]]])]),  # a record cut short
        "\n".join([head, *lines])[:-20],  # the file cut short
        "\n".join([json.dumps({**document, "picker": [None, {"es": [1, 2, 3]}, {}]}), *lines]),
    ):
        state_file.write_text(broken, encoding="utf-8")
        assert load_state(state_file, document["fingerprint"]).leaflets == {}
        report = stages.run(config)
        assert report.changed == [], "a full run remade the same files: none changed"
        assert load_state(state_file, document["fingerprint"]).leaflets.keys() == set(config.slugs())
    assert tree(published, ("dist",)) == outputs


def test_a_language_folder_nobody_may_read_is_a_one_line_error_not_a_traceback(tmp_path):
    """Reporting an unreadable catalogue asked whether it was a link: that raised too, in a traceback."""
    root = tmp_path / "project"
    config = write_project(root, 1, ["es", "it"])
    stages.run(config)
    folder = root / "locales" / "it"
    folder.chmod(0)
    # root reads every folder anyway: drop the capabilities that let it (setpriv, util-linux)
    as_a_user = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"] if os.geteuid() == 0 else []
    try:
        done = subprocess.run([*as_a_user, sys.executable, "-m", "pipeline", "-C", str(root), "run"],
                              capture_output=True, text=True, check=False, env=subprocess_env(), timeout=120)
    finally:
        folder.chmod(0o755)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    errors = [line for line in done.stderr.splitlines() if "locales/it/" in line]
    assert errors and all("permission denied" in line.lower() for line in errors), done.stderr


def test_a_named_pipe_among_the_leaflets_fails_alone_and_does_not_hang_the_run(tmp_path):
    root = tmp_path / "project"
    config = write_project(root, 2, ["es"])
    os.mkfifo(root / "source" / "pipe.md")  # nothing ever writes to it: reading it would wait for ever

    done = subprocess.run([sys.executable, "-m", "pipeline", "-C", str(root), "run"], capture_output=True, text=True,
                          check=False, env=subprocess_env(), timeout=120)

    assert done.returncode == 1, done.stderr
    assert "source/pipe.md" in done.stderr and "not a file (a named pipe or a device)" in done.stderr, done.stderr
    assert all((root / "dist" / "en" / f"{slug}.html").exists() for slug in config.slugs() if slug != "pipe")


def test_the_picker_keeps_its_permissions_and_is_never_written_through_a_link_out(published, outside):
    """The picker is written piece by piece (it lists every edition): as every other file, not around the rules."""
    picker = published / "dist" / "index.html"
    picker.chmod(0o640)  # a clinic that keeps its pages from other users of the machine
    source = published / "source" / "leaflet-00.md"
    source.write_text(source.read_text(encoding="utf-8").replace("title: Leaflet 0", "title: Leaflet zero"),
                      encoding="utf-8")  # a title the picker shows

    result = cli(published, "run")

    assert result.returncode == 0, result.stderr
    assert "Leaflet zero" in picker.read_text(encoding="utf-8") and picker.stat().st_mode & 0o777 == 0o640

    os.replace(picker, outside / "index.html")
    picker.symlink_to(outside / "index.html")
    kept = (outside / "index.html").read_bytes()
    source.write_text(source.read_text(encoding="utf-8").replace("title: Leaflet zero", "title: Leaflet nought"),
                      encoding="utf-8")

    result = cli(published, "run")

    assert result.returncode == 1
    assert "dist/index.html: is a link to" in result.stderr and "outside the project" in result.stderr, result.stderr
    assert (outside / "index.html").read_bytes() == kept and picker.is_symlink()


def test_a_slug_too_long_for_the_files_named_after_it_fails_that_leaflet_alone(tmp_path):
    root = tmp_path / "project"
    write_project(root, 2, ["es"])
    slug = "a-very-long-leaflet-name-" * 10  # 250 bytes: the name fits, the temporary copies' names do not
    (root / "source" / f"{slug}.md").write_text(
        (root / "source" / "leaflet-00.md").read_text(encoding="utf-8").replace("slug: leaflet-00", f"slug: {slug}"),
        encoding="utf-8")

    done = subprocess.run([sys.executable, "-m", "pipeline", "-C", str(root), "run"], capture_output=True, text=True,
                          check=False, env=subprocess_env(), timeout=120)

    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "slug is 250 bytes long, more than 200" in done.stderr, done.stderr
    assert all((root / "dist" / "en" / f"{other}.html").exists() for other in ("leaflet-00", "leaflet-01"))


def test_the_pipelines_own_folder_linked_out_is_named_as_such(published, outside):
    """It was reported as a [tool.leaflets.draft] cache setting the user never wrote."""
    state = published / ".leaflets"
    os.replace(state, outside / "state")
    state.symlink_to(outside / "state", target_is_directory=True)

    result = cli(published, "run")

    assert result.returncode == 1
    assert result.stderr.strip() == (f"leaflets: error: .leaflets: is a link to {outside}/state, outside the project; "
                                     "leaflets writes only inside it"), result.stderr


def test_a_named_pipe_where_the_picker_should_be_is_a_one_line_error_not_a_hang(published):
    picker = published / "dist" / "index.html"
    picker.unlink()
    os.mkfifo(picker)
    source = published / "source" / "leaflet-00.md"
    source.write_text(source.read_text(encoding="utf-8").replace("title: Leaflet 0", "title: Leaflet zero"),
                      encoding="utf-8")  # the picker is written again

    result = cli(published, "run", timeout=60)

    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "dist/index.html" in result.stderr and "not a file (a named pipe or a device)" in result.stderr


@pytest.mark.parametrize("command", ["run", "build"])
def test_an_output_folder_holding_a_page_leaflets_did_not_make_is_refused_before_anything_is_written(tmp_path,
                                                                                                    command):
    """output_dir = "docs" wrote the language picker over the project's own docs/index.html."""
    root = tmp_path / "project"
    write_project(root, 2, ["es"])
    pyproject = root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8").replace("[tool.leaflets]\n",
                                                                       '[tool.leaflets]\noutput_dir = "docs"\n', 1),
                         encoding="utf-8")
    page = root / "docs" / "index.html"
    page.parent.mkdir()
    page.write_text("<!DOCTYPE html>\n<title>Clinic handbook</title>\n<p>Our own pages.</p>\n", encoding="utf-8")

    result = cli(root, command)

    assert result.returncode == 1, result.stderr
    assert result.stderr.strip() == ("leaflets: error: docs/index.html:1: a page leaflets did not make, where it "
                                     "puts the language picker: set output_dir to a folder of leaflets' own (default "
                                     "dist), or move the page")
    assert sorted(path.name for path in page.parent.iterdir()) == ["index.html"]  # nothing written beside it
    assert "Our own pages." in page.read_text(encoding="utf-8")

    page.unlink()  # once moved, the folder is leaflets' own: later runs write their picker over their own
    assert cli(root, command).returncode == 0 and cli(root, command).returncode == 0
    assert '<meta name="generator" content="leaflets">' in page.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["run", "build"])
def test_a_picker_an_html_formatter_laid_out_again_is_still_known_as_leaflets_own(published, command):
    """A committed dist/ run through a formatter (prettier, a pre-commit hook): a fresh checkout, without the
    run state, must know its picker still (it matched the meta's exact bytes in the first kilobyte)."""
    page = published / "dist" / "index.html"
    text = page.read_text(encoding="utf-8")
    assert text.count('<meta name="generator" content="leaflets">') == 1
    formatted = text.replace('<meta name="generator" content="leaflets">',
                             "<!-- " + "formatted " * 150 + "-->\n    <META\n      CONTENT='leaflets'\n      NAME=Generator\n    />")
    page.write_text(formatted, encoding="utf-8")
    shutil.rmtree(published / ".leaflets")  # a fresh checkout: the run state is not committed

    result = cli(published, command)

    assert result.returncode == 0, result.stderr
    assert '<meta name="generator" content="leaflets">' in page.read_text(encoding="utf-8")  # made again


@pytest.mark.parametrize("page_text", [
    '<!DOCTYPE html>\n<meta name="generator" content="Hugo 0.139">\n<title>Clinic</title>\n',
    # a marked section the standard library's HTML parser stops at with an AssertionError
    '<!DOCTYPE html><![x[ y ]]><p>Hugo 0.139</p>\n',
])
def test_a_page_naming_another_generator_or_none_it_can_read_is_still_refused(published, page_text):
    page = published / "dist" / "index.html"
    page.write_text(page_text, encoding="utf-8")
    shutil.rmtree(published / ".leaflets")

    result = cli(published, "run")

    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.strip().endswith("a page leaflets did not make, where it puts the language picker: set "
                                          "output_dir to a folder of leaflets' own (default dist), or move the page")
    assert page.read_text(encoding="utf-8") == page_text


@pytest.mark.parametrize("name", ["glossary.toml", ".leaflets/state.json", ".leaflets.lock"])
def test_a_named_pipe_at_a_file_the_run_reads_is_a_one_line_error_not_a_hang(published, name):
    """Each was waited on for ever (the lock's holding every other command off): the run is refused, naming it."""
    pipe = published / name
    pipe.unlink(missing_ok=True)
    os.mkfifo(pipe)
    source = published / "source" / "leaflet-00.md"
    source.write_text(source.read_text(encoding="utf-8").replace("title: Leaflet 0", "title: Leaflet zero"),
                      encoding="utf-8")  # work to do: its glossary is read

    result = cli(published, "run", timeout=60)

    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.startswith(f"leaflets: error: {name}:1: "), result.stderr
    assert result.stderr.rstrip().endswith("not a file (a named pipe or a device)"), result.stderr


def test_a_named_pipe_where_a_pdf_was_made_is_an_error_not_a_hang(tmp_path):
    pdf, record = tmp_path / "leaflet.pdf", tmp_path / "leaflet.pdf.record"
    record.write_text("digest digest\n", encoding="utf-8")
    os.mkfifo(pdf)

    with pytest.raises(OSError, match="not a file"):
        write_pdf("<html></html>", pdf, record)
    assert stat.S_ISFIFO(pdf.stat().st_mode)  # left as it was
