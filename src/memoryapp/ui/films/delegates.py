"""Painted rows of the Films panel: scene rows with status badges, strip tiles, candidates."""

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from memoryapp.core.films import Clearance, LinkRole, SceneStatus
from memoryapp.ui.films.models import (
    ClearanceRole,
    CountsRole,
    LinkRoleRole,
    NumberRole,
    ReasonsRole,
    StatusRole,
    TitleRole,
)
from memoryapp.ui.i18n import isolate
from memoryapp.ui.item_model import ThumbnailRole

_Index = QModelIndex | QPersistentModelIndex

STATUS_COLOURS: dict[SceneStatus, str] = {
    SceneStatus.PLANNED: "#7d8590",
    SceneStatus.RESEARCHING: "#2f7fc1",
    SceneStatus.IN_EDIT: "#c9851a",
    SceneStatus.LOCKED: "#2e8b57",
    SceneStatus.CUT: "#b0413e",
}
CLEARANCE_COLOURS: dict[Clearance, str] = {
    Clearance.NOT_REQUESTED: "#7d8590",
    Clearance.REQUESTED: "#c9851a",
    Clearance.CLEARED: "#2e8b57",
    Clearance.DENIED: "#b0413e",
    Clearance.PUBLIC_DOMAIN: "#1f8a8a",
    Clearance.FAIR_USE: "#1f8a8a",
}
WARN_COLOUR = "#b86e00"


def _visual(option: QStyleOptionViewItem, rect: QRect) -> QRect:
    """``rect``, placed as if left to right, mirrored when the view is right to left."""
    return QStyle.visualRect(option.direction, option.rect, rect)


def status_label(status: SceneStatus) -> str:
    """A scene status in the interface language."""
    return {
        SceneStatus.PLANNED: QCoreApplication.translate("Films", "Planned"),
        SceneStatus.RESEARCHING: QCoreApplication.translate("Films", "Researching"),
        SceneStatus.IN_EDIT: QCoreApplication.translate("Films", "In edit"),
        SceneStatus.LOCKED: QCoreApplication.translate("Films", "Locked"),
        SceneStatus.CUT: QCoreApplication.translate("Films", "Cut"),
    }[status]


def role_label(role: LinkRole) -> str:
    """A link role in the interface language."""
    return {
        LinkRole.ON_SCREEN: QCoreApplication.translate("Films", "On screen"),
        LinkRole.VOICE_OVER: QCoreApplication.translate("Films", "Voice-over"),
        LinkRole.INTERVIEW: QCoreApplication.translate("Films", "Interview"),
        LinkRole.CANDIDATE: QCoreApplication.translate("Films", "Candidate"),
        LinkRole.ALTERNATE: QCoreApplication.translate("Films", "Alternate"),
        LinkRole.RESEARCH: QCoreApplication.translate("Films", "Research"),
        LinkRole.REJECTED: QCoreApplication.translate("Films", "Rejected"),
    }[role]


def clearance_label(clearance: Clearance) -> str:
    """A clearance state in the interface language."""
    return {
        Clearance.NOT_REQUESTED: QCoreApplication.translate("Films", "Not requested"),
        Clearance.REQUESTED: QCoreApplication.translate("Films", "Requested"),
        Clearance.CLEARED: QCoreApplication.translate("Films", "Cleared"),
        Clearance.DENIED: QCoreApplication.translate("Films", "Denied"),
        Clearance.PUBLIC_DOMAIN: QCoreApplication.translate("Films", "Public domain"),
        Clearance.FAIR_USE: QCoreApplication.translate("Films", "Fair use"),
    }[clearance]


