"""The questions about a change on disk name the colleague whose save it was, when the app can
tell (QA31 F9, F13): "changed by Rina", not "by another program", once she saved through the
app (her text is the newest version of the story's history) and closed the story."""

from __future__ import annotations

from netizen_editor.gui.dialogs.prompts import Prompts
from netizen_editor.storage.locks import read_lock
from tests.gui import Recorder, type_at_end
from tests.gui.window.test_locking import two_writers


def test_the_save_and_the_watcher_name_who_saved_the_text_on_disk(
    make_window, qtbot, article_file, monkeypatch
):
    first, mine = two_writers(make_window, qtbot, article_file, monkeypatch)
    watcher = Recorder("keep")
    first.prompts.changed_on_disk = watcher
    first.files.check_disk(mine)  # Budi's window notices Rina's save
    assert watcher.calls == [("uji-coba.md", "Rina")]
    conflict = Recorder("cancel")
    first.prompts.disk_conflict = conflict
    first.registry["save"].trigger()
    assert conflict.calls == [("uji-coba.md", "Rina")]  # she has it open: named as before
    lock_path = article_file.with_name(".~lock.uji-coba.md#")
    lock_path.unlink()  # Rina closed it (her window in another process)
    assert read_lock(article_file) is None
    first.registry["save"].trigger()
    assert conflict.calls[-1] == ("uji-coba.md", "", "Rina")  # nobody has it: her save still


def test_a_change_nobody_can_be_named_for_is_another_programs(make_window, qtbot, article_file):
    from tests.samples import TEST_ARTICLE

    window = make_window([article_file])
    tab = window.current_tab()
    window.files.unwatch(article_file)
    type_at_end(qtbot, tab, "Versi saya.")
    article_file.write_text(TEST_ARTICLE + "Dari skrip.\n", encoding="utf-8")
    watcher = Recorder("keep")
    window.prompts.changed_on_disk = watcher
    window.files.check_disk(tab)
    assert watcher.calls == [("uji-coba.md",)]


def test_the_questions_say_who(make_window, monkeypatch):
    window = make_window(restore=False)
    prompts = Prompts(window)
    said: list[str] = []
    monkeypatch.setattr(prompts, "_ask", lambda _icon, _title, text, *rest: said.append(text))
    prompts.disk_conflict("berita.md", "", "Sari")
    prompts.disk_conflict("berita.md", "Budi", "Sari")
    prompts.disk_conflict("berita.md")
    prompts.changed_on_disk("berita.md", "Sari")
    prompts.changed_on_disk("berita.md")
    assert said == [
        "“berita.md” was changed by Sari since you opened it.",
        "“berita.md” was changed by Sari since you opened it; Budi has it open now.",
        "“berita.md” was changed by another program since you opened it.",
        "“berita.md” was changed by Sari.",
        "“berita.md” was changed by another program.",
    ]


def test_a_clean_tab_reloaded_says_whose_save_it_was(make_window, qtbot, article_file):
    from netizen_editor.history.article_id import article_id, with_article_id
    from netizen_editor.history.store import History

    text, _found = with_article_id(article_file.read_text(encoding="utf-8"))
    article_file.write_text(text, encoding="utf-8")
    window = make_window([article_file])
    tab = window.current_tab()
    window.files.unwatch(article_file)
    theirs = text + "\nTambahan Sari.\n"
    History(article_file.parent, article_id(text), author="Sari").keep(theirs, "save")
    article_file.write_text(theirs, encoding="utf-8")  # Sari's save, from her computer
    window.files.check_disk(tab)
    assert tab.editor_text() == theirs and not tab.is_dirty()
    assert tab.info_bar.shown.startswith("uji-coba.md was changed by Sari and has been reloaded")
