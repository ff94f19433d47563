"""Issue 5 in the window: every article journaled within two seconds, and the offer to
restore what a crashed session left behind."""

from __future__ import annotations

import datetime as dt
import json
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from netizen_editor.article.dates import newsroom_zone
from netizen_editor.gui.dialogs.recovery_dialog import RecoveryDialog
from netizen_editor.storage.datadirs import journal_dir
from netizen_editor.storage.identity import FileIdentity
from netizen_editor.storage.journal import Journal, load_entry
from netizen_editor.storage.reading import MAX_BYTES
from netizen_editor.storage.recovery import find_recoverable
from tests.samples import TEST_ARTICLE


def crashed_session(entries: list[tuple[Path | None, str]]) -> list[str]:
    """Journal entries as a session that was killed left them; their doc ids."""
    journal = Journal(journal_dir())
    ids = []
    for path, text in entries:
        doc_id = Journal.new_doc_id()
        identity = FileIdentity.of(path, MAX_BYTES) if path else None
        journal.write(doc_id, text, path=path, cursor=len(text), saved_identity=identity)
        ids.append(doc_id)
    lock = json.loads(journal.lock.path.read_text(encoding="utf-8"))
    lock["boot_id"] = "an-earlier-boot"  # the machine was restarted: that session is dead
    journal.lock.path.write_text(json.dumps(lock), encoding="utf-8")
    return ids


def entry_of(window, tab):
    return load_entry(journal_dir() / f"{window.keeper.journal.session_id}.{tab.doc_id}.json")


def test_typing_is_journaled_within_two_seconds(make_window, qtbot, article_file):
    window = make_window([article_file])
    tab = window.current_tab()
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    started = time.monotonic()
    qtbot.keyClicks(tab.editor, "Kalimat baru.")
    qtbot.waitUntil(lambda: entry_file(window, tab).exists(), timeout=2500)
    assert time.monotonic() - started < 2.0
    entry = entry_of(window, tab)
    assert entry.text.endswith("Kalimat baru.")
    assert entry.path == article_file
    assert entry.cursor == tab.cursor_position()
    window.registry["save"].trigger()
    assert not entry_file(window, tab).exists()  # saved: the file is the truth again


def entry_file(window, tab) -> Path:
    return journal_dir() / f"{window.keeper.journal.session_id}.{tab.doc_id}.json"


def test_untitled_articles_are_journaled_too(make_window, qtbot):
    window = make_window([])
    window.registry["new"].trigger()
    tab = window.current_tab()
    qtbot.keyClicks(tab.editor, "Draf pertama")
    qtbot.waitUntil(lambda: entry_file(window, tab).exists(), timeout=2500)
    entry = entry_of(window, tab)
    assert entry.path is None and entry.text.endswith("Draf pertama")


def test_a_clean_close_leaves_nothing_to_recover(make_window, qtbot, article_file):
    window = make_window([article_file])
    tab = window.current_tab()
    qtbot.keyClicks(tab.editor, "x")
    qtbot.waitUntil(lambda: entry_file(window, tab).exists(), timeout=2500)
    window.prompts.unsaved_changes = lambda name: "discard"
    window.close()
    assert find_recoverable(journal_dir()) == []
    assert not list(journal_dir().glob("*.json"))
    assert not list(journal_dir().glob("*.lock"))


def test_restore_opens_unsaved_changes_and_untitled_drafts(make_window, qtbot, article_file):
    ids = crashed_session([(article_file, TEST_ARTICLE + "Ketikan yang hilang.\n"),
                           (None, "Draf tanpa judul\n\nisi")])  # fmt: skip
    window = make_window([])
    offered = []

    def choose(items):
        offered.extend(items)
        return {item.doc_id: "restore" for item in items}

    window.prompts.recovery = choose
    restored = window.offer_recovery()
    assert {item.doc_id for item in offered} == set(ids)
    assert len(restored) == 2
    by_path = {tab.path: tab for tab in restored}
    titled = by_path[article_file]
    assert titled.editor_text().endswith("Ketikan yang hilang.\n")
    assert titled.is_dirty() and "Recovered" in titled.info_bar.label.text()
    zone = window.settings.timezone  # the time on the newsroom's clock, as everywhere else
    assert f" {newsroom_zone(zone)}." in titled.info_bar.label.text()
    untitled = by_path[None]
    assert untitled.editor_text() == "Draf tanpa judul\n\nisi"
    assert untitled.is_dirty()

    window.registry["save"].trigger() if window.current_tab() is titled else None
    window.activate_tab(titled)
    window.registry["save"].trigger()
    assert article_file.read_text(encoding="utf-8").endswith("Ketikan yang hilang.\n")
    target = article_file.with_name("draf.md")
    window.prompts.save_path = lambda suggested: target
    window.activate_tab(untitled)
    window.registry["save"].trigger()
    assert target.read_text(encoding="utf-8") == "Draf tanpa judul\n\nisi"
    window.close()
    assert find_recoverable(journal_dir()) == []


