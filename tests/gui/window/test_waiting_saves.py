"""A save waiting for its folder is retried by a timer, never by the user: it asks nothing
(RV3 #5). The folder came back while a colleague had the story open, and the retry popped
"Story Open Elsewhere" over whatever the user was doing; its Cancel ended the waiting. A change
made on disk meanwhile popped the conflict question the same way. Every question fails these
tests (strict prompts) unless a test answers it."""

from __future__ import annotations

from netizen_editor.storage.journal import load_entry
from netizen_editor.storage.locks import ArticleLock, lock_path, read_lock
from tests.gui import TIMEOUT, Recorder, type_at_end
from tests.gui.window.test_lock_taken_back import holds
from tests.gui.window.test_locking import settings_for
from tests.gui.window.test_window_renamed import STORY, open_story


def waiting_for_its_folder(make_window, qtbot, article_file):
    """Budi saves while the shared folder is away: his save waits. The folder, elsewhere."""
    window = make_window([article_file], settings=settings_for("Budi"))
    tab = window.current_tab()
    type_at_end(qtbot, tab, "Kalimat penting.")
    away = article_file.parent.with_name("articles-away")
    article_file.parent.rename(away)  # the drive is gone (a rename: root ignores chmod)
    errors = Recorder()
    window.prompts.error = errors
    window.registry["save"].trigger()
    assert len(errors.calls) == 1 and window.files.locks.saves.waiting(tab)
    return window, tab, away


def test_a_retry_waits_while_a_colleague_has_the_story_and_saves_once_it_is_free(
    make_window, qtbot, article_file
):
    window, tab, away = waiting_for_its_folder(make_window, qtbot, article_file)
    before = (away / article_file.name).read_text(encoding="utf-8")
    away.rename(article_file.parent)  # back: Rina took the story over meanwhile
    lock_path(article_file).unlink()
    rina = ArticleLock(article_file, "Rina")
    assert rina.acquire() is None
    saves = window.files.locks.saves
    saves.retry()  # asks nothing (strict prompts), writes nothing
    assert article_file.read_text(encoding="utf-8") == before
    assert tab.is_dirty() and saves.waiting(tab)  # still waiting: nothing to answer yet
    said = "uji-coba.md is not saved yet: Rina has it open now; it is saved once they close it."
    assert window.statusBar().currentMessage() == said
    entry = load_entry(window.keeper.journal.entry_file(tab.doc_id))
    assert entry.text.endswith("Kalimat penting.")
    saves.retry()  # again and again while she has it: said once, still waiting
    assert saves.waiting(tab) and read_lock(article_file).user == "Rina"

    rina.release()  # she closes it: his tab locks it again and the waiting save goes in
    qtbot.waitUntil(
        lambda: article_file.read_text(encoding="utf-8").endswith("Kalimat penting."),
        timeout=TIMEOUT,
    )
    assert not tab.is_dirty() and not saves.waiting(tab)
    assert holds(window, tab, article_file)
    assert "The folder is back" in window.statusBar().currentMessage()


def test_a_retry_that_meets_a_change_on_disk_leaves_it_to_the_users_save(
    make_window, qtbot, article_file
):
    window, tab, away = waiting_for_its_folder(make_window, qtbot, article_file)
    story = away / article_file.name
    theirs = story.read_text(encoding="utf-8") + "\nTambahan dari program lain.\n"
    story.write_text(theirs, encoding="utf-8")  # changed on the drive while it was away
    away.rename(article_file.parent)
    saves = window.files.locks.saves
    saves.retry()  # the conflict question is not asked (strict prompts)
    assert article_file.read_text(encoding="utf-8") == theirs
    assert tab.is_dirty() and not saves.waiting(tab)  # no retry would ever answer it
    said = "uji-coba.md was not saved: its save needs your answer first. Save it to be asked."
    assert window.statusBar().currentMessage() == said
    assert load_entry(window.keeper.journal.entry_file(tab.doc_id)).text.endswith("penting.")
    asked = Recorder("overwrite")
    window.prompts.disk_conflict = asked
    window.registry["save"].trigger()  # the user's own save asks
    assert len(asked.calls) == 1
    assert article_file.read_text(encoding="utf-8").endswith("Kalimat penting.")
    assert not tab.is_dirty()


def test_a_retry_asks_nothing_when_the_colleague_took_the_story_as_it_saved(
    make_window, qtbot, article_file, monkeypatch
):
    """Between the retry's look at the lock and its save, Rina takes the story: the save's
    own question is not asked either, and the save waits on for her."""
    window, tab, away = waiting_for_its_folder(make_window, qtbot, article_file)
    before = (away / article_file.name).read_text(encoding="utf-8")
    away.rename(article_file.parent)
    locks = window.files.locks
    real, looks = locks.colleague_of, []

    def colleague_of(t):  # the retry's first look finds nobody; the save's look finds her
        looks.append(t)
        return "" if len(looks) == 1 else real(t)

    monkeypatch.setattr(locks, "colleague_of", colleague_of)
    lock_path(article_file).unlink()
    assert ArticleLock(article_file, "Rina").acquire() is None
    locks.saves.retry()
    assert len(looks) >= 2  # the retry's look, then the save's own
    assert article_file.read_text(encoding="utf-8") == before
    assert tab.is_dirty() and locks.saves.waiting(tab)
    assert "Rina has it open now" in window.statusBar().currentMessage()


def test_a_retry_of_a_story_renamed_meanwhile_leaves_it_to_the_users_save(
    make_window, qtbot, tmp_path
):
    window, tab, old = open_story(make_window, tmp_path)
    type_at_end(qtbot, tab, "Tambahan.")
    away = old.parent.with_name("meja-away")
    old.parent.rename(away)
    window.prompts.error = Recorder()
    window.registry["save"].trigger()
    assert window.files.locks.saves.waiting(tab)
    (away / "tiga.md").rename(away / "tiga-baru.md")  # renamed on the drive meanwhile
    away.rename(old.parent)
    window.files.locks.saves.retry()  # "renamed: follow it?" is not asked (strict prompts)
    assert not old.exists() and old.with_name("tiga-baru.md").read_text(encoding="utf-8") == STORY
    assert tab.is_dirty() and not window.files.locks.saves.waiting(tab)
    assert window.statusBar().currentMessage().startswith("tiga.md was not saved: its save needs")


def test_a_save_unasked_leaves_the_desk_status_question_to_the_user(
    make_window, qtbot, article_file, monkeypatch
):
    """The desk set "review"; an Undo here took it back while the file still says it: a save
    asks which status is meant, but not one the user did not start."""
    from netizen_editor.gui.window import desk_status

    window = make_window([article_file])
    tab = window.current_tab()
    window.files.unwatch(article_file)  # a drive that sends no change notices
    on_disk = article_file.read_text(encoding="utf-8").replace("status: draft", "status: review")
    article_file.write_text(on_disk, encoding="utf-8")
    tab.desk_status = "review"
    type_at_end(qtbot, tab, "Tambahan.")
    asked = Recorder(desk_status.MINE)
    monkeypatch.setattr(desk_status, "ask", asked)
    assert not window.files.save(tab, unasked=True)
    assert asked.calls == [] and article_file.read_text(encoding="utf-8") == on_disk
    assert tab.is_dirty() and tab.desk_status == "review"  # the user's save asks it
