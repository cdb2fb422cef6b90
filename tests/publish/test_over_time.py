"""Publishing over time: the holding page at a withdrawn language's addresses, versions, change notes,
review dates, the link to the English, the archive (issue 18)."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from pipeline.core.config import load_config
from pipeline.core.errors import ConfigError, LeafletsError
from pipeline.core.languages import language
from pipeline.publish import addresses, build
from pipeline.publish import stamp as stamps
from pipeline.publish.review_date import add_months
from pipeline.run import stages
from pipeline.source.document import read_leaflet
from tests.conftest import SLUG, approve_all, fake_translation, translate_all, write_pyproject
from tests.publish.conftest import (
    BASE_URL,
    LIST_SLUG,
    SAMPLES,
    axe_violations,
    make_outputs_project,
    publish,
    sample_translation,
)
from tests.publish.test_validators import vnu

TEN = ["ar", "el", "es", "fa", "it", "pa_Guru", "tr", "vi", "zh_Hans", "zh_Hant"]
INTERPRETER = "Free interpreting: call TIS National on 131 450"
# The next review (review_by: 2027-01-10) as each language's stamp says it, written out by hand.
NEXT_REVIEW = {
    "en": "Next review: January 10, 2027",
    "ar": "المراجعة القادمة: 10 يناير 2027",
    "el": "Επόμενη αναθεώρηση: 10 Ιανουαρίου 2027",
    "es": "Próxima revisión: 10 de enero de 2027",
    "fa": "بازبینی بعدی: 10 ژانویهٔ 2027",
    "it": "Prossima revisione: 10 gennaio 2027",
    "pa_Guru": "ਅਗਲੀ ਸਮੀਖਿਆ: 10 ਜਨਵਰੀ 2027",
    "tr": "Sonraki gözden geçirme: 10 Ocak 2027",
    "vi": "Lần xem xét tiếp theo: 10 tháng 1, 2027",
    "zh_Hans": "下次审核：2027年1月10日",
    "zh_Hant": "下次審核：2027年1月10日",
}
# The holding page's heading in each language whose words are shipped.
BEING_UPDATED = {
    "ar": "يجري تحديث هذه النشرة",
    "vi": "Tờ thông tin này đang được cập nhật",
    "es": "Este folleto se está actualizando",
}
_TAGS = re.compile(r"<[^>]+>")
_BIDI = re.compile("[\u200e\u200f\u2066-\u2069]")


def visible(html: str) -> str:
    """The text of ``html``'s body (or fragment) as a reader sees it: no tags, no bidi controls, spaces collapsed."""
    if "<body" in html:
        html = html[html.index("<body"):]
    return " ".join(_BIDI.sub("", _TAGS.sub(" ", html)).split())


def footer(html: str) -> str:
    return html[html.index('<footer class="stamp"'):]


def set_front_matter(config, **values: str) -> None:
    """Add or replace front matter keys of the magnesium leaflet's Markdown (after its import)."""
    path = config.source_path(SLUG)
    text = path.read_text(encoding="utf-8")
    head, _, body = text[4:].partition("\n---\n")
    lines = [line for line in head.splitlines() if line.partition(":")[0] not in values]
    lines += [f"{key}: {value}" for key, value in values.items()]
    path.write_text("---\n" + "\n".join(lines) + "\n---\n" + body, encoding="utf-8")


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def all_files(root: Path) -> dict[Path, int]:
    return {path: path.stat().st_mtime_ns for path in root.rglob("*") if path.is_file()}


def break_vietnamese_pdfs(monkeypatch) -> object:
    """Make every Vietnamese PDF fail as a typesetter error would; returns the real renderer."""
    from pipeline.core.errors import LeafletsError
    from pipeline.publish import pdf

    real = pdf.render_pdf

    def broken(html, *args, **kwargs):
        if '<html lang="vi"' in html:
            raise LeafletsError("the typesetter failed")
        return real(html, *args, **kwargs)

    monkeypatch.setattr(pdf, "render_pdf", broken)
    return real


# -- versions, change notes, review dates and links in ten languages ------------------------------


@pytest.fixture(scope="module")
def ten(tmp_path_factory):
    """The magnesium leaflet published in ten languages, with a change note and a review date."""
    config = make_outputs_project(tmp_path_factory.mktemp("ten") / "project", TEN,
                                  extra='[tool.leaflets.build]\npdf = false')
    set_front_matter(config, changes="Infusion times updated", review_by="2027-01-10")
    for lang in TEN:
        translate_all(config, lang, fake_translation(lang))
        approve_all(config, lang)
    report = stages.run(config)
    assert {row.language for row in report.summary(config) if row.state == "published" and row.leaflet == SLUG} == {
        "en", *TEN}
    return config


@pytest.mark.parametrize("lang", ["en", *TEN])
def test_every_page_names_its_version_change_note_approval_and_next_review(ten, lang):
    html = ten.output_path(lang, SLUG, ".html").read_text(encoding="utf-8")
    stamp = visible(footer(html))
    assert NEXT_REVIEW[lang] in stamp
    assert "1.0" in stamp  # the English version
    text = _BIDI.sub("", ten.output_path(lang, SLUG, ".txt").read_text(encoding="utf-8"))
    assert NEXT_REVIEW[lang] in " ".join(text.split())
    if lang == "en":
        assert "What changed in this version: Infusion times updated" in stamp
        return
    # The change note stays in English, marked as such, inside a sentence in the page's language.
    assert '<bdi lang="en" dir="ltr">Infusion times updated</bdi>' in footer(html)
    assert "What changed" not in stamp and "Next review" not in stamp
    bilingual = visible(footer(ten.output_path(lang, SLUG, ".bilingual.html").read_text(encoding="utf-8")))
    assert NEXT_REVIEW[lang] in bilingual and NEXT_REVIEW["en"] in bilingual


@pytest.mark.parametrize("lang", TEN)
def test_every_translated_page_links_to_its_english_version_and_the_picker(ten, lang):
    for suffix in (".html", ".bilingual.html"):
        html = ten.output_path(lang, SLUG, suffix).read_text(encoding="utf-8")
        nav = html[html.index("<nav"):html.index("</nav>")]
        assert f'href="../en/{SLUG}.html" hreflang="en"' in nav and 'href="../index.html"' in nav
        assert (ten.output_path(lang, SLUG, suffix).parent / f"../en/{SLUG}.html").resolve().is_file()
    english = ten.output_path("en", SLUG, ".html").read_text(encoding="utf-8")
    assert 'hreflang="en"' not in english  # the English page has no link to itself


