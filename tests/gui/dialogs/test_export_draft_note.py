"""The export dialog says when a Blogger import file will come in as a draft, and why (QA25
F-F): a published story's comes in live, with nothing to say; and, before the export, that a
spiked story is not for publishing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel

from tests.export.test_atom_draft import story
from tests.gui.exporting import export_now


@pytest.mark.usefixtures("english")
def test_the_result_says_a_draft_and_why(make_window, qtbot, tmp_path):
    for status, draft in (("review", True), ("published", False)):
        path = tmp_path / f"{status}.md"
        path.write_text(story(status), encoding="utf-8")
        window = make_window([path])
        dialog = window.open_export_dialog()
        dialog.set_format("atom")
        assert export_now(qtbot, dialog) and (tmp_path / f"{status}.xml").is_file()
        said = "Blogger imports it as a draft: its status is review, not ready or published"
        assert (said in dialog.result_label.text()) == draft, status
        assert ("imports it as a draft" in dialog.result_label.text()) == draft, status
        dialog.close()


@pytest.mark.usefixtures("english")
def test_a_spiked_storys_dialog_says_so_before_the_export(make_window, qtbot, tmp_path):
    """It proposed the file without a word; the warning came only in the result."""
    for status, spiked in (("spiked", True), ("review", False)):
        path = tmp_path / f"{status}.md"
        path.write_text(story(status), encoding="utf-8")
        window = make_window([path])
        dialog = window.open_export_dialog()
        qtbot.waitExposed(dialog)
        assert dialog.result_label.text() == ""  # nothing exported yet
        notes = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
        said = [text for text in notes if "spiked (withdrawn by the desk)" in text]
        assert bool(said) == spiked, (status, notes)
        if spiked:
            assert said[0].startswith("The story is spiked")
            note, first_format = dialog.spiked_note, dialog.format_page  # at the top
            assert note.mapTo(dialog, QPoint()).y() < first_format.mapTo(dialog, QPoint()).y()
        dialog.close()
