"""`[tool.leaflets…]`: one schema, typed settings, and one-line errors at the bad key's line."""

from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path

import pytest

from pipeline.core.config import (
    BuildOptions,
    Config,
    DraftSettings,
    LintSettings,
    Reviewer,
    ReviewSettings,
    load_config,
)
from pipeline.core.engine_settings import ENGINE_SETTINGS
from pipeline.core.errors import ConfigError
from pipeline.drafting.engines import REGISTRY, EngineContext, create_engine
from pipeline.review import ledger as review
from tests.core.test_signing import _reencoded, make_key
from tests.robustness.helpers import cli

REPO = Path(__file__).resolve().parents[2]

# The [tool.leaflets] table starts on line 4 of every pyproject.toml written here; `extra` on line 6.
# Two real public keys, made for these tests (their private halves were thrown away).
KEY_ONE = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHg4hqcEsQEKk5JcgoU51OlrtumiXfmwHEeTnO4mBShJ"
KEY_TWO = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEdPK7LEobbV3raIxN3aiAEdn/mdZ35zCwS56OJpsn8x"
HEAD = '[project]\nname = "settings-fixture"\n\n[tool.leaflets]\nlanguages = ["es", "zh_Hans"]\n'


def write(root: Path, extra: str) -> Path:
    root.mkdir(exist_ok=True)
    (root / "pyproject.toml").write_text(HEAD + extra + "\n", encoding="utf-8")
    return root


def refusal(tmp_path: Path, extra: str) -> str:
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path / "p", extra))
    message = str(caught.value)
    assert "\n" not in message
    return message.replace(str(tmp_path / "p") + "/", "")


def test_absent_tables_give_the_documented_defaults(tmp_path):
    config = load_config(write(tmp_path / "p", ""))
    assert (config.draft, config.build, config.lint, config.review) == (
        DraftSettings(), BuildOptions(), LintSettings(), ReviewSettings())
    assert config.draft.engines == ("memory", "apertium") and config.draft.in_run is False
    assert config.review.approve_own_edits is False  # the four-eyes rule holds unless switched off
    assert (config.glossary, config.preview_dir, config.publish_threshold) == ("glossary.toml", "dist-preview", 1.0)
    assert config.output_dir == (tmp_path / "p" / "dist").resolve()


