"""The desk: a folder (and its subfolders) of articles as one live list, with its workflow of
statuses (no Qt).

- ``entry``: :class:`DeskEntry` (one row) and :class:`DeskLock`; ``STATUSES``;
- ``walk``: what the folder holds (names and stats only); ``reader``: one article read;
  ``parallel``: many read by worker processes (a big desk's first listing);
- ``index``: the cache of what was read, in the user's cache folder;
- ``listing``: :func:`list_desk` and :class:`DeskPoller` (what changed since the last look);
- ``checks``: the pre-publish checks' counts, cached by content hash;
- ``actions``: :func:`set_status` and :func:`rename_article`, kept in the history;
- ``placeholder``: the file New Story wrote, removed when its tab closes unsaved;
- ``cli``: ``netizen-editor desk FOLDER``.
"""

from __future__ import annotations

from netizen_editor.desk.entry import STATUSES, DeskEntry, DeskLock
from netizen_editor.desk.listing import DeskChanges, DeskPoller, list_desk
from netizen_editor.desk.walk import DeskError

__all__ = [
    "STATUSES",
    "DeskChanges",
    "DeskEntry",
    "DeskError",
    "DeskLock",
    "DeskPoller",
    "list_desk",
]
