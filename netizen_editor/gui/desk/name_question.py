"""The desk's name question (New Story, Rename or Move): a path in the desk, ``name.md`` or
``folder/name.md``.

Its example names one of the desk's own folders ("e.g. Ekonomi/name.md"), and a folder typed in
another case than one the desk has ("ekonomi/") is that folder, spelt as it is: following a
lowercase example made ``ekonomi/`` beside ``Ekonomi/`` on the shared drive, two economy folders
(and, on a drive that ignores case, another result). New Story asks again, saying why, for a
name a story has already (in any case), instead of closing and leaving the note on the desk.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QWidget

from netizen_editor.article.model import ARTICLE_SUFFIXES
from netizen_editor.storage.portable_names import windows_problem

#: the example's folder when the desk has none of its own
EXAMPLE_FOLDER = "Ekonomi"
#: names looked at in one folder for another case of a typed one: a desk folder holds far fewer
MAX_NAMES_LOOKED_AT = 20_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Desk", text)


def ask_desk_path(parent: QWidget, root: Path, title: str, suggested: str,
                  stories: Iterable[str], *, free: bool = False) -> Path | None:  # fmt: skip
    """A path in the desk ``root``, asked with ``suggested`` offered (None: cancelled); its
    folders spelt as the desk has them; ``free``: asked again while a file has its name.
    ``stories``: the desk's story paths, whose folders give the example."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("desk_name_dialog")
    dialog.setWindowTitle(title)
    label = _tr("Name in the desk (a folder first puts it there, e.g. {folder}/name.md):")
    label = label.format(folder=example_folder(stories))
    dialog.setLabelText(label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue(suggested)
    dialog.resize(520, dialog.sizeHint().height())
    while dialog.exec() == QDialog.DialogCode.Accepted:
        target = inside(root, dialog.textValue())
        if target is None:
            why = _tr("A name inside the desk, without “..”")
        elif (unusable := windows_why(root, target)) is not None:
            why = unusable
        else:
            target = in_desk_case(root, target)
            taken = taken_by(target) if free else None
            if taken is None:
                return target
            why = _tr("{path}: there is a file of that name already; another name?").format(
                path=taken.relative_to(root).as_posix()
            )
        dialog.setLabelText(label + "\n" + why)
    return None


def example_folder(stories: Iterable[str]) -> str:
    """The desk's top folder with the most stories (the first by name of equals)."""
    counts = Counter(path.split("/", 1)[0] for path in stories if "/" in path)
    if not counts:
        return EXAMPLE_FOLDER
    return min(counts, key=lambda name: (-counts[name], name.casefold(), name))


def inside(root: Path, name: str) -> Path | None:
    """``name`` (relative, ``/`` or ``\\``) as a path in the desk ``root``; ``.md`` added when
    it has no article suffix; None when it would leave the desk or name a hidden file."""
    parts = name.strip().replace("\\", "/").split("/")
    if not parts or any(not p or p in (".", "..") or p.startswith(".") for p in parts):
        return None
    if name.strip().startswith("/") or ":" in parts[0]:
        return None
    if not parts[-1].lower().endswith(ARTICLE_SUFFIXES):
        parts[-1] += ".md"
    return root.joinpath(*parts)


def windows_why(root: Path, target: Path) -> str | None:
    """Why a colleague on Windows could not use ``target``'s name (in ``root``), said for the
    question; None when every part of it is a name Windows takes."""
    for part in target.relative_to(root).parts:
        problem = windows_problem(part)
        if problem == "character":
            why = _tr('< > : " | ? * are not allowed in a name on Windows')
        elif problem == "end":
            why = _tr("a name on Windows cannot end in a dot or a space")
        elif problem == "reserved":
            why = _tr("CON, PRN, AUX, NUL, COM1–COM9 and LPT1–LPT9 are Windows' own names")
        else:
            continue
        text = _tr("“{part}”: {why}, so colleagues on Windows could not open it; another name?")
        return text.format(part=part, why=why)
    return None


def in_desk_case(root: Path, target: Path) -> Path:
    """``target`` (in ``root``) with each folder of it that the desk has in another case spelt
    as the desk has it (``ekonomi/x.md`` → ``Ekonomi/x.md``); a folder of that exact name is
    kept, a new one stays as typed."""
    folder = root
    for part in target.relative_to(root).parts[:-1]:
        folder = folder / _same_name(folder, part, folders=True)
    return folder / target.name


def taken_by(target: Path) -> Path | None:
    """The file (or anything) that has ``target``'s name already, in this case or another;
    None when the name is free."""
    if os.path.lexists(target):
        return target
    other = _same_name(target.parent, target.name, folders=False)
    return target.parent / other if other != target.name else None


def _same_name(folder: Path, name: str, *, folders: bool) -> str:
    """The name in ``folder`` that is ``name`` in another case (a folder, not a link, when
    ``folders``), else ``name``."""
    wanted, found = name.casefold(), None
    try:
        with os.scandir(folder) as names:
            for count, item in enumerate(names):
                if item.name == name or count >= MAX_NAMES_LOOKED_AT:
                    return name
                if item.name.casefold() == wanted and (
                    not folders or item.is_dir(follow_symlinks=False)
                ):
                    found = min(found, item.name) if found else item.name  # one, always the same
    except OSError:  # not there yet (a new folder), or not readable: as typed
        return name
    return found or name
