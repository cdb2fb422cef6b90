"""The PDF edition as a reader and a screen reader get it: text, fonts, tags, layout, stamp and QR code.

Read back with poppler (pdftotext, pdffonts, pdfinfo -struct) and zbarimg, as in
tests/publish/test_editions.py; the pages are those of the session's published project.
"""

from __future__ import annotations

import multiprocessing
import re
import subprocess
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
import typst

from pipeline.core.errors import LeafletsError
from pipeline.core.languages import language
from pipeline.publish import pdf
from pipeline.publish.build import RenderedBlock, page_model
from pipeline.publish.inline import inline_html
from pipeline.source.document import parse_leaflet
from tests.conftest import SLUG
from tests.publish.conftest import BASE_URL, LIST_SLUG, SAMPLES

# Arabic's vowel marks (harakat), which route a page to WeasyPrint; without them Typst makes it.
_HARAKAT = re.compile("[\u064b-\u0652]")
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")  # every mark of the script
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f]")


def poppler(*command: str | Path) -> str:
    # pdfinfo -struct writes headings' titles in the PDF's own UTF-16: read what is not UTF-8 as replaced.
    return subprocess.run([str(part) for part in command], capture_output=True, check=True).stdout.decode(
        "utf-8", "replace")


def pgm_pixels(path: Path) -> bytes:
    """The grey levels of a binary PGM image as pdftoppm writes it (P5, width height, 255)."""
    magic, width, height, _maximum, pixels = path.read_bytes().split(maxsplit=4)
    assert magic == b"P5"
    return pixels[: int(width) * int(height)]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", _BIDI.sub("", text))).replace("*", "")


def page_html(config, lang: str, slug: str = SLUG) -> str:
    return config.output_path(lang, slug, ".html").read_text(encoding="utf-8")


def typst_pdf(tmp_path: Path, html: str, address: str | None = None) -> Path:
    assert pdf.typst_reads_back(html), "this page should be made by Typst"
    path = tmp_path / "edition.pdf"
    path.write_bytes(pdf.render_pdf(html, address))
    return path


def arabic_without_marks(config) -> str:
    """The Arabic page with its vowel marks taken out: a page Typst makes (the sample's own goes to WeasyPrint)."""
    return _HARAKAT.sub("", page_html(config, "ar"))


# -- which engine -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "typst"), [
    ("ਕੀ ਟੀਕੇ ਨਾਲ ਦਰਦ ਹੋਵੇਗਾ? ਦਿਨ", True),  # Gurmukhi vowel signs, checked letter for letter below
    ("镁输注需要多长时间？", True),
    ("Tiêm truyền magiê", True),  # Vietnamese as NFC writes it: letters, no combining marks
    ("يعطى محلول المغنيسيوم", True),
    ("يُعطى محلول المغنيسيوم", False),  # a damma: Typst's text layer would repeat the letter under it
    ("لطفاً", False),  # Persian tanwin
    ("می\u200cکشد", True),  # Persian's zero-width non-joiner: drawn by Typst, see below
    ("\U0001f469\u200d\u2695", False),  # a zero-width joiner (an emoji sequence)
    ("Tie\u0302m", False),  # a combining circumflex (decomposed Vietnamese)
])
def test_typst_makes_pages_whose_text_it_reads_back_exactly(text, typst):
    assert pdf.typst_reads_back(f"<p>{text}</p>") is typst


def test_only_a_persian_page_keeps_its_ezafe_after_heh_with_typst():
    def page(lang: str, text: str) -> str:
        return f'<!DOCTYPE html>\n<html lang="{lang}" dir="rtl">\n<body><p>{text}</p></body></html>'

    assert pdf.typst_reads_back(page("fa", "ژانویهٔ ۲۰۲۶"))  # set as one letter by Typst: see below
    assert not pdf.typst_reads_back(page("fa", "پمپٔ"))  # the same mark on another letter
    assert not pdf.typst_reads_back(page("ur", "ژانویهٔ"))  # another language's font and words: not checked
    assert "\u06c0" not in pdf.typst_source(page("ar", "ژانویهٔ"))
    assert "\u06c0" in pdf.typst_source(page("fa", "ژانویهٔ"))


