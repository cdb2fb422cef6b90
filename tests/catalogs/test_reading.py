"""The PO reader's gate: one expression passes the usual file whole, the line-by-line reader judges the rest.

The expression (``po._WELL_FORMED``) must never pass a file the line-by-line
reader refuses, and a duplicate entry in a file it passes is refused by the
parser at the same line, with the same words.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.catalogs import po
from pipeline.core.errors import CatalogError

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'

# Lines as translators' tools write them, and the slips they make.
LINES = [
    "", "  ", "# a translator's comment", "#. Q1 answer", "#: source/a.md:12", "#, fuzzy", "#| msgid \"Old\"",
    "#| \"old more\"", "#~ msgid \"Gone\"", "#~ msgstr \"Ido\"", "#~| msgid \"Older\"", "#~ \"more\"", "#~",
    "#~ #| msgid \"x\"", "#~ msgid", "#| bogus \"x\"", "msgctxt \"menu\"", "msgctxt \"\"", "msgid \"Will it hurt?\"",
    "msgid \"Will it hurt?\"", "msgid \"\"", "msgid \"caf\\303\\251\"", "msgid \"café\"", "msgid_plural \"Many\"",
    "msgstr \"\"", "msgstr \"Uno\"", "msgstr[0] \"Una\"", "msgstr[1] \"Muchas\"", "msgstr[x] \"bad\"", "\"more text\"",
    "\"\\n\"", "\"tab\\there\"", "\"bad \\q escape\"", "\"unterminated", "\"two\" \"strings\"", "msgid\t\"tab\"",
    "msgstr  \"two spaces\"  ", "msgid \"x\" trailing", "Msgid \"capital\"", "\t\"indented\"", "\"a \\\"quote\\\"\"",
    "msgstr\"no space\"", "\"\\x41\"", "\"\\101\"", "#| msgctxt \"c\"", "#| msgid_plural \"Olds\"", "#|",
]


# Whole entries, often the same msgid twice (with or without a context, split over lines, escaped).
_ENTRIES = st.lists(st.tuples(
    st.sampled_from(["", 'msgctxt "menu"\n', 'msgctxt ""\n', "#, fuzzy\n", '#| msgid "Old"\n']),
    st.sampled_from(['msgid "café"', 'msgid ""\n"caf"\n"é"', 'msgid "caf\\303\\251"', 'msgid "Two"']),
    st.sampled_from(['msgstr "uno"', 'msgstr ""', 'msgid_plural "Twos"\nmsgstr[0] "a"\nmsgstr[1] "b"']),
    st.sampled_from(["\n", "\n# note\n", '\n#~ msgid "Gone"\n#~ msgstr "Ido"\n'])), max_size=5).map(
    lambda entries: "".join(f"{before}{msgid}\n{msgstr}\n{after}" for before, msgid, msgstr, after in entries))


def _line_reader_verdict(text: str) -> str | None:
    """What the line-by-line reader says of ``text``: None (accepted), or its message and line."""
    try:
        po._refuse_malformed_line(text, Path("x.po"), "utf-8")
    except CatalogError as error:
        return str(error)
    return None


@settings(max_examples=400, deadline=None)
@given(lines=st.lists(st.sampled_from(LINES), max_size=14), end=st.sampled_from(["", "\n"]))
def test_the_gate_passes_only_what_the_line_reader_accepts_but_for_duplicates(lines, end):
    text = HEADER + "\n".join(lines) + end
    if po._WELL_FORMED.fullmatch(text + "\n"):
        verdict = _line_reader_verdict(text)
        assert verdict is None or "duplicate message definition" in verdict, verdict


@settings(max_examples=300, deadline=None)
@given(body=st.one_of(_ENTRIES, st.lists(st.sampled_from(LINES), max_size=14).map("\n".join)))
def test_a_duplicate_in_a_file_the_gate_passes_is_refused_where_the_line_reader_refuses_it(body, tmp_path_factory):
    text = f"{HEADER}\n{body}\n"
    if not po._WELL_FORMED.fullmatch(text + "\n"):
        return
    verdict = _line_reader_verdict(text)
    path = tmp_path_factory.mktemp("po") / "x.po"
    path.write_text(text, encoding="utf-8")
    try:
        po.read_catalog(path)
    except CatalogError as error:  # a duplicate, or what Babel refuses (an obsolete msgid alone, say)
        if "duplicate" in str(error):
            assert str(error) == verdict.replace("x.po", str(path)), (verdict, str(error))
    else:
        assert verdict is None, verdict


def test_the_usual_catalogue_passes_the_gate_and_a_damaged_one_is_refused_at_its_line(tmp_path):
    text = (HEADER + '\n#. Q1\n#: source/a.md:3\nmsgctxt "menu"\nmsgid ""\n"Will it "\n"hurt?"\nmsgstr "¿Duele?"\n'
            '\n#, fuzzy\n#| msgid "Old"\nmsgid "One"\nmsgid_plural "Many"\nmsgstr[0] "Una"\nmsgstr[1] "Muchas"\n')
    assert po._WELL_FORMED.fullmatch(text + "\n")
    path = tmp_path / "es.po"
    path.write_text(text, encoding="utf-8")
    assert _msgfmt_error_line(path) is None
    assert len(list(po.messages(po.read_catalog(path)))) == 2
    damaged = text.replace('"hurt?"', '"hurt\\q?"')
    assert not po._WELL_FORMED.fullmatch(damaged + "\n")
    path.write_text(damaged, encoding="utf-8")
    with pytest.raises(CatalogError, match=r"es\.po:10: malformed string"):
        po.read_catalog(path)
    # Obsolete entries are left to the line reader (see po._WELL_FORMED), and read as before.
    with_obsolete = text + '\n#~ msgid "Gone"\n#~ msgstr "Ido"\n'
    assert not po._WELL_FORMED.fullmatch(with_obsolete + "\n")
    path.write_text(with_obsolete, encoding="utf-8")
    assert [m.string for m in po.read_catalog(path).obsolete.values()] == ["Ido"]


def test_two_strings_on_one_line_are_refused_as_such_not_as_a_malformed_string(tmp_path):
    """msgfmt joins them; no tool writes them so: the error says what the line holds and what to do."""
    path = tmp_path / "es.po"
    path.write_text(HEADER + '\nmsgid "Will it hurt?"\nmsgstr "Un poco, " "no mucho."\n', encoding="utf-8")
    assert subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(path)], capture_output=True,
                          check=False).returncode == 0
    with pytest.raises(CatalogError, match=r"es\.po:6: two strings on one line: msgfmt joins them, but leaflets "
                                           r"reads one string a line"):
        po.read_catalog(path)


@pytest.mark.parametrize("context", ["", 'msgctxt "menu"\n'])
def test_a_duplicate_in_a_well_formed_file_names_both_lines(tmp_path, context):
    text = HEADER + f'\n{context}msgid "Will it hurt?"\nmsgstr "uno"\n\n{context}msgid "Will it hurt?"\nmsgstr "dos"\n'
    assert po._WELL_FORMED.fullmatch(text + "\n")
    path = tmp_path / "es.po"
    path.write_text(text, encoding="utf-8")
    first, second = (5, 8) if not context else (5, 9)
    with pytest.raises(CatalogError, match=rf"es\.po:{second}: duplicate message definition \(first at line {first}\)"):
        po.read_catalog(path)


# Stray obsolete lines among live ones (msgfmt: "inconsistent use of #~"): Babel's parser takes
# them into the entry beside them, where they hid a duplicate, gave the next entry a stray
# translation, lengthened one or gave it a context. The line reader refuses them at their line.
@pytest.mark.parametrize(("body", "line"), [
    ('msgid "a"\nmsgstr "x"\n#~ msgstr "z"\n\nmsgid "a"\nmsgstr "y"\n', 7),
    ('msgid "a"\nmsgstr "x"\n\nmsgid "a"\nmsgstr "y"\n#~ msgstr "z"\n', 10),
    ('msgid "a"\nmsgstr "x"\n#~ msgid_plural "as"\n\nmsgid "a"\nmsgstr "y"\n', 7),
    ('msgid "a"\nmsgstr "x"\n\n#~ msgctxt "c"\nmsgid "a"\nmsgstr "y"\n', 9),
    ('msgid "a"\nmsgstr "x"\n#~ " more"\n', 7),
    ('# a comment\n#~ msgstr "z"\nmsgid "b"\nmsgstr "y"\n', 6),
    # A previous msgid of the other kind: obsolete (#~|, or #~ #| as gettext reads it) before a live entry,
    # live before an obsolete one, or both kinds in one.
    ('#~ #| msgid "old b"\nmsgid "b"\nmsgstr "y"\n', 6),
    ('#~| msgid "old b"\n\nmsgid "b"\nmsgstr "y"\n', 7),
    ('#| msgid "Older"\n#~ msgid "Gone"\n#~ msgstr "Ido"\n', 6),
    ('#| msgid "Older"\n#~| msgid_plural "Olders"\n#~ msgid "Gone"\n#~ msgstr "Ido"\n', 6),
])
def test_a_stray_obsolete_line_among_live_ones_is_refused_at_its_line(tmp_path, body, line):
    text = f"{HEADER}\n{body}"
    path = tmp_path / "es.po"
    path.write_text(text, encoding="utf-8")
    assert subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(path)], capture_output=True,
                          check=False).returncode != 0
    with pytest.raises(CatalogError) as refused:
        po.read_catalog(path)
    assert refused.value.line == line, str(refused.value)


def test_obsolete_entries_as_msgmerge_writes_them_are_read(tmp_path):
    text = (f'{HEADER}\nmsgid "a"\nmsgstr "x"\n#~ msgid "Gone"\n#~ msgstr "Ido"\n\n#, fuzzy\n'
            '#~| msgid "Older"\n#~ msgctxt "menu"\n#~ msgid ""\n#~ "Old"\n#~ msgid_plural "Olds"\n'
            '#~ msgstr[0] "Viejo"\n#~ msgstr[1] "Viejos"\n')
    path = tmp_path / "es.po"
    path.write_text(text, encoding="utf-8")
    assert _msgfmt_error_line(path) is None
    catalog = po.read_catalog(path)
    assert [m.string for m in po.messages(catalog)] == ["x"]
    assert [m.string for m in catalog.obsolete.values()] == ["Ido", ("Viejo", "Viejos")]


# "#~" before a comment: gettext reads the line as that comment ("#~ #|" as "#~|"); Babel's parser
# refused each, so the reader did. What the obsolete entry gets, and what msgcat writes of the file.
@pytest.mark.parametrize(("lines", "comments", "flags", "previous"), [
    ("#~ # checked by Dr Chen\n", ["checked by Dr Chen"], set(), []),
    ("#~ #. Q1 answer\n#~ #: source/a.md:12\n#~ #, fuzzy\n", [], {"fuzzy"}, []),
    ('#~ #| msgid "Older"\n', [], set(), ["Older"]),
    ('  #~  # note\n#~ #~| msgid "Older"\n', ["note"], set(), ["Older"]),
    ('\f#~\v# note\n', ["note"], set(), []),
])
def test_an_obsolete_mark_before_a_comment_is_read_as_gettext_reads_it(tmp_path, lines, comments, flags, previous):
    text = f'{HEADER}\nmsgid "a"\nmsgstr "x"\n\n{lines}#~ #~ msgid "Gone"\n#~ msgstr "Ido"\n'
    path = tmp_path / "es.po"
    path.write_text(text, encoding="utf-8")
    assert _msgfmt_error_line(path) is None
    catalog = po.read_catalog(path, locale="es")
    (gone,) = catalog.obsolete.values()
    assert (gone.id, gone.string, gone.user_comments, gone.flags, gone.previous_id) == \
        ("Gone", "Ido", comments, flags, previous)
    assert [m.string for m in po.messages(catalog)] == ["x"]
    assert not po.write_catalog(path, catalog)  # nothing changed: the file is left as it is
    assert path.read_text(encoding="utf-8") == text
    as_msgcat = subprocess.run(["msgcat", str(path)], capture_output=True, text=True, check=True).stdout
    assert po.render_catalog(catalog).decode().split("\n\n")[-1] == as_msgcat.split("\n\n")[-1]


@pytest.mark.parametrize("sep", ["\t", ""], ids=["tab", "glued"])
def test_a_tab_or_nothing_after_a_keyword_is_read_as_gettext_reads_it(tmp_path, sep):
    """gettext reads a tab after a keyword, or none before its string ('msgstr"Hola"', a hand edit), as a
    space (msgcat writes one); Babel's parser refused the line."""
    text = (f'msgid{sep}""\nmsgstr{sep}""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
            '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
            f'msgid{sep}"Hello"\nmsgstr{sep}"Hola, señora"\n\n#| msgid{sep}"Old dose"\nmsgctxt{sep}"dose"\nmsgid "5 mg"\n'
            f'msgid_plural{sep}"%d mg"\nmsgstr[0]{sep}"5 mg"\nmsgstr[1] "%d mg"\n\n#~| msgid{sep}"Older"\n'
            f'#~ msgid{sep}"Gone"\n#~ msgstr{sep}"Ido"\n')
    path = tmp_path / "es.po"
    path.write_text(text, encoding="utf-8")
    assert _msgfmt_error_line(path) is None
    catalog = po.read_catalog(path, locale="es")
    assert [(m.context, m.id, m.string, m.previous_id) for m in po.messages(catalog)] == \
        [(None, "Hello", "Hola, señora", []), ("dose", ("5 mg", "%d mg"), ("5 mg", "%d mg"), ["Old dose"])]
    assert [(m.id, m.string, m.previous_id) for m in catalog.obsolete.values()] == [("Gone", "Ido", ["Older"])]
    assert not po.write_catalog(path, catalog)  # nothing changed: the file is left as it is
    assert path.read_text(encoding="utf-8") == text
    as_msgcat = subprocess.run(["msgcat", str(path)], capture_output=True, text=True, check=True).stdout
    assert po.render_catalog(catalog).decode().split("\n\n")[1:] == as_msgcat.split("\n\n")[1:]
    # The header's charset is found so too: Latin-1 text read as Latin-1, not refused as bad UTF-8.
    path.write_bytes(text.replace("UTF-8", "ISO-8859-1").encode("iso-8859-1"))
    assert _msgfmt_error_line(path) is None
    assert po.translation_of(po.read_catalog(path, locale="es").get("Hello")) == "Hola, señora"


