"""The desk's actions on an article (no Qt): its status in the workflow, and a new name or
folder within the desk; each is kept in the article's history.

- :func:`set_status` is one edit of the front matter (``status``; for a published story its
  ``url`` and, as its ``date``, when it went live: :func:`publication_time`), written
  atomically and never through a link, after checking the file did not change while it was
  edited; the text before is kept as a version (if the history does not have it)
  and the new one with reason ``status``. An article without an ``id`` gets one (its history
  is keyed by it). Given the status the user saw (``expected``), a file whose status is another
  one by now (a colleague set it meanwhile) is not written: :class:`StatusChanged` says what it
  is and, when the history knows, who set it and when.
- :func:`rename_article` moves the file within its desk; its history (``.netizen/history/<id>/``
  beside it) and its files folder (``NAME_files/``, :mod:`netizen_editor.desk.story_files`)
  move with it when the folder changes. It never replaces a file, never moves through a folder
  that is a link, and refuses an article that someone holds open (its lock is not stale).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from netizen_editor.article.model import ARTICLE_SUFFIXES, Article
from netizen_editor.desk.entry import STATUSES
from netizen_editor.desk.folder_handles import FolderHandles
from netizen_editor.desk.story_files import (
    FilesMove,
    carry,
    plan_files,
    put_back,
    shown_path,
    stuck_note,
)
from netizen_editor.desk.walk import APP_FOLDER
from netizen_editor.errors import NetizenError, plain_reason
from netizen_editor.i18n import tr
from netizen_editor.storage.atomic import (
    SaveError,
    atomic_write_bytes,
    is_link,
    make_folder,
    move_into,
)
from netizen_editor.storage.identity import FileIdentity, sha256_hex

#: the front matter keys the actions write
STATUS_KEY, URL_KEY, EDITOR_KEY, DATE_KEY = "status", "url", "editor", "date"
#: the history folder inside APP_FOLDER (history.store.HISTORY_FOLDER)
HISTORY_FOLDER = "history"


def rubric_of(rel: str) -> str:
    """The rubric a new story at ``rel`` (relative to the desk, ``/`` separators) is filed
    under, for a template's ``desk`` (its label): the innermost folder with a letter in its
    name (``nasional/gempa.md`` → ``nasional``; ``nasional/2026-12-06/x.md`` → ``nasional``);
    "" for a story at the desk's top or only in date folders (the desk's own name and a date
    are not rubrics)."""
    for name in reversed(rel.replace("\\", "/").split("/")[:-1]):
        if any(c.isalpha() for c in name):
            return name
    return ""


class DeskActionError(NetizenError):
    """An action on an article that cannot be done; the message says why."""


class StatusChanged(DeskActionError):
    """The article's status is not the one the user saw (``expected``): nothing was written.
    ``now`` is its status; ``by`` and ``at`` (``HH:MM``, the newsroom's time) who set it and
    when, "" when the history does not know."""

    def __init__(self, path: Path, now: str, by: str = "", at: str = ""):
        super().__init__(
            tr("its status was set to {status} meanwhile; nothing was written", status=now),
            path=path,
        )
        self.now, self.by, self.at = now, by, at


@dataclass(frozen=True)
class Rewritten:
    """A front-matter edit written to a file: the file as it was read (``before``) and the
    sha256 of the bytes written: a window whose tab held ``before`` may take the file as its
    own only while it still holds those bytes (not a change another program wrote since)."""

    before: FileIdentity
    written_sha256: str


def publication_time(
    date: dt.date | dt.datetime | None, zone: str, now: dt.datetime | None = None
) -> dt.datetime:
    """When a story marked published went live, as the desk takes it unless told: ``now`` (by
    default the newsroom's clock, to the minute), or the story's ``date`` when that is later (an
    embargo: it goes live then). In the newsroom's ``zone``."""
    from netizen_editor.article.dates import newsroom_datetime, newsroom_now

    now = newsroom_datetime(now, zone) if now is not None else newsroom_now(zone)
    if date is None:
        return now
    return max(now, newsroom_datetime(date, zone))


def went_live(article: Article, zone: str) -> dt.datetime:
    """When ``article``, about to be marked published, went live as the desk offers it: a story
    with a live ``url`` was published before (put back to draft or review since, for a
    correction) and keeps the time it first went live, its ``date`` (review RV4 #6: publishing
    it again wrote the correction's time over it); any other, :func:`publication_time`."""
    from netizen_editor.article.dates import newsroom_datetime

    if article.date is not None and _live_url(article):
        return newsroom_datetime(article.date, zone)
    return publication_time(article.date, zone)


def _live_url(article: Article) -> bool:
    url = article.meta.get(URL_KEY)
    return isinstance(url, str) and url.strip().startswith(("https://", "http://"))


def set_status(
    folder_or_article: Path | str,
    status: str,
    *,
    url: str | None = None,
    user: str,
    zone: str = "WIB",
    expected: str | None = None,
    editor: str | None = None,
    published_at: dt.datetime | None = None,
) -> Rewritten | None:
    """Set the article's ``status`` (one of ``STATUSES``; ``url`` where a published story is
    live, kept in the front matter). ``user`` is the version's author; ``zone`` the newsroom's.
    ``expected``: the status the user saw; StatusChanged when the file has another one now.
    ``editor``: written as the story's ``editor`` in the same edit when it has none (an editor
    already named is kept). A story marked published gets the time it went live as its ``date``
    in the same edit (the byline, the page's and the feed's times read it, and the import's or
    the template's time was in it): ``published_at``, by default :func:`went_live` (one
    published already, or once, keeps its date then); the other statuses leave ``date`` as it
    is.
    DeskActionError when the article cannot be read or written, or changed meanwhile. What was
    read and written (None: the file had it all already)."""
    from netizen_editor.article.dates import newsroom_datetime
    from netizen_editor.article.frontmatter import set_field
    from netizen_editor.desk.reader import status_of
    from netizen_editor.history.article_id import with_article_id

    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    if published_at is not None and status != "published":
        raise ValueError("only a published story has a publication time")
    path = Path(folder_or_article)

    def edit(before: str) -> tuple[str, str | None]:
        article = Article.parse(before)
        if expected is not None and (now := status_of(article)) != expected:
            raise _changed(path, before, now, zone)
        text, article_id = with_article_id(before)
        text = set_field(text, STATUS_KEY, status)
        if url is not None:
            text = set_field(text, URL_KEY, url.strip())
        if editor and not Article.parse(text).meta.get(EDITOR_KEY):
            text = set_field(text, EDITOR_KEY, editor)
        if status == "published" and (published_at or status_of(article) != "published"):
            when = newsroom_datetime(published_at or went_live(article, zone), zone)
            if not _same_minute(article.date, when, zone):
                text = set_field(text, DATE_KEY, when)
        return text, article_id

    return _edit_front_matter(path, edit, "status", user=user, zone=zone,
                              changed=tr("changed on disk while its status was set; nothing "
                                         "was written"))  # fmt: skip


def _same_minute(date: dt.date | dt.datetime | None, when: dt.datetime, zone: str) -> bool:
    """Whether the story's ``date`` is the minute ``when`` (a time asked to the minute keeps
    the date written as it is, seconds and all)."""
    from netizen_editor.article.dates import newsroom_datetime

    if date is None:
        return False
    minute = newsroom_datetime(date, zone).replace(second=0, microsecond=0)
    return minute == when.replace(second=0, microsecond=0)


def _changed(path: Path, text: str, now: str, zone: str) -> StatusChanged:
    """What says the status of ``path`` (whose text is ``text``) is ``now``: who set it and when
    from its history's newest version, when that version is this very text."""
    from netizen_editor.history.article_id import article_id
    from netizen_editor.history.store import History

    found = article_id(text)
    newest = None
    if found is not None:
        with contextlib.suppress(OSError, NetizenError, ValueError):
            newest = History(path.parent, found, zone=zone).newest()
    digest = sha256_hex(text.encode("utf-8", "surrogatepass"))
    if newest is None or newest.sha256 != digest:
        return StatusChanged(path, now)
    at = newest.time[11:16] if len(newest.time) >= 16 else ""  # 2026-12-06T10:30:00+07:00
    return StatusChanged(path, now, newest.author, at)


def give_new_id(article: Path | str, *, user: str, zone: str = "WIB") -> str:
    """Give the article a new ``id`` (a copy of a story made in a file manager keeps the
    original's, and the two would keep their versions in one history): the new id, whose
    history starts with the text as it is now; the original's history is left to it.
    DeskActionError when the article cannot be read or written, or changed meanwhile."""
    import uuid

    from netizen_editor.article.frontmatter import set_field
    from netizen_editor.history.article_id import ID_KEY, article_id

    new = str(uuid.uuid4())

    def edit(before: str) -> tuple[str, str | None]:
        text = set_field(before, ID_KEY, new)
        return text, (new if article_id(text) == new else None)

    _edit_front_matter(Path(article), edit, "save", user=user, zone=zone, keep_before=False,
                       changed=tr("changed on disk while it was given a new id; nothing was "
                                  "written"))  # fmt: skip
    return new


def _edit_front_matter(
    path: Path,
    edit: Callable[[str], tuple[str, str | None]],
    reason: str,
    *,
    user: str,
    zone: str,
    changed: str,
    keep_before: bool = True,
) -> Rewritten | None:
    """Write ``edit(text)`` (the new text and its id) to the article ``path``: never through a
    link, never over a change made meanwhile (``changed`` says so), the new text kept in the
    history for ``reason`` (and, with ``keep_before``, the text before it under the same id,
    unless the history has it). What was read and written; None when nothing was."""
    from netizen_editor.history.article_id import article_id as id_of
    from netizen_editor.history.store import History
    from netizen_editor.storage.identity import changed_on_disk
    from netizen_editor.storage.reading import BOM, read_article_file

    if path.is_symlink():
        raise DeskActionError(tr("is a link; not written through it"), path=path)
    read = read_article_file(path)  # ReadError (a NetizenError) says why it cannot be read
    before = read.text
    Article.parse(before, path)  # broken front matter: ArticleError, nothing is written
    text, article_id = edit(before)
    if text == before:
        return None
    history = History(path.parent, article_id, author=user, zone=zone) if article_id else None
    try:
        if history is not None and keep_before and id_of(before) == article_id:
            history.keep(before, "save")  # the text before, unless the history has it
        if changed_on_disk(path, read.identity):
            raise DeskActionError(changed, path=path)
        data = (BOM if read.bom else b"") + text.encode("utf-8")
        atomic_write_bytes(path, data)
        if history is not None:
            history.keep(text, reason)
    except SaveError as exc:
        raise DeskActionError(exc.message, path=path) from None
    except OSError as exc:
        raise DeskActionError(plain_reason(exc), path=path) from None
    return Rewritten(read.identity, sha256_hex(data))


def rename_article(
    old: Path | str, new: Path | str, *, desk: Path | str | None = None
) -> FilesMove:
    """Give the article ``old`` the name ``new`` (another name or folder in the same desk,
    with an article's suffix); its history follows, and so do its files when the folder
    changes (:mod:`netizen_editor.desk.story_files`: its ``NAME_files/`` keeps its name, so
    every address in the story stays as written). ``desk``: the desk's folder (default: the
    folder ``old`` and ``new`` share); no folder between it and ``new`` may be a link (the story
    and its history would land wherever the link leads). What moved along and what stayed
    behind (:func:`story_files.files_note` says it). DeskActionError when it cannot be done;
    nothing is moved then: the files go first, then the history, then the story, and a step
    that fails puts back the ones before it."""
    from netizen_editor.desk.listing import lock_holder
    from netizen_editor.history.article_id import article_id
    from netizen_editor.storage.no_replace import (
        LeftAside,
        only_case_differs,
        rename_new_case,
        rename_no_replace,
    )
    from netizen_editor.storage.reading import read_article_file

    old, new = Path(os.path.abspath(old)), Path(os.path.abspath(new))
    if not new.name.lower().endswith(ARTICLE_SUFFIXES) or new.name.startswith("."):
        raise DeskActionError(
            tr("an article's name ends in {suffixes}", suffixes=", ".join(ARTICLE_SUFFIXES)),
            path=new,
        )
    new_case = only_case_differs(old, new)  # Berita.md → berita.md on Windows or macOS
    if os.path.lexists(new) and not new_case:
        raise DeskActionError(tr("there is a file of that name already"), path=new)
    if not new.parent.is_dir():
        raise DeskActionError(tr("the folder does not exist"), path=new.parent)
    top = Path(os.path.abspath(desk)) if desk is not None else _shared_folder(old, new)
    _refuse_linked_folders(top, new.parent)
    lock = lock_holder(old)
    if lock is not None and not lock.is_stale():
        raise DeskActionError(
            tr("{user} has it open; it can be renamed once they close it", user=lock.user or "?"),
            path=old,
        )
    text = None if old.is_symlink() else read_article_file(old).text
    found = None if text is None else article_id(text)
    files, moved = FilesMove(), None
    carried: list[tuple[Path | None, Path]] = []
    # the files go back, if they must, through the folders they went between
    with FolderHandles(top) as folders:
        if old.parent.resolve() != new.parent.resolve():
            try:
                if text is not None:
                    files = plan_files(old, text, new.parent)
                    carried = carry(files, folders)
                if found is not None:
                    moved = _move_history(old.parent, new.parent, found)
            except NetizenError as exc:
                _put_back(carried, folders, exc)
                shown = shown_path(exc.path, top) if exc.path is not None else None
                raise DeskActionError(exc.message, path=shown) from None  # as the desk lists
        try:
            if new_case:
                rename_new_case(old, new)
            else:
                rename_no_replace(old, new)  # a colleague's file made at ``new`` meanwhile stays
        except OSError as exc:
            if isinstance(exc, FileExistsError):
                error = DeskActionError(tr("there is a file of that name already"), path=new)
            elif isinstance(exc, LeftAside):
                error = DeskActionError(
                    tr("it could not be renamed, nor given its name back: it is now {name}",
                       name=exc.aside.name),
                    path=old,
                )  # fmt: skip
            else:
                error = DeskActionError(plain_reason(exc), path=old)
            if moved is not None:
                try:
                    _move_history(new.parent, old.parent, found or "")
                except DeskActionError as undo:  # said, not hidden: the history is split off
                    error.message = f"{error.message}; {undo.located()}"
            _put_back(carried, folders, error)
            raise error from None
    return files


def _put_back(
    carried: list[tuple[Path | None, Path]], folders: FolderHandles, error: NetizenError
) -> None:
    """Undo the files' moves ``carried``; what cannot be put back is added to ``error``'s
    message, named from the desk's folder (the story stays where it was, its files are split
    from it)."""
    stuck = put_back(carried, folders)
    if stuck:
        error.message = f"{error.message}; {stuck_note(stuck, folders.below)}"


def _shared_folder(old: Path, new: Path) -> Path:
    """The innermost folder that holds both ``old`` and ``new`` (absolute paths)."""
    return Path(os.path.commonpath([old.parent, new.parent]))


def _refuse_linked_folders(top: Path, folder: Path) -> None:
    """DeskActionError when a folder between ``top`` (trusted) and ``folder`` is a link, or
    ``folder`` is not inside ``top``."""
    try:
        parts = folder.relative_to(top).parts
    except ValueError:
        parts = ("..",)
    if ".." in parts:
        raise DeskActionError(tr("is not inside the desk"), path=folder)
    link = _first_link(top, parts)
    if link is not None:
        raise DeskActionError(tr("is a link; the story is not moved through it"), path=link)


def _move_history(source: Path, target: Path, article_id: str) -> Path | None:
    """Move the history of ``article_id`` from beside ``source`` to beside ``target``, never
    through a link on either side (``.netizen``, its ``history`` and the id folder are checked,
    then each move walks the target's folders without following one); the new history folder,
    or None when there was none. A refusal moves nothing."""
    old = source / APP_FOLDER / HISTORY_FOLDER / article_id
    new = target / APP_FOLDER / HISTORY_FOLDER / article_id
    _refuse_links(source, article_id)
    if not old.is_dir():
        return None
    _refuse_links(target, article_id)
    try:
        make_folder(new.parent, below=target)
        if os.path.lexists(new):  # versions there already (a story moved back): join them
            _join(old, new, source, target)
            return new
        move_into(old, new.parent, below=target)
    except OSError as exc:
        message = exc.message if isinstance(exc, SaveError) else plain_reason(exc)
        raise DeskActionError(message, path=old) from None
    for emptied in (old.parent, old.parent.parent):  # history/, then .netizen/, when empty
        try:
            os.rmdir(emptied)  # only an empty folder; a link is not a folder to rmdir
        except OSError:
            break
    return new


def _refuse_links(folder: Path, article_id: str) -> None:
    """DeskActionError when ``.netizen``, its ``history`` or the id folder beside ``folder`` is
    a link (a missing one is no link)."""
    link = _first_link(folder, (APP_FOLDER, HISTORY_FOLDER, article_id))
    if link is not None:
        raise DeskActionError(tr("is a link; the history is not moved through it"), path=link)


def _first_link(folder: Path, names: tuple[str, ...]) -> Path | None:
    """The first of ``folder/names[0]``, ``folder/names[0]/names[1]`` ... that is a link; None
    when none is (a missing one ends the walk: nothing below it is a link)."""
    part = folder
    for name in names:
        part = part / name
        try:
            st = os.lstat(part)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise DeskActionError(plain_reason(exc), path=part) from None
        if is_link(st):
            return part
    return None


def _join(old: Path, new: Path, source: Path, target: Path) -> None:
    """Move the versions of ``old`` into ``new`` (a name taken there stays); when one cannot
    be moved, those moved go back and the error is raised."""
    moved: list[str] = []
    try:
        for version in old.iterdir():
            if not os.path.lexists(new / version.name):
                move_into(version, new, below=target)
                moved.append(version.name)
    except OSError:
        for name in moved:
            with contextlib.suppress(OSError):
                move_into(new / name, old, below=source)
        raise