def test_the_default_review_date_is_the_english_date_plus_the_project_period(make_project):
    config = make_project(["es"], extra="review_months = 6")
    stages.run(config)
    set_front_matter(config, date="2026-08-31")
    stages.run(config)
    stamp = visible(footer(config.output_path("en", SLUG, ".html").read_text(encoding="utf-8")))
    assert "Next review: February 28, 2027" in stamp  # six months on, the end of a shorter month


def test_months_are_added_by_the_calendar():
    assert add_months(dt.date(2024, 2, 29), 12) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2026, 11, 23), 24) == dt.date(2028, 11, 23)
    assert add_months(dt.date(2026, 12, 31), 2) == dt.date(2027, 2, 28)


def test_a_review_by_that_is_not_a_date_fails_the_leaflet_at_its_line(make_project):
    config = make_project(["es"])
    stages.run(config)
    set_front_matter(config, review_by="next spring")
    line = config.source_path(SLUG).read_text(encoding="utf-8").splitlines().index("review_by: next spring") + 1
    report = stages.run(config)
    assert report.failures == [f"source/{SLUG}.md:{line}: front matter review_by 'next spring' is not YYYY-MM-DD"]


# -- the holding page ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def held(tmp_path_factory):
    """Vietnamese and Arabic published with every edition, then the English changed after approval."""
    config = make_outputs_project(tmp_path_factory.mktemp("held") / "project", ["vi", "ar", "es"],
                                  extra=f'[tool.leaflets.build]\ninterpreter = "{INTERPRETER}"')
    for lang in ("vi", "ar"):
        publish(config, lang, sample_translation(lang))
    first = stages.run(config)
    assert {row.language for row in first.summary(config) if row.state == "published" and row.leaflet == SLUG} == {
        "en", "vi", "ar"}
    before = {lang: {suffix: config.output_path(lang, SLUG, suffix).read_bytes() for suffix in build.OUTPUT_SUFFIXES}
              for lang in ("vi", "ar")}
    source = config.source_path(SLUG)
    text = source.read_text(encoding="utf-8")
    assert "Nerve pain can" in text
    source.write_text(text.replace("Nerve pain can", "Nerve pain may"), encoding="utf-8")
    report = stages.run(config)
    return config, before, report


@pytest.mark.parametrize("lang", ["vi", "ar"])
def test_an_english_change_after_approval_leaves_every_old_address_holding(held, lang):
    config, before, _ = held
    sample = SAMPLES[lang]
    for suffix in (".html", ".bilingual.html"):
        path = config.output_path(lang, SLUG, suffix)
        html = path.read_text(encoding="utf-8")
        assert html != before[lang][suffix].decode()
        assert f'<html lang="{language(lang).tag}" dir="{language(lang).direction}">' in html
        page = visible(html)
        assert BEING_UPDATED[lang] in page and "This leaflet is being updated" in page  # the language, then English
        assert sample.sentence not in page and sample.question not in page and sample.title not in page
        assert f'<a href="../en/{SLUG}.html" hreflang="en">' in html and 'href="../index.html"' in html
        # the link to the English in the page's words, as on the page it holds ("English" was in English, unmarked)
        nav = re.search(r"<nav[^>]*>.*?</nav>", html)[0]
        assert f'hreflang="en">{stamps.ui_strings(lang)(stamps.ENGLISH_VERSION)}</a>' in nav and ">English<" not in nav
        assert (path.parent / f"../en/{SLUG}.html").resolve().is_file()
        assert INTERPRETER in page and "<section lang=\"en\" dir=\"ltr\">" in html
    text = config.output_path(lang, SLUG, ".txt").read_text(encoding="utf-8")
    assert BEING_UPDATED[lang] in _BIDI.sub("", text) and sample.sentence not in text
    assert f"{BASE_URL}en/{SLUG}.html" in text and INTERPRETER in text
    # The QR code already printed still leads to the page, which now holds the notice.
    qr = config.output_path(lang, SLUG, ".qr.svg").read_text(encoding="utf-8")
    assert f"<title>QR code: {BASE_URL}{lang}/{SLUG}.html</title>" in qr
    assert not config.mo_path(lang, SLUG).exists()
    assert not config.mo_path(lang, SLUG).parent.exists(), "an empty folder left in dist/"


def test_the_pdf_address_holds_the_notice_too(held):
    config, before, _ = held
    pdf = config.output_path("vi", SLUG, ".pdf")
    assert pdf.read_bytes() != before["vi"][".pdf"]
    text = " ".join(pdftotext(pdf).split())
    assert BEING_UPDATED["vi"] in text and "This leaflet is being updated" in text
    assert SAMPLES["vi"].sentence not in text


def test_the_pdf_prints_the_next_review_as_the_page_does(held, tmp_path):
    config, before, _ = held
    published = tmp_path / "vi.pdf"
    published.write_bytes(before["vi"][".pdf"])  # the Vietnamese PDF as published, before the English changed
    assert "Lần xem xét tiếp theo: 23 tháng 11, 2028" in " ".join(pdftotext(published).split())
    english = " ".join(pdftotext(config.output_path("en", SLUG, ".pdf")).split())
    assert "Next review: November 23, 2028" in english


def test_the_picker_marks_a_language_being_updated_and_links_none_of_its_editions(held):
    config, _, _ = held
    picker = (config.output_dir / "index.html").read_text(encoding="utf-8")
    for lang in ("vi", "ar"):
        row = picker[picker.index(f'data-lang="{lang}"'):]
        row = row[:row.index("</li>\n<li") if "</li>\n<li" in row else row.index("</ul>")]
        assert "Being updated" in row and "href=" not in row and "<details" not in row
    assert 'data-lang="es"' not in picker  # never published: not listed, not even as being updated
    assert f'href="en/{SLUG}.html"' in picker


def test_the_run_says_what_it_withdrew_and_why(held):
    config, _, report = held
    rows = {(row.leaflet, row.language): row for row in report.summary(config)}
    for lang in ("vi", "ar"):
        row = rows[SLUG, lang]
        assert (row.result.value, row.state) == ("withdrawn", "being updated")
        assert row.reason.endswith("; 1 approval lapsed: the English changed")
    assert rows[SLUG, "en"].result.value == "published"
    assert rows[SLUG, "es"].result.value == "not published"
    assert rows["fasting-before-surgery", "en"].result.value == "unchanged"


def test_a_rerun_while_holding_writes_nothing(held):
    config, _, _ = held
    files = all_files(config.root)
    report = stages.run(config)
    assert report.changed == [] and all_files(config.root) == files
    assert {row.result.value for row in report.summary(config) if row.leaflet == SLUG} == {"unchanged", "not published"}


