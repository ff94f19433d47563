"""RV2: an address that decodes to a name with a NUL (``a%00_files/x.jpg``, or ``"a\\0.jpg"`` in
the front matter) names no file. ``os.stat`` and ``os.open`` refuse such a name with ValueError,
not OSError: ``netizen-editor check`` and the export died with a traceback, and the desk's check
counts never came for the story. Now it is an image (or source file) not found, like any other."""

from __future__ import annotations

from pathlib import Path

from netizen_editor.cli import main
from netizen_editor.desk import list_desk
from netizen_editor.photos.refused import refusal
from netizen_editor.photos.source import SourceRejected
from netizen_editor.settings import Settings

STORY = """---
title: Banjir Merendam Kemang Sejak Pagi
source_file: "a\\0_files/source.txt"
---

JAKARTA, Netizen.co.id - Banjir merendam Kemang sejak pagi.

![Banjir di Kemang. Foto: Rina](a%00_files/x.jpg)

Lihat [lampiran](a%00_files/x.pdf) dan <img src="b%00.jpg" alt="Peta">.
"""


def story(folder: Path) -> Path:
    path = folder / "banjir.md"
    path.write_text(STORY, encoding="utf-8")
    return path


def settings_file(folder: Path) -> Path:
    path = folder / "settings.toml"
    path.write_text('ui_language = "en"\n', encoding="utf-8")
    return path


def test_check_says_not_found(tmp_path, capsys):
    path = story(tmp_path)
    assert main(["check", str(path), "--settings", str(settings_file(tmp_path))]) in (0, 1)
    out = capsys.readouterr().out
    assert f"{path}:8:1: warning: image-missing: image 'a%00_files/x.jpg' not found" in out
    assert f"{path}:10:" in out and "'b%00.jpg' not found" in out
    assert "the source file a\\x00_files/source.txt does not exist" in out


def test_export_leaves_the_image_out_with_a_warning(tmp_path, capsys):
    path = story(tmp_path)
    out = tmp_path / "banjir.html"
    code = main(["export", str(path), "-o", str(out), "--settings", str(settings_file(tmp_path))])
    assert code == 0
    assert "a%00_files/x.jpg" in capsys.readouterr().err
    assert "x.jpg" not in out.read_text(encoding="utf-8")


def test_the_desk_counts_the_story(tmp_path):
    desk = tmp_path / "desk"
    desk.mkdir()
    story(desk)
    (entry,) = list_desk(desk, checks=True, cache_dir=tmp_path / "cache", settings=Settings())
    assert entry.warnings is not None and entry.warnings >= 3


def test_the_preview_finds_no_such_file(tmp_path):
    refused = refusal("a%00_files/x.jpg", story(tmp_path))
    assert refused is not None and refused.reason == SourceRejected.NOT_FOUND
