"""The desk in the real window: opened from a folder, its stories opened in tabs, the status
actions (written to the file, kept in the history, and shown by a tab that has the story
open without losing what was typed there), a new story, a new name, a colleague's changes
seen by the polls, and the desk again at the next start."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu

from netizen_editor.article.model import Article
from netizen_editor.gui.desk.controller import DOCK_MIN_HEIGHT
from netizen_editor.gui.desk.desk_panel import MIN_ROWS
from netizen_editor.gui.desk.filtering import COLUMNS
from netizen_editor.history.article_id import article_id
from netizen_editor.history.store import History
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT
from tests.gui.desk.conftest import story
from tests.gui.questions import answer_box, answer_input, note_boxes


def meta(path: Path) -> dict:
    return Article.parse(path.read_text(encoding="utf-8")).meta


def wait_status(qtbot, window, path: str, status: str) -> None:
    model = window.desk.panel.model
    qtbot.waitUntil(
        lambda: any(e.path == path and e.status == status for e in model.entries), timeout=TIMEOUT
    )


def select(window, path: str) -> None:
    assert window.desk.panel.select_path(path)


def test_open_desk_lists_every_story_with_a_problem_file_set_apart(desk_window):
    window = desk_window()
    panel = window.desk.panel
    assert window.desk.dock.isVisible()
    assert panel.title_label.text() == "Desk: redaksi"
    titles = [e.title for e in panel.model.shown() if e.problem is None]  # newest first
    assert titles == [
        "KPU Tetapkan Jadwal Pilkada Ulang",
        "Timnas Menang Tipis atas Vietnam",
        "Harga Beras Naik Jelang Natal",
        "Banjir Rendam Jakarta Utara",
    ]
    row = panel.model.row_of("rusak.md")
    index = panel.model.index(row, 0)
    assert index.data() == "rusak.md"
    assert "cannot be read as an article" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None  # its own look
    assert panel.status_buttons["problem"].isVisible()
    assert panel.status_buttons["review"].text() == "Review 1"
    assert panel.status_buttons[""].text() == "All 5"


def test_the_last_change_is_on_the_newsrooms_clock_of_the_settings(desk_window):
    window = desk_window(Settings(ui_language="en", timezone="WIT"))
    model = window.desk.panel.model
    index = model.index(model.row_of("pemilu-daerah.md"), COLUMNS.index("modified"))
    assert index.data() == "15 Nov 2023 08:20 WIT"  # its mtime, 2023-11-14 23:20:00 UTC
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Wednesday, 15 November 2023 08:20:00 WIT"


def test_file_open_desk_asks_for_the_folder(make_window, desk_folder, qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = make_window()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(desk_folder))
    window.registry["open_desk"].trigger()
    qtbot.waitUntil(lambda: window.desk.panel.model.rowCount() == 5, timeout=TIMEOUT)
    assert "Open &Desk…" in [a.text() for a in window.findChild(QMenu, "menu_file").actions()]


def test_a_folder_that_cannot_be_read_says_why(make_window, tmp_path):
    window = make_window()
    seen = []
    window.prompts.error = lambda title, text, info="": seen.append(info)
    assert not window.desk.open_desk(tmp_path / "tidak-ada")
    assert "does not exist" in seen[0]


def test_double_click_and_enter_open_the_story_through_the_window(desk_window, qtbot, desk_folder):
    window = desk_window()
    panel = window.desk.panel
    select(window, "ekonomi/harga-beras.md")
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    tab = window.current_tab()
    assert tab is not None and tab.path == desk_folder / "ekonomi" / "harga-beras.md"
    assert window.locks.lock_of(tab) is not None  # opened as File › Open does: locked
    row = panel.model.row_of("banjir-jakarta.md")
    rect = panel.table.visualRect(panel.model.index(row, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_tab().path == desk_folder / "banjir-jakarta.md"
    model = panel.model

    def shows_the_lock() -> bool:  # the desk shows who has it open: the user of this window
        entry = model.entry(model.row_of("banjir-jakarta.md"))
        return entry is not None and entry.locked_by is not None

    qtbot.waitUntil(shows_the_lock, timeout=TIMEOUT)
    assert model.entry(model.row_of("banjir-jakarta.md")).locked_by.user == "Budi Santoso"


def test_status_actions_write_the_front_matter_and_keep_a_version(desk_window, qtbot, desk_folder):
    window = desk_window()
    panel = window.desk.panel
    select(window, "banjir-jakarta.md")
    panel.action_buttons["review"].click()
    file = desk_folder / "banjir-jakarta.md"
    assert meta(file)["status"] == "review"
    wait_status(qtbot, window, "banjir-jakarta.md", "review")
    assert panel.status_buttons["review"].text() == "Review 2"
    listing = History(file.parent, article_id(file.read_text(encoding="utf-8"))).versions()
    newest = listing.versions[0]
    assert newest.reason == "status" and newest.author == "Budi Santoso"
    select(window, "banjir-jakarta.md")
    assert not panel.action_buttons["review"].isEnabled()  # it is in review already
    panel.action_buttons["ready"].click()
    assert meta(file)["status"] == "ready"
    answer_box(qtbot, "&Spike")
    panel.action_buttons["spiked"].click()
    assert meta(file)["status"] == "spiked"


def test_spiking_asks_first_and_cancel_leaves_the_file_as_it_was(desk_window, qtbot,
                                                                desk_folder):  # fmt: skip
    """One click on Spiked (next to Published) withdrew the story at once: it asks, naming
    the story, with Cancel the default (Enter and Escape keep the status)."""
    window = desk_window()
    panel = window.desk.panel
    file = desk_folder / "olahraga" / "timnas.md"
    before = file.read_bytes()
    select(window, "olahraga/timnas.md")
    for how in ("enter", "escape", "Cancel"):
        seen = answer_box(qtbot, how)
        panel.action_buttons["spiked"].click()
        assert len(seen) == 1, how
        assert file.read_bytes() == before, how
    box = seen[0]
    assert box["name"] == "desk_spike_dialog" and box["title"] == "Spike Story?"
    assert box["text"] == "Spike “Timnas Menang Tipis atas Vietnam”?"
    assert "withdrawn and kept" in box["info"] and "under Spiked" in box["info"]
    assert sorted(box["buttons"]) == ["&Spike", "Cancel"] and box["default"] == "Cancel"
    assert not (file.parent / ".netizen").exists()  # no version kept of a change not made
    seen = answer_box(qtbot, "&Spike")  # from the right-click menu too
    menu = panel.context_menu()
    next(a for a in menu.actions() if a.text().replace("&", "") == "Spiked").trigger()
    assert len(seen) == 1
    assert meta(file)["status"] == "spiked"
    wait_status(qtbot, window, "olahraga/timnas.md", "spiked")


def test_the_other_statuses_do_not_ask(desk_window, qtbot, desk_folder):
    window = desk_window()
    panel = window.desk.panel
    boxes, watcher = note_boxes(window)
    file = desk_folder / "banjir-jakarta.md"
    for status in ("review", "ready", "published"):
        select(window, "banjir-jakarta.md")
        if status == "published":
            answer_input(qtbot, "https://netizen.co.id/2026/12/banjir.html")
        panel.action_buttons[status].click()
        assert meta(file)["status"] == status
        wait_status(qtbot, window, "banjir-jakarta.md", status)
    watcher.stop()
    assert boxes == []


def test_the_right_click_menu_has_the_stories_actions(desk_window):
    window = desk_window()
    panel = window.desk.panel
    select(window, "ekonomi/harga-beras.md")
    menu = panel.context_menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    # the statuses' names, as the buttons have them (with the Alt+letters they were given)
    assert [t.replace("&", "") for t in texts] == [
        "Open", "Send to Editor", "Ready", "Published", "Spiked", "Back to Draft",
        "Rename or Move Between Folders…", "Sort By"]  # fmt: skip
    keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(keys) == len(set(keys)) == len(texts)  # each its own letter in the menu
    assert not menu.actions()[2].isEnabled()  # it is in review already
    menu.actions()[0].trigger()
    assert window.current_tab().path.name == "harga-beras.md"


def test_a_story_in_review_goes_back_to_its_reporter_as_a_draft(desk_window, qtbot, desk_folder):
    window = desk_window()
    select(window, "olahraga/timnas.md")  # ready
    menu = window.desk.panel.context_menu()
    back = next(a for a in menu.actions() if a.objectName() == "desk_to_draft")
    assert back.isEnabled()
    back.trigger()
    assert meta(desk_folder / "olahraga" / "timnas.md")["status"] == "draft"
    wait_status(qtbot, window, "olahraga/timnas.md", "draft")
    select(window, "olahraga/timnas.md")
    menu = window.desk.panel.context_menu()
    assert not next(a for a in menu.actions() if a.objectName() == "desk_to_draft").isEnabled()


def test_published_asks_for_the_live_url_and_keeps_it(desk_window, qtbot, desk_folder):
    window = desk_window()
    panel = window.desk.panel
    file = desk_folder / "olahraga" / "timnas.md"
    select(window, "olahraga/timnas.md")
    answer_input(qtbot, None)  # cancelled: nothing changes
    panel.action_buttons["published"].click()
    assert meta(file)["status"] == "ready"
    first = answer_input(qtbot, "netizen.co.id/timnas")  # not an address: asked again
    labels = answer_input(qtbot, "https://netizen.co.id/2026/12/timnas-menang.html")
    panel.action_buttons["published"].click()
    assert "Timnas Menang Tipis atas Vietnam" in first[0]
    assert "An address starts with https://" in labels[0]
    assert meta(file)["status"] == "published"
    assert meta(file)["url"] == "https://netizen.co.id/2026/12/timnas-menang.html"
    wait_status(qtbot, window, "olahraga/timnas.md", "published")


def test_a_status_set_on_an_open_story_keeps_what_was_typed(desk_window, qtbot, desk_folder):
    window = desk_window()
    file = desk_folder / "ekonomi" / "harga-beras.md"
    tab = window.files.open_path(file)
    tab.editor.moveCursor(tab.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(tab.editor, "Kalimat baru yang belum disimpan.")
    assert tab.is_dirty()
    select(window, "ekonomi/harga-beras.md")
    window.desk.panel.action_buttons["ready"].click()
    assert meta(file)["status"] == "ready"  # the file has the new status
    assert "Kalimat baru" not in file.read_text(encoding="utf-8")  # and not the typing
    text = tab.editor_text()
    assert "status: ready" in text and "Kalimat baru yang belum disimpan." in text
    assert tab.is_dirty()
    assert window.files.save(tab)  # no question: the tab has the file's change
    saved = file.read_text(encoding="utf-8")
    assert "status: ready" in saved and "Kalimat baru yang belum disimpan." in saved
    assert article_id(saved) is not None  # the history's key, as the status change wrote it


def test_a_status_set_on_an_open_clean_story_shows_in_its_tab(desk_window, qtbot, desk_folder):
    window = desk_window()
    file = desk_folder / "banjir-jakarta.md"
    tab = window.files.open_path(file)
    select(window, "banjir-jakarta.md")
    window.desk.panel.action_buttons["review"].click()
    assert "status: review" in tab.editor_text() and not tab.is_dirty()
    tab.editor.undo()  # one undo step back to the text before
    assert "status: draft" in tab.editor_text()


def test_a_story_a_colleague_has_open_is_theirs(desk_window, qtbot, desk_folder):
    import datetime as dt
    import json

    window = desk_window()
    now = dt.datetime.now(dt.UTC).isoformat()
    lock = {"user": "Rina Kartika", "host": "laptop-rina", "pid": 1, "since": now, "heartbeat": now}
    (desk_folder / ".~lock.pemilu-daerah.md#").write_text(json.dumps(lock), encoding="utf-8")
    window.desk.refresh()
    model = window.desk.panel.model
    qtbot.waitUntil(lambda: any(e.locked_by is not None for e in model.entries), timeout=TIMEOUT)
    row = model.row_of("pemilu-daerah.md")
    assert model.index(row, COLUMNS.index("locked_by")).data() == "Rina Kartika"
    select(window, "pemilu-daerah.md")
    buttons = window.desk.panel.action_buttons
    message = window.desk.panel.message_label
    assert "Rina Kartika has" in message.text()  # said when it is selected
    assert not any(button.isEnabled() for button in buttons.values())
    assert not window.desk.panel.rename_button.isEnabled()  # nor renamed under them
    assert buttons["spiked"].toolTip() == message.text()  # each button says why
    assert not window.desk.set_status("pemilu-daerah.md", "spiked")  # looked at again
    assert meta(desk_folder / "pemilu-daerah.md")["status"] == "published"
    assert "Rina Kartika has" in message.text()
    text = story("Banjir", "draft", "Budi", ["Nasional"], "2026-12-01")
    (desk_folder / "banjir-jakarta.md").write_text(text, encoding="utf-8")
    qtbot.waitUntil(lambda: model.entry(model.row_of("banjir-jakarta.md")).title == "Banjir",
                    timeout=TIMEOUT)  # fmt: skip
    assert "Rina Kartika has" in message.text() and message.isVisible()  # a poll keeps it


def test_the_message_of_a_colleagues_lock_goes_with_the_lock(desk_window, qtbot, desk_folder):
    """Rina's lock goes stale, then Sri takes the story over: the message said it was Rina's,
    and goes at the poll that no longer lists it open by her (naming Sri when she has it)."""
    import datetime as dt
    import json

    window = desk_window()
    lock_file = desk_folder / ".~lock.pemilu-daerah.md#"

    def lock(user: str, when: dt.datetime) -> None:
        stamp = when.isoformat()
        data = {"user": user, "host": "laptop", "pid": 1, "since": stamp, "heartbeat": stamp}
        lock_file.write_text(json.dumps(data), encoding="utf-8")
        os.utime(lock_file, (when.timestamp(), when.timestamp()))  # the file written then too
        window.desk.refresh()

    def open_by(user: str | None) -> bool:
        entry = model.entry(model.row_of("pemilu-daerah.md"))
        return entry is not None and (entry.locked_by and entry.locked_by.user) == user

    model = window.desk.panel.model
    message = window.desk.panel.message_label
    now = dt.datetime.now(dt.UTC)
    for gone in (now - dt.timedelta(days=2), None):  # stale; taken over by Sri
        lock("Rina Kartika", now)
        qtbot.waitUntil(lambda: open_by("Rina Kartika"), timeout=TIMEOUT)
        select(window, "pemilu-daerah.md")  # selected already the second time: the poll says
        assert message.isVisible() and "Rina Kartika has" in message.text()
        assert not window.desk.panel.action_buttons["spiked"].isEnabled()
        if gone is None:
            lock("Sri Wahyuni", now)
            qtbot.waitUntil(lambda: open_by("Sri Wahyuni"), timeout=TIMEOUT)
        else:
            lock("Rina Kartika", gone)
            qtbot.waitUntil(lambda: open_by(None), timeout=TIMEOUT)
        if gone is None:  # the message names who has it now
            assert "Rina" not in message.text() and "Sri Wahyuni has" in message.text()
            assert not window.desk.panel.action_buttons["spiked"].isEnabled()
        else:  # nobody has it open: its status can be set again
            assert not message.isVisible() and message.text() == ""
            assert window.desk.panel.action_buttons["spiked"].isEnabled()
    assert meta(desk_folder / "pemilu-daerah.md")["status"] == "published"


def test_a_message_goes_with_another_selection_filter_or_action(desk_window, qtbot, desk_folder):
    window = desk_window()
    panel = window.desk.panel
    message = panel.message_label
    taken = "banjir-jakarta.md: there is a file of that name already"

    def refused() -> None:  # a rename onto a taken name (New Story asks the name again)
        panel.select_path("pemilu-daerah.md")
        answer_input(qtbot, "banjir-jakarta.md")
        window.desk.rename("pemilu-daerah.md")
        qtbot.waitUntil(lambda: message.isVisible(), timeout=TIMEOUT)
        assert message.text().endswith(taken)

    refused()
    panel.status_buttons["review"].click()  # another filter
    assert not message.isVisible() and message.text() == ""
    panel.status_buttons[""].click()
    refused()
    panel.search_edit.setText("beras")  # the search is a filter too
    qtbot.waitUntil(lambda: not message.isVisible(), timeout=TIMEOUT)
    panel.search_edit.setText("")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5, timeout=TIMEOUT)
    refused()
    select(window, "olahraga/timnas.md")  # another story
    assert not message.isVisible()
    refused()
    dialog = window.desk.new_story()  # the next action, cancelled
    assert dialog is not None
    dialog.reject()
    assert not message.isVisible()
    assert (desk_folder / "banjir-jakarta.md").read_text(encoding="utf-8").count("Banjir") == 1


def test_a_lock_file_that_cannot_be_read_keeps_the_story_theirs(desk_window, qtbot, desk_folder):
    """A garbage ``.~lock.NAME#``: the window's open dialog says someone has the story; the
    desk's Open By column and its status buttons agree."""
    window = desk_window()
    (desk_folder / ".~lock.pemilu-daerah.md#").write_bytes(b"\x00\x01 not a lock")
    window.desk.refresh()
    model = window.desk.panel.model
    qtbot.waitUntil(lambda: any(e.locked_by is not None for e in model.entries), timeout=TIMEOUT)
    row = model.row_of("pemilu-daerah.md")
    assert model.index(row, COLUMNS.index("locked_by")).data() == "Someone"
    select(window, "pemilu-daerah.md")
    window.desk.panel.action_buttons["spiked"].click()
    assert meta(desk_folder / "pemilu-daerah.md")["status"] == "published"  # not edited
    assert "Someone has" in window.desk.panel.message_label.text()


