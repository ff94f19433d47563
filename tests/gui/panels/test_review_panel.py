"""The Review panel on the real window: the marks listed in order with who and when; accept,
reject, accept all, reply and resolve change the text, each one undo step; suggest mode from the
window's action, attributed to the settings' author."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from netizen_editor.grammar.inline import critic_marks
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT
from tests.gui.exporting import export_now
from tests.gui.preview_fixtures import js

ARTICLE = """---
title: Banjir Jakarta
---
JAKARTA - Banjir {++besar ++}{>>@Bambang (2026-12-06T10:30+07:00)<<}melanda kota.

Warga {--terpaksa --}{>>@Bambang (2026-12-06T10:31+07:00)<<}mengungsi ke masjid.

Petugas {~~merubah~>mengubah~~}{>>@Rina (2026-12-06T10:32+07:00)<<} jalur bus.

{==Dua orang==}{>>@Rina (2026-12-06T10:33+07:00): Sumbernya siapa?<<} hilang.

{>>@Rina (2026-12-06T10:34+07:00): Tambah foto?<<}
"""


def open_review(make_window, tmp_path: Path, text: str = ARTICLE):
    path = tmp_path / "banjir.md"
    path.write_text(text, encoding="utf-8")
    window = make_window([path], settings=replace(Settings(), default_author="Dewi"))
    tab = window.current_tab()
    dock = window.review_dock
    return window, tab, dock


def wait_marks(qtbot, dock, count: int) -> None:
    qtbot.waitUntil(lambda: len(dock.panel.marks()) == count, timeout=TIMEOUT)


def test_the_panel_lists_every_mark_in_order_with_who(make_window, qtbot, tmp_path):
    _window, _tab, dock = open_review(make_window, tmp_path)
    wait_marks(qtbot, dock, 5)
    marks = dock.panel.marks()
    assert [m.kind for m in marks] == ["insert", "delete", "substitute", "highlight", "comment"]
    assert [m.author for m in marks] == ["Bambang", "Bambang", "Rina", "Rina", "Rina"]
    first = dock.panel.list.item(0).text()
    assert "Bambang" in first and "besar" in first
    assert dock.panel.summary.text() == "3 suggestions, 2 comments"  # no translator in tests


def test_accept_and_reject_one_each_one_undo_step(make_window, qtbot, tmp_path):
    _window, tab, dock = open_review(make_window, tmp_path)
    wait_marks(qtbot, dock, 5)
    dock.panel.list.setCurrentRow(0)
    qtbot.mouseClick(dock.panel.accept_button, Qt.MouseButton.LeftButton)
    assert "Banjir besar melanda kota." in tab.editor_text()
    dock.panel.list.setCurrentRow(0)  # now the deletion
    qtbot.mouseClick(dock.panel.reject_button, Qt.MouseButton.LeftButton)
    assert "Warga terpaksa mengungsi" in tab.editor_text()
    tab.editor.undo()
    assert "{--terpaksa --}" in tab.editor_text()  # the rejection alone undone
    tab.editor.undo()
    assert tab.editor_text() == ARTICLE


def test_accept_all_leaves_no_suggestion(make_window, qtbot, tmp_path):
    _window, tab, dock = open_review(make_window, tmp_path)
    wait_marks(qtbot, dock, 5)
    qtbot.mouseClick(dock.panel.accept_all_button, Qt.MouseButton.LeftButton)
    text = tab.editor_text()
    assert [m.kind for m in critic_marks(text)] == ["highlight", "comment"]  # the discussion
    assert "Banjir besar melanda kota." in text and "Warga mengungsi" in text
    assert "Petugas mengubah jalur" in text and "Sumbernya siapa?" in text
    assert [m.kind for m in dock.panel.marks()] == ["highlight", "comment"]


def test_accept_all_resolves_a_mark_formed_where_two_texts_met_in_one_undo_step(
    make_window, qtbot, tmp_path
):
    front = "---\ntitle: Uji\nid: 1b4e28ba-2fa1-11d2-883f-0016d3cca427\n---\n\n"
    text = front + "Harga {{--x--}++ naik ++} kini.\n"
    _window, tab, dock = open_review(make_window, tmp_path, text)
    wait_marks(qtbot, dock, 1)
    qtbot.mouseClick(dock.panel.accept_all_button, Qt.MouseButton.LeftButton)
    assert tab.editor_text().endswith("Harga  naik  kini.\n")  # "{" and "++ naik ++}" met
    qtbot.waitUntil(lambda: dock.panel.marks() == [], timeout=TIMEOUT)
    tab.editor.undo()
    assert tab.editor_text() == text


def test_reply_and_resolve_a_comment(make_window, qtbot, tmp_path):
    _window, tab, dock = open_review(make_window, tmp_path)
    wait_marks(qtbot, dock, 5)
    dock.ask_reply = lambda: "Dari BPBD."
    dock.panel.list.setCurrentRow(4)
    qtbot.mouseClick(dock.panel.reply_button, Qt.MouseButton.LeftButton)
    text = tab.editor_text()
    assert "Tambah foto?<<}{>>@Dewi (" in text and "): Dari BPBD.<<}" in text
    wait_marks(qtbot, dock, 6)
    dock.panel.list.setCurrentRow(4)
    qtbot.mouseClick(dock.panel.resolve_button, Qt.MouseButton.LeftButton)
    text = tab.editor_text()
    assert "Tambah foto" not in text and "Dari BPBD" not in text  # with its reply


def test_resolving_a_comment_of_its_own_takes_its_blank_lines(make_window, qtbot, tmp_path):
    """The import's letterhead comment resolved left three empty lines above the lead (QA37
    #14): one blank line is left between the blocks, and one undo brings it all back."""
    text = (
        "---\ntitle: Desa Digital\n---\n\n{>>@Impor: PEMERINTAH PROVINSI JAWA BARAT\n"
        "Nomor: 045/HUMAS/XII/2026<<}\n\nPemprov meluncurkan {>>@Impor: Narahubung<<} program.\n"
    )
    _window, tab, dock = open_review(make_window, tmp_path, text)
    wait_marks(qtbot, dock, 2)
    for _ in range(2):
        dock.panel.list.setCurrentRow(0)
        qtbot.mouseClick(dock.panel.resolve_button, Qt.MouseButton.LeftButton)
    # (and the comment in a sentence takes one of the spaces around it)
    assert tab.editor_text() == "---\ntitle: Desa Digital\n---\n\nPemprov meluncurkan program.\n"
    tab.editor.undo()
    tab.editor.undo()
    assert tab.editor_text() == text


