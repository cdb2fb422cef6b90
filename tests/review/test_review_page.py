"""The review page in a real browser (Debian's chromium through Playwright): actions land in the PO and ledger."""

from __future__ import annotations

import json
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from pipeline.core.files import project_lock
from pipeline.review.ledger import ReviewState, load_ledger, state_of
from pipeline.run.preview import WATERMARK, preview_path
from tests.conftest import SLUG
from tests.review.conftest import ARTIFACTS, article, entry, login, screenshot

PAGE = f"/review/es/{SLUG}"


def ledger_json(config, lang="es") -> dict:
    return json.loads(config.ledger_path(lang, SLUG).read_text(encoding="utf-8"))


def test_approve_edit_and_reject_in_the_browser_change_po_and_ledger(review_project, serve, context):
    base = serve(review_project, "jchen")
    page = login(context, base)
    assert page.locator("#progress").inner_text().strip().startswith("0 of 24 approved")

    # Approve a machine draft: the PO loses its fuzzy flag, the ledger gains the approval.
    draft = article(page, "Will the injection hurt?")
    assert "Machine draft" in draft.locator(".badge").inner_text()
    assert "machine draft by apertium on 2026-01-05" in draft.locator(".engine").inner_text()
    draft.get_by_role("button", name="Approve").click()
    page.wait_for_load_state()
    assert "Approved entry" in page.locator(".flash").inner_text()
    assert not entry(review_project, "es", "Will the injection hurt?").fuzzy
    assert ledger_json(review_project)["approvals"]["Will the injection hurt?"]["reviewer"] == "jchen"
    assert page.locator("#progress").inner_text().strip().startswith("1 of 24 approved")

    # Edit a translation: the PO has the new words; the ledger says who wrote them; approval waits for another.
    edited = article(page, "How is the Infusion Performed?")
    edited.locator("textarea").fill("¿Cómo se administra la infusión?")
    edited.get_by_role("button", name="Save edit", exact=True).click()
    page.wait_for_load_state()
    assert entry(review_project, "es", "How is the Infusion Performed?").string == "¿Cómo se administra la infusión?"
    assert ledger_json(review_project)["edits"]["How is the Infusion Performed?"]["editor"] == "jchen"
    edited = article(page, "How is the Infusion Performed?")
    assert edited.get_by_role("button", name="Approve").is_disabled()
    assert "another reviewer must approve it" in edited.locator(".why").inner_text()
    assert edited.get_by_role("button", name="Save edit and approve").count() == 0  # four-eyes rule

    # Reject with a reason: back to draft in the PO, the reason in the ledger and on the page.
    rejected = article(page, "What happens during the infusion?")
    rejected.locator("input.reason").fill("Use “perfusión”, as the ward does.")
    rejected.get_by_role("button", name="Reject with reason").click()
    page.wait_for_load_state()
    assert entry(review_project, "es", "What happens during the infusion?").fuzzy
    record = ledger_json(review_project)["rejections"]["What happens during the infusion?"]
    assert record == {**record, "reviewer": "jchen", "reason": "Use “perfusión”, as the ward does."}
    assert "Use “perfusión”" in article(page, "What happens during the infusion?").locator(".rejection").inner_text()
    screenshot(page, "review-page-es")


def test_check_errors_block_until_an_override_reason_is_given(review_project, serve, context):
    english = "A magnesium solution is infused via a pump"
    from tests.review.conftest import fill

    full = next(m.id for m in _messages(review_project) if m.id.startswith(english))
    fill(review_project, "es", {full: "Se infunde una solución de magnesio de 20 mmol con una bomba."})
    page = login(context, serve(review_project, "mlopez"))
    block = article(page, english)
    assert "error · numbers" in block.locator(".findings").inner_text()
    block.get_by_role("button", name="Approve").click()
    page.wait_for_load_state()
    assert "check errors (" in article(page, english).locator(".problem").inner_text()
    assert full not in load_ledger(review_project, "es", SLUG).approvals
    article(page, english).get_by_label("To approve despite the errors, your reason").fill("20 mmol is the ward dose")
    article(page, english).get_by_role("button", name="Approve").click()
    page.wait_for_load_state()
    approval = load_ledger(review_project, "es", SLUG).approvals[full]
    assert approval.override == "20 mmol is the ward dose" and "numbers" in approval.overridden


def _messages(config):
    from pipeline.catalogs.po import messages, read_catalog

    return list(messages(read_catalog(config.po_path("es", SLUG))))


