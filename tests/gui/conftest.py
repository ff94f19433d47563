"""Fixtures for every GUI test folder (tests/gui/window, editor, preview, panels, dialogs, …):
private data and config folders, real main windows whose questions fail the test unless the
test answers them, and a bare editor. Qt's headless set-up is in tests/conftest.py (it must run
before any level makes a QApplication); the shared articles are in tests/samples.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from netizen_editor.gui.app import install_translators
from netizen_editor.gui.editor.markdown_editor import MarkdownEditor
from netizen_editor.gui.window.main_window import MainWindow
from netizen_editor.settings import Settings
from netizen_editor.storage.datadirs import CONFIG_ENV, DATA_ENV, journal_dir
from netizen_editor.storage.journal import Journal
from tests.gui import TIMEOUT

PROMPTS = ("unsaved_changes", "unsaved_stories", "disk_conflict", "changed_on_disk", "error",
           "open_paths", "save_path", "encoding", "recovery", "insert_image",
           "article_locked", "folder_moved", "renamed_save", "renamed_copies")  # fmt: skip


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    data, config = tmp_path / "data", tmp_path / "config"
    monkeypatch.setenv(DATA_ENV, str(data))
    monkeypatch.setenv(CONFIG_ENV, str(config))
    return SimpleNamespace(data=data, config=config)


class UnexpectedPrompt(AssertionError):
    pass


def strict_prompts(window: MainWindow) -> None:
    """Every question fails the test unless the test set an answer (no modal hangs)."""

    def refuse(name: str) -> Callable[..., object]:
        def ask(*args: object, **kwargs: object) -> object:
            raise UnexpectedPrompt(f"unexpected question {name}{args}")

        return ask

    for name in PROMPTS:
        setattr(window.prompts, name, refuse(name))


@pytest.fixture
def make_window(qtbot) -> Iterator[Callable[..., MainWindow]]:
    from netizen_editor import i18n

    windows: list[MainWindow] = []
    language = i18n.language()

    def make(
        files: list[Path | str] | None = None,
        *,
        restore: bool = True,
        settings: Settings | None = None,
        journal: bool = True,
    ) -> MainWindow:
        log = Journal(journal_dir()) if journal else None
        if log is not None:
            log.start()
        # The tests read the English source texts: only app.run installs translators (and
        # test_translations.py, which removes them again), and the settings say English too.
        settings = settings or Settings(ui_language="en")
        i18n.set_language(settings.ui_language)  # as the window's start does (gui/app.py)
        window = MainWindow(settings, journal=log)
        strict_prompts(window)
        windows.append(window)  # closed below (qtbot.addWidget would close it too early)
        if restore:
            window.restore_session([str(f) for f in files or []])
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        # what the start leaves for after the first frame (titles, fields, highlighting)
        qtbot.waitUntil(lambda: not any(t.opening for t in window.all_tabs()), timeout=TIMEOUT)
        return window

    yield make
    for window in windows:
        window.prompts.unsaved_changes = lambda name: "discard"
        window.prompts.unsaved_stories = lambda names: ("discard", [])
        window.close()
        window.deleteLater()
    qtbot.wait(10)
    i18n.set_language(language)


@pytest.fixture
def editor(qtbot) -> MarkdownEditor:
    """A bare Markdown editor, shown and focused."""
    widget = MarkdownEditor()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    return widget


@pytest.fixture
def indonesian_ui(qapp) -> Iterator[None]:
    """The app's Indonesian translators installed for the test (taken away after it)."""
    installed = install_translators(qapp, "id")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
