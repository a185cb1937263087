"""Faces in the window: dashed detected faces in the viewer (all 8 orientations), the
suggestion on hover, the details panel's count, and the Faces window's one-step actions."""

import hashlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QUndoStack
from pytestqt.qtbot import QtBot
from tests.records import everything, put

from memoryapp.core.faces import Face, FaceState, RejectReason, Suggestion, face_id
from memoryapp.core.ids import ItemId, new_item_id, new_person_id
from memoryapp.core.items import Item, MediaFile, PersonTag, Region
from memoryapp.core.names import Name
from memoryapp.core.orientation import rect_to_display
from memoryapp.core.people import Person
from memoryapp.library import Library
from memoryapp.library.faces import load_vectors, save_vectors
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.details import DetailsPanel
from memoryapp.ui.dialogs.preferences import PreferencesDialog
from memoryapp.ui.faces_view import FacesWindow
from memoryapp.ui.settings import UiSettings
from memoryapp.ui.widgets.viewer import ViewerWindow

pytestmark = pytest.mark.gui

STORED = (300, 200)
TAGGED = Region(x=0.1, y=0.1, w=0.2, h=0.3)
FOUND = Region(x=0.55, y=0.4, w=0.25, h=0.35)


def _item(library: Library, path: Path, orientation: int, people: tuple[PersonTag, ...]) -> Item:
    im = Image.new("RGB", STORED, (30, 60, 200))
    ImageDraw.Draw(im).rectangle((10, 10, 40, 40), fill=(200, 200, 0))
    exif = Image.Exif()
    exif[0x0112] = orientation
    im.save(path, "JPEG", quality=95, exif=exif)
    data = path.read_bytes()
    media = MediaFile(
        sha256=hashlib.sha256(data).hexdigest(),
        path=str(path),
        format="jpeg",
        size=len(data),
        width=STORED[0],
        height=STORED[1],
        linked=True,
    )
    item = Item(id=new_item_id(), files=(media,), orientation=orientation, people=people)
    put(library, item)
    return item