RINA, BUDI = "@Rina (2026-12-06T10:33+07:00)", "@Budi (2026-12-06T10:40+07:00)"
DELETION = "{--terpaksa --}{>>@Bambang (2026-12-06T10:31+07:00)<<}"
THREADS = (
    "---\ntitle: Banjir Jakarta\n---\n"
    f"{{==Dua orang==}}{{>>{RINA}: Sumbernya siapa?<<}}{{>>{BUDI}: Dari BPBD.<<}} hilang.\n\n"
    f"Warga {DELETION}{{>>@Rina (2026-12-06T10:41+07:00): Kenapa dihapus?<<}}mengungsi.\n\n"
    "{>>@Rina (2026-12-06T10:34+07:00): Tambah foto?<<} "
    "{>>@Dewi (2026-12-06T10:35+07:00): Nanti.<<}\n"
)


def test_replies_are_shown_under_the_mark_they_answer(make_window, qtbot, tmp_path):
    _window, _tab, dock = open_review(make_window, tmp_path, THREADS)
    wait_marks(qtbot, dock, 6)
    texts = [dock.panel.list.item(n).text() for n in range(6)]
    replies = [t.startswith("↪ Reply · ") for t in texts]
    indented = [dock.panel.list.item(n).data(Qt.ItemDataRole.DecorationRole) is not None
                for n in range(6)]  # fmt: skip
    assert indented == replies
    # the Budi's answer to the highlight, Rina's to the deletion; a comment after a space is
    # a comment of its own
    assert replies == [False, True, False, True, False, False]
    assert "Dari BPBD." in texts[1] and "(line" not in texts[1]
    assert "Kenapa dihapus?" in texts[3]
    assert texts[5].startswith("Comment · Dewi")


