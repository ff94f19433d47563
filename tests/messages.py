"""The core's messages and their Indonesian texts, for the tests that every message of a package
has one: the English text of each ``tr("…")`` call of its modules, and what the catalog
(resources/translations/core/*.id.toml, through :func:`netizen_editor.i18n.catalog`) lacks."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from netizen_editor import i18n
from tests.samples import ROOT

CORE = ROOT / "netizen_editor"
#: a placeholder: ``{name}`` of tr(), ``%(name)s`` / ``%s`` of argparse's words
PLACEHOLDER = re.compile(r"\{\w*\}|%\(\w+\)[sr]|%[sr]")


def tr_calls(*places: Path) -> tuple[dict[str, str], list[str]]:
    """English text of every ``tr("…")`` call in ``places`` (modules, or every module under a
    folder; the GUI's are Qt's, not the core's) → its ``file:line``; and the ``file:line`` of
    each call whose text is not a literal (which no catalog can hold)."""
    literals: dict[str, str] = {}
    computed: list[str] = []
    for place in places:
        paths = sorted(place.rglob("*.py")) if place.is_dir() else [place]
        for path in paths:
            if "gui" in path.relative_to(CORE).parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "tr"
                    and node.args
                ):
                    continue
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    literals.setdefault(arg.value, where)
                else:
                    computed.append(where)
    return literals, computed


def untranslated(literals: dict[str, str], language: str = "id") -> list[str]:
    """``file:line: text`` of each message without a text in ``language``, or whose text does not
    keep the same placeholders (a missing one would show its braces, a new one fail)."""
    catalog = i18n.catalog(language)
    out = []
    for text, where in literals.items():
        if text not in catalog:
            out.append(f"{where}: no text for {text!r}")
        elif sorted(PLACEHOLDER.findall(catalog[text])) != sorted(PLACEHOLDER.findall(text)):
            out.append(f"{where}: other placeholders in the text of {text!r}")
    return out
