"""A document is an untrusted archive: its directory is checked before a byte is unpacked."""

from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import Path

import pytest

from netizen_editor.importing import safety
from netizen_editor.importing.safety import DocumentError, Package, read_document, safe_href
from tests.importing.documents import docx_bytes, p, r, zip_bytes

HERE = Path("rilis.docx")


def bomb(size: int = 300 * 1024 * 1024) -> bytes:
    """A document whose one entry unpacks ~1000× (zeros), streamed so the test stays small."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as entry:
            chunk = bytes(1024 * 1024)
            for _ in range(size // len(chunk)):
                entry.write(chunk)
    return out.getvalue()


def test_a_zip_bomb_is_refused_by_its_directory(monkeypatch):
    data = bomb()
    assert len(data) < 1024 * 1024
    read: list[str] = []
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda *a, **k: read.append("opened"))
    with pytest.raises(DocumentError, match=r"would unpack .*× its size \(a zip bomb\?\)"):
        Package(data, HERE, "Word")
    assert read == []  # refused before anything was unpacked


def test_too_much_unpacked_data_in_all_is_refused(monkeypatch):
    monkeypatch.setattr(safety, "MAX_UNPACKED", 1000)
    data = zip_bytes({f"word/media/{n}.bin": bytes(range(256)) * 2 for n in range(3)})
    with pytest.raises(DocumentError, match="would unpack to"):
        Package(data, HERE, "Word")


def test_too_many_entries_are_refused(monkeypatch):
    monkeypatch.setattr(safety, "MAX_ENTRIES", 10)
    with pytest.raises(DocumentError, match="the archive has 11 entries"):
        Package(zip_bytes({f"x{n}": "" for n in range(11)}), HERE, "Word")


def test_an_encrypted_office_document_is_refused_with_what_to_do():
    with pytest.raises(DocumentError, match="password-protected") as caught:
        Package(safety.OLE_MAGIC + bytes(512), HERE, "Word")
    assert caught.value.located().startswith("rilis.docx: ")
    assert "\n" not in caught.value.located()


def test_an_encrypted_zip_entry_is_refused():
    data = bytearray(docx_bytes(p(r("x"))))
    # set the "encrypted" flag of every entry in the central directory
    at = 0
    while (at := data.find(b"PK\x01\x02", at)) >= 0:
        data[at + 8] |= 1
        at += 4
    with pytest.raises(DocumentError, match="password-protected"):
        Package(bytes(data), HERE, "Word")


def test_a_corrupt_file_is_refused():
    with pytest.raises(DocumentError, match="damaged or is not a Word document"):
        Package(b"PK\x03\x04 this is not a zip", HERE, "Word")


def test_a_part_that_declares_entities_is_refused():
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;">]><w:document>&lol2;</w:document>'
    )
    package = Package(zip_bytes({"word/document.xml": laughs}), HERE, "Word")
    with pytest.raises(DocumentError, match="declares a DTD or entities"):
        package.text_part("word/document.xml")


def test_a_document_over_the_size_limit_is_not_read(tmp_path, monkeypatch):
    monkeypatch.setattr(safety, "MAX_INPUT_BYTES", 100)
    big = tmp_path / "besar.docx"
    big.write_bytes(bytes(101))
    with pytest.raises(DocumentError, match="too large to import"):
        read_document(big)


def test_a_folder_is_not_a_document(tmp_path):
    with pytest.raises(DocumentError, match="not a regular file"):
        read_document(tmp_path)


@pytest.mark.parametrize(
    ("href", "kept"),
    [
        ("https://desa.go.id/", True),
        ("mailto:humas@desa.go.id", True),
        ("#bagian", True),
        ("file:///etc/passwd", False),
        ("javascript:alert(1)", False),
        ("\\\\server\\share\\x.docx", False),
        ("C:\\rilis.docx", False),
    ],
)
def test_only_web_mail_and_phone_links_stay(href, kept):
    assert safe_href(href) is kept


def test_a_text_longer_than_an_article_is_refused_before_it_is_read(monkeypatch):
    monkeypatch.setattr(safety, "MAX_BODY_XML", 100)
    package = Package(docx_bytes(p(r("kata " * 100))), HERE, "Word")
    with pytest.raises(DocumentError, match="too long to import as an article"):
        package.body_part("word/document.xml")


@pytest.mark.parametrize(
    ("encoding", "mark"),
    [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-16-le", b""),
     ("utf-32-le", codecs.BOM_UTF32_LE), ("utf-7", b"")],
)  # fmt: skip
def test_entities_are_refused_in_any_encoding(encoding, mark):
    declared = "UTF-7" if encoding == "utf-7" else "UTF-16"
    laughs = (
        f'<?xml version="1.0" encoding="{declared}"?><!DOCTYPE x [<!ENTITY lol "lol">]>'
        "<w:document>&lol;</w:document>"
    )
    data = mark + laughs.encode(encoding)
    if encoding == "utf-7":  # "<!" written as UTF-7's base64, as its encoder may
        data = data.replace(b"<!", b"+ADwAIQ-")
        assert data.decode("utf-7") == laughs
    assert b"<!ENTITY" not in data.upper()  # not to be seen in the bytes
    package = Package(zip_bytes({"word/document.xml": data}), HERE, "Word")
    with pytest.raises(DocumentError, match="declares a DTD or entities"):
        package.text_part("word/document.xml")


def test_a_part_in_an_unknown_encoding_is_refused():
    part = b'<?xml version="1.0" encoding="x-klingon"?><w:document/>'
    package = Package(zip_bytes({"word/document.xml": part}), HERE, "Word")
    with pytest.raises(DocumentError, match="unknown encoding"):
        package.text_part("word/document.xml")
    plain = b'<?xml version="1.0" encoding="ISO-8859-1"?><w:document>caf\xe9</w:document>'
    assert Package(zip_bytes({"word/document.xml": plain}), HERE, "Word").text_part(
        "word/document.xml") == plain  # fmt: skip
