"""The viewer puts face rectangles on the right pixels under every EXIF orientation."""

import hashlib
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageOps
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QUndoStack
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from tests.records import put

from memoryapp.core.ids import ItemId, new_item_id, new_person_id
from memoryapp.core.items import Item, MediaFile, PersonTag, Region
from memoryapp.core.names import Name
from memoryapp.core.orientation import rect_to_display
from memoryapp.core.people import Person
from memoryapp.library import Library
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.widgets.person_picker import PersonChoices, PersonIdRole, PersonPicker
from memoryapp.ui.widgets.viewer import ViewerWindow

pytestmark = pytest.mark.gui

STORED = (300, 200)  # stored pixel grid W x H (non-square, so 5-8 swap axes)
FACE = Region(x=0.2, y=0.15, w=0.3, h=0.3)  # where the red patch is, stored frame


def _picture(path: Path, orientation: int, size: tuple[int, int] = STORED) -> None:
    im = Image.new("RGB", size, (30, 60, 200))
    w, h = size
    box = (FACE.x * w, FACE.y * h, (FACE.x + FACE.w) * w - 1, (FACE.y + FACE.h) * h - 1)
    ImageDraw.Draw(im).rectangle(box, fill=(230, 20, 20))
    exif = Image.Exif()
    exif[0x0112] = orientation
    im.save(path, "JPEG", quality=95, exif=exif)


def _add_item(
    library: Library, path: Path, orientation: int, people: tuple[PersonTag, ...] = ()
) -> ItemId:
    data = path.read_bytes()
    media = MediaFile(
        sha256=hashlib.sha256(data).hexdigest(),
        path=str(path),
        format="jpeg",
        size=len(data),
        width=STORED[0],
        height=STORED[1],
        original_name=path.name,
        linked=True,
    )
    item = Item(id=new_item_id(), files=(media,), orientation=orientation, people=people)
    put(library, item)
    return item.id


def _pillow_display_box(region: Region, orientation: int) -> tuple[float, float, float, float]:
    """Where Pillow's exif_transpose puts a stored-frame rectangle (independent of the core)."""
    w, h = 600, 400
    mask = Image.new("L", (w, h), 0)
    box = (region.x * w, region.y * h, (region.x + region.w) * w - 1, (region.y + region.h) * h - 1)
    ImageDraw.Draw(mask).rectangle(box, fill=255)
    exif = Image.Exif()
    exif[0x0112] = orientation
    mask.info["exif"] = exif.tobytes()
    upright = ImageOps.exif_transpose(mask)
    left, top, right, bottom = upright.getbbox() or (0, 0, 0, 0)
    uw, uh = upright.size
    return left / uw, top / uh, (right - left) / uw, (bottom - top) / uh


def _open_viewer(
    qtbot: QtBot,
    library: Library,
    bridge: LibraryBridge,
    undo_stack: QUndoStack,
    item_id: ItemId,
) -> ViewerWindow:
    viewer = ViewerWindow(library, bridge, undo_stack, item_id)
    qtbot.addWidget(viewer)
    viewer.resize(900, 700)
    with qtbot.waitSignal(viewer.image_shown, timeout=10_000, check_params_cb=lambda i, p, f: f):
        viewer.show()
    return viewer


