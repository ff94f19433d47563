"""The desk's worker: the text search reads the stories inside the desk only, and a poll of a
desk that was replaced meanwhile is dropped."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from netizen_editor.gui.desk.worker import DeskWorker, text_has
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT


def test_text_search_never_reads_through_a_link_out_of_the_desk(tmp_path: Path):
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "a.md").write_text("---\ntitle: A\n---\n\nRahasia dapur.\n", encoding="utf-8")
    secret = tmp_path / "secret.md"
    secret.write_text("Rahasia negara.\n", encoding="utf-8")
    if not hasattr(os, "symlink"):
        pytest.skip("no links here")
    os.symlink(secret, desk / "link.md")
    root = desk.resolve()
    assert text_has(root, "a.md", ["rahasia", "dapur"])
    assert not text_has(root, "a.md", ["negara"])
    assert not text_has(root, "link.md", ["rahasia"])
    assert not text_has(root, "gone.md", ["rahasia"])


def test_a_poll_of_a_desk_replaced_meanwhile_is_dropped(qtbot, tmp_path: Path):
    first, second = tmp_path / "one", tmp_path / "two"
    for folder in (first, second):
        folder.mkdir()
        (folder / f"{folder.name}.md").write_text("---\ntitle: X\n---\n\nIsi.\n", encoding="utf-8")
    worker = DeskWorker(Settings())
    worker.cache_dir = tmp_path / "cache"
    got: list = []
    worker.polled.connect(lambda value: got.append(worker.take(value)))
    worker.start(first)
    worker.start(second)
    qtbot.waitUntil(lambda: any(v is not None for v in got), timeout=TIMEOUT)
    worker.stop()
    changes = [v for v in got if v is not None]
    assert [e.path for e in changes[0].entries] == ["two.md"]
