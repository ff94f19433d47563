"""Who holds a desk story when the status is set (QA15): a live lock of someone else, never
this window's own read-only tab of a story nobody holds any longer."""

from __future__ import annotations

import datetime as dt
import json
import os

from netizen_editor.article.model import Article
from tests.gui.window.test_locking import answer_lock_dialog


def budi_lock(folder, when: dt.datetime) -> None:
    stamp = when.isoformat()
    data = {"user": "Budi Santoso", "host": "laptop-budi", "pid": 1, "since": stamp,
            "heartbeat": stamp}  # fmt: skip
    path = folder / ".~lock.banjir-jakarta.md#"
    path.write_text(json.dumps(data), encoding="utf-8")
    os.utime(path, (when.timestamp(), when.timestamp()))  # the file written then too


def status_of(path) -> str:
    return Article.parse(path.read_text(encoding="utf-8")).meta["status"]


def read_only_tab(desk_window, desk_folder, monkeypatch):
    from netizen_editor.settings import Settings

    window = desk_window(Settings(ui_language="en", default_author="Rina Kartika"))
    budi_lock(desk_folder, dt.datetime.now(dt.UTC))
    answer_lock_dialog(monkeypatch, window, "read_only")
    tab = window.files.open_path(desk_folder / "banjir-jakarta.md")
    assert tab is not None and tab.read_only
    return window, tab


def test_ones_own_read_only_tab_does_not_hold_the_story(desk_window, desk_folder, monkeypatch):
    window, tab = read_only_tab(desk_window, desk_folder, monkeypatch)
    file = desk_folder / "banjir-jakarta.md"
    assert not window.desk.set_status("banjir-jakarta.md", "review")  # Budi has it
    assert "Budi Santoso has" in window.desk.panel.message_label.text()
    (desk_folder / ".~lock.banjir-jakarta.md#").unlink()  # Budi closes it
    assert window.desk.set_status("banjir-jakarta.md", "review")
    assert status_of(file) == "review"
    assert "status: review" in tab.editor_text() and not tab.is_dirty()  # the tab follows
    assert tab.read_only


def test_a_stale_lock_does_not_hold_the_story_either(desk_window, desk_folder, monkeypatch):
    window, tab = read_only_tab(desk_window, desk_folder, monkeypatch)
    budi_lock(desk_folder, dt.datetime.now(dt.UTC) - dt.timedelta(hours=1))  # his laptop slept
    assert window.desk.set_status("banjir-jakarta.md", "review")
    assert status_of(desk_folder / "banjir-jakarta.md") == "review"
    assert "status: review" in tab.editor_text()
