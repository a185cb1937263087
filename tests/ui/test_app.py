from pathlib import Path

from tests.records import put

from memoryapp.core.ids import new_item_id
from memoryapp.core.items import Item
from memoryapp.library import Library
from memoryapp.library import sample as sample_module
from memoryapp.ui.app import choose_collection, create_application


def _shipped_sample(tmp_path: Path) -> Path:
    source = tmp_path / "shipped"
    with Library.create(source, title="Sample") as lib:
        put(lib, Item(id=new_item_id(), title="Henna in Tinghir"))
    return source


def test_first_run_opens_a_writable_copy_of_the_sample(tmp_path, ui_settings, monkeypatch):
    source = _shipped_sample(tmp_path)
    monkeypatch.setattr(sample_module, "sample_source", lambda: source)
    before = sorted(p.read_bytes() for p in source.rglob("*.json"))
    path = choose_collection(ui_settings, None, sample_target=tmp_path / "user" / "Sample")
    assert path == tmp_path / "user" / "Sample"
    with Library.open(path) as lib:
        assert len(lib.items()) == 1
        put(lib, Item(id=new_item_id(), title="Added by the user"))
        assert lib.item_count() == 2
    assert sorted(p.read_bytes() for p in source.rglob("*.json")) == before


def test_later_runs_open_the_last_collection(tmp_path, ui_settings, library):
    ui_settings.last_collection = library.path
    assert choose_collection(ui_settings, None, sample_target=tmp_path / "unused") == library.path
    assert ui_settings.recent_collections == [library.path]


def test_without_a_sample_an_empty_collection_is_made(tmp_path, ui_settings, monkeypatch):
    monkeypatch.setattr(sample_module, "sample_source", lambda: None)
    path = choose_collection(ui_settings, None, sample_target=tmp_path / "user" / "Sample")
    with Library.open(path) as lib:
        assert lib.item_count() == 0


def test_create_application_returns_the_running_one(qapp):
    assert create_application() is qapp