def test_every_story_gets_its_checks_counts_after_the_desk_opens(
    make_window, tmp_path, qtbot, monkeypatch
):
    """What a user saw: the Errors and Warnings columns empty for most stories long after the
    desk opened. With room for one count a round, every story of a desk of 15 has its counts
    without any story changing."""
    from netizen_editor.gui.desk import worker as worker_module

    monkeypatch.setattr(worker_module, "CHECK_BUDGET_S", 0.0)
    folder = tmp_path / "redaksi-besar"
    for n in range(15):
        path = folder / f"berita-{n:02d}.md"
        path.parent.mkdir(exist_ok=True)
        path.write_text(story(f"Berita {n}", "draft", "Budi", ["Nasional"], "2026-12-01"),
                        encoding="utf-8")  # fmt: skip
        os.utime(path, (1_700_000_000 + n, 1_700_000_000 + n))
    window = make_window(settings=Settings(ui_language="en", default_author="Budi"))
    assert window.desk.open_desk(folder)
    model = window.desk.panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 15, timeout=TIMEOUT)
    errors = COLUMNS.index("errors")
    qtbot.waitUntil(lambda: all(model.index(r, errors).data() != "" for r in range(15)),
                    timeout=TIMEOUT)  # fmt: skip
    assert all(e.errors is not None and e.warnings is not None for e in model.entries)


