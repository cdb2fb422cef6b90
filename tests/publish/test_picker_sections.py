"""The picker page keeps each leaflet's section as rendered, and renders again only what changed."""

from __future__ import annotations

from functools import partial

import pytest

from pipeline.core.config import load_config
from pipeline.core.languages import SOURCE_LANGUAGE
from pipeline.publish import picker
from pipeline.publish.build import template_environment
from pipeline.run import stages
from tests.conftest import SLUG
from tests.robustness.helpers import translate_and_approve, write_project


def entry(slug: str, title: str, *codes: str) -> picker.PickerEntry:
    return picker.PickerEntry(slug, title, tuple((code, False, None) for code in codes), inline_qr=False)


def make(made: list[str]):
    """What a section shows, noting each entry made (only those rendered again are)."""

    def leaflet(entry: picker.PickerEntry) -> picker.PickerLeaflet:
        made.append(entry.slug)
        rows = tuple(picker.PickerRow(picker.language_label(code), (picker.Edition("Web page", ".html"),), None)
                     for code, _, _ in entry.langs)
        return picker.PickerLeaflet(entry.slug, entry.title, rows)

    return leaflet


def render(entries, made: list[str], kept=None) -> str:
    return "".join(picker.page(template_environment(), sections(entries, make(made)), kept))


def sections(entries, leaflet):
    return [(each.key, partial(leaflet, each)) for each in entries]


def test_a_section_whose_entry_is_unchanged_is_copied_from_the_last_page_and_a_changed_one_rendered(tmp_path):
    first = [entry("a", "Iron infusion", SOURCE_LANGUAGE, "es"), entry("b", "Nerve block", SOURCE_LANGUAGE)]
    made: list[str] = []
    page = tmp_path / "index.html"
    page.write_text(render(first, made), encoding="utf-8")
    assert made == ["a", "b"]
    kept = picker.kept_sections(page)
    assert set(kept) == {first[0].key, first[1].key} and "Iron infusion</h2>" in kept[first[0].key]

    # What a copied section holds is what the page shows: mark the kept ones to see them reused.
    kept = {key: html.replace("</h2>", " (kept)</h2>") for key, html in kept.items()}
    second = [first[0], entry("b", "Nerve block", SOURCE_LANGUAGE, "ar")]  # b now lists Arabic too
    made.clear()
    again = render(second, made, kept)
    assert made == ["b"]
    assert "Iron infusion (kept)</h2>" in again
    assert "Nerve block (kept)" not in again and 'data-lang="ar"' in again


def test_kept_sections_make_the_same_page_as_rendering_afresh(tmp_path):
    entries = [entry(f"l{n}", f"Leaflet {n}", SOURCE_LANGUAGE, "es", "zh_Hans") for n in range(3)]
    made: list[str] = []
    page = tmp_path / "index.html"
    fresh = render(entries, made)
    page.write_text(fresh, encoding="utf-8")
    made.clear()
    assert render(entries, made, picker.kept_sections(page)) == fresh and made == []
    # A section whose bytes are not UTF-8 is not kept: it is rendered again.
    page.write_bytes(fresh.encode("utf-8").replace(b"Leaflet 1</h2>", b"Leaflet \xff</h2>"))
    assert render(entries, made, picker.kept_sections(page)) == fresh and made == ["l1"]
    # No page, or one without marks: nothing kept, no error.
    assert picker.kept_sections(tmp_path / "missing.html") == {}
    page.write_text("<!DOCTYPE html><p>made by hand</p>", encoding="utf-8")
    assert picker.kept_sections(page) == {}


def test_a_title_cannot_forge_a_section_mark():
    title = "<!-- leaflets-section " + "0" * 64 + " -->\n"
    page = "".join(picker.page(template_environment(), sections([entry("a", title, SOURCE_LANGUAGE)], make([]))))
    assert page.count("<!-- leaflets-section ") == 1 and "&lt;!-- leaflets-section" in page


