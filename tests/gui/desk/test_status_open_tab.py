"""A status set from the desk on a story open in this window (QA22 #1, #2): the caret, the
selection and the view stay on the same text, and an Undo that takes the desk's status back is
not saved silently."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from tests.gui import TIMEOUT, type_at_end
from tests.gui.desk.test_controller import meta, select, wait_status
from tests.gui.questions import answer_box, answer_input

STORY = "banjir-jakarta.md"  # a draft
LAST = "Petugas gabungan membuka posko di balai kelurahan."


def open_story(window, desk_folder, *, paragraphs: int = 0):
    """The story open in a tab (``paragraphs`` more lines of body first, saved)."""
    file = desk_folder / STORY
    if paragraphs:
        text = file.read_text(encoding="utf-8")
        lines = "".join(
            f"Paragraf tambahan nomor {n} tentang banjir.\n\n" for n in range(paragraphs)
        )
        file.write_text(text.replace("JAKARTA, Netizen", lines + "JAKARTA, Netizen"), "utf-8")
    tab = window.files.open_path(file)
    assert tab is not None and not tab.is_dirty()
    return file, tab


def caret_before(tab, text: str) -> None:
    """The caret just before ``text`` (the last time it occurs)."""
    cursor = tab.editor.textCursor()
    cursor.setPosition(tab.editor_text().rindex(text))
    tab.editor.setTextCursor(cursor)


def test_the_caret_and_selection_stay_on_their_text_after_a_status_change(
    desk_window, qtbot, desk_folder
):
    """QA: the caret was put back at the same offset, one character off ("draft" -> "review")."""
    window = desk_window()
    _file, tab = open_story(window, desk_folder)
    text = tab.editor_text()
    start = text.rindex("posko")
    cursor = tab.editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("posko"), QTextCursor.MoveMode.KeepAnchor)
    tab.editor.setTextCursor(cursor)
    select(window, STORY)
    window.desk.panel.action_buttons["review"].click()
    assert "status: review" in tab.editor_text() and not tab.is_dirty()
    assert tab.editor.textCursor().selectedText() == "posko"
    select(window, STORY)
    window.desk.panel.action_buttons["ready"].click()  # one character shorter: "review" -> "ready"
    assert "status: ready" in tab.editor_text()
    assert tab.editor.textCursor().selectedText() == "posko"


def test_the_view_stays_where_it_was_after_a_status_change(desk_window, qtbot, desk_folder):
    window = desk_window()
    _file, tab = open_story(window, desk_folder, paragraphs=120)
    caret_before(tab, LAST)
    bar = tab.editor.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 50, timeout=5000)
    bar.setValue(bar.maximum() // 2)  # read higher up than the caret
    top = tab.editor.firstVisibleBlock().text()
    assert top.startswith("Paragraf tambahan nomor")
    select(window, STORY)
    window.desk.panel.action_buttons["review"].click()  # and the story's id line comes
    assert "status: review" in tab.editor_text() and "\nid: " in tab.editor_text()
    assert tab.editor.firstVisibleBlock().text() == top
    assert tab.editor_text()[tab.cursor_position() :].startswith(LAST)


def test_an_undo_of_the_desk_s_status_is_not_saved_silently(desk_window, qtbot, desk_folder):
    """QA: Ctrl+Z after Send to Editor took the status back in the editor, and Ctrl+S wrote
    the old status: the desk's step reversed with no question."""
    window = desk_window()
    file, tab = open_story(window, desk_folder)
    caret_before(tab, LAST)
    qtbot.keyClicks(tab.editor, "Kalimat baru. ")
    select(window, STORY)
    window.desk.panel.action_buttons["review"].click()
    assert meta(file)["status"] == "review" and "status: review" in tab.editor_text()
    tab.editor.undo()  # the desk's step is the newest one
    assert "status: draft" in tab.editor_text()
    seen = answer_box(qtbot, "Cancel")
    window.registry["save"].trigger()
    assert len(seen) == 1 and meta(file)["status"] == "review"
    box = seen[0]
    assert box["name"] == "desk_status_question"
    assert box["text"] == (
        "The desk set “Banjir Rendam Jakarta Utara” to Review; your text says Draft now (an Undo "
        "may have taken the desk's change back)."
    )
    assert box["default"] == "&Keep Review"
    answer_box(qtbot, "&Keep Review")
    window.registry["save"].trigger()
    saved = file.read_text(encoding="utf-8")
    assert meta(file)["status"] == "review" and "Kalimat baru. " + LAST in saved
    assert not tab.is_dirty()
    wait_status(qtbot, window, STORY, "review")


def test_the_text_s_own_status_is_saved_when_chosen_and_asked_once(desk_window, qtbot, desk_folder):
    window = desk_window()
    file, tab = open_story(window, desk_folder)
    select(window, STORY)
    window.desk.panel.action_buttons["review"].click()  # a clean tab: it reloads
    tab.editor.undo()
    assert "status: draft" in tab.editor_text() and tab.is_dirty()
    seen = answer_box(qtbot, "Save with Draft")
    window.registry["save"].trigger()
    assert len(seen) == 1 and meta(file)["status"] == "draft"
    type_at_end(qtbot, tab, "x")
    window.registry["save"].trigger()  # not asked again (strict: a box would hang here)
    assert meta(file)["status"] == "draft" and not tab.is_dirty()


