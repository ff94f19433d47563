"""A copy of a story (Open a Copy) starts as a new story: a draft of its own, not a second
copy of the story at the desk and on the blog (QA34 F3)."""

from __future__ import annotations

from netizen_editor.article.model import Article
from netizen_editor.article.story_copy import as_new_story
from netizen_editor.history.article_id import article_id

STORY = (
    "---\n"
    "title: 'Kereta Cepat: Laporan Terkini'\n"
    "author: Sari  # penulis\n"
    "editor: Redaksi\n"
    "labels: [Internasional, Rusia]\n"
    "slug: kereta-cepat\n"
    "url: https://netizen.co.id/2026/12/kereta-cepat.html\n"
    "status: review\n"
    "id: f5eb27e8-fbff-4d45-9479-554e3d083707\n"
    "---\n"
    "JAKARTA - Paragraf pembuka.\n"
)


def test_a_copy_is_a_draft_of_its_own_by_the_user():
    copy = as_new_story(STORY, "kereta-cepat-salinan", "Budi")
    meta = Article.parse(copy).meta
    assert meta["status"] == "draft"
    assert meta["slug"] == "kereta-cepat-salinan"  # its own address, not the story's
    assert "url" not in meta  # not live anywhere yet
    assert article_id(copy) is None and "id" not in meta  # its first save gives it its own
    assert meta["author"] == "Budi"  # in Budi's Just Mine at the desk, not in Sari's
    assert meta["editor"] == "Redaksi"
    assert meta["title"] == "Kereta Cepat: Laporan Terkini"
    assert meta["labels"] == ["Internasional", "Rusia"]
    assert copy.endswith("---\nJAKARTA - Paragraf pembuka.\n")


def test_only_the_lines_that_make_it_the_story_change():
    copy = as_new_story(STORY, "Berita Baru (2)", "Budi")
    assert copy.splitlines()[:5] == [
        "---",
        "title: 'Kereta Cepat: Laporan Terkini'",
        "author: Budi  # penulis",
        "editor: Redaksi",
        "labels: [Internasional, Rusia]",
    ]
    assert "slug: berita-baru-2\n" in copy


def test_a_copy_of_a_story_without_a_slug_gets_one_of_its_own():
    # without one, the address is made from the title: the same as the story's
    story = "---\ntitle: Kereta Cepat\nstatus: ready\n---\nTeks.\n"
    copy = as_new_story(story, "kereta-cepat-salinan", "Budi")
    assert Article.parse(copy).meta == {
        "title": "Kereta Cepat",
        "status": "draft",
        "slug": "kereta-cepat-salinan",
        "author": "Budi",
    }


def test_a_note_or_a_broken_front_matter_is_left_as_it_is():
    note = "Catatan tanpa front matter.\n"
    assert as_new_story(note, "catatan-salinan", "Budi") == note
    broken = "---\ntitle: [tidak ditutup\nstatus: review\n---\nTeks.\n"
    assert as_new_story(broken, "rusak-salinan", "Budi") == broken
