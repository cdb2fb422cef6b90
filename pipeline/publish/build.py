"""Approved translations -> the published editions of each leaflet, and the language picker.

The structure of every output comes from the English source; the text of each
block comes from the catalogue, and only from approved entries. A language
whose approved share is below the publishing threshold is not published, and
whatever was published for it before is withdrawn.

Per published language, in ``dist/<lang>/``: ``<slug>.html`` (the web page,
also the source of the print edition), ``<slug>.txt`` (plain text wrapped by
display width), ``<slug>.pdf`` (A4, when ``[tool.leaflets.build] pdf``),
``<slug>.bilingual.html`` (English beside the translation, when ``bilingual``),
``<slug>.qr.svg`` (when ``base_url`` is set); the MO file in ``dist/locale``.
Every edition carries the stamp (see :mod:`pipeline.publish.stamp`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

from babel.messages.catalog import Catalog
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from pipeline.catalogs.po import (
    key_of,
    message_key,
    messages,
    mo_bytes,
    translation_of,
)
from pipeline.catalogs.update import read_language_catalog
from pipeline.core.config import Config
from pipeline.core.files import Signature, remove_file, write_atomic, write_output, write_streamed
from pipeline.core.incremental import record
from pipeline.core.languages import SOURCE_LANGUAGE, Language, language
from pipeline.publish import addresses, inline, picker
from pipeline.publish import stamp as stamps
from pipeline.publish import textlayout as textformat
from pipeline.publish.review_date import review_date
from pipeline.review.ledger import (
    Ledger,
    approval_of,
    approved_keys,
    credits_of,
    load_ledger,
    state_of,
)
from pipeline.review.states import ReviewState
from pipeline.source.document import Block, BlockKind, Leaflet

# Every file a publication may have in dist/<lang>/; whatever a build does not write is removed.
OUTPUT_SUFFIXES = addresses.EDITION_SUFFIXES
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
    # The signature of each output there may be (OUTPUT_SUFFIXES, then the MO file) as this
    # build left it (None for none): what the run state records. None: not known.
    outputs: tuple[Signature | None, ...] | None = field(default=None, compare=False)
    credit: picker.Credit | None = None  # who translated and checked a published translation: the picker says so
    # Withdrawn, and the addresses it had published answer with the holding page (being updated).
    holding: bool = False


@dataclass(frozen=True)
class RenderedBlock:
    block: Block
    text: str
    fallback: bool = False  # English shown because the translation is not approved


# -- inline markup (pipeline.publish.inline; its names kept here for the review pages) --------------

inline_html = inline.inline_html
plain_text = inline.plain_text


def _escaped(value: object) -> Markup:
    """Every value a template writes, escaped unless it is Markup already.

    The page templates switch autoescaping off around their rows (all Markup,
    made by page_model); this still escapes anything else that finds its way there.
    """
    return value if isinstance(value, Markup) else escape(value)


# One environment per process: Jinja compiles each template once in it and keeps it. The
# templates are the package's own and do not change while it runs: without auto_reload Jinja
# does not stat a template's file again each time it renders a page (twice per edition).
_ENVIRONMENT = Environment(
    loader=PackageLoader("pipeline", "templates"),
    auto_reload=False,
    autoescape=select_autoescape(["html", "j2"]),
    finalize=_escaped,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


def template_environment() -> Environment:
    """The package's Jinja2 templates, autoescaped: shared by the published pages and the previews."""
    return _ENVIRONMENT


def load_page_templates() -> None:
    """Compile the templates the workers render now, before they start, so that they share them.

    The holding page's too: an edit withdraws its leaflet's languages until they are
    approved again, and each worker of each run after an edit compiled it anew
    (about 6 ms in each worker, 2026-12-03).
    """
    for name in ("leaflet.html.j2", "bilingual.html.j2", "holding.html.j2", "site-nav.html.j2"):
        _ENVIRONMENT.get_template(name)


# -- the page model: sections of rows, each row a block in the page's language and in English --


class Row(NamedTuple):
    """One block of a page, as the templates show it (they unpack it in this order)."""

    kind: BlockKind
    html: Markup  # in the edition's language, or the English with its badge where it falls back
    attrs: Markup  # class/lang/dir when not in the surrounding language ("" for a translated block)
    english: Markup  # the English, for the bilingual edition


@dataclass
class Group:
    """Paragraphs one after another (``rows``), or one list, table or warning box made whole here.

    A list, table or box is written as HTML by :func:`container_html` (``html`` in the
    edition's language, ``english`` for the bilingual edition's English column);
    paragraphs are left to the templates, row by row, as most of a leaflet is.
    """

    kind: str  # "paragraphs", "list", "table" or "box"
    rows: list[Row] = field(default_factory=list)
    html: Markup = field(default_factory=Markup)
    english: Markup = field(default_factory=Markup)


@dataclass
class Section:
    heading: Row | None
    groups: list[Group] = field(default_factory=list)
    level: int = 2  # the heading's level: <h2> ... <h6>


def lang_attrs(lang: Language, around: Language) -> Markup:
    """` lang=".." dir=".."` when ``lang`` differs from the language of the surrounding element."""
    if lang.code == around.code:
        return Markup("")
    return Markup(' lang="%s" dir="%s"') % (lang.tag, lang.direction)


_FALLBACK = Markup(' class="fallback" lang="en" dir="ltr"')
_ENGLISH_LABEL = Markup(' lang="en" dir="ltr"')


@dataclass(frozen=True)
class PageModel:
    """The blocks of one edition, as the page and the bilingual edition show them."""

    heading: Row
    sections: list[Section]


