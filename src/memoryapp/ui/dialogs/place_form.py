"""The form that edits one place: names in several scripts, kind, coordinates, privacy."""

import math
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from memoryapp.core.places import PLACE_KINDS, Place
from memoryapp.ui.widgets.names_editor import PLACE_KINDS_OF_NAME, NamesEditor

KIND_LABELS = {
    "country": str(QT_TRANSLATE_NOOP("PlaceForm", "country")),
    "region": str(QT_TRANSLATE_NOOP("PlaceForm", "region")),
    "province": str(QT_TRANSLATE_NOOP("PlaceForm", "province")),
    "city": str(QT_TRANSLATE_NOOP("PlaceForm", "city")),
    "town": str(QT_TRANSLATE_NOOP("PlaceForm", "town")),
    "village": str(QT_TRANSLATE_NOOP("PlaceForm", "village")),
    "quarter": str(QT_TRANSLATE_NOOP("PlaceForm", "quarter")),
    "mellah": str(QT_TRANSLATE_NOOP("PlaceForm", "mellah (Jewish quarter)")),
    "ksar": str(QT_TRANSLATE_NOOP("PlaceForm", "ksar (fortified village)")),
    "douar": str(QT_TRANSLATE_NOOP("PlaceForm", "douar (hamlet)")),
    "kasbah": str(QT_TRANSLATE_NOOP("PlaceForm", "kasbah")),
    "zaouia": str(QT_TRANSLATE_NOOP("PlaceForm", "zaouia")),
    "synagogue": str(QT_TRANSLATE_NOOP("PlaceForm", "synagogue")),
    "cemetery": str(QT_TRANSLATE_NOOP("PlaceForm", "cemetery")),
    "valley": str(QT_TRANSLATE_NOOP("PlaceForm", "valley")),
    "oasis": str(QT_TRANSLATE_NOOP("PlaceForm", "oasis")),
    "port": str(QT_TRANSLATE_NOOP("PlaceForm", "port")),
    "building": str(QT_TRANSLATE_NOOP("PlaceForm", "building")),
    "other": str(QT_TRANSLATE_NOOP("PlaceForm", "other")),
}


def kind_label(kind: str) -> str:
    """The translated name of a place kind (unknown kinds are shown as stored)."""
    label = KIND_LABELS.get(kind)
    return QCoreApplication.translate("PlaceForm", label) if label else kind


def _number(text: str) -> float | None:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


class PlaceForm(QWidget):
    """Edits one ``Place`` (not its parent: drag it in the tree). Read it with ``place()``.

    Signals:
        edited(): a field changed since ``set_place``.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._place: Place | None = None
        self._loading = False
        self.names = NamesEditor(PLACE_KINDS_OF_NAME, self)
        self.kind = QComboBox(self)
        for kind in PLACE_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        c_locale = QLocale.c()
        self.lat = QLineEdit(self)
        self.lon = QLineEdit(self)
        for line, low, high, hint in (
            (self.lat, -90.0, 90.0, self.tr("latitude, e.g. 31.5167")),
            (self.lon, -180.0, 180.0, self.tr("longitude, e.g. -5.5333")),
        ):
            validator = QDoubleValidator(low, high, 6, line)
            validator.setLocale(c_locale)
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            line.setValidator(validator)
            line.setPlaceholderText(hint)
            line.textChanged.connect(self._changed)
        self.do_not_pinpoint = QCheckBox(
            self.tr("Do not pinpoint: show only the town or region on maps and in exports"), self
        )
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(90)
        coordinates = QHBoxLayout()
        coordinates.addWidget(self.lat)
        coordinates.addWidget(self.lon)
        form = QFormLayout(self)
        form.addRow(self.tr("Names"), self.names)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Coordinates"), coordinates)
        form.addRow("", self.do_not_pinpoint)
        form.addRow(self.tr("Notes"), self.notes)
        self.names.edited.connect(self._changed)
        self.kind.currentIndexChanged.connect(self._changed)
        self.do_not_pinpoint.toggled.connect(self._changed)
        self.notes.textChanged.connect(self._changed)

    def set_place(self, place: Place) -> None:
        """Show ``place``."""
        self._loading = True
        try:
            self._place = place
            self.names.set_names(place.names)
            index = self.kind.findData(place.kind)
            if index < 0:
                self.kind.addItem(place.kind, place.kind)
                index = self.kind.count() - 1
            self.kind.setCurrentIndex(index)
            self.lat.setText("" if place.lat is None else f"{place.lat:.6g}")
            self.lon.setText("" if place.lon is None else f"{place.lon:.6g}")
            self.do_not_pinpoint.setChecked(place.do_not_pinpoint)
            self.notes.setPlainText(place.notes)
        finally:
            self._loading = False

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def is_valid(self) -> tuple[bool, str]:
        """Whether the form can be saved, and why not."""
        if not self.names.names():
            return False, self.tr("A place needs at least one name.")
        try:
            lat, lon = _number(self.lat.text()), _number(self.lon.text())
        except ValueError:
            return False, self.tr("Coordinates are decimal degrees, e.g. 31.5167 and -5.5333.")
        if (lat is None) != (lon is None):
            return False, self.tr("Give both latitude and longitude, or neither.")
        if lat is not None and lon is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
            return False, self.tr("Latitude is -90 to 90 and longitude -180 to 180.")
        return True, ""

    def place(self) -> Place:
        """The place as edited.

        Raises:
            ValueError: the form is not valid (see ``is_valid``) or nothing is loaded.
        """
        ok, why = self.is_valid()
        if self._place is None or not ok:
            raise ValueError(why or "no place loaded")
        return replace(
            self._place,
            names=self.names.names(),
            kind=str(self.kind.currentData()),
            lat=_number(self.lat.text()),
            lon=_number(self.lon.text()),
            do_not_pinpoint=self.do_not_pinpoint.isChecked(),
            notes=self.notes.toPlainText().strip(),
        )
