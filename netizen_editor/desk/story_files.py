"""The files a story takes along when the desk moves it to another folder (no Qt).

A story names its files by addresses relative to its folder: its photos (``![…](NAME_files/
foto-1.jpg)``, an ``<img>``, ``[id]: …``, the front matter's ``image``), the imported release's
plain text (``source_file: NAME_files/source.txt``) and links to local files. Those addresses are
read as the checks read them (:mod:`netizen_editor.checks.refs`) and turned into paths by the
exports' rule (:func:`netizen_editor.photos.address.local_path`).

What moves is the story's files folder: ``NAME_files/`` of its own name, and a files folder it
refers into that no other story of the folder is named after (the one it had before a rename:
a new name keeps the folder's name, so the story's text is never rewritten and every address
in it stays as written). The folder keeps its name in the new folder; everything in it moves,
except what another story of the old folder refers to (that stays, and is named). Where the new
folder has a files folder of that name already (the one a shared photo kept when the story left
it), the files go into it one by one, none replacing a file there. A file the
story names outside such a folder (``foto.jpg`` beside it, ``../foto.jpg``) stays where it is
and is named when the story no longer finds it from the new folder.

:func:`plan_files` looks (and refuses a link, a file of the folder's name in the new folder, a
folder with too many stories to look at, a story or another story too long to be one, a look
past its time); :func:`carry` refuses a name taken in the new folder before it moves anything,
then moves, and puts back what it moved when a step fails or a folder it moved into was
renamed or swapped for a link meanwhile; :func:`put_back` undoes a carry (the story's own move
failed after it). Both rename relative to handles on the folders
(:mod:`netizen_editor.desk.folder_handles`): every file goes into, and back out of, the
folder that was looked at, never through a link put in its place half way.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn
from urllib.parse import quote

from netizen_editor.desk.folder_handles import FolderHandles
from netizen_editor.desk.walk import is_article_name, is_side_folder
from netizen_editor.errors import NetizenError, plain_reason
from netizen_editor.i18n import tr
from netizen_editor.storage.atomic import LinkRefused, SaveError, is_link, make_folder
from netizen_editor.timebudget import Budget, OutOfTime

#: the other stories of a folder looked at for files they share with the story; a folder with
#: more is refused (what they share cannot be known)
MAX_STORIES = 3000
#: the bytes read of each of them (a story is far smaller; a bigger file is no story of theirs)
OTHER_BYTES = 4 * 1024 * 1024
#: the bytes of those that name the files folder read as articles, in all: a copy or two of a
#: story are a few hundred kB; past this they are planted (4 MB read as an article takes 1.5 to
#: 2 s here), and the move is refused
SHARED_BYTES = 4 * 1024 * 1024
#: seconds the look at the story's addresses and the other stories may take, in all (the
#: window waits on it); past them the move is refused (a planted story of 200,000 addresses, a
#: folder of 3,000 stories on a slow shared drive)
LOOK_SECONDS = 3.0
#: the bytes and lines of a story read as an article (the moved one, and each other one that
#: names its files folder): its blocks are read whole before the time is looked at, at about
#: 10 µs a block (4 MB of 250,000 short paragraphs take 2.5 s here; 4 MB of prose, 0.1 s). A
#: long story has a few thousand lines; past these it is no story, and the move is refused
OWN_BYTES = 4 * 1024 * 1024
MAX_LINES = 20_000
#: the addresses a story may name (a long story names a hundred; past these it is planted)
MAX_ADDRESSES = 5000
#: the names looked at in a files folder that is moved in parts
MAX_ENTRIES = 5000
#: the names a note lists before it says how many more
FEW_NAMES = 5
#: the front matter keys that name a file of the story (photos.featured, templates.source)
FILE_KEYS = ("image", "source_file")


class FilesError(NetizenError):
    """The story's files cannot be moved; the message says why (nothing was moved)."""


@dataclass(frozen=True)
class LeftBehind:
    """A file the story names that stays in the old folder: ``address`` as the story writes
    it; ``shared_with`` the other story (its name in the folder) that uses it too, "" for a
    file outside the story's files folder."""

    address: str
    shared_with: str = ""


