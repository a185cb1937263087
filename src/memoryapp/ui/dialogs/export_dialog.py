"""Export a selection for researchers, archives and other programs, privacy summary first.

The dialog shows what the privacy filter would withhold (``preview_privacy``, computed on
the bridge's query worker whenever an option changes) before the user presses Export; the
export itself (``export_selection``) runs on the collection worker with progress and
Cancel. An export is written into a temporary folder and renamed only when complete, so a
cancelled or failed export leaves nothing behind.
"""

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from memoryapp.core.errors import OperationCancelledError
from memoryapp.core.privacy import ExportPolicy, LivingMode, WithheldReport
from memoryapp.core.progress import CancelToken, ProgressInfo
from memoryapp.library import Library
from memoryapp.library.exchange import (
    EXPORT_FORMATS,
    FORMAT_NAMES,
    ExportOptions,
    ExportResult,
    export_selection,
    preview_privacy,
)
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.dialogs.export_texts import (
    CONTEXT,
    LIVING_MODES,
    format_help,
    format_label,
    replacement_text,
    summary_lines,
    summary_text,
)
from memoryapp.ui.i18n import follow_text_direction, isolate
from memoryapp.ui.icons import icon


def _default_parent() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class ExportDialog(QDialog):
    """Choose a format, privacy options and a folder; see the privacy summary; export.

    Signals:
        export_finished(object): the ``ExportResult`` once an export has been written.
        summary_ready(object): the ``WithheldReport`` of the current options, once computed.
    """

    export_finished = Signal(object)
    summary_ready = Signal(object)

    def __init__(
        self,
        library: Library,
        bridge: LibraryBridge,
        item_ids: Sequence[str],
        selection_label: str = "",
        parent: QWidget | None = None,
        choose_folder: Callable[[], Path | str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.setObjectName("exportDialog")
        self._library, self._bridge = library, bridge
        self._ids = list(dict.fromkeys(item_ids))
        self._choose_folder = choose_folder or self._ask_folder
        self._generation = 0  # bumped when the options change: older summaries are dropped
        self._token: CancelToken | None = None
        self.report: WithheldReport | None = None  # for the options shown, once computed
        self.export_result: ExportResult | None = None
        self._auto_name = ""
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages, 1)
        self.pages.addWidget(self._build_options_page(selection_label))
        self.pages.addWidget(self._build_progress_page())
        self.pages.addWidget(self._build_result_page())
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setIcon(icon("export"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._on_cancel)
        self._on_format_changed()
        self.resize(720, 620)
        self.refresh_summary()

    # -- pages -----------------------------------------------------------------------------

    def _build_options_page(self, selection_label: str) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        what = (  # the label already counts the items ("all 92 items")
            isolate(selection_label)
            if selection_label
            else self.tr("%n item(s)", "", len(self._ids))
        )
        scope = self.tr("Exporting %1").replace("%1", what)
        self.scope_label = QLabel(scope, page)
        self.scope_label.setObjectName("exportScope")
        font = self.scope_label.font()
        font.setBold(True)
        self.scope_label.setFont(font)
        box.addWidget(self.scope_label)

        fmt = QGroupBox(self.tr("Format"), page)
        form = self._format_form = QFormLayout(fmt)
        self.format_box = QComboBox(fmt)
        for name in FORMAT_NAMES:  # the research formats of the registry
            self.format_box.addItem(format_label(name), name)
        self.format_help = QLabel(fmt)
        self.format_help.setWordWrap(True)
        self.format_help.setEnabled(False)  # greyed: an explanation, not a control
        self.embed_xmp = QCheckBox(self.tr("Also write JPEG copies with the XMP inside"), fmt)
        self.base_url = QLineEdit("http://localhost:8000/", fmt)
        self.base_url.setToolTip(self.tr("The web address the folder will be served from."))
        self.base_url_label = QLabel(self.tr("Served from:"), fmt)
        form.addRow(self.tr("Export as:"), self.format_box)
        form.addRow("", self.format_help)
        form.addRow("", self.embed_xmp)
        form.addRow(self.base_url_label, self.base_url)
        box.addWidget(fmt)
        self.format_box.currentIndexChanged.connect(self._on_format_changed)

        privacy = QGroupBox(self.tr("Privacy: what may leave the collection"), page)
        pbox = QVBoxLayout(privacy)
        self.include_private = QCheckBox(self.tr("Include &private items and people"), privacy)
        self.include_living = QCheckBox(self.tr("Include &living people's details"), privacy)
        living_row = QHBoxLayout()
        living_row.setContentsMargins(24, 0, 0, 0)
        self.living_mode_label = QLabel(self.tr("Otherwise a living person is"), privacy)
        self.living_mode = QComboBox(privacy)
        for mode, text in LIVING_MODES:
            self.living_mode.addItem(QCoreApplication.translate(CONTEXT, text), mode)
        living_row.addWidget(self.living_mode_label)
        living_row.addWidget(self.living_mode)
        living_row.addStretch(1)
        self.exact_gps = QCheckBox(self.tr("Keep &exact GPS positions"), privacy)
        self.exact_gps.setToolTip(
            self.tr("Otherwise positions are rounded to about 1 km. Places marked not to be")
            + " "
            + self.tr("pinpointed are always withheld.")
        )
        pbox.addWidget(self.include_private)
        pbox.addWidget(self.include_living)
        pbox.addLayout(living_row)
        pbox.addWidget(self.exact_gps)
        for check in (self.include_private, self.include_living, self.exact_gps):
            check.toggled.connect(lambda _checked: self.refresh_summary())
        self.living_mode.currentIndexChanged.connect(lambda _index: self.refresh_summary())
        box.addWidget(privacy)

        summary = QGroupBox(self.tr("Privacy summary"), page)
        sbox = QVBoxLayout(summary)
        top = QHBoxLayout()
        shield = QLabel(summary)
        shield.setPixmap(icon("private").pixmap(32, 32))
        shield.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(shield)
        lines = QVBoxLayout()
        self.summary = QLabel(self.tr("Working out what will be withheld…"), summary)
        self.summary.setObjectName("privacySummary")
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.summary_also = QLabel(summary)
        for line in (self.summary, self.summary_also):
            line.setWordWrap(True)
            line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lines.addWidget(line)
        top.addLayout(lines, 1)
        sbox.addLayout(top)
        self.details_button = QToolButton(summary)
        self.details_button.setText(self.tr("Details (the report saved with the export)"))
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setAutoRaise(True)
        sbox.addWidget(self.details_button)
        self.details = QPlainTextEdit(summary)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumHeight(180)
        self.details.hide()
        sbox.addWidget(self.details, 1)
        self._summary_room = QWidget(summary)  # takes the room while the details are hidden
        self._summary_room.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sbox.addWidget(self._summary_room, 1)
        self.details_button.toggled.connect(self._on_details_toggled)
        box.addWidget(summary, 1)

        dest = QGroupBox(self.tr("Destination"), page)
        dform = QFormLayout(dest)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(str(_default_parent()), dest)
        self.folder.setObjectName("exportFolder")
        self.browse = QPushButton(icon("folder"), self.tr("&Choose…"), dest)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.name = QLineEdit(dest)
        self.name.setObjectName("exportName")
        follow_text_direction(self.name)
        dform.addRow(self.tr("In the folder:"), folder_row)
        dform.addRow(self.tr("New folder name:"), self.name)
        self.browse.clicked.connect(self.choose_destination)
        box.addWidget(dest)

        self.status = QLabel(page)
        self.status.setWordWrap(True)
        self.status.setObjectName("exportStatus")
        box.addWidget(self.status)
        return page

    def _build_progress_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.addStretch(1)
        self.progress_label = QLabel(page)
        self.progress_label.setWordWrap(True)
        box.addWidget(self.progress_label)
        self.progress = QProgressBar(page)
        self.progress.setRange(0, 3)
        box.addWidget(self.progress)
        box.addStretch(1)
        return page

    def _build_result_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        self.result_title = QLabel(page)
        self.result_title.setWordWrap(True)
        font = self.result_title.font()
        font.setBold(True)
        self.result_title.setFont(font)
        box.addWidget(self.result_title)
        self.result_path = QLabel(page)
        self.result_path.setWordWrap(True)
        self.result_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.result_path)
        self.result_summary = QLabel(page)
        self.result_summary.setWordWrap(True)
        box.addWidget(self.result_summary)
        box.addWidget(QLabel(self.tr("Privacy report (also saved in the export):"), page))
        self.result_report = QPlainTextEdit(page)
        self.result_report.setReadOnly(True)
        self.result_report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        box.addWidget(self.result_report, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton(icon("open"), self.tr("&Open folder"), page)
        self.open_button.clicked.connect(self.open_folder)
        row.addWidget(self.open_button)
        row.addStretch(1)
        box.addLayout(row)
        return page

    # -- options ---------------------------------------------------------------------------

    @property
    def format(self) -> str:
        """The chosen format name (one of ``FORMAT_NAMES``)."""
        return str(self.format_box.currentData())

    def set_format(self, name: str) -> None:
        """Choose a format by name ("csv", "jsonld", "xmp", "bagit", "iiif", "html")."""
        index = self.format_box.findData(name)
        if index < 0:
            raise KeyError(f"no export format {name!r}")
        self.format_box.setCurrentIndex(index)

    def policy(self) -> ExportPolicy:
        """The privacy policy the options describe."""
        return ExportPolicy(
            include_private=self.include_private.isChecked(),
            include_living_details=self.include_living.isChecked(),
            exact_gps=self.exact_gps.isChecked(),
            living_mode=LivingMode(self.living_mode.currentData()),
        )

    def options(self) -> ExportOptions:
        """The format options chosen."""
        return ExportOptions(
            embed_xmp=self.format == "xmp" and self.embed_xmp.isChecked(),
            base_url=self.base_url.text().strip() or "http://localhost:8000/",
        )

    def destination(self) -> Path:
        """The export folder that will be created."""
        return Path(self.folder.text().strip()) / self.name.text().strip()

    def choose_destination(self) -> None:
        """Ask for the folder to write the export into."""
        chosen = self._choose_folder()
        if chosen:
            self.folder.setText(str(chosen))

    def _ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(
            self, self.tr("Choose where to save the export"), self.folder.text()
        )

    def _on_format_changed(self) -> None:
        name = self.format
        self.format_help.setText(format_help(name))
        options = EXPORT_FORMATS[name].options
        self._format_form.setRowVisible(self.embed_xmp, "--embed-xmp" in options)
        self._format_form.setRowVisible(self.base_url, "--base-url" in options)
        if self.name.text() == self._auto_name:  # a name the user typed is kept
            title = self._library.title or self.tr("Collection")
            self._auto_name = self.tr("%1 - %2 export").replace("%1", title).replace("%2", name)
            self.name.setText(self._auto_name)

    def _on_details_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self._summary_room.setVisible(not shown)
        if shown:  # make room rather than squeeze the summary
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        self.details_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    # -- the privacy summary ---------------------------------------------------------------

    @property
    def summary_is_current(self) -> bool:
        """Whether the summary shown matches the privacy options shown."""
        return self.report is not None

    def refresh_summary(self) -> None:
        """Work out, on the query worker, what the current options would withhold."""
        self._generation += 1
        generation = self._generation
        self.report = None
        self.living_mode.setEnabled(not self.include_living.isChecked())
        self.living_mode_label.setEnabled(not self.include_living.isChecked())
        self.summary.setText(self.tr("Working out what will be withheld…"))
        self.summary_also.clear()
        self._update_buttons()
        library, ids, policy = self._library, list(self._ids), self.policy()
        self._bridge.query(
            lambda: preview_privacy(library, ids, policy),
            on_done=lambda report: self._on_summary(generation, report),
            on_error=lambda exc: self._on_summary_error(generation, exc),
        )

    def _on_summary(self, generation: int, report: WithheldReport) -> None:
        if generation != self._generation:
            return  # the options changed meanwhile: a newer summary is on its way
        self.report = report
        first, also = summary_lines(report)
        if not self.policy().filters_anything:
            also = " ".join(
                (also, self.tr("Private and living people's details will be exported."))
            ).strip()
        self.summary.setText(first)
        self.summary_also.setText(also)
        self.details.setPlainText(report.to_text() + replacement_text(report))
        self._update_buttons()
        self.summary_ready.emit(report)

    def _on_summary_error(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.summary.setText(
                self.tr("The privacy summary could not be made: %1").replace("%1", str(exc))
            )

    def _update_buttons(self) -> None:
        idle = self._token is None and self.export_result is None
        self.export_button.setEnabled(idle and self.summary_is_current and bool(self._ids))

    # -- exporting -------------------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        """Whether an export is under way."""
        return self._token is not None

    def start(self) -> None:
        """Export with the options shown (only once their privacy summary is shown)."""
        if self._token is not None or not self.summary_is_current or not self._ids:
            return
        if not self.name.text().strip():
            self.status.setText(self.tr("Give the export folder a name."))
            return
        token = self._token = CancelToken()
        library, ids, fmt = self._library, list(self._ids), self.format
        out, policy, options = self.destination(), self.policy(), self.options()
        self.status.clear()
        self.progress.setValue(0)
        self.progress_label.setText(
            self.tr("Exporting %n item(s) to %1…", "", len(ids)).replace("%1", isolate(str(out)))
        )
        self.pages.setCurrentIndex(1)
        self.cancel_button.setEnabled(True)
        self._update_buttons()
        self._bridge.progress.connect(self._on_progress)
        self._bridge.run(
            lambda: export_selection(
                library,
                ids,
                fmt,
                out,
                policy,
                options=options,
                progress=self._bridge.report_progress,
                cancel=token,
            ),
            on_done=self._on_done,
            on_error=self._on_error,
        )

    def cancel_export(self) -> None:
        """Ask the running export to stop; nothing is left half-written."""
        if self._token is not None:
            self._token.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling…"))

    def _on_progress(self, info: ProgressInfo) -> None:
        if info.total:
            self.progress.setRange(0, info.total)
            self.progress.setValue(info.done)

    def _finish(self) -> None:
        self._bridge.progress.disconnect(self._on_progress)
        self._token = None
        self.cancel_button.setEnabled(True)

    def _on_done(self, result: ExportResult) -> None:
        self._finish()
        self.export_result = result
        self.result_title.setText(
            self.tr("Exported %n item(s) as %1.", "", result.items).replace(
                "%1", self.format_box.currentText()
            )
        )
        self.result_path.setText(isolate(str(result.path)))
        text = summary_text(result.report)
        if result.warnings:
            text += " " + self.tr("%n warning(s): see the log.", "", len(result.warnings))
        self.result_summary.setText(text)
        self.result_report.setPlainText(result.report.to_text())
        self.cancel_button.setText(self.tr("Close"))
        self.pages.setCurrentIndex(2)
        self._update_buttons()
        self.export_button.hide()
        self.export_finished.emit(result)

    def _on_error(self, exc: BaseException) -> None:
        self._finish()
        self.pages.setCurrentIndex(0)
        if isinstance(exc, OperationCancelledError):
            self.status.setText(self.tr("The export was cancelled; nothing was written."))
        else:
            self.status.setText(self.tr("The export failed: %1").replace("%1", str(exc)))
        self._update_buttons()

    def open_folder(self) -> None:
        """Show the finished export in the file manager."""
        if self.export_result is not None:
            self.open_url(QUrl.fromLocalFile(str(self.export_result.path)))

    def reject(self) -> None:
        if self._token is not None:
            self.cancel_export()  # Escape or the close box stops the export first
            return
        self._generation += 1  # summaries still on their way are dropped
        super().reject()

    def _on_cancel(self) -> None:
        if self._token is not None:
            self.cancel_export()
        elif self.export_result is not None:
            self.accept()
        else:
            self.reject()