def test_a_story_open_in_a_tab_is_renamed_once_closed(desk_window, qtbot, desk_folder):
    window = desk_window()
    tab = window.files.open_path(desk_folder / "banjir-jakarta.md")
    assert not window.desk.rename("banjir-jakarta.md")  # no question asked: it says why
    assert "close it" in window.desk.panel.message_label.text()
    window.files.close_tab(tab)
    answer_input(qtbot, "banjir-rob")  # ".md" is added
    assert window.desk.rename("banjir-jakarta.md")
    assert (desk_folder / "banjir-rob.md").is_file()


def test_closing_the_desk_forgets_it_for_the_next_start(desk_window, qtbot):
    window = desk_window()
    window.desk.dock.close()
    assert window.session.desk == ""
    window.desk.dock.toggleViewAction().trigger()  # View › Desk: back, and remembered
    assert window.desk.dock.isVisible() and window.session.desk


def test_a_colleagues_new_story_change_and_deletion_show_after_a_poll(desk_window, qtbot,
                                                                       desk_folder):  # fmt: skip
    window = desk_window()
    model = window.desk.panel.model
    new = desk_folder / "daerah" / "gempa.md"
    new.parent.mkdir()
    new.write_text(story("Gempa Guncang Cianjur", "draft", "Andi", ["Daerah"],
                         "2026-12-06T07:00:00+07:00"), encoding="utf-8")  # fmt: skip
    (desk_folder / "banjir-jakarta.md").unlink()
    qtbot.waitUntil(lambda: model.row_of("daerah/gempa.md") >= 0, timeout=TIMEOUT)  # the timer
    assert model.row_of("banjir-jakarta.md") < 0
    assert window.desk.panel.author_combo.findData("Andi") > 0


