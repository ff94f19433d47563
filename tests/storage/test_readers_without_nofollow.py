"""Where the system has no ``O_NOFOLLOW`` (Windows), the readers of a planted file refuse a
link themselves (QA28 L4): the history's version reader and ``read_head`` (a story looked at
for its front matter) opened it and read whatever it led to, unlike ``read_regular``. Here
the flag is taken away as on Windows, from ``os`` and from the flags the readers open with."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from netizen_editor.history import version_file
from netizen_editor.history.version_file import VersionError, encode, read_info, read_version
from netizen_editor.storage import capped
from netizen_editor.storage.capped import NotRegularFile, read_head, read_regular

pytestmark = [
    pytest.mark.skipif(not hasattr(os, "O_NOFOLLOW"), reason="the flag is taken away here"),
    pytest.mark.usefixtures("english"),
]

STORY = "---\ntitle: Rahasia\n---\n\nIsi yang tidak boleh terbaca.\n"


@pytest.fixture
def no_nofollow(monkeypatch: pytest.MonkeyPatch) -> None:
    flags = capped.PLANTED_READ_FLAGS & ~os.O_NOFOLLOW
    monkeypatch.delattr(os, "O_NOFOLLOW")
    monkeypatch.setattr(capped, "PLANTED_READ_FLAGS", flags)
    monkeypatch.setattr(version_file, "PLANTED_READ_FLAGS", flags)


@pytest.fixture
def planted(tmp_path: Path) -> tuple[Path, Path]:
    """A story elsewhere and a link to it in the desk."""
    elsewhere = tmp_path / "elsewhere.md"
    elsewhere.write_text(STORY, encoding="utf-8")
    link = tmp_path / "desk.md"
    link.symlink_to(elsewhere)
    return elsewhere, link


def test_read_head_refuses_a_link(no_nofollow, planted):
    elsewhere, link = planted
    assert read_head(link) is None
    assert read_head(elsewhere) == STORY


def test_read_regular_refuses_a_link(no_nofollow, planted):
    elsewhere, link = planted
    with pytest.raises(NotRegularFile, match="a link; not read"):
        read_regular(link, 1024)
    assert read_regular(elsewhere, 1024)[0] == STORY.encode()


def test_the_version_reader_refuses_a_link(no_nofollow, tmp_path):
    data = encode(STORY, time="2026-12-06T10:30:00+07:00", author="Budi", reason="save", words=5)
    elsewhere = tmp_path / "elsewhere.nzv"
    elsewhere.write_bytes(data)
    link = tmp_path / "history" / "20261206T103000.nzv"
    link.parent.mkdir()
    link.symlink_to(elsewhere)
    for read in (read_info, read_version):
        with pytest.raises(VersionError, match="the version is a link; it is not read"):
            read(link)
    assert read_version(elsewhere)[1] == STORY