def test_a_page_changed_by_hand_is_made_afresh_not_copied(project):
    page = project.output_dir / "index.html"
    made = page.read_text(encoding="utf-8")
    assert made.count("<!-- leaflets-section ") == len(project.slugs())
    page.write_text(made.replace("</h2>", " (edited)</h2>"), encoding="utf-8")
    report = stages.run(project)
    assert page in report.changed and " (edited)" not in page.read_text(encoding="utf-8")
    assert page.read_text(encoding="utf-8") == made


def test_sections_made_under_other_settings_are_made_again(project, monkeypatch):
    page = project.output_dir / "index.html"
    assert 'href="en/' + SLUG + '.pdf"' in page.read_text(encoding="utf-8")
    pyproject = project.root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8") + "\n[tool.leaflets.build]\npdf = false\n", "utf-8")
    config = load_config(project.root)
    made = record_made(monkeypatch)
    stages.run(config)
    assert sorted(made) == sorted(config.slugs())  # every section, its entry the same
    assert ".pdf" not in page.read_text(encoding="utf-8")


def test_build_copies_the_sections_of_the_page_the_last_run_made_and_remakes_a_page_changed_by_hand(project,
                                                                                                  monkeypatch):
    page = project.output_dir / "index.html"
    made_by_run = page.read_text(encoding="utf-8")
    made = record_made(monkeypatch)
    stages.build_all(project)
    assert made == [] and page.read_text(encoding="utf-8") == made_by_run
    page.write_text(made_by_run.replace("</h2>", " (edited)</h2>"), encoding="utf-8")
    stages.build_all(project)
    assert sorted(made) == sorted(project.slugs()) and page.read_text(encoding="utf-8") == made_by_run


def test_a_rerun_renders_only_the_sections_whose_records_changed_and_build_makes_the_same_keys(tmp_path,
                                                                                               monkeypatch):
    config = write_project(tmp_path / "project", 3, ["es", "ar"])
    stages.run(config)
    translate_and_approve(config, ["es", "ar"])
    stages.run(config)
    page = config.output_dir / "index.html"
    assert page.read_text(encoding="utf-8").count('data-lang="es"') == 3
    assert page.read_text(encoding="utf-8").count('<p class="credit">Translated by people; checked by') == 6
    edited = config.source_path("leaflet-01")
    edited.write_text(edited.read_text(encoding="utf-8") + "\nOne more paragraph.\n", encoding="utf-8")
    made = record_made(monkeypatch)
    report = stages.run(config)
    assert made == ["leaflet-01"] and page in report.changed  # its Spanish and Arabic are being updated
    assert page.read_text(encoding="utf-8").count("Being updated") == 2
    # The build makes its entries from the ledgers and catalogues (credits and all), not from the
    # run state's records: the same keys, so it copies every section.
    made_by_run = page.read_text(encoding="utf-8")
    stages.build_all(config)
    assert made == ["leaflet-01"] and page.read_text(encoding="utf-8") == made_by_run


@pytest.mark.parametrize("inline_limit", [6, 5])  # 6 editions listed: QR codes drawn in the page, or not
def test_run_and_build_make_the_same_keys_with_qr_codes_drawn_in_the_page_or_not(tmp_path, monkeypatch,
                                                                                inline_limit):
    monkeypatch.setattr(picker, "QR_INLINE_LIMIT", inline_limit)
    root = tmp_path / "project"
    write_project(root, 3, ["es"])
    pyproject = root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8").replace(
        "[tool.leaflets]\n", '[tool.leaflets]\nbase_url = "https://leaflets.example.org/"\n'), encoding="utf-8")
    config = load_config(root)
    stages.run(config)
    translate_and_approve(config, ["es"])
    stages.run(config)
    page = config.output_dir / "index.html"
    made_by_run = page.read_text(encoding="utf-8")
    assert made_by_run.count("<svg") == (6 if inline_limit == 6 else 0)  # 3 leaflets in English and Spanish
    made = record_made(monkeypatch)
    stages.build_all(config)
    assert made == [] and page.read_text(encoding="utf-8") == made_by_run


