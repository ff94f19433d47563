"""Words ignored in an article ("Abaikan") are remembered beside it, by its id, and the
spelling rules leave them out; a planted list or link is never followed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from netizen_editor import i18n
from netizen_editor.checks.context import check_text
from netizen_editor.settings import Settings
from netizen_editor.spelling.ignored import MAX_BYTES, ignore_word, ignored_file, ignored_words
from netizen_editor.storage.atomic import SaveError
from netizen_editor.storage.datadirs import CONFIG_ENV, DATA_ENV

ARTICLE = """---
title: Banjir
id: 0b1c2d3e-aaaa-bbbb-cccc-1234567890ab
---
Warga menunggu kalimt ini dan rumahh itu, tapi sudah lewat.
"""


@pytest.fixture(autouse=True)
def _own_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv(CONFIG_ENV, str(tmp_path / "config"))
    monkeypatch.setenv(DATA_ENV, str(tmp_path / "data"))
    monkeypatch.setattr(i18n, "_language", "en")


def words(text: str, path: Path) -> list[tuple[str, str]]:
    found = check_text(text, path, Settings())
    return [(f.rule, f.extra["word"]) for f in found if f.rule in ("spelling", "non-standard")]


def test_an_ignored_word_is_left_out_by_check_and_kept_beside_the_article(tmp_path):
    path = tmp_path / "desk" / "banjir.md"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    assert words(ARTICLE, path) == [
        ("spelling", "kalimt"),
        ("spelling", "rumahh"),
        ("non-standard", "tapi"),
    ]
    assert ignore_word(path, ARTICLE, "kalimt")
    assert ignore_word(path, ARTICLE, "tapi")
    assert not ignore_word(path, ARTICLE, "kalimt")  # already there
    assert words(ARTICLE, path) == [("spelling", "rumahh")]
    listed = path.parent / ".netizen" / "ignored" / "0b1c2d3e-aaaa-bbbb-cccc-1234567890ab.txt"
    assert listed.read_text(encoding="utf-8") == "kalimt\ntapi\n"
    moved = path.parent / "banjir-rob.md"  # a rename keeps the id, so the list
    assert words(ARTICLE, moved) == [("spelling", "rumahh")]
    assert path.read_text(encoding="utf-8") == ARTICLE


def test_an_article_without_an_id_keeps_its_list_in_the_data_folder(tmp_path):
    text = "---\ntitle: Banjir\n---\nWarga menunggu kalimt ini.\n"
    path = tmp_path / "banjir.md"
    assert ignore_word(path, text, "kalimt")
    where, below = ignored_file(path, text) or (None, None)
    assert below == tmp_path / "data" and where is not None and where.is_file()
    assert ignored_words(path, text) == {"kalimt"}
    assert words(text, path) == []
    assert not ignore_word(None, text, "kalimt")  # untitled: the editor keeps it in memory


def test_a_planted_link_or_giant_list_is_not_read_and_a_planted_folder_link_not_written(
    tmp_path,
):
    folder = tmp_path / "desk"
    folder.mkdir()
    path = folder / "banjir.md"
    outside = tmp_path / "outside.txt"
    outside.write_text("kalimt\nrumahh\n", encoding="utf-8")
    listed, _below = ignored_file(path, ARTICLE) or (None, None)
    assert listed is not None
    listed.parent.mkdir(parents=True)
    os.symlink(outside, listed)
    assert ignored_words(path, ARTICLE) == frozenset()
    listed.unlink()
    listed.write_bytes(b"kalimt\n" * (MAX_BYTES // 7 + 1))
    assert ignored_words(path, ARTICLE) == frozenset()

    other = tmp_path / "other"
    other.mkdir()
    (other / "banjir.md").write_text(ARTICLE, encoding="utf-8")
    target = tmp_path / "target"
    target.mkdir()
    os.symlink(target, other / ".netizen")
    with pytest.raises(SaveError):
        ignore_word(other / "banjir.md", ARTICLE, "kalimt")
    assert list(target.iterdir()) == []
