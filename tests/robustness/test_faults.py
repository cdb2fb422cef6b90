"""A full disk during a write, and two leaflets processes at once."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.catalogs.po import read_catalog, write_catalog
from pipeline.core.errors import LeafletsError
from pipeline.core.files import _lock_holder
from pipeline.run import stages
from tests.robustness.helpers import (
    cli,
    is_debris,
    subprocess_env,
    tree,
    write_project,
)


def _edit_english(root: Path) -> None:
    for path in sorted((root / "source").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("## Question 1", "## Changed question 1"), encoding="utf-8")


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB tmpfs: a real file system that runs out of space."""
    mount = tmp_path / "disk"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def _fill(disk: Path) -> Path:
    """Fill the file system to the last byte; return the filler to delete later."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        for size in (65536, 4096, 1):
            while True:
                try:
                    os.write(fd, b"\0" * size)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
                    break
    finally:
        os.close(fd)
    return filler


def test_full_disk_gives_a_clear_error_and_leaves_every_file_intact(published, small_disk):
    project = small_disk / "project"
    shutil.copytree(published, project)
    _edit_english(project)  # the run must now rewrite the POT, the PO files and the outputs
    (project / ".leaflets.lock").write_text("1\n")  # as a previous run left it: its page is allocated
    before = tree(project)
    filler = _fill(small_disk)

    result = cli(project, "run")

    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert "no space left" in result.stderr.lower(), result.stderr
    after = tree(project)
    assert {p for p in after if is_debris(p)} == set(), "temporary files left on the full disk"
    assert after == before, "a file changed although the run failed"

    filler.unlink()
    again = cli(project, "run")
    assert again.returncode == 0, again.stderr
    assert tree(project) != before


def test_full_disk_before_the_first_run_gives_a_clear_error(published, small_disk):
    """No lock file yet, no room to write one: an error message, not a traceback."""
    project = small_disk / "project"
    shutil.copytree(published, project)
    assert not (project / ".leaflets.lock").exists()
    before = tree(project)
    filler = _fill(small_disk)

    result = cli(project, "run")

    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert "no space left" in result.stderr.lower(), result.stderr
    assert tree(project) == before
    filler.unlink()


def test_full_disk_while_writing_one_catalogue_keeps_the_old_file(published, small_disk):
    """In-process: write_catalog on a full disk raises the project's error, old bytes stay."""
    project = small_disk / "project"
    shutil.copytree(published, project)
    path = project / "locales" / "es" / "LC_MESSAGES" / "leaflet-00.po"
    old = path.read_bytes()
    catalog = read_catalog(path)
    for message in catalog:
        if message.id:
            message.string = "x" * 2000  # bigger than the file: it cannot fit in freed blocks
    filler = _fill(small_disk)

    with pytest.raises(LeafletsError) as caught:
        write_catalog(path, catalog)

    assert "no space left" in str(caught.value).lower()
    assert str(path) in str(caught.value)
    assert path.read_bytes() == old
    assert not [p for p in path.parent.iterdir() if is_debris(p.name)]
    filler.unlink()


def _wait_for_lock_holder(root: Path, proc: subprocess.Popen, limit: float = 60) -> None:
    lock = root / ".leaflets.lock"
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the first run ended before it was seen holding the lock"
        if lock.exists() and _lock_holder(lock) == str(proc.pid):  # the kernel's word, from /proc/locks
            return
        time.sleep(0.005)
    pytest.fail("the first run never took the project lock")


def test_a_second_leaflets_process_refuses_while_the_first_works(tmp_path):
    root = tmp_path / "project"
    write_project(root, 8, ["es", "ar"])
    first = subprocess.Popen([sys.executable, "-m", "pipeline", "-C", str(root), "run"], cwd=root,
                             env=subprocess_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             start_new_session=True)
    try:
        _wait_for_lock_holder(root, first)
        # Frozen, with its worker processes, while it holds the lock: no race with its end.
        os.killpg(first.pid, signal.SIGSTOP)
        during = tree(root)
        second = cli(root, "build")
        assert second.returncode == 1
        assert f"another leaflets process (pid {first.pid})" in second.stderr, second.stderr
        assert "Traceback" not in second.stderr
        assert tree(root) == during, "the refused process changed files"
    finally:
        os.killpg(first.pid, signal.SIGCONT)
    _, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    assert cli(root, "build").returncode == 0


def test_the_lock_of_a_killed_run_does_not_block_the_next(tmp_path):
    root = tmp_path / "project"
    write_project(root, 3, ["es"])
    first = subprocess.Popen([sys.executable, "-m", "pipeline", "-C", str(root), "run"], cwd=root,
                             env=subprocess_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             start_new_session=True)
    _wait_for_lock_holder(root, first)
    os.killpg(first.pid, signal.SIGKILL)
    first.wait(timeout=30)
    result = cli(root, "run")
    assert result.returncode == 0, result.stderr
    assert (root / "dist" / "index.html").exists()


def test_an_atomic_write_replaces_a_file_of_another_size_even_with_nothing(tmp_path):
    from pipeline.core.files import write_atomic

    path = tmp_path / "out.txt"
    assert write_atomic(path, "old content", durable=False)
    assert not write_atomic(path, "old content", durable=False)  # already there: not rewritten
    assert write_atomic(path, b"", durable=False) and path.read_bytes() == b""
    assert write_atomic(path, "new", durable=False, absent=False) and path.read_text() == "new"


