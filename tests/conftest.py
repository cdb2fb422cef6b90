"""Shared fixtures: small leaflets projects on disk, built under tmp_path."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

from pipeline.catalogs.po import messages, read_catalog, write_catalog
from pipeline.core.config import Config, load_config
from pipeline.review.ledger import approve, load_ledger
from pipeline.run import stages

REPO = Path(__file__).resolve().parent.parent
RAW_LEAFLET = REPO / "source" / "raw" / "magnesium-infusions.txt"
SLUG = "magnesium-infusions"
GOLDEN = Path(__file__).resolve().parent / "golden"

# Fixed "now" for every test: dates in catalogues, ledgers and stamps are reproducible.
os.environ["SOURCE_DATE_EPOCH"] = "1795392000"  # 2026-11-23 00:00 UTC

# Property tests try the same examples on every run (a clean clone is green or red for a reason,
# not by the draw); HYPOTHESIS_PROFILE=explore draws new ones, to look for what they have not met yet.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

REVIEWERS_TOML = """
[[tool.leaflets.reviewers]]
id = "jchen"
name = "Dr J. Chen"
role = "pain physician"
languages = ["zh_Hans", "zh_Hant", "es", "ar", "fa", "pa_Guru", "vi", "el", "it", "tr"]
key = "{jchen}"

[[tool.leaflets.reviewers]]
id = "mlopez"
name = "M. López"
role = "clinical nurse consultant"
languages = ["es"]
key = "{mlopez}"
"""
KEYS: dict[str, Path] = {}  # each fixture reviewer's private key, made by the session's reviewer_keys


def make_key(folder: Path, name: str) -> Path:
    """A new Ed25519 key pair without a passphrase, as a clinician makes one; the private key's path."""
    path = folder / name
    subprocess.run(["ssh-keygen", "-t", "ed25519", "-N", "", "-C", f"{name}@test", "-q", "-f", str(path)], check=True)
    return path


def public_key(reviewer: str) -> str:
    """The one line of ``reviewer``'s .pub file, as pyproject.toml lists it."""
    return KEYS[reviewer].with_suffix(".pub").read_text(encoding="utf-8").strip()


def reviewers_toml() -> str:
    return REVIEWERS_TOML.format(jchen=public_key("jchen"), mlopez=public_key("mlopez"))


@pytest.fixture(scope="session", autouse=True)
def reviewer_keys(tmp_path_factory) -> dict[str, Path]:
    """jchen's and mlopez's keys, made with ssh-keygen and held by a real ssh-agent for the whole session.

    Review actions sign with the key the agent holds for the reviewer, as on a
    clinician's laptop; SSH_AUTH_SOCK is inherited by the CLI's subprocesses.
    """
    folder = tmp_path_factory.mktemp("keys")
    for name in ("jchen", "mlopez"):
        KEYS[name] = make_key(folder, name)
    socket_path = str(folder / "agent.sock")
    agent = subprocess.Popen(["ssh-agent", "-D", "-a", socket_path], stdout=subprocess.DEVNULL)
    while not os.path.exists(socket_path) and agent.poll() is None:
        time.sleep(0.01)
    saved = {name: os.environ.get(name) for name in ("SSH_AUTH_SOCK", "LEAFLETS_SIGNING_KEY")}
    os.environ["SSH_AUTH_SOCK"] = socket_path
    os.environ.pop("LEAFLETS_SIGNING_KEY", None)
    for path in KEYS.values():
        subprocess.run(["ssh-add", "-q", str(path)], check=True, capture_output=True)
    yield KEYS
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    os.kill(agent.pid, signal.SIGTERM)
    agent.wait()


def write_pyproject(root: Path, languages: list[str], extra: str = "", reviewers: bool = True) -> None:
    langs = ", ".join(f'"{code}"' for code in languages)
    text = f"""[project]
name = "fixture-leaflets"
version = "0"

[tool.leaflets]
languages = [{langs}]
{extra}
"""
    if reviewers:
        text += reviewers_toml()
    (root / "pyproject.toml").write_text(text, encoding="utf-8")


@pytest.fixture
def make_project(tmp_path: Path) -> Callable[..., Config]:
    """Create a project folder with the magnesium leaflet's raw text; return its Config."""

    def make(languages: list[str] | None = None, extra: str = "", reviewers: bool = True,
             name: str = "project") -> Config:
        root = tmp_path / name
        (root / "source" / "raw").mkdir(parents=True)
        shutil.copy(RAW_LEAFLET, root / "source" / "raw" / RAW_LEAFLET.name)
        write_pyproject(root, languages if languages is not None else ["es", "ar", "zh_Hans"], extra, reviewers)
        return load_config(root)

    return make


@pytest.fixture
def project(make_project) -> Config:
    """A project after `leaflets run`: Markdown, POT and PO files, English outputs."""
    config = make_project()
    stages.run(config)
    return config


def translate_all(config: Config, lang: str, translate: Callable[[str], str], slug: str = SLUG) -> None:
    """Fill every entry of ``lang``'s catalogue with ``translate(english)``, not fuzzy."""
    path = config.po_path(lang, slug)
    catalog = read_catalog(path)
    for message in messages(catalog):
        message.string = translate(message.id)
        message.flags.discard("fuzzy")
    write_catalog(path, catalog)


# The stand-in translations below fail the checks (English left in): approving them overrides that.
STAND_IN = "stand-in test translation, not for patients"


def approve_all(config: Config, lang: str, reviewer: str = "jchen", slug: str = SLUG, override: str = STAND_IN) -> int:
    """Approve every translated entry, overriding what the checks find with ``override`` ("": no override)."""
    catalog = read_catalog(config.po_path(lang, slug))
    ledger = load_ledger(config, lang, slug)
    approved = approve(catalog, ledger, config, reviewer, override=override)
    ledger.save()
    return len(approved)


def fake_translation(lang: str) -> Callable[[str], str]:
    """A recognisable stand-in translation for tests: the English tagged with the language."""
    return lambda english: f"[{lang}] {english}"
