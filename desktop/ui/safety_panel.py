"""The backups panel: the library file, its backups with their checks, Back up now, Restore
(at the next start: the file is open while the window runs) and Open data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.safety.backups import backup_dir, make_backup
from desktop.core.safety.doctor import Report, examine
from desktop.core.safety.recovery import restore_request
from desktop.ui.import_dialog import ImportDialog
from desktop.ui.services import Services
from desktop.ui.startup import merge_team_packs


class SafetyPanel(QWidget):
    """Backups of the library; every file operation runs on the worker."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.path: Path | None = services.library.path
        self.report: Report | None = None
        self.pack_results: list[object] = []
        self.state = QLabel()
        self.state.setObjectName("safetyState")
        self.state.setWordWrap(True)
        self.model = QStandardItemModel(0, 3, self)
        self.table = QTableView()
        self.table.setObjectName("backupList")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("primary")
        self.restore_button = QPushButton(self.tr("Restore the selected backup…"))
        self.folder_button = QPushButton(self.tr("Open data folder"))
        self.import_button = QPushButton(self.tr("Import replies…"))
        self.packs_button = QPushButton(self.tr("Update team packs"))
        buttons = QHBoxLayout()  # two rows: the dock stays narrow beside the replies
        for button in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        sharing = QHBoxLayout()
        for button in (self.import_button, self.packs_button):
            sharing.addWidget(button)
        sharing.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(sharing)
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button.clicked.connect(self._ask_restore)
        self.folder_button.clicked.connect(self.open_folder)
        self.import_button.clicked.connect(self._ask_import)
        self.packs_button.clicked.connect(self.update_packs)
        self.setFocusProxy(self.backup_button)
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(self.path is not None)

    def showEvent(self, event: QShowEvent) -> None:
        """Each backup is checked when the panel is shown, not at every start of the window
        (an integrity_check per backup file is real work)."""
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if self.path is None:
            self.state.setText(self.tr("This library is kept in memory: nothing to back up."))
            return
        path = self.path
        self._services.tasks.submit(lambda: examine(path), self._show)

    def _show(self, report: Report) -> None:
        self.report = report
        sound = sum(1 for b in report.backups if b["sound"])
        text = self.tr("%1 — %2 backups, %3 pass their check.")
        text = text.replace("%1", report.path).replace("%2", str(len(report.backups)))
        self.state.setText(text.replace("%3", str(sound)))
        self.model.removeRows(0, self.model.rowCount())
        self.model.setHorizontalHeaderLabels(
            [self.tr("Made (UTC)"), self.tr("Why"), self.tr("Check")]
        )
        for b in report.backups:
            made = str(b["made"])[:16].replace("T", " ")
            check = self.tr("ok") if b["sound"] else self.tr("fails")
            reason = self.reasons().get(str(b["reason"]), str(b["reason"]))
            items = [QStandardItem(made), QStandardItem(reason), QStandardItem(check)]
            items[0].setData(str(b["name"]))
            self.model.appendRow(items)
        self.table.resizeColumnsToContents()

    def reasons(self) -> dict[str, str]:
        """Why a backup was made, in the UI language."""
        return {
            "manual": self.tr("by hand"),
            "start": self.tr("at start"),
            "import": self.tr("before an import"),
            "migration": self.tr("before an upgrade"),
        }

    def back_up(self) -> None:
        if self.path is None:
            return
        path, hub = self.path, self._services.hub

        def done(made: Path) -> None:
            hub.status.emit(self.tr("Backed up: %1").replace("%1", made.name))
            self.refresh()

        def failed(kind: str) -> None:
            QMessageBox.warning(self, self.tr("Not backed up"), kind)

        self._services.tasks.submit(lambda: make_backup(path, "manual"), done, failed)

    def selected_backup(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.path is None:
            return None
        name = self.model.item(rows[0].row(), 0).data()
        return backup_dir(self.path) / str(name)

    def request_restore(self, backup: Path) -> None:
        """Have ``backup`` put in place at the next start (the file it replaces is kept)."""
        if self.path is None:
            return
        restore_request(self.path).write_text(str(backup), encoding="utf-8")
        self._services.hub.status.emit(
            self.tr("The backup will be restored when BorderDesk next starts")
        )

    def _ask_restore(self) -> None:
        backup = self.selected_backup()
        if backup is None:
            self._services.hub.status.emit(self.tr("Select a backup first"))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "%1 will replace the library when BorderDesk next starts. The current file is "
                "kept beside it, nothing is deleted."
            ).replace("%1", backup.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.request_restore(backup)

    def import_file(self, path: Path) -> ImportDialog:
        """The import dialog for ``path``: its preview starts at once."""
        dialog = ImportDialog(self._services, path, self)
        dialog.refresh()
        return dialog

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import replies"), "", self.tr("Reply packs (*.csv *.json)")
        )
        if path:
            dialog = self.import_file(Path(path))
            if dialog.exec() and dialog.imported:
                self.refresh()  # the backup made before the import is listed

    def update_packs(self) -> None:
        """Merge the newer versions of the team packs followed (the window does it at start)."""

        def keep(results: list[object]) -> None:
            self.pack_results = results

        merge_team_packs(self._services, keep)

    def open_folder(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))
