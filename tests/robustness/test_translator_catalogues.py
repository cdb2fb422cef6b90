"""Catalogues as translators' tools leave them (Poedit, Lokalize, Weblate), kept as gettext keeps them.

Each case starts from a file like a real one, with that tool's header, and
checks what `leaflets update`, `run` and `check` make of it: translations and
header fields kept, the result valid for `msgfmt --check`, or a one-line
error naming the file with nothing written.
"""

from __future__ import annotations

import difflib
import json
import os
import subprocess

import polib
import pytest

from pipeline.catalogs import po, update
from pipeline.catalogs.po import messages, read_catalog
from pipeline.core.config import load_config
from pipeline.core.errors import CatalogError, LeafletsError
from pipeline.run import stages
from tests.conftest import SLUG, fake_translation, translate_all
from tests.robustness.helpers import cli, tree

TOOLS = {
    "Poedit": {"X-Generator": "Poedit 3.4.2", "X-Poedit-SourceCharset": "UTF-8", "X-Poedit-Basepath": "../../.."},
    "Lokalize": {"X-Generator": "Lokalize 23.08.5", "X-Environment": "kde", "X-Accelerator-Marker": "&"},
    "Weblate": {"X-Generator": "Weblate 5.3.1", "X-Weblate-Project": "clinic-leaflets"},
}


@pytest.fixture
def project(make_project):
    config = make_project(["es", "pl", "zh_Hans"])
    assert cli(config.root, "run").returncode == 0
    return config


def _translator_file(config, lang: str, translate, *, charset: str = "UTF-8", language: str | None = None,
                     tool: str = "Poedit", comment: str = "Spanish translation of the magnesium leaflet.") -> bytes:
    """``lang``'s catalogue as ``tool`` saves it: its header fields, 79 columns, in ``charset``.

    English the charset cannot hold is left out (it came after the file was
    made), and the labels' curly quotes become straight ones.
    """
    pot = read_catalog(config.pot_path(SLUG))
    po = polib.POFile(wrapwidth=79, encoding=charset.lower())
    po.header = comment
    po.metadata = {
        "Project-Id-Version": "Magnesium Infusions 1.0",
        "Report-Msgid-Bugs-To": "leaflet translation team",
        "POT-Creation-Date": "2026-11-23 00:00+0000",
        "PO-Revision-Date": "2025-03-04 10:11+0100",
        "Last-Translator": "Ana Traductora <ana@example.org>",
        "Language-Team": "Translators <team@example.org>",
        "Language": language or lang,
        "MIME-Version": "1.0",
        "Content-Type": f"text/plain; charset={charset}",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=2; plural=(n != 1);",
        **TOOLS[tool],
    }
    for message in messages(pot):
        try:
            message.id.encode(charset)
        except UnicodeEncodeError:
            continue
        po.append(polib.POEntry(
            msgid=message.id, msgstr=translate(message.id),
            comment="\n".join(c.replace("“", '"').replace("”", '"') for c in message.auto_comments),
            occurrences=[(name, str(line)) for name, line in message.locations]))
    return str(po).encode(charset)


def _msgfmt_check(path) -> subprocess.CompletedProcess:
    return subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(path)], capture_output=True, text=True,
                          check=False)


def _header(data: bytes) -> bytes:
    return data.split(b"\n\n", 1)[0]


def test_an_iso_8859_2_catalogue_is_converted_to_utf8_as_msgconv_does(project):
    path = project.po_path("pl", SLUG)
    path.write_bytes(_translator_file(project, "pl", lambda english: "Tłumaczenie (zażółć): " + english,
                                      charset="ISO-8859-2", comment="Polskie tłumaczenie ulotki."))
    assert _msgfmt_check(path).returncode == 0
    kept = {m.id: m.string for m in messages(read_catalog(path))}

    result = cli(project.root, "update")

    assert result.returncode == 0, result.stderr
    assert f"{project.relative(path)}: converted from iso-8859-2 to UTF-8\n" in result.stderr  # named from the project
    assert str(project.root) not in result.stderr
    assert _msgfmt_check(path).returncode == 0, _msgfmt_check(path).stderr
    text = path.read_bytes().decode("utf-8")  # UTF-8 now, and the new English as it is, not as \u escapes
    assert "charset=utf-8" in text and "\\u20" not in text
    assert "# Polskie tłumaczenie ulotki." in text and '"X-Generator: Poedit 3.4.2\\n"' in text
    catalog = read_catalog(path)
    assert {m.id: m.string for m in messages(catalog) if m.id in kept} == kept
    assert any("’" in m.id and not m.string for m in messages(catalog))  # the English the file could not hold
    assert cli(project.root, "update").returncode == 0 and path.read_text(encoding="utf-8") == text


@pytest.mark.parametrize(("charset", "comment"), [
    ("ISO-8859-1", "Revisado por Ana\x85 2019"),  # byte 0x85, a Windows "…" in a Latin-1 file: U+0085
    ("UTF-8", "Translator: Ali\u2028Hassan; reviewed\fagain"),
])
def test_a_header_comment_with_a_character_python_takes_for_a_line_end_stays_one_comment_line(project, charset,
                                                                                               comment):
    path = project.po_path("es", SLUG)
    written = _translator_file(project, "es", lambda english: "Traducción: " + english, charset=charset,
                               comment=comment)
    # made from an older POT: update writes the header again, its POT-Creation-Date following the POT
    path.write_bytes(written.replace(b"POT-Creation-Date: 2026-11-23", b"POT-Creation-Date: 2020-01-01"))
    assert _msgfmt_check(path).returncode == 0

    result = cli(project.root, "update")

    assert result.returncode == 0, result.stderr
    assert _msgfmt_check(path).returncode == 0, _msgfmt_check(path).stderr
    assert f"# {comment}\n" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("charset, translation", [("ISO-8859-1", "Traducción, «ñ»: "),
                                                  ("ISO-8859-15", "Precio en €, Traducción: ")])
