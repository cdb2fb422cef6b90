"""PO files as other tools and projects write them, given to `leaflets update`.

Each is read (translations kept, the result valid for gettext) or refused
with a message naming the file, and then nothing at all is written.
"""

from __future__ import annotations

import os
import subprocess

import polib
import pytest

from benchmarks.corpus import pseudo_translate
from pipeline.catalogs.po import messages, read_catalog
from pipeline.run import stages
from tests.robustness.helpers import cli, is_debris, tree, write_project

SLUG = "leaflet-00"


@pytest.fixture
def project(tmp_path):
    config = write_project(tmp_path / "project", 1, ["es"])
    stages.run(config)
    return config


def _foreign(config, *, wrap: int = 79, charset: str = "UTF-8", obsolete: int = 2, language: str = "es",
             duplicate: bool = False) -> tuple[polib.POFile, dict[str, str]]:
    """A PO file for the leaflet as another tool would write it (polib's writer, msgcat's width)."""
    pot = read_catalog(config.pot_path(SLUG))
    po = polib.POFile(wrapwidth=wrap, encoding=charset.lower())
    po.metadata = {
        "Project-Id-Version": "Leaflet 0 1.0",
        "PO-Revision-Date": "2019-03-04 10:11+0100",
        "Last-Translator": "Traductora <t@example.org>",
        "Language-Team": "Spanish",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": f"text/plain; charset={charset}",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=2; plural=(n != 1);",
        "X-Generator": "Poedit 3.4.2",
    }
    expected = {}
    for message in messages(pot):
        translation = "Traducción: " + pseudo_translate(message.id, "es")
        po.append(polib.POEntry(msgid=message.id, msgstr=translation,
                                occurrences=[(f, str(n)) for f, n in message.locations]))
        expected[message.id] = translation
    if duplicate:
        first = next(iter(expected))
        po.append(polib.POEntry(msgid=first, msgstr="otra"))
    for index in range(obsolete):
        po.append(polib.POEntry(msgid=f"An old paragraph number {index} about the infusion.",
                                msgstr=f"Un párrafo antiguo número {index}.", obsolete=True,
                                previous_msgid=f"An older paragraph number {index}."))
    return po, expected


def _bytes(po: polib.POFile, charset: str = "utf-8") -> bytes:
    return str(po).encode(charset)


def _variants(config) -> dict[str, tuple[bytes, dict[str, str], int]]:
    """name -> (file bytes, translations it holds, obsolete entries it holds)."""
    plain, expected = _foreign(config)
    latin, _ = _foreign(config, charset="ISO-8859-1")
    nowrap, _ = _foreign(config, wrap=0)
    long, _ = _foreign(config, obsolete=20_000)
    crlf = _bytes(plain).replace(b"\n", b"\r\n")
    return {
        "byte-order mark (Poedit on Windows)": (b"\xef\xbb\xbf" + _bytes(plain), expected, 2),
        "CRLF line ends": (crlf, expected, 2),
        "byte-order mark and CRLF": (b"\xef\xbb\xbf" + crlf, expected, 2),
        "Latin-1 charset": (_bytes(latin, "iso-8859-1"), expected, 2),
        "no wrapping": (_bytes(nowrap), expected, 2),
        "obsolete entries with #~| previous msgids": (_bytes(plain), expected, 2),
        "20,000 obsolete entries": (_bytes(long), expected, 20_000),
    }


VARIANTS = [
    "byte-order mark (Poedit on Windows)", "CRLF line ends", "byte-order mark and CRLF", "Latin-1 charset",
    "no wrapping", "obsolete entries with #~| previous msgids", "20,000 obsolete entries",
]


@pytest.mark.parametrize("variant", VARIANTS)
def test_foreign_catalogue_is_read_and_its_translations_kept(variant, project):
    data, expected, obsolete = _variants(project)[variant]
    path = project.po_path("es", SLUG)
    path.write_bytes(data)
    before = tree(project.root)

    result = cli(project.root, "update", timeout=300)

    if result.returncode != 0:  # refusing is allowed: with a message naming the file, and no write
        assert "Traceback" not in result.stderr, result.stderr
        assert project.relative(path) in result.stderr or str(path) in result.stderr, result.stderr
        assert tree(project.root) == before, "files were written although the catalogue was refused"
        pytest.fail(f"refused (allowed, but this one should be readable): {result.stderr.strip()}")
    assert subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(path)], capture_output=True,
                          text=True, check=False).returncode == 0, "the rewritten catalogue is not valid for gettext"
    catalog = read_catalog(path)
    kept = {m.id: m.string for m in messages(catalog)}
    assert kept == expected, "translations were lost or changed"
    assert len(catalog.obsolete) == obsolete, "obsolete entries (translators' work) were dropped"
    rewritten = path.read_bytes()
    if variant == "obsolete entries with #~| previous msgids":
        assert b'#~| msgid "An older paragraph number 0."' in rewritten
    assert not [p for p in tree(project.root) if is_debris(p)]
    # The rewritten file is now the pipeline's own: a second update leaves it alone.
    assert cli(project.root, "update").returncode == 0
    assert path.read_bytes() == rewritten


REFUSED = {
    "another language's catalogue": {"language": "fr"},
    "a duplicate msgid": {"duplicate": True},
}


@pytest.mark.parametrize("variant", list(REFUSED))
def test_unusable_foreign_catalogue_is_refused_and_nothing_written(variant, project):
    po, _ = _foreign(project, **REFUSED[variant])
    path = project.po_path("es", SLUG)
    path.write_bytes(_bytes(po))
    before = tree(project.root)

    result = cli(project.root, "update")

    assert result.returncode == 1
    assert "Traceback" not in result.stderr, result.stderr
    assert f"{project.relative(path)}" in result.stderr or str(path) in result.stderr, result.stderr
    assert tree(project.root) == before, "files were written although the run was refused"
