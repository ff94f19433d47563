"""How fast File › History… (the compare window) opens for a 20,000-word article (issue 23:
within 200 ms).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_compare [--repeat N]

The article's history holds 30 versions (saves, status changes, one sent to review, …); the
current text has 50 words changed since the newest. One "open" is what the window does for the
action: list the versions (their headers), read the newest, the word diff to the current text,
the diff shown (made off the window's thread: until it is back), the dialog shown and painted.
Also timed: "Changes Since the Last Review" (reads versions until the one sent to review, diff,
shown), and the compare of QA33 #9's long story with the current text (made off the window's
thread: the word diff, each paragraph's link, the HTML): 2.3 MB, 6,000 paragraphs of 60 words,
"banjir" → "genangan" and " korban " → " warga " in nearly every one (``--long-repeat``).
Prints medians and the 90th percentile; the machine is shared, so figures vary from run to run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.generate import generate_article
from netizen_editor.article.frontmatter import field_edit
from netizen_editor.history.article_id import with_article_id
from netizen_editor.history.store import History

REASONS = ("save", "status", "save", "export", "save", "review")


class _Clock:
    def __init__(self) -> None:
        self.now = dt.datetime.now(dt.UTC) - dt.timedelta(hours=5)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(minutes=2)
        return self.now


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p90 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]
    return f"median {statistics.median(ordered) * 1000:.1f} ms, p90 {p90 * 1000:.1f} ms"


def _change_words(text: str, count: int, rng: random.Random) -> str:
    words = text.split(" ")
    for _ in range(count):
        at = rng.randrange(len(words) // 10, len(words))
        words[at] = "diubah"
    return " ".join(words)


def build(folder: Path) -> tuple[Path, str, History]:
    text, found = with_article_id(generate_article(20000, 3))
    assert found is not None
    history = History(folder, found, author="Bench", clock=_Clock())
    rng = random.Random(5)
    for n in range(30):
        status = "review" if n == 20 else "draft"
        edit = field_edit(text, "status", status)
        if edit is not None:
            text = edit.apply(text)
        history.keep(text, REASONS[n % len(REASONS)] if n != 20 else "status")
        text = _change_words(text, 20, rng)
    path = folder / "artikel.md"
    current = _change_words(text, 50, rng)
    path.write_text(current, encoding="utf-8")
    return path, current, history


#: QA33 #9's story's words
LONG_WORDS = (
    "banjir pasar petugas polisi sungai hujan harga warga bantuan korban desa rumah jalan "
    "deras beras"
).split()


def long_story() -> tuple[str, str]:
    """QA33 #9's version and current text: 2.3 MB, a word or two changed in each paragraph."""
    rng = random.Random(7)
    body = "\n\n".join(
        " ".join(rng.choice(LONG_WORDS) for _ in range(60)) + "." for _ in range(6000)
    )
    head = "---\ntitle: Panjang\nsummary: Laporan panjang tentang banjir\n---\n"
    old = head + body + "\n"
    return old, re.sub(" korban ", " warga ", old.replace("banjir", "genangan"))


def long_compare(repeat: int) -> str:
    """The compare window's work for the long story against the current text."""
    from netizen_editor.gui.dialogs.compare_work import Request, Side, compare

    old, new = long_story()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = compare(Request(Side("version", old), Side("current", new), parts=True), 1)
        samples.append(time.perf_counter() - start)
    changed = sum(part.kind == "changed" for part in result.parts)
    return (
        f"long story vs the current text, {len(old) / 1e6:.1f} MB: {_ms(samples)}; "
        f"{result.added} words added, {result.deleted} deleted, {len(result.parts)} links "
        f"({changed} restore a paragraph's words)"
    )


def shown(app, dialog) -> None:
    """Until the difference (made off the window's thread) is shown and painted."""
    app.processEvents()
    while dialog.comparing():
        time.sleep(0.001)
        app.processEvents()
    dialog.repaint()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--long-repeat", type=int, default=3)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from netizen_editor.gui.dialogs.compare_dialog import CompareDialog

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path, current, history = build(Path(tmp))
        opens, reviews = [], []
        for _ in range(args.repeat):
            start = time.perf_counter()
            dialog = CompareDialog(path, current, history)
            dialog.show()
            shown(app, dialog)
            opens.append(time.perf_counter() - start)
            start = time.perf_counter()
            assert dialog.show_since_review()
            shown(app, dialog)
            reviews.append(time.perf_counter() - start)
            dialog.close()
            dialog.deleteLater()
            app.processEvents()
    words = len(current.split())
    print(f"compare window, {words} words, 30 versions: open {_ms(opens)} (target 200 ms)")
    print(f"changes since the last review, one click: {_ms(reviews)}")
    if args.long_repeat:
        print(long_compare(args.long_repeat))


if __name__ == "__main__":
    main()
