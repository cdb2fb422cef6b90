"""All PO, POT and MO reading and writing, on Babel.

Babel parses (``PoFileParser``), wraps strings (``normalize``), merges
(``Catalog.update``, see update.py) and writes MO files (``write_mo``). This
module adds what Babel lacks, each in one place:

- previous msgids, ``#|`` and ``#~|`` (:class:`_Parser`);
- msgfmt's strictness: what msgfmt refuses and Babel reads silently is refused
  at its ``file:line`` (:func:`_validate`);
- keeping what a translator's tool wrote: entries the pipeline did not change
  keep their bytes, and the header keeps every field (X-Generator, Plural-Forms,
  the translator's PO-Revision-Date) but those the pipeline set (:func:`render_catalog`);
- the MO key order gettext needs (:func:`mo_bytes`).

A catalogue is compared by what it says (:func:`content_of`), never by its
bytes: a file another tool, or another version of Babel, laid out differently
is not rewritten for that alone. Files the pipeline writes are UTF-8 with LF
line ends, as gettext's tools write them.
"""

from __future__ import annotations

import codecs
import copy
import datetime as dt
import gettext
import hashlib
import io
import itertools
import logging
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import (
    PoFileError,
    PoFileParser,
    _NormalizedString,
    escape,
    normalize,
    unescape,
)

from pipeline.core.clock import now
from pipeline.core.errors import CatalogError, SavedMeanwhile
from pipeline.core.files import read_file, write_atomic
from pipeline.core.languages import language, same_language
from pipeline.core.text import MERGE_CONFLICT, is_conflict_marker

log = logging.getLogger(__name__)

WRAP_WIDTH = 76  # Babel's default, for entries the pipeline writes; others keep their layout

_BOM = b"\xef\xbb\xbf"
_UTF8 = ("utf-8", "utf8")


# -- reading ----------------------------------------------------------------------------------


def read_catalog(path: Path, locale: str | None = None, data: bytes | None = None) -> Catalog:
    """Parse a PO/POT file, or raise CatalogError naming the file and line.

    The catalogue remembers how it was read (``leaflets_layout``), so that
    writing it back changes only what the pipeline changed.
    """
    status = None
    if data is None:
        try:
            data, status = read_file(path)
        except FileNotFoundError:
            raise CatalogError("no such catalogue", path) from None
        except OSError as exc:
            raise CatalogError(f"cannot read: {exc.strerror}", path) from None
    text, charset = _validate(data.removeprefix(_BOM), path)
    catalog = Catalog(locale=locale)
    parser = _Parser(catalog, ignore_obsolete=False, abort_invalid=True)
    try:
        # Lines end at "\n" only, as gettext reads them; most files have no escape Babel does not read.
        parser.parse(text.split("\n"), charset, escapes=_OTHER_ESCAPE.search(text) is not None)
    except Exception as exc:  # noqa: BLE001 - untrusted input: any parser failure is the file's fault
        # What _validate lets through and Babel still refuses is mostly about the header (a bad Plural-Forms or
        # Language), which Babel reports at the entry after it, in its own words: named at the field's line.
        if (unread := _header_fault(text, parser.header_fields or [])) is not None:
            problem, line = unread
            raise CatalogError(problem, path, line) from None
        if isinstance(exc, PoFileError):
            raise CatalogError(str(exc).rsplit(" on ", 1)[0].split("\n")[0], path, exc.lineno + 1) from None
        header = re.search(r'^msgid ""', text, re.MULTILINE)
        line = text[: header.start()].count("\n") + 1 if header else 1
        raise CatalogError(f"cannot parse the header: {exc}", path, line) from None
    fields = _babel_fields(catalog)  # once: Babel formats the header's dates each time it is asked
    catalog.leaflets_layout = _Layout(  # type: ignore[attr-defined]  # as read, for writing it back
        text, data, status, parser.header_fields, parser.header_text, fields, content_of(catalog, fields),
        list(catalog._messages), list(catalog.obsolete), path if status is not None else None, data,
        parser.comments_as_written)
    if (rule := dict(parser.header_fields or ()).get("Plural-Forms")) and (fault := plural_rule_fault(rule)):
        raise CatalogError(f"Plural-Forms: {fault}", path, header_line(catalog, "Plural-Forms"))
    drop_format_flags(messages(catalog))
    drop_format_flags(catalog.obsolete.values())
    return catalog


def _header_fault(text: str, fields: list[tuple[str, str]]) -> tuple[str, int] | None:
    """What in the header Babel cannot read, and the line of its field: a Plural-Forms count that is no
    number ("nplurals=INTEGER", as xgettext's template leaves it), a Language that is no language code."""
    plural = _PLURAL_COUNT.search(text)
    if plural is not None and not plural[1].strip().isdigit():
        return (f"Plural-Forms: nplurals must be a whole number such as 2, not {plural[1].strip()!r}",
                text[: plural.start()].count("\n") + 1)
    declared = next((value.strip() for name, value in fields if name.lower() == "language"), "")
    if declared:
        try:
            Locale.parse(declared.replace("-", "_").split(".")[0])
        except UnknownLocaleError:
            return None  # a code Babel has no data for ("prs"): Babel reads the file, so the fault is elsewhere
        except ValueError:
            return f"Language: {declared!r} is not a language code such as es or zh_Hans", _field_line(text, "Language")
    return None


@lru_cache(maxsize=64)
def plural_rule_fault(rule: str) -> str | None:
    """Why msgfmt would refuse a ``Plural-Forms`` value (and the MO file made with it would not load), or None.

    As ``msgfmt --check``: a ``plural=`` expression in C that gettext reads, giving a form
    below ``nplurals`` for every count (tried from 0 to 999), never dividing by zero.
    """
    found = _PLURAL_RULE.fullmatch(rule.strip())
    if found is None:
        return f"must read nplurals=N; plural=EXPRESSION; not {rule!r}"
    count, expression = int(found["count"]), found["expression"].strip()
    try:
        choose = gettext.c2py(expression)
        forms = {choose(n) for n in range(1000)}
    except (ValueError, RecursionError, SyntaxError):
        return f"plural={expression!r} is not an expression gettext reads"
    except ZeroDivisionError:
        return f"plural={expression!r} divides by zero"
    if max(forms) >= count:
        return f"plural={expression!r} gives form {max(forms)}, but nplurals={count}"
    return None


_PLURAL_RULE = re.compile(r"nplurals\s*=\s*(?P<count>[0-9]+)\s*;\s*plural\s*=\s*(?P<expression>[^;]+?)\s*;?")


def read_language_catalog(path: Path, lang: str) -> Catalog:
    """Read ``lang``'s PO file (``lang`` is the language of its folder).

    Refused when empty (damage: a tool or a full disk emptied it; merged, it
    would come back untranslated) and when its Language header names another
    language. A Language that means the folder's language (``es_ES`` or
    ``es-ES`` in ``es``, ``zh_CN`` in ``zh_Hans``, as Poedit writes them) is
    accepted as it is; ``leaflets check`` says so.
    """
    pseudo = language(lang).pseudo
    catalog = read_catalog(path, locale=None if pseudo else lang)
    layout = layout_of(catalog)
    if layout is not None and not layout.text.strip():
        raise CatalogError("the catalogue is empty (damaged?): restore it from version control, "
                           "or delete it and run leaflets update to start it again", path, 1)
    # gettext reads the first Language, Babel the last: two that are not one language (an empty one is none)
    # say two things. One value alone is judged below, whatever Babel makes of it.
    said = sorted({value for name, value in (layout.header_fields or []) if name.lower() == "language"}) \
        if layout is not None else []
    if any(not same_language(one, other) for one, other in itertools.combinations(said, 2)):
        raise CatalogError(f"the header says Language twice ({', '.join(sorted(said))}): keep the right one",
                           path, header_line(catalog, "Language"))
    declared = catalog.locale_identifier  # what the Language header says, with "-" read as "_"
    if declared and declared != lang and (pseudo or not same_language(declared, lang)):
        raise CatalogError(
            f"the file declares Language: {declared}, but its folder is {lang}; "
            "move it to the right folder or fix the header",
            path, header_line(catalog, "Language"),
        )
    return catalog


