"""All PO, POT and MO reading and writing.

One writer (Babel's), one wrap width, file order as extracted: rewriting an
unchanged catalogue gives a byte-identical file, and an unchanged file is not
rewritten at all (its PO-Revision-Date moves only when its content does).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable
from copy import copy
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po, write_po

from pipeline.clock import now
from pipeline.errors import CatalogError
from pipeline.files import write_atomic

WRAP_WIDTH = 76  # Babel's and msgcat's default, so editors and gettext tools agree

_BOM = b"\xef\xbb\xbf"


def read_catalog(path: Path, locale: str | None = None, data: bytes | None = None) -> Catalog:
    """Parse a PO/POT file, or raise CatalogError naming the file and line."""
    if data is None:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise CatalogError("no such catalogue", path) from None
        except OSError as exc:
            raise CatalogError(f"cannot read: {exc.strerror}", path) from None
    if data.startswith(_BOM):
        data = data[len(_BOM):]
    _check_duplicates(data, path)
    try:
        return read_po(io.BytesIO(data), locale=locale, abort_invalid=True)
    except PoFileError as exc:
        message = str(exc).rsplit(" on ", 1)[0]
        raise CatalogError(message, path, exc.lineno + 1) from None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CatalogError(f"text is not valid in the declared charset ({exc.encoding})", path, line) from None
    except (LookupError, ValueError) as exc:  # unknown charset, bad plural header, bad escapes
        raise CatalogError(f"cannot parse: {exc}", path) from None


def _check_duplicates(data: bytes, path: Path) -> None:
    """Babel merges duplicate msgids silently; gettext refuses them, and so do we."""
    seen: dict[bytes, int] = {}
    context = b""
    key_lines: list[bytes] = []
    for lineno, line in enumerate(data.splitlines(), start=1):
        if line.startswith(b"msgctxt "):
            context = line
        elif line.startswith(b"msgid "):
            key_lines = [context, line]
            start = lineno
        elif line.startswith(b'"') and key_lines:
            key_lines.append(line)
        elif key_lines:
            key = b"\n".join(key_lines)
            if key != b'\nmsgid ""':
                if key in seen:
                    raise CatalogError(f"duplicate message definition (first at line {seen[key]})", path, start)
                seen[key] = start
            key_lines, context = [], b""


def render_catalog(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=WRAP_WIDTH, include_previous=True, ignore_obsolete=False)
    return buffer.getvalue()


def write_catalog(path: Path, catalog: Catalog, *, touch_revision_date: bool = True) -> bool:
    """Write ``catalog`` atomically; return False (and write nothing) when nothing changed.

    The PO-Revision-Date is moved to now only when the content changes, so a
    rerun of an unchanged project writes no byte.
    """
    rendered = render_catalog(catalog)
    try:
        if path.read_bytes() == rendered:
            return False
    except FileNotFoundError:
        pass
    if touch_revision_date:
        catalog.revision_date = now()
        rendered = render_catalog(catalog)
    return write_atomic(path, rendered)


def write_mo_file(path: Path, catalog: Catalog) -> bool:
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return write_atomic(path, buffer.getvalue())


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
    """The catalogue's messages without the header entry."""
    return (m for m in catalog if m.id)


def filtered_copy(catalog: Catalog, keep: set[str]) -> Catalog:
    """A copy of ``catalog`` holding only the messages whose keys are in ``keep``."""
    result = copy(catalog)
    result._messages = type(catalog._messages)()
    result.obsolete = type(catalog.obsolete)()
    for message in messages(catalog):
        if key_of(message) in keep:
            result[message.id] = message
    return result
