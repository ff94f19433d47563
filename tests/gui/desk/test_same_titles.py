"""Two rows of the desk with one title (QA31 F11): after "Save as Copy" the desk listed the story
and its copy as two rows "Kebakaran Besar Landa Pasar di…", and at 1366 px (no File column)
nothing told them apart. While two rows shown share a title, their title cells name their files
too, cut in the middle when narrow so the file's name stays in view."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from netizen_editor.gui.desk.filtering import COLUMNS
from tests.gui import TIMEOUT

TITLE = "Harga Beras Naik Jelang Natal"
COPY = "ekonomi/harga-beras-salinan.md"
SHOTS = os.environ.get("NETIZEN_DESK_SHOTS", "")


def _copied(desk_folder) -> None:
    story = desk_folder / "ekonomi" / "harga-beras.md"
    (desk_folder / COPY).write_text(story.read_text(encoding="utf-8"), encoding="utf-8")


def _title(model, path: str) -> str:
    return model.index(model.row_of(path), COLUMNS.index("title")).data()


def test_two_rows_with_one_title_name_their_files(desk_window, qtbot, desk_folder):
    _copied(desk_folder)
    window = desk_window(rows=6)
    model = window.desk.panel.model
    assert _title(model, "ekonomi/harga-beras.md") == f"{TITLE} — harga-beras.md"
    assert _title(model, COPY) == f"{TITLE} — harga-beras-salinan.md"
    assert _title(model, "olahraga/timnas.md") == "Timnas Menang Tipis atas Vietnam"
    (desk_folder / COPY).unlink()  # one row with the title again: the title alone
    window.desk.refresh()
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=TIMEOUT)
    assert _title(model, "ekonomi/harga-beras.md") == TITLE


def test_files_of_one_name_in_two_folders_are_named_by_their_paths(desk_window, desk_folder):
    story = desk_folder / "ekonomi" / "harga-beras.md"
    (desk_folder / "olahraga" / "harga-beras.md").write_text(story.read_text(encoding="utf-8"),
                                                              encoding="utf-8")  # fmt: skip
    model = desk_window(rows=6).desk.panel.model
    assert _title(model, "ekonomi/harga-beras.md") == f"{TITLE} — ekonomi/harga-beras.md"
    assert _title(model, "olahraga/harga-beras.md") == f"{TITLE} — olahraga/harga-beras.md"


def test_a_title_shared_with_a_row_filtered_out_is_the_title_alone(desk_window, desk_folder):
    _copied(desk_folder)
    copy = desk_folder / COPY
    copy.write_text(copy.read_text(encoding="utf-8").replace("status: review", "status: draft"),
                    encoding="utf-8")  # fmt: skip
    window = desk_window(rows=6)
    panel = window.desk.panel
    panel.status_buttons["review"].click()  # the copy (a draft) is not shown
    assert panel.model.row_of(COPY) == -1
    assert _title(panel.model, "ekonomi/harga-beras.md") == TITLE


def test_at_1366_px_the_two_rows_show_their_files_names(desk_window, qtbot, desk_folder):
    _copied(desk_folder)
    window = desk_window(rows=6)
    window.resize(1366, 768)
    window.show()
    panel = window.desk.panel
    table, model = panel.table, panel.model
    column = COLUMNS.index("title")
    qtbot.waitUntil(lambda: table.isColumnHidden(COLUMNS.index("path")), timeout=TIMEOUT)
    shown = []
    for path in ("ekonomi/harga-beras.md", COPY):
        index = model.index(model.row_of(path), column)
        option = QStyleOptionViewItem()
        table.initViewItemOption(option)
        table.itemDelegate().initStyleOption(option, index)
        assert option.textElideMode == Qt.TextElideMode.ElideMiddle
        room = table.columnWidth(column) - 20  # the cell's margins
        assert option.fontMetrics.horizontalAdvance(option.text) > room  # cut short
        shown.append(option.fontMetrics.elidedText(option.text, option.textElideMode, room))
    assert shown[0] != shown[1]
    assert shown[0].endswith("beras.md") and shown[1].endswith("salinan.md"), shown
    other = model.index(model.row_of("olahraga/timnas.md"), column)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    table.itemDelegate().initStyleOption(option, other)
    assert option.textElideMode == Qt.TextElideMode.ElideRight  # a title alone: as before
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, "desk-same-titles.png"))