def test_a_page_with_arabic_vowel_marks_is_made_by_weasyprint_and_keeps_its_words(published, tmp_path):
    html = page_html(published, "ar")
    assert _HARAKAT.search(html) and not pdf.typst_reads_back(html)
    path = published.output_path("ar", SLUG, ".pdf")
    assert "WeasyPrint" in poppler("pdfinfo", path)
    text = _HARAKAT.sub("", _BIDI.sub("", poppler("pdftotext", "-enc", "UTF-8", path, "-")))
    words = set(re.sub(r"[.\[\]\d؟?]", " ", text).split())
    expected = _HARAKAT.sub("", SAMPLES["ar"].sentence).replace(".", " ").split()
    assert [word for word in expected if word not in words] == []
    assert BASE_URL + f"ar/{SLUG}.html" in text  # the address under its QR code, as in Typst's PDFs


def test_typst_pdf_in_persian_keeps_each_non_joiner_drawn_and_copies_the_letters_in_order(published, tmp_path):
    html = _ARABIC_MARKS.sub("", page_html(published, "fa"))  # its tanwin and hamza marks out: the rest is Typst's
    assert "\u200c" in html
    path = typst_pdf(tmp_path, html)
    text = _BIDI.sub("", poppler("pdftotext", "-enc", "UTF-8", path, "-"))
    assert "\u200c" not in text  # left out of the text layer, not moved into the next letter
    words = set(re.sub(r"[.\[\]\d؟?]", " ", text).split())
    for sentence in (SAMPLES["fa"].sentence, SAMPLES["fa"].question):
        expected = _ARABIC_MARKS.sub("", sentence).replace("\u200c", "").replace(".", " ").replace("؟", " ").split()
        assert [word for word in expected if word not in words] == []
    # Drawn and broken into lines as with each non-joiner inside its word: the same pixels on every page.
    source = pdf.typst_source(html)
    inside = source.replace('"' + pdf._ZWNJ_RUN + '#"', "\u200c")
    assert inside != source and pdf._ZWNJ_RUN not in inside
    pages = {}
    for name, document in (("apart", source), ("inside", inside)):
        (tmp_path / f"{name}.pdf").write_bytes(typst.compile(document.encode("utf-8"), format="pdf"))
        subprocess.run(["pdftoppm", "-r", "100", "-gray", tmp_path / f"{name}.pdf", tmp_path / name], check=True)
        pages[name] = [page.read_bytes() for page in sorted(tmp_path.glob(f"{name}-*.pgm"))]
    assert pages["apart"] and pages["apart"] == pages["inside"]


def test_typst_pdf_in_persian_sets_the_ezafe_after_heh_as_one_letter_that_looks_and_copies_the_same(published, tmp_path):
    ezafe = "<p>نسخهٔ ژانویهٔ ۲۰۲۶ از خانهٔ بیمار</p>"
    html = _HARAKAT.sub("", page_html(published, "fa")).replace("</h1>", "</h1>" + ezafe, 1)
    assert ezafe in html and pdf.typst_reads_back(html)
    path = typst_pdf(tmp_path, html)
    text = _BIDI.sub("", poppler("pdftotext", "-enc", "UTF-8", path, "-"))
    words = re.sub(r"[\d۰-۹]", " ", text).split()  # pdftotext moves the year among RTL words: left out
    start = words.index("نسخۀ")  # the mark after its letter, nothing repeated
    assert words[start:start + 5] == ["نسخۀ", "ژانویۀ", "از", "خانۀ", "بیمار"]
    assert "\u0654" not in text
    # Drawn as the heh and its mark: the words differ from the pair's in a few pixels of the hamza only.
    source = pdf.typst_source(html)
    pair = source.replace("\u06c0", "\u0647\u0654")
    assert pair != source
    pages = {}
    for name, document in (("letter", source), ("pair", pair)):
        (tmp_path / f"{name}.pdf").write_bytes(typst.compile(document.encode("utf-8"), format="pdf"))
        subprocess.run(["pdftoppm", "-r", "100", "-gray", "-f", "1", "-l", "1", "-singlefile",
                        tmp_path / f"{name}.pdf", tmp_path / name], check=True)
        pages[name] = [value < 128 for value in pgm_pixels(tmp_path / f"{name}.pgm")]
    ink = sum(pages["pair"])
    changed = sum(a != b for a, b in zip(pages["letter"], pages["pair"], strict=True))
    assert ink > 10_000 and 0 < changed < ink / 500


