"""A story copied outside the app keeps the original's ``id`` (their versions would go to one
history): the desk marks both rows, says why when one is selected, and gives one a new id."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from netizen_editor.history.article_id import article_id
from netizen_editor.history.store import History
from tests.gui import TIMEOUT


def test_a_copy_sharing_its_id_is_marked_and_given_a_new_id(desk_window, qtbot, desk_folder):
    window = desk_window()
    panel, model = window.desk.panel, window.desk.panel.model
    original = desk_folder / "banjir-jakarta.md"
    assert panel.select_path("banjir-jakarta.md")
    panel.action_buttons["review"].click()  # the story gets its id and a version
    key = article_id(original.read_text(encoding="utf-8"))
    assert key is not None
    copy = desk_folder / "banjir-salinan.md"
    shutil.copyfile(original, copy)  # a file manager's copy: the same id
    window.desk.worker.poll_now()
    qtbot.waitUntil(lambda: model.row_of("banjir-salinan.md") >= 0, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: model.entry(model.row_of("banjir-jakarta.md")).same_id_as
                    == "banjir-salinan.md", timeout=TIMEOUT)  # fmt: skip
    title = model.index(model.row_of("banjir-salinan.md"), 0)
    assert "same id as banjir-jakarta.md" in title.data(Qt.ItemDataRole.ToolTipRole)
    assert title.data(Qt.ItemDataRole.DecorationRole) is not None  # the warning icon
    other = model.index(model.row_of("olahraga/timnas.md"), 0)
    assert other.data(Qt.ItemDataRole.DecorationRole) is None

    assert panel.select_path("banjir-salinan.md")
    assert "same id as banjir-jakarta.md" in panel.message_label.text()
    menu = panel.context_menu()
    assert isinstance(menu, QMenu)
    action = menu.findChild(type(menu.actions()[0]), "desk_new_id")
    assert action is not None and action.text() == "Give a New &ID"
    action.trigger()
    new = article_id(copy.read_text(encoding="utf-8"))
    assert new is not None and new != key
    assert article_id(original.read_text(encoding="utf-8")) == key  # the original keeps its own
    assert "has its own id now" in panel.message_label.text()
    assert [v.reason for v in History(desk_folder, new).versions().versions] == ["save"]
    qtbot.waitUntil(lambda: all(e.same_id_as is None for e in model.entries), timeout=TIMEOUT)
    assert panel.select_path("banjir-jakarta.md")
    menu = panel.context_menu()
    assert menu is not None and menu.findChild(type(menu.actions()[0]), "desk_new_id") is None


def test_a_story_open_in_a_tab_is_not_given_a_new_id(desk_window, qtbot, desk_folder):
    window = desk_window()
    model = window.desk.panel.model
    text = "---\ntitle: Salinan\nid: cerita-1\n---\n\nIsi berita.\n"
    for name in ("a.md", "b.md"):
        (desk_folder / name).write_text(text, encoding="utf-8")
    window.desk.worker.poll_now()
    qtbot.waitUntil(lambda: model.row_of("b.md") >= 0, timeout=TIMEOUT)
    window.desk.open_story("b.md")
    assert not window.desk.new_id("b.md")
    assert "open in a tab" in window.desk.panel.message_label.text()
    assert "id: cerita-1" in (desk_folder / "b.md").read_text(encoding="utf-8")
