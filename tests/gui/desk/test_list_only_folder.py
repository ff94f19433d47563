"""The window's desk shows a folder whose names can be listed but whose files cannot be looked
at (``r--``, a list-only ACL) as ``netizen-editor desk`` does (QA29 H4): as the desk, it cannot
be opened and says why; as a subfolder, it is a row with its problem, not a folder of stories
that vanished."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netizen_editor.settings import Settings
from tests.desk.conftest import list_only
from tests.gui import TIMEOUT


def test_a_list_only_subfolder_is_a_row_with_its_problem(make_window, desk_folder, qtbot,
                                                         monkeypatch):  # fmt: skip
    list_only(monkeypatch, desk_folder / "ekonomi")
    window = make_window(settings=Settings(ui_language="en"))
    assert window.desk.open_desk(desk_folder)
    model = window.desk.panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=TIMEOUT)
    shown = {entry.path: entry for entry in model.shown()}
    assert "ekonomi/harga-beras.md" not in shown
    assert shown["ekonomi"].problem == "the folder cannot be read: permission denied"
    index = model.index(model.row_of("ekonomi"), 0)
    assert "permission denied" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_a_list_only_desk_cannot_be_opened_and_says_why(make_window, desk_folder, monkeypatch):
    list_only(monkeypatch, desk_folder)
    window = make_window(settings=Settings(ui_language="en"))
    seen = []
    window.prompts.error = lambda title, text, info="": seen.append(info)
    assert not window.desk.open_desk(desk_folder)
    assert seen == [f"{desk_folder}: the folder cannot be read: permission denied"]
