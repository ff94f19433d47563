"""Windows' logoff (QA28 L1): Windows sends no SIGTERM, Qt says ``commitDataRequest`` (may the
session end?) then ``aboutToQuit`` (it ends). The window asks nothing, keeps the unsaved text
in the journal and lets go of the story locks at once, not five minutes later.

The signals come from a stand-in for the application: the test process's own QApplication
must not announce its end to everything else connected to it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor

from netizen_editor.gui.window.session import SessionStore, default_session_path
from netizen_editor.gui.window.session_end import end_with_session
from netizen_editor.storage.datadirs import journal_dir
from netizen_editor.storage.journal import load_entry
from netizen_editor.storage.locks import lock_path
from netizen_editor.storage.recovery import find_recoverable
from tests.samples import TEST_ARTICLE

TYPED = "Kalimat sebelum logoff."


class SessionManagerSignals(QObject):
    """The two signals of QGuiApplication that a session's end comes by."""

    commitDataRequest = Signal(object)
    aboutToQuit = Signal()


def typed_into_story(make_window, qtbot, article_file):
    window = make_window([article_file])
    tab = window.current_tab()
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(tab.editor, TYPED)
    app = SessionManagerSignals()
    end_with_session(app, window)
    return window, tab, app


def test_may_the_session_end_keeps_the_text_and_the_locks(make_window, qtbot, article_file):
    window, tab, app = typed_into_story(make_window, qtbot, article_file)
    entry = journal_dir() / f"{window.keeper.journal.session_id}.{tab.doc_id}.json"
    default_session_path().unlink(missing_ok=True)
    app.commitDataRequest.emit(None)  # no question: the prompts fail the test if one is asked
    assert load_entry(entry).text.endswith(TYPED)  # at once, not after the journal's delay
    assert SessionStore().load().open_files == [str(article_file)]
    # another program may still cancel the logoff: the story stays ours
    assert lock_path(article_file).exists()
    assert window.keeper.journal.lock.held()


def test_the_end_of_the_session_frees_the_story_and_keeps_the_unsaved_text(
    make_window, qtbot, article_file
):
    window, tab, app = typed_into_story(make_window, qtbot, article_file)
    app.commitDataRequest.emit(None)
    app.aboutToQuit.emit()
    assert not lock_path(article_file).exists()  # colleagues see it free at once
    assert not window.keeper.journal.lock.held()  # the session is over: its work is offered
    window.close()  # Qt's quit closes the window: no question (the prompts would fail the test)
    assert not window.isVisible()
    offered = find_recoverable(journal_dir())
    assert [item.doc_id for item in offered] == [tab.doc_id]
    assert offered[0].text.endswith(TYPED)
    assert article_file.read_text(encoding="utf-8") == TEST_ARTICLE  # nothing saved unasked


def test_a_window_closed_before_the_app_quits_is_left_as_it_closed(
    make_window, qtbot, article_file
):
    window = make_window([article_file])
    app = SessionManagerSignals()
    end_with_session(app, window)
    window.close()  # nothing unsaved: closes as always
    app.aboutToQuit.emit()
    assert not lock_path(article_file).exists()
    assert find_recoverable(journal_dir()) == []
