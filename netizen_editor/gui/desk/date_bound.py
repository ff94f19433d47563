"""One end of the desk's date range: a date, or "any date" (no bound), typed or picked.

QDateEdit shows its special text at its minimum date; this one also takes a date typed over
that text (the first digit starts at today's date, its first part being typed over: the day in
Indonesian, ``dd/MM/yyyy``, the year in English, ISO 8601) or over all of a date, goes back to
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
#: what may be typed between a date's day, month and year (the edit shows its format's)
SEPARATORS = frozenset("-/.")
#: how a date is shown and typed, by the window's language: as the newsroom writes one by hand
#: in Indonesian (day first: "5/12/2026" typed into year-first fields made the year 5122 and
#: the desk empty), ISO 8601 in English (no reader takes 2026-12-05 for the 12th of May)
FORMATS = {"id": "dd/MM/yyyy", "en": "yyyy-MM-dd"}


class DateBound(QDateEdit):
    """A date or, at ``NO_DATE``, ``any_text``."""

    def __init__(self, any_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setLocale(QLocale(i18n.language()))  # the calendar's month and day names
        self.setCalendarPopup(True)
        self.setDisplayFormat(FORMATS.get(i18n.language(), FORMATS["en"]))
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
        at_start = at == 0 or line.text()[at - 1] in SEPARATORS  # of one of the date's parts
        if text in SEPARATORS and not everything:
            if not at_start:  # "1/": the day is 1 and the month is next (Qt ignored the "/")
                self._next_part()
            event.accept()  # else the part was full and the next one began: none skipped
            return
        if text.isdigit() and (self.date() == NO_DATE or everything):
            if self.date() == NO_DATE:
                self.setDate(QDate.currentDate())  # a date typed over "any date": from today's
            self.setCurrentSection(self.sectionAt(0))  # its first part (day or year) typed over
            self.setSelectedSection(self.sectionAt(0))
        elif text.isdigit() and at_start and not line.hasSelectedText():
            self.setSelectedSection(self.currentSection())  # a part begun is typed over
        super().keyPressEvent(event)

    def _next_part(self) -> None:
        """The part typed so far ("1" of the day) taken as it reads, then the next one selected."""
        lenient = self.displayFormat().replace("dd", "d").replace("MM", "M")
        typed = QDate.fromString(self.lineEdit().text(), lenient)
        if typed.isValid() and typed > NO_DATE:
            self.setDate(typed)
        index = self.currentSectionIndex()
        if index + 1 < self.sectionCount():
            self.setCurrentSectionIndex(index + 1)
            self.setSelectedSection(self.currentSection())

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab leaves the field (QDateEdit's went to the date's next section, and stayed)."""
        return QWidget.focusNextPrevChild(self, next)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        calendar = self.calendarWidget()
        if watched is calendar and event.type() == QEvent.Type.Show and self.date() == NO_DATE:
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())  # this month, not 2000's
        return super().eventFilter(watched, event)
