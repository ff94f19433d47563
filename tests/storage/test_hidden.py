"""The files the app keeps beside a story are hidden on Windows (QA28 L13): Explorer shows dot
files, and a journalist tidying a shared folder deleted a colleague's lock. Simulated here with
a fake kernel32: Linux has no file attributes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from netizen_editor.history.store import APP_FOLDER, History
from netizen_editor.storage import hidden
from netizen_editor.storage.locks import ArticleLock, lock_path

ARCHIVE = 0x20


class FakeKernel32:
    """GetFileAttributesW / SetFileAttributesW over a dict of names (every name archive)."""

    def __init__(self) -> None:
        self.attributes: dict[str, int] = {}

        def get(name: str) -> int:
            if not os.path.lexists(name):
                return hidden.INVALID_ATTRIBUTES
            return self.attributes.get(name, ARCHIVE)

        def put(name: str, value: int) -> int:
            self.attributes[name] = value
            return 1

        self.GetFileAttributesW = get
        self.SetFileAttributesW = put

    def is_hidden(self, path: Path) -> bool:
        return bool(self.attributes.get(str(path), 0) & hidden.HIDDEN)


@pytest.fixture
def kernel32(monkeypatch: pytest.MonkeyPatch) -> FakeKernel32:
    fake = FakeKernel32()
    monkeypatch.setattr(hidden, "WINDOWS", True)
    monkeypatch.setattr(hidden, "file_attribute_calls", lambda: fake)  # the app's handle, faked
    return fake


def test_a_lock_is_hidden_when_made_and_after_each_heartbeat(kernel32, tmp_path: Path):
    story = tmp_path / "berita.md"
    story.write_text("---\ntitle: Berita\n---\nIsi.\n", encoding="utf-8")
    lock = ArticleLock(story, "Budi")
    assert lock.acquire() is None
    assert kernel32.is_hidden(lock_path(story))
    assert kernel32.attributes[str(lock_path(story))] == ARCHIVE | hidden.HIDDEN  # others kept
    kernel32.attributes.clear()  # the heartbeat writes a new file
    assert lock.refresh()
    assert kernel32.is_hidden(lock_path(story))
    lock.release()


def test_the_history_folder_is_hidden(kernel32, tmp_path: Path):
    story = tmp_path / "berita.md"
    story.write_text("---\ntitle: Berita\n---\nIsi.\n", encoding="utf-8")
    History(tmp_path, "0f9c2d1e-4b7a-4c3e-9a1b-2c3d4e5f6a7b", author="Budi").keep("Isi.\n", "save")
    assert kernel32.is_hidden(tmp_path / APP_FOLDER)


def test_elsewhere_nothing_is_asked(monkeypatch, tmp_path: Path):
    monkeypatch.setattr(hidden, "file_attribute_calls", None)  # would fail if called
    hidden.hide(tmp_path)