@pytest.mark.parametrize("orientation", range(1, 9))
def test_regions_sit_on_the_face_for_every_orientation(
    qtbot: QtBot,
    library: Library,
    bridge: LibraryBridge,
    undo_stack: QUndoStack,
    tmp_path: Path,
    orientation: int,
) -> None:
    person = Person(id=new_person_id(), names=(Name(value="Esther Elmaleh"),))
    put(library, person)
    path = tmp_path / f"o{orientation}.jpg"
    _picture(path, orientation)
    item_id = _add_item(library, path, orientation, (PersonTag(person_id=person.id, region=FACE),))
    viewer = _open_viewer(qtbot, library, bridge, undo_stack, item_id)

    shown = viewer.display_rect_of(person.id)
    assert shown is not None
    core = rect_to_display(FACE.x, FACE.y, FACE.w, FACE.h, orientation)
    assert (shown.x(), shown.y(), shown.width(), shown.height()) == pytest.approx(core)
    pillow = _pillow_display_box(FACE, orientation)
    assert (shown.x(), shown.y(), shown.width(), shown.height()) == pytest.approx(pillow, abs=0.01)

    # The painted picture is red inside the drawn rectangle and blue just outside it.
    canvas = viewer.canvas
    rect = canvas.region_rect(person.id)
    assert rect is not None
    assert canvas.image_rect().contains(rect)
    frame = canvas.grab().toImage()
    inside = QColor(frame.pixel(rect.center().toPoint()))
    assert inside.red() > 180
    assert inside.blue() < 90
    outside = QPointF(rect.right() + 12, rect.center().y())
    if not canvas.image_rect().contains(outside):
        outside = QPointF(rect.left() - 12, rect.center().y())
    beyond = QColor(frame.pixel(outside.toPoint()))
    assert beyond.blue() > 150
    assert beyond.red() < 90


def _drag(qtbot: QtBot, viewer: ViewerWindow, start: QPoint, end: QPoint) -> None:
    canvas = viewer.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, start)
    qtbot.mouseMove(canvas, QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2))
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, end)


def _picker(viewer: ViewerWindow) -> PersonPicker:
    picker = viewer.findChild(PersonPicker)
    assert picker is not None
    assert picker.isVisible()
    return picker


@pytest.mark.parametrize("orientation", [1, 6, 8, 3])
def test_drawing_a_rectangle_tags_a_new_person_in_the_stored_frame_and_undo_removes_it(
    qtbot: QtBot,
    library: Library,
    bridge: LibraryBridge,
    undo_stack: QUndoStack,
    tmp_path: Path,
    orientation: int,
) -> None:
    path = tmp_path / "drawn.jpg"
    _picture(path, orientation)
    item_id = _add_item(library, path, orientation)
    viewer = _open_viewer(qtbot, library, bridge, undo_stack, item_id)
    canvas = viewer.canvas
    box = canvas.image_rect()
    start = QPoint(round(box.x() + 0.1 * box.width()), round(box.y() + 0.2 * box.height()))
    end = QPoint(round(box.x() + 0.4 * box.width()), round(box.y() + 0.7 * box.height()))
    _drag(qtbot, viewer, start, end)
    drawn = QRectF(canvas.to_normalized(QPointF(start)), canvas.to_normalized(QPointF(end)))

    picker = _picker(viewer)
    picker.line.setText("משה אלמליח")
    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        picker.accept()

    item = library.item(item_id)
    assert len(item.people) == 1
    tag = item.people[0]
    assert library.person(tag.person_id).name == "משה אלמליח"
    assert tag.region is not None
    assert _pillow_display_box(tag.region, orientation) == pytest.approx(
        (drawn.x(), drawn.y(), drawn.width(), drawn.height()), abs=0.01
    )
    assert undo_stack.count() == 1

    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        undo_stack.undo()
    assert library.item(item_id).people == ()
    assert library.people() == []
    qtbot.waitUntil(lambda: viewer.canvas.regions() == [])


