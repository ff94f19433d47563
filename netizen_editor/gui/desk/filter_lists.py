"""The desk's author and label lists (its filters): which names they offer, and how a list is
filled.

A desk's stories may carry any number of labels: 20 planted stories of 10,000 labels each gave
the label list 200,000 names, and a poll that changed one label held the window 19 s while the
list was emptied one item at a time and filled one item at a time (QA35 #6). A list now offers
at most ``MAX_CHOICES`` names, the ones most stories carry (and the one chosen), and is filled
in one step, only when the names it offers changed.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox

from netizen_editor.desk.entry import DeskEntry
from netizen_editor.terminal import bidi_escaped

#: the names a filter list offers at most. A newsroom has tens to a few hundred rubrics and
#: authors; past this many the list keeps the names most stories carry (and the one chosen),
#: and a story with another is found through the table's search (it looks in the whole text,
#: front matter and all): a longer list is no list anyone reads, and every one of its items
#: costs the window's thread
MAX_CHOICES = 500
#: a story's labels past this many are not counted for the list (a story has a handful; a
#: planted one's 10,000 would each be counted at every poll that changes the desk); the label
#: filter and the search still find them
LABELS_COUNTED = 100


def offered(counts: Counter[str], current: str = "") -> list[str]:
    """The names a list offers of those ``counts`` has (how many stories carry each), sorted:
    every one, or the ``MAX_CHOICES`` most used (ties: by name) and ``current`` when it is one
    of them all."""
    names: Iterable[str] = counts
    if len(counts) > MAX_CHOICES:
        most = heapq.nsmallest(MAX_CHOICES, counts.items(), key=lambda x: (-x[1], x[0].casefold()))
        names = {name for name, _n in most}
        if current in counts:
            names.add(current)
    return sorted(names, key=str.casefold)


def desk_names(entries: list[DeskEntry]) -> tuple[Counter[str], Counter[str]]:
    """How many of the desk's stories each author and each label has (a label a story names
    twice counted once; its first ``LABELS_COUNTED`` labels)."""
    authors = Counter(e.author.strip() for e in entries if e.author.strip())
    labels: Counter[str] = Counter()
    for entry in entries:
        labels.update({x.strip() for x in entry.labels[:LABELS_COUNTED] if x.strip()})
    return authors, labels


def fill(combo: QComboBox, names: list[str]) -> bool:
    """``names`` in ``combo`` after its first item ("any ..."), unless it has them already, in
    one step (a model made whole and set: no signal per item); the name chosen stays chosen
    when it is still there. True when it was let go (the filter changed). The combo's
    signals are not sent meanwhile."""
    if [combo.itemData(i) for i in range(1, combo.count())] == names:
        return False
    current = combo.currentData()
    role = Qt.ItemDataRole.UserRole
    model = QStandardItemModel(combo)  # the combo's: it deletes the model it had
    items = [QStandardItem(combo.itemText(0))]
    items[0].setData("", role)
    for name in names:
        item = QStandardItem(bidi_escaped(name))  # a planted name's bidi controls shown
        item.setData(name, role)
        items.append(item)
    model.appendColumn(items)
    blocked = combo.blockSignals(True)
    try:
        combo.setModel(model)
        combo.setCurrentIndex(max(0, combo.findData(current)))
    finally:
        combo.blockSignals(blocked)
    return combo.currentData() != current
