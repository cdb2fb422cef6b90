"""Fixtures for the review tests: a fixture project with drafts, a live review server, one browser per module."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from pipeline.catalogs.po import messages, read_catalog, write_catalog
from pipeline.core.config import Config
from pipeline.run import stages
from pipeline.web.app import create_app
from tests.conftest import REPO, SLUG

ARTIFACTS = REPO / "test-artifacts" / "review"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]

# Translations a clinician might see: correct ones pass every check.
SPANISH = {
    "Magnesium Infusions": "Infusiones de magnesio",
    "Will the injection hurt?": "¿Dolerá la inyección?",
    "Who should not have a magnesium infusion?": "¿Quién no debe recibir una infusión de magnesio?",
    "How is the Infusion Performed?": "¿Cómo se realiza la infusión?",
    "What happens during the infusion?": "¿Qué ocurre durante la infusión?",
}
ARABIC = {
    "Magnesium Infusions": "حقن المغنيسيوم الوريدية",
    "Will the injection hurt?": "هل ستؤلم الحقنة؟",
    "How is the Infusion Performed?": "كيف يتم إجراء التسريب؟",
}
PERSIAN = {
    "Magnesium Infusions": "تزریق وریدی منیزیم",
    "Will the injection hurt?": "آیا تزریق درد دارد؟",
}
DRAFT_COMMENT = "leaflets-draft: engine=apertium date=2026-01-05"


def fill(config: Config, lang: str, translations: dict[str, str], *, fuzzy: bool = False,
         comment: str | None = None, slug: str = SLUG) -> None:
    """Write ``translations`` (English -> text) into ``lang``'s catalogue, as drafts when ``fuzzy``."""
    path = config.po_path(lang, slug)
    catalog = read_catalog(path)
    for message in messages(catalog):
        if message.id in translations:
            message.string = translations[message.id]
            if fuzzy:
                message.flags.add("fuzzy")
            else:
                message.flags.discard("fuzzy")
            if comment:
                message.user_comments = [comment]
    write_catalog(path, catalog)


def entry(config: Config, lang: str, english: str, slug: str = SLUG):
    return next(m for m in messages(read_catalog(config.po_path(lang, slug))) if m.id == english)


@pytest.fixture
def review_project(make_project) -> Config:
    """Spanish, Arabic and Persian catalogues with a few drafts and translations, nothing approved."""
    config = make_project(["es", "ar", "fa"])
    stages.run(config)
    fill(config, "es", dict(list(SPANISH.items())[:3]), fuzzy=True, comment=DRAFT_COMMENT)
    fill(config, "es", dict(list(SPANISH.items())[3:]))
    fill(config, "ar", ARABIC, fuzzy=True, comment=DRAFT_COMMENT)
    fill(config, "fa", PERSIAN)
    return config


@pytest.fixture
def serve() -> Iterator[Callable[..., str]]:
    """Start the review app for a reviewer on a free loopback port; return the login URL."""
    servers = []

    def start(config: Config, reviewer: str = "jchen", **options) -> str:
        app = create_app(config, reviewer, access_token="test-token", **options)
        server = make_server("127.0.0.1", 0, app, threaded=True)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        servers.append((server, thread))
        return f"http://127.0.0.1:{server.server_port}"

    yield start
    for server, thread in servers:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context
    context.close()


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def login(context, base: str, path: str = f"/review/es/{SLUG}"):
    """A browser page signed in to the review server at ``base`` (its one-time test token), opened at ``path``."""
    page = context.new_page()
    page.goto(f"{base}/login?token=test-token")
    page.goto(base + path)
    return page


def article(page, english: str):
    """The review page's entry for ``english``."""
    return page.locator("article.entry", has=page.locator(".english p", has_text=english))
