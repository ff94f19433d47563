"""While a colleague holds a story taken over from this tab, every save of the tab asks
(QA34 F1): after one Overwrite in the conflict question, every later Ctrl+S wrote over the
story they hold without a word, their tab reloading it each time. The notices that stopped
being true go (QA34 F5), and the take-over bar says what is true after each answer (RV3 #7).
Two windows in one process with two user names on one folder."""

from __future__ import annotations

from netizen_editor.gui.dialogs.compare_dialog import CompareDialog
from netizen_editor.gui.window.locking import FOLLOW_MS
from netizen_editor.storage.locks import read_lock
from tests.gui import TIMEOUT, Recorder, type_at_end
from tests.gui.window.test_headline_changed import OLD_TITLE
from tests.gui.window.test_lock_following import reader, taken_by_rina
from tests.gui.window.test_lock_taken_back import holds
from tests.gui.window.test_locking import two_writers

TAKEN = "Rina has taken over “Judul Uji Coba” since"
#: after Overwrite: every save asks while she holds it (RV3 #7: it said "before they overwrite
#: a change of theirs", as if only a change of hers were asked about)
SAVED_OVER = (
    "You saved your text over “Judul Uji Coba”, which Rina still has open; each save asks you "
    "first while they do."
)


def test_every_save_asks_while_the_colleague_holds_the_story(
    make_window, qtbot, article_file, monkeypatch
):
    first, mine = two_writers(make_window, qtbot, article_file, monkeypatch)
    first.prompts.disk_conflict = Recorder("overwrite")  # her save met: the first question
    first.registry["save"].trigger()
    assert article_file.read_text(encoding="utf-8").endswith("Versi Budi.")
    assert read_lock(article_file).user == "Rina"  # she still holds it, live
    # the notice no longer offers to save the text as a copy or compare it: it is saved
    assert mine.info_bar.shown == SAVED_OVER and not mine.info_bar.offering
    type_at_end(qtbot, mine, " Lagi.")
    asked = Recorder("cancel")
    first.prompts.disk_conflict = asked
    first.registry["save"].trigger()
    assert len(asked.calls) == 1  # asked again, naming who holds it, her file unchanged
    call = asked.calls[0]
    assert call[:3] == ("uji-coba.md", "Rina", "") and call[3].startswith(TAKEN)
    assert article_file.read_text(encoding="utf-8").endswith("Versi Budi.")  # not written
    assert mine.is_dirty() and mine.editor_text().endswith("Versi Budi. Lagi.")  # nothing lost
    first.prompts.disk_conflict = Recorder("overwrite")  # he decides: his text again
    first.registry["save"].trigger()
    assert article_file.read_text(encoding="utf-8").endswith("Versi Budi. Lagi.")
    assert not mine.is_dirty() and read_lock(article_file).user == "Rina"


def test_a_save_asks_when_the_taker_has_not_saved_yet(
    make_window, qtbot, article_file, monkeypatch
):
    first, mine, second, theirs = taken_by_rina(make_window, qtbot, monkeypatch, article_file)
    before = article_file.read_text(encoding="utf-8")
    first.prompts.disk_conflict = Recorder("compare")
    first.registry["save"].trigger()  # her file is the one his tab loaded: asked all the same
    assert article_file.read_text(encoding="utf-8") == before
    dialog = first.findChild(CompareDialog, "compare_dialog")
    assert dialog is not None and dialog.isVisible()
    dialog.conflict_buttons["overwrite"].click()  # Save Mine in the compare window: asked there
    assert article_file.read_text(encoding="utf-8").endswith("Versi Budi.")
    assert mine.info_bar.shown == SAVED_OVER
    second.files.check_disk(theirs)  # her clean tab takes his text, saying who wrote it
    assert theirs.editor_text().endswith("Versi Budi.")


def test_the_story_is_his_again_once_she_closes_it_and_saves_no_longer_ask(
    make_window, qtbot, article_file, monkeypatch
):
    first, mine, second, theirs = taken_by_rina(make_window, qtbot, monkeypatch, article_file)
    first.prompts.disk_conflict = Recorder("overwrite")
    first.registry["save"].trigger()
    assert mine.info_bar.shown == SAVED_OVER
    second.files.close_tab(theirs)
    assert read_lock(article_file) is None
    qtbot.waitUntil(lambda: holds(first, mine, article_file), timeout=3 * FOLLOW_MS)
    assert "it is yours again" in mine.info_bar.shown  # over the notice it replaced
    type_at_end(qtbot, mine, " Lagi.")
    first.prompts.disk_conflict = Recorder("cancel")
    first.registry["save"].trigger()
    assert first.prompts.disk_conflict.calls == []  # his story again: saved unasked
    assert article_file.read_text(encoding="utf-8").endswith("Versi Budi. Lagi.")