def header_line(catalog: Catalog, field: str) -> int:
    """The line of the header's ``field`` in the file the catalogue was read from (1 when not found)."""
    layout = layout_of(catalog)
    return _field_line(layout.text, field) if layout is not None else 1


def _field_line(text: str, field: str) -> int:
    """The line of the header's ``field`` in a PO file's ``text`` (1 when not found)."""
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip().removeprefix("msgstr").lstrip().startswith(f'"{field}:'):  # msgcat --indent indents
            return number
    return 1


class _Parser(PoFileParser):
    """Babel's PO parser, taught gettext's previous-msgid comments, and keeping the header and flags as written.

    Babel reads ``#| msgid`` as a user comment and refuses ``#~| msgid``; msgmerge,
    Poedit and Lokalize write both. Here ``#|`` becomes ``Message.previous_id``
    (written back as ``#|``), and ``#~|`` on obsolete entries is accepted. Babel
    also adds ``python-format`` to every msgid with a ``%`` in it, and keeps of
    the header only the fields it knows: here flags are those of the file, and
    the header's fields are kept in :attr:`header_fields`.
    """

    def _invalid_pofile(self, line: str, lineno: int, msg: str) -> None:
        if self.obsolete and msg == "msg has more translations than num_plurals of catalog":
            # gettext ignores obsolete entries; their forms past nplurals (from a file of another language's
            # plural rules) stay in the file as written, the entry being unchanged
            return
        super()._invalid_pofile(line, lineno, msg)

    def _reset_message_state(self) -> None:
        super()._reset_message_state()
        self.previous: list[list[str]] = []  # [keyword, normalized strings...]
        self.written: list[tuple[str, str]] = []  # the entry's translator comments: (line, comment as read)

    def parse(self, fileobj, charset: str = "utf-8", escapes: bool = True) -> None:
        """Parse the lines of ``fileobj``; ``escapes``: may they hold escapes Babel does not read (``\\303``)?"""
        self.header_fields: list[tuple[str, str]] | None = None
        self.header_text = ""  # the header entry's msgstr, as the file has it
        self.charset, self.escapes = charset, escapes
        self.entry_line = 0  # the line of the current entry's msgctxt, or of its msgid
        self.entry_lines: dict[tuple[str | None, str], int] = {}  # and of each entry read
        self.comments_as_written: dict = {}  # layout key -> an entry's translator comments with one said twice
        super().parse(fileobj)

    def _process_keyword_line(self, lineno, line, obsolete=False) -> None:
        super()._process_keyword_line(lineno, line, obsolete)  # the entry before ends here
        keyword = line.partition(" ")[0]  # as Babel reads it
        if keyword == "msgctxt" or (keyword == "msgid" and self.context is None):
            self.entry_line = lineno + 1

    def _process_previous(self, text: str) -> None:
        if not text:  # an empty "#|" line: nothing to gettext, even inside an entry
            return
        self._finish_current_message()
        if text.startswith('"') and self.previous:
            self.previous[-1].append(text)
        else:
            keyword, _, rest = text.partition(" ")
            self.previous.append([keyword, rest.strip()])

    def _process_comment(self, line) -> None:
        if line.startswith("#|"):
            self._process_previous(line[2:].strip())
            return
        self._finish_current_message()  # a comment after an entry starts the next one
        count = len(self.user_comments)
        if line.startswith("#  "):
            # A translator's comment indented ("#   - ask Dr A"): kept as written, as msgmerge keeps it
            # (Babel strips it, and a rewritten entry lost the indent)
            self.user_comments.append(line[2:].rstrip())
        else:
            super()._process_comment(line)
        if len(self.user_comments) > count:
            self.written.append((line.rstrip(), self.user_comments[-1]))

    def _process_message_line(self, lineno, line, obsolete=False) -> None:
        if obsolete and line.startswith("|"):
            self._process_previous(line[1:].strip())
        else:
            super()._process_message_line(lineno, line, obsolete)

    def _add_message(self) -> None:
        obsolete, flags = self.obsolete, set(self.flags)
        charset = self.charset  # the file's, as _validate found it (the header's own escapes too)
        if self.escapes:
            for strings in (*self.messages, *(string for _, string in self.translations),
                            *([self.context] if self.context else [])):
                strings[:] = [self._gettext_escapes(raw, charset) for raw in strings]
        previous = {keyword: _NormalizedString(*(self._gettext_escapes(raw, charset) for raw in parts)).denormalize()
                    for keyword, *parts in self.previous} if self.previous else {}
        header = not obsolete and self.messages == [['""']] and self.context is None
        if header and self.header_fields is None:
            self.header_text = text = self.translations[0][1].denormalize()
            self.header_fields = header_fields(text)
            # Babel reads the header as an e-mail's: a line that is no field (msgcat's "#-#-#-#-#  a.po
            # #-#-#-#-#" where two headers differ) ends the fields, and those after it are lost. Babel reads
            # dates written one way only ("2026-12-05 10:00+0100"), and gettext takes them as free text:
            # Poedit writes "POT-Creation-Date: " for a catalogue made without a template, GlotPress
            # seconds ("10:00:33+0000"). Babel is given the fields alone, without dates it cannot read; the
            # header is written back as the file has it, but the fields the pipeline changes (_header_msgstr).
            fields = "".join(f"{name}: {value}\n" for name, value in self.header_fields
                             if name.lower() not in _LOWER_DATES or _babel_reads_date(name, value))
            if fields != text:
                self.translations[0][1] = _NormalizedString(escape(fields))
        entries = self.catalog.obsolete if obsolete else self.catalog._messages
        count = len(entries)
        msgid, context = self.messages[0], self.context
        written = self.written
        if len({comment for _, comment in written}) < len(written):
            # Babel keeps a comment said twice once ("#" between paragraphs of a note, a line pasted
            # twice); msgmerge keeps them all, and so does the entry written back (_as_written).
            layout_key = _HEADER_KEY if header else self.catalog._key_for(  # a plural's key is its msgid
                msgid.denormalize(), context.denormalize() if context else None)
            self.comments_as_written[("~", layout_key) if obsolete else layout_key] = list(written)
        super()._add_message()
        if header:  # msgid "" without a msgctxt: a second one is the first's duplicate, as to msgfmt
            if (None, "") in self.entry_lines:
                self._invalid_pofile("", self.entry_line - 1,
                                     f"duplicate message definition (first at line {self.entry_lines[None, '']})")
            self.entry_lines[None, ""] = self.entry_line
            return
        if len(entries) == count:  # Babel merged it into an earlier entry (obsolete twins: the line reader)
            key = (context.denormalize() if context else None, msgid.denormalize())
            if key in self.entry_lines:
                self._invalid_pofile("", self.entry_line - 1,
                                     f"duplicate message definition (first at line {self.entry_lines[key]})")
            self.entry_lines[key] = self.entry_line  # an empty msgid, which Babel takes for a header
            return
        message = next(reversed(entries.values()))  # the entry just added
        message.flags = flags
        if not obsolete:
            self.entry_lines[message.context, message.id if isinstance(message.id, str) else message.id[0]] = \
                self.entry_line
        if "msgid" in previous:
            message.previous_id = [previous["msgid"]]
            if "msgid_plural" in previous:
                message.previous_id.append(previous["msgid_plural"])

    def _gettext_escapes(self, raw: str, charset: str) -> str:
        """A quoted PO string with gettext's escapes Babel does not read (octal and hex bytes, ``\\a``) resolved.

        Babel's unescape knows ``\\\\ \\" \\n \\t \\r``; ``msgcat --escape`` writes
        each non-ASCII byte as ``\\303``, which Babel would keep as four characters.
        """
        if not _OTHER_ESCAPE.search(raw):
            return raw
        try:
            return escape(string_text(raw, charset))
        except UnicodeDecodeError:
            self._invalid_pofile(raw, self.offset, f"escaped bytes that are not valid {charset}")
            return raw


