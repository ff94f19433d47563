"""The desk's note on a story a colleague has open names all that waits for them: its status
and its Rename/Move (QA23: it named only the status while Rename/Move was disabled too)."""

from __future__ import annotations

import datetime as dt
import json

from tests.gui import TIMEOUT


def test_the_note_on_a_colleagues_story_says_rename_and_move_wait_too(
    desk_window, qtbot, desk_folder
):
    window = desk_window()
    now = dt.datetime.now(dt.UTC).isoformat()
    lock = {"user": "Rina Kartika", "host": "laptop-rina", "pid": 1, "since": now, "heartbeat": now}
    (desk_folder / ".~lock.pemilu-daerah.md#").write_text(json.dumps(lock), encoding="utf-8")
    window.desk.refresh()
    panel = window.desk.panel
    qtbot.waitUntil(lambda: any(e.locked_by for e in panel.model.entries), timeout=TIMEOUT)
    assert panel.select_path("pemilu-daerah.md")
    title = panel.selected().title
    assert panel.message_label.text() == (
        f"Rina Kartika has “{title}” open: its status, name and folder can be changed once "
        "they close it."
    )
    assert not panel.rename_button.isEnabled()
