from __future__ import annotations

import os
from pathlib import Path

from netizen_editor.storage.identity import FileIdentity, changed_on_disk, sha256_hex
from netizen_editor.storage.reading import MAX_BYTES


def write(path: Path, data: bytes, mtime_ns: int) -> None:
    path.write_bytes(data)
    os.utime(path, ns=(mtime_ns, mtime_ns))


def test_of_missing_file_is_none(tmp_path: Path) -> None:
    assert FileIdentity.of(tmp_path / "tidak-ada.md", MAX_BYTES) is None


def test_identity_describes_file(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    write(path, b"halo", 1_700_000_000_000_000_000)
    ident = FileIdentity.of(path, MAX_BYTES)
    assert ident == FileIdentity(4, 1_700_000_000_000_000_000, sha256_hex(b"halo"))
    assert FileIdentity.from_dict(ident.to_dict()) == ident
    assert not changed_on_disk(path, ident)


def test_changed_underneath_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    write(path, b"versi satu", 1_700_000_000_000_000_000)
    known = FileIdentity.of(path, MAX_BYTES)
    write(path, b"versi dua!", 1_700_000_001_000_000_000)  # same size, new content
    assert changed_on_disk(path, known)
    path.write_bytes(b"lebih panjang sekarang")
    assert changed_on_disk(path, known)


def test_touch_without_content_change_is_not_a_change(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    write(path, b"sama saja", 1_700_000_000_000_000_000)
    known = FileIdentity.of(path, MAX_BYTES)
    os.utime(path, ns=(1_800_000_000_000_000_000, 1_800_000_000_000_000_000))
    assert not changed_on_disk(path, known)


def test_deleted_or_appearing_file_is_a_change(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"x")
    known = FileIdentity.of(path, MAX_BYTES)
    path.unlink()
    assert changed_on_disk(path, known)
    assert not changed_on_disk(path, None)
    path.write_bytes(b"x")
    assert changed_on_disk(path, None)