def test_a_valid_latin_catalogue_is_read(project, charset, translation):
    path = project.po_path("es", SLUG)
    path.write_bytes(_translator_file(project, "es", lambda english: translation + english, charset=charset,
                                      comment="Traducción al español (versión revisada)."))
    assert _msgfmt_check(path).returncode == 0

    check = cli(project.root, "check", "--lang", "es")
    assert "unreadable" not in check.stdout and "codec" not in check.stdout + check.stderr, check.stdout
    assert f"charset is {charset.lower()}, not UTF-8; leaflets update converts it to UTF-8" in check.stdout
    result = cli(project.root, "update")

    assert result.returncode == 0, result.stderr
    assert _msgfmt_check(path).returncode == 0
    translated = [m.string for m in messages(read_catalog(path)) if m.string]
    assert translated and all(string.startswith(translation) for string in translated)
    assert "# Traducción al español (versión revisada)." in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang, declared", [("es", "es_ES"), ("es", "es-ES"), ("zh_Hans", "zh_CN"),
                                            ("zh_Hans", "zh_CN.UTF-8")])
def test_a_language_written_as_poedit_writes_it_is_accepted_and_named(project, lang, declared):
    path = project.po_path(lang, SLUG)
    path.write_bytes(_translator_file(project, lang, lambda english: "", language=declared))

    for command in ("update", "run"):
        result = cli(project.root, command)
        assert result.returncode == 0, result.stderr
    assert f'"Language: {declared}\\n"' in path.read_text(encoding="utf-8")  # the translator's field as written
    check = cli(project.root, "check", "--lang", lang)
    assert check.returncode == 0, check.stdout
    assert f"declares Language: {declared}, read as {lang}" in check.stdout  # as the file spells it


@pytest.mark.parametrize("declared", ["sr@latin", "sr_RS@latin"])  # Lokalize's and msginit's way of writing it
def test_a_script_written_as_a_glibc_modifier_is_that_script(make_project, declared):
    config = make_project(["sr_Latn", "sr"])
    assert cli(config.root, "run").returncode == 0
    path = config.po_path("sr_Latn", SLUG)
    path.write_bytes(_translator_file(config, "sr_Latn", lambda english: "", language=declared))
    assert cli(config.root, "update").returncode == 0
    check = cli(config.root, "check", "--lang", "sr_Latn")
    assert f"declares Language: {declared}, read as sr_Latn" in check.stdout, check.stdout
    cyrillic = config.po_path("sr", SLUG)  # the same file in the Cyrillic folder is another script
    cyrillic.write_bytes(path.read_bytes())
    result = cli(config.root, "update")
    assert result.returncode == 1 and f"declares Language: {declared}, but its folder is sr" in result.stderr


def test_a_language_in_another_script_is_refused(project):
    path = project.po_path("zh_Hans", SLUG)
    path.write_bytes(_translator_file(project, "zh_Hans", lambda english: "", language="zh_TW"))
    before = tree(project.root)
    result = cli(project.root, "update")
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and project.relative(path) in result.stderr
    assert "declares Language: zh_TW, but its folder is zh_Hans" in result.stderr
    line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").split("\n"), 1)
                if text.startswith('"Language: zh_TW'))
    assert f"{project.relative(path)}:{line}: " in result.stderr  # at the header's Language line
    assert tree(project.root) == before


@pytest.mark.parametrize("tool", list(TOOLS))
def test_update_keeps_every_header_field_and_the_revision_date(project, tool):
    path = project.po_path("es", SLUG)
    path.write_bytes(_translator_file(project, "es", lambda english: "ES: " + english, tool=tool))
    before = path.read_bytes()
    md = project.source_path(SLUG)
    md.write_text(md.read_text(encoding="utf-8").replace("take about 90 minutes", "take about 2 hours"),
                  encoding="utf-8")

    result = cli(project.root, "run")

    assert result.returncode == 0, result.stderr
    after = path.read_bytes()
    assert after != before  # the changed English is merged...
    assert _header(after) == _header(before)  # ...and the header is as the tool wrote it
    assert b'"PO-Revision-Date: 2025-03-04 10:11+0100\\n"' in after
    assert _msgfmt_check(path).returncode == 0


@pytest.mark.parametrize("field, written", [
    ("PO-Revision-Date", "2026-12-05 10:00:33+0000"),  # GlotPress: with seconds
    ("PO-Revision-Date", "2026-12-05T10:00:00Z"),
    ("POT-Creation-Date", "Thu Dec 03 2026 09:00:00 GMT+0100"),  # a JavaScript date
    ("PO-Revision-Date", "2026-12-05 10:00+2400"),  # an offset of a day: msgfmt takes it as text
])
def test_a_header_date_written_another_way_is_kept_as_free_text_as_gettext_takes_it(project, field, written):
    path = project.po_path("es", SLUG)
    data = _translator_file(project, "es", lambda english: "ES: " + english)
    default = {"PO-Revision-Date": b"2025-03-04 10:11+0100", "POT-Creation-Date": b"2026-11-23 00:00+0000"}[field]
    path.write_bytes(data.replace(f"{field}: ".encode() + default, f"{field}: {written}".encode()))
    assert _msgfmt_check(path).returncode == 0
    _edit_english(project)

    result = cli(project.root, "run")

    assert result.returncode == 0, result.stderr
    after = path.read_text(encoding="utf-8")
    assert "ES: Short infusions" in after and "take about 2 hours" in after  # read and merged
    if field == "PO-Revision-Date":  # the translator's field, kept as written
        assert f'"PO-Revision-Date: {written}\\n"' in after
    else:  # follows the template, as msgmerge makes it
        assert f'"POT-Creation-Date: {read_catalog(project.pot_path(SLUG)).creation_date:%Y-%m-%d %H:%M}' in after
    assert _msgfmt_check(path).returncode == 0
    assert cli(project.root, "run").returncode == 0 and path.read_text(encoding="utf-8") == after  # and stays so


