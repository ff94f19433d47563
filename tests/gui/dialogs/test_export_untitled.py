"""The export dialog names an untitled article as its tab does, never "<text>"."""

from __future__ import annotations

from netizen_editor.gui.dialogs.export_dialog import ExportDialog
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT


def test_an_untitled_articles_export_warnings_name_it_as_its_tab(make_window, qtbot, tmp_path):
    window = make_window(settings=Settings(ui_language="en"))
    tab = window.files.new_article()
    tab.editor.setPlainText("---\ntitle: Banjir\n---\n\nWarga mengungsi.\n\n![x](foto.jpg)\n")
    qtbot.waitUntil(lambda: tab.current_snapshot().text == tab.editor_text(), timeout=TIMEOUT)
    window.registry["export"].trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    dialog.output_edit.setText(str(tmp_path / "banjir.html"))
    assert dialog.export()
    shown = [dialog.warnings_list.item(n).text() for n in range(dialog.warnings_list.count())]
    assert shown and all("<text>" not in w for w in shown), shown
    assert any(w.startswith(f"{tab.tab_label()}:7:") and "foto.jpg" in w for w in shown), shown
    dialog.close()
