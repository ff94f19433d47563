"""What kind of value a file gave, in plain words of the interface's language: the settings
and an article's front matter say "must be a whole number, not text", never a Python type
name (journalists read it)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from netizen_editor.i18n import tr


def value_kind(value: Any) -> str:
    """The kind of ``value`` (as TOML or YAML read it) in plain words."""
    if isinstance(value, bool):  # before int: True is an int to Python
        return tr("a true/false value")
    kinds: list[tuple[type | tuple[type, ...], str]] = [
        (str, tr("text")),
        (int, tr("a whole number")),
        (float, tr("a decimal number")),
        (list, tr("a list")),
        (dict, tr("a table")),
        ((dt.date, dt.time), tr("a date or time")),
    ]
    for kind, words in kinds:
        if isinstance(value, kind):
            return words
    return tr("another kind of value")