def test_new_story_from_a_template_is_saved_into_the_desk(desk_window, qtbot, desk_folder):
    window = desk_window()
    dialog = window.desk.new_story()
    assert dialog is not None and dialog.select("berita")
    answer_input(qtbot, "daerah/gempa-cianjur")
    dialog.accept()
    file = desk_folder / "daerah" / "gempa-cianjur.md"
    qtbot.waitUntil(lambda: file.is_file(), timeout=TIMEOUT)
    assert window.current_tab().path == file
    qtbot.waitUntil(lambda: window.desk.panel.model.row_of("daerah/gempa-cianjur.md") >= 0,
                    timeout=TIMEOUT)  # fmt: skip
    assert window.desk.panel.selected().path == "daerah/gempa-cianjur.md"


def new_story_named(window, qtbot, name: str, template: str = "berita") -> list[str]:
    """The desk's New Story… button, ``template`` chosen and ``name`` typed; the name the
    dialog suggested."""
    suggested: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        suggested.append(box.textValue())
        box.setTextValue(name)
        box.accept()

    window.desk.panel.new_button.click()
    dialog = window.desk.template_dialog
    assert dialog is not None and dialog.select(template)
    QTimer.singleShot(0, answer)
    dialog.accept()
    return suggested


def test_a_new_story_starts_at_its_first_placeholder_and_tab_walks_the_rest(
    desk_window, qtbot, desk_folder
):
    """What a user did: New Story…, berita, ``nasional/gempa.md``, typed a headline, Tab."""
    window = desk_window()
    new_story_named(window, qtbot, "nasional/gempa.md")
    file = desk_folder / "nasional" / "gempa.md"
    qtbot.waitUntil(lambda: window.current_tab() is not None and window.current_tab().path == file,
                    timeout=TIMEOUT)  # fmt: skip
    tab = window.current_tab()
    editor = tab.editor
    assert editor.textCursor().selectedText().startswith("[Judul berita")
    qtbot.keyClicks(editor, "Gempa Guncang Cianjur")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.textCursor().selectedText().startswith("[Ringkasan")  # not a tab typed
    article = Article.parse(tab.editor_text())
    assert article.meta["title"] == "Gempa Guncang Cianjur"
    assert article.meta["labels"] == ["Nasional"]  # its folder, not the desk's name


