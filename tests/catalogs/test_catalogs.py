from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pipeline.catalogs.po import messages, read_catalog, render_catalog, write_catalog
from pipeline.core.errors import CatalogError
from pipeline.run import stages
from tests.conftest import REPO, SLUG, fake_translation, translate_all
from tests.source.golden import assert_golden


def test_pot_matches_golden(project):
    assert_golden("magnesium-infusions.pot", project.pot_path(SLUG).read_text(encoding="utf-8"))


def test_pot_has_one_entry_per_block_with_context_and_no_msgctxt(project):
    template = read_catalog(project.pot_path(SLUG))
    entries = list(messages(template))
    assert len(entries) == 1 + 11 + 12  # title, 11 questions, 12 paragraphs
    assert all(m.context is None for m in entries)
    q5 = next(m for m in entries if m.id.startswith("There is some short lived pain"))
    assert q5.auto_comments == ["Q5 answer, paragraph 1: “Will the injection hurt?”"]
    assert q5.locations == [("source/magnesium-infusions.md", 30)]


def test_every_po_file_passes_msgfmt_check_and_has_full_headers(project):
    for lang in project.languages:
        path = project.po_path(lang, SLUG)
        result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)],
                                capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr
        text = path.read_text(encoding="utf-8")
        assert f'"Language: {lang}\\n"' in text
        assert "Plural-Forms: nplurals=" in text
        assert "charset=utf-8" in text
    assert "nplurals=6" in project.po_path("ar", SLUG).read_text(encoding="utf-8")


def test_update_twice_changes_no_byte(project):
    paths = [project.po_path(lang, SLUG) for lang in project.languages]
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths}
    report = stages.update_all(project)
    assert report.changed == []
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths} == before


def _edit_source(config, old: str, new: str) -> None:
    md = config.source_path(SLUG)
    md.write_text(md.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_changed_english_goes_fuzzy_with_previous_msgid_and_removed_goes_obsolete(project):
    translate_all(project, "es", fake_translation("es"))
    _edit_source(project, "take about 90 minutes", "take about 2 hours")
    _edit_source(project, "Sometime a series of infusions", "REMOVED")
    md = project.source_path(SLUG)
    md.write_text("\n".join(line for line in md.read_text(encoding="utf-8").split("\n")
                            if not line.startswith("REMOVED")), encoding="utf-8")
    _edit_source(project, "## When will I see the Doctor next?",
                 "## When will I see the Doctor next?\n\nA brand new paragraph for patients.")
    stages.extract_all(project)
    stages.update_all(project)
    catalog = read_catalog(project.po_path("es", SLUG))
    changed = next(m for m in messages(catalog) if "take about 2 hours" in m.id)
    assert changed.fuzzy
    assert "take about 90 minutes" in changed.previous_id[0]
    assert changed.string.startswith("[es] Short infusions")
    new = next(m for m in messages(catalog) if m.id == "A brand new paragraph for patients.")
    assert new.string == "" and not new.fuzzy
    text = project.po_path("es", SLUG).read_text(encoding="utf-8")
    assert "#| msgid" in text
    assert "#~ msgid" in text  # removed English is kept as an obsolete entry, with its translation
    assert [m.string[:37] for m in catalog.obsolete.values()] == ["[es] Sometime a series of infusions m"]
    result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(project.po_path("es", SLUG))],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_english_cut_in_one_run_and_pasted_back_changed_in_the_next_gets_its_words_fuzzy(project):
    """msgmerge takes the obsolete entries as candidates for changed English, not only those the merge makes
    obsolete: a paragraph cut, saved (the watch runs), then pasted back reworded finds its translation."""
    translate_all(project, "es", fake_translation("es"))
    md = project.source_path(SLUG)
    original = md.read_text(encoding="utf-8")
    cut = next(line for line in original.split("\n") if line.startswith("Sometime a series of infusions"))
    md.write_text(original.replace(cut + "\n", ""), encoding="utf-8")
    stages.extract_all(project)
    stages.update_all(project)
    assert [m.string[:37] for m in read_catalog(project.po_path("es", SLUG)).obsolete.values()] == [
        "[es] Sometime a series of infusions m"]
    md.write_text(original.replace(cut, cut.replace("Sometime a series", "Sometimes a series")), encoding="utf-8")
    stages.extract_all(project)
    stages.update_all(project)
    catalog = read_catalog(project.po_path("es", SLUG))
    back = next(m for m in messages(catalog) if m.id.startswith("Sometimes a series of infusions"))
    assert back.fuzzy and back.previous_id == [cut] and back.string.startswith("[es] Sometime a series")
    assert catalog.obsolete == {}  # the words moved to the entry, as msgmerge moves them
    result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(project.po_path("es", SLUG))],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_an_untranslated_entry_marked_fuzzy_loses_the_mark_as_msgmerge_drops_it(project):
    """Nothing to be unsure of: msgmerge drops "#, fuzzy" and "#|" from an entry whose msgstr is empty."""
    path = project.po_path("es", SLUG)
    catalog = read_catalog(path)
    entry = next(m for m in messages(catalog) if m.id.startswith("How long"))
    entry.string, entry.previous_id = "", ["How long does the block last?"]
    entry.flags.add("fuzzy")
    write_catalog(path, catalog)
    assert "#, fuzzy\n#| msgid" in path.read_text(encoding="utf-8")
    stages.update_all(project)
    entry = next(m for m in messages(read_catalog(path)) if m.id.startswith("How long"))
    assert (entry.fuzzy, entry.previous_id, entry.string) == (False, [], "")


