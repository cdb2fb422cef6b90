"""All PO, POT and MO reading and writing.

One writer, one wrap width, file order as extracted; an unchanged file is not
rewritten at all (its PO-Revision-Date moves only when its content does).

Writing preserves formatting: an entry whose content did not change is written
back exactly as it was read, whatever tool wrapped it (Poedit, Lokalize, msgcat,
Weblate), so a catalogue a translator saved elsewhere shows in a diff only the
entries the pipeline really changed.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import io
import os
import re
import struct
from collections.abc import Iterable
from copy import copy
from functools import cached_property, lru_cache, partial
from itertools import accumulate, chain
from pathlib import Path

import babel
from babel.dates import format_datetime
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import (
    WORD_SEP,
    PoFileError,
    PoFileParser,
    _NormalizedString,
    normalize,
    unescape,
)

from pipeline.clock import now
from pipeline.errors import CatalogError
from pipeline.files import read_file, write_atomic

WRAP_WIDTH = 76  # Babel's default, for entries the pipeline writes; others keep their layout

_BOM = b"\xef\xbb\xbf"


def read_catalog(path: Path, locale: str | None = None, data: bytes | None = None) -> Catalog:
    """Parse a PO/POT file, or raise CatalogError naming the file and line."""
    status = None
    if data is None:
        try:
            data, status = read_file(path)
        except FileNotFoundError:
            raise CatalogError("no such catalogue", path) from None
        except OSError as exc:
            raise CatalogError(f"cannot read: {exc.strerror}", path) from None
    as_read, data = data, data.removeprefix(_BOM)
    try:
        catalog = _read_plain(data, locale)
        if catalog is None:
            _validate(data, path)
            catalog = _babel_parse(data, locale)
        catalog.leaflets_layout = _Layout(data, locale, as_read, catalog.creation_date, status)
        return catalog
    except CatalogError:
        raise
    except PoFileError as exc:
        message = str(exc).rsplit(" on ", 1)[0]
        raise CatalogError(message, path, exc.lineno + 1) from None
    except Exception as exc:  # noqa: BLE001 - untrusted input: any parser failure is the file's fault
        # What _validate lets through and Babel still refuses is about the header
        # (a bad Plural-Forms, say): name the header's line.
        header = re.search(rb'^msgid ""', data, re.MULTILINE)
        line = data[: header.start()].count(b"\n") + 1 if header else 1
        raise CatalogError(f"cannot parse the header: {exc}", path, line) from None


def _parse(data: bytes, locale: str | None) -> Catalog:
    """The catalogue in ``data``, which _validate accepts: by the fast path when it can."""
    catalog = _read_plain(data, locale)
    return _babel_parse(data, locale) if catalog is None else catalog


def _babel_parse(data: bytes, locale: str | None) -> Catalog:
    catalog = Catalog(locale=locale)
    _Parser(catalog, ignore_obsolete=False, abort_invalid=True).parse(io.BytesIO(data))
    return catalog


class _Parser(PoFileParser):
    """Babel's PO parser, taught gettext's previous-msgid comments.

    Babel reads ``#| msgid`` as a user comment and refuses ``#~| msgid``; msgmerge,
    Poedit and Lokalize write both. Here ``#|`` becomes ``Message.previous_id``
    (and is written back as ``#|``), and ``#~|`` on obsolete entries is accepted.
    """

    def _reset_message_state(self) -> None:
        super()._reset_message_state()
        self.previous: list[list[str]] = []  # [keyword, normalized strings...]

    def _process_previous(self, text: str) -> None:
        self._finish_current_message()
        if text.startswith('"') and self.previous:
            self.previous[-1].append(text)
        else:
            keyword, _, rest = text.partition(" ")
            self.previous.append([keyword, rest.strip()])

    def _process_comment(self, line) -> None:
        if line.startswith("#|"):
            self._process_previous(line[2:].strip())
        else:
            super()._process_comment(line)

    def _process_message_line(self, lineno, line, obsolete=False) -> None:
        if obsolete and line.startswith("|"):
            self._process_previous(line[1:].strip())
        else:
            super()._process_message_line(lineno, line, obsolete)

    def _add_message(self) -> None:
        previous = {keyword: _NormalizedString(*parts).denormalize() for keyword, *parts in self.previous}
        first = self.messages[0].denormalize()
        msgid = first if len(self.messages) == 1 else tuple(m.denormalize() for m in self.messages)
        context = self.context.denormalize() if self.context else None
        obsolete = self.obsolete
        super()._add_message()
        if "msgid" in previous:
            key = self.catalog._key_for(msgid, context)
            message = self.catalog.obsolete.get(key) if obsolete else self.catalog._messages.get(key)
            if message is not None:
                message.previous_id = [previous["msgid"]]
                if "msgid_plural" in previous:
                    message.previous_id.append(previous["msgid_plural"])


# -- the fast path: the plain layout gettext tools and this pipeline write ----------------

# One active entry: comments (no obsolete "#~"), msgid and msgstr, each string on its own
# line with nothing around it, then blank lines. The comments of nearly every extracted
# entry (its label, then its one reference) have groups of their own; anything else goes to
# the general comments group. Strings are matched loosely, as lines in quotes (a class of
# characters to test at each one costs the regex three times as much as "not a newline"),
# then checked as _validate checks them (_valid_strings).
_STRING = r'"[^"\\\n\x00]*(?:\\(?:[\\"abfnrtv?\']|[0-7]{1,3}|x[0-9A-Fa-f]+)[^"\\\n\x00]*)*"'
_STRINGS = re.compile(rf"{_STRING}(?:\n{_STRING})*")
_QUOTED_LINES = r'"[^\n]*"(?:\n"[^\n]*")*'
_PLAIN_ENTRY = re.compile(
    r'(?:#\. (\S[^\n\u2068\u2069]*)\n#: ([^\s\u2068\u2069]+):([0-9]+)\n|((?:#(?!~)[^\n]*\n)*))'
    rf'msgid ({_QUOTED_LINES})\nmsgstr ({_QUOTED_LINES})(?:\n+|\Z)'
)


def _valid_strings(lines: str) -> bool:
    """Are these lines in quotes PO strings, each with its inner quotes escaped and only known escapes?"""
    if "\\" not in lines:  # then two quotes a line, or one is not escaped
        return lines.count('"') == 2 * lines.count("\n") + 2
    return _STRINGS.fullmatch(lines) is not None


_UTF8 = {b"utf-8", b"utf8"}
_new_message = Message.__new__


def _read_plain(data: bytes, locale: str | None) -> Catalog | None:
    """Parse a catalogue in the plain layout, or return None for anything else.

    The same Catalog as Babel's parser would give (the tests compare the two),
    several times faster: a run reads every catalogue of every leaflet. Files
    with obsolete entries, contexts, plurals, another charset, CRLF line ends or
    stray whitespace, and every file with an error, return None and go through
    the checked path (_validate, then Babel's parser), which names the line.
    """
    found = _CHARSET.search(data)
    if (found and found.group(1).lower() not in _UTF8) or b"\x00" in data:
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    header = _PLAIN_ENTRY.match(text)
    if header is None or header.group(5) != '""' or not _valid_strings(header.group(6)):
        return None
    catalog = _catalog_with_header(locale, header.group(6), header.group(4) or "")
    if catalog is None:
        return None
    messages = catalog._messages
    line = text.count("\n", 0, header.start(5))  # the msgid's line, counted from 0
    position, end = header.end(), len(text)
    line += text.count("\n", header.start(5), position)
    match_at = _PLAIN_ENTRY.match
    while position < end:
        entry = match_at(text, position)
        if entry is None:
            return None
        label, name, number, comments, msgid_lines, msgstr_lines = entry.groups()
        # The strings' lines, from msgid to the end of msgstr: without a backslash, two quotes
        # a line or one is not escaped (_valid_strings, spelled out: this is the usual case).
        strings_start, strings_end = entry.start(5), entry.end(6)
        string_breaks = text.count("\n", strings_start, strings_end)
        escaped = text.find("\\", strings_start, strings_end) >= 0
        if (text.count('"', strings_start, strings_end) != 2 * string_breaks + 2 if not escaped
                else not (_valid_strings(msgid_lines) and _valid_strings(msgstr_lines))):
            return None
        # _plain_string, written out for the usual strings (a call per string is a tenth of the reading)
        msgid = _plain_string(msgid_lines) if escaped else msgid_lines.replace('"\n"', "")[1:-1]
        # The msgid's line: the usual comments take two lines.
        line += 2 if label is not None else text.count("\n", position, strings_start)
        position = entry.end()
        if not msgid or msgid in messages:
            return None  # a duplicate (msgfmt refuses it; _validate names the line) or a second header
        if label is not None:  # the usual comments
            msgstr = _plain_string(msgstr_lines) if escaped else msgstr_lines.replace('"\n"', "")[1:-1]
            message = plain_message(msgid, msgstr, [(name, int(number))], [label.strip()], line + 1)
        else:
            fields = _plain_comments(comments) if comments else ([], [], [], [], None)
            if fields is None:
                return None
            locations, flags, auto_comments, user_comments, previous = fields
            message = Message(msgid, _plain_string(msgstr_lines), locations, flags, auto_comments, user_comments,
                              lineno=line + 1, context=None)
            if previous is not None:
                message.previous_id = [previous]
        messages[msgid] = message
        line += string_breaks + position - strings_end  # what follows the msgstr is blank lines
    return catalog


def plain_message(msgid: str, string: str | None, locations: list, auto_comments: list, lineno: int | None) -> Message:
    """Message(msgid, string, locations, auto_comments=...): built directly when Babel's checks have nothing to do.

    Babel's constructor looks for Python format strings in every msgid (a "%" or a
    "{" is needed for one) and removes duplicate comments (one here cannot repeat).
    """
    if "%" in msgid or "{" in msgid:
        return Message(msgid, string, locations, (), auto_comments, lineno=lineno)
    message = _new_message(Message)
    message.id, message.string, message.locations, message.flags = msgid, string, locations, set()
    message.auto_comments, message.user_comments, message.previous_id = auto_comments, [], []
    message.lineno, message.context = lineno, None
    return message


def _catalog_with_header(locale: str | None, header_lines: str, comments: str) -> Catalog | None:
    """An empty Catalog with this header read into it as Babel reads it, or None to leave it to Babel.

    Babel's reading of a header (an email parser, dates, plural rules) costs more
    than the rest of a catalogue. A project's headers differ but share their
    fields, so each field's effect is worked out once (:func:`_header_field`).
    """
    fields = _plain_comments(comments) if comments else ([], [], [], [], None)
    if fields is None or fields[4] is not None:
        return None
    _locations, flags, _auto_comments, user_comments, _previous = fields
    user_comments = list(dict.fromkeys(user_comments))  # as Babel's Message keeps them: once each
    string = _plain_string(header_lines)
    pairs = _HEADER_FIELD.findall(string)
    if ("".join(f"{name}:{space}{value}\n" for name, space, value in pairs) != string
            or _OTHER_LINE_BREAKS.search(string)):  # the email parser ends lines at these too
        catalog = Catalog(locale=locale)  # folded lines, a blank line, no final newline: Babel's parser
        catalog[""] = Message("", string, flags=flags, user_comments=user_comments)
    else:
        if any(name.lower() == "pot-creation-date" for name, _space, _value in pairs):
            catalog = copy(_blank_catalog(locale))
            catalog._messages, catalog.obsolete = {}, {}
        else:
            catalog = Catalog(locale=locale)  # Babel dates the catalogue now: so must this
        for name, _space, value in pairs:
            catalog.__dict__.update(_header_field(name, value))
        catalog.header_comment = "\n".join(f"# {comment}".rstrip() for comment in user_comments)
        catalog.fuzzy = "fuzzy" in flags
    if catalog.charset.lower() not in ("utf-8", "utf8"):
        return None  # a charset _CHARSET did not see (a control character in it, say)
    return catalog


# "Name: value" lines as the email parser Babel uses reads them (a name is printable ASCII but
# a colon; spaces and tabs after the colon are not part of the value), and the characters
# other than "\n" at which that parser also ends a line.
_HEADER_FIELD = re.compile(r"^([\x21-\x39\x3b-\x7e]+):([ \t]*)([^\n]*)\n", re.MULTILINE)
_OTHER_LINE_BREAKS = re.compile("[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


@lru_cache(maxsize=64)
def _blank_catalog(locale: str | None) -> Catalog:
    return Catalog(locale=locale)


class _AssignmentRecorder(Catalog):
    """A Catalog that notes the attributes set on it: what one header field does to a catalogue."""

    def __setattr__(self, name: str, value) -> None:
        self.__dict__.setdefault("_assigned", {})[name] = value
        super().__setattr__(name, value)


@lru_cache(maxsize=4096)
def _header_field(name: str, value: str) -> dict:
    """The attributes Babel sets on a catalogue reading the header field ``name: value``.

    Each field's effect depends on nothing but the field (the charset, which
    decodes bytes, plays no part for text), so it can be applied to any catalogue.
    """
    recorder = _AssignmentRecorder()
    recorder.__dict__["_assigned"] = {}
    recorder._set_mime_headers([(name, value)])
    return recorder.__dict__["_assigned"]


def _plain_string(lines: str) -> str:
    if "\\" not in lines:
        return lines.replace('"\n"', "")[1:-1]
    return "".join(unescape(part) for part in lines.split("\n"))


def _plain_comments(comments: str) -> tuple | None:
    """Babel's reading of an entry's comment lines (and #| previous msgid), or None if unusual."""
    locations, flags, auto_comments, user_comments, previous = [], [], [], [], []
    for raw in comments[:-1].split("\n"):
        line = raw.strip(" \t\r\x0b\x0c")
        prefix = line[:2]
        if prefix == "#:":
            if "\u2068" in line or "\u2069" in line:
                return None
            for location in line[2:].split():
                name, colon, number = location.rpartition(":")
                if not colon:
                    locations.append((location, None))
                elif number.isdigit() and number.isascii():
                    locations.append((name, int(number)))
                else:
                    return None  # Babel's int() would take " 1" or "+1": not worth copying
        elif prefix == "#,":
            flags.extend(flag.strip() for flag in line[2:].lstrip().split(","))
        elif prefix == "#.":
            if comment := line[2:].strip():
                auto_comments.append(comment)
        elif prefix == "#|":
            rest = line[2:].strip()
            if rest.startswith('"') and previous:
                previous.append(rest)
            elif rest.startswith('msgid "') and not previous:
                previous.append(rest[6:])
            else:
                return None
            if not _PO_STRING.fullmatch(previous[-1]):
                return None
        else:
            user_comments.append(line[1:].strip())
    previous_id = "".join(unescape(part) for part in previous) if previous else None
    return locations, flags, auto_comments, user_comments, previous_id


# A message's content, as far as the PO file is concerned: equal content, equal entry text.
def _entry_content(message: Message) -> tuple:
    return (
        message.id, message.context, message.string, tuple(sorted(message.flags)),
        tuple(message.auto_comments), tuple(message.user_comments), tuple(message.locations),
        tuple(message.previous_id),
    )


def _header_content(catalog: Catalog) -> tuple:
    return (catalog.header_comment, tuple(mime_headers(catalog)), catalog.fuzzy)


def mime_headers(catalog: Catalog) -> list[tuple[str, str]]:
    """``catalog.mime_headers``, with each date formatted once per process rather than on every call.

    Babel formats both dates through its CLDR machinery each time, which cost
    a quarter of writing an MO file. The tests compare the two on generated catalogues.
    """
    revision_date = catalog.revision_date
    if isinstance(revision_date, dt.datetime | dt.time | int | float):
        revision_date = _header_date(revision_date, _date_key(revision_date))
    language_team = catalog.language_team
    if catalog.locale_identifier and "LANGUAGE" in language_team:
        language_team = language_team.replace("LANGUAGE", str(catalog.locale_identifier))
    headers = [
        ("Project-Id-Version", f"{catalog.project} {catalog.version}"),
        ("Report-Msgid-Bugs-To", catalog.msgid_bugs_address),
        ("POT-Creation-Date", _header_date(catalog.creation_date, _date_key(catalog.creation_date))),
        ("PO-Revision-Date", revision_date),
        ("Last-Translator", catalog.last_translator),
    ]
    if catalog.locale_identifier:
        headers.append(("Language", str(catalog.locale_identifier)))
    headers.append(("Language-Team", language_team))
    if catalog.locale is not None:
        headers.append(("Plural-Forms", catalog.plural_forms))
    headers += [
        ("MIME-Version", "1.0"),
        ("Content-Type", f"text/plain; charset={catalog.charset}"),
        ("Content-Transfer-Encoding", "8bit"),
        ("Generated-By", f"Babel {babel.__version__}\n"),
    ]
    return headers


def _date_key(value: dt.datetime | dt.time | float) -> str:
    # Not the value alone: datetimes equal as instants but in other zones are written differently.
    return value.isoformat() if isinstance(value, dt.datetime | dt.time) else repr(value)


@lru_cache(maxsize=256)
def _header_date(value: dt.datetime | dt.time | float, key: str) -> str:
    return format_datetime(value, "yyyy-MM-dd HH:mmZ", locale="en")


# Layout keys: an entry's key_of (never empty), the header, an obsolete entry.
_HEADER_KEY = ""
_BLANK_LINES = re.compile(r"(?:\r?\n)(?:[ \t]*\r?\n)+")


class _Layout:
    """What a catalogue looked like when read: its text, and each entry's content in file order.

    Only the bytes are kept at reading time. The rest (the entries as read, matched
    to the text's blocks) is worked out from them when the catalogue is rendered,
    which is rare: most catalogues are read and never written.
    """

    def __init__(self, data: bytes, locale: str | None, as_read: bytes | None = None,
                 creation_date=None, status: os.stat_result | None = None) -> None:
        self.data = data  # without a byte-order mark
        self.locale = locale
        self.as_read = data if as_read is None else as_read  # the file's bytes: for its state signature
        self.status = status  # the file's status as read (None: not read from the file), for the same
        # A header without a POT-Creation-Date is dated when it is read: reading it again later
        # must give the same date, or the header would count as changed and be rewritten.
        self.creation_date = creation_date

    @cached_property
    def _as_read(self) -> tuple[tuple | None, list[tuple[str, tuple]], list[tuple[tuple, tuple]]]:
        """The header's content (None without a header), and (key, content) of each entry in file order."""
        catalog = _parse(self.data, self.locale)  # read once already, so it reads again
        if self.creation_date is not None:
            catalog.creation_date = self.creation_date
        first = re.search(rb"^(?:msgctxt|msgid) .*?$", self.data, re.MULTILINE)  # the header: an empty msgid first
        has_header = first is not None and first.group().rstrip(b"\r") == b'msgid ""'
        return (
            _header_content(catalog) if has_header else None,
            [(key_of(m), _entry_content(m)) for m in catalog._messages.values()],
            [(("~", key_of(m)), _entry_content(m)) for m in catalog.obsolete.values()],
        )

    def entries(self, charset: str) -> tuple[dict, str]:
        """{layout key: (content, original text)} and the file's newline, or ({}, "\\n")."""
        try:
            text = self.data.decode(charset)
        except (UnicodeDecodeError, LookupError):
            return {}, "\n"
        header, active_entries, obsolete_entries = self._as_read
        newline = "\r\n" if "\r\n" in text else "\n"
        blocks = [b for b in _BLANK_LINES.split(text.strip("\r\n")) if b.strip()]
        header_block, active, obsolete = None, [], []
        for block in blocks:
            lines = [line for line in block.splitlines() if line.strip()]
            if all(line.startswith("#") for line in lines):
                if not any(line.startswith("#~") and "msgid" in line for line in lines):
                    return {}, newline  # a comment-only block: a layout we do not map
                obsolete.append(block)
            elif header_block is None and not active and header is not None:
                header_block = block
            else:
                active.append(block)
        if len(active) != len(active_entries) or len(obsolete) != len(obsolete_entries):
            return {}, newline
        mapping = {key: (content, block) for (key, content), block in zip(active_entries, active)}
        mapping.update({key: (content, block) for (key, content), block in zip(obsolete_entries, obsolete)})
        if header_block is not None:
            mapping[_HEADER_KEY] = (header, header_block)
        return mapping, newline


_KEYWORD_LINE = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr\[\d+\]|msgstr)\s+(.*)")
# A C string as gettext accepts it: these escapes and no others.
_PO_STRING = re.compile(r'"(?:[^"\\]|\\(?:[\\"abfnrtv?\']|[0-7]{1,3}|x[0-9A-Fa-f]+))*"')
_CHARSET = re.compile(rb"charset=([^\\\"\s;]+)")


