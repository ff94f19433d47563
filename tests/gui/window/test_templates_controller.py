"""File › New from Template… and File › Save as Template… in the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from netizen_editor.article.model import Article
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT
from tests.gui.exporting import export_now


def _choose(window, qtbot, name: str):
    window.registry["new_from_template"].trigger()
    dialog = window.templates.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.select(name)
    return dialog


def test_new_from_template_opens_ralat_in_a_new_tab(make_window, qtbot):
    window = make_window(settings=Settings(ui_language="en", default_author="Budi"))
    before = len(window.all_tabs())
    dialog = _choose(window, qtbot, "ralat")
    names = [dialog.template_list.item(i).text() for i in range(dialog.template_list.count())]
    assert names == ["advertorial", "berita", "feature", "hak-jawab", "live", "ralat", "rilis"]
    assert "meralat berita" in dialog.preview.toPlainText()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: len(window.all_tabs()) == before + 1)
    tab = window.current_tab()
    assert tab is not None and tab.document.path is None  # untitled
    text = tab.editor_text()
    article = Article.parse(text)
    assert article.meta["template"] == "ralat" and article.get("author") == "Budi"
    # the cursor is on the first placeholder: what is typed replaces it
    assert tab.editor.textCursor().selectedText() == "[Judul berita yang diralat]()"
    qtbot.keyClicks(tab.editor, "Harga BBM Naik")
    assert Article.parse(tab.editor_text()).title == "Ralat: Harga BBM Naik"
    # Tab goes to the next placeholder
    qtbot.keyClick(tab.editor, Qt.Key.Key_Tab)
    assert tab.editor.textCursor().selectedText().startswith("[Ringkasan")


def test_a_headline_with_an_apostrophe_stays_whole(make_window, qtbot):
    window = make_window(settings=Settings(ui_language="en"))
    _choose(window, qtbot, "berita").ok_button.click()
    tab = window.current_tab()
    assert tab.editor.textCursor().selectedText().startswith("[Judul berita")
    qtbot.keyClicks(tab.editor, "Rumah Ma'ruf Amin kebanjiran")
    assert Article.parse(tab.editor_text()).title == "Rumah Ma'ruf Amin kebanjiran"
    tab.metadata_panel.refresh_from_text()
    assert tab.metadata_panel.title_edit.text() == "Rumah Ma'ruf Amin kebanjiran"
    assert tab.metadata_panel.error_label.isHidden()
    # editing it in the panel rewrites the entry cleanly
    tab.metadata_panel.title_edit.setText('Jokowi: "Kami siap" #1')
    tab.metadata_panel.title_edit.textEdited.emit('Jokowi: "Kami siap" #1')
    assert Article.parse(tab.editor_text()).title == 'Jokowi: "Kami siap" #1'


def test_a_new_storys_tab_is_named_by_its_headlines_hint_until_it_is_written(make_window, qtbot):
    window = make_window(settings=Settings(ui_language="en"))
    _choose(window, qtbot, "berita").ok_button.click()
    tab = window.current_tab()
    hint = tab.editor.textCursor().selectedText()[1:-3]  # "[Judul berita …]()"
    bar = window.tabs.tabBar()
    qtbot.waitUntil(lambda: tab.story_title() == hint, timeout=TIMEOUT)  # not "[…]()"
    assert "[" not in bar.tabText(window.tabs.indexOf(tab))
    qtbot.keyClicks(tab.editor, "Banjir Kemang")
    qtbot.waitUntil(lambda: tab.story_title() == "Banjir Kemang", timeout=TIMEOUT)


def test_tab_walks_a_links_title_then_its_address(make_window, qtbot):
    window = make_window()
    dialog = _choose(window, qtbot, "ralat")
    dialog.accept()
    editor = window.current_tab().editor
    selected = []
    for _ in range(12):
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
        selected.append(editor.textCursor().selectedText())
    assert "Judul berita yang diralat" in selected
    at = selected.index("Judul berita yang diralat")
    assert selected[at + 1] == "https://"


def test_cancel_opens_nothing(make_window, qtbot):
    window = make_window()
    before = len(window.all_tabs())
    dialog = _choose(window, qtbot, "live")
    dialog.reject()
    assert len(window.all_tabs()) == before


def test_a_broken_newsroom_template_shows_why_and_cannot_be_chosen(make_window, qtbot, tmp_path):
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "rusak.md").write_text("---\ntitle: x\n---\n{{ ''.__class__ }}\n")
    window = make_window(settings=Settings(ui_language="en", templates_folder=str(folder)))
    dialog = _choose(window, qtbot, "rusak")
    assert f"{folder / 'rusak.md'}:4:" in dialog.preview.toPlainText()
    assert not dialog.ok_button.isEnabled()
    dialog.reject()


def test_save_as_template_writes_to_the_newsroom_folder(make_window, qtbot, tmp_path):
    folder = tmp_path / "templates"
    window = make_window(settings=Settings(ui_language="en", templates_folder=str(folder)))
    _choose(window, qtbot, "berita").accept()
    tab = window.current_tab()
    qtbot.keyClicks(tab.editor, "Banjir Rob")
    window.templates.ask_name = lambda suggested: "Banjir Rob"
    window.registry["save_as_template"].trigger()
    saved = folder / "banjir-rob.md"
    assert saved.is_file()
    assert "Banjir Rob" in saved.read_text(encoding="utf-8")
    # it is offered the next time, as a newsroom template
    dialog = _choose(window, qtbot, "banjir-rob")
    assert "Banjir Rob" in dialog.preview.toPlainText()
    assert str(saved) in dialog.origin_label.text()
    dialog.reject()
    # saving again under that name asks first
    asked = []
    window.templates.confirm_replace = lambda name: asked.append(name) or False
    window.registry["save_as_template"].trigger()
    assert asked == ["banjir-rob"]


def test_save_as_template_without_a_folder_says_where_to_set_it(make_window, qtbot):
    window = make_window()
    window.registry["new"].trigger()
    errors = []
    window.prompts.error = lambda title, text, info="": errors.append((title, text, info))
    window.registry["save_as_template"].trigger()
    assert len(errors) == 1
    assert "Settings" in errors[0][2] and "templates folder" in errors[0][2]


def test_a_folder_is_the_label_only_when_its_stories_carry_it(make_window, qtbot, tmp_path):
    window = make_window()
    folder = tmp_path / "olahraga"
    folder.mkdir()
    dialog = window.templates.new_from_template(folder)
    dialog.select("berita")
    assert "labels:\n  - >-\n    [Rubrik]()" in dialog.preview.toPlainText()  # no guess
    dialog.reject()
    (folder / "bola.md").write_text("---\ntitle: Bola\nlabels: [Olahraga]\n---\nIsi.\n")
    dialog = window.templates.new_from_template(folder)
    dialog.select("berita")
    assert "labels: [Olahraga]" in dialog.preview.toPlainText()
    dialog.reject()


def test_a_story_from_a_template_gets_no_label_from_its_folder_and_is_saved_there(
    make_window, qtbot, tmp_path
):
    """QA: from a story in "Docs", berita filled ``labels: [Docs]`` and the save dialog opened
    in the home folder."""
    docs = tmp_path / "Docs"
    docs.mkdir()
    current = docs / "catatan.md"
    current.write_text("---\ntitle: Catatan\n---\nIsi.\n", encoding="utf-8")
    window = make_window([current])
    dialog = _choose(window, qtbot, "berita")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.current_tab().document.path is None)
    tab = window.current_tab()
    assert Article.parse(tab.editor_text()).labels == ["[Rubrik]()"]  # left to fill in
    asked = []
    window.prompts.save_path = lambda suggested: asked.append(suggested)  # cancelled
    window.registry["save"].trigger()
    assert len(asked) == 1 and asked[0].parent == docs


def test_the_export_dialog_refuses_a_template_not_filled_in(make_window, qtbot, tmp_path):
    from netizen_editor.templates.render import render_named

    settings = Settings(ui_language="en")
    path = tmp_path / "ralat.md"
    path.write_text(render_named("ralat", settings), encoding="utf-8")
    window = make_window([path], settings=settings)
    tab = window.current_tab()
    qtbot.waitUntil(lambda: tab.snapshot() is not None and tab.snapshot().checked, timeout=TIMEOUT)
    dialog = window.open_export_dialog()
    qtbot.waitExposed(dialog)
    warning = dialog.checks_warning
    assert warning is not None and warning.placeholders
    assert not dialog.export_button.isEnabled()  # no "export anyway": it would be refused
    assert export_now(qtbot, dialog) == []
    refused = dialog.result_label.text()
    title_line = (
        path.read_text(encoding="utf-8")
        .splitlines()
        .index("  Ralat: [Judul berita yang diralat]()")
        + 1
    )
    assert f"ralat.md:{title_line}:" in refused and "Tab goes to the next" in refused
    assert not list(tmp_path.glob("*.html"))
    dialog.reject()


def test_the_window_loads_the_template_chooser_only_when_it_is_asked_for():
    """The chooser and the templates' rendering are no part of the first frame: a window
    imported for the start holds neither until File › New from Template… is used."""
    import os
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "import netizen_editor.gui.window.main_window\n"
        "later = ('netizen_editor.gui.dialogs.template_dialog', 'netizen_editor.templates.render',"
        " 'netizen_editor.templates.library', 'netizen_editor.templates.saving')\n"
        "print(sorted(m for m in later if m in sys.modules))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env=env, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def _selected(editor) -> str:
    return editor.textCursor().selectedText()


def test_shift_tab_goes_back_to_the_field_before(make_window, qtbot):
    # QA10: Shift+Tab only outdented, so a field passed by one Tab too many was out of reach
    window = make_window(settings=Settings(ui_language="en"))
    _choose(window, qtbot, "berita").accept()
    editor = window.current_tab().editor
    walked = [_selected(editor)]
    for _ in range(5):
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
        walked.append(_selected(editor))
    assert len(set(walked)) == 6 and walked[0].startswith("[Judul berita")
    text = editor.toPlainText()
    back = []
    for _ in range(5):
        qtbot.keyClick(editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        back.append(_selected(editor))
    assert back == walked[-2::-1]  # the same fields, the other way, the text as it was
    assert editor.toPlainText() == text


def test_shift_tab_goes_round_from_the_first_field_to_the_last(make_window, qtbot):
    """Tab goes round from the last field to the first; Shift+Tab on the first one stayed
    there (it outdented nothing): it goes round to the last one, and back on from there."""
    from netizen_editor.gui.window.templates_controller import fields

    window = make_window(settings=Settings(ui_language="en"))
    _choose(window, qtbot, "berita").accept()
    editor = window.current_tab().editor
    text = editor.toPlainText()
    spans = list(fields(text))
    first, last = (text[a:b] for a, b in (spans[0], spans[-1]))
    assert _selected(editor) == first and len(spans) > 2
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert _selected(editor) == last
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert _selected(editor) == text[slice(*spans[-2])]
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert _selected(editor) == first  # Tab goes round the other way, as before
    assert editor.toPlainText() == text


def _on_the_last_line(editor, text: str, replace: bool = False) -> None:
    """Add ``text`` at the end of the story (or put it in place of the whole story) and put
    the cursor on its last line."""
    cursor = editor.textCursor()
    if replace:
        cursor.select(QTextCursor.SelectionType.Document)
    else:
        cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(text)
    cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
    editor.setTextCursor(cursor)


def test_shift_tab_with_no_field_left_outdents_as_always(make_window, qtbot):
    window = make_window(settings=Settings(ui_language="en"))
    _choose(window, qtbot, "berita").accept()
    editor = window.current_tab().editor
    story = "---\ntitle: Banjir\n---\nAir naik.\n\n    Warga mengungsi.\n"
    _on_the_last_line(editor, story, replace=True)  # on the indented line, no field anywhere
    for _ in range(2):  # its indent goes, then nothing happens
        qtbot.keyClick(editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert editor.toPlainText() == story.replace("    ", "")
        assert not editor.textCursor().hasSelection()


def test_shift_tab_outdents_a_list_item_of_a_story_from_a_template(make_window, qtbot):
    window = make_window(settings=Settings(ui_language="en"))
    _choose(window, qtbot, "berita").accept()
    editor = window.current_tab().editor
    _on_the_last_line(editor, "\n        - poin\n")  # in the list item, two levels in
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert editor.toPlainText().endswith("\n    - poin\n")
    assert not editor.textCursor().hasSelection()
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert editor.toPlainText().endswith("\n- poin\n")
    # nothing left to outdent: the field before it
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert _selected(editor).startswith("[Tanggapan pihak lain")
    assert editor.toPlainText().endswith("\n- poin\n")


def test_tab_after_the_last_field_goes_back_to_the_first_one_left(make_window, qtbot):
    """QA25 F-E: the headline and summary skipped with Tab, the body's fields filled in: Tab
    after the last one typed a tab into the story's last sentence; it goes back to the
    headline. Once every field is filled, Tab is the editor's own again (the walk takes none)."""
    from netizen_editor.gui.window.templates_controller import fields, next_field

    window = make_window(settings=Settings(ui_language="en"))
    _choose(window, qtbot, "berita").accept()
    editor = window.current_tab().editor
    headline = _selected(editor)
    assert headline.startswith("[Judul berita")
    body = editor.toPlainText().index("\n---\n", 4)
    skipped = sum(1 for start, _ in fields(editor.toPlainText()) if start < body)
    for _ in range(skipped):
        qtbot.keyClick(editor, Qt.Key.Key_Tab)  # past the front matter's fields
    for _ in range(40):
        if _selected(editor) == headline:
            break
        qtbot.keyClicks(editor, "https://netizen.co.id/a" if _selected(editor) == "https://"
                        else "Isi.")  # fmt: skip
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert _selected(editor) == headline  # back to the first field left
    assert "\t" not in editor.toPlainText()
    qtbot.keyClicks(editor, "Banjir Rob")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert _selected(editor).startswith("[Ringkasan")  # the next one left after it
    for _ in range(skipped):  # the summary, the author…
        qtbot.keyClicks(editor, "Isi")
        if next_field(editor.toPlainText(), 0) is None:
            break
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
    text = editor.toPlainText()
    assert next_field(text, 0) is None  # nothing left for the walk to go to
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert not editor.textCursor().hasSelection()  # the editor's own Tab, not a field