def test_po_for_another_language_is_refused(project):
    es = project.po_path("es", SLUG)
    project.po_path("ar", SLUG).write_bytes(es.read_bytes())
    report = stages.update_all(project)
    assert [failure for failure in report.failures if "declares Language: es, but its folder is ar" in failure]


def test_malformed_po_reports_file_and_line(project):
    path = project.po_path("es", SLUG)
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[25] = "msgstr_bogus \"x\""
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        read_catalog(path)
    assert caught.value.line == 26
    assert str(caught.value).startswith(f"{path}:26: ")


def test_rendering_a_read_catalogue_is_byte_identical(project):
    path = project.po_path("ar", SLUG)
    assert render_catalog(read_catalog(path)) == path.read_bytes()


def test_entries_the_pipeline_did_not_change_keep_another_tools_layout(project, tmp_path):
    """A catalogue saved by msgcat (width 79, its own wrapping) shows only real changes in a diff."""
    path = project.po_path("es", SLUG)
    translate_all(project, "es", lambda english: "Traducción de: " + english)
    subprocess.run(["msgcat", "-o", str(path), str(path)], check=True)
    by_msgcat = path.read_bytes()
    assert stages.update_all(project).changed == []  # nothing to merge: not rewritten
    catalog = read_catalog(path)
    assert render_catalog(catalog) == by_msgcat
    message = next(m for m in messages(catalog) if m.id == "Will the injection hurt?")
    message.string = "¿Dolerá la inyección?"
    changed = render_catalog(catalog).decode().splitlines()
    before = by_msgcat.decode().splitlines()
    assert len(changed) == len(before)
    assert [(a, b) for a, b in zip(before, changed) if a != b] == [
        ('msgstr "Traducción de: Will the injection hurt?"', 'msgstr "¿Dolerá la inyección?"')
    ]


def test_crlf_line_endings_and_a_byte_order_mark_are_written_as_gettext_writes(project):
    """msgfmt refuses a byte-order mark, and gettext's tools write LF: update does the same, keeping every entry."""
    path = project.po_path("es", SLUG)
    translate_all(project, "es", fake_translation("es"))
    lf = path.read_bytes()
    path.write_bytes(b"\xef\xbb\xbf" + lf.replace(b"\n", b"\r\n"))
    assert subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, check=False).returncode != 0

    assert stages.update_all(project).changed == [path]

    assert path.read_bytes() == lf
    assert stages.update_all(project).changed == []