@dataclass
class FilesMove:
    """What a move takes along: ``steps`` in order (a folder made, or ``source`` → ``target``
    renamed), ``moved`` as named from the folder (``banjir_files/``, or the files of one that
    moves in parts), ``left`` what stays behind."""

    steps: list[tuple[Path | None, Path]] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)
    left: list[LeftBehind] = field(default_factory=list)


def local_addresses(text: str, budget: Budget | None = None) -> list[str]:
    """The addresses in ``text`` (an article) that may name a file beside it, as written: the
    front matter's ``image`` and ``source_file``, the body's images (by reference too), links,
    embeds and every ``[id]:`` line. Web addresses and other schemes are left out; what the
    rest name is :func:`relative_path`'s. A text whose front matter is broken gives its body's
    (the front matter read as text is no address). OutOfTime past ``budget``'s deadline,
    looked at in each block and address (the blocks themselves are read first, whole)."""
    from netizen_editor.article.model import Article
    from netizen_editor.checks.refs import definitions, refs
    from netizen_editor.checks.registry import CheckContext, RuleBudget
    from netizen_editor.settings import Settings

    try:
        article = Article.parse(text)
    except NetizenError:
        article = Article.parse("")
    found = [article.get(key) for key in FILE_KEYS]
    context = CheckContext(text=text, article=article, settings=Settings())
    if budget is not None:  # no step of its own: the deadline is the whole look's
        left = budget.deadline - time.perf_counter()
        context.budget = RuleBudget(left, step_seconds=left, wall=True)  # as ``budget``
    found += [ref.url for _line, ref in refs(context) if ref.kind != "image-ref"]
    found += [url for defined in definitions(context).values() for _line, url in defined]
    return [src.strip() for src in found if src.strip()]


def relative_path(address: str) -> tuple[str, ...] | None:
    """The folders and name a relative address leads through (``..`` kept, ``.`` dropped);
    None for a web address, another scheme, an absolute path or none at all."""
    from netizen_editor.photos.address import local_path

    path = local_path(address, None)
    if path is None or path.is_absolute() or path.drive or path.root:
        return None
    parts = Path(os.path.normpath(path)).parts
    return parts if parts and parts != (".",) else None


