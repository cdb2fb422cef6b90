"""The pipeline's stages over a whole project: import, extract, update, (draft,) build.

Each function takes the Config, does its stage for every leaflet and returns
what it did; nothing here prints. `run` chains them: the main job.
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import gc
import multiprocessing
import os
import signal
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import babel

from pipeline import __version__
from pipeline.config import Config
from pipeline.errors import CatalogError
from pipeline.files import recover_from_killed_run, remove_file, write_atomic
from pipeline.incremental import fingerprint, load_state, record, unchanged
from pipeline.languages import SOURCE_LANGUAGE
from pipeline.source import Leaflet, import_raw, raw_sha256, read_leaflet

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

    from pipeline import build as build_stage

# The stage modules (catalogues, templates, fonts) load only when there is work
# for them: a rerun with nothing changed should cost a stat per file and no more.


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
    recover_from_killed_run(config.root)
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
    from pipeline.extract import extract

    recover_from_killed_run(config.root)
    report = StageReport()
    for leaflet in leaflets(config):
        if extract(leaflet, config):
            report.changed.append(config.pot_path(leaflet.slug))
    return report


def update_all(config: Config, langs: list[str] | None = None) -> StageReport:
    recover_from_killed_run(config.root)
    report = StageReport()
    for changed in _map(partial(_update_leaflet, config, langs or config.languages), leaflets(config)):
        report.changed += changed
    return report


def read_template(config: Config, slug: str) -> Catalog:
    """The leaflet's POT, refused when it has no entries.

    A leaflet always has a title, so an empty template is damage (a POT emptied
    by a power cut, say: POTs are not fsynced). Merged as it is, it would make
    every translation obsolete.
    """
    from pipeline.catalogs import read_catalog

    path = config.pot_path(slug)
    template = read_catalog(path)
    if not template._messages:
        raise CatalogError("the template has no entries: run `leaflets extract` to make it again", path)
    return template


def _update_leaflet(config: Config, langs: list[str], leaflet: Leaflet) -> list[Path]:
    from pipeline.extract import template_for
    from pipeline.update import update_language

    pot_path = config.pot_path(leaflet.slug)
    template = read_template(config, leaflet.slug) if pot_path.exists() else template_for(leaflet, config)
    return [config.po_path(lang, leaflet.slug) for lang in langs if update_language(template, config, lang, leaflet.slug)]


def build_all(config: Config) -> StageReport:
    from pipeline import build as build_stage

    recover_from_killed_run(config.root)
    report = StageReport()
    all_leaflets = leaflets(config)
    for publications in _map(partial(_build_leaflet, config), all_leaflets):
        for publication in publications:
            report.changed += publication.changed
        report.publications += publications
    if build_stage.build_index(config, all_leaflets, report.publications):
        report.changed.append(config.output_dir / "index.html")
    return report


def _build_leaflet(config: Config, leaflet: Leaflet) -> list[build_stage.Publication]:
    from pipeline import build as build_stage

    publications = [build_stage.build_english(leaflet, config)]
    return publications + [build_stage.build_language(leaflet, config, lang) for lang in config.languages]


def run(config: Config) -> StageReport:
    """The main job: import (when the raw text changed), extract, update, draft (when
    ``[tool.leaflets.draft] in_run``), build.

    Incremental: first, in this process, every leaflet and language whose
    inputs and outputs are as the last run left them is set aside by file
    signatures alone, without parsing anything; then the rest is done, in
    parallel worker processes when there is enough of it.
    """
    with _batch_collection():
        return _run(config)


def _run(config: Config) -> StageReport:
    report = import_sources(config, only_if_needed=True)
    state = load_state(config.root / STATE_FILE, _fingerprint(config))
    slugs = config.slugs()
    index_state = state.leaflets.get(INDEX_KEY, {})
    recorded_folders = index_state.get("folders", {})
    folders = _folder_marks(config)
    untouched = {lang for lang, marks in folders.items() if marks == recorded_folders.get(lang)}
    plans = [_plan(config, slug, state.leaflets.get(slug), untouched) for slug in slugs]
    work = [plan for plan in plans if plan.langs or plan.extract]
    drafting = _drafting(config) if work else False  # bad draft settings stop the run before it writes
    while_waiting = partial(_picker_labels, config, index_state) if work else None
    if len(work) < PARALLEL_FROM and sum(len(item.langs) for item in work) >= PARALLEL_LANGUAGES_FROM:
        outcomes = _run_languages_in_parallel(config, work, while_waiting)  # an edit of a leaflet or two
    else:
        # Languages whose output folders (pages, MO) did not exist when the run began: nothing to compare.
        new_folders = {lang: (pages is None, mo is None) for lang, (pages, mo) in folders.items()}
        if len(work) >= PARALLEL_FROM:
            # Many leaflets: every worker needs every language's locale data and the page
            # templates, and the picker needs the locale data too. Loaded here, before the
            # workers fork, they are loaded once, not once more in each worker, and the
            # picker's labels no longer compete with the workers for a core.
            _load_before_fork(config)
            while_waiting()
            while_waiting = None
        outcomes = _map(partial(_run_leaflet, config, new_folders), work, while_waiting=while_waiting)
    for plan, outcome in zip(work, outcomes):
        report.extend(outcome.report)  # this run's publishing decisions, for the user
        state.leaflets[plan.slug] = outcome.record
    if drafting:
        _draft_new_entries(config, work, state, report)
    known = set(state.leaflets) - {INDEX_KEY}
    index = config.output_dir / "index.html"
    if work or known != set(slugs) or not unchanged(index, index_state.get("index")) or folders != recorded_folders:
        for gone in known - set(slugs):  # a leaflet whose source was deleted: withdraw its outputs
            for lang in state.leaflets.pop(gone).get("langs", {}):
                for output in _outputs(config, lang, gone):
                    if remove_file(output):
                        report.changed.append(output)
        # The picker lists every leaflet's languages, including those this run left alone.
        publications = _publications(state.leaflets, slugs)
        headers = [_header(config, slug, state.leaflets[slug]["title"]) for slug in slugs]
        from pipeline import build as build_stage

        if build_stage.build_index(config, headers, publications):
            report.changed.append(index)
        from pipeline.picker import labels_in_use

        state.leaflets[INDEX_KEY] = {"index": record(index), "folders": _folder_marks(config),
                                     "labels": labels_in_use()}
        state.save()
    return report


INDEX_KEY = ""  # the state entry of dist/index.html, beside the leaflets' entries


def _drafting(config: Config) -> bool:
    """Does ``run`` draft (``[tool.leaflets.draft] in_run``)?"""
    return config.draft.in_run


def _draft_new_entries(config: Config, work: list[_LeafletWork], state, report: StageReport) -> None:
    """Draft what this run's update left untranslated.

    Only the catalogues this run worked on are looked at, and only through the
    configured chain and its opt-ins. Drafts are fuzzy: nothing published changes.
    """
    from pipeline import draft as draft_stage
    pairs = tuple((p.slug, lang) for p in work for lang in p.langs if lang != SOURCE_LANGUAGE)
    drafted = draft_stage.draft(config, draft_stage.DraftOptions(pairs=pairs))
    report.changed = list(dict.fromkeys(report.changed + drafted.changed))  # updated, then drafted: once
    report.notes += drafted.notes + drafted.errors
    if drafted.drafted:
        report.notes.append(f"{drafted.drafted} new machine draft(s) wait for review: `leaflets review queue`")
    for slug, lang in pairs:  # the drafts are this run's own writes, not edits to react to next time
        state.leaflets[slug]["langs"][lang]["po"] = record(config.po_path(lang, slug))




STATE_FILE = ".leaflets/state.json"
PARALLEL_FROM = 4  # leaflets to work on; below this, starting worker processes costs more than it saves
PARALLEL_LANGUAGES_FROM = 8  # languages of fewer leaflets than that, shared among workers from this many


def _fingerprint(config: Config) -> str:
    package = Path(__file__).resolve().parent
    # Babel's version too: its locale data names the languages and writes the dates of the outputs.
    return fingerprint(
        {"settings": config.as_dict(), "root": str(config.root), "version": __version__,
         "babel": babel.__version__}, [package]
    )


def _load_before_fork(config: Config) -> None:
    """Load what building any edition needs: each language's names, direction, interface words
    and dates, and the page templates (which Jinja compiles on first use)."""
    from pipeline import build, review, update  # noqa: F401 - the workers' modules, for the same reason
    from pipeline import stamp as stamps

    build.load_page_templates()
    for code in (SOURCE_LANGUAGE, *config.languages):
        lang = build.language(code)
        lang.native_name, lang.direction  # noqa: B018 - cached properties, computed now
        ui = stamps.ui_strings(code)
        ui.lang.locale.date_formats  # noqa: B018 - Babel loads locale data on first use


def _picker_labels(config: Config, index_state: dict) -> None:
    """Have every language's picker label ready: from the last run's state, else from Babel."""
    from pipeline.picker import language_label, remember_labels

    remember_labels(index_state.get("labels", {}))
    for code in (SOURCE_LANGUAGE, *config.languages):
        language_label(code)


def _map(function, items: list, while_waiting=None) -> list:
    """``function`` over ``items``, in worker processes when there are enough of them.

    ``while_waiting`` is called in this process meanwhile (it would otherwise sit idle).
    """
    workers = min(os.cpu_count() or 1, 4)
    _read_leaflets.clear()
    if len(items) < PARALLEL_FROM or workers < 2:
        if while_waiting is not None:
            while_waiting()
        with _batch_collection():
            return [function(item) for item in items]
    context = multiprocessing.get_context("fork")
    parent = os.getpid()
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start_worker,
                             initargs=(parent,)) as pool:
        # Small chunks (one leaflet each, up to a few hundred): the workers finish within a
        # leaflet of each other, so no core waits long for the other at the end.
        results = pool.map(function, items, chunksize=max(1, len(items) // (workers * 64)))
        if while_waiting is not None:
            while_waiting()
        return list(results)


@contextlib.contextmanager
def _batch_collection():
    """Collect cyclic garbage less often while a batch runs.

    The work makes and drops many small objects, nearly all freed by reference
    counting; Python's default (a collection every 700 allocations) spent a
    tenth of the time looking for cycles.
    """
    previous = gc.get_threshold()
    gc.set_threshold(*BATCH_GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*previous)


BATCH_GC_THRESHOLD = (50_000, 20, 100)


def _start_worker(parent: int) -> None:
    _die_with_parent(parent)
    gc.freeze()  # what the worker inherited is not garbage: no collection need look at it again
    gc.set_threshold(*BATCH_GC_THRESHOLD)


def _die_with_parent(parent: int) -> None:
    """Make a worker end when the run that forked it is killed.

    Otherwise a SIGKILLed run leaves its workers running, holding the inherited
    project lock, and every later command is refused.
    """
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


@dataclass
class _LeafletWork:
    slug: str
    extract: bool  # the English or its POT changed
    langs: list[str]  # languages to update and build ("en": the English outputs)
    kept: dict[str, dict]  # recorded state of the languages left as they are


@dataclass
class _LeafletOutcome:
    report: StageReport
    record: dict


def _header(config: Config, slug: str, title: str) -> Leaflet:
    """What the index needs of a leaflet, without reading it again."""
    return Leaflet(slug, title, "", "", config.source_path(slug), ())


def _outputs(config: Config, lang: str, slug: str) -> list[Path]:
    """Every file one leaflet may publish in one language, whether or not this build made it."""
    from pipeline.build import OUTPUT_SUFFIXES

    return [*(config.output_path(lang, slug, suffix) for suffix in OUTPUT_SUFFIXES), config.mo_path(lang, slug)]


def _folder_marks(config: Config) -> dict[str, list[int | None]]:
    """Per language, the mtimes of the folders its outputs live in (None: no such folder).

    Adding, removing or renaming a file changes its folder's mtime, and every
    output is written by renaming or linking: while a language's folders keep the mtimes
    the last run left, none of its outputs can have been replaced or deleted,
    and checking them one by one (six files per leaflet) is skipped.
    """
    marks = {}
    for lang in (SOURCE_LANGUAGE, *config.languages):
        marks[lang] = [_mtime(config.output_dir / lang), _mtime(config.mo_path(lang, "_").parent)]
    return marks


def _mtime(path: Path) -> int | None:
    try:
        return os.stat(path).st_mtime_ns
    except FileNotFoundError:
        return None


def _plan(config: Config, slug: str, recorded: dict | None, untouched: set[str] = frozenset()) -> _LeafletWork:
    """Which of a leaflet's languages need work, judged from file signatures alone.

    Outputs are looked at one by one only for the languages not in
    ``untouched`` (see :func:`_folder_marks`). This runs for every leaflet and
    language on every run, so it works on plain strings rather than Path
    objects: a no-change run of 6,000 catalogues is mostly this loop.
    """
    recorded = recorded or {}
    source_same = unchanged(config.source_path(slug), recorded.get("source")) and unchanged(
        config.pot_path(slug), recorded.get("pot")
    )
    locales = f"{config.locales_dir}/"
    kept, langs = {}, []
    for lang in (SOURCE_LANGUAGE, *config.languages):
        previous = recorded.get("langs", {}).get(lang)
        folder = f"{locales}{lang}/LC_MESSAGES/{slug}"
        if (
            source_same
            and previous is not None
            and (lang == SOURCE_LANGUAGE or (
                unchanged(folder + ".po", previous["po"])
                and unchanged(folder + ".approvals.json", previous["ledger"])
            ))
            and (lang in untouched or all(
                unchanged(path, sig) for path, sig in zip(_outputs(config, lang, slug), previous["outputs"])))
        ):
            kept[lang] = previous
        else:
            langs.append(lang)
    return _LeafletWork(slug, not source_same, langs, kept)


def _run_leaflet(config: Config, new_folders: dict[str, tuple[bool, bool]], work: _LeafletWork) -> _LeafletOutcome:
    """Extract one leaflet if its English changed, then update and build its languages that need it."""
    leaflet, template, report = _extract_if_changed(config, work)
    if template is None and set(work.langs) - {SOURCE_LANGUAGE}:
        template = read_template(config, work.slug)
    done = [_run_language(config, leaflet, lang, template, new_folders[lang]) for lang in work.langs]
    return _leaflet_outcome(config, work, leaflet, report, done)


def _run_languages_in_parallel(config: Config, work: list[_LeafletWork], while_waiting) -> list[_LeafletOutcome]:
    """Few leaflets to work on (an edit): extract them here, then share their languages among workers."""
    from pipeline import build, update  # noqa: F401 - imported before the workers fork, so they start warm

    prepared = [(item, *_extract_if_changed(config, item)) for item in work]
    tasks = [(item.slug, lang) for item in work for lang in item.langs]
    done = iter(_map(partial(_language_task, config), tasks, while_waiting=while_waiting))
    return [_leaflet_outcome(config, item, leaflet, report, [next(done) for _ in item.langs])
            for item, leaflet, _template, report in prepared]  # the workers read the POT just written


def _language_task(config: Config, task: tuple[str, str]) -> _LanguageOutcome:
    slug, lang = task
    if lang == SOURCE_LANGUAGE:  # no template needed
        return _run_language(config, read_leaflet(config.source_path(slug)), lang, None)
    leaflet, template = _leaflet_and_template(config, slug)
    return _run_language(config, leaflet, lang, template)


# The leaflets and POTs the language tasks of one _map call have parsed, by slug. Emptied
# before each call (and so in the workers it forks): within a run, under the project lock,
# they do not change.
_read_leaflets: dict[str, tuple[Leaflet, Catalog]] = {}


def _leaflet_and_template(config: Config, slug: str) -> tuple[Leaflet, Catalog]:
    """The leaflet and its POT, parsed once per worker rather than once per language."""
    if slug not in _read_leaflets:
        _read_leaflets[slug] = (read_leaflet(config.source_path(slug)), read_template(config, slug))
    return _read_leaflets[slug]


def _extract_if_changed(config: Config, work: _LeafletWork) -> tuple[Leaflet, Catalog | None, StageReport]:
    """The leaflet, and its template when its English changed (written to the POT, not read back)."""
    from pipeline.catalogs import write_catalog
    from pipeline.extract import template_for

    report = StageReport()
    leaflet = read_leaflet(config.source_path(work.slug))
    template = None
    if work.extract:
        template = template_for(leaflet, config)
        if write_catalog(config.pot_path(work.slug), template, touch_revision_date=False):
            report.changed.append(config.pot_path(work.slug))
    return leaflet, template, report


@dataclass
class _LanguageOutcome:
    lang: str
    record: dict  # the language's entry in the run state
    publication: build_stage.Publication
    changed: list[Path]


def _run_language(config: Config, leaflet: Leaflet, lang: str, template,
                  new_folders: tuple[bool, bool] = (False, False)) -> _LanguageOutcome:
    """Update (from ``template``, the leaflet's POT) and build one language of one leaflet."""
    from pipeline import build as build_stage
    from pipeline.review import load_ledger
    from pipeline.update import merge_language

    slug = leaflet.slug
    po = config.po_path(lang, slug)
    new = build_stage.NewFolders(*new_folders)
    changed: list[Path] = []
    po_record = ledger_record = None
    if lang == SOURCE_LANGUAGE:
        publication = build_stage.build_english(leaflet, config, new)
    else:
        updated, catalog = merge_language(template, config, lang, slug)
        ledger = load_ledger(config, lang, slug)
        if updated:
            changed.append(po)
        publication = build_stage.build_language(leaflet, config, lang, catalog, ledger, new)
        # Signatures of the bytes this run worked from (a catalogue it rewrote is read back).
        if updated:
            po_record = record(po)
        else:
            layout = catalog.leaflets_layout
            po_record = record(po, as_read=layout.as_read, status=layout.status)
        # A ledger that was not there when read is recorded as missing, even if one appeared since.
        ledger_record = None if ledger.as_read is None else record(ledger.path, as_read=ledger.as_read,
                                                                   status=ledger.read_status)
    changed += publication.changed
    lang_record = {
        "po": po_record,
        "ledger": ledger_record,
        # Every output there may be, in _outputs' order, with None for those that do not
        # exist: a file appearing or vanishing by hand sends the language back to work.
        # By size and mtime alone: an output touched by hand is simply made again.
        # As the build left them: their signatures come from the writes, not a second look.
        "outputs": list(publication.outputs),
        "publication": _publication_record(publication),
    }
    return _LanguageOutcome(lang, lang_record, publication, changed)


def _leaflet_outcome(config: Config, work: _LeafletWork, leaflet: Leaflet, report: StageReport,
                     done: list[_LanguageOutcome]) -> _LeafletOutcome:
    langs: dict[str, dict] = dict(work.kept)
    for outcome in done:
        report.changed += outcome.changed
        report.publications.append(outcome.publication)
        langs[outcome.lang] = outcome.record
    ordered = {lang: langs[lang] for lang in (SOURCE_LANGUAGE, *config.languages)}
    md, pot = config.source_path(work.slug), config.pot_path(work.slug)
    state = {"title": leaflet.title, "source": record(md), "pot": record(pot), "langs": ordered}
    return _LeafletOutcome(report, state)


def _publication_record(publication: build_stage.Publication) -> list:
    # A list, without the slug and language (the state's keys say them): the state is
    # read and written by every run, 6,000 of these at 200 x 30.
    approved_on = publication.approved_on.isoformat() if publication.approved_on else None
    return [publication.published, publication.reason, publication.approved, publication.total, approved_on]


def _publications(leaflets: dict[str, dict], slugs: list[str]) -> list[build_stage.Publication]:
    """Every language's publishing decision of every leaflet, as the run state records them."""
    from pipeline import build as build_stage

    publications = []
    for slug in slugs:
        for lang, lang_state in leaflets[slug]["langs"].items():
            published, reason, approved, total, approved_on = lang_state["publication"]
            publications.append(build_stage.Publication(
                slug, lang, published, reason, approved, total,
                dt.date.fromisoformat(approved_on) if approved_on else None))
    return publications