def _validate(data: bytes, path: Path) -> None:
    """Refuse, at its line, what gettext's msgfmt refuses and Babel would read silently.

    NUL bytes, an unknown charset, text invalid in the declared charset,
    malformed strings or escapes, msgstr before msgid, and duplicate msgids
    (Babel keeps the last; msgfmt refuses the file).
    """
    def error(message: str, offset_or_line: int, *, is_line: bool = False) -> CatalogError:
        line = offset_or_line if is_line else data[:offset_or_line].count(b"\n") + 1
        return CatalogError(message, path, line)

    if b"\x00" in data:
        raise error("NUL byte in the file", data.index(b"\x00"))
    charset = "utf-8"
    if found := _CHARSET.search(data):
        charset = found.group(1).decode("ascii", "replace")
        try:
            codecs.lookup(charset)
        except LookupError:
            raise error(f"unknown charset {charset!r} in the header", found.start()) from None
    try:
        text = data.decode(charset)
    except UnicodeDecodeError as exc:
        raise error(f"text is not valid {charset}", exc.start) from None
    except LookupError:  # a codec that exists but cannot decode (e.g. a text transform)
        raise error(f"unusable charset {charset!r} in the header", found.start() if found else 0) from None

    seen: dict[tuple, int] = {}
    key: list[str] = []
    key_line = 0
    last = ""  # the last keyword of the current entry
    # Split on \n only, as gettext does: \u2028, \x0b and friends are text, not line ends.
    for lineno, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        side = line.startswith(("#~", "#|"))  # obsolete or previous: strings only
        if side:
            line = line.lstrip("#~|").strip()
        elif not line or line.startswith("#"):
            last = ""  # a comment or blank line ends the entry's keywords
            continue
        if not line:
            continue
        if line.startswith('"'):
            string = line
            if not side:
                if not last:
                    raise error("a string outside msgid, msgstr or msgctxt", lineno, is_line=True)
                if last in ("msgctxt", "msgid", "msgid_plural"):
                    key.append(string)
        else:
            match = _KEYWORD_LINE.fullmatch(line)
            if not match:
                raise error("unknown keyword or malformed line", lineno, is_line=True)
            keyword, string = match.group(1), match.group(2)
            if not side:
                if keyword.startswith("msgstr") and not last.startswith(("msgid", "msgstr")):
                    raise error("msgstr before its msgid", lineno, is_line=True)
                if keyword in ("msgctxt", "msgid") and last != "msgctxt":
                    _record_key(key, key_line, seen, path)
                    key, key_line = [], lineno
                if keyword in ("msgctxt", "msgid", "msgid_plural"):
                    key += [keyword, string]
                last = keyword
        if not _PO_STRING.fullmatch(string):
            raise error("malformed string: unterminated, or an escape gettext does not know", lineno,
                        is_line=True)
    _record_key(key, key_line, seen, path)


