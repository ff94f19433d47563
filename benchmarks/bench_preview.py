"""The live preview's speed and size, measured in the real widgets, headless.

    .venv/bin/python -m benchmarks.bench_preview [--quick] [--keys N] [--no-app]
        [--sizes 1000,20000,100000] [--scaling-only]

1. Keystroke to preview: real key events (QTest) typed into the middle of generated articles
   of 1,000, 5,000 and 20,000 words; each key is timed from the moment it is sent until the
   preview's page script has put the new text in the DOM (the ``runJavaScript`` callback of
   the patch, i.e. the page reports back; no polling). Two editors: a plain QPlainTextEdit
   connected straight to ``PreviewView.revisions.submit``, and the app's own ``DocumentTab``
   (highlighting editor, outline, metadata panel; it pushes text to the preview from a 0 ms
   timer). Median and p95. Aim: median < 50 ms at 1k/5k, < 80 ms at 20k.
2. Key handling on the GUI thread at 20,000 words (the time ``QTest.keyClick`` takes): p99,
   key by key (each key waits for its preview) and fast typing (33 keys a second, not waiting,
   so keys arrive while the render thread works). Aim: p99 < 4 ms.
3. Cold start: a fresh process shows the sample article until the preview is painted
   (measured from just before the process is started). Aim: < 1.0 s.
4. Memory with the 20,000-word article open: RSS of the whole process tree (the app and its
   QtWebEngineProcess children), with PSS beside it (shared pages counted once). Aim: < 400 MB.
   The aim is judged on the real app as a user starts it (``python -m netizen_editor
   ARTICLE``, under Xvfb at 1600x1000 when xvfb-run is there), measured after it has painted
   and ten words have been typed into it. The two harnesses above are shown beside it: they
   read 30-40 MB higher (the tab alone fills a 1600 px window, so its preview is wider than
   the app's, and the process also carries the benchmark's own modules).
5. A keystroke against the document's size (issue 22), 1,000, 20,000 and 100,000 words side
   by side (``--sizes``): the app's main window as a user has it, spell check on and the
   pre-publish checks on, words typed into the middle at 8 keys a second with a rest after
   each word long enough for the checks to start (``benchmarks/keystroke_scaling.py``). Key
   handling p50 / p99 and keystroke to preview median / p90 / max per size, and the ratio
   of the largest to the smallest. Aim: the largest within 2x of the smallest.
   ``--scaling-only`` runs just this part; ``python -m benchmarks.keystroke_scaling --hooks``
   adds the time per key of each function on the way, per thread.
The machine is shared with other work: the figures move from run to run.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netizen_editor.gui.app import web_engine_environment

web_engine_environment()  # the app's own Chromium flags, so the figures are the app's
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZES = (1_000, 5_000, 20_000)
AIMS = {1_000: 50.0, 5_000: 50.0, 20_000: 80.0}
KEY_AIM_MS = 4.0
COLD_AIM_S = 1.0
MEMORY_AIM_MB = 400.0
REAL_APP = "the real app"
TIMEOUT_S = 30.0
FAST_INTERVAL_S = 0.030


def article_text(words: int, seed: int = 0) -> str:
    from benchmarks.generate import generate_article

    return generate_article(words, seed)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


@dataclass
class Run:
    latency_ms: list[float] = field(default_factory=list)
    key_ms: list[float] = field(default_factory=list)
    fast_key_ms: list[float] = field(default_factory=list)
    rss_mb: float = 0.0
    pss_mb: float = 0.0
    processes: int = 0
    label: str = ""


# -- the widgets under test -------------------------------------------------------------------
class Harness:
    """An editor and its preview, shown side by side, with the article loaded."""

    def __init__(self, kind: str, text: str, path: Path):
        from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QWidget

        from netizen_editor.gui.preview.preview_view import PreviewView

        self.kind = kind
        self.tab = None
        if kind == "control":
            self.window = self.editor = QPlainTextEdit()
            self.preview = None  # type: ignore[assignment]
            self.editor.textChanged.connect(self.editor.toPlainText)
            self.editor.setPlainText(text)
            self.window.resize(800, 1000)
            self.window.show()
            return
        if kind == "app":
            from netizen_editor.gui.collector import IdleCollector
            from netizen_editor.gui.window.document_tab import DocumentTab
            from netizen_editor.settings import Settings

            self.collector = IdleCollector()  # as the app's run() has it
            self.tab = DocumentTab(Settings())
            self.window = self.tab
            self.editor = self.tab.editor
            self.preview: PreviewView = self.tab.preview
        else:
            self.window = QWidget()
            self.editor = QPlainTextEdit()
            self.preview = PreviewView()
            layout = QHBoxLayout(self.window)
            layout.addWidget(self.editor, 45)
            layout.addWidget(self.preview, 55)
            self.editor.textChanged.connect(
                lambda: self.preview.revisions.submit(self.editor.toPlainText(), path)
            )
        self.window.resize(1600, 1000)
        self.window.show()
        painted = wait_for(self.preview.painted, lambda: self._load(text, path))
        if not painted:
            raise RuntimeError("the preview was not painted")
        wait_until(lambda: self.preview.applied_job >= self.preview.job)

    def _load(self, text: str, path: Path) -> None:
        if self.tab is not None:
            from netizen_editor.document import Document

            document, text = Document.open(path)  # the file holds ``text``
            self.tab.open_document(document, text)
        else:
            self.editor.setPlainText(text)

    def put_cursor_in_the_middle(self) -> None:
        from PySide6.QtGui import QTextCursor

        text = self.editor.toPlainText()
        middle = text.index(" ", len(text) // 2) + 1
        cursor = self.editor.textCursor()
        cursor.setPosition(middle)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)

    def close(self) -> None:
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        if self.tab is not None:
            self.tab.shutdown()
        elif self.preview is not None:
            self.preview.shutdown()
        self.window.close()
        self.window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def wait_until(predicate, timeout: float = TIMEOUT_S) -> bool:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + timeout
    while not predicate():
        if time.perf_counter() > deadline:
            return False
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.0005)
    return True


def wait_for(signal, trigger, timeout: float = TIMEOUT_S) -> bool:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    fired: list[bool] = []

    def done(*_args: object) -> None:
        fired.append(True)
        loop.quit()

    signal.connect(done)
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    trigger()
    if not fired:
        loop.exec()
    signal.disconnect(done)
    return bool(fired)


def dom_contains(preview, word: str) -> bool:
    from netizen_editor.gui.preview.web_page import APP_WORLD

    box: list[object] = []
    preview.page().runJavaScript(
        f"document.getElementById('nz-body').textContent.includes({json.dumps(word)})",
        APP_WORLD,
        box.append,
    )
    wait_until(lambda: bool(box))
    return bool(box and box[0])


# -- 1 and 2: keystrokes ----------------------------------------------------------------------
def type_and_time(h: Harness, keys: int, run: Run) -> None:
    """Type words into the middle; time each key until the DOM has it."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    preview = h.preview
    applied_at: dict[int, float] = {}

    def on_applied(seq: int) -> None:
        applied_at.setdefault(seq, time.perf_counter())
        if seq >= target[0]:
            loop.quit()

    loop = QEventLoop()
    target = [0]
    preview.patch_applied.connect(on_applied)
    h.put_cursor_in_the_middle()
    typed = 0
    word_index = 0
    while typed < keys:
        word = f"zq{word_index}kata"
        word_index += 1
        for ch in word + " ":
            before = preview.job
            start = time.perf_counter()
            QTest.keyClick(h.editor, ch if ch != " " else Qt.Key.Key_Space)
            handled = time.perf_counter()
            run.key_ms.append((handled - start) * 1000)
            # the app tab hands the text over from a 0 ms timer: let it fire
            if not wait_until(lambda b=before: preview.job > b, timeout=5):
                raise RuntimeError("the keystroke never reached the preview")
            target[0] = preview.job
            if preview.applied_job < target[0]:
                QTimer.singleShot(int(TIMEOUT_S * 1000), loop.quit)
                loop.exec()
            if target[0] not in applied_at and preview.applied_job < target[0]:
                raise RuntimeError("the preview did not show the keystroke in time")
            done = min(t for s, t in applied_at.items() if s >= target[0])
            run.latency_ms.append((done - start) * 1000)
            typed += 1
        if not dom_contains(preview, word):
            raise RuntimeError(f"the preview's DOM does not contain {word!r}")
    preview.patch_applied.disconnect(on_applied)


