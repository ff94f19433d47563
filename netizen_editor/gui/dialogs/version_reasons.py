"""Why a version was kept, as File › History names it: in full in the summary and the choices to
compare with ("overwritten (changed elsewhere)"), short in the list's Reason column, whose tip
has the full name (QA31 F7: at 1366×768 the long names pushed the Words column out of the list,
behind a sideways scroll)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

#: the label of a backup taken while the story had its history (its reason stays ``backup``)
BACKUP_SAVE = "backup-save"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareDialog", text)


def reason_label(reason: str) -> str:
    labels = {
        "save": _tr("save"),
        "status": _tr("status change"),
        "review": _tr("review decision"),
        "export": _tr("export"),
        "import": _tr("import"),
        "restore": _tr("before a restore"),
        "overwritten": _tr("overwritten (changed elsewhere)"),
        "backup": _tr("backup (before the history)"),
        BACKUP_SAVE: _tr("backup before a save"),
        "disk": _tr("on disk, not saved by you"),
    }
    return labels.get(reason, reason)


def short_reason(reason: str) -> str:
    """The reason in the list of versions: a word or two (``reason_label`` in its tip)."""
    short = {
        "overwritten": _tr("overwritten"),
        "backup": _tr("old backup"),
        BACKUP_SAVE: _tr("backup"),
        "disk": _tr("on disk"),
    }
    return short.get(reason) or reason_label(reason)
