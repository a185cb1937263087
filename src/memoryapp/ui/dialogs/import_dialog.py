"""Import photos and documents: choose, copy or link, watch it go, see what failed and why.

The import runs on the bridge's collection worker; the dialog only shows progress, so the
main window stays usable. Cancel stops at the next file: everything already imported stays.
"""

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from memoryapp.core.changes import Changes
from memoryapp.core.ids import ItemId
from memoryapp.core.import_results import FailureReason, FileResult, FileStatus, ImportReport
from memoryapp.core.progress import CancelToken, ProgressInfo
from memoryapp.library import ImportOptions
from memoryapp.library.import_count import count_files
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.i18n import QT_TRANSLATE_NOOP, isolate
from memoryapp.ui.icons import icon

REASONS: dict[FailureReason, str] = {
    FailureReason.ZERO_BYTES: QT_TRANSLATE_NOOP("Import", "The file is empty (0 bytes)."),
    FailureReason.TRUNCATED: QT_TRANSLATE_NOOP(
        "Import", "The file is cut short: it was not copied completely."
    ),
    FailureReason.CORRUPT: QT_TRANSLATE_NOOP("Import", "The file is damaged and cannot be read."),
    FailureReason.UNSUPPORTED: QT_TRANSLATE_NOOP("Import", "This kind of file is not supported."),
    FailureReason.DECOMPRESSION_BOMB: QT_TRANSLATE_NOOP(
        "Import", "The picture claims to be far too large to open safely."
    ),
    FailureReason.TOO_LARGE: QT_TRANSLATE_NOOP("Import", "The file is too large."),
    FailureReason.BAD_METADATA: QT_TRANSLATE_NOOP(
        "Import", "The information embedded in the file is damaged."
    ),
    FailureReason.UNREADABLE: QT_TRANSLATE_NOOP(
        "Import", "The file cannot be read (permissions or a disk error)."
    ),
    FailureReason.VANISHED: QT_TRANSLATE_NOOP("Import", "The file disappeared during the import."),
    FailureReason.TIMEOUT: QT_TRANSLATE_NOOP("Import", "Reading the file took too long."),
    FailureReason.BAD_NAME: QT_TRANSLATE_NOOP("Import", "The file name cannot be used."),
    FailureReason.SYMLINK_LOOP: QT_TRANSLATE_NOOP("Import", "A link points back to itself."),
    FailureReason.NOT_A_FILE: QT_TRANSLATE_NOOP("Import", "This is not a regular file."),
    FailureReason.DISK_FULL: QT_TRANSLATE_NOOP("Import", "The disk is full."),
    FailureReason.CANCELLED: QT_TRANSLATE_NOOP("Import", "Not imported: the import was cancelled."),
}


def reason_text(reason: FailureReason | None) -> str:
    """The translated sentence for a failure reason."""
    if reason is None:
        return QCoreApplication.translate("Import", "Unknown problem.")
    return QCoreApplication.translate("Import", REASONS.get(reason, str(reason)))


def progress_text(info: ProgressInfo) -> str:
    """Counts, rate and time left, e.g. "120 of 800 files · 14.2 files a second · ..."."""
    parts = [
        QCoreApplication.translate("Import", "%1 of %2 files")
        .replace("%1", f"{info.done:,}")
        .replace("%2", f"{info.total:,}")
        if info.total is not None
        else QCoreApplication.translate("Import", "%1 files").replace("%1", f"{info.done:,}")
    ]
    if info.rate > 0:
        parts.append(
            QCoreApplication.translate("Import", "%1 files a second").replace(
                "%1", f"{info.rate:.1f}"
            )
        )
    eta = info.eta_s
    if eta is not None and info.done < (info.total or 0):
        if eta < 60:
            parts.append(
                QCoreApplication.translate("Import", "about %1 s left").replace(
                    "%1", str(max(1, round(eta)))
                )
            )
        else:
            parts.append(
                QCoreApplication.translate("Import", "about %1 min left").replace(
                    "%1", str(round(eta / 60))
                )
            )
    return " \N{MIDDLE DOT} ".join(parts)


def shown_path(path: str, roots: Sequence[Path]) -> str:
    """A failed file's path from the folder the user chose or dropped ("Scans/1950/a.jpg")."""
    file = Path(path)
    for root in roots:
        if file == root:
            return file.name
        if file.is_relative_to(root):
            return str(Path(root.name) / file.relative_to(root))
    return file.name


class _CountSignals(QObject):
    counted = Signal(int, int, bool)  # generation, files so far, final


class _CountJob(QRunnable):
    """Counts the chosen files off the GUI thread (a big folder takes seconds)."""

    def __init__(
        self, paths: list[Path], generation: int, token: CancelToken, signals: _CountSignals
    ) -> None:
        super().__init__()
        self._paths, self._generation, self._token, self._signals = (
            paths,
            generation,
            token,
            signals,
        )

    def run(self) -> None:  # worker thread
        generation, signals = self._generation, self._signals
        found = count_files(
            self._paths,
            cancel=self._token,
            progress=lambda n: signals.counted.emit(generation, n, False),
        )
        if not found.cancelled:
            signals.counted.emit(generation, found.files, True)


