"""What the agent reads when a task fails: a sentence about what to do, in the UI language.

The traceback is in the log (desktop.core.errors); the kind tells environmental trouble the
agent can fix (a locked, read-only, full or foreign file) from a bug in BorderDesk.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import log_path

CONTEXT = "Failures"


def failure_text(kind: str) -> str:
    """The sentence for a failure of ``kind`` (see desktop.core.errors.KINDS)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate(CONTEXT, text)

    texts = {
        "locked": tr("The library is in use by another program. Try again in a moment."),
        "read_only": tr("The library file cannot be written: it or its folder is read-only."),
        "disk_full": tr("The disk is full. Free some space and try again."),
        "not_a_library": tr("The file is not a BorderDesk library."),
    }
    return texts.get(kind) or tr(
        "Something went wrong inside BorderDesk; the details are in the log: %1"
    ).replace("%1", str(log_path()))