def _record_key(key: list[str], line: int, seen: dict[tuple, int], path: Path) -> None:
    """Note one entry's msgctxt/msgid; refuse a second entry with the same ones."""
    if not key or key == ["msgid", '""']:
        return
    value = tuple(key)
    if value in seen:
        raise CatalogError(f"duplicate message definition (first at line {seen[value]})", path, line)
    seen[value] = line


def render_catalog(catalog: Catalog) -> bytes:
    """The PO text of ``catalog``, in file order, as bytes in its charset.

    Entries unchanged since the file was read keep their original text.
    """
    if not hasattr(catalog, "leaflets_layout"):  # not read from a file (a POT, say): every entry afresh
        return "\n".join(render() for render in _po_lines(catalog)).encode(catalog.charset, "backslashreplace")
    layout, newline = catalog.leaflets_layout.entries(catalog.charset)
    parts = []
    for key, content, fresh in _entries(catalog):
        kept = layout.get(key)
        if kept is not None and kept[0] == content:
            parts.append(kept[1].replace("\r\n", "\n") + "\n")
        else:
            parts.append(fresh())
    text = "\n".join(parts)
    if newline != "\n":
        text = text.replace("\n", newline)
    return text.encode(catalog.charset, "backslashreplace")


def _entries(catalog: Catalog):
    """(layout key, content, a function rendering it afresh) of the header and every entry, in file order.

    Rendering (line wrapping) is the costly part, so it is left to the caller,
    which needs it only for entries that changed.
    """
    renderers = _po_lines(catalog)
    for message in catalog:
        if not message.id:
            yield _HEADER_KEY, _header_content(catalog), next(renderers)
        else:
            yield key_of(message), _entry_content(message), next(renderers)
    for message in catalog.obsolete.values():
        yield ("~", key_of(message)), _entry_content(message), next(renderers)


