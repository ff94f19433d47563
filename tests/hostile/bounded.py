"""Run command-line cases one by one, each in its own process, and measure what each costs.

    python -m tests.hostile.bounded CASES.json      # prints one JSON object per case

``CASES.json`` is a list of ``{"name": ..., "argv": [...]}``: the arguments of
``netizen-editor`` (``["check", "a.md"]``); a case's ``"entry": "module:function"`` calls
another ``main`` (the driver's own test uses it). This driver process is single-threaded: it imports
the app and warms it up once (a tiny export and check, so the dictionaries and Markdown are
loaded), then forks a child per case, so each child's figures are the case's own: wall
seconds, CPU seconds (user + system, what a loaded machine changes least), peak resident
memory (``wait4``'s ``ru_maxrss``, which includes the warmed-up process the child started
as), the exit status, and whether anything printed a Python traceback. A case still running
after ``--kill-after`` seconds is killed and reported as such.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
KILL_AFTER = 120.0


def _warm_up(folder: Path) -> None:
    from netizen_editor.cli import main

    article = folder / "warm.md"
    article.write_text(
        "---\ntitle: Pemanasan\n---\nKata pertama, ujarnya, di Jakarta.\n", encoding="utf-8"
    )
    with open(os.devnull, "w") as sink:
        saved = os.dup(1), os.dup(2)
        os.dup2(sink.fileno(), 1)
        os.dup2(sink.fileno(), 2)
        try:
            main(["export", str(article), "-o", str(folder / "warm.html")])
            main(["check", str(article)])
        finally:
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)


def _entry(spec: str) -> Any:
    import importlib

    module, _, function = spec.partition(":")
    return getattr(importlib.import_module(module), function)


def _run_case(argv: list[str], output: Path, kill_after: float, entry: str) -> dict[str, Any]:
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child: run the command with its output in a file
        code = 70
        try:
            fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(fd, 1)
            os.dup2(fd, 2)
            code = _entry(entry)(argv)
            sys.stdout.flush()
            sys.stderr.flush()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except BaseException:
            import traceback

            traceback.print_exc()
            sys.stderr.flush()
        os._exit(code)
    killed = False
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        if time.perf_counter() - start > kill_after:
            os.kill(pid, signal.SIGKILL)
            killed = True
            done, status, usage = os.wait4(pid, 0)
            break
        time.sleep(0.005)
    seconds = time.perf_counter() - start
    printed = output.read_text(encoding="utf-8", errors="replace")
    return {
        "seconds": round(seconds, 3),
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 3),
        "peak_mb": round(usage.ru_maxrss / 1024, 1),  # Linux reports KiB
        "exit": os.waitstatus_to_exitcode(status) if not killed else None,
        "killed": killed,
        "traceback": "Traceback (most recent call last)" in printed,
        "output": printed[-1500:],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", type=Path)
    parser.add_argument("--kill-after", type=float, default=KILL_AFTER)
    args = parser.parse_args()
    cases = json.loads(args.cases.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _warm_up(folder)
        for case in cases:
            entry = case.get("entry", "netizen_editor.cli:main")
            result = _run_case(case["argv"], folder / "output.txt", args.kill_after, entry)
            print(json.dumps({"name": case["name"], **result}), flush=True)
    return 0


def run_cases(
    cases: list[dict[str, Any]],
    folder: Path,
    kill_after: float = KILL_AFTER,
    python_path: tuple[Path, ...] = (),
) -> dict[str, dict[str, Any]]:
    """Run ``cases`` through this driver in a fresh interpreter; the results by case name."""
    spec = folder / "bounded-cases.json"
    spec.write_text(json.dumps(cases), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(map(str, (ROOT, *python_path)))}
    env.pop("QT_QPA_PLATFORM", None)
    out = subprocess.run(
        [sys.executable, "-m", "tests.hostile.bounded", str(spec), "--kill-after", str(kill_after)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60 + len(cases) * (kill_after + 5),
        check=False,
    )
    if out.returncode != 0:
        raise AssertionError(f"the driver failed: {out.stderr[-3000:]}")
    results = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
    return {result.pop("name"): result for result in results}


if __name__ == "__main__":
    sys.exit(main())
