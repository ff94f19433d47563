"""The history at a save (no Qt): the id an article gets before its first save, and the version
kept after a save, whose problems are reported and never stop the save.

How the window uses it (the Document's save does the keeping once it is given a
``Keeper``): before saving, the editor applies :func:`id_edit` (an undoable one-line edit that
adds ``id: <uuid>`` to the front matter) so the editor and the file hold the same id; after the
file is written, :meth:`Keeper.keep` keeps the written text as a version. A save that replaces
a text the window did not write (changed elsewhere: an Overwrite after a conflict, a save after
Reload and Undo) first keeps that text, :meth:`Keeper.keep_replaced` (reason ``overwritten``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from netizen_editor.editing.formatting import Edit
from netizen_editor.errors import NetizenError, error_message
from netizen_editor.history.article_id import ID_KEY, article_id, has_id_key
from netizen_editor.history.policy import OVERWRITTEN
from netizen_editor.history.store import UNKNOWN_AUTHOR, History, author_name


def id_edit(text: str, story: str | None = None) -> Edit | None:
    """The edit that gives ``text`` its id (``story``, or else a new UUID), or None when it has
    one (or has a broken block that never gets a second one)."""
    import uuid

    from netizen_editor.article.frontmatter import field_edit

    if article_id(text) is not None or has_id_key(text):
        return None
    return field_edit(text, ID_KEY, story or str(uuid.uuid4()))


@dataclass(frozen=True)
class Kept:
    """A version kept at a save: its id ("" when none was kept: the same text again, or the
    keep failed), why the keep failed (``problem``), and the files of the history beside it
    that could not be read (``warnings``, each naming its file: the version was kept all the
    same; an export said "its version was not kept" of a junk file's problem, QA35 #10)."""

    version_id: str = ""
    problem: str = ""
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Keeper:
    """Who keeps versions, and in which zone (the settings' ``default_author`` and
    ``timezone``)."""

    default_author: str = ""
    zone: str = "WIB"

    def keep(self, path: Path, text: str, reason: str = "save", words: int | None = None) -> Kept:
        """Keep ``text``, the file ``path``'s text now, as a version; never raises for a
        history that cannot be written or read (the problem is returned)."""
        found = article_id(text)
        if found is None:
            return Kept()  # no id yet: no history
        return self._keep(path, found, author_name(self.default_author), text, reason, words)

    def keep_replaced(self, path: Path, theirs: str, story: str) -> Kept:
        """Keep ``theirs``, the text on disk that a save of ``story`` is about to replace and
        that the saving window did not write (changed elsewhere), as a version ``overwritten``
        of the story's history (``story``'s id, else ``theirs``'s), so File › History and
        ``netizen-editor history`` list it. Its author is ``unknown``: who wrote it is not
        known (a lock says who has a story open, not who changed the file)."""
        found = article_id(story) or article_id(theirs)
        if found is None:
            return Kept()  # neither has an id: no history (the backup keeps it)
        return self._keep(path, found, UNKNOWN_AUTHOR, theirs, OVERWRITTEN, None)

    def _keep(self, path: Path, found: str, author: str, text: str, reason: str,
              words: int | None) -> Kept:  # fmt: skip
        history = History(path.parent, found, author=author, zone=self.zone)
        try:
            outcome = history.keep(text, reason, words=words)
        except (OSError, NetizenError) as exc:  # a link refused, a full disk, a swapped file
            return Kept(problem=error_message(exc))
        version_id = outcome.version.id if outcome.version is not None else ""
        return Kept(version_id, warnings=outcome.problems)