def test_a_comment_inside_an_obsolete_entry_is_refused_at_its_line(tmp_path):
    path = tmp_path / "es.po"
    path.write_text(f'{HEADER}\nmsgid "a"\nmsgstr "x"\n\n#~ msgid "Gone"\n#~ # note\n#~ msgstr "Ido"\n', encoding="utf-8")
    assert subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(path)], capture_output=True,
                          check=False).returncode != 0
    with pytest.raises(CatalogError, match=r"es\.po:10: msgstr before its msgid"):
        po.read_catalog(path)


def test_an_empty_msgid_with_a_context_after_the_header_is_read(tmp_path):
    body = 'msgctxt "x"\nmsgid ""\nmsgstr "y"\n'
    assert _line_reader_verdict(f"{HEADER}\n{body}") is None
    _read_what_msgfmt_accepts(tmp_path / "es.po", f"{HEADER}\n{body}")


def _read_in_a_process(path: Path) -> list[list[str]] | str:
    """The [msgid, msgstr] of each entry of ``path`` as read_catalog reads it, or its error, in a process
    of its own: a reader that never ends fails the test instead of hanging it."""
    script = ("import json, sys; from pathlib import Path; from pipeline.catalogs.po import read_catalog, messages, "
              "translation_of; from pipeline.core.errors import CatalogError\n"
              "try: print(json.dumps([[m.id, translation_of(m)] for m in messages(read_catalog(Path(sys.argv[1])))]))\n"
              "except CatalogError as error: print(json.dumps(str(error)))")
    result = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True,
                            timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_catalogue_escaped_by_msgcat_with_a_crlf_line_is_read(tmp_path):
    """Each escape matches one way: a file with many that fails the expression later ends at once.

    When the octal digits were a choice ({1,3}), a string of 30 escapes before a line the
    expression does not pass (here a CRLF line end) took 3^30 tries: it never finished.
    """
    plain = tmp_path / "plain.po"
    plain.write_text(f'{HEADER}\nmsgid "Call the clinic"\nmsgstr "Позвоните в клинику"\n', encoding="utf-8")
    escaped = subprocess.run(["msgcat", "--escape", str(plain)], capture_output=True, check=True).stdout
    assert escaped.count(b"\\") >= 30  # two escaped bytes a letter
    path = tmp_path / "es.po"
    path.write_bytes(escaped + b'\nmsgid "Stop"\r\nmsgstr "x"\n')
    assert _read_in_a_process(path)[0] == ["Call the clinic", "Позвоните в клинику"]