# -- text, fonts, tags, in three scripts -------------------------------------------------------------


@pytest.mark.parametrize("lang", ["pa_Guru", "zh_Hans"])
def test_typst_pdf_holds_every_block_in_order_letter_for_letter(published, tmp_path, lang):
    path = typst_pdf(tmp_path, page_html(published, lang))
    assert "Typst" in poppler("pdfinfo", path)
    text = squash(poppler("pdftotext", "-enc", "UTF-8", path, "-"))
    position = text.index(squash(SAMPLES[lang].title))
    for n in range(1, 24):
        found = text.find(f"[{n}]", position)
        assert found > position, f"block {n} missing or out of order"
        position = found
    sample = SAMPLES[lang]
    for sentence in (sample.sentence, sample.numbers, sample.question.rstrip("?？")):
        assert squash(sentence) in text  # every letter, Gurmukhi vowel signs drawn before their consonant too


def test_typst_pdf_in_arabic_is_shaped_right_to_left_with_every_word(published, tmp_path):
    path = typst_pdf(tmp_path, arabic_without_marks(published))
    text = _BIDI.sub("", poppler("pdftotext", "-enc", "UTF-8", path, "-"))
    words = set(re.sub(r"[.\[\]\d؟?]", " ", text).split())
    for sentence in (SAMPLES["ar"].title, SAMPLES["ar"].sentence, SAMPLES["ar"].question):
        expected = _HARAKAT.sub("", sentence).replace(".", " ").replace("؟", " ").split()
        assert [word for word in expected if word not in words] == []
    assert text.index("تسريب المغنيسيوم الوريدي") < text.index("هل سيؤلمني الحقن")
    # Shaped: the letters are drawn in their joined forms, and copying gives the letters, not the forms.
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", text)


@pytest.mark.parametrize("lang", ["ar", "pa_Guru", "zh_Hans"])
def test_typst_pdf_is_a4_tagged_with_the_script_font_embedded_as_a_subset(published, tmp_path, lang):
    html = arabic_without_marks(published) if lang == "ar" else page_html(published, lang)
    path = typst_pdf(tmp_path, html)
    info = poppler("pdfinfo", path)
    assert "(A4)" in info and re.search(r"Tagged:\s+yes", info)
    rows = [line.split() for line in poppler("pdffonts", path).splitlines()[2:]]
    assert rows and all(re.match(r"[A-Z]{6}\+", row[0]) for row in rows)  # every font a subset
    assert all(row[-5:-2] == ["yes", "yes", "yes"] for row in rows)  # embedded, subset, with a Unicode map
    script_font = {"ar": "NotoNaskhArabic", "zh_Hans": "NotoSansCJKsc", "pa_Guru": "NotoSansGurmukhi"}[lang]
    assert any(row[0].split("+", 1)[1].startswith(script_font) for row in rows)


