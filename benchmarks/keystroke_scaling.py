"""A keystroke's cost against the document's size (issue 22), and where it goes.

Used by ``bench_preview --sizes`` (the figures) and runnable alone for the profile:

    .venv/bin/python -m benchmarks.keystroke_scaling [--sizes 1000,20000,100000] [--keys N]
        [--profile] [--top N]

The figures: the app's ``DocumentTab`` (highlighting editor, outline, metadata panel, live
preview) with spell check on (the default, dictionaries loaded before the first key) and the
pre-publish checks registered (the render thread runs them over the whole text 250 ms after
the last text). Words are typed into the middle of the article key by key at a typist's pace
(a key every 125 ms, or as soon as the preview has the last key when it is slower), with a
rest after each word long enough for the render thread to start its snapshot with the checks,
so the first key of the next word can land on them (as a user's keys do). Per size: key
handling (``QTest.keyClick`` duration, the GUI thread) p50 / p99; "+push": from the key until the
render thread has its revision (the editor's repaint and the tab's 0 ms timer that hands the
whole text to the preview, ``_submit``, included: GUI-thread work the next key waits
for as well), p50 / p99; and keystroke to preview (until the page script
has put the key in the DOM) median / p90 / max.

``--profile``: the same typing with cProfile on the GUI thread (around each key and the wait
for its preview) and on the render thread (each render and each snapshot, the profiler turned
on inside that thread), then the functions whose cost per key grows with the document, per
size (ms per key; cProfile's overhead inflates the figures, compare the sizes).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.bench_preview import Harness, article_text, percentile, wait_until

DEFAULT_SIZES = (1_000, 20_000, 100_000)
PACE_S = 0.125  # 8 keys a second
WORD_REST_S = 0.40  # after each word: the snapshot (checks) starts at 250 ms
FLAT_AIM = 2.0  # issue 22: 100k within 2x of 1k


@dataclass
class Scaling:
    words: int
    key_ms: list[float] = field(default_factory=list)
    handed_ms: list[float] = field(default_factory=list)  # the key, then the push to the preview
    latency_ms: list[float] = field(default_factory=list)
    load_s: float = 0.0
    gui: pstats.Stats | None = None
    render: pstats.Stats | None = None
    keys: int = 0
    timed: dict[tuple[str, str], float] = field(default_factory=dict)  # seconds, all keys
    timed_calls: dict[tuple[str, str], int] = field(default_factory=dict)


class WindowHarness:
    """The app's main window (tabs, status bar counts, outline, checks dock, the journal)
    with the article opened as a user opens it; the attributes ``Harness`` has."""

    def __init__(self, path: Path):
        from netizen_editor.gui.window.main_window import MainWindow
        from netizen_editor.settings import Settings

        self.kind = "window"
        self.window = MainWindow(Settings())
        self.window.resize(1600, 1000)
        self.window.show()
        self.window.restore_session([str(path)])
        self.tab = self.window.current_tab()
        self.editor = self.tab.editor
        self.preview = self.tab.preview
        if not wait_until(lambda: self.preview.applied_job >= 1
                          and self.preview.applied_job >= self.preview.job,
                          timeout=120):  # fmt: skip
            raise RuntimeError("the preview never showed the article")

    put_cursor_in_the_middle = Harness.put_cursor_in_the_middle

    def close(self) -> None:
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        self.window.prompts.unsaved_changes = lambda name: "discard"
        self.window.close()
        self.window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def open_tab(words: int, folder: Path, kind: str = "window") -> tuple[Harness, float]:
    path = folder / f"artikel-{words}.md"
    text = article_text(words)
    path.write_text(text, encoding="utf-8")
    start = time.perf_counter()
    h = WindowHarness(path) if kind == "window" else Harness(kind, text, path)
    layer = h.editor.spell
    if not wait_until(lambda: layer.speller is not None or bool(layer.problem), timeout=120):
        raise RuntimeError("spell check never loaded")
    if layer.problem:
        raise RuntimeError(f"spell check is off: {layer.problem}")
    wait_until(lambda: not layer.busy(), timeout=120)
    # the first snapshot with the checks (the findings of the whole text) before the keys
    wait_until(lambda: h.tab.snapshot() is not None and h.tab.snapshot().checked, timeout=120)
    return h, time.perf_counter() - start


def checks_registered() -> int:
    from netizen_editor.checks import rules

    return len(rules())


class RenderProfiler:
    """cProfile on the render thread: each ``_render`` and ``_snapshot`` runs under it."""

    def __init__(self) -> None:
        self.profile = cProfile.Profile()
        self.on = False
        self._saved: dict[str, object] = {}

    def install(self) -> None:
        from netizen_editor.gui.revisions.worker import RevisionWorker

        for name in ("_render", "_snapshot", "_parse_only"):
            original = getattr(RevisionWorker, name)
            self._saved[name] = original

            def wrapped(worker, job, _original=original):
                if not self.on:
                    return _original(worker, job)
                self.profile.enable()
                try:
                    return _original(worker, job)
                finally:
                    self.profile.disable()

            setattr(RevisionWorker, name, wrapped)

    def uninstall(self) -> None:
        from netizen_editor.gui.revisions.worker import RevisionWorker

        for name, original in self._saved.items():
            setattr(RevisionWorker, name, original)


#: what the timing hooks wrap (``module:Qualname``); each is timed on the thread it runs on,
#: over the whole typing (also what runs between keys: the spell layer's recheck, the snapshot
#: with the checks, the journal), inclusive of what it calls. Functions imported by name into
#: other modules are replaced there too.
HOOKS = (
    # render thread: the preview
    "netizen_editor.gui.revisions.worker:RevisionWorker._render",
    "netizen_editor.publish.preview_patch:PreviewRenderer.parse",
    "netizen_editor.publish.preview_patch:PreviewRenderer.state",
    "netizen_editor.publish.body:BodyRenderer.render_chunks",
    "netizen_editor.publish.body:body_scan",
    "netizen_editor.publish.chunker:split_chunks",
    "netizen_editor.grammar.blocks:split_lines",
    "netizen_editor.grammar.blocks:scan_blocks",
    "netizen_editor.publish.chunker:definitions",
    "netizen_editor.publish.body:_refuse_before",
    "netizen_editor.publish.body:BodyRenderer._chunk_html",
    "netizen_editor.publish.body:_unique_heading_ids",
    "netizen_editor.publish.body:_number_footnote_refs",
    "netizen_editor.publish.preview_patch:PreviewRenderer._finish",
    "netizen_editor.publish.preview_patch:article_view",
    "netizen_editor.publish.preview_patch:render_header",
    "netizen_editor.publish.preview_patch:render_footer",
    "netizen_editor.publish.preview_patch:diff_states",
    "netizen_editor.publish.preview_patch:PreviewPatch.script",
    # render thread: the snapshot (250 ms after the last text)
    "netizen_editor.gui.revisions.worker:RevisionWorker._snapshot",
    "netizen_editor.snapshot:take_snapshot",
    "netizen_editor.publish.preview_patch:PreviewRenderer.export_body",
    "netizen_editor.checks.context:context_for",
    "netizen_editor.checks.registry:run_checks",
    "netizen_editor.grammar.scan:scan_article",
    "netizen_editor.editing.textstats:text_stats",
    "netizen_editor.article.model:Article.parse",
    "netizen_editor.spelling.check:text_issues",
    # GUI thread
    "netizen_editor.gui.editor.markdown_editor:MarkdownEditor.keyPressEvent",
    "netizen_editor.gui.editor.markdown_editor:MarkdownEditor.paintEvent",
    "netizen_editor.gui.editor.highlighter:MarkdownHighlighter.highlightBlock",
    "netizen_editor.gui.window.document_tab:DocumentTab._contents_changed",
    "netizen_editor.gui.window.document_tab:DocumentTab._text_changed",
    "netizen_editor.gui.window.document_tab:DocumentTab._submit",
    "netizen_editor.gui.window.document_tab:DocumentTab.editor_text",
    "netizen_editor.gui.window.document_tab:DocumentTab._on_snapshot",
    "netizen_editor.document:Document.note_edit",
    "netizen_editor.gui.revisions.pipeline:Revisions.submit",
    "netizen_editor.gui.preview.preview_view:PreviewView.reveal_line",
    "netizen_editor.gui.preview.preview_view:PreviewView._on_result",
    "netizen_editor.gui.preview.preview_view:PreviewView._apply",
    "netizen_editor.gui.preview.preview_view:PreviewView._mark_applied",
    "netizen_editor.gui.editor.spell_layer:SpellLayer._contents_changed",
    "netizen_editor.gui.editor.spell_layer:SpellLayer._overlay",
    "netizen_editor.gui.editor.spell_layer:SpellLayer._work",
    "netizen_editor.gui.editor.spell_layer:SpellLayer._issues",
    "netizen_editor.gui.editor.spell_layer:SpellLayer.paint",
    "netizen_editor.spelling.words:_read_words",
    "netizen_editor.gui.window.status:StatusFields.set_stats",
    "netizen_editor.gui.panels.outline_panel:OutlineView.set_headings",
    "netizen_editor.gui.panels.metadata_panel:MetadataPanel.show_snapshot",
    "netizen_editor.gui.panels.checks_dock:ChecksDock._snapshot",
    "netizen_editor.gui.panels.checks_panel:ChecksPanel.set_findings",
    "netizen_editor.gui.window.journal_keeper:JournalKeeper.note_edit",
    "netizen_editor.gui.window.journal_keeper:JournalKeeper._write_due",
    "netizen_editor.gui.collector:IdleCollector.maybe_collect",
    "netizen_editor.gui.window.main_window:MainWindow._if_current",
    "netizen_editor.gui.window.main_window:MainWindow._tab_changed",
    # Qt's own, called from Python
    "PySide6.QtGui:QTextDocument.toRawText",
    "PySide6.QtGui:QTextDocument.toPlainText",
    "PySide6.QtWidgets:QPlainTextEdit.toPlainText",
)


class Hooks:
    """Wall time per hooked function and thread (``gui`` = the main thread, else the thread's
    name), summed while ``on``."""

    def __init__(self) -> None:
        import threading

        self.main = threading.main_thread().ident
        self.on = False
        self.total: dict[tuple[str, str], float] = {}
        self.calls: dict[tuple[str, str], int] = {}
        self._undo: list[tuple[object, str, object]] = []
        self.missing: list[str] = []

    def _thread(self) -> str:
        import threading

        current = threading.current_thread()
        return "gui" if current.ident == self.main else "render"

    def _timed(self, func, key: str):
        import functools

        hooks = self

        @functools.wraps(func)
        def timed(*args, **kwargs):
            if not hooks.on:
                return func(*args, **kwargs)
            start = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                slot = (key, hooks._thread())
                hooks.total[slot] = hooks.total.get(slot, 0.0) + time.perf_counter() - start
                hooks.calls[slot] = hooks.calls.get(slot, 0) + 1

        return timed

    def _set(self, owner: object, name: str, value: object) -> None:
        self._undo.append((owner, name, owner.__dict__[name] if isinstance(owner, type)
                           else getattr(owner, name)))  # fmt: skip
        setattr(owner, name, value)

    def install(self, targets: tuple[str, ...] = HOOKS) -> None:
        import importlib

        for target in targets:
            module_name, qualname = target.split(":")
            try:
                module = importlib.import_module(module_name)
                owner: object = module
                *path, name = qualname.split(".")
                for part in path:
                    owner = getattr(owner, part)
                raw = owner.__dict__[name] if isinstance(owner, type) else getattr(owner, name)
            except (ImportError, AttributeError, KeyError):
                self.missing.append(target)
                continue
            key = f"{module_name.removeprefix('netizen_editor.')}:{qualname}"
            try:
                if isinstance(raw, classmethod):
                    self._set(owner, name, classmethod(self._timed(raw.__func__, key)))
                elif isinstance(raw, staticmethod):
                    self._set(owner, name, staticmethod(self._timed(raw.__func__, key)))
                elif isinstance(raw, property):
                    self._set(owner, name, property(self._timed(raw.fget, key), raw.fset))
                else:
                    wrapped = self._timed(raw, key)
                    self._set(owner, name, wrapped)
                    if not path:  # imported by name elsewhere: replace it there too
                        for other in list(sys.modules.values()):
                            if other is not module and getattr(other, name, None) is raw:
                                self._set(other, name, wrapped)
            except TypeError:
                self.missing.append(target)
        self._hook_rules()

    def _hook_rules(self) -> None:
        """Each check rule, its findings drained inside the timing (rules are generators)."""
        from netizen_editor.checks import registry

        registry.rules()
        table = registry._RULES
        hooks = self
        for rule_id, func in list(table.items()):

            def drained(context, _func=func, _key=f"check rule:{rule_id}"):
                if not hooks.on:
                    return _func(context)
                start = time.perf_counter()
                try:
                    return iter(list(_func(context)))
                finally:
                    slot = (_key, hooks._thread())
                    hooks.total[slot] = hooks.total.get(slot, 0.0) + time.perf_counter() - start
                    hooks.calls[slot] = hooks.calls.get(slot, 0) + 1

            self._undo.append((table, rule_id, func))
            table[rule_id] = drained

    def uninstall(self) -> None:
        for owner, name, value in reversed(self._undo):
            if isinstance(owner, dict):
                owner[name] = value
            else:
                setattr(owner, name, value)
        self._undo.clear()

    def take(self) -> tuple[dict[tuple[str, str], float], dict[tuple[str, str], int]]:
        total, calls = self.total, self.calls
        self.total, self.calls = {}, {}
        return total, calls


def type_words(h: Harness, keys: int, result: Scaling, gui: cProfile.Profile | None = None,
               pace: float = PACE_S, rest: float = WORD_REST_S) -> None:  # fmt: skip
    """Words typed into the middle key by key; each key timed until the DOM has it."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    preview = h.preview
    applied_at: dict[int, float] = {}
    loop = QEventLoop()
    target = [0]

    def on_applied(seq: int) -> None:
        applied_at.setdefault(seq, time.perf_counter())
        if seq >= target[0]:
            loop.quit()

    def idle_until(moment: float) -> None:
        while time.perf_counter() < moment:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 2)
            time.sleep(0.001)

    preview.patch_applied.connect(on_applied)
    h.put_cursor_in_the_middle()
    typed = 0
    index = 0
    while typed < keys:
        word = f"warga{'abcdefghij'[index % 10]}"
        index += 1
        for ch in word + " ":
            before = preview.job
            if gui is not None:
                gui.enable()
            start = time.perf_counter()
            QTest.keyClick(h.editor, ch if ch != " " else Qt.Key.Key_Space)
            result.key_ms.append((time.perf_counter() - start) * 1000)
            if not wait_until(lambda b=before: preview.job > b, timeout=10):
                raise RuntimeError("the keystroke never reached the preview")
            result.handed_ms.append((time.perf_counter() - start) * 1000)
            target[0] = preview.job
            if preview.applied_job < target[0]:
                QTimer.singleShot(30_000, loop.quit)
                loop.exec()
            done = min((t for s, t in applied_at.items() if s >= target[0]), default=None)
            if done is None:
                raise RuntimeError("the preview did not show the keystroke in time")
            result.latency_ms.append((done - start) * 1000)
            if gui is not None:
                gui.disable()
            typed += 1
            idle_until(start + pace)
        idle_until(time.perf_counter() + rest)
    preview.patch_applied.disconnect(on_applied)
    result.keys += typed


