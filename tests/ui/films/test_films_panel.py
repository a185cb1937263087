import csv
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent

from memoryapp.core.films import Clearance, LinkRole, SceneStatus
from memoryapp.library.film_desk import FilmDesk
from memoryapp.ui.films import FilmsPanel, item_ids_mime
from memoryapp.ui.films.models import (
    ClearanceRole,
    CountsRole,
    ReasonsRole,
    SceneListModel,
    StatusRole,
)
from memoryapp.ui.item_model import ItemIdRole


def _refreshed(qtbot, panel: FilmsPanel):
    return qtbot.waitSignal(panel.snapshot_loaded, timeout=20_000)


def test_panel_shows_the_film_and_its_scenes_with_status_and_counts(panel: FilmsPanel):
    assert panel.film_combo.currentText() == "Leaving Tinghir"
    model = panel.scene_model
    assert model.rowCount() == 8
    first = model.index(0, 0)
    assert first.data(StatusRole) == SceneStatus.IN_EDIT
    assert first.data(CountsRole) == (2, 2, 2)  # linked, on screen, uncleared
    assert model.index(7, 0).data(StatusRole) == SceneStatus.PLANNED
    assert panel.current_scene_id() == panel.snapshot.scenes[0].scene.id
    assert panel.strip_model.rowCount() == 2


def test_the_whole_round_find_link_clear_export(panel: FilmsPanel, qtbot, sample, tmp_path):
    scene = panel.snapshot.scenes[1].scene
    panel.select_scene(scene.id)
    assert panel.scene_title.text() == "Scene 2: Neighbours"

    with qtbot.waitSignal(panel.candidates_loaded, timeout=20_000) as found:
        panel.find_button.click()
    assert found.args[0] > 0
    top = panel.candidate_model.index(0, 0)
    assert "shows David Elbaz" in top.data(ReasonsRole)
    item_id = str(top.data(ItemIdRole))

    panel.candidate_view.setCurrentIndex(top)
    with _refreshed(qtbot, panel):
        panel.link_button.click()
    assert panel.candidate_model.rowCount() == found.args[0] - 1  # linked ones leave the list
    links = FilmDesk(sample).links(scene_id=scene.id, item_id=item_id)
    assert [k.role for k in links] == [LinkRole.ON_SCREEN]
    # the new link is selected in the strip and loaded in the editor
    assert panel.editor.link is not None
    assert panel.editor.link.item_id == item_id
    assert panel.scene_model.index(1, 0).data(CountsRole) == (3, 3, 3)

    editor = panel.editor
    editor.clearance.setCurrentIndex(editor.clearance.findData(Clearance.CLEARED))
    editor.rights_holder.setText("Famille Elbaz")
    editor.credit.setText("Collection Elbaz, Montréal")
    with _refreshed(qtbot, panel):
        editor.apply_button.click()
    saved = FilmDesk(sample).link(links[0].id)
    assert saved.clearance is Clearance.CLEARED
    assert saved.rights_holder == "Famille Elbaz"
    assert saved.credit == {"": "Collection Elbaz, Montréal"}
    row = panel.strip_model.row_of(saved.id)
    assert row is not None
    assert panel.strip_model.index(row, 0).data(ClearanceRole) == Clearance.CLEARED
    assert panel.scene_model.index(1, 0).data(CountsRole) == (3, 3, 2)

    asked: list[str] = []

    def ask(_parent, _caption, suggested, _filter):
        asked.append(suggested)
        return str(tmp_path / "archive-log")

    panel.ask_save_path = ask
    with qtbot.waitSignal(panel.exported, timeout=20_000) as done:
        panel.export("archive-log")
    assert asked
    assert asked[0].endswith(".csv")
    out = Path(done.args[0])
    assert out == (tmp_path / "archive-log.csv").resolve()
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    ours = [r for r in rows if r["Item ID"] == item_id and r["Scene"] == scene.number]
    assert len(ours) == 1
    assert ours[0]["Clearance status"] == "cleared"
    # "Elbaz" is also a withheld person's surname (Yossi Elbaz is living, Sultana Elbaz
    # private), and a bare "Elbaz" names no one who is not withheld: replaced by default.
    assert ours[0]["Rights holder"] == "Famille [withheld]"

    panel.export_button.include_private.setChecked(True)
    panel.export_button.include_living.setChecked(True)
    with qtbot.waitSignal(panel.exported, timeout=20_000) as done:
        panel.export("archive-log")
    with Path(done.args[0]).open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    ours = [r for r in rows if r["Item ID"] == item_id and r["Scene"] == scene.number]
    assert ours[0]["Rights holder"] == "Famille Elbaz"  # included, as asked


