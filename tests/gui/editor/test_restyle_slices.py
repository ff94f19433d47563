"""The editor's lines highlighted again when the reading of the review marks comes, a slice of
a turn of the event loop at a time, the lines on screen first (QA32 #2: 100,000 marks that
each span two lines held the window 6.4 s in one turn; one mark over 120,000 lines 2.4 s)."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from netizen_editor.gui.editor import prose_reader, restyle_slices
from netizen_editor.gui.editor.mark_ends import part_of_state
from netizen_editor.gui.editor.restyle_slices import RestyleSlices

HEAD = "---\ntitle: Uji\n---\n"


def lines_in_marks(editor) -> int:
    """How many lines the highlighter has ending inside a review mark."""
    block, count = editor.document().firstBlock(), 0
    while block.isValid():
        count += part_of_state(block.userState()) is not None
        block = block.next()
    return count


def counts_between_turns(qtbot, editor, text: str, whole: int) -> list[int]:
    """``text`` put in; at each turn of the event loop (a zero-ms timer), how many lines end
    inside a mark, until ``whole`` do."""
    seen: list[int] = []
    ticks = QTimer(interval=0)
    ticks.timeout.connect(lambda: seen.append(lines_in_marks(editor)))
    editor.setPlainText(text)
    ticks.start()
    try:
        qtbot.waitUntil(lambda: lines_in_marks(editor) == whole, timeout=60_000)
        qtbot.waitUntil(lambda: not editor.highlighter.mark_ends.pending, timeout=60_000)
    finally:
        ticks.stop()
    return seen


def test_many_spanning_marks_are_highlighted_again_over_several_turns(qtbot, editor, monkeypatch):
    monkeypatch.setattr(restyle_slices, "SLICE_MS", 1)  # many slices on any machine
    monkeypatch.setattr(prose_reader, "THREAD_FROM", 100)  # read on a thread, as a long text
    marks = 2_000
    text = HEAD + "".join(f"Kalimat {i} {{++awal\nakhir++}} lanjut.\n\n" for i in range(marks))
    seen = counts_between_turns(qtbot, editor, text, marks)
    partly = [count for count in seen if 0 < count < marks]
    assert len(set(partly)) > 3  # the window's turns came between the slices
    last = editor.document().findBlockByNumber(3 + 3 * (marks - 1))
    assert last.text() == f"Kalimat {marks - 1} {{++awal"
    assert part_of_state(last.userState()) is not None  # all of them in the end


def test_one_mark_over_many_lines_is_cut_into_slices_too(qtbot, editor, monkeypatch):
    monkeypatch.setattr(restyle_slices, "SLICE_MS", 1)
    monkeypatch.setattr(prose_reader, "THREAD_FROM", 100)
    lines = 3_000
    text = HEAD + "Awal {--" + "".join(f"baris {i} dihapus\n" for i in range(lines))
    text += "--} akhir.\n"
    seen = counts_between_turns(qtbot, editor, text, lines)
    assert len({count for count in seen if 0 < count < lines}) > 3  # Qt's run down was cut
    assert editor.toPlainText() == text


def test_the_lines_on_screen_go_first_and_an_edit_moves_the_lines_left(qtbot):
    done: list[list[int]] = []

    def restyle(numbers: list[int], until: float | None) -> list[int]:
        done.append(numbers[:1])  # one line a slice
        return numbers[1:]

    slices = RestyleSlices(restyle, None)
    slices.visible = lambda: (50, 60)
    slices.start([10, 20, 55, 70])  # the first slice now: the line on screen
    assert done == [[55], [10]]
    slices.moved(12, 17, 5)  # five lines more from line 12 on: 20 -> 25, 70 -> 75
    qtbot.waitUntil(lambda: not slices.pending)
    assert done == [[55], [10], [25], [75]] and slices.slices == 3


def drawn_hidden(block) -> bool:
    """Whether some of ``block``'s text is drawn hidden (a mark's syntax, as Read as Accepted
    draws it)."""
    return any(span.format.foreground().color().alpha() == 0 for span in block.layout().formats())


def lines_read_as_accepted(editor) -> int:
    block, count = editor.document().firstBlock(), 0
    while block.isValid():
        count += drawn_hidden(block)
        block = block.next()
    return count


def test_read_as_accepted_restyles_the_marks_over_several_turns_on_screen_first(
    qtbot, editor, monkeypatch
):
    """Review › Read as Accepted highlighted the whole text again in one turn: 100,000 marks
    that each span two lines held the window 5.0 s."""
    monkeypatch.setattr(restyle_slices, "SLICE_MS", 1)
    monkeypatch.setattr(prose_reader, "THREAD_FROM", 100)
    marks = 2_000
    text = HEAD + "".join(f"Kalimat {i} {{++awal\nakhir++}} lanjut.\n\n" for i in range(marks))
    counts_between_turns(qtbot, editor, text, marks)  # the marks read, as they come
    slices = editor.highlighter.mark_ends.slices
    seen: list[int] = []  # at each turn of the event loop, the slices run so far
    ticks = QTimer(interval=0)
    ticks.timeout.connect(lambda: seen.append(slices.slices))
    before = slices.slices
    ticks.start()
    try:
        editor.highlighter.set_mark_display("accepted")
        first = editor.document().findBlockByNumber(3)  # on screen: read as accepted at once
        last = editor.document().findBlockByNumber(3 + 3 * (marks - 1) + 1)
        assert drawn_hidden(first) and not drawn_hidden(last)
        qtbot.waitUntil(lambda: not slices.pending, timeout=60_000)
    finally:
        ticks.stop()
    assert len({count for count in seen if count > before}) > 3  # turns between the slices
    assert lines_read_as_accepted(editor) == 2 * marks  # every line of every mark in the end
    editor.highlighter.set_mark_display("all")  # and back, as many turns
    qtbot.waitUntil(lambda: not slices.pending, timeout=60_000)
    assert lines_read_as_accepted(editor) == 0 and editor.toPlainText() == text
