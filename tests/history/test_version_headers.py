"""Planted version files whose header lies (QA35 #8, #9): a well-formed file (its text matching
its size and sha256) whose ``words`` is a 400-digit number stopped File › History and was
printed whole by ``history``; a ``time`` of ``9999-99-99`` was listed as the version's time, a
``reason`` of 3,000 ``x`` printed whole, a ``size`` of -5 listed as a normal version. A header
is checked as a name is: values a kept version never has skip the file, which is reported; a
time that is not one (or is later than the name's) is listed as the name's."""

from __future__ import annotations

import hashlib
import json
import zlib
from pathlib import Path
from typing import Any

import pytest

from netizen_editor.cli import main
from netizen_editor.history.version_file import MAGIC, MAX_TEXT_BYTES, SUFFIX

pytestmark = pytest.mark.usefixtures("english")

PLANTED = "20261206T025900000000Z-save-00000000"  # a minute before the clock's start
PLANTED_TEXT = "---\ntitle: Palsu\n---\n\nNetizen.co.id - Versi palsu.\n"
HUGE = 10**400
DAMAGED = "the version is damaged (its {} is missing or wrong)"


def plant_version(folder: Path, name: str = PLANTED, text: str = PLANTED_TEXT,
                  **fields: Any) -> Path:  # fmt: skip
    """A version file in ``folder`` whose text is ``text`` and whose header says ``fields``
    over an honest header's."""
    data = text.encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()
    header = {"time": "2026-12-06T09:58:00+07:00", "author": "Rina", "reason": "save",
              "words": 4, "size": len(data), "sha256": digest}  # fmt: skip
    header.update(fields)
    path = folder / (name + SUFFIX)
    path.write_bytes(MAGIC + json.dumps(header).encode() + b"\n" + zlib.compress(data))
    return path


@pytest.fixture
def kept(history, article):
    """One honest version (kept at the clock's start), the folder made."""
    _path, text, _id = article
    return history.keep(text, "status").version


@pytest.mark.parametrize(
    ("fields", "said"),
    [
        ({"words": HUGE}, DAMAGED.format("words")),
        ({"words": -1}, DAMAGED.format("words")),
        ({"words": len(PLANTED_TEXT) + 1}, DAMAGED.format("words")),  # a word: a byte+
        ({"size": -5}, DAMAGED.format("size")),
        ({"size": MAX_TEXT_BYTES + 1}, "the version is too large to read"),
        ({"reason": "x" * 3000}, DAMAGED.format("reason")),
        ({"reason": "backup"}, DAMAGED.format("reason")),
        ({"sha256": "not a digest"}, DAMAGED.format("sha256")),
    ],
)
def test_a_header_with_values_no_version_has_is_reported_and_skipped(history, kept, fields,
                                                                     said):  # fmt: skip
    planted = plant_version(history.path, **fields)
    listing = history.versions()
    assert [v.id for v in listing.versions] == [kept.id]
    assert listing.problems == [f"{planted}: {said}"]


def test_an_honest_planted_header_is_listed_as_it_says(history, kept):
    plant_version(history.path)
    listing = history.versions()
    assert listing.problems == []
    assert [(v.id, v.time, v.words) for v in listing.versions[1:]] == [
        (PLANTED, "2026-12-06T09:58:00+07:00", 4)
    ]


@pytest.mark.parametrize(
    "time",
    [
        "9999-99-99",  # no date
        "2026-12-06T09:58:00",  # no zone: whose clock?
        "2026-12-06T10:00:00+07:00",  # later than its name (02:59 UTC): a name is that or later
        "9999-12-31T23:59:59-12:00",  # past the calendar in UTC
        "x" * 3000,
    ],
)
def test_a_header_time_that_is_not_the_saves_is_listed_as_the_names(history, kept, time):
    plant_version(history.path, time=time)
    listing = history.versions()
    assert listing.problems == []
    assert [(v.id, v.time) for v in listing.versions[1:]] == [
        (PLANTED, "2026-12-06T09:59:00+07:00")  # the name's, on the newsroom's clock (WIB)
    ]


@pytest.mark.usefixtures("cli_in_english")
def test_the_command_never_prints_a_planted_count(history, article, kept, capsys):
    path, _text, _id = article
    planted = plant_version(history.path, words=HUGE)
    assert main(["history", str(path), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert [v["id"] for v in json.loads(out)] == [kept.id]
    assert err == f"{planted}: the version is damaged (its words is missing or wrong)\n"
    assert main(["history", str(path)]) == 0
    out, _err = capsys.readouterr()
    assert "9" * 20 not in out and out.startswith(kept.id)