def plan_files(story: Path, text: str, folder: Path) -> FilesMove:
    """What moving ``story`` (absolute; ``text`` its text) into ``folder`` (absolute, another
    one) takes along. FilesError when it cannot be done: a files folder is a link, its name is
    taken in ``folder``, ``folder`` lies inside it, or the look takes too long (a story over
    ``OWN_BYTES`` or ``MAX_LINES``, or naming over ``MAX_ADDRESSES`` addresses, or over
    ``LOOK_SECONDS`` in all)."""
    plan = FilesMove()
    here = story.parent
    if len(text.encode("utf-8", "surrogatepass")) > OWN_BYTES or text.count("\n") > MAX_LINES:
        raise FilesError(
            tr("the story is over {megabytes} MB or {lines} lines: the files it names cannot "
               "be looked at; nothing was moved: move it and its files by hand",
               megabytes=OWN_BYTES // (1024 * 1024), lines=MAX_LINES), path=story,
        )  # fmt: skip
    budget = Budget()
    budget.start(LOOK_SECONDS)
    try:
        addresses = _addresses(story, text, budget)
        own = _own_folders(story, addresses.values(), budget)
    except OutOfTime:
        raise _out_of_time(story) from None
    others = _other_stories(story, own, budget) if own else {}
    for name in own:
        _plan_folder(plan, here / name, folder, others.get(name, {}))
    try:
        for address, parts in addresses.items():
            budget.check()
            first = parts[0] if len(parts) > 1 else ""
            shared = others.get(first, {}).get(parts[1], "") if first in own else ""
            if first in own and not shared:
                continue  # moves with its folder
            before = Path(os.path.normpath(here.joinpath(*parts)))
            after = Path(os.path.normpath(folder.joinpath(*parts)))
            if shared or (before != after and os.path.lexists(before)):
                plan.left.append(LeftBehind(address, shared))
    except OutOfTime:
        raise _out_of_time(story) from None
    return plan


def _addresses(story: Path, text: str, budget: Budget) -> dict[str, tuple[str, ...]]:
    """The story's addresses that name a file beside it, with the path each leads through.
    FilesError past ``MAX_ADDRESSES`` of them; OutOfTime past ``budget``."""
    found = dict.fromkeys(local_addresses(text, budget))
    if len(found) > MAX_ADDRESSES:
        raise FilesError(
            tr("the story names more than {count} files and addresses: no story does; "
               "nothing was moved: move it and its files by hand", count=MAX_ADDRESSES),
            path=story,
        )  # fmt: skip
    addresses = {}
    for address in found:
        budget.check()
        if parts := relative_path(address):
            addresses[address] = parts
    return addresses


def _out_of_time(story: Path) -> FilesError:
    return FilesError(
        tr("reading the story for the files it names took over {seconds} s; nothing was "
           "moved: move it and its files by hand", seconds=f"{LOOK_SECONDS:g}"), path=story,
    )  # fmt: skip


def _own_folders(story: Path, addressed: Iterable[tuple[str, ...]], budget: Budget) -> list[str]:
    """The files folders beside ``story`` that are its own: ``NAME_files`` of its name, and
    one it refers into that no other story of the folder is named after."""
    stem = _stem(story.name)
    names = {f"{stem}_files": True}
    for parts in addressed:
        if len(parts) > 1 and is_side_folder(parts[0]):
            names.setdefault(parts[0], False)
    own = []
    for name, named_so in names.items():
        budget.check()
        try:
            os.lstat(story.parent / name)
        except (FileNotFoundError, ValueError):  # ValueError: a name no file has ("%00")
            continue
        except OSError as exc:
            if exc.errno == errno.ENAMETOOLONG:
                continue  # the story's name is too long to make one of: there is none
            raise FilesError(plain_reason(exc), path=story.parent / name) from None
        if named_so or not _named_after(story, name):
            own.append(name)
    return own


def _stem(name: str) -> str:
    return name.rsplit(".", 1)[0] if "." in name else name


def _named_after(story: Path, folder: str) -> bool:
    """Another story of ``story``'s folder has the name ``folder`` (``X_files``) is made of."""
    stem = folder.rsplit("_", 1)[0]
    try:
        names = os.listdir(story.parent)
    except OSError:
        return True  # not known: the folder is not taken
    return any(n != story.name and is_article_name(n) and _stem(n) == stem for n in names)


def _other_stories(story: Path, own: list[str], budget: Budget) -> dict[str, dict[str, str]]:
    """For each of the folders ``own``: the names in it that another story of ``story``'s
    folder refers to, with that story's name. FilesError when the folder holds more than
    ``MAX_STORIES`` stories, when those naming a folder of ``own`` are over ``SHARED_BYTES``
    in all, or when the look runs past ``budget`` (looked at in each story, block and
    address): what they share is not known then."""
    from netizen_editor.storage.capped import read_regular

    here = story.parent
    try:
        names = sorted(n for n in os.listdir(here) if n != story.name and is_article_name(n))
    except OSError as exc:
        raise FilesError(plain_reason(exc), path=here) from None
    if len(names) > MAX_STORIES:
        raise FilesError(
            tr("more than {count} stories in the folder: the files they share with this one "
               "cannot be looked at; move its files by hand", count=MAX_STORIES), path=here,
        )  # fmt: skip
    wanted = {n: (n.encode("utf-8"), quote(n).encode("ascii")) for n in own}
    shared: dict[str, dict[str, str]] = {}
    parsed = 0
    try:
        for name in names:
            budget.check()
            try:  # never through a link, never waiting on a pipe, at most OTHER_BYTES
                data, _st = read_regular(here / name, OTHER_BYTES)
            except OSError:
                continue  # unreadable (or a link): it cannot be shown to use anything
            if not any(w in data for spelled in wanted.values() for w in spelled):
                continue  # names none of them: not read as an article
            if data.count(b"\n") > MAX_LINES:
                raise FilesError(
                    tr("it names {names} and is over {lines} lines: the files it shares with "
                       "this one cannot be looked at; nothing was moved: move its files by hand",
                       names=", ".join(own), lines=MAX_LINES), path=here / name,
                )  # fmt: skip
            parsed += len(data)
            if parsed > SHARED_BYTES:
                raise FilesError(
                    tr("the folder's other stories that name {names} are over {megabytes} MB "
                       "in all: the files they share with this one cannot be looked at; "
                       "nothing was moved: move its files by hand", names=", ".join(own),
                       megabytes=SHARED_BYTES // (1024 * 1024)), path=here,
                )  # fmt: skip
            # not UTF-8 (an old Latin-1 story) is read too: its addresses are ASCII
            text = data.decode("utf-8", errors="replace").removeprefix("\ufeff")
            for address in local_addresses(text, budget):
                budget.check()
                parts = relative_path(address)
                if parts and len(parts) > 1 and parts[0] in wanted:
                    shared.setdefault(parts[0], {}).setdefault(parts[1], name)
    except OutOfTime:
        raise FilesError(
            tr("looking at the folder's other stories for the files they share with this "
               "one took over {seconds} s; nothing was moved: move its files by hand",
               seconds=f"{LOOK_SECONDS:g}"), path=here,
        ) from None  # fmt: skip
    return shared


def _plan_folder(plan: FilesMove, source: Path, folder: Path, shared: dict[str, str]) -> None:
    """Add the moves of the files folder ``source`` into ``folder`` (whole, or its names but
    ``shared``) to ``plan``."""
    st = _no_link(source)
    if st is None or not stat.S_ISDIR(st.st_mode):
        return  # gone, or a file of that name: no folder of the story's files
    target = folder / source.name
    there = _real_folder(target)
    real = os.path.realpath(source)
    if os.path.commonpath([real, os.path.realpath(folder)]) == real:
        raise FilesError(tr("a story cannot go into its own files folder"), path=folder)
    if not shared and not there:
        plan.steps.append((source, target))
        plan.moved.append(source.name + "/")
        return
    try:
        with os.scandir(source) as entries:
            names = sorted(e.name for _, e in zip(range(MAX_ENTRIES + 1), entries, strict=False))
    except OSError as exc:
        raise FilesError(plain_reason(exc), path=source) from None
    if len(names) > MAX_ENTRIES:
        raise FilesError(tr("more than {count} files; move them by hand", count=MAX_ENTRIES),
                         path=source)  # fmt: skip
    going = [name for name in names if name not in shared]
    if going:  # no folder made for nothing (an empty one would stand in a later move's way)
        plan.steps.append((None, target))
    for name in going:
        plan.steps.append((source / name, target / name))
        plan.moved.append(f"{source.name}/{name}")


def _real_folder(target: Path) -> bool:
    """Whether the files folder ``target`` is in the new folder already (a real folder, that
    the files go into one by one). FilesError when a link or a file has its name."""
    st = _no_link(target)
    if st is not None and not stat.S_ISDIR(st.st_mode):
        raise FilesError(_taken(target, set()), path=target)
    return st is not None


def _no_link(path: Path) -> os.stat_result | None:
    """``path``'s ``lstat``, None when there is none; FilesError when it is a link (the
    story's files never go through one) or cannot be looked at."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise FilesError(plain_reason(exc), path=path) from None
    if is_link(st):
        raise FilesError(tr("is a link; the story's files are not moved through it"), path=path)
    return st


def carry(plan: FilesMove, folders: FolderHandles) -> list[tuple[Path | None, Path]]:
    """Make ``plan``'s steps (folders made under the desk's folder ``folders.below``, never
    through a link; nothing is replaced; each file renamed relative to ``folders``' handle on
    its folder): a name taken in a files folder that is there already refuses the move before
    anything moves. The steps made. When one fails, or a folder moved or was swapped for a link
    meanwhile, those made are undone and FilesError says why (and, if some cannot be undone,
    where they are); its paths are relative to the desk's folder."""
    from netizen_editor.storage.no_replace import rename_no_replace

    below = folders.below
    into = {target for source, target in plan.steps if source is None}
    for source, target in plan.steps:
        if source is not None and os.path.lexists(target):
            raise FilesError(_taken(target, into), path=shown_path(target, below))
    done: list[tuple[Path | None, Path]] = []
    for source, target in plan.steps:
        try:
            if source is None:
                if _real_folder(target):
                    continue  # there already: kept as it is, also when the move is undone
                make_folder(target, below=below)
            else:
                rename_no_replace(folders.at(source), folders.at(target))
        except (OSError, FilesError) as exc:
            _undo(done, folders, exc, source or target)
        done.append((source, target))
    changed = folders.changed()
    if changed is not None:  # the files went into the folder opened, wherever it is now
        _undo(done, folders, FilesError(tr(
            "was renamed or replaced while the story's files moved; nothing was moved"
        )), changed)  # fmt: skip
    old_folders = [source.parent for source, target in done if source and target.parent in into]
    for emptied in dict.fromkeys(old_folders):
        with contextlib.suppress(OSError):  # still holds a shared file: it stays
            folders.remove(emptied)  # all its files moved: no empty folder left behind
    return done


def _undo(
    done: list[tuple[Path | None, Path]], folders: FolderHandles, exc: Exception, where: Path
) -> NoReturn:
    """Put back the steps ``done`` and raise FilesError: why the step at ``where`` failed
    (``exc``), and where what could not be put back is."""
    if isinstance(exc, LinkRefused):
        failed, where = tr("is a link; the story's files are not moved through it"), exc.path
    elif isinstance(exc, FileExistsError):
        failed = tr("there is a file of that name already")
    elif isinstance(exc, FilesError | SaveError):
        failed = exc.message
    else:
        failed = plain_reason(exc)
    stuck = put_back(done, folders)
    if stuck:
        failed = f"{failed}; {stuck_note(stuck, folders.below)}"
    raise FilesError(failed, path=shown_path(where, folders.below)) from None


def _taken(target: Path, into: set[Path]) -> str:
    """Why a move to ``target`` is refused: a file of its name in the files folder the files go
    into (``into``), or a files folder of its name made since the look."""
    if target.parent in into:
        return tr("the story's files folder {name} is there already with a file of this name; "
                  "nothing was moved", name=target.parent.name)  # fmt: skip
    return tr("the story's files folder {name} is there already; nothing was moved",
              name=target.name)  # fmt: skip


def shown_path(path: Path, below: Path | None) -> Path:
    """``path`` as a message names it: relative to the desk's folder ``below`` when inside."""
    if below is None:
        return path
    try:
        return path.relative_to(below)
    except ValueError:
        return path


def put_back(done: list[tuple[Path | None, Path]], folders: FolderHandles) -> list[Path]:
    """Undo the steps ``done`` (last first) through ``folders``' handles: each file or folder
    moved goes back (into its files folder, made again when :func:`carry` removed it empty),
    each folder made goes when it is empty; the paths that could not be put back."""
    from netizen_editor.storage.no_replace import rename_no_replace

    stuck: list[Path] = []
    for source, target in reversed(done):
        try:
            if source is None:
                folders.remove(target)
                continue
            rename_no_replace(folders.at(target), folders.at(source, make=True))
        except OSError:
            stuck.append(target)
    return stuck


def stuck_note(stuck: list[Path], below: Path | None = None) -> str:
    """Where the files that could not be put back are (for the message that says why),
    relative to the desk's folder ``below`` when it is known; a few named, then how many
    more."""
    paths = some_of([str(shown_path(p, below)) for p in stuck])
    return tr("the story's files could not all be put back; they are at {paths}: move them "
              "back by hand", paths=paths)  # fmt: skip


def some_of(names: list[str]) -> str:
    """``names`` for a sentence: the first ``FEW_NAMES``, then how many more (a message of
    4,000 names is taller than the screen)."""
    if len(names) <= FEW_NAMES:
        return ", ".join(names)
    return tr("{names} and {count} more", names=", ".join(names[:FEW_NAMES]),
              count=len(names) - FEW_NAMES)  # fmt: skip


def files_note(plan: FilesMove) -> str:
    """What the move took along and what stayed behind, in a sentence each ("" for none); a
    few files named, then how many more."""
    said = []
    if plan.moved:
        said.append(tr("Its files moved with it: {names}.", names=some_of(plan.moved)))
    outside = [f.address for f in plan.left if not f.shared_with]
    if outside:
        said.append(tr("Left in the old folder (the story no longer finds them): {names}.",
                       names=some_of(outside)))  # fmt: skip
    shared = [left for left in plan.left if left.shared_with]
    for left in shared[:FEW_NAMES]:
        said.append(tr("{name} stayed: {other} uses it too (the story no longer finds it).",
                       name=left.address, other=left.shared_with))  # fmt: skip
    if len(shared) > FEW_NAMES:
        more = len(shared) - FEW_NAMES
        said.append(tr("{count} more stayed as well: other stories of the folder use them "
                       "(the story no longer finds them).", count=more))  # fmt: skip
    return " ".join(said)
