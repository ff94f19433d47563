"""The name a copy of an article is offered under, in the interface language: beside
``artikel.md`` a copy is ``artikel-salinan.md`` in Indonesian, ``artikel-copy.md`` in English,
then ``-2``, ``-3``… so that no file (nor a link) already there is written over. A new file
of its own (an imported article beside the one imported before) is offered as ``NAME-2.md``."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

from netizen_editor.i18n import tr

MAX_TRIES = 1000
_NUMBERED = re.compile(r"(.+)-(\d{1,4})")


def copy_stem(stem: str, number: int = 1) -> str:
    """``artikel-salinan`` (``number`` 1) or ``artikel-salinan-2``."""
    if number == 1:
        return tr("{stem}-copy", stem=stem)
    return tr("{stem}-copy-{number}", stem=stem, number=number)


def copy_path(path: Path) -> Path:
    """A free name for a copy beside ``path``; the first one when none of them is free."""
    for number in range(1, MAX_TRIES):
        candidate = path.with_name(copy_stem(path.stem, number) + path.suffix)
        if not os.path.lexists(candidate):
            return candidate
    return path.with_name(copy_stem(path.stem) + path.suffix)


def free_path(path: Path, refused: Callable[[Path], bool] | None = None) -> Path:
    """``path`` when no file (nor a link) is there and ``refused`` does not refuse it, else the
    first such ``NAME-2.md``, ``NAME-3.md``… (after ``NAME-2.md``: ``NAME-3.md``, when
    ``NAME.md`` is there: a number of the name's own, ``pilkada-2024.md``, is not counted on
    to ``pilkada-2025.md`` but gets ``pilkada-2024-2.md``); ``path`` when none of them is."""

    def free(candidate: Path) -> bool:
        return not os.path.lexists(candidate) and not (refused and refused(candidate))

    if free(path):
        return path
    numbered = _NUMBERED.fullmatch(path.stem)
    if numbered and not os.path.lexists(path.with_name(numbered.group(1) + path.suffix)):
        numbered = None  # not a number given after NAME.md: part of the name
    stem, first = (numbered.group(1), int(numbered.group(2)) + 1) if numbered else (path.stem, 2)
    for number in range(first, first + MAX_TRIES):
        candidate = path.with_name(f"{stem}-{number}{path.suffix}")
        if free(candidate):
            return candidate
    return path