def _po_lines(catalog: Catalog):
    """Babel's PO layout, with two corrections that gettext tools rely on.

    Babel wraps ``#|`` previous msgids as if they were prose (the result is not
    a valid previous msgid) and wraps translator comments, which then come back
    as several comments. Here ``#|`` lines are wrapped like msgids and comments
    are written one line each, as msgmerge does.
    """
    width = WRAP_WIDTH

    def field(keyword: str, text: str, prefix: str = "") -> str:
        return f"{prefix}{keyword} {po_string(text, prefix, width)}\n"

    def body(message: Message, prefix: str = ""):
        if message.context:
            yield field("msgctxt", message.context, prefix)
        if isinstance(message.id, list | tuple):
            yield field("msgid", message.id[0], prefix)
            yield field("msgid_plural", message.id[1], prefix)
            strings = list(message.string) if isinstance(message.string, list | tuple) else [message.string]
            for index in range(max(catalog.num_plurals, len(strings))):
                text = strings[index] if index < len(strings) else ""
                yield field(f"msgstr[{index}]", text or "", prefix)
        else:
            yield field("msgid", message.id, prefix)
            yield field("msgstr", message.string or "", prefix)

    def previous(message: Message, prefix: str):
        if message.previous_id:
            yield field("msgid", message.previous_id[0], prefix)
            if len(message.previous_id) > 1:
                yield field("msgid_plural", message.previous_id[1], prefix)

    def active(message: Message):
        if not message.id:
            yield catalog.header_comment + "\n"
        for comment in message.user_comments:
            yield f"# {comment}".rstrip() + "\n"
        for comment in message.auto_comments:
            yield f"#. {comment}\n"
        locations = []
        for filename, lineno in message.locations:
            location = f"{filename}:{lineno}" if lineno else filename
            if location not in locations:
                locations.append(location)
        if locations:
            yield f"#: {' '.join(locations)}\n"
        if message.flags:
            yield f"#, {', '.join(sorted(message.flags))}\n"
        yield from previous(message, "#| ")
        yield from body(message)

    def obsolete(message: Message):
        for comment in message.user_comments:
            yield f"# {comment}".rstrip() + "\n"
        if message.flags:
            yield f"#, {', '.join(sorted(message.flags))}\n"
        yield from previous(message, "#~| ")
        yield from body(message, "#~ ")

    for message in catalog:
        yield partial(lambda m: "".join(active(m)), message)
    for message in catalog.obsolete.values():
        yield partial(lambda m: "".join(obsolete(m)), message)


