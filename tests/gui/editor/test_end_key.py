"""End on a long image line that wraps: once to the shown line's end, twice to the line's end,
so the caption typed after it lands after the image's path (on the real window)."""

from __future__ import annotations

from PySide6.QtCore import Qt

PATH = "banjir_files/" + "-".join(["pengungsi-di-balai-kelurahan-penjaringan"] * 4) + ".jpg"
LINE = f'![Pengungsi di balai kelurahan]({PATH} "Warga mengungsi")'


def test_end_twice_goes_to_the_end_of_a_wrapped_line(make_window, qtbot, tmp_path):
    article = tmp_path / "banjir.md"
    article.write_text(f"---\ntitle: Banjir\n---\n{LINE}\n\nParagraf.\n", encoding="utf-8")
    window = make_window([article])
    tab = window.current_tab()
    editor = tab.editor
    editor.go_to_line(4)
    block = editor.textCursor().block()
    assert block.layout().lineCount() > 1  # the image's line wraps in the editor
    qtbot.keyClick(editor, Qt.Key.Key_End)
    first = editor.textCursor().position() - block.position()
    assert 0 < first < len(LINE)  # the end of the line as shown
    qtbot.keyClick(editor, Qt.Key.Key_End)
    assert editor.textCursor().atBlockEnd()
    qtbot.keyClick(editor, Qt.Key.Key_End)  # once more: stays
    assert editor.textCursor().atBlockEnd()
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    assert editor.textCursor().selectedText() == LINE[editor.textCursor().selectionStart()
                                                      - block.position():]  # fmt: skip
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClicks(editor, " Foto: Antara")
    assert f"{LINE} Foto: Antara\n" in tab.editor_text()
