"""The index is only a cache: keyed by path, size and mtime; another format, another folder or
a damaged record is no index."""

from __future__ import annotations

import json

import pytest

from netizen_editor.desk import list_desk
from netizen_editor.desk.index import index_path, load_index
from tests.desk.conftest import article, write

pytestmark = pytest.mark.usefixtures("english")


def test_the_index_lives_in_the_cache_folder_keyed_by_path_size_and_mtime(desk, cache):
    write(desk / "sub" / "a.md", article("Satu"), mtime=1_000_000)
    list_desk(desk, cache_dir=cache)
    root = desk.resolve()
    path = index_path(root, cache)
    assert path.parent == cache / "desk"
    records = load_index(path, root)
    record = records["sub/a.md"]
    assert (record.size, record.mtime_ns) == (len(article("Satu")), 1_000_000 * 10**9)
    assert record.entry.title == "Satu"


def test_the_default_index_is_in_the_users_cache_folder(desk, tmp_path, monkeypatch):
    monkeypatch.setenv("NETIZEN_EDITOR_CACHE_DIR", str(tmp_path / "mine"))
    write(desk / "a.md", article("Satu"))
    list_desk(desk)
    assert index_path(desk.resolve()).is_file()
    assert index_path(desk.resolve()).is_relative_to(tmp_path / "mine")


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: {**d, "format": 99},
        lambda d: {**d, "folder": "/lain"},
        lambda d: {**d, "articles": {"a.md": [1, 2, 3]}},
        lambda d: {**d, "articles": {"a.md": [1, 2, {"path": "a.md"}, None, None, "", None]}},
        lambda d: [d],
    ],
)
def test_an_index_that_does_not_fit_is_no_index(desk, cache, damage):
    write(desk / "a.md", article("Satu"))
    first = list_desk(desk, cache_dir=cache)
    path = index_path(desk.resolve(), cache)
    path.write_text(json.dumps(damage(json.loads(path.read_text()))))
    assert load_index(path, desk.resolve()) == {}
    assert list_desk(desk, cache_dir=cache) == first


def test_a_file_name_that_is_not_utf8_survives_the_index(desk, cache):
    import os

    name = os.fsdecode(b"caf\xe9.md")
    write(desk / name, article("Kafe"))
    first = list_desk(desk, cache_dir=cache)
    assert first[0].path == name
    assert load_index(index_path(desk.resolve(), cache), desk.resolve())[name].entry == first[0]
