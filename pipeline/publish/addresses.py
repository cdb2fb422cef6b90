"""The addresses leaflets has given out, kept in ``published.json`` beside the leaflets.

Once an edition is published its address lives on: on a QR code handed to a
patient, in a bookmark, in an email. It must always answer, with the edition,
with the holding page while its language is being updated, or with the page
saying the leaflet is no longer given out, and never with old text. The files in
``dist/`` tell what was published only on the machine that made them: a deploy
job that builds from a clean checkout (``dist/`` is not in git) would leave a
withdrawn language's addresses dead, or, copied over the old site, showing the
text that was withdrawn. So every build adds what it published to this file, which
is committed with the catalogues, and withdrawing and retiring read it as well as
``dist/``. Addresses are only ever added; deleting a leaflet's entry by hand is how
its addresses stop being answered.
"""

from __future__ import annotations

import itertools
import json
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from pipeline.core.config import EDITION_SUFFIXES, BuildOptions
from pipeline.core.errors import LeafletsError, os_failure
from pipeline.core.files import read_file, write_atomic
from pipeline.core.text import MERGE_CONFLICT, conflict_line, record_line

FILE_NAME = "published.json"
PICKER = "index.html"  # the language picker, at the top of output_dir
GENERATOR = "leaflets"  # <meta name="generator" content="leaflets"> near the top of every page leaflets makes
FORMAT = 1
_KEPT = frozenset(EDITION_SUFFIXES)

_NOTE = ("Every address leaflets has published: a build withdrawing or retiring a leaflet keeps each one "
         "answering, also from a clean checkout. Commit this file; leaflets adds to it.")
# A leaflet's or language's name is one name in dist/'s folders: no "/" (nor NUL), not "." or "..",
# short enough for a file name with the longest edition suffix after it.
_NAME = re.compile(r"(?!\.\.?$)[^/\x00]+")
_NAME_BYTES = 200


@dataclass
class GivenOut:
    """One leaflet's addresses: its English title (the last one published) and, per language, the editions."""

    title: str
    languages: dict[str, frozenset[str]] = field(default_factory=dict)


@dataclass
class Published:
    path: Path
    leaflets: dict[str, GivenOut] = field(default_factory=dict)
    existed: bool = False  # was there a file when it was read?
    changed: bool = False  # has anything been added since (an edit's run adds nothing: no file is written)

    def suffixes(self, slug: str, lang: str) -> frozenset[str]:
        """The editions ``slug`` has published in ``lang`` (none when never)."""
        given = self.leaflets.get(slug)
        return given.languages.get(lang, frozenset()) if given is not None else frozenset()

    def add(self, slug: str, title: str, lang: str, suffixes: Iterable[str]) -> None:
        """Note that ``slug`` published these editions in ``lang`` (added to what it had)."""
        kept = frozenset(suffixes) & _KEPT
        if not kept:
            return
        given = self.leaflets.get(slug)
        if given is None:
            given = self.leaflets[slug] = GivenOut(title)
            self.changed = True
        elif title and title != given.title:
            given.title, self.changed = title, True
        had = given.languages.get(lang, frozenset())
        if not kept <= had:
            given.languages[lang], self.changed = had | kept, True

    def save(self) -> bool:
        """Write the file when what it lists changed (atomically); False when it was already so."""
        if not self.changed:
            return False
        self.changed = False
        return write_atomic(self.path, self._text())

    def _text(self) -> str:
        """JSON laid out a line per language of a leaflet, to read (and merge) line by line."""
        def dumps(value: object) -> str:
            return json.dumps(value, ensure_ascii=False)

        leaflets = []
        for slug, given in sorted(self.leaflets.items()):
            langs = ",\n".join(f"        {dumps(lang)}: {dumps(sorted(suffixes))}"
                                for lang, suffixes in sorted(given.languages.items()))
            leaflets.append(f'    {dumps(slug)}: {{\n      "title": {dumps(given.title)},\n'
                            f'      "languages": {{\n{langs}\n      }}\n    }}')
        body = ",\n".join(leaflets)
        return (f'{{\n  "format": {FORMAT},\n  "note": {dumps(_NOTE)},\n'
                f'  "leaflets": {{\n{body}\n  }}\n}}\n')