def string_text(raw: str, charset: str) -> str:
    """The text of a quoted PO string as msgfmt reads it: C escapes, octal and hex ones bytes in ``charset``.

    Raises UnicodeDecodeError when the escaped bytes are not text in ``charset``.
    """
    if "\\" not in raw:
        return raw[1:-1]
    text = bytearray()
    at, body_end = 1, len(raw) - 1
    for found in _C_ESCAPE.finditer(raw, 1, body_end):
        text += raw[at:found.start()].encode(charset)
        octal, hexadecimal, simple = found.groups()
        if octal or hexadecimal:
            text.append(int(octal or hexadecimal, 8 if octal else 16) & 0xFF)  # a byte, as msgfmt reads it
        else:
            text += _C_SIMPLE_ESCAPES[simple].encode(charset)
        at = found.end()
    text += raw[at:body_end].encode(charset)
    return text.decode(charset)


_OTHER_ESCAPE = re.compile(r'\\[^\\trn"]')  # an escape Babel's unescape does not read (or one after a \\)
_C_ESCAPE = re.compile(r'\\(?:([0-7]{1,3})|x([0-9A-Fa-f]+)|(.))')
_C_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v",
                     "\\": "\\", '"': '"'}


def header_fields(text: str) -> list[tuple[str, str]]:
    """The fields of a header entry's msgstr, one ``Name: value`` a line, as gettext reads them.

    A blank line or one without a field name is passed over, not taken as the end
    of the fields (as an e-mail parser takes it: the fields after it were lost);
    a line that starts with a space continues the field before it.
    """
    fields: list[tuple[str, str]] = []
    for line in text.split("\n"):
        if line[:1] in (" ", "\t") and fields and line.strip():
            fields[-1] = (fields[-1][0], f"{fields[-1][1]} {line.strip()}")
            continue
        if name := _field_name(line):
            fields.append((name, line.partition(":")[2].strip()))
    return fields


def drop_format_flags(entries: Iterable[Message]) -> None:
    """Leaflet text is never a format string: remove ``python-format`` and the like.

    Babel adds ``python-format`` to any msgid with a ``%`` in it ("5% of
    patients") and ``python-brace-format`` for ``{``, whenever it makes a
    Message; ``msgfmt -c`` then refuses a correct translation.
    """
    for message in entries:
        if any(flag.endswith("-format") for flag in message.flags):
            message.flags = {flag for flag in message.flags
                             if not flag.endswith("-format") or flag.startswith("no-")}


_PLURAL_MSGSTR = r"msgstr\[[0-9]+\]"  # ASCII digits: msgfmt refuses msgstr[١]
_KEYWORDS = rf"(?:msgctxt|msgid_plural|msgid|{_PLURAL_MSGSTR}|msgstr)"
_KEYWORD_LINE = re.compile(rf"({_KEYWORDS})\s+(.*)")
# A C string as gettext accepts it, on one line: these escapes and no others. The digits after
# an escape's first (\\303, \\x41) are matched as plain characters: each escape can match one way
# only, so a file with many of them that fails to match later does not take exponential time.
_STRING = r'"[^"\\\n]*(?:\\(?:[\\"abfnrtv0-7]|x[0-9A-Fa-f])[^"\\\n]*)*"'
_PO_STRING = re.compile(_STRING)
_STRINGS_ON_ONE_LINE = re.compile(rf"{_STRING}(?:[ \t]+{_STRING})+")  # msgid "a" "b": msgfmt reads "ab"
# The charset is named in the header entry (msgid "" without a msgctxt), its msgstr's Content-Type:
# not by "charset=" anywhere (a translator's comment or translation may say it).
_HEADER_ENTRY = re.compile(rb'^msgid\s*""\s*\n((?:[ \t]*"[^\n]*\n)*)[ \t]*msgstr\s*((?:"[^\n]*\n?[ \t]*)+)',
                           re.MULTILINE)
# As gettext finds it: "charset=" in the header's msgstr, its strings joined (msgcat -w 40 splits the
# Content-Type line; a field name in lower case is still the field).
_CHARSET = re.compile(rb'charset=([^\\\"\s;]+)')
# Charsets glibc reads otherwise than Python at ASCII's bytes (msgfmt and msgconv read with glibc): Shift_JIS
# has ¥ and ‾ where Python's codec has "\\" and "~", JOHAB ₩ where it has "\\". A file saying them (an
# escaped backslash, a tilde outside "#~") cannot be read as gettext reads it.
_AT_BACKSLASH = {
    "shift_jis": (re.compile(r'\\\\|(?<!#)~'), "the byte of \\ as ¥ and of ~ as ‾, Python as \\ and ~"),
    "johab": (re.compile(r'\\\\'), "the byte of \\ as ₩, Python as \\"),
}
# Charsets whose Python codec lacks characters glibc has (GBK's € at 0x80, Windows' code page 936's).
_DECODED_OTHERWISE = ("gbk", "shift_jis", "johab")
_QUOTED = re.compile(rb'"((?:[^"\\\n]|\\.)*)"')
# The count of a Plural-Forms header line, for a clearer error than Babel's when it is no number.
_PLURAL_COUNT = re.compile(r'^[ \t]*(?:msgstr[ \t]+)?"Plural-Forms:[^"\n]*?nplurals[ \t]*=([^;"\n]*)', re.MULTILINE)


