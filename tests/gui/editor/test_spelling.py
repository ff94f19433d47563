"""Spelling underlines, the context menu and F7 in the real editor (pytest-qt, headless)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from netizen_editor import i18n
from netizen_editor.gui.editor.markdown_editor import MarkdownEditor
from netizen_editor.settings import Settings
from netizen_editor.spelling import speller as speller_module
from netizen_editor.spelling import wordlists

ID_TEXT = (
    "---\ntitle: Uji\n---\n"
    "Presiden Joko Widodo meninjau lokasi, ujarnya. Kalimt ini beresiko.\n"
    "\n"
    "```\nkodee salahh\n```\n"
)
EN_TEXT = "---\nlang: en\n---\nThe minister said the sentense was clear, Budi Sudarsono said.\n"


def wait_checked(qtbot, editor: MarkdownEditor) -> None:
    layer = editor.spell
    qtbot.waitUntil(lambda: layer.speller is not None or bool(layer.problem), timeout=60_000)
    qtbot.waitUntil(lambda: not layer.busy(), timeout=10_000)


def underlined(editor: MarkdownEditor) -> list[tuple[str, str]]:
    """(word, "typo" | "non-standard") for every underline the editor draws."""
    found = []
    block = editor.document().firstBlock()
    while block.isValid():
        units = block.text().encode("utf-16-le")  # Qt counts UTF-16 units
        for start, end, rule in editor.spell.underlines(block):
            word = units[2 * start : 2 * end].decode("utf-16-le")
            found.append((word, "typo" if rule == "spelling" else "non-standard"))
        block = block.next()
    return found


def cursor_on(editor: MarkdownEditor, word: str) -> QTextCursor:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor.text().index(word) + 1)
    return cursor


def test_a_typo_in_an_indonesian_article_is_underlined_but_names_and_code_are_not(qtbot, editor):
    editor.setPlainText(ID_TEXT)
    wait_checked(qtbot, editor)
    assert underlined(editor) == [("Kalimt", "typo"), ("beresiko", "non-standard")]


def test_a_typo_in_an_english_article_is_underlined(qtbot, editor):
    editor.setPlainText(EN_TEXT)
    wait_checked(qtbot, editor)
    assert underlined(editor) == [("sentense", "typo")]


def test_the_language_is_read_below_blank_lines_above_the_front_matter(qtbot, editor):
    # the article model tolerates blank lines above the opening fence; so does the layer
    editor.setPlainText("\n\n" + EN_TEXT)
    wait_checked(qtbot, editor)
    assert editor.spell.lang == "en"
    assert underlined(editor) == [("sentense", "typo")]


def test_changing_the_language_in_the_front_matter_checks_again(qtbot, editor):
    editor.setPlainText("---\nlang: en\n---\nKami pergi kemarin.\n")
    wait_checked(qtbot, editor)
    assert underlined(editor) == [("pergi", "typo"), ("kemarin", "typo")]
    cursor = cursor_on(editor, "en\n")
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText("id")
    qtbot.waitUntil(lambda: underlined(editor) == [], timeout=5_000)


def test_a_typo_is_underlined_once_the_journalist_has_typed_past_it(qtbot, editor):
    editor.setPlainText("Satu dua.\n")
    wait_checked(qtbot, editor)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.moveCursor(QTextCursor.MoveOperation.PreviousBlock)
    editor.moveCursor(QTextCursor.MoveOperation.EndOfBlock)
    qtbot.keyClicks(editor, " kalimt")
    qtbot.wait(50)
    assert underlined(editor) == []  # still being typed
    qtbot.keyClicks(editor, " ")
    qtbot.waitUntil(lambda: underlined(editor) == [("kalimt", "typo")], timeout=2_000)
    qtbot.keyClicks(editor, "tigaa")
    qtbot.wait(50)
    assert underlined(editor) == [("kalimt", "typo")]  # kept while typing the next word
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=editor.rect().topLeft())
    qtbot.waitUntil(
        lambda: underlined(editor) == [("kalimt", "typo"), ("tigaa", "typo")], timeout=2_000
    )


def test_underlines_stay_on_their_words_while_the_line_is_edited_before_them(qtbot, editor):
    editor.setPlainText("Ini kalimt dan beresiko.\n")
    wait_checked(qtbot, editor)
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(editor, "Jadi ")
    assert underlined(editor) == [("kalimt", "typo"), ("beresiko", "non-standard")]
    wait_checked(qtbot, editor)
    assert underlined(editor) == [("kalimt", "typo"), ("beresiko", "non-standard")]


def test_a_non_standard_form_is_replaced_from_the_context_menu_as_one_undo_step(qtbot, editor):
    editor.setPlainText("Usaha itu beresiko dan diijinkan.\n")
    wait_checked(qtbot, editor)
    where = editor.textCursor()
    where.setPosition(len("Usaha itu beresiko dan"))  # the user's cursor, past the word
    editor.setTextCursor(where)
    menu = editor.spell.context_menu(cursor_on(editor, "beresiko"))
    assert menu is not None
    suggestions = [a for a in menu.actions() if a.objectName() == "spell_suggestion"]
    assert [a.text() for a in suggestions] == ["berisiko"]
    suggestions[0].trigger()
    assert editor.text() == "Usaha itu berisiko dan diijinkan.\n"
    assert underlined(editor) == [("diijinkan", "non-standard")]
    editor.undo()
    assert editor.text() == "Usaha itu beresiko dan diijinkan.\n"
    assert editor.textCursor().position() == len("Usaha itu beresiko dan")  # not the line's start


def test_right_clicking_a_finding_opens_the_spelling_menu(qtbot, editor):
    editor.setPlainText("Usaha itu beresiko.\n")
    wait_checked(qtbot, editor)
    block = editor.document().firstBlock()
    issue = editor.spell.block_issues(block)[0]
    point = editor.spell.position_of(block, issue)
    seen: list[str] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        try:
            seen.extend(a.text() for a in menu.actions()[:2])
            menu.actions()[0].trigger()
        finally:
            menu.close()

    QTimer.singleShot(300, choose)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, editor.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(editor.viewport(), event)
    assert seen == ["berisiko", "Ignore"]
    assert editor.text() == "Usaha itu berisiko.\n"


def test_a_typo_gets_suggestions_in_the_menu_and_ignore_hides_it(qtbot, editor):
    editor.setPlainText("Kalimt ini. Kalimt itu.\n")
    wait_checked(qtbot, editor)
    menu = editor.spell.context_menu(cursor_on(editor, "Kalimt"))
    texts = [a.text() for a in menu.actions() if a.objectName() == "spell_suggestion"]
    assert texts[0] == "Kalimat"
    names = [a.objectName() for a in menu.actions()]
    assert "spell_add_personal" in names and "spell_add_newsroom" not in names
    assert editor.spell.context_menu(cursor_on(editor, "ini")) is None  # a correct word
    next(a for a in menu.actions() if a.objectName() == "spell_ignore").trigger()
    assert underlined(editor) == []


def test_a_word_added_to_the_newsroom_list_from_the_menu_stops_being_flagged(
    qtbot, editor, tmp_path
):
    shared = tmp_path / "redaksi.txt"
    editor.spell.set_settings(Settings(newsroom_wordlist=str(shared)))
    editor.setPlainText("Warga kopdarr di taman.\n")
    qtbot.waitUntil(lambda: underlined(editor) == [("kopdarr", "typo")], timeout=60_000)
    menu = editor.spell.context_menu(cursor_on(editor, "kopdarr"))
    next(a for a in menu.actions() if a.objectName() == "spell_add_newsroom").trigger()
    assert shared.read_text(encoding="utf-8") == "kopdarr\n"
    assert underlined(editor) == []
    other = MarkdownEditor()  # another article of the same newsroom
    qtbot.addWidget(other)
    other.spell.set_settings(Settings(newsroom_wordlist=str(shared)))
    other.setPlainText("Mereka kopdarr lagi, kalimt.\n")
    wait_checked(qtbot, other)
    qtbot.waitUntil(lambda: underlined(other) == [("kalimt", "typo")], timeout=60_000)


def test_a_newsroom_list_another_app_keeps_locked_is_said_busy_and_the_window_not_held(
    qtbot, editor, tmp_path, monkeypatch
):
    # a planted lock rewritten all the time held the window 20 s (one left alone 10 s, then
    # it was taken over): the window waits a moment only and says who holds the list
    from netizen_editor.gui.editor import spell_layer

    shared = tmp_path / "redaksi.txt"
    shared.write_text("kata\n", encoding="utf-8")
    wordlists.lock_path(shared).write_text('{"hostname": "meja-lain", "pid": 1}')
    shown: list[str] = []
    monkeypatch.setattr(spell_layer.QMessageBox, "warning", lambda _w, _t, text: shown.append(text))
    editor.spell.set_settings(Settings(newsroom_wordlist=str(shared)))
    editor.setPlainText("Warga kopdarr di taman.\n")
    qtbot.waitUntil(lambda: underlined(editor) == [("kopdarr", "typo")], timeout=60_000)
    menu = editor.spell.context_menu(cursor_on(editor, "kopdarr"))
    next(a for a in menu.actions() if a.objectName() == "spell_add_newsroom").trigger()
    assert len(shown) == 1 and "meja-lain" in shown[0] and str(shared) in shown[0]
    assert shared.read_text(encoding="utf-8") == "kata\n"  # not added: the other app's turn


def test_the_word_lists_are_read_off_the_windows_thread(qtbot, editor, tmp_path, monkeypatch):
    # choosing a newsroom list of 420,000 words in the settings held the window 2.5 s
    import threading

    shared = tmp_path / "redaksi.txt"
    shared.write_text("kopdarr\n", encoding="utf-8")
    readers: list[threading.Thread] = []
    real = wordlists.read_with_notes

    def read(path: Path, names: bool = False):
        readers.append(threading.current_thread())
        return real(path, names)

    monkeypatch.setattr(wordlists, "read_with_notes", read)
    editor.spell.set_settings(Settings(newsroom_wordlist=str(shared)))
    editor.setPlainText("Warga kopdarr dan kalimt.\n")
    qtbot.waitUntil(lambda: underlined(editor) == [("kalimt", "typo")], timeout=60_000)
    assert readers and threading.main_thread() not in readers


def test_add_to_dictionary_writes_the_personal_list(qtbot, editor, private_dirs):
    editor.setPlainText("Warga nongkrongg di taman.\n")
    wait_checked(qtbot, editor)
    menu = editor.spell.context_menu(cursor_on(editor, "nongkrongg"))
    next(a for a in menu.actions() if a.objectName() == "spell_add_personal").trigger()
    assert wordlists.read(private_dirs.config / "words.txt") == [wordlists.Entry("nongkrongg")]
    assert underlined(editor) == []


def test_go_to_next_selects_each_finding_in_turn_and_wraps(qtbot, editor):
    editor.setPlainText("Kalimt satu.\n\n```\nsalahh\n```\nIni beresiko, tigaa.\n")
    wait_checked(qtbot, editor)
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    seen = []
    for _ in range(4):
        assert editor.spell.go_to_next()
        seen.append(editor.textCursor().selectedText())
    assert seen == ["Kalimt", "beresiko", "tigaa", "Kalimt"]


def test_without_dictionaries_the_editor_keeps_working_without_underlines(
    qtbot, tmp_path, monkeypatch
):
    monkeypatch.setattr(speller_module, "resource_path", lambda *_parts: Path(tmp_path))
    monkeypatch.setattr(speller_module, "_shared", {})
    monkeypatch.setattr(i18n, "_language", "en")
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.setPlainText("Kalimt ini beresiko.\n")
    wait_checked(qtbot, editor)
    assert "Spell check is off" in editor.spell.problem
    assert "id_ID.aff" in editor.spell.problem
    assert underlined(editor) == [("beresiko", "non-standard")]  # the table still works
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, "Lagi kalimt. ")
    assert editor.text().endswith("Lagi kalimt. ")


def test_turning_spell_check_off_removes_the_underlines(qtbot, editor):
    editor.setPlainText("Kalimt ini beresiko.\n")
    wait_checked(qtbot, editor)
    assert underlined(editor)
    editor.spell.set_settings(Settings(spell_check=False))
    assert underlined(editor) == []
    editor.spell.set_settings(Settings(spell_check=True))
    wait_checked(qtbot, editor)
    assert underlined(editor) == [("Kalimt", "typo"), ("beresiko", "non-standard")]


def test_the_view_menu_toggle_is_remembered_and_f7_selects_a_finding(make_window, qtbot, tmp_path):
    path = tmp_path / "a.md"
    path.write_text("Kalimt satu, beresiko.\n", encoding="utf-8")
    window = make_window([path])
    tab = window.current_tab()
    wait_checked(qtbot, tab.editor)
    assert window.registry["spell_check"].isChecked()
    tab.editor.moveCursor(QTextCursor.MoveOperation.Start)
    window.registry["next_spelling"].trigger()
    assert tab.editor.textCursor().selectedText() == "Kalimt"
    assert window.registry["next_spelling"].shortcut().toString() == "F7"
    window.registry["spell_check"].trigger()
    assert not window.registry["spell_check"].isChecked()
    assert underlined(tab.editor) == []
    assert Settings.load(window.settings_path).spell_check is False


def test_the_view_menu_toggle_writes_only_its_own_key(make_window, tmp_path):
    """A settings file with a value the app could not use (so it runs on the defaults) keeps
    the journalist's other settings when Check Spelling is turned off: only that key is
    written."""
    window = make_window()
    path = window.settings_path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('site_name = "Warta Kita"\neditor_font_size = "besar"\n', encoding="utf-8")
    window.registry["spell_check"].trigger()
    text = path.read_text(encoding="utf-8")
    assert 'site_name = "Warta Kita"' in text and 'editor_font_size = "besar"' in text
    assert "spell_check = false" in text


def test_underlines_land_on_the_word_after_an_emoji(qtbot, editor):
    editor.setPlainText("Warga 😀😀 senang, kalimt ini beresiko.\n")
    wait_checked(qtbot, editor)
    assert underlined(editor) == [("kalimt", "typo"), ("beresiko", "non-standard")]


def test_the_window_says_when_spell_check_is_off_and_the_article_still_edits(
    make_window, qtbot, tmp_path, monkeypatch
):
    monkeypatch.setattr(speller_module, "resource_path", lambda *_parts: Path(tmp_path))
    monkeypatch.setattr(speller_module, "_shared", {})
    monkeypatch.setattr(i18n, "_language", "en")
    path = tmp_path / "a.md"
    path.write_text("Kalimt satu.\n", encoding="utf-8")
    window = make_window([path])
    problem = window.status.problem
    qtbot.waitUntil(lambda: "Spell check is off" in problem.text(), timeout=30_000)
    assert "id_ID.aff" in problem.text() and problem.isVisible()
    tab = window.current_tab()
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(tab.editor, "Dua.")
    assert tab.editor_text() == "Kalimt satu.\nDua."
    assert underlined(tab.editor) == []


def test_the_newsroom_list_path_is_set_in_the_settings_dialog(qtbot, tmp_path):
    from netizen_editor.gui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(), tmp_path / "settings.toml")
    qtbot.addWidget(dialog)
    shared = str(tmp_path / "kata-redaksi.txt")
    dialog.newsroom_wordlist_edit.setText(shared)
    assert dialog.settings().newsroom_wordlist == shared
    dialog.accept()
    assert Settings.load(tmp_path / "settings.toml").newsroom_wordlist == shared


def coloured_pixels(editor: MarkdownEditor, word: str, colour: str) -> int:
    """Pixels of about ``colour`` in the strip under ``word`` in a fresh grab of the editor."""
    image = editor.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    start = cursor_on(editor, word)
    start.movePosition(QTextCursor.MoveOperation.StartOfWord)
    end = QTextCursor(start)
    end.movePosition(QTextCursor.MoveOperation.EndOfWord)
    left, right = editor.cursorRect(start), editor.cursorRect(end)
    want = QColor(colour)
    count = 0
    for y in range(left.center().y(), left.bottom() + 4):
        for x in range(left.left() + 1, right.left()):
            seen = image.pixelColor(int(x * ratio), int(y * ratio))
            close = (
                abs(seen.red() - want.red())
                + abs(seen.green() - want.green())
                + abs(seen.blue() - want.blue())
            )
            count += close < 120
    return count


def test_the_underlines_are_painted_under_their_words_in_their_colours(qtbot, editor):
    from netizen_editor.gui.editor.spell_layer import NON_STANDARD_COLOR, TYPO_COLOR

    editor.setPlainText("Kalimt ini beresiko.\n")
    wait_checked(qtbot, editor)
    qtbot.waitUntil(lambda: bool(editor.spell.painted.get(0)), timeout=5_000)
    assert editor.spell.painted[0] == (("Kalimt", "spelling"), ("beresiko", "non-standard"))
    assert coloured_pixels(editor, "Kalimt", TYPO_COLOR) > 5
    assert coloured_pixels(editor, "beresiko", NON_STANDARD_COLOR) > 5
    assert coloured_pixels(editor, "beresiko", TYPO_COLOR) == 0
    assert coloured_pixels(editor, "ini", TYPO_COLOR) == 0
    assert coloured_pixels(editor, "ini", NON_STANDARD_COLOR) == 0
    editor.spell.set_enabled(False)
    assert coloured_pixels(editor, "Kalimt", TYPO_COLOR) == 0


def test_a_line_too_long_to_read_as_typed_is_not_underlined_and_typing_stays_quick(
    qtbot, editor, monkeypatch
):
    # a 5 MB one-line article: reading the typed line's words on the window's thread held
    # each key for seconds; the checks panel still reads it, on its worker
    from netizen_editor.gui.editor import spell_layer
    from netizen_editor.spelling.check import TYPED_LINE_MAX

    long_line = "Kalimt " + "kata " * (TYPED_LINE_MAX // 5)
    editor.setPlainText(f"---\ntitle: Uji\n---\n{long_line}\nSatu kalimt.\n")
    wait_checked(qtbot, editor)
    assert underlined(editor) == [("kalimt", "typo")]  # the short line only
    read: list[int] = []
    real = spell_layer.line_words
    monkeypatch.setattr(spell_layer, "line_words", lambda t: read.append(len(t)) or real(t))
    cursor = cursor_on(editor, "Kalimt")
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "x")
    qtbot.wait(spell_layer.RECHECK_MS * 3)
    editor.viewport().repaint()
    assert all(size <= TYPED_LINE_MAX for size in read), read
    assert underlined(editor) == [("kalimt", "typo")]