def path_of(root: Path) -> Path:
    return root / FILE_NAME


def load(root: Path) -> Published:
    """The project's record (empty when there is none), to add to; a file that is not as leaflets writes it is
    refused at its line. A copy of :func:`_as_read`'s: parsed once per process while the file stays the same."""
    as_read = _as_read(root)
    return Published(as_read.path, {slug: GivenOut(given.title, dict(given.languages))
                                    for slug, given in as_read.leaflets.items()}, as_read.existed)


def suffixes_given_out(root: Path, slug: str, lang: str) -> frozenset[str]:
    """:meth:`Published.suffixes` from the file as it is now."""
    return _as_read(root).suffixes(slug, lang)


def _as_read(root: Path) -> Published:
    """The record as the file now has it, shared: never to be changed (:func:`load` gives a copy to add to).

    Parsed once while the file is the same one, of the same size and time (at 200 x 30, 15 to 19 ms
    a parse): a run asks before forking its workers and again after them, and `leaflets watch` in
    each run. Saved by :meth:`Published.save`, the file is a new one (write_atomic renames a new file in).
    """
    path = path_of(root)
    try:
        status = path.stat()
    except FileNotFoundError:
        return Published(path)
    except OSError as exc:
        raise os_failure(exc) from None
    if time.time_ns() - status.st_mtime_ns < _RACY_NS:
        # Changed so lately that a change in place within the same tick of the file system's clock (two
        # seconds on FAT) would leave its size and time as they are: read, not remembered (as git does).
        return _parse_file(path)
    return _parsed(path, (status.st_ino, status.st_size, status.st_mtime_ns))


_RACY_NS = 2_000_000_000


@lru_cache(maxsize=4)
def _parsed(path: Path, identity: tuple[int, int, int]) -> Published:
    return _parse_file(path)


def _parse_file(path: Path) -> Published:
    try:
        data, _ = read_file(path)
    except FileNotFoundError:  # removed since its status was read
        return Published(path)
    except OSError as exc:
        raise os_failure(exc) from None
    return parse(path, data)


def parse(path: Path, data: bytes) -> Published:
    """The record in ``data`` (the file at ``path``, or as another revision has it), refused at its line when
    it is not as leaflets writes it."""
    try:
        text = data.decode("utf-8")
        document = json.loads(text, object_pairs_hook=_refuse_twins)
    except UnicodeDecodeError:
        raise LeafletsError("the record of published addresses is not valid UTF-8", path) from None
    except json.JSONDecodeError as exc:
        if (conflict := conflict_line(text)) is not None:
            raise LeafletsError(f"the record of published addresses: {MERGE_CONFLICT}", path, conflict) from None
        raise LeafletsError(f"the record of published addresses is not valid JSON: {exc.msg}", path,
                            exc.lineno) from None
    except RecursionError:  # arrays in arrays thousands deep
        raise LeafletsError("the record of published addresses is not valid JSON: nested too deeply", path) from None
    except _Twin as twin:  # a merge that kept both sides' lines, say
        raise LeafletsError(f"the record of published addresses names {twin.name!r} twice: keep one "
                            "(with every edition either listed)", path, _twin_line(text, twin)) from None

    def fault(problem: str, *needles: str) -> LeafletsError:
        return LeafletsError(f"the record of published addresses: {problem} (restore it from version control)",
                             path, record_line(text, *needles))

    version = document.get("format") if isinstance(document, dict) else None
    if type(version) is int and version > FORMAT:
        raise LeafletsError("the record of published addresses is from a newer leaflets; upgrade leaflets",
                            path, record_line(text, "format"))
    if version != FORMAT or type(version) is not int:
        raise fault(f"format must be {FORMAT}", "format")
    leaflets = document.get("leaflets")
    if not isinstance(leaflets, dict):
        raise fault("leaflets must be an object", "leaflets")
    published = Published(path, existed=True)
    for slug, entry in leaflets.items():
        if not _is_name(slug):
            raise fault(f"{slug!r} is not a leaflet's name", "leaflets", slug)
        if not isinstance(entry, dict) or not isinstance(entry.get("title"), str) \
                or not isinstance(entry.get("languages"), dict):
            raise fault(f"{slug} must have a title and languages", "leaflets", slug)
        given = published.leaflets[slug] = GivenOut(entry["title"])
        for lang, suffixes in entry["languages"].items():
            if not _is_name(lang):
                raise fault(f"{slug}: {lang!r} is not a language code", "leaflets", slug, lang)
            if not isinstance(suffixes, list) or not all(suffix in _KEPT for suffix in suffixes):
                raise fault(f"{slug} in {lang}: the editions must be some of {', '.join(EDITION_SUFFIXES)}",
                            "leaflets", slug, lang)
            given.languages[lang] = frozenset(suffixes)
    return published