def test_keyboard_moves_between_entries_and_approves_only_with_the_approve_button(review_project, serve, context):
    page = login(context, serve(review_project, "jchen"))
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("n")  # first entry waiting for review: the title, a machine draft
    assert page.evaluate("document.activeElement.id") == "e1"
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.id") == "e2"
    page.keyboard.press("k")
    # No single key approves: "a negation is missing" typed with the focus outside the reason box approved the
    # entry on its first letter (and the first entry when none was chosen).
    posts: list[str] = []
    page.on("request", lambda request: posts.append(request.url) if request.method == "POST" else None)
    page.keyboard.type("a negation is missing")
    assert posts == []
    assert state_of(entry(review_project, "es", "Magnesium Infusions"),
                    load_ledger(review_project, "es", SLUG), review_project) is not ReviewState.APPROVED
    # The approval's own POST and the page it leads to (expect_navigation alone would take any navigation).
    page.locator("#e1 button.approve").focus()
    with page.expect_navigation(url="**/review/es/*#e1"), \
            page.expect_response(lambda response: response.request.method == "POST") as posted:
        page.keyboard.press("Enter")
    assert posted.value.status == 303, posted.value.status
    assert state_of(entry(review_project, "es", "Magnesium Infusions"),
                    load_ledger(review_project, "es", SLUG), review_project) is ReviewState.APPROVED
    assert page.url.endswith("#e1")  # back at the entry approved, its result beside it
    assert "Approved entry 1" in page.locator("#e1 .flash").inner_text()


def test_two_tabs_approving_different_entries_at_once_lose_nothing(review_project, serve, context):
    base = serve(review_project, "mlopez")
    first, second = login(context, base), login(context, base)
    texts = ["Magnesium Infusions", "Will the injection hurt?", "How is the Infusion Performed?",
             "What happens during the infusion?"]
    for pair in (texts[:2], texts[2:]):
        with first.expect_navigation(), second.expect_navigation():  # both submitted before either answers
            article(first, pair[0]).get_by_role("button", name="Approve").click(no_wait_after=True)
            article(second, pair[1]).get_by_role("button", name="Approve").click(no_wait_after=True)
    first.reload()
    assert set(load_ledger(review_project, "es", SLUG).approvals) == set(texts)
    assert first.locator("#progress").inner_text().strip().startswith("4 of 24 approved")
    # A tab that still shows an entry another tab changed may not act on what it no longer shows.
    stale = login(context, base)
    article(first, "Who should not have").locator("textarea").fill("¿Quién no debería recibir magnesio?")
    article(first, "Who should not have").get_by_role("button", name="Save edit", exact=True).click()
    first.wait_for_load_state()
    article(stale, "Who should not have").get_by_role("button", name="Approve").click()
    stale.wait_for_load_state()
    assert "changed since you loaded the page" in stale.locator(".problem").inner_text()
    assert "Who should not have a magnesium infusion?" not in load_ledger(review_project, "es", SLUG).approvals
    # The refused page shows the current words, and acting again from it edits those, not the older ones: the box
    # kept the words posted while its fingerprints named the new ones, so Ctrl+Enter saved them over the edit.
    box = article(stale, "Who should not have").locator("textarea")
    assert box.input_value() == "¿Quién no debería recibir magnesio?"
    article(first, "Will the injection hurt?").locator("textarea").fill("¿Duele la inyección?")  # the other tab
    old_words = article(stale, "Will the injection hurt?").locator("textarea").input_value()
    article(first, "Will the injection hurt?").get_by_role("button", name="Save edit", exact=True).click()
    first.wait_for_load_state()
    stale_box = article(stale, "Will the injection hurt?").locator("textarea")
    stale_box.fill(old_words + " (revisado)")
    stale_box.press("Control+Enter")
    stale.wait_for_load_state()
    problem = article(stale, "Will the injection hurt?").locator(".problem").inner_text()
    assert "changed since you loaded the page" in problem and "(revisado)" in problem  # its words, to copy
    assert article(stale, "Will the injection hurt?").locator("textarea").input_value() == "¿Duele la inyección?"
    stale_box = article(stale, "Will the injection hurt?").locator("textarea")
    stale_box.press("Control+Enter")  # acting again from the refusal page: on the current words, no loss
    stale.wait_for_load_state()
    assert entry(review_project, "es", "Will the injection hurt?").string == "¿Duele la inyección?"


