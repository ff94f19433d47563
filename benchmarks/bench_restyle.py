"""Highlighting a long story's whole text again in the editor, headless: how long the window
stops answering.

    .venv/bin/python -m benchmarks.bench_restyle [--repeat N] [--words N] [--marks N]

Two stories go into a shown editor (``MarkdownEditor``, its spell layer loaded): a long one
(``generate_article(WORDS, 1)``, ~2.4 MB at 300,000 words) and one of MARKS review marks that
each span two lines. On each, two whole-text restyles: a theme change (the editor's palette
turned dark, then light again: ``MarkdownHighlighter.set_palette``) and the rest of the text
highlighted after opening (``hold_beyond`` the first screen, ``setPlainText``, ``release``). The
figure that matters is the longest single turn of the event loop from the call until every
line is highlighted again (a stall: the window neither paints nor takes a key meanwhile); also
printed, how long that took from the call. Prints medians; the machine is shared, so figures
vary from run to run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from functools import partial

from benchmarks.bench_replace_all import one_turn
from benchmarks.generate import generate_article

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: as ``DocumentTab`` holds an article opened for the first frame
FIRST_SCREEN = 12_000


def marked_story(marks: int) -> str:
    return "---\ntitle: Uji\n---\n" + "".join(
        f"Kalimat {i} {{++awal\nakhir++}}{{>>@Budi (2026-12-06T10:30+07:00)<<}} lanjut.\n\n"
        for i in range(marks)
    )


def until_restyled(app, editor, call) -> tuple[float, float]:
    """(the longest turn, the time until done) of ``call()`` and the turns until every line of
    ``editor`` is highlighted again."""
    slices = editor.highlighter.mark_ends.slices
    start = time.perf_counter()
    call()
    longest = time.perf_counter() - start
    while slices.pending:
        longest = max(longest, one_turn(app))
    return longest, time.perf_counter() - start


def settle(app, editor, seconds: float = 1.0) -> None:
    """Turns of the event loop for ``seconds``, and until the review marks are read (on a
    thread for a long text) and their lines highlighted: not counted in the next figure."""
    end = time.perf_counter() + seconds
    deadline = end + 60
    marks = editor.highlighter.mark_ends
    while time.perf_counter() < end or (marks.pending and time.perf_counter() < deadline):
        one_turn(app)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--words", type=int, default=300_000)
    parser.add_argument("--marks", type=int, default=50_000)
    args = parser.parse_args()
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from netizen_editor.gui.editor.markdown_editor import MarkdownEditor

    editor = MarkdownEditor()
    editor.resize(1000, 700)
    editor.show()
    deadline = time.monotonic() + 60
    while editor.spell.speller is None and not editor.spell.problem:
        app.processEvents()
        if time.monotonic() > deadline:
            break
    light = QPalette(editor.palette())
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Base, QColor("#202124"))
    stories = {
        f"{args.words:,} words": generate_article(args.words, 1),
        f"{args.marks:,} marks": marked_story(args.marks),
    }
    for name, text in stories.items():
        editor.setPlainText(text)
        settle(app, editor, 3.0)  # the spell layer's and the marks' first reading
        rows: dict[str, list[float]] = {"theme": [], "theme done in": []}
        rows.update({"release": [], "release done in": []})
        for number in range(args.repeat):
            palette = dark if number % 2 == 0 else light
            longest, done = until_restyled(app, editor, partial(editor.setPalette, palette))
            rows["theme"].append(longest)
            rows["theme done in"].append(done)
            settle(app, editor)
            editor.highlighter.hold_beyond(FIRST_SCREEN)
            editor.setPlainText(text)
            settle(app, editor)
            longest, done = until_restyled(app, editor, editor.highlighter.release)
            rows["release"].append(longest)
            rows["release done in"].append(done)
            settle(app, editor)
        figures = ", ".join(
            f"{row} {statistics.median(samples) * 1000:.0f} ms" for row, samples in rows.items()
        )
        lines = editor.document().blockCount()
        print(f"{name}, {len(text):,} characters, {lines:,} lines (median of {args.repeat}): "
              f"{figures}", flush=True)  # fmt: skip
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