def paint_pill(painter: QPainter, rect: QRect, text: str, colour: str, *, filled: bool) -> None:
    """A rounded badge: filled with white text, or outlined with coloured text."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    base = QColor(colour)
    if filled:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(base)
    else:
        fill = QColor(base)
        fill.setAlpha(28)
        painter.setPen(base)
        painter.setBrush(fill)
    radius = rect.height() / 2
    painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), radius, radius)
    painter.setPen(QColor("white") if filled else base)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def pill_width(painter: QPainter, text: str) -> int:
    """The width of a badge holding ``text``."""
    return painter.fontMetrics().horizontalAdvance(text) + 16


def _small(font: QFont, delta: float = -1.5) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(6.0, font.pointSizeF() + delta))
    return small


def _background(painter: QPainter, option: QStyleOptionViewItem, widget: QWidget | None) -> None:
    style = widget.style() if widget is not None else None
    if style is not None:
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)


def _text_colour(option: QStyleOptionViewItem, *, muted: bool = False) -> QColor:
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    if selected:
        return option.palette.color(QPalette.ColorRole.HighlightedText)
    role = QPalette.ColorRole.PlaceholderText if muted else QPalette.ColorRole.Text
    return option.palette.color(role)


class SceneDelegate(QStyledItemDelegate):
    """A scene row: number, title, counts line and a coloured status badge."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        height = option.fontMetrics.height()
        return QSize(260, 2 * height + 18)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        widget = option.widget
        _background(painter, option, widget)
        rect = option.rect.adjusted(10, 6, -10, -6)
        status = SceneStatus(index.data(StatusRole))
        linked, on_screen, uncleared = index.data(CountsRole)
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        number = str(index.data(NumberRole))
        num_w = max(painter.fontMetrics().horizontalAdvance(number), 22)
        painter.setPen(_text_colour(option))
        top = QRect(rect.left(), rect.top(), rect.width(), rect.height() // 2)
        painter.drawText(
            _visual(option, QRect(top.left(), top.top(), num_w, top.height())),
            Qt.AlignmentFlag.AlignVCenter,
            number,
        )
        painter.setFont(_small(option.font, -1.0))
        label = status_label(status)
        badge_w = pill_width(painter, label)
        badge = QRect(rect.right() - badge_w, top.top() + 1, badge_w, top.height() - 2)
        paint_pill(painter, _visual(option, badge), label, STATUS_COLOURS[status], filled=True)
        painter.setFont(option.font)
        title = str(index.data(TitleRole) or "")
        title_rect = QRect(
            top.left() + num_w + 8, top.top(), badge.left() - top.left() - num_w - 14, top.height()
        )
        elided = isolate(
            painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width())
        )
        if status is SceneStatus.CUT:
            struck = QFont(option.font)
            struck.setStrikeOut(True)
            painter.setFont(struck)
        painter.drawText(_visual(option, title_rect), Qt.AlignmentFlag.AlignVCenter, elided)
        bottom = QRect(
            top.left() + num_w + 8, top.bottom() + 1, title_rect.width() + badge_w, top.height()
        )
        painter.setFont(_small(option.font))
        painter.setPen(_text_colour(option, muted=True))
        counts = QCoreApplication.translate("Films", "%n on screen", "", on_screen)
        if linked > on_screen:
            counts += " \N{MIDDLE DOT} " + QCoreApplication.translate(
                "Films", "%n more", "", linked - on_screen
            )
        painter.drawText(_visual(option, bottom), Qt.AlignmentFlag.AlignVCenter, counts)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if uncleared:
            warn = QCoreApplication.translate("Films", "%n uncleared", "", uncleared)
            width = painter.fontMetrics().horizontalAdvance(counts + "   ")
            painter.setPen(_text_colour(option) if selected else QColor(WARN_COLOUR))
            painter.drawText(
                _visual(option, bottom.adjusted(width, 0, 0, 0)),
                Qt.AlignmentFlag.AlignVCenter,
                "\N{BLACK CIRCLE} " + warn,
            )
        painter.restore()


