"""A page too big for a data: URL is loaded from a file: the preview's temp folder is private
(mode 0700, a random name) and nothing is ever written through a link another local user
planted in the shared temp folder."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

import pytest

from netizen_editor.gui.revisions import worker as preview_worker
from netizen_editor.gui.revisions.worker import RevisionWorker
from tests.gui import TIMEOUT
from tests.gui.preview_fixtures import dispose, js, make_preview, show_first

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes and links")

ARTICLE = "---\ntitle: Banjir Rendam Jakarta\n---\nHujan deras sejak pagi.\n\nPenutup.\n"


@pytest.fixture
def shared_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in for the machine's shared temp folder (/tmp), and pages that always go to a
    file."""
    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    shared.chmod(0o1777)
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    monkeypatch.setattr(preview_worker, "DATA_URL_LIMIT", 1000)
    return shared


@pytest.fixture
def preview(qtbot, shared_tmp):
    view = make_preview(qtbot)
    yield view
    dispose(view)


def page_file(preview) -> Path:
    url = preview.page().url()
    assert url.scheme() == "file"
    return Path(url.toLocalFile())


def reload_page(qtbot, preview) -> Path:
    with qtbot.waitSignal(preview.painted, timeout=TIMEOUT):
        preview.reload()
    return page_file(preview)


def test_the_big_page_folder_is_private_and_its_name_random(qtbot, preview, shared_tmp):
    show_first(qtbot, preview, ARTICLE)
    folder = preview.revisions.worker.temp_dir
    assert folder is not None and page_file(preview).parent == folder
    st = os.lstat(folder)
    assert folder.parent == shared_tmp
    assert stat.S_ISDIR(st.st_mode) and stat.S_IMODE(st.st_mode) == 0o700
    assert st.st_uid == os.getuid()
    assert folder.name.startswith(preview_worker.TEMP_PREFIX)
    # not the old guessable name (pid and object id), and another preview gets another one
    assert folder.name != f"netizen-preview-{os.getpid()}-{id(preview)}"
    other = RevisionWorker()
    try:
        assert other._private_folder() not in (folder, None)
        assert other.temp_dir is not None and other.temp_dir.parent == shared_tmp
    finally:
        other.remove_temp_dir()
    assert js(qtbot, preview, "document.title") == "Banjir Rendam Jakarta - Netizen.co.id"
    preview.shutdown()
    assert not folder.exists()  # removed on close, as before
    assert list(shared_tmp.iterdir()) == []


def test_a_link_planted_at_the_folders_name_is_passed_over(
    qtbot, preview, shared_tmp, tmp_path, monkeypatch
):
    """Someone got the name mkdtemp tries first and put a link there: it is skipped (the
    folder is made, never reused), and nothing reaches the link's target."""
    target = tmp_path / "someone-elses"
    target.mkdir()
    planted = shared_tmp / f"{preview_worker.TEMP_PREFIX}planted"
    planted.symlink_to(target, target_is_directory=True)
    names = iter(["planted", "ours0001"])
    monkeypatch.setattr(tempfile, "_get_candidate_names", lambda: names)
    show_first(qtbot, preview, ARTICLE)
    assert page_file(preview).parent == shared_tmp / f"{preview_worker.TEMP_PREFIX}ours0001"
    assert list(target.iterdir()) == []
    assert planted.is_symlink()


def test_a_link_at_a_page_name_is_replaced_not_written_through(qtbot, preview, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("jangan ditimpa\n", encoding="utf-8")
    show_first(qtbot, preview, ARTICLE)
    first = page_file(preview)
    assert first.name == "page-1.html"
    planted = first.parent / "page-2.html"
    planted.symlink_to(victim)
    second = reload_page(qtbot, preview)
    assert second == planted
    assert not second.is_symlink() and "Banjir Rendam Jakarta" in second.read_text("utf-8")
    assert victim.read_text(encoding="utf-8") == "jangan ditimpa\n"


def test_a_link_in_place_of_the_folder_gets_no_page(qtbot, preview, tmp_path):
    """The folder went (a temp cleaner) and a link took its name: a new private folder."""
    target = tmp_path / "someone-elses"
    target.mkdir()
    show_first(qtbot, preview, ARTICLE)
    folder = page_file(preview).parent
    for page in folder.iterdir():
        page.unlink()
    folder.rmdir()
    folder.symlink_to(target, target_is_directory=True)
    second = reload_page(qtbot, preview)
    assert second.parent != folder and second.parent.parent == folder.parent
    assert stat.S_IMODE(os.lstat(second.parent).st_mode) == 0o700
    assert list(target.iterdir()) == []
    preview.shutdown()
    assert folder.is_symlink() and list(target.iterdir()) == []  # the link's target is kept
    assert not second.parent.exists()
