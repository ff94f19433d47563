"""A planted name's bidi controls shown, not obeyed, in the other places that name a file, a
colleague or a version (QA33 #5's family): the lock dialog and the read-only bar (a lock file's
user "Budi\\u202e…"), File › History's window title, its author column and its compare list,
the Check panel's findings (a title quoted), the desk's title (its folder's name) and the
question before the preview opens a link."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from netizen_editor.gui.desk.desk_panel import DeskPanel
from netizen_editor.gui.dialogs.compare_dialog import CompareDialog, DiskText
from netizen_editor.gui.dialogs.lock_dialog import LockDialog
from netizen_editor.gui.window.locking import ReadOnlyBar
from netizen_editor.settings import Settings
from netizen_editor.storage.locks import LockInfo
from tests.gui import TIMEOUT
from tests.gui.window.test_locking import answer_lock_dialog, settings_for
from tests.gui.window.test_rtl_file_names import NAME, SHOWN, _obeyed

EVE = "Eve\u202eRTL\u202c"
EVE_SHOWN = "Eve\\u202eRTL\\u202c"


def test_the_lock_dialog_shows_a_planted_holders_and_files_controls(qtbot):
    now = dt.datetime.now(dt.UTC)
    holder = LockInfo(EVE, "laptop\u2067", 4242, now, now)
    dialog = LockDialog(Path("/meja") / NAME, holder, me="Rina", login_name=False, zone="WIB")
    qtbot.addWidget(dialog)
    assert dialog.message.text().startswith(f"{EVE_SHOWN} has “{SHOWN}” open on laptop\\u2067")
    assert dialog.where.text() == f"File: /meja/{SHOWN}"


def test_the_read_only_bar_shows_a_planted_holders_controls(
    make_window, qtbot, tmp_path, monkeypatch
):
    path = tmp_path / NAME
    path.write_text("Warga mengungsi.\n", encoding="utf-8")
    make_window([path], settings=settings_for(EVE))
    second = make_window(restore=False, settings=settings_for("Rina"))
    answer_lock_dialog(monkeypatch, second, "read_only")
    tab = second.files.open_path(path)
    assert tab is not None and tab.read_only
    bar = tab.findChild(ReadOnlyBar, "read_only_bar")
    assert bar is not None
    qtbot.waitUntil(lambda: bar.label.text().startswith("Read-only: "), timeout=TIMEOUT)
    assert bar.label.text().startswith(f"Read-only: {EVE_SHOWN} has “{SHOWN}” open")
    assert not _obeyed(bar.label.text())


def test_the_history_window_shows_a_planted_names_and_authors_controls(qtbot, tmp_path):
    path = tmp_path / NAME
    theirs = "Kalimat kolega.\n"
    path.write_text(theirs, encoding="utf-8")
    dialog = CompareDialog(path, "Kalimat saya.\n", None, disk=DiskText(theirs, EVE))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == f"Your Text and “{SHOWN}” on Disk"
    row = dialog.versions_list.topLevelItem(0)
    assert row is not None and row.text(1) == EVE_SHOWN
    listed = [dialog.to_combo.itemText(i) for i in range(dialog.to_combo.count())]
    assert any(EVE_SHOWN in text for text in listed)
    assert not any(_obeyed(text) for text in listed)


def test_a_finding_that_quotes_a_planted_title_shows_its_controls(make_window, qtbot, tmp_path):
    path = tmp_path / "banjir.md"
    title = "Banjir\u202e " + "sangat " * 30  # too long: the finding quotes it
    path.write_text(f"---\ntitle: {title}\n---\n\nWarga mengungsi.\n", encoding="utf-8")
    window = make_window([path], settings=Settings(ui_language="en"))
    panel = window.checks_dock.panel
    qtbot.waitUntil(lambda: bool(panel.findings), timeout=TIMEOUT)
    quoting = [f for f in panel.findings if "\u202e" in f.message]
    assert quoting, [f.message for f in panel.findings]  # the finding quotes the title
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert any("Banjir\\u202e" in text for text in texts)
    assert not any(_obeyed(text) for text in texts)


def test_the_desks_title_shows_a_planted_folders_controls(qtbot):
    panel = DeskPanel()
    qtbot.addWidget(panel)
    panel.set_desk("Nasional\u202e", "/meja/Nasional\u202e")
    assert panel.title_label.text() == "Desk: Nasional\\u202e"


def test_the_question_before_opening_a_link_shows_its_controls(qtbot, monkeypatch):
    """A link to "…/laporan%E2%80%AEgpj.exe" read "…/laporanexe.jpg" in the question that
    decides whether the browser opens it."""
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QMessageBox

    from netizen_editor.gui.preview import preview_view
    from tests.gui.preview_fixtures import dispose, make_preview

    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(preview_view.QMessageBox, "question", question)
    view = make_preview(qtbot)
    try:
        url = QUrl("https://contoh.id/laporan%E2%80%AEgpj.exe")
        assert not view._ask_open_link(url)
    finally:
        dispose(view)
    assert asked == ["Open this link in your browser?\n\nhttps://contoh.id/laporan\\u202egpj.exe"]
