"""One finding of a check: where, how serious, which rule, what to do."""

from __future__ import annotations

from dataclasses import dataclass, field
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
