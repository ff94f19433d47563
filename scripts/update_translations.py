#!/usr/bin/env python3
"""Bring the Indonesian translation up to date with the sources, then compile it.

    .venv/bin/python scripts/update_translations.py          # update the .ts, write the .qm
    .venv/bin/python scripts/update_translations.py --check  # change nothing; exit 1 if stale

The update runs ``pyside6-lupdate`` over ``netizen_editor/gui`` (every ``.py``, recursively)
and ``ui/*.ui`` into ``resources/translations/netizen_editor_id.ts``, keeping the translations
already there and dropping messages the sources no longer have; new or changed messages come
out ``type="unfinished"`` for a translator (Qt Linguist, or any editor). It then runs
``pyside6-lrelease`` to write ``netizen_editor_id.qm``, the file the app loads. Commit both.

lupdate reads ``tr()``, ``QCoreApplication.translate()`` and ``QT_TRANSLATE_NOOP()`` calls,
but not the per-module helpers ``_tr(text)`` that wrap
``QCoreApplication.translate("Context", text)``. Their strings are found here with ``ast``,
handed to lupdate as plain ``translate`` calls in a generated file, and their locations in the
.ts are pointed back at the real source lines.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "netizen_editor" / "gui"
FORMS = ROOT / "ui"
TS = ROOT / "resources" / "translations" / "netizen_editor_id.ts"
QM = TS.with_suffix(".qm")
HELPER = "_tr"


@dataclass(frozen=True)
class HelperMessage:
    context: str
    source: str
    file: Path
    line: int


def tool(name: str) -> str:
    """``pyside6-<name>`` from this Python's environment, else from PATH."""
    for exe in (f"pyside6-{name}", name):
        found = shutil.which(exe, path=str(Path(sys.executable).parent)) or shutil.which(exe)
        if found:
            return found
    raise SystemExit(f"cannot find pyside6-{name}: install PySide6 into this environment")


def python_sources() -> list[Path]:
    return sorted(SOURCES.rglob("*.py"))


def form_sources() -> list[Path]:
    return sorted(FORMS.glob("*.ui"))


def _helper_context(func: ast.FunctionDef) -> str | None:
    """``"Ctx"`` when ``func`` is ``def _tr(text): return X.translate("Ctx", text)``."""
    if func.name != HELPER:
        return None
    for node in ast.walk(func):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "translate"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            return node.args[0].value
    return None


def helper_messages(path: Path) -> list[HelperMessage]:
    """The strings a module passes to its ``_tr`` helper, with the helper's context."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    helpers = (node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef))
    contexts = {c for node in helpers if (c := _helper_context(node))}
    if not contexts:
        return []
    if len(contexts) > 1:
        raise SystemExit(f"{path}: {HELPER} helpers with different contexts {sorted(contexts)}")
    (context,) = contexts
    constants = {  # module-level NAME = "text", so _tr(NAME) is found too
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name != HELPER:
            continue
        arg = node.args[0]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            text = arg.value
        elif isinstance(arg, ast.Name) and arg.id in constants:
            text = constants[arg.id]
        elif isinstance(arg, ast.JoinedStr):
            raise SystemExit(f"{path}:{node.lineno}: an f-string cannot be translated; use .format")
        else:
            continue  # a variable: its strings are marked with QT_TRANSLATE_NOOP where defined
        found.append(HelperMessage(context, text, path, node.lineno))
    return found


def _literal(text: str) -> str:
    """A double-quoted Python literal lupdate's Python reader turns back into ``text``."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r") + '"'


def messages_in(ts: Path) -> dict[tuple[str, str, str], str]:
    """(context, source, comment) -> translation type ("" when finished) of the live messages."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = "" if translation is None else translation.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = kind
    return found


def update(ts: Path, *, quiet: bool = False) -> None:
    """Run lupdate into ``ts`` (created when missing), helper strings included."""
    helpers = [m for path in python_sources() for m in helper_messages(path)]
    with tempfile.TemporaryDirectory(prefix="netizen-lupdate-") as tmp:
        shim = Path(tmp) / "helper_strings.py"
        lines = ["from PySide6.QtCore import QCoreApplication", ""]
        where: dict[int, HelperMessage] = {}
        for message in helpers:
            lines.append(f"QCoreApplication.translate({_literal(message.context)}, "
                         f"{_literal(message.source)})")  # fmt: skip
            where[len(lines)] = message
        shim.write_text("\n".join(lines) + "\n", encoding="utf-8")
        ts.parent.mkdir(parents=True, exist_ok=True)
        command = [
            tool("lupdate"),
            *(["-silent"] if quiet else []),
            "-no-obsolete",
            "-locations", "absolute",
            "-source-language", "en",
            "-target-language", "id",
            *(str(p) for p in python_sources()),
            *(str(p) for p in form_sources()),
            str(shim),
            "-ts", str(ts),
        ]  # fmt: skip
        subprocess.run(command, check=True, cwd=ROOT)
        text = ts.read_text(encoding="utf-8")

        shim_name = re.escape(Path(_relative(shim, ts.parent)).as_posix())

        def locate(match: re.Match[str]) -> str:
            message = where[int(match.group(1))]
            name = Path(_relative(message.file, ts.parent)).as_posix()
            return f'<location filename="{name}" line="{message.line}"/>'

        text = re.sub(rf'<location filename="{shim_name}" line="(\d+)"/>', locate, text)
        ts.write_text(text, encoding="utf-8")
    live = messages_in(ts)
    lost = sorted({(m.context, m.source) for m in helpers} - {(c, s) for c, s, _ in live})
    if lost:
        raise SystemExit(f"lupdate did not pick up these {HELPER} strings: {lost}")


def _relative(path: Path, start: Path) -> str:
    return os.path.relpath(path, start)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def check() -> list[str]:
    """What is stale, in words; empty when the .ts and .qm match the sources."""
    if not TS.is_file():
        return [f"{TS.relative_to(ROOT)} is missing"]
    problems = []
    before = messages_in(TS)
    with tempfile.TemporaryDirectory(prefix="netizen-tr-check-") as tmp:
        copy = Path(tmp) / TS.name
        shutil.copy2(TS, copy)
        update(copy, quiet=True)
        after = messages_in(copy)
        qm = Path(tmp) / QM.name
        release(TS, qm)
        if not QM.is_file() or QM.read_bytes() != qm.read_bytes():
            problems.append(f"{QM.relative_to(ROOT)} is not compiled from the current .ts")
    for context, source, _comment in sorted(after.keys() - before.keys()):
        problems.append(f"not in the .ts yet: [{context}] {source!r}")
    for context, source, _comment in sorted(before.keys() - after.keys()):
        problems.append(f"no longer in the sources: [{context}] {source!r}")
    for (context, source, _comment), kind in sorted(before.items()):
        if kind == "unfinished":
            problems.append(f"not translated: [{context}] {source!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(problem)
        if problems:
            print("run scripts/update_translations.py, translate, and run it again")
        return 1 if problems else 0
    update(TS)
    release(TS, QM)
    unfinished = [key for key, kind in messages_in(TS).items() if kind == "unfinished"]
    print(f"{QM.relative_to(ROOT)} written; {len(unfinished)} message(s) still untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