def page_model(rendered: list[RenderedBlock], lang: Language) -> PageModel:
    """Rows of the page in ``lang``: translated cells carry no lang attribute (the page's own)."""
    label = _fallback_label(lang.code)
    rtl = lang.direction == "rtl"
    title: Row | None = None
    sections: list[Section] = []
    # Each list, table or box, and its blocks: written whole once all are known.
    containers: list[tuple[Group, list[tuple[RenderedBlock, Row]]]] = []
    for item in rendered:
        kind = item.block.kind
        english = _english_html(item.block.text)
        if item.fallback:
            row = Row(kind, Markup(f"{english} {label}"), _FALLBACK, english)
        else:
            row = Row(kind, inline_html(item.text, rtl=rtl), Markup(""), english)
        if kind is BlockKind.TITLE:
            title = row
            continue
        if kind is BlockKind.HEADING:
            sections.append(Section(row, level=item.block.level))
            continue
        if not sections:
            sections.append(Section(None))
        groups = sections[-1].groups
        container = _container_key(item.block)
        if container is None:
            if not groups or groups[-1].kind != "paragraphs":
                groups.append(Group("paragraphs"))
            groups[-1].rows.append(row)
            continue
        if not groups or groups[-1] is not (containers[-1][0] if containers else None) \
                or _container_key(containers[-1][1][-1][0].block) != container:
            groups.append(Group(container[0]))
            containers.append((groups[-1], []))
        containers[-1][1].append((item, row))
    for group, blocks in containers:
        group.html, group.english = _container_pair(blocks)
    assert title is not None, "a leaflet always has a title block"
    return PageModel(title, sections)


def _container_key(block: Block, depth: int = 0, in_box: bool = False) -> tuple[str, int] | None:
    """The warning box, list or table that ``block`` belongs to at list nesting ``depth`` (None: a paragraph).

    The one rule for the page and for :func:`container_html`: a box holds lists and
    tables, a list holds tables, so the outermost is the key. ``in_box``: inside a
    box already, whose blocks all carry it.
    """
    if block.alert is not None and not in_box:
        return ("box", block.alert.alert_id)
    if len(block.lists) > depth:
        return ("list", block.lists[depth].list_id)
    if block.cell is not None:
        return ("table", block.cell.table_id)
    return None


def _container_pair(pending: list[tuple[RenderedBlock, Row]]) -> tuple[Markup, Markup]:
    """A container in the edition's language and in English."""
    native = [Unit(item.block, row.html, row.attrs, item.block.text if item.fallback else item.text, item.fallback)
              for item, row in pending]
    return container_html(native), _english_container(tuple(item.block for item, _ in pending))


@lru_cache(maxsize=1024)
def _english_container(blocks: tuple[Block, ...]) -> Markup:
    """A container in English: the same on every language's bilingual page, made once per process."""
    return container_html([Unit(block, _english_html(block.text), Markup(""), block.text) for block in blocks])


class Unit(NamedTuple):
    """One block inside a list, table or warning box, ready to be written."""

    block: Block
    html: Markup
    attrs: Markup
    text: str  # its inline Markdown, for a table's header labels
    fallback: bool = False  # English shown for want of an approved translation


_BOX_ICONS = {"NOTE": "ⓘ", "TIP": "ⓘ", "IMPORTANT": "⚠", "WARNING": "⚠", "CAUTION": "⚠"}


def container_html(units: list[Unit], depth: int = 0, in_box: bool = False) -> Markup:
    """Paragraphs, lists (nested), tables and warning boxes as HTML, in the order of ``units``."""
    runs: list[tuple[tuple[str, int], list[Unit]]] = []
    for index, unit in enumerate(units):
        key = _container_key(unit.block, depth, in_box) or ("p", index)
        if runs and runs[-1][0] == key:
            runs[-1][1].append(unit)
        else:
            runs.append((key, [unit]))
    out = []
    for (kind, _), run in runs:
        if kind == "p":
            out.append(_element("p", run[0], in_list=depth > 0))
        elif kind == "list":
            out.append(_list_html(run, depth, in_box))
        elif kind == "table":
            out.append(_table_html(run))
        else:
            alert = run[0].block.alert
            assert alert is not None
            out.append(Markup('<div class="box box-%s" role="note"><span class="box-icon" aria-hidden="true">%s</span>'
                              '\n%s\n</div>') % (alert.kind.value.lower(), _BOX_ICONS[alert.kind.value],
                                                  container_html(run, depth, in_box=True)))
    return Markup("\n").join(out)


def _element(tag: str, unit: Unit, *, in_list: bool) -> Markup:
    """``<tag attrs>html</tag>``; in a list item, English shown for want of a translation keeps the page's direction.

    Its words are isolated left to right inside the element instead: an ``<li dir="ltr">`` in
    a right-to-left list puts its marker on the left, outside the list's indent, and a nested
    list under it loses its own.
    """
    if in_list and unit.fallback:
        return Markup('<%s class="fallback"><span lang="en" dir="ltr">%s</span></%s>') % (tag, unit.html, tag)
    return Markup("<%s%s>%s</%s>") % (tag, unit.attrs, unit.html, tag)


def _list_html(units: list[Unit], depth: int, in_box: bool) -> Markup:
    place = units[0].block.lists[depth]
    items: list[list[Unit]] = []
    for unit in units:
        if items and items[-1][0].block.lists[depth].number == unit.block.lists[depth].number:
            items[-1].append(unit)
        else:
            items.append([unit])
    out = []
    for item in items:
        first = item[0]
        if len(item) == 1 and len(first.block.lists) == depth + 1:
            out.append(_element("li", first, in_list=True))
        else:
            out.append(Markup("<li>%s</li>") % container_html(item, depth + 1, in_box))
    if place.ordered:
        start = Markup(' start="%d"') % place.start if place.start != 1 else Markup("")
        return Markup("<ol%s>\n%s\n</ol>") % (start, Markup("\n").join(out))
    return Markup("<ul>\n%s\n</ul>") % Markup("\n").join(out)


