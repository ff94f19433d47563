"""``photos.named``: the files an article's image addresses name, as written, inside its image
folders; nothing is looked at."""

from __future__ import annotations

from netizen_editor.photos.named import MOST, named_files


def test_local_addresses_inside_the_folders_name_their_files(tmp_path):
    article = tmp_path / "desk" / "banjir.md"  # nothing on disk: nothing is looked at
    images = tmp_path / "arsip"
    srcs = ["foto.jpg", "banjir_files/a%20b.png", "./foto.jpg", "../arsip/lama.jpg",
            "../luar/x.jpg", "https://contoh.id/x.jpg", "//cdn.id/y.jpg", "data:image/png;base64,",
            "", "  ", f"file://{images}/baru.jpg", "/etc/passwd"]  # fmt: skip
    assert named_files(srcs, article, str(images)) == {
        tmp_path / "desk" / "foto.jpg",
        tmp_path / "desk" / "banjir_files" / "a b.png",
        images / "lama.jpg",
        images / "baru.jpg",
    }
    desk = tmp_path / "desk"
    assert named_files(srcs, article) == {desk / "foto.jpg", desk / "banjir_files" / "a b.png"}


def test_an_untitled_article_names_none_and_the_count_is_bounded(tmp_path):
    assert named_files(["foto.jpg"], None) == frozenset()
    many = [f"foto-{i}.jpg" for i in range(MOST * 2)]
    assert len(named_files(many, tmp_path / "a.md")) == MOST
