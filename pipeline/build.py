"""Approved translations -> published HTML, text and MO files, and the language picker.

The structure of every output comes from the English source; the text of each
block comes from the catalogue, and only from approved entries. A language
whose approved share is below the publishing threshold is not published, and
whatever was published for it before is withdrawn.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from babel.dates import format_date
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from pipeline.catalogs import filtered_copy, key_of, message_key, messages, write_mo_file
from pipeline.config import Config
from pipeline.files import remove_file, write_atomic
from pipeline.languages import SOURCE_LANGUAGE, Language, language
from pipeline.review import approved_keys, load_ledger
from pipeline.source import Block, BlockKind, Leaflet
from pipeline.update import read_language_catalog

OUTPUT_SUFFIXES = (".html", ".txt")
TEXT_WIDTH = 72


@dataclass(frozen=True)
class Publication:
    """What the build decided for one leaflet in one language."""

    slug: str
    lang: str
    published: bool
    reason: str
    approved: int
    total: int
    approved_on: dt.date | None = None
    changed: tuple[Path, ...] = ()


@dataclass(frozen=True)
class RenderedBlock:
    block: Block
    text: str
    fallback: bool = False  # English shown because the translation is not approved


@dataclass
class _Group:
    is_list: bool
    blocks: list[dict] = field(default_factory=list)


_STRONG = re.compile(r"\*\*(.+?)\*\*")


def inline_html(text: str) -> Markup:
    """Escape ``text`` for HTML, then turn ``**emphasis**`` into <strong>."""
    parts = _STRONG.split(text)
    html = [escape(part) if i % 2 == 0 else Markup("<strong>%s</strong>") % part for i, part in enumerate(parts)]
    return Markup("").join(html)


def plain_text(text: str) -> str:
    return _STRONG.sub(r"\1", text)


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("pipeline", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _stamp(leaflet: Leaflet, lang: Language, approved_on: dt.date | None) -> str:
    parts = [f"{leaflet.title}, version {leaflet.version}", f"Language: {lang.english_name}"]
    if approved_on is not None:
        when = format_date(approved_on, format="long", locale=lang.locale)
        parts += [f"Approved: {when}", "Machine-translated and reviewed by a clinician."]
    else:
        parts.append(f"English original, dated {format_date(leaflet.date_value, format='long', locale='en')}.")
    return " · ".join(parts)


def render_html(leaflet: Leaflet, lang: Language, rendered: list[RenderedBlock], stamp: str) -> str:
    sections: list[dict] = []
    title = ""
    for item in rendered:
        attrs = Markup(' class="fallback" lang="en" dir="ltr"') if item.fallback else Markup("")
        entry = {"html": inline_html(item.text), "attrs": attrs}
        kind = item.block.kind
        if kind is BlockKind.TITLE:
            title = item.text
            continue
        if kind is BlockKind.HEADING or not sections:
            sections.append({"heading": entry if kind is BlockKind.HEADING else None, "groups": []})
            if kind is BlockKind.HEADING:
                continue
        groups = sections[-1]["groups"]
        is_list = kind is BlockKind.ITEM
        if not groups or groups[-1].is_list != is_list or not is_list:
            groups.append(_Group(is_list))
        groups[-1].blocks.append(entry)
    return _environment().get_template("leaflet.html.j2").render(
        language=lang,
        title=plain_text(title),
        title_html=inline_html(title),
        sections=sections,
        stamp=stamp,
    )


def render_text(rendered: list[RenderedBlock], stamp: str) -> str:
    out: list[str] = []
    for item in rendered:
        text = plain_text(item.text)
        if item.block.kind is BlockKind.TITLE:
            out += [text, "=" * min(len(text), TEXT_WIDTH), ""]
        elif item.block.kind is BlockKind.HEADING:
            out += [text, ""]
        else:
            prefix = "- " if item.block.kind is BlockKind.ITEM else ""
            out += textwrap.wrap(prefix + text, TEXT_WIDTH, subsequent_indent=" " * len(prefix),
                                 break_long_words=False, break_on_hyphens=False) + [""]
    out += ["--", *textwrap.wrap(stamp, TEXT_WIDTH)]
    return "\n".join(out) + "\n"


def build_english(leaflet: Leaflet, config: Config) -> Publication:
    lang = language(SOURCE_LANGUAGE)
    rendered = [RenderedBlock(b, b.text) for b in leaflet.blocks]
    stamp = _stamp(leaflet, lang, None)
    changed = _write_outputs(config, SOURCE_LANGUAGE, leaflet.slug, leaflet, lang, rendered, stamp)
    total = len(leaflet.blocks)
    return Publication(leaflet.slug, SOURCE_LANGUAGE, True, "source language", total, total, None, changed)


def build_language(leaflet: Leaflet, config: Config, lang_code: str) -> Publication:
    """Publish ``leaflet`` in ``lang_code`` if enough is approved, else withdraw it."""
    slug = leaflet.slug
    lang = language(lang_code)
    po_path = config.po_path(lang_code, slug)
    total = len(leaflet.blocks)
    if not po_path.exists():
        return _withdraw(config, leaflet, lang_code, "no catalogue yet (run `leaflets update`)", 0)
    catalog = read_language_catalog(po_path, lang_code)
    ledger = load_ledger(config, lang_code, slug)
    approved = approved_keys(catalog, ledger, config)
    by_key = {key_of(m): m for m in messages(catalog)}
    rendered: list[RenderedBlock] = []
    approved_count = 0
    for block in leaflet.blocks:
        key = message_key(block.text)
        if key in approved:
            approved_count += 1
            rendered.append(RenderedBlock(block, by_key[key].string))
        else:
            rendered.append(RenderedBlock(block, block.text, fallback=True))

    if lang.pseudo:
        return _withdraw(config, leaflet, lang_code, "pseudo-locale: never published", approved_count)
    share = approved_count / total if total else 0.0
    if approved_count == 0 or share < config.publish_threshold:
        reason = (
            f"{approved_count} of {total} blocks approved; "
            f"publishing needs {config.publish_threshold:.0%}"
        )
        return _withdraw(config, leaflet, lang_code, reason, approved_count)

    approved_on = max(
        dt.datetime.fromisoformat(ledger.approvals[key].approved_at).date()
        for key in approved
        if key in ledger.approvals
    )
    stamp = _stamp(leaflet, lang, approved_on)
    changed = _write_outputs(config, lang_code, slug, leaflet, lang, rendered, stamp)
    mo_catalog = filtered_copy(catalog, approved)
    if write_mo_file(config.mo_path(lang_code, slug), mo_catalog):
        changed += (config.mo_path(lang_code, slug),)
    reason = "all blocks approved" if approved_count == total else (
        f"{approved_count} of {total} blocks approved; the rest shown in English"
    )
    return Publication(slug, lang_code, True, reason, approved_count, total, approved_on, changed)


def _write_outputs(config, lang_code, slug, leaflet, lang, rendered, stamp) -> tuple[Path, ...]:
    outputs = {
        config.output_path(lang_code, slug, ".html"): render_html(leaflet, lang, rendered, stamp),
        config.output_path(lang_code, slug, ".txt"): render_text(rendered, stamp),
    }
    return tuple(path for path, content in outputs.items() if write_atomic(path, content))


def _withdraw(config: Config, leaflet: Leaflet, lang_code: str, reason: str, approved: int) -> Publication:
    paths = [config.output_path(lang_code, leaflet.slug, s) for s in OUTPUT_SUFFIXES]
    paths.append(config.mo_path(lang_code, leaflet.slug))
    removed = tuple(p for p in paths if remove_file(p))
    return Publication(leaflet.slug, lang_code, False, reason, approved, len(leaflet.blocks), None, removed)


def build_index(config: Config, leaflets: list[Leaflet], publications: list[Publication]) -> bool:
    """Write dist/index.html: every published language of every leaflet, with relative links."""
    published = {(p.slug, p.lang) for p in publications if p.published}
    entries_by_leaflet = []
    for leaflet in leaflets:
        codes = [SOURCE_LANGUAGE, *config.languages]
        entries = [
            {
                "language": language(code),
                "html": f"{code}/{leaflet.slug}.html",
                "text": f"{code}/{leaflet.slug}.txt",
            }
            for code in codes
            if (leaflet.slug, code) in published
        ]
        entries_by_leaflet.append({"title": leaflet.title, "entries": entries})
    html = _environment().get_template("index.html.j2").render(leaflets=entries_by_leaflet)
    return write_atomic(config.output_dir / "index.html", html)
