"""The whole text highlighted again (a theme change, the rest of a story opened for the first
frame) a slice of a turn of the event loop at a time, the lines on screen first: in one turn, a
theme change held the window 0.4–1.0 s on a story of 2.4 MB, 3.0–4.4 s on one of 50,000 review
marks that each span two lines."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextDocument

from netizen_editor.gui.editor import highlighter as highlighter_module
from netizen_editor.gui.editor import restyle_slices
from netizen_editor.gui.editor.highlighter import GOING_ON, MarkdownHighlighter
from netizen_editor.gui.editor.restyle_slices import visible_lines

SIGN = "{>>@Rina Editor (2026-12-06T10:30+07:00)<<}"


class Clock:
    """A ``perf_counter`` that goes on 0.1 ms each time it is read: a slice of 10 ms is the
    same lines on any machine, however busy."""

    def __init__(self) -> None:
        self.now = 0.0

    def perf_counter(self) -> float:
        self.now += 0.000_1
        return self.now


@pytest.fixture
def sliced(monkeypatch) -> None:
    """Slices of a given number of lines (``Clock``)."""
    monkeypatch.setattr(restyle_slices, "SLICE_MS", 10)
    clock = Clock()
    monkeypatch.setattr(restyle_slices, "time", clock)
    monkeypatch.setattr(highlighter_module, "time", clock)


def story(paragraphs: int) -> str:
    """Front matter, headings, code and paragraphs with review marks that span two lines."""
    parts = ["---\ntitle: Uji\n---\n"]
    for n in range(paragraphs):
        if n % 20 == 0:
            parts.append(f"## Bagian {n}\n\n")
        if n % 50 == 7:
            parts.append("```\nkode {++bukan tanda\n```\n\n")
        parts.append(
            f"Warga **Jakarta** ke-{n} {{++menunggu\nhujan++}}{SIGN} reda, "
            f"[kabar](https://netizen.co.id/{n}).\n\n"
        )
    return "".join(parts)


def dark(editor) -> QPalette:
    palette = QPalette(editor.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#202124"))
    return palette


def formats_by_line(document: QTextDocument) -> list[list[tuple]]:
    """Each line's highlighting: (start, length, format) of each of its ranges."""
    lines, block = [], document.firstBlock()
    while block.isValid():
        ranges = block.layout().formats()
        lines.append([(r.start, r.length, QTextCharFormat(r.format)) for r in ranges])
        block = block.next()
    return lines


def one_shot(editor, palette: QPalette) -> list[list[tuple]]:
    """The editor's text highlighted in ``palette``'s colours by Qt's own pass over the whole
    text in one go, the review marks read as the editor read them."""
    document = QTextDocument()
    reference = MarkdownHighlighter(document, palette)
    document.setPlainText(editor.toPlainText())
    reference.mark_ends.ends = dict(editor.highlighter.mark_ends.ends)
    reference.rehighlight()
    return formats_by_line(document)


def read(qtbot, editor) -> None:
    """Wait until the marks are read and every line is highlighted again."""
    qtbot.waitUntil(lambda: not editor.highlighter.mark_ends.pending, timeout=60_000)


def far_line(editor) -> int:
    """The last line with highlighting, far below the screen."""
    lines = formats_by_line(editor.document())
    return max(n for n, ranges in enumerate(lines) if ranges)


def states(editor) -> set[int]:
    """The states the lines of ``editor`` keep."""
    found, block = set(), editor.document().firstBlock()
    while block.isValid():
        found.add(block.userState())
        block = block.next()
    return found


def opened_in_the_middle(qtbot, editor, text: str) -> None:
    editor.setPlainText(text)
    read(qtbot, editor)
    editor.setTextCursor(QTextCursor(editor.document().findBlockByNumber(2_000)))
    editor.centerCursor()
    editor.viewport().repaint()  # laid out as shown