def test_a_new_story_in_a_date_folder_at_the_top_or_in_no_rubric_gets_no_label_from_it(
    desk_window, qtbot, desk_folder
):
    window = desk_window()
    qtbot.waitUntil(lambda: "Ekonomi" in window.desk.labels(), timeout=TIMEOUT)
    for name in ("2026-12-06/gempa.md", "gempa-atas.md", "Docs/gempa.md"):  # "Docs": no label
        new_story_named(window, qtbot, name)
        file = desk_folder / name
        qtbot.waitUntil(lambda f=file: window.current_tab().path == f, timeout=TIMEOUT)
        labels = Article.parse(window.current_tab().editor_text()).meta["labels"]
        assert not {"2026-12-06", "Redaksi", "redaksi", "Docs"} & set(map(str, labels))
        assert window.current_tab().editor.textCursor().selectedText().startswith("[")


def test_the_suggested_name_has_the_newsrooms_time(desk_window, qtbot, desk_folder):
    from netizen_editor.article.dates import newsroom_now

    window = desk_window(Settings(ui_language="en", default_author="Budi", timezone="WIT"))
    before = newsroom_now("WIT").strftime("%Y%m%d-%H%M")
    suggested = new_story_named(window, qtbot, "baru.md")
    after = newsroom_now("WIT").strftime("%Y%m%d-%H%M")
    assert suggested and suggested[0] in (f"berita-{before}.md", f"berita-{after}.md")


def test_rename_and_move_keep_the_history(desk_window, qtbot, desk_folder):
    window = desk_window()
    select(window, "banjir-jakarta.md")
    window.desk.panel.action_buttons["review"].click()  # a version in the history
    old = desk_folder / "banjir-jakarta.md"
    key = article_id(old.read_text(encoding="utf-8"))
    answer_input(qtbot, "../luar.md")  # outside the desk: asked again
    answer_input(qtbot, "nasional/banjir-rob.md")
    select(window, "banjir-jakarta.md")
    window.desk.panel.rename_button.click()
    new = desk_folder / "nasional" / "banjir-rob.md"
    assert new.is_file() and not old.exists()
    assert History(new.parent, key).versions().versions  # the history moved with it
    qtbot.waitUntil(lambda: window.desk.panel.model.row_of("nasional/banjir-rob.md") >= 0,
                    timeout=TIMEOUT)  # fmt: skip


