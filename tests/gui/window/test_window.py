"""The window as a journalist meets it: the first start, typing, the title and status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from netizen_editor.paths import sample_article_path
from tests.gui import TIMEOUT


def test_first_start_opens_the_sample_as_an_untitled_copy(make_window, qtbot, tmp_path):
    sample_bytes = sample_article_path().read_bytes()
    window = make_window()
    tab = window.current_tab()
    assert tab is not None and tab.path is None
    assert "Putin" in tab.editor_text()
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Pertemuan Putin dan Kim"))
    # a model story: its own checks (the Periksa panel) say only that it has no picture (the
    # text it was made from has none)
    panel = window.checks_dock.panel
    qtbot.waitUntil(lambda: bool(panel.findings), timeout=TIMEOUT)
    assert [f.rule for f in panel.findings] == ["share-image"]
    assert window.checks_dock.status_label.text() == "0 errors · 1 warning"
    assert window.windowTitle().endswith("— Netizen Editor")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.editor, timeout=TIMEOUT)

    asked = []
    target = tmp_path / "mine.md"

    def save_path(suggested: Path) -> Path:
        asked.append(suggested)
        return target

    window.prompts.save_path = save_path
    tab.editor.moveCursor(tab.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(tab.editor, "Tambahan.")
    window.registry["save"].trigger()
    assert asked, "saving the sample must ask where to save it"
    assert sample_article_path() not in (asked[0], asked[0].resolve())
    assert asked[0].name == "pertemuan-putin-dan-kim-jong-un-memicu-spekulasi.md"
    assert target.read_text(encoding="utf-8").endswith("Tambahan.")
    assert sample_article_path().read_bytes() == sample_bytes


def test_typing_updates_status_bar_title_and_tab(make_window, qtbot, article_file):
    window = make_window([article_file])
    tab = window.current_tab()
    qtbot.waitUntil(lambda: "Judul Uji Coba" in window.windowTitle())
    assert window.windowTitle() == "Judul Uji Coba[*] — Netizen Editor"
    assert not window.isWindowModified()
    assert window.status.saved.text().endswith("Saved")
    words_before = tab.stats().words
    qtbot.waitUntil(lambda: f"{words_before} words" in window.status.stats.text())

    tab.editor.moveCursor(tab.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(tab.editor, "Kata baru di sini")
    assert window.isWindowModified()
    assert window.tabs.tabText(window.tabs.indexOf(tab)).endswith("*")
    assert window.status.saved.text().endswith("Unsaved changes")
    qtbot.waitUntil(lambda: f"{words_before + 4} words" in window.status.stats.text())
    assert "1 min read" in window.status.stats.text()
    line = tab.editor.document().blockCount()
    assert window.status.position.text() == f"Ln {line}, Col {len('Kata baru di sini') + 1}"


def test_the_title_follows_the_front_matter(make_window, qtbot, article_file):
    window = make_window([article_file])
    tab = window.current_tab()
    cursor = tab.editor.document().find("Judul Uji Coba")
    tab.editor.setTextCursor(cursor)
    qtbot.keyClicks(tab.editor, "Berita Lain")
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Berita Lain[*]"))


def test_editor_has_focus_when_an_article_opens(make_window, qtbot, article_file, tmp_path):
    window = make_window([article_file])
    window.files.new_article()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.current_tab().editor)
    other = tmp_path / "lain.md"
    other.write_text("# Lain\n", encoding="utf-8")
    window.files.open_path(other)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.current_tab().editor)
    assert window.current_tab().path == other


def test_outline_click_moves_editor_and_preview(make_window, qtbot, article_file, monkeypatch):
    window = make_window([article_file])
    tab = window.current_tab()
    scrolled = []
    monkeypatch.setattr(tab.preview, "scroll_to_line", scrolled.append)
    outline = window.outline_stack.currentWidget()
    assert outline is tab.outline
    qtbot.waitUntil(lambda: [h.title for h in outline.headings()] == ["Bagian Dua", "Bagian Tiga"])
    item = outline.item_for_line(12)
    rect = outline.visualItemRect(item)
    qtbot.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.editor.textCursor().blockNumber() + 1 == 12
    assert scrolled and scrolled[-1] == 12
    assert window.status.position.text().startswith("Ln 12,")


def test_preview_errors_show_in_the_status_bar(make_window, qtbot, article_file):
    window = make_window([article_file])
    tab = window.current_tab()
    tab.preview.error_changed.emit("broken YAML front matter")
    assert window.status.problem.isVisibleTo(window)
    assert "broken YAML" in window.status.problem.text()
    tab.preview.error_changed.emit("")
    assert not window.status.problem.isVisibleTo(window)


def test_the_preview_shows_the_article(make_window, qtbot, article_file):
    window = make_window([article_file])
    tab = window.current_tab()
    qtbot.waitUntil(lambda: tab.preview.applied_job >= 1, timeout=TIMEOUT)
    tab.editor.moveCursor(tab.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(tab.editor, "X")
    revision = tab.preview.job
    qtbot.waitUntil(lambda: tab.preview.applied_job >= revision, timeout=TIMEOUT)


def test_scrolling_stays_in_step_without_echoes(make_window, qtbot, article_file, monkeypatch):
    long_text = "\n\n".join(f"Paragraf nomor {i}." for i in range(1, 200)) + "\n"
    article_file.write_text(long_text, encoding="utf-8")
    window = make_window([article_file])
    tab = window.current_tab()
    to_preview: list[int] = []
    to_editor: list[int] = []
    monkeypatch.setattr(tab.preview, "scroll_to_line", to_preview.append)
    real_scroll = tab.editor.scroll_to_line

    def editor_scroll(line: int) -> None:
        to_editor.append(line)
        real_scroll(line)

    monkeypatch.setattr(tab.editor, "scroll_to_line", editor_scroll)
    tab.editor.verticalScrollBar().setValue(40)
    assert to_preview and to_preview[-1] == tab.editor.top_line()
    tab.preview.scrolled_to_line.emit(tab.editor.top_line() + 1)  # an echo: ignored
    assert to_editor == []

    qtbot.wait(400)  # the user now scrolls the preview
    to_preview.clear()
    tab.preview.scrolled_to_line.emit(101)
    assert to_editor == [101] and tab.editor.top_line() == 101
    assert to_preview == []  # the editor following does not push the preview back

    tab.preview.line_clicked.emit(151)
    assert tab.editor.textCursor().blockNumber() + 1 == 151
