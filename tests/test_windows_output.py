"""A command's output to a pipe or a file on Windows is UTF-8 (QA28 M3): Python writes it there
in the ANSI code page (cp1252), where `desk --format json > meja.json` died with a traceback on a
title with "→" and wrote what it could in cp1252, not the UTF-8 JSON must be. Simulated with a
cp1252 stream: Linux writes UTF-8 already."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from netizen_editor import i18n
from netizen_editor.cli import main
from netizen_editor.terminal import utf8_output


class Redirected(io.TextIOWrapper):
    """stdout as Windows gives it for ``> file``: cp1252, not a console."""

    def __init__(self) -> None:
        super().__init__(io.BytesIO(), encoding="cp1252", errors="strict", write_through=True)

    def isatty(self) -> bool:
        return False


@pytest.fixture(autouse=True)
def _language_put_back(monkeypatch):
    monkeypatch.setattr(i18n, "_language", i18n.language())


def test_a_desks_json_with_any_letters_is_utf8_when_redirected(tmp_path: Path, monkeypatch):
    desk = tmp_path / "meja"
    desk.mkdir()
    title = "Rupiah → 16.000 per dolar 📉, kata Nguyễn"
    (desk / "rupiah.md").write_text(f"---\ntitle: {title}\n---\nIsi.\n", encoding="utf-8")
    out = Redirected()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr("netizen_editor.cli.utf8_output", lambda: utf8_output(windows=True))
    monkeypatch.setenv("NETIZEN_EDITOR_CACHE_DIR", str(tmp_path / "cache"))
    assert main(["desk", str(desk), "--format", "json"]) == 0
    written = out.buffer.getvalue()  # type: ignore[attr-defined]
    assert json.loads(written.decode("utf-8"))[0]["title"] == title


def test_elsewhere_the_streams_are_left_alone(monkeypatch):
    out = Redirected()
    monkeypatch.setattr(sys, "stdout", out)
    utf8_output(windows=False)
    assert sys.stdout.encoding == "cp1252"
