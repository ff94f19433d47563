"""The Markdown editor: typing, formatting actions, lists, navigation, zoom, highlighting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor, QTextDocument

from netizen_editor.gui.editor.highlighter import (
    FRONT_MATTER,
    NORMAL,
    MarkdownHighlighter,
)
from netizen_editor.gui.editor.markdown_editor import MarkdownEditor


def put(editor: MarkdownEditor, text: str) -> None:
    """Set the text; ``|`` marks the cursor and ``[...]`` a selection."""
    if "[" in text and "]" in text and "|" not in text:
        start = text.index("[")
        end = text.index("]") - 1
        editor.setPlainText(text.replace("[", "", 1).replace("]", "", 1))
        cursor = editor.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    else:
        position = text.index("|") if "|" in text else len(text)
        editor.setPlainText(text.replace("|", ""))
        cursor = editor.textCursor()
        cursor.setPosition(position)
    editor.setTextCursor(cursor)


def test_typing_shows_text_and_reports_line_and_column(editor, qtbot):
    seen: list[tuple[int, int]] = []
    editor.cursor_position_changed.connect(lambda line, column: seen.append((line, column)))
    qtbot.keyClicks(editor, "Halo")
    assert editor.text() == "Halo"
    assert seen[-1] == (1, 5)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "ab")
    assert seen[-1] == (2, 3)


@pytest.mark.parametrize(
    ("before", "kind", "after"),
    [
        ("make [this] bold", "bold", "make **this** bold"),
        ("make th|is bold", "bold", "make **this** bold"),
        ("make **th|is** plain", "bold", "make this plain"),
        ("say [it]", "italic", "say *it*"),
        ("see [report]", "link", "see [report](https://)"),
        ("Subjudul|", "heading", "## Subjudul"),
        ("[one\ntwo]", "quote", "> one\n> two"),
        ("[apel\njeruk]", "list", "- apel\n- jeruk"),
        ("[foto]", "image", '![foto](image.jpg "Caption (Foto: credit)")'),
        ("Paragraf.|", "ad", "Paragraf.\n\n[[ad]]\n"),
        ("Paragraf.|", "baca_juga", "Paragraf.\n\nBaca juga: [Title](https://)\n"),
        ("Lead.|", "jump_break", "Lead.\n\n<!--more-->\n"),
    ],
)
def test_formatting_actions_and_one_step_undo(editor, before, kind, after):
    put(editor, before)
    original = editor.text()
    editor.apply_format(kind)
    assert editor.text() == after
    editor.undo()
    assert editor.text() == original
    editor.redo()
    assert editor.text() == after


def test_link_leaves_the_url_selected_for_typing(editor, qtbot):
    put(editor, "see [report]")
    editor.apply_format("link")
    assert editor.textCursor().selectedText() == "https://"
    qtbot.keyClicks(editor, "https://netizen.co.id")
    assert editor.text() == "see [report](https://netizen.co.id)"


def test_bold_twice_is_back_to_plain(editor):
    put(editor, "a [word] here")
    editor.apply_format("bold")
    editor.apply_format("bold")
    assert editor.text() == "a word here"
    assert editor.textCursor().selectedText() == "word"


def test_formatting_after_an_emoji_lands_on_the_right_word(editor):
    put(editor, "Wow 😀 keren|")
    editor.apply_format("bold")
    assert editor.text() == "Wow 😀 **keren**"
    assert editor.textCursor().selectedText() == "keren"


def test_enter_continues_and_ends_a_list(editor, qtbot):
    qtbot.keyClicks(editor, "- apel")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "jeruk")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.text() == "- apel\n- jeruk\n- "
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # empty item ends the list, a blank line after
    qtbot.keyClicks(editor, "Selesai.")
    assert editor.text() == "- apel\n- jeruk\n\nSelesai."


def test_enter_numbers_and_quotes(editor, qtbot):
    qtbot.keyClicks(editor, "1. satu")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "dua")
    assert editor.text() == "1. satu\n2. dua"
    put(editor, "> kutipan|")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "lanjut")
    assert editor.text() == "> kutipan\n> lanjut"


def test_enter_in_plain_text_and_code_is_plain(editor, qtbot):
    put(editor, "teks|")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.text() == "teks\n"
    put(editor, "```\n- not a list|")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.text() == "```\n- not a list\n"


def test_shift_enter_is_a_plain_line_break(editor, qtbot):
    put(editor, "- apel|")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "lanjutan")
    assert editor.text() == "- apel\nlanjutan"


def test_tab_and_shift_tab_indent_list_items(editor, qtbot):
    put(editor, "- apel\n- jeruk|")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.text() == "- apel\n    - jeruk"
    qtbot.keyClicks(editor, "!")
    assert editor.text() == "- apel\n    - jeruk!"
    qtbot.keyClick(editor, Qt.Key.Key_Backtab)
    assert editor.text() == "- apel\n- jeruk!"


def test_tab_indents_selected_lines_as_one_undo_step(editor, qtbot):
    put(editor, "[satu\ndua\ntiga]")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.text() == "    satu\n    dua\n    tiga"
    assert editor.textCursor().selectedText() == "    satu\u2029    dua\u2029    tiga"
    editor.undo()
    assert editor.text() == "satu\ndua\ntiga"


@pytest.mark.parametrize(
    "act",
    [
        lambda editor, qtbot: editor.apply_format("ad"),  # the app's edit (apply_text_edit)
        lambda editor, qtbot: qtbot.keyClick(editor, Qt.Key.Key_Return),  # a list continued
        lambda editor, qtbot: qtbot.keyClick(editor, Qt.Key.Key_Tab),  # a list item indented
    ],
    ids=["ad", "list-enter", "list-tab"],
)
def test_undoing_the_apps_edit_puts_the_cursor_back_where_the_user_was(editor, qtbot, act):
    lines = [f"Paragraf {n} yang cukup panjang." for n in range(60)]
    put(editor, "\n\n".join(lines) + "\n\n- apel|\n\nAkhir.")
    where = editor.textCursor().position()
    act(editor, qtbot)
    assert editor.textCursor().position() != where or editor.text().count("\n") > 120
    editor.undo()
    assert editor.textCursor().position() == where  # not line 1, column 1
    assert editor.textCursor().blockNumber() > 100


def test_tab_in_plain_text_inserts_a_tab(editor, qtbot):
    put(editor, "a|b")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.text() == "a\tb"


def test_go_to_line_scroll_and_top_line_signal(editor, qtbot):
    editor.setPlainText("\n".join(f"baris {n}" for n in range(1, 301)))
    editor.go_to_line(120)
    assert editor.textCursor().blockNumber() == 119
    with qtbot.waitSignal(editor.top_line_changed) as blocker:
        editor.scroll_to_line(200)
    assert blocker.args == [200]
    assert editor.top_line() == 200
    assert editor.textCursor().blockNumber() == 119  # scrolling does not move the cursor
    editor.go_to_line(10_000)
    assert editor.textCursor().blockNumber() == 299


def test_zoom_and_font(editor):
    editor.set_editor_font("Monospace", 13)
    assert editor.font().pointSize() == 13
    editor.zoom_in()
    editor.zoom_in()
    assert editor.font().pointSize() == 15
    editor.zoom_out()
    assert editor.font().pointSize() == 14
    editor.zoom_reset()
    assert editor.font().pointSize() == 13
    for _ in range(50):
        editor.zoom_out()
    assert editor.font().pointSize() >= 6


def test_soft_wrap_is_on(editor):
    assert editor.lineWrapMode() == MarkdownEditor.LineWrapMode.WidgetWidth
    assert editor.font().styleHint() == QFont.StyleHint.TypeWriter


def test_copy_and_paste_within_the_editor_keeps_the_markdown(editor):
    put(editor, "[**tebal** teks]\n")
    editor.copy()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    editor.paste()
    assert editor.text() == "**tebal** teks\n**tebal** teks"


def test_text_keeps_no_break_spaces(editor):
    editor.setPlainText("10\u00a0km")
    assert editor.text() == "10\u00a0km"


def test_current_line_is_highlighted(editor):
    put(editor, "satu\ndua|")
    selections = editor.extraSelections()
    assert selections and selections[0].cursor.blockNumber() == 1


# -- highlighting -----------------------------------------------------------------------------
ARTICLE = """---
title: Judul
labels: [a, b]
---
## Sub

