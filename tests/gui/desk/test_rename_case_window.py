"""The desk's Rename or Move with only the capitals changed, as on Windows (QA28 M7): its
paths are equal in other capitals (``PureWindowsPath("Berita.md") == "berita.md"``), so the
window took the new name for the old one and did nothing. The volume that does not tell
capitals apart is ``tests.desk.test_rename_case``'s."""

from __future__ import annotations

import os
from pathlib import PosixPath

import pytest

from tests.desk.test_rename_case import case_blind  # noqa: F401 (a fixture)

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="the Windows path is made here"),
    pytest.mark.usefixtures("case_blind"),
]


class WindowsLikePath(PosixPath):
    """A path equal to another in other capitals, as Windows' are."""

    def __eq__(self, other: object) -> bool:
        return str(self).casefold() == str(other).casefold()

    def __hash__(self) -> int:
        return hash(str(self).casefold())


def test_a_story_is_renamed_to_its_name_in_other_capitals(desk_window, desk_folder, monkeypatch):
    window = desk_window()
    new = WindowsLikePath(desk_folder / "Banjir-Jakarta.md")
    monkeypatch.setattr(window.desk, "_ask_path", lambda *args, **kwargs: new)
    assert window.desk.rename("banjir-jakarta.md")
    assert "Banjir-Jakarta.md" in os.listdir(desk_folder)
    assert "banjir-jakarta.md" not in os.listdir(desk_folder)
