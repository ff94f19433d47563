"""Invisible characters that change how the text around them is shown: the direction controls
(embeddings, overrides and isolates, U+202A–U+202E and U+2066–U+2069). News copy in Indonesian
or English never needs them, and where one is shown (the editor, the preview, the published
page, a search result) it turns the text after it round: a byline ``author: Eve\u202eRTL``
reads "Oleh EveLTR", a file name ``laporan\u202egpj.exe`` reads "laporanexe.jpg" (QA33).
One finding per line that holds any, at the first, bounded."""

from __future__ import annotations

import re
from collections.abc import Iterator

from netizen_editor.checks.findings import Finding, Level
from netizen_editor.checks.registry import CheckContext, rule
from netizen_editor.i18n import tr

RULE_ID = "direction-control"
DIRECTION_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
#: lines named at most (a planted text may hold one on each of 100,000 lines)
MAX_LINES = 100


@rule(RULE_ID)
def check_direction_controls(context: CheckContext) -> Iterator[Finding]:
    text = context.text
    if text.isascii():
        return  # the common case, at memory speed
    named = 0
    line, line_start, last_line = 1, 0, 0
    for match in DIRECTION_CONTROLS.finditer(text):
        at = match.start()
        line += text.count("\n", line_start, at)
        line_start = text.rfind("\n", 0, at) + 1
        if line == last_line:
            continue  # one finding a line
        context.step(line)
        if named == MAX_LINES:
            yield Finding(line, 1, Level.WARNING, RULE_ID, tr(
                "more invisible direction controls below; only the first {count} lines that "
                "hold one are named", count=MAX_LINES))  # fmt: skip
            return
        code = f"\\u{ord(match.group()):04x}"
        yield Finding(line, at - line_start + 1, Level.WARNING, RULE_ID, tr(
            "an invisible direction control ({code}) turns the text after it round wherever "
            "it is shown (a byline, a title, a file name reads other than it is written); "
            "delete it", code=code), length=1)  # fmt: skip
        named, last_line = named + 1, line
