"""Start time against a native Qt Markdown editor, black-box, under Xvfb.

    .venv/bin/python -m benchmarks.bench_start [-n 7] [--words 5000] [--ours frozen|source|both]

Each contestant opens the same generated article (5,000 words by default) on a fresh profile
(empty settings and data folders), on its own Xvfb screen (1600x1000) with no window
manager. The clock starts just before the process is spawned; the *window* time is when
``xdotool search --onlyvisible --pid`` (polled every 10 ms, for the process and its children)
first finds a mapped top-level window: the same method for every contestant. Runs alternate
between the contestants, round by round, after one unreported warm-up round; medians of N.

- ghostwriter (Debian's ``ghostwriter``, Qt/C++, also with a QtWebEngine preview) is the
  baseline, measured in the same run.
- ours: the frozen bundle ``dist/netizen-editor/netizen-editor`` (``packaging/build.py``)
  and/or a source checkout (``.venv/bin/python -m netizen_editor``), with
  ``NETIZEN_EDITOR_SMOKE=1``: the app prints ``first_paint_s`` (seconds from the process's
  start, as the OS counts it, to the preview's first painted page with the article's title)
  and quits.

Aims (issue 13): window within 1.5x ghostwriter's median; first preview painted within 1.0 s.
``--shots DIR`` saves a screenshot of each contestant's screen once its window is up.
The machine is shared: figures move from run to run, the ratio less than the seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.generate import generate_article, word_count

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "netizen-editor" / "netizen-editor"
POLL_S = 0.01
TIMEOUT_S = 60.0
WINDOW_AIM = 1.5  # ours / ghostwriter, window visible
PAINT_AIM_S = 1.0  # ours, first preview painted
SMOKE_OK = re.compile(r"^SMOKE OK .*first_paint_s=(?P<paint>[\d.]+)", re.M)


@dataclass
class Contestant:
    name: str
    command: list[str]
    ours: bool
    window_s: list[float] = field(default_factory=list)
    paint_s: list[float] = field(default_factory=list)


class Refused(RuntimeError):
    """Xvfb refused a contestant's connection (seen now and then, under load): run it again."""


class Xvfb:
    """An X server of our own on a free display, so no other window interferes."""

    def __init__(self) -> None:
        for number in range(120, 200):  # away from :0 and the displays people use
            if not Path(f"/tmp/.X{number}-lock").exists():
                break
        else:
            raise RuntimeError("no free X display between :120 and :199")
        # -displayfd: Xvfb writes the display's number once it accepts connections
        read_end, write_end = os.pipe()
        screen = ["-screen", "0", "1600x1000x24", "-nolisten", "tcp"]
        self.proc = subprocess.Popen(
            ["Xvfb", f":{number}", "-displayfd", str(write_end), *screen],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(write_end,),
        )
        os.close(write_end)
        with os.fdopen(read_end) as ready:
            written = ready.readline().strip()
        if written != str(number):
            self.proc.kill()
            raise RuntimeError(f"Xvfb did not start on :{number}")
        self.display = f":{number}"
        # and a client must get in (the first one was still refused now and then)
        deadline = time.monotonic() + 15
        env = {**os.environ, "DISPLAY": self.display}
        while subprocess.run(["xdotool", "getdisplaygeometry"], env=env,
                             capture_output=True, check=False).returncode != 0:  # fmt: skip
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.proc.kill()
                raise RuntimeError(f"Xvfb on {self.display} accepts no client")
            time.sleep(0.05)

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


