"""The desk's table fits the desk as QA found it at 1366 px: the table scrolled sideways for
Tanggal … Berkas (thirteen columns, 1,750 px, in a desk of about 1,000). Now the title takes
what the other columns leave, the least useful columns give way while the title would have
less than its least, and a cell cut short, or a column left out, is said in a tip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QStyle, QToolTip

from netizen_editor.gui.desk.column_fit import STEPS, TITLE_MIN
from netizen_editor.gui.desk.filtering import COLUMNS
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT
from tests.gui.desk.test_filtering import entry

NEEDED = {"title", "status", "locked_by", "errors", "warnings", "author", "date", "modified"}
LONG_TITLE = ("Gempa Bumi Magnitudo 6,2 Guncang Pesisir Selatan Jawa Barat, Warga Panik "
              "Berhamburan Keluar Rumah")  # fmt: skip


def _shown(table) -> dict[str, int]:
    header = table.horizontalHeader()
    return {name: header.sectionSize(column) for column, name in enumerate(COLUMNS)
            if not header.isSectionHidden(column)}  # fmt: skip


def test_at_1366_px_in_indonesian_the_table_does_not_scroll_sideways(
    make_window, desk_folder, qtbot, indonesian_ui
):
    window = make_window(settings=Settings(ui_language="id"))
    window.resize(1366, 768)
    assert window.desk.open_desk(desk_folder)
    panel = window.desk.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5, timeout=TIMEOUT)
    table, header = panel.table, panel.table.horizontalHeader()
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0, timeout=TIMEOUT)
    assert header.length() <= table.viewport().width() < 1100
    shown = _shown(table)
    assert set(shown) >= NEEDED and set(COLUMNS) - set(shown) <= set(STEPS)
    assert shown["title"] >= TITLE_MIN
    style = header.style()
    room = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    room += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    for name, width in shown.items():  # no header cut ("Peringatan", "Perubahan Terakhir")
        text = panel.model.headerData(COLUMNS.index(name), Qt.Orientation.Horizontal, 0)
        assert width >= header.fontMetrics().horizontalAdvance(text) + room, text


def _panel(qtbot, width: int):
    from netizen_editor.gui.desk.desk_panel import DeskPanel

    panel = DeskPanel()
    qtbot.addWidget(panel)
    panel.model.set_entries([
        entry("nasional/gempa.md", title=LONG_TITLE, editor="Dewi Lestari", dateline="GARUT",
              date="2026-12-07T19:33:00+07:00", modified="2026-12-07T13:00:00+00:00",
              modified_by="Budi Santoso", words=348),  # the newest change: the first row
        entry("b.md", title="Banjir", date="2026-12-05"),
    ])  # fmt: skip
    panel.resize(width, 400)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.table.viewport().width() > width - 40, timeout=TIMEOUT)
    return panel


def test_the_columns_come_back_when_the_desk_is_wider(qtbot, english):
    panel = _panel(qtbot, 1000)
    narrow = _shown(panel.table)
    assert set(COLUMNS) - set(narrow) and sum(narrow.values()) == panel.table.viewport().width()
    assert panel.model.index(0, COLUMNS.index("date")).data() == "7 Dec 2026"  # the day alone
    panel.resize(1900, 400)
    qtbot.waitUntil(lambda: len(_shown(panel.table)) == len(COLUMNS), timeout=TIMEOUT)
    wide = _shown(panel.table)
    assert sum(wide.values()) == panel.table.viewport().width() and wide["title"] > TITLE_MIN
    assert panel.model.index(0, COLUMNS.index("date")).data() == "7 Dec 2026 19:33 WIB"
    modified = panel.model.index(0, COLUMNS.index("modified")).data()
    assert modified.endswith(" · Budi Santoso")  # who made it, said again


def _tip(qtbot, panel, column: str) -> str:
    table = panel.table
    place = table.visualRect(panel.model.index(0, COLUMNS.index(column))).center()
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, place, table.viewport().mapToGlobal(place))
    QApplication.sendEvent(table.viewport(), event)
    return QToolTip.text()


def test_a_title_cut_short_and_the_columns_left_out_are_in_its_tip(qtbot, english):
    panel = _panel(qtbot, 1000)
    assert panel.model.index(0, 0).data() == LONG_TITLE
    tip = _tip(qtbot, panel, "title").splitlines()
    assert tip[:2] == [LONG_TITLE, "nasional/gempa.md"]  # the title whole, its file
    assert "Editor: Dewi Lestari" in tip and "Dateline: GARUT" in tip and "Words: 348" in tip
    assert _tip(qtbot, panel, "date") == "Monday, 7 December 2026 19:33 WIB"
    assert _tip(qtbot, panel, "modified").endswith(" · Budi Santoso")
    panel.resize(1900, 400)
    qtbot.waitUntil(lambda: len(_shown(panel.table)) == len(COLUMNS), timeout=TIMEOUT)
    panel.table.setColumnWidth(COLUMNS.index("editor"), 40)  # dragged narrow: "De…"
    assert _tip(qtbot, panel, "editor") == "Dewi Lestari"
    assert _tip(qtbot, panel, "title").splitlines()[-1] == "nasional/gempa.md"  # none left out