def test_approving_again_publishes_again_and_the_picker_lists_it(tmp_path):
    config = make_outputs_project(tmp_path / "project", ["vi"])
    publish(config, "vi", sample_translation("vi"))
    stages.run(config)
    source = config.source_path(SLUG)
    source.write_text(source.read_text(encoding="utf-8").replace("Nerve pain can", "Nerve pain may"), "utf-8")
    stages.run(config)
    assert BEING_UPDATED["vi"] in config.output_path("vi", SLUG, ".html").read_text(encoding="utf-8")
    publish(config, "vi", sample_translation("vi"))
    report = stages.run(config)
    assert any(p.lang == "vi" and p.published for p in report.publications)
    page = config.output_path("vi", SLUG, ".html").read_text(encoding="utf-8")
    assert SAMPLES["vi"].sentence in page and BEING_UPDATED["vi"] not in page
    assert config.mo_path("vi", SLUG).exists()
    picker = (config.output_dir / "index.html").read_text(encoding="utf-8")
    assert f'href="vi/{SLUG}.html"' in picker and "Being updated" not in picker


def test_a_language_without_the_holding_words_gets_them_in_english_saying_so(ten):
    leaflet = read_leaflet(ten.source_path(SLUG))
    holding = build.holding_page(ten, leaflet, language("de"))  # German: no shipped interface words
    html = build.render_holding_html(holding)
    assert '<html lang="en" dir="ltr">' in html
    assert 'This notice is not yet available in <bdi lang="de" dir="ltr">Deutsch</bdi>.' in html
    assert visible(html).count("This leaflet is being updated") == 1  # once: no second, "translated" copy
    text = build.render_holding_text(holding)
    assert text.startswith("This notice is not yet available in Deutsch.\n")


def test_a_withdrawn_language_that_never_published_leaves_no_folder(make_project):
    config = make_project(["es"])
    stages.run(config)
    translate_all(config, "es", fake_translation("es"))  # translated, never approved
    stages.build_all(config)
    assert not (config.output_dir / "es").exists() and not (config.output_dir / "locale").exists()
    assert sorted(p.name for p in config.output_dir.iterdir()) == ["en", "index.html"]


# -- a leaflet no longer given out ----------------------------------------------------------------

# The heading of the page left at a deleted leaflet's addresses, in languages whose words are shipped.
WITHDRAWN = {
    "en": "This leaflet has been withdrawn",
    "vi": "Tờ thông tin này không còn được sử dụng",
    "ar": "تم سحب هذه النشرة",
}


@pytest.fixture(scope="module")
def retired(tmp_path_factory):
    """Vietnamese and Arabic published with every edition, then the English deleted."""
    config = make_outputs_project(tmp_path_factory.mktemp("retired") / "project", ["vi", "ar"],
                                  extra=f'[tool.leaflets.build]\ninterpreter = "{INTERPRETER}"')
    for lang in ("vi", "ar"):
        publish(config, lang, sample_translation(lang))
    stages.run(config)
    langs = ("en", "vi", "ar")
    before = {lang: config.output_path(lang, SLUG, ".html").read_text(encoding="utf-8") for lang in langs}
    assert all(config.mo_path(lang, SLUG).exists() for lang in langs[1:])
    source = config.source_path(SLUG)
    kept_source = source.read_bytes()
    source.unlink()
    (config.raw_dir / f"{SLUG}.txt").unlink()
    report = stages.run(config)
    return config, before, report, kept_source


@pytest.mark.parametrize("lang", ["en", "vi", "ar"])
def test_a_deleted_leaflet_leaves_every_address_saying_it_is_no_longer_given_out(retired, lang):
    config, before, report, _ = retired
    assert report.failures == []
    suffixes = [".html", ".txt", ".pdf"] + ([] if lang == "en" else [".bilingual.html"])
    for suffix in suffixes:
        path = config.output_path(lang, SLUG, suffix)
        text = " ".join(_BIDI.sub("", pdftotext(path) if suffix == ".pdf" else path.read_text(encoding="utf-8"))
                        .split())
        assert WITHDRAWN.get(lang, WITHDRAWN["en"]) in text and WITHDRAWN["en"] in text, suffix
        assert "Ask a member of staff which leaflet to read instead" in text and INTERPRETER in text
        assert "Magnesium Infusions" in text  # which leaflet it was, in English, for staff
        assert "magnesium is given" not in text.lower() and "Nerve pain" not in text, suffix  # no old words
        if lang in SAMPLES:
            assert SAMPLES[lang].sentence not in text and SAMPLES[lang].title not in text
    html = config.output_path(lang, SLUG, ".html").read_text(encoding="utf-8")
    assert html != before[lang]
    assert 'href="../index.html"' in html and 'hreflang="en"' not in html  # the picker; no English left to read
    # The QR code already handed out still leads to the page, which now says so.
    qr = config.output_path(lang, SLUG, ".qr.svg").read_text(encoding="utf-8")
    assert f"<title>QR code: {BASE_URL}{lang}/{SLUG}.html</title>" in qr
    assert not config.mo_path(lang, SLUG).exists()


def test_a_deleted_leaflet_leaves_the_picker_and_the_run_says_so(retired):
    config, _, report, _ = retired
    picker = (config.output_dir / "index.html").read_text(encoding="utf-8")
    assert SLUG not in picker and "fasting-before-surgery" in picker
    assert any(note.startswith(f"{SLUG}: its English is gone") for note in report.notes)
    files = all_files(config.root)
    again = stages.run(config)
    assert again.changed == [] and all_files(config.root) == files  # said once; the pages stay


def test_a_deleted_leaflet_put_back_is_published_again(tmp_path):
    config = make_outputs_project(tmp_path / "project", ["vi"])
    publish(config, "vi", sample_translation("vi"))
    stages.run(config)
    source, raw = config.source_path(SLUG), config.raw_dir / f"{SLUG}.txt"
    kept = source.read_bytes(), raw.read_bytes()
    source.unlink()
    raw.unlink()
    stages.run(config)
    assert WITHDRAWN["vi"] in config.output_path("vi", SLUG, ".html").read_text(encoding="utf-8")
    source.write_bytes(kept[0])
    raw.write_bytes(kept[1])
    report = stages.run(config)
    assert report.failures == []
    for lang in ("en", "vi"):
        for suffix in (".html", ".txt") + ((".bilingual.html",) if lang == "vi" else ()):
            assert WITHDRAWN["en"] not in config.output_path(lang, SLUG, suffix).read_text(encoding="utf-8")
    assert SAMPLES["vi"].sentence in config.output_path("vi", SLUG, ".html").read_text(encoding="utf-8")
    assert SAMPLES["vi"].sentence in " ".join(pdftotext(config.output_path("vi", SLUG, ".pdf")).split())
    assert config.mo_path("vi", SLUG).exists()
    assert f'href="vi/{SLUG}.html"' in (config.output_dir / "index.html").read_text(encoding="utf-8")


