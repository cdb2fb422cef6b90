from __future__ import annotations

import gettext
import io
import re

import pytest

from pipeline.catalogs.po import read_catalog
from pipeline.core.errors import CatalogError
from pipeline.core.languages import language
from pipeline.publish.build import RenderedBlock, page_model
from pipeline.run import stages
from pipeline.run.gate import check
from pipeline.source.document import parse_leaflet
from tests.conftest import SLUG, STAND_IN, approve_all, fake_translation, translate_all
from tests.publish.lookalike import NONQA_LEAFLET, NONQA_SLUG, NONQA_TRANSLATIONS
from tests.source.golden import assert_golden


def test_english_page_matches_golden(project):
    html = project.output_path("en", SLUG, ".html").read_text(encoding="utf-8")
    assert_golden("magnesium-infusions.en.html", html)
    assert project.output_path("en", SLUG, ".txt").exists()
    assert (project.output_dir / "index.html").exists()


def test_unapproved_languages_are_not_published(project):
    translate_all(project, "es", fake_translation("es"))  # translated, not approved
    report = stages.build_all(project)
    es = next(p for p in report.publications if p.lang == "es")
    assert not es.published and "0 of 24 blocks approved" in es.reason
    assert not project.output_path("es", SLUG, ".html").exists()
    assert 'href="es/' not in (project.output_dir / "index.html").read_text(encoding="utf-8")


