"""The journalist's name, asked once: with Settings' ``default_author`` empty, suggestions,
comments, history versions and lock files are signed with the login name (``root`` on a
shared laptop). At the start a bar above the tabs says so and offers Set Name… (written to
the settings file, used at once) and Hide (for this session).

Only the window's start shows it (``gui/app.py``), never the command line.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Protocol, cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from netizen_editor.errors import SettingsError, error_message
from netizen_editor.gui.contrast import ON_LIGHT_BAR
from netizen_editor.gui.window.locking import LockKeeper
from netizen_editor.gui.window.name_letters import button_texts
from netizen_editor.gui.window.status import StatusFields
from netizen_editor.settings import Settings, save_setting
from netizen_editor.storage.locks import lock_name

BAR_NAME = "name_bar"


def _tr(text: str) -> str:
    return QCoreApplication.translate("NameBar", text)


class NameHost(Protocol):
    settings: Settings
    settings_path: Path
    status: StatusFields
    locks: LockKeeper

    def apply_settings(self, settings: Settings) -> None: ...
    def centralWidget(self) -> QWidget | None: ...


def _bar(window: NameHost) -> NameBar | None:
    central = window.centralWidget()
    return central.findChild(NameBar, BAR_NAME) if central is not None else None


class NameBar(QFrame):
    """Above the tabs: the login name signs the work until the journalist gives theirs (the
    style of the read-only bar, ``locking.ReadOnlyBar``)."""

    def __init__(self, login: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(BAR_NAME)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setStyleSheet(
            "#name_bar { background: #fff4e5; border: 1px solid #f0c36d; border-radius: 4px; }"
            f"#name_bar QLabel {{ color: {ON_LIGHT_BAR}; }}"
        )
        self.dismissed = False  # Hide: not shown again in this session
        self.label = QLabel(
            _tr(
                "Your suggestions, comments, history versions and lock files are signed with "
                "the login name “{name}” until you set your own name."
            ).format(name=login)
        )
        self.label.setWordWrap(True)
        self.set_button = QPushButton(_tr("Set &Name…"))  # (its letter: ``button_texts``)
        self.set_button.setObjectName("name_set_button")
        self.hide_button = QPushButton(_tr("&Hide"))
        self.hide_button.setObjectName("name_hide_button")
        self.hide_button.setToolTip(_tr("Hide this until the app is started again"))
        self.hide_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.set_button)
        layout.addWidget(self.hide_button)

    def dismiss(self) -> None:
        self.dismissed = True
        self.hide()


class NameDialog(QDialog):
    """Asks for the name and writes it to the settings file (an empty name is refused)."""

    named = Signal(str)

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("name_dialog")
        self.path = path
        self.setWindowTitle(_tr("Your Name"))
        self.edit = QLineEdit()
        self.edit.setObjectName("name_edit")
        self.edit.setPlaceholderText(_tr("e.g. Budi Santoso"))
        self.edit.setMinimumWidth(320)
        self.error_label = QLabel()
        self.error_label.setObjectName("name_error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(self._typed)
        layout = QVBoxLayout(self)
        intro = QLabel(_tr("Your name, as suggestions, comments, history versions and lock "
                           "files will show it (Edit › Settings… › Default author):"))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.edit)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._typed("")

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _typed(self, text: str) -> None:
        self.ok_button().setEnabled(bool(text.strip()))
        self.error_label.clear()

    def accept(self) -> None:
        name = " ".join(self.edit.text().split())
        if not name:
            self.error_label.setText(_tr("Type your name first."))
            return
        try:
            save_setting(self.path, "default_author", name)
        except SettingsError as exc:
            problem = exc.located()
        except OSError as exc:
            problem = error_message(exc)
        else:
            self.named.emit(name)
            super().accept()
            return
        self.error_label.setText(_tr("The name was not saved: {problem}").format(problem=problem))


def offer_name(window: NameHost) -> NameBar | None:
    """At the window's start: the bar when Settings has no author (not again once hidden)."""
    bar, central = _bar(window), window.centralWidget()
    if window.settings.default_author.strip() or (bar is not None and bar.dismissed):
        return None
    if bar is None:
        bar = NameBar(lock_name(""), central)
        bar.set_button.clicked.connect(lambda: ask_name(window))
        texts = button_texts(cast(QWidget, window))
        bar.set_button.setText(texts[0])
        bar.hide_button.setText(texts[1])
        layout = central.layout() if central is not None else None
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, bar)
    bar.show()
    return bar


def ask_name(window: NameHost) -> NameDialog:
    dialog = NameDialog(window.settings_path, window.centralWidget())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.named.connect(
        lambda name: window.apply_settings(replace(window.settings, default_author=name))
    )
    dialog.open()
    return dialog


def follow_name(window: NameHost) -> None:
    """After new settings: a name given (here or in Settings) hides the bar for good, and the
    status bar's "Suggesting as …" names whoever signs now."""
    name = window.settings.default_author.strip()
    bar = _bar(window)
    if name and bar is not None:
        bar.dismiss()
    on = not window.status.suggesting.isHidden()
    window.status.set_suggesting(on, name or lock_name(""), not name)
    window.locks.follow_user()  # the open stories' locks carry it at once
