"""A name that ends in a number of its own (a year, a date) is not counted on: a second import
of ``pilkada-2024.pdf`` is offered ``pilkada-2024-2.md``, never ``pilkada-2025.md`` (another
year's story, by its name)."""

from __future__ import annotations

from pathlib import Path

from netizen_editor.storage.copy_names import free_path


def test_a_year_in_the_name_is_kept_and_numbered_after(tmp_path: Path) -> None:
    article = tmp_path / "pilkada-2024.md"
    article.write_text("x", encoding="utf-8")
    assert free_path(article) == tmp_path / "pilkada-2024-2.md"
    (tmp_path / "pilkada-2024-2.md").write_text("y", encoding="utf-8")
    assert free_path(article) == tmp_path / "pilkada-2024-3.md"


def test_a_date_in_the_name_is_not_moved_on(tmp_path: Path) -> None:
    article = tmp_path / "rapat-06-12.md"
    article.write_text("x", encoding="utf-8")
    assert free_path(article) == tmp_path / "rapat-06-12-2.md"


def test_a_number_given_after_the_name_is_still_counted_on(tmp_path: Path) -> None:
    (tmp_path / "banjir.md").write_text("x", encoding="utf-8")
    (tmp_path / "banjir-2.md").write_text("y", encoding="utf-8")
    assert free_path(tmp_path / "banjir-2.md") == tmp_path / "banjir-3.md"
