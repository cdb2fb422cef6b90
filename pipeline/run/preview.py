"""In-context previews: every language's leaflet with its drafts in place, for reviewers only.

A preview shows each block in its current translation whatever its state,
marked by state with a colour and a text label, under a "DRAFT — not for
patients" watermark that also prints. Previews go to their own folder
(``preview_dir``, default ``dist-preview/``), never into the published index.

Beside each preview a small manifest records the digest of the catalogue it
was built from and the SHA-256 of the page, so a bulk approval can require
that the reviewer read the preview of exactly the words being approved.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from markupsafe import Markup

from pipeline.catalogs.po import message_key, sha256
from pipeline.catalogs.update import read_language_catalog
from pipeline.core.clock import now
from pipeline.core.config import Config
from pipeline.core.errors import ReviewError
from pipeline.core.files import write_atomic
from pipeline.core.languages import language
from pipeline.publish.build import (
    Unit,
    container_html,
    inline_html,
    plain_text,
    template_environment,
)
from pipeline.review.ledger import (
    STATE_LABELS,
    Entry,
    ReviewState,
    catalogue_digest,
    entries_of,
    load_ledger,
)
from pipeline.run.stages import StageReport
from pipeline.source.document import BlockKind, Leaflet, read_leaflet

WATERMARK = "DRAFT — not for patients"
# The way previews are made: a preview made another way (2: right-to-left numbers set as on the
# published page) is no preview of the current catalogue, and bulk approval asks for a new one.
MANIFEST_FORMAT = 2


def preview_dir(config: Config) -> Path:
    """``[tool.leaflets] preview_dir``, default ``dist-preview`` beside the published ``dist``."""
    return config.root / config.preview_dir


def preview_path(config: Config, lang: str, slug: str) -> Path:
    return preview_dir(config) / lang / f"{slug}.html"


def manifest_path(config: Config, lang: str, slug: str) -> Path:
    return preview_dir(config) / lang / f"{slug}.preview.json"


@dataclass(frozen=True)
class PreviewRecord:
    """Which preview page was built from which catalogue content."""

    lang: str
    slug: str
    catalogue_sha256: str
    html_sha256: str
    built_at: str
    counts: dict[str, int]

    def as_json(self) -> str:
        document = {
            "format": MANIFEST_FORMAT,
            "language": self.lang,
            "leaflet": self.slug,
            "catalogue_sha256": self.catalogue_sha256,
            "html_sha256": self.html_sha256,
            "built_at": self.built_at,
            "counts": self.counts,
        }
        return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def read_preview_record(config: Config, lang: str, slug: str) -> PreviewRecord | None:
    try:
        document = json.loads(manifest_path(config, lang, slug).read_text(encoding="utf-8"))
        if document["format"] != MANIFEST_FORMAT:
            return None
        return PreviewRecord(
            lang=document["language"],
            slug=document["leaflet"],
            catalogue_sha256=document["catalogue_sha256"],
            html_sha256=document["html_sha256"],
            built_at=document["built_at"],
            counts=dict(document.get("counts", {})),
        )
    except (FileNotFoundError, json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError):
        return None  # no usable manifest: the preview must be built again


def current_preview(config: Config, lang: str, slug: str, catalog: Catalog) -> PreviewRecord:
    """The preview built from ``catalog`` as it is now, or a ReviewError saying what to run."""
    build_hint = f"run `leaflets review preview --lang {lang}` and read it"
    record = read_preview_record(config, lang, slug)
    if record is None or record.lang != lang or record.slug != slug:
        raise ReviewError(f"approving {slug} [{lang}] in bulk needs its in-context preview first: {build_hint}")
    if record.catalogue_sha256 != catalogue_digest(catalog):
        raise ReviewError(f"the {lang} preview of {slug} shows an older catalogue: {build_hint} again")
    try:
        seen = sha256(preview_path(config, lang, slug).read_text(encoding="utf-8"))
    except FileNotFoundError:
        seen = ""
    if seen != record.html_sha256:
        raise ReviewError(f"the {lang} preview page of {slug} is missing or was changed: {build_hint} again")
    return record


# -- rendering ------------------------------------------------------------------


@dataclass(frozen=True)
class PreviewBlock:
    kind: BlockKind
    entry: Entry | None  # None when the catalogue lacks the block (run `leaflets update`)
    rtl: bool = False  # the language runs right to left: its numbers isolated, as the published page has them

    @property
    def state(self) -> str:
        return self.entry.state.value if self.entry else ReviewState.UNTRANSLATED.value

    @property
    def label(self) -> str:
        if self.entry is None:
            return "Not in the catalogue"
        if self.entry.draft is not None and self.entry.state is ReviewState.DRAFT:
            return f"Machine draft ({self.entry.draft.engine})"
        return self.entry.label

    @property
    def in_english(self) -> bool:
        return self.entry is None or not self.entry.translation

    def html(self, english: str) -> Markup:
        if self.in_english:
            return inline_html(english)
        # As the published page shows them: a reviewer who saw "2–1" for "1–2" might "correct" it.
        return inline_html(self.entry.translation, rtl=self.rtl)  # type: ignore[union-attr]

    def labelled_html(self, english: str) -> Markup:
        """The state's label, then the words: what a paragraph, list item or table cell of the preview shows."""
        label = Markup('<span class="state-label" lang="en" dir="ltr">%s</span>') % self.label
        return Markup("%s %s") % (label, self.html(english))

    @property
    def attrs(self) -> Markup:
        """The attributes that colour a block by its state (and mark English shown in its place)."""
        english = Markup(' lang="en" dir="ltr"') if self.in_english else Markup("")
        return Markup(' class="block state-%s" data-state="%s"%s') % (self.state, self.state, english)