def fast_typing(h: Harness, keys: int, run: Run, interval: float = FAST_INTERVAL_S) -> None:
    """Keys at 33 a second (a fast typist, a held-down key) without waiting for the preview:
    the render thread is often busy when a key arrives."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    for i in range(keys):
        ch = "abcdefghij"[i % 10] if i % 7 else " "
        start = time.perf_counter()
        QTest.keyClick(h.editor, ch)
        run.fast_key_ms.append((time.perf_counter() - start) * 1000)
        while time.perf_counter() < start + interval:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 2)
    if h.preview is not None:
        wait_until(lambda: h.preview.applied_job >= h.preview.job)


def measure_memory(run: Run, root: Any = None) -> None:
    """The process tree of ``root`` (default: this process): RSS, and PSS (shared pages split
    between sharers)."""
    import psutil

    me = root or psutil.Process()
    tree = [me, *me.children(recursive=True)]
    rss = pss = 0
    for proc in tree:
        try:
            info = proc.memory_full_info()
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        rss += info.rss
        pss += getattr(info, "pss", info.rss)
    run.rss_mb, run.pss_mb, run.processes = rss / 2**20, pss / 2**20, len(tree)


def bench_control(keys: int, words: int = 20_000) -> Run:
    """Fast typing into the same editor with no preview at all: how much the machine itself
    (other processes, the editor) adds to the key handling time."""
    run = Run()
    h = Harness("control", article_text(words), Path("unused.md"))
    h.put_cursor_in_the_middle()
    fast_typing(h, keys, run)
    h.close()
    return run


def bench_typing(kind: str, sizes: tuple[int, ...], keys: int, folder: Path) -> dict[int, Run]:
    results: dict[int, Run] = {}
    for words in sizes:
        path = folder / f"artikel-{words}.md"
        text = article_text(words)
        path.write_text(text, encoding="utf-8")
        h = Harness(kind, text, path)
        run = Run()
        type_and_time(h, 6, Run())  # warm up (caches, JIT of the page script)
        type_and_time(h, keys, run)
        if words == max(sizes):
            fast_typing(h, max(keys * 3, 100), run)
        h.close()
        results[words] = run
    return results


# -- 4: memory, in a fresh process each ------------------------------------------------------
def memory_child(kind: str) -> None:
    """Open the 20,000-word article, type a little, print the process tree's memory.
    ``bare``: a plain QWebEngineView with one line of HTML, QtWebEngine's own floor."""
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    if kind == "bare":
        from PySide6.QtWebEngineWidgets import QWebEngineView

        view = QWebEngineView()
        view.resize(1600, 1000)
        view.show()
        wait_for(view.loadFinished, lambda: view.setHtml("<p>Netizen</p>"))
        wait_until(lambda: False, timeout=1.0)  # let the first frames settle
        run = Run()
        measure_memory(run)
        print("MEMORY", json.dumps([run.rss_mb, run.pss_mb, run.processes]), flush=True)
        return
    with tempfile.TemporaryDirectory(prefix="netizen-bench-") as tmp:
        os.environ.setdefault("NETIZEN_EDITOR_DATA_DIR", str(Path(tmp) / "data"))
        os.environ.setdefault("NETIZEN_EDITOR_CONFIG_DIR", str(Path(tmp) / "config"))
        path = Path(tmp) / "artikel.md"
        text = article_text(20_000)
        path.write_text(text, encoding="utf-8")
        h = Harness(kind, text, path)
        type_and_time(h, 10, Run())
        run = Run()
        measure_memory(run)
        print("MEMORY", json.dumps([run.rss_mb, run.pss_mb, run.processes]), flush=True)
        h.close()
    app.processEvents()