# What Babel's escape() changes, and the line ends str.splitlines() knows besides "\n".
_ESCAPED_OR_LINE_BREAK = re.compile('[\\\\\t\r\n"\x0b\x0c\x1c-\x1e\x85\u2028\u2029]')


@lru_cache(maxsize=8192)
def po_string(text: str, prefix: str = "", width: int = WRAP_WIDTH) -> str:
    """``text`` as a quoted, wrapped PO string: what Babel's ``normalize`` gives, faster.

    Babel escapes every word to measure it; a line with nothing to escape is
    its own measure. Anything else goes to Babel. Cached: boilerplate recurs in
    every catalogue of a network, and a POT is written whole.
    """
    if not width or width < 0 or _ESCAPED_OR_LINE_BREAK.search(text):  # no wrapping, or escapes: Babel's
        return normalize(text, prefix=prefix, width=width)
    prefix_length = len(prefix)
    if len(text) + 2 + prefix_length <= width:
        return f'"{text}"'
    if not prefix and width >= 3 and "-" not in text and text == text.strip():
        # Words and runs of spaces only (Babel also breaks at hyphens), so a line is the longest
        # run of whole words and spaces that fits, or one that does not fit, alone.
        lines, position, end, line_of = [], 0, len(text), _po_line(width)
        while position < end:
            found = line_of.match(text, position)
            line = found.end() if found else position
            if line == position:  # the next word does not fit on a line of its own: alone
                line = _WORD_OR_SPACE.match(text, position).end()
            lines.append(text[position:line])
            position = line
        return '""\n' + "\n".join(f'"{line}"' for line in lines) if len(lines) > 1 else f'"{text}"'
    # Babel's filling, as it is (it counts the prefix once per word, not once per line).
    chunks = WORD_SEP.split(text)
    lines, index, count = [], 0, len(chunks)
    while index < count:
        buffer, size = [], 2
        while index < count:
            length = len(chunks[index]) + prefix_length
            if size + length < width:
                buffer.append(chunks[index])
                index += 1
                size += length
            else:
                if not buffer:  # a word longer than the line: alone
                    buffer.append(chunks[index])
                    index += 1
                break
        lines.append("".join(buffer))
    if len(lines) <= 1:
        return f'"{text}"'
    if not lines[-1]:  # Babel moves a newline onto the line before: rare, and its business
        return normalize(text, prefix=prefix, width=width)
    return '""\n' + "\n".join(f'{prefix}"{line}"' for line in lines)


