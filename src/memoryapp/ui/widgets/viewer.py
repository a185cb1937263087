"""The large viewer: zoom, pan, pages, next/previous, and face rectangles to tag people.

Regions are stored on the stored pixel grid (before EXIF orientation); the canvas works on
the upright picture. Every conversion goes through ``memoryapp.core.orientation``. Pictures
load in two steps off the GUI thread: the 1024 px preview, then the original.
"""

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QImage, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QToolBar, QVBoxLayout, QWidget

from memoryapp.core.changes import Changes
from memoryapp.core.errors import MemoryAppError
from memoryapp.core.items import FileRole, Item
from memoryapp.core.orientation import display_size, rect_to_display
from memoryapp.core.text import isolate
from memoryapp.library import Library
from memoryapp.library.pages import render_page
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.widgets.face_editor import FaceEditor
from memoryapp.ui.widgets.image_canvas import ImageCanvas
from memoryapp.ui.widgets.image_loader import ImageLoader, decode_upright
from memoryapp.ui.widgets.region_overlay import RegionView, faces_of
from memoryapp.ui.widgets.text_lines import page_lines

log = logging.getLogger(__name__)

PREVIEW = 1024
DEFAULT_SLIDESHOW = 4.0  # seconds per item; the window passes the preference
PAGE_SIZE = 2048  # longest side of a rendered document page


