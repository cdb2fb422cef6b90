"""The pipeline's stages over a whole project: import, extract, update, (draft,) build.

Each function takes the Config, does its stage for every leaflet and returns
what it did; nothing here prints. `run` chains them: the main job.

`update`, `build` and `run` share the work on one leaflet (:func:`_work_on_leaflet`)
and on one of its languages (:func:`_work_on_language`), done in worker
processes when there are enough leaflets (:func:`_in_workers`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import math
import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import babel

from pipeline import __version__
from pipeline.core.config import Config
from pipeline.core.errors import (
    CatalogError,
    CatalogUnwritable,
    LeafletsError,
    SavedMeanwhile,
    SourceError,
)
from pipeline.core.files import write_atomic, writing_project
from pipeline.core.incremental import (
    FolderMarks,
    KeptState,
    LanguageRecord,
    LeafletRecord,
    PickerRecord,
    PublicationRecord,
    RunState,
    Signature,
    fingerprint,
    frozen_heap,
    load_state,
    record,
    unchanged,
)
from pipeline.core.languages import SOURCE_LANGUAGE, language, names_of, remember_names
from pipeline.core.text import front_matter_field
from pipeline.publish import addresses
from pipeline.run.summary import Row, kept_row, summarise
from pipeline.source import importer


class _OnFirstUse:
    """A stage module, imported when one of its attributes is first used.

    Not importlib's LazyLoader: a module it put off, first used by another's import statement
    (build's ``from pipeline.review.ledger import ...``), was left half-run by a Ctrl-C there,
    which CPython's import drops: the run went on to an ImportError traceback. This imports
    the module as an import statement would, from this module's code only.
    """

    __slots__ = ("_module", "_name")

    def __init__(self, name: str):
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attribute: str) -> Any:
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attribute)


# The stage modules (Babel's catalogues, Jinja's templates, CLDR data) load when there is
# work for them. A rerun with nothing changed needs none of them, and importing them at the
# top doubled its cost: 0.34 s of CPU instead of 0.17 s (`leaflets run`, 4 leaflets in 6
# languages, medians of 10, 2026-12-02). This is the one place that defers the stage modules;
# a few heavy modules used by one step load in that step (the worker pool, the PDF module,
# the importer's readers, socket for ssh-agent), each with the measured reason beside it.
if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

    from pipeline.catalogs import extract, update
    from pipeline.catalogs import po as catalogs
    from pipeline.drafting import draft
    from pipeline.publish import build, picker, stamp
    from pipeline.review import ledger as review
    from pipeline.source import document
    from pipeline.source.document import Leaflet
else:
    build, catalogs, document, draft, extract, picker, review, stamp, update = (_OnFirstUse(name) for name in (
        "pipeline.publish.build", "pipeline.catalogs.po", "pipeline.source.document", "pipeline.drafting.draft",
        "pipeline.catalogs.extract", "pipeline.publish.picker", "pipeline.review.ledger", "pipeline.publish.stamp",
        "pipeline.catalogs.update",
    ))

STATE_FILE = ".leaflets/state.json"


@dataclass
class StageReport:
    """Files a stage changed, notes for the user, and the leaflets it could not do."""

    changed: list[Path] = field(default_factory=list)
    folders_removed: list[Path] = field(default_factory=list)  # empty output folders a withdrawal left
    notes: list[str] = field(default_factory=list)
    publications: list[build.Publication] = field(default_factory=list)
    # `file:line: message`, one per leaflet left undone; the others were done. The command fails.
    failures: list[str] = field(default_factory=list)
    failed: set[str] = field(default_factory=set)  # the slugs of those leaflets
    failure_of: dict[str, str] = field(default_factory=dict)  # each failed slug's failure line
    kept: list[Row] = field(default_factory=list)  # run: the languages left as the last run left them
    drafts: list[tuple[str, str]] = field(default_factory=list)  # import --dry-run: (Markdown path, its text)

    def extend(self, other: StageReport) -> None:
        self.changed += other.changed
        self.folders_removed += other.folders_removed
        self.notes += other.notes
        self.publications += other.publications
        self.failures += other.failures
        self.failed |= other.failed
        self.failure_of.update(other.failure_of)
        self.kept += other.kept
        self.drafts += other.drafts

    def fail(self, config: Config, slug: str, error: LeafletsError) -> None:
        self.failures.append(failure_line(config, error))
        self.failed.add(slug)
        self.failure_of.setdefault(slug, self.failures[-1])

    def summary(self, config: Config) -> list[Row]:
        """What the stage did to each leaflet and language (published, withdrawn and why, unchanged)."""
        return summarise(self.publications, self.kept, self.failure_of, config.languages)


def failure_line(config: Config, error: LeafletsError) -> str:
    """The error's one line, its file named from the project root (:meth:`LeafletsError.located`)."""
    return error.located(config.root)


# -- the stages -------------------------------------------------------------------------


def import_sources(config: Config, *, only_if_needed: bool = False, force: bool = False,
                   dry_run: bool = False, keep_edits: frozenset[str] = frozenset(),
                   read_unchanged: bool = False) -> StageReport:
    """Originals in source/raw/ -> Markdown, for every leaflet that has one (and changed, ``only_if_needed``).

    ``keep_edits``: leaflets whose original's change was brought into their Markdown by hand:
    the original is recorded as imported (``source-sha256``), the Markdown kept as it is.
    ``read_unchanged`` (`leaflets import`): the Markdown of a leaflet whose original needs no
    import is read all the same, so that one that does not parse is reported (`run` leaves that
    to its extract: reading it here too would load the Markdown parser on a rerun where nothing changed).

    A Markdown edited since import wrote it is left as it is and reported,
    unless ``force``. ``dry_run``: the Markdown is put in the report, not written.
    One leaflet that cannot be imported is reported; the others are imported.
    """
    report = StageReport()
    with writing_project(config.root):
        records = importer.load_records(config.root)
        before = dict(records)
        readable = ", ".join(importer.READERS)
        report.notes += [f"{config.relative(path)}: not an original leaflets reads ({readable}): left alone"
                         for path in importer.unread_files(config.raw_dir)]
        listing = config.originals()
        for name, error in config.clash_errors().items():
            report.fail(config, name, error)
        for slug in config.slugs():
            try:
                if slug in keep_edits:
                    _record_as_imported(config, slug, listing, report)
                    continue
                _import_leaflet(config, slug, listing, records, report, only_if_needed=only_if_needed,
                                force=force, dry_run=dry_run, read_unchanged=read_unchanged)
            except LeafletsError as error:
                report.fail(config, slug, error)
        if records != before and not dry_run:
            importer.save_records(config.root, records)
    return report


def _record_as_imported(config: Config, slug: str, listing: Mapping[str, list[Path]], report: StageReport) -> None:
    """The original's change is in the Markdown, brought in by hand: its ``source-sha256`` names it now."""
    original = importer.original_of(slug, listing)
    md = config.source_path(slug)
    if original is None or not md.exists():
        raise SourceError(f"--keep-edits {slug}: it needs both source/raw/{slug}.* and its Markdown", md, 1)
    document.read_leaflet(md)  # a front matter to record it in
    kept = importer.with_original_recorded(md.read_text(encoding="utf-8"), original)
    if write_atomic(md, kept):
        report.changed.append(md)
    report.notes.append(f"{config.relative(original)}: recorded as brought into {config.relative(md)} by hand; "
                        "its text is kept")


def _import_leaflet(config: Config, slug: str, listing: Mapping[str, list[Path]], records: dict[str, str],
                    report: StageReport, *, only_if_needed: bool, force: bool, dry_run: bool,
                    read_unchanged: bool) -> None:
    original = importer.original_of(slug, listing)
    if original is None:
        return
    if only_if_needed and not needs_import(config, slug, listing):
        if read_unchanged:
            document.read_leaflet(config.source_path(slug))  # a SourceError at its line, as extract would raise
        return
    # Refused here, before a Markdown the next step would refuse is written (after the check above: a rerun
    # with nothing to import does not load the source reader).
    if fault := document.slug_fault(slug):
        raise SourceError(f"its name would make the leaflet's {fault}: "
                          f"rename it with hyphens, {document.hyphenated(slug)}{original.suffix}", original)
    md = config.source_path(slug)
    current = md.read_bytes().decode("utf-8", errors="replace") if md.exists() else None
    previous: dict[str, str] = {}
    if current is not None:
        try:
            previous = document.read_leaflet(md).front_matter
        except SourceError:
            if not force:  # a Markdown someone is still editing: say where, write nothing
                raise
    draft = importer.draft(original, slug, previous)
    where = config.relative(original)
    doubts = [f"{where}:{doubt.first_line}: {doubt.message}"
              + (f" (lines {doubt.first_line}-{doubt.last_line})" if doubt.last_line != doubt.first_line else "")
              for doubt in draft.doubts]
    if dry_run:
        report.drafts.append((config.relative(md), draft.markdown))
        report.notes += doubts
        return
    # A leaflet renamed since its import (Config.originals) is on record under its old name, the original's.
    recorded = records.get(slug, records.get(original.stem))
    if current is not None and not force and importer.edited_since_import(current, recorded, draft.markdown):
        raise SourceError(f"edited since it was imported, so not replaced by the import of {where}: "
                          f"bring the change in by hand, then `leaflets import --keep-edits {slug}`; or "
                          "`leaflets import --force` to replace it", md, 1)
    report.notes += doubts
    if write_atomic(md, draft.markdown):
        report.changed.append(md)
        report.notes.append(f"imported {where} into {config.relative(md)}")
    records[slug] = importer.body_sha256(draft.markdown)


def needs_import(config: Config, slug: str, listing: Mapping[str, list[Path]] | None = None) -> bool:
    """True when the leaflet has an original and its Markdown is missing or was imported from another one.

    ``listing``: :meth:`Config.originals`, when the caller asks for many leaflets.
    """
    original = importer.original_of(slug, config.originals() if listing is None else listing)
    if original is None:
        return False
    md = config.source_path(slug)
    if not md.exists():
        return True
    # The one field, without reading the whole leaflet (the Markdown parser's loading was a
    # third of a rerun with nothing changed, for a project whose leaflets have originals).
    recorded = front_matter_field(md, "source-sha256")
    if recorded is None:  # not readable: the reason, at its line
        recorded = document.read_leaflet(md).front_matter.get("source-sha256")
    return recorded != importer.original_sha256(original)


def extract_all(config: Config) -> StageReport:
    """Markdown -> POT, for every leaflet (one that cannot be read is reported; the others are extracted)."""
    report = StageReport()
    with writing_project(config.root):
        for slug in config.slugs():
            try:
                leaflet = document.read_leaflet(config.source_path(slug))
                if extract.extract(leaflet, config):
                    report.changed.append(config.pot_path(leaflet.slug))
            except SourceError as error:
                report.fail(config, slug, error)
    return report


def update_all(config: Config, langs: list[str] | None = None) -> StageReport:
    """POT -> PO, for every leaflet in ``langs`` (default: every configured language)."""
    jobs = [LeafletJob(slug, tuple(langs or config.languages), update=True) for slug in config.slugs()]
    with writing_project(config.root):
        return _report(_in_workers(config, jobs))


def build_all(config: Config) -> StageReport:
    """PO + ledger -> the published editions of every leaflet and language, and the picker."""
    jobs = [LeafletJob(slug, (SOURCE_LANGUAGE, *config.languages), build=True) for slug in config.slugs()]
    with writing_project(config.root):
        given_out = addresses.load(config.root)  # a damaged record stops the build before it writes
        # A leaflet whose English cannot be read keeps its pages, so it keeps its entry, as `run` keeps it.
        state = load_state(config.root / STATE_FILE, _fingerprint(config))
        if state.picker is None:  # a picker the last run made, changed by hand since, is made again
            addresses.refuse_a_picker_not_ours(config.output_dir)
        results = _in_workers(config, jobs)
        report = _report(results)
        _note_published(given_out, ((result.slug, result.title, outcome.lang, outcome.publication.outputs)
                                    for result in results for outcome in result.langs
                                    if outcome.publication is not None))
        held = _held_back(config, state.leaflets, report.failed)
        kept_headers, kept_publications = _recorded_entries(config, state, sorted({*report.failed, *held}))
        kept = {header.slug: header for header in kept_headers}
        headers = [_header(config, result.slug, result.title) if result.failure is None else kept[result.slug]
                   for result in results if result.failure is None or result.slug in kept]
        headers = sorted(headers + [kept[slug] for slug in held if slug in kept], key=lambda header: header.slug)
        unrecorded = report.failed - set(kept)  # the state set aside: their sections as the page has them
        left = picker.sections_of(config.output_dir / addresses.PICKER, unrecorded) if unrecorded else {}
        retired = _retire_gone(config, state, report, given_out)  # the run state is `run`'s to save: it retires them again
        report.folders_removed += remove_empty_folders(config, retired)
        if given_out.save():
            report.changed.append(given_out.path)
        if build.build_index(config, headers, report.publications + kept_publications,
                             reuse_sections=_picker_as_recorded(config, state.picker), left=left):
            report.changed.append(config.output_dir / addresses.PICKER)
    return report


def run(config: Config, notify: Callable[[str], None] | None = None, kept: KeptState | None = None) -> StageReport:
    """The main job: import (when the raw text changed), extract, update, draft (when
    ``[tool.leaflets.draft] in_run``), build.

    ``notify`` is told at once when drafting is about to send text to an online
    engine (only with ``online_in_run``); the rest is in the report. ``kept``: the
    run state as this process's last run left it (`leaflets watch` runs again and again).

    Incremental: first, in this process, every leaflet and language whose
    inputs and outputs are as the last run left them is set aside by file
    signatures alone, without parsing anything; then the rest is done, in
    worker processes when there is enough of it.
    """
    # A process that runs again and again (the watch) makes PDFs in forked workers only, however
    # few: once Typst has made one in a process, the workers it forks later cannot use Typst and
    # fall back to WeasyPrint, whose PDFs a later run would keep (pdf.render_pdf). Without PDF
    # editions it works in its own process when there is little to do, as `run` does: an edit
    # at 10 x 3 took 0.08 s in the watch's own process and 0.18 s in a worker, whose caches
    # (locale data, checked signatures) end with it (2026-12-03).
    in_workers_only = kept is not None and (config.build.pdf or addresses.gives_out(config.root, ".pdf"))
    kept = kept or KeptState()
    with writing_project(config.root):
        report = import_sources(config, only_if_needed=True)
        with frozen_heap():  # the state loaded in it lasts the whole run (see load_state)
            state = kept.load(config.root / STATE_FILE, _fingerprint(config))
            if state.picker is None:  # before anything is written in output_dir (import writes leaflets only)
                addresses.refuse_a_picker_not_ours(config.output_dir)
            try:
                if _run_planned(config, state, report, notify, in_workers_only):
                    kept.saved()
            except BaseException:
                kept.forget()
                raise
    return report


def _run_planned(config: Config, state: RunState, report: StageReport, notify: Callable[[str], None] | None,
                 in_workers_only: bool) -> bool:
    """:func:`run` after the import, from the run state: plan, work, record, picker; True when it saved the state."""
    if state.picker is not None:
        remember_names(state.picker.names)  # before the workers start, which name languages too
    plan = _plan_run(config, state, skip=report.failed)
    # A record of published addresses deleted (or a new checkout's, never committed) is made again
    # from the run state, whatever else there is to do.
    working = bool(plan.jobs or plan.picker_stale or state.earlier) or (
        bool(state.leaflets) and not addresses.path_of(config.root).exists())
    # Bad draft settings, or a damaged record of published addresses, stop the run before it writes.
    drafting = bool(plan.jobs) and _drafting(config)
    given_out = addresses.load(config.root) if working else None
    jobs = _shared_out(config, plan.jobs, report)
    labels = partial(_picker_labels, config) if plan.jobs else None
    results = _in_workers(config, jobs, plan.folders, while_waiting=labels, always=in_workers_only)
    report.extend(_report(results))
    # For the summary, from the records alone: making Publications would load the build stage.
    report.kept += [kept_row(slug, lang, kept.publication)
                    for slug, langs in plan.kept.items() for lang, kept in langs.items()]
    _record_results(config, plan, results, state)
    done = {result.slug for result in results}
    if drafting:
        unreadable = {(result.slug, lang) for result in results for lang, _ in result.unreadable}
        _draft_new_entries(config, [replace(job, langs=tuple(lang for lang in job.langs if (job.slug, lang)
                                                              not in unreadable))
                                    for job in plan.jobs if job.slug not in report.failed], state, report, notify)
    if given_out is not None:
        # This run's editions; every edition the state knows when there was no record (deleted, or a
        # deploy job's never committed): it is made again from a working copy's next run.
        _note_published(given_out, ((slug, recorded.title, lang, kept.outputs)
                                    for slug, recorded in state.leaflets.items() for lang, kept in recorded.langs.items()
                                    if not given_out.existed or slug in done))
        retired = _retire_gone(config, state, report, given_out)
        report.folders_removed += remove_empty_folders(config, retired)
        if given_out.save():
            report.changed.append(given_out.path)
        report.changed += _write_picker(config, state, failed=report.failed)
        state.save()
        return True
    return False


def read_template(config: Config, slug: str) -> Catalog:
    """The leaflet's POT, refused when it has no entries.

    A leaflet always has a title, so an empty template is damage (a POT emptied
    by a power cut, say: POTs are not fsynced). Merged as it is, it would make
    every translation obsolete.
    """
    path = config.pot_path(slug)
    template = catalogs.read_catalog(path)
    if not template._messages:
        raise CatalogError("the template has no entries: run `leaflets extract` to make it again", path)
    return template


# -- planning a run -------------------------------------------------------------------------


@dataclass(frozen=True)
class LeafletJob:
    """What a stage does to one leaflet, in one worker: the languages, and which steps."""

    slug: str
    langs: tuple[str, ...]  # SOURCE_LANGUAGE: the English editions
    extract: bool = False  # make the POT again from the English first
    update: bool = False  # merge the POT into the languages' catalogues
    build: bool = False  # publish or withdraw the languages' editions


@dataclass
class RunPlan:
    jobs: list[LeafletJob]
    kept: dict[str, dict[str, LanguageRecord]]  # per leaflet, the languages left as the last run left them
    folders: dict[str, FolderMarks]  # per language, its output folders when the run began
    picker_stale: bool  # the picker page must be written even if no leaflet needs work


def _plan_run(config: Config, state: RunState, skip: set[str] | None = None) -> RunPlan:
    """What the run has to do, judged from file signatures alone (nothing is parsed).

    The leaflets in ``skip`` (their import failed) are left as the last run left them.
    """
    slugs = config.slugs()
    recorded_picker = state.picker or PickerRecord(None, {}, {})
    folders = _folder_marks(config)
    untouched = {lang for lang, marks in folders.items() if marks == recorded_picker.folders.get(lang)}
    jobs, kept = [], {}
    for slug in slugs:
        if skip and slug in skip:
            continue
        job, kept[slug] = _plan_leaflet(config, slug, state.leaflets.get(slug), untouched)
        if job.langs or job.extract:
            jobs.append(job)
    picker_stale = (set(state.leaflets) != set(slugs) or folders != recorded_picker.folders
                    or not unchanged(config.output_dir / addresses.PICKER, recorded_picker.page))
    return RunPlan(jobs, kept, folders, picker_stale)


def _plan_leaflet(config: Config, slug: str, recorded: LeafletRecord | None,
                  untouched: set[str]) -> tuple[LeafletJob, dict[str, LanguageRecord]]:
    """Which of a leaflet's languages need work, and the records of those that do not.

    Outputs are looked at one by one only for the languages not in
    ``untouched`` (see :func:`_folder_marks`). This runs for every leaflet and
    language on every run, so it works on plain strings rather than Path
    objects: a no-change run of 6,000 catalogues is mostly this loop.
    """
    source_same = recorded is not None and (unchanged(config.source_path(slug), recorded.source)
                                            and unchanged(config.pot_path(slug), recorded.pot))
    locales = f"{config.locales_dir}/"
    kept, langs = {}, []
    for lang in (SOURCE_LANGUAGE, *config.languages):
        previous = recorded.langs.get(lang) if source_same and recorded is not None else None
        folder = f"{locales}{lang}/LC_MESSAGES/{slug}"
        if (
            previous is not None
            and (lang == SOURCE_LANGUAGE or (
                unchanged(folder + ".po", previous.po) and unchanged(folder + ".approvals.json", previous.ledger)
            ))
            and (lang in untouched or all(
                unchanged(path, sig) for path, sig in zip(_outputs(config, lang, slug), previous.outputs)))
            and not _ended_since(config, slug, lang, previous)
        ):
            kept[lang] = previous
        else:
            langs.append(lang)
    return LeafletJob(slug, tuple(langs), extract=not source_same, update=True, build=True), kept


def _ended_since(config: Config, slug: str, lang: str, previous: LanguageRecord) -> bool:
    """Was a bilingual or PDF edition the last run made switched off and taken out of published.json since?

    Then the language is built again, and the file goes (addresses.editions_made).
    """
    options = config.build  # asked of every language of a run with nothing to do: the cheap tests first
    made_bilingual = not options.bilingual and previous.outputs[_BILINGUAL] is not None
    made_pdf = not options.pdf and previous.outputs[_PDF] is not None
    if not (made_bilingual or made_pdf):
        return False
    bilingual, pdf = addresses.editions_made(config.root, options, slug, lang)
    return (made_bilingual and not bilingual) or (made_pdf and not pdf)


_BILINGUAL, _PDF = addresses.EDITION_SUFFIXES.index(".bilingual.html"), addresses.EDITION_SUFFIXES.index(".pdf")


def _folder_marks(config: Config) -> dict[str, FolderMarks]:
    """Per language, the mtimes of the folders its outputs live in.

    Adding, removing or renaming a file changes its folder's mtime, and every
    output is written by renaming or linking: while a language's folders keep the mtimes
    the last run left, none of its outputs can have been replaced or deleted,
    and checking them one by one (six files per leaflet) is skipped.
    """
    return {lang: FolderMarks(_mtime(config.output_dir / lang), _mtime(config.mo_path(lang, "_").parent))
            for lang in (SOURCE_LANGUAGE, *config.languages)}


def _mtime(path: Path) -> int | None:
    try:
        return os.stat(path).st_mtime_ns
    except FileNotFoundError:
        return None


def _outputs(config: Config, lang: str, slug: str) -> list[Path]:
    """Every file one leaflet may publish in one language, whether or not this build made it."""
    return [*(config.output_path(lang, slug, suffix) for suffix in build.OUTPUT_SUFFIXES), config.mo_path(lang, slug)]


def _shared_out(config: Config, jobs: list[LeafletJob], report: StageReport) -> list[LeafletJob]:
    """The jobs, with the languages of few leaflets with many shared among several jobs.

    An edit of a leaflet or two would otherwise keep one worker busy and the
    other idle. The POTs of leaflets shared out are made here first, once.
    """
    if len(jobs) >= PARALLEL_FROM or sum(len(job.langs) for job in jobs) < PARALLEL_LANGUAGES_FROM:
        return jobs
    shared = []
    for job in jobs:
        if job.extract:
            report.changed += _work_on_leaflet(config, {}, replace(job, langs=(), update=False, build=False)).changed
        size = max(1, math.ceil(len(job.langs) / PARALLEL_FROM))
        shared += [replace(job, langs=job.langs[start:start + size], extract=False)
                   for start in range(0, len(job.langs), size)]
    return shared


PARALLEL_FROM = 4  # jobs; below this, starting worker processes costs more than it saves
PARALLEL_LANGUAGES_FROM = 8  # languages of fewer leaflets than that, shared among jobs from this many


# -- the worker pool ------------------------------------------------------------------------


def _in_workers(config: Config, jobs: list[LeafletJob], folders: dict[str, FolderMarks] | None = None,
                while_waiting: Callable[[], None] | None = None, always: bool = False) -> list[LeafletResult]:
    """The jobs done (:func:`_work_on_leaflet`), in worker processes when there are enough of them (``always``: any).

    ``folders``: see :func:`_work_on_leaflet`. ``while_waiting`` is called in
    this process meanwhile (it would otherwise sit idle).
    """
    function = partial(_work_on_leaflet, config, folders or {})
    workers = min(os.cpu_count() or 1, 4, len(jobs))
    if not jobs or (not always and (len(jobs) < PARALLEL_FROM or workers < 2)):
        if while_waiting is not None:
            while_waiting()
        return [function(job) for job in jobs]
    # Imported here, with work for them: loading the pool's modules took 10 to 15 ms of
    # every rerun, a tenth of one with nothing changed (2026-12-03).
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _load_before_fork(config, jobs)
    context = multiprocessing.get_context("fork")
    with frozen_heap(), ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_end_with,
                                            initargs=(os.getpid(),)) as pool:
        # Small chunks (one leaflet each, up to a few hundred): the workers finish within a
        # leaflet of each other, so no core waits long for the other at the end.
        results = pool.map(function, jobs, chunksize=max(1, len(jobs) // (workers * 64)))
        if while_waiting is not None:
            while_waiting()
        return list(results)


def _load_before_fork(config: Config, jobs: list[LeafletJob]) -> None:
    """Load what the workers share here, once: forked, they start with it.

    Else each worker loads the stage modules and the page templates (Jinja
    compiles them on first use) itself, the PDF module when PDF editions are on,
    and the CLDR data of each language it builds: worth loading here only for a
    language built in several jobs (not when an edit's languages are shared out,
    one job each), unless this process runs again and again (:func:`load_ahead`).
    With an edition switched off, each build asks published.json whether it was
    given out (addresses.editions_made): read here (17 ms at 200 x 30), not in each worker.
    """
    built = Counter(lang for job in jobs if job.build for lang in job.langs)
    _load_for_workers([code for code, jobs_building_it in built.items() if jobs_building_it > 1],
                      pdf=config.build.pdf and any(job.build for job in jobs))
    if not (config.build.pdf and config.build.bilingual):
        addresses.gives_out(config.root, ".pdf")


def load_ahead(config: Config) -> None:
    """Load what runs work with, for a process that runs again and again (`leaflets watch`), while it waits.

    The stage modules every run uses (drafting's load when a run drafts), the page
    templates, and each language's interface strings and date formats: each run's
    workers are forked from this process and start with them. Otherwise the first
    edit's run loaded them, in this process and in its workers: at 200 x 30 the
    first edit saved after the watch started took 0.47 to 0.71 s, the next ones 0.31
    to 0.44 s; loaded ahead, the first took 0.36 to 0.40 s (2026-12-03).
    """
    for module in (build, catalogs, document, extract, picker, review, stamp, update):
        module.__name__  # noqa: B018 - the first use of a stage module (_OnFirstUse) loads it
    _load_for_workers((SOURCE_LANGUAGE, *config.languages), pdf=config.build.pdf)
    picker.load_template(build.template_environment())  # the picker page, remade here after most edits


def _load_for_workers(langs: Iterable[str], *, pdf: bool) -> None:
    """The page templates, the PDF module (``pdf``) and each of ``langs``, loaded here for the workers to inherit."""
    build.load_page_templates()
    if pdf:
        importlib.import_module("pipeline.publish.pdf")
    for code in langs:
        _load_language(code)


def _load_language(code: str) -> None:
    """One language's names and direction, its interface strings and their date formats (each loaded on first use).

    Names already remembered from the run state (languages.remember_names) need no locale data.
    """
    lang = language(code)
    lang.native_name, lang.direction  # noqa: B018 - cached properties, computed now
    stamp.ui_strings(code).lang.locale.date_formats  # noqa: B018 - Babel loads locale data on first use


def _end_with(parent: int) -> None:
    """Make this worker end when the run that started it is gone.

    A run killed with SIGKILL (the OOM killer, say) cannot stop its workers,
    and they would wait for work for ever, holding the project lock they
    inherited: every later command would be refused.
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.1)
        os._exit(1)

    threading.Thread(target=watch, name="end-with-the-run", daemon=True).start()


# -- the work on one leaflet, and one of its languages --------------------------------------


@dataclass
class LanguageResult:
    lang: str
    changed: list[Path]
    publication: build.Publication | None = None  # when built
    record: LanguageRecord | None = None  # when updated and built (run): for the run state


@dataclass
class LeafletResult:
    slug: str
    title: str
    changed: list[Path]  # the POT, when extracted
    langs: list[LanguageResult]
    source: Signature | None = None  # the English and the POT as worked from (run)
    pot: Signature | None = None
    failure: str | None = None  # `file:line: message` when the leaflet's English could not be read
    # (language, `file:line: message`) for each catalogue or ledger that could not be read: its
    # language is withdrawn until it reads, the rest of the leaflet is done
    unreadable: tuple[tuple[str, str], ...] = ()


def _work_on_leaflet(config: Config, folders: dict[str, FolderMarks], job: LeafletJob) -> LeafletResult:
    """Extract one leaflet (when asked), then update and build its languages (as asked).

    ``folders``: the output folders of each language when the run began (see :func:`_plan_run`).
    A leaflet whose English is bad is reported in the result, and the other leaflets go on.
    """
    try:
        return _work_on_readable_leaflet(config, folders, job)
    except SourceError as error:
        return LeafletResult(job.slug, "", [], [], failure=failure_line(config, error))


def _work_on_readable_leaflet(config: Config, folders: dict[str, FolderMarks], job: LeafletJob) -> LeafletResult:
    # The English's signature as it is before it is read: a file still being saved (an editor
    # writing it in parts, the watch quick to start) that changes while this run works from it
    # is seen changed by the next run, and built again from what was saved.
    source = record(config.source_path(job.slug)) if job.update and job.build else None
    leaflet = document.read_leaflet(config.source_path(job.slug))
    pot = config.pot_path(job.slug)
    changed, template = [], None
    if job.extract:
        template = extract.template_for(leaflet, config)
        if catalogs.write_catalog(pot, template, touch_revision_date=False):
            changed.append(pot)
    elif job.update and set(job.langs) - {SOURCE_LANGUAGE}:
        template = read_template(config, job.slug) if pot.exists() else extract.template_for(leaflet, config)
    langs, unreadable = [], []
    for lang in job.langs:
        new = _new_folders(folders.get(lang))
        try:
            langs.append(_work_on_language(config, leaflet, lang, template if job.update else None,
                                           building=job.build, new=new))
        except CatalogError as error:  # that language waits for its file to be mended, not the rest
            unreadable.append((lang, failure_line(config, error)))
            langs.append(_unreadable_language(config, leaflet, lang, unreadable[-1][1], building=job.build, new=new,
                                              written=isinstance(error, CatalogUnwritable)))
    result = LeafletResult(job.slug, leaflet.title, changed, langs, unreadable=tuple(unreadable))
    if job.update and job.build:
        result.source, result.pot = source, record(pot)
    return result


def _unreadable_language(config: Config, leaflet: Leaflet, lang: str, failure: str, *, building: bool,
                         new: build.NewFolders, written: bool = False) -> LanguageResult:
    """A language whose catalogue or ledger cannot be read (or its catalogue ``written`` with the new
    English): its approvals cannot be judged, so it is withdrawn (its addresses show the holding page)
    until the file is mended. Recorded without the files' signatures, so the next run tries them again
    (and says so again)."""
    if not building:
        return LanguageResult(lang, [])
    cannot = "its catalogue cannot be written" if written else "its catalogue or ledger cannot be read"
    publication = build.withdraw(config, leaflet, lang, f"{cannot}: {failure}", new)
    return LanguageResult(lang, list(publication.changed), publication, _language_record(None, None, publication))


def _new_folders(marks: FolderMarks | None) -> build.NewFolders:
    """Which of a language's output folders did not exist when the run began: nothing there to compare."""
    return build.NewFolders() if marks is None else build.NewFolders(marks.pages is None, marks.mo is None)


def _work_on_language(config: Config, leaflet: Leaflet, lang: str, template: Catalog | None, *,
                      building: bool, new: build.NewFolders) -> LanguageResult:
    """Update one language of one leaflet from ``template`` (its POT; None: leave the PO), then build it (``building``).

    Updated and built in one go (``run``), it also gives the language's run-state record.
    """
    if lang == SOURCE_LANGUAGE:
        if not building:
            return LanguageResult(lang, [])
        publication = build.build_english(leaflet, config, new)
        return LanguageResult(lang, list(publication.changed), publication, _language_record(None, None, publication))
    po = config.po_path(lang, leaflet.slug)
    changed, catalog, updated = [], None, False
    if template is not None:
        try:
            updated, catalog = _merged(template, config, lang, leaflet.slug)
        except CatalogError:
            raise
        except LeafletsError as error:  # the file left as it was: the language waits, as for one that does not read
            raise CatalogUnwritable(error.message, error.path, error.line) from error
        if updated:
            changed.append(po)
    if not building:
        return LanguageResult(lang, changed)
    ledger = review.load_ledger(config, lang, leaflet.slug)
    publication = build.build_language(leaflet, config, lang, catalog, ledger, new)
    changed += publication.changed
    if catalog is None:
        return LanguageResult(lang, changed, publication)
    # Signatures of the bytes this run worked from (a catalogue it rewrote is read back).
    layout = catalogs.layout_of(catalog)
    if updated or layout is None:
        po_record = record(po)
    else:
        po_record = record(po, as_read=layout.as_read, status=layout.status)
    # A ledger that was not there when read is recorded as missing, even if one appeared since.
    ledger_record = None if ledger.as_read is None else record(ledger.path, as_read=ledger.as_read,
                                                               status=ledger.read_status)
    return LanguageResult(lang, changed, publication, _language_record(po_record, ledger_record, publication))


def _merged(template: Catalog, config: Config, lang: str, slug: str) -> tuple[bool, Catalog]:
    """:func:`update.merge_language`, done again from the file as saved when a translator saved it meanwhile.

    PO editors take no project lock: a save between the merge's reading and writing
    is kept, and merged from, rather than leaving the language out of the run (its
    pages withdrawn until the next one). A file saved again and again is left out after
    MERGE_ATTEMPTS, with its error.
    """
    attempt = 1
    while True:
        try:
            return update.merge_language(template, config, lang, slug)
        except SavedMeanwhile:
            if attempt == MERGE_ATTEMPTS:
                raise
            attempt += 1


MERGE_ATTEMPTS = 3


def _language_record(po: Signature | None, ledger: Signature | None, publication: build.Publication) -> LanguageRecord:
    """The run-state record of one language, with its outputs as the build left them (from the writes)."""
    assert publication.outputs is not None, "a build gives the signatures of what it wrote"
    approved_on = publication.approved_on.isoformat() if publication.approved_on else None
    credit = publication.credit.as_record() if publication.credit is not None else None
    return LanguageRecord(po, ledger, publication.outputs, PublicationRecord(
        publication.published, publication.reason, publication.approved, publication.total, approved_on, credit,
        publication.holding))


def _report(results: Iterable[LeafletResult]) -> StageReport:
    report = StageReport()
    for result in results:
        if result.failure is not None and result.slug not in report.failed:  # one line, if shared among jobs
            report.failures.append(result.failure)
            report.failed.add(result.slug)
            report.failure_of[result.slug] = result.failure
        report.failures += [failure for _, failure in result.unreadable if failure not in report.failures]
        report.changed += result.changed
        for outcome in result.langs:
            report.changed += outcome.changed
            if outcome.publication is not None:
                report.publications.append(outcome.publication)
    return report


# -- what the run leaves: the run state, the drafts, the picker ---------------------------------


def _record_results(config: Config, plan: RunPlan, results: list[LeafletResult], state: RunState) -> None:
    """Put this run's records of the leaflets it worked on (in one job or several) in the run state."""
    done: dict[str, list[LeafletResult]] = {}
    for result in results:
        done.setdefault(result.slug, []).append(result)
    for slug, parts in done.items():
        if any(part.failure is not None for part in parts):
            continue  # left as the last run left it: the next run tries again
        langs = {**plan.kept[slug], **{outcome.lang: outcome.record for part in parts for outcome in part.langs
                                       if outcome.record is not None}}
        state.leaflets[slug] = LeafletRecord(parts[0].title, parts[0].source, parts[0].pot,
                                             {lang: langs[lang] for lang in (SOURCE_LANGUAGE, *config.languages)})


def _drafting(config: Config) -> bool:
    """Does ``run`` draft (``[tool.leaflets.draft] in_run``)?"""
    return config.draft.in_run


def _draft_new_entries(config: Config, jobs: list[LeafletJob], state: RunState, report: StageReport,
                       notify: Callable[[str], None] | None) -> None:
    """Draft what this run's update left untranslated.

    Only the catalogues this run worked on are looked at, and only through the
    configured chain and its opt-ins. Drafts are fuzzy: nothing published changes.
    """
    pairs = tuple((job.slug, lang) for job in jobs for lang in job.langs if lang != SOURCE_LANGUAGE)
    # for_run: online engines only when the settings ask for them in `run` (online_in_run)
    drafted = draft.draft(config, draft.DraftOptions(pairs=pairs, for_run=True), notify=notify)
    report.changed = list(dict.fromkeys(report.changed + drafted.changed))  # updated, then drafted: once
    report.notes += drafted.notes + drafted.errors + [f"drafts: {line}" for line in drafted.coverage_lines()]
    if drafted.for_review:
        report.notes.append(f"{drafted.for_review} new machine draft(s) wait for review: `leaflets review queue`")
    for slug, lang in pairs:  # the drafts are this run's own writes, not edits to react to next time
        recorded = state.leaflets[slug]  # replaced, not changed in place: see RunState.lines_read
        state.leaflets[slug] = recorded._replace(langs={
            **recorded.langs, lang: recorded.langs[lang]._replace(po=record(config.po_path(lang, slug)))})


def _retire_gone(config: Config, state: RunState, report: StageReport, given_out: addresses.Published) -> set[str]:
    """Leaflets whose English is gone, and languages taken out of the settings: each address they
    published keeps a page saying the leaflet is no longer given out (in that language).

    Found in the run state's records, and in what a state set aside (other settings
    or code) knew (``state.earlier``): taking a language out of ``languages`` changes
    the settings, so its editions are known from there. A language that cannot be
    retired (a PDF that cannot be made) is reported and kept in ``state.earlier``,
    so the next run tries it again; the others are forgotten, their pages left. A
    language put back later is built again over them. Returns the languages retired in.
    """
    current = set(config.slugs())
    languages = {SOURCE_LANGUAGE, *config.languages}
    earlier = _combined(_gone_from_record(config, given_out, state, current, languages), state.earlier)
    state.earlier = {}
    dropped: Counter[str] = Counter()
    retired: set[str] = set()
    held_back = _held_back(config, {*state.leaflets, *earlier}, set(report.failed))  # before this loop fails any
    for slug in sorted(set(earlier) | set(state.leaflets)):
        recorded = state.leaflets.get(slug)
        title = recorded.title if recorded is not None else earlier[slug][0]
        had = {*earlier.get(slug, ("", ()))[1], *(recorded.langs if recorded is not None else ())}
        if slug in held_back:
            if slug in earlier:
                state.earlier[slug] = earlier[slug]
            continue
        gone = sorted(had if slug not in current else had - languages)
        if not gone:
            continue
        failed = []
        retired.update(gone)
        shown: set[str] = set()  # the languages it had published at an address (a draft alone has none)
        for lang in gone:
            try:
                written = build.retire(config, slug, title, lang)
            except LeafletsError as error:
                failed.append(lang)
                report.fail(config, slug, LeafletsError(
                    f"{slug} in {lang}: could not be marked as no longer given out: {error.message}",
                    error.path or config.output_path(lang, slug, ".html"), error.line))
            else:
                report.changed += written
                if written:
                    shown.add(lang)
                # What its page answers at: recorded (a leaflet retired before there was a record, too).
                given_out.add(slug, title, lang, (suffix for suffix in addresses.EDITION_SUFFIXES
                                                  if config.output_path(lang, slug, suffix).exists()))
                state.retired[slug] = tuple(sorted({*state.retired.get(slug, ()), lang}))
        if failed:
            state.earlier[slug] = (title, tuple(failed))
        if slug not in current:
            state.leaflets.pop(slug, None)
            if not failed and shown:
                report.notes.append(f"{slug}: its English is gone, so each address it published now says it is"
                                    " no longer given out")
            continue
        if recorded is not None:
            state.leaflets[slug] = recorded._replace(
                langs={lang: kept for lang, kept in recorded.langs.items() if lang in languages})
        dropped.update(lang for lang in gone if lang in shown)
    # A leaflet or language in use again is published over its pages: no longer retired.
    state.retired = {slug: still for slug, langs in state.retired.items()
                     if (still := tuple(lang for lang in langs if slug not in current or lang not in languages))}
    if held_back:
        report.notes.append(f"{', '.join(sorted(held_back))}: no English file any more, but a leaflet that failed "
                            "to read names it (a file renamed?): its pages are kept until that leaflet reads")
    for lang, count in sorted(dropped.items()):
        report.notes.append(f"{lang}: no longer in `languages`, so each address {count} "
                            f"leaflet{'s' if count != 1 else ''} published in it now says it is no longer given out")
    return retired


def _gone_from_record(config: Config, given_out: addresses.Published, state: RunState, current: set[str],
                      languages: set[str]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """The leaflets and languages the record of published addresses lists that are gone (English
    deleted, language taken out of the settings), as :attr:`RunState.earlier` has them (title and
    languages). Those this state's runs retired are left be while their page is there; the others
    are retired, whatever dist/ holds (a clean checkout, a lost state, `build` alone, a page deleted
    by hand): a page that already says so is not written again."""
    gone = {}
    for slug, given in given_out.leaflets.items():
        done = state.retired.get(slug, ())
        langs = tuple(lang for lang in given.languages if (slug not in current or lang not in languages)
                      and not (lang in done and config.output_path(lang, slug, ".html").exists()))
        if langs:
            gone[slug] = (given.title, langs)
    return gone


def _combined(*sources: dict[str, tuple[str, tuple[str, ...]]]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Leaflets known by title and languages, from several sources: each one's languages, all of them."""
    combined: dict[str, tuple[str, tuple[str, ...]]] = {}
    for source in sources:
        for slug, (title, langs) in source.items():
            _, had = combined.get(slug, (title, ()))
            combined[slug] = (title, tuple(dict.fromkeys((*had, *langs))))
    return combined


def _note_published(given_out: addresses.Published,
                    editions: Iterable[tuple[str, str, str, tuple[Signature | None, ...] | None]]) -> None:
    """Add to the record of published addresses each (slug, title, language, outputs as recorded) given."""
    for slug, title, lang, outputs in editions:
        if outputs is not None:
            given_out.add(slug, title, lang, (suffix for suffix, signature in zip(build.OUTPUT_SUFFIXES, outputs)
                                              if signature is not None))


def remove_empty_folders(config: Config, retired: Iterable[str] = ()) -> list[Path]:
    """The output folders a withdrawal left empty, removed: dist/ keeps no empty folder.

    Only the folders of the layout the build makes (dist/<lang>/ and
    dist/locale/<lang>/LC_MESSAGES/ up to dist/locale/), deepest first, and only
    when empty; of the languages in the settings and those ``retired`` (taken out
    of them). Done here, after the workers, so that none is removed while a
    worker is about to write in it.
    """
    folders = []
    for lang in dict.fromkeys((SOURCE_LANGUAGE, *config.languages, *sorted(retired))):
        mo_folder = config.mo_path(lang, "_").parent
        folders += [config.output_dir / lang, mo_folder, mo_folder.parent]
    removed = []
    for folder in [*folders, config.output_dir / "locale"]:
        try:
            os.rmdir(folder)
        except OSError:  # not empty, not there, or not a folder: left as it is
            continue
        removed.append(folder)
    return removed


def _write_picker(config: Config, state: RunState, failed: Iterable[str] = ()) -> list[Path]:
    """The picker page, listing every leaflet's languages (those this run left alone too), as the state records them.

    A leaflet that ``failed`` (its English unreadable) without a record (the state was set aside:
    other settings, or an upgrade) keeps the section the page had: its pages are left as they were.

    The page shows each leaflet's title and published languages (and the settings
    and code, which the run state's fingerprint covers): while those and the page
    are as the last run left them, it is not made again. An edit of a leaflet's
    text rarely changes them, and the page lists every edition of every leaflet.
    Each leaflet's section key is made from its records (picker.section_key): a
    section the page has is copied without making the leaflet's entry (at 200 x 30,
    making every entry and its key took about 55 ms of an edit's rerun, 2026-12-03).
    """
    page = config.output_dir / addresses.PICKER
    current = config.slugs()
    if failed := set(failed):  # a leaflet kept from retirement (_retire_gone) keeps its section
        current = sorted({*current, *_held_back(config, state.leaflets, failed)})
    unrecorded = {slug for slug in failed if slug not in state.leaflets and slug in current}  # not one retired
    left = picker.sections_of(page, unrecorded) if unrecorded else {}  # slug -> (key, html)
    slugs = [slug for slug in current if slug in state.leaflets or slug in left]  # not one never done yet
    order = picker.language_order(config)
    recorded_slugs = [slug for slug in slugs if slug not in left]
    published = sum(recorded.publication.published for slug in recorded_slugs
                    for recorded in state.leaflets[slug].langs.values())
    inline = picker.inline_qr_codes(config, published, qr=config.build.qr)
    listed = {slug: _listed(state.leaflets[slug], order) for slug in recorded_slugs}
    keys = {slug: picker.section_key(slug, state.leaflets[slug].title, listed[slug], inline)
            if slug not in left else left[slug][0] for slug in slugs}
    lists = hashlib.sha256("".join(keys.values()).encode()).hexdigest()
    recorded = state.picker
    as_recorded = _picker_as_recorded(config, recorded)
    if as_recorded and recorded is not None and recorded.lists == lists:
        state.picker = recorded._replace(folders=_folder_marks(config))
        return []
    sections: list[tuple[str, Callable[[], picker.PickerLeaflet]]] = [
        (keys[slug], build.copied_section if slug in left else
         partial(_recorded_section, config, slug, state.leaflets[slug].title, listed[slug], inline))
        for slug in slugs]
    written = build.write_index(config, sections, reuse_sections=as_recorded, also_kept=dict(left.values()))
    state.picker = PickerRecord(record(page, content_hash=False), _folder_marks(config),
                                names_of([SOURCE_LANGUAGE, *config.languages]), lists)
    return [page] if written else []


def _listed(recorded: LeafletRecord, order: list[str]) -> list[tuple[str, bool, list | None]]:
    """A leaflet's languages as its picker section lists them (picker.section_key), from its records."""
    langs = recorded.langs
    return picker.listed_langs(order, updating=lambda code: code in langs and langs[code].publication.holding,
                               published=lambda code: code in langs and langs[code].publication.published,
                               credit=lambda code: langs[code].publication.credit or None)


def _recorded_section(config: Config, slug: str, title: str, listed: list[tuple[str, bool, list | None]],
                      inline_qr: bool) -> picker.PickerLeaflet:
    """What the picker shows of a leaflet, made from its records (:func:`_listed`)."""
    langs = tuple((code, updating, picker.Credit.from_record(credit) if credit else None)
                  for code, updating, credit in listed)
    return build.index_section(config, picker.PickerEntry(slug, title, langs, inline_qr))


def _picker_as_recorded(config: Config, recorded: PickerRecord | None) -> bool:
    """Is the picker page as the run state (of this code and these settings) records the last run left it?"""
    return recorded is not None and unchanged(config.output_dir / addresses.PICKER, recorded.page)


def _held_back(config: Config, recorded: Iterable[str], failed: set[str]) -> set[str]:
    """The ``recorded`` leaflets without an English file that are kept from retirement (their pages stay).

    A leaflet that ``failed`` to read may be one of them under a new file name, its front matter
    still naming the old slug: those it names are kept, or all of them when one cannot be read at
    all (not UTF-8, say). A broken leaflet that names none of them holds none back.
    """
    if not failed:
        return set()
    current = set(config.slugs())
    gone = {slug for slug in recorded if slug not in current}
    named: set[str] = set()
    for slug in failed:
        declared = front_matter_field(config.source_path(slug), "slug")  # None: might name any
        if declared is None:
            return gone
        named.add(declared)
    return gone & named


def _recorded_entries(config: Config, state: RunState,
                      slugs: list[str]) -> tuple[list[Leaflet], list[build.Publication]]:
    """The picker's entries of ``slugs`` as the run state last recorded them: titles and publications."""
    slugs = [slug for slug in slugs if slug in state.leaflets]  # not a leaflet never done yet
    headers = [_header(config, slug, state.leaflets[slug].title) for slug in slugs]
    publications = [_publication(slug, lang, language.publication)
                    for slug in slugs for lang, language in state.leaflets[slug].langs.items()]
    return headers, publications


def _header(config: Config, slug: str, title: str) -> Leaflet:
    """What the picker needs of a leaflet, without reading it again."""
    return document.Leaflet(slug, title, "", "", config.source_path(slug), ())


def _publication(slug: str, lang: str, recorded: PublicationRecord) -> build.Publication:
    approved_on = dt.date.fromisoformat(recorded.approved_on) if recorded.approved_on else None
    credit = picker.Credit.from_record(recorded.credit) if recorded.credit else None
    return build.Publication(slug, lang, recorded.published, recorded.reason, recorded.approved, recorded.total,
                             approved_on, credit=credit, holding=recorded.holding)


def _picker_labels(config: Config) -> None:
    """Have every language's picker label ready (from the names the last run found, else from Babel)."""
    for code in (SOURCE_LANGUAGE, *config.languages):
        picker.language_label(code)


PACKAGE = Path(__file__).resolve().parents[1]  # the whole pipeline package, not only run/


def _fingerprint(config: Config) -> str:
    # Babel's version too: its locale data names the languages and writes the dates of the outputs.
    # The glossary too: the checks read it, and an approval made under other checks is checked again.
    glossary = config.root / config.glossary
    return fingerprint(
        {"settings": config.as_dict(), "root": str(config.root), "version": __version__,
         "babel": babel.__version__,
         "glossary": hashlib.sha256(glossary.read_bytes()).hexdigest() if glossary.is_file() else None}, [PACKAGE]
    )