def test_a_theme_change_restyles_a_long_text_over_several_turns_on_screen_first(
    qtbot, editor, sliced, monkeypatch
):
    opened_in_the_middle(qtbot, editor, story(1_500))
    before = formats_by_line(editor.document())
    far = far_line(editor)
    highlighter = editor.highlighter
    slices = highlighter.mark_ends.slices
    seen: list[int] = []  # at each turn of the event loop, the slices run so far
    kept: set[int] = set()  # and the states the lines keep meanwhile
    ticks = QTimer(interval=0)
    ticks.timeout.connect(lambda: (seen.append(slices.slices), kept.update(states(editor))))
    asked = [0]  # the times Qt is asked to highlight a line (and go on down from there)
    one = highlighter.rehighlightBlock
    monkeypatch.setattr(
        highlighter, "rehighlightBlock", lambda b: (asked.__setitem__(0, asked[0] + 1), one(b))
    )
    ticks.start()
    try:
        editor.setPalette(dark(editor))
        expected = one_shot(editor, dark(editor))
        first, last = visible_lines(editor)
        assert first >= 1_900
        now = formats_by_line(editor.document())
        assert now[first : last + 1] == expected[first : last + 1]  # the screen at once
        assert now[far] == before[far] != expected[far]  # a line far below later
        read(qtbot, editor)
    finally:
        ticks.stop()
    assert len(set(seen)) > 3  # the window's turns came between the slices
    assert formats_by_line(editor.document()) == expected  # every line, as in one go
    # Qt went on down the lines (asked a line at a time, it lays out each: twice the time),
    # and no line kept the state that sent it on
    assert asked[0] < len(expected) / 10
    assert GOING_ON not in kept | states(editor)


def test_an_edit_while_the_lines_are_restyled_moves_the_lines_left(qtbot, editor, sliced):
    opened_in_the_middle(qtbot, editor, story(1_500))
    editor.setPalette(dark(editor))
    assert editor.highlighter.mark_ends.slices.pending
    cursor = QTextCursor(editor.document().findBlockByNumber(10))  # lines in near the top
    cursor.insertText("Baris baru {++satu\ndua++} tiga.\n\n```\nkode\n```\n\n")
    cursor = QTextCursor(editor.document().findBlockByNumber(3_000))  # lines out below
    cursor.movePosition(QTextCursor.MoveOperation.Down, QTextCursor.MoveMode.KeepAnchor, 40)
    cursor.removeSelectedText()
    read(qtbot, editor)
    assert formats_by_line(editor.document()) == one_shot(editor, dark(editor))


def test_a_second_theme_change_before_the_first_is_done_joins_it(
    qtbot, editor, sliced, monkeypatch
):
    opened_in_the_middle(qtbot, editor, story(1_500))
    highlighter = editor.highlighter
    light = QPalette(editor.palette())
    highlighted = [0]
    line = highlighter._highlight_line

    def counted(text: str) -> None:
        highlighted[0] += 1
        line(text)

    monkeypatch.setattr(highlighter, "_highlight_line", counted)
    editor.setPalette(dark(editor))
    editor.setPalette(light)
    read(qtbot, editor)
    lines = editor.document().blockCount()
    assert highlighted[0] < 1.5 * lines  # each line once, but for the first slice's
    assert formats_by_line(editor.document()) == one_shot(editor, light)


def test_the_rest_of_a_text_opened_for_the_first_frame_follows_on_screen_first(
    qtbot, editor, sliced
):
    highlighter = editor.highlighter
    highlighter.hold_beyond(2_000)
    editor.setPlainText(story(1_500))
    read(qtbot, editor)
    assert far_line(editor) < 100  # the first screen only
    highlighter.release()
    assert highlighter.mark_ends.slices.pending
    expected = one_shot(editor, editor.palette())
    first, last = visible_lines(editor)
    now = formats_by_line(editor.document())
    assert now[first : last + 1] == expected[first : last + 1]
    far = max(n for n, ranges in enumerate(expected) if ranges)
    assert now[far] == [] != expected[far]  # a line far below later
    read(qtbot, editor)
    assert formats_by_line(editor.document()) == expected


def test_a_short_text_is_restyled_at_once(qtbot, editor):
    editor.setPlainText(story(20))
    read(qtbot, editor)
    editor.setPalette(dark(editor))
    assert not editor.highlighter.mark_ends.slices.pending
    assert formats_by_line(editor.document()) == one_shot(editor, dark(editor))