@lru_cache(maxsize=4096)  # the languages' codes, read once for each of 200 leaflets
def _is_name(text: str) -> bool:
    return bool(_NAME.fullmatch(text)) and len(text.encode()) <= _NAME_BYTES


class _Twin(ValueError):
    def __init__(self, name: str, in_languages: bool):
        super().__init__(name)
        self.name, self.in_languages = name, in_languages


def _refuse_twins(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object as json reads it, refusing a name given twice (json keeps the last silently)."""
    found: dict[str, Any] = {}
    for name, value in pairs:
        if name in found:
            raise _Twin(name, isinstance(value, list))  # a language's editions are a list
        found[name] = value
    return found


def _twin_line(text: str, twin: _Twin) -> int | None:
    """The line of a name's second mention in one object: a language twice between two "languages"."""
    needle = f"{json.dumps(twin.name)}:"
    places = [match.start() for match in re.finditer(re.escape(needle), text)]
    for first, second in itertools.pairwise(places):
        if not twin.in_languages or '"languages"' not in text[first:second]:
            return text.count("\n", 0, second) + 1
    return None


def editions_made(root: Path, options: BuildOptions, slug: str, lang: str) -> tuple[bool, bool]:
    """Whether ``slug``'s bilingual and PDF editions are made in ``lang``: when the settings ask for them,
    and also when switched off after they were given out, as their addresses may be printed: every
    published address answers. Taking the edition out of the language's list here ends it."""
    if options.bilingual and options.pdf:
        return True, True
    given = suffixes_given_out(root, slug, lang)
    return options.bilingual or ".bilingual.html" in given, options.pdf or ".pdf" in given


def gives_out(root: Path, suffix: str) -> bool:
    """Has any leaflet published an edition with ``suffix`` in any language?"""
    published = _as_read(root)
    return any(suffix in suffixes for given in published.leaflets.values() for suffixes in given.languages.values())


def refuse_a_picker_not_ours(output_dir: Path) -> None:
    """Refuse an output_dir whose index.html leaflets did not make, before anything is written there.

    ``output_dir = "docs"`` wrote the language picker over the project's own docs/index.html.
    """
    path = output_dir / PICKER
    try:
        start = read_file(path).data[:_HEAD_READ]
    except FileNotFoundError:
        return
    except OSError as exc:
        raise os_failure(exc) from None
    if _generator(start.decode("utf-8", errors="replace")) != GENERATOR:
        raise LeafletsError("a page leaflets did not make, where it puts the language picker: set output_dir to "
                            "a folder of leaflets' own (default dist), or move the page", path)


_HEAD_READ = 8192  # where a page's <meta name="generator"> is, even laid out again by an HTML formatter


class _GeneratorMeta(HTMLParser):
    """The content of a page's first ``<meta name="generator">``, however written (quotes, case, order, spacing)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = {name.lower(): value or "" for name, value in attrs}
        if self.found is None and tag == "meta" and named.get("name", "").strip().lower() == "generator":
            self.found = named.get("content", "").strip()


def _generator(head: str) -> str | None:
    """What the page whose first bytes are ``head`` says made it (its generator meta), or None."""
    parser = _GeneratorMeta()
    try:
        parser.feed(head)
    except AssertionError:  # html.parser's answer to a marked section it cannot read ("<![x[ y ]]>"): not our page
        return None
    return parser.found
