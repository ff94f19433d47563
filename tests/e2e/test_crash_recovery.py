"""End to end: the real app in its own process types an article, is killed with SIGKILL
before saving, starts again, restores the journaled text and saves it (issue 5)."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from netizen_editor.history.article_id import article_id
from netizen_editor.storage.journal import load_entry

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 90  # QtWebEngine starts slowly on a busy 2-core machine
ARTICLE = "---\ntitle: Uji Kill\n---\nNetizen.co.id - Paragraf pertama.\n"


class App:
    """One run of ``python -m netizen_editor`` with private folders and a test script."""

    def __init__(self, tmp_path: Path, name: str, script: dict, files: list[Path] = ()):
        self.data = tmp_path / "data"
        script_file = tmp_path / f"{name}.json"
        script_file.write_text(json.dumps(script), encoding="utf-8")
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            NETIZEN_EDITOR_DATA_DIR=str(self.data),
            NETIZEN_EDITOR_CONFIG_DIR=str(tmp_path / "config"),
            NETIZEN_EDITOR_TEST_SCRIPT=str(script_file),
            PYTHONPATH=str(ROOT),
        )
        self.log = (tmp_path / f"{name}.log").open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "netizen_editor", *map(str, files)],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def journal_with(self, text: str, timeout: float = START_TIMEOUT_S) -> Path:
        """Wait until a journal entry holds ``text``; the entry file."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"the app exited: {self.output()}"
            for file in (self.data / "journal").glob("*.json"):
                try:
                    if text in load_entry(file).text:
                        return file
                except (OSError, ValueError):
                    continue  # being replaced right now
            time.sleep(0.1)
        raise AssertionError(f"no journal entry with {text!r}: {self.output()}")

    def kill(self) -> None:
        """SIGKILL, as a crash or a power cut would end it (its helpers are ended too)."""
        helpers = psutil.Process(self.process.pid).children(recursive=True)
        self.process.kill()
        self.process.wait(30)
        for helper in helpers:
            with contextlib.suppress(psutil.NoSuchProcess):
                helper.kill()

    def wait(self, timeout: float = START_TIMEOUT_S) -> int:
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError(f"the app did not finish: {self.output()}") from None

    def output(self) -> str:
        self.log.flush()
        return Path(self.log.name).read_text(errors="replace")[-3000:]


def test_typed_text_survives_a_kill_and_is_saved_after_restore(tmp_path):
    article = tmp_path / "berita.md"
    article.write_text(ARTICLE, encoding="utf-8")
    typed = "Kalimat yang tidak boleh hilang."

    first = App(tmp_path, "first", {"steps": [{"type": typed}]}, [article])
    try:
        entry = load_entry(first.journal_with(typed))
    finally:
        first.kill()
    assert entry.path == article
    assert article.read_text(encoding="utf-8") == ARTICLE  # never saved before the kill

    report = tmp_path / "report.json"
    second = App(
        tmp_path,
        "second",
        {"recovery": "restore", "steps": [{"report": str(report)}, {"save": True}, {"quit": True}]},
        [article],
    )
    assert second.wait() == 0, second.output()
    tabs = json.loads(report.read_text(encoding="utf-8"))["tabs"]
    assert [t["path"] for t in tabs] == [str(article)]
    assert tabs[0]["dirty"] and tabs[0]["text"].endswith(typed)
    assert without_id(article.read_text(encoding="utf-8")) == ARTICLE + typed
    assert not list((tmp_path / "data" / "journal").glob("*.json"))  # clean close: none left


def without_id(text: str) -> str:
    """``text`` without the ``id`` line a first save adds to the front matter (issue 23)."""
    found = article_id(text)
    return text if found is None else text.replace(f"id: {found}\n", "", 1)


def test_an_untitled_draft_survives_a_kill(tmp_path):
    typed = "Draf tanpa judul yang harus kembali."
    first = App(tmp_path, "first", {"steps": [{"new": True}, {"type": typed}]})
    try:
        entry = load_entry(first.journal_with(typed))
    finally:
        first.kill()
    assert entry.path is None

    report = tmp_path / "report.json"
    saved = tmp_path / "draf.md"
    steps = [{"report": str(report)}, {"save_as": str(saved)}, {"quit": True}]
    second = App(tmp_path, "second", {"recovery": "restore", "steps": steps})
    assert second.wait() == 0, second.output()
    tabs = json.loads(report.read_text(encoding="utf-8"))["tabs"]
    recovered = [t for t in tabs if typed in t["text"]]
    assert len(recovered) == 1 and recovered[0]["path"] is None and recovered[0]["dirty"]
    assert without_id(saved.read_text(encoding="utf-8")) == entry.text
    assert saved.read_text(encoding="utf-8").endswith("---\n\n" + typed)  # the body as typed