def measure(sizes: tuple[int, ...], keys: int, profile: bool = False,
            folder: Path | None = None, kind: str = "window",
            hooks: Hooks | None = None) -> dict[int, Scaling]:  # fmt: skip
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication(sys.argv)
    own = None
    if folder is None:
        own = tempfile.TemporaryDirectory(prefix="netizen-bench-scaling-")
        folder = Path(own.name)
        os.environ.setdefault("NETIZEN_EDITOR_DATA_DIR", str(folder / "data"))
        os.environ.setdefault("NETIZEN_EDITOR_CONFIG_DIR", str(folder / "config"))
    render = RenderProfiler() if profile else None
    if render is not None:
        render.install()
    results: dict[int, Scaling] = {}
    try:
        for words in sizes:
            h, load_s = open_tab(words, folder, kind)
            result = Scaling(words, load_s=load_s)
            type_words(h, 11, Scaling(words))  # warm up: caches, the page script's JIT
            gui = cProfile.Profile() if profile else None
            if render is not None:
                render.profile = cProfile.Profile()
                render.on = True
            if hooks is not None:
                hooks.take()
                hooks.on = True
            type_words(h, keys, result, gui)
            if hooks is not None:
                hooks.on = False
                result.timed, result.timed_calls = hooks.take()
            if render is not None:
                render.on = False
                result.render = pstats.Stats(render.profile)
            if gui is not None:
                result.gui = pstats.Stats(gui)
            h.close()
            results[words] = result
    finally:
        if render is not None:
            render.uninstall()
        if own is not None:
            own.cleanup()
    return results


