"""The review page cannot approve by accident: each trap a clinician fell into, in real Chromium."""

from __future__ import annotations

from urllib.parse import parse_qs

from pipeline.catalogs.po import messages, read_catalog
from pipeline.review.ledger import ReviewState, editing, load_ledger, reject_entry, state_of
from pipeline.run.preview import build_previews
from tests.conftest import SLUG
from tests.review.conftest import article, entry, fill, login, screenshot

PAGE = f"/review/es/{SLUG}"
DRAFT = "Will the injection hurt?"  # a machine draft in review_project


def posted_actions(page) -> list[str]:
    """The action of every form the page POSTs from now on, in order."""
    actions: list[str] = []
    page.on("request", lambda request: actions.extend(
        parse_qs(request.post_data or "").get("action", ["?"])) if request.method == "POST" else None)
    return actions


def test_enter_in_the_rejection_reason_never_approves(review_project, serve, context):
    page = login(context, serve(review_project, "mlopez"))
    actions = posted_actions(page)
    block = article(page, DRAFT)
    block.locator("input.reason").fill("say «la inyección»")
    block.locator("input.reason").press("Enter")  # the old page approved here: Approve is the form's first button
    with page.expect_navigation():
        article(page, DRAFT).get_by_role("button", name="Reject with reason").click()
    assert actions == ["reject"]
    ledger = load_ledger(review_project, "es", SLUG)
    assert DRAFT not in ledger.approvals and ledger.rejections[DRAFT].reason == "say «la inyección»"


def test_enter_in_the_override_reason_never_approves(review_project, serve, context):
    english = "A magnesium solution is infused via a pump"
    full = next(m.id for m in messages(read_catalog(review_project.po_path("es", SLUG))) if m.id.startswith(english))
    fill(review_project, "es", {full: "Se infunde una solución de magnesio de 20 mmol con una bomba."})
    page = login(context, serve(review_project, "mlopez"))
    actions = posted_actions(page)
    reason = article(page, english).get_by_label("To approve despite the errors", exact=False)
    reason.fill("20 mmol is the dose the ward gives")
    reason.press("Enter")
    with page.expect_navigation():
        article(page, english).get_by_role("button", name="Save edit", exact=True).click()
    assert actions == ["save"]
    assert full not in load_ledger(review_project, "es", SLUG).approvals


def test_bulk_approval_needs_this_sessions_preview_and_a_confirmed_count(review_project, serve, context):
    build_previews(review_project, ["es"])  # a current preview on disk, which this reviewer never opened
    base = serve(review_project, "mlopez")
    page = login(context, base)
    assert page.get_by_role("button", name="Approve all after the preview").is_disabled()
    with context.expect_page() as opened:
        page.locator(".bulk").get_by_role("link", name="open the in-context preview").click()
    opened.value.wait_for_load_state()
    page.reload()
    bulk = page.locator(".bulk")
    confirm = bulk.get_by_label("I read the preview and approve these 5 entries")
    actions = posted_actions(page)
    bulk.get_by_role("button", name="Approve all after the preview").click()  # not confirmed: nothing is sent
    assert page.evaluate("document.querySelector('.bulk input[name=confirm_count]').validity.valueMissing")
    confirm.check()
    with page.expect_navigation():
        bulk.get_by_role("button", name="Approve all after the preview").click()
    assert actions == ["bulk"]
    assert len(load_ledger(review_project, "es", SLUG).approvals) == 5


def test_n_skips_a_rejected_entry_and_a_asks_for_confirmation(review_project, serve, context):
    with editing(review_project, "es", SLUG) as work:
        message = next(m for m in messages(work.catalog) if m.id == DRAFT)
        reject_entry(work.catalog, work.ledger, review_project, "jchen", message, "say «la inyección»")
        work.po_changed = True
    page = login(context, serve(review_project, "mlopez"))
    rejected_id = article(page, DRAFT).get_attribute("id")
    page.locator("body").click(position={"x": 5, "y": 5})
    visited = []
    for _ in range(6):
        page.keyboard.press("n")
        visited.append(page.evaluate("document.activeElement.closest('article') && "
                                     "document.activeElement.closest('article').id"))
    assert rejected_id not in visited
    actions = posted_actions(page)
    article(page, DRAFT).locator("header").click()
    page.keyboard.press("a")  # an old page approved the rejected words here, unasked; no key approves now
    assert actions == []
    article(page, DRAFT).get_by_label("I overrule the rejection").check()
    with page.expect_navigation():
        article(page, DRAFT).get_by_role("button", name="Approve", exact=True).click()
    assert state_of(entry(review_project, "es", DRAFT), load_ledger(review_project, "es", SLUG),
                    review_project) is ReviewState.APPROVED


def test_approving_a_rejected_entry_without_the_confirmation_is_refused(review_project, serve, context):
    with editing(review_project, "es", SLUG) as work:
        message = next(m for m in messages(work.catalog) if m.id == DRAFT)
        reject_entry(work.catalog, work.ledger, review_project, "jchen", message, "say «la inyección»")
        work.po_changed = True
    page = login(context, serve(review_project, "mlopez"))
    article(page, DRAFT).get_by_role("button", name="Approve").click()
    page.wait_for_load_state()
    assert "tick “I overrule the rejection”" in article(page, DRAFT).locator(".problem").inner_text()
    assert DRAFT not in load_ledger(review_project, "es", SLUG).approvals


