"""One end of the desk's date range (QA6: it could not be typed into or cleared, and its
calendar opened on January 2000, in English)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QWidget

from netizen_editor.gui.desk.date_bound import NO_DATE, DateBound


def _edit(qtbot) -> DateBound:
    edit = DateBound("dari tanggal berapa pun")
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    return edit


def test_a_date_typed_over_any_date(qtbot, english):
    edit = _edit(qtbot)
    assert edit.date() == NO_DATE and edit.text() == "dari tanggal berapa pun"
    qtbot.keyClicks(edit, "2026-11-15")
    assert edit.date() == QDate(2026, 11, 15)


def test_all_of_it_deleted_is_any_date_again(qtbot, english):
    edit = _edit(qtbot)
    edit.setDate(QDate(2026, 11, 15))
    edit.lineEdit().selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.date() == NO_DATE and edit.text() == "dari tanggal berapa pun"
    edit.setDate(QDate(2026, 11, 15))
    edit.lineEdit().selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.date() == NO_DATE


def test_the_calendar_opens_on_this_month_in_the_windows_language(qtbot, indonesian):
    edit = _edit(qtbot)
    assert edit.locale().language() == QLocale.Language.Indonesian
    calendar = edit.calendarWidget()
    popup = calendar.window()  # the calendar's popup, as the edit's arrow opens it
    popup.show()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    popup.hide()
    edit.setDate(QDate(2025, 3, 1))
    calendar.setCurrentPage(2025, 3)  # as the edit shows a date's month when it opens
    popup.show()
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (2025, 3)  # a date's own month


def test_tab_and_shift_tab_leave_the_field(qtbot, english):
    # QA19: Tab went to the month and the day of "from any date", and the focus stayed
    box = QWidget()
    qtbot.addWidget(box)
    before, edit, after = QLineEdit(), DateBound("any date"), QLineEdit()
    row = QHBoxLayout(box)
    for widget in (before, edit, after):
        row.addWidget(widget)
    box.show()
    qtbot.waitExposed(box)
    for date in (NO_DATE, QDate(2026, 11, 15)):
        edit.setDate(date)
        edit.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is after
        edit.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
        shift = Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, shift)
        assert QApplication.focusWidget() is before


def test_an_indonesian_date_is_typed_day_first(qtbot, indonesian):
    # QA31 F14: "5/12/2026" typed into the year-first field made 5122-02-06, and the desk
    # showed none of its stories with no word why
    for typed, date in (("5/12/2025", QDate(2025, 12, 5)), ("05/12/2024", QDate(2024, 12, 5)),
                        ("05122023", QDate(2023, 12, 5)), ("1/2/2025", QDate(2025, 2, 1)),
                        ("17/8/2019", QDate(2019, 8, 17))):  # fmt: skip
        edit = _edit(qtbot)
        qtbot.keyClicks(edit, typed)
        assert edit.date() == date, typed
        assert edit.text() == date.toString("dd/MM/yyyy")


def test_a_date_typed_over_another_keeps_each_part_in_its_place(qtbot, indonesian):
    edit = _edit(qtbot)
    edit.setDate(QDate(2026, 11, 15))
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, "1/2/2025")
    assert edit.date() == QDate(2025, 2, 1)
