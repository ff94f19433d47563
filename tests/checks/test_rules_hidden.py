"""The ``direction-control`` rule: an invisible direction control (QA33: ``author:
Eve\u202eRTL`` showed as "Oleh EveLTR" in the preview's byline and on the page) is named at its
line and column, in the front matter and the body; a text without one has no finding, and a
planted text of thousands is named on a bounded number of lines."""

from __future__ import annotations

import pytest

from netizen_editor.checks.rules_hidden import MAX_LINES, RULE_ID
from tests.checks.helpers import findings

STORY = (
    "---\ntitle: Banjir Rob di Jakarta Utara\nauthor: Eve\u202eRTL\u202c\n---\n\n"
    "JAKARTA - Air laut naik setinggi setengah meter di Muara Angke.\n\n"
    "Unduh berkas laporan\u2067gpj.exe\u2069 dari situs resmi.\n"
)


@pytest.mark.usefixtures("english")
def test_a_direction_control_is_named_at_its_line_and_column():
    found = findings(STORY, RULE_ID)
    assert [(f.line, f.column) for f in found] == [(3, 12), (8, 21)]
    assert "\\u202e" in found[0].message and "\\u2067" in found[1].message
    assert all(f.level == "warning" for f in found)


def test_a_story_without_one_has_no_finding():
    clean = STORY.replace("\u202e", "").replace("\u202c", "")
    clean = clean.replace("\u2067", "").replace("\u2069", "")
    assert findings(clean, RULE_ID) == []
    assert findings(clean.replace("Angke", "Angke — “kata” Ümit"), RULE_ID) == []


@pytest.mark.usefixtures("english")
def test_thousands_of_planted_lines_are_named_on_a_bounded_number():
    text = "---\ntitle: Banjir\n---\n\n" + "Kata\u202ekata.\n\n" * 5000
    found = findings(text, RULE_ID)
    assert len(found) == MAX_LINES + 1
    assert "only the first 100 lines" in found[-1].message
