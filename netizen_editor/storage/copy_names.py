"""The name a copy of an article is offered under, in the interface language: beside
``artikel.md`` a copy is ``artikel-salinan.md`` in Indonesian, ``artikel-copy.md`` in English,
then ``-2``, ``-3``… so that no file (nor a link) already there is written over."""

from __future__ import annotations

import os
from pathlib import Path

from netizen_editor.i18n import tr

MAX_TRIES = 1000


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
