"""Time the start of the frozen app against a source checkout.

    python packaging/time_start.py [-n 5]

Each run starts the window headless on a first start (fresh settings and data folders, so the
sample article opens) with ``NETIZEN_EDITOR_SMOKE=1``; the app prints ``SMOKE OK ...
first_paint_s=...`` once its preview has painted the title and then quits. Reported, as
medians of N runs after one unreported warm-up run each:

- ``first paint``: seconds from the process's start to the painted preview (the app's own
  measurement, from the OS's process start time),
- ``to SMOKE OK``: seconds from spawning the process to reading that line,
- ``to exit``: seconds from spawning the process to its exit (including shutdown).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "netizen-editor" / "netizen-editor"
SMOKE_OK = re.compile(r"^SMOKE OK .*first_paint_s=(?P<paint>[\d.]+)")


def environment(folder: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("NETIZEN_EDITOR_", "QT_", "QTWEBENGINE_")) and k != "PYTHONPATH"
    }
    env.update(
        NETIZEN_EDITOR_SMOKE="1",
        NETIZEN_EDITOR_DATA_DIR=str(folder / "data"),
        NETIZEN_EDITOR_CONFIG_DIR=str(folder / "config"),
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    )
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox"
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    return env


def run_once(command: list[str]) -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory(prefix="nz-start-") as tmp:
        started = time.perf_counter()
        proc = subprocess.Popen(
            command,
            cwd=tmp,
            env=environment(Path(tmp)),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert proc.stdout is not None
        paint = seen = None
        for line in proc.stdout:
            match = SMOKE_OK.match(line)
            if match and seen is None:
                seen = time.perf_counter() - started
                paint = float(match.group("paint"))
            elif line.startswith("SMOKE FAIL"):
                proc.kill()
                raise RuntimeError(f"{command[0]}: {line.strip()}")
        code = proc.wait(timeout=120)
        ended = time.perf_counter() - started
    if code != 0 or paint is None or seen is None:
        raise RuntimeError(f"{' '.join(command)}: exit {code}, no SMOKE OK")
    return paint, seen, ended


def measure(name: str, command: list[str], runs: int) -> dict[str, float]:
    run_once(command)  # warm-up: the page cache, Python's bytecode cache
    samples = [run_once(command) for _ in range(runs)]
    result = {
        "first paint": statistics.median(s[0] for s in samples),
        "to SMOKE OK": statistics.median(s[1] for s in samples),
        "to exit": statistics.median(s[2] for s in samples),
    }
    shown = ", ".join(f"{key} {value:.2f} s" for key, value in result.items())
    print(f"{name:16} {shown}  (median of {runs})", flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--runs", type=int, default=5)
    args = parser.parse_args()
    if not FROZEN.is_file():
        print(f"time_start.py: no bundle at {FROZEN}; run packaging/build.py", file=sys.stderr)
        return 1
    measure("frozen bundle", [str(FROZEN)], args.runs)
    measure("source checkout", [sys.executable, "-m", "netizen_editor"], args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
