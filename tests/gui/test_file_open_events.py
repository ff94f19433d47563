"""A story double-clicked in the macOS Finder (QA28 M5): macOS sends it as a QFileOpenEvent to
the application, never on the command line. It opens in the window, also when it came before
the window was there; a document is imported as a drop would be.

The test process's QApplication is pytest-qt's, so the window's tests post the events to the
app's ``FileOpenEvents`` itself; the app's own ``Application`` is checked in a process of its
own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFileOpenEvent

from netizen_editor.gui.file_open_events import FileOpenEvents
from tests.gui import TIMEOUT
from tests.samples import TEST_ARTICLE


@pytest.fixture
def events(qapp) -> Iterator[FileOpenEvents]:
    made = FileOpenEvents()
    yield made
    made.deleteLater()


def story(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_text(TEST_ARTICLE, encoding="utf-8")
    return path


def open_paths(window) -> list[Path | None]:
    return [tab.path for tab in window.all_tabs()]


def test_a_story_double_clicked_while_the_app_runs_opens(make_window, qtbot, events, tmp_path):
    window = make_window([])
    events.attach(window)
    path = story(tmp_path, "berita.md")
    QCoreApplication.postEvent(events, QFileOpenEvent(str(path)))
    qtbot.waitUntil(lambda: path in open_paths(window), timeout=TIMEOUT)
    assert window.current_tab().path == path


def test_a_story_asked_for_before_the_window_opens_once_it_is_there(
    make_window, qtbot, events, tmp_path
):
    first, second = story(tmp_path, "satu.md"), story(tmp_path, "dua.markdown")
    QCoreApplication.sendEvent(events, QFileOpenEvent(str(first)))
    QCoreApplication.sendEvent(events, QFileOpenEvent(QUrl.fromLocalFile(str(second))))
    assert events.waiting == [first, second]
    window = make_window([])
    events.attach(window)
    qtbot.waitUntil(lambda: {first, second} <= set(open_paths(window)), timeout=TIMEOUT)
    assert events.waiting == []


def test_a_document_is_imported_and_other_files_are_not_taken(
    make_window, qtbot, events, tmp_path, monkeypatch
):
    window = make_window([])
    events.attach(window)
    imported: list[Path] = []
    monkeypatch.setattr(window.files.importer, "import_file", imported.append)
    release = tmp_path / "siaran-pers.docx"
    release.write_bytes(b"PK")
    assert not events.take(QFileOpenEvent(str(tmp_path / "foto.jpg")))
    assert not events.take(QFileOpenEvent(QUrl("https://netizen.co.id/")))
    assert events.waiting == []
    QCoreApplication.postEvent(events, QFileOpenEvent(str(release)))
    qtbot.waitUntil(lambda: imported == [release], timeout=TIMEOUT)


APP_SCRIPT = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtGui import QFileOpenEvent
    from netizen_editor.gui.file_open_events import Application

    opened = []

    class Files:
        def open_path(self, path):
            opened.append(str(path))

    class Window:
        files = Files()
        def raise_(self): pass
        def activateWindow(self): pass

    app = Application(sys.argv[:1])
    QCoreApplication.postEvent(app, QFileOpenEvent(sys.argv[1]))  # before the window
    QTimer.singleShot(50, lambda: app.file_opens.attach(Window()))
    QTimer.singleShot(100, lambda: QCoreApplication.postEvent(app, QFileOpenEvent(sys.argv[2])))
    QTimer.singleShot(400, app.quit)
    app.exec()
    print(json.dumps(opened))
    """
)


def test_the_application_takes_the_events_the_system_sends_it(tmp_path):
    first, second = story(tmp_path, "satu.md"), story(tmp_path, "dua.md")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", APP_SCRIPT, str(first), str(second)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == [str(first), str(second)]
