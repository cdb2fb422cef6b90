"""Request-level rules of the review app (Flask's test client): hosts, origins, tokens, stale or altered forms."""

from __future__ import annotations

import os
import re

import pytest

from pipeline.catalogs.po import messages, read_catalog
from pipeline.review.ledger import load_ledger
from pipeline.web.app import create_app, diff_html
from tests.conftest import SLUG

PAGE = f"/review/es/{SLUG}"
ORIGIN = "http://127.0.0.1:8765"


@pytest.fixture
def client(review_project):
    app = create_app(review_project, "jchen", access_token="t")
    client = app.test_client()
    client.get("/login?token=t", base_url=ORIGIN)
    return client


def form_for(client, english: str) -> dict[str, str]:
    html = client.get(PAGE, base_url=ORIGIN).text
    article = next(a for a in html.split("<article")[1:] if f"<p>{english}</p>" in a)
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', article))
    fields["translation"] = re.search(r"<textarea[^>]*>(.*?)</textarea>", article, re.DOTALL)[1]
    return fields


def post(client, data, **headers):
    return client.post(PAGE, data=data, base_url=ORIGIN, headers={"Origin": ORIGIN, **headers})


def test_a_same_origin_form_with_the_session_token_is_accepted(client, review_project):
    response = post(client, {**form_for(client, "Will the injection hurt?"), "action": "approve"})
    assert response.status_code == 303 and re.search(r"/review/es/magnesium-infusions#e\d+$", response.headers["Location"])
    assert "Will the injection hurt?" in load_ledger(review_project, "es", SLUG).approvals


@pytest.mark.parametrize("headers, reason", [
    ({"Origin": "http://127.0.0.1:9999"}, "Origin http://127.0.0.1:9999 is not"),
    ({"Origin": ORIGIN, "Sec-Fetch-Site": "same-site"}, "Sec-Fetch-Site is same-site"),
    ({"Referer": "http://evil.example/page"}, "Referer is another origin"),
])
def test_other_origins_are_refused(client, review_project, headers, reason):
    data = {**form_for(client, "Will the injection hurt?"), "action": "approve"}
    response = client.post(PAGE, data=data, base_url=ORIGIN, headers=headers)
    assert response.status_code == 403 and reason in response.text
    assert not review_project.ledger_path("es", SLUG).exists()


def test_a_post_with_neither_origin_nor_referer_is_refused(client, review_project):
    data = {**form_for(client, "Will the injection hurt?"), "action": "approve"}
    response = client.post(PAGE, data=data, base_url=ORIGIN)
    assert response.status_code == 403 and "no Origin or Referer header" in response.text


def test_another_host_name_is_refused(client):
    response = client.get(PAGE, base_url="http://rebound.example:8765")
    assert response.status_code == 400 and "Bad Request" in response.text


def test_approve_with_changed_text_is_refused_and_the_typed_text_kept(client, review_project):
    data = {**form_for(client, "Will the injection hurt?"), "action": "approve", "translation": "¿Dolerá?"}
    response = post(client, data)
    assert response.status_code == 409 and "save your edit first" in response.text
    assert "¿Dolerá?</textarea>" in response.text
    assert not review_project.ledger_path("es", SLUG).exists()


def test_unknown_language_leaflet_and_action_are_clear_errors(client):
    assert "not one of your review languages" in client.get(f"/review/el/{SLUG}", base_url=ORIGIN).text
    assert client.get("/review/es/no-such-leaflet", base_url=ORIGIN).status_code == 404
    response = post(client, {**form_for(client, "Will the injection hurt?"), "action": "publish"})
    assert response.status_code == 400 and "Unknown action" in response.text


def test_pages_carry_a_strict_content_security_policy(client):
    response = client.get(PAGE, base_url=ORIGIN)
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy
    nonce = re.search(r"'nonce-([^']+)'", policy)[1]
    assert f'<script nonce="{nonce}">' in response.text


def test_diff_marks_whole_changed_phrases():
    assert str(diff_html("take about 90 minutes.", "take about 2 hours.")) == \
        "take about <del>90 minutes</del><ins>2 hours</ins>."
    assert str(diff_html("a <b>", "a")) == "a<del> &lt;b&gt;</del>"


