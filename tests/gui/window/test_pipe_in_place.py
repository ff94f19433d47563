"""What a colleague (or an attacker on the shared drive) puts at an open story's name when it is
no file: a pipe or a folder. Every look at the disk (each return to the window) brought a modal
"Cannot Reload" again, so the editor could not be reached, and the story moved beside it was
never offered. It is gone from that name now (the bar offers to follow it); a file that cannot
be read is said once, and again only when it changes."""

from __future__ import annotations

import os
import sys

import pytest

from tests.gui import TIMEOUT
from tests.gui.window.test_window_renamed import open_story

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="named pipes are POSIX")


def errors_of(window) -> list[tuple[object, ...]]:
    shown: list[tuple[object, ...]] = []
    window.prompts.error = lambda *args, **_kw: shown.append(args)
    return shown


@pytest.mark.parametrize("kind", ["pipe", "folder"])
def test_a_pipe_or_folder_at_the_story_s_name_is_a_story_gone_from_it(
    make_window, qtbot, tmp_path, kind
):
    window, tab, story = open_story(make_window, tmp_path)
    text = tab.editor_text()
    shown = errors_of(window)
    os.rename(story, story.with_name("tiga-baru.md"))  # moved by a colleague...
    os.mkfifo(story) if kind == "pipe" else story.mkdir()  # ...and something else put there
    for _ in range(5):  # the window made active again five times
        window.files.check_all()
    assert shown == []
    qtbot.waitUntil(lambda: tab.document.disk_missing, timeout=TIMEOUT)
    bar = tab.info_bar
    qtbot.waitUntil(lambda: bar.offering, timeout=TIMEOUT)
    assert "tiga-baru.md" in bar.label.text() and bar.action.text() == "Follow"
    assert tab.editor_text() == text  # the text stays, to save or follow


def test_a_file_that_cannot_be_read_again_is_said_once_until_it_changes(
    make_window, qtbot, tmp_path
):
    window, tab, story = open_story(make_window, tmp_path)
    text = tab.editor_text()
    shown = errors_of(window)
    story.write_bytes(b"\xff\xfe not UTF-8 \x00\x01")  # a colleague's tool wrote it over
    for _ in range(5):
        window.files.check_all()
    assert len(shown) == 1 and tab.editor_text() == text
    story.write_bytes(b"\xff\xfe still not UTF-8, longer \x00\x01")
    window.files.check_all()
    assert len(shown) == 2  # a new change is said again
    story.write_text(text.replace("status: draft", "status: review"), encoding="utf-8")
    window.files.check_all()
    assert "status: review" in tab.editor_text() and len(shown) == 2