# -- report -----------------------------------------------------------------------------------
def summary(result: Scaling) -> dict[str, float]:
    return {
        "key_p50": statistics.median(result.key_ms),
        "key_p99": percentile(result.key_ms, 99),
        "hand_p50": statistics.median(result.handed_ms),
        "hand_p99": percentile(result.handed_ms, 99),
        "lat_med": statistics.median(result.latency_ms),
        "lat_p90": percentile(result.latency_ms, 90),
        "lat_max": max(result.latency_ms),
    }


def report(results: dict[int, Scaling], keys: int, kind: str = "window") -> list[str]:
    sizes = sorted(results)
    where = "the main window" if kind == "window" else "the DocumentTab alone"
    lines = [
        f"Keystroke vs document size: {where}, spell check on, {checks_registered()} check "
        f"rules on; {keys} keys per size at 8 keys/s, a {WORD_REST_S * 1000:.0f} ms rest "
        f"after each word (the checks start at 250 ms)",
        f"  {'words':>9} {'open s':>7} {'key p50':>9} {'key p99':>9} {'+push p50':>10} "
        f"{'p99':>7} {'preview med':>12} {'p90':>8} {'max':>8}   (ms)",
    ]
    figures = {words: summary(results[words]) for words in sizes}
    for words in sizes:
        f = figures[words]
        lines.append(
            f"  {words:>9,} {results[words].load_s:>7.1f} {f['key_p50']:>9.2f} "
            f"{f['key_p99']:>9.2f} {f['hand_p50']:>10.2f} {f['hand_p99']:>7.2f} "
            f"{f['lat_med']:>12.1f} {f['lat_p90']:>8.1f} {f['lat_max']:>8.1f}"
        )
    small, large = sizes[0], sizes[-1]
    if small != large:
        a, b = figures[small], figures[large]
        ratio = {k: b[k] / a[k] if a[k] else float("inf") for k in a}
        lines.append(
            f"  {f'{large // 1000}k/{small // 1000}k':>9} {'':>7} {ratio['key_p50']:>8.2f}x "
            f"{ratio['key_p99']:>8.2f}x {ratio['hand_p50']:>9.2f}x {ratio['hand_p99']:>6.2f}x "
            f"{ratio['lat_med']:>11.2f}x {ratio['lat_p90']:>7.2f}x {ratio['lat_max']:>7.2f}x"
        )
        worst = max(ratio["key_p50"], ratio["key_p99"], ratio["hand_p50"], ratio["lat_med"])
        verdict = "ok" if worst <= FLAT_AIM else "MISSED"
        lines.append(
            f"  aim (issue 22): key handling and keystroke-to-preview at {large:,} within "
            f"{FLAT_AIM:g}x of {small:,}: {verdict}"
        )
    return lines