def test_approve_all_is_refused_unless_this_session_opened_the_current_preview(client, review_project):
    from pipeline.run.preview import build_previews, read_preview_record

    build_previews(review_project, ["es"])  # on disk, but this session never opened it
    record = read_preview_record(review_project, "es", SLUG)
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', client.get(PAGE, base_url=ORIGIN).text)[1]
    data = {"csrf_token": csrf, "action": "bulk", "preview_sha256": record.html_sha256, "confirm_count": "5"}
    refused = client.post(PAGE + "/bulk", data=data, base_url=ORIGIN, headers={"Origin": ORIGIN})
    assert refused.status_code == 409 and "opened in this session" in refused.text
    assert not load_ledger(review_project, "es", SLUG).approvals
    client.get(f"/preview/es/{SLUG}", base_url=ORIGIN)
    miscounted = client.post(PAGE + "/bulk", data={**data, "confirm_count": "4"}, base_url=ORIGIN,
                             headers={"Origin": ORIGIN})
    assert miscounted.status_code == 409 and "confirm the number of entries to approve (5)" in miscounted.text
    done = client.post(PAGE + "/bulk", data=data, base_url=ORIGIN, headers={"Origin": ORIGIN})
    assert done.status_code == 303
    assert len(load_ledger(review_project, "es", SLUG).approvals) == 5


@pytest.mark.parametrize("field,value,said", [
    ("translation", "¿Dolerá\x00 la inyección?", "the translation holds a control character (U+0000)"),
    ("translation", "镁" * 20_000, "the translation has 20,000 characters, more than"),
    ("reason", "see\x1b[31m here", "the reason holds a control character (U+001B)"),
])
def test_a_control_character_or_a_runaway_paste_is_refused_before_anything_is_written(client, review_project,
                                                                                   field, value, said):
    po = review_project.po_path("es", SLUG)
    before = po.read_bytes()
    action = "save" if field == "translation" else "reject"
    response = post(client, {**form_for(client, "Will the injection hurt?"), "action": action, field: value})
    assert response.status_code == 409 and said in response.text
    assert po.read_bytes() == before  # the catalogue still reads, in every tool
    assert client.get(PAGE, base_url=ORIGIN).status_code == 200


def test_an_action_on_an_entry_the_page_no_longer_has_says_why_at_the_top(client, review_project):
    data = {**form_for(client, "Will the injection hurt?"), "action": "approve", "key": "English changed since"}
    response = post(client, data)
    assert response.status_code == 409
    assert "no such entry in es" in response.text and "reload" in response.text


def test_words_typed_for_an_entry_the_page_no_longer_has_are_shown_to_copy(client, review_project):
    data = {**form_for(client, "Will the injection hurt?"), "action": "save", "key": "English changed since",
            "translation": "MI TRADUCCIÓN CUIDADOSA"}
    response = post(client, data)
    assert response.status_code == 409 and "Your words, to copy before you reload: MI TRADUCCIÓN CUIDADOSA" in response.text


def test_a_line_break_pasted_from_a_word_processor_is_a_line_break(client, review_project):
    data = {**form_for(client, "Will the injection hurt?"), "action": "save", "translation": "¿Dolerá\x0bla inyección?"}
    assert post(client, data).status_code == 303
    assert any(m.string == "¿Dolerá\nla inyección?" for m in messages(read_catalog(review_project.po_path("es", SLUG))))


def test_a_save_on_the_review_page_never_writes_through_a_link_out_of_the_project(review_project, tmp_path):
    """The review server writes without the project lock's record of the project: a catalogue that is a link
    leading out is not written through (the file outside is left as it was)."""
    outside = tmp_path / "outside"
    outside.mkdir()
    po = review_project.po_path("es", SLUG)
    os.replace(po, outside / "es.po")
    po.symlink_to(outside / "es.po")
    before = (outside / "es.po").read_bytes()
    app = create_app(review_project, "jchen", access_token="t")
    client = app.test_client()
    client.get("/login?token=t", base_url=ORIGIN)
    post(client, {**form_for(client, "Will the injection hurt?"), "action": "save", "translation": "OTRA COSA"})
    assert (outside / "es.po").read_bytes() == before


def test_a_refusal_in_the_waiting_view_keeps_its_entry_in_view_with_the_reason_and_the_typed_words(client,
                                                                                                   review_project):
    """An entry approved meanwhile waits no more: the waiting view dropped it with its refusal and the words typed."""
    app = create_app(review_project, "mlopez", access_token="m")
    other = app.test_client()
    other.get("/login?token=m", base_url=ORIGIN)
    stale = form_for(other, "Will the injection hurt?")  # mlopez's tab, opened before the edit
    edited = {**form_for(client, "Will the injection hurt?"), "action": "save", "translation": "¿Duele la inyección?"}
    assert post(client, edited).status_code == 303  # jchen edits
    approved = post(other, {**form_for(other, "Will the injection hurt?"), "action": "approve"})
    assert approved.status_code == 303
    other.get(approved.headers["Location"], base_url=ORIGIN)  # its result shown (and so no longer pending)
    response = other.post(f"{PAGE}?show=waiting", data={**stale, "action": "save", "translation": "MIS PALABRAS"},
                          base_url=ORIGIN, headers={"Origin": ORIGIN})
    assert response.status_code == 409
    assert "changed since you loaded the page" in response.text and "MIS PALABRAS" in response.text