@lru_cache(maxsize=8)
def _po_line(width: int) -> re.Pattern[str]:
    # Babel fills a line while the quotes and its text stay under ``width``.
    return re.compile(rf".{{0,{width - 3}}}(?:(?<=\s)(?=\S)|(?<=\S)(?=\s)|\Z)", re.DOTALL)


_WORD_OR_SPACE = re.compile(r"\s+|\S+")


def write_catalog(path: Path, catalog: Catalog, *, touch_revision_date: bool = True,
                  known_changed: bool = False) -> bool:
    """Write ``catalog`` atomically; return False (and write nothing) when nothing changed.

    The PO-Revision-Date is moved to now only when the content changes, so a
    rerun of an unchanged project writes no byte. ``known_changed``: the caller
    has compared the content already (rendering to compare is the slow part).
    Without ``touch_revision_date`` (a POT), the file is not fsynced either: a
    template is made from the English, and a run that finds it changed (a power
    cut left it empty, say) extracts it again.
    """
    if not touch_revision_date:
        return write_atomic(path, render_catalog(catalog), durable=False)  # it compares with the file itself
    if not known_changed:
        try:
            if path.read_bytes() == render_catalog(catalog):
                return False
        except FileNotFoundError:
            pass
    catalog.revision_date = now()
    rendered = render_catalog(catalog)
    return write_atomic(path, rendered)


