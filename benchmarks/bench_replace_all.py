"""Pasting and opening a long story, and Find › Replace All over it, in the real window,
headless: how long the window stops answering.

    .venv/bin/python -m benchmarks.bench_replace_all [--repeat N] [--paragraphs N ...]

A story of N one-line paragraphs (blank lines between), each with "Jakarta", is pasted into
the untitled tab of the app's main window with spell check loaded (``insertPlainText``), then
written to a file and opened (``FileController.open_path``); the find bar then replaces every
"Jakarta" with "DKI Jakarta" (``FindBar.replace_all``, run until it is done), and Ctrl+Z takes
it back (``editor.undo``). The figure that matters is the longest single turn of the event
loop (a stall: the window neither paints nor takes a key meanwhile): for the paste, the call
and the turns of the next seconds (painting, the spell layer's first look at the text, the
tab's snapshot); for opening, the call, every turn until the story is all in (a long one goes
in a slice at a time: ``gui/window/long_open.py``) and the turns of the next seconds; for
Replace All, its call and every turn until it is done; then the undo and the turns after it.
Also printed: how long opening and Replace All took from the call to their end. Aim: no
stall much over 100–200 ms at any size but the undo (Qt takes back the one step in one go).
Prints medians; the machine is shared, so figures vary from run to run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
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
        longest = max(longest, one_turn(app))
    return longest


def one_turn(app) -> float:
    start = time.perf_counter()
    app.processEvents()
    taken = time.perf_counter() - start
    time.sleep(0.005)
    return taken


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
    scratch = window.current_tab()  # the untitled tab: the pastes go there
    editor = scratch.editor
    deadline = time.monotonic() + 60
    while editor.spell.speller is None and not editor.spell.problem:
        app.processEvents()
        if time.monotonic() > deadline:
            break
    for paragraphs in args.paragraphs:
        text = story(paragraphs)
        rows: dict[str, list[float]] = {
            "paste stall": [],
            "open stall": [],
            "open done in": [],
            "replace stall": [],
            "replace done in": [],
            "undo": [],
            "after undo": [],
        }
        for number in range(args.repeat):
            window.activate_tab(scratch)
            start = time.perf_counter()
            scratch.editor.insertPlainText(text)
            pasted = time.perf_counter() - start
            rows["paste stall"].append(max(pasted, longest_stall(app, 5.0)))
            scratch.editor.setPlainText("")
            scratch.set_dirty(False)
            longest_stall(app, 0.5)
            path = folder / f"story-{paragraphs}-{number}.md"
            path.write_text(text + "\n", encoding="utf-8")
            start = time.perf_counter()
            tab = window.files.open_path(path)
            assert tab is not None
            longest = time.perf_counter() - start
            while getattr(tab, "loading", False):  # a long story goes in over several turns
                longest = max(longest, one_turn(app))
            rows["open done in"].append(time.perf_counter() - start)
            rows["open stall"].append(max(longest, longest_stall(app, 5.0)))
            editor = tab.editor
            original = editor.toPlainText()
            window.registry["find"].trigger()
            bar = tab.find_bar
            bar.show_replace()
            bar.find_edit.setText("Jakarta")
            bar.replace_edit.setText("DKI Jakarta")
            longest_stall(app, 0.5)
            start = time.perf_counter()
            count = bar.replace_all()
            longest = time.perf_counter() - start
            while getattr(bar, "replacing", False):  # slices over several turns
                longest = max(longest, one_turn(app))
            rows["replace done in"].append(time.perf_counter() - start)
            rows["replace stall"].append(max(longest, longest_stall(app)))
            assert count in (paragraphs, None), count  # None: it went on over several turns
            assert editor.toPlainText() == original.replace("Jakarta", "DKI Jakarta")
            start = time.perf_counter()
            editor.undo()
            rows["undo"].append(time.perf_counter() - start)
            rows["after undo"].append(longest_stall(app))
            assert editor.toPlainText() == original, "Ctrl+Z did not give the text back"
            tab.set_dirty(False)
            window.files.close_tab(tab)
            longest_stall(app, 0.5)
        figures = ", ".join(
            f"{name} {statistics.median(samples) * 1000:.0f} ms" for name, samples in rows.items()
        )
        print(f"{paragraphs:,} paragraphs (median of {args.repeat}): {figures}", flush=True)
    for tab in window.all_tabs():
        tab.set_dirty(False)
    window.close()
    # the closed tabs' render threads may still be busy with 100,000 paragraphs: Qt aborts
    # when a running thread is destroyed at exit, and the figures are printed
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
