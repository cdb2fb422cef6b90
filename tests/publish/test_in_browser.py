"""The editions in Debian's Chromium: accessibility (axe-core), direction, fonts, the picker's search, QR codes.

Screenshots go to test-artifacts/outputs/ for a person to look at.
"""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from pipeline.core.languages import language
from pipeline.publish import picker
from pipeline.run import stages
from pipeline.run.preview import build_previews, preview_dir, preview_path
from tests.conftest import SLUG
from tests.publish.conftest import (
    ARTIFACTS,
    BASE_URL,
    LIST_LEAFLET,
    LIST_SLUG,
    SAMPLES,
    axe_violations,
    font_charset,
    make_outputs_project,
    publish,
    stack_families,
)

PAGES = [f"{lang}/{SLUG}.html" for lang in ["en", *SAMPLES, "es"]] + [
    f"{lang}/{LIST_SLUG}.html" for lang in ("en", "ar", "zh_Hans")
]
BILINGUAL = [f"{lang}/{SLUG}.bilingual.html" for lang in ("ar", "zh_Hant", "es")] + [
    f"zh_Hans/{LIST_SLUG}.bilingual.html"
]
# The font each script must be drawn with in Chromium, and the :lang() selector of its CSS stack.
SCRIPT_FONTS = {
    "ar": ("Noto Naskh Arabic", "ar"),
    "fa": ("Noto Naskh Arabic", "fa"),
    "zh_Hans": ("Noto Sans CJK SC", "zh-Hans"),
    "zh_Hant": ("Noto Sans CJK TC", "zh-Hant"),
    "pa_Guru": ("Noto Sans Gurmukhi", "pa"),
    "vi": ("Noto Sans", "vi"),
    "el": ("Noto Sans", "el"),
}


def url(config, relative: str) -> str:
    return (config.output_dir / relative).as_uri()


@pytest.mark.parametrize("relative", PAGES + BILINGUAL + ["index.html"])
def test_no_axe_violations(published, page, relative):
    page.goto(url(published, relative))
    assert axe_violations(page) == []


def test_no_axe_violations_in_the_picker_with_a_qr_code_open_and_a_search_typed(published, page):
    page.goto(url(published, "index.html"))
    page.locator('li[data-lang="ar"] summary').first.click()
    page.fill("#q", "chinese")
    assert axe_violations(page) == []


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_rtl_page_runs_right_to_left(published, page, lang):
    page.goto(url(published, f"{lang}/{SLUG}.html"))
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # The title starts at the right edge of the text column and leaves space on the left.
    box = page.evaluate("""() => {
        const main = document.querySelector("main").getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(document.querySelector("h1"));
        const text = range.getBoundingClientRect();
        return {mainLeft: main.left, mainRight: main.right, left: text.left, right: text.right};
    }""")
    assert abs(box["right"] - box["mainRight"]) < 2 and box["left"] - box["mainLeft"] > 100
    # The phone number still reads +61 2 9382 1234 from left to right on the screen.
    order = page.evaluate("""() => {
        const bdi = [...document.querySelectorAll("bdi")].find(b => b.textContent === "+61 2 9382 1234");
        const range = document.createRange();
        const text = bdi.firstChild;
        const x = i => { range.setStart(text, i); range.setEnd(text, i + 1); return range.getBoundingClientRect().left; };
        return [x(0), x(4), x(6), x(11)];
    }""")
    assert order == sorted(order)


