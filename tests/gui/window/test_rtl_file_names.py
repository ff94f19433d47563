"""A planted file name's bidi controls are shown, not obeyed, wherever the window names the file
(QA33 #5): for "laporan\\u202egpj.exe.md" the recent files, the save's status message, the export
dialog and its status message, the list of unsaved stories at closing and the recovery dialog
read "…dm.exe.jpg" / "…lmth.exe.jpg" (a user told a .jpg was written), as the tabs did before
b8361b4. Each writes the controls as the tab does; the export still writes the real file."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu, QMessageBox

from netizen_editor.gui.dialogs.recovery_dialog import RecoveryDialog
from netizen_editor.gui.plain_text import plain_box, shown_plain
from netizen_editor.gui.window.info_bar import InfoBar
from netizen_editor.gui.window.recent_menu import fill_recent_menu
from netizen_editor.storage.datadirs import journal_dir
from netizen_editor.storage.recovery import find_recoverable
from netizen_editor.terminal import BIDI_CONTROLS
from tests.gui.exporting import export_now
from tests.gui.window.test_recovery import crashed_session
from tests.samples import TEST_ARTICLE

NAME = "laporan\u202egpj.exe.md"
SHOWN = "laporan\\u202egpj.exe.md"
CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


def _obeyed(text: str) -> bool:
    assert len(BIDI_CONTROLS) and CONTROLS  # the list the escapes read
    return any(ch in text for ch in CONTROLS)


def _planted(tmp_path, name: str = NAME):
    (tmp_path / "meja").mkdir(exist_ok=True)
    path = tmp_path / "meja" / name
    path.write_text(TEST_ARTICLE, encoding="utf-8")
    return path


def test_the_recent_menu_shows_a_planted_names_controls(qtbot, tmp_path):
    path = _planted(tmp_path)
    menu = QMenu()
    qtbot.addWidget(menu)
    opened: list[str] = []
    fill_recent_menu(menu, [str(path)], opened.append, lambda: None)
    entry = menu.actions()[0]
    assert entry.text() == f"&1 {SHOWN}"
    assert not _obeyed(entry.toolTip()) and not _obeyed(entry.statusTip())
    assert SHOWN in entry.statusTip()
    entry.trigger()
    assert opened == [str(path)]  # the real file is opened


def test_the_save_message_shows_a_planted_names_controls(make_window, qtbot, tmp_path):
    path = _planted(tmp_path)
    window = make_window([path])
    tab = window.current_tab()
    qtbot.keyClicks(tab.editor, "Warga")
    window.registry["save"].trigger()
    assert not tab.is_dirty()
    assert window.statusBar().currentMessage() == f"Saved {SHOWN}"
    assert path.read_text(encoding="utf-8").startswith("Warga")


def test_any_status_message_shows_the_controls_of_a_name_in_it(make_window):
    window = make_window([])
    window.status.say("Diekspor ke /meja/Eve\u202eRTL\u202c.html", 6000)
    assert window.statusBar().currentMessage() == "Diekspor ke /meja/Eve\\u202eRTL\\u202c.html"


def test_the_export_dialog_shows_the_name_and_writes_the_real_file(make_window, qtbot, tmp_path):
    path = _planted(tmp_path)
    window = make_window([path])
    dialog = window.open_export_dialog()
    qtbot.addWidget(dialog)
    real = path.with_suffix(".html")
    assert dialog.output_edit.text() == str(path.parent / "laporan\\u202egpj.exe.html")
    dialog.set_format("atom")  # not edited: the field follows the format, still shown escaped
    assert dialog.output_edit.text() == str(path.parent / "laporan\\u202egpj.exe.xml")
    dialog.set_format("page")
    assert export_now(qtbot, dialog) == [real]
    assert real.is_file() and "Judul Uji Coba" in real.read_text(encoding="utf-8")
    assert sorted(p.name for p in path.parent.iterdir() if p.suffix != ".md#") == sorted(
        [NAME, real.name]
    )
    label = dialog.result_label.text()
    assert not _obeyed(label.split('href="')[0]) and "laporan\\u202egpj.exe.html</a>" in label
    message = window.statusBar().currentMessage()
    assert message.startswith("Exported to ") and not _obeyed(message)
    assert message.endswith("laporan\\u202egpj.exe.html")


def test_a_path_typed_in_the_export_field_is_taken_as_typed(make_window, qtbot, tmp_path):
    path = _planted(tmp_path)
    window = make_window([path])
    dialog = window.open_export_dialog()
    out = tmp_path / "keluar"
    out.mkdir()
    dialog.output_edit.setText(str(out / "halaman\u202e.html"))  # typed (or pasted): as it is
    assert export_now(qtbot, dialog) == [out / "halaman\u202e.html"]
    dialog.show_output(str(out / "bersih.html"))  # chosen with Browse…
    assert export_now(qtbot, dialog) == [out / "bersih.html"]
    dialog.close()


def test_a_failed_export_shows_the_controls_of_the_name(make_window, qtbot, tmp_path):
    path = _planted(tmp_path)
    window = make_window([path])
    dialog = window.open_export_dialog()
    dialog.show_output(str(tmp_path / "tidak\u202eada" / "x.html"))
    dialog.confirm_make_folder = lambda folder: False  # the folder left missing
    assert export_now(qtbot, dialog) == []
    assert "tidak\\u202eada" in dialog.result_label.text()
    assert not _obeyed(dialog.result_label.text())
    dialog.close()


def test_the_unsaved_list_at_closing_names_a_planted_file_once(make_window, qtbot, tmp_path):
    """It read "laporan\\u202egpj.exe.md (laporan(dm.exe.jpg": the tab's name, then the file's
    as written, which the list took for another name than the tab's."""
    path = _planted(tmp_path)
    path.write_text("Warga mengungsi.\n", encoding="utf-8")  # no title: named by its file
    titled = _planted(tmp_path, "Eve\u202eRTL\u202c.md")
    window = make_window([path, titled])
    for tab in window.all_tabs():
        tab.editor.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClicks(tab.editor, "x")
    asked: list[list[str]] = []
    window.prompts.unsaved_stories = lambda names: (asked.append(names), ("cancel", []))[1]
    assert not window.close()
    assert asked == [[SHOWN, "Judul Uji Coba (Eve\\u202eRTL\\u202c.md)"]]


