"""The fast paths a run takes give exactly what the general paths give.

`catalogs._read_plain` reads the plain PO layout without Babel's parser and
`update._already_merged` skips Babel's merge when it would change nothing.
Each is compared here with the path it short-cuts, on generated catalogues,
on damaged ones, and on every catalogue of a real project.
"""

from __future__ import annotations

import copy
import datetime as dt
import gettext
import io
import struct

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import catalogs, stages, update
from tests.conftest import SLUG, fake_translation, translate_all
from tests.robustness.test_properties import VALID_PO, english_text


def _babel_read(data: bytes, locale: str | None = None) -> Catalog:
    catalog = Catalog(locale=locale)
    catalogs._Parser(catalog, ignore_obsolete=False, abort_invalid=True).parse(io.BytesIO(data))
    return catalog


def _everything(catalog: Catalog) -> tuple:
    """Every attribute of the catalogue and of each message: all a reader decides.

    Not the creation date of a header without one: Babel puts the time of reading.
    """
    attributes = {name: value for name, value in vars(catalog).items()
                  if name not in ("_messages", "obsolete", "leaflets_layout", "creation_date")}
    return (
        catalogs.content_of(catalog),
        [vars(m) for m in catalog._messages.values()],
        attributes, list(catalog.mime_headers), catalog.num_plurals, catalog.plural_expr,
    )


def _assert_same_as_babel(data: bytes, locale: str | None = None) -> bool:
    """If the fast reader takes ``data``, it reads what the checked path reads. True when it took it."""
    try:
        fast = catalogs._read_plain(data, locale)
    except Exception as refused:  # noqa: BLE001 - a header Babel cannot read: the checked path must refuse too
        try:
            _babel_read(data, locale)
        except Exception:  # noqa: BLE001
            return False
        raise AssertionError(f"the fast reader refused what Babel reads: {refused!r}") from None
    if fast is None:
        return False
    catalogs._validate(data, catalogs.Path("test.po"))  # the fast path must never accept a refused file
    assert _everything(fast) == _everything(_babel_read(data, locale))
    return True


flags = st.sets(st.sampled_from(["fuzzy", "python-format", "no-wrap", "c-format"]), max_size=2)
comment_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=20)


@st.composite
def catalogues(draw) -> Catalog:
    catalog = Catalog(locale=draw(st.sampled_from(["es", "ar", "zh_Hans", "ja"])), project="Leaflet", version="1")
    catalog.header_comment = "# " + draw(comment_text).replace("\n", " ")
    for number in range(draw(st.integers(1, 6))):
        english = draw(english_text) + f" {number}"  # distinct msgids
        message = Message(
            english,
            draw(st.one_of(st.just(""), english_text)),
            locations=[(f"source/leaflet-{number}.md", draw(st.integers(1, 500)))],
            flags=draw(flags),
            auto_comments=draw(st.lists(comment_text.filter(str.strip), max_size=2)),
            user_comments=draw(st.lists(comment_text, max_size=2, unique=True)),
        )
        if message.fuzzy and draw(st.booleans()):
            message.previous_id = [draw(english_text)]
        catalog[english] = message
    return catalog


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalog=catalogues())
def test_fast_reader_reads_what_babel_reads(catalog):
    data = catalogs.render_catalog(catalog)
    # Text with "\r" or stray whitespace may go the checked way; anything the writer writes
    # without them must take the fast way, or the fast path is dead code.
    took = _assert_same_as_babel(data, str(catalog.locale))
    if b"\r" not in data and not any(
        ch in m.id + m.string for m in catalog._messages.values() for ch in "\t\x0b\x0c\u2068\u2069"
    ):
        assert took


@settings(max_examples=400, deadline=None)
@given(edits=st.lists(st.tuples(st.integers(0, len(VALID_PO)), st.integers(0, 8), st.binary(max_size=6)),
                      min_size=1, max_size=6))