class ViewerWindow(QWidget):
    """One item at a time, large. Use ``set_sequence`` to page through a list of items.

    Signals:
        item_changed(str): another item is shown.
        image_shown(str, int, bool): a picture of (item id, page) is on screen; the flag is
            True for the full-resolution one.
        load_failed(str, str): (item id, reason) when nothing could be decoded.
    """

    item_changed = Signal(str)
    image_shown = Signal(str, int, bool)
    load_failed = Signal(str, str)

    def __init__(
        self,
        library: Library,
        bridge: LibraryBridge,
        undo_stack: QUndoStack,
        item_id: str,
        parent: QWidget | None = None,
        *,
        slideshow_seconds: float = DEFAULT_SLIDESHOW,
    ) -> None:
        super().__init__(parent)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window)
        self._library, self._bridge, self._undo = library, bridge, undo_stack
        self._sequence: list[str] = []
        self._item: Item = library.item(item_id)
        self._page = 1
        self._view = 0  # the file shown: 0, or the back after a flip
        self._words: list[str] = []  # searched words whose lines are highlighted
        self._generation = 0
        self._full_shown = False
        self._preview_pending = False
        self._full_error = ""  # why the original could not be shown (a preview may be)
        self.canvas = ImageCanvas(self)
        self.loader = ImageLoader(self)
        self.status = QLabel(self)
        self.toolbar = QToolBar(self)
        self._actions: dict[str, QAction] = {}
        self.slideshow = QTimer(self)
        self.slideshow.setInterval(round(slideshow_seconds * 1000))
        self.slideshow.timeout.connect(self._slideshow_step)
        self._build()
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_failed)
        self.canvas.zoom_changed.connect(lambda _scale: self._update_status())
        self.faces = FaceEditor(self, library, bridge, undo_stack)
        bridge.collection_changed.connect(self._on_changes)
        self.resize(1100, 800)
        self.show_item(item_id)

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.canvas, 1)
        self.status.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.status)
        back, forward = QKeySequence(Qt.Key.Key_Left), QKeySequence(Qt.Key.Key_Right)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            back, forward = forward, back  # in a right-to-left UI the next item is leftwards
        specs: list[tuple[str, str, Sequence[QKeySequence | str], Callable[[], None]]] = [
            ("previous", self.tr("Previous"), [back], self.previous_item),
            ("next", self.tr("Next"), [forward], self.next_item),
            (
                "page_up",
                self.tr("Previous page"),
                [QKeySequence(Qt.Key.Key_PageUp)],
                self.previous_page,
            ),
            (
                "page_down",
                self.tr("Next page"),
                [QKeySequence(Qt.Key.Key_PageDown)],
                self.next_page,
            ),
            ("zoom_in", self.tr("Zoom in"), ["+", "="], lambda: self.canvas.zoom_by(1.25)),
            ("zoom_out", self.tr("Zoom out"), ["-"], lambda: self.canvas.zoom_by(0.8)),
            ("fit", self.tr("Fit"), ["F", "Ctrl+0"], self.canvas.zoom_fit),
            ("actual", self.tr("100%"), ["1", "Ctrl+1"], self.canvas.zoom_actual),
            ("tag", self.tr("Tag a face"), ["T"], self._toggle_draw),
            ("flip", self.tr("Flip"), ["B"], self.flip),
            ("slideshow", self.tr("Slideshow"), ["Space"], self.toggle_slideshow),
            ("fullscreen", self.tr("Full screen"), ["F11"], self.toggle_fullscreen),
            ("first", self.tr("First"), [QKeySequence(Qt.Key.Key_Home)], self.first_item),
            ("last", self.tr("Last"), [QKeySequence(Qt.Key.Key_End)], self.last_item),
        ]
        for key, text, shortcuts, slot in specs:
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            if key not in ("first", "last"):  # keys only, as in digiKam
                self.toolbar.addAction(action)
            self._actions[key] = action
            if key in ("next", "page_down", "actual"):
                self._actions[f"{key}_separator"] = self.toolbar.addSeparator()
        close = QAction(self.tr("Close"), self)
        close.setShortcuts([QKeySequence("Ctrl+W"), QKeySequence(QKeySequence.StandardKey.Close)])
        close.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.triggered.connect(self.close)
        self.addAction(close)  # not on the toolbar: the window's own close button is there
        self._actions["close"] = close
        self._actions["tag"].setCheckable(True)
        for key, tip in (
            ("slideshow", self.tr("Show the next item every few seconds (Space)")),
            ("fullscreen", self.tr("Fill the screen (F11); Esc leaves")),
        ):
            self._actions[key].setCheckable(True)
            self._actions[key].setToolTip(tip)
        self._actions["tag"].setToolTip(
            self.tr("Draw a rectangle around a face (or hold Ctrl while dragging)")
        )

    def action(self, key: str) -> QAction:
        """A toolbar action by key.

        Keys: previous, next, page_up, page_down, zoom_in, zoom_out, fit, actual, tag, flip,
        slideshow, fullscreen, first, last, close.
        """
        return self._actions[key]

    def _toggle_draw(self) -> None:
        self.canvas.draw_mode = self._actions["tag"].isChecked()

    # -- navigation ------------------------------------------------------------------------

    @property
    def item_id(self) -> str:
        """The item shown."""
        return self._item.id

    @property
    def page(self) -> int:
        """The page shown (from 1)."""
        return self._page

    @property
    def page_count(self) -> int:
        """How many pages the item's first file has."""
        primary = self._item.primary
        return max(1, primary.pages) if primary is not None else 1

    def set_sequence(self, ids: Sequence[str]) -> None:
        """The items that Previous and Next go through (usually the grid's current order)."""
        self._sequence = list(ids)
        self._update_status()

    def show_item(self, item_id: str) -> None:
        """Show another item, from its first page."""
        self._item = self._library.item(item_id)
        self._page = 1
        self._view = 0
        self.canvas.select(None)
        self.setWindowTitle(self._title())
        self.refresh_regions()
        self._load_image(new_item=True)
        self.item_changed.emit(item_id)

    def _step_item(self, step: int) -> None:
        if self.item_id not in self._sequence:
            return
        index = self._sequence.index(self.item_id) + step
        if 0 <= index < len(self._sequence):
            self.show_item(self._sequence[index])

    def next_item(self) -> None:
        """Show the next item of the sequence."""
        self._step_item(1)

    def previous_item(self) -> None:
        """Show the previous item of the sequence."""
        self._step_item(-1)

    @property
    def showing_back(self) -> bool:
        """Whether the back of the print is on screen (after :meth:`flip`)."""
        return self._view != 0

    def flip(self) -> None:
        """Turn the print over: its back, then its front again (B, or the Flip button)."""
        backs = self._item.indexes_of(FileRole.BACK)
        if not backs:
            return
        self._view = 0 if self._view else backs[0]
        self._page = 1
        self.canvas.select(None)
        self.refresh_regions()
        self._load_image(new_item=False)

    def first_item(self) -> None:
        """Show the first item of the sequence (Home)."""
        if self._sequence:
            self.show_item(self._sequence[0])

    def last_item(self) -> None:
        """Show the last item of the sequence (End)."""
        if self._sequence:
            self.show_item(self._sequence[-1])

    # -- full screen and slideshow ---------------------------------------------------------

    def toggle_fullscreen(self) -> None:
        """Fill the screen with the picture alone (F11), or come back to the window."""
        if self.isFullScreen():
            self.leave_fullscreen()
        else:
            self.toolbar.hide()
            self.status.hide()
            self.showFullScreen()
            self._actions["fullscreen"].setChecked(True)

    def leave_fullscreen(self) -> None:
        """Back to the window, with its toolbar and status line."""
        self.showNormal()
        self.toolbar.show()
        self.status.show()
        self._actions["fullscreen"].setChecked(False)

    def toggle_slideshow(self) -> None:
        """Start the slideshow (the next item every few seconds), or stop it (Space)."""
        if self.slideshow.isActive():
            self.stop_slideshow()
        elif self.item_id in self._sequence and self._sequence[-1] != self.item_id:
            self.slideshow.start()
            self._actions["slideshow"].setChecked(True)
            self._update_status()
        else:
            self._actions["slideshow"].setChecked(False)  # nothing after this item

    def stop_slideshow(self) -> None:
        """Stop the slideshow on the item shown."""
        self.slideshow.stop()
        self._actions["slideshow"].setChecked(False)
        self._update_status()

    def set_slideshow_seconds(self, seconds: float) -> None:
        """How long the slideshow shows each item."""
        self.slideshow.setInterval(round(seconds * 1000))

    def _slideshow_step(self) -> None:
        self.next_item()
        if not self._sequence or self.item_id == self._sequence[-1]:
            self.stop_slideshow()  # the last item stays on screen

    def set_page(self, page: int) -> None:
        """Show page ``page`` (clamped to the document)."""
        page = min(max(page, 1), self.page_count)
        if page != self._page:
            self._page = page
            self.canvas.select(None)
            self.refresh_regions()
            self._load_image(new_item=False)

    def next_page(self) -> None:
        """Show the next page of a document."""
        self.set_page(self._page + 1)

    def previous_page(self) -> None:
        """Show the previous page of a document."""
        self.set_page(self._page - 1)

    # -- loading ---------------------------------------------------------------------------

    def _is_pdf(self) -> bool:
        primary = self._item.primary
        return primary is not None and primary.format.lower() == "pdf"

    def _load_image(self, *, new_item: bool) -> None:
        self._generation += 1
        self._full_shown = False
        self._preview_pending = False
        self._full_error = ""
        self.loader.clear()
        if new_item or self.canvas.has_image():
            self.canvas.set_image(None)
        self.canvas.message = self.tr("Loading…")
        item_id, page, library = self._item.id, self._page, self._library
        if self._item.primary is None:
            self.canvas.message = self.tr("This item has no file.")
            self.canvas.update()
            return
        full = 2 * self._generation + 1
        if self._view:  # the back of a print: its own file, as scanned
            view = self._view
            thumb = library.thumbnail_path(item_id, 256, view)
            if thumb is not None:
                self._preview_pending = True
                self.loader.request(full - 1, lambda: decode_upright(thumb, PREVIEW))
            back = library.media_path(item_id, view)
            self.loader.request(full, lambda: decode_upright(back))
        elif page == 1 and not self._is_pdf():
            # The 1024 px preview is made on first use; until then the grid thumbnail stands in.
            preview = library.thumbnail_path(item_id, PREVIEW) or library.thumbnail_path(item_id)
            if preview is not None:
                self._preview_pending = True
                self.loader.request(full - 1, lambda: decode_upright(preview, PREVIEW))
            original = library.media_path(item_id)
            turn = self._item.orientation
            self.loader.request(full, lambda: decode_upright(original, orientation=turn))
        else:
            self.loader.request(
                full, lambda: decode_upright(render_page(library, item_id, page, PAGE_SIZE))
            )
        self._update_status()

    def _logical_size(self, image: QImage) -> QSizeF:
        primary = self._item.primary
        if (
            self._view
            or self._page != 1
            or primary is None
            or not primary.width
            or not primary.height
        ):
            return QSizeF(image.size())
        w, h = display_size(primary.width, primary.height, self._item.orientation)
        if abs(w / h - image.width() / image.height()) > 0.02 * (w / h):
            log.warning(
                "item %s: picture is %dx%d, catalogue says %dx%d upright",
                self._item.id,
                image.width(),
                image.height(),
                w,
                h,
            )
            return QSizeF(image.size())
        return QSizeF(w, h)

    def _on_loaded(self, generation: int, image: QImage) -> None:
        if generation // 2 != self._generation:
            return  # an answer for an item or page we have left
        is_full = generation % 2 == 1
        self._preview_pending = self._preview_pending and is_full
        if not is_full and self._full_shown:
            return
        self._full_shown = self._full_shown or is_full
        self.canvas.set_image(image, self._logical_size(image))
        self._update_status()
        self.image_shown.emit(self._item.id, self._page, is_full)

    def _on_failed(self, generation: int, reason: str) -> None:
        if generation // 2 != self._generation:
            return
        if generation % 2 == 0:  # the preview failed: the original may still come
            self._preview_pending = False
            if not self._full_error:
                return
        else:
            self._full_error = reason
        if self.canvas.has_image() or self._preview_pending:
            self._update_status()
            return
        self.canvas.message = self.tr("Cannot show this picture: %1").replace(
            "%1", self._full_error
        )
        self.canvas.update()
        self._update_status()
        self.load_failed.emit(self._item.id, self._full_error)

    # -- regions ---------------------------------------------------------------------------

    def current_item(self) -> Item:
        """The item shown, as last read or edited."""
        return self._item

    def replace_item(self, item: Item) -> None:
        """Show a newer version of the item shown (after an edit was pushed)."""
        if item.id == self._item.id:
            self._item = item
            self.refresh_regions()

    def refresh_regions(self) -> None:
        """Redraw the face rectangles of the item shown (first page only)."""
        regions: list[RegionView] = []
        editable = self._page == 1 and not self._view and self._item.primary is not None
        if editable:
            for key, (person_id, r) in faces_of(self._item).items():
                x, y, w, h = rect_to_display(r.x, r.y, r.w, r.h, self._item.orientation)
                regions.append(
                    RegionView(key, self.faces.person_name(person_id), QRectF(x, y, w, h))
                )
            regions += self._detected_regions()
        self.canvas.regions_editable = editable
        self.canvas.text_lines = page_lines(
            self._item, self._page, self._words, turned=self._page == 1 and not self._is_pdf()
        )
        self.canvas.set_regions(regions)

    def _detected_regions(self) -> list[RegionView]:
        """The item's faces found but not named yet: dashed, their best suggestion on hover."""
        found = []
        for face in self._library.faces(self._item.id):
            if not face.open or face.file_index != 0:
                continue
            r = face.region
            x, y, w, h = rect_to_display(r.x, r.y, r.w, r.h, self._item.orientation)
            if face.suggestions:
                best = face.suggestions[0]
                hint = (
                    self.tr("Maybe %1 (%2%)")
                    .replace("%1", isolate(self.faces.person_name(best.person_id)))
                    .replace("%2", str(round(best.confidence * 100)))
                )
            else:
                hint = self.tr("A face not named yet")
            found.append(RegionView(f"face:{face.id}", "", QRectF(x, y, w, h), True, hint))
        return found

    def set_highlight(self, words: Sequence[str]) -> None:
        """Mark the lines of the page's text holding one of these searched words."""
        self._words = list(words)
        self.refresh_regions()

    def highlighted_lines(self) -> list[QRectF]:
        """The normalized upright rectangles of the lines marked as search hits."""
        return [rect for rect, hit in self.canvas.text_lines if hit]

    def display_rect_of(self, key: str) -> QRectF | None:
        """The normalized upright rectangle shown for that face key, if any.

        A person's first face has the person id as key.
        """
        for region in self.canvas.regions():
            if region.key == key:
                return region.rect
        return None

    def _on_changes(self, changes: object) -> None:
        if not isinstance(changes, Changes):
            return
        if self._item.id in changes.items:
            try:
                self._item = self._library.item(self._item.id)
            except MemoryAppError:
                self.canvas.message = self.tr("This item was deleted.")
                self.canvas.set_image(None)
                return
            self.setWindowTitle(self._title())
        if self._item.id in changes.items or changes.people:
            self.refresh_regions()

    # -- text ------------------------------------------------------------------------------

    def _title(self) -> str:
        primary = self._item.primary
        name = self._item.title or (primary.original_name if primary else "") or self._item.id
        return self.tr("%1 — Viewer").replace("%1", isolate(name))

    def _update_status(self) -> None:
        parts = []
        if self.item_id in self._sequence:
            parts.append(
                self.tr("Item %1 of %2")
                .replace("%1", str(self._sequence.index(self.item_id) + 1))
                .replace("%2", str(len(self._sequence)))
            )
        if self.page_count > 1:
            parts.append(
                self.tr("Page %1 of %2")
                .replace("%1", str(self._page))
                .replace("%2", str(self.page_count))
            )
        parts.append(self.tr("Zoom %1%").replace("%1", str(round(self.canvas.scale * 100))))
        if self.slideshow.isActive():
            parts.append(self.tr("Slideshow: Space stops it"))
        if self._full_error and self.canvas.has_image():
            parts.append(
                self.tr("Showing the preview: the original cannot be read (%1)").replace(
                    "%1", self._full_error
                )
            )
        self.status.setText("   ".join(parts))
        in_seq = self.item_id in self._sequence
        index = self._sequence.index(self.item_id) if in_seq else -1
        self._actions["previous"].setEnabled(in_seq and index > 0)
        self._actions["next"].setEnabled(in_seq and index < len(self._sequence) - 1)
        self._actions["page_up"].setEnabled(self._page > 1)
        self._actions["page_down"].setEnabled(self._page < self.page_count)
        for key in ("page_up", "page_down", "page_down_separator"):  # only documents have pages
            self._actions[key].setVisible(self.page_count > 1)
        flip = self._actions["flip"]
        flip.setVisible(self._item.has_back)
        flip.setText(self.tr("Show the front") if self._view else self.tr("Show the back"))
        self._actions["tag"].setEnabled(not self._view)  # faces are tagged on the front

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc stops the slideshow and leaves fullscreen first, then closes the viewer."""
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            if self.isFullScreen() or self.slideshow.isActive():
                self.stop_slideshow()
                self.leave_fullscreen()
            else:
                self.close()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop decoding (and the slideshow) for a window that is going away."""
        self.slideshow.stop()
        self.loader.clear()
        self.loader.wait_idle()
        super().closeEvent(event)
