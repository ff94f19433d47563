"""The import note's Cancel: a slow import (1.5 MB of ``<`` in a web page took ~7.7 s) could not
be stopped. Cancel stops the wait at once, opens nothing and leaves the window usable; the
import's thread writes nothing and ends; an import that is already writing its article is not
cancelled (it ends as usual); an import left alone still opens."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from netizen_editor.importing import importer
from tests.gui import TIMEOUT
from tests.gui.window.test_import_controller import SETTINGS, answer_dialogs, release


def _import_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "import"]


def _press_cancel_once_shown(window, pressed: list[str]) -> QTimer:
    """Presses the note's Cancel, from the window's loop, once the note shows."""
    from netizen_editor.gui.window.import_progress import _Note

    def look() -> None:
        note = QApplication.activeModalWidget()
        if isinstance(note, _Note) and note.button is not None and not pressed:
            pressed.append(note.labelText())
            note.button.click()

    timer = QTimer(window)
    timer.timeout.connect(look)
    timer.start(10)
    return timer


def test_cancel_stops_a_slow_import_opens_nothing_and_leaves_the_window_usable(
    make_window, qtbot, tmp_path, monkeypatch
):
    source = release(tmp_path)
    answer_dialogs(monkeypatch, source)
    converting, go_on = threading.Event(), threading.Event()
    convert = importer._convert

    def slow(*args, **kwargs):  # the document takes long to convert
        converting.set()
        go_on.wait(TIMEOUT / 1000)
        return convert(*args, **kwargs)

    monkeypatch.setattr(importer, "_convert", slow)
    window = make_window([], settings=SETTINGS)
    before = window.all_tabs()
    pressed: list[str] = []
    timer = _press_cancel_once_shown(window, pressed)
    window.registry["import"].trigger()  # returns once cancelled, the conversion still going
    timer.stop()
    assert converting.is_set() and not go_on.is_set()
    assert pressed == ["Importing “rilis.docx”…"]
    assert window.all_tabs() == before
    assert QApplication.activeModalWidget() is None  # the note is gone
    assert window.statusBar().currentMessage() == (
        "Import of rilis.docx cancelled: nothing was written"
    )
    go_on.set()  # the conversion ends; the thread stops at its next step
    qtbot.waitUntil(lambda: not _import_threads(), timeout=TIMEOUT)
    assert not (tmp_path / "rilis.md").exists() and not (tmp_path / "rilis_files").exists()
    monkeypatch.setattr(importer, "_convert", convert)
    window.registry["import"].trigger()  # the window goes on as before: the next import opens
    tab = window.current_tab()
    assert tab is not None and tab.path == tmp_path / "rilis.md"


def test_cancel_while_the_article_is_written_is_refused_and_the_article_opens(
    make_window, qtbot, tmp_path, monkeypatch
):
    answer_dialogs(monkeypatch, release(tmp_path))
    writing, go_on = threading.Event(), threading.Event()
    keep = importer.keep_text

    def kept(folder, data):  # the import is writing when Cancel is pressed
        writing.set()
        go_on.wait(TIMEOUT / 1000)
        return keep(folder, data)

    monkeypatch.setattr(importer, "keep_text", kept)
    window = make_window([], settings=SETTINGS)
    pressed: list[str] = []

    def press() -> None:
        if writing.is_set() and not pressed:
            pressed.extend(_press_cancel_after_writing(window))
            go_on.set()

    timer = QTimer(window)
    timer.timeout.connect(press)
    timer.start(10)
    window.registry["import"].trigger()
    timer.stop()
    assert pressed == ["Saving the article “rilis.md”…", "disabled"]
    tab = window.current_tab()
    assert tab is not None and tab.path == tmp_path / "rilis.md"
    assert not tab.is_dirty()


def _press_cancel_after_writing(window) -> list[str]:
    from netizen_editor.gui.window.import_progress import _Note

    note = QApplication.activeModalWidget()
    assert isinstance(note, _Note) and note.button is not None
    note.button.click()
    assert note.isVisible()  # the note stays: the import ends as usual
    return [note.labelText(), "enabled" if note.button.isEnabled() else "disabled"]


def test_escape_on_the_note_cancels_too(make_window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt

    from netizen_editor.gui.window.import_progress import _Note

    answer_dialogs(monkeypatch, release(tmp_path))
    go_on = threading.Event()
    convert = importer._convert

    def slow(*args, **kwargs):
        go_on.wait(TIMEOUT / 1000)
        return convert(*args, **kwargs)

    monkeypatch.setattr(importer, "_convert", slow)
    window = make_window([], settings=SETTINGS)

    def escape() -> None:
        note = QApplication.activeModalWidget()
        if isinstance(note, _Note):
            qtbot.keyClick(note, Qt.Key.Key_Escape)

    timer = QTimer(window)
    timer.timeout.connect(escape)
    timer.start(10)
    assert window.registry["import"].trigger() is None
    timer.stop()
    assert window.current_tab() is None or window.current_tab().path != tmp_path / "rilis.md"
    go_on.set()
    qtbot.waitUntil(lambda: not _import_threads(), timeout=TIMEOUT)
    assert not (tmp_path / "rilis.md").exists()