def test_resolve_on_a_reply_resolves_its_thread(make_window, qtbot, tmp_path):
    _window, tab, dock = open_review(make_window, tmp_path, THREADS)
    wait_marks(qtbot, dock, 6)
    dock.panel.list.setCurrentRow(1)  # Budi's reply to the highlight
    qtbot.mouseClick(dock.panel.resolve_button, Qt.MouseButton.LeftButton)
    text = tab.editor_text()
    assert "Dua orang hilang." in text  # the highlight's text stays, plain
    assert "Sumbernya" not in text and "BPBD" not in text
    wait_marks(qtbot, dock, 4)
    dock.panel.list.setCurrentRow(1)  # Rina's question under the deletion
    qtbot.mouseClick(dock.panel.resolve_button, Qt.MouseButton.LeftButton)
    text = tab.editor_text()
    assert "Kenapa dihapus" not in text  # the reply goes
    assert DELETION + "mengungsi" in text  # not the deletion
    wait_marks(qtbot, dock, 3)
    dock.ask_reply = lambda: "Oke."
    dock.panel.list.setCurrentRow(0)  # the deletion: a reply goes after its thread
    qtbot.mouseClick(dock.panel.reply_button, Qt.MouseButton.LeftButton)
    assert "<<}{>>@Dewi (" in tab.editor_text()
    wait_marks(qtbot, dock, 4)
    assert dock.panel.list.item(1).text().startswith("↪ Reply · Dewi")


def test_without_an_author_in_settings_the_status_bar_names_the_login_used(
    make_window, qtbot, tmp_path, monkeypatch
):
    import getpass

    monkeypatch.setattr(getpass, "getuser", lambda: "rina")
    path = tmp_path / "banjir.md"
    path.write_text("---\ntitle: Uji\n---\nSatu dua.\n", encoding="utf-8")
    window = make_window([path], settings=replace(Settings(), default_author=""))
    window.registry["suggest_mode"].trigger()
    label = window.status.suggesting
    assert label.isVisible() and "rina" in label.text()
    assert "Settings" in label.toolTip()  # where to put one's own name


def test_suggest_mode_from_the_window_uses_the_settings_author(make_window, qtbot, tmp_path):
    window, tab, dock = open_review(make_window, tmp_path, "---\ntitle: Uji\n---\nSatu dua.\n")
    action = window.registry["suggest_mode"]
    action.trigger()
    assert tab.editor.suggester.active and action.isChecked()
    assert window.status.suggesting.isVisible()
    assert "Dewi" in window.status.suggesting.text()  # whose name the suggestions carry
    cursor = tab.editor.textCursor()
    cursor.setPosition(tab.editor_text().index(" dua"))
    tab.editor.setTextCursor(cursor)
    qtbot.keyClicks(tab.editor, " tiga")
    [mark] = critic_marks(tab.editor_text())
    assert (mark.kind, mark.text, mark.author) == ("insert", " tiga", "Dewi")
    wait_marks(qtbot, dock, 1)
    action.trigger()
    assert not tab.editor.suggester.active and not window.status.suggesting.isVisible()
    dock.dock.close()
    window.registry["review_panel"].trigger()
    assert dock.dock.isVisible()


def test_the_preview_shows_the_marks_or_the_text_as_accepted(make_window, qtbot, tmp_path):
    window, tab, _dock = open_review(make_window, tmp_path)
    preview = tab.preview

    def body() -> str:
        return js(qtbot, preview, "document.getElementById('nz-body').innerHTML") or ""

    qtbot.waitUntil(lambda: preview.applied_job >= 1, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: 'class="nz-added"' in body(), timeout=TIMEOUT)
    assert 'class="nz-deleted"' in body() and 'class="nz-note"' in body()
    window.registry["preview_final"].trigger()
    qtbot.waitUntil(lambda: "nz-added" not in body(), timeout=TIMEOUT)
    assert "Banjir besar melanda kota." in body() and "Sumbernya" not in body()
    window.registry["preview_final"].trigger()
    qtbot.waitUntil(lambda: 'class="nz-added"' in body(), timeout=TIMEOUT)


def test_the_export_dialog_offers_the_review_panel_and_refuses_the_marks(
    make_window, qtbot, tmp_path
):
    window, tab, dock = open_review(make_window, tmp_path)
    qtbot.waitUntil(lambda: tab.snapshot() is not None and tab.snapshot().checked, timeout=TIMEOUT)
    dialog = window.open_export_dialog()
    qtbot.waitExposed(dialog)
    warning = dialog.checks_warning
    assert warning is not None and warning.review_button is not None
    assert not dialog.export_button.isEnabled()  # no "export anyway": it would be refused
    assert export_now(qtbot, dialog) == []  # an export never publishes a suggestion
    refused = dialog.result_label.text()
    assert "banjir.md:4:" in refused and "review" in refused and "--accept-all" in refused
    dock.dock.close()
    qtbot.mouseClick(warning.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)
    assert dock.dock.isVisible()
    first = (
        tab.editor_text()
        .splitlines()
        .index(next(line for line in tab.editor_text().splitlines() if "{++" in line))
    )
    assert tab.editor.textCursor().blockNumber() == first


