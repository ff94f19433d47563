"""A big file a colleague planted at an export's output name (QA32 #4): the export keeps it
aside to put back without reading it, and where the drive has no hard links it refuses it
with a message naming the file before anything is written."""

from __future__ import annotations

import contextlib
import errno
import os
import tracemalloc
from pathlib import Path

import pytest

from netizen_editor import i18n
from netizen_editor.article.model import Article
from netizen_editor.cli import main
from netizen_editor.export import MAX_KEPT_BYTES, OutputRefused, export_article
from netizen_editor.settings import Settings
from netizen_editor.storage import atomic

STORY = "---\ntitle: Ekspor\n---\n\nIsi berita.\n"
#: a planted sparse file (no disk used) far larger than the export, and the memory the export
#: may take while it stands at the output's name: the page it writes is a few dozen KB
PLANTED_BYTES = 512 * 1024 * 1024
MEMORY_BOUND = 64 * 1024 * 1024


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.setattr(i18n, "_language", "en")


@pytest.fixture
def story(tmp_path) -> Path:
    path = tmp_path / "s.md"
    path.write_text(STORY, encoding="utf-8")
    return path


def plant(path: Path, size: int = PLANTED_BYTES) -> None:
    with open(path, "wb") as handle:
        os.truncate(handle.fileno(), size)


def export(story: Path, fmt: str = "atom") -> list[Path]:
    """Atom: NAME.xml and then its side file NAME.blogger.post.txt."""
    article = Article.parse(story.read_text(encoding="utf-8"), story)
    return export_article(article, story.with_suffix(".xml"), fmt, Settings())[1]


def no_hard_links(monkeypatch) -> None:
    """A drive without hard links (FAT, exFAT, some shares): link says EPERM."""

    def refused(*_args, **_kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", refused)


def fail_the_side_file(monkeypatch) -> None:
    """The second file's rename fails (the export's first file is written by then)."""
    real_replace = atomic._replace

    def fail_for_side_file(src, dst):
        if str(dst).endswith(".post.txt"):
            raise OSError(errno.EACCES, "Permission denied")
        real_replace(src, dst)

    monkeypatch.setattr(atomic, "_replace", fail_for_side_file)


def peak_memory(call) -> int:
    """The most memory Python held while ``call`` ran (whatever it raised)."""
    tracemalloc.start()
    try:
        with contextlib.suppress(Exception):
            call()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_big_file_planted_at_the_output_is_replaced_without_being_read(story):
    out = story.with_suffix(".xml")
    plant(out)
    peak = peak_memory(lambda: export(story))
    assert out.stat().st_size < 1024 * 1024  # the export's own page
    assert peak < MEMORY_BOUND, f"{peak} bytes taken: the planted file was read"
    assert sorted(p.name for p in story.parent.iterdir()) == ["s.blogger.post.txt", "s.md", "s.xml"]


def test_a_failed_export_puts_the_very_planted_file_back_unread(story, monkeypatch):
    out = story.with_suffix(".xml")
    plant(out)
    before = out.stat()
    fail_the_side_file(monkeypatch)
    peak = peak_memory(lambda: export(story))  # it fails: the side file is not written
    after = out.stat()
    assert (after.st_ino, after.st_size, after.st_mtime_ns) == (
        before.st_ino,
        before.st_size,
        before.st_mtime_ns,
    )  # the colleague's own file, as it was
    assert peak < MEMORY_BOUND, f"{peak} bytes taken: the planted file was read"
    assert sorted(p.name for p in story.parent.iterdir()) == ["s.md", "s.xml"]


def test_without_hard_links_a_big_file_at_the_output_is_refused_before_anything_is_written(
    story, monkeypatch
):
    no_hard_links(monkeypatch)
    out, side = story.with_suffix(".xml"), story.parent / "s.blogger.post.txt"
    side.write_text("the old post settings", encoding="utf-8")
    plant(out)
    with pytest.raises(OutputRefused) as refused:
        export(story)
    assert refused.value.located() == (
        f"{out}: too large to be replaced by an export (512 MB); move or delete it"
    )
    assert out.stat().st_size == PLANTED_BYTES
    assert side.read_text(encoding="utf-8") == "the old post settings"
    assert sorted(p.name for p in story.parent.iterdir()) == ["s.blogger.post.txt", "s.md", "s.xml"]


def test_without_hard_links_a_small_old_file_is_still_put_back(story, monkeypatch):
    no_hard_links(monkeypatch)
    out = story.with_suffix(".xml")
    out.write_text("previous export", encoding="utf-8")
    fail_the_side_file(monkeypatch)
    with pytest.raises(atomic.SaveError):
        export(story)
    assert out.read_text(encoding="utf-8") == "previous export"
    plant(out, MAX_KEPT_BYTES)  # the largest file kept: kept
    monkeypatch.undo()  # and with the side file written, the export stands
    no_hard_links(monkeypatch)
    assert out in export(story)


def test_the_command_line_says_so_in_the_users_language_with_exit_code_2(
    story, monkeypatch, capsys
):
    no_hard_links(monkeypatch)
    out = story.with_suffix(".html")
    plant(out)
    assert main(["export", str(story)]) == 2
    said = capsys.readouterr()
    assert said.err.startswith(  # Indonesian: the settings' default language
        f"{out}: terlalu besar untuk diganti oleh ekspor (512 MB);"
        " pindahkan atau hapus berkas itu\n"
    )
    assert "Traceback" not in said.out + said.err
    assert out.stat().st_size == PLANTED_BYTES
