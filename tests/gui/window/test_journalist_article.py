"""A new article from scratch in the real window: dateline, author, date, front matter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from netizen_editor.article.model import Article
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT
from tests.gui.preview_fixtures import js

BODY_TEXT = "(document.getElementById('nz-body') || {}).innerText || ''"


def _wait_preview(qtbot, tab) -> None:
    revision = tab.preview.job
    qtbot.waitUntil(lambda: tab.preview.applied_job >= revision, timeout=TIMEOUT)


def _panel_type(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_new_article_shows_the_dateline_once_after_dateline_is_set(make_window, qtbot):
    window = make_window(settings=Settings(ui_language="en", default_author="Rina Wartawan"))
    window.registry["new"].trigger()
    tab = window.current_tab()
    text = tab.editor_text()
    assert "Netizen.co.id" not in text  # the template no longer writes the dateline
    article = Article.parse(text)
    assert article.get("author") == "Rina Wartawan"  # the Settings field is used
    now = dt.datetime.now(dt.timezone(dt.timedelta(hours=7)))
    assert article.date.utcoffset() == dt.timedelta(hours=7)  # WIB
    assert abs((now - article.date).total_seconds()) < 180  # "now", not midnight
    _panel_type(qtbot, tab.metadata_panel.line_edits["dateline"], "Jakarta")
    assert "dateline: Jakarta\n" in tab.editor_text()
    _wait_preview(qtbot, tab)
    qtbot.waitUntil(lambda: "JAKARTA" in (js(qtbot, tab.preview, BODY_TEXT) or ""), timeout=TIMEOUT)
    shown = js(qtbot, tab.preview, BODY_TEXT)
    assert shown.strip() == "JAKARTA, Netizen.co.id -"
    # the journalist types the story: the dateline stays once, city first
    tab.editor.setFocus()
    cursor = tab.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    tab.editor.setTextCursor(cursor)
    qtbot.keyClicks(tab.editor, "Banjir merendam Kampung Melayu.")
    _wait_preview(qtbot, tab)
    qtbot.waitUntil(lambda: "Banjir" in js(qtbot, tab.preview, BODY_TEXT), timeout=TIMEOUT)
    shown = js(qtbot, tab.preview, BODY_TEXT)
    assert shown.strip() == "JAKARTA, Netizen.co.id - Banjir merendam Kampung Melayu."
    assert shown.count("Netizen.co.id") == 1
    # the site is renamed in Settings: the dateline follows
    window.apply_settings(Settings(ui_language="en", site_name="Netizen Jakarta"))
    qtbot.waitUntil(
        lambda: (
            js(qtbot, tab.preview, BODY_TEXT).strip()
            == "JAKARTA, Netizen Jakarta - Banjir merendam Kampung Melayu."
        ),
        timeout=TIMEOUT,
    )


def test_byline_shows_the_time_as_the_site_does(make_window, qtbot, tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: Banjir\nauthor: Andi\ndate: 2026-12-01T14:30:00+07:00\n---\nIsi.\n",
        encoding="utf-8",
    )
    window = make_window([path])
    tab = window.current_tab()
    qtbot.waitUntil(lambda: tab.preview.applied_job >= 1, timeout=TIMEOUT)
    byline = "(document.querySelector('.post-meta time') || {}).innerText || null"
    qtbot.waitUntil(lambda: js(qtbot, tab.preview, byline) is not None, timeout=TIMEOUT)
    assert js(qtbot, tab.preview, byline) == "Selasa, 1 Desember 2026 14.30 WIB"


def test_a_blank_line_above_the_front_matter_keeps_the_fields(make_window, qtbot, tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Banjir\nauthor: Andi\n---\nIsi berita.\n", encoding="utf-8")
    window = make_window([path])
    tab = window.current_tab()
    panel = tab.metadata_panel
    qtbot.waitUntil(lambda: panel.title_edit.text() == "Banjir")
    cursor = tab.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    tab.editor.setTextCursor(cursor)
    qtbot.keyClick(tab.editor, Qt.Key.Key_Return)  # the journalist's stray blank line
    assert tab.editor_text().startswith("\n---\ntitle: Banjir")
    qtbot.wait(400)
    assert panel.title_edit.text() == "Banjir" and panel.error() == ""
    assert panel.fields_widget.isEnabled()
    _panel_type(qtbot, panel.title_edit, "Banjir Besar")
    text = tab.editor_text()
    assert text.count("---\n") == 2  # one block, edited in place
    assert text.startswith("\n---\ntitle: Banjir Besar\n")
    _wait_preview(qtbot, tab)
    title = "(document.querySelector('.post-title') || {}).innerText || null"
    qtbot.waitUntil(lambda: js(qtbot, tab.preview, title) == "Banjir Besar", timeout=TIMEOUT)


def test_front_matter_that_cannot_be_read_is_warned_and_never_doubled(make_window, qtbot, tmp_path):
    path = tmp_path / "a.md"
    text = "---\ntitle: Banjir\nauthor: Andi\n\nIsi berita tanpa pagar penutup.\n"
    path.write_text(text, encoding="utf-8")
    window = make_window([path])
    tab = window.current_tab()
    panel = tab.metadata_panel
    qtbot.waitUntil(lambda: panel.error() != "")
    assert panel.error_label.isVisible()
    # the core speaks the window's language (English here), never a mix of both
    assert "has no closing '---' line" in panel.error()
    assert panel.error().startswith("Front matter, line 1: ")
    assert not panel.fields_widget.isEnabled()
    panel._write("title", "Lain")  # what typing into a field would do
    assert tab.editor_text() == text  # no second block
    # closing the block in the text brings the fields back
    cursor = tab.editor.document().find("author: Andi")
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    tab.editor.setTextCursor(cursor)
    qtbot.keyClick(tab.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.editor, "---")
    qtbot.waitUntil(lambda: panel.error() == "" and panel.title_edit.text() == "Banjir")


def test_settings_give_new_articles_their_author_zone_and_permalinks(make_window, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from netizen_editor.settings import default_settings_path

    window = make_window()
    dialog = window.open_settings_dialog()
    assert dialog.default_author_edit.text() == ""
    assert "Redaksi" not in dialog.default_author_edit.placeholderText()  # not a fake value
    dialog.default_author_edit.setText("Rina Wartawan")
    dialog.site_url_edit.setText("https://berita.example.id")
    dialog.timezone_combo.setCurrentIndex(dialog.timezone_combo.findData("WITA"))
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    saved = Settings.load(default_settings_path())
    assert (saved.default_author, saved.site_url, saved.timezone) == (
        "Rina Wartawan", "https://berita.example.id", "WITA")  # fmt: skip
    window.registry["new"].trigger()
    tab = window.current_tab()
    article = Article.parse(tab.editor_text())
    assert article.get("author") == "Rina Wartawan"
    assert article.date.utcoffset() == dt.timedelta(hours=8)
    _panel_type(qtbot, tab.metadata_panel.title_edit, "Banjir Bekasi")
    _wait_preview(qtbot, tab)
    share = "(document.querySelector('.share-copy') || {}).href || null"
    month = f"{article.date.year:04d}/{article.date.month:02d}"
    expected = f"https://berita.example.id/{month}/banjir-bekasi.html"
    qtbot.waitUntil(lambda: js(qtbot, tab.preview, share) == expected, timeout=TIMEOUT)


def test_one_spelling_of_untitled():
    from netizen_editor.paths import resource_path

    ts = resource_path("translations", "netizen_editor_id.ts").read_text(encoding="utf-8")
    assert "Tanpa Judul" not in ts and "Tanpa judul" in ts
    for skin in ("gradient", "plain"):
        folder = resource_path("skins", skin)
        for template in folder.glob("*.j2"):
            assert "Tanpa Judul" not in template.read_text(encoding="utf-8")
