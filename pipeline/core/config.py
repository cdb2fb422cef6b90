"""``[tool.leaflets…]`` of ``pyproject.toml``: every setting, read, checked and documented in one place.

Each key the pipeline reads is a field of one of the frozen dataclasses below,
with its default and a comment saying what it does. ``load_config`` reads the
whole tree at once, so a bad setting stops any command before it writes:
an unknown key (with a suggestion when it looks misspelt) and a value of the
wrong kind are refused as ``pyproject.toml:LINE: message``. The Config also
knows the project layout: where each leaflet's source, template, catalogues,
ledgers and outputs live.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import difflib
import errno
import os
import re
import tomllib
import typing
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pipeline.core.engine_settings import ENGINE_SETTINGS
from pipeline.core.errors import ConfigError, SourceError
from pipeline.core.files import open_file, per_version
from pipeline.core.languages import SOURCE_LANGUAGE, language
from pipeline.core.signing import PublicKey, parse_public_key
from pipeline.core.text import MERGE_CONFLICT, conflict_line, front_matter_field

ROOT_TABLE = ("tool", "leaflets")
# The originals in source/raw/ a leaflet may be imported from (pipeline.source.importer.READERS reads them).
ORIGINAL_SUFFIXES = (".txt", ".docx", ".pdf")
LEDGER_SUFFIX = ".approvals.json"  # a leaflet's approval ledger, beside its PO: <slug>.approvals.json
# A leaflet's editions, each at its address dist/<lang>/<slug><suffix> (the MO file is for software).
EDITION_SUFFIXES = (".html", ".txt", ".pdf", ".bilingual.html", ".qr.svg")


@dataclass(frozen=True)
class _Range:
    """The values a number setting accepts, and how its error message says so."""

    low: float
    high: float | None = None
    above_low: bool = False  # low itself is refused

    def admits(self, value: float) -> bool:
        return (value > self.low if self.above_low else value >= self.low) and (self.high is None or value <= self.high)

    def __str__(self) -> str:
        if self.high is None:
            return f"above {self.low:g}" if self.above_low else f"of at least {self.low:g}"
        return f"above {self.low:g} and at most {self.high:g}" if self.above_low else f"between {self.low:g} and {self.high:g}"


# Seconds settings have a top: an infinite or astronomical timeout (TOML has inf) overflowed the clock.
_HOUR, _DAY = 3600, 86400


def _within(default: Any, low: float, high: float | None = None, *, above_low: bool = False) -> Any:
    """A number setting's default and the range the schema accepts."""
    return field(default=default, metadata={"range": _Range(low, high, above_low)})


@dataclass(frozen=True)
class Reviewer:
    """``[[tool.leaflets.reviewers]]``: a clinician whose approval publishes a translation in their languages."""

    id: str  # what they give as --reviewer; recorded in the approval ledgers
    name: str
    role: str
    languages: tuple[str, ...]  # may name languages the project has not added yet
    # Their OpenSSH public key, the one line of their .pub file: "ssh-ed25519 AAAA… name@laptop".
    # Every approval, rejection and edit they make is signed with it (docs/review.md).
    key: str = field(default="", metadata={"empty": True})
    # Keys they used before, each with the day it stopped being valid:
    # old_keys = [{key = "ssh-ed25519 AAAA…", until = 2026-10-01}]. Their signatures made before that day count.
    old_keys: tuple[OldKey, ...] = ()


@dataclass(frozen=True)
class OldKey:
    """A reviewer's earlier key and the day it stopped being valid (signatures made before it count)."""

    key: str
    until: dt.date


@dataclass(frozen=True)
class DraftSettings:
    """``[tool.leaflets.draft]``: machine drafts (docs/drafts.md)."""

    engines: tuple[str, ...] = ("memory", "apertium")  # the chain, in order
    allow_online: bool = False  # opt in to engines that send the text off this machine
    in_run: bool = False  # `leaflets run` drafts what its update left untranslated
    online_in_run: bool = False  # ... and may use the chain's online engines (with allow_online too)
    retries: int = _within(3, 0, 20)  # further attempts after a rate limit, server error or timeout
    backoff: float = _within(1.0, 0, _HOUR)  # seconds before the first retry; doubled each time
    max_backoff: float = _within(30.0, 0, _DAY)
    timeout: float = _within(30.0, 0, _DAY, above_low=True)  # seconds per request
    concurrency: int | None = _within(None, 1, 256)  # requests at once per engine (None: each engine's default)
    disable_after: int = _within(2, 1)  # authentication or quota failures before an engine is dropped
    # Failures in a row (network, timeout, server error) after which an engine is skipped for the rest of the run.
    circuit_breaker: int = _within(3, 1)
    memory_threshold: float = _within(0.9, 0.5, 1)  # similarity for near-identical English in the memory engine
    protect_fixed_terms: bool = False  # glossary terms with a fixed translation become tokens too
    # For reviewers (docs/review.md): engines asked for every entry besides the chain's draft
    # (`leaflets review suggest`), and engines that translate the words back into English
    # (`leaflets review backtranslate`), in order of preference.
    suggest: tuple[str, ...] = ()
    backtranslate: tuple[str, ...] = ("apertium",)
    # Catalogues are rewritten at most this often (seconds) while answers arrive; every
    # answer is in the cache at once, so a killed run loses nothing it paid for.
    save_interval: float = _within(1.0, 0, _HOUR)
    cache: str = ".leaflets/cache.sqlite3"  # answers already paid for, relative to the project
    # [tool.leaflets.draft.<engine>]: the keys each engine declares in pipeline.core.engine_settings.ENGINE_SETTINGS
    engine_settings: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class BuildOptions:
    """``[tool.leaflets.build]``: which editions to make (docs/outputs.md)."""

    pdf: bool = True  # A4 PDF per language (about a second each; remade only when its page changed)
    bilingual: bool = True  # English beside the translation
    qr: bool = True  # QR codes in the picker (only when base_url is set)
    text_width: int = _within(72, 20, 200)  # display columns of the .txt edition, 20 to 200
    # Keep a copy of every edition published, by version and approval date, in archive_dir: for
    # staff records, never linked from the picker or the pages.
    archive: bool = False
    # A line for the holding page of a language being updated, shown as written (in English), e.g.
    # "Free interpreting: call TIS National on 131 450". Empty: the page only asks staff for one.
    interpreter: str = field(default="", metadata={"empty": True})