def test_the_editors_read_as_accepted_from_the_review_menu(make_window, qtbot, tmp_path):
    window, tab, _dock = open_review(make_window, tmp_path)
    assert window.registry["marks_all"].isChecked()
    window.registry["marks_accepted"].trigger()
    assert tab.editor.highlighter.mark_display == "accepted"
    window.files.new_article()  # a tab opened now reads the same way
    assert window.current_tab().editor.highlighter.mark_display == "accepted"
    window.registry["marks_all"].trigger()
    assert all(t.editor.highlighter.mark_display == "all" for t in window.all_tabs())
    assert tab.editor_text() == ARTICLE  # only the reading changed


def test_a_new_comment_on_the_selected_words(make_window, qtbot, tmp_path):
    window, tab, dock = open_review(
        make_window, tmp_path, "---\ntitle: Uji\n---\nDua orang hilang.\n"
    )
    dock.ask_comment = lambda: "Sumbernya siapa?"
    start = tab.editor_text().index("Dua orang")
    cursor = tab.editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("Dua orang"), QTextCursor.MoveMode.KeepAnchor)
    tab.editor.setTextCursor(cursor)
    window.registry["add_comment"].trigger()
    [mark] = critic_marks(tab.editor_text())
    assert (mark.kind, mark.text, mark.author, mark.comment) == (
        "highlight", "Dua orang", "Dewi", "Sumbernya siapa?")  # fmt: skip
    tab.editor.undo()
    assert tab.editor_text() == "---\ntitle: Uji\n---\nDua orang hilang.\n"


def test_a_comments_text_holds_no_delimiter_of_a_mark(make_window, qtbot, tmp_path):
    window, tab, dock = open_review(make_window, tmp_path, "---\ntitle: Uji\n---\nSatu.\n")
    dock.ask_comment = lambda: "lihat {++x++}\n dan  <<} ya"
    cursor = tab.editor.textCursor()
    cursor.setPosition(tab.editor_text().index("Satu."))
    tab.editor.setTextCursor(cursor)
    window.registry["add_comment"].trigger()
    [mark] = critic_marks(tab.editor_text())  # one comment, on one line: nothing else opened
    assert (mark.kind, mark.author, mark.text) == ("comment", "Dewi", "lihat (++x++) dan <<) ya")


def test_enter_in_suggest_mode_breaks_the_line_outside_the_suggestion(make_window, qtbot, tmp_path):
    window, tab, _dock = open_review(make_window, tmp_path, "---\ntitle: Uji\n---\nSatu.\n")
    window.registry["suggest_mode"].trigger()
    cursor = tab.editor.textCursor()
    cursor.setPosition(tab.editor_text().index("Satu.") + 5)
    tab.editor.setTextCursor(cursor)
    qtbot.keyClicks(tab.editor, " Dua.")
    qtbot.keyClick(tab.editor, Qt.Key.Key_Return)
    qtbot.keyClick(tab.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.editor, "Paragraf baru.")
    marks = critic_marks(tab.editor_text())
    assert [m.text for m in marks] == [" Dua.", "Paragraf baru."]  # two, neither over a break
    assert "<<}\n\n{++Paragraf baru.++}" in tab.editor_text()


def test_after_a_resolve_the_focus_is_on_the_list_not_on_accept_all(make_window, qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    text = f"---\ntitle: T\n---\nWarga {DELETION}mengungsi. {{>>{RINA}: Sumbernya?<<}}\n"
    _window, tab, dock = open_review(make_window, tmp_path, text)
    wait_marks(qtbot, dock, 2)
    dock.panel.list.setCurrentRow(1)  # the comment, the last: the deletion's row comes next
    dock.panel.resolve_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dock.panel.resolve_button)
    qtbot.keyClick(dock.panel.resolve_button, Qt.Key.Key_Space)
    wait_marks(qtbot, dock, 1)
    assert not dock.panel.resolve_button.isEnabled()  # the deletion is selected now
    assert QApplication.focusWidget() is dock.panel.list
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # nothing decided by a Space
    assert len(dock.panel.marks()) == 1 and DELETION in tab.editor_text()