def render_preview(leaflet: Leaflet, lang_code: str, entries: list[Entry], digest: str) -> str:
    lang = language(lang_code)
    by_key = {e.key: e for e in entries}
    title: dict[str, Any] | None = None
    sections: list[dict[str, Any]] = []
    units: list[list[Unit]] = []  # each section's paragraphs, lists, tables and boxes, as the page writes them
    for block in leaflet.blocks:
        shown = PreviewBlock(block.kind, by_key.get(message_key(block.text)), rtl=lang.direction == "rtl")
        item: dict[str, Any] = {"block": shown, "english": block.text}
        if block.kind is BlockKind.TITLE:
            title = item
            continue
        if block.kind is BlockKind.HEADING or not sections:
            sections.append({"heading": item if block.kind is BlockKind.HEADING else None,
                             "level": block.level if block.kind is BlockKind.HEADING else 2})
            units.append([])
            if block.kind is BlockKind.HEADING:
                continue
        words = block.text if shown.in_english else shown.entry.translation  # type: ignore[union-attr]
        units[-1].append(Unit(block, shown.labelled_html(block.text), shown.attrs, words))
    for section, section_units in zip(sections, units, strict=True):
        section["body"] = container_html(section_units)
    heading = title["block"] if title else None
    page_title = heading.entry.translation if heading and heading.entry and heading.entry.translation else leaflet.title
    counts = Counter(e.state for e in entries)
    legend = [(state.value, STATE_LABELS[state], counts[state]) for state in ReviewState if counts[state]]
    return template_environment().get_template("review/preview.html.j2").render(
        language=lang,
        leaflet=leaflet,
        title=title,
        page_title=plain_text(page_title),
        sections=sections,
        legend=legend,
        watermark=WATERMARK,
        digest=digest,
    )


def build_preview(config: Config, leaflet: Leaflet, lang: str) -> tuple[PreviewRecord, list[Path]]:
    """Write one language's preview of ``leaflet`` and its manifest; return the record and changed files."""
    slug = leaflet.slug
    catalog = read_language_catalog(config.po_path(lang, slug), lang)
    entries = entries_of(config, lang, slug, catalog, load_ledger(config, lang, slug))
    digest = catalogue_digest(catalog)
    html = render_preview(leaflet, lang, entries, digest)
    changed = []
    page = preview_path(config, lang, slug)
    if write_atomic(page, html):
        changed.append(page)
    previous = read_preview_record(config, lang, slug)
    html_sha256 = sha256(html)
    built_at = previous.built_at if previous and previous.html_sha256 == html_sha256 else now().isoformat()
    counts = Counter(e.state.value for e in entries)
    record = PreviewRecord(lang, slug, digest, html_sha256, built_at, dict(sorted(counts.items())))
    if write_atomic(manifest_path(config, lang, slug), record.as_json()):
        changed.append(manifest_path(config, lang, slug))
    return record, changed


def build_previews(config: Config, langs: list[str] | None = None) -> StageReport:
    """Previews of every leaflet in ``langs`` (default: every configured language), and their index."""
    report = StageReport()
    for slug in config.slugs():
        leaflet = read_leaflet(config.source_path(slug))
        for lang in langs or config.languages:
            if not config.po_path(lang, slug).exists():
                report.notes.append(f"no preview of {slug} [{lang}]: no catalogue yet (run `leaflets update`)")
                continue
            _, changed = build_preview(config, leaflet, lang)
            report.changed += changed
    index = preview_dir(config) / "index.html"
    if write_atomic(index, render_index(config)):
        report.changed.append(index)
    report.notes.append(f"previews in {config.relative(preview_dir(config))}/: {WATERMARK}")
    return report


def render_index(config: Config) -> str:
    """The previews' own index: every preview on disk, with its state counts."""
    rows = []
    for slug in config.slugs():
        for lang in config.languages:
            record = read_preview_record(config, lang, slug)
            if record is None or not preview_path(config, lang, slug).exists():
                continue
            counts = [(STATE_LABELS[s], record.counts.get(s.value, 0)) for s in ReviewState]
            rows.append({"slug": slug, "language": language(lang), "href": f"{lang}/{slug}.html",
                         "counts": [(label, n) for label, n in counts if n]})
    return template_environment().get_template("review/preview_index.html.j2").render(rows=rows, watermark=WATERMARK)
