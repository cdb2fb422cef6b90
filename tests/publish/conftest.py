"""Fixtures for the published editions: a project with approved translations in many scripts,
a real browser (one per test module), and the real validators and fonts.

The translations are fixture text written for these tests in each script (real
words, not transliterations), approved by the fixture reviewer.
"""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from pipeline.core.config import Config, load_config
from pipeline.run import stages
from tests.conftest import RAW_LEAFLET, REPO, SLUG, approve_all, translate_all, write_pyproject

ARTIFACTS = REPO / "test-artifacts" / "outputs"
NODE = REPO / "tests" / "node" / "node_modules"
VNU = NODE / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE = NODE / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
CHROMIUM = Path("/usr/bin/chromium")  # Debian's: Playwright's own browser download is not used
# What a test says when a tool it runs is not there: a message, not a FileNotFoundError.
SETUP = "run `bash scripts/test`, which installs Java, Chromium and the npm packages in tests/node first"
BASE_URL = "https://leaflets.example.org/patient/"
LIST_SLUG = "fasting-before-surgery"


@dataclass(frozen=True)
class Sample:
    """Fixture text in one language: a title, a question, a plain sentence, one with numbers, one with emphasis."""

    title: str
    question: str
    sentence: str
    numbers: str
    emphasis: str


SAMPLES: dict[str, Sample] = {
    "ar": Sample(
        "تسريب المغنيسيوم الوريدي",
        "هل سيؤلمني الحقن؟",
        "يُعطى محلول المغنيسيوم عبر مضخة موصولة بأنبوب رفيع وإبرة توضع عادة في الساعد.",
        "يستغرق التسريب القصير نحو 90 دقيقة. يرجى ترتيب موعد مراجعة خلال 1-2 أسابيع، أو الاتصال على +61 2 9382 1234.",
        "من الضروري أن يرافقك شخص إلى المنزل، و**لا** تمارس أي نشاط شاق حتى اليوم التالي.",
    ),
    "fa": Sample(
        "تزریق وریدی منیزیم",
        "آیا تزریق دردناک است؟",
        "محلول منیزیم با یک پمپ و از راه لوله‌ای نازک به سوزنی که معمولاً در ساعد قرار می‌گیرد تزریق می‌شود.",
        "تزریق کوتاه حدود ۹۰ دقیقه طول می‌کشد. لطفاً ظرف 1-2 هفته وقت بازبینی بگیرید یا با +61 2 9382 1234 تماس بگیرید.",
        "ضروری است کسی شما را به خانه ببرد و تا روز بعد **هیچ** فعالیت سنگینی انجام ندهید.",
    ),
    "zh_Hans": Sample(
        "镁输注",
        "注射会痛吗？",
        "镁溶液通过输液泵经细管和针头输入体内，针头通常插在前臂。",
        "短时输注可在门诊进行，约需90分钟。请在1-2周内安排复诊，或致电+61 2 9382 1234。",
        "必须有人接您回家并陪您过第一晚，次日之前**切勿**进行剧烈运动。",
    ),
    "zh_Hant": Sample(
        "鎂輸注",
        "注射會痛嗎？",
        "鎂溶液透過輸液泵經細管和針頭輸入體內，針頭通常插在前臂。",
        "短時輸注可在門診進行，約需90分鐘。請在1-2週內安排複診，或致電+61 2 9382 1234。",
        "必須有人接您回家並陪您度過第一晚，翌日之前**切勿**進行劇烈運動。",
    ),
    "pa_Guru": Sample(
        "ਮੈਗਨੀਸ਼ੀਅਮ ਇਨਫਿਊਜ਼ਨ",
        "ਕੀ ਟੀਕੇ ਨਾਲ ਦਰਦ ਹੋਵੇਗਾ?",
        "ਮੈਗਨੀਸ਼ੀਅਮ ਦਾ ਘੋਲ ਇੱਕ ਪੰਪ ਰਾਹੀਂ ਪਤਲੀ ਨਲੀ ਅਤੇ ਸੂਈ ਨਾਲ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ, ਜੋ ਆਮ ਤੌਰ 'ਤੇ ਬਾਂਹ ਵਿੱਚ ਲਗਾਈ ਜਾਂਦੀ ਹੈ।",
        "ਛੋਟਾ ਇਨਫਿਊਜ਼ਨ ਲਗਭਗ 90 ਮਿੰਟ ਲੈਂਦਾ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ 1-2 ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਮੁਲਾਕਾਤ ਬਣਾਓ ਜਾਂ +61 2 9382 1234 'ਤੇ ਫ਼ੋਨ ਕਰੋ।",
        "ਇਹ ਜ਼ਰੂਰੀ ਹੈ ਕਿ ਕੋਈ ਤੁਹਾਨੂੰ ਘਰ ਲੈ ਜਾਵੇ, ਅਤੇ ਅਗਲੇ ਦਿਨ ਤੱਕ ਭਾਰੀ ਕਸਰਤ **ਨਾ** ਕਰੋ।",
    ),
    "vi": Sample(
        "Truyền magiê",
        "Tiêm có đau không?",
        "Dung dịch magiê được truyền qua một máy bơm nối với ống nhỏ và kim, thường được đặt ở cẳng tay.",
        "Truyền ngắn mất khoảng 90 phút. Vui lòng hẹn tái khám trong 1-2 tuần hoặc gọi +61 2 9382 1234.",
        "Cần có người đưa quý vị về nhà và **KHÔNG** tập thể dục gắng sức cho đến ngày hôm sau.",
    ),
    "el": Sample(
        "Εγχύσεις μαγνησίου",
        "Θα πονέσει η ένεση;",
        "Το διάλυμα μαγνησίου χορηγείται με αντλία συνδεδεμένη με λεπτό σωληνάκι και βελόνα, συνήθως στον πήχη.",
        "Οι σύντομες εγχύσεις διαρκούν περίπου 90 λεπτά. Κλείστε ραντεβού σε 1-2 εβδομάδες ή καλέστε στο +61 2 9382 1234.",
        "Είναι απαραίτητο να σας συνοδεύσει κάποιος στο σπίτι και **ΜΗΝ** κάνετε έντονη άσκηση ως την επομένη.",
    ),
}