def test_a_story_opened_read_only_offers_no_decision(make_window, qtbot, tmp_path):
    _window, tab, dock = open_review(make_window, tmp_path, THREADS)
    wait_marks(qtbot, dock, 6)
    buttons = dock.panel._buttons
    assert dock.panel.accept_all_button.isEnabled()
    tab.set_read_only(True)  # as a colleague's story is opened
    qtbot.waitUntil(lambda: not any(b.isEnabled() for b in buttons))
    dock.panel.list.setCurrentRow(2)
    assert not any(b.isEnabled() for b in buttons)
    tab.set_read_only(False)  # the lock taken over
    qtbot.waitUntil(lambda: dock.panel.accept_all_button.isEnabled())
    assert dock.panel.accept_button.isEnabled()  # row 2: the deletion


def test_the_reply_box_quotes_what_it_answers(make_window, qtbot, tmp_path):
    _window, tab, dock = open_review(make_window, tmp_path, THREADS)
    wait_marks(qtbot, dock, 6)
    asked = []
    dock._ask = lambda title, label: asked.append((title, label)) or "Dari BPBD."
    dock.panel.list.setCurrentRow(0)  # the highlight and its question
    qtbot.mouseClick(dock.panel.reply_button, Qt.MouseButton.LeftButton)
    assert asked == [("Reply", "Your reply to Rina, who wrote “Sumbernya siapa?”:")]
    assert "): Dari BPBD.<<}" in tab.editor_text()


def test_a_comment_on_review_marks_is_refused_and_says_why(make_window, qtbot, tmp_path):
    # a highlight around a mark (or a comment inside one) would make its syntax text
    window, tab, dock = open_review(make_window, tmp_path)
    asked: list[bool] = []
    dock.ask_comment = lambda: asked.append(True) or "Cek lagi."
    text = tab.editor_text()
    cursor = tab.editor.textCursor()
    cursor.setPosition(text.index("JAKARTA"))
    cursor.setPosition(text.index("melanda"), QTextCursor.MoveMode.KeepAnchor)
    tab.editor.setTextCursor(cursor)
    window.registry["add_comment"].trigger()
    assert tab.editor_text() == text and not asked
    assert "holds or lies inside a review mark" in window.statusBar().currentMessage()
    cursor.setPosition(text.index("esar"))  # inside a suggestion's text
    cursor.setPosition(text.index("ar "), QTextCursor.MoveMode.KeepAnchor)
    tab.editor.setTextCursor(cursor)
    window.registry["add_comment"].trigger()
    assert tab.editor_text() == text and not asked
    assert "holds or lies inside a review mark" in window.statusBar().currentMessage()
    cursor.setPosition(text.index("melanda"))  # just after the mark: a comment is made
    cursor.setPosition(text.index(" kota"), QTextCursor.MoveMode.KeepAnchor)
    tab.editor.setTextCursor(cursor)
    window.registry["add_comment"].trigger()
    new = tab.editor_text()
    assert asked and "{==melanda==}{>>@Dewi" in new
    assert [m.kind for m in critic_marks(new)][:2] == ["insert", "highlight"]


def test_a_new_story_starts_out_of_suggest_mode(make_window, qtbot, tmp_path):
    """Suggest mode is for someone else's story: a reviewer who starts a story of their own
    writes it (QA: a template's fields filled in suggest mode became suggestions)."""
    window, tab, _dock = open_review(make_window, tmp_path)
    action = window.registry["suggest_mode"]
    action.trigger()
    assert action.isChecked() and tab.editor.suggester.active
    window.registry["new"].trigger()  # a blank story
    new = window.current_tab()
    assert new is not tab and not new.editor.suggester.active
    assert not action.isChecked() and not window.status.suggesting.isVisible()
    assert "Suggest mode is off" in window.statusBar().currentMessage()
    qtbot.keyClicks(new.editor, "Kata")
    assert "{++" not in new.editor_text()
    action.trigger()  # back on, for the reviewed story
    window.registry["new_from_template"].trigger()
    dialog = window.templates.dialog
    assert dialog is not None and dialog.select("berita")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: len(window.all_tabs()) == 3, timeout=TIMEOUT)
    assert not window.current_tab().editor.suggester.active and not action.isChecked()
    assert "Suggest mode is off" in window.statusBar().currentMessage()  # said here too
    window.activate_tab(tab)
    assert not tab.editor.suggester.active  # one mode for the window, as the menu shows


