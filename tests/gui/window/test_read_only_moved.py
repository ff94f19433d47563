"""A read-only tab whose story its holder closed and then moved (QA22 #5): Edit It Now is not
offered for the file that is gone (a lock there made a save write the old name again with the
story's id: two files, one story); Follow shows it at its new name, and Edit is offered there."""

from __future__ import annotations

import os

from netizen_editor.gui.window.locking import ReadOnlyBar
from netizen_editor.history.article_id import article_id
from netizen_editor.storage.locks import lock_path, read_lock
from tests.gui import TIMEOUT, type_at_end
from tests.gui.window.test_gone_stories import desk as story_desk  # noqa: F401 - a fixture
from tests.gui.window.test_gone_stories import read_only_tab
from tests.gui.window.test_window_renamed import STORY_ID


def test_a_moved_story_is_not_edited_under_its_old_name_but_followed(
    make_window, qtbot, monkeypatch, request
):
    desk = request.getfixturevalue("story_desk")  # redaksi/nasional/banjir.md, redaksi/daerah/
    story = desk / "nasional" / "banjir.md"
    window, tab = read_only_tab(make_window, monkeypatch, story, desk=desk)
    bar = tab.findChild(ReadOnlyBar, "read_only_bar")
    assert bar is not None
    os.remove(lock_path(story))  # Budi closed it...
    new = desk / "daerah" / "banjir-bekasi.md"
    os.rename(story, new)  # ...and moved it in the desk
    moved = (
        "“banjir.md” was moved to “daerah/banjir-bekasi.md” (same story); Follow shows it "
        "from there, read-only."
    )
    qtbot.waitUntil(lambda: tab.info_bar.shown == moved, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "was moved or deleted" in bar.label.text(), timeout=TIMEOUT)
    assert not bar.edit_button.isVisible()
    assert bar.label.text() == (
        "Read-only: banjir.md was moved or deleted; “Judul Uji Coba” cannot be edited under "
        "this name."
    )
    assert not window.files.locks.take(tab)  # the button's work, asked anyway
    assert tab.read_only and not os.path.lexists(lock_path(story))
    assert window.statusBar().currentMessage() == (
        "banjir.md was moved or deleted: it is not edited under this name."
    )
    tab.info_bar.action.click()  # Follow
    assert tab.path == new and tab.read_only
    qtbot.waitUntil(lambda: bar.edit_button.isVisible(), timeout=TIMEOUT)
    bar.edit_button.click()
    assert not tab.read_only and read_lock(new) is not None
    type_at_end(qtbot, tab, "Tambahan Rina.")
    window.registry["save"].trigger()
    assert not story.exists()  # the old name is not written again
    saved = new.read_text(encoding="utf-8")
    assert saved.endswith("Tambahan Rina.") and article_id(saved) == STORY_ID