class StripDelegate(QStyledItemDelegate):
    """A linked item: thumbnail, caption, role and clearance badge."""

    def __init__(self, thumb: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._thumb = thumb

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(self._thumb * 3 // 2 + 16, self._thumb + 2 * option.fontMetrics.height() + 24)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        widget = option.widget
        _background(painter, option, widget)
        rect = option.rect.adjusted(8, 6, -8, -6)
        painter.save()
        frame = QRect(rect.left(), rect.top(), rect.width(), self._thumb)
        pixmap: QPixmap | None = index.data(ThumbnailRole)
        painter.fillRect(frame, option.palette.color(QPalette.ColorRole.AlternateBase))
        if pixmap is not None and not pixmap.isNull():
            scaled = pixmap.scaled(
                frame.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            x = frame.left() + (frame.width() - scaled.width()) // 2
            y = frame.top() + (frame.height() - scaled.height()) // 2
            painter.drawPixmap(x, y, scaled)
        role = LinkRole(index.data(LinkRoleRole))
        clearance = Clearance(index.data(ClearanceRole))
        line = option.fontMetrics.height()
        caption = QRect(rect.left(), frame.bottom() + 4, rect.width(), line)
        painter.setPen(_text_colour(option))
        text = isolate(
            painter.fontMetrics().elidedText(
                str(index.data()), Qt.TextElideMode.ElideRight, caption.width()
            )
        )
        painter.drawText(
            caption, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, text
        )
        painter.setFont(_small(option.font))
        badges = QRect(rect.left(), caption.bottom() + 4, rect.width(), line)
        role_text = role_label(role)
        clear_text = clearance_label(clearance)
        role_w = pill_width(painter, role_text)
        clear_w = pill_width(painter, clear_text)
        gap = 4
        left = rect.left() + max(0, (rect.width() - role_w - clear_w - gap) // 2)
        role_colour = "#4a5563" if role is LinkRole.ON_SCREEN else "#8a94a3"
        if option.state & QStyle.StateFlag.State_Selected:
            role_colour = _text_colour(option).name()
        role_rect = _visual(option, QRect(left, badges.top(), role_w, line))
        paint_pill(painter, role_rect, role_text, role_colour, filled=False)
        paint_pill(
            painter,
            _visual(option, QRect(left + role_w + gap, badges.top(), clear_w, line)),
            clear_text,
            CLEARANCE_COLOURS[clearance],
            filled=True,
        )
        painter.restore()


class CandidateDelegate(QStyledItemDelegate):
    """A candidate: thumbnail, caption and the reasons it fits the scene."""

    THUMB = 44

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(240, max(self.THUMB, 2 * option.fontMetrics.height()) + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        widget = option.widget
        _background(painter, option, widget)
        rect = option.rect.adjusted(6, 6, -6, -6)
        painter.save()
        frame = _visual(option, QRect(rect.left(), rect.top(), self.THUMB, self.THUMB))
        painter.fillRect(frame, option.palette.color(QPalette.ColorRole.AlternateBase))
        pixmap: QPixmap | None = index.data(ThumbnailRole)
        if pixmap is not None and not pixmap.isNull():
            scaled = pixmap.scaled(
                frame.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            painter.drawPixmap(
                frame.left() + (frame.width() - scaled.width()) // 2,
                frame.top() + (frame.height() - scaled.height()) // 2,
                scaled,
            )
        text = rect.adjusted(self.THUMB + 10, 0, 0, 0)
        line = option.fontMetrics.height()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(_text_colour(option))
        title = isolate(
            painter.fontMetrics().elidedText(
                str(index.data()), Qt.TextElideMode.ElideRight, text.width()
            )
        )
        painter.drawText(
            _visual(option, QRect(text.left(), text.top(), text.width(), line)),
            Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        painter.setFont(_small(option.font, -1.0))
        painter.setPen(_text_colour(option, muted=True))
        reasons = painter.fontMetrics().elidedText(
            str(index.data(ReasonsRole) or ""), Qt.TextElideMode.ElideRight, text.width()
        )
        painter.drawText(
            _visual(option, QRect(text.left(), text.top() + line + 2, text.width(), line)),
            Qt.AlignmentFlag.AlignVCenter,
            reasons,
        )
        painter.restore()
