"""``netizen-editor export`` said nothing while a story's photos were made: seconds of silence
on a story with many big photos (up to the export's 20 s of CPU time). On a terminal it now
shows how far they are on one line of stderr, written over and cleared once they are made;
a script (stderr not a terminal) reads what it read before, and stdout stays empty."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image

from netizen_editor.article.model import Article
from netizen_editor.cli import main
from netizen_editor.export import get_exporter, progress
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.settings import Settings

pytestmark = pytest.mark.usefixtures("private_cache")


def story(folder: Path, *extra: str) -> Path:
    """A story of three photos (each its own bytes) and the images ``extra`` names."""
    names = []
    for n in range(3):
        names.append(f"foto-{n}.png")
        Image.new("RGB", (64, 48), (n, 80, 160)).save(folder / names[-1])
    text = "---\ntitle: Galeri\n---\n\nNetizen.co.id - Foto.\n\n"
    text += "".join(f"![foto {n}]({name})\n\n" for n, name in enumerate([*names, *extra]))
    path = folder / "galeri.md"
    path.write_text(text, encoding="utf-8")
    return path


class Terminal(io.StringIO):
    """What a terminal on stderr was sent."""

    def isatty(self) -> bool:
        return True


def test_each_image_the_story_names_is_counted_once_as_it_is_made(tmp_path, english):
    path = story(tmp_path, "./foto-0.png", "hilang.png", "https://example.com/a.jpg")
    told: list[tuple[int, int]] = []
    article = Article.parse(path.read_text(encoding="utf-8"), path)
    with progress.reporting(lambda done, total: told.append((done, total))):
        result = get_exporter("page").export(article, Settings(), BodyRenderer())
    # five local names: three photos, one of them named twice, and one not there
    assert told == [(0, 5), (1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]
    assert result.html.count("<img") == 5  # the missing one is left out; the remote one stays


def test_on_a_terminal_the_export_shows_how_far_its_photos_are(
    tmp_path, monkeypatch, capsys, cli_in_english
):
    path = story(tmp_path)
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    monkeypatch.setenv("COLUMNS", "500")  # the test's long folder name fits
    assert main(["export", str(path)]) == 0
    said = terminal.getvalue()
    line = f"making photos 3/3 for {path}"
    assert f"\r{line}\r" in said
    cleared, _, after = said.partition("\r" + " " * len(line) + "\r")
    assert "making photos 0/3" in cleared and after == f"{path} → {tmp_path / 'galeri.html'}\n"
    assert capsys.readouterr().out == ""


def test_a_script_reads_what_it_read_before(tmp_path, capsys, cli_in_english):
    path = story(tmp_path, "hilang.png")
    assert main(["export", str(path)]) == 0
    said = capsys.readouterr()
    assert said.out == ""
    assert said.err == (
        f"{path}:13: warning: image 'hilang.png' is not used: the file is not there\n"
        f"{path} → {tmp_path / 'galeri.html'}\n"
    )


def test_the_line_fits_the_terminal_and_says_a_planted_name_as_text(monkeypatch, english):
    monkeypatch.setattr(os, "get_terminal_size", lambda fd: os.terminal_size((40, 24)))
    terminal = Terminal()
    line = progress.TerminalLine(terminal, "berita/\x1b]0;judul\x07" + "sangat-panjang" * 9)
    line.show(1, 12)
    line.show(12, 12)
    line.clear()
    written = terminal.getvalue()
    assert "\x1b" not in written and "\x07" not in written
    assert all(len(text) < 40 for text in written.split("\r"))
    assert written.startswith("\rmaking photos 1/12 for berita/\\x1b]0;j…\r")
    assert written.endswith("\r" + " " * 39 + "\r")


def test_a_terminal_that_cannot_be_written_to_any_more_is_left_alone(english):
    """The line is written from the threads that make the photos: a terminal gone away
    (a closed ssh session) must not stop them."""
    tried: list[str] = []

    class Gone(Terminal):
        def write(self, text: str) -> int:
            tried.append(text)
            raise OSError(5, "Input/output error")

    line = progress.TerminalLine(Gone(), "galeri.md")
    line.show(1, 3)
    line.show(2, 3)
    line.clear()
    assert len(tried) == 1  # tried once, then left alone