@pytest.mark.parametrize("lang", ["ar", "fa", "zh_Hans", "zh_Hant", "pa_Guru", "vi", "el"])
def test_page_is_drawn_with_fonts_that_cover_every_character(published, page, lang):
    page.goto(url(published, f"{lang}/{SLUG}.html"))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{lang}-{SLUG}.png"), full_page=True)

    # 1. Every character on the page is in a font the page's CSS names for its language
    #    (apart from the English title in the stamp, which has its own stack).
    css = page.evaluate("document.querySelector('style').textContent")
    script_font, selector = SCRIPT_FONTS[lang]
    families = stack_families(css, selector)
    covered = frozenset().union(*(font_charset(f) for f in families))
    assert font_charset(script_font), f"{script_font} is not installed"
    text = page.evaluate("document.body.innerText")
    missing = {c for c in text if not c.isspace() and unicodedata.category(c) not in ("Cf", "Cc")
               and ord(c) not in covered}
    assert missing == set(), f"no font in {families} covers {sorted(missing)}"

    # 2. Chromium drew the script with that font: no fallback to an unlisted font, no .notdef boxes.
    session = page.context.new_cdp_session(page)
    session.send("DOM.enable")
    session.send("CSS.enable")
    root = session.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    used: dict[str, int] = {}
    for node in session.send("DOM.querySelectorAll", {"nodeId": root, "selector": "h1, h2, p, li, strong, bdi, a"})["nodeIds"]:
        for font in session.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]:
            used[font["familyName"]] = used.get(font["familyName"], 0) + font["glyphCount"]
    allowed = set(families) | {"Noto Sans"}
    assert set(used) <= allowed, used
    assert max(used, key=used.get) == script_font


def test_chinese_scripts_use_their_own_glyph_forms(published, page):
    # zh-Hans and zh-Hant pages pick the SC and TC faces: the same code point can differ in shape.
    families = {}
    for lang in ("zh_Hans", "zh_Hant"):
        page.goto(url(published, f"{lang}/{SLUG}.html"))
        session = page.context.new_cdp_session(page)
        session.send("DOM.enable")
        session.send("CSS.enable")
        root = session.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
        node = session.send("DOM.querySelector", {"nodeId": root, "selector": "h1"})["nodeId"]
        families[lang] = {f["familyName"] for f in session.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]}
    assert families == {"zh_Hans": {"Noto Sans CJK SC"}, "zh_Hant": {"Noto Sans CJK TC"}}


def test_bilingual_edition_is_side_by_side_and_stacks_on_a_phone(published, page):
    page.goto(url(published, f"ar/{SLUG}.bilingual.html"))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"ar-{SLUG}.bilingual.png"))
    boxes = page.evaluate("""() => [...document.querySelectorAll("main .pair")[3].children]
        .map(c => { const r = c.getBoundingClientRect(); return [r.left, r.top, getComputedStyle(c).direction]; })""")
    (english_left, english_top, english_dir), (arabic_left, arabic_top, arabic_dir) = boxes
    assert english_left < arabic_left and english_top == arabic_top
    assert (english_dir, arabic_dir) == ("ltr", "rtl")
    page.set_viewport_size({"width": 380, "height": 800})
    boxes = page.evaluate("""() => [...document.querySelectorAll("main .pair")[3].children]
        .map(c => c.getBoundingClientRect().top)""")
    assert boxes[0] < boxes[1]  # stacked: English, then Arabic


def test_a_dose_in_a_narrow_column_is_not_split_across_lines(published, page):
    """Paragraphs three characters wide: every space breaks a line, except inside "90 minutes" or "110mmol/L"."""
    page.goto(url(published, f"en/{SLUG}.html"))
    page.add_style_tag(content="main p { width: 3ch; }")
    lines = page.evaluate("""() => [...document.querySelectorAll("main p .unbroken")].map(span => {
        const tops = [...span.getClientRects()].map(r => Math.round(r.top));
        return [span.textContent, new Set(tops).size];
    })""")
    assert {"90 minutes", "24 hours", "1-2 weeks"} <= {text for text, _ in lines}
    assert all(count == 1 for _, count in lines), lines
    words = page.evaluate("""() => { const range = document.createRange();
        const text = [...document.querySelectorAll("main p")].find(p => p.textContent.startsWith("Short infusions"));
        range.selectNodeContents(text); return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size; }""")
    assert words > 5  # the width does break lines at spaces elsewhere