class _Evil(BaseHTTPRequestHandler):
    """Another origin on the same machine: a page that posts to the review server."""

    target: ClassVar[str] = ""
    fields: ClassVar[dict[str, str]] = {}

    def do_GET(self) -> None:
        inputs = "".join(f'<input type="hidden" name="{k}" value="{v}">' for k, v in self.fields.items())
        body = (f'<!DOCTYPE html><form id="f" method="post" action="{self.target}">{inputs}</form>'
                '<script>document.getElementById("f").submit()</script>').encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def test_a_post_from_another_origin_is_refused_even_with_a_valid_token(review_project, serve, context):
    base = serve(review_project, "jchen")
    page = login(context, base)
    form = article(page, "How is the Infusion Performed?").locator("form")
    _Evil.fields = {name: form.locator(f'input[name="{name}"]').get_attribute("value")
                    for name in ("csrf_token", "key", "english_sha256", "translation_sha256")}
    _Evil.fields["action"] = "approve"
    _Evil.target = base + PAGE
    evil = ThreadingHTTPServer(("127.0.0.1", 0), _Evil)
    thread = threading.Thread(target=evil.serve_forever, daemon=True)
    thread.start()
    try:
        attack = context.new_page()
        with attack.expect_response(lambda r: r.request.method == "POST") as answer:
            attack.goto(f"http://127.0.0.1:{evil.server_port}/")
        assert answer.value.status == 403
        attack.wait_for_load_state()
        assert "Refused a request from another origin" in attack.content()
    finally:
        evil.shutdown()
        evil.server_close()
        thread.join()
    assert not review_project.ledger_path("es", SLUG).exists()
    # And from our own origin without the session's token:
    response = context.request.post(base + PAGE, headers={"Origin": base},
                                    form={**_Evil.fields, "csrf_token": "not-the-token"})
    assert response.status == 403 and "session token" in response.text()
    assert not review_project.ledger_path("es", SLUG).exists()


def test_no_session_no_page(review_project, serve, browser):
    base = serve(review_project, "jchen")
    stranger = browser.new_context()
    try:
        page = stranger.new_page()
        response = page.goto(base + PAGE)
        assert response.status == 403 and "leaflets review serve" in page.content()
        assert page.goto(base + "/login?token=guess").status == 403
    finally:
        stranger.close()


def test_a_running_leaflets_command_makes_actions_wait_then_refuse_without_writing(review_project, serve, context):
    page = login(context, serve(review_project, "jchen", lock_wait=0.3))
    with project_lock(review_project.root):
        article(page, "Will the injection hurt?").get_by_role("button", name="Approve").click()
        page.wait_for_load_state()
    assert "another leaflets command is writing this project" in page.locator(".problem").inner_text()
    assert not review_project.ledger_path("es", SLUG).exists()


def test_a_running_leaflets_command_makes_the_preview_wait_then_refuse_without_writing(review_project, serve,
                                                                                      context):
    base = serve(review_project, "jchen", lock_wait=0.3)
    page = login(context, base)
    with project_lock(review_project.root):
        response = page.goto(f"{base}/preview/es/{SLUG}")
    assert response is not None and response.status == 409
    assert "another leaflets command is writing this project" in page.content()
    assert not preview_path(review_project, "es", SLUG).exists()
    assert page.goto(f"{base}/preview/es/{SLUG}").status == 200  # once the command is done
    assert preview_path(review_project, "es", SLUG).exists()


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_right_to_left_languages_render_right_to_left(review_project, serve, context, lang):
    page = login(context, serve(review_project, "jchen"), f"/review/{lang}/{SLUG}")
    box = page.locator("article.entry").first.locator("textarea")
    assert box.get_attribute("dir") == "rtl" and box.get_attribute("lang") == lang
    assert box.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert "Noto Naskh Arabic" in box.evaluate("e => getComputedStyle(e).fontFamily")
    english = page.locator("article.entry").first.locator(".english")
    assert english.evaluate("e => getComputedStyle(e).direction") == "ltr"
    screenshot(page, f"review-page-{lang}")
    preview = context.new_page()
    preview.goto(f"{page.url.split('/review/')[0]}/preview/{lang}/{SLUG}")
    assert preview.evaluate("getComputedStyle(document.documentElement).direction") == "rtl"
    heading = preview.locator("h1")
    assert heading.evaluate("e => getComputedStyle(e).direction") == "rtl"
    # Right to left: the block's text starts at the right edge, where its state bar is.
    assert heading.evaluate("e => getComputedStyle(e).borderRightWidth") == "6px"
    screenshot(preview, f"preview-{lang}")


def test_preview_watermark_is_on_screen_and_in_print(review_project, serve, context):
    page = login(context, serve(review_project, "jchen"), f"/preview/es/{SLUG}")
    mark = page.locator(".watermark span")
    assert mark.inner_text() == WATERMARK and mark.is_visible()
    labels = page.locator(".state-label").all_inner_texts()
    assert "Machine draft (apertium)" in labels and "Untranslated" in labels
    screenshot(page, "preview-es")
    page.emulate_media(media="print")
    assert mark.is_visible()
    pdf = ARTIFACTS / "preview-es.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=True)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    assert len([p for p in pages if p.strip()]) >= 2
    assert all(WATERMARK in p for p in pages if p.strip())  # on every printed page