def test_a_stray_line_break_msgfmt_refuses_fails_the_gate_at_its_entry(project):
    """A translation ending with a line break its English lacks: msgfmt will not compile the file (none of it)."""
    path = project.po_path("es", SLUG)
    english = "Short infusions"
    data = _translator_file(project, "es", lambda text: "ES: " + text + ("\n" if text.startswith(english) else ""))
    path.write_bytes(data)
    assert "end with" in _msgfmt_check(path).stderr  # msgfmt's own judgement of the file
    lines = path.read_text(encoding="utf-8").splitlines()
    line = next(number for number, text in enumerate(lines) if text.startswith(f'"{english}'))  # msgid "" above it

    result = cli(project.root, "check")

    assert result.returncode == 1, result.stdout
    said = " ".join((result.stdout + result.stderr).split())
    assert (f"{project.relative(path)}:{line}: error: the English and its translation do not both end with a line break: "
            "msgfmt refuses to compile the whole catalogue") in said, said
    draft = path.read_text(encoding="utf-8").replace(f'msgid ""\n"{english}', f'#, fuzzy\nmsgid ""\n"{english}', 1)
    path.write_text(draft, encoding="utf-8")  # a draft: msgfmt skips it, and so does the gate
    assert _msgfmt_check(path).returncode == 0
    assert "refuses to compile" not in cli(project.root, "check").stdout


def test_a_catalogue_without_a_header_entry_gets_the_header_a_new_one_gets(project):
    """Not Babel's placeholders ("FULL NAME <EMAIL@ADDRESS>", a fuzzy header), which msgfmt --check warns of."""
    path = project.po_path("es", SLUG)
    data = _translator_file(project, "es", lambda english: "ES: " + english)
    path.write_bytes(data.split(b"\n\n", 1)[1])  # the entries alone, as a script might write them

    result = cli(project.root, "run")

    assert result.returncode == 0, result.stderr
    text = path.read_text(encoding="utf-8")
    header = text.split("\n\n", 1)[0]
    assert "Last-Translator: leaflets pipeline" in header and "Language-Team: Spanish translators" in header
    assert "Project-Id-Version: Magnesium Infusions" in header
    assert "#, fuzzy" not in header and "FULL NAME" not in header and "YEAR-MO-DA" not in header
    assert "ES: Short infusions" in text  # the translations kept
    checked = _msgfmt_check(path)
    assert checked.returncode == 0 and "initial default value" not in checked.stderr, checked.stderr


def test_a_percent_sign_in_the_english_is_not_a_format_string(project):
    md = project.source_path(SLUG)
    md.write_text(md.read_text(encoding="utf-8").replace(
        "take about 90 minutes.", "take about 90 minutes. About 5% of patients feel a brief warmth."),
        encoding="utf-8")
    assert cli(project.root, "run").returncode == 0
    translate_all(project, "es", lambda english: english.replace("About 5% of", "Alrededor del 5 % de los"))

    assert b"-format" not in project.pot_path(SLUG).read_bytes()
    assert b"-format" not in project.po_path("es", SLUG).read_bytes()
    assert _msgfmt_check(project.po_path("es", SLUG)).returncode == 0


def test_previous_and_obsolete_entries_are_wrapped_at_full_width(project):
    translate_all(project, "es", lambda english: "Traducción: " + english)
    md = project.source_path(SLUG)
    text = md.read_text(encoding="utf-8")
    changed = next(line for line in text.split("\n") if line.startswith("There is some short lived pain"))
    removed = next(line for line in text.split("\n") if line.startswith("Short infusions can be performed"))
    md.write_text(text.replace(changed, changed + " Tell the nurse.").replace(removed + "\n", ""), encoding="utf-8")

    assert cli(project.root, "run").returncode == 0

    path = project.po_path("es", SLUG)
    for prefix in ("#| ", "#~ "):
        strings = _wrapped_strings(path.read_text(encoding="utf-8"), prefix)
        assert strings, prefix
        for lines in strings:  # each line but a string's last is filled near the width, not cut at about 40
            assert all(len(line) > 60 for line in lines[:-1]) and all(len(line) <= 79 for line in lines), lines
    catalog = read_catalog(path)
    fuzzy = next(m for m in messages(catalog) if m.id.startswith("There is some short lived pain"))
    assert fuzzy.previous_id == [changed]
    assert [m.id for m in catalog.obsolete.values()] == [removed]
    assert _msgfmt_check(path).returncode == 0


def _wrapped_strings(text: str, prefix: str) -> list[list[str]]:
    """The continuation lines of each string written over several lines after ``prefix`` (#| or #~)."""
    strings: list[list[str]] = []
    for line in text.split("\n"):
        if line.startswith((prefix + 'msgid ""', prefix + 'msgstr ""')):
            strings.append([])
        elif line.startswith(prefix + '"') and strings:
            strings[-1].append(line)
        elif not line.startswith(prefix + '"'):
            strings.append([]) if strings and strings[-1] else None
    return [lines for lines in strings if len(lines) > 1]