def test_print_media_keeps_each_question_with_its_answer(published, page):
    page.goto(url(published, f"pa_Guru/{SLUG}.html"))
    page.emulate_media(media="print")
    styles = page.evaluate("""() => ({
        h2: getComputedStyle(document.querySelector("h2")).breakAfter,
        paragraph: getComputedStyle(document.querySelector("main p")).orphans,
        nav: getComputedStyle(document.querySelector(".site-nav")).display,
    })""")
    # the question stays with the start of its answer; a long answer may go on over the page
    assert styles == {"h2": "avoid", "paragraph": "3", "nav": "none"}
    pdf = page.pdf(format="A4")  # Chromium's own print of the page works too
    assert pdf.startswith(b"%PDF")


@pytest.mark.parametrize("edition", [f"es/{SLUG}.bilingual.html", f"es/{SLUG}.html"])
def test_a_first_section_longer_than_a_page_starts_on_the_first_page_in_print(published, page, tmp_path, edition):
    """A section kept whole went to page 2 when it could not fit: the bilingual edition's first sheet held only
    the two column headings, the page's only its title."""
    page.goto(url(published, edition))
    page.evaluate("""() => { const section = document.querySelector("main section");
        const rows = [...section.children].slice(1);
        for (let i = 0; i < 12; i++) rows.forEach(row => section.appendChild(row.cloneNode(true))); }""")
    page.emulate_media(media="print")
    pdf = tmp_path / "printed.pdf"
    pdf.write_bytes(page.pdf(format="A4"))
    first, second = (subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True,
                                    text=True, check=True).stdout for n in (1, 2))
    heading = page.evaluate("""() => document.querySelector("main section h2, main section h3").textContent""")
    assert heading.split()[0] in first, (first, second)
    assert len(first.split()) > len(second.split()) / 2  # the first sheet is filled, not left nearly empty


NESTED = """---
slug: nested-english
title: Nested English
version: 1
date: 2026-11-30
---

# Nested English

## Before you come

Tell us if you have:

- weakness in your leg
  - or loss of bladder control
- a fever
"""


def test_english_list_items_on_a_right_to_left_page_keep_their_marker_and_indent(tmp_path, page):
    """English shown for want of a translation, in an Arabic list: each marker on the reading side, by its words."""
    config = make_outputs_project(tmp_path / "nested", ["ar"], extra="publish_threshold = 0.5")
    (config.source_dir / "nested-english.md").write_text(NESTED, encoding="utf-8")
    stages.run(config)
    translated = {"Nested English": "إنجليزية متداخلة", "Before you come": "قبل أن تأتي",
                  "Tell us if you have:": "أخبرنا إذا كان لديك:", "a fever": "حمى"}
    publish(config, "ar", lambda english: translated.get(english, ""), slug="nested-english")
    stages.build_all(config)
    page.goto(config.output_path("ar", "nested-english", ".html").as_uri())
    found = page.evaluate("""() => {
        const items = [...document.querySelectorAll("main li")];
        const outer = items.find(li => li.textContent.startsWith("weakness"));
        const inner = items.find(li => li.textContent.startsWith("or loss"));
        const fever = items.find(li => li.textContent.startsWith("حمى"));
        const box = el => el.getBoundingClientRect();
        return {directions: [outer, inner, fever].map(li => getComputedStyle(li).direction),
                words: getComputedStyle(inner.querySelector("span[lang=en]")).direction,
                outerRight: box(outer).right, innerRight: box(inner).right, feverRight: box(fever).right};
    }""")
    assert found["directions"] == ["rtl", "rtl", "rtl"] and found["words"] == "ltr"
    assert found["outerRight"] == found["feverRight"]  # items of one list line up on the right, English or not
    assert found["innerRight"] < found["outerRight"]  # the nested item indented from the right


# -- the picker ------------------------------------------------------------------------------


