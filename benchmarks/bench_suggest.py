"""Suggest mode's cost per key (issue 23), measured in the app's DocumentTab, headless.

    .venv/bin/python -m benchmarks.bench_suggest [--keys N] [--rounds N]

Key handling (the time ``QTest.keyClick`` takes on the GUI thread) at 20,000 words, typing
prose into the middle of the article at 8 keys a second, with suggest mode off and on in the
same tab, rounds alternating off/on. With it on, the first key of a word makes an attributed
addition and the following keys extend it. Aim: p99 with suggest mode on within 1.1x of off.
Medians and p99 are printed; the machine is shared, so figures move between runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_preview import Harness, article_text, percentile, wait_until

WORDS = 20_000
PACE_S = 0.125
AIM = 1.1
WORD = "banjir "


def type_keys(h: Harness, keys: int) -> list[float]:
    """Type ``keys`` keys of prose at the middle of the text; the ms each key took."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    h.put_cursor_in_the_middle()
    took: list[float] = []
    for i in range(keys):
        char = WORD[i % len(WORD)]
        key = Qt.Key.Key_Space if char == " " else getattr(Qt.Key, f"Key_{char.upper()}")
        start = time.perf_counter()
        QTest.keyClick(h.editor, key, Qt.KeyboardModifier.NoModifier)
        took.append((time.perf_counter() - start) * 1000)
        end = time.monotonic() + PACE_S
        while time.monotonic() < end:
            app.processEvents()  # type: ignore[union-attr]
            time.sleep(0.002)
    return took


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keys", type=int, default=120, help="keys per round")
    parser.add_argument("--rounds", type=int, default=4, help="rounds of off and on")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory(prefix="netizen-bench-") as tmp:
        folder = Path(tmp)
        os.environ["NETIZEN_EDITOR_DATA_DIR"] = str(folder / "data")
        os.environ["NETIZEN_EDITOR_CONFIG_DIR"] = str(folder / "config")
        path = folder / "artikel.md"
        path.write_text(article_text(WORDS), encoding="utf-8")
        h = Harness("app", path.read_text(encoding="utf-8"), path)
        wait_until(lambda: h.preview.applied_job >= h.preview.job)
        suggester = h.editor.suggester
        suggester.author = "Bench"
        times: dict[bool, list[float]] = {False: [], True: []}
        for _round in range(args.rounds):
            for on in (False, True):
                suggester.set_active(on)
                times[on] += type_keys(h, args.keys)
        h.close()
    app.processEvents()
    off, on = times[False], times[True]
    p99_off, p99_on = percentile(off, 99), percentile(on, 99)
    print(f"Suggest mode at {WORDS:,} words, {len(on)} keys each way at 8 keys/s (ms per key)")
    print(f"  off: median {statistics.median(off):.2f}  p99 {p99_off:.2f}")
    print(f"  on:  median {statistics.median(on):.2f}  p99 {p99_on:.2f}")
    ratio = p99_on / p99_off if p99_off else 0.0
    verdict = "ok" if ratio <= AIM else "MISSED"
    print(f"  p99 on/off {ratio:.2f}x (aim: within {AIM}x): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
