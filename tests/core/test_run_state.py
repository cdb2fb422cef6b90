"""The run state's loading, the languages' names it keeps, and the garbage collector: what a run freezes, it unfreezes."""

from __future__ import annotations

import gc
import json

import babel
import pytest

from pipeline.catalogs import extract
from pipeline.core import languages
from pipeline.core.config import load_config
from pipeline.core.incremental import STATE_VERSION, frozen_heap, load_state
from pipeline.core.languages import language, remember_names
from pipeline.publish import picker
from pipeline.run import stages
from tests.conftest import SLUG, approve_all, fake_translation, translate_all


def test_frozen_blocks_nest_and_the_outermost_unfreezes_everything():
    assert gc.get_freeze_count() == 0
    with frozen_heap():
        outer = gc.get_freeze_count()
        assert outer > 0
        kept_alive = [[] for _ in range(100)]  # lists: objects the collector tracks
        with frozen_heap():
            assert gc.get_freeze_count() >= outer + len(kept_alive)
        assert gc.get_freeze_count() >= outer + len(kept_alive)  # still frozen: the outer block is not done
    assert gc.get_freeze_count() == 0


def test_a_failing_block_still_unfreezes():
    try:
        with frozen_heap():
            raise RuntimeError("stop")
    except RuntimeError:
        pass
    assert gc.get_freeze_count() == 0


def test_loading_a_state_leaves_the_collector_as_it_found_it(tmp_path):
    path = tmp_path / "state.json"
    path.write_text(json.dumps({"version": STATE_VERSION, "fingerprint": "f", "picker": None, "lines": 1}) + "\n"
                    + json.dumps(["a", RECORD]) + "\n", encoding="utf-8")
    assert gc.isenabled()
    state = load_state(path, "f")
    assert gc.isenabled()
    assert state.leaflets["a"].langs["es"].publication.approved_on == "2026-01-15"
    assert load_state(path, "another fingerprint").leaflets == {}
    path.write_text("{not json", encoding="utf-8")
    assert load_state(path, "f").leaflets == {} and gc.isenabled()
    gc.disable()
    try:
        load_state(path, "f")
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()


RECORD = ["Title", [1, 2, "ab"], None, {"es": [[3, 4, "cd"], None, [[5, 6], None],
                                              [True, "ok", 1, 1, "2026-01-15", None, False]]}]


