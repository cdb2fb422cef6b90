"""``[tool.leaflets]`` of ``pyproject.toml`` as a typed, validated Config.

The Config also knows the project layout: where each leaflet's source,
template, catalogues, ledgers and outputs live.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.errors import ConfigError
from pipeline.languages import SOURCE_LANGUAGE, language


@dataclass(frozen=True)
class Reviewer:
    """A clinician whose approval publishes a translation in their languages."""

    id: str
    name: str
    role: str
    languages: tuple[str, ...]


@dataclass(frozen=True)
class Config:
    root: Path
    source_dir: Path
    locales_dir: Path
    output_dir: Path
    languages: tuple[str, ...]
    publish_threshold: float = 1.0
    thresholds: Mapping[str, float] = field(default_factory=dict)
    reviewers: tuple[Reviewer, ...] = ()
    base_url: str = ""
    # The whole [tool.leaflets] table, for stages with settings of their own.
    settings: Mapping[str, Any] = field(default_factory=dict)

    # -- layout ----------------------------------------------------------
    @property
    def raw_dir(self) -> Path:
        return self.source_dir / "raw"

    def source_path(self, slug: str) -> Path:
        return self.source_dir / f"{slug}.md"

    def raw_path(self, slug: str) -> Path:
        return self.raw_dir / f"{slug}.txt"

    def pot_path(self, slug: str) -> Path:
        return self.locales_dir / f"{slug}.pot"

    def po_path(self, lang: str, slug: str) -> Path:
        return self.locales_dir / f"{lang}/LC_MESSAGES/{slug}.po"  # one join: a run asks for thousands

    def ledger_path(self, lang: str, slug: str) -> Path:
        return self.locales_dir / f"{lang}/LC_MESSAGES/{slug}.approvals.json"

    def mo_path(self, lang: str, slug: str) -> Path:
        # dist/locale is a gettext localedir: gettext.translation(slug, "dist/locale", [lang])
        return self.output_dir / f"locale/{lang}/LC_MESSAGES/{slug}.mo"

    def output_path(self, lang: str, slug: str, suffix: str) -> Path:
        return self.output_dir / f"{lang}/{slug}{suffix}"

    def relative(self, path: Path) -> str:
        """``path`` relative to the project root, for messages and references."""
        text, root = str(path), f"{self.root}/"
        if text.startswith(root):  # the usual case, without pathlib's slow relative_to
            return text[len(root):]
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return str(path)

    # -- questions -------------------------------------------------------
    def slugs(self) -> list[str]:
        """Every leaflet: a Markdown source, or raw text still to be imported."""
        names = {p.stem for p in self.source_dir.glob("*.md")}
        names |= {p.stem for p in self.raw_dir.glob("*.txt")}
        return sorted(names)

    def threshold_for(self, lang: str) -> float:
        return self.thresholds.get(lang, self.thresholds.get("default", 0.0))

    def reviewer(self, reviewer_id: str) -> Reviewer | None:
        return next((r for r in self.reviewers if r.id == reviewer_id), None)


def find_project_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` whose pyproject.toml has [tool.leaflets]."""
    for folder in [start, *start.parents]:
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and "[tool.leaflets" in candidate.read_text(encoding="utf-8"):
            return folder
    raise ConfigError(f"no pyproject.toml with a [tool.leaflets] table at or above {start}")


def load_config(root: Path) -> Config:
    path = root / "pyproject.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError("no pyproject.toml here", path) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", path) from None
    table = data.get("tool", {}).get("leaflets")
    if not isinstance(table, dict):
        raise ConfigError("no [tool.leaflets] table", path)
    return config_from_table(root, table, path)


def config_from_table(root: Path, table: Mapping[str, Any], path: Path) -> Config:
    def folder(key: str, default: str) -> Path:
        value = table.get(key, default)
        if not isinstance(value, str):
            raise ConfigError(f"[tool.leaflets] {key} must be a folder name", path)
        return (root / value).resolve()

    languages = table.get("languages", [])
    if not isinstance(languages, list) or not all(isinstance(x, str) for x in languages):
        raise ConfigError("[tool.leaflets] languages must be a list of codes", path)
    for code in languages:
        try:
            language(code)
        except ConfigError as exc:
            raise ConfigError(f"[tool.leaflets] languages: {exc.message}", path) from None
        if code == SOURCE_LANGUAGE:
            raise ConfigError("[tool.leaflets] languages lists the source language 'en'", path)
    if len(set(languages)) != len(languages):
        raise ConfigError("[tool.leaflets] languages lists a code twice", path)

    thresholds = dict(table.get("thresholds", {}))
    for key, value in thresholds.items():
        if not isinstance(value, int | float) or not 0 <= value <= 1:
            raise ConfigError(f"[tool.leaflets.thresholds] {key} must be between 0 and 1", path)
        if key != "default" and key not in languages:
            raise ConfigError(f"[tool.leaflets.thresholds] {key} is not a configured language", path)
    publish_threshold = table.get("publish_threshold", 1.0)
    if not isinstance(publish_threshold, int | float) or not 0 < publish_threshold <= 1:
        raise ConfigError("[tool.leaflets] publish_threshold must be above 0 and at most 1", path)

    reviewers = tuple(_reviewer(entry, path) for entry in table.get("reviewers", []))
    ids = [r.id for r in reviewers]
    if len(set(ids)) != len(ids):
        raise ConfigError("[[tool.leaflets.reviewers]] lists an id twice", path)

    return Config(
        root=root.resolve(),
        source_dir=folder("source_dir", "source"),
        locales_dir=folder("locales_dir", "locales"),
        output_dir=folder("output_dir", "dist"),
        languages=tuple(languages),
        publish_threshold=float(publish_threshold),
        thresholds={k: float(v) for k, v in thresholds.items()},
        reviewers=reviewers,
        base_url=str(table.get("base_url", "")),
        settings=dict(table),
    )


def _reviewer(entry: Any, path: Path) -> Reviewer:
    if not isinstance(entry, dict):
        raise ConfigError("[[tool.leaflets.reviewers]] entries must be tables", path)
    missing = [key for key in ("id", "name", "role", "languages") if key not in entry]
    if missing:
        raise ConfigError(f"reviewer {entry.get('id', '?')!r} lacks {', '.join(missing)}", path)
    for code in entry["languages"]:
        try:  # a reviewer may cover languages the project has not added yet, but real ones
            language(code)
        except ConfigError as exc:
            raise ConfigError(f"reviewer {entry['id']!r}: {exc.message}", path) from None
    return Reviewer(
        id=str(entry["id"]),
        name=str(entry["name"]),
        role=str(entry["role"]),
        languages=tuple(entry["languages"]),
    )