def descendants(pid: int) -> list[int]:
    """The process and its children (a launcher may start the window in a child)."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2 :].split()[1])
        parents.setdefault(ppid, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(parents.get(current, []))
    return found


def visible_window(pids: list[int], env: dict[str, str]) -> bool:
    for pid in pids:
        result = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.stdout.strip():
            return True
    return False


def environment(display: str, home: Path, ours: bool) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("NETIZEN_EDITOR_", "QT_", "QTWEBENGINE_", "XDG_"))
        and k not in ("PYTHONPATH", "LD_LIBRARY_PATH")
    }
    env.update(
        DISPLAY=display,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(home / "run"),
        QT_QPA_PLATFORM="xcb",
    )
    (home / "run").mkdir(mode=0o700, parents=True)
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # Chromium's sandbox refuses root
        env["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox"
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    if ours:
        env.update(
            NETIZEN_EDITOR_SMOKE="1",
            NETIZEN_EDITOR_DATA_DIR=str(home / "nz-data"),
            NETIZEN_EDITOR_CONFIG_DIR=str(home / "nz-config"),
        )
    return env


def screenshot(env: dict[str, str], path: Path) -> None:
    if shutil.which("import"):  # ImageMagick
        subprocess.run(["import", "-window", "root", str(path)], env=env, check=False, timeout=30)


def run_once(c: Contestant, article: Path, display: str, shots: Path | None) -> None:
    with tempfile.TemporaryDirectory(prefix="nz-bench-start-") as tmp:
        env = environment(display, Path(tmp), c.ours)
        if c.command[0] == sys.executable:  # a source checkout: this worktree's code
            env["PYTHONPATH"] = str(ROOT)
            # as on a journalist's machine, the warm-up round leaves the .pyc files behind
            env.pop("PYTHONDONTWRITEBYTECODE", None)
        if shots is not None and c.ours:
            env["NETIZEN_EDITOR_SMOKE_HOLD"] = "6"  # stay open for the screenshot
        out = Path(tmp) / "stdout.txt"
        err = Path(tmp) / "stderr.txt"
        with out.open("w") as stdout, err.open("w") as stderr:
            started = time.perf_counter()
            proc = subprocess.Popen(
                [*c.command, str(article)],
                cwd=tmp,
                env=env,
                stdout=stdout,
                stderr=stderr,
                start_new_session=True,
            )
            window = None
            try:
                while time.perf_counter() - started < TIMEOUT_S:
                    if visible_window(descendants(proc.pid), env):
                        window = time.perf_counter() - started
                        break
                    if proc.poll() is not None:
                        break
                    time.sleep(POLL_S)
                if window is None:
                    tail = err.read_text(encoding="utf-8", errors="replace")[-2000:]
                    if "could not connect to display" in tail:
                        raise Refused(f"{c.name}: the X server refused the connection")
                    raise RuntimeError(f"{c.name}: no visible window (exit {proc.poll()})\n{tail}")
                if shots is not None:
                    time.sleep(2.5)
                    screenshot(env, shots / f"{c.name}.png")
                if c.ours:
                    proc.wait(timeout=TIMEOUT_S)
            finally:
                if proc.poll() is None:
                    os.killpg(proc.pid, signal.SIGTERM)
                    try:
                        proc.wait(timeout=10)
                    except subprocess.TimeoutExpired:
                        os.killpg(proc.pid, signal.SIGKILL)
                        proc.wait()
        c.window_s.append(window)
        if c.ours:
            match = SMOKE_OK.search(out.read_text(encoding="utf-8", errors="replace"))
            if not match:
                raise RuntimeError(f"{c.name}: no SMOKE OK (exit {proc.returncode})")
            c.paint_s.append(float(match.group("paint")))


def contestants(which: str) -> list[Contestant]:
    found = []
    if shutil.which("ghostwriter") is None:
        sys.exit("bench_start: ghostwriter is missing (apt-get install ghostwriter)")
    found.append(Contestant("ghostwriter", ["ghostwriter"], ours=False))
    if which in ("frozen", "both"):
        if FROZEN.is_file():
            found.append(Contestant("ours (bundle)", [str(FROZEN)], ours=True))
        elif which == "frozen":
            sys.exit(f"bench_start: no bundle at {FROZEN}; run packaging/build.py")
    if which in ("source", "both"):
        found.append(
            Contestant("ours (source)", [sys.executable, "-m", "netizen_editor"], ours=True)
        )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=7)
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--ours", choices=["frozen", "source", "both"], default="both")
    parser.add_argument("--shots", type=Path, help="save a screenshot per contestant here")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            sys.exit(f"bench_start: {tool} is missing (apt-get install xvfb xdotool)")
    field_ = contestants(args.ours)
    refused: list[str] = []
    xvfb = Xvfb()
    try:
        with tempfile.TemporaryDirectory(prefix="nz-bench-article-") as tmp:
            article = Path(tmp) / "artikel-5000.md"
            text = generate_article(args.words)
            article.write_text(text, encoding="utf-8")
            print(
                f"bench_start: {word_count(text)} words, display {xvfb.display}, "
                f"{args.runs} runs + 1 warm-up, contestants: {', '.join(c.name for c in field_)}"
            )
            if args.shots:
                args.shots.mkdir(parents=True, exist_ok=True)
            for round_ in range(args.runs + 1):
                order = field_ if round_ % 2 == 0 else field_[::-1]
                for c in order:
                    shots = args.shots if args.shots and round_ == 0 else None
                    for attempt in range(3):
                        try:
                            run_once(c, article, xvfb.display, shots)
                            break
                        except Refused:  # the X server's fault, not the contestant's
                            refused.append(c.name)
                            if attempt == 2:
                                raise
                if round_ == 0:  # the warm-up round: page cache, bytecode cache
                    for c in field_:
                        c.window_s.clear()
                        c.paint_s.clear()
    finally:
        xvfb.close()
    if refused:
        print(f"the X server refused {len(refused)} start(s), each run again: {', '.join(refused)}")
    return report(field_, args.json)


def report(field_: list[Contestant], json_path: Path | None) -> int:
    base = statistics.median(field_[0].window_s)
    figures = {}
    print(f"{'':16} {'window visible':>15} {'x ghostwriter':>14} {'first preview':>14}")
    for c in field_:
        window = statistics.median(c.window_s)
        paint = statistics.median(c.paint_s) if c.paint_s else None
        ratio = window / base
        shown = "" if paint is None else f"{paint:.2f} s"
        print(f"{c.name:16} {window:13.2f} s {ratio:13.2f}x {shown:>14}")
        figures[c.name] = {
            "window_median_s": round(window, 3),
            "window_runs_s": [round(v, 3) for v in c.window_s],
            "ratio_to_ghostwriter": round(ratio, 2),
            "first_paint_median_s": None if paint is None else round(paint, 3),
            "first_paint_runs_s": [round(v, 3) for v in c.paint_s],
        }
        if c.ours:
            verdict = "met" if ratio <= WINDOW_AIM else "MISSED"
            paint_verdict = "met" if paint is not None and paint <= PAINT_AIM_S else "MISSED"
            print(
                f"  aims: window <= {WINDOW_AIM}x ghostwriter: {verdict}; "
                f"first preview <= {PAINT_AIM_S} s: {paint_verdict}"
            )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average (1 min) at the end: {load:.1f}")
    if json_path:
        json_path.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