def without_editor(desk_folder):
    file = desk_folder / STORY
    file.write_text(file.read_text(encoding="utf-8").replace("editor: Dewi Lestari\n", ""), "utf-8")
    return file


def test_ready_names_the_user_as_the_editor_when_the_story_has_none(
    desk_window, qtbot, desk_folder
):
    """QA: Ready never filled ``editor:``; the Editor column stayed empty and Mine did not list
    the editor's stories."""
    file = without_editor(desk_folder)
    window = desk_window()
    select(window, STORY)
    window.desk.panel.action_buttons["review"].click()  # the reporter sends it: not the editor
    assert meta(file)["status"] == "review" and "editor" not in meta(file)
    select(window, STORY)
    window.desk.panel.action_buttons["ready"].click()
    assert meta(file)["status"] == "ready" and meta(file)["editor"] == "Budi Santoso"
    model = window.desk.panel.model
    qtbot.waitUntil(lambda: model.entry(model.row_of(STORY)).editor == "Budi Santoso",
                    timeout=TIMEOUT)  # fmt: skip


def test_an_editor_already_named_is_kept(desk_window, qtbot, desk_folder):
    window = desk_window()
    select(window, STORY)
    window.desk.panel.action_buttons["ready"].click()
    assert meta(desk_folder / STORY)["editor"] == "Dewi Lestari"


def test_an_open_story_gets_the_editor_with_the_status(desk_window, qtbot, desk_folder):
    file = without_editor(desk_folder)
    window = desk_window()
    _file, tab = open_story(window, desk_folder)
    type_at_end(qtbot, tab, "Kalimat baru.")
    select(window, STORY)
    window.desk.panel.action_buttons["ready"].click()
    assert "editor: Budi Santoso\n" in tab.editor_text() and tab.is_dirty()
    window.registry["save"].trigger()  # no question: the text is the file's and more
    assert meta(file)["editor"] == "Budi Santoso" and meta(file)["status"] == "ready"
    assert file.read_text(encoding="utf-8").endswith("Kalimat baru.")


def test_a_status_chosen_after_the_desk_s_is_saved_without_a_question(
    desk_window, qtbot, desk_folder
):
    """Review: the tab remembered the desk's Ready for ever, so a later Review chosen in the
    details panel asked at Save with Keep Ready the default, and Enter kept the story ready."""
    window = desk_window()
    file, tab = open_story(window, desk_folder)
    select(window, STORY)
    window.desk.panel.action_buttons["ready"].click()
    type_at_end(qtbot, tab, " Tambahan.")
    window.registry["save"].trigger()  # the file says ready: the desk's step is kept
    combo = tab.metadata_panel.status_combo
    combo.setCurrentIndex(combo.findData("review"))
    combo.activated.emit(combo.currentIndex())  # chosen by the user, as a click does
    assert "status: review" in tab.editor_text()
    window.registry["save"].trigger()  # strict: a question box would hang here
    assert meta(file)["status"] == "review" and not tab.is_dirty()


def test_a_save_forgets_the_desk_s_status(desk_window, qtbot, desk_folder):
    window = desk_window()
    file, tab = open_story(window, desk_folder)
    select(window, STORY)
    window.desk.panel.action_buttons["review"].click()
    assert tab.desk_status == "review"
    type_at_end(qtbot, tab, " Tambahan.")
    window.registry["save"].trigger()
    assert tab.desk_status is None and meta(file)["status"] == "review"


def test_keep_puts_back_the_editor_and_the_live_address_the_desk_wrote(
    desk_window, qtbot, desk_folder
):
    """QA23: Keep after an Undo of Ready put back only the status: the ready story lost the
    editor the step named; after Published, the live address the user gave was lost."""
    file = without_editor(desk_folder)
    window = desk_window()
    _file, tab = open_story(window, desk_folder)
    type_at_end(qtbot, tab, " Tambahan.")
    select(window, STORY)
    window.desk.panel.action_buttons["ready"].click()
    assert "editor: Budi Santoso\n" in tab.editor_text()
    tab.editor.undo()  # the whole step: status and editor
    assert "status: draft" in tab.editor_text() and "editor:" not in tab.editor_text()
    answer_box(qtbot, "&Keep Ready")
    window.registry["save"].trigger()
    assert meta(file)["status"] == "ready" and meta(file)["editor"] == "Budi Santoso"
    address = "https://netizen.co.id/2026/12/banjir-jakarta.html"
    type_at_end(qtbot, tab, " Lagi.")
    select(window, STORY)
    answer_input(qtbot, address)
    window.desk.panel.action_buttons["published"].click()
    assert f"url: {address}\n" in tab.editor_text()
    tab.editor.undo()
    assert "url:" not in tab.editor_text()
    answer_box(qtbot, "&Keep Published")
    window.registry["save"].trigger()
    assert meta(file)["status"] == "published" and meta(file)["url"] == address
    assert meta(file)["editor"] == "Budi Santoso" and file.read_text("utf-8").endswith("Lagi.")
