"""The one question asked before a story is spiked (withdrawn and kept): the desk's Spike
action and the Article Details panel's Status list both ask it, so a single click next to
Published never withdraws a story."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Desk", text)  # the desk's words, where it first asked


def confirm_spike(parent: QWidget | None, story: str) -> bool:
    """Spike ``story`` (its title, else its file name)? Cancel is the default, so Enter and
    Escape keep the status; True only when Spike was clicked."""
    from netizen_editor.gui.desk.table_model import status_name

    box = QMessageBox(QMessageBox.Icon.Question, _tr("Spike Story?"),
                      _tr("Spike “{title}”?").format(title=story),
                      QMessageBox.StandardButton.NoButton, parent)  # fmt: skip
    box.setObjectName("desk_spike_dialog")
    box.setInformativeText(_tr("The story is withdrawn and kept: the desk lists it under "
                               "{status}, and its status can be set back at any time.")
                           .format(status=status_name("spiked")))  # fmt: skip
    box.addButton(_tr("&Spike"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    box.deleteLater()
    return box.clickedButton() not in (None, cancel)