# A table and a warning box as pipeline.publish.build writes them (the fixture leaflets have none).
TABLE_LEAFLET = """---
slug: t
title: T
version: 1
date: 2026-01-01
---
# T

## 副作用

| 多常见 | 副作用 |
|---|---|
| 常见 | 腿部麻木几个小时 |
| 少见 | 头痛 |

> [!WARNING]
> **不要**在注射后24小时内开车。
"""


def table_and_box_html() -> str:
    blocks = parse_leaflet(TABLE_LEAFLET, Path("t.md")).blocks
    section = page_model([RenderedBlock(block, block.text) for block in blocks], language("zh_Hans")).sections[0]
    return "<section><h2>副作用</h2>\n" + "\n".join(str(group.html) for group in section.groups) + "\n</section>\n"


def list_page_with_a_table(config) -> str:
    return page_html(config, "zh_Hans", LIST_SLUG).replace("</main>", table_and_box_html() + "</main>", 1)


def test_typst_pdf_has_the_page_structure_for_screen_readers(published, tmp_path):
    """Headings, paragraphs, lists and a table with header cells, as the page has them."""
    html = list_page_with_a_table(published)
    page_headings = re.findall(r"<h([1-6])", html)
    structure = poppler("pdfinfo", "-struct", typst_pdf(tmp_path, html))
    tags = re.findall(r"^\s*(\w+)", structure, re.MULTILINE)
    assert [tag for tag in tags if re.fullmatch("H[1-6]", tag)] == [f"H{level}" for level in page_headings]
    for tag in ("P", "L", "LI", "Table", "TH", "TD"):
        assert tag in tags, f"no {tag} in the structure tree"
    assert tags.count("L") == html.count("<ul>") + html.count("<ol")
    assert tags.count("TR") == html.count("<tr>")
    assert tags.count("TH") == html.count("<th ")


def test_typst_pdf_keeps_the_table_in_rows_and_columns_and_the_box_whole(published, tmp_path):
    layout = poppler("pdftotext", "-layout", "-enc", "UTF-8", typst_pdf(tmp_path, list_page_with_a_table(published)),
                     "-")
    lines = layout.splitlines()
    header = next(line for line in lines if "多常见" in line)
    assert re.search("多常见 +副作用", header)  # the header cells side by side on one line
    assert any(re.search("少见 +头痛", line) for line in lines)  # and each row's cells
    assert "不要在注射后24小时内开车。" in squash(layout)


# -- the stamp and the QR code of the PDF's own address ---------------------------------------------


@pytest.mark.parametrize("lang", ["zh_Hans", "pa_Guru", "en"])
def test_pdf_carries_the_stamp_and_a_qr_code_that_scans_to_its_own_address(published, tmp_path, lang):
    path = published.output_path(lang, SLUG, ".pdf")
    address = f"{BASE_URL}{lang}/{SLUG}.html"
    text = poppler("pdftotext", "-enc", "UTF-8", path, "-")
    stamp = re.search(r'<footer class="stamp"[^>]*>(.*?)</footer>', page_html(published, lang), re.DOTALL)
    assert stamp
    for line in re.findall(r"<p>(.*?)</p>", stamp.group(1), re.DOTALL):
        assert squash(re.sub("<[^>]+>", "", line)) in squash(text)
    assert address in text
    pages = int(re.search(r"Pages:\s+(\d+)", poppler("pdfinfo", path)).group(1))
    image = tmp_path / "last"
    poppler("pdftoppm", "-r", "150", "-gray", "-png", "-f", str(pages), "-l", str(pages), path, image)
    decoded = subprocess.run(["zbarimg", "--quiet", "--raw", *map(str, tmp_path.glob("last*.png"))],
                             capture_output=True, text=True, check=False)
    assert decoded.returncode == 0, decoded.stderr
    assert decoded.stdout.split() == [address]


