"""What the window remembers from one start to the next."""

from __future__ import annotations

import json

from netizen_editor.gui.window.session import SessionStore, default_session_path


def test_window_state_and_open_articles_are_restored(make_window, qtbot, tmp_path, private_dirs):
    first_file = tmp_path / "satu.md"
    first_file.write_text("# Satu\n\nTeks.\n", encoding="utf-8")
    second_file = tmp_path / "dua.md"
    second_file.write_text("# Dua\n\nTeks.\n", encoding="utf-8")

    first = make_window([first_file, second_file])
    first.resize(720, 640)  # the offscreen screen is 800 x 800
    first.activate_tab(first.all_tabs()[0])
    first.files.new_article()  # untitled: not restored
    first.activate_tab(first.all_tabs()[1])
    tab = first.current_tab()
    total = sum(tab.sizes())
    tab.splitter.moveSplitter(total // 3, 1)
    sizes = tab.sizes()
    first.registry["preview_mobile"].trigger()
    first.metadata_dock.hide()
    first.close()
    assert not first.isVisible()
    assert json.loads(default_session_path().read_text())["open_files"] == [
        str(first_file),
        str(second_file),
    ]

    second = make_window([])
    assert [t.path for t in second.all_tabs()] == [first_file, second_file]
    assert second.current_tab().path == second_file
    assert (second.width(), second.height()) == (720, 640)
    assert abs(second.current_tab().sizes()[0] - sizes[0]) <= 2
    assert second.current_tab().preview.width_mode() == "mobile"
    assert second.registry["preview_mobile"].isChecked()
    assert not second.metadata_dock.isVisible()


def test_files_given_on_the_command_line_win(make_window, tmp_path):
    remembered = tmp_path / "lama.md"
    remembered.write_text("# Lama\n", encoding="utf-8")
    first = make_window([remembered])
    first.close()
    given = tmp_path / "baru.md"
    given.write_text("# Baru\n", encoding="utf-8")
    second = make_window([given])
    assert [t.path for t in second.all_tabs()] == [given]


def test_missing_remembered_files_are_named_without_a_question(make_window, qtbot, tmp_path):
    gone = tmp_path / "hilang.md"
    gone.write_text("# Hilang\n", encoding="utf-8")
    first = make_window([gone])
    first.close()
    gone.unlink()
    second = make_window([])  # no error prompt: the strict prompts would fail the test
    assert len(second.all_tabs()) == 1 and second.current_tab().path is None
    qtbot.waitUntil(lambda: bool(second.current_tab().info_bar.shown))  # once it shows
    assert second.current_tab().info_bar.shown == (
        "1 story from the last session could not be opened: hilang.md"
    )


def test_a_broken_session_file_gives_defaults(private_dirs):
    path = default_session_path()
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    state = SessionStore().load()
    assert state.first_run and state.open_files == []
    path.write_text(json.dumps({"open_files": "nope", "splitter": [1, "x", 2]}), encoding="utf-8")
    state = SessionStore().load()
    assert state.open_files == [] and state.splitter == [1, 2] and not state.first_run


def test_a_planted_or_damaged_session_file_never_stops_the_window(make_window, private_dirs):
    """A shared or damaged config folder: a session nested thousands deep (RecursionError),
    a pipe (waited on for ever), a huge file: each is ignored, and the window opens."""
    import os
    import threading

    from netizen_editor.gui.window import session

    path = default_session_path()
    path.parent.mkdir(parents=True)
    path.write_text('{"places":' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    assert SessionStore().load().first_run
    path.write_text(" " * (session.MAX_SESSION_BYTES + 1) + "{}", encoding="utf-8")
    assert SessionStore().load().first_run  # not read
    path.unlink()
    os.mkfifo(path)
    fired: list[bool] = []

    def end_the_wait() -> None:  # a writer ends a reader's wait on the pipe
        fired.append(True)
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))

    waited = threading.Timer(10, end_the_wait)
    waited.start()
    try:
        window = make_window([])
    finally:
        waited.cancel()
    assert not fired, "the window waited on the pipe"
    assert window.isVisible() and len(window.all_tabs()) == 1