def test_every_table_is_read_into_typed_settings(tmp_path):
    (tmp_path / "p" / "terms").mkdir(parents=True)
    (tmp_path / "p" / "terms" / "glossary.toml").write_text("", encoding="utf-8")
    config = load_config(write(tmp_path / "p", """publish_threshold = 0.5
glossary = "terms/glossary.toml"
preview_dir = "review-copies"
base_url = "https://example.org/leaflets/"

[tool.leaflets.thresholds]
default = 0.2
zh_Hans = 1

[tool.leaflets.draft]
engines = ["memory", "libre"]
allow_online = true
retries = 5
timeout = 12

[tool.leaflets.draft.libre]
url = "http://127.0.0.1:5000/"
concurrency = 8
api_key_env = "MY_LIBRE_KEY"

[tool.leaflets.build]
pdf = false
text_width = 60

[tool.leaflets.lint]
max_grade = 9
terms = [["Drip", "infusion"]]

[tool.leaflets.review]
approve_own_edits = true

[[tool.leaflets.reviewers]]
id = "rk"
name = "R. Kaur"
role = "pharmacist"
languages = ["es", "pa_Guru"]
"""))
    assert config.publish_threshold == 0.5
    assert dict(config.thresholds) == {"default": 0.2, "zh_Hans": 1.0}
    assert config.threshold_for("es") == 0.2 and config.threshold_for("zh_Hans") == 1.0
    assert config.glossary == "terms/glossary.toml" and config.preview_dir == "review-copies"
    assert config.draft.engines == ("memory", "libre") and config.draft.allow_online
    assert (config.draft.retries, config.draft.timeout) == (5, 12.0)
    assert dict(config.draft.engine_settings) == {
        "libre": {"url": "http://127.0.0.1:5000/", "concurrency": 8, "api_key_env": "MY_LIBRE_KEY"}}
    assert config.build == BuildOptions(pdf=False, bilingual=True, qr=True, text_width=60)
    assert config.lint == LintSettings(max_grade=9.0, terms=(("drip", "infusion"),))
    assert config.review.approve_own_edits is True and review.approve_own_edits(config) is True
    assert config.reviewers == (Reviewer("rk", "R. Kaur", "pharmacist", ("es", "pa_Guru")),)
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.review.approve_own_edits = False  # type: ignore[misc]


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        # a misspelt key was ignored silently: the threshold stayed at 1.0
        ("publish_treshold = 0.5",
         "pyproject.toml:6: [tool.leaflets] has an unknown setting 'publish_treshold'; did you mean 'publish_threshold'?"),
        # bool is an int in Python: `true` passed for 1
        ("publish_threshold = true", "pyproject.toml:6: [tool.leaflets] publish_threshold must be a number above 0"),
        # any non-empty text was true: "no" switched the four-eyes rule off
        ('\n[tool.leaflets.review]\napprove_own_edits = "no"',
         "pyproject.toml:8: [tool.leaflets.review] approve_own_edits must be true or false"),
        ('\n[tool.leaflets.review]\nallow_own_edits = true',
         ("pyproject.toml:8: [tool.leaflets.review] has an unknown setting 'allow_own_edits'; "
         "did you mean 'approve_own_edits'?")),
        ('[[tool.leaflets.reviewers]]\nid = ""\nname = "A"\nrole = "nurse"\nlanguages = ["es"]',
         "pyproject.toml:7: [[tool.leaflets.reviewers]] #1 id must not be empty"),
        (('[[tool.leaflets.reviewers]]\nid = "a"\nname = "A"\nrole = "nurse"\nlanguages = ["es"]\n'
         '[[tool.leaflets.reviewers]]\nid = "b"\nname = "B"\nrole = "nurse"\nlanguages = 7'),
         "pyproject.toml:15: [[tool.leaflets.reviewers]] #2 languages must be a list of texts"),
        ('[[tool.leaflets.reviewers]]\nid = "a"\nname = "A"\nrole = "nurse"\nlangauges = ["es"]',
         ("pyproject.toml:10: [[tool.leaflets.reviewers]] #1 has an unknown setting 'langauges'; "
         "did you mean 'languages'?")),
        (('[[tool.leaflets.reviewers]]\nid = "a"\nname = "A"\nrole = "nurse"\nlanguages = ["es"]\n'
         '[[tool.leaflets.reviewers]]\nid = "a"\nname = "B"\nrole = "nurse"\nlanguages = ["es"]'),
         "pyproject.toml:12: [[tool.leaflets.reviewers]] #2 id 'a' is listed twice"),
        ('[[tool.leaflets.reviewers]]\nid = "a"\nname = "A"\nlanguages = ["es"]',
         "pyproject.toml:6: [[tool.leaflets.reviewers]] #1 lacks 'role'"),
        ('[[tool.leaflets.reviewers]]\nid = "a"\nname = "A"\nrole = "nurse"\nlanguages = ["sp"]',
         "pyproject.toml:10: [[tool.leaflets.reviewers]] #1 languages: unknown language code 'sp'; did you mean es?"),
        ('[[tool.leaflets.reviewers]]\nid = "a"\nname = "A"\nrole = "nurse"\nlanguages = ["es"]\nkey = "AAAAC3Nz"',
         "pyproject.toml:11: [[tool.leaflets.reviewers]] #1 key must be an OpenSSH public key"),
        (('[[tool.leaflets.reviewers]]\nid = "a"\nname = "A"\nrole = "nurse"\nlanguages = ["es"]\n'
         'key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIbroken a@b"'),
         "pyproject.toml:11: [[tool.leaflets.reviewers]] #1 key is not a valid ssh-ed25519 public key"),
        (('[[tool.leaflets.reviewers]]\nid = "a"\nname = "A"\nrole = "nurse"\nlanguages = ["es"]\n'
         'old_keys = [{key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIbroken"}]'),
         "pyproject.toml:11: [[tool.leaflets.reviewers]] #1 old_keys must be a list like"),
        # one key under two ids: one person could edit as one and approve as the other
        (('[[tool.leaflets.reviewers]]\nid = "a"\nname = "A"\nrole = "nurse"\nlanguages = ["es"]\n'
          f'key = "{KEY_ONE} a@laptop"\n'
          '[[tool.leaflets.reviewers]]\nid = "b"\nname = "B"\nrole = "nurse"\nlanguages = ["es"]\n'
          f'key = "{KEY_TWO}"\nold_keys = [{{key = "{KEY_ONE} b@desk", until = 2026-10-01}}]'),
         ("pyproject.toml:18: [[tool.leaflets.reviewers]] #2 old_keys lists a key that reviewer 'a' lists too: "
         "'a' and 'b' would be one person")),
        (('[[tool.leaflets.reviewers]]\nid = "a"\nname = "A"\nrole = "nurse"\nlanguages = ["es"]\n'
          f'old_keys = [{{key = "{KEY_TWO}", until = 2026-10-01}}]\n'
          '[[tool.leaflets.reviewers]]\nid = "b"\nname = "B"\nrole = "nurse"\nlanguages = ["es"]\n'
          f'key = "{KEY_TWO} b@desk"'),
         ("pyproject.toml:17: [[tool.leaflets.reviewers]] #2 key lists a key that reviewer 'a' lists too: "
         "'a' and 'b' would be one person")),
        ('\n[tool.leaflets.review]\nsignatures = "false"',
         "pyproject.toml:8: [tool.leaflets.review] signatures must be true or false"),
        ('[tool.leaflets.reviewers]\nid = "a"',
         "pyproject.toml:6: [tool.leaflets] reviewers must be tables: [[tool.leaflets.reviewers]]"),
        ('languages2 = ["es"]', "pyproject.toml:6: [tool.leaflets] has an unknown setting 'languages2'"),
        ("\n[tool.leaflets.thresholds]\nes = true", "pyproject.toml:8: [tool.leaflets.thresholds] es must be a number"),
        ("\n[tool.leaflets.thresholds]\nzh_hans = 1.0",
         "pyproject.toml:8: [tool.leaflets.thresholds] zh_hans is not a configured language; did you mean zh_Hans?"),
        ('\n[tool.leaflets.draft.libre]\nurll = "http://127.0.0.1/"',
         "pyproject.toml:8: [tool.leaflets.draft.libre] has an unknown setting 'urll'; did you mean 'url'?"),
        # region is Microsoft's: DeepL does not read it
        ('\n[tool.leaflets.draft.deepl]\nregion = "eu"',
         "pyproject.toml:8: [tool.leaflets.draft.deepl] has an unknown setting 'region'"),
        ("\n[tool.leaflets.draft.libre]\nconcurrency = 0",
         "pyproject.toml:8: [tool.leaflets.draft.libre] concurrency must be a whole number between 1 and 256"),
        ("\n[tool.leaflets.draft.apertium]\nprogram = 3",
         "pyproject.toml:8: [tool.leaflets.draft.apertium] program must be a text"),
        ("\n[tool.leaflets.draft]\ndeepL = {}",
         "pyproject.toml:8: [tool.leaflets.draft] has an unknown setting 'deepL'; did you mean 'deepl'?"),
        ("draft = 3", "pyproject.toml:6: [tool.leaflets] draft must be a table of settings"),
        ('\n[tool.leaflets.build]\npdf = "yes"', "pyproject.toml:8: [tool.leaflets.build] pdf must be true or false"),
        ("\n[tool.leaflets.lint]\nmax_sentence_words = 2.5",
         "pyproject.toml:8: [tool.leaflets.lint] max_sentence_words must be a whole number of at least 1"),
        ('preview_dir = "dist"', "pyproject.toml:6: [tool.leaflets] preview_dir must differ from output_dir"),
        ('preview_dir = "dist/preview"', "pyproject.toml:6: [tool.leaflets] preview_dir must differ from output_dir"),
        ('preview_dir = "."', "pyproject.toml:6: [tool.leaflets] preview_dir must differ from output_dir"),
        ('preview_dir = "../previews"', "pyproject.toml:6: [tool.leaflets] preview_dir must be a folder inside"),
        # the catalogues (drafts, unapproved words) inside the published folder would be published
        ('locales_dir = "dist/po"', "pyproject.toml:6: [tool.leaflets] locales_dir must differ from output_dir"),
        ('output_dir = "locales"', "pyproject.toml:6: [tool.leaflets] output_dir must differ from locales_dir"),
        ('output_dir = "."', "pyproject.toml:6: [tool.leaflets] output_dir must differ from locales_dir"),
        ('source_dir = "dist/en"', "pyproject.toml:6: [tool.leaflets] source_dir must differ from output_dir"),
        ('output_dir = ".leaflets/pages"', "pyproject.toml:6: [tool.leaflets] output_dir must differ from .leaflets"),
        ('languages = "es"', "[tool.leaflets] languages must be a list of texts"),
        # one stage's files read as another's: every leaflet "gone" and its pages withdrawn, or
        # catalogues written among the English, or pages into the repository
        ('source_dir = "locales"', "pyproject.toml:6: [tool.leaflets] source_dir must differ from locales_dir"),
        ('locales_dir = "source"', "pyproject.toml:6: [tool.leaflets] locales_dir must differ from source_dir"),
        ('archive_dir = "locales/old"', "pyproject.toml:6: [tool.leaflets] archive_dir must differ from locales_dir"),
        ('output_dir = ".git"', "pyproject.toml:6: [tool.leaflets] output_dir must not be .git"),
        ('output_dir = "../www"', "pyproject.toml:6: [tool.leaflets] output_dir must be a folder inside the project"),
        ('archive_dir = ".git/archive"', "pyproject.toml:6: [tool.leaflets] archive_dir must not be .git or inside it"),
        ('\n[tool.leaflets.draft]\ncache = "/tmp/elsewhere.sqlite3"',
         "pyproject.toml:8: [tool.leaflets.draft] cache must be a file inside the project"),
        ('\n[tool.leaflets.draft]\ncache = "source"', "pyproject.toml:8: [tool.leaflets.draft] cache must be a file inside"),
        # set and missing, the drug-name checks would run without it
        ('glossary = "nope.toml"', "pyproject.toml:6: [tool.leaflets] glossary names nope.toml, which is not a file"),
        # printed in QR codes: without its scheme a phone reads it as text
        ('base_url = "leaflets.example.org"', "pyproject.toml:6: [tool.leaflets] base_url must be a web address"),
        ('base_url = "ftp://example.org/"', "pyproject.toml:6: [tool.leaflets] base_url must be a web address"),
        ('base_url = "not a url"', "pyproject.toml:6: [tool.leaflets] base_url must be a web address"),
        # a control character passed, and broke the QR code's SVG (and every PDF) with no file or line
        ('base_url = "https://example.org/\\u001b[31m"', "pyproject.toml:6: [tool.leaflets] base_url must be a web address"),
        # the cache named the settings themselves, and its error advised deleting them
        ('\n[tool.leaflets.draft]\ncache = "pyproject.toml"', ("pyproject.toml:8: [tool.leaflets.draft] cache names "
         "pyproject.toml, which is no draft cache: name a file of its own (default .leaflets/cache.sqlite3)")),
        ('\n[tool.leaflets.draft]\ncache = "."', ("pyproject.toml:8: [tool.leaflets.draft] cache names ., which is no "
         "draft cache")),
        # a folder written outside the project passed, and failed at the first write, named as a file
        ('locales_dir = "../shared-locales"',
         "pyproject.toml:6: [tool.leaflets] locales_dir must be a folder inside the project"),
        ('source_dir = "/srv/leaflets"', "pyproject.toml:6: [tool.leaflets] source_dir must be a folder inside the project"),
        # two reviewers whose ids differ only in capitals read as one person in a ledger
        (('[[tool.leaflets.reviewers]]\nid = "jchen"\nname = "A"\nrole = "nurse"\nlanguages = ["es"]\n'
          '[[tool.leaflets.reviewers]]\nid = "JChen"\nname = "B"\nrole = "nurse"\nlanguages = ["es"]'),
         "pyproject.toml:12: [[tool.leaflets.reviewers]] #2 id 'JChen' differs from 'jchen' only in capitals"),
        # TOML's inf (and astronomical numbers) passed, and overflowed the clock in a traceback
        ('\n[tool.leaflets.draft]\ntimeout = inf',
         "pyproject.toml:8: [tool.leaflets.draft] timeout must be a number above 0 and at most 86400"),
        ('\n[tool.leaflets.draft]\nbackoff = 1e300',
         "pyproject.toml:8: [tool.leaflets.draft] backoff must be a number between 0 and 3600"),
        ('\n[tool.leaflets.draft.apertium]\ntimeout = inf', "pyproject.toml:8: [tool.leaflets.draft.apertium] timeout must be"),
        # an engine's server: without the scheme every text was sent and refused as a bad answer (exit 0),
        # a broken IPv6 address or an impossible host name ended the run in a traceback
        ('\n[tool.leaflets.draft.libre]\nurl = "127.0.0.1:5000"',
         "pyproject.toml:8: [tool.leaflets.draft.libre] url must be a web address starting http:// or https://"),
        ('\n[tool.leaflets.draft.openai]\nurl = "http://[fd00::5/v1"',
         "pyproject.toml:8: [tool.leaflets.draft.openai] url is no web address (Invalid IPv6 URL)"),
        ('\n[tool.leaflets.draft.openai]\nurl = "http://localhost:80a/v1"',
         "pyproject.toml:8: [tool.leaflets.draft.openai] url is no web address (Port could not be cast"),
        (f'\n[tool.leaflets.draft.libre]\nurl = "http://{"a" * 70}.example.org/"',
         "pyproject.toml:8: [tool.leaflets.draft.libre] url has a host name no server can have"),
        ('\n[tool.leaflets.draft.libre]\nurl = "ftp://mt.example.org/"',
         "pyproject.toml:8: [tool.leaflets.draft.libre] url must be a web address starting http:// or https://"),
        # tomllib names the line in its message: the error puts it where every error does
        ('in_run = 1\nin_run = 2', "pyproject.toml:7: not valid TOML: Cannot overwrite a value"),
        ('in_run =', "pyproject.toml:6: not valid TOML: Invalid value"),  # "at end of document": its last line
        # Python refuses a NUL in a path: a traceback, and a watch ended
        ('output_dir = "d\\u0000x"',
         "pyproject.toml:6: [tool.leaflets] output_dir must not contain a NUL character (\\u0000)"),
    ],
)
def test_bad_settings_are_one_line_errors_at_their_line(tmp_path, extra, expected):
    if extra.startswith("languages ="):  # replaces the fixture's own list
        root = tmp_path / "p"
        root.mkdir()
        (root / "pyproject.toml").write_text(HEAD.replace('["es", "zh_Hans"]', '"es"'), encoding="utf-8")
        with pytest.raises(ConfigError, match=re.escape("pyproject.toml:5: " + expected)):
            load_config(root)
        return
    assert refusal(tmp_path, extra).startswith(expected)