def _table_html(units: list[Unit]) -> Markup:
    """A real table (header cells with their scope); on a narrow screen each cell shows its column's header."""
    first = units[0].block.cell
    assert first is not None
    cells = {(u.block.cell.row, u.block.cell.column): u for u in units if u.block.cell is not None}
    # A real element, not a CSS data-label: a header still in English is marked so (a pseudo-element
    # takes the page's language, and a screen reader read "How often" as Arabic in each row).
    labels = {column: Markup('<span class="cell-label"%s>%s</span>') % (
                  _ENGLISH_LABEL if cells[1, column].fallback else "", plain_text(cells[1, column].text))
              for column in range(1, first.columns + 1) if (1, column) in cells}
    head = []
    for column in range(1, first.columns + 1):
        cell = cells.get((1, column))
        head.append(Markup('<th scope="col"%s>%s</th>') % (cell.attrs, cell.html) if cell else Markup("<td></td>"))
    body = []
    for row in range(2, first.rows + 1):
        tds = []
        for column in range(1, first.columns + 1):
            cell = cells.get((row, column))
            if cell is None:
                tds.append(Markup("<td></td>"))  # hidden on a narrow screen, label and all
            else:
                tds.append(Markup("<td%s>%s%s</td>") % (cell.attrs, labels.get(column, ""), cell.html))
        body.append(Markup("<tr>%s</tr>") % Markup("").join(tds))
    return Markup('<div class="table"><table>\n<thead><tr>%s</tr></thead>\n<tbody>\n%s\n</tbody>\n'
                  "</table></div>") % (Markup("").join(head), Markup("\n").join(body))


@lru_cache(maxsize=4096)
def _english_html(text: str) -> Markup:
    # A leaflet's English blocks recur in every language's bilingual page and fallbacks:
    # made once per worker, not once per language.
    return inline_html(text)


def _fallback_label(code: str) -> Markup:
    """The "In English" badge of a fallback block on ``code``'s pages."""
    ui = stamps.ui_strings(code)
    return Markup('<span class="fallback-label"%s>%s</span>') % (
        lang_attrs(ui.lang, language(SOURCE_LANGUAGE)), ui(stamps.IN_ENGLISH))


@dataclass(frozen=True)
class StampHtml:
    attrs: Markup
    lines: tuple[Markup, ...]


def stamp_html(stamp: stamps.Stamp, around: Language) -> StampHtml:
    rtl = stamp.lang.direction == "rtl"
    return StampHtml(lang_attrs(stamp.lang, around), tuple(_stamp_line_html(line, rtl) for line in stamp.lines))


# A stamp's lines recur: on both pages of an edition, and in every leaflet in a language
# ("Language: Deutsch", the dates, who checked it): each is made once per process.
@lru_cache(maxsize=4096)
def _stamp_line_html(line: stamps.Line, rtl: bool) -> Markup:
    html = []
    for part in line.parts():
        if isinstance(part, str):
            html.append(inline.escape_run(part, rtl))
        elif part.lang is not None:
            html.append(Markup('<bdi lang="%s" dir="%s">%s</bdi>') % (
                part.lang.tag, part.lang.direction, inline_html(part.text)))
        else:
            html.append(inline.escape_run(part.text, rtl))
    return Markup("").join(html)


def _notice(rendered: list[RenderedBlock], lang: Language) -> tuple[str, Language] | None:
    """The "parts are shown in English" notice and the language it is written in, when needed."""
    if not any(item.fallback for item in rendered):
        return None
    ui = stamps.ui_strings(lang.code)
    return ui(stamps.FALLBACK_NOTICE), ui.lang


def english_href(slug: str) -> str:
    """The English page of ``slug``, relative to a page in dist/<lang>/ (the folder may be on a shared drive)."""
    return f"../{quote(SOURCE_LANGUAGE)}/{quote(slug)}.html"


def render_html(leaflet: Leaflet, lang: Language, rendered: list[RenderedBlock], model: PageModel,
                stamp: stamps.Stamp) -> str:
    """The web page (and, through its print styles, the A4 edition).

    A translated page links to its English version and to the picker.
    """
    ui = stamps.ui_strings(lang.code)
    notice = _notice(rendered, lang)
    return _ENVIRONMENT.get_template("leaflet.html.j2").render(
        language=lang,
        title=plain_text(_title_text(rendered)),
        heading=model.heading,
        sections=model.sections,
        notice=notice[0] if notice else None,
        ui_attrs=lang_attrs(ui.lang, lang),  # the interface words fall back to English as a whole
        other_languages=ui(stamps.OTHER_LANGUAGES),
        english_href=english_href(leaflet.slug) if lang.code != SOURCE_LANGUAGE else None,
        english_version=ui(stamps.ENGLISH_VERSION),
        stamp=stamp_html(stamp, lang),
    )


def render_bilingual(leaflet: Leaflet, lang: Language, rendered: list[RenderedBlock], model: PageModel,
                     stamp: stamps.Stamp, english_stamp: stamps.Stamp) -> str:
    """English beside the translation, block by block, for clinicians and patients who read some English."""
    english = language(SOURCE_LANGUAGE)
    notice = _notice(rendered, lang)
    ui = stamps.ui_strings(lang.code)
    return _ENVIRONMENT.get_template("bilingual.html.j2").render(
        language=lang,
        title=plain_text(_title_text(rendered)),
        english_title=plain_text(leaflet.title),
        heading=model.heading,
        sections=model.sections,
        native_attrs=lang_attrs(lang, english),
        english_href=english_href(leaflet.slug),
        english_version=stamps.ENGLISH_VERSION,
        english_notice=stamps.FALLBACK_NOTICE,
        notice=notice[0] if notice else None,
        notice_attrs=lang_attrs(ui.lang, english),
        stamp=stamp_html(stamp, english),
        english_stamp=stamp_html(english_stamp, english),
    )


def _title_text(rendered: list[RenderedBlock]) -> str:
    return next(item.text for item in rendered if item.block.kind is BlockKind.TITLE)


# -- plain text ----------------------------------------------------------------------

_GLUE = "\ue000"  # a private-use stand-in for a space inside a number: no line break there


def _lay_out(text: str, rtl: bool, width: int, first: str = "", rest: str = "") -> list[str]:
    """The lines of a sentence in the text edition (``first``, ``rest``: the indents of a list item).

    Numbers, ranges and phone numbers are kept on one line; in right-to-left
    text they are isolated left to right, and each line starts with an RLM.
    """
    glue = _GLUE not in text  # a sentence with that character of its own keeps it (and may break there)
    pieces, last = [], 0
    for start, end in textformat.ltr_spans(text):
        run = text[start:end].replace(" ", _GLUE) if glue else text[start:end]
        pieces += [text[last:start], f"{textformat.LRI}{run}{textformat.PDI}" if rtl else run]
        last = end
    pieces.append(text[last:])
    lines = textformat.wrap("".join(pieces), width, indent=rest, first_indent=first)
    if glue:
        lines = [line.replace(_GLUE, " ") for line in lines]
    if textformat.PDI in text and len(lines) > 1:  # an isolate may have been wrapped: closed on each line
        lines = textformat.isolates_closed_per_line(lines)
    return [textformat.rtl_line(line) for line in lines] if rtl else lines