@pytest.mark.parametrize("lines", ["  \n", "# Checked by the clinic \n", "#| \n"])
def test_a_file_failing_the_expression_after_many_lines_with_trailing_blanks_is_read(tmp_path, lines):
    """Each line matches the expression one way: 40 lines whose trailing blanks could be taken two
    ways, before obsolete entries (which the line reader reads), no longer mean 2^40 tries."""
    body = "".join(f'{lines}msgid "m{number}"\nmsgstr "t{number}"\n\n' for number in range(40))
    path = tmp_path / "es.po"
    path.write_text(f'{HEADER}\n{body}#~ msgid "Gone"\n#~ msgstr "Ido"\n', encoding="utf-8")
    entries = _read_in_a_process(path)
    assert isinstance(entries, list) and len(entries) == 40, entries


def test_an_empty_msgid_with_a_context_twice_is_a_duplicate(tmp_path):
    path = tmp_path / "es.po"
    path.write_text(f'{HEADER}\nmsgctxt "x"\nmsgid ""\nmsgstr "y"\n\nmsgctxt "x"\nmsgid ""\nmsgstr "y"\n',
                    encoding="utf-8")
    assert subprocess.run(["msgfmt", "-o", os.devnull, str(path)], capture_output=True, check=False).returncode != 0
    with pytest.raises(CatalogError, match=r"es\.po:9: duplicate message definition \(first at line 5\)"):
        po.read_catalog(path)


# A previous msgid (#|) is a comment: a keyword after it inside an entry is not the entry's.
# msgfmt refuses each; Babel's parser had given the stray msgstr to the next entry.
@pytest.mark.parametrize(("body", "message"), [
    ('msgid "a"\nmsgstr "x"\n#| msgid "o"\nmsgstr "z"\n\nmsgid "b"\nmsgstr "y"\n', "msgstr before its msgid"),
    ('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "x0"\n#| msgid "o"\nmsgstr[1] "x1"\n\nmsgid "b"\nmsgstr "y"\n',
     "msgstr before its msgid"),
    ('msgid "a"\nmsgstr "x"\n#| msgid "o"\nmsgid_plural "as"\nmsgstr[0] "p"\nmsgstr[1] "q"\n',
     "msgid_plural without its msgid"),
])
def test_a_keyword_after_a_previous_msgid_line_inside_an_entry_is_refused(tmp_path, body, message):
    path = tmp_path / "es.po"
    path.write_text(f"{HEADER}\n{body}", encoding="utf-8")
    assert subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(path)], capture_output=True,
                          check=False).returncode != 0
    with pytest.raises(CatalogError, match=message):
        po.read_catalog(path)