def test_existing_person_is_found_by_an_alias_and_region_moves_and_deletes(
    qtbot: QtBot,
    library: Library,
    bridge: LibraryBridge,
    undo_stack: QUndoStack,
    tmp_path: Path,
) -> None:
    person = Person(
        id=new_person_id(),
        names=(Name(value="Mardochée Elbaz"), Name(value="מרדכי אלבז", kind="hebrew")),
    )
    put(library, person)
    path = tmp_path / "alias.jpg"
    _picture(path, 1)
    item_id = _add_item(library, path, 1)
    viewer = _open_viewer(qtbot, library, bridge, undo_stack, item_id)
    box = viewer.canvas.image_rect()
    start = QPoint(round(box.x() + 0.5 * box.width()), round(box.y() + 0.5 * box.height()))
    end = QPoint(round(box.x() + 0.7 * box.width()), round(box.y() + 0.9 * box.height()))
    _drag(qtbot, viewer, start, end)
    picker = _picker(viewer)
    picker.line.setText("מרדכי")
    assert picker.list.currentIndex().data() is not None
    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        picker.accept()
    assert [t.person_id for t in library.item(item_id).people] == [person.id]
    assert len(library.people()) == 1

    # Move it by dragging its middle.
    rect = viewer.canvas.region_rect(person.id)
    assert rect is not None
    grab = rect.center().toPoint()
    before = library.item(item_id).people[0].region
    qtbot.mousePress(viewer.canvas, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(viewer.canvas, grab - QPoint(40, 30))
    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        qtbot.mouseRelease(viewer.canvas, Qt.MouseButton.LeftButton, pos=grab - QPoint(40, 30))
    after = library.item(item_id).people[0].region
    assert before is not None
    assert after is not None
    assert after.x < before.x
    assert after.y < before.y
    assert (after.w, after.h) == pytest.approx((before.w, before.h))

    # Del removes the rectangle; the person stays tagged.
    assert viewer.canvas.selected == person.id
    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        qtbot.keyClick(viewer.canvas, Qt.Key.Key_Delete)
    assert library.item(item_id).people[0].region is None
    assert viewer.canvas.regions() == []
    assert undo_stack.count() == 3


def test_next_and_previous_follow_the_sequence(
    qtbot: QtBot,
    library: Library,
    bridge: LibraryBridge,
    undo_stack: QUndoStack,
    tmp_path: Path,
) -> None:
    ids = []
    for n in range(3):
        path = tmp_path / f"seq{n}.jpg"
        _picture(path, 1)
        ids.append(_add_item(library, path, 1))
    viewer = _open_viewer(qtbot, library, bridge, undo_stack, ids[0])
    viewer.set_sequence(ids)
    assert not viewer.action("previous").isEnabled()
    with qtbot.waitSignal(viewer.image_shown, timeout=10_000, check_params_cb=lambda i, p, f: f):
        qtbot.keyClick(viewer.canvas, Qt.Key.Key_Right)
    assert viewer.item_id == ids[1]
    viewer.next_item()
    assert viewer.item_id == ids[2]
    assert not viewer.action("next").isEnabled()
    viewer.next_item()
    assert viewer.item_id == ids[2]
    viewer.previous_item()
    assert viewer.item_id == ids[1]


def test_zoom_actions_change_the_scale(
    qtbot: QtBot,
    library: Library,
    bridge: LibraryBridge,
    undo_stack: QUndoStack,
    tmp_path: Path,
) -> None:
    path = tmp_path / "zoom.jpg"
    _picture(path, 6)
    viewer = _open_viewer(qtbot, library, bridge, undo_stack, _add_item(library, path, 6))
    canvas = viewer.canvas
    fitted = canvas.scale
    assert canvas.image_rect().height() == pytest.approx(canvas.height() - 16, abs=1)
    viewer.action("actual").trigger()
    assert canvas.scale == 1.0
    assert canvas.image_rect().size().toSize().width() == STORED[1]  # upright: 200 x 300
    viewer.action("zoom_in").trigger()
    assert canvas.scale == pytest.approx(1.25)
    centre = canvas.image_rect().center()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.mouseMove(canvas, QPoint(60, 30))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(60, 30))
    assert canvas.image_rect().center() == centre + QPointF(50, 20)
    viewer.action("fit").trigger()
    assert canvas.scale == pytest.approx(fitted)


def test_f2_gives_the_face_to_another_person_in_one_undo_step(
    qtbot: QtBot,
    library: Library,
    bridge: LibraryBridge,
    undo_stack: QUndoStack,
    tmp_path: Path,
) -> None:
    wrong = Person(id=new_person_id(), names=(Name(value="Yamna Ouhadou"),))
    right = Person(id=new_person_id(), names=(Name(value="Fadma Ouhadou"), Name(value="ⴼⴰⴹⵎⴰ")))
    put(library, wrong, right)
    path = tmp_path / "rename.jpg"
    _picture(path, 8)
    item_id = _add_item(library, path, 8, (PersonTag(person_id=wrong.id, region=FACE),))
    viewer = _open_viewer(qtbot, library, bridge, undo_stack, item_id)
    viewer.canvas.select(wrong.id)
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_F2)
    picker = _picker(viewer)
    assert picker.line.text() == "Yamna Ouhadou"
    picker.line.setText("ⴼⴰⴹ")
    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        picker.accept()
    tags = library.item(item_id).people
    assert [(t.person_id, t.region) for t in tags] == [(right.id, FACE)]
    assert [r.label for r in viewer.canvas.regions()] == ["Fadma Ouhadou"]
    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        undo_stack.undo()
    assert [(t.person_id, t.region) for t in library.item(item_id).people] == [(wrong.id, FACE)]


