"""A story on a Windows share (\\\\server\\share\\desk\\berita.md) shows its photos: their
addresses are file://server/share/desk/..., which the preview lets through because the folder
is on that server, and never another computer's file. Windows' paths are simulated with
``ntpath`` (its realpath is a plain abspath off Windows: no share is reached)."""

from __future__ import annotations

import ntpath
import os
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QUrl

from netizen_editor.gui.preview import web_page
from netizen_editor.gui.preview.web_page import PreviewInterceptor
from netizen_editor.gui.revisions.worker import folder_url, with_base

SHARE = "//server/share/desk"


@pytest.fixture(params=["windows", "posix"])
def interceptor(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    if request.param == "windows":
        windows_os = SimpleNamespace(path=ntpath, sep="\\", environ=os.environ)
        monkeypatch.setattr(web_page, "os", windows_os)
    looked_at: list[str] = []
    realpath = web_page.os.path.realpath

    def recording_realpath(path: str) -> str:
        looked_at.append(os.fspath(path))
        return realpath(path)

    monkeypatch.setattr(web_page.os.path, "realpath", recording_realpath)
    interceptor = PreviewInterceptor()
    interceptor.set_roots([Path(SHARE)])
    looked_at.clear()
    interceptor.looked_at = looked_at  # type: ignore[attr-defined]
    return interceptor


def test_a_photo_beside_a_story_on_a_share_is_allowed(qtbot, interceptor) -> None:
    base = QUrl.fromLocalFile(SHARE + "/")
    photo = base.resolved(QUrl("berita_files/foto-1.jpg"))
    assert photo.host() == "server"
    assert interceptor.allows(photo)
    assert interceptor.allows(QUrl("file://SERVER/share/desk/foto%202.jpg"))


def test_other_files_of_that_server_and_other_servers_are_refused(qtbot, interceptor) -> None:
    assert not interceptor.allows(QUrl("file://server/share/lain/foto.jpg"))
    assert not interceptor.allows(QUrl("file://server/share/desk/../rahasia.jpg"))
    assert not interceptor.allows(QUrl("file://server/share/desk-2/foto.jpg"))
    interceptor.looked_at.clear()
    for address in ("file://attacker/share/desk/foto.jpg", "file://attacker.example/x.jpg"):
        assert not interceptor.allows(QUrl(address))
    assert interceptor.looked_at == []  # refused by its host, never opened (no SMB to it)


def test_a_host_is_allowed_only_for_a_root_on_it(qtbot, tmp_path) -> None:
    interceptor = PreviewInterceptor()
    interceptor.set_roots([tmp_path])
    assert interceptor.allows(QUrl.fromLocalFile(str(tmp_path / "foto.jpg")))
    # file://tmp/... is //tmp/..., which POSIX reads as /tmp/...: still another computer's
    assert not interceptor.allows(QUrl("file://" + str(tmp_path / "foto.jpg").lstrip("/")))


def test_a_big_page_loaded_from_a_file_has_the_same_base_as_one_loaded_in_place() -> None:
    page = with_base("<html><head></head><body></body></html>", Path(SHARE))
    assert '<base href="file://server/share/desk/">' in page
    assert folder_url(Path(SHARE)).toString() == "file://server/share/desk/"


def test_the_base_is_the_folder_as_named_not_where_its_links_lead(tmp_path) -> None:
    real = tmp_path / "server-disk"
    real.mkdir()
    mapped = tmp_path / "S"  # as a mapped drive: resolve() would name the share instead
    mapped.symlink_to(real)
    page = with_base("<head></head>", mapped / "desk")
    expected = folder_url(mapped / "desk").toString(QUrl.ComponentFormattingOption.FullyEncoded)
    assert f'<base href="{expected}">' in page
    assert "server-disk" not in page
