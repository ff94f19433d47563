"""Fixtures for the window tests: private data and config folders, and real main windows
whose questions fail the test unless the test answers them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from netizen_editor.gui.editor.markdown_editor import MarkdownEditor
from netizen_editor.gui.window.main_window import MainWindow
from netizen_editor.settings import Settings
from netizen_editor.storage.datadirs import CONFIG_ENV, DATA_ENV, journal_dir
from netizen_editor.storage.journal import Journal

PROMPTS = ("unsaved_changes", "disk_conflict", "changed_on_disk", "error", "open_paths",
           "save_path", "encoding", "recovery", "backup", "insert_image")  # fmt: skip
TIMEOUT = 20_000  # ms: QtWebEngine starts slowly on a busy 2-core machine

ARTICLE = (
    "---\n"
    "title: Judul Uji Coba\n"
    "author: Redaksi\n"
    "status: draft\n"
    "---\n"
    "Netizen.co.id - Paragraf pembuka artikel ini.\n"
    "\n"
    "## Bagian Dua\n"
    "\n"
    "Teks bagian kedua.\n"
    "\n"
    "### Bagian Tiga\n"
    "\n"
    "Penutup.\n"
)


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
    windows: list[MainWindow] = []

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
        window = MainWindow(settings or Settings(ui_language="en"), journal=log)
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
        window.close()
        window.deleteLater()
    qtbot.wait(10)


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
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "articles" / "uji-coba.md"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    return path