def _validate(data: bytes, path: Path) -> tuple[str, str]:
    """Refuse, at its line, what gettext's msgfmt refuses and Babel would read silently; return the text,
    with the lines Babel's parser would refuse but gettext reads put as gettext reads them
    (_OBSOLETE_COMMENT, _KEYWORD_SEPARATOR).

    NUL bytes, an unknown charset, text invalid in the declared charset,
    malformed strings or escapes, keywords out of gettext's order (msgstr before
    msgid, a msgctxt without its msgid, a second msgstr, msgstr[N] out of order,
    previous msgid lines out of place), a msgid without msgstr, and duplicate
    entries, obsolete ones too (Babel keeps the last; msgfmt refuses the file).
    """
    def error(message: str, offset: int) -> CatalogError:
        return CatalogError(message, path, data[:offset].count(b"\n") + 1)

    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or data[:2].count(b"\x00") == 1:
        raise error("the file is UTF-16 (Notepad's \"Unicode\"): save it as UTF-8", 0)  # gettext reads no UTF-16
    if b"\x00" in data:
        raise error("NUL byte in the file", data.index(b"\x00"))
    if b"\r" in data and b"\n" not in data:  # gettext reads it as one line; merged, it would come back empty
        raise error("line ends are CR only (classic Mac): save it with LF line ends", 0)
    charset, codec = "utf-8", "utf-8"
    header = _HEADER_ENTRY.search(data)
    while header is not None and (header.group(1).strip(b' \t\n"') or _after_msgctxt(data, header.start())):
        header = _HEADER_ENTRY.search(data, header.end())  # a msgid "" "text" or one with a context: no header
    found = _CHARSET.search(b"".join(_QUOTED.findall(header.group(2)))) if header else None
    at = 0  # where the charset is named, for an error's line
    if found:
        assert header is not None
        at = max(data.find(b"charset", header.start(2), header.end(2)), header.start(2))
        charset = found.group(1).decode("ascii", "replace")
        try:
            codec = codecs.lookup(charset).name
        except LookupError:
            raise error(f"unknown charset {charset!r} in the header", at) from None
    try:
        text = data.decode(charset)
    except UnicodeDecodeError as exc:
        advice = ": convert the file to UTF-8 as gettext reads it (msgconv -t UTF-8)" if codec in _DECODED_OTHERWISE \
            else ""
        raise error(f"text is not valid {charset}{advice}", exc.start) from None
    except LookupError:  # a codec that exists but cannot decode (e.g. a text transform)
        raise error(f"unusable charset {charset!r} in the header", at) from None
    if (read_as := _AT_BACKSLASH.get(codec)) and (glyph := read_as[0].search(text)):
        raise CatalogError(f"{charset}: gettext reads {read_as[1]}: convert the file to UTF-8 as gettext reads "
                           "it (msgconv -t UTF-8) and save it again",
                           path, text[: glyph.start()].count("\n") + 1)

    if "#~" in text:
        text = _OBSOLETE_COMMENT.sub(lambda found: "#~|" if found[1] == "#|" else "#", text)
    if "\t" in text or "\f" in text or "\v" in text or any(glued in text for glued in _GLUED):
        text = _KEYWORD_SEPARATOR.sub(r"\1 ", text)
    if not _WELL_FORMED.fullmatch(text + "\n"):  # duplicates in a well-formed file: see _Parser
        _refuse_malformed_line(text, path, charset)
    return text, charset


# "#~" before a comment ("#~ # note", "#~ #, fuzzy", even "#~ #~ msgid"): gettext reads the line
# as that comment, and "#~ #| msgid" as "#~| msgid" (msgcat writes them so); Babel's parser
# refuses them. Each such line is rewritten so, line for line, for both readers to see what
# gettext sees; the file is written back as msgcat writes it, when something else in it changes.
_OBSOLETE_COMMENT = re.compile(r"^[ \t\f\v]*(?:#~[ \t\f\v]*)+(#\|?)", re.MULTILINE)
# A tab, form feed or vertical tab after a keyword ("msgid\t\"Hello\""), or none at all
# ('msgid"Hello"'): gettext reads either as a space (msgcat writes one), Babel's parser looks for a
# space and refuses the line; it gets the space, line for line.
_KEYWORD_SEPARATOR = re.compile(rf'^([ \t]*(?:(?:#~\|?|#\|)[ \t]*)?{_KEYWORDS})(?:[\t\f\v]|(?="))', re.MULTILINE)
_GLUED = ('msgid"', 'msgstr"', 'msgctxt"', 'plural"', ']"')  # a quote right after a keyword (msgstr[0]"): looked for first


# A file laid out as gettext's tools write it, matched whole by one expression (checking it
# line by line took a third of reading a catalogue, 2026-12-04): comments, blank lines, and
# entries in msgctxt, msgid, msgid_plural, msgstr order, each after its previous msgid (#|) if
# any, each string well formed. What it does not match, _refuse_malformed_line reads line by line, and
# refuses at the faulty line or accepts: a file with obsolete entries (#~) among them, as
# Babel's parser takes a stray #~ line into the entry next to it (the line reader does not,
# and finds a duplicate the parser would then miss).
_LINE_END = r"[ \t]*\n"
_CONTINUATIONS = rf"(?:[ \t]*{_STRING}{_LINE_END})*"


def _keyword_part(keyword: str) -> str:
    return rf"[ \t]*{keyword} [ \t]*{_STRING}{_LINE_END}{_CONTINUATIONS}"  # Babel reads a space after it


# An empty line, or an empty "#|" (no token to msgfmt). Matched one way only (not with _LINE_END,
# whose blanks would be a second way): repeated inside an entry, an ambiguous line made a file
# that fails further on take exponential time.
_BLANK = r"[ \t]*(?:#\|[ \t]*)?\n"


def _previous_part(keyword: str) -> str:  # a previous msgid's keyword line and its strings (#|), blank lines between
    return rf"[ \t]*#\|[ \t]*{keyword} [ \t]*{_STRING}{_LINE_END}(?:[ \t]*#\|[ \t]*{_STRING}{_LINE_END}|{_BLANK})*"


_PREVIOUS = rf"(?:{_previous_part('msgctxt')})?{_previous_part('msgid')}(?:{_previous_part('msgid_plural')})?"


def _plural_msgstrs(count: int) -> str:
    """msgstr[0], msgstr[1] … in order, up to ``count`` of them (CLDR's most is 6; more: the line reader)."""
    pattern = ""
    for index in reversed(range(1, count)):
        keyword = rf"msgstr\[{index}\]"
        pattern = rf"(?:{_keyword_part(keyword)}{pattern})?"
    return _keyword_part(r"msgstr\[0\]") + pattern


_ENTRY = (rf"(?:{_PREVIOUS})?(?:{_keyword_part('msgctxt')})?{_keyword_part('msgid')}"
          rf"(?:{_keyword_part('msgstr')}|{_keyword_part('msgid_plural')}{_plural_msgstrs(6)})")
_OUTSIDE_ENTRIES = rf"(?:{_BLANK}|[ \t]*#(?![~|])[^\n]*{_LINE_END})"  # a blank line, a comment
# Atomic (?>…): a line or entry once matched is not matched again another way (a comment's
# trailing spaces could be the comment's or the line end's), so a file that fails the
# expression further on is not retried in exponentially many ways.
_WELL_FORMED = re.compile(rf"(?>{_OUTSIDE_ENTRIES}|{_ENTRY})*")