def test_recent_files_are_remembered(make_window, tmp_path):
    paths = []
    for name in ("a", "b", "c"):
        path = tmp_path / f"{name}.md"
        path.write_text(f"# {name}\n", encoding="utf-8")
        paths.append(path)
    first = make_window(paths)
    first.close()
    assert SessionStore().load().recent[:3] == [str(p) for p in reversed(paths)]


def test_a_remembered_split_never_hides_the_preview(make_window, tmp_path, private_dirs):
    path = default_session_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"splitter": [2000, 0]}), encoding="utf-8")
    article = tmp_path / "artikel.md"
    article.write_text("# Judul\n\nIsi.\n", encoding="utf-8")
    window = make_window([article])
    tab = window.current_tab()
    assert tab.preview.isVisible()
    assert tab.sizes()[1] >= tab.preview.minimumSizeHint().width() >= 200


def test_a_tab_on_its_own_shares_its_width_with_the_preview(qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from netizen_editor.gui.window.document_tab import DocumentTab
    from netizen_editor.settings import Settings

    tab = DocumentTab(Settings())
    try:
        tab.resize(1000, 600)
        tab.show()
        qtbot.waitExposed(tab)
        editor, preview = tab.sizes()
        assert 0.35 < editor / (editor + preview) < 0.55
    finally:
        tab.shutdown()
        tab.close()
        tab.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_each_tab_reopens_at_its_cursor_and_scroll_position(make_window, qtbot, tmp_path):
    long_file = tmp_path / "panjang.md"
    long_file.write_text(
        "# Panjang\n\n" + "".join(f"Paragraf nomor {n}.\n\n" for n in range(1, 400)),
        encoding="utf-8",
    )
    short_file = tmp_path / "pendek.md"
    short_file.write_text("# Pendek\n\nSatu.\n\nDua.\n\nTiga.\n", encoding="utf-8")
    first = make_window([long_file, short_file])
    long_tab, short_tab = first.all_tabs()
    first.activate_tab(long_tab)
    long_tab.editor.go_to_line(501)  # "Paragraf nomor 250."
    long_tab.editor.verticalScrollBar().setValue(200)  # scrolled away from the cursor to read
    cursor, top = long_tab.cursor_position(), long_tab.editor.verticalScrollBar().value()
    assert top == 200
    first.activate_tab(short_tab)
    short_tab.editor.go_to_line(5)
    short_cursor = short_tab.cursor_position()
    first.activate_tab(long_tab)
    first.close()

    second = make_window([])
    reopened, other = second.all_tabs()
    assert second.current_tab() is reopened
    assert reopened.cursor_position() == cursor
    assert reopened.editor.textCursor().block().text() == "Paragraf nomor 250."
    qtbot.waitUntil(lambda: reopened.editor.verticalScrollBar().value() == top)
    second.activate_tab(other)
    assert other.cursor_position() == short_cursor


def test_a_question_while_the_last_session_reopens_keeps_every_story(
    make_window, tmp_path, monkeypatch
):
    # QA8: a colleague's lock asked about the second story; meanwhile the session's timer saved
    # the one story opened so far, and the start ended in a ValueError (zip of two lengths)
    first_file, second_file = tmp_path / "satu.md", tmp_path / "dua.md"
    for path in (first_file, second_file):
        path.write_text(f"# {path.stem}\n\nTeks.\n", encoding="utf-8")
    make_window([first_file, second_file]).close()

    from netizen_editor.gui.window.file_controller import FileController

    opening = FileController.open_path

    def timer_then_open(self, path, **kwargs):
        self.window.save_session()  # the timer, during the lock question's event loop
        return opening(self, path, **kwargs)

    monkeypatch.setattr(FileController, "open_path", timer_then_open)
    second = make_window([])
    assert [t.path for t in second.all_tabs()] == [first_file, second_file]
    second.save_session()
    assert json.loads(default_session_path().read_text())["open_files"] == [
        str(first_file),
        str(second_file),
    ]
