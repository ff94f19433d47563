"""One finding of a check: where, how serious, which rule, what to do."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


LEVEL_ORDER = {Level.ERROR: 0, Level.WARNING: 1, Level.INFO: 2}


@dataclass(frozen=True)
class Finding:
    """A problem a rule found. ``line`` and ``column`` are 1-based positions in the file."""

    line: int
    column: int
    level: Level
    rule: str
    message: str
    suggestions: tuple[str, ...] = ()
    path: Path | None = None
    length: int = 0  # characters the finding covers from ``column`` (0: the whole line)
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def as_text(self) -> str:
        """``FILE:LINE:COL: LEVEL: RULE: message``, the command line's format."""
        where = str(self.path) if self.path else "<text>"
        return f"{where}:{self.line}:{self.column}: {self.level}: {self.rule}: {self.message}"

    def as_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path) if self.path else None,
            "line": self.line,
            "column": self.column,
            "level": str(self.level),
            "rule": self.rule,
            "message": self.message,
            "suggestions": list(self.suggestions),
        }


def sort_key(finding: Finding) -> tuple[int, int, int, str]:
    return (finding.line, finding.column, LEVEL_ORDER[finding.level], finding.rule)


#: a word the desk's house style names and the non-standard table too (merubah, kuatir) is one
#: finding, the house style's: the newsroom's own rule
HOUSE_STYLE = "house-style"
NON_STANDARD = "non-standard"


def one_per_word(found: list[Finding]) -> list[Finding]:
    """``found`` without the ``non-standard`` findings of words a ``house-style`` finding
    names at the same place; a word the house style only bans gets the standard form as its
    fix (nothing is lost of the one left out)."""

    def place(finding: Finding) -> tuple[Path | None, int, int, int]:
        return finding.path, finding.line, finding.column, finding.length

    named = {place(f) for f in found if f.rule == HOUSE_STYLE and f.length}
    standard = {place(f): f.suggestions for f in found
                if f.rule == NON_STANDARD and place(f) in named}  # fmt: skip
    if not standard:
        return found
    kept = []
    for finding in found:
        where = place(finding)
        if where not in standard:
            kept.append(finding)
        elif finding.rule == HOUSE_STYLE:
            uses = finding.suggestions or standard[where]
            kept.append(replace(finding, suggestions=uses))
        elif finding.rule != NON_STANDARD:
            kept.append(finding)
    return kept
