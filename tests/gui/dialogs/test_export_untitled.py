"""The export dialog names an untitled article as its tab does, never "<text>"."""

from __future__ import annotations

from netizen_editor.gui.dialogs.export_dialog import ExportDialog
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT
from tests.gui.exporting import export_now


def test_an_untitled_articles_export_warnings_name_it_as_its_tab(make_window, qtbot, tmp_path):
    window = make_window(settings=Settings(ui_language="en"))
    tab = window.files.new_article()
    tab.editor.setPlainText("---\ntitle: Banjir\n---\n\nWarga mengungsi.\n\n![x](foto.jpg)\n")
    qtbot.waitUntil(lambda: tab.current_snapshot().text == tab.editor_text(), timeout=TIMEOUT)
    window.registry["export"].trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    dialog.output_edit.setText(str(tmp_path / "banjir.html"))
    assert export_now(qtbot, dialog)
    shown = [dialog.warnings_list.item(n).text() for n in range(dialog.warnings_list.count())]
    assert shown and all("<text>" not in w for w in shown), shown
    assert any(w.startswith(f"{tab.tab_label()}:7:") and "foto.jpg" in w for w in shown), shown
    dialog.close()


def test_a_long_warning_is_read_whole_in_the_dialog(make_window, qtbot, tmp_path):
    """The spiked story's warning was cut at the dialog's edge (QA13): the list wraps it."""
    story = tmp_path / "persib.md"
    story.write_text("---\ntitle: Persib\nstatus: spiked\n---\n\nPersib menang.\n", "utf-8")
    window = make_window([story], settings=Settings(ui_language="en"))
    window.registry["export"].trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    dialog.output_edit.setText(str(tmp_path / "persib.html"))
    assert export_now(qtbot, dialog)
    listed = dialog.warnings_list
    qtbot.waitUntil(listed.isVisible, timeout=TIMEOUT)
    assert "spiked" in listed.item(0).text()
    assert listed.wordWrap() and not listed.horizontalScrollBar().isVisible()
    row = listed.visualItemRect(listed.item(0))
    assert row.width() <= listed.viewport().width() and row.height() > listed.fontMetrics().height()
