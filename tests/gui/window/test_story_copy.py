"""Copies of a story in the window: Open a Copy of a story a colleague holds starts a new story
(QA34 F3)."""

from __future__ import annotations

from netizen_editor.article.model import Article
from netizen_editor.history.article_id import article_id
from tests.article.test_story_copy import STORY
from tests.gui.window.test_locking import answer_lock_dialog, settings_for


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
    copy = article_file.with_name("uji-coba-copy.md")
    second.prompts.save_path = lambda path: copy
    second.registry["save"].trigger()
    assert tab.path == copy and not tab.is_dirty()
    saved = copy.read_text(encoding="utf-8")
    assert article_id(saved) not in (None, article_id(STORY))  # a history of its own
    assert Article.parse(saved).meta["status"] == "draft"
    assert article_file.read_text(encoding="utf-8") == STORY
