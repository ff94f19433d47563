"""Who wrote the text now in an article's file, when the app can tell (QA31 F9): a colleague's
save through the app keeps that very text as the newest version of the story's history, signed
with their name, so the questions about a change on disk name them ("changed by Sari") rather
than "another program". Anything else is not known (""): a story without an id or a history, a
file whose text is not the newest version's (an editor, a script, a sync tool), a version
without an author (an ``overwritten`` text is "unknown"). Reads are bounded as every read of a
planted file (``read_article_file``, ``History.newest``); none of it ever raises."""

from __future__ import annotations

import hashlib
from pathlib import Path

from netizen_editor.errors import NetizenError
from netizen_editor.history.article_id import article_id
from netizen_editor.history.store import History
from netizen_editor.history.version_file import UNKNOWN_AUTHOR
from netizen_editor.storage.reading import read_article_file


def changed_by(path: Path) -> str:
    """The name the newest version of ``path``'s story is signed with when that version is the
    text in the file now; "" when the app cannot tell who wrote it."""
    try:
        text = read_article_file(path).text
        found = article_id(text)
        newest = History(path.parent, found).newest() if found is not None else None
    except (NetizenError, OSError, ValueError):
        return ""
    if newest is None or newest.author.strip() in ("", UNKNOWN_AUTHOR):
        return ""
    if newest.sha256 != hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest():
        return ""  # written since by someone or something that kept no version
    return newest.author.strip()