Teks **tebal** dan [tautan](https://x.id).

```
kode
---
```

[[ad]]

Baca juga: [Lain](https://x.id)

<!--more-->
---
"""


def states(document: QTextDocument) -> list[int]:
    block = document.firstBlock()
    out = []
    while block.isValid():
        out.append(block.userState())
        block = block.next()
    return out


def formats_of(document: QTextDocument, line: int) -> list:
    return document.findBlockByNumber(line).layout().formats()


def test_highlighter_tracks_front_matter_and_fences(editor):
    editor.setPlainText(ARTICLE)
    s = states(editor.document())
    assert s[:4] == [FRONT_MATTER, FRONT_MATTER, FRONT_MATTER, NORMAL]
    fence_start = ARTICLE.splitlines().index("```")
    # "---" in code is code
    assert all(MarkdownHighlighter.is_code_state(x) for x in s[fence_start : fence_start + 3])
    assert s[fence_start + 3] == NORMAL
    assert s[-2] == NORMAL  # a later "---" is not front matter


TRICKY_FENCES = (
    "\n---\ntitle: Pagar\n---\n"
    "```\nkode\n````\n# masih kode: hanya pagar yang sama menutup\n```\n\n"
    " ```\nbukan pagar: satu spasi di depan\n ```\n\n"
    "~~~~python\n~~~\n~~~~\n\n"
    "Teks biasa.\n"
)


def test_highlighter_takes_as_code_the_lines_the_page_shows_as_code(editor):
    from netizen_editor.grammar.scan import scan_article

    editor.setPlainText(TRICKY_FENCES)
    s = states(editor.document())
    shown = {i for i, state in enumerate(s) if MarkdownHighlighter.is_code_state(state)}
    scan = scan_article(TRICKY_FENCES)
    code = set()
    for line, block in scan.located:
        if block.kind == "code":  # from its opening line up to the line before its closing
            code.update(range(line - 1, line - 1 + block.size - 1))
    assert shown == code


def test_highlighter_colours_the_newsroom_lines(editor):
    editor.setPlainText(ARTICLE)
    lines = ARTICLE.splitlines()
    key = formats_of(editor.document(), 1)[0]
    assert key.start == 0 and key.format.fontWeight() == QFont.Weight.Bold  # "title:" key
    for marker in ("[[ad]]", "<!--more-->"):
        fmts = formats_of(editor.document(), lines.index(marker))
        assert fmts and fmts[0].length == len(marker)
    baca = formats_of(editor.document(), lines.index("Baca juga: [Lain](https://x.id)"))
    assert any(f.start == 0 and f.format.fontWeight() == QFont.Weight.Bold for f in baca)
    bold = formats_of(editor.document(), lines.index("Teks **tebal** dan [tautan](https://x.id)."))
    assert any(f.format.fontWeight() == QFont.Weight.Bold for f in bold)


class CountingHighlighter(MarkdownHighlighter):
    calls = 0

    def highlightBlock(self, text: str) -> None:
        type(self).calls += 1
        super().highlightBlock(text)


def test_a_keystroke_rehighlights_only_its_own_line(qtbot):
    """Micro-check of the design (not a timing): typing does not re-parse the document."""
    widget = MarkdownEditor()
    qtbot.addWidget(widget)
    widget.setPlainText("---\ntitle: t\n---\n" + ("kata " * 20 + "\n\n") * 1000)
    CountingHighlighter(widget.document())
    CountingHighlighter.calls = 0
    cursor = widget.textCursor()
    cursor.setPosition(widget.document().findBlockByNumber(500).position())
    widget.setTextCursor(cursor)
    qtbot.keyClicks(widget, "abc")
    assert CountingHighlighter.calls <= 3


def test_hostile_lines_are_highlighted_without_holding_the_window():
    """Every case of the hostile corpus (a megabyte of "[", backticks, comments...) through
    the highlighter. Its patterns are linear and long lines are not coloured inline; the
    bound is a hang guard only (one case took over 40 s before, the whole corpus ~2 s now)."""
    import time

    from tests.hostile.corpus import CHECK_PATHOLOGICAL, PATHOLOGICAL

    start = time.perf_counter()
    for text in {**PATHOLOGICAL, **CHECK_PATHOLOGICAL}.values():
        document = QTextDocument()
        MarkdownHighlighter(document)
        document.setPlainText(text)
    assert time.perf_counter() - start < 60
    short = QTextDocument()
    MarkdownHighlighter(short)
    short.setPlainText("`" * 9_000 + "\n" + "_a " * 3_000 + "\n" + "<!--" * 2_000)
    assert short.blockCount() == 3