def test_fully_approved_language_is_published_with_lang_dir_and_mo(project):
    translate_all(project, "ar", lambda english: f"ترجمة: {english}")
    approve_all(project, "ar")
    stages.build_all(project)
    html = project.output_path("ar", SLUG, ".html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in html
    assert "ترجمة: Magnesium Infusions" in html
    assert "ترجمة: There is some short lived pain" in project.output_path("ar", SLUG, ".txt").read_text(
        encoding="utf-8"
    )
    index = (project.output_dir / "index.html").read_text(encoding="utf-8")
    assert "العربية" in index and 'href="ar/magnesium-infusions.html"' in index
    catalog = gettext.translation(SLUG, localedir=project.output_dir / "locale", languages=["ar"])
    assert catalog.gettext("Magnesium Infusions") == "ترجمة: Magnesium Infusions"


def test_translation_markup_is_escaped(project):
    translate_all(project, "es", lambda english: "<script>alert(1)</script> & " + english)
    approve_all(project, "es")
    stages.build_all(project)
    html = project.output_path("es", SLUG, ".html").read_text(encoding="utf-8")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; " in html


def test_page_templates_escape_a_value_that_is_not_markup():
    """The page bodies switch autoescaping off (their rows are Markup already); the finalize hook still escapes."""
    from pipeline.core.languages import language
    from pipeline.publish import build
    from pipeline.source.document import BlockKind

    hostile = '<script>alert("x")</script> & <b>'
    heading = build.Row(BlockKind.TITLE, hostile, hostile, hostile)  # plain str where Markup belongs
    model = build.PageModel(heading, [build.Section(heading, [build.Group(False, [heading])])])
    environment = build.template_environment()
    for name in ("leaflet.html.j2", "bilingual.html.j2"):
        html = environment.get_template(name).render(
            language=language("es"), title="t", english_title="t", heading=model.heading, sections=model.sections,
            notice=hostile, english_notice=hostile, ui_attrs=hostile, notice_attrs=hostile, native_attrs=hostile,
            other_languages=hostile, stamp=build.StampHtml(hostile, (hostile,)),
            english_stamp=build.StampHtml(hostile, (hostile,)))
        assert "<script>" not in html and "<b>" not in html, name
        assert html.count("&lt;script&gt;") >= 5, name


def test_hand_edit_of_an_approved_translation_withdraws_the_language(project):
    translate_all(project, "es", fake_translation("es"))
    approve_all(project, "es")
    stages.build_all(project)
    page = project.output_path("es", SLUG, ".html")
    assert page.exists()
    po = project.po_path("es", SLUG)
    po.write_text(po.read_text(encoding="utf-8").replace("[es] Will the injection hurt?", "¿Dolerá?"),
                  encoding="utf-8")
    report = stages.build_all(project)
    held = page.read_text(encoding="utf-8")  # the address answers with the holding page, never the old text
    assert "Este folleto se está actualizando" in held and "[es]" not in held and "¿Dolerá?" not in held
    assert not project.mo_path("es", SLUG).exists()
    assert not project.mo_path("es", SLUG).parent.exists(), "an empty folder left in dist/"
    es = next(p for p in report.publications if p.lang == "es")
    assert not es.published and es.holding and "23 of 24" in es.reason
    assert "1 approval lapsed: the translation changed" in es.reason


def test_english_edit_withdraws_the_language(project):
    translate_all(project, "es", fake_translation("es"))
    approve_all(project, "es")
    stages.build_all(project)
    md = project.source_path(SLUG)
    md.write_text(md.read_text(encoding="utf-8").replace("within 24 hours", "within 48 hours"), encoding="utf-8")
    report = stages.run(project)
    held = project.output_path("es", SLUG, ".html").read_text(encoding="utf-8")
    assert "Este folleto se está actualizando" in held and "[es]" not in held
    es = next(p for p in report.publications if p.lang == "es")
    assert "1 approval lapsed: the English changed" in es.reason
    assert 'within <span class="unbroken">48 hours</span>' in project.output_path("en", SLUG, ".html").read_text(
        encoding="utf-8")


def test_lower_threshold_publishes_with_marked_english_fallback(make_project):
    config = make_project(["es"], extra="publish_threshold = 0.5")
    stages.run(config)
    translate_all(config, "es", fake_translation("es"))
    from pipeline.catalogs.po import read_catalog
    from pipeline.review.ledger import approve, load_ledger

    catalog = read_catalog(config.po_path("es", SLUG))
    ledger = load_ledger(config, "es", SLUG)
    approve(catalog, ledger, config, "jchen", prefix="[")  # nothing: prefix matches English, not Spanish
    assert ledger.approvals == {}
    for prefix in ("Magnesium", "What", "Who", "How", "Will", "When", "Nerve", "Patients", "A magnesium",
                   "Short", "There"):
        approve(catalog, ledger, config, "jchen", prefix=prefix, override=STAND_IN)
    ledger.save()
    stages.build_all(config)
    html = config.output_path("es", SLUG, ".html").read_text(encoding="utf-8")
    assert len(re.findall(r'class="fallback" lang="en"', html)) == 24 - len(ledger.approvals)
    assert "[es] Will the injection hurt?" in html


def test_a_table_header_still_in_english_is_marked_english_in_every_row_on_a_phone(tmp_path):
    """On a phone each cell shows its column's header: a CSS data-label took the page's language, so an
    Arabic screen reader read "How often" as Arabic, unmarked, in every row."""
    blocks = parse_leaflet(NONQA_LEAFLET, tmp_path / f"{NONQA_SLUG}.md").blocks
    arabic = NONQA_TRANSLATIONS["ar"]
    rendered = [RenderedBlock(b, b.text, fallback=True) if b.text == "How often" else RenderedBlock(b, arabic[b.text])
                for b in blocks]
    model = page_model(rendered, language("ar"))
    html = "".join(str(group.html) for section in model.sections for group in section.groups
                   if group.kind == "table")

    assert html.count('<span class="cell-label" lang="en" dir="ltr">How often</span>') == 3  # each row
    assert html.count(f'<span class="cell-label">{arabic["Side effect"]}</span>') == 2  # the empty cell has none
    assert "data-label" not in html


def test_an_entry_with_an_empty_context_beside_an_approved_one_is_not_published(project):
    """``msgctxt ""`` makes another entry (gettext, Babel): its words are not the approved ones."""
    translate_all(project, "es", fake_translation("es"))
    approve_all(project, "es")
    stages.build_all(project)
    assert project.output_path("es", SLUG, ".html").exists()
    po = project.po_path("es", SLUG)
    with po.open("a", encoding="utf-8") as file:
        file.write('\nmsgctxt ""\nmsgid "Magnesium Infusions"\nmsgstr "Infusiones de 20 g EVIL"\n')
    report = stages.build_all(project)
    for suffix in (".html", ".txt", ".bilingual.html"):
        path = project.output_path("es", SLUG, suffix)
        assert "EVIL" not in path.read_text(encoding="utf-8")
    mo = project.mo_path("es", SLUG)
    assert not mo.exists() or b"EVIL" not in mo.read_bytes()
    es = next(p for p in report.publications if p.lang == "es")
    assert es.published and es.approved == es.total  # the approved entries, as approved
    relative = project.relative(po)
    assert [p for p in check(project).problems if p.path == relative and "1 entry not in the POT" in p.message]


def test_a_msgid_split_differently_is_still_a_duplicate(project):
    po = project.po_path("es", SLUG)
    with po.open("a", encoding="utf-8") as file:
        file.write('\nmsgid ""\n"Magnesium "\n"Infusions"\nmsgstr "otra"\n')
    with pytest.raises(CatalogError, match="duplicate message definition"):
        read_catalog(po)


def test_the_mo_file_carries_no_header_text_a_translator_typed(project):
    translate_all(project, "es", fake_translation("es"))
    approve_all(project, "es")
    po = project.po_path("es", SLUG)
    po.write_text(po.read_text(encoding="utf-8").replace('"Last-Translator: ', '"Last-Translator: EVIL ', 1)
                  .replace('"Language-Team: ', '"Language-Team: EVIL ', 1), encoding="utf-8")
    assert "EVIL" in po.read_text(encoding="utf-8")
    stages.build_all(project)
    mo = project.mo_path("es", SLUG).read_bytes()
    assert b"EVIL" not in mo and b"Content-Type: text/plain; charset=utf-8" in mo
    assert gettext.GNUTranslations(io.BytesIO(mo)).gettext("Magnesium Infusions") == "[es] Magnesium Infusions"
