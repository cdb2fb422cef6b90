"""The pipeline's stages over a whole project: import, extract, update, build.

Each function takes the Config, does its stage for every leaflet and returns
what it did; nothing here prints. `run` chains them: the main job.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from functools import partial
from pathlib import Path

from pipeline import __version__
from pipeline import build as build_stage
from pipeline.catalogs import read_catalog, write_catalog
from pipeline.config import Config
from pipeline.extract import extract, template_for
from pipeline.files import write_atomic
from pipeline.incremental import fingerprint, load_state, record, unchanged
from pipeline.languages import SOURCE_LANGUAGE
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
    """The main job: import (when the raw text changed), extract, update, build.

    Incremental: a leaflet and language whose inputs and outputs are as the
    last run left them is skipped without being parsed. Leaflets are processed
    in parallel on every core when there are enough of them to pay for it.
    """
    report = import_sources(config, only_if_needed=True)
    state = load_state(config.root / STATE_FILE, _fingerprint(config))
    slugs = config.slugs()
    outcomes = _map(partial(_run_leaflet, config), [(slug, state.leaflets.get(slug)) for slug in slugs])
    publications: list[build_stage.Publication] = []
    all_leaflets: list[Leaflet] = []
    for slug, outcome in zip(slugs, outcomes):
        report.extend(outcome.report)
        publications += outcome.report.publications
        state.leaflets[slug] = outcome.record
        all_leaflets.append(outcome.leaflet_header)
    for gone in set(state.leaflets) - set(slugs):
        del state.leaflets[gone]
    if build_stage.build_index(config, all_leaflets, publications):
        report.changed.append(config.output_dir / "index.html")
    state.save()
    return report


STATE_FILE = ".leaflets/state.json"
PARALLEL_FROM = 8  # leaflets; below this, starting worker processes costs more than it saves


def _fingerprint(config: Config) -> str:
    package = Path(__file__).resolve().parent
    return fingerprint(
        {"settings": dict(config.settings), "root": str(config.root), "version": __version__}, [package]
    )


def _map(function, items: list) -> list:
    workers = min(os.cpu_count() or 1, 4)
    if len(items) < PARALLEL_FROM or workers < 2:
        return [function(item) for item in items]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return list(pool.map(function, items, chunksize=max(1, len(items) // (workers * 4))))


@dataclass
class _LeafletOutcome:
    report: StageReport
    record: dict
    leaflet_header: Leaflet  # blocks dropped: the index needs only slug and title


def _outputs(config: Config, lang: str, slug: str) -> list[Path]:
    """Every published file of one leaflet in one language (outputs are named <slug>.<kind>)."""
    folder = config.output_dir / lang
    found = sorted(folder.glob(f"{slug}.*")) if folder.exists() else []
    return [*found, config.mo_path(lang, slug)]


def _outputs_unchanged(config: Config, lang: str, slug: str, recorded: dict) -> bool:
    paths = _outputs(config, lang, slug)
    relative = {config.relative(p): p for p in paths}
    if {k for k, p in relative.items() if p.exists()} != {k for k, v in recorded.items() if v}:
        return False
    return all(unchanged(path, recorded.get(key)) for key, path in relative.items())


def _record_outputs(config: Config, lang: str, slug: str) -> dict:
    return {config.relative(p): record(p) for p in _outputs(config, lang, slug) if p.exists()}


def _run_leaflet(config: Config, item: tuple[str, dict | None]) -> _LeafletOutcome:
    slug, recorded = item
    recorded = recorded or {}
    report = StageReport()
    md, pot = config.source_path(slug), config.pot_path(slug)
    leaflet = read_leaflet(md)
    template = None
    source_same = unchanged(md, recorded.get("source")) and unchanged(pot, recorded.get("pot"))
    if not source_same:
        template = template_for(leaflet, config)
        if write_catalog(pot, template, touch_revision_date=False):
            report.changed.append(pot)
    langs_recorded = recorded.get("langs", {})
    langs: dict[str, dict] = {}
    for lang in (SOURCE_LANGUAGE, *config.languages):
        previous = langs_recorded.get(lang)
        po, ledger = config.po_path(lang, slug), config.ledger_path(lang, slug)
        if (
            source_same
            and previous is not None
            and (lang == SOURCE_LANGUAGE or (unchanged(po, previous["po"]) and unchanged(ledger, previous["ledger"])))
            and _outputs_unchanged(config, lang, slug, previous["outputs"])
        ):
            langs[lang] = previous
            report.publications.append(_publication_from(previous["publication"]))
            continue
        if lang == SOURCE_LANGUAGE:
            publication = build_stage.build_english(leaflet, config)
        else:
            if template is None:
                template = read_catalog(pot)
            if update_language(template, config, lang, slug):
                report.changed.append(po)
            publication = build_stage.build_language(leaflet, config, lang)
        report.changed += publication.changed
        report.publications.append(publication)
        langs[lang] = {
            "po": record(po) if lang != SOURCE_LANGUAGE else None,
            "ledger": record(ledger) if lang != SOURCE_LANGUAGE else None,
            "outputs": _record_outputs(config, lang, slug),
            "publication": _publication_record(publication),
        }
    state = {"source": record(md), "pot": record(pot), "langs": langs}
    header = replace(leaflet, blocks=())
    return _LeafletOutcome(report, state, header)


def _publication_record(publication: build_stage.Publication) -> dict:
    data = asdict(publication)
    data["changed"] = []
    data["approved_on"] = publication.approved_on.isoformat() if publication.approved_on else None
    return data


def _publication_from(data: dict) -> build_stage.Publication:
    values = dict(data)
    values["approved_on"] = dt.date.fromisoformat(values["approved_on"]) if values["approved_on"] else None
    values["changed"] = ()
    return build_stage.Publication(**values)
