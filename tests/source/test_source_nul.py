"""A NUL byte in an English source is reported at that file and line, and nothing generated from it is written."""

from __future__ import annotations

import subprocess
import sys

from pipeline.run import stages
from tests.conftest import REPO, SLUG


def with_nul(path, line: int) -> None:
    lines = path.read_bytes().split(b"\n")
    lines[line - 1] = lines[line - 1][:12] + b"\x00" + lines[line - 1][12:]
    path.write_bytes(b"\n".join(lines))


def run_cli(config) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", "-C", str(config.root), "run"], cwd=REPO,
                          capture_output=True, text=True, env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
                          check=False)


def test_a_nul_in_a_raw_file_is_reported_at_the_raw_file_and_line(make_project):
    config = make_project(["es"])
    raw = config.source_dir / "raw" / f"{SLUG}.txt"
    with_nul(raw, 5)
    result = run_cli(config)
    assert result.returncode == 1
    assert result.stderr.strip() == f"leaflets: error: source/raw/{SLUG}.txt:5: NUL byte in the file"
    # Nothing was made from it: no Markdown, no template, no catalogue.
    assert not config.source_path(SLUG).exists() and not config.pot_path(SLUG).exists()
    assert not config.po_path("es", SLUG).exists()


def test_a_nul_in_the_markdown_is_reported_at_its_line_and_the_catalogues_are_kept(make_project):
    config = make_project(["es"])
    stages.run(config)
    before = {path: path.read_bytes() for path in (config.pot_path(SLUG), config.po_path("es", SLUG))}
    source = config.source_path(SLUG)
    line = next(n for n, text in enumerate(source.read_text(encoding="utf-8").split("\n"), start=1)
                if text.startswith("## "))
    with_nul(source, line)
    result = run_cli(config)
    assert result.returncode == 1
    assert result.stderr.strip() == f"leaflets: error: source/{SLUG}.md:{line}: NUL byte in the file"
    assert {path: path.read_bytes() for path in before} == before

