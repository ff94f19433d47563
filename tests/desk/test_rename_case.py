"""Renaming a story to its name in other capitals (QA28 M7): on Windows and macOS the volume
does not tell capitals apart, so ``berita.md`` "exists" when ``Berita.md`` does and the rename
was refused with "there is a file of that name already". It is now done in two steps through a
fresh name, neither replacing a file. Linux tells capitals apart: the volume that does not is
made here by answering ``os.path.lexists`` and ``os.path.samefile`` as it would."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from netizen_editor.desk.actions import DeskActionError, rename_article
from netizen_editor.storage import no_replace
from tests.desk.conftest import article, write

pytestmark = pytest.mark.usefixtures("english")

TEXT = article("Banjir di Jakarta", id="0b5e4a3c-8f1d-4c2b-9a7e-1d2c3b4a5f60")


def found_as(path: str | os.PathLike[str]) -> str | None:
    """The file a volume that does not tell capitals apart finds at ``path``, else None."""
    folder, name = os.path.split(os.fspath(path))
    try:
        names = os.listdir(folder or ".")
    except OSError:
        return None
    same = [other for other in names if other.casefold() == name.casefold()]
    return os.path.join(folder, same[0]) if same else None


@pytest.fixture
def case_blind(monkeypatch: pytest.MonkeyPatch) -> None:
    lexists, samefile = os.path.lexists, os.path.samefile
    monkeypatch.setattr(os.path, "lexists", lambda p: lexists(p) or found_as(p) is not None)
    monkeypatch.setattr(
        os.path, "samefile", lambda a, b: samefile(found_as(a) or a, found_as(b) or b)
    )


def test_a_story_gets_its_name_in_other_capitals(desk: Path, case_blind: None) -> None:
    old = write(desk / "Berita.md", TEXT)
    rename_article(old, desk / "berita.md", desk=desk)
    assert os.listdir(desk) == ["berita.md"]  # nothing left aside
    assert (desk / "berita.md").read_text(encoding="utf-8") == TEXT


def test_another_file_under_the_same_name_is_never_replaced(desk: Path) -> None:
    # Linux: berita.md is a second name of the same file, as on a volume that tells capitals
    # apart; the second step finds it taken and the story keeps its name
    old = write(desk / "Berita.md", TEXT)
    os.link(old, desk / "berita.md")
    with pytest.raises(DeskActionError, match="there is a file of that name already"):
        rename_article(old, desk / "berita.md", desk=desk)
    assert sorted(os.listdir(desk)) == ["Berita.md", "berita.md"]
    assert old.read_text(encoding="utf-8") == TEXT


def test_a_story_that_cannot_get_its_name_back_says_where_it_is(
    desk: Path, case_blind: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = write(desk / "Berita.md", TEXT)
    real, calls = no_replace.rename_no_replace, []

    def rename(source: Path | str, target: Path | str) -> None:
        calls.append(target)
        if len(calls) > 1:  # aside → berita.md, and aside → Berita.md again
            raise PermissionError(13, "Permission denied")
        real(source, target)

    monkeypatch.setattr(no_replace, "rename_no_replace", rename)
    with pytest.raises(DeskActionError) as caught:
        rename_article(old, desk / "berita.md", desk=desk)
    (aside,) = os.listdir(desk)
    assert caught.value.message == (
        f"it could not be renamed, nor given its name back: it is now {aside}"
    )
    assert aside.startswith(".Berita.md.") and calls[1:] == [desk / "berita.md", old]
    assert (desk / aside).read_text(encoding="utf-8") == TEXT