@pytest.mark.parametrize("text,expected", [
    # the sub-tables alone make a [tool.leaflets] with no languages: every published one would be withdrawn
    ('[tool.leaflet]\nlanguages = ["es"]\n\n[tool.leaflets.draft]\nin_run = true\n',
     "pyproject.toml:1: [tool.leaflet]: did you mean [tool.leaflets]?"),
    ('[tool.leaflets.draft]\nin_run = true\n', "pyproject.toml:1: [tool.leaflets] has no `languages`"),
])
def test_a_misspelt_table_or_no_languages_is_refused_rather_than_withdrawing_every_language(tmp_path, text, expected):
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    assert str(caught.value).replace(f"{tmp_path}/", "").startswith(expected)


def test_a_key_in_an_inline_or_dotted_table_is_found_or_its_table_is(tmp_path):
    assert refusal(tmp_path, "draft.in_run = 1").startswith(
        "pyproject.toml:6: [tool.leaflets.draft] in_run must be true or false")
    assert refusal(tmp_path, 'build = { pdf = "no" }').startswith(
        "pyproject.toml:6: [tool.leaflets.build] pdf must be true or false")
    assert refusal(tmp_path, '"publish_treshold" = 1').startswith(
        "pyproject.toml:6: [tool.leaflets] has an unknown setting 'publish_treshold'")


