"""Planted version names in a story's history in the window (QA14): Ctrl+S beside the newest
possible name saves and keeps its version; the desk lists a story whose history holds a name
that is not a date."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from netizen_editor.history.article_id import with_article_id
from netizen_editor.history.store import History
from netizen_editor.history.version_file import SUFFIX
from netizen_editor.settings import Settings
from netizen_editor.storage.datadirs import CACHE_ENV
from tests.conftest import TEST_ARTICLE
from tests.gui import TIMEOUT

SETTINGS = Settings(ui_language="en", default_author="Rina")


def _story_with_history(path: Path, planted: str) -> History:
    text, found = with_article_id(TEST_ARTICLE)
    assert found is not None
    path.write_text(text, encoding="utf-8")
    history = History(path.parent, found, author="Budi")
    history.keep(text, "save")
    (history.path / (planted + SUFFIX)).write_bytes(b"")
    return history


def test_a_save_beside_the_newest_possible_name_keeps_its_version(make_window, qtbot,
                                                                  article_file):  # fmt: skip
    history = _story_with_history(article_file, "99991231T235959999999Z-save-00000000")
    window = make_window([article_file], settings=SETTINGS)
    tab = window.current_tab()
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(tab.editor, "Tambahan Rina.")
    window.registry["save"].trigger()
    assert article_file.read_text(encoding="utf-8").rstrip().endswith("Tambahan Rina.")
    assert not tab.document.dirty
    assert "no version kept" not in window.statusBar().currentMessage().lower()
    versions = history.versions().versions
    assert [v.author for v in versions] == ["Rina", "Budi"]
    assert history.read(versions[0].id)[1] == article_file.read_text(encoding="utf-8")


def test_the_desk_lists_a_story_whose_history_holds_a_name_that_is_not_a_date(
    make_window, qtbot, tmp_path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    folder = tmp_path / "redaksi"
    folder.mkdir()
    _story_with_history(folder / "b.md", "20261399T000000000000Z-save-00000000")
    window = make_window(settings=SETTINGS)
    assert window.desk.open_desk(folder)
    model = window.desk.panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=TIMEOUT)
    assert [(e.path, e.problem, e.modified_by) for e in model.entries] == [("b.md", None, "Budi")]