def test_a_leaflet_file_renamed_keeps_its_pages_while_its_front_matter_fails(tmp_path):
    """source/x.md renamed x-new.md still says `slug: x`: an error, and no reason to tell patients
    the leaflet is no longer given out. Its pages stay until every leaflet reads; then it is retired."""
    config = make_outputs_project(tmp_path / "project", ["vi"], extra="[tool.leaflets.build]\npdf = false")
    publish(config, "vi", sample_translation("vi"))
    stages.run(config)
    for raw in config.raw_dir.glob(f"{SLUG}.*"):
        raw.unlink()  # the Markdown is what the clinic edits now
    source = config.source_path(SLUG)
    renamed = source.with_name(f"{SLUG}-new.md")
    source.rename(renamed)
    before = {lang: config.output_path(lang, SLUG, ".html").read_text(encoding="utf-8") for lang in ("en", "vi")}

    report = stages.run(config)

    assert report.failures and "differs from the file name" in report.failures[0]
    assert any(note.startswith(f"{SLUG}: no English file any more, but a leaflet that failed to read names it")
               for note in report.notes), report.notes
    for lang, html in before.items():
        assert config.output_path(lang, SLUG, ".html").read_text(encoding="utf-8") == html
    assert config.mo_path("vi", SLUG).exists()
    assert f'href="vi/{SLUG}.html"' in (config.output_dir / "index.html").read_text(encoding="utf-8")
    assert stages.build_all(config).failures and f'href="vi/{SLUG}.html"' in (
        config.output_dir / "index.html").read_text(encoding="utf-8")  # `build` keeps them too
    renamed.unlink()  # the file really gone: retired now, though another leaflet fails that does not name it
    (config.source_dir / "wip.md").write_text("# Work in progress\n\nNotes.\n", encoding="utf-8")  # no front matter
    report = stages.run(config)
    assert report.failures and report.failures[0].startswith("source/wip.md:")
    assert WITHDRAWN["vi"] in config.output_path("vi", SLUG, ".html").read_text(encoding="utf-8")


def test_a_leaflet_deleted_as_the_settings_change_is_still_retired(tmp_path):
    """Other settings set the run state's records aside; what it knew of the leaflets is kept for this."""
    config = make_outputs_project(tmp_path / "project", ["vi"], extra="[tool.leaflets.build]\npdf = false")
    publish(config, "vi", sample_translation("vi"))
    stages.run(config)
    config.source_path(SLUG).unlink()
    (config.raw_dir / f"{SLUG}.txt").unlink()
    pyproject = config.root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8").replace("pdf = false", "pdf = false\ntext_width = 60"),
                         encoding="utf-8")
    config = load_config(config.root)
    report = stages.run(config)
    assert report.failures == []
    for lang in ("en", "vi"):
        assert WITHDRAWN["en"] in config.output_path(lang, SLUG, ".html").read_text(encoding="utf-8")


def test_a_language_that_cannot_be_retired_is_reported_and_tried_again(tmp_path, monkeypatch):
    from pipeline.publish import pdf

    config = make_outputs_project(tmp_path / "project", ["vi", "ar"])
    for lang in ("vi", "ar"):
        publish(config, lang, sample_translation(lang))
    stages.run(config)
    real = break_vietnamese_pdfs(monkeypatch)
    config.source_path(SLUG).unlink()
    (config.raw_dir / f"{SLUG}.txt").unlink()
    report = stages.run(config)
    reason = f"{SLUG} in vi: could not be marked as no longer given out: the typesetter failed"
    assert report.failures == [f"dist/vi/{SLUG}.html:1: {reason}"]
    for lang in ("en", "ar"):  # the others are done
        assert WITHDRAWN["en"] in config.output_path(lang, SLUG, ".html").read_text(encoding="utf-8")
    assert not config.output_path("vi", SLUG, ".pdf").exists()  # never the old PDF
    assert SAMPLES["vi"].sentence not in config.output_path("vi", SLUG, ".html").read_text(encoding="utf-8")
    monkeypatch.setattr(pdf, "render_pdf", real)
    again = stages.run(config)
    assert again.failures == [] and config.output_path("vi", SLUG, ".pdf") in again.changed
    assert WITHDRAWN["vi"] in " ".join(pdftotext(config.output_path("vi", SLUG, ".pdf")).split())
    assert stages.run(config).changed == []


def test_a_language_without_the_words_gets_the_withdrawn_page_in_english_saying_so(retired):
    config, _, _, _ = retired
    page = build.retired_page(config, SLUG, "Magnesium Infusions", language("de"))  # German: no shipped words
    html = build.render_holding_html(page)
    assert '<html lang="en" dir="ltr">' in html
    assert 'This notice is not yet available in <bdi lang="de" dir="ltr">Deutsch</bdi>.' in html
    assert visible(html).count(WITHDRAWN["en"]) == 1 and 'hreflang="en"' not in html
    assert build.render_holding_text(page).startswith("This notice is not yet available in Deutsch.\n")
    assert "Magnesium Infusions" in build.render_holding_text(page)


def test_the_page_of_a_deleted_leaflet_passes_the_nu_html_checker_and_axe(retired, page, tmp_path):
    config, _, _, _ = retired
    english_only = tmp_path / "de.html"
    english_only.write_text(build.render_holding_html(build.retired_page(config, SLUG, "Magnesium Infusions",
                                                                         language("de"))), encoding="utf-8")
    pages = [config.output_path(lang, SLUG, ".html") for lang in ("en", "vi", "ar")] + [english_only]
    errors = vnu(*map(str, pages))
    assert errors == [], "\n".join(f"{e.get('url')}: {e.get('message')}" for e in errors)
    for path in pages[1:3]:
        page.goto(path.as_uri())
        assert axe_violations(page) == []


# -- the record of published addresses: a clean checkout ----------------------------------------


def clean_checkout(config) -> None:
    """What a deploy job that builds from a clean clone has: no dist/, no run state."""
    shutil.rmtree(config.output_dir)
    shutil.rmtree(config.root / ".leaflets")


@pytest.fixture
def given_out(tmp_path):
    """Vietnamese published (every edition but the PDF); Arabic configured, never published."""
    config = make_outputs_project(tmp_path / "project", ["vi", "ar"], extra="[tool.leaflets.build]\npdf = false")
    publish(config, "vi", sample_translation("vi"))
    stages.run(config)
    return config