def test_the_recovery_dialog_shows_a_planted_names_controls(qtbot, tmp_path):
    path = _planted(tmp_path)
    crashed_session([(path, TEST_ARTICLE + "Hilang.\n"), (None, "## Draf\u202e\n\nBaris")])
    dialog = RecoveryDialog(find_recoverable(journal_dir()))
    qtbot.addWidget(dialog)
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    cells = [row.text(column) for row in rows for column in (0, 1)]
    cells += [row.toolTip(column) for row in rows for column in (0, 1)]
    assert SHOWN in cells and "Draf\\u202e" in cells
    assert not any(_obeyed(cell) for cell in cells)


def test_message_boxes_and_the_info_bar_show_the_controls(qtbot):
    box = QMessageBox(QMessageBox.Icon.Warning, "Judul", f"Simpan “{NAME}”?")
    box.setInformativeText(f"<b>{NAME}</b>")
    qtbot.addWidget(plain_box(box))
    assert box.text() == f"Simpan “{SHOWN}”?" and box.informativeText() == f"<b>{SHOWN}</b>"
    assert shown_plain(NAME) == SHOWN
    assert not _obeyed(shown_plain(f"<i>{NAME}</i>"))
    bar = InfoBar()
    qtbot.addWidget(bar)
    bar.show_message(f"Dimuat ulang: {NAME}", tip=NAME)
    assert bar.label.text() == f"Dimuat ulang: {SHOWN}" and bar.label.toolTip() == SHOWN
    assert bar.shown == f"Dimuat ulang: {NAME}"  # as given: those who said it know it again


def test_a_folder_nothing_opens_is_named_with_its_controls_shown(
    make_window, qtbot, tmp_path, monkeypatch
):
    from PySide6.QtGui import QDesktopServices

    from netizen_editor.gui.dialogs import show_folder

    monkeypatch.setattr(show_folder, "opener", lambda: None)  # as on Windows and macOS
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    path = _planted(tmp_path)
    window = make_window([path])
    dialog = window.open_export_dialog()
    folder = tmp_path / "keluar\u202elmth"
    dialog.show_output(f"{folder}/")
    assert export_now(qtbot, dialog) == [folder / "laporan\u202egpj.exe.html"]
    dialog.open_folder_button.click()
    shown = dialog.result_label.text()
    assert f"No program could show the folder; it is: {tmp_path}/keluar\\u202elmth" in shown
    assert not _obeyed(shown.split('href="')[0] + shown.split("</a>")[-1])
    dialog.close()


def test_an_ampersand_in_a_recent_name_is_shown_not_taken_as_a_key(qtbot, tmp_path):
    path = _planted(tmp_path, "Banjir & Longsor.md")
    menu = QMenu()
    qtbot.addWidget(menu)
    fill_recent_menu(menu, [str(path)], lambda _: None, lambda: None)
    assert menu.actions()[0].text() == "&1 Banjir && Longsor.md"  # Qt draws "Banjir & Longsor.md"


def test_the_review_list_shows_the_controls_of_a_marks_author_and_text():
    from netizen_editor.gui.panels.review_panel import item_text
    from netizen_editor.review.marks import review_marks

    text = "Kata {++baru\u202eitu++}{>>@Rina\u202eBudi (2026-12-06T10:32+07:00)<<} di sini.\n"
    (mark,) = review_marks(text)
    shown = item_text(mark)
    assert "Rina\\u202eBudi" in shown and "baru\\u202eitu" in shown
    assert not _obeyed(shown)
