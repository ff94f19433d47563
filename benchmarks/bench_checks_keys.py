"""Key handling with the pre-publish checks running beside it, in the real window, headless.

    .venv/bin/python -m benchmarks.bench_checks_keys [--keys N]

The 20,000-word article is open in the app's main window (editor, live preview, details,
outline and the "Periksa" dock). Keys are typed at 33 a second (``QTest.keyClick`` timed: the
GUI thread's handling of one key), three runs in one process: the baseline with no rules
registered (the render thread makes its snapshots without checks); the checks on; and the
checks on with a pause before every fifth key long enough for the render thread to start a
snapshot with the checks of the whole article, so that key arrives while the rules run (their
Python holds the GIL between switches). Aim: p99 < 4 ms.
Prints p50 / p99 of each run; the machine is shared, so compare with the baseline.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path
from unittest import mock

from benchmarks.bench_preview import KEY_AIM_MS, percentile
from benchmarks.generate import generate_article
from netizen_editor.gui.app import web_engine_environment

# the render thread waits this long after the last key before it renders and checks
SNAPSHOT_PAUSE_MS = 150

web_engine_environment()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keys", type=int, default=200)
    keys = parser.parse_args().keys
    folder = Path(tempfile.mkdtemp(prefix="bench-checks-"))
    os.environ["NETIZEN_EDITOR_DATA_DIR"] = str(folder / "data")
    os.environ["NETIZEN_EDITOR_CONFIG_DIR"] = str(folder / "config")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from netizen_editor.gui.window.main_window import MainWindow
    from netizen_editor.settings import Settings

    article = folder / "artikel.md"
    article.write_text(generate_article(20_000), encoding="utf-8")
    window = MainWindow(Settings())
    window.restore_session([str(article)])
    window.show()
    window.resize(1500, 950)
    dock = window.checks_dock
    deadline = time.monotonic() + 30
    while not dock.panel.findings and time.monotonic() < deadline:
        app.processEvents()
        QTest.qWait(20)
    tab = window.current_tab()
    editor = tab.editor
    editor.go_to_line(editor.document().blockCount() // 2)
    editor.setFocus()

    def run(with_checks: bool) -> list[float]:
        times = []
        for index in range(keys):
            if with_checks and index % 5 == 0:
                # a pause: the render thread starts the checks, and the next key lands on them
                QTest.qWait(SNAPSHOT_PAUSE_MS)
            start = time.perf_counter()
            QTest.keyClick(editor, Qt.Key.Key_A if index % 2 else Qt.Key.Key_Backspace)
            times.append((time.perf_counter() - start) * 1000)
            QTest.qWait(30)
        return times

    with mock.patch("netizen_editor.snapshot.rules", dict):
        results = {"baseline: no rules registered": run(False)}
    results["checks on, typing"] = run(False)
    results["checks on, a pause before every 5th key (its key meets a check)"] = run(True)
    for name, values in results.items():
        p50, p99 = statistics.median(values), percentile(values, 99)
        verdict = "ok" if p99 < KEY_AIM_MS else "OVER"
        print(f"20,000 words, {name} ({len(values)} keys): p50 {p50:.2f} / p99 {p99:.2f} ms "
              f"(aim p99 < {KEY_AIM_MS:g} ms) {verdict}")  # fmt: skip
    window.prompts.unsaved_changes = lambda name: "discard"
    window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