# Comments right after an obsolete entry's last line belong to the next entry, as gettext reads
# them; written back with the obsolete entry, they had moved to another entry (a fuzzy flag on
# the next obsolete one) or left a previous msgid at the end of the file (msgfmt: syntax error).
@pytest.mark.parametrize("between", ["#~ #, fuzzy\n", '#| msgid "old a"\n', "# note for a\n"])
def test_a_comment_after_an_obsolete_entry_stays_with_the_next_entry_when_the_file_is_written(tmp_path, between):
    path = tmp_path / "es.po"
    path.write_text(f'{HEADER}\n#~ msgid "Gone"\n#~ msgstr "Ido"\n{between}\nmsgid "a"\nmsgstr "x"\n\n'
                    '#~ msgid "Gone2"\n#~ msgstr "Ido2"\n', encoding="utf-8")
    catalog = po.read_catalog(path, locale="es")
    said = [(m.id, m.flags, m.user_comments, m.previous_id) for m in _entries(catalog)]
    again = _written_with(path, catalog, "a", "y")  # a translator's change: the file is written again
    assert [(m.id, m.flags, m.user_comments, m.previous_id) for m in _entries(again)] == said
    assert [m.string for m in po.messages(again)] == ["y"]


def _entries(catalog):
    return [*po.messages(catalog), *catalog.obsolete.values()]


def _written_with(path: Path, catalog, msgid: str, translation: str):
    """``catalog`` with ``msgid`` translated anew, written to ``path`` (which msgfmt must accept), read again."""
    next(m for m in po.messages(catalog) if m.id == msgid).string = translation
    assert po.write_catalog(path, catalog)
    assert _msgfmt_error_line(path) is None
    return po.read_catalog(path, locale="es")


# An empty "#|" or "#~|" line is a mere comment to msgfmt, of neither kind.
@pytest.mark.parametrize("body", [
    '#|\n#~ msgid "b"\n#~ msgstr "y"\n',
    '#~|\n\nmsgid "b"\nmsgstr "y"\n',
    '#~| msgid "o"\n#|\n#~ msgid "b"\n#~ msgstr "y"\n',
])
def test_an_empty_previous_msgid_line_is_a_comment_of_neither_kind(tmp_path, body):
    catalog = _read_what_msgfmt_accepts(tmp_path / "es.po", f'{HEADER}\nmsgid "a"\nmsgstr "x"\n\n{body}')
    assert "b" in [m.id for m in _entries(catalog)]


def _read_what_msgfmt_accepts(path: Path, text: str):
    path.write_text(text, encoding="utf-8")
    assert _msgfmt_error_line(path) is None
    return po.read_catalog(path, locale="es")


def test_a_form_feed_after_a_keyword_is_read_as_gettext_reads_it(tmp_path):
    path = tmp_path / "es.po"
    path.write_text(f'{HEADER}\nmsgid\f"a"\nmsgstr\v"x"\n', encoding="utf-8")
    assert _msgfmt_error_line(path) is None
    assert [(m.id, m.string) for m in po.messages(po.read_catalog(path, locale="es"))] == [("a", "x")]


# The previous msgid (#~|) of the next obsolete entry, straight after an obsolete entry and then a
# blank line, is the next entry's: written back with the one above, it had been lost or doubled.
@pytest.mark.parametrize("change", ["Gone", "Gone2"])
def test_the_previous_msgid_of_an_obsolete_entry_stays_with_it_when_the_file_is_written(tmp_path, change):
    path = tmp_path / "es.po"
    path.write_text(f'{HEADER}\nmsgid "a"\nmsgstr "x"\n\n#~ msgid "Gone"\n#~ msgstr "Ido"\n#~| msgid "Older2"\n\n'
                    '#~ msgid "Gone2"\n#~ msgstr "Ido2"\n', encoding="utf-8")
    catalog = po.read_catalog(path, locale="es")
    po.messages(catalog)[0].string = "y"
    next(m for m in catalog.obsolete.values() if m.id == change).string = "changed"
    assert po.write_catalog(path, catalog)
    assert _msgfmt_error_line(path) is None
    again = po.read_catalog(path, locale="es")
    assert [(m.id, m.previous_id) for m in again.obsolete.values()] == [("Gone", []), ("Gone2", ["Older2"])]


@pytest.mark.parametrize("count", ["x", ""])
def test_a_plural_count_that_is_no_number_is_refused_at_its_line(tmp_path, count):
    path = tmp_path / "es.po"
    path.write_text(f'{HEADER}"Language: es\\n"\n"Plural-Forms: nplurals={count}; plural=(n != 1);\\n"\n\n'
                    'msgid "a"\nmsgstr "b"\n', encoding="utf-8")
    assert subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(path)], capture_output=True,
                          check=False).returncode != 0
    with pytest.raises(CatalogError, match=rf"es\.po:5: Plural-Forms: nplurals must be a whole number such as 2, "
                                           rf"not '{re.escape(count)}'$"):
        po.read_catalog(path, locale="es")


def _msgfmt_error_line(path: Path) -> int | None:
    """The line of msgfmt's first error in ``path``, or None when it accepts the file."""
    done = subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(path)], capture_output=True, text=True,
                          check=False)
    if done.returncode == 0:
        return None
    found = re.search(rf"^{re.escape(str(path))}:(\d+):(?:\d+:)? (?!warning)", done.stderr, re.MULTILINE)
    assert found, done.stderr
    return int(found[1])


_CONTEXT_ALONE = "a msgctxt must be followed by its msgid"
PLURAL_HEADER = HEADER + '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n'