def test_quick_switcher_opens_a_story_by_its_title(desk_window, qtbot, desk_folder):
    window = desk_window()
    window.registry["quick_switcher"].trigger()
    switcher = window.desk.switcher
    assert switcher is not None and switcher.isVisible()
    qtbot.keyClicks(switcher.edit, "beras")
    assert switcher.list.count() == 1
    qtbot.keyClick(switcher.edit, Qt.Key.Key_Return)
    assert window.current_tab().path == desk_folder / "ekonomi" / "harga-beras.md"


def test_ctrl_p_without_a_desk_says_to_open_one(make_window):
    window = make_window()
    assert window.desk.quick_switch() is None
    assert "Open Desk" in window.statusBar().currentMessage()


def test_the_last_desk_opens_again_at_the_next_start(desk_window, make_window, qtbot,
                                                     desk_folder):  # fmt: skip
    window = desk_window()
    window.save_session()
    assert window.session.desk == str(desk_folder.resolve())
    again = make_window(settings=Settings(ui_language="en"))
    qtbot.waitUntil(lambda: again.desk.folder == desk_folder.resolve(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: again.desk.panel.model.rowCount() == 5, timeout=TIMEOUT)
    assert again.desk.dock.isVisible()


def test_a_last_desk_gone_says_so_and_fills_once_back(desk_window, make_window, qtbot,
                                                      desk_folder):  # fmt: skip
    window = desk_window()
    window.save_session()
    hidden = desk_folder.with_name("redaksi-pindah")
    desk_folder.rename(hidden)  # a shared drive that is not there at the start
    again = make_window(settings=Settings(ui_language="en"))
    message = lambda: again.desk.panel.message_label.text()  # noqa: E731
    qtbot.waitUntil(lambda: "does not exist" in message(), timeout=TIMEOUT)
    assert again.desk.dock.isVisible() and again.desk.panel.model.rowCount() == 0
    hidden.rename(desk_folder)
    qtbot.waitUntil(lambda: again.desk.panel.model.rowCount() == 5, timeout=TIMEOUT)
    assert message() == ""


def test_the_app_opens_the_desk_it_is_given(make_window, desk_folder, qtbot):
    window = make_window()
    window.open_desk(str(desk_folder))  # what gui.app.run(desk=...) calls
    qtbot.waitUntil(lambda: window.desk.panel.model.rowCount() == 5, timeout=TIMEOUT)
    assert os.path.samefile(window.session.desk, desk_folder)


def shown_rows(window) -> int:
    """How many whole rows the desk's table has room for."""
    table = window.desk.panel.table
    return table.viewport().height() // table.verticalHeader().defaultSectionSize()


def test_at_1600_by_1000_the_table_takes_most_of_the_desk(make_window, desk_folder, qtbot):
    window = make_window()
    window.resize(1600, 1000)
    assert window.desk.open_desk(desk_folder)
    panel = window.desk.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.desk.dock.height() >= 0.4 * window.height(), timeout=TIMEOUT)
    assert panel.table.viewport().height() >= 0.65 * panel.height()  # the filters take little
    assert shown_rows(window) >= 12


def test_a_squeezed_desk_keeps_a_few_rows_and_has_room_again_at_the_next_start(
    desk_window, make_window, qtbot
):
    window = desk_window()
    window.resize(1600, 1000)
    window.resizeDocks([window.desk.dock], [60], Qt.Orientation.Vertical)  # dragged down
    qtbot.waitUntil(lambda: window.desk.dock.height() < 400, timeout=TIMEOUT)
    assert shown_rows(window) >= MIN_ROWS  # the table's least (it had room for one row)
    window.save_session()  # the window's state keeps the short dock
    window.close()
    again = make_window(settings=Settings(ui_language="en"))
    qtbot.waitUntil(lambda: again.desk.panel.model.rowCount() == 5, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: again.desk.dock.height() >= DOCK_MIN_HEIGHT, timeout=TIMEOUT)
    assert shown_rows(again) >= 8


def test_published_offers_the_storys_permalink_to_accept(desk_window, qtbot, desk_folder):
    """The address asked for is filled in with where Blogger puts the story (site, month it
    goes live, slug): Enter accepts it."""
    from netizen_editor.gui.desk.questions import PublishedDialog

    window = desk_window()
    offered: list[tuple[str, dt.datetime]] = []

    def accept() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, PublishedDialog):
            QTimer.singleShot(20, accept)
            return
        offered.append((box.textValue(), box.published_at()))
        box.accept()

    QTimer.singleShot(0, accept)
    select(window, "olahraga/timnas.md")  # dated 2026-12-05, no url yet
    window.desk.panel.action_buttons["published"].click()
    file = desk_folder / "olahraga" / "timnas.md"
    assert offered
    url, when = offered[0]
    assert url.startswith(f"https://netizen.co.id/{when:%Y/%m}/timnas-menang-tipis")
    assert url.endswith(".html") and meta(file)["url"] == url


