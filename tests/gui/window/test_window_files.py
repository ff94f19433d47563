"""Opening, saving and closing articles through the window, with the failures that matter.

What the file operations do on their own (outcomes, line ends, huge files, conflicts) is
tested without Qt in ``tests/test_document.py``; these tests drive the prompts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from netizen_editor import document as document_module
from netizen_editor.gui.dialogs.encoding_dialog import EncodingDialog
from netizen_editor.history.article_id import article_id
from netizen_editor.storage.atomic import SaveError
from netizen_editor.storage.backups import BackupStore
from netizen_editor.storage.datadirs import backup_dir, journal_dir
from netizen_editor.storage.journal import load_entry
from tests.gui import TIMEOUT, Recorder, type_at_end
from tests.samples import TEST_ARTICLE


def without_id(data: bytes) -> bytes:
    """``data`` without the ``id`` line a first save adds to the front matter (issue 23):
    every other byte is the same."""
    found = article_id(data.decode("utf-8-sig"))
    if found is None:
        return data
    newline = b"\r\n" if b"\r\n" in data else b"\n"
    return data.replace(f"id: {found}".encode() + newline, b"", 1)


@pytest.mark.parametrize(
    "raw",
    [
        TEST_ARTICLE.encode(),
        TEST_ARTICLE.replace("\n", "\r\n").encode(),
        b"\xef\xbb\xbf" + TEST_ARTICLE.encode(),
        "Harga\u00a0Rp\u00a010.000 \u2028tanpa baris akhir".encode(),
        b"",
    ],
    ids=["lf", "crlf", "bom", "nbsp-no-final-newline", "empty"],
)
def test_open_and_save_round_trip_byte_for_byte(make_window, tmp_path, raw):
    path = tmp_path / "artikel.md"
    path.write_bytes(raw)
    window = make_window([path])
    tab = window.current_tab()
    tab.set_dirty(True)
    window.registry["save"].trigger()
    assert without_id(path.read_bytes()) == raw  # an article gets its id; a note does not
    has_id = article_id(path.read_text(encoding="utf-8-sig")) is not None
    assert has_id == raw.removeprefix(b"\xef\xbb\xbf").startswith(b"---")
    assert not tab.is_dirty()


def test_a_failed_save_keeps_the_text_and_says_why(make_window, qtbot, article_file, monkeypatch):
    window = make_window([article_file])
    tab = window.current_tab()
    type_at_end(qtbot, tab, "Kalimat penting.")
    real_write = document_module.write_article_file

    def full_disk(path, text, bom=False):
        raise SaveError(path, f"The disk is full: could not save {path}")

    monkeypatch.setattr(document_module, "write_article_file", full_disk)
    errors = Recorder()
    window.prompts.error = errors
    window.registry["save"].trigger()
    assert errors.calls and "The disk is full" in errors.calls[0][1]
    assert article_file.read_text(encoding="utf-8") == TEST_ARTICLE
    assert tab.editor_text().endswith("Kalimat penting.")
    assert tab.is_dirty() and window.isWindowModified()
    entry = load_entry(journal_dir() / f"{window.keeper.journal.session_id}.{tab.doc_id}.json")
    assert entry.text.endswith("Kalimat penting.")
    assert entry.path == article_file

    monkeypatch.setattr(document_module, "write_article_file", real_write)
    window.registry["save"].trigger()
    assert article_file.read_text(encoding="utf-8").endswith("Kalimat penting.")
    assert not tab.is_dirty()
    assert not list(journal_dir().glob(f"*.{tab.doc_id}.json"))


def test_saving_over_a_file_changed_on_disk_asks(make_window, qtbot, article_file):
    window = make_window([article_file])
    tab = window.current_tab()
    type_at_end(qtbot, tab, "Versi saya.")
    window.files.unwatch(article_file)  # only the save notices the change here
    article_file.write_text(TEST_ARTICLE + "Versi mereka.\n", encoding="utf-8")
    conflict = Recorder("cancel")
    window.prompts.disk_conflict = conflict
    window.registry["save"].trigger()
    assert conflict.calls == [("uji-coba.md",)]
    assert article_file.read_text(encoding="utf-8").endswith("Versi mereka.\n")
    assert tab.is_dirty()
    conflict.answer = "overwrite"
    window.registry["save"].trigger()
    assert article_file.read_text(encoding="utf-8").endswith("Versi saya.")
    backups = BackupStore(backup_dir())
    newest = backups.list_backups(article_file)[0]
    assert backups.read_backup(newest).endswith("Versi mereka.\n")  # theirs is kept


def test_keep_mine_then_save_still_asks_before_overwriting_theirs(make_window, qtbot, article_file):
    # "keep mine" keeps working on this text; the colleague's change is overwritten only when
    # the save's own question says so (a new user lost a colleague's sentence here)
    window = make_window([article_file])
    tab = window.current_tab()
    type_at_end(qtbot, tab, "Versi saya.")
    asked = Recorder("keep")
    window.prompts.changed_on_disk = asked
    article_file.write_text(TEST_ARTICLE + "Versi mereka.\n", encoding="utf-8")
    qtbot.waitUntil(lambda: bool(asked.calls), timeout=TIMEOUT)
    assert tab.editor_text().endswith("Versi saya.")
    window.files.check_all()
    assert len(asked.calls) == 1  # that change is not asked about twice
    conflict = Recorder("cancel")
    window.prompts.disk_conflict = conflict
    window.registry["save"].trigger()
    assert len(conflict.calls) == 1
    assert article_file.read_text(encoding="utf-8").endswith("Versi mereka.\n")  # not saved
    window.prompts.disk_conflict = Recorder("overwrite")
    window.registry["save"].trigger()
    assert article_file.read_text(encoding="utf-8").endswith("Versi saya.")
    backups = BackupStore(backup_dir())
    assert backups.read_backup(backups.list_backups(article_file)[0]).endswith("Versi mereka.\n")


def test_disk_conflict_reload_theirs(make_window, qtbot, article_file):
    window = make_window([article_file])
    tab = window.current_tab()
    type_at_end(qtbot, tab, "Versi saya.")
    window.files.unwatch(article_file)  # only the save notices it here
    article_file.write_text("Versi mereka.\n", encoding="utf-8")
    window.prompts.disk_conflict = Recorder("reload")
    window.registry["save"].trigger()
    assert tab.editor_text() == "Versi mereka.\n"
    assert not tab.is_dirty()
    tab.editor.undo()
    assert tab.editor_text().endswith("Versi saya.")


def test_a_change_by_another_program_reloads_a_clean_article(make_window, qtbot, article_file):
    window = make_window([article_file])
    tab = window.current_tab()
    article_file.write_text(TEST_ARTICLE + "Ditambah orang lain.\n", encoding="utf-8")
    qtbot.waitUntil(lambda: tab.editor_text().endswith("Ditambah orang lain.\n"), timeout=TIMEOUT)
    assert not tab.is_dirty()
    assert tab.info_bar.isVisible() and "reloaded" in tab.info_bar.label.text()
    # the watch survives an atomic replace: a second change is noticed, too
    tmp = article_file.with_name(".tmp-replace")
    tmp.write_text("Diganti seluruhnya.\n", encoding="utf-8")
    os.replace(tmp, article_file)
    qtbot.waitUntil(lambda: tab.editor_text() == "Diganti seluruhnya.\n", timeout=TIMEOUT)


def test_a_change_by_another_program_asks_when_edited_here(make_window, qtbot, article_file):
    window = make_window([article_file])
    tab = window.current_tab()
    type_at_end(qtbot, tab, "Punya saya.")
    asked = Recorder("reload")
    window.prompts.changed_on_disk = asked
    article_file.write_text("Punya mereka.\n", encoding="utf-8")
    qtbot.waitUntil(lambda: bool(asked.calls), timeout=TIMEOUT)
    assert tab.editor_text() == "Punya mereka.\n"


def test_a_deleted_file_keeps_the_text_and_marks_it_unsaved(make_window, qtbot, article_file):
    window = make_window([article_file])
    tab = window.current_tab()
    article_file.unlink()
    qtbot.waitUntil(lambda: tab.is_dirty(), timeout=TIMEOUT)
    assert "deleted" in tab.info_bar.label.text()
    window.registry["save"].trigger()
    assert without_id(article_file.read_bytes()).decode() == TEST_ARTICLE


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_closing_a_tab_with_unsaved_changes_asks(make_window, qtbot, article_file, answer):
    window = make_window([article_file])
    tab = window.current_tab()
    type_at_end(qtbot, tab, "Belum disimpan.")
    asked = Recorder(answer)
    window.prompts.unsaved_changes = asked
    window.registry["close"].trigger()
    assert asked.calls == [("Judul Uji Coba",)]
    saved = article_file.read_text(encoding="utf-8").endswith("Belum disimpan.")
    if answer == "cancel":
        assert window.all_tabs() == [tab] and tab.is_dirty() and not saved
    else:
        assert window.all_tabs() == []
        assert saved == (answer == "save")
        assert window.central_stack.currentIndex() == 1  # the empty page with New / Open


def test_closing_the_window_with_unsaved_changes_asks(make_window, qtbot, article_file):
    window = make_window([article_file])
    type_at_end(qtbot, window.current_tab(), "Belum disimpan.")
    asked = Recorder("cancel")
    window.prompts.unsaved_changes = asked
    window.close()
    assert asked.calls and window.isVisible()
    asked.answer = "discard"
    window.close()
    assert not window.isVisible()
    assert article_file.read_text(encoding="utf-8") == TEST_ARTICLE


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_closing_with_several_stories_unsaved_asks_once_which_to_save(
    make_window, qtbot, tmp_path, answer
):
    # QA8: three unsaved stories were three questions, one after another, with no list
    paths = [tmp_path / f"{name}.md" for name in ("satu", "dua", "tiga")]
    for path in paths:
        path.write_text(f"# {path.stem}\n\nTeks.\n", encoding="utf-8")
    window = make_window(paths)
    tabs = window.all_tabs()
    for tab in tabs[:2]:
        window.activate_tab(tab)
        type_at_end(qtbot, tab, "Belum disimpan.")
    asked = Recorder((answer, [1]))
    window.prompts.unsaved_stories = asked
    window.close()
    assert asked.calls == [(["satu", "dua"],)]  # the unsaved ones, once (titles: file names)
    saved = [p.read_text(encoding="utf-8").endswith("Belum disimpan.") for p in paths]
    assert saved == [False, answer == "save", False]  # only the one checked
    assert window.isVisible() == (answer == "cancel")
    if answer == "cancel":
        assert all(tab.is_dirty() for tab in tabs[:2])


def test_the_unsaved_list_tells_two_stories_of_one_title_apart(make_window, qtbot, tmp_path):
    # QA9: a story and its copy read alike in the list
    paths = [tmp_path / "banjir.md", tmp_path / "banjir-salinan.md"]
    for path in paths:
        path.write_text("---\ntitle: Banjir Rob\n---\nTeks.\n", encoding="utf-8")
    window = make_window(paths)
    for tab in window.all_tabs():
        window.activate_tab(tab)
        type_at_end(qtbot, tab, "Lagi.")
    asked = Recorder(("cancel", []))
    window.prompts.unsaved_stories = asked
    window.close()
    assert asked.calls == [(["Banjir Rob (banjir.md)", "Banjir Rob (banjir-salinan.md)"],)]


def test_the_unsaved_stories_question_answers_with_the_rows_checked(qtbot):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from netizen_editor.gui.dialogs.unsaved_dialog import UnsavedDialog, ask_unsaved

    def press(uncheck: int, button: str) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, UnsavedDialog), dialog
        dialog.stories.item(uncheck).setCheckState(Qt.CheckState.Unchecked)
        getattr(dialog, button).click()

    for button, expected in [("save_button", ("save", [0, 2])),
                             ("discard_button", ("discard", []))]:  # fmt: skip
        QTimer.singleShot(50, lambda b=button: press(1, b))
        assert ask_unsaved(None, ["satu", "dua", "tiga"]) == expected


def test_unreadable_files_are_refused_with_the_reason(make_window, tmp_path):
    window = make_window([])
    tabs = len(window.all_tabs())
    binary = tmp_path / "foto.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    errors = Recorder()
    window.prompts.error = errors
    assert window.files.open_path(binary) is None
    assert "foto.md" in errors.calls[0][1]
    assert "not a text file" in errors.calls[0][2]
    assert window.files.open_path(tmp_path / "hilang.md") is None
    assert "hilang.md" in errors.calls[1][1] and "does not exist" in errors.calls[1][2]
    assert len(window.all_tabs()) == tabs


def test_a_non_utf8_file_can_never_be_saved_over(make_window, qtbot, tmp_path):
    original = "Caf\u00e9 \u201cberita\u201d \u2014 na\u00efve\n".encode("cp1252")
    path = tmp_path / "lama.md"
    path.write_bytes(original)
    window = make_window([])
    chosen = []

    def pick(p, error):  # drive the real dialog: the guess is preselected
        dialog = EncodingDialog(p, error, window)
        chosen.append(dialog.encoding())
        dialog.copy_button.click()
        return dialog.choice()

    window.prompts.encoding = pick
    tab = window.files.open_path(path)
    assert chosen == ["cp1252"]
    assert tab is not None and tab.path is None
    assert tab.editor_text() == "Caf\u00e9 \u201cberita\u201d \u2014 na\u00efve\n"
    assert tab.is_dirty()

    errors = Recorder()
    window.prompts.error = errors
    window.prompts.save_path = lambda suggested: path  # the user picks the original
    window.registry["save"].trigger()
    assert errors.calls and "original" in errors.calls[0][1]
    assert path.read_bytes() == original
    copy = tmp_path / "lama-utf8.md"
    window.prompts.save_path = lambda suggested: copy
    window.registry["save"].trigger()
    assert copy.read_text(encoding="utf-8") == "Caf\u00e9 \u201cberita\u201d \u2014 na\u00efve\n"
    assert path.read_bytes() == original


def test_a_non_utf8_file_opened_read_only(make_window, qtbot, tmp_path):
    path = tmp_path / "lama.md"
    path.write_bytes("na\u00efve\n".encode("cp1252"))
    window = make_window([])

    def pick(p, error):
        dialog = EncodingDialog(p, error, window)
        dialog.read_only_button.click()
        return dialog.choice()

    window.prompts.encoding = pick
    tab = window.files.open_path(path)
    assert tab.read_only and tab.editor.isReadOnly() and not tab.is_dirty()
    qtbot.keyClicks(tab.editor, "x")
    assert tab.editor_text() == "na\u00efve\n"
    asked = Recorder(None)
    window.prompts.save_path = asked
    window.registry["save"].trigger()
    assert asked.calls  # Save means Save As for a read-only text
    assert path.read_bytes() == "na\u00efve\n".encode("cp1252")


def test_dropping_a_markdown_file_on_the_window_opens_it(make_window, qtbot, article_file):
    window = make_window([])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article_file))])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPoint(5, 5).toPointF(), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(drop)  # Qt delivers a Drop only during a real drag
    assert window.current_tab().path == article_file
    # dropped on the editor: the editor asks the window to open it
    other = article_file.with_name("kedua.md")
    other.write_text("# Kedua\n", encoding="utf-8")
    window.current_tab().editor.open_file_requested.emit(other)
    assert window.current_tab().path == other


def test_earlier_backups_are_listed_in_the_history(make_window, qtbot, article_file):
    """The copies kept before saves until the history existed stay reachable (File › History)."""
    window = make_window([article_file])
    tab = window.current_tab()
    type_at_end(qtbot, tab, "Versi dua.")
    window.registry["save"].trigger()
    type_at_end(qtbot, tab, " Versi tiga.")
    window.registry["save"].trigger()
    window.registry["history"].trigger()
    from netizen_editor.gui.dialogs.compare_dialog import CompareDialog

    dialog = window.findChild(CompareDialog)
    backups = [e for e in dialog.entries if e.reason == "backup"]
    assert len(backups) == 2  # the file before each save
    assert dialog.text_of(backups[0].key).endswith("Versi dua.")  # the newest backup first
    row = dialog.entries.index(backups[0])
    dialog.versions_list.setCurrentItem(dialog.versions_list.topLevelItem(row))
    dialog.restore_button.click()
    assert tab.editor_text().endswith("Versi dua.") and tab.is_dirty()


def test_opening_an_open_file_shows_its_tab(make_window, article_file):
    window = make_window([article_file])
    window.files.new_article()
    tab = window.files.open_path(Path(str(article_file)))
    assert len(window.all_tabs()) == 2
    assert window.current_tab() is tab and tab.path == article_file