def test_every_address_a_build_publishes_is_recorded_beside_the_leaflets(given_out):
    record = addresses.load(given_out.root)
    assert record.path == given_out.root / "published.json"
    assert record.suffixes(SLUG, "vi") == {".html", ".txt", ".bilingual.html", ".qr.svg"}
    assert record.suffixes(SLUG, "en") == {".html", ".txt", ".qr.svg"}
    assert record.suffixes(SLUG, "ar") == frozenset()  # never published: no address to keep
    assert record.leaflets[SLUG].title == "Magnesium Infusions"
    text = record.path.read_text(encoding="utf-8")
    assert '"vi": [".bilingual.html", ".html", ".qr.svg", ".txt"]' in text  # a line per language, to merge by line
    translate_all(given_out, "vi", lambda english: f"Bản dịch đã sửa: {english}")  # withdrawn now
    stages.run(given_out)
    assert addresses.load(given_out.root).suffixes(SLUG, "vi") == record.suffixes(SLUG, "vi")  # kept


def test_a_clean_checkout_answers_a_withdrawn_languages_addresses_with_the_holding_page(given_out):
    config = given_out
    clean_checkout(config)
    translate_all(config, "vi", lambda english: f"Bản dịch đã sửa: {english}")  # approvals lapse: withdrawn
    report = stages.run(config)
    assert report.failures == []
    for suffix in (".html", ".txt", ".bilingual.html"):  # no dead address, and never the old or new words
        text = visible(config.output_path("vi", SLUG, suffix).read_text(encoding="utf-8"))
        assert BEING_UPDATED["vi"] in text, suffix
        assert SAMPLES["vi"].sentence not in text and "Bản dịch đã sửa" not in text, suffix
    qr = config.output_path("vi", SLUG, ".qr.svg").read_text(encoding="utf-8")
    assert f"<title>QR code: {BASE_URL}vi/{SLUG}.html</title>" in qr  # the code on paper still leads there
    assert not config.mo_path("vi", SLUG).exists()
    assert not (config.output_dir / "ar").exists()  # never published: still nothing to answer
    picker = (config.output_dir / "index.html").read_text(encoding="utf-8")
    assert "Being updated" in picker and f'href="vi/{SLUG}.html"' not in picker


@pytest.fixture(params=["drafting off", "drafting in run"])
def given_out_drafting(request, tmp_path):
    """:func:`given_out`, with and without drafting in `leaflets run` (from translation memory)."""
    drafting = '\n[tool.leaflets.draft]\nin_run = true\nengines = ["memory"]' if request.param != "drafting off" else ""
    config = make_outputs_project(tmp_path / "project", ["vi", "ar"],
                                  extra=f"[tool.leaflets.build]\npdf = false{drafting}")
    publish(config, "vi", sample_translation("vi"))
    stages.run(config)
    return config


def test_a_published_language_whose_catalogue_cannot_be_read_shows_the_holding_page(given_out_drafting):
    """Its approvals cannot be judged (the English changed meanwhile, say): never its old page."""
    config = given_out_drafting
    source = config.source_path(SLUG)
    source.write_text(source.read_text(encoding="utf-8").replace("take about 90 minutes", "take about 2 hours"),
                      encoding="utf-8")
    po = config.po_path("vi", SLUG)
    po.write_text(po.read_text(encoding="utf-8") + '\nmsgid "broken\n', encoding="utf-8")
    report = stages.run(config)
    assert [failure for failure in report.failures if failure.startswith(f"locales/vi/LC_MESSAGES/{SLUG}.po:")]
    text = visible(config.output_path("vi", SLUG, ".html").read_text(encoding="utf-8"))
    assert BEING_UPDATED["vi"] in text and SAMPLES["vi"].sentence not in text
    assert not config.mo_path("vi", SLUG).exists()
    assert "take about 2 hours" in visible(config.output_path("en", SLUG, ".html").read_text(encoding="utf-8"))
    picker = (config.output_dir / "index.html").read_text(encoding="utf-8")
    assert "Being updated" in picker and f'href="vi/{SLUG}.html"' not in picker
    assert stages.run(config).failures  # said again until mended
    po.write_text(po.read_text(encoding="utf-8").replace('\nmsgid "broken\n', ""), encoding="utf-8")
    assert stages.run(config).failures == []


def test_a_clean_checkout_answers_a_deleted_leaflets_addresses_and_a_page_deleted_by_hand_comes_back(given_out):
    config = given_out
    config.source_path(SLUG).unlink()
    (config.raw_dir / f"{SLUG}.txt").unlink()
    clean_checkout(config)
    report = stages.run(config)
    assert report.failures == []
    assert any(note.startswith(f"{SLUG}: its English is gone") for note in report.notes)
    for lang in ("en", "vi"):
        for suffix in (".html", ".txt") + ((".bilingual.html",) if lang == "vi" else ()):
            text = visible(config.output_path(lang, SLUG, suffix).read_text(encoding="utf-8"))
            assert WITHDRAWN.get(lang, WITHDRAWN["en"]) in text and "Magnesium Infusions" in text, (lang, suffix)
            assert SAMPLES["vi"].sentence not in text
    assert SLUG not in (config.output_dir / "index.html").read_text(encoding="utf-8")
    files = all_files(config.root)
    assert stages.run(config).changed == [] and all_files(config.root) == files  # done once
    config.output_path("vi", SLUG, ".html").unlink()
    stages.run(config)
    assert WITHDRAWN["vi"] in config.output_path("vi", SLUG, ".html").read_text(encoding="utf-8")


def test_a_language_taken_out_of_the_settings_on_a_clean_checkout_keeps_its_addresses(given_out):
    config = given_out
    clean_checkout(config)
    pyproject = config.root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8").replace('"vi", "ar"', '"ar"'), encoding="utf-8")
    config = load_config(config.root)
    assert config.languages == ("ar",)
    report = stages.run(config)
    assert report.failures == []
    text = visible(config.output_path("vi", SLUG, ".html").read_text(encoding="utf-8"))
    assert WITHDRAWN["vi"] in text and SAMPLES["vi"].sentence not in text


