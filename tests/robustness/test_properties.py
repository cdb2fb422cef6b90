"""Property-based tests: any English text survives the pipeline; the PO reader never crashes."""

from __future__ import annotations

import gettext
import io
import os
import struct
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.catalogs.po import key_of, messages, mo_bytes, read_catalog, write_catalog
from pipeline.core.config import load_config
from pipeline.core.errors import CatalogError
from pipeline.publish.inline import is_plain, plain_text
from pipeline.review.ledger import approve, load_ledger
from pipeline.run import stages
from tests.conftest import STAND_IN
from tests.robustness.helpers import REVIEWER, write_project

# Characters people paste into leaflets, weighted in: right-to-left marks and
# overrides, emoji (with joiners and skin tones), combining marks, quotes of
# every kind, backslashes, Markdown and HTML specials, non-breaking spaces.
SPECIALS = [
    "\u200f", "\u200e", "\u202e", "\u202c", "\u2067", "\u2069", "😀", "👩🏽‍⚕️", "🇦🇺", "\u0301", "\u0323",
    "e\u0301", '"', "'", "“", "”", "‘", "’", "«", "»", "\\", "\\n", "\\\\", "\\\"", "**", "*", "_", "`", "<",
    ">", "&", "&amp;", "#", "%", "{0}", "%s", "\u00a0", "\u2009", "\u3000", "\u2028", "ـ", "ﷺ", "𝔘",
]
text_piece = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12),
    st.sampled_from(SPECIALS),
)
english_text = st.lists(text_piece, min_size=1, max_size=12).map(lambda parts: " ".join(parts))