def test_saving_copies_the_lines_of_records_left_as_read_and_writes_the_others_again(tmp_path):
    path = tmp_path / "state.json"
    # Lines laid out otherwise than leaflets writes them (spaces after the separators): a copied
    # line keeps its spaces, a line written again has none.
    lines = [json.dumps({"version": STATE_VERSION, "fingerprint": "f", "picker": None, "lines": 2}),
             json.dumps(["a", RECORD]), json.dumps(["b", RECORD])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    state = load_state(path, "f")
    assert list(state.leaflets) == ["a", "b"]
    state.leaflets["b"] = state.leaflets["b"]._replace(title="Changed")
    state.save()
    head, kept, written, end = path.read_text(encoding="utf-8").split("\n")
    assert json.loads(head)["lines"] == 2 and kept == lines[1] and ", " in kept
    assert written.startswith('["b",["Changed",[1,2,"ab"],null,') and ", " not in written and end == ""
    assert load_state(path, "f").leaflets["b"].title == "Changed"


def test_a_state_cut_short_or_odd_means_a_full_run_that_still_knows_its_leaflets(tmp_path):
    path = tmp_path / "state.json"
    head = {"version": STATE_VERSION, "fingerprint": "f", "picker": None, "lines": 2}
    cut_at_a_line_end = [json.dumps(head), json.dumps(["a", RECORD])]
    odd_line = [json.dumps(head), json.dumps(["a", RECORD]), json.dumps(["b", ["T", None, None, []]])]
    unreadable_line = [json.dumps(head), json.dumps(["a", RECORD]), '["b", ["T", nul']
    version_7 = [json.dumps({"version": 7, "fingerprint": "f", "picker": None, "leaflets": {"a": RECORD}})]
    for lines in (cut_at_a_line_end, odd_line, unreadable_line, version_7):
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        state = load_state(path, "f")
        assert state.leaflets == {}
        assert state.earlier["a"] == ("Title", ("es",))  # to retire it, were its English gone
    path.write_text("\n".join([json.dumps({**head, "lines": 1}), json.dumps([5, RECORD])]), encoding="utf-8")
    assert load_state(path, "f").leaflets == {} and load_state(path, "other").earlier == {}


def test_a_state_loaded_in_a_frozen_block_is_frozen_with_it_and_one_loaded_outside_is_not(tmp_path):
    path = tmp_path / "state.json"
    lines = [json.dumps({"version": STATE_VERSION, "fingerprint": "f", "picker": None, "lines": 50})]
    lines += [json.dumps([f"leaflet-{n}", RECORD]) for n in range(50)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert len(load_state(path, "f").leaflets) == 50 and gc.get_freeze_count() == 0
    with frozen_heap():
        before = gc.get_freeze_count()
        state = load_state(path, "f")
        assert gc.get_freeze_count() >= before + 50 * 4  # each leaflet's records: tuples, dicts, lists
        assert gc.isenabled() and len(state.leaflets) == 50
    assert gc.get_freeze_count() == 0


def test_a_run_unfreezes_what_it_froze(project):
    stages.run(project)
    assert gc.get_freeze_count() == 0


@pytest.fixture
def new_process(monkeypatch):
    """This process as a new one would start: no language made, no name remembered."""
    monkeypatch.setattr(languages, "_remembered", {})
    language.cache_clear()
    picker.language_label.cache_clear()
    yield
    language.cache_clear()
    picker.language_label.cache_clear()


def test_a_rerun_names_languages_as_the_last_run_found_them_without_babel_locale_data(make_project, new_process,
                                                                                       monkeypatch):
    config = make_project(["es", "de"])  # German has no shipped interface words: its holding page names it
    pyproject = config.root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8").replace('"it", "tr"]', '"it", "tr", "de"]', 1), "utf-8")
    config = load_config(config.root)
    stages.run(config)
    for lang in ("es", "de"):
        translate_all(config, lang, fake_translation)
        approve_all(config, lang)
    stages.run(config)
    names = state_head(config)["picker"][2]
    assert names["de"] == {"native_name": "Deutsch", "english_name": "German", "direction": "ltr"}
    assert names["es"]["native_name"] == "español" and set(names) == {"en", "es", "de"}

    # The next run, in a new process, after the English changed: every language withdrawn, its
    # holding page and the picker made with the names recorded, Babel's locale data never read.
    language.cache_clear()
    picker.language_label.cache_clear()
    monkeypatch.setattr(languages, "_remembered", {})

    def unread(self, *args, **kwargs):
        raise AssertionError(f"{self} read Babel's locale data for a name the run state has")

    monkeypatch.setattr(babel.Locale, "get_display_name", unread)
    monkeypatch.setattr(babel.Locale, "text_direction", property(unread))
    source = config.source_path(SLUG)
    source.write_text(source.read_text(encoding="utf-8").replace("Nerve pain can", "Nerve pain may"), "utf-8")
    report = stages.run(config)
    assert report.failures == []
    held = config.output_path("de", SLUG, ".html").read_text(encoding="utf-8")
    assert 'This notice is not yet available in <bdi lang="de" dir="ltr">Deutsch</bdi>.' in held
    assert "Being updated" in (config.output_dir / "index.html").read_text(encoding="utf-8")


def test_names_recorded_with_other_fields_or_odd_values_are_left_out(new_process):
    remember_names({"de": {"native_name": "Deutsch"}, "es": {"native_name": "castellano", "english_name": "Spanish",
                                                             "direction": "ltr", "plural": 2}})
    remember_names({"fr": {"native_name": None, "english_name": "French", "direction": "ltr"},
                    "it": {"native_name": "italiano", "english_name": "Italian", "direction": "up"},
                    "el": ["ελληνικά", "Greek", "ltr"]})
    remember_names(["not", "a", "table"])
    assert languages._remembered == {}
    remember_names({"es": {"native_name": "castellano", "english_name": "Spanish", "direction": "ltr"}})
    assert language("es").native_name == "castellano"  # taken as recorded: the fingerprint vouches for Babel's version


def test_names_in_a_state_of_other_code_or_settings_are_not_used(project, new_process):
    state_path = project.root / stages.STATE_FILE
    document = state_head(project)
    document["picker"][2]["es"] = {"native_name": "forged", "english_name": "Forged", "direction": "rtl"}
    document["fingerprint"] = "another version's"
    rest = state_path.read_text(encoding="utf-8").split("\n", 1)[1]
    state_path.write_text(json.dumps(document) + "\n" + rest, encoding="utf-8")
    stages.run(project)
    assert language("es").native_name == "español"
    assert state_head(project)["picker"][2]["es"]["native_name"] == "español"


def state_head(config) -> dict:
    """The first line of the run state: its version, fingerprint, picker record and earlier leaflets."""
    return json.loads((config.root / stages.STATE_FILE).read_text(encoding="utf-8").split("\n", 1)[0])


def test_english_saved_again_while_a_run_reads_it_is_built_again_by_the_next_run(make_project, monkeypatch):
    """An editor writes the file in parts; the watch starts a run on the first. The record is of the
    file as it was before this run read it, so the next run sees the rest and builds from it."""
    config = make_project(["es"])
    stages.run(config)
    source = config.source_path(SLUG)
    whole = source.read_text(encoding="utf-8").replace("Nerve pain can", "Nerve pain may")
    half = whole[: whole.index("## ", whole.index("## ") + 1)]  # the file cut after its first section
    source.write_text(half, encoding="utf-8")
    making = extract.template_for

    def make_then_finish_saving(leaflet, config):  # the English was read just before: the editor writes the rest
        source.write_text(whole, encoding="utf-8")
        return making(leaflet, config)

    monkeypatch.setattr(extract, "template_for", make_then_finish_saving)
    stages.run(config)
    monkeypatch.setattr(extract, "template_for", making)
    english = config.output_path("en", SLUG, ".txt")
    assert len(english.read_text(encoding="utf-8")) < len(whole) / 2  # built from the half it read
    again = stages.run(config)
    assert english in again.changed and len(english.read_text(encoding="utf-8")) > len(half)
    assert stages.run(config).changed == []  # and then at rest
