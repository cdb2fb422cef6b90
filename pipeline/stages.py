"""The pipeline's stages over a whole project: import, extract, update, build.

Each function takes the Config, does its stage for every leaflet and returns
what it did; nothing here prints. `run` chains them: the main job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline import build as build_stage
from pipeline.catalogs import read_catalog
from pipeline.config import Config
from pipeline.extract import extract, template_for
from pipeline.files import write_atomic
from pipeline.source import Leaflet, import_raw, raw_sha256, read_leaflet
from pipeline.update import update_language


@dataclass
class StageReport:
    """Files a stage changed, and notes for the user."""

    changed: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    publications: list[build_stage.Publication] = field(default_factory=list)

    def extend(self, other: StageReport) -> None:
        self.changed += other.changed
        self.notes += other.notes
        self.publications += other.publications


def needs_import(config: Config, slug: str) -> bool:
    """True when the raw text exists and the Markdown is missing or was imported from other raw text."""
    raw = config.raw_path(slug)
    if not raw.exists():
        return False
    md = config.source_path(slug)
    if not md.exists():
        return True
    recorded = read_leaflet(md).front_matter.get("source-sha256")
    return recorded != raw_sha256(raw.read_bytes())


def import_sources(config: Config, *, only_if_needed: bool = False) -> StageReport:
    report = StageReport()
    for slug in config.slugs():
        raw = config.raw_path(slug)
        if not raw.exists() or (only_if_needed and not needs_import(config, slug)):
            continue
        md = config.source_path(slug)
        previous = read_leaflet(md) if md.exists() else None
        if write_atomic(md, import_raw(raw, slug, previous)):
            report.changed.append(md)
            report.notes.append(f"imported {config.relative(raw)} into {config.relative(md)}")
    return report


def leaflets(config: Config) -> list[Leaflet]:
    return [read_leaflet(config.source_path(slug)) for slug in config.slugs()]


def extract_all(config: Config) -> StageReport:
    report = StageReport()
    for leaflet in leaflets(config):
        if extract(leaflet, config):
            report.changed.append(config.pot_path(leaflet.slug))
    return report


def update_all(config: Config, langs: list[str] | None = None) -> StageReport:
    report = StageReport()
    for leaflet in leaflets(config):
        pot_path = config.pot_path(leaflet.slug)
        template = read_catalog(pot_path) if pot_path.exists() else template_for(leaflet, config)
        for lang in langs or config.languages:
            if update_language(template, config, lang, leaflet.slug):
                report.changed.append(config.po_path(lang, leaflet.slug))
    return report


def build_all(config: Config) -> StageReport:
    report = StageReport()
    all_leaflets = leaflets(config)
    for leaflet in all_leaflets:
        publications = [build_stage.build_english(leaflet, config)]
        publications += [build_stage.build_language(leaflet, config, lang) for lang in config.languages]
        for publication in publications:
            report.changed += publication.changed
        report.publications += publications
    if build_stage.build_index(config, all_leaflets, report.publications):
        report.changed.append(config.output_dir / "index.html")
    return report


def run(config: Config) -> StageReport:
    """The main job: import (when the raw text changed), extract, update, build."""
    report = import_sources(config, only_if_needed=True)
    report.extend(extract_all(config))
    report.extend(update_all(config))
    report.extend(build_all(config))
    return report
