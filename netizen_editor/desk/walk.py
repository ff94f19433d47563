"""What a desk folder holds: its article files (in every subfolder), its lock files and the
folders that keep a history, found with ``os.scandir`` and nothing read.

Hidden folders (``.netizen/``, ``.git/``) and hidden files are not articles, nor is what is in
an article's files folder (``NAME_files/``: the import's ``source.txt`` and photos) or an
export's images folder (``NAME_images/``, ``NAME_images-2/``); a lock file
(``.~lock.NAME#``) is noted for its article. A link is never followed into a folder: a link to a
file inside the desk is read at its target, a link leading outside the desk (or in a loop, or
nowhere) is an entry with its problem and is never read. The walk is bounded: at most
``MAX_FILES`` articles and ``MAX_DEPTH`` folders deep. A subfolder that cannot be read, or
entered (its names listed, its files not: ``r--``, a list-only ACL), is an entry with its
problem, and so is an article whose stat is refused; never a folder of stories that vanished.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from netizen_editor.article.model import ARTICLE_SUFFIXES, POST_SETTINGS
from netizen_editor.desk.links import Links
from netizen_editor.errors import NetizenError, plain_reason
from netizen_editor.i18n import tr
from netizen_editor.storage.atomic import is_link
from netizen_editor.storage.locks import LOCK_PREFIX, LOCK_SUFFIX, is_lock_file

#: the folder an article's history is kept in, beside it (history.store.APP_FOLDER)
APP_FOLDER = ".netizen"
#: at most this many article files are listed (a planted million stay unread)
MAX_FILES = 200_000
#: subfolders deeper than this are not walked
MAX_DEPTH = 64
#: Windows: a directory junction is a folder to ``is_dir`` and not a link to ``is_symlink``
#: (Python 3.11 has no ``is_junction``), so a folder's own attributes are looked at there (free:
#: the listing has them); elsewhere a link is told by ``is_symlink``
JUNCTIONS = os.name == "nt"
#: an article's files folder (photos.importing.files_folder, the import's source text) and an
#: export's images folder (export.base.asset_folder, ``NAME_images-2`` …) end in these
SIDE_FOLDER_ENDINGS = ("_files", "_images")


class DeskError(NetizenError):
    """The desk folder itself cannot be read (missing, not a folder, permission)."""


class Found(NamedTuple):
    """An article file: its (size, mtime_ns) as listed, the path to read it at (its target for
    a link inside the desk), or the problem that keeps it from being read."""

    size: int
    mtime_ns: int
    read_at: str | None
    problem: str | None = None


@dataclass
class Walk:
    """One look at the desk folder."""

    files: dict[str, Found] = field(default_factory=dict)  # relative path -> the file
    locks: dict[str, tuple[int, int]] = field(default_factory=dict)  # article -> lock's stat
    history_folders: set[str] = field(default_factory=set)  # relative folders with .netizen
    problems: list[str] = field(default_factory=list)  # the walk's own (too many files)


def is_article_name(name: str) -> bool:
    """An article file's name: not hidden, an article's suffix, and not the Blogger export's
    post settings written beside an article (``NAME.blogger.post.txt``)."""
    lower = name.lower()
    return (
        lower.endswith(ARTICLE_SUFFIXES)
        and not name.startswith(".")
        and not lower.endswith(POST_SETTINGS)
    )


def is_side_folder(name: str) -> bool:
    """``NAME_files`` or ``NAME_images`` (``NAME_images-2`` …): an article's or an export's
    folder of files, not a folder of articles."""
    base, dash, number = name.rpartition("-")
    if dash and number.isdigit() and base.endswith("_images"):
        return True
    return len(name) > len("_files") and name.endswith(SIDE_FOLDER_ENDINGS)


def desk_root(folder: Path | str) -> Path:
    """The desk folder as an absolute path with its links resolved; DeskError when it is not a
    folder that can be read."""
    folder = Path(folder)
    try:
        root = folder.resolve(strict=True)
        if not root.is_dir():
            raise DeskError(tr("is not a folder"), path=folder)
        os.scandir(root).close()
        _enter(str(root))
    except DeskError:
        raise
    except FileNotFoundError:
        raise DeskError(tr("the folder does not exist"), path=folder) from None
    except (OSError, RuntimeError) as exc:  # permission, a link loop
        reason = plain_reason(exc)
        raise DeskError(tr("the folder cannot be read: {reason}", reason=reason),
                        path=folder) from None  # fmt: skip
    return root


def _enter(folder: str) -> None:
    """Raise the OSError (EACCES) of a folder whose names can be listed but whose files cannot
    be looked at (``r--``, or a list-only ACL on a shared drive): each article's stat fails
    there, so its stories would vanish from the list; ``folder/.`` is reached only through
    the folder, as they are."""
    os.lstat(os.path.join(folder, os.curdir))


def _unlooked(exc: OSError) -> Found:
    """An article file whose stat failed other than by its going (EACCES on a share that lists
    names but lets no file be looked at): listed with why, never hidden."""
    return Found(0, 0, None, tr("the file cannot be read: {reason}", reason=plain_reason(exc)))


def _own_time(folder: str) -> int:
    """A folder's own mtime (its parent lists it, so it can be looked at though not read); 0
    when not even that can be had."""
    try:
        return os.lstat(folder).st_mtime_ns
    except OSError:
        return 0


def walk_desk(root: Path) -> Walk:
    """Everything under ``root`` (from :func:`desk_root`) that the desk lists or watches."""
    found = Walk()
    links = Links()
    stack: list[tuple[str, int]] = [("", 0)]
    while stack:
        rel, depth = stack.pop()
        folder = os.path.join(root, rel) if rel else str(root)
        try:
            _enter(folder)
            entries = os.scandir(folder)
        except OSError as exc:
            if rel:  # a subfolder that cannot be read is listed, never hidden
                problem = tr("the folder cannot be read: {reason}", reason=plain_reason(exc))
                found.files[rel] = Found(0, _own_time(folder), None, problem)
                continue
            raise DeskError(tr("the folder cannot be read: {reason}",
                               reason=plain_reason(exc)), path=root) from None  # fmt: skip
        prefix = f"{rel}/" if rel else ""
        files = found.files
        with entries:
            for entry in entries:
                name = entry.name
                if is_article_name(name) and entry.is_file(follow_symlinks=False):
                    # the usual case, here: a regular article file (a link or a pipe is not)
                    try:
                        st = entry.stat(follow_symlinks=False)
                    except OSError as exc:  # gone since the folder was listed, or denied
                        if not isinstance(exc, FileNotFoundError):
                            files[prefix + name] = _unlooked(exc)
                        continue
                    files[prefix + name] = Found(st.st_size, st.st_mtime_ns, entry.path)
                else:
                    _look(entry, rel, depth, root, found, stack, links)
                if len(files) >= MAX_FILES:
                    found.problems.append(
                        tr("more than {count} articles; the rest are not listed", count=MAX_FILES)
                    )
                    return found
    return found


def _look(entry: os.DirEntry[str], rel: str, depth: int, root: Path, found: Walk,
          stack: list[tuple[str, int]], links: Links) -> None:  # fmt: skip
    name = entry.name
    if name[0] == ".":
        if name == APP_FOLDER:
            found.history_folders.add(rel)
        elif is_lock_file(name):
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError:
                return
            article = name[len(LOCK_PREFIX) : -len(LOCK_SUFFIX)]
            found.locks[f"{rel}/{article}" if rel else article] = (st.st_size, st.st_mtime_ns)
        return  # hidden folders and files are not articles
    path = f"{rel}/{name}" if rel else name
    try:
        if entry.is_symlink():
            _link(entry, path, root, found, links)
            return
        if entry.is_dir(follow_symlinks=False):
            if JUNCTIONS and is_link(entry.stat(follow_symlinks=False)):
                # a junction leads elsewhere, as a link does
                _link(entry, path, root, found, links)
                return
            if depth + 1 < MAX_DEPTH and not is_side_folder(name):
                stack.append((path, depth + 1))
            return
        if not is_article_name(name):
            return
        st = entry.stat(follow_symlinks=False)
    except OSError as exc:  # gone since the folder was listed, or denied
        if is_article_name(name) and not isinstance(exc, FileNotFoundError):
            found.files[path] = _unlooked(exc)
        return
    if stat.S_ISREG(st.st_mode):
        found.files[path] = Found(st.st_size, st.st_mtime_ns, entry.path)
    else:
        found.files[path] = Found(0, st.st_mtime_ns, None, tr("this is not a regular file"))


def _link(entry: os.DirEntry[str], path: str, root: Path, found: Walk, links: Links) -> None:
    """A link: read at its target when that is a file inside the desk; listed with its problem
    when it leads outside, nowhere or in a loop; a link to a folder is not walked. The kernel
    is asked first (a loop or a link to nothing fails at once, a junction's too), and only a
    link it could follow is resolved (QA32 #14)."""
    try:
        st = entry.stat(follow_symlinks=False)
    except OSError:
        return
    try:
        led_to = os.stat(entry.path)
        target = Path(links.resolve(entry.path))
    except FileNotFoundError:
        if is_article_name(entry.name):
            found.files[path] = Found(0, st.st_mtime_ns, None,
                                      tr("a link to a file that does not exist"))  # fmt: skip
        return
    except (OSError, RuntimeError):  # ELOOP (Windows' Path.resolve: RuntimeError before 3.13)
        found.files[path] = Found(0, st.st_mtime_ns, None, tr("a link in a loop; not read"))
        return
    inside = target == root or root in target.parents
    to_folder = stat.S_ISDIR(led_to.st_mode)
    if not inside:
        if is_article_name(entry.name) or to_folder:
            found.files[path] = Found(0, st.st_mtime_ns, None,
                                      tr("a link to outside the desk; not read"))  # fmt: skip
        return
    if to_folder or not is_article_name(entry.name):
        return  # a folder of the desk is walked at its own name
    try:
        target_st = os.stat(target, follow_symlinks=False)
    except OSError:
        return
    if stat.S_ISREG(target_st.st_mode):
        found.files[path] = Found(target_st.st_size, target_st.st_mtime_ns, str(target))
    else:
        found.files[path] = Found(0, target_st.st_mtime_ns, None, tr("this is not a regular file"))