def visible_languages(page) -> list[str]:
    return page.evaluate("""() => [...document.querySelectorAll("li[data-lang]")]
        .filter(li => li.offsetParent !== null).map(li => li.dataset.lang)""")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("arab", ["ar", "ar"]),  # both leaflets
        ("العربية", ["ar", "ar"]),
        ("mandarin", ["zh_Hans", "zh_Hans", "zh_Hant"]),
        ("繁體", ["zh_Hant"]),
        ("tieng viet", ["vi"]),  # typed without the accents
        ("ਪੰਜਾਬੀ", ["pa_Guru"]),
        ("farsi", ["fa"]),
        ("فارسي", ["fa"]),  # typed on an Arabic keyboard: its yeh is Persian's ی
        ("عربى", ["ar", "ar"]),  # alef maksura for yeh, as Egyptians write it
        ("العربيه", ["ar", "ar"]),  # heh for teh marbuta
        ("fasting", ["en", "ar", "zh_Hans"]),  # a leaflet title shows all its languages
        ("arabic fasting", ["ar"]),  # a language and a title: that leaflet's row
        ("chinese simplified", ["zh_Hans", "zh_Hans"]),  # every word, in any order and punctuation
        ("Chinese (Simplified)", ["zh_Hans", "zh_Hans"]),
        ("zh-CN", ["zh_Hans", "zh_Hans"]),
        ("繁体", ["zh_Hant"]),  # "traditional" written in simplified characters
        ("ar", ["ar", "ar"]),  # a code begins a word: not the "ar" inside Mandarin or Farsi
        ("en", ["en", "en"]),  # nor the "en" inside Hellenic
        ("italian", []),  # translated but not approved: not there to find
    ],
)
def test_picker_search_by_either_name_as_you_type(published, page, query, expected):
    page.goto(url(published, "index.html"))
    page.locator("#q").press_sequentially(query)
    assert visible_languages(page) == expected
    status = page.text_content("#search-status")
    leaflets = page.evaluate("""() => [...document.querySelectorAll("section.leaflet")]
        .filter(section => section.offsetParent !== null).length""")
    languages = len(set(expected))
    assert status == ("No language shown" if not expected else
                      f"{languages} language{'s' * (languages != 1)} in {leaflets} leaflet{'s' * (leaflets != 1)}")
    assert leaflets == (2 if query in ("arab", "العربية", "عربى", "العربيه", "mandarin", "chinese simplified", "Chinese (Simplified)",
                                       "zh-CN", "ar", "en") else 0 if not expected else 1)
    assert page.is_visible("#no-match") == (not expected)


def test_the_picker_on_paper_shows_each_qr_code_with_its_address_and_no_search_box(published, page):
    page.goto(url(published, "index.html"))
    figures = "() => [...document.querySelectorAll('.qr figure')].map(f => f.checkVisibility())"
    assert page.evaluate(figures) and not any(page.evaluate(figures))  # folded on screen
    page.emulate_media(media="print")
    assert all(page.evaluate(figures))  # drawn on paper, each with its address under it
    assert not page.is_visible("#search") and not page.locator(".qr summary").first.is_visible()
    # A leaflet's list may run over pages (only each language is kept whole): no near-blank first page.
    assert page.evaluate("getComputedStyle(document.querySelector('section.leaflet')).breakInside") == "auto"