def _text_indents(block: Block, starts_row: bool) -> tuple[str, str]:
    """The text edition's indents of a block's first and other lines: list markers, table rows, boxes."""
    first = rest = ""
    for depth, place in enumerate(block.lists):
        marker = f"{place.number}. " if place.ordered else "- "
        last = depth == len(block.lists) - 1
        first += marker if last and block.kind is BlockKind.ITEM else " " * len(marker)
        rest += " " * len(marker)
    if block.cell is not None:
        first, rest = ("- " if starts_row else "  "), "  "  # a row is an item; its cells follow, indented
    if block.alert is not None:  # every line of a warning box starts with "!"
        first, rest = "! " + first, "! " + rest
    return first, rest


def _lay_out_lines(text: str, rtl: bool, width: int, first: str, rest: str) -> list[str]:
    """A block's lines: each hard line break (``"\\n"``) starts a line, indented as the block's other lines."""
    lines: list[str] = []
    for index, part in enumerate(text.split("\n")):
        lines += _lay_out(part, rtl, width, first if index == 0 else rest, rest)
    return lines


def render_text(rendered: list[RenderedBlock], stamp: stamps.Stamp, lang: Language | None = None,
                width: int = TEXT_WIDTH) -> str:
    """Plain UTF-8 for mail and SMS-style portals, wrapped by display width.

    Right-to-left lines start with a right-to-left mark and numbers sit in
    left-to-right isolates, so a phone number reads the same in any viewer.
    """
    rtl = lang is not None and lang.direction == "rtl"
    out: list[str] = []
    # A cell after its column's header, with the language's own colon ("剂量：400 毫克").
    label_format = stamps.ui_strings(lang.code)(stamps.LABELLED) if lang is not None else stamps.LABELLED
    labels: dict[tuple[int, int], str] = {}  # a table's header cells, shown before each cell of their column
    # A header cell over a column without body cells labels nothing: it is written as a line of its own.
    labelled = {(item.block.cell.table_id, item.block.cell.column) for item in rendered
                if item.block.cell is not None and not item.block.cell.header}
    last_row: tuple[int, int] | None = None  # the table row of the last cell written
    last_box: int | None = None  # the warning box of the last block written
    for item in rendered:
        block_rtl = rtl and not item.fallback
        block = item.block
        text = inline.edition_text(item.text)
        if block.kind is not BlockKind.TITLE:
            cell = block.cell
            if cell is not None and cell.header and (cell.table_id, cell.column) in labelled:
                labels[cell.table_id, cell.column] = text
                continue
            row = (cell.table_id, cell.row) if cell is not None else None
            first, rest = _text_indents(block, starts_row=row is not None and row != last_row)
            if row is not None and row == last_row and out[-1] == "":
                out.pop()  # the cells of one row: one item, line after line
            last_row = row
            if cell is not None and not cell.header:
                label = labels.get((cell.table_id, cell.column))
                text = label_format % {"label": label, "value": text} if label else text
            if item.fallback and lang is not None:  # each block left in English says so, as on the page
                text = f"{textformat.FSI}[{stamps.ui_strings(lang.code)(stamps.IN_ENGLISH)}]{textformat.PDI} {text}"
            box = block.alert.alert_id if block.alert is not None else None
            if box is not None and box == last_box:
                out[-1] = "!"  # the line between two blocks of one box: still the box
            last_box = box
            out += [*_lay_out_lines(text, block_rtl, width, first, rest), ""]
            continue
        lines = _lay_out(text, block_rtl, width)
        rule = "=" * min(max(textformat.display_width(line) for line in lines), width)
        out += [*lines, textformat.rtl_line(rule) if block_rtl else rule, ""]
        if lang is not None and (notice := _notice(rendered, lang)):
            out += [*_lay_out(notice[0], notice[1].direction == "rtl", width), ""]
    stamp_rtl = stamp.lang.direction == "rtl"
    out.append("--")
    for line in stamp.lines:
        out += _lay_out(_stamp_text(line, stamp_rtl), stamp_rtl, width)
    return "\n".join(out) + "\n"


def _stamp_text(line: stamps.Line, rtl: bool) -> str:
    parts = []
    for part in line.parts():
        if isinstance(part, str):
            parts.append(part)
        elif part.lang is not None and (part.lang.direction == "rtl") != rtl:
            # The English title inside an Arabic line: isolated, as <bdi> does on the page.
            opening = textformat.RLI if part.lang.direction == "rtl" else textformat.LRI
            parts.append(f"{opening}{part.text}{textformat.PDI}")
        else:
            parts.append(part.text)
    return "".join(parts)


# -- building one language -----------------------------------------------------------


@dataclass(frozen=True)
class NewFolders:
    """Which of a language's output folders did not exist when the run began.

    Nothing can be in them yet, so nothing is read to compare or removed:
    on a first build that saves a failed lookup per file.
    """

    pages: bool = False  # dist/<lang>/
    mo: bool = False  # dist/locale/<lang>/LC_MESSAGES/


def publishes(approved_blocks: int, total: int, config: Config) -> bool:
    """The threshold rule: is a language with ``approved_blocks`` of a leaflet's ``total`` blocks approved published?"""
    return approved_blocks > 0 and approved_blocks / total >= config.publish_threshold


def edition_of(leaflet: Leaflet, config: Config) -> stamps.Edition:
    """The English version every edition names: version, change note, next review (a bad review_by is refused)."""
    return stamps.Edition(leaflet.title, leaflet.version, leaflet.front_matter.get("changes", ""),
                          review_date(leaflet, config.review_months).day)


