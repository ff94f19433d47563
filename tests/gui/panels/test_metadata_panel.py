"""The metadata panel and the front matter in the text are one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QWidget

from netizen_editor.gui.editor.markdown_editor import MarkdownEditor
from netizen_editor.gui.panels.metadata_panel import MetadataPanel

ARTICLE = """\
---
title: Pertemuan Putin dan Kim
# komentar redaksi
author: Redaksi Netizen
date: 2023-09-14T08:00:00+07:00
labels: [Internasional, Rusia]
slug: pertemuan-putin-kim
x_internal:   "dibiarkan"
status: ready
---
Netizen.co.id - Isi berita.
"""


@pytest.fixture
def parts(qtbot) -> Iterator[tuple[MarkdownEditor, MetadataPanel]]:
    host = QWidget()
    editor = MarkdownEditor()
    editor.setPlainText(ARTICLE)
    panel = MetadataPanel(editor)
    layout = QHBoxLayout(host)
    layout.addWidget(editor, 2)
    layout.addWidget(panel, 1)
    qtbot.addWidget(host)
    host.resize(1000, 700)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    yield editor, panel
    host.close()


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClicks(widget, text)


def test_fields_show_the_front_matter(parts):
    _editor, panel = parts
    assert panel.title_edit.text() == "Pertemuan Putin dan Kim"
    assert panel.line_edits["author"].text() == "Redaksi Netizen"
    assert panel.labels_edit.text() == "Internasional, Rusia"
    assert panel.slug_edit.text() == "pertemuan-putin-kim"
    assert panel.status_combo.currentData() == "ready"
    assert panel.date_check.isChecked()
    assert panel.date_edit.dateTime() == QDateTime(QDate(2023, 9, 14), QTime(8, 0))
    assert not panel.error_label.isVisible()


def test_the_credit_placeholder_is_a_name_without_the_foto_prefix(parts):
    hint = parts[1].line_edits["image_credit"].placeholderText()  # the skin adds "Foto:"
    assert "Budi Santoso/Netizen" in hint and "foto" not in hint.lower()


def test_nothing_edited_means_byte_for_byte_the_same(parts, qtbot):
    editor, panel = parts
    panel.refresh_from_text()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, "Tambahan.")
    panel.refresh_from_text()
    assert editor.text() == ARTICLE + "Tambahan."


def test_editing_a_field_rewrites_only_its_line_in_one_undo_step(parts, qtbot):
    editor, panel = parts
    author = panel.line_edits["author"]
    author.selectAll()
    type_into(qtbot, author, "Ayu: Jakarta")
    assert editor.text() == ARTICLE.replace("author: Redaksi Netizen", "author: 'Ayu: Jakarta'")
    author.clearFocus()
    editor.undo()  # the whole typing in the field is one step
    assert editor.text() == ARTICLE


def test_clearing_a_field_removes_its_key(parts, qtbot):
    editor, panel = parts
    author = panel.line_edits["author"]
    author.selectAll()
    type_into(qtbot, author, "x")
    qtbot.keyClick(author, Qt.Key.Key_Backspace)
    assert "author" not in editor.text()
    assert "# komentar redaksi\ndate:" in editor.text()


def test_new_fields_are_added_in_order(parts, qtbot):
    editor, panel = parts
    type_into(qtbot, panel.line_edits["dateline"], "JAKARTA")
    type_into(qtbot, panel.summary_edit, "Ringkas.")
    lines = editor.text().splitlines()
    assert lines[1:3] == ["title: Pertemuan Putin dan Kim", "summary: Ringkas."]
    assert "dateline: JAKARTA" in lines
    assert lines.index("dateline: JAKARTA") == lines.index("slug: pertemuan-putin-kim") + 1


def test_front_matter_is_created_when_missing(qtbot):
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.setPlainText("Isi saja.\n")
    panel = MetadataPanel(editor)
    qtbot.addWidget(panel)
    panel.title_edit.textEdited.emit("Judul Baru")  # as typing does
    assert editor.text() == "---\ntitle: Judul Baru\nslug: judul-baru\n---\nIsi saja.\n"
    editor.undo()
    assert editor.text() == "Isi saja.\n"


def test_editing_the_text_updates_the_fields(parts, qtbot):
    editor, panel = parts
    editor.setFocus()
    cursor = editor.document().find("Redaksi Netizen")
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "Budi")
    qtbot.waitUntil(lambda: panel.line_edits["author"].text() == "Budi")
    assert panel.error_label.isHidden()


def test_a_focused_field_is_not_overwritten(parts, qtbot):
    editor, panel = parts
    title = panel.title_edit
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    cursor = editor.document().find("Pertemuan Putin dan Kim")
    cursor.insertText("Diubah di teks")
    panel.refresh_from_text()
    assert title.text() == "Pertemuan Putin dan Kim"
    panel.line_edits["author"].setFocus()  # leaving the field lets the text win
    qtbot.waitUntil(lambda: title.text() == "Diubah di teks")


def test_slug_follows_the_title_until_edited_by_hand(qtbot):
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.setPlainText("---\ntitle: Lama\nslug: lama\n---\nIsi\n")
    panel = MetadataPanel(editor)
    qtbot.addWidget(panel)
    panel.show()
    panel.title_edit.selectAll()
    type_into(qtbot, panel.title_edit, "Putin Bertemu Kim!")
    assert panel.slug_edit.text() == "putin-bertemu-kim"
    assert "slug: putin-bertemu-kim\n" in editor.text()
    panel.slug_edit.selectAll()
    type_into(qtbot, panel.slug_edit, "putin-kim")
    panel.title_edit.selectAll()
    type_into(qtbot, panel.title_edit, "Judul Lain Sama Sekali")
    assert panel.slug_edit.text() == "putin-kim"
    assert "slug: putin-kim\n" in editor.text()
    assert "title: Judul Lain Sama Sekali\n" in editor.text()


def test_title_and_its_slug_undo_together(qtbot):
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.setPlainText("Isi\n")
    panel = MetadataPanel(editor)
    qtbot.addWidget(panel)
    panel.show()
    type_into(qtbot, panel.title_edit, "Abc")
    assert editor.text() == "---\ntitle: Abc\nslug: abc\n---\nIsi\n"
    editor.undo()
    assert editor.text() == "Isi\n"


def test_summary_counts_characters_and_warns_past_the_check_s_limit(parts, qtbot):
    # the counter, its hint and the house-style check agree on one limit (156, not 160)
    from netizen_editor.checks.house_style import DEFAULTS

    editor, panel = parts
    limit = DEFAULTS["summary"]["max_chars"]
    assert limit == 156
    type_into(qtbot, panel.summary_edit, "a" * limit)
    assert panel.summary_count.text() == "156 / 156"
    assert panel.summary_hint.isHidden()
    qtbot.keyClicks(panel.summary_edit, "b")
    assert panel.summary_count.text() == "157 / 156"
    assert panel.summary_hint.isVisible()
    assert "156" in panel.summary_hint.text()
    assert "120" in panel.summary_count.toolTip() and "156" in panel.summary_count.toolTip()
    assert f"summary: {'a' * limit}b\n" in editor.text()


def test_labels_become_a_yaml_list(parts, qtbot):
    editor, panel = parts
    panel.labels_edit.selectAll()
    type_into(qtbot, panel.labels_edit, "Politik, Asia Timur")
    assert "labels: [Politik, Asia Timur]\n" in editor.text()


def test_status_and_date(parts, qtbot):
    editor, panel = parts
    panel.status_combo.activated.emit(panel.status_combo.findData("draft"))
    assert "status: draft\n" in editor.text()
    panel.date_check.click()  # unset
    assert "date:" not in editor.text()
    assert not panel.date_edit.isEnabled()
    panel.date_check.click()  # set again: today, with the local offset
    assert panel.date_edit.isEnabled()
    assert "\ndate: " in editor.text()
    panel.date_edit.setDateTime(QDateTime(QDate(2024, 1, 2), QTime(10, 30)))
    value = panel.date_value()
    assert value.replace(tzinfo=None) == dt.datetime(2024, 1, 2, 10, 30)
    assert f"date: {value.isoformat()}\n" in editor.text()


def test_date_keeps_the_articles_time_zone(parts):
    editor, panel = parts
    panel.date_edit.setDateTime(QDateTime(QDate(2023, 9, 15), QTime(9, 0)))
    assert "date: 2023-09-15T09:00:00+07:00\n" in editor.text()


def test_featured_image_is_relative_to_the_article(parts, tmp_path: Path, monkeypatch):
    editor, panel = parts
    editor.article_file = lambda: tmp_path / "berita.md"
    photo = tmp_path / "foto" / "putin.jpg"
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(photo), ""))
    )
    panel.image_button.click()
    assert panel.image_edit.text() == "foto/putin.jpg"
    assert "image: foto/putin.jpg\n" in editor.text()


def test_broken_yaml_shows_the_line_and_disables_fields(parts, qtbot):
    editor, panel = parts
    cursor = editor.document().find("[Internasional, Rusia]")
    cursor.insertText("[Internasional, Rusia")
    qtbot.waitUntil(lambda: panel.error_label.isVisible())
    assert "line 6" in panel.error_label.text()
    assert not panel.fields_widget.isEnabled()
    panel.title_edit.textEdited.emit("tidak ditulis")  # fields cannot write while broken
    assert "tidak ditulis" not in editor.text()
    editor.undo()
    qtbot.waitUntil(lambda: panel.fields_widget.isEnabled())
    assert panel.error_label.isHidden()


def _placeholders(panel: MetadataPanel) -> dict[str, str]:
    fields = [*panel.line_edits.values(), panel.labels_edit, panel.summary_edit]
    return {field.objectName(): field.placeholderText() for field in fields}


def test_a_disabled_panel_shows_no_placeholders_that_look_like_values(parts, qtbot):
    """Greyed values beside "JAKARTA" or "images/foto.jpg" drawn as dark as text: in a
    read-only story the hints read as the story's own values."""
    editor, panel = parts
    hints = _placeholders(panel)
    assert hints["dateline_edit"] and hints["image_edit"] and hints["credit_edit"]
    panel.setEnabled(False)  # a read-only story (a colleague's lock)
    assert set(_placeholders(panel).values()) == {""}
    assert panel.line_edits["dateline"].text() == ""  # no value made up in their place
    panel.setEnabled(True)
    assert _placeholders(panel) == hints
    cursor = editor.document().find("[Internasional, Rusia]")
    cursor.insertText("[Internasional, Rusia")  # a story that cannot be read
    qtbot.waitUntil(lambda: not panel.fields_widget.isEnabled())
    assert set(_placeholders(panel).values()) == {""}
    editor.undo()
    qtbot.waitUntil(lambda: panel.fields_widget.isEnabled())
    assert _placeholders(panel) == hints