def _more_stories(folder: Path, count: int) -> None:
    """``count`` stories changed before all the others: the desk has to scroll."""
    for n in range(count):
        file = folder / "arsip" / f"berita-{n:02}.md"
        file.parent.mkdir(exist_ok=True)
        file.write_text(story(f"Berita Arsip {n:02}", "draft", "Budi Santoso", ["Nasional"],
                              "2026-11-01T08:00:00+07:00"), encoding="utf-8")  # fmt: skip
        os.utime(file, (1_700_000_000 + n, 1_700_000_000 + n))


def _top(table, row: int) -> int:
    return table.visualRect(table.model().index(row, 0)).top()


def test_the_selection_stays_on_its_story_when_a_status_moves_it(desk_window, qtbot, desk_folder):
    """The newest change goes first: a spiked story's row moved to the top, out of view, and
    Enter or a double click then opened another story. The selection, the current row and
    Enter stay with the story, and the view follows it."""
    _more_stories(desk_folder, 30)
    window = _desk_of(desk_window, qtbot, 35)
    panel = window.desk.panel
    table, model = panel.table, panel.model
    table.resize(table.width(), 200)
    table.scrollToBottom()
    table.selectRow(model.rowCount() - 3)  # on screen, near the bottom
    path = panel.selected().path
    answer_box(qtbot, "&Spike")
    panel.action_buttons["spiked"].click()
    wait_status(qtbot, window, path, "spiked")
    assert model.row_of(path) == 0  # the newest change now
    assert panel.selected().path == path
    assert model.entry(table.currentIndex().row()).path == path
    assert 0 <= _top(table, 0) < table.viewport().height()  # in view, where the eye follows it
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    tab = window.current_tab()
    assert tab is not None and tab.path == desk_folder / path


def test_a_poll_that_moves_other_rows_leaves_the_selected_one_in_place(desk_window, qtbot,
                                                                       desk_folder):  # fmt: skip
    """A colleague's change above the selected story pushed it one row down under the
    mouse; now the view scrolls with it: the selected story stays where it was on screen."""
    _more_stories(desk_folder, 30)
    window = _desk_of(desk_window, qtbot, 35)
    panel = window.desk.panel
    table, model = panel.table, panel.model
    table.resize(table.width(), 200)
    table.scrollTo(model.index(20, 0), table.ScrollHint.PositionAtTop)
    table.selectRow(21)
    path = panel.selected().path
    top = _top(table, 21)
    changed = desk_folder / "arsip" / "berita-00.md"  # the oldest: below the selected row
    changed.write_text(changed.read_text(encoding="utf-8").replace("pagi", "siang"),
                       encoding="utf-8")  # fmt: skip
    later = time.time() + 60  # newer than every other story (the file that is no article too)
    os.utime(changed, (later, later))
    window.desk.refresh()
    qtbot.waitUntil(lambda: model.row_of("arsip/berita-00.md") == 0, timeout=TIMEOUT)
    assert model.row_of(path) == 22  # one row down in the list
    assert panel.selected().path == path
    assert _top(table, 22) == top  # and where it was on the screen


def _desk_of(desk_window, qtbot, rows: int):
    return desk_window(rows=rows)


def test_ready_with_errors_from_the_checks_asks_first(desk_window, qtbot, desk_folder):
    file = desk_folder / "salah.md"
    file.write_text(story("Berita Salah", "review", "Budi Santoso", ["Nasional"],
                          "2026-12-06T08:00:00+07:00").replace(
                              "summary: Ringkasan berita untuk pembaca.\n", ""),
                    encoding="utf-8")  # fmt: skip
    window = desk_window(rows=6)
    model = window.desk.panel.model
    qtbot.waitUntil(lambda: (model.entry(model.row_of("salah.md")).errors or 0) > 0,
                    timeout=TIMEOUT)  # fmt: skip
    select(window, "salah.md")
    seen = answer_box(qtbot, "escape")  # Keep Status is the default
    window.desk.panel.action_buttons["ready"].click()
    assert seen and seen[0]["name"] == "errors_question"
    assert "error" in seen[0]["text"] and "Berita Salah" in seen[0]["text"]
    assert seen[0]["default"] == "Keep Status"
    assert meta(file)["status"] == "review"
    answer_box(qtbot, "Set “Ready” Anyway")
    window.desk.panel.action_buttons["ready"].click()
    assert meta(file)["status"] == "ready"


def test_a_live_address_with_a_space_is_asked_again(desk_window, qtbot, desk_folder):
    window = desk_window()
    select(window, "olahraga/timnas.md")
    first = answer_input(qtbot, "https://netizen.co.id/2026/12/timnas menang.html")
    again = answer_input(qtbot, None)
    window.desk.panel.action_buttons["published"].click()
    assert first and again and "An address has no spaces" in again[0]
    assert meta(desk_folder / "olahraga" / "timnas.md")["status"] == "ready"


