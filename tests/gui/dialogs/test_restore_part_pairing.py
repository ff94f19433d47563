"""File › History…'s paragraph links say what each paragraph is (QA33 #1, #9): paragraphs added
since are taken out, and one taken out leaves no blank lines in the text; a long story with a
word changed in every paragraph shows word changes, not every paragraph deleted and added."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from PySide6.QtCore import QUrl

from netizen_editor.gui.dialogs.compare_dialog import CompareDialog
from netizen_editor.gui.dialogs.compare_work import Request, Side, compare
from netizen_editor.history.paragraphs import ADDED, CHANGED
from netizen_editor.history.store import History
from netizen_editor.settings import Settings
from tests.gui.dialogs.test_compare_dialog import compared
from tests.history.test_paragraph_pairing import HEAD, long_story, update, with_updates

SETTINGS = replace(Settings(ui_language="en"), default_author="Siti Rahma")
STORY = "6b1f0c2e-3d4a-4e5f-8a9b-0c1d2e3f4a5b"  # HEAD's id


class Clock:
    """A minute between versions, so they list in the order kept."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 12, 7, 21, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(minutes=1)
        return self.now


def test_updates_added_since_the_oldest_version_are_each_taken_out(make_window, qtbot, tmp_path):
    """QA33 #1: ten exports, each adding an update; the oldest version against the current
    text. Every update but the first has "Take this paragraph out" (ke-3 … ke-9 had "Restore
    this paragraph"), and following ke-6's takes it out with no blank lines left where it
    was (three were)."""
    history = History(tmp_path, STORY, author="Siti Rahma", clock=Clock())
    for count in range(1, 11):
        history.keep(with_updates(count), "export")
    path = tmp_path / "gempa.md"
    path.write_text(with_updates(10), encoding="utf-8")
    window = make_window([path], settings=SETTINGS)
    tab = window.current_tab()
    window.registry["history"].trigger()
    dialog = window.findChild(CompareDialog)
    assert dialog is not None
    compared(qtbot, dialog).select(len(dialog.entries) - 1)  # the oldest, against the text
    parts = compared(qtbot, dialog).part_links.parts
    assert [p.kind for p in parts] == [ADDED] * 9
    shown = dialog.diff_view.toPlainText()
    assert shown.count("Take this paragraph out") == 9 and "Restore this paragraph" not in shown

    dialog.diff_view.anchorClicked.emit(QUrl("restore-part:4"))  # ke-6's link
    text = tab.editor_text()
    assert update(6) not in text and "\n\n\n" not in text
    assert text == with_updates(10).replace(update(6) + "\n\n", "")
    said = tab.info_bar.label.text()  # it was taken out: Undo brings it back (not "out again")
    assert (
        said.startswith("Took a paragraph out, as in the version of")
        and "Undo brings it back" in said
    )
    assert window.statusBar().currentMessage().startswith("Took a paragraph out")
    parts = compared(qtbot, dialog).part_links.parts  # compared again with the new text
    assert [p.kind for p in parts] == [ADDED] * 8


def test_a_word_changed_in_every_paragraph_of_a_long_story_is_shown_as_words():
    """QA33 #9, smaller: 400 paragraphs, one word changed in each; against the current text,
    the words changed are counted and each paragraph's link restores it (it said every word
    deleted and added, each paragraph to be put back whole)."""
    old = long_story(400, 20)
    new = old.replace("banjir", "genangan")
    request = Request(Side("version", old), Side("current", new), parts=True)
    result = compare(request, 1)
    assert (result.added, result.deleted) == (400, 400)
    assert [p.kind for p in result.parts] == [CHANGED] * 400
    assert result.diff is not None and not result.diff.fields
    assert len(re.findall("restore-part:", result.html)) == 400
    assert new.startswith(HEAD)
