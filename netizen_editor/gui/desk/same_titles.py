"""Stories the desk shows with one title: a copy saved with "Save as Copy" keeps the story's
headline, and at 1366 px the desk leaves out its File column, so the two rows could not be told
apart (QA31 F11). While two rows shown share a title, each one's title cell also names its file
("Kebakaran di Medan — kebakaran-salinan.md"; its path when the other's file has that name
too, in another folder), cut short in its middle when narrow so that the file's name stays in
view (``column_fit.CutTextTips``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from netizen_editor.desk.entry import DeskEntry


def twin_names(shown: Iterable[DeskEntry]) -> dict[str, str]:
    """For each of the ``shown`` articles whose title another one has too, by its path: what
    tells it apart (its file's name, else its path)."""
    by_title: dict[str, list[str]] = defaultdict(list)
    for entry in shown:
        if entry.problem is None and entry.title:
            by_title[entry.title].append(entry.path)
    twins: dict[str, str] = {}
    for paths in by_title.values():
        if len(paths) > 1:
            names = [path.rsplit("/", 1)[-1] for path in paths]
            unique = len(set(names)) == len(names)
            twins.update(zip(paths, names if unique else paths, strict=True))
    return twins


def title_text(entry: DeskEntry, twins: dict[str, str]) -> str:
    """The title cell's text: the title, and what tells it apart when another row has that
    title too (``twin_names``); the file's name when the article has no title."""
    if not entry.title:
        return entry.path.rsplit("/", 1)[-1]
    apart = twins.get(entry.path)
    return f"{entry.title} — {apart}" if apart else entry.title