def test_a_live_address_on_another_site_is_kept_when_given_twice(desk_window, qtbot, desk_folder):
    window = desk_window()  # the site: https://netizen.co.id (the default Settings)
    file = desk_folder / "olahraga" / "timnas.md"
    select(window, "olahraga/timnas.md")
    first = answer_input(qtbot, "https://contoh.com/timnas.html")
    again = answer_input(qtbot, "https://contoh.com/timnas.html")  # the same again: kept
    window.desk.panel.action_buttons["published"].click()
    assert first and again and "It is not on netizen.co.id" in again[0]
    assert meta(file)["url"] == "https://contoh.com/timnas.html"
    select(window, "banjir-jakarta.md")
    answer_input(qtbot, "https://www.netizen.co.id/2026/12/banjir.html")  # the site's own
    window.desk.panel.action_buttons["published"].click()
    assert meta(desk_folder / "banjir-jakarta.md")["url"].endswith("/banjir.html")


def test_a_house_style_set_in_settings_counts_in_the_desk_at_once(desk_window, qtbot, tmp_path):
    """QA21: after Settings › OK with a house style, the editor's status bar counted its
    warnings, the desk's Warnings column not until the desk was opened again."""
    from dataclasses import replace

    window = desk_window()
    model = window.desk.panel.model

    def warnings() -> int | None:
        entry = next((e for e in model.entries if e.path == "banjir-jakarta.md"), None)
        return entry.warnings if entry is not None else None

    qtbot.waitUntil(lambda: warnings() is not None, timeout=TIMEOUT)
    before = warnings()
    style = tmp_path / "gaya.toml"
    style.write_text('[words.replace]\nmengungsi = "mengevakuasi diri"\n', encoding="utf-8")
    window.apply_settings(replace(window.settings, house_style=str(style)))
    qtbot.waitUntil(lambda: warnings() == before + 1, timeout=TIMEOUT)


def test_a_status_set_on_an_open_story_leaves_a_change_it_never_took_to_the_saves_question(
    desk_window, qtbot, desk_folder
):
    """QA34 F10: another program's line came into the file while the story was open with typing
    ("Keep My Version"); a status from the desk, then Ctrl+S: saved over the line, no question."""
    from tests.gui import Recorder

    window = desk_window()
    file = desk_folder / "ekonomi" / "harga-beras.md"
    tab = window.files.open_path(file)
    tab.editor.moveCursor(tab.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(tab.editor, "Kalimat baru yang belum disimpan.")
    window.files.unwatch(file)  # the change is met by the save, as when kept over
    with file.open("a", encoding="utf-8") as f:
        f.write("\nBaris dari program lain.\n")
    select(window, "ekonomi/harga-beras.md")
    window.desk.panel.action_buttons["ready"].click()
    assert meta(file)["status"] == "ready" and "Baris dari program lain." in file.read_text(
        encoding="utf-8"
    )
    assert "status: ready" in tab.editor_text()  # the tab follows the status as before
    window.prompts.disk_conflict = Recorder("cancel")
    window.registry["save"].trigger()
    assert window.prompts.disk_conflict.calls  # the save asks before it writes over the line
    assert "Baris dari program lain." in file.read_text(encoding="utf-8")
    assert tab.is_dirty() and "Kalimat baru yang belum disimpan." in tab.editor_text()


def test_a_change_made_while_the_status_question_is_open_is_not_saved_over(
    desk_window, qtbot, desk_folder, monkeypatch
):
    """RV3 #1: another program's line written while the "status changed meanwhile" question
    was open was taken by the tab as its own, and the next Ctrl+S wrote over it unasked."""
    from tests.gui import Recorder

    window = desk_window()
    file = desk_folder / "ekonomi" / "harga-beras.md"
    tab = window.files.open_path(file)
    tab.editor.moveCursor(tab.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(tab.editor, "Kalimat baru yang belum disimpan.")
    window.files.unwatch(file)
    action = window.desk.status_action
    now = meta(file)["status"]
    # the row shows another status than the file's (not polled yet): set_status asks
    monkeypatch.setattr(action, "seen", lambda entry: "spiked" if now != "spiked" else "draft")
    monkeypatch.setattr(action, "confirm_spiked", lambda entry, status: True)

    def question(entry, status, changed):  # another program writes while it is open
        with file.open("a", encoding="utf-8") as f:
            f.write("\nBaris dari program lain.\n")
        return True

    monkeypatch.setattr(action, "confirm_changed", question)
    select(window, "ekonomi/harga-beras.md")
    window.desk.panel.action_buttons["ready"].click()
    assert meta(file)["status"] == "ready"
    assert "Baris dari program lain." in file.read_text(encoding="utf-8")
    window.prompts.disk_conflict = Recorder("cancel")
    window.registry["save"].trigger()
    assert window.prompts.disk_conflict.calls  # the save asks (RV3 #1: it wrote over it)
    assert "Baris dari program lain." in file.read_text(encoding="utf-8")
