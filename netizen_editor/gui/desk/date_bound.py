"""One end of the desk's date range: a date, or "any date" (no bound), typed or picked.

QDateEdit shows its special text at its minimum date; this one also takes a date typed over
that text (the first digit starts at today's date, its year being typed over), goes back to
"any date" when all of it is deleted, and opens its calendar on this month, in the window's
language, when it has no date yet (Qt's opened on the minimum's January 2000, in English).
Tab and Shift+Tab go to the next or previous field, as everywhere else (Qt's stepped through
the date's year, month and day and kept the focus: the arrows and the separators do that).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from netizen_editor import i18n

#: "no bound": the minimum date, where the edit shows its special text
NO_DATE = QDate(2000, 1, 1)
#: what may be typed between a date's year, month and day (the edit shows "-")
SEPARATORS = frozenset("-/.")


class DateBound(QDateEdit):
    """A date or, at ``NO_DATE``, ``any_text``."""

    def __init__(self, any_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setLocale(QLocale(i18n.language()))  # the calendar's month and day names
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(any_text)  # shown at the minimum: no bound
        self.setDate(NO_DATE)
        self.calendarWidget().installEventFilter(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        line = self.lineEdit()
        everything = line.hasSelectedText() and line.selectedText() == line.text()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            everything or self.date() == NO_DATE
        ):
            self.setDate(NO_DATE)  # all of it deleted: any date again
            event.accept()
            return
        at = line.cursorPosition()
        if text in SEPARATORS and at > 0 and line.text()[at - 1] == "-" and not everything:
            event.accept()  # the section is full and the next one began: no section skipped
            return
        if self.date() == NO_DATE and text.isdigit():
            self.setDate(QDate.currentDate())  # a date typed over "any date": from today's,
            self.setCurrentSection(QDateEdit.Section.YearSection)  # its year typed over
            line.setSelection(0, 4)
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab leaves the field (QDateEdit's went to the date's next section, and stayed)."""
        return QWidget.focusNextPrevChild(self, next)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        calendar = self.calendarWidget()
        if watched is calendar and event.type() == QEvent.Type.Show and self.date() == NO_DATE:
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())  # this month, not 2000's
        return super().eventFilter(watched, event)
