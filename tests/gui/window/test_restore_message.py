"""After Restore This Version the status bar's message fits it at 1366 px (QA33 #3: "Versi …
dipulihkan; Urungkan mengembalikan teks sebelumnya. Simpan unt" was cut by the word count),
and the whole sentence is in the bar above the text, which the next message takes away."""

from __future__ import annotations

from dataclasses import replace

from netizen_editor.gui.app import install_translators
from netizen_editor.gui.dialogs.compare_dialog import CompareDialog
from netizen_editor.settings import Settings
from tests.gui import settle
from tests.gui.dialogs.test_compare_dialog import compared, type_at_end

WHOLE = "dipulihkan; Urungkan mengembalikan teks sebelumnya. Simpan untuk menyimpannya."


def test_the_restores_message_fits_the_bar_and_is_whole_above_the_text(
    make_window, qtbot, qapp, article_file
):
    installed = install_translators(qapp, "id")
    try:
        settings = replace(Settings(ui_language="id"), default_author="Muhammad Rizky Pratama")
        window = make_window([article_file], settings=settings)
        window.resize(1366, 768)
        settle(qtbot, window)
        tab = window.current_tab()
        type_at_end(qtbot, tab, "Versi satu.")
        window.registry["save"].trigger()
        type_at_end(qtbot, tab, " Versi dua.")
        window.registry["history"].trigger()
        dialog = compared(qtbot, window.findChild(CompareDialog))
        when = dialog.entries[0].time
        dialog.select(0)
        dialog.restore_button.click()
        said = window.statusBar().currentMessage()
        assert said == f"Versi {when} dipulihkan: lihat di atas teks."
        assert window.status.fits(said) and not window.status.fits(f"Versi {when} {WHOLE}")
        assert not tab.info_bar.isHidden()
        assert tab.info_bar.label.text() == f"Versi {when} {WHOLE}"
        window.registry["save"].trigger()  # the next message: the sentence above has gone
        assert tab.info_bar.isHidden() and not tab.is_dirty()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
