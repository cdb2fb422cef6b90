"""A leaflet that is not questions and answers, in English, Arabic and Chinese, in every edition.

Lists, a side-effect table, a warning box and a contact block with links and
line breaks: valid HTML (Nu Html Checker), no axe violations in Chromium on a
desktop and a phone, the table mirrored in Arabic, and every unit in the
text, PDF, bilingual and preview editions.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from pipeline.core.config import Config, load_config
from pipeline.publish.inline import plain_text
from pipeline.run import stages
from pipeline.run.preview import build_previews, preview_path
from pipeline.source.document import BlockKind, Leaflet, read_leaflet
from tests.conftest import REPO, approve_all, translate_all, write_pyproject
from tests.publish.conftest import ARTIFACTS, axe_violations
from tests.publish.lookalike import NONQA_LEAFLET, NONQA_SLUG, NONQA_TRANSLATIONS
from tests.publish.test_editions import pdftotext, squash
from tests.publish.test_validators import vnu

LANGS = ["en", "ar", "zh_Hans"]
NARROW = {"width": 375, "height": 800}  # a phone


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Config:
    root = tmp_path_factory.mktemp("not-questions") / "project"
    (root / "source").mkdir(parents=True)
    (root / "source" / f"{NONQA_SLUG}.md").write_text(NONQA_LEAFLET, encoding="utf-8")
    write_pyproject(root, ["ar", "zh_Hans"])
    config = load_config(root)
    stages.run(config)
    for lang, table in NONQA_TRANSLATIONS.items():
        translate_all(config, lang, table.__getitem__, NONQA_SLUG)
        approve_all(config, lang, slug=NONQA_SLUG)
    stages.build_all(config)
    return config


@pytest.fixture(scope="module")
def leaflet(project) -> Leaflet:
    return read_leaflet(project.source_path(NONQA_SLUG))


def units_in(lang: str, leaflet: Leaflet) -> list[str]:
    """Each unit of ``lang``, as plain text."""
    table = NONQA_TRANSLATIONS.get(lang, {})
    return [plain_text(table.get(b.text, b.text)) for b in leaflet.blocks]


def html_text(html: str) -> str:
    """The visible words of a page on screen, tags dropped, entities of the fixture text undone.

    A link's address for paper (``link-target``, hidden on screen) and a cell's column header
    for a phone (``cell-label``, hidden on a wider screen) are left out.
    """
    html = re.sub(r'<span class="(?:link-target|cell-label)"[^>]*>.*?</span>', "", html)
    return squash(re.sub(r"<[^>]+>", "", html).replace("&amp;", "&"))


def test_every_page_passes_the_nu_html_checker(project):
    pages = [project.output_path(lang, NONQA_SLUG, ".html") for lang in LANGS]
    pages += [project.output_path(lang, NONQA_SLUG, ".bilingual.html") for lang in ("ar", "zh_Hans")]
    assert all(page.is_file() for page in pages)
    errors = vnu(*map(str, pages))
    assert errors == [], "\n".join(f"{e.get('url')}: {e.get('message')}" for e in errors)


def test_page_has_real_table_markup_a_note_for_the_warning_and_safe_links(project):
    html = project.output_path("ar", NONQA_SLUG, ".html").read_text(encoding="utf-8")
    assert html.count('<th scope="col">') == 2 and html.count("<tr>") == 4
    assert '<div class="box box-warning" role="note">' in html
    assert '<a href="tel:+441632960123">' in html and '<a href="mailto:spine.clinic@example.org">' in html
    assert html.count("<br>") == 3
    assert "<ol>" in html and "<em>العلاج الطبيعي</em>" in html


@pytest.mark.parametrize("relative", [f"{lang}/{NONQA_SLUG}.html" for lang in LANGS]
                         + [f"{lang}/{NONQA_SLUG}.bilingual.html" for lang in ("ar", "zh_Hans")])
@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_no_axe_violations(project, browser, relative, viewport):
    context = browser.new_context(viewport=NARROW if viewport == "phone" else {"width": 1000, "height": 1300})
    page = context.new_page()
    page.goto((project.output_dir / relative).as_uri())
    assert axe_violations(page) == []
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{relative.replace('/', '_')}.{viewport}.png"), full_page=True)
    context.close()


def test_a_links_address_shows_on_paper_only(project, page):
    """ "راسلنا بالبريد" (email us) is a link on screen; on paper the address stands beside it."""
    page.goto(project.output_path("ar", NONQA_SLUG, ".html").as_uri())
    assert "spine.clinic@example.org" not in page.inner_text("main")
    page.emulate_media(media="print")
    assert "(spine.clinic@example.org)" in page.inner_text("main")


def test_arabic_table_runs_right_to_left(project, page):
    page.goto(project.output_path("ar", NONQA_SLUG, ".html").as_uri())
    found = page.evaluate("""() => {
        const heads = [...document.querySelectorAll("th")].map(th => th.getBoundingClientRect());
        return {direction: getComputedStyle(document.querySelector("table")).direction,
                first: heads[0].left, second: heads[1].left};
    }""")
    assert found["direction"] == "rtl"
    assert found["first"] > found["second"]  # the first column on the right


def test_english_table_runs_left_to_right(project, page):
    page.goto(project.output_path("en", NONQA_SLUG, ".html").as_uri())
    lefts = page.evaluate("[...document.querySelectorAll('th')].map(th => th.getBoundingClientRect().left)")
    assert lefts[0] < lefts[1]


@pytest.mark.parametrize("lang", ["ar", "zh_Hans"])
def test_on_a_phone_each_cell_stands_under_its_column_header(project, browser, lang):
    context = browser.new_context(viewport=NARROW)
    page = context.new_page()
    page.goto(project.output_path(lang, NONQA_SLUG, ".html").as_uri())
    found = page.evaluate("""() => {
        const cell = document.querySelector("tbody td");
        const label = cell.querySelector(".cell-label");
        const table = document.querySelector("table").getBoundingClientRect();
        return {display: getComputedStyle(cell).display, label: label.innerText, lang: label.lang,
                above: label.getBoundingClientRect().bottom <= cell.lastChild.parentElement.getBoundingClientRect().bottom,
                width: table.width, viewport: window.innerWidth, scroll: document.documentElement.scrollWidth};
    }""")
    header = NONQA_TRANSLATIONS[lang]["How often"]
    assert found["display"] == "block" and (found["label"], found["lang"]) == (header, "")  # the page's language
    assert found["scroll"] <= found["viewport"]  # nothing wider than the phone
    page.set_viewport_size({"width": 1200, "height": 800})
    assert page.evaluate("getComputedStyle(document.querySelector('.cell-label')).display") == "none"  # headers show
    context.close()


def test_the_warning_box_is_boxed_on_screen_and_in_print(project, page):
    page.goto(project.output_path("zh_Hans", NONQA_SLUG, ".html").as_uri())
    for media in ("screen", "print"):
        page.emulate_media(media=media)
        border = page.evaluate("""() => {
            const style = getComputedStyle(document.querySelector("[role=note]"));
            return [style.borderTopStyle, parseFloat(style.borderTopWidth), parseFloat(style.borderInlineStartWidth)];
        }""")
        assert border[0] == "solid" and border[1] >= 2 and border[2] >= 6, media


@pytest.mark.parametrize("lang", LANGS)
def test_text_edition_has_every_unit_the_table_as_rows_and_the_warning_marked(project, leaflet, lang):
    text = project.output_path(lang, NONQA_SLUG, ".txt").read_text(encoding="utf-8")
    flat = squash(re.sub("[\u200e\u200f\u2066-\u2069_]", "", text))  # the marks (and _emphasis_) dropped
    for unit in units_in(lang, leaflet):
        for line in unit.replace("_", "").split("\n"):  # a link's target is written after its text
            assert squash(line) in flat, line
    table = NONQA_TRANSLATIONS.get(lang, {})
    header, cell = table.get("How often", "How often"), table.get("Common (up to 1 in 10 people)",
                                                                   "Common (up to 1 in 10 people)")
    lines = [re.sub("[\u200e\u200f\u2066-\u2069]", "", line) for line in text.splitlines()]
    colon = "：" if lang.startswith("zh") else ": "  # the language's own, from the interface catalogue
    assert f"- {header}{colon}{cell}" in lines
    warning = [line for line in lines if line.startswith("! ")]
    assert len(warning) == 1 and "24" in warning[0]
    # A link whose words are not its address shows the address ("email us" in ar and zh_Hans)
    assert any(line.endswith("(spine.clinic@example.org)") for line in lines) is (lang != "en")
    assert not any("(+441632960123)" in line for line in lines)  # the phone number is there already
    assert "1. " in text and "   - " in text  # numbered, and the nested list indented


@pytest.mark.parametrize("lang", LANGS)
def test_pdf_edition_has_the_table_cells_and_the_warning(project, leaflet, lang):
    text = pdftotext(project.output_path(lang, NONQA_SLUG, ".pdf"))
    flat = squash(re.sub("[\u200e\u200f\u2066-\u2069\u202a-\u202e]", "", text))
    cells = [b for b in leaflet.blocks if b.kind is BlockKind.CELL or b.alert is not None]
    table = NONQA_TRANSLATIONS.get(lang, {})
    for block in cells:
        unit = squash(plain_text(table.get(block.text, block.text)))
        if lang == "ar":  # pdftotext gives Arabic lines in visual order: look for the words one by one
            assert all(squash(word) in flat or squash(word[::-1]) in flat
                       for word in plain_text(table[block.text]).split() if not re.search(r"\d", word)), unit
        else:
            assert unit in flat, unit
    assert "spine.clinic@example.org" in flat  # on paper, "email us" carries its address


@pytest.mark.parametrize("lang", ["ar", "zh_Hans"])
def test_bilingual_edition_shows_every_unit_in_both_languages(project, leaflet, lang):
    html = html_text(project.output_path(lang, NONQA_SLUG, ".bilingual.html").read_text(encoding="utf-8"))
    for unit in units_in("en", leaflet) + units_in(lang, leaflet):
        assert squash(unit) in html, unit


def test_preview_shows_every_unit(project, leaflet):
    build_previews(project, ["ar"])
    page = preview_path(project, "ar", NONQA_SLUG).read_text(encoding="utf-8")
    html = html_text(page)
    for unit in units_in("ar", leaflet):
        assert squash(unit) in html, unit
    # as the page shows them: a real table, the warning box, lists; each unit coloured by its state
    assert '<th scope="col" class="block state-' in page
    assert '<div class="box box-warning" role="note">' in page
    assert '<li class="block state-' in page


def test_the_project_checks_clean_and_a_rerun_changes_nothing(project, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(project.root, copy)
    config = load_config(copy)
    before = {p: p.read_bytes() for p in Path(copy).rglob("*") if p.is_file() and ".leaflets" not in p.parts}
    stages.run(config)
    after = {p: p.read_bytes() for p in Path(copy).rglob("*") if p.is_file() and ".leaflets" not in p.parts}
    assert {p for p in before if before[p] != after.get(p)} == set()


def test_the_readme_shows_this_leaflet_as_the_code_makes_it(project):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## A leaflet that is not questions and answers"):]
    blocks: dict[str, str] = {}
    for kind, text in re.findall(r"```(\w+)\n(.*?)```", section, re.DOTALL):
        blocks.setdefault(kind, text)  # markdown, po, html, and the text edition (the PDF's text comes after)
    assert blocks["markdown"] == NONQA_LEAFLET
    pot = project.pot_path(NONQA_SLUG).read_text(encoding="utf-8")
    assert all(entry in pot for entry in blocks["po"].split("\n\n"))
    assert blocks["html"] in project.output_path("en", NONQA_SLUG, ".html").read_text(encoding="utf-8")
    assert blocks["text"] in project.output_path("en", NONQA_SLUG, ".txt").read_text(encoding="utf-8")
