"""The status bar's permanent fields: suggest mode, counts, cursor position, saved state,
preview problems. Their signs are in every font (✓ ● ✎ ⚠); read-only's padlock is our icon
(an emoji needs an emoji font, which many machines lack: they drew an empty box)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar

from netizen_editor.editing.textstats import TextStats
from netizen_editor.gui.window.actions import icon


def _tr(text: str) -> str:
    return QCoreApplication.translate("Status", text)


class StatusFields:
    """Adds and updates the fields; the window tells it what to show."""

    def __init__(self, bar: QStatusBar):
        self.problem = QLabel()
        self.problem.setObjectName("status_problem")
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        self.stats = QLabel()
        self.stats.setObjectName("status_stats")
        self.position = QLabel()
        self.position.setObjectName("status_position")
        self.saved = QLabel()
        self.saved.setObjectName("status_saved")
        self.saved_icon = QLabel()  # the padlock beside "Read-only"
        self.saved_icon.setObjectName("status_saved_icon")
        side = max(12, self.saved.fontMetrics().height() - 2)
        self.saved_icon.setPixmap(icon("netizen-lock").pixmap(side, side))
        self.saved_icon.setContentsMargins(8, 0, 0, 0)
        self.saved_icon.hide()
        self.suggesting = QLabel("✎ " + _tr("Suggesting"))
        self.suggesting.setObjectName("status_suggesting")
        self.suggesting.setToolTip(
            _tr("Suggest mode: what you type and delete becomes a suggestion")
        )
        self.suggesting.setStyleSheet("color: #137333; font-weight: bold;")
        self.suggesting.hide()
        for label in (self.suggesting, self.stats, self.position, self.saved):
            label.setContentsMargins(8, 0, 8, 0)
        bar.addWidget(self.problem, 1)
        bar.addPermanentWidget(self.suggesting)
        bar.addPermanentWidget(self.stats)
        bar.addPermanentWidget(self.position)
        bar.addPermanentWidget(self.saved_icon)
        bar.addPermanentWidget(self.saved)

    def set_stats(self, stats: TextStats | None) -> None:
        if stats is None:
            self.stats.clear()
            return
        minutes = (
            _tr("%n min read").replace("%n", str(stats.reading_minutes))
            if stats.reading_minutes
            else _tr("< 1 min read")
        )
        self.stats.setText(
            _tr("{words} words · {chars} characters · {minutes}").format(
                words=f"{stats.words:,}".replace(",", "."),
                chars=f"{stats.characters:,}".replace(",", "."),
                minutes=minutes,
            )
        )

    def set_position(self, line: int, column: int) -> None:
        self.position.setText(_tr("Ln {line}, Col {column}").format(line=line, column=column))

    def set_saved(self, state: str) -> None:
        """``state``: saved, unsaved, untitled, read_only or empty."""
        texts = {
            "saved": ("✓ " + _tr("Saved"), "#2e7d32"),
            "unsaved": ("● " + _tr("Unsaved changes"), "#b26a00"),
            "untitled": ("● " + _tr("Not saved yet"), "#b26a00"),
            "read_only": (_tr("Read-only"), "#555555"),
        }
        text, colour = texts.get(state, ("", "#000000"))
        locked = state == "read_only"
        self.saved_icon.setVisible(locked)
        self.saved.setContentsMargins(2 if locked else 8, 0, 8, 0)  # the text beside its icon
        self.saved.setText(text)
        self.saved.setStyleSheet(f"color: {colour};")

    def set_suggesting(self, on: bool, who: str = "", from_login: bool = False) -> None:
        """Suggest mode shown on or off, with the name the suggestions are signed with (the
        login name when Settings has none: the tip says where to set it)."""
        self.suggesting.setVisible(on)
        if not who:
            return
        self.suggesting.setText("✎ " + _tr("Suggesting as {name}").format(name=who))
        tip = _tr("Suggest mode: what you type and delete becomes a suggestion signed {name}")
        if from_login:
            tip += " — " + _tr("your login name; set yours in Edit › Settings… (Default author)")
        self.suggesting.setToolTip(tip.format(name=who))

    def set_problem(self, text: str) -> None:
        self.problem.setText(("⚠ " + text) if text else "")
        self.problem.setToolTip(text)
        self.problem.setVisible(bool(text))
