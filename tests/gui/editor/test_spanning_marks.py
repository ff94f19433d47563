"""Review marks that span lines in the editor, as the Review panel and the preview read them: a
deletion that opens in a heading and closes paragraphs later is hidden on every line when the
editor reads as accepted, and coloured on every line in the ordinary view (the highlighter
coloured or hid a mark only where it opened and closed on one line)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextCursor

from netizen_editor.gui.editor import prose_reader

SIGN = "{>>@Rina Editor (2026-12-06T10:30+07:00)<<}"
STORY = (
    "---\ntitle: Banjir Rob\n---\n"
    "JAKARTA, Netizen.co.id - Banjir rob merendam pesisir.\n\n"
    "## Kronologi {--versi lama\n\n"  # line 5 (0-based)
    "Air naik pukul 05.00 WIB.\n\n"  # line 7
    "Warga diminta mengungsi.--}" + SIGN + " Petugas siaga.\n\n"  # line 9
    "Petugas BPBD {~~telah~>sudah\n"  # line 11
    "mulai~~} menyiagakan perahu.\n\n"  # line 12
    "Hingga siang genangan bertahan.\n"  # line 14
)


def format_at(block: QTextBlock, index: int) -> QTextCharFormat:
    ranges = block.layout().formats()
    for span in ranges:
        if span.start <= index < span.start + span.length:
            return QTextCharFormat(span.format)
    return QTextCharFormat()


def shown(editor, line: int, words: str) -> list[int]:
    """How opaque each character of ``words`` (on 0-based ``line``) is drawn (0: hidden)."""
    block = editor.document().findBlockByNumber(line)
    at = block.text().index(words)
    return [format_at(block, i).foreground().color().alpha() for i in range(at, at + len(words))]


def visible(editor, line: int, words: str) -> bool:
    return all(shown(editor, line, words))


def hidden(editor, line: int, words: str) -> bool:
    return not any(shown(editor, line, words))


def struck(editor, line: int, words: str) -> bool:
    block = editor.document().findBlockByNumber(line)
    at = block.text().index(words)
    return all(format_at(block, i).fontStrikeOut() for i in range(at, at + len(words)))


def test_read_as_accepted_hides_a_deletion_from_a_heading_over_paragraphs(qtbot, editor):
    editor.setPlainText(STORY)
    editor.highlighter.set_mark_display("accepted")
    qtbot.waitUntil(lambda: hidden(editor, 7, "Air naik pukul 05.00 WIB."))
    assert visible(editor, 5, "## Kronologi") and hidden(editor, 5, "{--versi lama")
    assert hidden(editor, 9, "Warga diminta mengungsi.--}" + SIGN)
    assert visible(editor, 9, " Petugas siaga.") and visible(editor, 14, "Hingga siang")
    # a substitution over two lines reads as its new text
    assert visible(editor, 11, "Petugas BPBD ") and hidden(editor, 11, "{~~telah~>")
    assert visible(editor, 11, "sudah") and visible(editor, 12, "mulai")
    assert hidden(editor, 12, "~~}") and visible(editor, 12, " menyiagakan perahu.")
    editor.highlighter.set_mark_display("original")  # and as before the suggestions
    assert visible(editor, 7, "Air naik pukul 05.00 WIB.") and hidden(editor, 9, "--}")
    assert visible(editor, 11, "telah") and hidden(editor, 11, "~>sudah")
    assert hidden(editor, 12, "mulai~~}")
    assert editor.toPlainText() == STORY  # only how it looks changed


def test_the_ordinary_view_colours_a_mark_on_every_line_it_covers(qtbot, editor):
    comment = "{>>Sumbernya\nsiapa?<<}"
    highlight = "{==Air naik\n\nsetinggi lutut==}"
    editor.setPlainText(STORY + "\n" + comment + "\n\n" + highlight + " lalu surut.\n")
    qtbot.waitUntil(lambda: struck(editor, 7, "Air naik pukul 05.00 WIB."))
    assert struck(editor, 5, "versi lama") and not struck(editor, 5, "Kronologi")
    assert struck(editor, 9, "Warga diminta mengungsi.") and not struck(editor, 9, "Petugas")
    note = format_at(editor.document().findBlockByNumber(9), len("Warga diminta mengungsi.--}"))
    for line, words in ((16, "{>>Sumbernya"), (17, "siapa?<<}")):  # a comment over two lines
        block = editor.document().findBlockByNumber(line)
        at = block.text().index(words)
        assert all(format_at(block, i) == note for i in range(at, at + len(words)))
    marked = format_at(editor.document().findBlockByNumber(19), len("{=="))
    assert marked.background().color().name() == "#fff3b0"  # a highlight over paragraphs
    block = editor.document().findBlockByNumber(21)
    assert format_at(block, 0) == marked and format_at(block, len("setinggi lutut")) != marked


def read(qtbot, editor) -> None:
    """Wait until the editor has read the text again after the last edit."""
    qtbot.waitUntil(lambda: not editor.highlighter.mark_ends.pending, timeout=10_000)


def test_a_mark_closed_or_opened_on_another_line_is_read_again(qtbot, editor):
    editor.setPlainText("---\ntitle: Uji\n---\nSatu {--dua\n\ntiga empat.\n\nlima.\n")
    editor.highlighter.set_mark_display("accepted")
    read(qtbot, editor)
    assert visible(editor, 3, "dua") and visible(editor, 5, "tiga empat.")  # never closed: text
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index(" empat"))
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "--}")
    qtbot.waitUntil(lambda: hidden(editor, 3, "{--dua"))
    assert hidden(editor, 5, "tiga--}") and visible(editor, 5, " empat.")
    assert visible(editor, 3, "Satu") and visible(editor, 7, "lima.")
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)  # the closing goes again
    qtbot.waitUntil(lambda: visible(editor, 3, "{--dua"))
    assert visible(editor, 5, "tiga--") and visible(editor, 7, "lima.")


def test_enter_inside_a_mark_over_lines_keeps_it_whole(qtbot, editor):
    editor.setPlainText(STORY)
    editor.highlighter.set_mark_display("accepted")
    qtbot.waitUntil(lambda: hidden(editor, 7, "Air naik pukul 05.00 WIB."))
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index(" pukul"))
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.highlighter.mark_ends.pending  # as shown before the text is read again:
    assert hidden(editor, 7, "Air naik") and hidden(editor, 8, " pukul 05.00 WIB.")
    assert hidden(editor, 10, "Warga diminta mengungsi.--}") and visible(editor, 10, " Petugas")
    read(qtbot, editor)  # and after
    assert hidden(editor, 8, " pukul 05.00 WIB.") and visible(editor, 10, " Petugas")


def test_a_mark_never_runs_across_code(qtbot, editor):
    text = "---\ntitle: Uji\n---\nSatu {--dua\n\n```\nkode--}\n```\n\ntiga--} empat.\n"
    editor.setPlainText(text)
    editor.highlighter.set_mark_display("accepted")
    read(qtbot, editor)
    assert visible(editor, 3, "Satu {--dua") and visible(editor, 9, "tiga--} empat.")


def test_a_long_text_read_on_a_thread_shows_its_marks_too(qtbot, editor, monkeypatch):
    monkeypatch.setattr(prose_reader, "THREAD_FROM", 100)
    filler = "\n\n".join(f"Paragraf ke-{n}." for n in range(150))
    editor.setPlainText(STORY + "\n" + filler + "\n")
    editor.highlighter.set_mark_display("accepted")
    qtbot.waitUntil(lambda: hidden(editor, 7, "Air naik pukul 05.00 WIB."))
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, "Akhir {--dihapus")
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index("Paragraf ke-0."))
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "{==")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "selesai--}")
    last = editor.document().blockCount() - 1
    qtbot.waitUntil(lambda: hidden(editor, last - 1, "{--dihapus"), timeout=10_000)
    assert hidden(editor, last, "selesai--}")
    assert visible(editor, 16, "{==Paragraf ke-0.")  # a highlight never closed