def test_a_wrong_value_leaves_the_other_fields_shown(qtbot):
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.setPlainText(ARTICLE.replace("status: ready", "status: submitted"))
    panel = MetadataPanel(editor)
    qtbot.addWidget(panel)
    assert "line 9" in panel.error_label.text() and "submitted" in panel.error_label.text()
    assert not panel.fields_widget.isEnabled()
    assert panel.title_edit.text() == "Pertemuan Putin dan Kim"
    assert panel.date_edit.dateTime() == QDateTime(QDate(2023, 9, 14), QTime(8, 0))
    assert panel.status_combo.currentData() == ""


def test_a_summary_shorter_than_the_check_wants_shows_its_count_in_amber(parts, qtbot):
    # QA23: 49 / 156 looked fine, while the check warns under 120
    from netizen_editor.gui.editor.style_fixes import COLOR

    _editor, panel = parts
    assert panel.summary_count.styleSheet() == ""  # empty: nothing to say yet
    type_into(qtbot, panel.summary_edit, "a" * 49)
    assert COLOR in panel.summary_count.styleSheet()
    qtbot.keyClicks(panel.summary_edit, "b" * 71)  # 120: as the check wants
    assert panel.summary_count.styleSheet() == ""


FOLDED = ARTICLE.replace(
    "title: Pertemuan Putin dan Kim\n", "title: >-\n  Pertemuan Putin dan Kim\n"
)