def build_english(leaflet: Leaflet, config: Config, new: NewFolders = NewFolders()) -> Publication:
    lang = language(SOURCE_LANGUAGE)
    rendered = [RenderedBlock(b, b.text) for b in leaflet.blocks]
    stamp = stamps.english_stamp(edition_of(leaflet, config), leaflet.date_value)
    changed, outputs = _write_outputs(config, leaflet, lang, rendered, stamp, None, new, leaflet.date_value)
    total = len(leaflet.blocks)
    # The English has no MO file of its own; one put there by hand is recorded, as any output is.
    mo = record(config.mo_path(SOURCE_LANGUAGE, leaflet.slug), content_hash=False)
    return Publication(leaflet.slug, SOURCE_LANGUAGE, True, "source language", total, total, None, changed,
                       (*outputs, mo))


def build_language(leaflet: Leaflet, config: Config, lang_code: str, catalog: Catalog | None = None,
                   ledger: Ledger | None = None, new: NewFolders = NewFolders()) -> Publication:
    """Publish ``leaflet`` in ``lang_code`` if enough is approved, else withdraw it.

    ``catalog`` and ``ledger`` are the language's catalogue and approvals as on
    disk, when the caller has just read them (``leaflets run`` does): it saves
    parsing the files again.
    """
    slug = leaflet.slug
    lang = language(lang_code)
    po_path = config.po_path(lang_code, slug)
    total = len(leaflet.blocks)
    edition = edition_of(leaflet, config)
    if catalog is None:
        if not po_path.exists():
            return _withdraw(config, leaflet, lang_code, "no catalogue yet (run `leaflets update`)", 0, new)
        catalog = read_language_catalog(po_path, lang_code)
    if ledger is None:
        ledger = load_ledger(config, lang_code, slug)
    approved = approved_keys(catalog, ledger, config)
    by_key = {key_of(m): m for m in messages(catalog)}
    rendered: list[RenderedBlock] = []
    approved_count = 0
    for block in leaflet.blocks:
        key = message_key(block.text)
        if key in approved:
            approved_count += 1
            rendered.append(RenderedBlock(block, translation_of(by_key[key])))
        else:
            rendered.append(RenderedBlock(block, block.text, fallback=True))

    if lang.pseudo:
        return _withdraw(config, leaflet, lang_code, "pseudo-locale: never published", approved_count, new)
    if not publishes(approved_count, total, config):
        reason = (
            f"{approved_count} of {total} blocks approved; "
            f"publishing needs {config.publish_threshold:.0%}"
        ) + _lapsed(catalog, ledger, config, approved)
        return _withdraw(config, leaflet, lang_code, reason, approved_count, new)

    # Under the entry's key or its previous msgid's, as the approval rule found it.
    records = [approval_of(message, ledger) for message in messages(catalog) if key_of(message) in approved]
    approved_on = max(dt.datetime.fromisoformat(record.approved_at).date() for record in records if record is not None)
    credits = credits_of(catalog, ledger, config, approved)  # who drafted, who checked: the stamp says so
    stamp = stamps.translated_stamp(edition, lang, approved_on, credits=credits)
    english_stamp = stamps.translated_stamp(edition, lang, approved_on, in_language=SOURCE_LANGUAGE, credits=credits)
    changed, outputs = _write_outputs(config, leaflet, lang, rendered, stamp, english_stamp, new, approved_on)
    mo_path = config.mo_path(lang_code, slug)
    mo_written, mo_signature = write_output(mo_path, mo_bytes(catalog, approved), absent=new.mo)
    if mo_written:
        changed += (mo_path,)
    reason = "all blocks approved" if approved_count == total else (
        f"{approved_count} of {total} blocks approved; the rest shown in English"
    )
    credit = picker.Credit(credits.engines, credits.by_people, tuple((r.name, r.role) for r in credits.checkers),
                           approved_on)
    return Publication(slug, lang_code, True, reason, approved_count, total, approved_on, changed,
                       (*outputs, mo_signature), credit)


def _lapsed(catalog: Catalog, ledger: Ledger, config: Config, approved: set[str]) -> str:
    """Why approvals no longer count, when some lapsed: the words the run's summary gives."""
    states = Counter(state_of(message, ledger, config) for message in messages(catalog)
                     if key_of(message) not in approved)
    why = [f"{states[state]} {'approval' if states[state] == 1 else 'approvals'} lapsed: {cause}"
           for state, cause in ((ReviewState.LAPSED_ENGLISH, "the English changed"),
                                (ReviewState.LAPSED_TRANSLATION, "the translation changed")) if states[state]]
    return "".join(f"; {part}" for part in why)


def pdf_record_path(config: Config, lang_code: str, slug: str) -> Path:
    """What each PDF was made from, kept out of dist/ (which is copied to the shared drive)."""
    return config.root / ".leaflets" / "pdf" / lang_code / f"{slug}.sha256"


