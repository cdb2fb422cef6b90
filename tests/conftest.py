"""Shared fixtures: small leaflets projects on disk, built under tmp_path."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.catalogs.po import messages, read_catalog, write_catalog
from pipeline.core.config import Config, load_config
from pipeline.review.ledger import approve, load_ledger
from pipeline.run import stages

REPO = Path(__file__).resolve().parent.parent
RAW_LEAFLET = REPO / "source" / "raw" / "magnesium-infusions.txt"
SLUG = "magnesium-infusions"
GOLDEN = Path(__file__).resolve().parent / "golden"

# Fixed "now" for every test: dates in catalogues, ledgers and stamps are reproducible.
os.environ["SOURCE_DATE_EPOCH"] = "1795392000"  # 2026-11-23 00:00 UTC

REVIEWERS_TOML = """
[[tool.leaflets.reviewers]]
id = "jchen"
name = "Dr J. Chen"
role = "pain physician"
languages = ["zh_Hans", "zh_Hant", "es", "ar", "fa", "pa_Guru", "vi", "el", "it", "tr"]

[[tool.leaflets.reviewers]]
id = "mlopez"
name = "M. López"
role = "clinical nurse consultant"
languages = ["es"]
"""


def write_pyproject(root: Path, languages: list[str], extra: str = "", reviewers: bool = True) -> None:
    langs = ", ".join(f'"{code}"' for code in languages)
    text = f"""[project]
name = "fixture-leaflets"
version = "0"

[tool.leaflets]
languages = [{langs}]
{extra}
"""
    if reviewers:
        text += REVIEWERS_TOML
    (root / "pyproject.toml").write_text(text, encoding="utf-8")


@pytest.fixture
def make_project(tmp_path: Path) -> Callable[..., Config]:
    """Create a project folder with the magnesium leaflet's raw text; return its Config."""

    def make(languages: list[str] | None = None, extra: str = "", reviewers: bool = True,
             name: str = "project") -> Config:
        root = tmp_path / name
        (root / "source" / "raw").mkdir(parents=True)
        shutil.copy(RAW_LEAFLET, root / "source" / "raw" / RAW_LEAFLET.name)
        write_pyproject(root, languages if languages is not None else ["es", "ar", "zh_Hans"], extra, reviewers)
        return load_config(root)

    return make


@pytest.fixture
def project(make_project) -> Config:
    """A project after `leaflets run`: Markdown, POT and PO files, English outputs."""
    config = make_project()
    stages.run(config)
    return config


def translate_all(config: Config, lang: str, translate: Callable[[str], str], slug: str = SLUG) -> None:
    """Fill every entry of ``lang``'s catalogue with ``translate(english)``, not fuzzy."""
    path = config.po_path(lang, slug)
    catalog = read_catalog(path)
    for message in messages(catalog):
        message.string = translate(message.id)
        message.flags.discard("fuzzy")
    write_catalog(path, catalog)


def approve_all(config: Config, lang: str, reviewer: str = "jchen", slug: str = SLUG) -> int:
    catalog = read_catalog(config.po_path(lang, slug))
    ledger = load_ledger(config, lang, slug)
    approved = approve(catalog, ledger, config, reviewer)
    ledger.save()
    return len(approved)


def fake_translation(lang: str) -> Callable[[str], str]:
    """A recognisable stand-in translation for tests: the English tagged with the language."""
    return lambda english: f"[{lang}] {english}"