def _func_name(func: tuple[str, int, str]) -> str:
    filename, line, name = func
    if filename == "~":
        return name
    parts = Path(filename).parts
    if "netizen_editor" in parts:
        filename = "/".join(parts[parts.index("netizen_editor") :])
    else:
        filename = "/".join(parts[-2:])
    return f"{filename}:{line}:{name}"


def growers(results: dict[int, Scaling], thread: str, top: int) -> list[str]:
    """The functions whose time per key (cumulative, ms) grows most from the smallest size to
    the largest, with the figure at every size, and their own time (tottime) at the largest."""
    sizes = sorted(results)
    per_size: dict[int, dict[tuple, tuple[float, float, float]]] = {}
    for words in sizes:
        stats = getattr(results[words], thread)
        if stats is None:
            return []
        keys = results[words].keys
        per_size[words] = {
            func: (cc, tt * 1000 / keys, ct * 1000 / keys)
            for func, (cc, _nc, tt, ct, _callers) in stats.stats.items()  # type: ignore[attr-defined]
        }
    small, large = sizes[0], sizes[-1]
    rows = []
    for func, (_calls, _tt, ct) in per_size[large].items():
        base = per_size[small].get(func, (0, 0.0, 0.0))[2]
        growth = ct - base
        if growth > 0.05 and "bench" not in func[0]:
            rows.append((growth, func))
    rows.sort(reverse=True)
    header = "  " + " ".join(f"{w // 1000:>6}k" for w in sizes)
    lines = [f"{thread} thread, cumulative ms per key (own ms at {large // 1000}k), growing most:",
             f"{header}   {'own':>6}  calls/key  function"]  # fmt: skip
    for _growth, func in rows[:top]:
        cells = " ".join(f"{per_size[w].get(func, (0, 0.0, 0.0))[2]:>7.2f}" for w in sizes)
        calls, own, _ct = per_size[large][func]
        lines.append(
            f"  {cells}   {own:>6.2f}  {calls / results[large].keys:>9.1f}  {_func_name(func)}"
        )
    return lines