def test_every_engine_declares_its_settings_and_gets_them(tmp_path):
    assert set(ENGINE_SETTINGS) == set(REGISTRY)
    config = load_config(write(tmp_path / "p", '[tool.leaflets.draft.apertium]\nprogram = "/opt/apertium/bin/apertium"\n'
                                               "timeout = 7\nconcurrency = 3"))
    engine = create_engine("apertium", EngineContext(config, settings=config.draft.engine_settings["apertium"]))
    assert (engine.program, engine.timeout, engine.concurrency) == ("/opt/apertium/bin/apertium", 7.0, 3)


def test_the_shipped_pyproject_and_the_documented_keys_agree():
    load_config(REPO)  # the project's own settings pass the schema
    documented = (REPO / "README.md").read_text(encoding="utf-8") + "".join(
        path.read_text(encoding="utf-8") for path in sorted((REPO / "docs").glob("*.md")))
    tables = {Config: "", DraftSettings: "draft", BuildOptions: "build", LintSettings: "lint",
              ReviewSettings: "review", Reviewer: "reviewers"}
    for schema, table in tables.items():
        keys = [f.name for f in dataclasses.fields(schema)
                if f.name not in ("root", "engine_settings", "draft", "build", "lint", "review")]
        missing = [key for key in keys if f"`{key}`" not in documented and f"\n{key} =" not in documented
                   and f"tool.leaflets.{key}]" not in documented]
        assert not missing, f"[tool.leaflets{'.' + table if table else ''}] keys documented nowhere: {missing}"


