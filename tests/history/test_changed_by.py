"""Who wrote the text in an article's file, when the app can tell (QA31 F9): the author of the
story's newest version when it is that very text; "" otherwise, never raising."""

from __future__ import annotations

from pathlib import Path

from netizen_editor.history.changed_by import changed_by
from netizen_editor.history.store import History
from tests.history.conftest import ARTICLE


def test_a_colleagues_save_is_theirs(article: tuple[Path, str, str], history: History) -> None:
    path, text, _found = article
    saved = text + "\nTambahan Bambang.\n"
    history.keep(saved, "save")  # what the app does at every save
    path.write_text(saved, encoding="utf-8")
    assert changed_by(path) == "Bambang"


def test_a_text_written_since_by_something_else_is_nobodys(
    article: tuple[Path, str, str], history: History
) -> None:
    path, text, _found = article
    history.keep(text, "save")
    path.write_text(text + "\nDari skrip.\n", encoding="utf-8")
    assert changed_by(path) == ""


def test_an_overwritten_text_has_no_author(
    article: tuple[Path, str, str], history: History
) -> None:
    path, text, found = article
    History(path.parent, found, clock=history.clock).keep(text, "overwritten")  # "unknown"
    assert changed_by(path) == ""


def test_no_id_no_history_no_file_is_nobody(tmp_path: Path, article: tuple[Path, str, str]) -> None:
    plain = tmp_path / "tanpa-id.md"
    plain.write_text(ARTICLE, encoding="utf-8")
    assert changed_by(plain) == ""
    assert changed_by(article[0]) == ""  # an id, no versions yet
    assert changed_by(tmp_path / "hilang.md") == ""
    (tmp_path / "folder.md").mkdir()
    assert changed_by(tmp_path / "folder.md") == ""
