from __future__ import annotations

import codecs
import time
from pathlib import Path

import pytest

from netizen_editor.errors import ArticleError
from netizen_editor.storage.reading import (
    ReadError,
    decode_with,
    read_article_file,
    write_article_file,
)


def test_plain_utf8(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes("Berita “hari ini” — Jakarta\n".encode())
    result = read_article_file(path)
    assert result.text == "Berita “hari ini” — Jakarta\n"
    assert result.encoding == "utf-8"
    assert not result.bom
    assert result.identity.size == path.stat().st_size


def test_crlf_kept_and_saved_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    original = b"---\r\ntitle: Uji\r\n---\r\n\r\nBaris satu\r\nBaris dua\rtiga\n"
    path.write_bytes(original)
    result = read_article_file(path)
    assert "\r\n" in result.text
    write_article_file(path, result.text, bom=result.bom)
    assert path.read_bytes() == original


def test_bom_is_accepted_and_written_back(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    original = codecs.BOM_UTF8 + b"Judul\n"
    path.write_bytes(original)
    result = read_article_file(path)
    assert result.bom
    assert result.text == "Judul\n"
    ident = write_article_file(path, result.text, bom=result.bom)
    assert path.read_bytes() == original
    assert ident.size == len(original)


def test_not_utf8_reports_byte_line_and_guess(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    text = "Baris satu\nBaris dua\nPresiden berkata “tidak” di café itu.\n"
    data = text.encode("cp1252")
    path.write_bytes(data)
    with pytest.raises(ReadError) as caught:
        read_article_file(path)
    err = caught.value
    offset = data.index(b"\x93")
    assert err.kind == "not_utf8"
    assert err.byte_offset == offset
    assert err.line == 3
    assert f"not valid UTF-8 at byte {offset} (line 3)" in err.message
    assert err.guessed_encoding == "cp1252"
    assert isinstance(err, ArticleError)
    assert str(err).startswith(f"{path}:3: ")
    assert decode_with(path, err.guessed_encoding) == text


def test_bad_byte_offset_counts_the_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(codecs.BOM_UTF8 + b"ab\n\xff")
    with pytest.raises(ReadError) as caught:
        read_article_file(path)
    assert (caught.value.byte_offset, caught.value.line) == (6, 2)


def test_utf16_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes("Halo".encode("utf-16"))
    with pytest.raises(ReadError) as caught:
        read_article_file(path)
    assert caught.value.kind == "not_utf8"
    assert caught.value.guessed_encoding == "utf-16"
    assert decode_with(path, "utf-16") == "Halo"


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(1, 32)) * 20],
    ids=["nul bytes", "control bytes"],
)
def test_binary_is_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "gambar.md"
    path.write_bytes(data)
    with pytest.raises(ReadError) as caught:
        read_article_file(path)
    assert caught.value.kind == "binary"


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "besar.md"
    with open(path, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: nothing is really written
    started = time.perf_counter()
    with pytest.raises(ReadError) as caught:
        read_article_file(path)
    assert time.perf_counter() - started < 0.5
    assert caught.value.kind == "too_large"
    assert "50.0 MB" in caught.value.message
    with pytest.raises(ReadError):
        decode_with(path, "latin-1")


def test_missing_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as caught:
        read_article_file(tmp_path / "hilang.md")
    assert caught.value.kind == "missing"
    with pytest.raises(ReadError) as caught:
        read_article_file(tmp_path)
    assert caught.value.kind == "unreadable"


def test_decode_with_wrong_or_unknown_encoding(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"ok\n\xff\xfe\xfd")
    with pytest.raises(ReadError) as caught:
        decode_with(path, "utf-8")
    assert caught.value.kind == "unreadable"
    assert caught.value.line == 2
    with pytest.raises(ReadError) as caught:
        decode_with(path, "no-such-encoding")
    assert "Unknown text encoding" in caught.value.message


def test_the_reasons_are_in_the_interface_language(tmp_path, monkeypatch):
    from netizen_editor import i18n

    monkeypatch.setattr(i18n, "_language", "id")
    with pytest.raises(ReadError) as missing:
        read_article_file(tmp_path / "tidak-ada.md")
    assert missing.value.message == "Berkas tidak ada (mungkin dipindahkan atau dihapus)"
    (tmp_path / "latin1.md").write_bytes("Kafé di Jalan Braga\n".encode("cp1252"))
    with pytest.raises(ReadError) as latin:
        read_article_file(tmp_path / "latin1.md")
    assert latin.value.message.startswith("Berkas ini bukan UTF-8 yang sah pada bita 3 (baris 1)")