def timing_table(results: dict[int, Scaling], min_ms: float = 0.02) -> list[str]:
    """ms per key of every hooked function, per size, by thread; the ones growing most first."""
    sizes = sorted(results)
    small, large = sizes[0], sizes[-1]
    slots = {slot for r in results.values() for slot in r.timed}

    def per_key(words: int, slot: tuple[str, str]) -> float:
        r = results[words]
        return r.timed.get(slot, 0.0) * 1000 / r.keys

    lines = []
    for thread in ("gui", "render"):
        rows = [s for s in slots if s[1] == thread and max(per_key(w, s) for w in sizes) >= min_ms]
        rows.sort(key=lambda s: per_key(large, s) - per_key(small, s), reverse=True)
        lines.append(f"{thread} thread: ms per key (all calls during the typing / keys), "
                     f"inclusive; calls per key at {large:,}")  # fmt: skip
        head = " ".join(f"{f'{w // 1000}k':>8}" for w in sizes)
        lines.append(f"  {head} {'calls':>7}  function")
        for slot in rows:
            cells = " ".join(f"{per_key(w, slot):>8.2f}" for w in sizes)
            calls = results[large].timed_calls.get(slot, 0) / results[large].keys
            lines.append(f"  {cells} {calls:>7.2f}  {slot[0]}")
        lines.append("")
    return lines