def test_a_pyproject_saved_in_latin_1_is_a_one_line_error_at_its_line(tmp_path):
    """An editor that saved "Café" as Latin-1: the line named, not a Python codec traceback."""
    root = tmp_path / "clinic"
    root.mkdir()
    (root / "pyproject.toml").write_bytes(HEAD.encode() + '# Café leaflets\n'.encode("latin-1"))
    result = cli(root, "run")
    assert result.returncode == 1
    assert result.stderr.strip() == ("leaflets: error: pyproject.toml:6: not valid UTF-8 "
                                      "(a TOML file is UTF-8): save it again as UTF-8")


def test_a_web_address_of_an_intranet_and_a_glossary_that_is_there_are_accepted(tmp_path):
    root = write(tmp_path / "p", 'base_url = "http://leaflets/"\nglossary = "terms.toml"')
    (root / "terms.toml").write_text("", encoding="utf-8")
    config = load_config(root)
    assert (config.base_url, config.glossary) == ("http://leaflets/", "terms.toml")


def test_another_tools_table_named_alike_is_left_alone_beside_a_full_leaflets_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.leaflets]\nlanguages = ["es"]\n\n[tool.leaflets_web]\nport = 8000\n',
                                             encoding="utf-8")
    assert load_config(tmp_path).languages == ("es",)


