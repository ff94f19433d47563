"""A copy of an article is offered under a name in the interface language, never over a file
(or a link) that is already there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from netizen_editor.storage.copy_names import copy_path


@pytest.mark.usefixtures("indonesian")
def test_an_indonesian_copy_is_a_salinan(tmp_path: Path) -> None:
    article = tmp_path / "artikel.md"
    article.write_text("x", encoding="utf-8")
    assert copy_path(article) == tmp_path / "artikel-salinan.md"
    (tmp_path / "artikel-salinan.md").write_text("y", encoding="utf-8")
    assert copy_path(article) == tmp_path / "artikel-salinan-2.md"
    os.symlink(tmp_path / "gone.md", tmp_path / "artikel-salinan-2.md")  # a dangling link
    assert copy_path(article) == tmp_path / "artikel-salinan-3.md"


@pytest.mark.usefixtures("english")
def test_an_english_copy_is_a_copy(tmp_path: Path) -> None:
    article = tmp_path / "banjir rob.md"
    assert copy_path(article) == tmp_path / "banjir rob-copy.md"
    (tmp_path / "banjir rob-copy.md").mkdir()  # a folder takes the name too
    assert copy_path(article) == tmp_path / "banjir rob-copy-2.md"


def test_a_new_file_is_offered_under_a_free_numbered_name(tmp_path: Path) -> None:
    from netizen_editor.storage.copy_names import free_path

    article = tmp_path / "rilis.md"
    assert free_path(article) == article
    article.write_text("x", encoding="utf-8")
    assert free_path(article) == tmp_path / "rilis-2.md"
    (tmp_path / "rilis-2.md").write_text("y", encoding="utf-8")
    assert free_path(article) == tmp_path / "rilis-3.md"
    assert free_path(tmp_path / "rilis-2.md") == tmp_path / "rilis-3.md"  # not rilis-2-2.md
    assert free_path(tmp_path / "baru.md", lambda p: p.stem == "baru") == tmp_path / "baru-2.md"
