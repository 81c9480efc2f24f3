"""Importing a pack of replies: a preview first (how many are new, unchanged, conflicting, and
which rows are bad and why), a choice for conflicts, then all or nothing, a backup made before.
Every library call runs on the worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.library.packs import ImportReport, PackError, import_pack
from desktop.core.safety.backups import make_backup
from desktop.ui.services import Services


class ImportDialog(QDialog):
    """Preview and import ``path``; ``report`` is the last preview or the import's account."""

    def __init__(self, services: Services, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import replies"))
        self._services, self.path = services, path
        self.report: ImportReport | None = None
        self.imported = False
        self.preview = QLabel()
        self.preview.setObjectName("importPreview")
        self.preview.setWordWrap(True)
        self.policies = QButtonGroup(self)
        labels = {
            "keep_both": self.tr("Keep both (the file's reply gets a new id)"),
            "skip": self.tr("Skip the file's reply"),
            "overwrite": self.tr("Overwrite mine (never a built-in I edited)"),
        }
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("File: %1").replace("%1", str(path))))
        layout.addWidget(self.preview)
        layout.addWidget(QLabel(self.tr("When a reply's id is taken by a different reply:")))
        self.choices: dict[str, QRadioButton] = {}
        for key, label in labels.items():
            button = QRadioButton(label)
            self.policies.addButton(button)
            self.choices[key] = button
            layout.addWidget(button)
        self.choices["keep_both"].setChecked(True)
        for button in self.choices.values():  # a new choice: a new preview
            button.toggled.connect(lambda on: self.refresh() if on else None)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("primary")
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.run_import)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    @property
    def policy(self) -> str:
        return next(k for k, b in self.choices.items() if b.isChecked())

    def refresh(self) -> None:
        """Preview the import with the chosen policy (nothing is written)."""
        lib, path, policy = self._services.library, self.path, self.policy
        self.import_button.setEnabled(False)
        self._services.tasks.submit(lambda: _attempt(lib, path, policy, True), self._previewed)

    def _previewed(self, result: ImportReport | str) -> None:
        if isinstance(result, str):
            self.report = None
            self.preview.setText(self.tr("Nothing can be imported: %1").replace("%1", result))
            return
        self.report = result
        text = self.tr("%1 new, %2 already here, %3 conflicting, %4 to overwrite, %5 skipped.")
        for n, value in enumerate(
            (result.new, result.unchanged, len(result.conflicts), result.updated, result.skipped),
            start=1,
        ):
            text = text.replace(f"%{n}", str(value))
        if result.conflicts:
            text += "\n" + "\n".join(result.conflicts[:8])
        self.preview.setText(text)
        self.import_button.setEnabled(result.added + result.updated > 0)

    def run_import(self) -> None:
        lib, path, policy = self._services.library, self.path, self.policy
        hub = self._services.hub

        def job() -> ImportReport | str:
            if lib.path is not None:
                make_backup(lib.path, "import")  # before anything of the file is written
            return _attempt(lib, path, policy, False)

        def done(result: ImportReport | str) -> None:
            if isinstance(result, str):
                self.preview.setText(self.tr("Nothing was imported: %1").replace("%1", result))
                return
            self.report, self.imported = result, True
            hub.libraryChanged.emit()
            hub.status.emit(
                self.tr("Imported %1 replies").replace("%1", str(result.added + result.updated))
            )
            self.accept()

        self.import_button.setEnabled(False)
        self._services.tasks.submit(job, done)


def _attempt(lib: object, path: Path, policy: str, dry_run: bool) -> ImportReport | str:
    """The import (or its preview); a file that cannot be imported gives its reason."""
    try:
        return import_pack(lib, path, dry_run=dry_run, policy=policy)  # type: ignore[arg-type]
    except PackError as exc:
        return str(exc)