def test_english_that_was_never_translated_leaves_no_obsolete_entry(project):
    path = project.po_path("es", SLUG)
    with path.open("a", encoding="utf-8") as handle:  # an empty one left by an earlier tool, too
        handle.write('\n#~ msgid "An old paragraph nobody translated."\n#~ msgstr ""\n')
    translate_all(project, "es", lambda english: "" if english.startswith("Short infusions") else "ES " + english)
    md = project.source_path(SLUG)
    text = md.read_text(encoding="utf-8")
    removed = next(line for line in text.split("\n") if line.startswith("Sometime a series of infusions"))
    md.write_text(text.replace("take about 90 minutes", "take about 2 hours").replace(removed + "\n", ""),
                  encoding="utf-8")

    assert cli(project.root, "run").returncode == 0

    catalog = read_catalog(path)
    assert [m.id for m in catalog.obsolete.values()] == [removed]  # translated: kept
    assert "#~ msgid \"An old paragraph" not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("damage", ["msgstr line deleted", "msgid line doubled"])
def test_a_msgid_without_msgstr_is_reported_as_missing_at_its_line(project, damage):
    path = project.po_path("es", SLUG)
    lines = path.read_text(encoding="utf-8").split("\n")
    at = lines.index('msgid "Will the injection hurt?"')
    if damage == "msgstr line deleted":
        del lines[at + 1]
    else:  # an editor's slip: the first msgid has no msgstr (not a duplicate definition)
        lines.insert(at, lines[at])
    path.write_text("\n".join(lines), encoding="utf-8")

    result = cli(project.root, "check", "--lang", "es")

    assert result.returncode == 1
    assert (f"{project.relative(path)}:{at + 1}: error: missing msgstr for msgid 'Will the injection hurt?'"
            in result.stdout + result.stderr)
    assert "duplicate" not in result.stdout + result.stderr


def test_a_header_without_msgstr_is_a_one_line_error(project):
    path = project.po_path("es", SLUG)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('msgid ""\nmsgstr ""\n', 'msgid ""\n', 1), encoding="utf-8")
    result = cli(project.root, "update")
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert f"{project.relative(path)}:" in result.stderr and "missing msgstr" in result.stderr


@pytest.mark.parametrize("command", ["update", "run"])
def test_an_empty_po_file_is_refused_as_damage(project, command):
    path = project.po_path("es", SLUG)
    path.write_bytes(b"")
    before = tree(project.root)

    result = cli(project.root, command)

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert f" {project.relative(path)}:1: " in result.stderr and "empty" in result.stderr  # named from the project
    assert path.read_bytes() == b""
    assert tree(project.root, ("source", "locales")) == {k: v for k, v in before.items()
                                                        if k.startswith(("source", "locales"))}
    check = cli(project.root, "check", "--lang", "es")
    assert check.returncode == 1 and "empty" in check.stdout + check.stderr


def test_a_malformed_catalogue_keeps_its_language_back_and_not_the_others(project):
    """One translator's broken file waits for its fix; the English and the other languages go on."""
    path = project.po_path("es", SLUG)
    text = path.read_text(encoding="utf-8")
    at = text.index('msgstr ""\n"Project-Id-Version')
    path.write_text(text.replace('"Project-Id-Version:', '"Project-Id-Version: unterminated', 1)
                    .replace('unterminated Magnesium', 'unterminated Magnesium\\q', 1), encoding="utf-8")
    broken = path.read_bytes()
    _edit_english(project)

    result = cli(project.root, "run")

    assert result.returncode == 1 and "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if " error: " in line or line.startswith("leaflets: error")]
    assert len(errors) == 1 and f"{project.relative(path)}:{text[:at].count(chr(10)) + 2}: " in errors[0], errors
    assert path.read_bytes() == broken  # left as the translator left it
    assert "take about 2 hours" in " ".join(project.output_path("en", SLUG, ".txt").read_text(encoding="utf-8").split())
    for lang in ("pl", "zh_Hans"):  # merged with the new English
        assert "take about 2 hours" in project.po_path(lang, SLUG).read_text(encoding="utf-8"), lang
    again = cli(project.root, "run", "--format", "json")  # still waiting, said again
    assert again.returncode == 1 and f"{project.relative(path)}:" in again.stderr
    rows = {row["language"]: row for row in json.loads(again.stdout)["publications"]}
    assert rows["es"]["result"] in ("withdrawn", "not published"), rows["es"]  # its approvals cannot be judged
    assert rows["es"]["reason"].startswith("its catalogue or ledger cannot be read: locales/es/"), rows["es"]


def test_a_catalogue_that_cannot_be_written_keeps_its_language_back_and_not_the_others(project, monkeypatch):
    """A read-only or immutable file (chattr +i) stopped the whole run after the English was rebuilt: the
    other languages were neither merged nor built. That language waits, as for a file that does not read."""
    path = project.po_path("es", SLUG)
    kept = path.read_bytes()
    real_write = po.write_atomic

    def refused(target, data, **options):
        if target == path:
            raise LeafletsError("cannot write: Operation not permitted; the previous file is intact", target)
        return real_write(target, data, **options)

    monkeypatch.setattr(po, "write_atomic", refused)
    _edit_english(project)

    report = stages.run(project)

    assert path.read_bytes() == kept
    assert [failure for failure in report.failures if "cannot write: Operation not permitted" in failure], report.failures
    for lang in ("pl", "zh_Hans"):  # merged with the new English
        assert "take about 2 hours" in project.po_path(lang, SLUG).read_text(encoding="utf-8"), lang
    [spanish] = [p for p in report.publications if p.lang == "es"]
    assert not spanish.published and spanish.reason.startswith("its catalogue cannot be written: locales/es/")


