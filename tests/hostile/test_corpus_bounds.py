"""Every pathological article of the corpus (both lists) goes through both `export` and
`check`, each case in a process of its own: no traceback, within the issue's 5 s, under 1 GB
of memory.

The time asserted is the case's CPU time (user + system), which a loaded CI machine changes
least; the wall clock only kills a hang. ``benchmarks/bench_hostile.py`` reports the medians.
"""

from __future__ import annotations

import pytest

from tests.hostile.bounded import run_cases
from tests.hostile.corpus import CHECK_PATHOLOGICAL, LIMIT_SECONDS, PATHOLOGICAL

PEAK_MB = 1024  # the memory ceiling for one case
CASES = {**PATHOLOGICAL, **CHECK_PATHOLOGICAL}
EXITS = {"export": {0, 2}, "check": {0, 1, 2}}


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    cases = []
    for number, (name, text) in enumerate(CASES.items()):
        article = folder / f"p{number}.md"
        article.write_text(text, encoding="utf-8")
        cases.append(
            {
                "name": f"export {name}",
                "argv": ["export", str(article), "-o", str(folder / f"p{number}.html")],
            }
        )
        cases.append({"name": f"check {name}", "argv": ["check", str(article)]})
    return run_cases(cases, folder, kill_after=6 * LIMIT_SECONDS)


@pytest.mark.slow
@pytest.mark.parametrize("command", ["export", "check"])
@pytest.mark.parametrize("name", CASES)
def test_case_is_bounded(results, command, name):
    result = results[f"{command} {name}"]
    assert not result["killed"], f"{command} {name} still ran after {result['seconds']} s"
    assert not result["traceback"], result["output"]
    assert result["exit"] in EXITS[command], result["output"]
    assert result["cpu_seconds"] <= LIMIT_SECONDS, result
    assert result["peak_mb"] < PEAK_MB, result


FAKE_MAIN = """
import time

def fine(argv):
    return 0

def crash(argv):
    raise RuntimeError("boom")

def spin(argv):
    while True:
        pass

def hog(argv):
    block = bytearray(300 * 1024 * 1024)
    block[::4096] = b"x" * len(block[::4096])
    return 0
"""


def test_the_driver_sees_time_memory_tracebacks_and_hangs(tmp_path):
    """The figures above come from a driver that would see a slow, big or crashing case."""
    (tmp_path / "fake_main.py").write_text(FAKE_MAIN, encoding="utf-8")
    cases = [
        {"name": name, "argv": [], "entry": f"fake_main:{name}"}
        for name in ("fine", "crash", "spin", "hog")
    ]
    article = tmp_path / "nope.md"
    cases.append({"name": "missing file", "argv": ["check", str(article)]})
    results = run_cases(cases, tmp_path, kill_after=2, python_path=(tmp_path,))
    fine, crash, spin, hog = (results[n] for n in ("fine", "crash", "spin", "hog"))
    assert fine["exit"] == 0 and not fine["traceback"] and not fine["killed"]
    assert crash["traceback"] and crash["exit"] != 0
    assert spin["killed"] and spin["exit"] is None and spin["cpu_seconds"] > 0.2
    assert hog["peak_mb"] > fine["peak_mb"] + 250
    assert results["missing file"]["exit"] == 2
    assert not results["missing file"]["traceback"]