@pytest.mark.parametrize(("change", "line", "problem"), [
    (lambda text: text.replace('"format": 1', '"format": true'), 2, "format must be 1"),
    (lambda text: text.replace('"format": 1', '"format": 2'), 2, "is from a newer leaflets; upgrade leaflets"),
    (lambda text: text.replace(f'"{SLUG}"', '"../../outside"'), 11, "'../../outside' is not a leaflet's name"),
    (lambda text: text.replace('"vi": [', '"vi/../..": ['), 15, "'vi/../..' is not a language code"),
    (lambda text: text.replace('".txt"', '".sh"', 1), 8, "the editions must be some of"),
    (lambda text: text[:-20], 16, "not valid JSON"),
    (lambda text: text.replace('    "magnesium', '<<<<<<< HEAD\n    "magnesium'), 11, "an unresolved merge conflict"),
    # A merge that kept both sides' lines of a language: the second is named, not silently kept.
    (lambda text: text.replace('        "vi": [', '        "vi": [".html"],\n        "vi": ['), 16,
     "names 'vi' twice: keep one"),
])
def test_a_damaged_record_of_published_addresses_stops_the_run_before_it_writes(given_out, change, line, problem):
    config = given_out
    record = config.root / "published.json"
    record.write_text(change(record.read_text(encoding="utf-8")), encoding="utf-8")
    damaged = record.read_bytes()
    translate_all(config, "vi", lambda english: f"Bản dịch đã sửa: {english}")  # work to do
    files = all_files(config.root)
    for stage in (stages.run, stages.build_all):
        with pytest.raises(LeafletsError) as raised:
            stage(config)
        where = raised.value.located(config.root)
        assert where.startswith(f"published.json:{line}: ") and problem in where, where
        assert all_files(config.root) == files and record.read_bytes() == damaged  # nothing written
    assert not (config.root / "outside.html").exists()


def test_the_record_reads_back_every_name_the_pipeline_gives_a_leaflet_or_language(tmp_path):
    record = addresses.Published(tmp_path / "published.json")
    names = [(".hidden-leaflet", "ca@valencia"), ("back\\slash", "sr@latin"), ("日本語", "zh_Hans"), ("x" * 200, "es")]
    for slug, lang in names:
        record.add(slug, f"Title of {slug}", lang, {".html", ".txt", ".mo"})
    assert record.save()
    again = addresses.load(tmp_path)
    assert {slug: given.languages for slug, given in again.leaflets.items()} == {
        slug: {lang: frozenset({".html", ".txt"})} for slug, lang in names}  # the MO file is not an address
    assert not again.save()  # unchanged: not written again


def test_a_build_alone_or_a_lost_run_state_retires_from_the_record_whatever_dist_holds(given_out):
    """dist/ still has the old pages, but no run state knows of them (only `leaflets build` was used,
    or .leaflets/ was lost): the record says they were given out, so they are retired."""
    config = given_out
    shutil.rmtree(config.root / ".leaflets")
    config.source_path(SLUG).unlink()
    (config.raw_dir / f"{SLUG}.txt").unlink()
    report = stages.build_all(config)
    assert report.failures == []
    for lang in ("en", "vi"):
        text = visible(config.output_path(lang, SLUG, ".txt").read_text(encoding="utf-8"))
        assert WITHDRAWN.get(lang, WITHDRAWN["en"]) in text and SAMPLES["vi"].sentence not in text, lang
    assert not config.mo_path("vi", SLUG).exists()
    assert any(note.startswith(f"{SLUG}: its English is gone") for note in report.notes)
    again = stages.build_all(config)  # pages that already say so are not written again, nor is it said again
    assert again.changed == [config.output_dir / "index.html"] or again.changed == []
    assert not any(note.startswith(f"{SLUG}: its English is gone") for note in again.notes)


def test_a_record_lost_or_never_committed_fills_in_again_from_the_next_run(given_out):
    config = given_out
    record = config.root / "published.json"
    before = addresses.load(config.root)
    record.unlink()  # lost (or the deploy job's, never committed)
    source = config.source_path(LIST_SLUG)
    source.write_text(source.read_text(encoding="utf-8") + "\nOne more paragraph.\n", encoding="utf-8")
    report = stages.run(config)  # work on the other leaflet only
    assert record in report.changed
    assert addresses.load(config.root).leaflets[SLUG].languages == before.leaflets[SLUG].languages


def test_a_record_deleted_is_made_again_by_a_run_with_nothing_else_to_do(given_out):
    record = given_out.root / "published.json"
    before = record.read_bytes()
    record.unlink()
    report = stages.run(given_out)
    assert report.changed == [record] and record.read_bytes() == before


def test_a_leaflet_retired_before_it_was_recorded_is_recorded_as_it_is_retired(given_out):
    config = given_out
    (config.root / "published.json").unlink()
    config.source_path(SLUG).unlink()
    (config.raw_dir / f"{SLUG}.txt").unlink()
    stages.run(config)  # retired from the run state's records
    assert addresses.load(config.root).suffixes(SLUG, "vi") >= {".html", ".txt", ".bilingual.html"}
    clean_checkout(config)
    stages.run(config)
    assert WITHDRAWN["vi"] in config.output_path("vi", SLUG, ".html").read_text(encoding="utf-8")


def test_a_retirement_from_the_record_is_not_redone_by_each_run(given_out, monkeypatch):
    config = given_out
    config.source_path(SLUG).unlink()
    (config.raw_dir / f"{SLUG}.txt").unlink()
    clean_checkout(config)
    stages.run(config)
    retired = {path: path.stat().st_mtime_ns for path in config.output_dir.rglob(f"{SLUG}.*")}
    real, asked = build.retire, []
    monkeypatch.setattr(build, "retire", lambda config, slug, *rest: asked.append(slug) or real(config, slug, *rest))
    source = config.source_path(LIST_SLUG)
    source.write_text(source.read_text(encoding="utf-8") + "\nOne more paragraph.\n", encoding="utf-8")
    report = stages.run(config)
    assert any(path.name.startswith(LIST_SLUG) for path in report.changed)  # a run with work to do
    assert {path: path.stat().st_mtime_ns for path in config.output_dir.rglob(f"{SLUG}.*")} == retired
    assert not any(path.name.startswith(SLUG) for path in report.changed)
    assert not any(note.startswith(f"{SLUG}: its English is gone") for note in report.notes)
    assert asked == []  # not made again to be compared: the run state knows they are done
    config.output_path("vi", SLUG, ".html").unlink()  # one deleted by hand is made again
    stages.run(config)
    assert asked == [SLUG] and WITHDRAWN["vi"] in config.output_path("vi", SLUG, ".html").read_text(encoding="utf-8")


# -- the archive ---------------------------------------------------------------------------------


