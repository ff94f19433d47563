"""One parse per text revision: the render thread's snapshot feeds the tab's views."""

from __future__ import annotations

import threading
import traceback

from PySide6.QtGui import QTextCursor

from netizen_editor.article.model import Article
from netizen_editor.checks import Finding, Level, registry
from tests.gui import TIMEOUT


def type_at_end(qtbot, tab, text: str) -> None:
    """Lines pasted at the end, then a key typed (keyClicks cannot type line breaks)."""
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    tab.editor.textCursor().insertText(text)
    qtbot.keyClicks(tab.editor, "x")


def wait_current(qtbot, tab):
    qtbot.waitUntil(
        lambda: tab.snapshot() is not None and tab.snapshot().revision == tab.document.revision,
        timeout=TIMEOUT,
    )
    return tab.snapshot()


def test_typing_brings_one_snapshot_of_the_current_text(make_window, qtbot, article_file):
    window = make_window([article_file])
    tab = window.current_tab()
    seen = []
    tab.snapshot_ready.connect(seen.append)
    type_at_end(qtbot, tab, "\n## Bagian Empat\n\nKata baru.")
    snapshot = wait_current(qtbot, tab)
    assert [h.title for h in snapshot.headings][-1] == "Bagian Empat"
    assert [h.title for h in tab.outline.headings()][-1] == "Bagian Empat"
    assert f"{snapshot.words} words" in window.status.stats.text()
    assert snapshot.title == "Judul Uji Coba" and "Judul Uji Coba" in window.windowTitle()
    qtbot.wait(300)
    assert all(s.revision == tab.document.revision for s in seen)  # no stale ones
    assert len(seen) == 1


def test_the_views_do_not_parse_on_the_gui_thread(make_window, qtbot, article_file, monkeypatch):
    window = make_window([article_file])
    tab = window.current_tab()
    wait_current(qtbot, tab)
    threads = []
    real = Article.parse.__func__

    def counting(cls, text, path=None):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(cls, text, path)

    monkeypatch.setattr(Article, "parse", classmethod(counting))
    cursor = tab.editor.document().find("Judul Uji Coba")
    tab.editor.setTextCursor(cursor)
    qtbot.keyClicks(tab.editor, "Berita Lain")  # the front matter changes: it is parsed again
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Berita Lain[*]"), timeout=TIMEOUT)
    assert tab.metadata_panel.title_edit.text() == "Berita Lain"
    assert threads and not any(threads)  # every parse ran on the render thread


def test_a_hidden_preview_still_brings_snapshots(make_window, qtbot, article_file):
    window = make_window([article_file])
    tab = window.current_tab()
    wait_current(qtbot, tab)
    window.registry["toggle_preview"].trigger()
    assert tab.preview.isHidden()
    renders = tab.preview.revisions.worker.renders
    type_at_end(qtbot, tab, "\n## Tersembunyi\n")
    qtbot.waitUntil(lambda: "Tersembunyi" in [h.title for h in tab.outline.headings()],
                    timeout=TIMEOUT)  # fmt: skip
    assert tab.preview.revisions.worker.renders == renders  # parsed, not rendered
    window.registry["toggle_preview"].trigger()
    revision = tab.preview.job
    qtbot.waitUntil(lambda: tab.preview.applied_job >= revision, timeout=TIMEOUT)


def test_snapshots_carry_the_check_findings(make_window, qtbot, article_file, monkeypatch):
    monkeypatch.setattr(registry, "_RULES", {})
    checked_on = []

    @registry.rule("test-bagian")
    def bagian(context):
        checked_on.append(threading.current_thread() is threading.main_thread())
        for number, line in enumerate(context.lines, start=1):
            if line.startswith("## "):
                yield Finding(number, 1, Level.INFO, "test-bagian", "a section")

    window = make_window([article_file])
    tab = window.current_tab()
    type_at_end(qtbot, tab, "\n## Lagi\n")
    qtbot.waitUntil(
        lambda: (s := tab.snapshot()) is not None and s.revision == tab.document.revision
        and s.checked and len(s.findings) == 2,
        timeout=TIMEOUT,
    )  # fmt: skip
    assert all(f.path == article_file for f in tab.snapshot().findings)
    assert checked_on and not any(checked_on)  # the rules ran off the GUI thread


class Counter:
    """Counts the block scanner's passes and the runs of the checks, and on which thread."""

    def __init__(self, monkeypatch):
        from netizen_editor import snapshot as snapshot_module
        from netizen_editor.grammar import blocks

        self.scans: list[bool] = []  # True: on the GUI thread
        self.callers: list[str] = []  # where each scan was asked for (a failure says)
        self.checks: list[bool] = []
        real_run = blocks._Scanner.run
        real_checks = snapshot_module.run_checks

        def run(scanner):
            self.scans.append(threading.current_thread() is threading.main_thread())
            self.callers.append("".join(traceback.format_stack(limit=9)[:-1]))
            return real_run(scanner)

        def checks(*args, **kwargs):
            self.checks.append(threading.current_thread() is threading.main_thread())
            return real_checks(*args, **kwargs)

        monkeypatch.setattr(blocks._Scanner, "run", run)
        monkeypatch.setattr(snapshot_module, "run_checks", checks)

    def clear(self) -> None:
        self.scans.clear()
        self.callers.clear()
        self.checks.clear()


def _one_revision(qtbot, window, tab, counter: Counter, typed: str, word: str):
    counter.clear()
    # a key in the middle of a paragraph, as most keys are (an edit that can change which
    # lines are prose, at a line's start say, has the spell layer read them at once too)
    text = tab.editor_text()
    cursor = tab.editor.textCursor()
    cursor.setPosition(text.index(word) + 3)
    tab.editor.setTextCursor(cursor)
    qtbot.keyClicks(tab.editor, typed)
    snapshot = wait_current(qtbot, tab)
    qtbot.wait(400)  # what else would run once the text rests (a paint, the spell layer)
    window.checks_dock.show_dock()
    assert tab.current_snapshot() is snapshot  # what the export dialog and "ready" ask for
    return snapshot


def test_one_scan_and_one_run_of_the_checks_per_revision(
    make_window, qtbot, article_file, monkeypatch
):
    window = make_window([article_file])
    tab = window.current_tab()
    wait_current(qtbot, tab)
    # the render thread's own snapshot of the opened text (the first look made on the GUI
    # thread has the same revision): the thread is done with the opening
    qtbot.waitUntil(lambda: tab.snapshot().checked, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: tab.preview.applied_job >= tab.preview.job, timeout=TIMEOUT)
    counter = Counter(monkeypatch)
    snapshot = _one_revision(qtbot, window, tab, counter, "x", "pembuka")
    assert snapshot.checked
    assert counter.scans == [False], counter.callers  # one scan, on the tab's render thread
    assert counter.checks == [False]  # one run of the checks, there too
    window.registry["toggle_preview"].trigger()  # hidden: the same pipeline, no render
    assert tab.preview.isHidden()
    _one_revision(qtbot, window, tab, counter, "y", "artikel")
    assert counter.scans == [False], counter.callers
    assert counter.checks == [False]
