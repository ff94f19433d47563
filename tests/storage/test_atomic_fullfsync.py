"""A save's data reaches the disk on macOS too (QA28 L7): there fsync leaves it in the drive's
cache (Apple's fsync(2)), so the safe writer asks for F_FULLFSYNC, and falls back to fsync on a
file system that refuses it (a share). Simulated here: Linux has no F_FULLFSYNC."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from netizen_editor.storage import atomic

FAKE_FULLFSYNC = 51  # macOS's value; never given to a real fcntl here


class FakeFcntl:
    def __init__(self, refuse: bool) -> None:
        self.refuse = refuse
        self.calls: list[tuple[int, int]] = []

    def fcntl(self, fd: int, op: int) -> int:
        self.calls.append((fd, op))
        if self.refuse:
            raise OSError(errno.ENOTSUP, "not supported")
        return 0


@pytest.mark.parametrize("refuse", [False, True])
def test_a_save_asks_for_a_full_fsync_where_there_is_one(tmp_path: Path, monkeypatch, refuse):
    fake = FakeFcntl(refuse)
    fsyncs: list[int] = []
    monkeypatch.setattr(atomic, "fcntl", fake)
    monkeypatch.setattr(atomic, "_FULLFSYNC", FAKE_FULLFSYNC)
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: fsyncs.append(fd))
    target = tmp_path / "berita.md"
    atomic.atomic_write_bytes(target, b"Isi berita.\n")
    assert target.read_bytes() == b"Isi berita.\n"
    assert fake.calls and all(op == FAKE_FULLFSYNC for _fd, op in fake.calls)
    if refuse:  # every one refused was fsynced instead
        assert len(fsyncs) == len(fake.calls)
    else:
        assert fsyncs == []


def test_without_a_full_fsync_it_is_fsync(tmp_path: Path, monkeypatch):
    fsyncs: list[int] = []
    monkeypatch.setattr(atomic, "_FULLFSYNC", None)
    monkeypatch.setattr(atomic.os, "fsync", fsyncs.append)
    atomic.atomic_write_bytes(tmp_path / "berita.md", b"Isi.\n")
    assert fsyncs  # the file, and its folder