def _refuse_malformed_line(text: str, path: Path, charset: str) -> None:
    """Refuse, at its line, the first line gettext's msgfmt refuses (or a duplicate entry), reading line by line."""

    def error(message: str, lineno: int) -> CatalogError:
        return CatalogError(message, path, lineno)

    seen: dict[tuple, int] = {}
    key: list[str] = []
    key_line = 0
    last = ""  # the last keyword of the current entry
    in_obsolete = False  # whether the current entry's lines are obsolete (#~)
    block_obsolete: bool | None = None  # whether the previous msgid lines before an entry are #~| (None: none)
    block_keyword: str | None = None  # the last keyword of those lines (#| msgctxt, msgid, msgid_plural)
    context_open = False  # a msgctxt waits for its msgid
    without_msgstr = 0  # the line of a msgid still waiting for its msgstr
    lineno = 0
    # Split on \n only, as gettext does: \u2028, \x0b and friends are text, not line ends.
    lines = text.split("\n")
    for lineno, raw in enumerate(lines, start=1):
        line = raw.strip()
        is_previous = line.startswith(("#|", "#~|"))  # a previous msgid line: in its place, its strings checked
        obsolete_previous = line.startswith("#~|")
        obsolete = line.startswith("#~") and not is_previous
        if is_previous or obsolete:
            line = line.lstrip("#~|").strip()
        elif not line:
            continue  # blank lines are nothing to msgfmt (nor to Babel's parser), even inside an entry
        elif line.startswith("#"):
            if block_keyword is not None or context_open:  # msgfmt names the line after the comment
                raise error(_COMMENT_IN_PREVIOUS if block_keyword is not None else _CONTEXT_ALONE,
                            min(lineno + 1, len(lines)))
            last = ""  # a comment ends the entry's keywords
            continue
        if is_previous and line:  # an empty "#|" line is nothing to msgfmt, of no kind
            if context_open:
                raise error(_CONTEXT_ALONE, lineno)
            last = ""  # as a comment does, as msgfmt reads it
            try:
                block_keyword = _previous_line_keyword(line, block_keyword)
            except ValueError as exc:
                raise error(str(exc), lineno) from None
            if block_obsolete is None:
                block_obsolete = obsolete_previous
            elif block_obsolete != obsolete_previous:  # "#|" lines, then "#~|" ones
                raise error(_MIXED_OBSOLETE, lineno)
        if not line:
            continue
        if line.startswith('"'):
            string = line
            if not is_previous:
                if not last:
                    raise error("a string outside msgid, msgstr or msgctxt", lineno)
                if obsolete != in_obsolete:
                    raise error(_MIXED_OBSOLETE, lineno)
                if last in ("msgctxt", "msgid", "msgid_plural"):
                    key.append(string)
        else:
            match = _KEYWORD_LINE.fullmatch(line)
            if not match:
                raise error(MERGE_CONFLICT if is_conflict_marker(raw) else "unknown keyword or malformed line", lineno)
            keyword, string = match.group(1), match.group(2)
            if not is_previous:
                if context_open and keyword != "msgid":
                    raise error(_CONTEXT_ALONE, lineno)
                starts_entry = keyword == "msgctxt" or (keyword == "msgid" and not context_open)
                context_open = keyword == "msgctxt"
                if starts_entry:
                    if block_obsolete not in (None, obsolete):  # "#~| msgid" before a live entry, say
                        raise error(_MIXED_OBSOLETE, lineno)
                    if block_keyword == "msgctxt":
                        raise error("a previous msgctxt (#| msgctxt) without its #| msgid", lineno)
                    in_obsolete, block_obsolete, block_keyword = obsolete, None, None
                elif obsolete != in_obsolete:
                    raise error(_MIXED_OBSOLETE, lineno)
                if keyword.startswith("msgstr"):
                    if not last.startswith(("msgid", "msgstr")):
                        raise error("msgstr before its msgid", lineno)
                    if problem := _msgstr_fault(keyword, last):
                        raise error(problem, without_msgstr if last == "msgid" else lineno)  # msgfmt's lines
                if keyword == "msgid_plural" and last != "msgid":
                    raise error("msgid_plural without its msgid", lineno)
                # Obsolete entries too: msgfmt refuses an obsolete duplicate, or one without msgstr.
                if keyword.startswith("msgstr"):
                    without_msgstr = 0
                if starts_entry:
                    if without_msgstr:
                        raise error(_missing_msgstr(key), without_msgstr)
                    _record_key(key, key_line, seen, path, charset)
                    key, key_line = [], lineno
                if keyword == "msgid":
                    without_msgstr = lineno
                if keyword in ("msgctxt", "msgid", "msgid_plural"):
                    key += [keyword, string]
                last = keyword
        if not _PO_STRING.fullmatch(string):
            if _STRINGS_ON_ONE_LINE.fullmatch(string):
                raise error("two strings on one line: msgfmt joins them, but leaflets reads one string a line, as "
                            "gettext's tools write them: put each on a line of its own", lineno)
            raise error("malformed string: unterminated, or an escape gettext does not know", lineno)
    if without_msgstr:
        raise error(_missing_msgstr(key), without_msgstr)
    if block_keyword is not None:
        raise error("a previous msgid (#|) at the end of the file, without its entry", lineno)
    if context_open:
        raise error(_CONTEXT_ALONE, lineno)
    _record_key(key, key_line, seen, path, charset)


# msgfmt's "inconsistent use of #~": Babel's parser would put such a line in the entry beside it.
_MIXED_OBSOLETE = "an entry's lines must all be obsolete (#~) or none: this one is not like the line before"
# msgfmt's "syntax error" (at the line after such a comment); Babel's parser read on.
_COMMENT_IN_PREVIOUS = ("a comment comes between a previous msgid (#|) and its entry (msgfmt names the line "
                        "after it): put the entry's comments before its #| lines")
_CONTEXT_ALONE = "a msgctxt must be followed by its msgid (no comment, #| line or other keyword between)"


def _msgstr_fault(keyword: str, last: str) -> str | None:
    """What msgfmt finds wrong with a msgstr line after the entry's keyword ``last``, or None.

    An entry has one msgstr, or (with msgid_plural) msgstr[0], msgstr[1] and on, in order.
    """
    after_msgstr = f"{keyword} after the entry's msgstr: an entry has one msgstr, or msgstr[0], msgstr[1] and on"
    if keyword == "msgstr":
        if last == "msgid":
            return None
        if last == "msgstr":
            return after_msgstr
        return "a plain msgstr in an entry with msgid_plural: its translations are msgstr[0], msgstr[1] and on"
    if last == "msgid":
        return f"this entry has {keyword} but no msgid_plural: an entry without plural forms has one msgstr"
    if last == "msgstr":
        return after_msgstr
    index = int(keyword[len("msgstr["):-1])
    expected = 0 if last == "msgid_plural" else int(last[len("msgstr["):-1]) + 1
    if index < expected:
        return f"a second {keyword}: each plural form comes once, msgstr[0], msgstr[1] and on"
    return None if index == expected else f"{keyword} out of order: msgstr[{expected}] comes first"


def _previous_line_keyword(line: str, last: str | None) -> str | None:
    """The keyword a previous msgid's line (``#|`` taken off) leaves last; ValueError when msgfmt refuses it.

    gettext's order: ``#| msgctxt`` (optional), ``#| msgid``, ``#| msgid_plural``
    (optional), each string possibly continued on more ``#|`` lines, then the entry.
    """
    if line.startswith('"'):
        if last is None:
            raise ValueError('a previous string (#| "…") without its #| msgid')
        return last
    keyword = line.split(None, 1)[0]
    if keyword == "msgctxt" and last is None:
        return keyword
    if keyword == "msgid" and last in (None, "msgctxt"):
        return keyword
    if keyword == "msgid_plural" and last == "msgid":
        return keyword
    if keyword in ("msgctxt", "msgid", "msgid_plural"):
        raise ValueError(f"#| {keyword} out of order: a previous msgid is #| msgctxt (if any), "
                         "#| msgid, #| msgid_plural (if any), each once")
    if keyword.startswith("msgstr"):
        raise ValueError(f"#| {keyword}: the #| lines hold the previous msgctxt and msgid, not a msgstr")
    return last  # an unknown keyword: refused with the line's string check below


def _after_msgctxt(data: bytes, start: int) -> bool:
    """Does a msgctxt line come just before ``start`` (the entry has a context, so it is no header)?"""
    before = data[:start].rstrip(b"\n").rsplit(b"\n", 1)[-1].strip()
    return before.startswith((b'"', b"msgctxt"))


def _missing_msgstr(key: list[str]) -> str:
    """The message for an entry without msgstr, as Babel words it, on one line."""
    strings = key[key.index("msgid") + 1:]
    strings = strings[:strings.index("msgid_plural")] if "msgid_plural" in strings else strings
    first_line = "".join(unescape(string) for string in strings).partition("\n")[0]
    return f"missing msgstr for msgid '{first_line}'"