def test_without_an_address_the_pdf_has_no_qr_code(published, tmp_path):
    html = page_html(published, "zh_Hans")
    assert "image(" not in pdf.typst_source(html, None)
    assert "image(bytes(" in pdf.typst_source(html, f"{BASE_URL}zh_Hans/{SLUG}.html")


def test_the_address_is_part_of_what_the_pdf_was_made_from():
    html = "<p>x</p>"
    assert pdf.input_digest(html, "https://a.example/1.html") != pdf.input_digest(html, "https://a.example/2.html")
    assert pdf.input_digest(html, None) != pdf.input_digest(html, "https://a.example/1.html")


# -- the page's text is text, never Typst code ---------------------------------------------------------


HOSTILE = '#set page(width: 2cm) $x^2$ *not bold* _no_ <label> @ref \\ " ] [ // not a comment /* nor */ = no heading'


def test_page_text_that_looks_like_typst_markup_is_printed_as_it_is(tmp_path):
    html = (f'<!DOCTYPE html><html lang="en" dir="ltr"><head><title>T</title></head><body><main>'
            f'<h1>Title</h1><p>{HOSTILE.replace("<", "&lt;").replace(">", "&gt;")}</p>'
            f'<p><a href="https://example.org/&quot;)]#x">a link</a></p></main></body></html>')
    path = typst_pdf(tmp_path, html)
    assert squash(HOSTILE) in squash(poppler("pdftotext", "-enc", "UTF-8", path, "-"))
    assert "(A4)" in poppler("pdfinfo", path)  # the "#set page" stayed text


def test_a_pdf_typst_cannot_make_is_a_leaflets_error(monkeypatch):
    monkeypatch.setattr(pdf, "typst_source", lambda html, address: "#text(")
    with pytest.raises(LeafletsError, match="Typst could not make the PDF: unclosed delimiter"):
        pdf.render_pdf("<p>x</p>")


def test_a_process_forked_after_this_one_used_typst_makes_its_pdfs_with_weasyprint(published, tmp_path):
    """Typst's threads do not cross a fork: there it would wait for ever, so WeasyPrint makes the PDF."""
    html = page_html(published, "zh_Hans")
    assert "Typst" in poppler("pdfinfo", typst_pdf(tmp_path, html))  # this process has used Typst
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) as pool:
        (tmp_path / "forked.pdf").write_bytes(pool.submit(pdf.render_pdf, html).result(timeout=300))
    assert "WeasyPrint" in poppler("pdfinfo", tmp_path / "forked.pdf")


def test_a_dose_is_never_split_across_lines_of_a_typst_pdf(tmp_path):
    """Doses after words of every length: without the box, some line would end in "400" and the next start "mg"."""
    words = " ".join(f"{'w' * (n % 13 + 1)} 400 mg" for n in range(120))
    html = f'<!DOCTYPE html>\n<html lang="en" dir="ltr">\n<body><main><p>{inline_html(words)}</p></main></body></html>'
    lines = poppler("pdftotext", "-layout", typst_pdf(tmp_path, html), "-").splitlines()
    assert len([line for line in lines if line.strip()]) > 10
    assert not [line for line in lines if line.rstrip().endswith("400") or line.lstrip().startswith("mg")]


def test_english_in_a_right_to_left_typst_pdf_keeps_its_phone_number_and_range_in_order(tmp_path):
    """English shown for want of a translation on a Persian page: its kept-together runs still read left to right."""
    english = inline_html("Call +61 2 9382 1234 within 1–2 weeks.")
    html = (f'<!DOCTYPE html>\n<html lang="fa" dir="rtl">\n<body><main><p>تزریق کوتاه حدود نود دقیقه طول می‌کشد.</p>'
            f'<p class="fallback"><span lang="en" dir="ltr">{english}</span></p></main></body></html>')
    text = _BIDI.sub("", poppler("pdftotext", "-enc", "UTF-8", typst_pdf(tmp_path, html), "-"))
    assert "Call +61 2 9382 1234 within 1–2 weeks." in text