@dataclass(frozen=True)
class LintSettings:
    """``[tool.leaflets.lint]``: what ``leaflets lint`` warns about (docs/checks.md)."""

    max_grade: float = _within(8.0, 0, 100, above_low=True)  # reading grade (Flesch–Kincaid) above which a leaflet is flagged
    max_sentence_words: int = _within(25, 1)
    terms: tuple[tuple[str, ...], ...] = (("block", "injection", "infusion"),)  # words for one thing
    allow: tuple[str, ...] = ()  # phrases that contain such a word but are not that thing


@dataclass(frozen=True)
class ReviewSettings:
    """``[tool.leaflets.review]`` (docs/review.md)."""

    # A reviewer may approve a translation they edited themselves (the four-eyes rule off).
    approve_own_edits: bool = False
    # Approvals, rejections and edits must carry their reviewer's signature (docs/review.md).
    # false: unsigned approvals count, as before signatures; leaflets check warns on every run.
    signatures: bool = True


@dataclass(frozen=True)
class Config:
    """``[tool.leaflets]``, validated, and the project layout that follows from it."""

    root: Path
    source_dir: Path  # source_dir = "source": English Markdown, raw text in its raw/ folder
    locales_dir: Path  # locales_dir = "locales": POT, PO and approval ledgers
    output_dir: Path  # output_dir = "dist": what is published
    languages: tuple[str, ...]  # target languages, as Babel spells them (zh_Hans, pa_Guru)
    # Share of a leaflet's blocks that must be approved to publish a language (above 0,
    # at most 1); below 1 the missing blocks fall back to English, marked as such.
    publish_threshold: float = _within(1.0, 0, 1, above_low=True)
    # [tool.leaflets.thresholds]: per-language approved share `leaflets check` asks for ("default" too).
    thresholds: Mapping[str, float] = field(default_factory=dict)
    reviewers: tuple[Reviewer, ...] = ()  # [[tool.leaflets.reviewers]]
    base_url: str = field(default="", metadata={"empty": True})  # where the published pages will live (QR codes on the picker)
    glossary: str = "glossary.toml"  # do-not-translate terms and fixed translations, relative to the root
    preview_dir: str = "dist-preview"  # in-context previews for reviewers; never output_dir
    # Earlier editions for staff (with [tool.leaflets.build] archive = true); never inside output_dir.
    archive_dir: str = "archive"
    # A leaflet is due for review this many months after its English date, unless its front
    # matter says review_by: YYYY-MM-DD. `leaflets check` warns 60 days before and fails after.
    review_months: int = _within(24, 1, 120)
    draft: DraftSettings = DraftSettings()
    build: BuildOptions = BuildOptions()
    lint: LintSettings = LintSettings()
    review: ReviewSettings = ReviewSettings()

    # -- layout ----------------------------------------------------------
    @property
    def raw_dir(self) -> Path:
        return self.source_dir / "raw"

    def source_path(self, slug: str) -> Path:
        return self.source_dir / f"{slug}.md"

    def pot_path(self, slug: str) -> Path:
        return self.locales_dir / f"{slug}.pot"

    def po_path(self, lang: str, slug: str) -> Path:
        return self.locales_dir / f"{lang}/LC_MESSAGES/{slug}.po"  # one join: a run asks for thousands

    def ledger_path(self, lang: str, slug: str) -> Path:
        return self.locales_dir / f"{lang}/LC_MESSAGES/{slug}{LEDGER_SUFFIX}"

    def mo_path(self, lang: str, slug: str) -> Path:
        # dist/locale is a gettext localedir: gettext.translation(slug, "dist/locale", [lang])
        return self.output_dir / f"locale/{lang}/LC_MESSAGES/{slug}.mo"

    def output_path(self, lang: str, slug: str, suffix: str) -> Path:
        return self.output_dir / f"{lang}/{slug}{suffix}"

    @property
    def archive_path(self) -> Path:
        return (self.root / self.archive_dir).resolve()

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
        """Every leaflet: a Markdown source, or an original (text, Word, PDF) still to be imported.

        A missing source folder is refused: a misspelt ``source_dir`` would make
        every leaflet look deleted (its pages withdrawn) and the gate pass.
        """
        if not self.source_dir.is_dir():
            folder = self.relative(self.source_dir)
            settings = self.root / "pyproject.toml"
            raise ConfigError(f"no folder {folder}/ for the leaflets: make it and put the originals in "
                              f"{folder}/raw/, or fix source_dir", settings,
                              _line_of(settings.read_text(encoding="utf-8").splitlines(),
                                       ("tool", "leaflets", "source_dir")))
        names, clashing = self._leaflet_names()
        return sorted(names - clashing.keys())

    def clashing_originals(self) -> dict[str, str]:
        """Originals not imported yet whose name differs only in capitals from another leaflet's (or
        original's): {the original's name: the other's}. They are no leaflets (on macOS and Windows the
        pages of the two would overwrite each other); import and check report each (:meth:`clash_errors`),
        and the others go on."""
        return self._leaflet_names()[1]

    def clash_errors(self) -> dict[str, SourceError]:
        """The error of each original :meth:`clashing_originals` finds, by its name, at its file."""
        listing = self.originals()
        return {name: SourceError(f"its name differs from {other!r} only in capitals: the two leaflets' pages "
                                  "would share addresses on macOS and Windows; rename one", listing[name][0], 1)
                for name, other in self.clashing_originals().items()}

    def _leaflet_names(self) -> tuple[set[str], dict[str, str]]:
        markdowns = {p.stem for p in self.source_dir.glob("*.md")}
        names = markdowns | set(self.originals())
        by_folded: dict[str, list[str]] = {}
        for name in sorted(names):
            by_folded.setdefault(name.casefold(), []).append(name)
        clashing: dict[str, str] = {}
        for alike in by_folded.values():
            imported = [name for name in alike if name in markdowns]
            if len(imported) > 1:  # two Markdowns: two leaflets to tell apart by hand
                raise ConfigError(f"leaflets {imported[0]!r} and {imported[1]!r} differ only in capitals: their "
                                  "pages would share addresses on macOS and Windows; rename one",
                                  self.source_dir / f"{imported[1]}.md")
            if len(alike) > 1:
                clashing |= {name: imported[0] if imported else next(other for other in alike if other != name)
                             for name in alike if name not in imported}
        return names, clashing

    def left_behind(self) -> list[str]:
        """Leaflets no longer in the project whose catalogues are: a POT, or a ledger in one of
        ``languages`` (a leaflet deleted or renamed; nothing removes translators' work). Another
        tool's catalogue beside them (``django.po``) is none: leaflets writes POTs and ledgers."""
        if not self.locales_dir.is_dir():
            return []
        found = {path.stem for path in self.locales_dir.glob("*.pot")}
        for lang in self.languages:
            found |= {path.name.removesuffix(LEDGER_SUFFIX) for path in self.ledger_path(lang, "").parent.glob(
                f"*{LEDGER_SUFFIX}")}
        return sorted(found - set(self.slugs()))

    def originals(self) -> dict[str, list[Path]]:
        """Every original in source/raw/ (``leaflet.PDF`` too), by the leaflet it is for: one listing of the folder.

        An original is for the leaflet of its name, unless no Markdown has that name and
        one without an original of its own names it as its ``source:`` (import writes it;
        by name, in any case and with any suffix, the first such Markdown in name order):
        the leaflet was renamed since, and its original follows it rather than coming back
        as a second leaflet. While a Markdown cannot be read (not UTF-8, say), it might
        name any: an original no Markdown has the name of is nobody's until it reads
        (that Markdown fails the run meanwhile).
        """
        if not self.raw_dir.is_dir():
            return {}
        found: dict[str, list[Path]] = {}
        for path in self.raw_dir.iterdir():
            if path.suffix.lower() in ORIGINAL_SUFFIXES and not path.name.startswith(".") and path.is_file():
                found.setdefault(path.stem, []).append(path)
        unclaimed = {stem.casefold(): stem for stem in found if not self.source_path(stem).exists()}
        if unclaimed:  # an original not imported yet, or a renamed leaflet's (each run then reads the front matters)
            for md in sorted(self.source_dir.glob("*.md")):
                named = _source_named(md)
                if named is None:
                    for stem in unclaimed.values():
                        del found[stem]
                    break
                claimed = unclaimed.get(Path(named.removeprefix("raw/")).stem.casefold())
                if md.stem not in found and claimed is not None:
                    found[md.stem] = found.pop(claimed)
                    del unclaimed[claimed.casefold()]
        return {slug: sorted(paths, key=lambda path: (ORIGINAL_SUFFIXES.index(path.suffix.lower()), path.name))
                for slug, paths in found.items()}

    def setting_at(self, *where: str | int) -> tuple[Path, int | None]:
        """pyproject.toml and the line that sets ``where`` (a key path; ints count array entries), for an error
        about that setting."""
        settings = self.root / "pyproject.toml"
        try:
            return settings, _line_of(settings.read_text(encoding="utf-8").splitlines(), where)
        except (OSError, UnicodeDecodeError):
            return settings, None

    def threshold_for(self, lang: str) -> float:
        return self.thresholds.get(lang, self.thresholds.get("default", 0.0))

    def reviewer(self, reviewer_id: str) -> Reviewer | None:
        return next((r for r in self.reviewers if r.id == reviewer_id), None)

    def as_dict(self) -> dict[str, Any]:
        """Every setting, for the run state's fingerprint: change one and the next run rebuilds."""
        return dataclasses.asdict(self)