def bench_memory(kind: str) -> Run:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_preview", "--memory-child", kind],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("MEMORY")]
    if not lines:
        raise RuntimeError("memory: the child failed:\n" + out.stderr[-2000:])
    run = Run()
    run.rss_mb, run.pss_mb, run.processes = json.loads(lines[0].split(" ", 1)[1])
    return run


def bench_memory_real_app(screen: str = "1600x1000") -> Run:
    """The whole app as a user starts it, with the 20,000-word article, measured once its
    preview has painted. Under Xvfb (a real X11 screen of ``screen`` pixels, Mesa) when
    xvfb-run is installed, else offscreen."""
    import shutil

    import psutil

    with tempfile.TemporaryDirectory(prefix="netizen-bench-") as tmp:
        path = Path(tmp) / "artikel-20000.md"
        path.write_text(article_text(20_000), encoding="utf-8")
        script = Path(tmp) / "type.json"
        steps = [step for _ in range(10) for step in ({"type": "kata "}, {"wait": 60})]
        script.write_text(json.dumps({"steps": steps}), encoding="utf-8")
        env = {
            **os.environ,
            "NETIZEN_EDITOR_TEST_SCRIPT": str(script),
            "NETIZEN_EDITOR_SMOKE": "1",
            "NETIZEN_EDITOR_SMOKE_HOLD": "30",
            "NETIZEN_EDITOR_DATA_DIR": str(Path(tmp) / "data"),
            "NETIZEN_EDITOR_CONFIG_DIR": str(Path(tmp) / "config"),
        }
        command = [sys.executable, "-m", "netizen_editor", str(path)]
        xvfb = shutil.which("xvfb-run")
        if xvfb:
            env.pop("QT_QPA_PLATFORM", None)
            command = [xvfb, "-a", "-s", f"-screen 0 {screen}x24", *command]
        proc = subprocess.Popen(
            command,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            start_new_session=True,  # xvfb-run, Xvfb and the app: one group to end together
        )
        try:
            assert proc.stdout is not None
            for line in proc.stdout:
                if line.startswith("SMOKE"):
                    if not line.startswith("SMOKE OK"):
                        raise RuntimeError("memory: the app did not paint: " + line)
                    break
            time.sleep(2.0)  # the typing (10 words, about 1.1 s) and its last frames
            app = next(
                p
                for p in [psutil.Process(proc.pid), *psutil.Process(proc.pid).children(True)]
                if p.cmdline()[:3] == [sys.executable, "-m", "netizen_editor"]
            )
            run = Run()
            measure_memory(run, app)
            run.label = "Xvfb " + screen if xvfb else "offscreen"
            return run
        finally:
            import signal

            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


