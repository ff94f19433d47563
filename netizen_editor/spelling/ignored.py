"""Words the journalist told the spell check to ignore ("Abaikan") in one article.

They are remembered per article, not in its text: in the article folder's app folder,
``FOLDER/.netizen/ignored/<article id>.txt`` (the id in its front matter, the one its version
history is keyed by, so the list follows a rename and colleagues on a shared drive share it),
or, for an article without a usable id, in the user's data folder keyed by the file's path.
An untitled article has none (the editor keeps its ignored words until it closes).

One word a line, UTF-8. The file may have been planted (the article folder is shared): it is
read only when it is a regular file (a link or a pipe is not opened), at most ``MAX_BYTES``,
and written atomically, never through a link (``storage.atomic``). The ``spelling`` and
``non-standard`` rules leave out the words of their article (``check`` and the Periksa panel
alike).
"""

from __future__ import annotations

import hashlib
import os
import stat
import threading
from pathlib import Path

from netizen_editor.storage.atomic import atomic_write_text, make_folder
from netizen_editor.storage.capped import read_at_most
from netizen_editor.storage.datadirs import app_data_dir

IGNORED_FOLDER = "ignored"
#: a list past this is not one a person made by hand (about 5,000 words)
MAX_BYTES = 64 * 1024
#: lists kept parsed, by path (one per open article is plenty)
_KEPT = 32

_parsed: dict[Path, tuple[tuple[int, int], frozenset[str]]] = {}
_lock = threading.Lock()


def ignored_file(article: Path | None, text: str) -> tuple[Path, Path] | None:
    """(the list's path, the folder it must stay inside) for the article saved at ``article``
    with text ``text``; None for an untitled article."""
    if article is None:
        return None
    from netizen_editor.history.article_id import article_id  # the history's: when used
    from netizen_editor.history.store import APP_FOLDER

    found = article_id(text)
    if found is not None:
        folder = article.parent
        return folder / APP_FOLDER / IGNORED_FOLDER / f"{found}.txt", folder
    data = app_data_dir()
    key = hashlib.sha256(str(article.absolute()).encode("utf-8", "surrogatepass")).hexdigest()
    return data / IGNORED_FOLDER / f"{key[:32]}.txt", data


def ignored_words(article: Path | None, text: str) -> frozenset[str]:
    """The words ignored in the article (none when its list is missing or unreadable)."""
    where = ignored_file(article, text)
    return frozenset() if where is None else read_list(where[0])


def read_list(path: Path) -> frozenset[str]:
    """The words of the list at ``path``; kept until the file's size or time changes."""
    try:
        st = os.stat(path, follow_symlinks=False)
    except OSError:
        return frozenset()
    if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_BYTES:
        return frozenset()  # a link, a pipe, a folder or a planted giant: nothing ignored
    signature = (st.st_mtime_ns, st.st_size)
    with _lock:
        kept = _parsed.get(path)
    if kept is not None and kept[0] == signature:
        return kept[1]
    words = _read(path)
    with _lock:
        if len(_parsed) >= _KEPT and path not in _parsed:
            _parsed.pop(next(iter(_parsed)))
        _parsed[path] = (signature, words)
    return words


def _read(path: Path) -> frozenset[str]:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return frozenset()
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return frozenset()
        data = read_at_most(fd, MAX_BYTES)
    except OSError:
        return frozenset()
    finally:
        os.close(fd)
    text = data[:MAX_BYTES].decode("utf-8", "replace")
    return frozenset(w for line in text.splitlines() if (w := line.strip()) and " " not in w)


def ignore_word(article: Path | None, text: str, word: str) -> bool:
    """Add ``word`` to the article's list; False when the article has none (untitled) or the
    word was there. Raises SaveError (naming the file) when the list cannot be written."""
    where = ignored_file(article, text)
    word = word.strip()
    if where is None or not word or any(ch.isspace() for ch in word):
        return False
    path, below = where
    words = read_list(path)
    if word in words:
        return False
    make_folder(path.parent, below=below)  # .netizen, ignored: never a link
    listed = sorted(words | {word})
    atomic_write_text(path, "".join(f"{w}\n" for w in listed), below=below)
    with _lock:
        _parsed.pop(path, None)
    return True
