"""A render thread busy as its tab closes or the app ends: never destroyed while it runs (Qt
aborts the whole app then, "QThread: Destroyed while thread is still running"), and asked to
stop between two chunks instead of finishing a long body."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from netizen_editor.gui.revisions.pipeline import Revisions, end_render_threads
from netizen_editor.publish import preview_patch
from tests.gui import TIMEOUT

ROOT = Path(__file__).resolve().parents[3]

#: a tab whose render is held (an Event the script controls) is closed and let go of; the
#: render then ends: the process must end as a clean one would
CLOSED_WHILE_RENDERING = """
    import gc, threading, weakref
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication
    from netizen_editor.gui.revisions.pipeline import Revisions
    from netizen_editor.publish import preview_patch

    app = QApplication([])
    started, release = threading.Event(), threading.Event()
    state = preview_patch.PreviewRenderer.state

    def held(self, *args, **kwargs):
        started.set()
        release.wait(60)
        return state(self, *args, **kwargs)

    preview_patch.PreviewRenderer.state = held
    revisions = Revisions()
    revisions.submit("Paragraf pertama.\\n", None)
    assert started.wait(60)
    revisions.shutdown()  # as a tab closes: the render is still held
    worker = weakref.ref(revisions.worker)
    del revisions
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()  # the tab's objects go: nothing of it keeps the thread
    release.set()
    while worker() is not None and worker().isRunning():
        app.processEvents()
    print("ended")
"""


def run_script(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               NETIZEN_EDITOR_DATA_DIR=str(tmp_path / "data"),
               NETIZEN_EDITOR_CONFIG_DIR=str(tmp_path / "config"))  # fmt: skip
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=180)  # fmt: skip


def test_a_tab_closed_during_a_render_lets_the_process_end_cleanly(tmp_path):
    done = run_script(CLOSED_WHILE_RENDERING, tmp_path)
    assert "QThread: Destroyed" not in done.stderr
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["ended"]


def test_a_long_render_gives_up_when_the_thread_is_asked_to_end(qtbot, monkeypatch):
    """The render is under way (its body's chunks are being converted) when the thread is
    asked to end: it ends without converting the rest, and its tab's shutdown finds it ended."""
    revisions = Revisions()
    worker = revisions.worker
    chunks: list[str] = []
    under_way, asked = threading.Event(), threading.Event()
    body_renderer = preview_patch.BodyRenderer
    convert = body_renderer._chunk_html

    def one_chunk(self, chunk, *args, **kwargs):
        chunks.append(chunk.text)
        if len(chunks) == 3:  # the tab closes now, while this render is under way
            under_way.set()
            asked.wait(60)
        return convert(self, chunk, *args, **kwargs)

    monkeypatch.setattr(body_renderer, "_chunk_html", one_chunk)
    text = "\n\n".join(f"Paragraf ke-{n}." for n in range(200)) + "\n"
    revisions.submit(text, None)
    assert under_way.wait(60)
    worker.stop()  # asks, does not wait
    asked.set()
    qtbot.waitUntil(lambda: not worker.isRunning(), timeout=TIMEOUT)
    assert 3 <= len(chunks) < 200  # the rest of the body was left
    assert end_render_threads()
    revisions.shutdown()


#: a render that never ends (held for good): the app's end leaves with its exit status after
#: the bounded wait, its output flushed, instead of Qt's abort
NEVER_ENDS = """
    import threading
    from PySide6.QtWidgets import QApplication
    from netizen_editor.gui.revisions import pipeline
    from netizen_editor.publish import preview_patch

    app = QApplication([])
    started = threading.Event()

    def held(self, *args, **kwargs):
        started.set()
        threading.Event().wait()

    preview_patch.PreviewRenderer.state = held
    pipeline.QUIT_WAIT = 0.5
    revisions = pipeline.Revisions()
    revisions.submit("Paragraf pertama.\\n", None)
    assert started.wait(60)
    print("leaving", end="")  # no line end: only a flush writes it
    pipeline.leave_if_running(3)
    print("not reached")
"""


def test_a_render_that_never_ends_leaves_the_process_with_its_status(tmp_path):
    done = run_script(NEVER_ENDS, tmp_path)
    assert "QThread: Destroyed" not in done.stderr
    assert done.returncode == 3, done.stderr
    assert done.stdout == "leaving"