def _write_outputs(config: Config, leaflet: Leaflet, lang: Language, rendered: list[RenderedBlock],
                   stamp: stamps.Stamp, english_stamp: stamps.Stamp | None, new: NewFolders,
                   approved_on: dt.date) -> tuple[tuple[Path, ...], list[Signature | None]]:
    """Write the language's editions; the files changed, and each output's signature (OUTPUT_SUFFIXES' order)."""
    options = config.build
    slug, code = leaflet.slug, lang.code
    bilingual, make_pdf = addresses.editions_made(config.root, options, slug, code)
    model = page_model(rendered, lang)  # one model for both pages: the costly part of each
    html = render_html(leaflet, lang, rendered, model, stamp)
    outputs: dict[str, str] = {
        ".html": html,
        ".txt": render_text(rendered, stamp, lang, options.text_width),
    }
    if bilingual and english_stamp is not None:
        outputs[".bilingual.html"] = render_bilingual(leaflet, lang, rendered, model, stamp, english_stamp)
    changed: list[Path] = []
    signatures: dict[str, Signature | None] = {}
    for suffix, content in outputs.items():
        # Not fsynced: a rerun rebuilds them (the PDF too: see pipeline.publish.pdf.write_pdf).
        written, signatures[suffix] = write_output(path := config.output_path(code, slug, suffix), content,
                                                   absent=new.pages)
        if written:
            changed.append(path)
    if make_pdf:
        pdf_path = config.output_path(code, slug, ".pdf")
        address = picker.page_url(config.base_url, code, slug) if options.qr and config.base_url else None
        # Loaded when a PDF is made (and before the workers fork: stages._load_before_fork): a
        # build with PDF editions off never needs it, and loading it took 26 ms of each such run.
        from pipeline.publish import pdf

        if pdf.write_pdf(html, pdf_path, pdf_record_path(config, code, slug), address):
            changed.append(pdf_path)
        signatures[".pdf"] = record(pdf_path, content_hash=False)
    if options.qr and config.base_url:
        qr_path = config.output_path(code, slug, ".qr.svg")
        if picker.write_qr(qr_path, picker.page_url(config.base_url, code, slug)):
            changed.append(qr_path)
        signatures[".qr.svg"] = record(qr_path, content_hash=False)
    # An edition switched off (and never given out) must not linger: a stale PDF would show superseded advice.
    for suffix in OUTPUT_SUFFIXES:
        if suffix not in signatures and not new.pages and remove_file(path := config.output_path(code, slug, suffix)):
            changed.append(path)
    if ".pdf" not in signatures:
        remove_file(pdf_record_path(config, code, slug))
    if options.archive:  # also editions published before the archive was switched on
        _archive(config, slug, code, f"{leaflet.version}_{approved_on.isoformat()}",
                 [suffix for suffix in _ARCHIVED if suffix in signatures])
    return tuple(changed), [signatures.get(suffix) for suffix in OUTPUT_SUFFIXES]


# The editions kept in the archive (the QR code is an address, not an edition).
_ARCHIVED = (".html", ".txt", ".pdf", ".bilingual.html")


def archive_folder(config: Config, lang_code: str, slug: str, edition: str) -> Path:
    """Where the edition ``edition`` (``<version>_<approval date>``) of a leaflet is kept for staff."""
    return config.archive_path / lang_code / slug / edition


def _archive(config: Config, slug: str, code: str, edition: str, suffixes: list[str]) -> None:
    """Keep a copy of the editions just published in the archive, unless it holds them already.

    One folder per English version and approval date; a page that differs from
    the one kept under that name (remade the same day) gets a folder of its own,
    named by its hash, so no edition a patient was given is overwritten.
    """
    copies = {suffix: config.output_path(code, slug, suffix).read_bytes() for suffix in suffixes}
    page = copies.get(".html", b"")
    folder = archive_folder(config, code, slug, edition)
    try:
        kept = (folder / f"{slug}.html").read_bytes()
    except FileNotFoundError:
        kept = None
    if kept == page:
        return
    if kept is not None:
        folder = folder.with_name(f"{edition}_{hashlib.sha256(page).hexdigest()[:8]}")
    for suffix, data in copies.items():
        write_atomic(folder / f"{slug}{suffix}", data)


# -- withdrawing: the holding page ---------------------------------------------------------------

# The addresses a withdrawn language keeps, answered by the holding page (its QR code stays too).
HOLDING_SUFFIXES = (".html", ".txt", ".pdf", ".bilingual.html")


def withdraw(config: Config, leaflet: Leaflet, lang_code: str, reason: str, new: NewFolders = NewFolders()) -> Publication:
    """Withdraw a language whose approvals cannot be judged (its catalogue cannot be read): see :func:`_withdraw`."""
    return _withdraw(config, leaflet, lang_code, reason, 0, new)


def _withdraw(config: Config, leaflet: Leaflet, lang_code: str, reason: str, approved: int,
              new: NewFolders = NewFolders()) -> Publication:
    """Withdraw a language: never its old text again, but no dead address either.

    Each address it had published (page, text, PDF, bilingual page: the files
    there, and those the record of published addresses lists) now answers with the holding page, in the language and in English:
    the leaflet is being updated, here is the English, ask for an interpreter.
    The QR code stays, as it leads to the page. The MO file, for software, goes.
    Editions switched off in the settings go, as they do for a published language.
    """
    changed, outputs, held = _hold(config, leaflet.slug, lang_code,
                                   lambda: holding_page(config, leaflet, language(lang_code)), new)
    return Publication(leaflet.slug, lang_code, False, reason, approved, len(leaflet.blocks), None, tuple(changed),
                       outputs, holding=held)


def retire(config: Config, slug: str, title: str, lang_code: str) -> list[Path]:
    """A leaflet whose English was deleted: each address it published in ``lang_code`` keeps a page saying so.

    The page (in the language when its words are shipped, and in English) names the
    leaflet by its English ``title``, says the clinic no longer gives it out and to
    ask staff which to read instead, and links to the picker: a QR code already handed to a patient leads there,
    never to a dead address. The MO file goes. Returns the files written or removed.
    """
    # The PDF too, whenever the page is there: a retirement tried again after its PDF failed
    # (and was removed, never to show the old text) makes it this time.
    changed, _, _ = _hold(config, slug, lang_code, lambda: retired_page(config, slug, title, language(lang_code)),
                          with_page=(".pdf",))
    return changed


def _given_out(config: Config, slug: str, lang_code: str, new: NewFolders) -> set[str]:
    """The editions ``slug`` has published in ``lang_code``: listed in the record of published
    addresses (:mod:`pipeline.publish.addresses`: also from a clean checkout), or there in dist/."""
    if language(lang_code).pseudo:
        return set()
    given = set(addresses.suffixes_given_out(config.root, slug, lang_code))
    if not new.pages:
        given |= {suffix for suffix in addresses.EDITION_SUFFIXES if config.output_path(lang_code, slug, suffix).exists()}
    return given


