"""The folder an output goes in is never a link: the one check of every writer the user names
a place for (``export``, ``import``, ``new`` and ``review`` with ``-o`` on the command line;
Save As, the Export dialog and Import in the window), made before anything is written.

The rule is the one ``export -o FOLDER/`` always had (``make_folder``): only the folder that
holds the output is looked at, the last part of the path before the file's name, where a link
planted in a desk folder (``linkdir -> /elsewhere``) stands. The folders above it are taken as
the system has them, links followed: a home folder that is a link to another disk
(``/home/user -> /data/home``) is common and legitimate, and a rule refusing every link on the
way would refuse every output on such a machine.

An output beside its input (the story or document it is made from) is not refused: the input
was read in that folder, the story's own saves write there, and it is where a writer puts its
output when it is given no other place.
"""

from __future__ import annotations

import os
from pathlib import Path

from netizen_editor.storage.atomic import SaveError, open_folder


def check_output_folder(out: Path | str, *, beside: Path | str | None = None) -> None:
    """Raise :class:`~netizen_editor.storage.atomic.LinkRefused` when the folder ``out`` goes
    in is a link ("linkdir is a link, not a folder: …"), a ``SaveError`` when it is a file.
    Nothing is said of a folder that does not exist (the writer makes it, or says it is
    missing), of ``.`` and ``..`` (never links themselves: but a link that ``..`` steps out
    of, "linkdir/..", leads elsewhere than its name says and is refused, RV3 #3), of one that
    cannot be opened (the writer says why), nor of the folder of ``beside``, the output's
    input."""
    folder = Path(out).parent
    parts = folder.parts
    for at, part in enumerate(parts[1:], start=1):  # "linkdir/..": out of where the link leads
        if part == ".." and parts[at - 1] not in ("", ".", ".."):
            _not_a_link(Path(*parts[:at]))
    if folder.name in ("", ".", "..") or not os.path.lexists(folder):
        return
    if beside is not None and _same_name(folder, Path(beside).parent):
        return
    _not_a_link(folder)


def _not_a_link(folder: Path) -> None:
    """Raise as :func:`check_output_folder` says when ``folder`` is a link or a file."""
    try:
        handle = open_folder(folder, folder.parent)  # the one above as it is; this one unfollowed
    except SaveError:
        raise
    except OSError:
        return
    if handle is not None:
        os.close(handle)


def _same_name(one: Path, other: Path) -> bool:
    """The same folder by the name given (not where links lead: a link beside the input's
    folder leading to it is still another name)."""
    return os.path.normcase(os.path.abspath(one)) == os.path.normcase(os.path.abspath(other))