def content_of(catalog: Catalog) -> tuple:
    """Everything a PO file says, as a comparable value: equal content means equal bytes.

    Much cheaper than rendering, so an unchanged catalogue is recognised without
    being written out.
    """
    return (
        _header_content(catalog),
        tuple(_entry_content(m) for m in catalog._messages.values()),
        tuple(_entry_content(m) for m in catalog.obsolete.values()),
    )


_MO_MAGIC = 0x950412DE


def mo_bytes(catalog: Catalog, keep: set[str] | None = None) -> bytes:
    """The MO file of ``catalog``'s translated, non-fuzzy messages (those in ``keep``, when given).

    Byte for byte what Babel's write_mo writes (no hash table) for UTF-8
    catalogues without contexts, without its cost: it sorts Message objects by
    comparing them in Python, and this sorts bytes. The keys are in the order of
    their encoded bytes, as gettext's binary search expects: Babel sorts messages
    with a context by msgid alone, and sorts text rather than bytes.
    """
    charset = catalog.charset
    header = "\n".join(f"{name}: {value}" for name, value in mime_headers(catalog))
    entries = [(b"", header.encode(charset))]
    for message in catalog._messages.values():
        msgid, msgstr = message.id, message.string
        if not msgstr or "fuzzy" in message.flags:
            continue
        if isinstance(msgid, list | tuple):
            ids = list(msgid)
            msgid = "\x00".join(ids)
            msgstr = "\x00".join(string or ids[min(index, 1)] for index, string in enumerate(msgstr))
        if message.context:
            msgid = f"{message.context}\x04{msgid}"
        if keep is not None and msgid not in keep:  # msgid is now the message's key_of
            continue
        entries.append((msgid.encode(charset), msgstr.encode(charset)))
    entries.sort()
    keys = [key for key, _value in entries]
    values = [value for _key, value in entries]
    count = len(entries)
    key_lengths, value_lengths = list(map(len, keys)), list(map(len, values))
    # Each string is followed by a NUL: the next starts one byte after its end.
    key_start = 28 + 16 * count
    key_offsets = accumulate((length + 1 for length in key_lengths[:-1]), initial=key_start)
    value_offsets = accumulate((length + 1 for length in value_lengths[:-1]),
                               initial=key_start + sum(key_lengths) + count)
    return b"".join((
        struct.pack("<7I", _MO_MAGIC, 0, count, 28, 28 + 8 * count, 0, 0),
        struct.pack(f"<{4 * count}I", *chain.from_iterable(zip(key_lengths, key_offsets)),
                    *chain.from_iterable(zip(value_lengths, value_offsets))),
        b"\x00".join(keys), b"\x00", b"\x00".join(values), b"\x00",
    ))


def message_key(msgid: str | tuple[str, ...], context: str | None = None) -> str:
    """A catalogue-wide key for a message, as gettext spells it in MO files."""
    text = "\x00".join(msgid) if isinstance(msgid, tuple) else msgid
    return f"{context}\x04{text}" if context else text


def key_of(message: Message) -> str:
    return message_key(message.id, message.context)


def translation_of(message: Message) -> str:
    """The whole translation as one string ('' when untranslated)."""
    if isinstance(message.string, tuple | list):
        strings = list(message.string)
        return "\x00".join(strings) if any(strings) else ""
    return message.string or ""


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def messages(catalog: Catalog) -> Iterable[Message]:
    """The catalogue's messages without the header entry.

    Not ``iter(catalog)``: Babel builds the header entry afresh (formatting its
    dates) on every iteration, which costs more than the messages themselves.
    """
    return list(catalog._messages.values())