def _face(item_id: ItemId, region: Region, **more: object) -> Face:
    return Face(
        id=face_id(item_id, 0, region),
        item_id=item_id,
        region=region,
        size_px=80,
        described=True,
        **more,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("orientation", range(1, 9))
def test_the_viewer_draws_found_faces_dashed_with_the_suggestion_on_hover(
    qtbot: QtBot,
    library: Library,
    bridge: LibraryBridge,
    undo_stack: QUndoStack,
    tmp_path: Path,
    orientation: int,
) -> None:
    esther = Person(id=new_person_id(), names=(Name(value="Esther Elmaleh"),))
    put(library, esther)
    tag = PersonTag(person_id=esther.id, region=TAGGED)
    item = _item(library, tmp_path / "p.jpg", orientation, (tag,))
    found = _face(
        item.id,
        FOUND,
        state=FaceState.SUGGESTED,
        suggestions=(Suggestion(person_id=esther.id, confidence=0.7),),
    )
    confirmed = _face(item.id, TAGGED, state=FaceState.CONFIRMED, person_id=esther.id)
    put(library, found, confirmed)
    viewer = ViewerWindow(library, bridge, undo_stack, item.id)
    qtbot.addWidget(viewer)
    viewer.resize(900, 700)
    with qtbot.waitSignal(viewer.image_shown, timeout=10_000, check_params_cb=lambda i, p, f: f):
        viewer.show()
    regions = {r.key: r for r in viewer.canvas.regions()}
    assert set(regions) == {esther.id, f"face:{found.id}"}  # the confirmed face is the tag
    dashed = regions[f"face:{found.id}"]
    assert dashed.detected
    assert not regions[esther.id].detected
    shown = (dashed.rect.x(), dashed.rect.y(), dashed.rect.width(), dashed.rect.height())
    assert shown == pytest.approx(rect_to_display(FOUND.x, FOUND.y, FOUND.w, FOUND.h, orientation))
    rect = viewer.canvas.to_widget(dashed.rect)
    hovered = viewer.canvas.detected_at(rect.center())
    assert hovered is not None
    assert hovered.hint == "Maybe \u2068Esther Elmaleh\u2069 (70%)"
    assert viewer.canvas.region_at(rect.center()) is None  # not draggable like a tag
    # dashes: along the top edge, the white pen comes and goes
    frame = viewer.canvas.grab().toImage()
    y = round(rect.top())
    edge = [
        QColor(frame.pixel(x, y)).lightness() > 120  # the white pen, antialiased
        for x in range(round(rect.left()) + 3, round(rect.right()) - 3)
    ]
    assert any(edge)
    assert not all(edge)


def test_the_details_panel_counts_faces_not_named_yet(
    qtbot: QtBot, library: Library, bridge: LibraryBridge, undo_stack: QUndoStack, tmp_path: Path
) -> None:
    item = _item(library, tmp_path / "p.jpg", 1, ())
    put(
        library,
        _face(item.id, FOUND),
        _face(item.id, TAGGED),
        _face(item.id, Region(x=0.0, y=0.7, w=0.1, h=0.1), state=FaceState.REJECTED),
    )
    panel = DetailsPanel(library, bridge, undo_stack)
    qtbot.addWidget(panel)
    panel.show_items([item.id])
    note = panel.form.faces_note
    assert note.isVisibleTo(panel)
    assert note.text() == "2 faces not named yet"


def test_the_details_panel_counts_faces_of_a_selection_once(
    qtbot: QtBot, library: Library, bridge: LibraryBridge, undo_stack: QUndoStack, tmp_path: Path
) -> None:
    first, second, other = (_item(library, tmp_path / f"{n}.jpg", 1, ()) for n in "abc")
    put(
        library,
        _face(first.id, FOUND),
        _face(second.id, FOUND),
        _face(second.id, Region(x=0.0, y=0.7, w=0.1, h=0.1)),
        _face(other.id, FOUND),  # not selected
    )
    panel = DetailsPanel(library, bridge, undo_stack)
    qtbot.addWidget(panel)
    panel.show_items([first.id, second.id])
    assert panel.state.unnamed_faces == 3
    assert panel.form.faces_note.text() == "3 faces not named yet"


def test_preferences_turn_face_detection_on(qtbot: QtBot, tmp_path: Path) -> None:
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    assert not settings.detect_faces
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.detect_faces.setChecked(True)
    dialog.accept()
    assert settings.detect_faces


def test_the_faces_window_names_a_group_in_one_undo_step(
    qtbot: QtBot, library: Library, bridge: LibraryBridge, undo_stack: QUndoStack, tmp_path: Path
) -> None:
    rachel = Person(id=new_person_id(), names=(Name(value="רחל אלבז"),))
    put(library, rachel)
    items = [_item(library, tmp_path / f"p{n}.jpg", 1 + n, ()) for n in range(3)]
    faces = [_face(item.id, FOUND) for item in items]
    put(library, *faces)
    vectors = load_vectors(library)
    base = np.random.default_rng(7).normal(size=128).astype(np.float32)
    base *= 0.9 / np.linalg.norm(base)
    vectors.put({f.id: base + 0.01 * n for n, f in enumerate(faces)})
    save_vectors(library, vectors)
    before = everything(library)
    window = FacesWindow(library, bridge, undo_stack)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.loading, timeout=10_000)
    assert window.summary.text() == "3 faces not named yet"
    assert window.groups.count() == 1
    assert window.faces.count() == 3
    qtbot.waitUntil(lambda: not window.faces.item(0).icon().isNull(), timeout=10_000)
    window.person.setEditText("רחל אלבז")
    window.name_selected()  # nothing selected: the whole group
    qtbot.waitUntil(lambda: window.groups.count() == 0, timeout=10_000)
    assert undo_stack.count() == 1
    for item in items:
        assert library.item(item.id).person_ids() == (rachel.id,)
    undo_stack.undo()
    bridge.wait_writes()
    assert everything(library) == before
    qtbot.waitUntil(lambda: window.groups.count() == 1, timeout=10_000)
    first = window.faces.item(0)
    chosen = str(first.data(Qt.ItemDataRole.UserRole))
    first.setSelected(True)
    window.not_a_face()
    qtbot.waitUntil(lambda: window.faces.count() == 2, timeout=10_000)
    assert undo_stack.count() == 1  # the undone step was replaced
    rejected = library.record(Face, chosen)
    assert isinstance(rejected, Face)
    assert (rejected.state, rejected.reject_reason) == (FaceState.REJECTED, RejectReason.NOT_A_FACE)


def test_detection_runs_in_the_background_and_the_views_hear_of_it(
    qtbot: QtBot, library: Library, bridge: LibraryBridge, tmp_path: Path
) -> None:
    """Real detection on one portrait, started as the window does after an import."""
    from PySide6.QtWidgets import QStatusBar
    from tests.conftest import CORPUS

    from memoryapp.core.changes import Changes
    from memoryapp.ui.face_detection import FaceDetection

    hopper = CORPUS / "files/correctness/pillow-tests/Tests/images/hopper.tif"
    if not hopper.is_file():
        pytest.skip("the corpus is absent")
    library.import_paths([hopper])
    status = QStatusBar()
    qtbot.addWidget(status)
    detection = FaceDetection(bridge, status)
    heard: list[Changes] = []
    bridge.collection_changed.connect(heard.append)
    with qtbot.waitSignal(detection.finished, timeout=60_000) as done:
        detection.start()
        assert detection.is_running
        assert detection.cancel_button.isVisibleTo(status)
    report = done.args[0]
    assert (report.items, report.faces, report.cancelled) == (1, 1, False)
    assert not detection.is_running
    assert not detection.cancel_button.isVisibleTo(status)
    (face,) = library.faces()
    assert any(face.item_id in c.items for c in heard)