def test_person_choices_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    people = [
        Person(id=new_person_id(), names=(Name(value="Esther Elmaleh"), Name(value="אסתר"))),
        Person(id=new_person_id(), names=(Name(value="Moha"),)),
    ]
    model = PersonChoices(people)
    qtmodeltester.check(model)
    model.set_filter("אסת")
    assert model.rowCount() == 2  # Esther (by her Hebrew name) and "new person"
    assert model.index(0, 0).data(PersonIdRole) == people[0].id
    assert model.index(1, 0).data(PersonIdRole) is None
    model.set_filter("ESTHER ELMALÉH")
    assert model.rowCount() == 1  # an exact spelling: no "new person" row
    qtmodeltester.check(model)


def test_dragging_a_corner_handle_resizes_in_the_stored_frame(
    qtbot: QtBot,
    library: Library,
    bridge: LibraryBridge,
    undo_stack: QUndoStack,
    tmp_path: Path,
) -> None:
    person = Person(id=new_person_id(), names=(Name(value="Haim Elbaz"),))
    put(library, person)
    path = tmp_path / "resize.jpg"
    _picture(path, 6)
    item_id = _add_item(library, path, 6, (PersonTag(person_id=person.id, region=FACE),))
    viewer = _open_viewer(qtbot, library, bridge, undo_stack, item_id)
    canvas = viewer.canvas
    canvas.select(person.id)
    rect = canvas.region_rect(person.id)
    assert rect is not None
    corner = rect.bottomRight().toPoint()
    box = canvas.image_rect()
    target = corner + QPoint(round(0.1 * box.width()), 0)  # wider on screen only
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=corner)
    qtbot.mouseMove(canvas, target)
    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=target)
    region = library.item(item_id).people[0].region
    assert region is not None
    # Upright width is the stored height under orientation 6: only h grows, by 0.1.
    assert region.w == pytest.approx(FACE.w, abs=0.01)
    assert region.h == pytest.approx(FACE.h + 0.1, abs=0.01)
    assert undo_stack.count() == 1


def test_two_faces_of_one_person_are_shown_and_edited_apart(
    qtbot: QtBot,
    library: Library,
    bridge: LibraryBridge,
    undo_stack: QUndoStack,
    tmp_path: Path,
) -> None:
    person = Person(id=new_person_id(), names=(Name(value="Haim Elbaz"),))
    put(library, person)
    other = Region(x=0.6, y=0.5, w=0.2, h=0.3)
    path = tmp_path / "twice.jpg"
    _picture(path, 6)
    tags = (
        PersonTag(person_id=person.id, region=FACE),
        PersonTag(person_id=person.id, region=other),
    )
    item_id = _add_item(library, path, 6, tags)
    viewer = _open_viewer(qtbot, library, bridge, undo_stack, item_id)
    canvas = viewer.canvas
    keys = [r.key for r in canvas.regions()]
    assert keys == [person.id, f"{person.id}#1"]
    assert [r.label for r in canvas.regions()] == ["Haim Elbaz", "Haim Elbaz"]
    second = viewer.display_rect_of(f"{person.id}#1")
    assert second is not None
    want = rect_to_display(other.x, other.y, other.w, other.h, 6)
    assert (second.x(), second.y(), second.width(), second.height()) == pytest.approx(want)
    canvas.select(f"{person.id}#1")
    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        qtbot.keyClick(canvas, Qt.Key.Key_Delete)  # removes the second face only
    assert [(t.person_id, t.region) for t in library.item(item_id).people] == [(person.id, FACE)]
    assert [r.key for r in canvas.regions()] == [person.id]
    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        undo_stack.undo()
    assert [t.region for t in library.item(item_id).people] == [FACE, other]
