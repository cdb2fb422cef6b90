"""A project built once per session and copied for each gate test: `leaflets run` is the slow part."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.catalogs.po import messages, read_catalog, write_catalog
from pipeline.cli.main import app
from pipeline.core.config import Config, load_config
from pipeline.run import stages
from tests.conftest import RAW_LEAFLET, REPO, SLUG, write_pyproject

LANGUAGES = ["es", "ar", "zh_Hans"]
runner = CliRunner()


@pytest.fixture(autouse=True)
def from_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run as CI runs them, from the repository, whatever folder pytest was started in: GitHub and JUnit
    paths are named from there (check's and lint's repository_prefix), and no test project is inside it."""
    monkeypatch.chdir(REPO)
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)


@pytest.fixture(scope="session")
def built_project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("built") / "project"
    (root / "source" / "raw").mkdir(parents=True)
    shutil.copy(RAW_LEAFLET, root / "source" / "raw" / RAW_LEAFLET.name)
    write_pyproject(root, LANGUAGES)
    stages.run(load_config(root))
    return root


@pytest.fixture
def gate_project(built_project, tmp_path) -> Callable[..., Config]:
    """A fresh copy of the built project, with ``extra`` TOML under [tool.leaflets]."""

    def make(extra: str = "") -> Config:
        root = tmp_path / "project"
        shutil.copytree(built_project, root)
        write_pyproject(root, LANGUAGES, extra)
        return load_config(root)

    return make


def invoke(config: Config, *args: str):
    return runner.invoke(app, ["-C", str(config.root), *args])


def set_translation(config: Config, lang: str, english_start: str, text: str, *, fuzzy: bool = False) -> int:
    """Translate the entry whose English starts with ``english_start``; return its msgid line in the PO."""
    path = config.po_path(lang, SLUG)
    catalog = read_catalog(path)
    message = next(m for m in messages(catalog) if m.id.startswith(english_start))
    message.string = text
    if fuzzy:
        message.flags.add("fuzzy")
    else:
        message.flags.discard("fuzzy")
    write_catalog(path, catalog)
    return po_line(config, lang, english_start)


def po_line(config: Config, lang: str, english_start: str) -> int:
    """The line of the entry's ``msgid`` (a long msgid starts ``msgid ""`` and goes on below)."""
    lines = config.po_path(lang, SLUG).read_text(encoding="utf-8").splitlines()
    return next(n for n, (line, after) in enumerate(zip(lines, lines[1:] + [""]), start=1)
                if line.startswith(f'msgid "{english_start}')
                or (line == 'msgid ""' and after.startswith(f'"{english_start}')))
