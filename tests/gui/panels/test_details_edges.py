"""Article Details' small edges: a disabled field has no clear button, no date is a blank
date field (not Qt's 2000-01-01), and the fields scroll in a short dock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QLineEdit, QToolButton

from netizen_editor.gui.editor.markdown_editor import MarkdownEditor
from netizen_editor.gui.panels.details_scroll import FIELDS_SHOWN, FieldsScroll
from netizen_editor.gui.panels.metadata_panel import MetadataPanel

STORY = """\
---
title: Banjir Rendam Jakarta Utara
dateline: JAKARTA
image: images/banjir.jpg
labels: [Nasional]
---
JAKARTA, Netizen.co.id - Isi berita.
"""


@pytest.fixture
def parts(qtbot) -> Iterator[tuple[MarkdownEditor, MetadataPanel]]:
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.setPlainText(STORY)
    panel = MetadataPanel(editor)
    qtbot.addWidget(panel)
    panel.resize(340, 700)
    panel.show()
    qtbot.waitExposed(panel)
    yield editor, panel


def _clear_buttons(edit: QLineEdit) -> list[QToolButton]:
    """The line edit's clear button (ⓧ) when it has one and draws it."""
    return [b for b in edit.findChildren(QToolButton) if b.isVisibleTo(edit)]


def test_a_disabled_field_has_no_clear_button(parts, qtbot):
    editor, panel = parts
    dateline = panel.line_edits["dateline"]
    with_button = [e for e in (*panel.line_edits.values(), panel.labels_edit)
                   if e.isClearButtonEnabled()]  # fmt: skip
    assert dateline in with_button and panel.labels_edit in with_button
    assert _clear_buttons(dateline)  # "JAKARTA" may be cleared while the field is on
    panel.setEnabled(False)  # a read-only story (a colleague's lock)
    assert not any(e.isClearButtonEnabled() for e in with_button)
    assert not _clear_buttons(dateline) and dateline.text() == "JAKARTA"
    panel.setEnabled(True)
    assert all(e.isClearButtonEnabled() for e in with_button)
    assert _clear_buttons(dateline)
    cursor = editor.document().find("[Nasional]")
    cursor.insertText("[Nasional")  # a story that cannot be read
    qtbot.waitUntil(lambda: not panel.fields_widget.isEnabled())
    assert not any(e.isClearButtonEnabled() for e in with_button)
    editor.undo()
    qtbot.waitUntil(panel.fields_widget.isEnabled)
    assert all(e.isClearButtonEnabled() for e in with_button)


def test_no_date_is_a_blank_date_field(parts, qtbot):
    """Not Qt's 2000-01-01 greyed beside an unchecked "Set"; checking it gives now."""
    editor, panel = parts
    assert not panel.date_check.isChecked() and not panel.date_edit.isEnabled()
    assert panel.date_edit.text().strip() == ""
    assert "2000" not in panel.date_edit.text()
    panel.date_check.click()
    assert panel.date_edit.isEnabled()
    assert panel.date_edit.date().year() >= 2026  # now, not the blank's year
    assert "date: 2" in editor.toPlainText()
    assert panel.date_edit.text().strip() != ""
    panel.date_check.click()  # no date again
    assert "date:" not in editor.toPlainText()
    assert panel.date_edit.text().strip() == ""
    panel.date_check.click()  # at once again: now, never the blank's year 100
    assert panel.date_edit.date().year() >= 2026
    assert "date: 01" not in editor.toPlainText()


def test_a_dated_story_then_one_without_a_date(parts, qtbot):
    editor, panel = parts
    editor.setPlainText(STORY.replace("labels:", "date: 2026-12-05T19:30:00+07:00\nlabels:"))
    qtbot.waitUntil(panel.date_check.isChecked)
    assert panel.date_edit.dateTime() == QDateTime(QDate(2026, 12, 5), QTime(19, 30))
    editor.setPlainText(STORY)
    qtbot.waitUntil(lambda: not panel.date_check.isChecked())
    assert panel.date_edit.text().strip() == ""


def test_a_story_that_cannot_be_read_shows_no_made_up_date(qtbot):
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.setPlainText(STORY.replace("[Nasional]", "[Nasional"))
    panel = MetadataPanel(editor)
    qtbot.addWidget(panel)
    assert not panel.fields_widget.isEnabled()
    assert panel.date_edit.text().strip() == ""


def test_the_fields_scroll_in_a_short_dock(parts, qtbot):
    """A laptop's screen: the details give way to the checks below them, and scroll."""
    _editor, panel = parts
    scroll = panel.findChild(FieldsScroll, "fields_scroll")
    assert scroll is not None and scroll.widget() is panel.fields_widget
    fields = panel.fields_widget.sizeHint().height()
    assert scroll.missing() == 0  # 700 px: every field shows
    assert panel.minimumSizeHint().height() < fields
    assert scroll.minimumSizeHint().height() >= fields * FIELDS_SHOWN // 100 - 1
    panel.resize(340, panel.minimumSizeHint().height())
    qtbot.waitUntil(lambda: scroll.missing() > 0)
    assert scroll.verticalScrollBar().maximum() > 0
    assert panel.title_edit.width() > 150  # as wide as the panel, not squeezed
