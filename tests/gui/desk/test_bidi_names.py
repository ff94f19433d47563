"""A planted name's bidi controls in the desk window (QA32 #10): a story whose author is
"Eve\\u202eRTL\\u202c" showed "EveLTR" in the Author column, so a colleague could make a name read
as another's. What the table draws (its cells and tips) writes them as escapes, as the desk's
text output does; sorting and the filters still read the name as written."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from netizen_editor.desk.entry import DeskLock
from netizen_editor.gui.desk.filtering import DeskFilter
from netizen_editor.gui.desk.table_model import TIP_ROLE, DeskTableModel
from netizen_editor.terminal import terminal_safe
from tests.gui.desk.test_filtering import entry
from tests.gui.desk.test_table_model import cell

#: each of the controls that reorder text: embeddings, overrides, isolates, marks
CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
EVE = "Eve\u202eRTL\u202c"


def _model() -> DeskTableModel:
    model = DeskTableModel()
    model.set_entries([
        entry("a.md", title=f"Judul\u202e{CONTROLS}", author=EVE, editor=f"Ed{CONTROLS}",
              dateline="Jakarta\u2067x\u2069", labels=("lab\u202eel",), modified_by=EVE,
              modified="2026-12-06T03:30:00+00:00",
              locked_by=DeskLock("Rina\u202e", "pc\u2066", "2026-12-06T09:00:00+07:00")),
        entry("b.md", title="Banjir", author="Eve"),
        entry("c\u202egpj.md", title="", status="", problem="not UTF-8"),
    ])  # fmt: skip
    return model


def _drawn(text: object) -> None:
    assert isinstance(text, str) and text
    assert not any(ch in text for ch in CONTROLS), ascii(text)


@pytest.mark.parametrize(
    "column", ["title", "author", "editor", "dateline", "labels", "modified", "locked_by"]
)
def test_cells_show_the_controls_as_escapes(qtbot, english, column):
    model = _model()
    _drawn(cell(model, "a.md", column))
    if column in ("title", "modified", "locked_by"):  # the cells with a tip of their own
        _drawn(cell(model, "a.md", column, Qt.ItemDataRole.ToolTipRole))
        _drawn(cell(model, "a.md", column, TIP_ROLE))


def test_a_name_reads_as_the_desks_text_output_writes_it(qtbot, english):
    model = _model()
    assert cell(model, "a.md", "author") == terminal_safe(EVE) == "Eve\\u202eRTL\\u202c"
    assert cell(model, "a.md", "locked_by") == "Rina\\u202e"
    assert "Rina\\u202e on pc\\u2066 since" in cell(model, "a.md", "locked_by", TIP_ROLE)
    assert cell(model, "a.md", "modified").endswith(" · Eve\\u202eRTL\\u202c")
    assert cell(model, "a.md", "title").endswith("\\u2069\\u200e\\u200f\\u061c")
    _drawn(cell(model, "c\u202egpj.md", "title"))  # a file that is no article: its name
    _drawn(cell(model, "c\u202egpj.md", "title", Qt.ItemDataRole.ToolTipRole))


def test_the_filter_and_the_order_read_the_name_as_written(qtbot, english):
    model = _model()
    model.set_filter(DeskFilter(author=EVE))
    assert [e.path for e in model.shown()] == ["a.md"]  # not Eve's own b.md
    model.set_filter(DeskFilter(author="Eve"))
    assert [e.path for e in model.shown()] == ["b.md"]


def test_the_author_and_label_lists_show_the_controls_as_escapes(qtbot, english):
    from netizen_editor.gui.desk.desk_panel import DeskPanel

    panel = DeskPanel()
    qtbot.addWidget(panel)
    panel._update_choices(_model().entries)
    for combo in (panel.author_combo, panel.label_combo):
        shown = [combo.itemText(i) for i in range(1, combo.count())]
        assert shown and not any(ch in "".join(shown) for ch in CONTROLS), ascii(shown)
    names = [panel.author_combo.itemData(i) for i in range(1, panel.author_combo.count())]
    assert EVE in names  # the filter reads the name as written


def test_what_a_desk_action_says_shows_the_controls_as_escapes(qtbot, english):
    """A rename's or a status change's note names the story ("“c\\u202egpj.md” is open in a
    tab…"): drawn with its controls as escapes (QA33 #5), as the table draws the name."""
    from netizen_editor.gui.desk.desk_panel import DeskPanel

    panel = DeskPanel()
    qtbot.addWidget(panel)
    panel.show_message("“c\u202egpj.md” is open in a tab")
    assert panel.message_label.text() == "“c\\u202egpj.md” is open in a tab"