# A previous msgid (#|, as msgmerge writes it before a fuzzy entry) in gettext's order:
# #| msgctxt (if any), #| msgid, #| msgid_plural (if any), then the entry, blank lines allowed.
# msgfmt refuses any other (a syntax error); Babel's parser read on, keeping the last #| msgid,
# or none, and a translator's catalogue broke in their other tools only.
@pytest.mark.parametrize(("body", "message"), [
    ('#| msgid "Old"\n# a note\nmsgid "New"\nmsgstr "Nuevo"\n', "a comment comes between a previous msgid"),
    ('#| msgid "Old"\n#, fuzzy\nmsgid "New"\nmsgstr "Nuevo"\n', "a comment comes between a previous msgid"),
    ('#| msgid "Old"\n#. label\n#| msgid "Older"\nmsgid "New"\nmsgstr "Nuevo"\n', "a comment comes between"),
    ('#| msgctxt "c"\n# a note\n#| msgid "Old"\nmsgid "New"\nmsgstr "Nuevo"\n', "a comment comes between"),
    ('#| msgid "Old"\n#| msgid "Older"\nmsgid "New"\nmsgstr "Nuevo"\n', r"#\| msgid out of order"),
    ('#| msgid "Old"\n#| msgctxt "c"\nmsgid "New"\nmsgstr "Nuevo"\n', r"#\| msgctxt out of order"),
    ('#| msgid_plural "Olds"\nmsgid "New"\nmsgstr "Nuevo"\n', r"#\| msgid_plural out of order"),
    ('#| msgid "Old"\n#| msgid_plural "Olds"\n#| msgid_plural "Oldies"\nmsgid "New"\nmsgstr "Nuevo"\n',
     r"#\| msgid_plural out of order"),
    ('#| "Old"\nmsgid "New"\nmsgstr "Nuevo"\n', "a previous string"),
    ('#| msgctxt "c"\nmsgid "New"\nmsgstr "Nuevo"\n', r"a previous msgctxt \(#\| msgctxt\) without its #\| msgid"),
    ('#| msgctxt "c"\nmsgctxt "k"\nmsgid "New"\nmsgstr "Nuevo"\n', "a previous msgctxt"),
    ('#| msgid "Old"\n#| msgstr "Viejo"\nmsgid "New"\nmsgstr "Nuevo"\n', "not a msgstr"),
    ('msgid "a"\nmsgstr "b"\n\n#| msgid "Old"\n', "at the end of the file"),
    ('msgid "a"\nmsgstr "b"\n\n#| msgid "Old"\n# a note\n', "a comment comes between"),
    ('#| msgid "Old"\n# a note\n\n\nmsgid "New"\nmsgstr "Nuevo"\n', "a comment comes between"),
    # The same in obsolete entries (#~|), which only the line reader reads.
    ('#~| msgid "Old"\n# a note\n#~ msgid "New"\n#~ msgstr "Nuevo"\n', "a comment comes between"),
    ('#~| msgid "Old"\n#~| msgid "Older"\n#~ msgid "New"\n#~ msgstr "Nuevo"\n', r"#\| msgid out of order"),
    ('#~| "Old"\n#~ msgid "New"\n#~ msgstr "Nuevo"\n', "a previous string"),
    ('#~| msgctxt "c"\n#~ msgid "New"\n#~ msgstr "Nuevo"\n', "a previous msgctxt"),
    ('msgid "a"\nmsgstr "b"\n\n#~| msgid "Old"\n', "at the end of the file"),
    # A msgctxt is followed by its msgid (its strings and blank lines between): not by a comment,
    # a #| line, another keyword or the end of the file.
    ('msgctxt "k"\n# a note\nmsgid "a"\nmsgstr "b"\n', _CONTEXT_ALONE),
    ('msgctxt "k"\n# a note\n\nmsgid "a"\nmsgstr "b"\n', _CONTEXT_ALONE),
    ('msgctxt "k"\nmsgctxt "k"\nmsgid "a"\nmsgstr "b"\n', _CONTEXT_ALONE),
    ('msgctxt "k"\n#| msgid "Old"\nmsgid "a"\nmsgstr "b"\n', _CONTEXT_ALONE),
    ('msgctxt "k"\nmsgstr "b"\n', _CONTEXT_ALONE),
    ('msgid "a"\nmsgstr "b"\n\nmsgctxt "k"\n', _CONTEXT_ALONE),
    ('#~ msgctxt "k"\n# a note\n#~ msgid "a"\n#~ msgstr "b"\n', _CONTEXT_ALONE),
    # An entry has one msgstr, or with msgid_plural msgstr[0], msgstr[1] and on, in order; no two
    # entries, live or obsolete, have one msgctxt and msgid. Babel's parser kept one of two msgstr,
    # took msgstr[0] for the msgstr, and kept the last of two obsolete twins (the other was lost).
    ('msgid "a"\nmsgstr "b"\nmsgstr "c"\n', "after the entry's msgstr"),
    ('msgid "a"\nmsgstr "b"\n"more"\nmsgstr "c"\n', "after the entry's msgstr"),
    ('msgid "a"\nmsgstr[0] "b"\nmsgstr[1] "c"\n', "no msgid_plural"),
    ('msgid "a"\nmsgstr "b"\nmsgstr[0] "c"\n', "after the entry's msgstr"),
    ('msgid "a"\nmsgid_plural "as"\nmsgstr "b"\n', "msgstr in an entry with msgid_plural"),
    ('msgid "a"\nmsgid_plural "as"\nmsgstr[1] "b"\n', r"msgstr\[1\] out of order"),
    ('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "b"\nmsgstr[0] "c"\n', r"a second msgstr\[0\]"),
    ('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "b"\nmsgstr[2] "c"\n', r"msgstr\[2\] out of order"),
    ('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "b"\nmsgstr "c"\n', "a plain msgstr in an entry with msgid_plural"),
    ('#~ msgid "a"\n#~ msgid_plural "as"\n#~ msgstr "b"\n', "msgstr in an entry with msgid_plural"),
    ('#~ msgid "a"\n#~ msgstr "b"\n#~ msgstr "c"\n', "after the entry's msgstr"),
    ('#~ msgid "a"\n#~ msgstr[0] "b"\n', "no msgid_plural"),
    ('#~ msgid "a"\n#~ msgstr "b"\n\n#~ msgid "a"\n#~ msgstr "c"\n', "duplicate message definition"),
    ('#~ msgid "a"\n#~ msgstr "b"\n\n#~ msgid ""\n#~ "a"\n#~ msgstr "c"\n', "duplicate message definition"),
    ('msgid "a"\nmsgstr "b"\n\n#~ msgid "a"\n#~ msgstr "c"\n', "duplicate message definition"),
    # A second msgid "" without a context, live or obsolete, is the header's duplicate.
    ('msgid ""\n""\nmsgstr "y"\n', "duplicate message definition"),
    ('#~ msgid ""\n#~ msgstr ""\n', "duplicate message definition"),
    ('msgid ""\nmsgstr "Language: fr\\n"\n', "duplicate message definition"),
    ('msgid "a"\nmsgstr "b"\n\nmsgid ""\nmsgstr ""\n', "duplicate message definition"),
    ('msgid "a"\nmsgid_plural "as"\nmsgstr[\u0660] "x"\nmsgstr[\u0661] "y"\n', "unknown keyword"),
])
def test_an_entry_out_of_gettexts_order_is_refused_where_msgfmt_refuses_it(tmp_path, body, message):
    path = tmp_path / "es.po"
    path.write_text(f"{PLURAL_HEADER}\n{body}", encoding="utf-8")
    line = _msgfmt_error_line(path)
    assert line is not None
    with pytest.raises(CatalogError, match=message) as refused:
        po.read_catalog(path, locale="es")
    assert refused.value.line == line, str(refused.value)


def test_a_context_before_a_blank_line_is_its_msgids(tmp_path):
    path = tmp_path / "es.po"
    path.write_text(f'{HEADER}\nmsgctxt "k"\n\nmsgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n', encoding="utf-8")
    assert _msgfmt_error_line(path) is None
    assert [(m.context, m.string) for m in po.messages(po.read_catalog(path, locale="es"))] == [("k", "b"), (None, "c")]