# A translation full of HTML: it must come out as text, never as markup.
HOSTILE = '<script>alert("x")</script> & <b>bold</b> <img src=x onerror=alert(1)> "quoted" \'single\''


def sample_translation(lang: str) -> Callable[[str], str]:
    """Real text in ``lang`` for each English block, each block told apart by a number in brackets."""
    sample = SAMPLES[lang]
    counter = itertools.count(1)

    def translate(english: str) -> str:
        if english == "Magnesium Infusions":
            return sample.title
        n = next(counter)
        if english.endswith("?"):
            text = sample.question
        elif "DO NOT" in english:
            text = sample.emphasis
        elif re.search(r"\d", english):
            text = sample.numbers
        else:
            text = sample.sentence
        return f"{text} [{n}]"

    return translate


LIST_LEAFLET = """---
slug: fasting-before-surgery
title: Fasting before your operation
version: 2.1
date: 2026-10-01
---

# Fasting before your operation

## What must I do before I come in?

On the day of your operation:

- **DO NOT** eat anything for 6 hours before your admission time.
- You may drink water until 2 hours before.
- Take your usual tablets with a sip of water.

If you are unsure, call the pre-admission clinic on (02) 9382 1234.
"""

LIST_TRANSLATIONS = {
    "ar": {
        "Fasting before your operation": "الصيام قبل العملية",
        "What must I do before I come in?": "ماذا يجب أن أفعل قبل الحضور؟",
        "On the day of your operation:": "في يوم العملية:",
        "**DO NOT** eat anything for 6 hours before your admission time.":
            "**لا** تأكل أي شيء لمدة 6 ساعات قبل موعد دخولك.",
        "You may drink water until 2 hours before.": "يمكنك شرب الماء حتى ساعتين قبل الموعد.",
        "Take your usual tablets with a sip of water.": "تناول أقراصك المعتادة مع رشفة ماء.",
        "If you are unsure, call the pre-admission clinic on (02) 9382 1234.":
            "إذا لم تكن متأكدًا، اتصل بعيادة ما قبل الدخول على (02) 9382 1234.",
    },
    "zh_Hans": {
        "Fasting before your operation": "手术前禁食",
        "What must I do before I come in?": "入院前我需要做什么？",
        "On the day of your operation:": "手术当天：",
        "**DO NOT** eat anything for 6 hours before your admission time.": "入院前6小时内**切勿**进食。",
        "You may drink water until 2 hours before.": "入院前2小时之前可以喝水。",
        "Take your usual tablets with a sip of water.": "用一小口水服用您平常的药片。",
        "If you are unsure, call the pre-admission clinic on (02) 9382 1234.":
            "如有疑问，请致电入院前诊所 (02) 9382 1234。",
    },
}