def test_one_languages_merge_never_leaks_into_anothers(project):
    """Every language of a leaflet is merged from one template in a run: each must get its own entries."""
    translate_all(project, "es", lambda english: "ES " + english)
    translate_all(project, "ar", lambda english: "AR " + english)
    _edit_source(project, "take about 90 minutes", "take about 2 hours")
    _edit_source(project, "## When will I see the Doctor next?",
                 "## When will I see the Doctor next?\n\nA brand new paragraph for patients.")
    stages.run(project)
    for lang, prefix in (("es", "ES "), ("ar", "AR "), ("zh_Hans", "")):
        catalog = read_catalog(project.po_path(lang, SLUG))
        changed = next(m for m in messages(catalog) if "take about 2 hours" in m.id)
        assert changed.string.startswith(prefix) and (changed.fuzzy or not prefix)
        new = next(m for m in messages(catalog) if m.id == "A brand new paragraph for patients.")
        assert new.string == "" and not new.fuzzy


def test_a_pot_written_by_another_babel_version_is_neither_rewritten_nor_stale(project):
    """A newer Babel writes another Generated-By, and may wrap and date differently: the content is the same."""
    pot = project.pot_path(SLUG)
    written = pot.read_bytes().replace(b"Generated-By: Babel 2.18.0", b"Generated-By: Babel 9.1.0")
    written = written.replace(b"POT-Creation-Date: 2026-11-23 00:00+0000", b"POT-Creation-Date: 2026-11-23 11:00+1100")
    pot.write_bytes(written)
    subprocess.run(["msgcat", "--width=60", "-o", str(pot), str(pot)], check=True)  # other wrapping too
    written = pot.read_bytes()

    assert stages.extract_all(project).changed == []
    assert stages.run(project).changed == []
    assert pot.read_bytes() == written
    result = subprocess.run([sys.executable, "-m", "pipeline", "-C", str(project.root), "check"],
                            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO)}, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "older than" not in result.stdout + result.stderr


def test_a_po_keeps_its_plural_forms_when_babel_would_give_others(project):
    """Babel 2.19's CLDR gives Spanish three plural forms; a catalogue made with two keeps its two."""
    path = project.po_path("es", SLUG)
    two = '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"'
    three = '"Plural-Forms: nplurals=3; plural=(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2);\\n"'
    text = path.read_text(encoding="utf-8")
    assert two in text
    path.write_text(text.replace(two, three), encoding="utf-8")  # as another Babel would have made it
    _edit_source(project, "take about 90 minutes", "take about 2 hours")

    assert path in stages.run(project).changed  # the changed English is merged
    assert three in path.read_text(encoding="utf-8") and two not in path.read_text(encoding="utf-8")
    result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_english_removed_moves_only_its_own_entry_to_obsolete_in_another_tools_layout(project, tmp_path):
    """As msgmerge does: the removed English becomes a "#~" entry without its "#." and "#:" lines, and
    every other entry keeps the layout msgcat (Poedit, width 79) gave it."""
    path = project.po_path("es", SLUG)
    translate_all(project, "es", lambda english: "Traducción de: " + english)
    subprocess.run(["msgcat", "-o", str(path), str(path)], check=True)
    by_msgcat = path.read_text(encoding="utf-8")
    md = project.source_path(SLUG)
    md.write_text("\n".join(line for line in md.read_text(encoding="utf-8").split("\n")
                            if not line.startswith("Please arrange a review")), encoding="utf-8")
    stages.extract_all(project)

    assert path in stages.update_all(project).changed

    merged = path.read_text(encoding="utf-8")
    _header, *entries = by_msgcat.strip("\n").split("\n\n")
    kept = [entry for entry in entries if "Please arrange a review" not in entry]
    assert len(kept) == len(entries) - 1
    assert all(entry in merged.split("\n\n") for entry in kept)  # each as msgcat laid it out
    obsolete = merged[merged.index("#~ msgid"):]
    assert "Please arrange a review" in obsolete and "#." not in obsolete and "#:" not in obsolete
    assert stages.update_all(project).changed == []  # and it reads back as it was written