def _edit_english(project, old: str = "take about 90 minutes", new: str = "take about 2 hours") -> None:
    md = project.source_path(SLUG)
    md.write_text(md.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def _translations(path) -> dict[str, tuple[str, bool]]:
    """msgid -> (msgstr, fuzzy), as polib (not Babel) reads the file."""
    return {entry.msgid: (entry.msgstr, entry.fuzzy) for entry in polib.pofile(str(path)) if not entry.obsolete}


def test_a_catalogue_saved_in_an_editor_while_a_run_works_on_it_is_kept_and_merged(project, monkeypatch):
    """Poedit takes no project lock: a save between the merge's reading and writing is kept, and the merge is
    done again from it, in the same run (it used to leave the language out, its pages withdrawn, until the next)."""
    path = project.po_path("es", SLUG)
    translate_all(project, "es", lambda english: "ES " + english)
    _edit_english(project)
    saved = path.read_bytes().replace(b'msgstr "ES Magnesium Infusions"', b'msgstr "Infusiones de magnesio"')
    read = update.read_language_catalog
    saves = []

    def read_then_poedit_saves(po, lang):
        catalog = read(po, lang)
        if po == path and not saves:
            saves.append(po)
            path.write_bytes(saved)  # once, just after the merge read the file
        return catalog

    monkeypatch.setattr(update, "read_language_catalog", read_then_poedit_saves)
    report = stages.run(load_config(project.root))
    assert saves and report.failures == []
    translations = _translations(path)
    assert translations["Magnesium Infusions"] == ("Infusiones de magnesio", False)  # the translator's save, kept
    assert any("take about 2 hours" in english for english in translations)  # and merged with the English edit


def test_a_catalogue_saved_again_and_again_while_a_run_works_on_it_waits_for_the_next_run(project, monkeypatch):
    path = project.po_path("es", SLUG)
    translate_all(project, "es", lambda english: "ES " + english)
    _edit_english(project)
    read = update.read_language_catalog
    saves = []

    def read_then_poedit_saves(po, lang):  # an editor saving after every read: each merge finds it changed
        catalog = read(po, lang)
        if po == path:
            saves.append(po)
            path.write_bytes(path.read_bytes() + f"\n# saved {len(saves)}\n".encode())
        return catalog

    monkeypatch.setattr(update, "read_language_catalog", read_then_poedit_saves)
    report = stages.run(load_config(project.root))  # that language waits: the others go on
    assert len(saves) == stages.MERGE_ATTEMPTS
    assert [failure for failure in report.failures if "changed on disk while leaflets worked on it" in failure]
    assert path.read_bytes().endswith(f"# saved {stages.MERGE_ATTEMPTS}\n".encode())  # the translator's, as saved
    monkeypatch.undo()
    assert cli(project.root, "run").returncode == 0  # the next run works from it


def test_a_catalogue_with_classic_mac_line_ends_is_refused_not_emptied(project):
    path = project.po_path("es", SLUG)
    translate_all(project, "es", lambda english: "ES " + english)
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r"))
    before = path.read_bytes()
    for command in ("run", "check"):
        result = cli(project.root, command)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        said = result.stdout + result.stderr
        assert f"{project.relative(path)}:1" in said and "CR only" in said, said
    assert path.read_bytes() == before


def test_gettext_escapes_written_by_msgcat_are_read_as_gettext_reads_them(project):
    path = project.po_path("es", SLUG)
    translate_all(project, "es", lambda english: "Traducción «ñ»: " + english)
    subprocess.run(["msgcat", "--escape", "-o", str(path), str(path)], check=True)
    assert b"\\303" in path.read_bytes()  # each non-ASCII byte written as an octal escape
    before = _translations(path)

    assert cli(project.root, "run").returncode == 0

    assert _translations(path) == before  # nothing read as "\\303", no English taken as changed
    assert not any(fuzzy for _, fuzzy in before.values())
    assert _msgfmt_check(path).returncode == 0


def test_a_translation_comes_back_with_its_english(project):
    path = project.po_path("es", SLUG)
    translate_all(project, "es", lambda english: "ES " + english)
    md = project.source_path(SLUG)
    text = md.read_text(encoding="utf-8")
    removed = next(line for line in text.split("\n") if line.startswith("Short infusions can be performed"))
    md.write_text(text.replace(removed + "\n", ""), encoding="utf-8")
    assert cli(project.root, "run").returncode == 0
    assert [m.id for m in read_catalog(path).obsolete.values()] == [removed]

    md.write_text(text, encoding="utf-8")  # put back, as msgmerge brings the translation back
    assert cli(project.root, "run").returncode == 0

    catalog = read_catalog(path)
    assert not catalog.obsolete
    assert _translations(path)[removed] == ("ES " + removed, False)
    # only where it was translated: the languages merged after Spanish from the same POT stay untranslated
    for lang in ("pl", "zh_Hans"):
        assert _translations(project.po_path(lang, SLUG))[removed] == ("", False), lang
    assert not read_catalog(project.pot_path(SLUG))._messages[removed].string


def test_charset_in_a_comment_does_not_decide_how_the_file_is_read(project):
    path = project.po_path("es", SLUG)
    path.write_bytes(_translator_file(project, "es", lambda english: "Traducción: " + english,
                                      comment="Converted from Windows, was charset=ISO-8859-15 before."))
    before = _translations(path)
    _edit_english(project)
    for _ in range(2):
        assert cli(project.root, "run").returncode == 0
    after = _translations(path)
    assert all(after[english] == translation for english, translation in before.items() if english in after)
    assert "TraducciÃ" not in path.read_text(encoding="utf-8")


def test_header_fields_after_a_blank_or_odd_header_line_are_kept(project):
    path = project.po_path("es", SLUG)
    data = _translator_file(project, "es", lambda english: "ES " + english)
    path.write_bytes(data.replace(b'"Last-Translator: Ana', b'"Translated by Jose\\n"\n"\\n"\n"Last-Translator: Ana'))
    assert _msgfmt_check(path).returncode == 0

    translate_all(project, "es", lambda english: "ES2 " + english)  # a tool's save: the header written again

    header = _header(path.read_bytes())
    assert b"PO-Revision-Date: 2025-03-04" not in header  # it was written again
    for field in (b"Content-Type: text/plain; charset=UTF-8", b"X-Generator: Poedit 3.4.2", b"Plural-Forms",
                  b"Last-Translator: Ana", b"MIME-Version: 1.0"):
        assert field in header, field
    assert _msgfmt_check(path).returncode == 0


def test_a_header_that_starts_with_a_line_that_is_no_field_is_read_and_kept_as_msgmerge_keeps_it(project):
    """msgcat starts a header with "#-#-#-#-#  a.po (…)  #-#-#-#-#" where the files it joined differ. Babel
    read no field after it (the language, the plural forms, the project were lost), and update dropped the
    line and wrote the header from Babel's defaults; msgmerge keeps the header as it is."""
    path = project.po_path("es", SLUG)
    data = _translator_file(project, "es", lambda english: "ES " + english)
    marker = b'"#-#-#-#-#  es.po (Magnesium Infusions 1.0)  #-#-#-#-#\\n"\n'
    data = data.replace(b"POT-Creation-Date: 2026-11-23", b"POT-Creation-Date: 2025-01-01")  # an older POT's
    path.write_bytes(data.replace(b'msgstr ""\n"Project-Id-Version', b'msgstr ""\n' + marker + b'"Project-Id-Version', 1))
    assert _msgfmt_check(path).returncode == 0
    catalog = read_catalog(path)
    assert (str(catalog.locale), catalog.project) == ("es", "Magnesium Infusions")
    before = path.read_bytes()

    update.merge_language(read_catalog(project.pot_path(SLUG)), project, "es", SLUG)  # a new POT-Creation-Date

    after = path.read_bytes()
    assert b'msgstr ""\n' + marker + b'"Project-Id-Version: Magnesium Infusions 1.0' in _header(after)
    assert b"POT-Creation-Date: 2025-01-01" not in _header(after)  # the one field a merge takes from the POT
    changed = [line for line in difflib.unified_diff(_header(before).decode().split("\n"),
                                                     _header(after).decode().split("\n"), lineterm="", n=0)
               if line[:1] in "+-" and line[:3] not in "+++---"]
    assert [line[1:].split(":")[0] for line in changed] == ['"POT-Creation-Date'] * 2, changed
    assert _msgfmt_check(path).returncode == 0


def test_msgcat_s_header_of_two_files_is_kept_with_each_changed_field_changed_in_both(project):
    """msgcat joins two differing headers whole, each under its marker: every field twice. A field the
    pipeline changes is changed in both (Babel reads the last, the charset is decoded by the first)."""
    path = project.po_path("es", SLUG)
    data = _translator_file(project, "es", lambda english: "ES " + english)
    data = data.replace(b"POT-Creation-Date: 2026-11-23", b"POT-Creation-Date: 2025-01-01")
    head, _, rest = data.partition(b'msgstr ""\n')
    fields, _, body = rest.partition(b"\n\n")
    two = (b'"#-#-#-#-#  a.po (Magnesium Infusions 1.0)  #-#-#-#-#\\n"\n' + fields
           + b'\n"#-#-#-#-#  b.po (Magnesium Infusions 1.0)  #-#-#-#-#\\n"\n' + fields)
    path.write_bytes(head + b'msgstr ""\n' + two + b"\n\n" + body)
    assert _msgfmt_check(path).returncode == 0

    update.merge_language(read_catalog(project.pot_path(SLUG)), project, "es", SLUG)

    header = _header(path.read_bytes())
    assert header.count(b"#-#-#-#-#") == 4 and header.count(b"X-Generator: Poedit 3.4.2") == 2
    assert header.count(b"POT-Creation-Date: ") == 2 and b"POT-Creation-Date: 2025-01-01" not in header
    assert read_catalog(path).creation_date == read_catalog(project.pot_path(SLUG)).creation_date
    assert _msgfmt_check(path).returncode == 0


def test_a_comment_on_its_own_leaves_the_other_entries_as_written(project):
    path = project.po_path("es", SLUG)
    translate_all(project, "es", lambda english: "ES " + english)
    subprocess.run(["msgcat", "--width=60", "-o", str(path), str(path)], check=True)  # another tool's wrapping
    data = path.read_bytes()
    marker = b"\n\n#. "
    at = data.index(marker, data.index(marker) + 1)  # before the second entry
    path.write_bytes(data[:at] + b"\n\n# TODO(jose): check with Dr Chen" + data[at:])
    before = path.read_text(encoding="utf-8").split("\n")
    _edit_english(project)

    assert cli(project.root, "run").returncode == 0

    after = path.read_text(encoding="utf-8").split("\n")
    changed = [line for line in difflib.unified_diff(before, after, lineterm="", n=0)
               if line.startswith(("+", "-")) and not line.startswith(("+++", "---"))]
    assert len(changed) < 40, "\n".join(changed)  # the entry whose English changed, not the whole file
    assert "# TODO(jose): check with Dr Chen" in after


@pytest.mark.parametrize("code", ["klingon", "Tunisian Arabic"])
def test_a_language_name_babel_has_no_data_for_is_a_one_line_error(project, code):
    result = cli(project.root, "check", "--lang", code)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0 and "is not a configured language" in result.stderr


def test_a_missing_source_folder_is_refused_not_taken_as_every_leaflet_deleted(project):
    pyproject = project.root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8").replace(
        "[tool.leaflets]\n", '[tool.leaflets]\nsource_dir = "sources"\n', 1), encoding="utf-8")
    before = tree(project.root)
    for command in ("run", "check"):
        result = cli(project.root, command)
        assert result.returncode == 1 and "no folder sources/ for the leaflets" in result.stderr, result.stderr
        line = next(n for n, text in enumerate(pyproject.read_text(encoding="utf-8").split("\n"), 1)
                    if text.startswith("source_dir"))
        assert f"pyproject.toml:{line}: " in result.stderr  # at the setting to fix
    assert tree(project.root) == before