@pytest.mark.parametrize(("body", "previous"), [
    ('#| msgid "Old"\n\nmsgid "New"\nmsgstr "Nuevo"\n', ["Old"]),
    ('#| msgctxt "c"\n\n#| msgid "Old"\n#|\n#| " times"\n\nmsgid "New"\nmsgstr "Nuevo"\n', ["Old times"]),
    ('#| msgctxt "c"\n#| " more"\n#|msgid "Old"\nmsgctxt "k"\nmsgid "New"\nmsgstr "Nuevo"\n', ["Old"]),
    (('# a note\n#, fuzzy\n#| msgid "Old"\n#| msgid_plural "Olds"\nmsgid "New"\nmsgid_plural "News"\n'
      'msgstr[0] "Nuevo"\nmsgstr[1] "Nuevos"\n'), ["Old", "Olds"]),
])
def test_a_previous_msgid_in_gettexts_order_is_read(tmp_path, body, previous):
    path = tmp_path / "es.po"
    path.write_text(f"{HEADER}\n{body}", encoding="utf-8")
    assert _msgfmt_error_line(path) is None
    text = path.read_text(encoding="utf-8")
    assert po._WELL_FORMED.fullmatch(text + "\n")  # the usual layout takes the fast path
    assert [m.previous_id for m in po.messages(po.read_catalog(path, locale="es"))] == [previous]


def test_plural_forms_in_order_are_read(tmp_path):
    path = tmp_path / "es.po"
    path.write_text(f'{PLURAL_HEADER}\nmsgid "a"\nmsgid_plural "as"\nmsgstr[0] "b"\nmsgstr[1] "bs"\n\n'
                    '#~ msgctxt "k"\n#~ msgid "a"\n#~ msgstr "c"\n', encoding="utf-8")
    assert _msgfmt_error_line(path) is None
    catalog = po.read_catalog(path, locale="es")
    assert [(m.id, m.string) for m in po.messages(catalog)] == [(("a", "as"), ("b", "bs"))]
    assert [(m.context, m.id) for m in catalog.obsolete.values()] == [("k", "a")]


@pytest.mark.parametrize("line", ["#|", "#~|"])
def test_an_empty_previous_msgid_line_inside_an_entry_is_nothing(tmp_path, line):
    path = tmp_path / "es.po"
    path.write_text(f'{HEADER}\nmsgid "a"\n{line}\nmsgstr "b"\n', encoding="utf-8")
    assert _msgfmt_error_line(path) is None
    assert [(m.id, m.string) for m in po.messages(po.read_catalog(path, locale="es"))] == [("a", "b")]


@pytest.mark.parametrize("blank", ["  ", " \t ", "#|  "])
def test_blank_lines_with_spaces_after_a_previous_msgid_do_not_make_the_expression_backtrack(tmp_path, blank):
    """Each such line matches the expression one way: 40 of them after a #| line, then a comment
    the entry cannot take, no longer mean 2^40 tries before the line reader names the comment."""
    path = tmp_path / "es.po"
    path.write_text(f'{HEADER}\n#| msgid "Old"\n' + f"{blank}\n" * 40 + '# a note\nmsgid "a"\nmsgstr "b"\n',
                    encoding="utf-8")
    line = _msgfmt_error_line(path)
    assert _read_in_a_process(path) == f"{path}:{line}: {po._COMMENT_IN_PREVIOUS}"


@pytest.mark.parametrize("body", ['#| msgid "Old"\n# a note', 'msgctxt "k"\n# a note'])
def test_a_comment_on_the_last_line_without_a_line_end_is_named_at_its_line(tmp_path, body):
    path = tmp_path / "es.po"
    path.write_text(f"{HEADER}\n{body}", encoding="utf-8")
    with pytest.raises(CatalogError) as refused:
        po.read_catalog(path, locale="es")
    assert refused.value.line == _msgfmt_error_line(path) == 6  # the comment's, the file's last


# Blank lines are nothing to msgfmt and Babel's parser, even inside an entry; the line reader
# took one for the entry's end ("msgstr before its msgid"). Such an entry, or two entries with no
# blank line between them, cannot keep its text as a block of its own when the file is written:
# the file is laid out afresh, the same content.
@pytest.mark.parametrize("body", [
    'msgid "a"\n\nmsgstr "x"\n\nmsgid "b"\nmsgstr "y"\nmsgid "c"\nmsgstr "z"\n',
    'msgctxt "k"\n\nmsgid "a"\n\n"more"\nmsgstr "x"\n\n"more"\n\nmsgid "b"\nmsgstr "y"\n\nmsgid "c"\nmsgstr "z"\n',
    '#~ msgid "g"\n\n#~ msgstr "w"\n\nmsgid "a"\nmsgstr "x"\n\nmsgid "b"\nmsgstr "y"\nmsgid "c"\nmsgstr "z"\n',
])
def test_blank_lines_inside_an_entry_are_read_and_written_as_gettext_reads_them(tmp_path, body):
    path = tmp_path / "es.po"
    catalog = _read_what_msgfmt_accepts(path, f"{HEADER}\n{body}")
    said = [(m.context, m.id, m.string) for m in _entries(catalog)]
    again = _written_with(path, catalog, "b", "changed")
    assert [(m.context, m.id, m.string) for m in _entries(again)] == [
        (context, msgid, "changed" if msgid == "b" else string) for context, msgid, string in said]


# Files laid out unlike gettext's tools: kept block by block, an entry's text went to another
# entry (a translation cut short or run on, a plural form emptied, a fuzzy flag, comment,
# context or previous msgid lost or doubled) or the file was refused by msgfmt. The written text
# is read back, and laid out afresh when it does not say what the catalogue says.
@pytest.mark.parametrize(("body", "changed"), [
    ('msgid "a"\n\nmsgstr "x"\nmsgid "b"\nmsgstr "y"\n', "b"),
    ('msgid "a"\n\nmsgstr "x"\nmsgid "b"\nmsgstr "y"\n', "a"),
    ('msgid "a"\nmsgstr "x"\n\n"more"\nmsgid "b"\nmsgstr "y"\n', "b"),
    ('msgid "a"\nmsgstr "x"\n\n"more"\nmsgid "b"\nmsgstr "y"\n', "a"),
    ('msgid "p"\nmsgid_plural "ps"\nmsgstr[0] "x0"\n\nmsgstr[1] "x1"\nmsgid "b"\nmsgstr "y"\n', "b"),
    ('#~ msgid "g"\n\n#~ msgstr "w"\n\nmsgid "a"\nmsgstr "x"\n', "a"),
    ('msgid "a"\nmsgstr "x"\n#, fuzzy\n\nmsgid "b"\nmsgstr "y"\n', "a"),
    ('msgid "a"\nmsgstr "x"\n# note for b\n\nmsgid "b"\nmsgstr "y"\n', "a"),
    ('msgid "a"\nmsgstr "x"\nmsgctxt "k"\n\nmsgid "b"\nmsgstr "y"\n', "a"),
    ('msgid "a"\nmsgstr "x"\n#| msgid "old b"\n\nmsgid "b"\nmsgstr "y"\n', "b"),
    ('msgid "a"\nmsgstr "x"\n\n#~| msgid "o"\n\n#~ msgid "g"\n#~ msgstr "w"\n', "a"),
])
def test_a_file_whose_blocks_are_not_its_entries_is_written_with_every_entry_as_it_was(tmp_path, body, changed):
    path = tmp_path / "es.po"
    catalog = _read_what_msgfmt_accepts(path, f"{PLURAL_HEADER}\n{body}")

    def said(catalog, changed_to=None):
        return [(m.context, m.id, changed_to if changed_to and m.id == changed else m.string, m.flags,
                 m.user_comments, m.previous_id) for m in _entries(catalog)]

    expected = said(catalog, "changed")
    again = _written_with(path, catalog, changed, "changed")
    assert said(again) == expected