def test_picker_is_a_plain_list_without_script(published, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(url(published, "index.html"))
    assert not page.is_visible("#search")
    assert len(visible_languages_static(page)) == len(SAMPLES) + 2 + 3
    context.close()


def visible_languages_static(page) -> list[str]:
    return [li.get_attribute("data-lang") for li in page.locator("li[data-lang]").all() if li.is_visible()]


def test_picker_links_open_the_pages_from_a_file_url(published, page):
    page.goto(url(published, "index.html"))
    page.locator('li[data-lang="zh_Hant"] a', has_text="Web page").first.click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/zh_Hant/{SLUG}.html")
    assert page.evaluate("document.documentElement.lang") == "zh-Hant"
    page.locator('.site-nav a[hreflang="en"]').click()  # to the English version
    page.wait_for_load_state()
    assert page.url.endswith(f"/en/{SLUG}.html") and page.evaluate("document.documentElement.lang") == "en"
    page.go_back()
    page.locator('.site-nav a[href="../index.html"]').click()  # and back to the picker from the page
    page.wait_for_load_state()
    assert page.url.endswith("/index.html")


def test_qr_code_scans_to_the_language_page(published, page, tmp_path):
    page.goto(url(published, "index.html"))
    row = page.locator(f'section[aria-labelledby="leaflet-{SLUG}"] li[data-lang="pa_Guru"]')
    row.locator("summary").click()
    image = tmp_path / "qr.png"
    row.locator("svg").screenshot(path=str(image))
    decoded = subprocess.run(["zbarimg", "--quiet", "--raw", str(image)], capture_output=True, text=True,
                             check=False)
    assert decoded.returncode == 0, decoded.stderr
    assert decoded.stdout.strip() == f"{BASE_URL}pa_Guru/{SLUG}.html"
    assert language("pa_Guru").native_name in row.inner_text()


ODD_SLUG = "faq#2?fasting"  # "#" and "?" end a URL's path unless encoded


@pytest.fixture(scope="module")
def odd_slug_project(tmp_path_factory):
    """A leaflet whose slug has "#" and "?", published in English and Spanish, QR codes as images."""
    config = make_outputs_project(tmp_path_factory.mktemp("odd-slug") / "project", ["es"])
    odd = LIST_LEAFLET.replace(f"slug: {LIST_SLUG}", f'slug: "{ODD_SLUG}"')
    (config.source_dir / f"{ODD_SLUG}.md").write_text(odd, encoding="utf-8")
    stages.run(config)
    publish(config, "es", lambda english: f"Texto aprobado: {english}", slug=ODD_SLUG)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(picker, "QR_INLINE_LIMIT", 0)  # every QR code an <img> of its file
        stages.build_all(config)
    return config


def test_links_built_from_an_odd_slug_open_its_files(odd_slug_project, page):
    config = odd_slug_project
    page.goto(url(config, "index.html"))
    section = page.locator('section[data-title*="faq 2 fasting"]')  # the slug as the search reads it
    links = section.locator("a").evaluate_all("links => links.map(a => a.href)")
    images = section.locator("img").evaluate_all("images => images.map(i => i.src)")
    opened = [Path(unquote(urlsplit(href).path)) for href in links + images]
    expected = {config.output_path(lang, ODD_SLUG, suffix) for lang in ("en", "es")
                for suffix in (".html", ".pdf", ".txt")}
    expected |= {config.output_path("es", ODD_SLUG, s) for s in (".bilingual.html", ".qr.svg")}
    expected.add(config.output_path("en", ODD_SLUG, ".qr.svg"))
    assert set(opened) == expected and all(path.is_file() for path in opened)
    assert all(urlsplit(href).fragment == "" and urlsplit(href).query == "" for href in links + images)

    section.locator('li[data-lang="es"] a', has_text="Web page").click()  # and the browser gets there
    page.wait_for_load_state()
    assert Path(unquote(urlsplit(page.url).path)) == config.output_path("es", ODD_SLUG, ".html")
    assert "Texto aprobado" in page.inner_text("main")
    page.goto(url(config, "index.html"))
    assert section.locator("figcaption").first.text_content() == f"{BASE_URL}en/faq%232%3Ffasting.html"


def test_the_preview_index_links_an_odd_slug_to_its_preview(odd_slug_project, page):
    config = odd_slug_project
    build_previews(config, ["es"])
    page.goto((preview_dir(config) / "index.html").as_uri())
    [href] = page.locator("tr", has_text=ODD_SLUG).locator("a").evaluate_all("links => links.map(a => a.href)")
    assert Path(unquote(urlsplit(href).path)) == preview_path(config, "es", ODD_SLUG)
    assert preview_path(config, "es", ODD_SLUG).is_file()
