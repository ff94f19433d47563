"""The "Periksa" dock in a real window: findings after a pause, click to the line, the status
count, the export dialog's warning, "ready" with errors, and the two pictures."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QTextCursor

from netizen_editor import i18n
from netizen_editor.gui.dialogs.export_dialog import ExportDialog
from netizen_editor.gui.panels.checks_panel import ChecksPanel
from netizen_editor.gui.panels.share_previews import SearchResultView, ShareCardView
from tests.gui import TIMEOUT, type_at_end
from tests.gui.exporting import EXPORT_TIMEOUT

ARTICLE = """\
---
title: Banjir Rob Genangi Pesisir Jakarta Utara
author: Tim Redaksi
labels: [Metropolitan]
slug: banjir-rob
status: draft
---
JAKARTA, Netizen.co.id - Banjir rob menggenangi permukiman warga.

Petugas membuka dapur umum. Info lebih lanjut [klik di sini](https://netizen.co.id/banjir).

![Warga mengungsi](https://netizen.co.id/foto/banjir.jpg "Warga mengungsi. Foto: Antara")
"""
SUMMARY = ("summary: Banjir rob setinggi 40 sentimeter menggenangi permukiman pesisir Jakarta "
           "Utara sejak Senin; warga mengungsi ke balai kelurahan.\n")  # fmt: skip


@pytest.fixture(autouse=True)
def reset_language():
    yield
    i18n.set_language(i18n.DEFAULT_LANGUAGE)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "banjir.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def checked(qtbot, window, predicate=lambda panel: bool(panel.findings)):
    panel = window.checks_dock.panel
    qtbot.waitUntil(lambda: predicate(panel), timeout=TIMEOUT)
    return panel


def test_findings_are_grouped_and_counted_in_the_status_bar(qtbot, make_window, article):
    window = make_window([article])
    panel = checked(qtbot, window)
    assert {f.rule for f in panel.findings} == {"summary", "link-text"}
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert texts[0] == "Errors (1)" and texts[2] == "Warnings (1)"
    assert texts[1].startswith("line 1: no search description")
    assert window.checks_dock.status_label.text() == "1 error · 1 warning"


def test_a_click_puts_the_editor_and_the_preview_on_the_finding(
    qtbot, make_window, article, monkeypatch
):
    window = make_window([article])
    tab = window.current_tab()
    scrolled: list[int] = []
    real = tab.preview.scroll_to_line
    monkeypatch.setattr(tab.preview, "scroll_to_line", lambda n: (scrolled.append(n), real(n)))
    panel = checked(qtbot, window)
    (item,) = [i for i in panel.finding_items() if "klik di sini" in i.text()]
    panel.list.scrollToItem(item)
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    cursor = tab.editor.textCursor()
    assert cursor.blockNumber() + 1 == 10
    assert cursor.positionInBlock() + 1 == ARTICLE.splitlines()[9].index("[klik") + 1
    assert scrolled[-1] == 10


def test_typing_the_fix_clears_the_finding_after_a_pause(qtbot, make_window, article):
    window = make_window([article])
    tab = window.current_tab()
    checked(qtbot, window)
    tab.editor.go_to_line(3)
    qtbot.keyClicks(tab.editor, SUMMARY.rstrip("\n"))
    qtbot.keyClick(tab.editor, Qt.Key.Key_Return)
    panel = checked(qtbot, window, lambda p: "summary" not in {f.rule for f in p.findings})
    assert window.checks_dock.status_label.text() == "0 errors · 1 warning"
    assert panel.findings[0].rule == "link-text"


def test_a_dateline_typed_above_the_templates_empty_one_is_a_warning(qtbot, make_window, tmp_path):
    path = tmp_path / "templat.md"
    path.write_text(ARTICLE.replace("status: draft\n", "status: draft\ndateline:\n"), "utf-8")
    window = make_window([path])
    tab = window.current_tab()
    checked(qtbot, window)
    tab.editor.go_to_line(7)  # the template's empty "dateline:" is line 7
    qtbot.keyClicks(tab.editor, "dateline: Jakarta")
    qtbot.keyClick(tab.editor, Qt.Key.Key_Return)
    panel = checked(qtbot, window, lambda p: "repeated-key" in {f.rule for f in p.findings})
    (item,) = [i for i in panel.finding_items() if "'dateline'" in i.text()]
    assert item.text().startswith("line 8:") and "lines 7 and 8" in item.text()


def test_export_shows_the_errors_and_going_back_lands_on_the_line(qtbot, make_window, article):
    window = make_window([article])
    checked(qtbot, window)
    window.current_tab().editor.go_to_line(9)
    dialog = window.open_export_dialog()
    qtbot.waitExposed(dialog)
    warning = dialog.checks_warning
    assert warning is not None and warning.isVisible()
    assert warning.list.count() == 1
    assert "no search description" in warning.list.item(0).text()
    assert dialog.export_button.text() == "Export &Anyway"
    qtbot.mouseClick(warning.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)
    assert window.current_tab().editor.textCursor().blockNumber() + 1 == 1
    assert window.checks_dock.dock.isVisible()


def test_the_export_dialog_reads_the_checked_snapshot_not_the_rules_again(
    qtbot, make_window, article, monkeypatch
):
    """The render thread checked this revision: opening the dialog runs no rule on the GUI
    thread (it did the whole check a second time)."""
    window = make_window([article])
    checked(qtbot, window)
    from netizen_editor.gui.dialogs import checks_gate

    monkeypatch.setattr(checks_gate, "check_text", lambda *a, **k: pytest.fail("checked again"))
    dialog = window.open_export_dialog()
    qtbot.waitExposed(dialog)
    assert dialog.checks_warning is not None
    assert "no search description" in dialog.checks_warning.list.item(0).text()


def test_export_anyway_writes_the_file(qtbot, make_window, article, tmp_path):
    window = make_window([article])
    dialog = window.open_export_dialog()
    qtbot.waitExposed(dialog)
    dialog.output_edit.setText(str(tmp_path / "keluar.html"))
    with qtbot.waitSignal(dialog.ended, timeout=EXPORT_TIMEOUT):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "keluar.html").is_file()


def test_no_warning_when_the_article_has_no_error(qtbot, make_window, tmp_path):
    path = tmp_path / "bersih.md"
    path.write_text(ARTICLE.replace("slug:", SUMMARY + "slug:"), encoding="utf-8")
    window = make_window([path])
    from netizen_editor.snapshot import take_snapshot

    snapshot = take_snapshot(1, path.read_text(), path, window.settings)
    dialog = ExportDialog(snapshot, path, window.settings, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.checks_warning is None
    assert dialog.export_button.text() == "&Export"


def choose_status(panel, value: str) -> None:
    combo = panel.status_combo
    combo.setFocus()  # as when the journalist picks from it
    index = combo.findData(value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_ready_with_errors_asks_first_and_keeps_the_status_when_refused(
    qtbot, make_window, article
):
    window = make_window([article])
    tab = window.current_tab()
    asked: list[list] = []
    window.checks_dock.ask_ready_anyway = lambda errors: (asked.append(errors), False)[1]
    choose_status(tab.metadata_panel, "ready")
    assert [f.rule for f in asked[0]] == ["summary"]
    assert "status: draft" in tab.editor_text()
    assert tab.metadata_panel.status_combo.currentData() == "draft"
    window.checks_dock.ask_ready_anyway = lambda errors: True
    choose_status(tab.metadata_panel, "ready")
    assert "status: ready" in tab.editor_text()


def test_ready_without_errors_does_not_ask(qtbot, make_window, tmp_path):
    path = tmp_path / "bersih.md"
    path.write_text(ARTICLE.replace("slug:", SUMMARY + "slug:"), encoding="utf-8")
    window = make_window([path])

    def refuse(errors):
        raise AssertionError("asked although nothing is wrong")

    window.checks_dock.ask_ready_anyway = refuse
    tab = window.current_tab()
    choose_status(tab.metadata_panel, "ready")
    assert "status: ready" in tab.editor_text()


# -- the two pictures ---------------------------------------------------------------------------
def colour_at(widget, x_share: float, y_share: float) -> QColor:
    image = widget.grab().toImage()
    return image.pixelColor(int(image.width() * x_share), int(image.height() * y_share))


def test_the_google_picture_cuts_the_long_title(qtbot):
    from netizen_editor.article.model import Article
    from netizen_editor.settings import Settings

    panel = ChecksPanel()
    qtbot.addWidget(panel)
    panel.resize(640, 900)
    long_title = ARTICLE.replace(
        "title: Banjir Rob Genangi Pesisir Jakarta Utara",
        "title: Banjir Rob Genangi Pesisir Jakarta Utara, Ribuan Warga Mengungsi ke Balai Kota",
    )
    panel.set_article(Article.parse(long_title), Settings(), None)
    panel.show()
    qtbot.waitExposed(panel)
    view: SearchResultView = panel.search_view
    assert view.result.title.endswith("…") and "Mengungsi ke Balai Kota" not in view.result.title
    assert "cut" in panel.search_note.text()
    image = view.grab().toImage()
    blue = QColor("#1a0dab")
    row = int(image.height() * 0.45)  # the title's line
    found = [image.pixelColor(x, row) for x in range(image.width())]
    assert any(abs(c.red() - blue.red()) + abs(c.blue() - blue.blue()) < 60 for c in found)


def test_the_share_card_crops_the_featured_image_to_1_91(qtbot, tmp_path):
    from netizen_editor.article.model import Article
    from netizen_editor.settings import Settings

    picture = QImage(1000, 1000, QImage.Format.Format_RGB32)
    picture.fill(QColor("red"))
    for y in range(200):  # a blue band at the top that the 1.91:1 crop removes
        for x in range(1000):
            picture.setPixelColor(x, y, QColor("blue"))
    picture.save(str(tmp_path / "utama.png"))
    text = ARTICLE.replace("status: draft", "status: draft\nimage: utama.png")
    view = ShareCardView()
    qtbot.addWidget(view)
    view.resize(500, 370)
    from netizen_editor.checks.snippets import share_card

    view.set_card(share_card(Article.parse(text), Settings(), tmp_path / "banjir.md"))
    view.show()
    qtbot.waitExposed(view)
    assert view.has_image()
    top = colour_at(view, 0.5, 0.02)
    assert top.red() > 200 and top.blue() < 60  # red: the blue band was cropped away
    assert view.card.domain == "NETIZEN.CO.ID"
    assert view.card.title == "Banjir Rob Genangi Pesisir Jakarta Utara"


def test_the_share_card_without_an_image_says_so(qtbot):
    from netizen_editor.article.model import Article
    from netizen_editor.checks.snippets import share_card
    from netizen_editor.settings import Settings

    view = ShareCardView()
    qtbot.addWidget(view)
    view.set_card(share_card(Article.parse(ARTICLE), Settings(), None))
    assert not view.has_image()
    grey = colour_at(view, 0.05, 0.05)
    assert grey.name() == "#dadde1"


def test_the_dock_follows_the_current_tab_and_survives_closing_one(
    qtbot, make_window, article, tmp_path
):
    other = tmp_path / "bersih.md"
    other.write_text(ARTICLE.replace("slug:", SUMMARY + "slug:"), encoding="utf-8")
    window = make_window([article, other])
    checked(qtbot, window, lambda p: {f.rule for f in p.findings} == {"link-text"})
    window.activate_tab(window.all_tabs()[0])
    checked(qtbot, window, lambda p: {f.rule for f in p.findings} == {"summary", "link-text"})
    window.files.close_tab(window.all_tabs()[1])
    qtbot.wait(50)
    tab = window.current_tab()
    tab.editor.go_to_line(3)
    qtbot.keyClicks(tab.editor, SUMMARY.rstrip("\n"))
    qtbot.keyClick(tab.editor, Qt.Key.Key_Return)
    checked(qtbot, window, lambda p: {f.rule for f in p.findings} == {"link-text"})


def test_a_click_on_the_status_count_brings_the_dock_back(qtbot, make_window, article):
    window = make_window([article])
    checked(qtbot, window)
    dock = window.checks_dock
    dock.dock.hide()
    qtbot.mouseClick(dock.status_label, Qt.MouseButton.LeftButton)
    assert dock.dock.isVisible()


def test_new_settings_check_again_with_the_house_style(qtbot, make_window, article, tmp_path):
    from netizen_editor.settings import Settings

    window = make_window([article])
    checked(qtbot, window)
    style = tmp_path / "gaya.toml"
    style.write_text('disabled = ["summary"]\n', encoding="utf-8")
    window.apply_settings(Settings(ui_language="en", house_style=str(style)))
    checked(qtbot, window, lambda p: {f.rule for f in p.findings} == {"link-text"})
    assert window.checks_dock.status_label.text() == "0 errors · 1 warning"


def test_before_the_checks_come_back_the_dock_says_checking_not_nothing_to_fix(
    qtbot, make_window, article
):
    window = make_window([article])
    panel = window.checks_dock.panel
    if not panel.findings:  # the render thread's checks may already be back on a fast machine
        assert panel.list.item(0).text() == "Checking…"
        assert "Nothing to fix" not in panel.list.item(0).text()
    checked(qtbot, window)
    assert panel.list.item(0).text() == "Errors (1)"


def test_unreadable_front_matter_says_the_checks_wait(qtbot, make_window, tmp_path):
    broken = tmp_path / "rusak.md"
    broken.write_text("---\ntitle: [tidak ditutup\n---\nIsi berita.\n", encoding="utf-8")
    window = make_window([broken])
    panel = window.checks_dock.panel
    qtbot.waitUntil(lambda: "front matter" in panel.list.item(0).text(), timeout=TIMEOUT)
    assert panel.findings == []
    assert panel.list.count() == 1
    assert window.checks_dock.status_label.text() == ""


def test_an_article_with_nothing_to_fix_says_so(qtbot):
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    panel.set_findings([])
    assert panel.list.item(0).text() == "✓ Nothing to fix before publishing"
    panel.set_pending()
    assert panel.list.item(0).text() == "Checking…"


def test_the_unsaved_sample_lists_lines_and_a_finding_goes_to_its_line(qtbot, make_window):
    window = make_window(restore=False)
    tab = window.files.open_sample()
    assert tab is not None and tab.path is None  # an untitled copy of the built-in sample
    window.activate_tab(tab)
    checked(qtbot, window, lambda panel: [f.rule for f in panel.findings] == ["share-image"])
    # the sample is a model story (nothing to fix but its want of a picture, which the text it
    # was made from has none of)... and a slip typed into it is listed
    cursor = tab.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("\nWarga masih menunggu kepastain dari pemerintah daerah.\n")
    panel = checked(qtbot, window, lambda p: "spelling" in {f.rule for f in p.findings})
    rows = [panel.list.item(i) for i in range(panel.list.count())]
    entries = [r for r in rows if r.flags() & Qt.ItemFlag.ItemIsSelectable]  # not the groups
    assert entries and all(r.text().startswith("line ") for r in entries), [r.text() for r in rows]
    finding = next(f for f in panel.findings if f.line > 3)
    row = next(r for r in entries if r.text().startswith(f"line {finding.line}:"))
    panel.list.itemActivated.emit(row)
    assert tab.editor.textCursor().blockNumber() + 1 == finding.line


def test_with_no_article_open_the_panel_says_so_and_shows_no_closed_story(
    qtbot, make_window, article
):
    """It said "Checking…" for ever and kept the closed story's Google picture; then the
    Google result and the share card were two empty boxes: they say it too."""
    window = make_window([article])
    panel = checked(qtbot, window)
    qtbot.waitUntil(lambda: panel.search_view.result is not None, timeout=TIMEOUT)
    window.files.close_tab(window.current_tab())
    qtbot.waitUntil(lambda: window.current_tab() is None, timeout=TIMEOUT)
    assert [panel.list.item(i).text() for i in range(panel.list.count())] == ["No article is open"]
    assert panel.search_view.result is None and window.checks_dock.status_label.text() == ""
    for view in (panel.search_view, panel.share_view):
        assert view.empty_text == "No article is open"
        picture = view.grab().toImage()
        background = picture.pixelColor(1, 1)
        assert any(picture.pixelColor(x, y) != background
                   for x in range(0, picture.width(), 2)
                   for y in range(0, picture.height(), 2)), "an empty box"  # fmt: skip


def test_a_blank_new_story_is_not_errors_until_something_is_written(qtbot, make_window):
    """The second start opens a blank story: the panel said "2 errors" (no headline, no
    summary) and the status bar showed them in red before a word was written."""
    make_window().close()  # the first start offered the sample
    window = make_window()  # the second: a blank new story
    tab = window.current_tab()
    assert tab is not None and "Putin" not in tab.editor_text()
    panel = checked(qtbot, window, lambda p: p.list.item(0).text().startswith("Nothing written"))
    assert panel.findings == [] and panel.list.count() == 1
    assert window.checks_dock.status_label.text() == ""
    dialog = window.open_export_dialog()  # its export is warned of as before
    assert dialog is not None and dialog.checks_warning is not None
    assert "no headline" in dialog.checks_warning.list.item(0).text()
    dialog.reject()
    type_at_end(qtbot, tab, "Warga mengungsi ke balai kelurahan.")
    checked(qtbot, window, lambda p: any(f.rule == "title-length" for f in p.findings))
    assert window.checks_dock.status_label.text().startswith("2 errors")