def test_a_streamed_write_compares_as_it_goes_and_leaves_the_old_file_on_failure(tmp_path):
    """The picker page is written piece by piece: the same guarantees as write_atomic."""
    from pipeline.core.files import write_streamed

    path = tmp_path / "index.html"
    assert write_streamed(path, ["<p>", "é", "</p>\n"]) and path.read_text(encoding="utf-8") == "<p>é</p>\n"
    before = path.stat().st_mtime_ns
    assert not write_streamed(path, ["<p>é", "</p>\n"])  # the same text in other pieces: not rewritten
    assert path.stat().st_mtime_ns == before
    assert write_streamed(path, ["<p>é</p>"]) and path.read_text(encoding="utf-8") == "<p>é</p>"  # shorter
    assert write_streamed(path, ["<p>é</p>", "\n<p>2</p>"])  # longer
    assert write_streamed(path, []) and path.read_bytes() == b""

    def failing():
        yield "<p>half"
        raise RuntimeError("the template failed")

    with pytest.raises(RuntimeError):
        write_streamed(path, failing())
    assert path.read_bytes() == b""  # the old file, untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.html"]  # no temporary file left


def test_a_new_file_appears_whole_under_its_name_and_nothing_else_is_left(tmp_path):
    """Files in folders new to the run appear whole, under their own names only, even when told "absent" wrongly."""
    import shutil

    from pipeline.core import files

    folder = tmp_path / "dist" / "es"
    for number in range(3):
        assert files.write_atomic(folder / f"{number}.html", f"page {number}" * 1000, durable=False, absent=True)
    assert sorted(p.name for p in folder.iterdir()) == ["0.html", "1.html", "2.html"]  # no temporary names
    assert (folder / "1.html").read_text() == "page 1" * 1000
    assert oct((folder / "1.html").stat().st_mode & 0o777) == oct(0o644 & ~_umask())
    # Told "absent" wrongly (the file is there): it is replaced all the same.
    assert files.write_atomic(folder / "0.html", "replaced", durable=False, absent=True)
    assert (folder / "0.html").read_text() == "replaced"
    # The folder removed and made again: still written, under the new folder.
    shutil.rmtree(folder)
    assert files.write_atomic(folder / "3.html", "again", durable=False, absent=True)
    assert (folder / "3.html").read_text() == "again"
    # The folder moved aside and another made in its place (a deploy swapping dist/): the file
    # lands at its path, not in the folder moved aside.
    folder.rename(tmp_path / "moved")
    folder.mkdir()
    assert files.write_atomic(folder / "4.html", "swapped", durable=False, absent=True)
    assert (folder / "4.html").read_text() == "swapped" and not (tmp_path / "moved" / "4.html").exists()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_an_emptied_template_is_refused_by_update_and_made_again_by_run(project):
    """POTs are not fsynced (a run makes them from the English): one a power cut emptied must not obsolete the work."""
    from tests.conftest import SLUG

    po = project.po_path("es", SLUG)
    before = po.read_bytes()
    project.pot_path(SLUG).write_bytes(b"")
    with pytest.raises(LeafletsError, match="template has no entries"):
        stages.update_all(project)
    assert po.read_bytes() == before  # no translation made obsolete
    stages.run(project)  # the POT no longer matches the run state: extracted again
    assert len(read_catalog(project.pot_path(SLUG))._messages) > 1 and po.read_bytes() == before


def _one_line_error(result: subprocess.CompletedProcess, where: str, says: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("leaflets: error: ")]
    assert any(where in line and says in line for line in errors), result.stderr


def test_a_folder_where_a_leaflet_should_be_fails_that_leaflet_in_one_line(published):
    """An unreadable English file is one leaflet's failure, as a non-UTF-8 one is: the others are done."""
    (published / "source" / "odd.md").mkdir()
    result = cli(published, "run")
    _one_line_error(result, "source/odd.md", "is a folder where a file should be")
    check = cli(published, "check")
    assert check.returncode == 1 and "Traceback" not in check.stderr
    assert any(line.startswith("source/odd.md") and "is a folder where a file should be" in line
               for line in check.stdout.splitlines()), check.stdout


@pytest.mark.parametrize("blocked", ["dist/es", "dist/locale/es", ".leaflets"])
def test_a_file_where_a_folder_should_be_is_one_line_and_a_rerun_mends_it(published, blocked):
    before = tree(published)
    target = published / blocked
    shutil.rmtree(target) if target.is_dir() else target.unlink(missing_ok=True)
    target.write_text("not a folder\n", encoding="utf-8")
    result = cli(published, "run")
    _one_line_error(result, blocked, "a file stands where a folder of this path should be")
    assert f"leaflets: error: {blocked}:" in result.stderr  # the file in the way, not one under it
    target.unlink()
    assert cli(published, "run").returncode == 0 and tree(published) == before


def test_a_folder_where_a_catalogue_should_be_written_says_so(published):
    pot = next((published / "locales").glob("*.pot"))
    pot.unlink()
    pot.mkdir()
    result = cli(published, "extract")
    _one_line_error(result, f"locales/{pot.name}", "cannot write: a folder stands where this file should be")
    assert "previous file is intact" not in result.stderr  # there was none
