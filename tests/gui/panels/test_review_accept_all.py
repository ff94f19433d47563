"""Accept All / Reject All in the Review panel decide the suggestions and leave the discussion
(QA31 F2: a reporter who answered the desk's question and then accepted every edit deleted her
own answer before the desk read it; with only comments listed, Reject All wiped them). The
comments, the highlights and their replies stay for Resolve; the status bar says what was done;
the buttons are off without a suggestion; all of it is one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netizen_editor.checks.findings import Level
from netizen_editor.grammar.inline import critic_marks
from tests.gui import TIMEOUT
from tests.gui.exporting import export_now
from tests.gui.panels.test_review_panel import THREADS, open_review, wait_marks

ONLY_COMMENTS = (
    "---\ntitle: Banjir Jakarta\n---\n"
    "{==Dua orang==}{>>@Rina (2026-12-06T10:33+07:00): Sumbernya siapa?<<} hilang.\n\n"
    "{>>@Rina (2026-12-06T10:34+07:00): Tambah foto?<<}\n"
)


def kinds(text: str) -> list[str]:
    return [mark.kind for mark in critic_marks(text)]


def test_accept_all_after_a_reply_keeps_the_comments_and_the_reply(make_window, qtbot, tmp_path):
    window, tab, dock = open_review(make_window, tmp_path)
    wait_marks(qtbot, dock, 5)
    dock.ask_reply = lambda: "Dari Kepala Damkar, sudah saya telepon."
    dock.panel.list.setCurrentRow(3)  # the highlight: "Sumbernya siapa?"
    qtbot.mouseClick(dock.panel.reply_button, Qt.MouseButton.LeftButton)
    wait_marks(qtbot, dock, 6)
    replied = tab.editor_text()
    qtbot.mouseClick(dock.panel.accept_all_button, Qt.MouseButton.LeftButton)
    text = tab.editor_text()
    assert kinds(text) == ["highlight", "comment", "comment"]  # the discussion, whole
    assert "Sumbernya siapa?" in text and "sudah saya telepon." in text
    assert "Tambah foto?" in text
    assert "Banjir besar melanda kota." in text and "Warga mengungsi" in text
    assert "Petugas mengubah jalur" in text
    assert window.statusBar().currentMessage() == "3 suggestions accepted; 3 comments stay."
    assert [m.kind for m in dock.panel.marks()] == ["highlight", "comment", "comment"]
    assert not dock.panel.accept_all_button.isEnabled()  # nothing left for them to decide
    assert not dock.panel.reject_all_button.isEnabled()
    tab.editor.undo()  # one step: the suggestions back, the reply still there
    assert tab.editor_text() == replied


def test_reject_all_keeps_the_replies_under_the_suggestions_and_the_highlights(
    make_window, qtbot, tmp_path
):
    window, tab, dock = open_review(make_window, tmp_path, THREADS)
    wait_marks(qtbot, dock, 6)
    qtbot.mouseClick(dock.panel.reject_all_button, Qt.MouseButton.LeftButton)
    text = tab.editor_text()
    assert "{--" not in text and "Warga terpaksa " in text  # the deletion rejected
    assert kinds(text) == ["highlight", "comment", "comment", "comment", "comment"]
    assert "Dari BPBD." in text and "Kenapa dihapus?" in text and "Nanti." in text
    assert window.statusBar().currentMessage() == "1 suggestion rejected; 5 comments stay."
    tab.editor.undo()
    assert tab.editor_text() == THREADS


def test_with_only_comments_the_buttons_are_off_and_decide_nothing(make_window, qtbot, tmp_path):
    _window, tab, dock = open_review(make_window, tmp_path, ONLY_COMMENTS)
    wait_marks(qtbot, dock, 2)
    assert not dock.panel.accept_all_button.isEnabled()
    assert not dock.panel.reject_all_button.isEnabled()
    dock.decide_all(False)  # asked all the same (a list a few keys old): the comments stay
    assert tab.editor_text() == ONLY_COMMENTS


def test_after_accept_all_the_story_exports_and_its_comments_are_warnings(
    make_window, qtbot, tmp_path
):
    window, tab, dock = open_review(make_window, tmp_path)
    wait_marks(qtbot, dock, 5)
    qtbot.mouseClick(dock.panel.accept_all_button, Qt.MouseButton.LeftButton)
    accepted = tab.editor_text()

    def checked() -> bool:
        snapshot = tab.snapshot()
        return snapshot is not None and snapshot.checked and snapshot.text == accepted

    qtbot.waitUntil(checked, timeout=TIMEOUT)
    review = [f for f in tab.snapshot().findings if f.rule == "review"]
    assert [f.level for f in review] == [Level.WARNING, Level.WARNING]  # the two comments
    dialog = window.open_export_dialog()
    qtbot.waitExposed(dialog)
    dialog.output_edit.setText(str(tmp_path / "keluar.html"))
    [page, *_] = export_now(qtbot, dialog)  # not refused: comments are dropped from an export
    html = page.read_text(encoding="utf-8")
    assert "Banjir besar melanda kota." in html and "Sumbernya" not in html
    dialog.close()