@pytest.mark.parametrize("second", ['msgid "caf\\303\\251"', 'msgid "caf\\xc3\\xa9"', 'msgid ""\n"ca"\n"fé"'])
def test_a_msgid_written_twice_with_other_escapes_or_lines_is_a_duplicate(tmp_path, second):
    path = tmp_path / "es.po"
    path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                    f'msgid "café"\nmsgstr "uno"\n\n{second}\nmsgstr "dos"\n', encoding="utf-8")
    assert subprocess.run(["msgfmt", "-o", os.devnull, str(path)], capture_output=True, check=False).returncode != 0
    with pytest.raises(CatalogError, match="duplicate message definition"):
        read_catalog(path)


def test_escaped_bytes_in_a_latin_header_and_a_one_line_header_are_read_in_the_files_charset(tmp_path):
    path = tmp_path / "es.po"
    path.write_bytes(b'msgid ""\nmsgstr "Content-Type: text/plain; charset=ISO-8859-1\\nLast-Translator: Jos\\351\\n"\n\n'
                     b'msgid "Coffee"\nmsgstr "Caf\xe9"\n')
    assert subprocess.run(["msgfmt", "-o", os.devnull, str(path)], capture_output=True, check=False).returncode == 0
    catalog = read_catalog(path)
    assert catalog.charset.lower() == "iso-8859-1"
    assert [m.string for m in messages(catalog)] == ["Café"]
    assert catalog.last_translator == "José"