@pytest.mark.parametrize("name", ["POT-Creation-Date", "pot-creation-date"])  # Babel reads either
def test_a_poedit_header_with_empty_dates_is_read_and_kept(tmp_path, name):
    """Poedit writes "POT-Creation-Date: " for a catalogue made without a template; msgfmt
    --check accepts it, and Babel's parser failed on the empty date ("cannot parse the header")."""
    header = ('msgid ""\nmsgstr ""\n"Project-Id-Version: Leaflets\\n"\n"' + name + ': \\n"\n'
              '"PO-Revision-Date: \\n"\n"Last-Translator: Ana <ana@example.org>\\n"\n"Language-Team: \\n"\n'
              '"Language: es\\n"\n"MIME-Version: 1.0\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
              '"Content-Transfer-Encoding: 8bit\\n"\n"X-Generator: Poedit 3.4.2\\n"\n')
    path = tmp_path / "es.po"
    catalog = _read_what_msgfmt_accepts(path, f'{header}\nmsgid "a"\nmsgstr "x"\n\nmsgid "b"\nmsgstr "y"\n')
    po.messages(catalog)[0].string = "changed"
    assert po.write_catalog(path, catalog, touch_revision_date=False)  # as update writes (msgmerge too)
    assert path.read_text(encoding="utf-8").startswith(header)  # the translator's header, as Poedit wrote it
    assert _msgfmt_error_line(path) is None
    again = _written_with(path, po.read_catalog(path, locale="es"), "b", "changed too")  # a draft, a review
    assert [m.string for m in po.messages(again)] == ["changed", "changed too"]
    assert re.search(r'^"PO-Revision-Date: \d{4}-\d\d-\d\d \d\d:\d\d[+-]\d{4}\\n"$', path.read_text(encoding="utf-8"),
                     re.MULTILINE)
    assert f'"{name}: \\n"' in path.read_text(encoding="utf-8")


# The read-back that guards the kept text (above) must not throw it away for ordinary files: one
# without a header entry (its header is made afresh, with Babel's comment), and one that gains
# a plural entry in a language of three plural forms (written with three msgstr[N]).
def test_an_unchanged_entry_keeps_its_text_in_a_file_without_a_header(tmp_path):
    odd = '#. keep   this   odd\nmsgid   "World"\nmsgstr "Mundo"   \n'
    path = tmp_path / "es.po"
    path.write_text(f'#: a.md:1\nmsgid "Hello"\nmsgstr "Hola"\n\n{odd}', encoding="utf-8")
    _written_with(path, po.read_catalog(path, locale="es"), "Hello", "Buenas")
    assert path.read_text(encoding="utf-8").endswith(f"\n\n{odd}")


def test_an_unchanged_entry_keeps_its_text_when_a_plural_entry_is_added(tmp_path):
    odd = 'msgid   "Hello"\nmsgstr "Privet"   \n'
    path = tmp_path / "ru.po"
    path.write_text(HEADER + '"Language: ru\\n"\n"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : '
                    'n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"\n\n' + odd, encoding="utf-8")
    catalog = po.read_catalog(path, locale="ru")
    catalog.add(("One file", "Many files"), string=("", ""))  # as Babel's update adds one
    assert po.write_catalog(path, catalog)
    assert _msgfmt_error_line(path) is None
    assert f"\n\n{odd}\n" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("rule,fault", [
    ("nplurals=2; plural=(n / 0 ; ;", "must read nplurals=N; plural=EXPRESSION;"),
    ("nplurals=2; plural=n;", "plural='n' gives form 999, but nplurals=2"),
    ("nplurals=2; plural=n/0;", "plural='n/0' divides by zero"),
    ("nplurals=2; plural=(n != 1) +;", "plural='(n != 1) +' is not an expression gettext reads"),
])
def test_a_plural_rule_msgfmt_refuses_is_refused_at_its_line(tmp_path, rule, fault):
    """Published, its MO file would not load (Python's gettext raises on it): refused as msgfmt refuses it."""
    path = tmp_path / "es.po"
    path.write_text(HEADER + f'"Plural-Forms: {rule}\\n"\n\nmsgid "One"\nmsgstr "Una"\n', encoding="utf-8")
    assert _msgfmt_error_line(path) is not None
    with pytest.raises(CatalogError) as caught:
        po.read_catalog(path)
    assert str(caught.value).startswith(f"{path}:4: Plural-Forms: {fault}"), str(caught.value)
    path.write_text(HEADER + '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\nmsgid "One"\nmsgstr "Una"\n',
                    encoding="utf-8")
    assert _msgfmt_error_line(path) is None and po.read_catalog(path)


def test_a_header_field_is_named_at_its_line_in_msgcat_indent_layout(tmp_path):
    """``msgcat --indent`` indents the header's lines too: an error about a field names the field's line, not line 1."""
    written = tmp_path / "written.po"
    written.write_text('msgid ""\nmsgstr ""\n"Project-Id-Version: Knee 1\\n"\n"Language: fr\\n"\n'
                       '"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "a"\nmsgstr "b"\n', encoding="utf-8")
    path = tmp_path / "es.po"
    subprocess.run(["msgcat", "--indent", "-o", str(path), str(written)], check=True)
    line = next(number for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                if "Language: fr" in text)
    assert line > 1 and path.read_text(encoding="utf-8").splitlines()[line - 1].startswith(" ")  # indented
    with pytest.raises(CatalogError, match=rf"es\.po:{line}: the file declares Language: fr, but its folder is es"):
        po.read_language_catalog(path, "es")