def _hold(config: Config, slug: str, lang_code: str, notice: Callable[[], HoldingPage],
          new: NewFolders = NewFolders(), with_page: tuple[str, ...] = ()
          ) -> tuple[list[Path], tuple[Signature | None, ...], bool]:
    """Put the page ``notice`` makes at every address ``lang_code`` published ``slug`` at; remove the rest.

    ``with_page``: addresses held whenever the page's is, whether or not a file is there.
    Returns the files written or removed, the outputs' signatures (as a Publication
    records them) and whether any address now holds the notice.
    """
    options = config.build
    given = _given_out(config, slug, lang_code, new)
    held = [suffix for suffix in HOLDING_SUFFIXES if suffix in given or (suffix in with_page and ".html" in given)]
    bilingual, make_pdf = addresses.editions_made(config.root, options, slug, lang_code)
    held = [suffix for suffix in held if (suffix != ".pdf" or make_pdf) and (suffix != ".bilingual.html" or bilingual)]
    qr_path = config.output_path(lang_code, slug, ".qr.svg")
    keep_qr = bool(held) and options.qr and bool(config.base_url) and ".qr.svg" in given
    changed: list[Path] = []
    # First what must not outlive the withdrawal (the MO file, editions switched off), so
    # that a holding edition that cannot be made (a PDF error) leaves no old text behind.
    for path in [config.mo_path(lang_code, slug), *(config.output_path(lang_code, slug, suffix)
                                                      for suffix in OUTPUT_SUFFIXES
                                                      if suffix not in held and not (suffix == ".qr.svg" and keep_qr))]:
        if remove_file(path):
            changed.append(path)
    if ".pdf" not in held:
        remove_file(pdf_record_path(config, lang_code, slug))
    signatures: dict[str, Signature | None] = {}
    if held:
        page = notice()
        html = render_holding_html(page)
        contents = {".html": html, ".bilingual.html": html, ".txt": render_holding_text(page, options.text_width)}
        for suffix in sorted(held, key=lambda suffix: suffix == ".pdf"):  # the PDF, which may fail, last
            path = config.output_path(lang_code, slug, suffix)
            if suffix == ".pdf":
                try:
                    # Loaded when a PDF is made: see _write_outputs.
                    from pipeline.publish import pdf

                    # with its QR code and address, as every PDF: on paper it is the way back to the page
                    address = picker.page_url(config.base_url, lang_code, slug) if options.qr and config.base_url \
                        else None
                    if pdf.write_pdf(html, path, pdf_record_path(config, lang_code, slug), address):
                        changed.append(path)
                except Exception:  # whatever went wrong, the old PDF must not stay
                    remove_file(path)  # no holding PDF: then no PDF, never the old one
                    remove_file(pdf_record_path(config, lang_code, slug))
                    raise
                signatures[suffix] = record(path, content_hash=False)
                continue
            written, signatures[suffix] = write_output(path, contents[suffix])
            if written:
                changed.append(path)
        if keep_qr:
            if picker.write_qr(qr_path, picker.page_url(config.base_url, lang_code, slug)):
                changed.append(qr_path)
            signatures[".qr.svg"] = record(qr_path, content_hash=False)
    outputs = (*(signatures.get(suffix) for suffix in OUTPUT_SUFFIXES), None)
    return changed, outputs, bool(held)


@dataclass(frozen=True)
class HoldingPart:
    """The holding page's words in one language."""

    lang: Language
    title: str
    text: str
    english: stamps.Line | None  # "Read the English version: <title>" (None: a retired leaflet has none)
    interpreter: str


@dataclass(frozen=True)
class HoldingPage:
    slug: str
    lang: Language  # the language withdrawn
    parts: tuple[HoldingPart, ...]  # in the language (when its words are translated), then in English
    untranslated: stamps.Line | None  # "not yet available in <language>", when they are not
    interpreter: str  # the project's line ([tool.leaflets.build] interpreter), as written
    english_address: str | None  # for the text edition: the English page's URL, or the English text beside it
    leaflet_title: str | None = None  # a retired leaflet's English title, under each heading (staff know which)


def holding_page(config: Config, leaflet: Leaflet, lang: Language) -> HoldingPage:
    """The holding page of ``leaflet`` in ``lang``: its words from the shipped catalogue, else English only."""
    english = language(SOURCE_LANGUAGE)
    parts = []
    for part_lang, words in _notice_words(lang, stamps.HOLDING_MESSAGES):
        title = stamps.Value(leaflet.title, None if part_lang.code == SOURCE_LANGUAGE else english)
        parts.append(HoldingPart(part_lang, words(stamps.HOLDING_TITLE), words(stamps.HOLDING_TEXT),
                                 stamps.Line(words(stamps.HOLDING_ENGLISH), (("title", title),)),
                                 words(stamps.HOLDING_INTERPRETER)))
    address = (picker.page_url(config.base_url, SOURCE_LANGUAGE, leaflet.slug) if config.base_url
               else f"../{SOURCE_LANGUAGE}/{leaflet.slug}.txt")
    return HoldingPage(leaflet.slug, lang, tuple(parts), _untranslated_line(parts, lang), config.build.interpreter,
                       address)


def retired_page(config: Config, slug: str, title: str, lang: Language) -> HoldingPage:
    """The page at the addresses of a leaflet no longer given out (see :func:`retire`), as a holding page without the English."""
    parts = [HoldingPart(part_lang, words(stamps.RETIRED_TITLE), words(stamps.RETIRED_TEXT), None,
                         words(stamps.RETIRED_INTERPRETER))
             for part_lang, words in _notice_words(lang, stamps.RETIRED_MESSAGES)]
    return HoldingPage(slug, lang, tuple(parts), _untranslated_line(parts, lang), config.build.interpreter, None,
                       leaflet_title=title)


def _notice_words(lang: Language, messages: tuple[str, ...]) -> list[tuple[Language, stamps.UiStrings]]:
    """The languages a notice is written in, each with its words: ``lang`` when all of ``messages`` are
    shipped in it, then English."""
    english = language(SOURCE_LANGUAGE)
    ui_lang = stamps.ui_strings(lang.code, messages).lang
    langs = [ui_lang, english] if ui_lang.code != SOURCE_LANGUAGE else [english]
    return [(part_lang, stamps.ui_strings(part_lang.code, messages)) for part_lang in langs]


def _untranslated_line(parts: list[HoldingPart], lang: Language) -> stamps.Line | None:
    """"This notice is not yet available in <language>", when the notice is in English only and ``lang`` is not."""
    if parts[0].lang.code != SOURCE_LANGUAGE or lang.code == SOURCE_LANGUAGE:
        return None
    return stamps.Line(stamps.HOLDING_UNTRANSLATED, (("language", stamps.Value(lang.native_name, lang)),))