def test_only_the_header_entry_names_the_charset(tmp_path):
    path = tmp_path / "es.po"
    path.write_bytes('msgid "Info"\nmsgstr "Content-Type: text/plain; charset=ISO-8859-1"\n\n'
                     'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                     'msgid "Coffee"\nmsgstr "Café"\n'.encode())
    assert subprocess.run(["msgfmt", "-o", os.devnull, str(path)], capture_output=True, check=False).returncode == 0
    assert [m.string for m in messages(read_catalog(path)) if m.id == "Coffee"] == ["Café"]


def test_an_obsolete_twin_of_an_entry_still_there_is_refused_at_its_line_as_msgfmt_refuses_it(project):
    path = project.po_path("es", SLUG)
    text = path.read_text(encoding="utf-8")
    english = "Magnesium Infusions"
    twin = f'\n#~ msgid "{english}"\n#~ msgstr "Infusiones de magnesio"\n'
    path.write_text(text + twin, encoding="utf-8")
    assert subprocess.run(["msgfmt", "-o", os.devnull, str(path)], capture_output=True, check=False).returncode != 0
    before = path.read_bytes()
    _edit_english(project)
    done = cli(project.root, "run")
    assert done.returncode != 0
    twin_line = (text + twin).splitlines().index(f'#~ msgid "{english}"') + 1
    assert f"es/LC_MESSAGES/{SLUG}.po:{twin_line}: duplicate message definition" in done.stderr
    assert path.read_bytes() == before  # nothing lost: the translator removes one of the two


def test_an_obsolete_plural_with_more_forms_than_the_language_has_is_kept_as_gettext_keeps_it(project):
    path = project.po_path("zh_Hans", SLUG)  # Chinese has one plural form
    obsolete = ('#~ msgid "One tablet"\n#~ msgid_plural "%d tablets"\n#~ msgstr[0] "%d 片"\n'
                '#~ msgstr[1] "%d 片"\n')
    path.write_text(path.read_text(encoding="utf-8") + "\n" + obsolete, encoding="utf-8")
    assert _msgfmt_check(path).returncode == 0
    for command in ("update", "run"):
        result = cli(project.root, command)
        assert result.returncode == 0, result.stderr
    assert obsolete in path.read_text(encoding="utf-8")
    check = cli(project.root, "check", "--lang", "zh_Hans")
    assert "unreadable" not in check.stdout and "num_plurals" not in check.stdout + check.stderr, check.stdout


def test_a_translators_indented_comments_are_kept_as_written_when_their_entry_is_written_again(project):
    path = project.po_path("es", SLUG)
    text = path.read_text(encoding="utf-8")
    notes = "#   - ask Dr A\n#       about the dose\n"
    after_title = text.index("\nmsgid ", text.index('msgid "Magnesium Infusions"') + 1)  # an entry whose #: moves
    entry_start = text.rfind("\n\n", 0, after_title) + 2
    path.write_text("#   Revised by the ward team\n" + text[:entry_start] + notes + text[entry_start:], encoding="utf-8")
    md = project.source_path(SLUG)  # a paragraph inserted at the top: every entry's #: line moves
    md.write_text(md.read_text(encoding="utf-8").replace("# Magnesium Infusions\n", "# Magnesium Infusions\n\n"
                                                          "Read this leaflet before your first infusion.\n", 1),
                  encoding="utf-8")
    result = cli(project.root, "run")
    assert result.returncode == 0, result.stderr
    written = path.read_text(encoding="utf-8")
    assert written.startswith("#   Revised by the ward team\n")
    assert notes + "#. " in written or notes + "#: " in written
    assert _msgfmt_check(path).returncode == 0


@pytest.mark.parametrize("reshape", [
    # msgcat -w 40: the Content-Type line split over two strings
    lambda data: data.replace(b'"Content-Type: text/plain; charset=ISO-8859-1\\n"',
                              b'"Content-Type: text/plain; "\n"charset=ISO-8859-1\\n"'),
    lambda data: data.replace(b'"Content-Type: text/plain;', b'"content-type: text/plain;'),  # the name in lower case
])
def test_the_charset_is_found_where_gettext_finds_it(project, reshape):
    path = project.po_path("es", SLUG)
    data = reshape(_translator_file(project, "es", lambda english: "Traducción: " + english, charset="ISO-8859-1"))
    assert b"Content-Type: text/plain; charset=ISO-8859-1" not in data
    path.write_bytes(data)
    assert _msgfmt_check(path).returncode == 0
    result = cli(project.root, "update")
    assert result.returncode == 0, result.stderr
    assert "converted from iso-8859-1 to UTF-8" in result.stderr
    assert _msgfmt_check(path).returncode == 0
    translated = [m.string for m in messages(read_catalog(path)) if m.string]
    assert translated and all(string.startswith("Traducción: ") for string in translated)


@pytest.mark.parametrize(("field", "value", "says"), [
    ("Plural-Forms", "nplurals=INTEGER; plural=EXPRESSION;",  # as xgettext's template leaves it
     "Plural-Forms: nplurals must be a whole number such as 2, not 'INTEGER'"),
    ("Language", "@@@", "Language: '@@@' is not a language code such as es or zh_Hans"),
    ("Language", "12", "Language: '12' is not a language code such as es or zh_Hans"),
])
def test_a_header_field_babel_cannot_read_is_named_at_its_line(project, field, value, says):
    path = project.po_path("es", SLUG)
    text = path.read_text(encoding="utf-8")
    start = text.index(f'"{field}: ')
    path.write_text(text[:start] + f'"{field}: {value}\\n"' + text[text.index("\n", start):], encoding="utf-8")
    line = path.read_text(encoding="utf-8")[:start].count("\n") + 1
    result = cli(project.root, "update")
    assert result.returncode == 1
    assert result.stderr.strip() == f"leaflets: error: {project.relative(path)}:{line}: {says}", result.stderr


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le"])  # with its byte-order mark, and without
def test_a_catalogue_saved_as_utf16_is_refused_with_what_to_do(project, encoding):
    path = project.po_path("es", SLUG)
    path.write_bytes(path.read_text(encoding="utf-8").encode(encoding))
    before = tree(project.root)
    result = cli(project.root, "update")
    assert result.returncode == 1
    assert result.stderr.strip() == (f"leaflets: error: {project.relative(path)}:1: the file is UTF-16 "
                                     "(Notepad's \"Unicode\"): save it as UTF-8"), result.stderr
    assert tree(project.root) == before


def test_a_comment_said_twice_is_kept_twice_when_its_entry_or_the_header_is_written_again(project):
    """Babel keeps a comment said twice once: a note's "#" between paragraphs, a line pasted twice, in an
    entry whose reference moved and one whose English changed (the header: tests/catalogs). msgmerge keeps each."""
    translate_all(project, "es", fake_translation("es"))
    path = project.po_path("es", SLUG)
    text = path.read_text(encoding="utf-8")
    header = "# Spanish translation.\n#\n# Translators:\n# Ana Pérez <ana@example.org>, 2026.\n#\n# Reviewed.\n"
    moved, changed = "# Term agreed with the pharmacy.\n#\n# Checked 2026-12-01\n#\n# Checked 2026-12-01\n", \
        "# Ask Dr Ruiz\n#\n# Ask Dr Ruiz\n"
    for english, notes in (("Who should not have a magnesium infusion?", moved), ("Short infusions can", changed)):
        entry = text.rfind("\n\n", 0, text.index(english)) + 2
        text = text[:entry] + notes + text[entry:]
    path.write_text(header + text[text.index('msgid ""'):], encoding="utf-8")
    assert _msgfmt_check(path).returncode == 0
    _edit_english(project)  # its entry goes fuzzy with #|; the others' #: lines move
    md = project.source_path(SLUG)
    md.write_text(md.read_text(encoding="utf-8").replace("# Magnesium Infusions\n", "# Magnesium Infusions\n\n"
                                                          "Read this leaflet first.\n", 1), encoding="utf-8")
    result = cli(project.root, "run")
    assert result.returncode == 0, result.stderr
    written = path.read_text(encoding="utf-8")
    assert written.startswith(header + 'msgid ""\n')
    assert moved + "#. " in written and changed + "#. " in written
    assert any("take about 2 hours" in msgid and fuzzy for msgid, (_, fuzzy) in _translations(path).items())
    assert _msgfmt_check(path).returncode == 0
