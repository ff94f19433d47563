"""Find › Replace All over a long story in the real window, headless: how long the window waits.

    .venv/bin/python -m benchmarks.bench_replace_all [--repeat N] [--paragraphs N ...]

A story of N one-line paragraphs (blank lines between), each with "Jakarta", is open in the
app's main window with spell check loaded; the find bar replaces every "Jakarta" with "DKI
Jakarta" (``FindBar.replace_all``), then Ctrl+Z takes it back (``editor.undo``). Timed: the
call itself, and the longest the event loop then stays busy at once in the next three seconds
(painting, the spell layer, the tab's handlers). Aim: a 2,000-paragraph story well under a
second; 100,000 paragraphs as little as Qt allows (a bare QPlainTextEdit took ~1.3 s for the
same 100,000 replacements, and as long to undo them; the editor also highlights every changed
line). Prints medians; the machine is shared, so figures vary from run to run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from netizen_editor.gui.app import web_engine_environment

web_engine_environment()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def story(paragraphs: int) -> str:
    return "\n\n".join(f"Warga Jakarta ke-{n} menunggu hujan reda." for n in range(paragraphs))


def longest_stall(app, seconds: float = 3.0) -> float:
    """The longest single turn of the event loop in the next ``seconds``."""
    longest = 0.0
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        start = time.perf_counter()
        app.processEvents()
        longest = max(longest, time.perf_counter() - start)
        time.sleep(0.005)
    return longest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--paragraphs", type=int, nargs="+", default=[2_000, 100_000])
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-replace-all-"))
    os.environ["NETIZEN_EDITOR_DATA_DIR"] = str(folder / "data")
    os.environ["NETIZEN_EDITOR_CONFIG_DIR"] = str(folder / "config")
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from netizen_editor.gui.window.main_window import MainWindow
    from netizen_editor.settings import Settings

    window = MainWindow(Settings(ui_language="en"))
    window.restore_session([])
    window.show()
    window.resize(1366, 768)
    tab = window.current_tab()
    editor = tab.editor
    deadline = time.monotonic() + 60
    while editor.spell.speller is None and not editor.spell.problem:
        app.processEvents()
        if time.monotonic() > deadline:
            break
    window.registry["find"].trigger()
    bar = tab.find_bar
    bar.show_replace()
    bar.find_edit.setText("Jakarta")
    bar.replace_edit.setText("DKI Jakarta")
    for paragraphs in args.paragraphs:
        text = story(paragraphs)
        editor.setPlainText(text)
        longest_stall(app)
        rows: dict[str, list[float]] = {"replace": [], "after": [], "undo": [], "after undo": []}
        for _ in range(args.repeat):
            start = time.perf_counter()
            count = bar.replace_all()
            rows["replace"].append(time.perf_counter() - start)
            rows["after"].append(longest_stall(app))
            assert count == paragraphs, count
            start = time.perf_counter()
            editor.undo()
            rows["undo"].append(time.perf_counter() - start)
            rows["after undo"].append(longest_stall(app))
            assert editor.toPlainText() == text, "Ctrl+Z did not give the text back"
        figures = ", ".join(
            f"{name} {statistics.median(samples) * 1000:.0f} ms" for name, samples in rows.items()
        )
        print(f"Replace All, {paragraphs:,} paragraphs (median of {args.repeat}): {figures}")
    window.close()


if __name__ == "__main__":
    main()