def test_the_archive_keeps_each_edition_for_staff_and_nothing_links_to_it(make_project):
    config = make_project(["es"], extra="[tool.leaflets.build]\narchive = true\npdf = false")
    stages.run(config)
    translate_all(config, "es", fake_translation("es"))
    approve_all(config, "es")
    stages.run(config)
    folder = build.archive_folder(config, "es", SLUG, "1.0_2026-11-23")
    first = config.output_path("es", SLUG, ".html").read_bytes()
    assert (folder / f"{SLUG}.html").read_bytes() == first
    assert (folder / f"{SLUG}.txt").is_file() and (folder / f"{SLUG}.bilingual.html").is_file()
    assert build.archive_folder(config, "en", SLUG, f"1.0_{read_leaflet(config.source_path(SLUG)).date}").is_dir()
    translate_all(config, "es", lambda english: f"[es, revisado] {english}")
    approve_all(config, "es")
    stages.run(config)
    second = config.output_path("es", SLUG, ".html").read_bytes()
    kept = sorted(folder.parent.iterdir())
    assert len(kept) == 2 and {(path / f"{SLUG}.html").read_bytes() for path in kept} == {first, second}
    for page in config.output_dir.rglob("*.html"):
        assert "archive" not in page.read_text(encoding="utf-8"), page


def test_switching_the_archive_on_keeps_the_editions_already_published(make_project):
    config = make_project(["es"], extra="[tool.leaflets.build]\npdf = false")
    stages.run(config)
    translate_all(config, "es", fake_translation("es"))
    approve_all(config, "es")
    stages.run(config)
    assert not config.archive_path.exists()
    pyproject = config.root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8").replace("pdf = false", "pdf = false\narchive = true"),
                         encoding="utf-8")
    config = load_config(config.root)
    stages.run(config)
    kept = build.archive_folder(config, "es", SLUG, "1.0_2026-11-23") / f"{SLUG}.html"
    assert kept.read_bytes() == config.output_path("es", SLUG, ".html").read_bytes()
    files = all_files(config.archive_path)
    assert stages.build_all(config).changed == [] and all_files(config.archive_path) == files  # kept once


def test_no_archive_by_default(project):
    assert not project.archive_path.exists()
    assert not project.build.archive


def test_the_archive_may_not_be_inside_the_published_folder(tmp_path):
    (tmp_path / "source").mkdir()
    write_pyproject(tmp_path, ["es"], 'archive_dir = "dist/archive"', reviewers=False)
    with pytest.raises(ConfigError, match="archive_dir must differ from output_dir"):
        load_config(tmp_path)



# -- in the validators and the browser -----------------------------------------------------------


def test_holding_pages_and_the_picker_pass_the_nu_html_checker(held, ten, tmp_path):
    config, _, _ = held
    english_only = tmp_path / "de.html"
    english_only.write_text(build.render_holding_html(build.holding_page(
        config, read_leaflet(config.source_path(SLUG)), language("de"))), encoding="utf-8")
    pages = [config.output_path(lang, SLUG, suffix) for lang in ("vi", "ar") for suffix in (".html", ".bilingual.html")]
    pages += [config.output_dir / "index.html", english_only, ten.output_path("zh_Hant", SLUG, ".html")]
    errors = vnu(*map(str, pages))
    assert errors == [], "\n".join(f"{e.get('url')}: {e.get('message')}" for e in errors)


@pytest.mark.parametrize("relative", [f"vi/{SLUG}.html", f"ar/{SLUG}.html", "index.html"])
def test_holding_pages_and_the_picker_marking_them_have_no_axe_violations(held, page, relative):
    config, _, _ = held
    page.goto((config.output_dir / relative).as_uri())
    assert axe_violations(page) == []
    if relative == "index.html":
        assert page.locator('li[data-lang="vi"] .updating').is_visible()
    else:  # the link to the English works from the page as opened from a shared drive
        page.locator(f'main a[href="../en/{SLUG}.html"]').first.click()
        assert page.evaluate("document.documentElement.lang") == "en"


def test_the_english_only_holding_page_has_no_axe_violations(held, page, tmp_path):
    config, _, _ = held
    holding = build.render_holding_html(build.holding_page(config, read_leaflet(config.source_path(SLUG)),
                                                           language("de")))
    target = tmp_path / "de" / f"{SLUG}.html"
    target.parent.mkdir()
    target.write_text(holding, encoding="utf-8")
    page.goto(target.as_uri())
    assert axe_violations(page) == []


@pytest.mark.parametrize("lang", ["ar", "zh_Hans", "pa_Guru"])
def test_pages_with_review_dates_and_english_links_have_no_axe_violations(ten, page, lang):
    page.goto(ten.output_path(lang, SLUG, ".html").as_uri())
    assert axe_violations(page) == []


def test_a_holding_pdf_that_cannot_be_made_leaves_no_old_text_at_any_address(tmp_path, monkeypatch):
    """The PDF is made last: when it fails, every other address already holds and the MO file is gone."""
    from pipeline.core.errors import LeafletsError

    config = make_outputs_project(tmp_path / "project", ["vi"])
    publish(config, "vi", sample_translation("vi"))
    stages.run(config)
    old = SAMPLES["vi"].sentence
    assert old in config.output_path("vi", SLUG, ".bilingual.html").read_text(encoding="utf-8")
    assert config.mo_path("vi", SLUG).exists()

    break_vietnamese_pdfs(monkeypatch)
    source = config.source_path(SLUG)
    source.write_text(source.read_text(encoding="utf-8").replace("Nerve pain can", "Nerve pain may"), "utf-8")
    with pytest.raises(LeafletsError, match="typesetter"):
        stages.run(config)
    assert not config.output_path("vi", SLUG, ".pdf").exists() and not config.mo_path("vi", SLUG).exists()
    for suffix in (".html", ".bilingual.html", ".txt"):
        held = config.output_path("vi", SLUG, suffix).read_text(encoding="utf-8")
        assert old not in held and BEING_UPDATED["vi"] in " ".join(held.split()), suffix