def _record_key(key: list[str], line: int, seen: dict[tuple, int], path: Path, charset: str) -> None:
    """Note one entry's msgctxt/msgid; refuse a second entry with the same ones.

    Compared as msgfmt compares them: the strings' text (however split into
    lines), the msgctxt (none is not an empty one), not the msgid_plural.
    """
    strings: dict[str, list[str]] = {}
    keyword: list[str] = []
    for item in key:
        if item in ("msgctxt", "msgid", "msgid_plural"):
            keyword = strings.setdefault(item, [])
        else:
            try:
                keyword.append(string_text(item, charset))
            except UnicodeDecodeError:
                raise CatalogError(f"escaped bytes that are not valid {charset}", path, line) from None
    context = "".join(strings["msgctxt"]) if "msgctxt" in strings else None
    value = (context, "".join(strings.get("msgid", [])))
    if not key:
        return
    if value in seen:  # the header's msgid "" too: a second is a duplicate of it, as to msgfmt
        raise CatalogError(f"duplicate message definition (first at line {seen[value]})", path, line)
    seen[value] = line


# -- what a catalogue says ----------------------------------------------------------------------


def content_of(catalog: Catalog, fields: list[tuple[str, str]] | None = None) -> tuple:
    """Everything a catalogue says, as a comparable value: its header's values and every entry.

    Entries with their comments, references, flags and previous msgids, in file
    order; the header as Babel reads it, so neither the layout, nor the Babel
    version that wrote the file, nor how it wrote the dates plays a part.
    ``fields``: the header's fields as Babel gives them, when already at hand.
    """
    return (
        _header_content(catalog, fields),
        tuple(_entry_content(m) for m in catalog._messages.values()),
        tuple(_entry_content(m) for m in catalog.obsolete.values()),
    )


def _entry_content(message: Message) -> tuple:
    return (
        message.id, message.context, message.string or "", tuple(sorted(message.flags)),
        tuple(message.auto_comments), tuple(message.user_comments), tuple(message.locations),
        tuple(message.previous_id),
    )


def _header_content(catalog: Catalog, fields: list[tuple[str, str]] | None = None) -> tuple:
    # _header_comment: the comment as set; Babel's property fills in PROJECT, YEAR and the like.
    # The dates as instants: the same moment written in another zone is the same date.
    fields = _babel_fields(catalog) if fields is None else fields
    values = tuple(field for field in fields if field[0] not in _DATES)
    dates = tuple(date.timestamp() if isinstance(date, dt.datetime) else date
                  for date in (catalog.creation_date, catalog.revision_date))
    return catalog._header_comment, catalog.fuzzy, values, dates


_DATES = ("POT-Creation-Date", "PO-Revision-Date")
_LOWER_DATES = tuple(name.lower() for name in _DATES)  # as Babel matches the header's field names


def _babel_reads_date(name: str, value: str) -> bool:
    """Does Babel read this header date (its ``_parse_datetime_header``: ``%Y-%m-%d %H:%M``, then an offset)?"""
    if name.lower() == "po-revision-date" and "YEAR" in value:  # the template's placeholder, which Babel passes over
        return True
    written = re.match(r"^(.*?)([+-]\d{4})?$", value)
    when, offset = (written[1], written[2]) if written else (value, None)
    if offset is not None and int(offset[1:3]) * 60 + int(offset[3:]) >= 24 * 60:
        return False  # an offset of a day or more, which Python's timezone refuses
    try:
        dt.datetime.strptime(when, "%Y-%m-%d %H:%M")
    except ValueError:
        return False
    return True


def _babel_fields(catalog: Catalog) -> list[tuple[str, str]]:
    return [(name, value.rstrip("\n")) for name, value in catalog.mime_headers]


def is_current(path: Path, catalog: Catalog) -> bool:
    """Does the file at ``path`` say what ``catalog`` says (see :func:`content_of`)? False when unreadable."""
    try:
        on_disk = read_catalog(path)
    except CatalogError:
        return False
    layout = layout_of(on_disk)
    return layout is not None and layout.content == content_of(catalog)


# -- writing ----------------------------------------------------------------------------------


def write_catalog(path: Path, catalog: Catalog, *, touch_revision_date: bool = True,
                  durable: bool = True) -> bool:
    """Write ``catalog`` atomically when it says something new; return whether the file was written.

    A catalogue read from a file is compared with what it said when read; any
    other (a POT made from the English, a new PO) with what the file at
    ``path`` says. With ``touch_revision_date`` the PO-Revision-Date moves to
    now when the content changes (drafts and reviews; update leaves the
    translator's field alone). A file read with a byte-order mark, CRLF line
    ends or another charset than UTF-8 is written as gettext's tools write
    (UTF-8, converted as msgconv does, LF, no mark) even when nothing else
    changed. ``durable``: fsync (people's work); a POT is made again from the English.
    """
    layout = layout_of(catalog)
    if layout is None:
        changed, repair = not is_current(path, catalog), False
    else:
        changed = content_of(catalog) != layout.content
        repair = (layout.as_read.startswith(_BOM) or "\r\n" in layout.text
                  or catalog.charset.lower() not in _UTF8)
    if not (changed or repair):
        return False
    if layout is not None and layout.path == path:
        _refuse_if_saved_meanwhile(path, layout)
    if catalog.charset.lower() not in _UTF8:
        log.warning("%s: converted from %s to UTF-8", path, catalog.charset)
        catalog.charset = "utf-8"
    if changed and touch_revision_date:
        catalog.revision_date = now()
    rendered = render_catalog(catalog)
    written = write_atomic(path, rendered, durable=durable)
    if layout is not None and layout.path == path:
        layout.on_disk = rendered
    return written


def _refuse_if_saved_meanwhile(path: Path, layout: _Layout) -> None:
    """Refuse to replace a catalogue someone saved since it was read: their work would be lost.

    PO editors (Poedit, Lokalize) take no project lock, and a draft waits on an
    engine for minutes. The file is kept as they saved it; the next run works from it.
    """
    try:
        now_on_disk = read_file(path).data
    except FileNotFoundError:
        now_on_disk = None
    except OSError as exc:
        raise CatalogError(f"cannot read: {exc.strerror}", path) from None
    if now_on_disk is None:
        raise CatalogError("removed while leaflets worked on it; run the command again", path)
    if now_on_disk != layout.on_disk:
        raise SavedMeanwhile("changed on disk while leaflets worked on it (saved in an editor?); it is kept as "
                             "saved: run the command again", path)


def render_catalog(catalog: Catalog) -> bytes:
    """The PO text of ``catalog``, in file order, as bytes in its charset.

    Entries that say what they said when the file was read keep their text,
    when the text so made reads back as the catalogue: a file laid out unlike
    gettext's tools (blank lines inside an entry, entries with none between
    them, comments after an entry's last line) may not map block by block onto
    its entries, and then every entry is laid out afresh.
    """
    layout = layout_of(catalog)
    kept = layout.blocks() if layout is not None else {}
    data = _rendered(catalog, kept)
    if kept and not _reads_as(data, catalog, layout.path if layout is not None else None):
        data = _rendered(catalog, {})
    return data


def _rendered(catalog: Catalog, kept: dict) -> bytes:
    parts = []
    for key, content, fresh in _entries(catalog):
        block = kept.get(key)
        if block is None:
            parts.append(fresh())
        elif block[0] == content:
            parts.append(block[1] + "\n")
        elif _same_words(block[0], content):
            parts.append(_with_new_comments(block[1], fresh()))
        else:
            parts.append(fresh())
    return "\n".join(parts).encode(catalog.charset)


def _same_words(before: tuple, after: tuple) -> bool:
    """Entry contents (:func:`_entry_content`) that differ only in comments and references: the English
    moved in its file ("#: source/x.md:12" now :14), the words and flags are as they were."""
    if not (isinstance(before, tuple) and isinstance(after, tuple) and len(before) == len(after) == 8):
        return False
    return before[:4] == after[:4] and before[7] == after[7]


_ENTRY_BODY = ("#|", "msgctxt", "msgid", "#~")  # where an entry's comments end