def test_changed_english_shows_the_previous_version_with_the_change_marked(review_project, serve, context):
    from pipeline.run import stages

    old = "How is the Infusion Performed?"
    page = login(context, serve(review_project, "jchen"))
    article(page, old).get_by_role("button", name="Approve").click()
    md = review_project.source_path(SLUG)
    md.write_text(md.read_text(encoding="utf-8").replace(old, "How is the infusion given?"), encoding="utf-8")
    stages.extract_all(review_project)
    stages.update_all(review_project)
    page.reload()
    block = article(page, "How is the infusion given?")
    assert block.locator(".badge").inner_text() == "Lapsed: English changed"
    assert block.locator(".previous del").all_inner_texts() == ["Infusion Performed"]
    assert block.locator(".previous ins").all_inner_texts() == ["infusion given"]
    block.get_by_role("button", name="Approve").click()
    assert set(load_ledger(review_project, "es", SLUG).approvals) == {"How is the infusion given?"}
    assert not entry(review_project, "es", "How is the infusion given?").previous_id


def test_bulk_approval_in_the_page_after_opening_the_current_preview(review_project, serve, context):
    base = serve(review_project, "mlopez")
    page = login(context, base)
    bulk = page.get_by_role("button", name="Approve all after the preview")
    assert bulk.is_disabled()
    with context.expect_page() as opened:
        page.locator(".bulk").get_by_role("link", name="open the in-context preview").click()
    preview = opened.value
    preview.wait_for_load_state()
    assert WATERMARK in preview.locator(".draft-banner").inner_text()
    page.reload()
    page.get_by_label("I read the preview and approve these 5 entries").check()
    page.get_by_role("button", name="Approve all after the preview").click()
    assert "Approved 5 entries after reading the preview" in page.locator(".flash").inner_text()
    seen = json.loads((review_project.root / "dist-preview" / "es" / f"{SLUG}.preview.json").read_text())
    approvals = load_ledger(review_project, "es", SLUG).approvals
    assert len(approvals) == 5 and {a.preview for a in approvals.values()} == {seen["html_sha256"]}
    assert page.locator("#progress").inner_text().strip().startswith("5 of 24 approved")


def test_a_right_to_left_translation_is_also_shown_as_the_published_page_shows_it(review_project, serve, context):
    """In the edit box "1-2" between Arabic words reads "2-1" (Unicode's rules), on the page it is kept left to
    right: a clinician "correcting" what the box showed published a reversed range no check catches."""
    from pipeline.catalogs.po import messages, read_catalog
    from tests.review.conftest import DRAFT_COMMENT, fill

    english = next(m.id for m in messages(read_catalog(review_project.pot_path(SLUG))) if "1-2 weeks" in m.id)
    fill(review_project, "ar", {english: "يرجى ترتيب مراجعة خلال 1-2 أسبوع."}, fuzzy=True, comment=DRAFT_COMMENT)
    base = serve(review_project, "jchen")
    page = login(context, base, f"/review/ar/{SLUG}")
    shown = article(page, "1-2 weeks").locator(".as-shown p")
    assert '<bdi dir="ltr">1-2</bdi>' in shown.inner_html()
    one, two = shown.evaluate("""p => { const text = p.querySelector("bdi").firstChild, box = (i) => {
        const range = document.createRange(); range.setStart(text, i); range.setEnd(text, i + 1);
        return range.getBoundingClientRect().left; }; return [box(0), box(2)]; }""")
    assert one < two  # "1" left of "2", as patients see it
    assert login(context, base).locator(".as-shown").count() == 0  # Spanish runs left to right: no need


def test_an_entry_approved_in_the_waiting_view_stays_there_with_its_result(review_project, serve, context):
    """It waits no more, so the view dropped it with its confirmation, and the page fell back to entry 1."""
    page = login(context, serve(review_project, "mlopez"), f"/review/es/{SLUG}?show=waiting")
    approving = article(page, "Will the injection hurt?")
    with page.expect_navigation():
        approving.get_by_role("button", name="Approve", exact=True).click()
    assert "show=waiting" in page.url
    done = article(page, "Will the injection hurt?")
    assert done.count() == 1 and "Approved entry" in done.locator(".flash").inner_text()
    assert page.locator(".flash[role=status]").count() == 1


def test_each_action_button_and_each_text_box_says_which_entry_and_findings_it_belongs_to(review_project, serve,
                                                                                          context):
    """24 buttons named "Approve", with nothing to tell a screen reader's user which entry each acts on."""
    page = login(context, serve(review_project, "mlopez"))
    first = page.locator("article.entry").first
    described = first.get_by_role("button", name="Approve", exact=True).get_attribute("aria-describedby")
    assert page.locator(f"#{described}").inner_text().startswith("1. ")
    boxes = page.locator("textarea[aria-describedby]")
    assert all(page.locator(f"#{boxes.nth(i).get_attribute('aria-describedby')}").get_attribute("class") == "findings"
               for i in range(boxes.count()))
