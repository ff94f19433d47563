"""Copies of a story in the window: Open a Copy of a story a colleague holds starts a new story
(QA34 F3), and a copy's Save As (a recovered copy's too) offers a copy's name beside the story,
never the story's own name in the folder used last (QA34 F8)."""

from __future__ import annotations

from netizen_editor.article.model import Article
from netizen_editor.history.article_id import article_id
from tests.article.test_story_copy import STORY
from tests.gui.window.test_locking import answer_lock_dialog, settings_for
from tests.gui.window.test_recovery import crashed_session


def test_open_a_copy_starts_a_new_story_of_the_users(make_window, article_file, monkeypatch):
    # QA34 F3: the copy (of Sari's story, which Budi has open) was a second story "review"
    # in the editor's queue, by Sari, at the story's address, with its id until its save
    article_file.write_text(STORY, encoding="utf-8")
    make_window([article_file], settings=settings_for("Budi"))
    second = make_window(restore=False, settings=settings_for("Rina"))
    answer_lock_dialog(monkeypatch, second, "copy")
    second.prompts.save_path = lambda path: None  # cancelled: the copy stays unsaved
    tab = second.files.open_path(article_file)
    assert tab is not None and tab.path is None and tab.is_dirty()
    meta = Article.parse(tab.editor_text()).meta
    assert (meta["status"], meta["author"], meta["slug"]) == ("draft", "Rina", "uji-coba-copy")
    assert "url" not in meta and "id" not in meta
    assert meta["title"] == "Kereta Cepat: Laporan Terkini"
    assert tab.editor_text().endswith("---\nJAKARTA - Paragraf pembuka.\n")
    assert not tab.editor.document().isUndoAvailable()  # a new tab: no step to take back
    suggested = []
    second.prompts.save_path = lambda path: suggested.append(path) or path
    second.registry["save"].trigger()
    copy = article_file.with_name("uji-coba-copy.md")
    assert suggested == [copy]  # again beside the story, not in the folder used last (F8)
    assert tab.path == copy and not tab.is_dirty()
    saved = copy.read_text(encoding="utf-8")
    assert article_id(saved) not in (None, article_id(STORY))  # a history of its own
    assert Article.parse(saved).meta["status"] == "draft"
    assert article_file.read_text(encoding="utf-8") == STORY


def test_a_recovered_copy_is_offered_a_copys_name_beside_the_story(
    make_window, qtbot, article_file, monkeypatch, tmp_path
):
    # QA34 F8: Save As offered the story's own name (its slug, "kereta-cepat.md") in the folder
    # of an earlier new story, and Enter saved a second story there
    article_file.write_text(STORY, encoding="utf-8")
    crashed_session([(article_file, STORY + "Ketikan Rina yang hilang.\n")])
    make_window([article_file], settings=settings_for("Budi"))  # Budi has it open
    window = make_window(restore=False, settings=settings_for("Rina"))
    elsewhere = tmp_path / "daerah"
    elsewhere.mkdir()
    window.session.open_folder = str(elsewhere)
    answer_lock_dialog(monkeypatch, window, "read_only")
    assert window.files.open_path(article_file) is not None
    window.prompts.recovery = lambda items: {i.doc_id: "restore" for i in items}
    (copy,) = window.offer_recovery()
    assert copy.path is None and copy.document.protected_path == article_file
    suggested = []
    window.prompts.save_path = lambda path: suggested.append(path) or path
    window.activate_tab(copy)
    window.registry["save"].trigger()
    beside = article_file.with_name("uji-coba-copy.md")
    assert suggested == [beside] and copy.path == beside
    assert beside.read_text(encoding="utf-8").endswith("Ketikan Rina yang hilang.\n")
    assert list(elsewhere.iterdir()) == []


def test_the_sample_is_offered_the_folder_used_last_not_the_apps_own(make_window, tmp_path):
    window = make_window([])
    window.session.open_folder = str(tmp_path)
    tab = window.files.open_sample()
    assert tab is not None and tab.document.protected_path is not None
    suggested = []
    window.prompts.save_path = lambda path: suggested.append(path)  # cancelled
    assert not window.files.save_as(tab)
    assert [path.parent for path in suggested] == [tmp_path]


def test_a_copy_saved_under_another_name_has_that_names_slug(
    make_window, article_file, monkeypatch
):
    """RV3 #2: the slug made from the name offered stayed when the copy was saved as another."""
    article_file.write_text(STORY, encoding="utf-8")
    make_window([article_file], settings=settings_for("Budi"))
    second = make_window(restore=False, settings=settings_for("Rina"))
    answer_lock_dialog(monkeypatch, second, "copy")
    chosen = article_file.with_name("banjir-susulan.md")
    second.prompts.save_path = lambda path: chosen  # the journalist names the new story
    tab = second.files.open_path(article_file)
    assert tab is not None and tab.path == chosen
    assert Article.parse(chosen.read_text(encoding="utf-8")).meta["slug"] == "banjir-susulan"