def test_a_comment_asked_for_inside_a_suggestion_just_typed_annotates_it(
    make_window, qtbot, tmp_path
):
    # QA10: the cursor stays inside the insertion typed in suggest mode, and Ctrl+Alt+M said
    # "put it before or after the mark"; the comment now goes after the mark and its thread
    story = "---\ntitle: Uji\n---\nWarga berunjuk rasa.\n\nParagraf kedua.\n"
    window, tab, dock = open_review(make_window, tmp_path, story)
    dock.ask_comment = lambda: "Siapa yang menuntut?"
    window.registry["suggest_mode"].trigger()
    cursor = tab.editor.textCursor()
    cursor.setPosition(story.index("rasa.") + len("rasa."))
    tab.editor.setTextCursor(cursor)
    qtbot.keyClicks(tab.editor, " Mereka menuntut dialog terbuka.")
    typed = tab.editor_text()
    inside = typed.index("++}")
    assert tab.editor.textCursor().position() == inside  # the cursor is in the mark
    window.registry["add_comment"].trigger()
    text = tab.editor_text()
    marks = critic_marks(text)
    assert [(m.kind, m.text, m.author) for m in marks] == [
        ("insert", " Mereka menuntut dialog terbuka.", "Dewi"),
        ("comment", "Siapa yang menuntut?", "Dewi")]  # fmt: skip
    # right after the insertion and its attribution: a reply in its thread, before the break
    assert marks[0].end == typed.index("\n\nParagraf") == marks[1].start
    assert text[: marks[0].end] == typed[: marks[0].end]
    assert text[marks[1].end :] == "\n\nParagraf kedua.\n"
    assert tab.editor.textCursor().position() == marks[1].end  # after the new comment
    tab.editor.undo()
    assert tab.editor_text() == typed  # one undo step


def test_a_refusal_shown_above_the_text_goes_once_the_user_acted(make_window, qtbot, tmp_path):
    # QA10: the refusal, shown whole above the text at 1366x768, stayed there after a reply
    # was made and after a save
    window, tab, dock = open_review(make_window, tmp_path, THREADS)
    window.status.fits = lambda message: "review mark" not in message  # (id, at 1366x768)
    wait_marks(qtbot, dock, 6)
    dock.ask_comment = lambda: "Cek lagi."
    dock._ask = lambda title, label: "Dari BPBD."

    def refuse() -> None:
        cursor = tab.editor.textCursor()
        cursor.setPosition(THREADS.index("{=="))
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        tab.editor.setTextCursor(cursor)
        window.registry["add_comment"].trigger()
        assert "review mark" in tab.info_bar.shown

    refuse()
    dock.panel.list.setCurrentRow(0)
    qtbot.mouseClick(dock.panel.reply_button, Qt.MouseButton.LeftButton)
    assert "): Dari BPBD.<<}" in tab.editor_text()
    assert tab.info_bar.isHidden() and not window.statusBar().currentMessage()
    refuse()
    window.registry["save"].trigger()
    assert "Saved" in window.statusBar().currentMessage()
    assert tab.info_bar.isHidden()


def test_words_typed_after_a_comment_are_undone_on_their_own(make_window, qtbot, tmp_path):
    """Qt merged text typed right after the comment into the comment's undo step: one Ctrl+Z
    took both (QA13)."""
    _window, tab, dock = open_review(make_window, tmp_path, "---\ntitle: Uji\n---\nSatu dua.\n")
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    dock.ask_comment = lambda: "catatan"
    dock.add_comment()
    with_comment = tab.editor_text()
    assert "catatan<<}" in with_comment
    qtbot.keyClicks(tab.editor, "ZZZ")
    tab.editor.undo()
    assert tab.editor_text() == with_comment  # the typing only
    tab.editor.undo()
    assert "catatan" not in tab.editor_text()  # then the comment, in one step
    assert tab.editor_text() == "---\ntitle: Uji\n---\nSatu dua.\n"