class _Paragraphs(HTMLParser):
    """The text of every <p> element of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.texts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "p":
            self.depth += 1
            self.texts.append("")

    def handle_endtag(self, tag):
        if tag == "p" and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.texts[-1] += data


def _paragraph_with_marker(html: str) -> str:
    parser = _Paragraphs()
    parser.feed(html)
    found = [t for t in parser.texts if "MARKER-START" in t]
    assert len(found) == 1, parser.texts
    return found[0]


def _canonical(text: str) -> str:
    """The block text the Markdown dialect gives for ``text`` on one line: runs of spaces and tabs are one space."""
    return " ".join(part for part in text.replace("\t", " ").split(" ") if part)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=english_text)
@example(body="\u200fالجرعة\u200f 5 mg 😀 e\u0301 “quoted” \\ back\\slash **DO NOT**")
@example(body="\\:")  # a Markdown escape: the page shows the colon
@example(body=" ")
def test_any_english_text_survives_extract_update_identity_translation_and_build(body):
    paragraph = _canonical(f"MARKER-START {body} MARKER-END")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "project"
        config = write_project(root, 1, ["es"])
        source = config.source_path("leaflet-00")
        lines = source.read_text(encoding="utf-8").split("\n")
        lines[lines.index("# Leaflet 0") + 2:lines.index("# Leaflet 0") + 2] = [paragraph, ""]
        source.write_text("\n".join(lines), encoding="utf-8")
        stages.run(config)

        pot = read_catalog(config.pot_path("leaflet-00"))
        assert paragraph in {m.id for m in messages(pot)}, "the English block changed on the way into the POT"
        po_path = config.po_path("es", "leaflet-00")
        catalog = read_catalog(po_path)
        assert paragraph in {m.id for m in messages(catalog)}
        for message in messages(catalog):
            message.string = message.id  # the identity translation
        write_catalog(po_path, catalog)
        catalog = read_catalog(po_path)
        assert {m.id: m.string for m in messages(catalog)}[paragraph] == paragraph
        ledger = load_ledger(config, "es", "leaflet-00")
        approve(catalog, ledger, config, REVIEWER, override=STAND_IN)
        ledger.save()
        stages.run(load_config(root))

        with open(config.mo_path("es", "leaflet-00"), "rb") as handle:
            assert gettext.GNUTranslations(handle).gettext(paragraph) == paragraph
        english = _paragraph_with_marker(config.output_path("en", "leaflet-00", ".html").read_text("utf-8"))
        spanish = _paragraph_with_marker(config.output_path("es", "leaflet-00", ".html").read_text("utf-8"))
        assert spanish == english
        # The page shows the English as written, its Markdown (emphasis, escapes, entities) read.
        assert english == (paragraph if is_plain(paragraph) else plain_text(paragraph))
        text_en = config.output_path("en", "leaflet-00", ".txt").read_text("utf-8")
        text_es = config.output_path("es", "leaflet-00", ".txt").read_text("utf-8")
        start_en, start_es = text_en.index("MARKER-START"), text_es.index("MARKER-START")
        assert text_es[start_es:text_es.index("MARKER-END") + 10] == text_en[start_en:text_en.index("MARKER-END") + 10]


VALID_PO = '''# A translator's comment
msgid ""
msgstr ""
"Project-Id-Version: x 1.0\\n"
"Language: es\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#. Q1 question
#: source/x.md:3
#, fuzzy
#| msgid "Old question?"
msgid "Will it hurt?"
msgstr "¿Duele?"

msgctxt "menu"
msgid "One \\"quoted\\" word"
msgid_plural "Many words"
msgstr[0] "Una"
msgstr[1] "Muchas"

#~ msgid "Gone"
#~ msgstr "Ido"
'''.encode()


def test_the_sample_catalogue_is_valid():
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sample.po"
        path.write_bytes(VALID_PO)
        assert subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(path)], check=False).returncode == 0
        assert len(list(messages(read_catalog(path)))) == 2


def _line_of(data: bytes, needle: bytes) -> int:
    return data[: data.index(needle)].count(b"\n") + 1


# Damage, each with the line it is on. gettext's msgfmt refuses all but the
# unknown charset (which it only warns about, then cannot convert the text).
MALFORMED = {
    "unknown charset": (b"charset=UTF-8", b"charset=NOPE-9"),
    "invalid UTF-8": (b'"Una"', b'"U\xffna"'),
    "unterminated string": (b'"Una"', b'"Una'),
    "invalid escape": (b'"Una"', b'"U\\qna"'),
    "msgstr before msgid": (b'msgid "Will it hurt?"\nmsgstr', b'msgstr "x"\nmsgid "Will it hurt?"\nmsgstr'),
}


@pytest.mark.parametrize("damage", list(MALFORMED))
def test_malformed_catalogue_is_refused_at_its_line(damage, tmp_path):
    old, new = MALFORMED[damage]
    data = VALID_PO.replace(old, new)
    line = _line_of(data, new)
    path = tmp_path / "damaged.po"
    path.write_bytes(data)
    if damage != "unknown charset":
        assert subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(path)],
                              capture_output=True, check=False).returncode != 0
    with pytest.raises(CatalogError) as caught:
        read_catalog(path)
    assert caught.value.line in (line, line + 1), f"{damage}: {caught.value} (the damage is on line {line})"
    assert str(caught.value).startswith(f"{path}:{caught.value.line}: ")


def _check_reader(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzzed.po"
        path.write_bytes(data)
        try:
            read_catalog(path)
        except CatalogError as error:
            lines = data.count(b"\n") + 1
            assert error.line is not None and 1 <= error.line <= lines, (
                f"no usable line number in {str(error)!r} (file has {lines} lines)")
            assert str(error).startswith(f"{path}:{error.line}: "), str(error)


@settings(max_examples=30, deadline=None)
@given(data=st.binary(max_size=600))
def test_po_reader_never_crashes_on_arbitrary_bytes(data):
    _check_reader(data)


@settings(max_examples=30, deadline=None)
@given(edits=st.lists(st.tuples(st.integers(0, len(VALID_PO)), st.integers(0, 8), st.binary(max_size=6)),
                      min_size=1, max_size=6))
def test_po_reader_never_crashes_on_a_damaged_catalogue(edits):
    data = bytearray(VALID_PO)
    for position, length, replacement in edits:
        data[position:position + length] = replacement
    _check_reader(bytes(data))


# -- MO files ---------------------------------------------------------------------------------

_flags = st.sets(st.sampled_from(["fuzzy", "no-wrap"]), max_size=1)


@st.composite
def _catalogues(draw) -> Catalog:
    catalog = Catalog(locale="es", project="Leaflet", version="1")
    for number in range(draw(st.integers(0, 6))):
        catalog.add(draw(english_text) + f" {number}", draw(st.one_of(st.just(""), english_text)),
                    flags=draw(_flags), context=draw(st.sampled_from([None, None, "menu", "état", "a"])))
    if draw(st.booleans()):
        catalog.add(("One dose", "%(n)s doses"), ("Una dosis", ""))
    return catalog


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalog=_catalogues(), keep_every=st.integers(1, 3))
def test_mo_files_are_sorted_by_key_bytes_and_read_by_gettext_and_msgunfmt(catalog, keep_every):
    keep = {key_of(m) for i, m in enumerate(catalog._messages.values()) if i % keep_every == 0}
    mo = mo_bytes(catalog, keep)
    published = {key_of(m): m for m in catalog._messages.values() if key_of(m) in keep and m.string and not m.fuzzy}
    originals = _original_keys(mo)
    assert originals == sorted(originals)  # by bytes, as gettext's binary search needs (Babel sorts by msgid)
    assert len(originals) == 1 + len(published)  # and the header
    translations = gettext.GNUTranslations(io.BytesIO(mo))
    for message in published.values():
        if isinstance(message.id, tuple):
            assert translations.ngettext(*message.id, 1) == message.string[0]
        elif message.context:
            assert translations.pgettext(message.context, message.id) == message.string
        else:
            assert translations.gettext(message.id) == message.string
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "leaflet.mo"
        path.write_bytes(mo)
        result = subprocess.run(["msgunfmt", str(path)], capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr


def _original_keys(mo: bytes) -> list[bytes]:
    count, originals = struct.unpack_from("<2I", mo, 8)
    keys = []
    for index in range(count):
        length, offset = struct.unpack_from("<2I", mo, originals + 8 * index)
        keys.append(mo[offset:offset + length])
    return keys