def test_a_section_whose_qr_code_drawing_is_missing_is_not_kept(tmp_path):
    code = picker.QrCode("https://example.org/en/a.html", inline=True, svg=None)
    missing = picker.PickerLeaflet("a", "Iron infusion", (picker.PickerRow(
        picker.language_label(SOURCE_LANGUAGE), (picker.Edition("Web page", ".html"),), code),))
    page = tmp_path / "index.html"
    page.write_text("".join(picker.page(template_environment(), sections([entry("a", "Iron infusion", SOURCE_LANGUAGE)],
                                                                         lambda _: missing))), encoding="utf-8")
    assert "Iron infusion</h2>" in page.read_text(encoding="utf-8") and picker.kept_sections(page) == {}


def record_made(monkeypatch) -> list[str]:
    """The slugs whose sections are rendered from now on (not copied)."""
    made: list[str] = []
    leaflet_of = picker.picker_leaflet

    def noting(config, entry, **options):
        made.append(entry.slug)
        return leaflet_of(config, entry, **options)

    monkeypatch.setattr(picker, "picker_leaflet", noting)
    return made


def test_a_leaflet_that_fails_when_the_settings_changed_keeps_its_section_as_it_was(tmp_path):
    """The run state is set aside when the settings change: a leaflet whose English cannot be read
    then has no record, and it must not drop out of the picker (its pages are left as they were)."""
    root = tmp_path / "project"
    config = write_project(root, 3, ["es"])
    stages.run(config)
    translate_and_approve(config, ["es"])
    stages.run(config)
    page = config.output_dir / "index.html"
    before = page.read_text(encoding="utf-8")
    broken = sorted((root / "source").glob("*.md"))[1]
    broken.write_text(broken.read_text(encoding="utf-8").replace("date: ", "date: 1 May "), encoding="utf-8")
    pyproject = root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8").replace(
        "[tool.leaflets]\n", "[tool.leaflets]\npublish_threshold = 0.9\n"), encoding="utf-8")
    config = load_config(root)
    for work in (stages.run, stages.run, stages.build_all):  # and the runs after; build keeps it too
        report = work(config)
        assert report.failed == {broken.stem}
        after = page.read_text(encoding="utf-8")
        section = f'aria-labelledby="leaflet-{broken.stem}"'
        assert after.count(section) == 1
        cut = before.index(section)
        assert after[after.index(section):][:2000] == before[cut:][:2000]  # as it was, its languages too


@pytest.mark.parametrize(("typed", "shown"), [
    ("عربى", "عربي"), ("العربيه", "العربية"), ("اللغه العربيه", "اللغة العربية"), ("الاردن", "الأردن"),
    ("jerrys", "Tom & Jerry's"), ("jerry's", "Tom & Jerry’s"),
])
def test_a_search_finds_words_typed_as_people_type_them(typed, shown):
    """عربى (alef maksura, as Egyptian keyboards give it) found no language; nor "jerrys" a title with "Jerry's"."""
    assert f" {picker.search_key(typed)}" in f" {picker.search_key(shown)}"


@pytest.mark.parametrize(("code", "typed"), [("bn", "Bengali"), ("hi", "हिंदी"), ("hi", "हिन्दी"), ("fil", "Tagalog"),
                                             ("fa", "Farsi"), ("bn", "বাংলা"), ("ckb", "Sorani")])
def test_a_language_is_found_by_the_names_people_use_where_cldr_has_another(code, typed):
    """CLDR calls Bengali "Bangla" and spells Hindi हिन्दी: staff typing "Bengali" or हिंदी found nothing."""
    assert f" {picker.search_key(typed)}" in f" {picker.language_label(code).search}"
