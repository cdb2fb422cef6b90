"""The review page shows back-translations and suggestions from several engines, in a real browser."""

from __future__ import annotations

import json

from pipeline.catalogs.po import messages, read_catalog, write_catalog
from pipeline.drafting.backtranslate import backtranslate
from pipeline.drafting.draft import DraftOptions, draft
from pipeline.drafting.suggestions import suggest
from pipeline.review.ledger import approve_entries, load_ledger
from pipeline.run import stages
from pipeline.web.app import create_app
from tests.conftest import SLUG
from tests.drafting.conftest import FAST, fake_mt  # noqa: F401  (the loopback translation server, a fixture)
from tests.review.conftest import article, entry, login, screenshot

COPY = "magnesium-copy"
TITLE = "Magnesium Infusions"
HURT = "Will the injection hurt?"
DURATION = "Short infusions can be performed"  # the English says "about 90 minutes"


def prepared(make_project, fake_mt):  # noqa: F811
    """Two leaflets in Spanish: the first drafted by apertium with its title approved, the copy drafted after it.

    Then libre (a loopback LibreTranslate) is asked for suggestions, and apertium
    reads the copy's translations back into English.
    """
    extra = (FAST + 'suggest = ["libre"]\nbacktranslate = ["apertium"]\nallow_online = true\n'
             f'[tool.leaflets.draft.libre]\nurl = "{fake_mt.url}"\n')
    config = make_project(["es"], extra=extra)
    stages.run(config)
    source = config.source_path(SLUG).read_text(encoding="utf-8")
    (config.source_dir / f"{COPY}.md").write_text(source.replace(f"slug: {SLUG}", f"slug: {COPY}"), encoding="utf-8")
    stages.run(config)
    draft(config, DraftOptions(slugs=(SLUG,)))
    path = config.po_path("es", SLUG)
    catalog, ledger = read_catalog(path), load_ledger(config, "es", SLUG)
    assert approve_entries(catalog, ledger, config, "jchen", [m for m in messages(catalog) if m.id == TITLE]).approved
    write_catalog(path, catalog)
    ledger.save()
    draft(config, DraftOptions(slugs=(COPY,)))  # the title from memory, the rest from apertium's cached answers

    # a translator's slip in the copy: 60 minutes where the English says 90
    path = config.po_path("es", COPY)
    catalog = read_catalog(path)
    slip = next(m for m in messages(catalog) if m.id.startswith(DURATION))
    slip.string = slip.string.replace("90", "60")
    write_catalog(path, catalog)

    # libre loses the token of 110mmol/L: its answer is kept as refused
    fake_mt.script = lambda call: ("ok", "es: sin la cifra") if "ECG" in call.text else None
    assert suggest(config, ["es"], [COPY]).ok
    assert backtranslate(config, ["es"], [COPY]).ok
    return config


def test_back_translation_and_suggestions_from_two_engines_on_the_page(make_project, fake_mt, serve,  # noqa: F811
                                                                       context):
    config = prepared(make_project, fake_mt)
    calls = len(fake_mt.calls)
    base = serve(config, "jchen")
    page = login(context, base, f"/review/es/{COPY}")
    assert len(fake_mt.calls) == calls  # the page asks no engine: it reads the draft cache

    # A draft read back into English by apertium, beside the English.
    hurt = article(page, HURT)
    back = hurt.locator(".back")
    assert "Read back into English by apertium" in back.locator(".label").text_content()
    assert "injection" in back.locator(".back-text").inner_text().lower()
    # Suggestions side by side: apertium's (the draft itself) and libre's.
    cards = hurt.locator(".suggestion")
    assert [cards.nth(i).get_attribute("data-by") for i in range(cards.count())] == ["apertium", "libre"]
    assert cards.nth(0).locator(".same").inner_text() == "The current text."
    libre = cards.nth(1)
    assert libre.locator(".text").inner_text() == "es: lliW eht noitcejni truh?"
    box = libre.bounding_box()
    first = cards.nth(0).bounding_box()
    assert box is not None and first is not None and box["y"] == first["y"] and box["x"] > first["x"]  # side by side

    # The translator's slip: the number the back-translation lacks, and the one it has instead, are marked.
    slip = article(page, DURATION)
    differences = slip.locator(".back .differences").inner_text()
    assert "the English has 90; the back-translation does not" in differences
    assert "60" in slip.locator(".back mark").all_inner_texts()

    # A refused answer is shown refused, with the reason, and cannot be taken.
    ecg = article(page, "110mmol/L")
    refused = ecg.locator(".suggestion.refused")
    assert refused.get_attribute("data-by") == "libre"
    assert "Refused: token {1}" in refused.locator(".refusal").inner_text()
    assert refused.get_by_role("button", name="Use in the edit box").count() == 0

    # The memory draft of the title says where its words were approved; approved words come first.
    title = article(page, TITLE)
    assert title.locator(".engine").inner_text().startswith("machine draft by memory")
    assert title.locator(".memory-origin").inner_text() == \
        f"reused from {SLUG}: approved by jchen on 2026-11-23 (drafted by apertium)"
    first_card = title.locator(".suggestion").first
    assert first_card.get_attribute("data-by") == "memory"
    assert first_card.locator(".by").inner_text() == f"Approved in {SLUG} by jchen on 2026-11-23 (drafted by apertium)"
    screenshot(page, "review-back-translation-and-suggestions")

    # Taking libre's suggestion into the edit box and saving it: a signed edit by the reviewer.
    hurt.locator(".suggestion[data-by=libre]").get_by_role("button", name="Use in the edit box").click()
    assert hurt.locator("textarea").input_value() == "es: lliW eht noitcejni truh?"
    hurt.get_by_role("button", name="Save edit", exact=True).click()
    page.wait_for_load_state()
    assert entry(config, "es", HURT, slug=COPY).string == "es: lliW eht noitcejni truh?"
    edits = json.loads(config.ledger_path("es", COPY).read_text(encoding="utf-8"))["edits"]
    assert edits[HURT]["editor"] == "jchen" and edits[HURT]["signature"]


def test_without_a_readable_draft_cache_the_page_shows_the_entries_and_makes_no_cache(review_project):
    app = create_app(review_project, "jchen", access_token="t")
    client = app.test_client()
    client.get("/login?token=t", base_url="http://127.0.0.1:8765")
    cache = review_project.root / review_project.draft.cache
    page = client.get(f"/review/es/{SLUG}", base_url="http://127.0.0.1:8765")
    assert page.status_code == 200 and "¿Dolerá la inyección?" in page.text
    assert 'class="suggestion' not in page.text and 'class="back"' not in page.text
    assert not cache.exists()  # reading the page writes nothing
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(b"not a database")
    page = client.get(f"/review/es/{SLUG}", base_url="http://127.0.0.1:8765")
    assert page.status_code == 200 and "¿Dolerá la inyección?" in page.text
