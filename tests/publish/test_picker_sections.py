"""The picker keeps each leaflet's section as rendered, and renders again only what changed."""

from __future__ import annotations

from pipeline.core.languages import SOURCE_LANGUAGE
from pipeline.publish import picker
from pipeline.publish.build import template_environment


def leaflet(slug: str, title: str, *codes: str) -> picker.PickerLeaflet:
    rows = tuple(picker.PickerRow(picker.language_label(code), (picker.Edition("Web page", ".html"),), None)
                 for code in codes)
    return picker.PickerLeaflet(slug, title, rows)


def render(leaflets, sections=None) -> str:
    return "".join(picker.page(template_environment(), leaflets, sections))


def test_a_section_whose_content_is_unchanged_is_copied_and_a_changed_one_rendered_again():
    first = [leaflet("a", "Iron infusion", SOURCE_LANGUAGE, "es"), leaflet("b", "Nerve block", SOURCE_LANGUAGE)]
    sections = picker.Sections()
    whole = render(first, sections)
    assert set(sections.rendered) == {"a", "b"} and sections.rendered["a"][1] in whole

    # What a copied section holds is what the page shows: mark the kept one to see it reused.
    kept = {slug: (key, html.replace("</h2>", " (kept)</h2>")) for slug, (key, html) in sections.rendered.items()}
    second = [first[0], leaflet("b", "Nerve block", SOURCE_LANGUAGE, "ar")]  # b now lists Arabic too
    again = render(second, picker.Sections(kept))
    assert "Iron infusion (kept)</h2>" in again
    assert "Nerve block (kept)" not in again and 'data-lang="ar"' in again


def test_kept_sections_make_the_same_page_as_rendering_afresh(tmp_path):
    leaflets = [leaflet(f"l{n}", f"Leaflet {n}", SOURCE_LANGUAGE, "es", "zh_Hans") for n in range(3)]
    sections = picker.Sections()
    fresh = render(leaflets, sections)
    path = tmp_path / "sections.json"
    picker.keep_sections(path, "code-and-settings", sections)
    assert render(leaflets, picker.read_sections(path, "code-and-settings")) == fresh
    # Sections kept by other code or settings are not used; an unreadable file is no error.
    assert picker.read_sections(path, "other").kept == {}
    path.write_text("{not json", encoding="utf-8")
    assert picker.read_sections(path, "code-and-settings").kept == {}
