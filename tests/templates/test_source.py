"""The imported source of an article and the runs of it that are copied."""

from __future__ import annotations

import os

import pytest

from netizen_editor.templates.source import (
    SourceProblem,
    copied_runs,
    read_source,
    shingles,
    words,
)

RELEASE = (
    "Perusahaan Listrik Negara meresmikan pembangkit listrik tenaga surya terapung terbesar "
    "di Asia Tenggara di Waduk Cirata pada hari Kamis dengan kapasitas 192 megawatt."
)


def test_runs_of_twelve_words_are_found_with_their_line():
    known = shingles(words(RELEASE), 12)
    lines = [
        "PLN punya pembangkit baru.",
        "Menurut rilis, pembangkit listrik tenaga surya terapung terbesar di Asia Tenggara di",
        "Waduk Cirata pada hari Kamis diresmikan.",
    ]
    runs = list(copied_runs(lines, 10, known, 12))
    assert len(runs) == 1
    assert runs[0].line == 11
    assert runs[0].column == lines[1].index("pembangkit") + 1
    assert runs[0].words == 15


def test_eleven_words_are_not_a_run():
    known = shingles(words(RELEASE), 12)
    lines = ["pembangkit listrik tenaga surya terapung terbesar di Asia Tenggara di Waduk baru"]
    assert list(copied_runs(lines, 1, known, 12)) == []


def test_the_source_is_read_only_inside_the_articles_folder(tmp_path):
    article = tmp_path / "rilis.md"
    (tmp_path / "rilis_files").mkdir()
    (tmp_path / "rilis_files" / "source.txt").write_text(RELEASE)
    assert read_source(article, "rilis_files/source.txt") == RELEASE
    for bad in ("../secret.txt", "/etc/passwd", "rilis_files/../../x"):
        with pytest.raises(SourceProblem):
            read_source(article, bad)
    with pytest.raises(SourceProblem):
        read_source(article, "rilis_files/none.txt")


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_a_source_that_is_a_link_is_not_followed(tmp_path):
    (tmp_path / "secret.txt").write_text("rahasia")
    (tmp_path / "a_files").mkdir()
    (tmp_path / "a_files" / "source.txt").symlink_to(tmp_path / "secret.txt")
    (tmp_path / "linked").symlink_to(tmp_path / "a_files", target_is_directory=True)
    with pytest.raises(SourceProblem):
        read_source(tmp_path / "a.md", "a_files/source.txt")
    with pytest.raises(SourceProblem):
        read_source(tmp_path / "a.md", "linked/other.txt")
