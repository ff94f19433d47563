"""Who has an article open in the window, for the commands that write it in place (``review
--accept-all``, ``history --restore``): they refuse a story a colleague has open unless given
``--force``, and then say so. The window's rules (``storage.locks``): a lock beside the article
with no sign of life for ``LOCK_STALE_AFTER`` (neither its heartbeat nor its file's change time
near now), or whose program is gone, holds nothing; a file at the lock's name that is not a
lock is an unknown colleague until it is as old as a stale one.
"""

from __future__ import annotations

from pathlib import Path

from netizen_editor.i18n import tr
from netizen_editor.storage.locks import ArticleLock


def held_open(article: Path, zone: str, *, force: bool) -> tuple[bool, str]:
    """(whether a command may write ``article`` now, the line it says on stderr: "" when nobody
    has the story open). ``force``: written anyway, with a warning."""
    from netizen_editor.article.dates import newsroom_clock

    holder = ArticleLock(article, "").holder()
    if holder is None or holder.is_stale():
        return True, ""
    who = holder.user or tr("a colleague")
    since = newsroom_clock(holder.since, zone, seconds=False)
    if force:
        return True, f"{article}: " + tr("warning") + ": " + tr(
            "{user} has it open in the editor (since {since}); written anyway: their window asks "
            "them before their next save writes over it", user=who, since=since)  # fmt: skip
    return False, f"{article}: " + tr(
        "{user} has it open in the editor (since {since}); not written while they work on it "
        "(give --force to write anyway: their window then asks them before their next save)",
        user=who, since=since)  # fmt: skip
