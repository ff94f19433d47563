"""SIGTERM (a logout, a shutdown, ``kill``): the real app in its own process lets go of its
story locks at once, and its unsaved text stays in the journal for the next start."""

from __future__ import annotations

import contextlib
import signal

import psutil
import pytest

from netizen_editor.gui.window.termination import TERMINATED
from netizen_editor.storage.journal import load_entry
from netizen_editor.storage.locks import lock_path
from tests.e2e.test_crash_recovery import ARTICLE, App

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGTERM"), reason="no SIGTERM here"),
]


def test_sigterm_frees_the_story_and_keeps_the_unsaved_text(tmp_path):
    article = tmp_path / "berita.md"
    article.write_text(ARTICLE, encoding="utf-8")
    typed = "Kalimat sebelum logout."
    app = App(tmp_path, "logout", {"steps": [{"type": typed}]}, [article])
    helpers: list[psutil.Process] = []
    try:
        entry = app.journal_with(typed)
        assert lock_path(article).exists(), app.output()  # the story is held while open
        helpers = psutil.Process(app.process.pid).children(recursive=True)
        app.process.send_signal(signal.SIGTERM)
        assert app.wait() == TERMINATED, app.output()
    finally:
        if app.process.poll() is None:
            app.kill()
        for helper in helpers:
            with contextlib.suppress(psutil.NoSuchProcess):
                helper.kill()
    assert not lock_path(article).exists()  # colleagues see it free at once
    assert typed in load_entry(entry).text  # offered again at the next start
    assert article.read_text(encoding="utf-8") == ARTICLE  # nothing saved unasked