class FailuresTable(QTableWidget):
    """File and reason, one row per file that could not be imported."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([self.tr("File"), self.tr("Why it was not imported")])
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)

    def set_failures(self, failures: Sequence[FileResult], roots: Sequence[Path] = ()) -> None:
        """Show these results, each path from the chosen or dropped ``roots`` it is under."""
        self.setRowCount(len(failures))
        for row, result in enumerate(failures):
            name = QTableWidgetItem(shown_path(result.path, roots))
            name.setToolTip(result.path)
            why = QTableWidgetItem(reason_text(result.reason))
            why.setToolTip(result.detail or result.path)
            self.setItem(row, 0, name)
            self.setItem(row, 1, why)
        self.setColumnWidth(0, 220)

    def reasons(self) -> list[tuple[str, str]]:
        """(file path as shown, reason) per row."""
        out = []
        for row in range(self.rowCount()):
            name, why = self.item(row, 0), self.item(row, 1)
            out.append((name.text() if name else "", why.text() if why else ""))
        return out


class ImportDialog(QDialog):
    """Choose what to import and how; then progress, then a report.

    Signals:
        import_finished(object): the ``ImportReport``, once the import has ended.
    """

    import_finished = Signal(object)

    def __init__(
        self, bridge: LibraryBridge, paths: Sequence[Path] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import photos and documents"))
        self.setObjectName("importDialog")
        self._bridge = bridge
        self._token: CancelToken | None = None
        self.report: ImportReport | None = None
        self._names = ""
        layout = QVBoxLayout(self)
        self.choose = QWidget(self)  # hidden once the import starts
        choose = QVBoxLayout(self.choose)
        choose.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choose, 1)
        choose.addWidget(QLabel(self.tr("Files and folders to import:"), self))
        self.sources = QListWidget(self)
        self.sources.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        choose.addWidget(self.sources)
        row = QHBoxLayout()
        self.add_files = QPushButton(icon("file"), self.tr("Add &files…"), self)
        self.add_folder = QPushButton(icon("folder"), self.tr("Add a f&older…"), self)
        self.remove = QPushButton(self.tr("&Remove"), self)
        for button in (self.add_files, self.add_folder, self.remove):
            row.addWidget(button)
        row.addStretch(1)
        choose.addLayout(row)
        self.copy = QRadioButton(self.tr("&Copy into the collection (recommended)"), self)
        self.copy.setToolTip(
            self.tr("The originals stay untouched; the collection keeps its own copy.")
        )
        self.link = QRadioButton(self.tr("&Link: leave the files where they are"), self)
        self.link.setToolTip(
            self.tr("Nothing is copied; the collection needs the files to stay where they are.")
        )
        self.copy.setChecked(True)
        self.found = QLabel(self)  # "412 files found", counted in the background
        self.found.setObjectName("filesFound")
        choose.addWidget(self.found)
        choose.addWidget(self.copy)
        choose.addWidget(self.link)
        self.what = QLabel(self)
        self.what.setWordWrap(True)
        self.what.hide()
        layout.addWidget(self.what)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.failures = FailuresTable(self)
        self.failures.hide()
        layout.addWidget(self.failures, 1)
        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._on_cancel)
        self.add_files.clicked.connect(self._choose_files)
        self.add_folder.clicked.connect(self._choose_folder)
        self.remove.clicked.connect(self._remove_selected)
        self._count_pool = QThreadPool(self)
        self._count_pool.setMaxThreadCount(1)
        self._count_signals = _CountSignals(self)
        self._count_signals.counted.connect(self._on_counted)
        self._count_generation = 0
        self._count_token: CancelToken | None = None
        self.files_found: int | None = None  # once counted
        self.add_paths(paths)
        self.resize(640, 460)

    # -- choosing --------------------------------------------------------------------------

    def add_paths(self, paths: Sequence[Path]) -> None:
        """Add files or folders to the list (repeats ignored)."""
        known = set(self.paths())
        for path in paths:
            if path not in known:
                known.add(path)
                self.sources.addItem(str(path))
                item = self.sources.item(self.sources.count() - 1)
                item.setIcon(icon("folder" if path.is_dir() else "file"))
        self._update_buttons()
        self.count()

    def paths(self) -> list[Path]:
        """The files and folders chosen."""
        return [Path(self.sources.item(i).text()) for i in range(self.sources.count())]

    def _choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Choose files to import"))
        self.add_paths([Path(n) for n in names])

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder to import"))
        if name:
            self.add_paths([Path(name)])

    def _remove_selected(self) -> None:
        for item in self.sources.selectedItems():
            self.sources.takeItem(self.sources.row(item))
        self._update_buttons()
        self.count()

    def count(self) -> None:
        """Count the files of the chosen paths in the background ("412 files found")."""
        self._stop_counting()
        self._count_generation += 1
        self.files_found = None
        paths = self.paths()
        if not paths:
            self.found.clear()
            return
        self.found.setText(self.tr("Counting the files…"))
        token = self._count_token = CancelToken()
        job = _CountJob(paths, self._count_generation, token, self._count_signals)
        self._count_pool.start(job)

    def _stop_counting(self) -> None:
        if self._count_token is not None:
            self._count_token.cancel()
            self._count_token = None

    def _on_counted(self, generation: int, files: int, final: bool) -> None:
        if generation != self._count_generation:
            return  # the paths changed since
        if final:
            self.files_found = files
            self._count_token = None
            self.found.setText(self.tr("%n file(s) found", "", files))
        else:
            self.found.setText(self.tr("Counting the files… %1 so far").replace("%1", f"{files:,}"))

    def _update_buttons(self) -> None:
        running = self._token is not None
        self.start_button.setEnabled(
            bool(self.sources.count()) and not running and self.report is None
        )

    # -- running ---------------------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        """Whether an import is under way."""
        return self._token is not None

    def start(self) -> None:
        """Start importing the chosen paths."""
        paths = self.paths()
        if not paths or self._token is not None:
            return
        self._stop_counting()
        self._count_generation += 1  # the import counts for itself now
        token = self._token = CancelToken()
        options = ImportOptions(link=self.link.isChecked())
        self.choose.hide()
        names = ", ".join(isolate(p.name or str(p)) for p in paths[:3])
        if len(paths) > 3:
            names = self.tr("%1 and %n more", "", len(paths) - 3).replace("%1", names)
        text = (
            self.tr("Linking %1 where they are")
            if options.link
            else self.tr("Copying %1 into the collection")
        )
        self.what.setText(text.replace("%1", names))
        self._names = names
        self.what.show()
        self.progress.show()
        self.progress.setRange(0, 1)  # counts arrive with the first report
        self.progress.setValue(0)
        self.status.setText(self.tr("Looking for files…"))
        self._update_buttons()
        self._bridge.progress.connect(self._on_progress)
        library = self._bridge.library
        self._bridge.run(
            lambda: library.import_paths(
                paths, options=options, progress=self._bridge.report_progress, cancel=token
            ),
            on_done=self._on_done,
            on_error=self._on_error,
        )

    def _on_progress(self, info: ProgressInfo) -> None:
        if info.total:
            self.progress.setRange(0, info.total)
            self.progress.setValue(info.done)
        self.status.setText(progress_text(info))

    def cancel_import(self) -> None:
        """Ask the running import to stop after the current file."""
        if self._token is not None:
            self._token.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping after the current file…"))

    def done(self, result: int) -> None:
        self._stop_counting()  # the count's thread ends at its next file
        super().done(result)

    def reject(self) -> None:
        if self._token is not None:
            self.cancel_import()  # Escape or the close box stops the import, then waits for it
            return
        super().reject()

    def _on_cancel(self) -> None:
        if self._token is not None:
            self.cancel_import()
        else:
            self.reject()

    def _finish(self) -> None:
        self._bridge.progress.disconnect(self._on_progress)
        self._token = None
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self.start_button.hide()
        self._update_buttons()

    def _on_done(self, report: ImportReport) -> None:
        self.report = report
        self._finish()
        self.what.setText(self.tr("From %1").replace("%1", self._names))
        added = report.added
        failed = report.failures
        stopped = (FailureReason.CANCELLED, FailureReason.DISK_FULL)
        unreached = sum(
            1 for r in report.results if r.status is FileStatus.SKIPPED and r.reason in stopped
        )
        self.progress.setRange(0, max(len(report.results), 1))
        self.progress.setValue(len(report.results) - unreached)  # cancelled: "18 of 64"
        summary = [self.tr("%n item(s) imported.", "", len(added))]
        duplicates = report.of(FileStatus.DUPLICATE)
        if duplicates:
            summary.append(
                self.tr("%n file(s) were already in the collection.", "", len(duplicates))
            )
        if report.cancelled:
            summary.append(self.tr("The import was cancelled; what was imported stays."))
        if failed:
            summary.append(self.tr("%n file(s) could not be imported:", "", len(failed)))
            self.failures.set_failures(failed, self.paths())
            self.failures.show()
        self.status.setText(" ".join(summary))
        ids = frozenset(ItemId(r.item_id) for r in added if r.item_id)
        self._bridge.announce(Changes(items=ids, people=bool(ids), places=bool(ids)))
        self.import_finished.emit(report)

    def _on_error(self, exc: BaseException) -> None:
        self._finish()
        self.progress.hide()
        self.status.setText(self.tr("The import stopped: %1").replace("%1", str(exc)))
        self.import_finished.emit(ImportReport())


class FailuresDialog(QDialog):
    """The files that could not be imported during this session, and why."""

    def __init__(self, failures: Sequence[FileResult], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import failures (this session)"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("%n file(s) could not be imported:", "", len(failures)), self)
        )
        self.table = FailuresTable(self)
        self.table.set_failures(failures)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