def test_fast_reader_on_a_damaged_catalogue_agrees_or_steps_aside(edits):
    data = bytearray(VALID_PO.split(b"msgctxt")[0])  # the part in the plain layout
    for position, length, replacement in edits:
        data[position:position + length] = replacement
    try:
        _assert_same_as_babel(bytes(data))
    except catalogs.CatalogError as refused:
        raise AssertionError(f"the fast reader accepted a file the checked path refuses: {refused}") from None


_field_value = st.one_of(
    st.text(st.characters(blacklist_characters='\n"\\', blacklist_categories=("Cs",)), max_size=24),
    st.sampled_from(["", " ", "es", "ar_EG", "xx", "zh-Hans", "nplurals=1; plural=0;", "nplurals=x;",
                     "text/plain; charset=utf-8", "text/plain", "2026-01-15 00:00+0000", "YEAR-MO-DA HO:MI+ZONE",
                     "2026-13-45 99:99", "Leaflet 1.2", "Leaflet", "\r", "a\rb", "x\x0by", "\u2028"]),
)
_field_name = st.sampled_from([
    "Project-Id-Version", "Report-Msgid-Bugs-To", "POT-Creation-Date", "PO-Revision-Date", "Last-Translator",
    "Language", "Language-Team", "Plural-Forms", "Content-Type", "X-Generator", "language", "From", ":", "",
])


@settings(max_examples=400, deadline=None)
@given(fields=st.lists(st.tuples(_field_name, st.sampled_from([": ", ":", ":\t ", " ", "\n "]), _field_value),
                       max_size=8),
       ending=st.sampled_from(["\\n", "", "\\n\\n"]),
       comments=st.sampled_from(["", "# A\n#, fuzzy\n", "# A\n#\n# B\n#\n# A\n"]))
def test_fast_reader_reads_any_header_as_babel_does(fields, ending, comments):
    """Header fields are read one by one and their effects reused: the same as Babel's reading of the header."""
    lines = "\\n".join(f"{name}{colon}{value}".replace("\n", "\\n") for name, colon, value in fields) + ending
    data = (f'{comments}msgid ""\nmsgstr "{lines}"\n\n#. Title\n#: source/a.md:1\nmsgid "Dose"\nmsgstr "Dosis"\n')
    for locale in ("es", None):
        _assert_same_as_babel(data.encode("utf-8"), locale)


def test_fast_reader_steps_aside_for_what_it_does_not_know():
    plain = VALID_PO.split(b"msgctxt")[0]
    assert _assert_same_as_babel(plain)
    for unusual in (
        plain.replace(b"\n", b"\r\n"),  # CRLF
        plain + b'#~ msgid "Gone"\n#~ msgstr "Ido"\n',  # obsolete entries
        plain + b'msgctxt "menu"\nmsgid "Open"\nmsgstr "Abrir"\n',  # a context
        plain.replace(b"charset=UTF-8", b"charset=ISO-8859-1"),  # another charset
        plain + plain.split(b"\n\n", 1)[1],  # duplicate entries: msgfmt refuses them
        plain + b'#. x\n#: a.md:1\nmsgid "A"\nmsgstr "B "quoted" C"\n',  # a quote not escaped
        plain + b'#. x\n#: a.md:1\nmsgid "A"\nmsgstr "B \\q"\n',  # an escape msgfmt does not know
        plain + b'#. x\n#: a.md:1\nmsgid "A"\nmsgstr "B\\"\n',  # the closing quote escaped
        plain + b'#. x\n#: a.md:1\nmsgid "A"\nmsgstr "B" "C"\n',  # two strings on one line
    ):
        assert catalogs._read_plain(unusual, None) is None
        if b"\r" not in unusual and b"#~" not in unusual and b"msgctxt" not in unusual and b"ISO" not in unusual:
            with pytest.raises(catalogs.CatalogError):  # and the checked path names the line
                catalogs._validate(unusual, catalogs.Path("test.po"))