def render_holding_html(holding: HoldingPage) -> str:
    """The holding page: in the language withdrawn (when its words are translated), then in English."""
    page_lang = holding.parts[0].lang
    english = language(SOURCE_LANGUAGE)
    # Each section: its lang attributes, title, text, link to the English, interpreter sentence, and
    # the attributes of the project's interpreter line (written in English) inside it.
    sections = [(lang_attrs(part.lang, page_lang), escape(part.title), escape(part.text),
                 None if part.english is None else _stamp_line_html(part.english, part.lang.direction == "rtl"),
                 escape(part.interpreter), lang_attrs(english, part.lang)) for part in holding.parts]
    ui = stamps.ui_strings(page_lang.code)
    untranslated = None
    if holding.untranslated is not None:
        untranslated = _stamp_line_html(holding.untranslated, False)
    title = " / ".join(dict.fromkeys(part.title for part in holding.parts))
    return _ENVIRONMENT.get_template("holding.html.j2").render(
        language=page_lang,
        title=f"{title}: {holding.leaflet_title}" if holding.leaflet_title else title,
        leaflet_title=holding.leaflet_title,
        sections=sections,
        untranslated=untranslated,
        interpreter_line=holding.interpreter,
        ui_attrs=lang_attrs(ui.lang, page_lang),  # the interface words fall back to English as a whole
        other_languages=ui(stamps.OTHER_LANGUAGES),
        english_href=None if holding.english_address is None else english_href(holding.slug),
        english_version=ui(stamps.ENGLISH_VERSION),
        # printed after the link on paper (and in the PDF), where a relative link leads nowhere
        english_address=holding.english_address if holding.english_address and "://" in holding.english_address
        else None,
    )


def render_holding_text(holding: HoldingPage, width: int = TEXT_WIDTH) -> str:
    """The holding page as plain text, for the address of the text edition."""
    out: list[str] = []
    if holding.untranslated is not None:
        out += [*_lay_out(_stamp_text(holding.untranslated, False), False, width), ""]
    for part in holding.parts:
        rtl = part.lang.direction == "rtl"
        lines = _lay_out(part.title, rtl, width)
        rule = "=" * min(max(textformat.display_width(line) for line in lines), width)
        out += [*lines, textformat.rtl_line(rule) if rtl else rule, ""]
        if holding.leaflet_title:
            out += [*_lay_out(holding.leaflet_title, False, width), ""]
        out += [*_lay_out(part.text, rtl, width), ""]
        if part.english is not None and holding.english_address is not None:
            address = f"{textformat.LRI}{holding.english_address}{textformat.PDI}" if rtl else holding.english_address
            out += [*_lay_out(_stamp_text(part.english, rtl), rtl, width),
                    textformat.rtl_line(address) if rtl else address, ""]  # the address whole, on a line of its own
        out += [*_lay_out(part.interpreter, rtl, width), ""]
        if holding.interpreter:
            out += [*_lay_out(holding.interpreter, False, width), ""]
    return "\n".join(out[:-1]) + "\n"


# -- the picker ----------------------------------------------------------------------------


def build_index(config: Config, leaflets: list[Leaflet], publications: list[Publication], *,
                reuse_sections: bool = False, left: Mapping[str, tuple[str, str]] | None = None) -> bool:
    """Write dist/index.html: every published language of every leaflet, with relative links.

    A language being updated (withdrawn, its addresses holding) is listed as such, without its editions.
    ``reuse_sections``: see :func:`write_index`. ``left``: leaflets left as they were, by slug, each
    with its section on the page now (key and HTML: :func:`picker.sections_of`), copied.
    """
    published = {(p.slug, p.lang) for p in publications if p.published}
    updating = {(p.slug, p.lang) for p in publications if p.holding}
    credits = {(p.slug, p.lang): p.credit for p in publications if p.published and p.credit is not None}
    entries = picker.picker_entries(config, [(leaflet.slug, leaflet.title) for leaflet in leaflets], published,
                                    qr=config.build.qr, credits=credits, updating=updating)
    sections: dict[str, tuple[str, Callable[[], picker.PickerLeaflet]]] = {
        entry.slug: (entry.key, partial(index_section, config, entry)) for entry in entries}
    for slug, (key, _) in (left or {}).items():
        sections.setdefault(slug, (key, copied_section))
    in_order = [sections[slug] for slug in sorted(sections)]  # slug order, as config.slugs() gives
    return write_index(config, in_order, reuse_sections=reuse_sections,
                       also_kept={key: html for key, html in (left or {}).values()})


def copied_section() -> picker.PickerLeaflet:
    """What :func:`write_index` calls for a section it copies (``also_kept``): never."""
    raise AssertionError("a section copied from the page is never made again")


def index_section(config: Config, entry: picker.PickerEntry) -> picker.PickerLeaflet:
    """What the picker shows of one leaflet, with the editions this build makes."""
    options = config.build
    return picker.picker_leaflet(config, entry, pdf=options.pdf, bilingual=options.bilingual, qr=options.qr)


def write_index(config: Config, sections: Iterable[tuple[str, Callable[[], picker.PickerLeaflet]]], *,
                reuse_sections: bool = False, also_kept: Mapping[str, str] | None = None) -> bool:
    """Write dist/index.html from each leaflet's section key and how to make the section (see picker.page).

    ``reuse_sections``: the page is as the last build made it, with the same code and settings
    (the run state says so), and the sections whose keys it has are copied from it.
    ``also_kept``: sections to copy whatever made them, by key (a leaflet left as it was).
    """
    path = config.output_dir / addresses.PICKER
    kept = {**(picker.kept_sections(path) if reuse_sections else {}), **(also_kept or {})}
    # Where the sections were kept until 2026-12-03: removed from projects built before (a line to drop in 2027).
    remove_file(config.root / ".leaflets/picker-sections.json")
    # Rendered and written a leaflet at a time: at 800 leaflets in 10 languages the page is 6 MB.
    return write_streamed(path, picker.page(template_environment(), sections, kept))
