"""The command line's rough edges a QA pass found: a refused export leaves no folder, a
mistyped command is a usage error, not a window."""

from __future__ import annotations

import sys

import pytest

from netizen_editor.cli import main

GOOD = "---\ntitle: Judul\n---\nIsi berita.\n"
UNREVIEWED = "---\ntitle: Judul\n---\nIsi {++ baru++}{>>@Budi<<} berita.\n"


@pytest.fixture(autouse=True)
def isolated_config(tmp_path, monkeypatch):
    from netizen_editor import i18n

    monkeypatch.setenv("NETIZEN_EDITOR_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("NETIZEN_EDITOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(i18n, "_language", i18n.language())  # a command sets it: put it back


@pytest.mark.parametrize("output", ["keluar/", "keluar/sub/"])
def test_a_refused_export_makes_no_output_folder(tmp_path, monkeypatch, capsys, output):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(UNREVIEWED, encoding="utf-8")
    (tmp_path / "b.md").write_text(UNREVIEWED, encoding="utf-8")
    assert main(["export", "a.md", "-o", output]) == 2
    assert main(["export", "a.md", "b.md", "-o", output]) == 2
    assert not (tmp_path / "keluar").exists()
    assert "saran belum diputuskan" in capsys.readouterr().err


def test_the_folder_is_made_once_one_export_writes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(UNREVIEWED, encoding="utf-8")
    (tmp_path / "b.md").write_text(GOOD, encoding="utf-8")
    assert main(["export", "a.md", "b.md", "-o", "keluar/"]) == 2  # one of two refused
    assert sorted(p.name for p in (tmp_path / "keluar").iterdir()) == ["b.html"]


def test_an_output_folder_that_is_a_link_is_still_refused_before_anything(tmp_path, capsys):
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "lain").mkdir()
    (tmp_path / "keluar").symlink_to(tmp_path / "lain")
    assert main(["export", str(tmp_path / "a.md"), "-o", f"{tmp_path / 'keluar'}/"]) == 2
    assert list((tmp_path / "lain").iterdir()) == []
    assert capsys.readouterr().err.startswith("netizen-editor: ")


@pytest.fixture
def window(monkeypatch):
    """The window's start, recorded instead of run: what it was asked to open."""
    import types

    opened: list[list[str]] = []
    fake = types.ModuleType("netizen_editor.gui.app")
    fake.run = lambda files: opened.append(files) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "netizen_editor.gui.app", fake)
    return opened


@pytest.mark.parametrize(
    ("argv", "said"),
    [(["bogus"], "'bogus' bukan perintah, juga bukan berkas yang ada; perintahnya: export, "
                 "check, review, history, desk, new, import\n"),
     (["exprot", "a.md"], "(maksud Anda 'export'?)\n"),
     (["Chek"], "(maksud Anda 'check'?)\n")],
)  # fmt: skip
def test_a_mistyped_command_is_a_usage_error_and_no_window(
    tmp_path, monkeypatch, capsys, window, argv, said
):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    assert window == []
    err = capsys.readouterr().err
    assert err.startswith("penggunaan: netizen-editor")
    assert f"netizen-editor: kesalahan: '{argv[0]}' bukan perintah" in err and err.endswith(said)


def test_a_new_file_name_or_an_existing_file_still_opens_the_window(tmp_path, monkeypatch, window):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "CATATAN").write_text(GOOD, encoding="utf-8")
    assert main(["berita-baru.md"]) == 0
    assert main(["CATATAN"]) == 0  # a file without a suffix that is there
    assert main(["draf/berita"]) == 0  # a path, not a word
    assert main([]) == 0
    assert window == [["berita-baru.md"], ["CATATAN"], ["draf/berita"], []]


def test_a_folder_given_to_check_has_no_line(tmp_path, capsys):
    (tmp_path / "desk1").mkdir()
    assert main(["check", str(tmp_path / "desk1")]) == 2
    desk = tmp_path / "desk1"
    assert capsys.readouterr().err == (
        f"{desk}: Ini folder, bukan berkas: periksa artikelnya dengan 'netizen-editor check "
        f"{desk}/*.md', atau tampilkan meja redaksi beserta hasil pemeriksaannya: "
        f"'netizen-editor desk {desk} --checks'\n"
    )


def test_importing_an_article_says_it_is_one_already(tmp_path, capsys):
    (tmp_path / "berita.md").write_text(GOOD, encoding="utf-8")
    assert main(["import", str(tmp_path / "berita.md")]) == 2
    assert capsys.readouterr().err == (
        f"{tmp_path / 'berita.md'}: ini sudah artikel (Markdown): buka di jendela atau ekspor; "
        "tidak ada yang perlu diimpor\n"
    )
    assert (tmp_path / "berita.md").read_text(encoding="utf-8") == GOOD


@pytest.mark.parametrize(
    ("command", "said"),
    [("review", ["FILE artikelnya (Markdown)",
                 "text: satu baris per saran atau komentar (bawaan); json: daftarnya"]),
     ("history", ["FILE artikelnya (Markdown)", "text: satu baris per versi"]),
     ("import", ["FILE dokumen yang diimpor (.docx, .odt, .pdf, .html, .txt)"]),
     ("desk", ["FOLDER meja redaksinya: folder berisi artikel",
               "cetak daftarnya di sini alih-alih membuka jendela"])],
)  # fmt: skip
def test_every_commands_file_and_format_are_explained_in_its_help(capsys, command, said):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert all(text in shown for text in said), shown
    options = shown.split("opsi:")[1]
    assert "--format {text,json} --" not in options  # each option has its text


def test_a_template_not_filled_in_is_refused_in_the_command_lines_words(tmp_path, capsys):
    article = tmp_path / "ralat.md"
    assert main(["new", "--template", "ralat", "-o", str(article)]) == 0
    capsys.readouterr()
    assert main(["export", str(article)]) == 2
    err = capsys.readouterr().err
    assert "isian templat belum diisi, yang pertama di sini (" in err
    assert (
        "tidak diekspor: tulis teks artikel sendiri sebagai ganti setiap [teks dalam kurung]()"
        in err
    )
    assert "Tab" not in err and "tidak pernah menerbitkannya" not in err
    assert not (tmp_path / "ralat.html").exists()


@pytest.mark.parametrize("fmt", ["page", "blogger", "atom"])
def test_an_export_to_stdout_is_refused_and_writes_no_file_named_dash(
    tmp_path, monkeypatch, capsys, fmt
):
    """``-o -`` (QA29 L10) wrote a file named ``-``; an export is files (a page and its
    pictures, a post body and its settings), so it is refused, saying how to name such a file."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    assert main(["export", "a.md", "-o", "-", "--format", fmt]) == 2
    captured = capsys.readouterr()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md"]
    assert captured.out == ""
    assert captured.err == (
        "netizen-editor: -o -: ekspor ditulis ke berkas, bukan ke stdout; beri nama berkas atau "
        "folder (berkas bernama '-': -o ./-)\n"
    )
    assert main(["export", "a.md", "-o", "./-"]) == 0  # as it says
    assert (tmp_path / "-").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