def test_linking_and_clearing_are_undoable(panel: FilmsPanel, qtbot, sample):
    stack = panel.undo_stack_for_tests  # type: ignore[attr-defined]
    scene = panel.snapshot.scenes[0].scene
    other = panel.snapshot.links_of(panel.snapshot.scenes[2].scene.id)[0].item_id
    with _refreshed(qtbot, panel):
        (link,) = panel.link_items(scene.id, [other], LinkRole.CANDIDATE)
    assert FilmDesk(sample).link(link.id).role is LinkRole.CANDIDATE
    with _refreshed(qtbot, panel):
        stack.undo()
    assert not FilmDesk(sample).links(scene_id=scene.id, item_id=other)
    with _refreshed(qtbot, panel):
        stack.redo()
    assert FilmDesk(sample).links(scene_id=scene.id, item_id=other)


def test_dropping_item_ids_on_a_scene_row_links_them(panel: FilmsPanel, qtbot, sample):
    target = panel.snapshot.scenes[7].scene
    ids = [
        str(panel.snapshot.links_of(panel.snapshot.scenes[0].scene.id)[0].item_id),
        str(panel.snapshot.links_of(panel.snapshot.scenes[1].scene.id)[0].item_id),
    ]
    view = panel.scene_view
    panel.show()
    qtbot.waitExposed(panel)
    rect = view.visualRect(panel.scene_model.index(7, 0))
    mime = item_ids_mime(ids)  # the event does not own it: keep it alive
    event = QDropEvent(
        QPointF(rect.center()),
        Qt.DropAction.CopyAction | Qt.DropAction.LinkAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with _refreshed(qtbot, panel):
        view.dropEvent(event)  # what Qt calls when the drag is released over the row
    assert event.isAccepted()
    linked = {str(k.item_id) for k in FilmDesk(sample).links(scene_id=target.id)}
    assert set(ids) <= linked
    assert panel.scene_model.index(7, 0).data(CountsRole)[0] == 4


def test_scene_model_refuses_drops_without_item_ids(panel: FilmsPanel):
    model = panel.scene_model
    index = model.index(0, 0)
    action = Qt.DropAction.LinkAction
    assert model.canDropMimeData(item_ids_mime(["x"]), action, -1, -1, index)
    assert not model.canDropMimeData(QMimeData(), action, -1, -1, index)
    assert not model.canDropMimeData(item_ids_mime(["x"]), action, -1, -1, model.index(-1, 0))


def test_strip_activation_asks_to_select_the_items(panel: FilmsPanel, qtbot):
    index = panel.strip_model.index(0, 0)
    panel.strip_view.setCurrentIndex(index)
    with qtbot.waitSignal(panel.items_selected) as selected:
        panel.strip_view.activated.emit(index)
    assert selected.args[0] == [str(index.data(ItemIdRole))]


def test_models_pass_qt_model_checks(panel: FilmsPanel, qtmodeltester, qtbot):
    qtmodeltester.check(panel.scene_model)
    qtmodeltester.check(panel.strip_model)
    with qtbot.waitSignal(panel.candidates_loaded, timeout=20_000):
        panel.find_material()
    qtmodeltester.check(panel.candidate_model)
    qtmodeltester.check(SceneListModel())


def test_delete_a_scene_then_the_film_after_confirming(
    panel: FilmsPanel, qtbot, sample, monkeypatch
):
    button = panel.delete_button
    assert button.isEnabled()
    scene = panel.snapshot.scenes[0].scene
    panel.select_scene(scene.id)
    asked: list[str] = []
    monkeypatch.setattr(button, "confirm", lambda text: asked.append(text) or False)
    assert not button.delete_scene()
    assert asked == ["Delete scene \u20681 The mellah\u2069 and its 2 links?"]
    assert scene.id in {s.id for s in sample.scenes()}  # cancelled

    monkeypatch.setattr(button, "confirm", lambda text: asked.append(text) or True)
    with _refreshed(qtbot, panel):
        assert button.delete_scene()
    assert scene.id not in {s.id for s in sample.scenes()}
    assert not [k for k in sample.links() if k.scene_id == scene.id]
    assert panel.scene_model.rowCount() == 7
    assert panel.status.text().startswith("Deleted scene")

    with _refreshed(qtbot, panel):
        assert button.film_action.isEnabled()
        button.film_action.trigger()
    assert asked[-1] == "Delete the film \u2068Leaving Tinghir\u2069 with its 7 scenes?"
    assert sample.films() == []
    assert sample.scenes() == []
    assert len(sample.items()) > 30  # the items stay
    assert not button.isEnabled()