def _with_new_comments(kept: str, fresh: str) -> str:
    """The entry's comments as laid out afresh, its previous msgid, msgid and msgstr lines as the file had them.

    An insertion in the English moves every later entry's reference: without this, each of them
    would be rewrapped at Babel's width (a Poedit file with no wrapping, rewritten throughout).
    """
    kept_lines, fresh_lines = kept.split("\n"), fresh.rstrip("\n").split("\n")
    body = next((i for i, line in enumerate(kept_lines) if line.startswith(_ENTRY_BODY)), len(kept_lines))
    head = next((i for i, line in enumerate(fresh_lines) if line.startswith(_ENTRY_BODY)), len(fresh_lines))
    return "\n".join(fresh_lines[:head] + kept_lines[body:]) + "\n"


def _reads_as(data: bytes, catalog: Catalog, path: Path | None) -> bool:
    """Does ``data``, read as a PO file, say what ``catalog`` says (:func:`content_of`)?

    The header's fuzzy flag and fields, not its comment (a header made afresh gets
    Babel's, filled in) nor its dates (Babel gives a header without them the time it
    was read); plural translations without their trailing empty forms (a new entry
    has as many as Babel's update gave it, and is written with one per plural form).
    """
    try:
        again = read_catalog(path or Path("catalogue.po"), locale=catalog.locale_identifier or None, data=data)
    except CatalogError:
        return False

    def comparable(content: tuple) -> tuple:
        (_comment, fuzzy, fields, _dates), active, obsolete = content
        return (fuzzy, fields), [_without_empty_forms(entry) for entry in (*active, *obsolete)]

    return comparable(content_of(catalog)) == comparable(content_of(again))


def _without_empty_forms(entry: tuple) -> tuple:
    msgid, context, string, *rest = entry
    if isinstance(string, tuple | list):
        string = tuple(string)
        while string and not string[-1]:
            string = string[:-1]
    return (msgid, context, string, *rest)


_HEADER_KEY = ""  # layout keys: the header, an entry's key in the catalogue, ("~", key) when obsolete


def _entries(catalog: Catalog):
    """(layout key, content, a function laying it out afresh) of the header and every entry, in file order."""
    yield _HEADER_KEY, _header_content(catalog), lambda: _header_text(catalog)
    for key, message in catalog._messages.items():
        yield key, _entry_content(message), lambda m=message: _entry_text(catalog, m)
    for key, message in catalog.obsolete.items():
        yield ("~", key), _entry_content(message), lambda m=message: _entry_text(catalog, m, obsolete=True)


def _header_text(catalog: Catalog) -> str:
    # A header comment read from the file as it is; Babel's own (a header it made) with
    # its PROJECT, YEAR and the like filled in.
    layout = layout_of(catalog)
    read = layout is not None and layout.header_fields is not None
    # Lines end at "\n" only, as gettext reads them: splitlines() would also cut at U+0085 (a Windows "…" in
    # Latin-1), U+2028 or a form feed, leaving the rest of the comment line without its "#".
    lines = ((catalog._header_comment if read else catalog.header_comment) or "").split("\n")
    if lines[-1] == "":
        lines.pop()
    if read and (written := _as_written(catalog, [_HEADER_KEY], [line[2:] for line in lines])) is not None:
        lines = written
    if catalog.fuzzy:
        lines.append("#, fuzzy")
    return "\n".join([*lines, *_field("msgid", ""), *_field("msgstr", _header_msgstr(catalog))]) + "\n"


def _header_msgstr(catalog: Catalog) -> str:
    """The header's text: as the file has it, but the fields the pipeline changed, which take Babel's value.

    Babel rebuilds a header from the dozen fields it knows, dropping the rest
    (X-Generator, X-Poedit-*, Weblate's, lines that are no field) and rewriting
    its own Generated-By. The fields whose value Babel sees changed since reading
    (POT-Creation-Date after a merge, the charset after a conversion,
    PO-Revision-Date after a draft) are set, in place or at the end; every other
    line stays as written, as msgmerge keeps it.
    """
    babel = _babel_fields(catalog)
    layout = layout_of(catalog)
    if layout is None or layout.header_fields is None:
        return "".join(f"{name}: {value}\n" for name, value in babel)
    as_read = dict(layout.babel_fields)
    lines = layout.header_text.split("\n")
    for name, value in babel:
        if as_read.get(name) == value:
            continue
        places = [i for i, line in enumerate(lines) if _field_name(line).lower() == name.lower()]
        if not places:
            lines.insert(len(lines) - 1 if lines[-1] == "" else len(lines), f"{name}: {value}")
        # Every place it is said (msgcat's header of two files says each field twice; Babel reads the last).
        for at in reversed(places):
            lines[at] = f"{_field_name(lines[at])}: {value}"
            while at + 1 < len(lines) and lines[at + 1][:1] in (" ", "\t") and lines[at + 1].strip():
                del lines[at + 1]  # the old value's continuation lines
    return "\n".join(lines)


def _field_name(line: str) -> str:
    """The name of the header field ``line`` starts, as :func:`header_fields` reads it ("": no field)."""
    name, colon, _ = line.partition(":")
    name = name.strip()
    return name if colon and name and not any(char.isspace() for char in name) else ""


def _entry_text(catalog: Catalog, message: Message, obsolete: bool = False) -> str:
    """One entry laid out as msgmerge lays it out, its strings wrapped by Babel's ``normalize``.

    Not Babel's ``write_po``: it wraps comments (a long ``#.`` label would come
    back as two comments, so a file would never read back as it was written),
    and it wraps ``#|`` and ``#~`` lines at about 40 columns (it counts their
    prefix once per word). Here comments take a line each and every string
    line, prefix included, fits the width.
    """
    keys = [catalog._key_for(message.id, message.context)]
    if message.previous_id:  # its English changed: the comments were read under the previous English
        keys.append(catalog._key_for(tuple(message.previous_id), message.context))
    lines = _as_written(catalog, [("~", key) if obsolete else key for key in keys], message.user_comments) or [
        f"# {comment}".rstrip() for comment in message.user_comments]
    lines += [f"#. {comment}" for comment in message.auto_comments]  # an obsolete one has none, unless its file had
    locations = dict.fromkeys(f"{name}:{line}" if line else name for name, line in message.locations)
    if locations:
        lines.append(f"#: {' '.join(locations)}")
    if message.flags:
        lines.append(f"#, {', '.join(sorted(message.flags))}")
    prefix = "#~ " if obsolete else ""
    for keyword, text in zip(("msgid", "msgid_plural"), message.previous_id):
        lines += _field(keyword, text, "#~| " if obsolete else "#| ")
    if message.context is not None:
        lines += _field("msgctxt", message.context, prefix)
    if isinstance(message.id, str):
        lines += _field("msgid", message.id, prefix) + _field("msgstr", str(message.string or ""), prefix)
    else:
        lines += _field("msgid", message.id[0], prefix) + _field("msgid_plural", message.id[1], prefix)
        strings = list(message.string) if isinstance(message.string, list | tuple) else [message.string]
        for index in range(max(catalog.num_plurals, len(strings))):
            lines += _field(f"msgstr[{index}]", (strings[index] if index < len(strings) else "") or "", prefix)
    return "\n".join(lines) + "\n"


def _as_written(catalog: Catalog, keys: list, comments: list[str]) -> list[str] | None:
    """An entry's translator comment lines as its file had them, one said twice too, while they say ``comments``.

    Babel keeps a comment said twice once (a "#" between the paragraphs of a note, a line
    pasted twice), and msgmerge keeps each; so does an entry laid out afresh. None when the
    entry (under any of ``keys``) said no comment twice, or its comments changed.
    """
    layout = layout_of(catalog)
    written = layout.comments_as_written if layout is not None else {}
    return next(([line for line, _ in written[key]] for key in keys if key in written
                 and list(dict.fromkeys(comment for _, comment in written[key])) == list(comments)), None)