def test_fast_reader_reads_every_catalogue_of_a_project(project):
    for lang in project.languages:
        translate_all(project, lang, fake_translation(lang))
    stages.run(project)  # drafts, approvals-free catalogues, as a run leaves them
    paths = sorted(project.locales_dir.rglob("*.po")) + sorted(project.locales_dir.glob("*.pot"))
    assert paths
    for path in paths:
        locale = path.parent.parent.name if path.suffix == ".po" else None
        assert _assert_same_as_babel(path.read_bytes(), locale), path


# -- MO files ------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalog=catalogues(), plural=st.booleans(), context=st.booleans(), keep_every=st.integers(1, 3))
def test_mo_files_are_what_babel_writes_and_what_gettext_reads(catalog, plural, context, keep_every):
    if plural:
        catalog.add(("One dose", "%(n)s doses"), ("Una dosis", ""), flags=["python-format"])
    if context:
        catalog.add("Open", "Abrir", context="menu")
        catalog.add("Open", "Abierto", context="state")
    keep = {catalogs.key_of(m) for i, m in enumerate(catalog._messages.values()) if i % keep_every == 0}
    ours = catalogs.mo_bytes(catalog, keep)
    kept = copy.copy(catalog)
    kept._messages = {k: m for k, m in catalog._messages.items() if catalogs.key_of(m) in keep}
    babel = io.BytesIO()
    write_mo(babel, kept, use_fuzzy=False)
    if not context:  # Babel sorts messages with a context by msgid alone; gettext wants the whole key
        assert ours == babel.getvalue()
    ours_read = gettext.GNUTranslations(io.BytesIO(ours))._catalog
    assert ours_read == gettext.GNUTranslations(io.BytesIO(babel.getvalue()))._catalog
    originals = _original_keys(ours)
    assert originals == sorted(originals)  # by bytes, as gettext's binary search needs
    published = [m for m in catalog._messages.values() if catalogs.key_of(m) in keep and m.string and not m.fuzzy]
    assert len(originals) == 1 + len(published)  # and the header


def _original_keys(mo: bytes) -> list[bytes]:
    count, originals = struct.unpack_from("<2I", mo, 8)[0], struct.unpack_from("<I", mo, 12)[0]
    out = []
    for index in range(count):
        length, offset = struct.unpack_from("<2I", mo, originals + 8 * index)
        out.append(mo[offset:offset + length])
    return out


# -- _already_merged -----------------------------------------------------------------------


def _full_merge(catalog: Catalog, template: Catalog) -> Catalog:
    merged = copy.deepcopy(catalog)
    old_keys = {catalogs.key_of(m) for m in catalogs.messages(merged)}
    previous = {catalogs.key_of(m): m.previous_id for m in catalogs.messages(merged) if m.fuzzy and m.previous_id}
    merged.update(update._private_copy(template, old_keys), no_fuzzy_matching=True, update_creation_date=True)
    update._match_changed_english(merged, old_keys)
    for message in catalogs.messages(merged):
        if message.fuzzy and not message.previous_id and catalogs.key_of(message) in previous:
            message.previous_id = previous[catalogs.key_of(message)]
    merged.project, merged.version = template.project, template.version
    return merged


def _template_of(catalog: Catalog) -> Catalog:
    template = Catalog(project=catalog.project, version=catalog.version, creation_date=catalog.creation_date)
    for message in catalog._messages.values():
        template[message.id] = Message(message.id, "", list(message.locations), set(),
                                       list(message.auto_comments))
    return template


