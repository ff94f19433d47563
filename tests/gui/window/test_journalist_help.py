"""Menus, help, dialogs and the preview's reading zoom in the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextCursor, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QPushButton,
)

from netizen_editor.gui.editor.find_bar import go_to_line_dialog
from netizen_editor.gui.uiloader import child
from netizen_editor.gui.window.actions import MENUS
from tests.gui import TIMEOUT
from tests.gui.preview_fixtures import js


def test_select_all_is_in_the_edit_menu_and_selects_the_article(make_window, article_file):
    window = make_window([article_file])
    assert "select_all" in MENUS["menu_edit"]
    edit_menu = child(window, QMenu, "menu_edit")
    assert window.registry["select_all"] in edit_menu.actions()
    window.registry["select_all"].trigger()
    tab = window.current_tab()
    assert tab.editor.textCursor().selectedText().replace("\u2029", "\n") == tab.editor_text()


def test_image_is_in_the_insert_menu_once_with_its_shortcut(make_window, article_file):
    window = make_window([article_file])
    image = window.registry["image"]
    menus = {name: child(window, QMenu, name).actions() for name in MENUS}
    assert [name for name, actions in menus.items() if image in actions] == ["menu_insert"]
    assert menus["menu_insert"][0] is image  # one action object, first in Insert
    assert image.shortcut().toString() == "Ctrl+Shift+I" and image in window.actions()


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("id", ["Front matter", "[[ad]]", "Baca juga:", "<!--more-->", "verified: false",
                "corrections:", "advertorial", "Foto: Kredit", "Pintasan papan ketik"]),
        ("en", ["Front matter", "[[ad]]", "Baca juga:", "<!--more-->", "verified: false",
                "corrections:", "sponsored", "Foto: Credit", "Keyboard shortcuts"]),
    ],
)  # fmt: skip
def test_help_has_the_article_syntax_and_the_shortcuts(
    make_window, qtbot, request, language, words
):
    from netizen_editor.settings import Settings

    if language == "id":
        request.getfixturevalue("indonesian_ui")
    window = make_window(settings=Settings(ui_language=language))
    help_menu = child(window, QMenu, "menu_help")
    assert window.registry["cheat_sheet"] in help_menu.actions()
    dialog = window.show_cheat_sheet()
    qtbot.waitExposed(dialog)
    text = dialog.text()
    for word in (*words, "Ctrl+F", "Ctrl+Shift+B"):
        assert word in text, word
    assert dialog.width() >= 700 and dialog.height() >= 600, dialog.size()  # readable, not shrunk
    assert abs(dialog.frameGeometry().center().x() - window.frameGeometry().center().x()) <= 2
    dialog.close()


def test_dialogs_open_centred_on_the_window(make_window, qtbot, article_file):
    window = make_window([article_file])
    window.resize(1200, 800)
    window.move(40, 30)
    qtbot.wait(50)
    centre = window.frameGeometry().center()
    for dialog in (window.open_settings_dialog(), window.open_export_dialog(), window.show_about()):
        qtbot.waitExposed(dialog)
        where = dialog.frameGeometry().center()
        assert abs(where.x() - centre.x()) <= 2 and abs(where.y() - centre.y()) <= 2, dialog
        dialog.close()


def test_go_to_line_title_fits(make_window, qtbot, article_file, indonesian_ui):
    window = make_window([article_file])
    dialog = go_to_line_dialog(window, 1, 14)
    dialog.show()
    qtbot.waitExposed(dialog)
    title_width = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
    assert dialog.width() >= title_width + 120  # room for the title bar's buttons too
    assert dialog.windowTitle() != "Go to Line"  # Indonesian
    dialog.close()


def test_qt_file_and_colour_dialogs_speak_indonesian(qtbot, indonesian_ui):
    files = QFileDialog(None, "Buka")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(files)
    files.show()
    qtbot.waitExposed(files)
    labels = {label.text() for label in files.findChildren(QLabel)}
    assert {"&Cari di:", "&Nama berkas:", "&Jenis berkas:"} <= labels
    assert not {"&Look in:", "File &name:", "Files of &type:"} & labels
    colours = QColorDialog()
    colours.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
    qtbot.addWidget(colours)
    colours.show()
    qtbot.waitExposed(colours)
    texts = {w.text() for w in colours.findChildren(QLabel)}
    texts |= {b.text() for b in colours.findChildren(QPushButton)}
    texts |= {g.title() for g in colours.findChildren(QGroupBox)}
    assert "Warna &dasar" in texts and "&Tambahkan ke Warna Khusus" in texts
    assert "&Basic colors" not in texts
    files.close()
    colours.close()


def _zoom(qtbot, tab) -> float:
    return tab.preview.page().zoomFactor()


def _ctrl_wheel(tab, notches: int) -> None:
    target = tab.preview.web_view().focusProxy() or tab.preview.web_view()
    pos = QPointF(target.width() / 2, target.height() / 2)
    event = QWheelEvent(pos, target.mapToGlobal(pos), QPoint(0, 0), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    QApplication.sendEvent(target, event)


def test_preview_reading_zoom_fit_100_and_ctrl_wheel_is_remembered(
    make_window, qtbot, article_file
):
    window = make_window([article_file])
    tab = window.current_tab()
    qtbot.waitUntil(lambda: tab.preview.applied_job >= 1, timeout=TIMEOUT)
    tab.set_sizes([500, 600])
    qtbot.wait(50)
    fit = _zoom(qtbot, tab)
    assert fit < 0.6  # the 1280 px page squeezed into the pane: 8 px text
    window.registry["preview_actual"].trigger()
    qtbot.waitUntil(lambda: abs(_zoom(qtbot, tab) - 1.0) < 1e-3)
    _ctrl_wheel(tab, 2)
    qtbot.waitUntil(lambda: abs(_zoom(qtbot, tab) - 1.21) < 1e-2)
    assert window.session.preview_zoom == "actual"
    window.save_session()
    second = make_window([article_file])
    other = second.current_tab()
    qtbot.waitUntil(lambda: abs(_zoom(qtbot, other) - 1.21) < 1e-2, timeout=TIMEOUT)
    assert second.registry["preview_actual"].isChecked()
    second.registry["preview_fit"].trigger()
    assert second.session.preview_zoom == "fit" and second.session.preview_scale == 1.0


def test_preview_follows_the_typing_to_the_very_end(make_window, qtbot, tmp_path):
    paragraphs = "\n\n".join(f"Paragraf {n} " + "kata " * 60 for n in range(1, 40))
    path = tmp_path / "panjang.md"
    path.write_text(f"---\ntitle: Panjang\n---\n{paragraphs}\n", encoding="utf-8")
    window = make_window([path])
    tab = window.current_tab()
    qtbot.waitUntil(lambda: tab.preview.applied_job >= 1, timeout=TIMEOUT)
    tab.editor.setFocus()
    cursor = tab.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    tab.editor.setTextCursor(cursor)
    qtbot.keyClick(tab.editor, Qt.Key.Key_Return)
    qtbot.keyClick(tab.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.editor, "Kalimat penutup yang sedang diketik.")
    revision = tab.preview.job
    qtbot.waitUntil(lambda: tab.preview.applied_job >= revision, timeout=TIMEOUT)
    last = (
        "(() => { const b = [...document.querySelectorAll('#nz-body > [data-line]')].pop();"
        " const r = b.getBoundingClientRect();"
        " return [b.innerText, r.top, r.bottom, window.innerHeight]; })()"
    )

    def shown() -> bool:
        text, top, bottom, height = js(qtbot, tab.preview, last)
        return "sedang diketik" in text and top >= 0 and bottom <= height

    qtbot.waitUntil(shown, timeout=TIMEOUT)