def test_restore_into_an_article_that_is_already_open(make_window, qtbot, article_file):
    first = make_window([article_file])
    first.close()  # the session remembers the article
    crashed_session([(article_file, TEST_ARTICLE + "Tambahan.\n")])
    window = make_window([])
    window.prompts.recovery = lambda items: {i.doc_id: "restore" for i in items}
    window.offer_recovery()
    assert len(window.all_tabs()) == 1
    tab = window.current_tab()
    assert tab.path == article_file and tab.editor_text().endswith("Tambahan.\n")
    assert tab.is_dirty()
    window.prompts.unsaved_changes = lambda name: "discard"
    window.close()
    assert find_recoverable(journal_dir()) == []


def test_discard_and_decide_later(make_window, qtbot, article_file):
    keep, drop = crashed_session([(None, "Simpan nanti"), (None, "Buang saja")])
    window = make_window([article_file])
    window.prompts.recovery = lambda items: {keep: "later", drop: "discard"}
    assert window.offer_recovery() == []
    assert len(window.all_tabs()) == 1
    assert (journal_dir() / "discarded").is_dir()
    assert [item.doc_id for item in find_recoverable(journal_dir())] == [keep]


def test_a_running_instances_journal_is_never_offered(make_window, qtbot, article_file):
    running = make_window([article_file])
    tab = running.current_tab()
    qtbot.keyClicks(tab.editor, "masih diketik")
    qtbot.waitUntil(lambda: entry_file(running, tab).exists(), timeout=2500)
    other = make_window([article_file], restore=False)
    other.prompts.recovery = lambda items: (_ for _ in ()).throw(AssertionError(items))
    assert other.offer_recovery() == []
    assert entry_file(running, tab).exists()


def test_the_recovery_dialog(qtbot, article_file):
    crashed_session([(article_file, TEST_ARTICLE + "Hilang.\n"), (None, "## Draf\n\nBaris satu")])
    items = find_recoverable(journal_dir())
    dialog = RecoveryDialog(items)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.restore_button.isDefault()
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    texts = {row.text(0): row for row in rows}
    assert "Judul Uji Coba" in texts and "Draf" in texts
    assert texts["Judul Uji Coba"].text(1) == "uji-coba.md"
    assert "Untitled" in texts["Draf"].text(1)
    assert all("today" in row.text(2) for row in rows)
    texts["Draf"].setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter: Restore, the default button
    choices = dialog.choices()
    by_title = {item.title_hint: choices[item.doc_id] for item in items}
    assert by_title == {"Judul Uji Coba": "restore", "Draf": "discard"}


def test_the_recovery_dialog_escape_decides_later(qtbot):
    crashed_session([(None, "Satu")])
    items = find_recoverable(journal_dir())
    dialog = RecoveryDialog(items)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert set(dialog.choices().values()) == {"later"}
    dialog = RecoveryDialog(items)
    qtbot.addWidget(dialog)
    dialog.discard_button.click()
    assert set(dialog.choices().values()) == {"discard"}


