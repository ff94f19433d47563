"""An export writes only the output that was asked for: never an input, a device, a pipe, a
socket or a read-only file; two exports to one target never leave a mix; OS errors are one
line; control characters from the article are escaped in messages."""

from __future__ import annotations

import os
import socket
import stat
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from netizen_editor.article.model import Article
from netizen_editor.cli import main
from netizen_editor.export import export_article
from netizen_editor.export.outputs import well_formed
from netizen_editor.settings import Settings
from netizen_editor.terminal import terminal_safe

GOOD = "---\ntitle: Judul\n---\nIsi berita.\n"


def write(path: Path, text: str = GOOD) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def run(*args: object) -> int:
    return main(["export", *map(str, args)])


def test_blogger_side_file_never_overwrites_the_input(tmp_path, capsys):
    src = write(tmp_path / "story.post.txt", "# Judul\n\nIsi asli.\n")
    assert run(src, "-o", tmp_path / "story.html", "--format", "blogger") == 2
    assert src.read_text(encoding="utf-8") == "# Judul\n\nIsi asli.\n"
    assert not (tmp_path / "story.html").exists()  # nothing of the export was written
    assert "would overwrite the input" in capsys.readouterr().err


def test_with_two_inputs_the_first_output_never_overwrites_the_second_input(tmp_path):
    first = write(tmp_path / "a.md")
    second = write(tmp_path / "a.html", "# Kedua\n\nIsi kedua.\n")  # an article named .html
    assert run(first, second, "-o", tmp_path) == 2
    assert second.read_text(encoding="utf-8") == "# Kedua\n\nIsi kedua.\n"


@pytest.mark.parametrize("kind", ["symlink", "hardlink"])
def test_an_output_that_is_the_input_under_another_name_is_refused(tmp_path, kind):
    src = write(tmp_path / "a.md")
    out = tmp_path / "a.html"
    (os.symlink if kind == "symlink" else os.link)(src, out)
    assert run(src, "-o", out) == 2
    assert src.read_text(encoding="utf-8") == GOOD


def test_the_settings_file_is_an_input_too(tmp_path):
    src = write(tmp_path / "a.md")
    settings = tmp_path / "a.html"
    settings.write_text('site_name = "X"\n', encoding="utf-8")
    assert run(src, "--settings", settings) == 2
    assert settings.read_text(encoding="utf-8") == 'site_name = "X"\n'


def test_a_device_is_refused_and_left_alone(tmp_path, capsys):
    src = write(tmp_path / "a.md")
    before = os.stat("/dev/null")
    assert run(src, "-o", "/dev/null") == 2
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino
    assert "not a regular file" in capsys.readouterr().err


def test_a_fifo_and_a_socket_are_refused(tmp_path):
    src = write(tmp_path / "a.md")
    fifo = tmp_path / "pipa.html"
    os.mkfifo(fifo)
    assert run(src, "-o", fifo) == 2  # and does not block opening it
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    path = tmp_path / "s.html"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        assert run(src, "-o", path) == 2
        assert stat.S_ISSOCK(os.stat(path).st_mode)


def test_a_read_only_output_is_refused_not_replaced(tmp_path, capsys):
    src = write(tmp_path / "a.md")
    out = tmp_path / "a.html"
    out.write_text("lama", encoding="utf-8")
    out.chmod(0o444)
    assert run(src) == 2
    assert out.read_text(encoding="utf-8") == "lama"
    assert "read-only" in capsys.readouterr().err


@pytest.mark.parametrize(
    "make_output",
    [
        lambda d: d / ("x" * 300 + ".html"),  # name too long
        lambda d: d / "tidak-ada" / "x.html",  # folder missing
        lambda d: d / "loop.html",  # a symlink loop
    ],
    ids=["name too long", "missing folder", "symlink loop"],
)
def test_os_errors_are_one_line_and_exit_2(tmp_path, capsys, make_output):
    src = write(tmp_path / "a.md")
    (tmp_path / "loop.html").symlink_to(tmp_path / "loop2.html")
    (tmp_path / "loop2.html").symlink_to(tmp_path / "loop.html")
    assert run(src, "-o", make_output(tmp_path)) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) <= 2  # the problem, and the summary


def test_control_characters_from_the_article_are_escaped_in_messages(tmp_path, capsys):
    src = write(tmp_path / "a.md", '---\ntitle: x\nstatus: "\\e[2J\\e]0;pwned\\a"\n---\nIsi\n')
    assert run(src) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert "\\x1b[2J" in err
    src.write_text('---\ntitle: x\nstatus: "satu\\ndua\\u2028tiga"\n---\nIsi\n', encoding="utf-8")
    assert run(src) == 2
    [problem, _summary] = capsys.readouterr().err.strip().split("\n")  # one line each
    assert "satu\\ndua\\u2028tiga" in problem
    assert terminal_safe("a\u202eb\x9bc") == "a\\u202eb\\x9bc"


def test_characters_xml_forbids_are_replaced_in_atom_and_html(tmp_path):
    text = '---\ntitle: "Judul\\v\\f\\e"\n---\nKata\vdari Word\fhalaman \x1b[31m merah.\n'
    src = write(tmp_path / "a.md", text)
    assert run(src, "--format", "atom", "-o", tmp_path / "a.xml") == 0
    ET.parse(tmp_path / "a.xml")  # well-formed
    assert run(src, "-o", tmp_path / "a.html") == 0
    page = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert not any(ch in page for ch in "\x0b\x0c\x1b")
    assert "Kata dari Word halaman" in page
    assert well_formed("a\ud800b\uffff") == "a\ufffdb\ufffd"


def test_two_exports_to_one_target_never_leave_a_mix(tmp_path):
    out = tmp_path / "post.html"
    articles = [
        Article.parse(
            f"---\ntitle: Versi {n}\nlabels: [L{n}]\n---\nIsi {n}.\n", tmp_path / f"{n}.md"
        )
        for n in range(2)
    ]
    errors: list[BaseException] = []

    def export(article: Article) -> None:
        try:
            for _ in range(15):
                export_article(article, out, "blogger", Settings())
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=export, args=(a,)) for a in articles]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    body = out.read_text(encoding="utf-8")
    notes = (tmp_path / "post.post.txt").read_text(encoding="utf-8")
    winner = 0 if "Isi 0." in body else 1
    assert f"Versi {winner}" in notes and f"Versi {1 - winner}" not in notes


def test_the_refusals_are_in_indonesian_by_default(tmp_path, capsys):
    (Path(os.environ["NETIZEN_EDITOR_CONFIG_DIR"]) / "settings.toml").unlink()  # the defaults
    src = write(tmp_path / "a.md")
    assert run(src, "-o", "/dev/null") == 2
    assert "bukan berkas biasa" in capsys.readouterr().err