def _far_entry(config) -> str:
    """The English of the last entry, thousands of pixels down, translated by a person."""
    last = list(messages(read_catalog(config.po_path("es", SLUG))))[-1].id
    fill(config, "es", {last: "Pida una revisión en 1-2 semanas o cuando se hayan programado los bloqueos. "
                              "Avísenos lo antes posible si no puede acudir a su cita."})
    return last


def _in_view(page, locator) -> bool:
    box = locator.bounding_box()
    height = page.viewport_size["height"]
    return box is not None and 0 <= box["y"] and box["y"] + box["height"] <= height


def test_after_a_refused_action_the_entry_and_its_message_are_in_view(review_project, serve, context):
    far = _far_entry(review_project)
    page = login(context, serve(review_project, "mlopez"))
    block = article(page, far)
    block.locator("textarea").fill("Pida una revisión en 1-2 semanas.")
    block.get_by_role("button", name="Approve").click()  # refused: the text was changed, not saved
    page.wait_for_load_state()
    problem = article(page, far).locator(".problem")
    assert "save your edit first" in problem.inner_text()
    assert problem.get_attribute("role") == "alert"
    assert page.evaluate("window.scrollY") > 1000  # the old page came back at the top
    assert _in_view(page, problem)
    screenshot(page, "review-refused-in-view")


def test_after_an_action_the_entry_stays_in_view_and_the_result_is_announced(review_project, serve, context):
    far = _far_entry(review_project)
    page = login(context, serve(review_project, "jchen"))
    with page.expect_navigation():
        article(page, far).get_by_role("button", name="Approve").click()
    status = article(page, far).locator(".flash")
    assert status.get_attribute("role") == "status"  # aria-live: a screen reader says it
    assert "Approved entry" in status.inner_text()
    assert _in_view(page, status)


def test_an_override_reason_needs_words_and_is_shown_beside_the_approval(review_project, serve, context):
    english = "A magnesium solution is infused via a pump"
    full = next(m.id for m in messages(read_catalog(review_project.po_path("es", SLUG))) if m.id.startswith(english))
    fill(review_project, "es", {full: "Se infunde una solución de magnesio de 20 mmol con una bomba."})
    page = login(context, serve(review_project, "mlopez"))
    article(page, english).get_by_label("To approve despite the errors", exact=False).fill("ok")
    article(page, english).get_by_role("button", name="Approve").click()
    page.wait_for_load_state()
    assert "needs at least 15 characters" in article(page, english).locator(".problem").inner_text()
    assert full not in load_ledger(review_project, "es", SLUG).approvals
    # What was typed is still there to add to, not cleared by the refusal.
    assert article(page, english).get_by_label("To approve despite the errors", exact=False).input_value() == "ok"
    article(page, english).get_by_label("To approve despite the errors", exact=False).fill(
        "20 mmol is the dose the ward gives")
    with page.expect_navigation():
        article(page, english).get_by_role("button", name="Approve").click()
    shown = article(page, english).locator(".override").inner_text()
    assert "20 mmol is the dose the ward gives" in shown and "mlopez" in shown
    page.goto(page.url.split("#")[0])  # still there on a fresh load, not only in the message
    assert "20 mmol is the dose the ward gives" in article(page, english).locator(".override").inner_text()


def test_the_login_address_opens_one_session_once(review_project, serve, browser):
    base = serve(review_project, "jchen")
    first, second = browser.new_context(), browser.new_context()
    try:
        page = login(first, base)
        assert page.locator("#progress").is_visible()
        again = login(first, base)  # the same browser: its session, not a new one
        assert again.locator("#progress").is_visible()
        other = second.new_page()
        response = other.goto(f"{base}/login?token=test-token")
        assert response is not None and response.status == 403
        assert "was used already" in other.locator("main").inner_text()
        assert other.goto(base + PAGE).status == 403
    finally:
        first.close()
        second.close()


def test_the_login_address_expires_and_so_do_sessions(review_project, serve, browser):
    now = [1000.0]
    base = serve(review_project, "jchen", clock=lambda: now[0])
    late, early = browser.new_context(), browser.new_context()
    try:
        page = login(early, base)
        assert page.locator("#progress").is_visible()
        now[0] += 9 * 3600  # a working day later
        assert page.goto(base + PAGE).status == 403
        assert "expired" in page.locator("main").inner_text()
        expired = late.new_page().goto(f"{base}/login?token=test-token")
        assert expired is not None and expired.status == 403
    finally:
        late.close()
        early.close()


def test_an_unused_login_address_expires_within_minutes(review_project, serve, context):
    now = [1000.0]
    base = serve(review_project, "jchen", clock=lambda: now[0])
    now[0] += 11 * 60
    page = context.new_page()
    response = page.goto(f"{base}/login?token=test-token")
    assert response is not None and response.status == 403
    assert "expired" in page.locator("main").inner_text()
