"""Small on-disk projects and file-tree tools for the robustness tests."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

from benchmarks.corpus import SENTENCES, _fill, pseudo_translate
from pipeline.catalogs.po import messages, read_catalog, write_catalog
from pipeline.core.config import Config, load_config
from pipeline.core.files import TEMPORARY_NAME
from pipeline.review.ledger import approve, load_ledger
from tests.conftest import STAND_IN, public_key

REPO = Path(__file__).resolve().parents[2]
REVIEWER = "rev"


def short_leaflet(index: int, seed: int = 1) -> tuple[str, str]:
    """(slug, Markdown) of a small leaflet: a title and three questions of two paragraphs."""
    rng = random.Random(f"{seed}:{index}")
    slug = f"leaflet-{index:02d}"
    lines = ["---", f"slug: {slug}", f"title: Leaflet {index}", "version: 1.0", "date: 2026-01-15", "---", "",
             f"# Leaflet {index}", ""]
    for question in range(1, 4):
        lines += [f"## Question {question} of leaflet {index}?", ""]
        for _ in range(2):
            lines += [" ".join(_fill(s, rng, "infusion") for s in rng.sample(SENTENCES, 2)), ""]
    return slug, "\n".join(lines)


def write_project(root: Path, leaflets: int, languages: list[str], reviewed: list[str] | None = None,
                  seed: int = 1) -> Config:
    """A project of ``leaflets`` short leaflets; PDF editions off (they take a second each)."""
    (root / "source").mkdir(parents=True)
    for index in range(leaflets):
        slug, text = short_leaflet(index, seed)
        (root / "source" / f"{slug}.md").write_text(text, encoding="utf-8")
    langs = ", ".join(f'"{code}"' for code in languages)
    reviewed_langs = ", ".join(f'"{code}"' for code in (reviewed if reviewed is not None else languages))
    (root / "pyproject.toml").write_text(f"""[project]
name = "robustness-fixture"
version = "0"

[tool.leaflets]
languages = [{langs}]

[tool.leaflets.build]
pdf = false

[[tool.leaflets.reviewers]]
id = "{REVIEWER}"
name = "Dr R. Eviewer"
role = "pain physician"
languages = [{reviewed_langs}]
key = "{public_key("jchen")}"
""", encoding="utf-8")
    return load_config(root)


def translate_and_approve(config: Config, langs: list[str], slugs: list[str] | None = None) -> None:
    """Translate every entry (the corpus's pseudo-translation) and approve it."""
    for slug in slugs or config.slugs():
        for lang in langs:
            path = config.po_path(lang, slug)
            catalog = read_catalog(path)
            for message in messages(catalog):
                message.string = pseudo_translate(message.id, lang)
                message.flags.discard("fuzzy")
            write_catalog(path, catalog)
            ledger = load_ledger(config, lang, slug)
            approve(catalog, ledger, config, REVIEWER, override=STAND_IN)
            ledger.save()


def cli(root: Path, *args: str, timeout: float = 120, env: dict | None = None) -> subprocess.CompletedProcess:
    """``python -m pipeline -C root ARGS`` in a subprocess, as a user would run it."""
    return subprocess.run([sys.executable, "-m", "pipeline", "-C", str(root), *args], cwd=root,
                          capture_output=True, text=True, timeout=timeout, env=env or subprocess_env(), check=False)


def subprocess_env(**extra: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(REPO), **extra}
    env.pop("COLUMNS", None)
    return env


def is_debris(relative: str) -> bool:
    """A temporary file of an atomic write (``.<name>.leaflets-<pid>-<n>.tmp``)."""
    return TEMPORARY_NAME.fullmatch(relative.rsplit("/", 1)[-1]) is not None


def tree(root: Path, folders: tuple[str, ...] = ("source", "locales", "dist")) -> dict[str, bytes]:
    """Every file under ``folders`` of ``root``, by relative path, with its bytes."""
    files: dict[str, bytes] = {}
    for folder in folders:
        for path in sorted((root / folder).rglob("*")):
            if path.is_file():
                files[path.relative_to(root).as_posix()] = path.read_bytes()
    return files


def mtimes(root: Path) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.stat().st_mtime_ns for p in root.rglob("*") if p.is_file()}
