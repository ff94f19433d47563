"""Every reference article, exported in every format by the real command line, is the same,
byte for byte, as its reference in tests/reference/expected/ (see exports.py for what is made
deterministic and how). A deliberate change to an export is recorded with

    .venv/bin/python -m tests.reference.update

and reviewed in ``git diff`` like any other change."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from tests.reference.exports import EXPECTED, FORMATS, UPDATE, articles, expected, export

DIFF_LINES = 60


def difference(name: str, want: bytes | None, got: bytes | None) -> str:
    """The first lines of a unified diff between the reference and the fresh export."""
    old = (want or b"").decode("utf-8", "replace").splitlines(keepends=True)
    new = (got or b"").decode("utf-8", "replace").splitlines(keepends=True)
    lines = list(difflib.unified_diff(old, new, f"reference/{name}", f"export/{name}", n=2))
    if not lines:  # the same text: the bytes differ in what decoding or lines hide
        lines = [f"the bytes differ ({len(want or b'')} vs {len(got or b'')} bytes)\n"]
    more = len(lines) - DIFF_LINES
    shown = "".join(lines[:DIFF_LINES]) + (f"\n… {more} more diff lines\n" if more > 0 else "")
    return shown


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", list(articles()))
def test_the_export_is_its_reference(name: str, fmt: str, tmp_path: Path) -> None:
    got = export(name, fmt, tmp_path)
    want = expected(name, fmt)
    problems = [
        difference(file, want.get(file), got.get(file))
        for file in sorted(set(got) | set(want))
        if want.get(file) != got.get(file)
    ]
    if problems:
        pytest.fail(
            f"the {fmt} export of {name} is not its reference in tests/reference/expected/"
            f" (a missing file shows as empty):\n\n"
            + "\n".join(problems)
            + f"\nIf the change is meant, update the references with: {UPDATE}",
            pytrace=False,
        )


def test_every_reference_has_an_article() -> None:
    names = set(articles())
    stale = sorted(
        p.relative_to(EXPECTED).as_posix()
        for p in EXPECTED.rglob("*")
        if p.is_file() and p.name.split(".")[0] not in names
    )
    assert stale == [], f"references without an article (run {UPDATE}): {stale}"


def test_the_diff_shows_the_change_and_is_cut_short() -> None:
    want = b"".join(b"line %d\n" % i for i in range(200))
    shown = difference("x.html", want, want.replace(b"line 7\n", b"line seven\n"))
    assert "-line 7\n+line seven\n" in shown and "--- reference/x.html" in shown
    long = difference("x.html", want, want.replace(b"line", b"row"))
    assert len(long.splitlines()) == DIFF_LINES + 2 and "more diff lines" in long
    assert "the bytes differ" in difference("x.html", b"\xff\n", b"\xfe\n")
