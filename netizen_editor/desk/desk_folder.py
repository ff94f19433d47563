"""Which desk an open story's file is in (no Qt): the folders opened as desks are kept by the
window with their links resolved (``walk.desk_root``), while a tab names its file as it was
opened, maybe through a link; the desk is named here as the tab names its file, so the files
found in it (``history.renamed``) are named that way too."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path


def desk_folder_of(path: Path, desks: Iterable[str]) -> Path | None:
    """The folder, named from ``path``'s side, of the nearest of ``desks`` (folders opened as a
    desk) that holds the folder of ``path`` (at any depth, or that folder itself); None when
    none does, or when the names between the two pass through a link (the desk's folders are
    then not where ``path`` names them)."""
    folder = path.parent
    real = Path(os.path.realpath(folder))
    nearest: tuple[int, str] | None = None  # (folders between, the desk's real folder)
    for desk in desks:
        if not desk:
            continue
        root = os.path.realpath(desk)
        try:
            levels = len(real.relative_to(root).parts)
        except ValueError:
            continue
        if nearest is None or levels < nearest[0]:
            nearest = (levels, root)
    if nearest is None or nearest[0] >= len(folder.parts):
        return None
    named = folder
    for _ in range(nearest[0]):
        named = named.parent
    return named if os.path.realpath(named) == nearest[1] else None
