"""``netizen-editor import FILE [-o OUT.md] [--accept-changes]``: exit 0 imported, 2 not."""

from __future__ import annotations

import pytest

from netizen_editor.cli import COMMANDS, main
from netizen_editor.review.marks import review_marks
from tests.importing.documents import docx_bytes, press_release_docx
from tests.importing.test_safety import bomb
from tests.photo_factory import jpeg_bytes, scene


@pytest.fixture(autouse=True)
def english_settings(tmp_path):
    (tmp_path / "config").mkdir(exist_ok=True)
    (tmp_path / "config" / "settings.toml").write_text(
        'ui_language = "en"\ndefault_author = "Rina Wartawan"\n', encoding="utf-8"
    )


@pytest.fixture
def release(tmp_path):
    source = tmp_path / "rilis.docx"
    source.write_bytes(press_release_docx(jpeg_bytes(scene((320, 240)))))
    return source


def test_import_writes_name_md_beside_the_document(release, tmp_path, capsys):
    assert main(["import", str(release)]) == 0
    out = tmp_path / "rilis.md"
    text = out.read_text(encoding="utf-8")
    assert "author: Rina Wartawan" in text and "template: rilis" in text
    assert len(review_marks(text)) == 4
    err = capsys.readouterr().err
    assert f"{release} → {out}: 3 suggestion(s), 1 comment(s), 1 image(s)" in err


def test_an_existing_article_is_never_overwritten(release, tmp_path, capsys):
    (tmp_path / "rilis.md").write_text("mine", encoding="utf-8")
    assert main(["import", str(release)]) == 2
    assert (tmp_path / "rilis.md").read_text(encoding="utf-8") == "mine"
    assert capsys.readouterr().err.strip().endswith("already exists; give another name with -o "
                                                    "(nothing was written)")  # fmt: skip


def test_o_and_accept_changes(release, tmp_path):
    out = tmp_path / "keluar" / "berita.md"
    out.parent.mkdir()
    assert main(["import", str(release), "-o", str(out), "--accept-changes"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "source_file: berita_files/source.txt" in text
    assert [m.kind for m in review_marks(text)] == ["highlight"]  # the comment stays
    assert (out.parent / "berita_files" / "peluncuran-desa-digital-1.jpg").is_file()


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("bom.docx", None, "(a zip bomb?)"),
        ("kunci.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "password-protected"),
        ("rusak.odt", b"PK\x03\x04 broken", "damaged"),
        ("foto.png", b"\x89PNG\r\n", "cannot import this kind of file"),
    ],
)
def test_a_document_that_cannot_be_imported_is_one_line_and_exit_2(
    tmp_path, capsys, name, data, says
):
    source = tmp_path / name
    source.write_bytes(bomb() if data is None else data)
    assert main(["import", str(source)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and says in err and err.startswith(f"{source}: ")
    assert not list(tmp_path.glob("*.md"))


def test_import_is_listed_among_the_commands(capsys):
    assert "import" in COMMANDS
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "import" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("salah.docx", docx_bytes("<w:p><w:r><w:t>tidak ditutup</w:r></w:p>"), "damaged"),
        ("dalam.html", ("<div>" * 5000 + "isi" + "</div>" * 5000).encode(), "nested more than"),
        ("dalam.docx", docx_bytes("<w:p>" * 400 + "</w:p>" * 400), "damaged"),
    ],
)
def test_a_damaged_or_hostile_document_is_one_line_not_a_crash(tmp_path, capsys, name, data, says):
    source = tmp_path / name
    source.write_bytes(data)
    assert main(["import", str(source)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"{source}: ") and says in err
