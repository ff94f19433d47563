"""File › History… on a history folder with thousands of planted names of impossible dates: the
window's label joined a line for each (up to 200,000, a label far taller than the screen); it
names the first few and says how many more."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from netizen_editor.gui.dialogs.compare_dialog import CompareDialog
from netizen_editor.history.store import FEW_PROBLEMS, History
from tests.history.test_problems_shown import NOT_A_DATE, plant_impossible_dates

STORY = "66666666-6666-6666-6666-666666666666"
TEXT = f"---\ntitle: Banjir\nid: {STORY}\n---\n\nHujan deras semalam.\n"


def opened(qtbot, folder, planted: int) -> tuple[CompareDialog, QLabel, History]:
    """The History window of a story in ``folder`` with one version and ``planted`` names of
    impossible dates in its history folder; its problem label; the history."""
    path = folder / "banjir.md"
    path.write_text(TEXT, encoding="utf-8")
    history = History(folder, STORY, author="Dewi")
    history.keep(TEXT, "save")
    plant_impossible_dates(history, planted)
    dialog = CompareDialog(path, TEXT, History(folder, STORY))
    qtbot.addWidget(dialog)
    return dialog, dialog.findChild(QLabel, "history_problems"), history


@pytest.mark.usefixtures("english")
def test_the_history_window_names_the_first_problems_and_counts_the_rest(qtbot, tmp_path):
    dialog, label, _history = opened(qtbot, tmp_path, 3000)
    lines = label.text().splitlines()
    assert not label.isHidden() and len(lines) == FEW_PROBLEMS + 1
    assert all(NOT_A_DATE in line for line in lines[:-1])
    assert lines[-1] == f"… and {3000 - FEW_PROBLEMS} more"
    assert len(dialog.entries) == 1  # the one real version is listed


@pytest.mark.usefixtures("english")
def test_the_problems_are_plain_text_and_said_again_with_the_list(qtbot, tmp_path):
    """A folder named like HTML is shown as its name; after a restore (``set_current``) the
    label says the folder's problems as they are now (it kept the first listing's)."""
    folder = tmp_path / "<b>Desk<b>"
    folder.mkdir()
    dialog, label, history = opened(qtbot, folder, 10)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Desk<b>" in label.text() and not label.isHidden()
    for planted in history.path.glob("202613*"):
        planted.unlink()
    dialog.set_current(TEXT + "\nSatu paragraf lagi.\n")
    assert label.isHidden() and label.text() == ""
