from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage

from memoryapp.core.ids import ItemId
from memoryapp.ui.grid import ThumbnailGrid
from memoryapp.ui.item_model import (
    ItemIdRole,
    ItemListModel,
    ItemRow,
    PrivateRole,
    ThumbnailRole,
    ThumbStateRole,
)
from memoryapp.ui.thumbnails import ThumbnailLoader


def _ids(n: int) -> list[ItemId]:
    return [ItemId(f"id{i:06d}") for i in range(n)]


def _row(item_id: ItemId) -> ItemRow:
    return ItemRow(caption=f"Photo {item_id}", private=item_id.endswith("7"))


def test_item_model_passes_qt_model_checks(qtmodeltester):
    model = ItemListModel(_row)
    model.set_ids(_ids(50))
    qtmodeltester.check(model)


def test_item_model_gives_ids_captions_and_privacy_by_role():
    model = ItemListModel(_row)
    model.set_ids(_ids(10))
    index = model.index(7, 0)
    assert index.data(ItemIdRole) == "id000007"
    assert index.data(Qt.ItemDataRole.DisplayRole) == "Photo id000007"
    assert index.data(PrivateRole) is True
    assert index.data(ThumbStateRole) == "missing"


def test_grid_over_100k_ids_fetches_only_the_visible_rows(qtbot):
    fetched: list[str] = []

    def fetch(item_id: ItemId) -> ItemRow:
        fetched.append(item_id)
        return _row(item_id)

    model = ItemListModel(fetch)
    grid = ThumbnailGrid(96)
    qtbot.addWidget(grid)
    grid.setModel(model)
    grid.resize(QSize(800, 600))
    model.set_ids(_ids(100_000))
    grid.show()
    qtbot.waitExposed(grid)
    qtbot.waitUntil(lambda: len(fetched) > 0)
    grid.viewport().repaint()
    visible_cells = (800 // grid.gridSize().width() + 1) * (600 // grid.gridSize().height() + 2)
    assert model.rowCount() == 100_000
    assert 0 < len(set(fetched)) <= visible_cells
    assert max(int(i[2:]) for i in fetched) < visible_cells


def test_item_model_appends_without_reset_and_repaints_only_changed_rows(qtbot):
    model = ItemListModel(_row)
    model.set_ids(_ids(5))
    resets, inserted, changed = [], [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.dataChanged.connect(
        lambda top, bottom, _roles=(): changed.append((top.row(), bottom.row()))
    )
    model.update_ids(_ids(8), changed=["id000001"])
    assert inserted == [(5, 7)]
    assert changed == [(1, 1)]
    assert resets == []
    model.update_ids(list(reversed(_ids(8))))
    assert resets == [1]


def test_item_model_shows_thumbnail_once_the_loader_has_it(qtbot, tmp_path: Path):
    path = tmp_path / "t.png"
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    assert image.save(str(path))
    loader = ThumbnailLoader(64)
    model = ItemListModel(lambda i: ItemRow(caption=i, thumbnail=path), loader)
    model.set_ids([ItemId("a")])
    index = model.index(0, 0)
    with qtbot.waitSignal(model.dataChanged, timeout=5000):
        assert index.data(ThumbnailRole) is None  # asks the loader
    pixmap = index.data(ThumbnailRole)
    assert (pixmap.width(), pixmap.height()) == (64, 32)
    assert index.data(ThumbStateRole) == "ready"