LANGUAGES = ["ar", "fa", "zh_Hans", "zh_Hant", "pa_Guru", "vi", "el", "es", "it"]


def make_outputs_project(root: Path, languages: list[str], extra: str = "") -> Config:
    """A project with the magnesium leaflet (and the list leaflet), POT and PO files written."""
    (root / "source" / "raw").mkdir(parents=True)
    shutil.copy(RAW_LEAFLET, root / "source" / "raw" / RAW_LEAFLET.name)
    (root / "source" / f"{LIST_SLUG}.md").write_text(LIST_LEAFLET, encoding="utf-8")
    write_pyproject(root, languages, f'base_url = "{BASE_URL}"\n{extra}')
    config = load_config(root)
    stages.run(config)
    return config


def publish(config: Config, lang: str, translate: Callable[[str], str], slug: str = SLUG) -> None:
    translate_all(config, lang, translate, slug)
    approve_all(config, lang, slug=slug)


@pytest.fixture(scope="session")
def published(tmp_path_factory) -> Config:
    """Published: every sample language, Spanish with hostile markup; the list leaflet in ar and zh_Hans.

    Italian is translated but not approved: it must appear nowhere. Read only: tests that
    change a project make their own.
    """
    config = make_outputs_project(tmp_path_factory.mktemp("outputs") / "project", LANGUAGES)
    for lang in SAMPLES:
        publish(config, lang, sample_translation(lang))
    publish(config, "es", lambda english: f"{HOSTILE} {english}")
    translate_all(config, "it", lambda english: f"Traduzione non approvata: {english}")
    for lang, table in LIST_TRANSLATIONS.items():
        publish(config, lang, table.__getitem__, slug=LIST_SLUG)
    stages.build_all(config)
    return config


# -- a real browser, one per test module ---------------------------------------------


def installed(path: Path, what: str) -> Path:
    """``path``, or a failed test that says what to install."""
    if not path.is_file():
        pytest.fail(f"{what} is not installed ({path} is missing): {SETUP}", pytrace=False)
    return path


def vnu_command() -> list[str]:
    """The command that runs the Nu Html Checker, or a failed test that says what to install."""
    java = shutil.which("java")
    if java is None:
        pytest.fail(f"java is not on PATH (the Nu Html Checker runs on Java): {SETUP}", pytrace=False)
    return [java, "-jar", str(installed(VNU, "the Nu Html Checker (npm package vnu-jar)"))]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = installed(CHROMIUM, "Chromium")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(executable), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1000, "height": 1300})
    page = context.new_page()
    yield page
    context.close()


def axe_violations(page: Page) -> list[dict]:
    page.add_script_tag(path=str(installed(AXE, "axe-core (npm package)")))
    return page.evaluate(
        """async () => (await axe.run(document, {resultTypes: ["violations"]})).violations
            .map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(" "))}))"""
    )


# -- fonts, through fontconfig ----------------------------------------------------------


@cache
def font_charset(family: str) -> frozenset[int]:
    """Code points the installed fonts of ``family`` cover, per fontconfig (empty when not installed)."""
    out = subprocess.run(["fc-list", "--format", "%{family}\t%{charset}\n", f":family={family}"],
                         capture_output=True, text=True, check=True).stdout
    points: set[int] = set()
    for line in out.splitlines():
        families, _, charset = line.partition("\t")
        if family not in families.split(","):
            continue
        for part in charset.split():
            first, _, last = part.partition("-")
            points.update(range(int(first, 16), int(last or first, 16) + 1))
    return frozenset(points)


def stack_families(css: str, lang_selector: str) -> list[str]:
    """The font families the page's CSS names for ``:lang(X)``, in order."""
    match = re.search(r":lang\(" + re.escape(lang_selector) + r"\)[^{]*\{\s*font-family:([^;]+);", css)
    assert match, f"no font stack for :lang({lang_selector})"
    return [name.strip().strip('"') for name in match[1].split(",")]