def _field(keyword: str, text: str, prefix: str = "") -> list[str]:
    first, *rest = normalize(text, width=WRAP_WIDTH - len(prefix)).split("\n")
    return [f"{prefix}{keyword} {first}", *(prefix + line for line in rest)]


_BLANK_LINES = re.compile(r"(\n(?:[ \t]*\n)+)")  # captured: the blank lines between blocks, kept


def _is_obsolete_entry_line(line: str) -> bool:
    """A ``#~`` line of an obsolete entry itself (not its previous msgid, ``#~|``)."""
    line = line.lstrip()
    return line.startswith("#~") and not line.startswith("#~|")


def layout_of(catalog: Catalog) -> _Layout | None:
    """How ``catalog`` was read from its file (None: it was not)."""
    return getattr(catalog, "leaflets_layout", None)


@dataclass
class _Layout:
    """A catalogue as read from its file: the text, and what the header and each entry said then."""

    text: str  # decoded, without a byte-order mark
    as_read: bytes  # the file's bytes, for the run state's signature of what a run worked from
    status: os.stat_result | None  # the file's status as read (None: not read from the file), for the same
    header_fields: list[tuple[str, str]] | None  # as the file has them; None: no header entry
    header_text: str  # the header entry's msgstr as the file has it, lines that are no field included
    babel_fields: list[tuple[str, str]]  # Babel's reading of them, to tell which fields the pipeline changed
    content: tuple  # content_of() as read
    keys: list  # of the entries, in file order
    obsolete_keys: list
    path: Path | None  # the file it was read from (None: given as bytes)
    on_disk: bytes  # what the file held when read, or when this process last wrote it
    # By layout key, the translator comments of an entry (or the header) that says one twice: (line, comment)
    comments_as_written: dict

    def blocks(self) -> dict:
        """{layout key: (content as read, its text)}, or {} when the text's blocks do not map to the entries."""
        header, active_contents, obsolete_contents = self.content
        header_block: str | None = None
        active: list[str] = []
        obsolete: list[str] = []
        # Blocks and the blank lines between them; a block of comments alone belongs to the entry after
        # it, as gettext and Babel read them ("# TODO: ask Dr Chen", a blank line, then the entry).
        parts = _BLANK_LINES.split(self.text.replace("\r\n", "\n").strip("\n"))
        pending = ""
        for block, gap in zip(parts[::2], [*parts[1::2], ""], strict=True):
            lines = [line for line in block.split("\n") if line.strip()]
            if not lines:
                continue
            block = pending + block
            if all(line.startswith("#") for line in lines) and not any(
                    _is_obsolete_entry_line(line) and "msgid" in line for line in lines):
                pending = block + gap
                continue
            pending = ""
            if all(line.startswith("#") for line in block.split("\n") if line.strip()):
                # Comments right after the obsolete entry's last line are the next entry's, as
                # gettext and Babel read them ("#, fuzzy" or "#| msgid" before a live entry).
                block_lines = block.split("\n")
                end = max(n for n, line in enumerate(block_lines) if _is_obsolete_entry_line(line)) + 1
                if any(line.strip() for line in block_lines[end:]):
                    block, pending = "\n".join(block_lines[:end]), "\n".join(block_lines[end:]) + gap
                obsolete.append(block)
            elif header_block is None and not active and self.header_fields is not None:
                header_block = block
            else:
                active.append(block)
        if len(active) != len(self.keys) or len(obsolete) != len(self.obsolete_keys):
            return {}
        mapping = {key: (content, block) for key, content, block in zip(self.keys, active_contents, active)}
        mapping.update({("~", key): (content, block)
                        for key, content, block in zip(self.obsolete_keys, obsolete_contents, obsolete)})
        if header_block is not None:
            mapping[_HEADER_KEY] = (header, header_block)
        return mapping


# -- MO files ---------------------------------------------------------------------------------


class _InKeyOrder(Message):
    """A message that sorts by its MO key's bytes (msgctxt, EOT, msgid), as gettext's binary search needs.

    Babel's write_mo sorts messages by msgid, then msgctxt: not the key order
    when messages have contexts.
    """

    def __init__(self, message: Message) -> None:  # not Message.__init__: message was checked when made
        vars(self).update(vars(message))  # Message.__init__ would check every flag again (a tenth of making a MO)
        self.mo_key = key_of(message).encode("utf-8")

    def __lt__(self, other: object) -> bool:
        return self.mo_key < getattr(other, "mo_key", b"")  # the header (no mo_key) has the empty key

    def __gt__(self, other: object) -> bool:
        return self.mo_key > getattr(other, "mo_key", b"")


def mo_bytes(catalog: Catalog, keep: set[str] | None = None) -> bytes:
    """The MO file of ``catalog``'s translated, non-fuzzy messages (those whose key is in ``keep``, when given).

    Babel's write_mo, given the messages as :class:`_InKeyOrder`, so that the
    keys come out in the order of their bytes (the header first, its key empty).
    """
    published = copy.copy(catalog)
    published.charset = "utf-8"
    # The header fields a translator types freely are no approved words: the MO does not carry them.
    published.last_translator = published.language_team = ""
    published._messages = {key: _InKeyOrder(message) for key, message in catalog._messages.items()
                           if keep is None or key_of(message) in keep}
    buffer = io.BytesIO()
    write_mo(buffer, published, use_fuzzy=False)
    return buffer.getvalue()


# -- keys and texts ---------------------------------------------------------------------------


def message_key(msgid: str | tuple[str, ...] | list[str], context: str | None = None) -> str:
    """A catalogue-wide key for a message, as gettext spells it in MO files.

    An empty msgctxt is a context, as gettext and Babel take it: ``msgctxt ""``
    beside the same msgid without one is another entry, with another key.
    """
    text = msgid if isinstance(msgid, str) else "\x00".join(msgid)
    return text if context is None else f"{context}\x04{text}"


def key_of(message: Message) -> str:
    return message_key(message.id, message.context)


def translation_of(message: Message) -> str:
    """The whole translation as one string ('' when untranslated)."""
    if isinstance(message.string, tuple | list):
        strings = list(message.string)
        return "\x00".join(strings) if any(strings) else ""
    return message.string or ""


def msgfmt_fault(message: Message, *, once_approved: bool = False) -> str | None:
    """Why gettext's msgfmt refuses to compile the catalogue for this entry (the whole file), or None.

    A translation (or a form of a plural one, or the English plural) that starts or ends with
    a line break where the English does not, or the other way round. msgfmt skips fuzzy and
    untranslated entries, and so does this; ``once_approved``: a draft as it would be once
    approving takes its fuzzy flag off.
    """
    if (message.fuzzy and not once_approved) or not translation_of(message):
        return None
    english = [message.id] if isinstance(message.id, str) else list(message.id)
    strings = [message.string] if isinstance(message.string, str) else list(message.string or ())
    for where, at in (("starts", str.startswith), ("ends", str.endswith)):
        # Each form of a plural too, an empty one among translated ones included, and the English plural.
        if any(at(text or "", "\n") != at(english[0], "\n") for text in (*english[1:], *strings)):
            return (f"the English and its translation do not both {where.removesuffix('s')} with a line break: "
                    "msgfmt refuses to compile the whole catalogue; remove the stray line break in the PO editor")
    return None


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def messages(catalog: Catalog) -> list[Message]:
    """The catalogue's messages without the header entry.

    Not ``iter(catalog)``: Babel builds the header entry afresh (formatting its
    dates) on every iteration.
    """
    return list(catalog._messages.values())