# -- 3: cold start ----------------------------------------------------------------------------
COLD_CHILD = """
import sys, time
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPlainTextEdit, QWidget
app = QApplication(sys.argv)
from netizen_editor.gui.preview.preview_view import PreviewView
from netizen_editor.paths import sample_article_path
path = sample_article_path()
window = QWidget()
editor = QPlainTextEdit()
preview = PreviewView()
layout = QHBoxLayout(window)
layout.addWidget(editor)
layout.addWidget(preview)
editor.textChanged.connect(lambda: preview.revisions.submit(editor.toPlainText(), path))
def painted():
    print("PAINTED", time.time(), flush=True)
    preview.shutdown()
    app.quit()
preview.painted.connect(painted)
window.resize(1400, 900)
window.show()
editor.setPlainText(path.read_text(encoding="utf-8"))
app.exec()
"""


def bench_cold_start(runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.time()
        out = subprocess.run(
            [sys.executable, "-c", COLD_CHILD],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        stamp = [line for line in out.stdout.splitlines() if line.startswith("PAINTED")]
        if not stamp:
            raise RuntimeError("cold start: the child never painted:\n" + out.stderr[-2000:])
        times.append(float(stamp[0].split()[1]) - start)
    return times


# -- report -----------------------------------------------------------------------------------
def row(label: str, value: str, aim: str, ok: bool | None) -> str:
    mark = "" if ok is None else ("ok" if ok else "MISSED")
    return f"  {label:<44} {value:>22}   {aim:<12} {mark}"


def report(
    typing: dict[str, dict[int, Run]],
    control: Run,
    cold: list[float],
    memory: dict[str, Run],
    keys: int,
) -> bool:
    all_ok = True
    print(f"\nKeystroke to preview DOM ({keys} keys per size, typed into the middle)")
    print(f"  {'editor / words':<44} {'median':>10} {'p95':>11}   {'aim':<12}")
    for kind, runs in typing.items():
        for words, run in runs.items():
            med = statistics.median(run.latency_ms)
            p95 = percentile(run.latency_ms, 95)
            ok = med < AIMS[words]
            all_ok &= ok
            label = f"{kind} / {words:,}"
            aim = f"median < {AIMS[words]:.0f} ms"
            print(f"  {label:<44} {med:>7.1f} ms {p95:>8.1f} ms   {aim}{'' if ok else '  MISSED'}")
    print("\nKey handling on the GUI thread at 20,000 words (QTest.keyClick duration)")
    for kind, runs in typing.items():
        run = runs[max(runs)]
        for name, values in (("key by key", run.key_ms), ("fast typing", run.fast_key_ms)):
            p50, p99 = statistics.median(values), percentile(values, 99)
            ok = p99 < KEY_AIM_MS
            all_ok &= ok
            value = f"p50 {p50:.2f} / p99 {p99:.2f} ms"
            print(row(f"{kind}, {name} ({len(values)} keys)", value, "p99 < 4 ms", ok))
    values = control.fast_key_ms
    value = f"p50 {statistics.median(values):.2f} / p99 {percentile(values, 99):.2f} ms"
    print(row(f"control: no preview, fast typing ({len(values)})", value, "(machine)", None))
    print("\nCold start to first preview painted (sample article, fresh process)")
    med = statistics.median(cold)
    ok = med < COLD_AIM_S
    all_ok &= ok
    runs_text = ", ".join(f"{t:.2f}" for t in cold)
    print(row(f"median of {len(cold)} ({runs_text} s)", f"{med:.2f} s", "< 1.0 s", ok))
    print("\nMemory, 20,000-word article open (process tree, fresh process each)")
    for kind, run in memory.items():
        value = f"RSS {run.rss_mb:.0f} MB (PSS {run.pss_mb:.0f})"
        if kind == "bare":
            label = f"reference: bare QWebEngineView, {run.processes} proc."
            print(row(label, value, "", None))
            continue
        where = f" ({run.label})" if run.label else ""
        label = f"{kind}{where}, {run.processes} proc."
        if kind != REAL_APP:
            print(row(label, value, "(harness)", None))
            continue
        ok = run.rss_mb < MEMORY_AIM_MB
        all_ok &= ok
        print(row(label, value, "RSS < 400 MB", ok))
    return all_ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer keys and cold starts")
    parser.add_argument("--keys", type=int, default=0, help="keys timed per article size")
    parser.add_argument("--no-app", action="store_true", help="only the plain editor")
    parser.add_argument("--memory-child", help=argparse.SUPPRESS)
    parser.add_argument(
        "--sizes",
        default="1000,20000,100000",
        help="article sizes of the keystroke-vs-size part, words (comma-separated; 100k ok)",
    )
    parser.add_argument(
        "--scaling-only", action="store_true", help="only the keystroke-vs-size part"
    )
    args = parser.parse_args()
    if args.memory_child:
        memory_child(args.memory_child)
        return 0
    keys = args.keys or (24 if args.quick else 60)
    from benchmarks import keystroke_scaling

    sizes = keystroke_scaling.parse_sizes(args.sizes)
    if args.scaling_only:
        return scaling(sizes, keys)
    kinds = {"plain editor": "plain", "app tab": "app"}
    if args.no_app:
        del kinds["app tab"]

    # memory first, while this process has no QtWebEngine of its own sharing its pages
    memory = {"bare": bench_memory("bare")}
    memory.update({name: bench_memory(kind) for name, kind in kinds.items()})
    memory[REAL_APP] = bench_memory_real_app()

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    typing: dict[str, dict[int, Run]] = {}
    with tempfile.TemporaryDirectory(prefix="netizen-bench-") as tmp:
        folder = Path(tmp)
        os.environ.setdefault("NETIZEN_EDITOR_DATA_DIR", str(folder / "data"))
        os.environ.setdefault("NETIZEN_EDITOR_CONFIG_DIR", str(folder / "config"))
        for name, kind in kinds.items():
            typing[name] = bench_typing(kind, SIZES, keys, folder)
        control = bench_control(max(keys * 3, 100))
    cold = bench_cold_start(3 if args.quick else 5)
    ok = report(typing, control, cold, memory, keys)
    app.processEvents()
    print("\nall aims met" if ok else "\nsome aims missed")
    scaling(sizes, keys)
    return 0


def scaling(sizes: tuple[int, ...], keys: int) -> int:
    """Part 5: the same keystroke at every size, side by side."""
    from PySide6.QtWidgets import QApplication

    from benchmarks import keystroke_scaling

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory(prefix="netizen-bench-") as tmp:
        folder = Path(tmp)
        # its own folders: the typing part's are gone by now (the journal writes here)
        os.environ["NETIZEN_EDITOR_DATA_DIR"] = str(folder / "data")
        os.environ["NETIZEN_EDITOR_CONFIG_DIR"] = str(folder / "config")
        results = keystroke_scaling.measure(sizes, keys, folder=folder)
    print()
    print("\n".join(keystroke_scaling.report(results, keys)))
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