def test_a_headline_in_the_templates_block_keeps_it_and_its_undo_gives_the_text_back(qtbot):
    """A headline typed in the panel rewrote the templates' ``title: >-`` block as one line, so
    the field's own Undo left a text that was not the saved one (the tab stayed unsaved)."""
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.setPlainText(FOLDED)
    panel = MetadataPanel(editor)
    qtbot.addWidget(panel)
    panel.title_edit.setText("Pertemuan Putin dan Kim Jong Un")
    panel.title_edit.textEdited.emit(panel.title_edit.text())  # as typing does
    assert "title: >-\n  Pertemuan Putin dan Kim Jong Un\n" in editor.text()
    panel.title_edit.setText("Pertemuan Putin dan Kim")
    panel.title_edit.textEdited.emit(panel.title_edit.text())  # the field's Undo
    assert editor.text() == FOLDED


def test_tab_leaves_the_date_field_in_one_press(parts, qtbot):
    """Tab walked the date's five sections (year … minute) before it left the field."""
    _editor, panel = parts
    date = panel.date_edit
    date.setFocus()
    qtbot.waitUntil(date.hasFocus)

    def focused():
        return panel.window().focusWidget()

    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    after = focused()
    assert after is not None and after is not date and not date.isAncestorOf(after)
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert date.hasFocus()
    qtbot.keyClick(date, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert not date.hasFocus()


def test_an_undo_in_the_headline_s_field_takes_its_slug_back_too(qtbot):
    """Ctrl+Z in the headline's field gave the old headline a slug made from it (a template
    story's from its hint): the text was not the saved one and the tab stayed unsaved."""
    text = ARTICLE.replace("slug: pertemuan-putin-kim\n", "")
    editor = MarkdownEditor()
    editor.setPlainText(text)
    panel = MetadataPanel(editor)
    for widget in (editor, panel):
        qtbot.addWidget(widget)
    panel.show()
    qtbot.waitExposed(panel)
    panel.refresh_from_text()
    title = panel.title_edit
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    title.end(False)
    qtbot.keyClicks(title, " Jong Un")
    assert "slug: pertemuan-putin-dan-kim-jong-un\n" in editor.text()
    title.undo()  # the field's own Ctrl+Z: the whole run of typing
    assert title.text() == "Pertemuan Putin dan Kim"
    assert editor.text() == text
