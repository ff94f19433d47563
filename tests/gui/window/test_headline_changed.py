"""A title or summary changed by a colleague's save is said when the open story's text is
replaced by it (QA31 F4: a desk editor's new headline reached the reporter with no sign; the
Review panel lists marks, not front-matter changes)."""

from __future__ import annotations

from netizen_editor.history.article_id import article_id, with_article_id
from netizen_editor.history.store import History
from tests.gui import TIMEOUT, Recorder, type_at_end
from tests.gui.window.test_lock_following import reader

OLD_TITLE = "title: Judul Uji Coba\n"


def saved_by_sari(article_file, change) -> str:
    """The story given an id; Sari's save of it changed by ``change`` (returned), kept as the
    newest version signed with her name, as her window keeps it."""
    text, _found = with_article_id(article_file.read_text(encoding="utf-8"))
    article_file.write_text(text, encoding="utf-8")
    theirs = change(text)
    History(article_file.parent, article_id(text), author="Sari").keep(theirs, "save")
    return theirs


def test_a_clean_tab_reloaded_says_the_title_and_summary_changed_and_by_whom(
    make_window, qtbot, article_file
):
    theirs = saved_by_sari(
        article_file,
        lambda t: t.replace(OLD_TITLE, "title: Banjir Surut di Bekasi\nsummary: Air surut.\n"),
    )
    window = make_window([article_file])
    tab = window.current_tab()
    window.files.unwatch(article_file)
    article_file.write_text(theirs, encoding="utf-8")  # Sari's save, from her computer
    window.files.check_disk(tab)
    assert tab.editor_text() == theirs
    said = tab.info_bar.shown
    assert said.startswith("uji-coba.md was changed by Sari and has been reloaded")
    assert said.endswith(
        "(Undo brings back the previous text).\n"
        "Title changed by Sari: «Judul Uji Coba» → «Banjir Surut di Bekasi».\n"
        "Summary changed by Sari: «» → «Air surut.»."
    )
    qtbot.wait(50)
    assert not tab.info_bar._timer.isActive()  # stays until closed: a glance away missed it


def test_a_text_change_alone_says_nothing_more(make_window, qtbot, article_file):
    theirs = saved_by_sari(article_file, lambda t: t + "\nTambahan Sari.\n")
    window = make_window([article_file])
    tab = window.current_tab()
    window.files.unwatch(article_file)
    article_file.write_text(theirs, encoding="utf-8")
    window.files.check_disk(tab)
    assert tab.info_bar.shown == (
        "uji-coba.md was changed by Sari and has been reloaded (Undo brings back the previous "
        "text)."
    )


def test_a_read_only_tab_following_the_holder_says_his_new_title(
    make_window, qtbot, article_file, monkeypatch
):
    first, _second, tab, _bar = reader(make_window, monkeypatch, article_file)
    mine = first.current_tab()
    mine.replace_text(mine.editor_text().replace(OLD_TITLE, "title: Judul Baru\n"))
    first.registry["save"].trigger()  # Budi's save, kept as a version signed with his name
    qtbot.waitUntil(lambda: "title: Judul Baru" in tab.editor_text(), timeout=TIMEOUT)
    said = tab.info_bar.shown
    assert said.startswith("uji-coba.md was saved by the colleague who has it open")
    assert said.endswith("their new text.\nTitle changed by Budi: «Judul Uji Coba» → «Judul Baru».")


def test_reload_chosen_over_my_edits_says_it_too_unsigned_and_planted_text_escaped(
    make_window, qtbot, article_file
):
    window = make_window([article_file])
    tab = window.current_tab()
    window.files.unwatch(article_file)
    type_at_end(qtbot, tab, "Versi saya.")
    planted = "Judul \u202etlam\\n" + "x" * 500  # a script's title: no version, no name
    text = article_file.read_text(encoding="utf-8")
    article_file.write_text(text.replace(OLD_TITLE, f'title: "{planted}"\n'), encoding="utf-8")
    window.prompts.changed_on_disk = Recorder("reload")
    window.files.check_disk(tab)
    said = tab.info_bar.shown
    assert said.startswith("Title changed: «Judul Uji Coba» → «Judul \\u202etlam\\nxxx")
    assert said.endswith("x…».") and len(said) < 250 and "\u202e" not in said


def test_the_notice_speaks_indonesian(make_window, qtbot, article_file, indonesian_ui):
    theirs = saved_by_sari(article_file, lambda t: t.replace(OLD_TITLE, "title: Rob Surut\n"))
    window = make_window([article_file])
    tab = window.current_tab()
    window.files.unwatch(article_file)
    article_file.write_text(theirs, encoding="utf-8")
    window.files.check_disk(tab)
    assert tab.info_bar.shown.endswith("Judul diubah oleh Sari: «Judul Uji Coba» → «Rob Surut».")
