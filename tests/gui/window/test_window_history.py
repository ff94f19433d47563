"""The window keeps versions (issue 23): a save gives the article its id and keeps a version;
a rename keeps the history; a status change, a review decision and an export keep versions
with their reasons; a Save As copy starts its own history; a history that cannot be written
never blocks a save."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from netizen_editor.history.article_id import article_id
from netizen_editor.history.store import History
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT
from tests.gui.exporting import export_now

SETTINGS = replace(Settings(ui_language="en"), default_author="Dewi Lestari", timezone="WITA")


def type_at_end(qtbot, tab, text: str) -> None:
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(tab.editor, text)


def history_of(path: Path) -> History:
    found = article_id(path.read_text(encoding="utf-8"))
    assert found is not None
    return History(path.parent, found)


def reasons(path: Path) -> list[str]:
    return [v.reason for v in history_of(path).versions().versions]


def test_a_save_gives_the_id_and_keeps_a_version(make_window, qtbot, article_file):
    window = make_window([article_file], settings=SETTINGS)
    tab = window.current_tab()
    type_at_end(qtbot, tab, "Tambahan.")
    window.registry["save"].trigger()
    saved = article_file.read_text(encoding="utf-8")
    found = article_id(saved)
    assert found is not None and f"id: {found}" in tab.editor_text()
    listing = history_of(article_file).versions()
    assert [v.reason for v in listing.versions] == ["save"]
    newest = listing.versions[0]
    assert newest.author == "Dewi Lestari" and newest.time.endswith("+08:00")  # WITA
    assert newest.words == tab.current_snapshot().stats.words
    assert history_of(article_file).read(newest.id)[1] == saved
    window.registry["save"].trigger()  # nothing changed: no second version
    assert reasons(article_file) == ["save"]
    tab.editor.undo()  # the id was one undoable edit
    assert "id:" not in tab.editor_text() and tab.editor_text().endswith("Tambahan.")


def test_a_rename_keeps_the_history(make_window, qtbot, article_file):
    window = make_window([article_file])
    tab = window.current_tab()
    type_at_end(qtbot, tab, "Versi satu.")
    window.registry["save"].trigger()
    window.files.close_tab(tab)
    renamed = article_file.with_name("judul-baru.md")
    os.rename(article_file, renamed)  # in the file manager
    colleague = make_window([renamed], settings=SETTINGS)  # (a plain save of another author)
    tab = colleague.current_tab()
    type_at_end(qtbot, tab, " Versi dua.")
    colleague.registry["save"].trigger()
    versions = history_of(renamed).versions().versions
    assert len(versions) == 2 and versions[0].author == "Dewi Lestari"
    assert history_of(renamed).read(versions[1].id)[1].endswith("Versi satu.")


def test_save_as_starts_the_copy_s_own_history(make_window, qtbot, article_file):
    window = make_window([article_file])
    tab = window.current_tab()
    window.registry["save"].trigger()  # a first save after opening: the id
    type_at_end(qtbot, tab, "Tambahan.")
    window.registry["save"].trigger()
    original = article_id(article_file.read_text(encoding="utf-8"))
    copy = article_file.with_name("salinan.md")
    window.prompts.save_path = lambda suggested: copy
    window.registry["save_as"].trigger()
    new = article_id(copy.read_text(encoding="utf-8"))
    assert new is not None and new != original
    assert article_id(article_file.read_text(encoding="utf-8")) == original  # left as it was
    assert reasons(copy) == ["save"]
    versions = history_of(article_file).versions().versions  # the two saves, coalesced
    assert len(versions) == 1  # and no version of the copy
    assert article_id(history_of(article_file).read(versions[0].id)[1]) == original
    tab.editor.undo()  # the new id was one undoable edit
    assert article_id(tab.editor_text()) == original


def choose_status(panel, value: str) -> None:
    combo = panel.status_combo
    combo.setFocus()
    index = combo.findData(value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_a_status_change_keeps_a_version(make_window, qtbot, article_file):
    window = make_window([article_file])
    tab = window.current_tab()
    window.registry["save"].trigger()
    choose_status(tab.metadata_panel, "review")
    assert "status: review" in tab.editor_text()
    assert reasons(article_file) == ["status", "save"]
    version = history_of(article_file).versions().versions[0]
    assert "status: review" in history_of(article_file).read(version.id)[1]


REVIEWED = """---
title: Banjir Jakarta
status: review
id: 5c0e5a1e-0d6f-4c55-9d43-0c2b3f7a9e11
---
JAKARTA - Banjir {++besar ++}{>>@Bambang (2026-12-06T10:30+07:00)<<}melanda kota.
"""


def accept_the_suggestion(make_window, qtbot, path: Path, text: str):
    """A window on ``path`` holding ``text``, its one suggestion accepted; its tab."""
    path.write_text(text, encoding="utf-8")
    window = make_window([path])
    dock = window.review_dock
    qtbot.waitUntil(lambda: len(dock.panel.marks()) == 1, timeout=TIMEOUT)
    dock.panel.list.setCurrentRow(0)
    qtbot.mouseClick(dock.panel.accept_button, Qt.MouseButton.LeftButton)
    return window.current_tab()


def test_a_review_decision_keeps_a_version(make_window, qtbot, tmp_path):
    path = tmp_path / "banjir.md"
    tab = accept_the_suggestion(make_window, qtbot, path, REVIEWED)
    assert "Banjir besar melanda" in tab.editor_text()
    history = history_of(path)
    assert [v.reason for v in history.versions().versions] == ["review"]
    version = history.versions().versions[0]
    # the text as it was with the suggestion: a decision can always be looked up again
    assert "Banjir {++besar ++}" in history.read(version.id)[1]
    assert tab.is_dirty()  # kept in the history, not saved


def test_an_export_keeps_a_version(make_window, qtbot, article_file, tmp_path):
    window = make_window([article_file])
    window.registry["save"].trigger()  # the first save gives the id
    dialog = window.open_export_dialog()
    dialog.output_edit.setText(str(tmp_path / "halaman.html"))
    export_now(qtbot, dialog)
    assert (tmp_path / "halaman.html").is_file()
    assert reasons(article_file) == ["export", "save"]
    assert "Exported to" in window.statusBar().currentMessage()
    dialog.close()


def test_a_planted_history_link_never_blocks_a_save(make_window, qtbot, article_file, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (article_file.parent / ".netizen").symlink_to(elsewhere, target_is_directory=True)
    window = make_window([article_file])
    tab = window.current_tab()
    type_at_end(qtbot, tab, "Tetap tersimpan.")
    window.registry["save"].trigger()
    assert article_file.read_text(encoding="utf-8").endswith("Tetap tersimpan.")
    assert not tab.is_dirty()
    message = window.statusBar().currentMessage()
    assert message.startswith("Saved ") and "no version kept in the history" in message
    assert list(elsewhere.iterdir()) == []  # nothing written through the link


def test_a_first_decision_on_a_story_without_an_id_gives_it_one_and_keeps_a_version(
    make_window, qtbot, tmp_path
):
    """A story filed from another editor has no id: its first decision gives it one (in the
    decision's undo step), so "changes since the last review" has the decision to go by."""
    path = tmp_path / "banjir.md"
    filed = REVIEWED.replace("id: 5c0e5a1e-0d6f-4c55-9d43-0c2b3f7a9e11\n", "")
    tab = accept_the_suggestion(make_window, qtbot, path, filed)
    story_id = article_id(tab.editor_text())
    assert story_id is not None and "Banjir besar melanda" in tab.editor_text()
    history = History(path.parent, story_id)  # (the file gets the id at its save)
    [version] = history.versions().versions
    assert version.reason == "review"
    kept = history.read(version.id)[1]
    assert "Banjir {++besar ++}" in kept and article_id(kept) == story_id
    tab.editor.undo()  # one step: the decision and the id it brought
    assert tab.editor_text() == filed


def test_an_export_keeps_the_text_it_exported_not_an_edit_made_while_it_ran(
    make_window, qtbot, article_file, tmp_path, monkeypatch
):
    import threading

    from PySide6.QtCore import QTimer

    from netizen_editor.export.page import PageExporter

    window = make_window([article_file])
    window.registry["save"].trigger()  # the first save gives the id
    tab = window.current_tab()
    exported_text = tab.editor_text()
    edited = threading.Event()
    convert = PageExporter.export

    def export(self, *args, **kwargs):  # on the export's thread: waits for the edit
        edited.wait(TIMEOUT / 1000)
        return convert(self, *args, **kwargs)

    def edit() -> None:  # on the window's thread while the export runs
        tab.editor.moveCursor(QTextCursor.MoveOperation.End)
        tab.editor.insertPlainText("\nDitambah sesudahnya.\n")
        edited.set()

    monkeypatch.setattr(PageExporter, "export", export)
    dialog = window.open_export_dialog()
    dialog.output_edit.setText(str(tmp_path / "halaman.html"))
    QTimer.singleShot(0, edit)
    export_now(qtbot, dialog)
    assert "Ditambah sesudahnya" not in (tmp_path / "halaman.html").read_text(encoding="utf-8")
    history = history_of(article_file)
    latest = history.versions().versions[0]
    assert latest.reason == "export"
    assert "Ditambah sesudahnya" not in history.read(latest.id)[1]  # the page's text, kept
    assert history.read(latest.id)[1] == exported_text
    dialog.close()