def test_a_language_taken_out_of_the_settings_leaves_its_addresses_saying_so(make_project):
    config = make_project(["es", "vi", "fa"])
    # The clinic's glossary names the drugs in every language, fa too: taking fa out leaves it as it is.
    (config.root / "glossary.toml").write_text('[[term]]\nenglish = "ketamine"\ndrug = true\n[term.translations]\n'
                                               'es = "ketamina"\nvi = "ketamin"\nfa = "کتامین"\n', "utf-8")
    stages.run(config)
    for lang in ("es", "vi"):
        translate_all(config, lang, fake_translation(lang))
        approve_all(config, lang)
    stages.run(config)
    spanish = config.output_path("es", SLUG, ".html")
    assert "[es] Magnesium Infusions" in spanish.read_text(encoding="utf-8")
    write_pyproject(config.root, ["es", "vi"])  # fa, never published: nothing to say at its addresses
    report = stages.run(load_config(config.root))
    assert report.failures == [] and not any("no longer in" in note for note in report.notes), report.notes
    write_pyproject(config.root, ["vi"])
    config = load_config(config.root)
    notes = []
    for run in (stages.run, stages.build_all):  # `build` retires it too (and `run` again, idempotent)
        report = run(config)
        assert report.failures == []
        notes += report.notes
        for suffix in (".html", ".txt", ".bilingual.html"):
            text = config.output_path("es", SLUG, suffix).read_text(encoding="utf-8")
            assert WITHDRAWN["en"] in text and "[es]" not in text, suffix
        assert not config.mo_path("es", SLUG).exists() and not config.mo_path("es", SLUG).parent.exists()
        assert "[vi] Magnesium Infusions" in config.output_path("vi", SLUG, ".html").read_text(encoding="utf-8")
        assert 'href="es/' not in (config.output_dir / "index.html").read_text(encoding="utf-8")
    assert any(note.startswith("es: no longer in `languages`") for note in notes)
    files = all_files(config.root)
    again = stages.run(config)
    assert again.changed == [] and all_files(config.root) == files  # said once; the pages stay
    write_pyproject(config.root, ["vi", "es"])  # put back: published again over the notice
    stages.run(load_config(config.root))
    assert "[es] Magnesium Infusions" in spanish.read_text(encoding="utf-8")


def test_an_edition_switched_off_after_it_was_given_out_keeps_answering_at_its_address(make_project):
    """bilingual = false deleted the bilingual pages already given out (on QR codes, in bookmarks) while
    published.json still listed them, and a later withdrawal held none of them: dead addresses."""
    config = make_project(["es", "it"], extra="[tool.leaflets.build]\npdf = false\n")
    stages.run(config)
    translate_all(config, "es", fake_translation("es"))
    approve_all(config, "es")
    stages.run(config)
    bilingual = config.output_path("es", SLUG, ".bilingual.html")
    assert bilingual.is_file() and ".bilingual.html" in addresses.suffixes_given_out(config.root, SLUG, "es")

    pyproject = config.root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8").replace("pdf = false\n", "pdf = false\nbilingual = false\n"),
                         encoding="utf-8")
    config = load_config(config.root)
    translate_all(config, "it", fake_translation("it"))
    approve_all(config, "it")
    stages.run(config)

    assert bilingual.is_file() and "[es]" in visible(bilingual.read_text(encoding="utf-8"))  # still the edition
    assert not config.output_path("it", SLUG, ".bilingual.html").exists()  # never given out: not made
    assert ".bilingual.html" not in (config.output_dir / "index.html").read_text(encoding="utf-8")  # no new links

    source = config.source_path(SLUG)  # the English changes: Spanish is withdrawn, at every address it gave out
    source.write_text(source.read_text(encoding="utf-8").replace("Nerve pain can", "Nerve pain may"), "utf-8")
    stages.run(config)
    assert BEING_UPDATED["es"] in visible(bilingual.read_text(encoding="utf-8"))

    record = config.root / "published.json"  # the edition taken out of Spanish's list: a run ends it, for good
    record.write_text(record.read_text(encoding="utf-8").replace('".bilingual.html", ', ""), encoding="utf-8")
    stages.run(config)
    assert not bilingual.exists() and ".bilingual.html" not in record.read_text(encoding="utf-8")
    translate_all(config, "it", lambda english: fake_translation("it")(english) + " (2)")  # another language's work
    approve_all(config, "it")
    stages.run(config)
    assert not bilingual.exists() and ".bilingual.html" not in record.read_text(encoding="utf-8")


def test_the_record_is_parsed_once_while_it_stays_the_same(given_out, monkeypatch):
    """A run asked before forking and again after; `leaflets watch` asked in each run (15 to 19 ms at 200 x 30)."""
    parsed = []
    real_parse = addresses.parse
    monkeypatch.setattr(addresses, "parse", lambda path, data: parsed.append(path) or real_parse(path, data))
    addresses._parsed.cache_clear()
    record = given_out.root / "published.json"
    an_hour_ago = record.stat().st_mtime_ns - 3600 * 10**9
    os.utime(record, ns=(an_hour_ago, an_hour_ago))  # not saved lately (see the next test)
    source = given_out.source_path(LIST_SLUG)
    for n in range(3):  # edits, as the watch runs them: one process, the record unchanged
        source.write_text(source.read_text(encoding="utf-8") + f"\nOne more paragraph, {n}.\n", encoding="utf-8")
        assert given_out.pot_path(LIST_SLUG) in stages.run(given_out).changed  # worked on
    assert parsed == [given_out.root / "published.json"]


def test_a_record_changed_by_hand_is_read_again_and_each_reader_adds_to_its_own_copy(given_out):
    record = given_out.root / "published.json"
    first = addresses.load(given_out.root)
    first.add("new-leaflet", "New leaflet", "vi", {".html"})  # not saved: the next reader does not see it
    assert "new-leaflet" not in addresses.load(given_out.root).leaflets
    assert addresses.suffixes_given_out(given_out.root, "new-leaflet", "vi") == frozenset()
    text = record.read_text(encoding="utf-8")
    with record.open("r+", encoding="utf-8") as same_file:  # changed in place, as an editor may save it
        same_file.write(text.replace('"vi": [".bilingual.html", ".html", ".qr.svg", ".txt"]', '"vi": [".html"]'))
        same_file.truncate()
    assert addresses.load(given_out.root).suffixes(SLUG, "vi") == {".html"}
    assert addresses.suffixes_given_out(given_out.root, SLUG, "vi") == {".html"}
    assert not addresses.gives_out(given_out.root, ".bilingual.html")


def test_a_record_saved_lately_and_changed_in_place_within_its_clock_tick_is_read_again(given_out):
    """Size and time alike: on FAT the time has two-second steps. A record saved in the last two seconds is read
    each time (as git does), not remembered by its size and time."""
    record = given_out.root / "published.json"
    saved = time.time_ns()
    os.utime(record, ns=(saved, saved))
    assert addresses.load(given_out.root).suffixes(SLUG, "vi")
    text = record.read_text(encoding="utf-8")
    assert '"vi": ' in text
    with record.open("r+", encoding="utf-8") as same_file:  # the same size, written in place
        same_file.write(text.replace('"vi": ', '"it": '))
    os.utime(record, ns=(saved, saved))  # and the same time
    assert addresses.load(given_out.root).suffixes(SLUG, "vi") == frozenset()
    assert addresses.load(given_out.root).suffixes(SLUG, "it")
