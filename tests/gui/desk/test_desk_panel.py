"""The desk's table in the real window, as a desk editor uses it: the counts per status are
filters, and so are the author, the label, the date range, "Mine" and the search (titles at
once, the stories' text from the worker); a click on a header sorts; the checks' counts come
with the next polls."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from netizen_editor.gui.desk.filtering import COLUMNS
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT


def titles(window) -> list[str]:
    """The titles shown (of the articles: not the file that is none)."""
    return [e.title for e in window.desk.panel.model.shown() if e.problem is None]


def test_the_counts_per_status_filter_the_table(desk_window, qtbot):
    window = desk_window()
    panel = window.desk.panel
    qtbot.mouseClick(panel.status_buttons["review"], Qt.MouseButton.LeftButton)
    assert titles(window) == ["Harga Beras Naik Jelang Natal"]
    assert panel.summary_label.text().startswith("1 of 5 stories")
    qtbot.mouseClick(panel.status_buttons["problem"], Qt.MouseButton.LeftButton)
    assert [e.path for e in panel.model.shown()] == ["rusak.md"]
    qtbot.mouseClick(panel.status_buttons[""], Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 5


def test_author_label_and_mine(desk_window, qtbot):
    window = desk_window()
    panel = window.desk.panel
    panel.author_combo.setCurrentIndex(panel.author_combo.findData("Budi Santoso"))
    assert sorted(titles(window)) == ["Banjir Rendam Jakarta Utara",
                                      "Timnas Menang Tipis atas Vietnam"]  # fmt: skip
    panel.label_combo.setCurrentIndex(panel.label_combo.findData("Olahraga"))
    assert titles(window) == ["Timnas Menang Tipis atas Vietnam"]
    panel.author_combo.setCurrentIndex(0)
    panel.label_combo.setCurrentIndex(panel.label_combo.findData("Nasional"))
    assert sorted(titles(window)) == ["Banjir Rendam Jakarta Utara",
                                      "Timnas Menang Tipis atas Vietnam"]  # fmt: skip
    panel.label_combo.setCurrentIndex(0)
    panel.mine_check.click()  # the settings' author is Budi Santoso
    assert sorted(titles(window)) == ["Banjir Rendam Jakarta Utara",
                                      "Timnas Menang Tipis atas Vietnam"]  # fmt: skip


def test_mine_counts_the_stories_one_edits(desk_window):
    window = desk_window(Settings(ui_language="en", default_author="Dewi Lestari"))
    window.desk.panel.mine_check.click()  # the editor of every story
    assert window.desk.panel.model.rowCount() == 4


def test_the_date_range(desk_window):
    window = desk_window()
    panel = window.desk.panel
    panel.since_edit.setDate(QDate(2026, 12, 2))
    assert sorted(titles(window)) == ["Harga Beras Naik Jelang Natal",
                                      "Timnas Menang Tipis atas Vietnam"]  # fmt: skip
    panel.until_edit.setDate(QDate(2026, 12, 4))
    assert titles(window) == ["Harga Beras Naik Jelang Natal"]
    panel.since_edit.setDate(panel.since_edit.minimumDate())  # "from any date"
    assert sorted(titles(window)) == ["Banjir Rendam Jakarta Utara",
                                      "Harga Beras Naik Jelang Natal",
                                      "KPU Tetapkan Jadwal Pilkada Ulang"]  # fmt: skip
    assert panel.since_edit.text() == "from any date"


def test_search_finds_titles_at_once_and_words_of_the_text(desk_window, qtbot, desk_folder):
    window = desk_window()
    panel = window.desk.panel
    qtbot.keyClicks(panel.search_edit, "timnas")
    qtbot.waitUntil(lambda: titles(window) == ["Timnas Menang Tipis atas Vietnam"], timeout=TIMEOUT)
    file = desk_folder / "pemilu-daerah.md"
    file.write_text(file.read_text(encoding="utf-8") + "\nPendukung timnas ikut mengawal.\n",
                    encoding="utf-8")  # fmt: skip
    panel.search_edit.clear()
    qtbot.keyClicks(panel.search_edit, "posko kelurahan")  # in every story's text
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4, timeout=TIMEOUT)
    assert "searching" not in panel.summary_label.text()
    panel.search_edit.clear()
    qtbot.keyClicks(panel.search_edit, "mengawal")  # only in the text of one
    qtbot.waitUntil(lambda: titles(window) == ["KPU Tetapkan Jadwal Pilkada Ulang"],
                    timeout=TIMEOUT)  # fmt: skip
    panel.search_edit.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5, timeout=TIMEOUT)


def test_a_click_on_a_header_sorts_and_keeps_the_selection(desk_window, qtbot):
    window = desk_window()
    panel = window.desk.panel
    panel.select_path("ekonomi/harga-beras.md")
    header = panel.table.horizontalHeader()
    column = 0  # the title
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=_section_center(header, column))  # fmt: skip
    shown = titles(window)
    assert shown == sorted(shown, key=str.casefold) or shown == sorted(shown, key=str.casefold,
                                                                       reverse=True)  # fmt: skip
    panel.model.sort(column, Qt.SortOrder.AscendingOrder)
    assert titles(window)[0] == "Banjir Rendam Jakarta Utara"
    panel.model.sort(column, Qt.SortOrder.DescendingOrder)
    assert titles(window)[0] == "Timnas Menang Tipis atas Vietnam"
    assert panel.selected().path == "ekonomi/harga-beras.md"  # the selection followed its row
    words = list(panel.model.entries)
    panel.model.sort(COLUMNS.index("words"), Qt.SortOrder.DescendingOrder)
    counts = [e.words for e in panel.model.shown()]
    assert counts == sorted((e.words for e in words), reverse=True)


def _section_center(header, column: int):
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    return QPoint(x, header.height() // 2)


def test_the_checks_counts_come_with_the_next_polls(desk_window, qtbot):
    window = desk_window()
    model = window.desk.panel.model
    qtbot.waitUntil(
        lambda: all(e.errors is not None for e in model.entries if e.problem is None),
        timeout=TIMEOUT,
    )
    row = model.row_of("banjir-jakarta.md")
    entry = model.entry(row)
    assert model.index(row, COLUMNS.index("errors")).data() == str(entry.errors)
    assert model.index(row, COLUMNS.index("warnings")).data() == str(entry.warnings)


def test_an_author_whose_last_story_goes_gives_way_to_any(desk_window, qtbot, desk_folder):
    window = desk_window()
    panel = window.desk.panel
    panel.author_combo.setCurrentIndex(panel.author_combo.findData("Rina Kartika"))
    assert titles(window) == ["KPU Tetapkan Jadwal Pilkada Ulang"]
    (desk_folder / "pemilu-daerah.md").unlink()
    qtbot.waitUntil(lambda: panel.author_combo.findData("Rina Kartika") < 0, timeout=TIMEOUT)
    assert panel.author_combo.currentIndex() == 0 and len(titles(window)) == 3


def test_every_header_fits_its_column_in_indonesian(qapp, qtbot):
    """A translated header ("Peringatan", "Dibuka Oleh") is not clipped: each column is at
    least as wide as its text in the header's font, its margins and the sort arrow."""
    from PySide6.QtWidgets import QStyle

    from netizen_editor.gui.app import install_translators
    from netizen_editor.gui.desk.desk_panel import DeskPanel

    installed = install_translators(qapp, "id")
    try:
        panel = DeskPanel()
        qtbot.addWidget(panel)
        header = panel.table.horizontalHeader()
        style = header.style()
        room = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        room += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        texts = {}
        for column, name in enumerate(COLUMNS):
            text = panel.model.headerData(column, Qt.Orientation.Horizontal, 0)
            texts[name] = text
            needed = header.fontMetrics().horizontalAdvance(text) + room
            assert header.sectionSize(column) >= needed, (name, text)
        assert texts["warnings"] == "Peringatan"  # the translation was in effect
        modified = panel.table.columnWidth(COLUMNS.index("modified"))
        sample = "27 Des 2026 18.24 WITA · Budi S."  # a longer name ends in "…" (its tip has it)
        assert modified > panel.table.fontMetrics().horizontalAdvance(sample)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_the_status_buttons_use_the_status_names_of_the_table_and_its_filters(qapp, qtbot):
    """In Indonesian: "Siap Terbit", "Sudah Terbit", "Di-spike" on the buttons as in the status
    column and the filter tabs (the issue's "Siap terbit", "Sudah terbit", "Spike")."""
    from netizen_editor.gui.app import install_translators
    from netizen_editor.gui.desk.desk_panel import DeskPanel
    from netizen_editor.gui.desk.table_model import status_name

    installed = install_translators(qapp, "id")
    try:
        panel = DeskPanel()
        qtbot.addWidget(panel)
        buttons = {s: b.text() for s, b in panel.action_buttons.items()}
        assert buttons == {"review": "Kirim ke editor", "ready": "Siap Terbit",
                           "published": "Sudah Terbit", "spiked": "Di-spike"}  # fmt: skip
        for status in ("ready", "published", "spiked"):
            assert panel.status_buttons[status].text() == f"{status_name(status)} 0"
            assert buttons[status] == status_name(status)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