def test_closing_a_story_whose_headline_is_still_the_hint_names_no_title(make_window, qtbot):
    """QA25 F-G: "Save the changes to “Judul berita: singkat, jelas, …”?" read as if the story
    had that headline; a hint is no title: the tab's name (Untitled) until one is written."""
    window = make_window(settings=Settings(ui_language="en"))
    _choose(window, qtbot, "berita").accept()
    tab = window.current_tab()
    qtbot.keyClick(tab.editor, Qt.Key.Key_Tab)
    qtbot.keyClicks(tab.editor, "Air laut naik.")  # the summary: the story has a change
    asked: list[str] = []
    window.prompts.unsaved_changes = lambda name: asked.append(name) or "cancel"
    assert not window.files.close_tab(tab)
    assert asked == ["Untitled"]
    from netizen_editor.gui.window.closing import listed_name

    assert listed_name(tab) == "Untitled"  # the list when the window closes, likewise
    cursor = tab.editor.textCursor()
    start = tab.editor.toPlainText().index("[Judul berita")
    cursor.setPosition(start)
    cursor.setPosition(tab.editor.toPlainText().index("()", start) + 2, cursor.MoveMode.KeepAnchor)
    tab.editor.setTextCursor(cursor)
    qtbot.keyClicks(tab.editor, "Banjir Rob")
    assert not window.files.close_tab(tab)
    assert asked[-1] == "Banjir Rob"
