"""``photos.sniff`` and the preview's refusal of a file that is not an image: the first 64
bytes at most, once per file version, never through a link."""

from __future__ import annotations

import os

import pytest

from netizen_editor.photos import sniff
from netizen_editor.photos.refused import refusal
from netizen_editor.photos.source import SourceRejected

PNG = b"\x89PNG\r\n\x1a\n" + bytes(200)


@pytest.mark.parametrize(
    "head",
    [PNG, b"\xff\xd8\xff\xe0JFIF", b"GIF89a..", b"RIFF\x10\x00\x00\x00WEBPVP8 ", b"II*\x00",
     b"MM\x00*", b"BM\x36\x00", b"\x00\x00\x00\x1cftypavif", b"\x00\x00\x00\x18ftypheic"],
)  # fmt: skip
def test_the_formats_the_exports_read_may_be_images(head):
    assert sniff.may_be_image(head)


@pytest.mark.parametrize("head", [b"", b"Catatan liputan", b"<svg xmlns=", b"%PDF-1.7", b"RIFF"])
def test_other_beginnings_are_not(head):
    assert not sniff.may_be_image(head)


def test_a_file_that_is_not_an_image_is_refused_by_its_first_bytes(tmp_path, monkeypatch):
    article = tmp_path / "banjir.md"
    (tmp_path / "foto.jpg").write_bytes(PNG)
    (tmp_path / "catatan.jpg").write_bytes(b"Catatan liputan, bukan foto.\n" * 100)
    sizes: list[int] = []
    read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: sizes.append(n) or read(fd, n))
    assert refusal("foto.jpg", article) is None
    problem = refusal("catatan.jpg", article)
    assert problem is not None and problem.reason == SourceRejected.NOT_IMAGE
    assert sizes == [sniff.HEAD, sniff.HEAD]  # 64 bytes of each, no more
    assert refusal("catatan.jpg", article) is not None and refusal("foto.jpg", article) is None
    assert len(sizes) == 2  # the same file versions: not read again

    (tmp_path / "catatan.jpg").write_bytes(PNG)  # replaced by a photo: a new version
    assert refusal("catatan.jpg", article) is None
    assert len(sizes) == 3


def test_a_link_put_in_place_of_the_file_is_not_followed(tmp_path):
    target = tmp_path / "catatan.txt"
    target.write_bytes(b"bukan foto")
    link = tmp_path / "foto.jpg"
    link.symlink_to(target)
    assert sniff.looks_like_image(link, os.stat(link))  # O_NOFOLLOW: not judged, not read