def test_english_changed_twice_keeps_the_previous_msgid_its_translation_was_written_for_as_msgmerge_does(project):
    translate_all(project, "es", fake_translation("es"))
    po = project.po_path("es", SLUG)
    _edit_source(project, "take about 90 minutes", "take about 2 hours")
    stages.extract_all(project)
    stages.update_all(project)
    once = po.read_text(encoding="utf-8")
    _edit_source(project, "take about 2 hours", "take about two hours")
    stages.extract_all(project)
    stages.update_all(project)
    changed = next(m for m in messages(read_catalog(po)) if "take about two hours" in m.id)
    assert changed.fuzzy and "take about 90 minutes" in changed.previous_id[0]
    # msgmerge, given the catalogue after the first change and the new template, says the same
    (project.root / "once.po").write_text(once, encoding="utf-8")
    merged = project.root / "merged.po"
    subprocess.run(["msgmerge", "--quiet", "--previous", "-o", str(merged), str(project.root / "once.po"),
                    str(project.pot_path(SLUG))], check=True)
    theirs = next(m for m in messages(read_catalog(merged)) if "take about two hours" in m.id)
    assert theirs.previous_id == changed.previous_id


def test_a_context_a_translator_added_by_hand_keeps_their_words_fuzzy_as_msgmerge_does(project):
    """Leaflet English has no msgctxt: one typed in a PO editor makes the entry another, and
    msgmerge carries its translation over, fuzzy, to the English without it. Before, it went to `#~`
    and the live entry was left for a machine draft."""
    translate_all(project, "es", fake_translation("es"))
    po = project.po_path("es", SLUG)
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace('msgid "Magnesium Infusions"\nmsgstr "[es] Magnesium Infusions"',
                               'msgctxt "heading"\nmsgid "Magnesium Infusions"\nmsgstr "Infusiones de magnesio"'),
                  encoding="utf-8")
    hand_edited = po.read_text(encoding="utf-8")
    assert 'msgctxt "heading"' in hand_edited

    stages.update_all(project)

    title = next(m for m in messages(read_catalog(po)) if m.id == "Magnesium Infusions")
    assert (title.context, title.string, title.fuzzy) == (None, "Infusiones de magnesio", True)
    assert "#~ msgctxt" not in po.read_text(encoding="utf-8")
    (project.root / "hand.po").write_text(hand_edited, encoding="utf-8")  # msgmerge on the same files agrees
    merged = project.root / "merged.po"
    subprocess.run(["msgmerge", "--quiet", "-o", str(merged), str(project.root / "hand.po"),
                    str(project.pot_path(SLUG))], check=True)
    theirs = next(m for m in messages(read_catalog(merged)) if m.id == "Magnesium Infusions")
    assert (theirs.context, theirs.string, theirs.fuzzy) == (None, title.string, True)
    assert subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(po)], check=False).returncode == 0


def test_english_moved_down_its_file_keeps_each_entrys_words_as_the_translators_tool_laid_them(project):
    """A paragraph inserted near the top moves every later "#:" reference. Only those lines change:
    a file Poedit saved without wrapping is not rewrapped at Babel's width throughout."""
    translate_all(project, "es", lambda english: "Traducción bastante larga de: " + english)
    po = project.po_path("es", SLUG)
    subprocess.run(["msgcat", "--no-wrap", "-o", str(po), str(po)], check=True)
    unwrapped = po.read_text(encoding="utf-8")
    long_lines = [line for line in unwrapped.split("\n") if line.startswith("msgstr") and len(line) > 120]
    assert long_lines
    md = project.source_path(SLUG)
    text = md.read_text(encoding="utf-8")
    title_end = text.index("\n\n", text.index("\n# ")) + 2
    md.write_text(text[:title_end] + "A new first paragraph.\n\n" + text[title_end:], encoding="utf-8")
    stages.extract_all(project)

    assert po in stages.update_all(project).changed

    merged = po.read_text(encoding="utf-8")
    assert all(line in merged.split("\n") for line in long_lines)  # each translation still on its one line
    assert _references(merged) != _references(unwrapped)  # the references did move
    assert 'msgid "A new first paragraph."' in merged
    assert subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(po)], check=False).returncode == 0
    assert stages.update_all(project).changed == []  # and it reads back as written


def _references(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.startswith("#:")]