def find_project_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` whose pyproject.toml has [tool.leaflets]."""
    for folder in [start, *start.parents]:
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and b"[tool.leaflets" in candidate.read_bytes():  # bytes: load_config judges the text
            return folder
    raise ConfigError(f"no pyproject.toml with a [tool.leaflets] table at or above {start}")


_TOML_WHERE = re.compile(r" \(at line (\d+), column \d+\)")


def toml_fault(exc: tomllib.TOMLDecodeError, text: str, path: Path, what: str = "not valid TOML") -> ConfigError:
    """The error for a TOML file (settings, glossary) that does not parse, at its line; a merge's conflict markers as such."""
    if (conflict := conflict_line(text)) is not None:
        return ConfigError(MERGE_CONFLICT, path, conflict)
    # tomllib says where in its message, "(at line 99, column 32)": the line goes where every error puts it.
    where = _TOML_WHERE.search(str(exc))
    message = _TOML_WHERE.sub("", str(exc)) if where else str(exc)
    at: int | None = int(where[1]) if where else len(text.splitlines()) if "end of document" in str(exc) else None
    return ConfigError(f"{what}: {message}", path, at)


# Every key and table [tool.leaflets] may hold: a table named alike that holds one is a misspelling.
_SETTING_NAMES = {setting.name for setting in dataclasses.fields(Config)} | {"thresholds", "reviewers"}


def load_config(root: Path, raw: bytes | None = None) -> Config:
    """The project's Config, or a ConfigError naming pyproject.toml and the line of the first bad setting.

    ``raw``: pyproject.toml as another revision has it (the gate's ``--base``), read instead of the file.
    """
    path = root / "pyproject.toml"
    this_checkout = raw is None
    if raw is None:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise ConfigError("no pyproject.toml here", path) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise ConfigError("not valid UTF-8 (a TOML file is UTF-8): save it again as UTF-8", path, line) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise toml_fault(exc, text, path) from None
    tools = data.get("tool", {})
    lines = text.splitlines()
    table = tools.get("leaflets") if isinstance(tools, dict) else None
    complete = isinstance(table, dict) and "languages" in table
    for name, other in tools.items() if isinstance(tools, dict) else ():
        # [tool.leaflet] beside [tool.leaflets.draft]: read as it stands, no language would be set and
        # every published one withdrawn; [tool.leaflet.build] beside a full [tool.leaflets] would be
        # ignored. A table named alike with none of leaflets' settings is another tool's.
        ours = isinstance(other, dict) and bool(set(other) & _SETTING_NAMES)
        if name != "leaflets" and (not complete or ours) and difflib.get_close_matches(name, ["leaflets"], n=1,
                                                                                        cutoff=0.8):
            raise ConfigError(f"[tool.{name}]: did you mean [tool.leaflets]?", path, _line_of(lines, ("tool", name)))
    if not isinstance(table, dict):
        raise ConfigError("no [tool.leaflets] table", path)
    if "languages" not in table:
        # Without it no language is configured, and a run withdraws every one published.
        raise ConfigError("[tool.leaflets] has no `languages`: list the languages to translate into, "
                          'e.g. languages = ["es", "ar"] (or languages = [] for English only)', path,
                          _line_of(lines, ("tool", "leaflets")))
    return _config(root, _Table(table, ROOT_TABLE, path, lines), this_checkout)


# ---------------------------------------------------------------------------
# The schema: each table read by its dataclass, plus the checks types cannot say
# ---------------------------------------------------------------------------
_Settings = TypeVar("_Settings")


def _read(schema: type[_Settings], table: _Table, **given: Any) -> _Settings:
    """``schema`` from ``table``: each field by its type, default and range; ``given`` holds the fields read apart."""
    kinds = typing.get_type_hints(schema)
    values = dict(given)
    for setting in dataclasses.fields(schema):  # type: ignore[arg-type]
        if setting.name not in given:
            values[setting.name] = table.typed(setting.name, kinds[setting.name], _default(setting), setting.metadata)
    table.done()
    return schema(**values)


def _default(setting: dataclasses.Field[Any]) -> Any:
    if setting.default is not dataclasses.MISSING:
        return setting.default
    if setting.default_factory is not dataclasses.MISSING:
        return setting.default_factory()
    return _REQUIRED


def _config(root: Path, table: _Table, this_checkout: bool = True) -> Config:
    """The Config of ``table``; ``this_checkout`` False: another revision's settings, naming its own files."""
    def written(key: str, default: str) -> Path:
        """A folder setting as written, no link followed."""
        return Path(os.path.normpath(root.resolve() / table.text(key, default)))

    def folder(key: str, default: str) -> Path:
        # Another revision's folders as written: this checkout's links are no part of its settings.
        return (root / table.text(key, default)).resolve() if this_checkout else written(key, default)

    languages = table.texts("languages", ())
    _check_languages(table, "languages", languages)
    if SOURCE_LANGUAGE in languages:
        raise table.error("languages", "lists the source language 'en'")
    if len(set(languages)) != len(languages):
        raise table.error("languages", "lists a code twice")

    thresholds_table = table.table("thresholds")
    thresholds = {}
    for lang in thresholds_table.every_key():
        if lang != "default" and lang not in languages:
            close = difflib.get_close_matches(lang, languages, n=1)
            hint = f"; did you mean {close[0]}?" if close else ""
            raise thresholds_table.error(lang, f"is not a configured language{hint}")
        thresholds[lang] = thresholds_table.number(lang, 0.0, _Range(0, 1))
    thresholds_table.done()

    reviewer_tables = table.tables("reviewers")
    reviewers = tuple(_reviewer(entry) for entry in reviewer_tables)
    for index, reviewer in enumerate(reviewers):
        # Ids that differ only in capitals name one person twice to a reader of the ledger ("JChen", "jchen").
        same = next((earlier.id for earlier in reviewers[:index] if earlier.id.casefold() == reviewer.id.casefold()),
                    None)
        if same == reviewer.id:
            raise reviewer_tables[index].error("id", f"{reviewer.id!r} is listed twice")
        if same is not None:
            raise reviewer_tables[index].error("id", f"{reviewer.id!r} differs from {same!r} only in capitals: "
                                                     "one person, or two with ids told apart")
    _refuse_shared_keys(reviewer_tables, reviewers)

    config = _read(
        Config, table, root=root.resolve(), languages=languages, thresholds=thresholds, reviewers=reviewers,
        source_dir=folder("source_dir", "source"), locales_dir=folder("locales_dir", "locales"),
        output_dir=folder("output_dir", "dist"), draft=_draft(table.table("draft")), lint=_lint(table.table("lint")),
    )
    locales = written("locales_dir", "locales")
    if this_checkout and locales != config.locales_dir and locales.is_relative_to(config.root):
        # Its approval ledgers' history is what the gate reads (leaflets check --base): git keeps a link's path.
        raise ConfigError("is a symbolic link (or in a folder that is one): the catalogues and approval ledgers "
                          "must be a folder of their own in the repository, whose history the gate reads; "
                          "move them here", locales)
    for key, kept, default in (("source_dir", config.source_dir, "source"), ("locales_dir", config.locales_dir, "locales")):
        # Written outside ("../shared-locales"): refused here, not at the first write, named as a file.
        if not kept.is_relative_to(config.root) and not written(key, default).is_relative_to(config.root):
            raise table.error(key, "must be a folder inside the project: leaflets writes only inside it")
    if not config.output_dir.is_relative_to(config.root):
        given = written("output_dir", "dist")
        if given.is_relative_to(config.root):  # inside as written: a link leads out
            raise ConfigError(f"is a link to {config.output_dir}, outside the project; leaflets writes only "
                              "inside it", given)
        raise table.error("output_dir", "must be a folder inside the project: leaflets writes only inside it")
    # Catalogues and sources hold drafts and unapproved words, the run state the pipeline's own
    # records: inside the published folder (or holding it) they would be published, or overwritten.
    for key, kept in (("locales_dir", config.locales_dir), ("source_dir", config.source_dir),
                      (".leaflets", config.root / ".leaflets")):
        if kept.is_relative_to(config.output_dir) or config.output_dir.is_relative_to(kept):
            if key in table.data:
                raise table.error(key, "must differ from output_dir, and neither may hold the other: "
                                  "only approved translations are published")
            raise table.error("output_dir", f"must differ from {key}, and neither may hold the other: "
                              "only approved translations are published")
    preview = (root / config.preview_dir).resolve()
    if not preview.is_relative_to(config.root):
        raise table.error("preview_dir", "must be a folder inside the project")
    if preview.is_relative_to(config.output_dir) or config.output_dir.is_relative_to(preview):
        # Previews show unapproved drafts: inside the published folder they would be published.
        raise table.error("preview_dir", "must differ from output_dir, and neither may hold the other: "
                          "previews are never published")
    # Set and missing, the drug-name and do-not-translate checks would run without it, silently.
    if this_checkout and "glossary" in table.data and not (config.root / config.glossary).is_file():
        raise table.error("glossary", f"names {config.glossary}, which is not a file in the project")
    if config.base_url and not _WEB_ADDRESS.fullmatch(config.base_url):
        # Printed in QR codes and PDFs: without its scheme, a phone reads it as text, not as a link.
        raise table.error("base_url", f"must be a web address starting https:// (or http://), not {config.base_url!r}")
    archive = config.archive_path
    if not archive.is_relative_to(config.root):
        raise table.error("archive_dir", "must be a folder inside the project")
    if archive.is_relative_to(config.output_dir) or config.output_dir.is_relative_to(archive):
        # Superseded editions inside the published folder would be served to patients.
        raise table.error("archive_dir", "must differ from output_dir, and neither may hold the other: "
                          "superseded editions are never published")
    _refuse_shared_folders(table, config, {"source_dir": config.source_dir, "locales_dir": config.locales_dir,
                                           "output_dir": config.output_dir, "archive_dir": archive,
                                           "preview_dir": preview})
    own = config.root / ".leaflets"  # the pipeline's own records: the run state, the draft cache
    if this_checkout and not own.resolve().is_relative_to(config.root):
        raise ConfigError(f"is a link to {own.resolve()}, outside the project; leaflets writes only inside it", own)
    cache = (config.root / config.draft.cache).resolve()
    if not cache.is_relative_to(config.root) or any(
            cache.is_relative_to(folder) for folder in (config.source_dir, config.locales_dir, config.output_dir)):
        raise table.table("draft").error("cache", "must be a file inside the project, outside its other folders "
                                                  "(default .leaflets/cache.sqlite3)")
    # A file of the project's (pyproject.toml, say), whose error would then advise deleting it; in .leaflets/,
    # the pipeline's own folder, a damaged cache is the cache, which may be deleted (drafting says so).
    kind = _cache_kind(cache) if this_checkout else "unknown"
    if kind == "other" or (kind == "file" and not cache.is_relative_to(config.root / ".leaflets")):
        raise table.table("draft").error("cache", f"names {config.relative(cache)}, which is no draft cache: "
                                                  "name a file of its own (default .leaflets/cache.sqlite3)")
    return config


_SQLITE_START = b"SQLite format 3\x00"  # the first bytes of every SQLite database


def _cache_kind(path: Path) -> str:
    """What stands where the draft cache is to be: "cache" (an SQLite database, an empty file, nothing yet, or
    what cannot be read here: drafting says so when it opens it), another "file", or "other" (a folder, a pipe)."""
    try:
        fd, _ = open_file(path)
    except IsADirectoryError:
        return "other"
    except OSError as exc:
        return "other" if exc.errno == errno.EINVAL else "cache"  # EINVAL: a named pipe or a device
    try:
        return "cache" if os.read(fd, len(_SQLITE_START)) in (b"", _SQLITE_START) else "file"
    finally:
        os.close(fd)


def _refuse_shared_folders(table: _Table, config: Config, folders: dict[str, Path]) -> None:
    """Each folder setting its own folder: the English, the catalogues, the published pages, the archive and
    the previews apart (neither holding the other), and none of them the project folder, its .git or .leaflets.

    Else one stage's files are read as another's (source_dir = "locales": every leaflet "gone",
    its pages withdrawn), or the pipeline writes where it must not (output_dir = ".git").
    """
    reserved = {"the project folder": config.root, ".git": config.root / ".git", ".leaflets": config.root / ".leaflets"}
    names = list(folders)
    for index, key in enumerate(names):
        folder = folders[key]
        for name, place in reserved.items():
            if folder == place or (place != config.root and folder.is_relative_to(place)):
                raise table.error(key, f"must not be {name}" + ("" if folder == place else " or inside it"))
        for other in names[index + 1:]:
            if folder.is_relative_to(folders[other]) or folders[other].is_relative_to(folder):
                blamed = other if other in table.data else key
                raise table.error(blamed, f"must differ from {key if blamed == other else other}, and neither "
                                  "may hold the other: each stage keeps its files in its own folder")


# An intranet's "http://leaflets/" too; no control character (it broke the QR code's SVG, and the PDF with it).
_WEB_ADDRESS = re.compile(r"https?://[^\s\x00-\x1f\x7f-\x9f/?#]+(?:[/?#][^\s\x00-\x1f\x7f-\x9f]*)?")


def _check_languages(table: _Table, key: str, codes: tuple[str, ...]) -> None:
    for code in codes:
        try:
            language(code)
        except ConfigError as exc:
            raise table.error(key, f": {exc.message}") from None


def _reviewer(table: _Table) -> Reviewer:
    reviewer = _read(Reviewer, table, old_keys=_old_keys(table))
    # a reviewer may cover languages the project has not added yet, but real ones
    _check_languages(table, "languages", reviewer.languages)
    if reviewer.key:
        _check_key(table, "key", reviewer.key)
    return reviewer


def _refuse_shared_keys(tables: list[_Table], reviewers: tuple[Reviewer, ...]) -> None:
    """One key, one reviewer: a person holding two ids' key could edit as one and approve as the other.

    Keys are compared by type and blob (``parse_public_key``), so a changed comment does not hide a copy.
    """
    owners: dict[PublicKey, str] = {}
    for table, reviewer in zip(tables, reviewers, strict=True):
        listed = [("key", reviewer.key)] if reviewer.key else []
        listed += [("old_keys", old.key) for old in reviewer.old_keys]
        for setting, text in listed:
            owner = owners.setdefault(parse_public_key(text), reviewer.id)
            if owner != reviewer.id:
                raise table.error(setting, f"lists a key that reviewer {owner!r} lists too: {owner!r} and "
                                           f"{reviewer.id!r} would be one person, and four-eyes approval "
                                           "needs two (each reviewer needs a key of their own)")


def _old_keys(table: _Table) -> tuple[OldKey, ...]:
    """``old_keys = [{key = "ssh-ed25519 …", until = 2026-10-01}]``: each a key and the day it stopped counting."""
    value = table.value("old_keys", [])
    shape = 'must be a list like [{key = "ssh-ed25519 AAAA…", until = 2026-10-01}]'
    if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
        raise table.error("old_keys", shape)
    old = []
    for entry in value:
        until = entry.get("until")
        if isinstance(until, str):
            with contextlib.suppress(ValueError):
                until = dt.date.fromisoformat(until)
        if set(entry) != {"key", "until"} or not isinstance(entry["key"], str) or type(until) is not dt.date:
            raise table.error("old_keys", shape)
        _check_key(table, "old_keys", entry["key"])
        old.append(OldKey(entry["key"], until))
    return tuple(old)


def _check_key(table: _Table, key: str, text: str) -> None:
    try:
        parse_public_key(text)
    except ValueError as exc:
        raise table.error(key, str(exc)) from None


# The kind each engine setting declares (pipeline.core.engine_settings), and the values it accepts.
_ENGINE_KINDS = {str: {}, float: {"range": _Range(0, _DAY, above_low=True)}, int: {"range": _Range(1, 256)}}


def server_address_fault(url: str) -> str | None:
    """Why ``url`` is no address an engine's server can be reached at (http:// or https://, a host, a port that is
    one), or None. Else every text was sent to it and each refused as a bad answer, or the run ended in a traceback.
    The message quotes it without a password in it: check's reports may be public (GitHub annotations)."""
    # Quoted without what stands before an "@": a password may hold "#", "?" or "/", which end an address's
    # user part for a reader but not for the person who typed it.
    shown = re.sub(r"(://)\S*@", r"\1", url)
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is none ("http://host:80a")
    except ValueError as exc:
        if "@" in url:  # its words would quote the password
            return f"is no web address (in a user or password, write # ? / @ : as %23 %3F %2F %40 %3A): {shown!r}"
        return f"is no web address ({exc}): {shown!r}"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"must be a web address starting http:// or https://, with the server's name, not {shown!r}"
    if any(not 0 < len(label) <= 63 for label in parts.hostname.rstrip(".").split(".")) and ":" not in parts.hostname:
        return f"has a host name no server can have (each part 1 to 63 characters): {shown!r}"
    return None


def _draft(table: _Table) -> DraftSettings:
    engine_settings = {}
    for name, declared in ENGINE_SETTINGS.items():  # each engine's own table, with the keys the engine declares
        engine = table.table(name)
        values = {key: engine.typed(key, kind, None, _ENGINE_KINDS[kind]) for key, kind in declared.items()}
        if values.get("url") is not None and (fault := server_address_fault(values["url"])):
            raise engine.error("url", fault)
        engine.done()
        if any(value is not None for value in values.values()):
            engine_settings[name] = {key: value for key, value in values.items() if value is not None}
    settings = _read(DraftSettings, table, engine_settings=engine_settings)
    for key in ("engines", "suggest", "backtranslate"):
        unknown = [name for name in getattr(settings, key) if name not in ENGINE_SETTINGS]
        if unknown:
            raise table.error(key, f": unknown engine {unknown[0]!r}; known engines: {', '.join(ENGINE_SETTINGS)}")
    return settings


def _lint(table: _Table) -> LintSettings:
    terms = table.value("terms", [list(group) for group in LintSettings.terms])
    if not isinstance(terms, list) or not all(
        isinstance(group, list) and len(group) >= 2 and all(isinstance(t, str) and t.strip() for t in group)
        for group in terms
    ):
        raise table.error("terms", "must be a list of lists of two or more words")
    return _read(LintSettings, table, terms=tuple(tuple(t.strip().lower() for t in group) for group in terms))


# ---------------------------------------------------------------------------
# Reading a table: each key taken with its kind, what is left over refused
# ---------------------------------------------------------------------------
_REQUIRED: Any = object()


class _Table:
    """One table of the settings being read.

    Each reader method takes a key with its kind and default; ``done`` then
    refuses the keys nobody asked for, suggesting the known key it resembles.
    """

    def __init__(self, data: Mapping[str, Any], where: tuple[str | int, ...], path: Path, lines: list[str]):
        self.data = data
        self.where = where
        self.path = path
        self.lines = lines  # pyproject.toml's text, to point an error at a key's line
        self.known: list[str] = []

    @property
    def name(self) -> str:
        """``[tool.leaflets.draft]``, or ``[[tool.leaflets.reviewers]] #2`` for an entry of an array."""
        if isinstance(self.where[-1], int):
            return f"[[{'.'.join(map(str, self.where[:-1]))}]] #{self.where[-1] + 1}"
        return f"[{'.'.join(map(str, self.where))}]"

    def error(self, key: str | None, message: str, *, named: bool = True) -> ConfigError:
        """``pyproject.toml:LINE: [table] key message``, at the key's line (the table's without a key)."""
        where = self.where + (key,) if key is not None else self.where
        subject = f"{self.name} {key}" if key is not None and named else self.name
        separator = "" if message.startswith(":") else " "
        return ConfigError(f"{subject}{separator}{message}", self.path, _line_of(self.lines, where))

    def typed(self, key: str, kind: Any, default: Any, metadata: Mapping[str, Any]) -> Any:
        """``key`` read by the reader for its type (a field's annotation)."""
        if dataclasses.is_dataclass(kind):
            return _read(kind, self.table(key))  # type: ignore[arg-type]
        if kind is bool:
            return self.flag(key, default)
        if kind is str:
            return self.text(key, default, empty=metadata.get("empty", False))
        if kind == tuple[str, ...]:
            return self.texts(key, default)
        if kind in (float, int, int | None):
            return self.number(key, default, metadata["range"], whole=kind is not float)
        raise TypeError(f"no reader for {key}: {kind}")

    def value(self, key: str, default: Any) -> Any:
        self.known.append(key)
        if key not in self.data:
            if default is _REQUIRED:
                misspelt = difflib.get_close_matches(key, [k for k in self.data if k not in self.known], n=1)
                if misspelt:
                    raise self.error(misspelt[0], f"has an unknown setting {misspelt[0]!r}; did you mean {key!r}?",
                                     named=False)
                raise self.error(None, f"lacks {key!r}")
            return default
        return self.data[key]

    def every_key(self) -> list[str]:
        """Every key, for tables whose keys are data (thresholds per language)."""
        self.known.extend(self.data)
        return list(self.data)

    def flag(self, key: str, default: bool) -> bool:
        value = self.value(key, default)
        if not isinstance(value, bool):  # a quoted "no" or a 0 is not false
            raise self.error(key, "must be true or false")
        return value

    def number(self, key: str, default: Any, accepted: _Range, *, whole: bool = False) -> Any:
        value = self.value(key, default)
        if value is None:
            return None
        # bool is an int in Python: `true` must not pass for 1
        if isinstance(value, bool) or not isinstance(value, int if whole else int | float) or not accepted.admits(value):
            raise self.error(key, f"must be a {'whole ' if whole else ''}number {accepted}")
        return value if whole else float(value)

    def text(self, key: str, default: Any = _REQUIRED, *, empty: bool = False) -> Any:
        value = self.value(key, default)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, "must be a text in quotes")
        if not empty and not value.strip():
            raise self.error(key, "must not be empty")
        if "\x00" in value:  # no file name, nor any setting, holds one (Python refuses it in a path)
            raise self.error(key, "must not contain a NUL character (\\u0000)")
        return value

    def texts(self, key: str, default: Any = _REQUIRED) -> tuple[str, ...]:
        value = self.value(key, default)
        if not isinstance(value, list | tuple) or not all(isinstance(item, str) and item.strip() for item in value):
            raise self.error(key, "must be a list of texts in quotes, like [\"es\", \"zh_Hans\"]")
        return tuple(value)

    def table(self, key: str) -> _Table:
        value = self.value(key, {})
        if not isinstance(value, dict):
            raise self.error(key, "must be a table of settings")
        return _Table(value, self.where + (key,), self.path, self.lines)

    def tables(self, key: str) -> list[_Table]:
        value = self.value(key, [])
        if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
            raise self.error(key, f"must be tables: [[{'.'.join(map(str, self.where + (key,)))}]]")
        return [_Table(entry, self.where + (key, index), self.path, self.lines) for index, entry in enumerate(value)]

    def done(self) -> None:
        """Refuse the keys no reader asked for: a misspelt key must not be ignored silently."""
        for key in self.data:
            if key not in self.known:
                close = difflib.get_close_matches(key, self.known, n=1, cutoff=0.6)
                hint = f"; did you mean {close[0]!r}?" if close else f" (known: {', '.join(self.known)})"
                raise self.error(key, f"has an unknown setting {key!r}{hint}", named=False)


# A table header ([a.b] or [[a.b]]) or a key (a.b = ...); keys may be quoted.
_PART = r"""\s*(?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+)\s*"""
_HEADER = re.compile(rf"^\s*\[(\[?)({_PART}(?:\.{_PART})*)\]")
_KEY = re.compile(rf"^({_PART}(?:\.{_PART})*)=")


_SOURCES_NAMED: dict[Path, tuple[tuple[int, int, int], str | None]] = {}


def _source_named(md: Path) -> str | None:
    """The original a leaflet's front matter names (``source:``), read once per version of the file: a run
    asks for the leaflets several times, and with a renamed leaflet's original each time reads them all."""
    try:
        return per_version(_SOURCES_NAMED, md, lambda path: front_matter_field(path, "source"))
    except OSError:
        return None


def _line_of(lines: list[str], where: tuple[str | int, ...]) -> int | None:
    """The line that sets ``where`` (a key path; ints count entries of arrays of tables), as tomllib gives none.

    When the key is not found (an inline table, say), the line of the table
    that holds it: a good guess is better than none.
    """
    for length in range(len(where), 0, -1):
        wanted = where[:length]
        table: tuple[str | int, ...] = ()
        arrays: dict[tuple[str | int, ...], int] = {}  # entries seen of each array of tables
        for number, text in enumerate(lines, start=1):
            header = _HEADER.match(text)
            if header:
                table = _parts(header.group(2))
                if header.group(1):  # [[...]]: the next entry of an array of tables
                    arrays[table] = arrays.get(table, -1) + 1
                    table = (*table, arrays[table])
                if table[:length] == wanted:
                    return number
                continue
            key = _KEY.match(text)
            if key and (*table, *_parts(key.group(1)))[:length] == wanted:
                return number
    return None


def _parts(dotted: str) -> tuple[str, ...]:
    return tuple(part.strip().strip("\"'") for part in re.findall(r"""\s*(?:"[^"]*"|'[^']*'|[^.]+)""", dotted))