def test_taking_a_followed_story_drops_the_words_about_its_holder(
    make_window, qtbot, article_file, monkeypatch
):
    """Rina follows Budi's save read-only, its new title said; his app goes, she edits it: the
    notice no longer says "the colleague who has it open", the title's change stays (F5)."""
    first, _second, tab, bar = reader(make_window, monkeypatch, article_file)
    mine = first.current_tab()
    mine.replace_text(mine.editor_text().replace(OLD_TITLE, "title: Judul Baru\n"))
    first.registry["save"].trigger()
    qtbot.waitUntil(lambda: "title: Judul Baru" in tab.editor_text(), timeout=TIMEOUT)
    assert tab.info_bar.shown.startswith("uji-coba.md was saved by the colleague who has it")
    first.files.close_tab(mine)
    qtbot.waitUntil(lambda: bar.edit_button.isVisible(), timeout=TIMEOUT)
    bar.edit_button.click()
    assert not tab.read_only
    assert tab.info_bar.shown == "Title changed by Budi: «Judul Uji Coba» → «Judul Baru»."


def test_taking_a_followed_story_drops_a_notice_of_their_save_alone(
    make_window, qtbot, article_file, monkeypatch
):
    first, _second, tab, bar = reader(make_window, monkeypatch, article_file)
    mine = first.current_tab()
    type_at_end(qtbot, mine, "Versi Budi.")
    first.registry["save"].trigger()
    qtbot.waitUntil(lambda: tab.editor_text().endswith("Versi Budi."), timeout=TIMEOUT)
    said = "uji-coba.md was saved by the colleague who has it open: this is their new text."
    assert tab.info_bar.shown == said
    first.files.close_tab(mine)
    qtbot.waitUntil(lambda: bar.edit_button.isVisible(), timeout=TIMEOUT)
    bar.edit_button.click()
    assert not tab.read_only and tab.info_bar.shown == ""


def test_the_real_question_names_the_taker_and_enter_cancels(make_window, qtbot, article_file):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from netizen_editor.gui.dialogs.prompts import Prompts

    window = make_window([article_file])
    seen: list[tuple[str, str, str]] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        seen.append((box.windowTitle(), box.text(), box.defaultButton().text()))
        qtbot.keyClick(box, Qt.Key.Key_Return)

    sentence = "R{i}na has taken over “Judul Uji Coba” since 07:10 WIB; your text is still here."
    QTimer.singleShot(50, look)
    answer = Prompts(window).disk_conflict("uji-coba.md", "R{i}na", "", sentence)
    assert answer == "cancel"  # Enter never writes over the story she holds
    assert seen == [("Story Open Elsewhere", sentence, "Cancel")]


def test_after_reload_theirs_the_bar_no_longer_offers_the_text_here(
    make_window, qtbot, article_file, monkeypatch
):
    """Reload Theirs: the tab shows the text on disk; the bar said "your text is still here:
    save it as a copy, or compare it", with Compare, which compared her text with itself."""
    first, mine = two_writers(make_window, qtbot, article_file, monkeypatch)
    theirs = article_file.read_text(encoding="utf-8")
    first.prompts.disk_conflict = Recorder("reload")
    first.registry["save"].trigger()
    assert mine.editor_text() == theirs and not mine.is_dirty()
    assert mine.info_bar.shown == (
        "“Judul Uji Coba” now shows the text on disk (Undo brings yours back); Rina still has "
        "it open, and each save asks you first while they do."
    )
    assert not mine.info_bar.offering
    mine.editor.undo()  # his text back, as the bar says
    assert mine.editor_text().endswith("Versi Budi.")
    asked = Recorder("cancel")
    first.prompts.disk_conflict = asked
    first.registry["save"].trigger()
    assert len(asked.calls) == 1 and asked.calls[0][3].startswith(TAKEN)  # asks, as it says
    assert article_file.read_text(encoding="utf-8") == theirs


def test_after_cancel_or_compare_the_bar_still_offers_the_text_here(
    make_window, qtbot, article_file, monkeypatch
):
    first, mine = two_writers(make_window, qtbot, article_file, monkeypatch)
    notice = mine.info_bar.shown
    for answer in ("cancel", "compare"):  # nothing saved or loaded: still true
        first.prompts.disk_conflict = Recorder(answer)
        first.registry["save"].trigger()
        assert mine.info_bar.shown == notice and mine.info_bar.offering
        assert mine.is_dirty() and mine.editor_text().endswith("Versi Budi.")