edits_to_a_catalogue = st.lists(st.sampled_from([
    "drop", "swap", "move location", "add auto comment", "previous on translated", "duplicate comment",
    "new template flag", "template project",
]), max_size=2, unique=True)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalog=catalogues(), edits=edits_to_a_catalogue, which=st.integers(0, 5))
def test_already_merged_means_the_merge_changes_nothing(catalog, edits, which):
    template = _template_of(catalog)
    keys = list(template._messages)
    key = keys[which % len(keys)]
    for edit in edits:
        if edit == "drop" and len(keys) > 1:
            catalog._messages.pop(key, None)
        elif edit == "swap" and len(keys) > 1:
            first, second = keys[0], keys[1]
            items = list(template._messages.items())
            items[0], items[1] = items[1], items[0]
            template._messages = dict(items)
            assert first != second
        elif edit == "move location":
            template._messages[key].locations = [("source/elsewhere.md", 1)]
        elif edit == "add auto comment":
            template._messages[key].auto_comments.append("Q9 answer")
        elif edit == "previous on translated" and key in catalog._messages:
            catalog._messages[key].flags.discard("fuzzy")
            catalog._messages[key].previous_id = ["Older English"]
        elif edit == "duplicate comment" and key in catalog._messages:
            catalog._messages[key].user_comments = ["same", "same"]
        elif edit == "new template flag":
            template._messages[key].flags.add("no-wrap")
        elif edit == "template project":
            template.project = "Another leaflet"
    fast = update._already_merged(catalog, template)
    if not edits:
        assert fast, "an untouched catalogue is already merged"
    if fast:
        assert catalogs.content_of(_full_merge(catalog, template)) == catalogs.content_of(catalog)


# Words, hyphens and dashes (where Babel also breaks), spaces, quotes and backslashes.
_po_text = st.lists(st.sampled_from(["a", "bb", "long-word", "co-operate", "--", " ", "  ", "é", "中", '"', "\\",
                                    "\n", "\t", "x" * 40, "!", "\u2028"]), max_size=60).map("".join)


# The same without hyphens, with other whitespace: the lines are then found by one regex each.
_spaced_text = st.lists(st.sampled_from(["a", "bb", "é", "中", "x" * 40, "!", ".", " ", "   ", "\xa0", "\u2009",
                                         "\x1c", " " * 80]), max_size=60).map("".join)


@settings(max_examples=1500, deadline=None)
@given(text=st.one_of(_po_text, _spaced_text, st.text()), prefix=st.sampled_from(["", "#| ", "#~ ", "#~| "]),
       width=st.sampled_from([76, 30, 12, 3, 1, 0, -1, None]))
def test_po_strings_are_laid_out_as_babel_lays_them_out(text, prefix, width):
    from babel.messages.pofile import normalize

    assert catalogs.po_string(text, prefix, width) == normalize(text, prefix=prefix, width=width)


_zones = st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=10)), dt.timezone(dt.timedelta(hours=-3, minutes=-30))])
_dates = st.builds(lambda moment, zone: moment.replace(tzinfo=dt.UTC).astimezone(zone),
                   st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2090, 1, 1)), _zones)


@settings(max_examples=300, deadline=None)
@given(catalog=catalogues(), created=_dates, revised=st.one_of(_dates, st.just("YEAR-MO-DA HO:MI+ZONE")),
       team=st.sampled_from(["LANGUAGE <LL@li.org>", "Spanish translators", ""]), same_instant=st.booleans())
def test_mime_headers_are_babels(catalog, created, revised, team, same_instant):
    catalog.creation_date, catalog.language_team = created, team
    catalog.revision_date = created.astimezone(dt.timezone(dt.timedelta(hours=5))) if same_instant else revised
    assert catalogs.mime_headers(catalog) == catalog.mime_headers


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.one_of(english_text, st.sampled_from(["Take 50% of the dose.", "Use {name}.", "Same."])),
                      min_size=1, max_size=8))
def test_templates_hold_what_babels_add_makes(project, texts):
    """extract.template_for builds entries directly; Catalog.add (merging repeated English) must agree."""
    from dataclasses import replace
    from itertools import cycle

    from pipeline import extract
    from pipeline.source import read_leaflet

    leaflet = read_leaflet(project.source_path(SLUG))
    leaflet = replace(leaflet, blocks=tuple(replace(block, text=text) for block, text in zip(cycle(leaflet.blocks), texts)))
    fast = extract.template_for(leaflet, project)
    reference = Catalog(locale=None)
    for block in leaflet.blocks:
        reference.add(block.text, locations=[(project.relative(leaflet.path), block.line)],
                      auto_comments=[block.comment])
    assert [vars(m) for m in fast._messages.values()] == [vars(m) for m in reference._messages.values()]