def test_a_misspelt_sub_table_beside_a_full_leaflets_table_is_refused(tmp_path):
    """[tool.leaflet.build] would be ignored: PDFs made where the clinic turned them off."""
    (tmp_path / "pyproject.toml").write_text('[tool.leaflets]\nlanguages = ["es"]\n\n[tool.leaflet.build]\npdf = false\n',
                                             encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[tool.leaflet\]: did you mean \[tool.leaflets\]\?"):
        load_config(tmp_path)


def test_one_rsa_key_written_two_ways_cannot_list_one_person_as_two_reviewers(tmp_path):
    public = make_key(tmp_path, "anna", "rsa").with_suffix(".pub").read_text(encoding="utf-8").strip()
    message = refusal(tmp_path, (
        '[[tool.leaflets.reviewers]]\nid = "anna"\nname = "A"\nrole = "nurse"\nlanguages = ["es"]\n'
        f'key = "{public}"\n'
        '[[tool.leaflets.reviewers]]\nid = "bob"\nname = "B"\nrole = "nurse"\nlanguages = ["es"]\n'
        f'key = "{_reencoded(public)}"'))
    assert message.startswith("pyproject.toml:17: [[tool.leaflets.reviewers]] #2 key is a ssh-rsa key not "
                              "written as ssh-keygen writes it"), message


def test_a_named_pipe_as_the_draft_cache_is_refused_without_waiting_on_it(tmp_path):
    """Reading it to see whether it is a database waited for ever, holding every command."""
    root = write(tmp_path / "p", '\n[tool.leaflets.draft]\ncache = "drafts.db"')
    os.mkfifo(root / "drafts.db")
    with pytest.raises(ConfigError, match="cache names drafts.db, which is no draft cache"):
        load_config(root)
    (root / "drafts.db").unlink()
    (root / "drafts.db").write_bytes(b"")  # an empty file: a cache to be
    assert load_config(root).draft.cache == "drafts.db"
