"""Catalogues rewritten by gettext's msgcat, or updated twice, come back without churn."""

from __future__ import annotations

import difflib
import re
import subprocess

import pytest

from pipeline.run import stages
from tests.robustness.helpers import cli, subprocess_env, translate_and_approve, write_project

SLUG = "leaflet-00"
LATER = "1800000000"  # another day: a rewrite that moves PO-Revision-Date shows up in the diff


@pytest.fixture(params=["approved", "english-changed"])
def catalogue(tmp_path, request):
    """A translated, approved Spanish catalogue; in the second case the English then changed, which
    leaves fuzzy entries with #| previous msgids."""
    root = tmp_path / "project"
    config = write_project(root, 1, ["es"])
    stages.run(config)
    translate_and_approve(config, ["es"])
    assert cli(root, "run").returncode == 0
    if request.param == "approved":
        return config, config.po_path("es", SLUG)
    source = config.source_path(SLUG)
    lines = source.read_text(encoding="utf-8").split("\n")
    index = lines.index("## Question 1 of leaflet 0?") + 2
    lines[index] += " Ask the nurse if anything is unclear."
    source.write_text("\n".join(lines), encoding="utf-8")
    assert cli(root, "run").returncode == 0
    path = config.po_path("es", SLUG)
    assert b"#| msgid" in path.read_bytes() and b"#, fuzzy" in path.read_bytes()
    return config, path


def _changed_lines(before: bytes, after: bytes) -> list[str]:
    diff = difflib.unified_diff(before.decode().splitlines(), after.decode().splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def test_update_of_an_updated_catalogue_changes_nothing(catalogue):
    config, path = catalogue
    once = path.read_bytes()
    result = cli(config.root, "update", env=subprocess_env(SOURCE_DATE_EPOCH=LATER))
    assert result.returncode == 0, result.stderr
    assert _changed_lines(once, path.read_bytes()) == [], "a second update changed the catalogue"


def _entries(data: bytes) -> list[str]:
    return data.decode().replace("\r\n", "\n").split("\n\n")


@pytest.mark.parametrize("options", [[], ["--no-wrap"], ["--width=60"]], ids=["msgcat", "no-wrap", "width-60"])
def test_catalogue_rewritten_by_msgcat_is_left_as_it_is_when_nothing_changed(catalogue, options):
    """msgcat wraps at 79 columns (the pipeline at 76): re-reading its file must not rewrap or re-date it."""
    config, path = catalogue
    ours = path.read_bytes()
    subprocess.run(["msgcat", *options, "-o", str(path), str(path)], check=True)
    theirs = path.read_bytes()
    assert theirs != ours, "msgcat changed nothing: the test proves nothing"

    for command in ("update", "run"):
        result = cli(config.root, command, env=subprocess_env(SOURCE_DATE_EPOCH=LATER))
        assert result.returncode == 0, result.stderr
        assert _changed_lines(theirs, path.read_bytes()) == [], f"`leaflets {command}` rewrote msgcat's file"


def test_after_msgcat_an_english_change_rewrites_only_its_entry(catalogue):
    config, path = catalogue
    subprocess.run(["msgcat", "-o", str(path), str(path)], check=True)
    theirs = path.read_bytes()
    source = config.source_path(SLUG)
    lines = source.read_text(encoding="utf-8").split("\n")
    index = lines.index("## Question 3 of leaflet 0?") + 2
    lines[index] += " Bring your glasses."
    source.write_text("\n".join(lines), encoding="utf-8")

    result = cli(config.root, "run", env=subprocess_env(SOURCE_DATE_EPOCH=LATER))

    assert result.returncode == 0, result.stderr
    before, after = _entries(theirs), _entries(path.read_bytes())
    assert len(before) == len(after)
    changed = [(old, new) for old, new in zip(before, after) if old != new]
    header = [(old, new) for old, new in changed if 'msgid ""\nmsgstr ""' in old]
    entries = [(old, new) for old, new in changed if (old, new) not in header]
    assert len(entries) == 1 and "Bring your glasses." in entries[0][1].replace('"\n"', ""), entries
    for old, new in header:  # only dates may move in the header
        assert [line for line in _changed_lines(old.encode(), new.encode()) if "-Date:" not in line] == []


def test_translator_edit_after_msgcat_is_the_only_change(catalogue):
    config, path = catalogue
    subprocess.run(["msgcat", "-o", str(path), str(path)], check=True)
    text = path.read_bytes().decode()
    title = re.search(r'^msgid "Leaflet 0"\nmsgstr "(.*)"$', text, re.MULTILINE)
    assert title, "the title entry is not on one line"
    edited = text.replace(title.group(0), 'msgid "Leaflet 0"\nmsgstr "Folleto 0"').encode()
    path.write_bytes(edited)

    result = cli(config.root, "run", env=subprocess_env(SOURCE_DATE_EPOCH=LATER))

    assert result.returncode == 0, result.stderr
    assert _changed_lines(edited, path.read_bytes()) == [], "re-reading the edited file changed it"
    assert 'msgstr "Folleto 0"' in path.read_text(encoding="utf-8")


def test_a_header_without_a_creation_date_is_kept_when_an_entry_changes_later(tmp_path, monkeypatch):
    """Babel dates such a header when it reads it; writing it later, hours on, must not add that date."""
    import datetime as dt

    import babel.messages.catalog as babel_catalog

    from pipeline.catalogs.po import read_catalog, render_catalog

    class Clock(dt.datetime):  # the clock Babel dates headers by, moved on by hand
        shift = dt.timedelta()

        @classmethod
        def now(cls, tz=None):
            return super().now(tz) + cls.shift

    monkeypatch.setattr(babel_catalog.datetime, "datetime", Clock)
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"X-Custom: kept as it is\\n"\n'
    po = tmp_path / "leaflet.po"
    po.write_text(header + '\n#. Title\n#: source/a.md:1\nmsgid "Dose"\nmsgstr "Dosis"\n\nmsgid "Rest"\nmsgstr ""\n',
                  encoding="utf-8")
    catalog = read_catalog(po, "es")
    Clock.shift = dt.timedelta(hours=2)
    catalog.get("Rest").string = "Descanso"
    written = render_catalog(catalog).decode("utf-8")
    assert written.startswith(header + "\n")  # the header block as it was, with no date added
    assert 'msgid "Rest"\nmsgstr "Descanso"' in written