def parse_sizes(value: str) -> tuple[int, ...]:
    sizes = []
    for part in value.split(","):
        part = part.strip().lower().replace("_", "")
        if part:
            sizes.append(int(float(part[:-1]) * 1000) if part.endswith("k") else int(part))
    return tuple(sizes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=parse_sizes, default=DEFAULT_SIZES)
    parser.add_argument("--keys", type=int, default=60, help="keys timed per size")
    parser.add_argument("--profile", action="store_true", help="cProfile both threads")
    parser.add_argument(
        "--hooks",
        action="store_true",
        help="time the functions in HOOKS (wall ms per key, per thread)",
    )
    parser.add_argument(
        "--kind",
        default="window",
        choices=("window", "app"),
        help="the main window (default) or the DocumentTab alone",
    )
    parser.add_argument("--top", type=int, default=40, help="profile rows per thread")
    parser.add_argument("--dump", help="folder for the raw .prof files")
    args = parser.parse_args(argv)
    from netizen_editor.gui.app import web_engine_environment

    web_engine_environment()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    hooks = Hooks() if args.hooks else None
    if hooks is not None:
        hooks.install()
        if hooks.missing:
            print("not hooked:", ", ".join(hooks.missing))
    results = measure(args.sizes, args.keys, profile=args.profile, kind=args.kind, hooks=hooks)
    print("\n".join(report(results, args.keys, args.kind)))
    if hooks is not None:
        print()
        print("\n".join(timing_table(results)))
    if args.profile:
        print()
        print("\n".join(growers(results, "gui", args.top)))
        print()
        print("\n".join(growers(results, "render", args.top)))
        if args.dump:
            folder = Path(args.dump)
            folder.mkdir(parents=True, exist_ok=True)
            for words, result in results.items():
                for thread in ("gui", "render"):
                    stats = getattr(result, thread)
                    if stats is not None:
                        stats.dump_stats(str(folder / f"{thread}-{words}.prof"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
