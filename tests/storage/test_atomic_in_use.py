"""Windows: a save while another program has the story open (QA28 M1). Windows cannot rename
over a file that a program opened without FILE_SHARE_DELETE (Python's open: a colleague's
desk poll reading the story, a sync client), and says so with winerror 5 or 32; the save
failed at once with "you cannot write to the folder", though a second try a moment later
worked. The rename is now tried again for about half a second, and a file still open is said
to be open in another program. ``_replace`` is the module's indirection for faults."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from netizen_editor.storage import atomic
from netizen_editor.storage.atomic import SaveError, atomic_write_bytes
from tests.storage.test_atomic import NEW, OLD, leftovers


def in_use(winerror: int) -> PermissionError:
    """The error Windows' rename raises (``winerror`` exists only there, so it is set here)."""
    error = PermissionError(errno.EACCES, "Access is denied")
    error.winerror = winerror  # type: ignore[attr-defined]
    return error


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "artikel.md"
    path.write_bytes(OLD)
    return path


@pytest.fixture
def renames(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The renames tried (their targets), without the pauses between them."""
    monkeypatch.setattr(atomic, "_IN_USE_PAUSE_S", 0.0)
    return []


@pytest.mark.parametrize("winerror", [5, 32])
def test_a_story_open_elsewhere_for_a_moment_is_saved(target, renames, monkeypatch, winerror):
    def replace(src: str, dst: str) -> None:
        renames.append(dst)
        if len(renames) <= 2:  # the colleague's poll still reads it
            raise in_use(winerror)
        atomic._rename(src, dst)

    monkeypatch.setattr(atomic, "_replace", replace)
    atomic_write_bytes(target, NEW)
    assert target.read_bytes() == NEW
    assert renames == [str(target)] * 3
    assert leftovers(target.parent) == []


@pytest.mark.parametrize("winerror", [5, 32])
def test_a_story_that_stays_open_elsewhere_is_said_to_be_open(
    target, renames, monkeypatch, winerror
):
    def replace(src: str, dst: str) -> None:
        renames.append(dst)
        raise in_use(winerror)

    monkeypatch.setattr(atomic, "_replace", replace)
    with pytest.raises(SaveError) as caught:
        atomic_write_bytes(target, NEW)
    assert caught.value.message == (
        f"Could not save {target}: the file is open in another program (a colleague's "
        "computer, a sync client); try again in a moment"
    )
    assert caught.value.path == target and caught.value.errno == errno.EACCES
    assert len(renames) == atomic._IN_USE_TRIES  # bounded: about half a second
    assert target.read_bytes() == OLD
    assert leftovers(target.parent) == []


def test_a_new_file_refused_is_the_folders_fault_at_once(tmp_path, renames, monkeypatch):
    def replace(src: str, dst: str) -> None:
        renames.append(dst)
        raise in_use(5)  # nothing there to be open: the folder's permissions

    monkeypatch.setattr(atomic, "_replace", replace)
    path = tmp_path / "baru.md"
    with pytest.raises(SaveError) as caught:
        atomic_write_bytes(path, NEW)
    assert f"you cannot write to the folder {tmp_path}" in caught.value.message
    assert renames == [str(path)]
    assert os.listdir(tmp_path) == []


def test_other_errors_are_not_tried_again(target, renames, monkeypatch):
    def replace(src: str, dst: str) -> None:
        renames.append(dst)
        raise PermissionError(errno.EACCES, "Permission denied")  # no winerror: not Windows

    monkeypatch.setattr(atomic, "_replace", replace)
    with pytest.raises(SaveError, match="you cannot write to the folder"):
        atomic_write_bytes(target, NEW)
    assert renames == [str(target)]
