"""A colleague's lock whose time the newsroom's clock cannot show (QA24 #3): the desk's table
names it as written, in the cell's tip, rather than raising OverflowError from the model."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netizen_editor.desk.entry import DeskLock
from netizen_editor.gui.desk.table_model import DeskTableModel
from tests.gui.desk.test_filtering import entry
from tests.gui.desk.test_table_model import cell


def test_a_lock_time_past_the_calendar_is_shown_as_written(qtbot):
    model = DeskTableModel()
    model.set_entries([
        entry("a.md", locked_by=DeskLock("Eve", "laptop-eve", "0001-01-01T00:00:00+23:59")),
        entry("b.md", locked_by=DeskLock("", "", "9999-12-31T23:00:00+00:00")),
    ])  # fmt: skip
    assert cell(model, "a.md", "locked_by") == "Eve"
    tip = cell(model, "a.md", "locked_by", Qt.ItemDataRole.ToolTipRole)
    assert tip == "Open by Eve on laptop-eve since 0001-01-01 00:00+23:59"  # its own offset
    tip = cell(model, "b.md", "locked_by", Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("(written 9999-12-31 23:00+00:00)")