@pytest.mark.parametrize("entry", [
    'msgid "a pill\\n"\nmsgid_plural "pills\\n"\nmsgstr[0] "una pastilla\\n"\nmsgstr[1] ""\n',
    'msgid "a pill\\n"\nmsgid_plural "pills"\nmsgstr[0] "una pastilla\\n"\nmsgstr[1] "pastillas\\n"\n',
    'msgid "a pill"\nmsgstr "una pastilla\\n"\n',
    'msgid "\\na pill"\nmsgstr "una pastilla"\n',
    'msgid "a pill"\nmsgstr "una pastilla"\n',
    '#, fuzzy\nmsgid "a pill"\nmsgstr "una pastilla\\n"\n',
    'msgid "a pill\\n"\nmsgid_plural "pills\\n"\nmsgstr[0] ""\nmsgstr[1] ""\n',
])
def test_msgfmt_fault_agrees_with_msgfmt_about_line_breaks_at_the_ends(tmp_path, entry):
    path = tmp_path / "es.po"
    path.write_text(HEADER + '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n' + entry, encoding="utf-8")
    (message,) = po.messages(po.read_catalog(path, locale="es"))
    assert (po.msgfmt_fault(message) is not None) == (_msgfmt_error_line(path) is not None)



def test_a_header_that_says_language_twice_is_refused(tmp_path):
    """gettext reads the first Language, Babel the last: "fr" then "es" in the es folder passed as Spanish."""
    path = tmp_path / "es.po"
    path.write_text(HEADER + '"Language: fr\\n"\n"Language: es\\n"\n\nmsgid "a"\nmsgstr "b"\n', encoding="utf-8")
    with pytest.raises(CatalogError, match=r"es\.po:4: the header says Language twice \(es, fr\): keep the right one"):
        po.read_language_catalog(path, "es")
    path.write_text(HEADER + '"Language: es\\n"\n"Language: es_ES\\n"\n\nmsgid "a"\nmsgstr "b"\n', encoding="utf-8")
    assert po.read_language_catalog(path, "es")  # two files' header (msgcat), one language written two ways
    path.write_text(HEADER + '"Language: fr\\n"\n"Language: \\n"\n\nmsgid "a"\nmsgstr "b"\n', encoding="utf-8")
    with pytest.raises(CatalogError, match="says Language twice"):  # Babel reads none, gettext fr
        po.read_language_catalog(path, "es")


def test_one_language_babel_cannot_read_is_not_taken_for_two(tmp_path):
    path = tmp_path / "en_XA.po"
    path.write_text(HEADER + '"Language: en_XA\\n"\n\nmsgid "a"\nmsgstr "[Àà]"\n', encoding="utf-8")
    assert po.read_language_catalog(path, "en_XA")  # a pseudo-locale, as Poedit writes its header


def test_a_language_babel_has_no_data_for_is_not_blamed_for_a_fault_elsewhere(tmp_path):
    path = tmp_path / "prs.po"
    path.write_text('msgid ""\nmsgstr ""\n"Language: prs\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n'
                    '"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                    'msgid "One tablet"\nmsgid_plural "%d tablets"\nmsgstr[0] "a"\nmsgstr[1] "b"\nmsgstr[2] "c"\n',
                    encoding="utf-8")
    with pytest.raises(CatalogError) as raised:
        po.read_catalog(path)
    assert raised.value.line != 3 and "Language" not in raised.value.message, raised.value


def test_a_header_comment_said_twice_is_kept_when_the_header_is_written_again(tmp_path):
    """Translators' headers part their paragraphs with "#" lines; Babel keeps one of each, so a header the
    pipeline changed (its revision date, after an edit in the review tools) lost the others."""
    comment = "# Spanish translation.\n#\n# Translators:\n# Ana Pérez <ana@example.org>, 2026.\n#\n# Reviewed.\n"
    path = tmp_path / "es.po"
    path.write_text(f'{comment}{HEADER}"PO-Revision-Date: 2026-01-01 10:00+0000\\n"\n\nmsgid "a"\nmsgstr "b"\n',
                    encoding="utf-8")
    catalog = po.read_catalog(path, locale="es")
    catalog.revision_date = dt.datetime(2026, 12, 7, 9, 30, tzinfo=dt.UTC)
    assert po.write_catalog(path, catalog, touch_revision_date=False)
    written = path.read_text(encoding="utf-8")
    assert written.startswith(comment + 'msgid ""\n') and "PO-Revision-Date: 2026-12-07 09:30+0000" in written
    assert _msgfmt_error_line(path) is None


def test_a_shift_jis_catalogue_saying_yen_is_refused_not_read_as_a_backslash(tmp_path):
    """glibc's Shift_JIS (msgconv, msgfmt) has ¥ at the byte Python's codec reads as a backslash: "料金 ¥100"
    was read as "料金 \\100". A file without ¥ or ‾ is read, a kanji whose second byte is that byte too (表)."""
    utf8 = tmp_path / "utf8.po"
    utf8.write_text(f'{HEADER}\nmsgid "Table"\nmsgstr "表の説明"\n\nmsgid "Price"\nmsgstr "料金 ¥100"\n', encoding="utf-8")
    sjis = tmp_path / "ja.po"
    subprocess.run(["msgconv", "-t", "SHIFT_JIS", "-o", str(sjis), str(utf8)], check=True)
    assert _msgfmt_error_line(sjis) is None
    with pytest.raises(CatalogError, match=r"ja\.po:8: SHIFT_JIS: gettext reads the byte of \\ as ¥ .*msgconv -t UTF-8"):
        po.read_catalog(sjis)
    utf8.write_text(f'{HEADER}\nmsgid "Table"\nmsgstr "表の説明"\n', encoding="utf-8")
    subprocess.run(["msgconv", "-t", "SHIFT_JIS", "-o", str(sjis), str(utf8)], check=True)
    assert b"\x95\\" in sjis.read_bytes()  # 表
    assert [m.string for m in po.messages(po.read_catalog(sjis))] == ["表の説明"]


@pytest.mark.parametrize(("charset", "says"), [
    ("JOHAB", "JOHAB: gettext reads the byte of \\\\ as ₩"),
    ("GBK", "text is not valid GBK: convert the file to UTF-8 as gettext reads it \\(msgconv -t UTF-8\\)"),
])
def test_a_charset_glibc_reads_otherwise_than_python_is_refused_with_what_to_do(tmp_path, charset, says):
    """JOHAB has ₩ where Python's codec reads a backslash; GBK's € (glibc's, Windows') Python's codec lacks."""
    utf8 = tmp_path / "utf8.po"
    word = "₩1000" if charset == "JOHAB" else "20 €"
    utf8.write_text(f'{HEADER}\nmsgid "Price"\nmsgstr "{word}"\n', encoding="utf-8")
    converted = tmp_path / "ko.po"
    subprocess.run(["msgconv", "-t", charset, "-o", str(converted), str(utf8)], check=True)
    assert _msgfmt_error_line(converted) is None
    with pytest.raises(CatalogError, match=rf"ko\.po:\d+: {says}"):
        po.read_catalog(converted)