def test_the_recovery_dialog_shows_times_on_the_newsrooms_clock(qtbot, monkeypatch, english):
    """A laptop set to another zone (New York) in a WITA newsroom: the time a recovery shows is
    the newsroom's, as the article's date is."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        crashed_session([(None, "Satu")])
        items = find_recoverable(journal_dir())
        dialog = RecoveryDialog(items, zone="WITA")
        qtbot.addWidget(dialog)
        shown = dialog.tree.topLevelItem(0).text(2)
        wita = items[0].time.astimezone(dt.timezone(dt.timedelta(hours=8)))
        assert shown.endswith(" WITA")
        assert wita.strftime("%H:%M") in shown
    finally:
        monkeypatch.undo()
        time.tzset()


def _colleague_saves(path: Path) -> str:
    """A colleague's save after the crash: the file's text now."""
    text = TEST_ARTICLE + "Balasan rekan yang disimpan setelahnya.\n"
    path.write_text(text, encoding="utf-8")
    return text


def test_a_restored_draft_never_overwrites_a_colleagues_save_made_since(make_window, qtbot,
                                                                        article_file):  # fmt: skip
    crashed_session([(article_file, TEST_ARTICLE + "Ketikan yang hilang.\n")])
    theirs = _colleague_saves(article_file)
    window = make_window([])
    window.prompts.recovery = lambda items: {i.doc_id: "restore" for i in items}
    asked = []

    def conflict(name: str) -> str:
        asked.append(name)
        return "cancel"

    window.prompts.disk_conflict = conflict
    (tab,) = window.offer_recovery()
    assert "also changed on disk" in tab.info_bar.label.text()
    window.registry["save"].trigger()
    assert asked  # the save stops at their change and asks
    assert article_file.read_text(encoding="utf-8") == theirs
    assert tab.is_dirty() and tab.editor_text().endswith("Ketikan yang hilang.\n")
    window.prompts.unsaved_changes = lambda name: "discard"


def test_restored_into_the_open_story_it_asks_too(make_window, qtbot, article_file):
    first = make_window([article_file])
    first.close()  # the session remembers the article: it opens before the offer
    crashed_session([(article_file, TEST_ARTICLE + "Tambahan.\n")])
    theirs = _colleague_saves(article_file)
    window = make_window([])
    window.prompts.recovery = lambda items: {i.doc_id: "restore" for i in items}
    asked = []
    window.prompts.disk_conflict = lambda name: asked.append(name) or "cancel"
    window.offer_recovery()
    tab = window.current_tab()
    assert tab.editor_text().endswith("Tambahan.\n")
    window.registry["save"].trigger()
    assert asked and article_file.read_text(encoding="utf-8") == theirs
    window.prompts.unsaved_changes = lambda name: "discard"


def test_text_recovered_for_a_story_a_colleague_holds_is_a_copy_beside_it(
    make_window, qtbot, article_file, monkeypatch
):
    # QA8: restored into the read-only tab, the text showed no "*", the status said
    # "Read-only", and the bar said the tab followed the colleague's saves
    from tests.gui.window.test_locking import answer_lock_dialog, settings_for

    crashed_session([(article_file, TEST_ARTICLE + "Ketikan Rina yang hilang.\n")])
    make_window([article_file], settings=settings_for("Budi"))  # Budi has it open
    window = make_window(restore=False, settings=settings_for("Rina"))
    answer_lock_dialog(monkeypatch, window, "read_only")
    held = window.files.open_path(article_file)
    assert held is not None and held.read_only
    window.prompts.recovery = lambda items: {i.doc_id: "restore" for i in items}
    (copy,) = window.offer_recovery()
    assert copy is not held and held.editor_text() == article_file.read_text(encoding="utf-8")
    assert copy.editor_text().endswith("Ketikan Rina yang hilang.\n")
    assert copy.is_dirty() and not copy.read_only and copy.path is None
    assert "Someone else has the story open" in copy.info_bar.label.text()
    target = article_file.with_name("salinan-rina.md")
    suggested = []
    window.prompts.save_path = lambda name: suggested.append(name) or target
    window.activate_tab(copy)
    window.registry["save"].trigger()
    assert suggested and suggested[0] != article_file  # never over the story Budi holds
    assert target.read_text(encoding="utf-8").endswith("Ketikan Rina yang hilang.\n")
    assert "Ketikan Rina" not in article_file.read_text(encoding="utf-8")  # Budi's untouched


def test_the_recovery_dialog_says_when_the_work_may_still_be_open_elsewhere(qtbot):
    """A session whose pid runs but whose start time cannot be compared (QA28 H3: a lock from
    before start times were kept on Windows): its work is offered, saying so."""
    crashed_session([(None, "## Draf\n\nBaris satu")])
    items = [replace(item, maybe_open=True) for item in find_recoverable(journal_dir())]
    dialog = RecoveryDialog(items)
    qtbot.addWidget(dialog)
    where = dialog.tree.topLevelItem(0).text(1)
    assert where == "Untitled — never saved\n— may still be open in another window"


def test_the_recovery_dialogs_columns_show_the_file_and_its_notes_whole(qtbot, article_file):
    """QA34 F9: "harga-bbm.md — also changed on disk since" ran under the time's column and
    the list scrolled sideways; each note is a line of its own and the columns fit the list."""
    story = article_file.with_name("harga-bbm.md")
    story.write_text(TEST_ARTICLE.replace("Judul Uji Coba", "Harga BBM: Laporan Terkini"))
    crashed_session([(story, TEST_ARTICLE + "Hilang.\n")])
    items = [replace(item, disk_changed=True, maybe_open=True)
             for item in find_recoverable(journal_dir())]  # fmt: skip
    dialog = RecoveryDialog(items)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tree, row = dialog.tree, dialog.tree.topLevelItem(0)
    lines = row.text(1).split("\n")
    assert lines == ["harga-bbm.md", "— also changed on disk since",
                     "— may still be open in another window"]  # fmt: skip
    widest = max(tree.fontMetrics().horizontalAdvance(line) for line in lines)
    assert tree.columnWidth(1) >= widest
    assert tree.visualItemRect(row).height() >= 3 * tree.fontMetrics().height()  # every line
    assert sum(tree.columnWidth(c) for c in range(3)) <= tree.viewport().width()
    assert not tree.horizontalScrollBar().isVisible()
    assert tree.columnWidth(0) >= tree.fontMetrics().horizontalAdvance("Harga BBM")  # the title
