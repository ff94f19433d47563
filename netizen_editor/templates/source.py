"""The imported source of an article (a press release), and how much of it is copied.

An imported article names its source in the front matter: ``source_file:``, a path relative
to the article (``NAME_files/source.txt``) to the plain text the import kept. That file is
read only inside the article's folder (no ``..``, no absolute path, no link on the way), at
most ``MAX_BYTES``. The copy check compares word runs: a run of at least ``min_words``
identical consecutive words (case and punctuation ignored) is a verbatim copy."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from netizen_editor.errors import plain_reason
from netizen_editor.i18n import tr
from netizen_editor.storage.capped import PLANTED_READ_FLAGS, read_at_most

SOURCE_KEY = "source_file"
MAX_BYTES = 5 * 1024 * 1024
_WORD = re.compile(r"\w+")
#: lines read between two calls of ``copied_runs``' ``step``
STEP_LINES = 200


class SourceProblem(Exception):
    """The source file cannot be used; the message says why."""


def read_source(article: Path, relative: str) -> str:
    """The text of ``relative`` (from the article's ``source_file``) beside ``article``."""
    raw = relative.strip()
    parts = PurePosixPath(raw.replace("\\", "/")).parts
    if (not parts or PurePosixPath(raw).is_absolute() or PureWindowsPath(raw).is_absolute()
            or PureWindowsPath(raw).drive or ".." in parts):  # fmt: skip
        raise SourceProblem(tr("'source_file' must be a path inside the article's folder"))
    folder = Path(article).absolute().parent
    path = folder
    for part in parts[:-1]:
        path = path / part
        try:
            st = os.lstat(path)
        except (OSError, ValueError):  # ValueError: a name no file has (a NUL, "\0")
            raise SourceProblem(tr("the source file {file} does not exist", file=raw)) from None
        if not stat.S_ISDIR(st.st_mode):
            raise SourceProblem(tr("the source file {file} is not in a real folder", file=raw))
    path = path / parts[-1]
    if path.is_symlink():  # where O_NOFOLLOW is missing (Windows), links are refused here
        raise SourceProblem(tr("the source file {file} is a link; it is not read", file=raw))
    try:
        fd = os.open(path, PLANTED_READ_FLAGS)
    except (FileNotFoundError, ValueError):
        raise SourceProblem(tr("the source file {file} does not exist", file=raw)) from None
    except OSError as exc:
        raise SourceProblem(
            tr("the source file {file} cannot be read: {reason}", file=raw,
               reason=plain_reason(exc))
        ) from None  # fmt: skip
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise SourceProblem(tr("the source file {file} is not a regular file", file=raw))
        data = read_at_most(fd, MAX_BYTES)
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        raise SourceProblem(tr("the source file {file} is larger than 5 MB", file=raw))
    return data.decode("utf-8", errors="replace")


def source_identity(article: Path, relative: str) -> tuple[str, int, int] | None:
    """What the source file's read depends on (for a cache), None when it is not there."""
    try:
        st = os.lstat(Path(article).absolute().parent / relative.strip())
    except (OSError, ValueError):
        return None
    return (relative, st.st_mtime_ns, st.st_size)


def words(text: str) -> list[str]:
    return [m.group().casefold() for m in _WORD.finditer(text)]


def shingles(source_words: list[str], size: int) -> set[int]:
    """The hashes of every run of ``size`` consecutive words of the source."""
    return {hash(tuple(source_words[i : i + size])) for i in range(len(source_words) - size + 1)}


@dataclass(frozen=True)
class CopiedRun:
    line: int  # 1-based line (of the lines given) where the run starts
    column: int
    words: int  # how many words in a row are the source's


def copied_runs(
    lines: list[str],
    first_line: int,
    known: set[int],
    size: int,
    step: Callable[[int], None] | None = None,
) -> Iterator[CopiedRun]:
    """The runs of at least ``size`` words of ``lines`` (file lines from ``first_line``) that
    are also in the source (``known``: its shingles of ``size`` words). ``step(line)`` is
    called as the lines are read (a check's time budget: it may raise to stop)."""
    located: list[tuple[str, int, int]] = []  # word, line, column
    for number, line in enumerate(lines, start=first_line):
        if step is not None and number % STEP_LINES == 0:
            step(number)
        for m in _WORD.finditer(line):
            located.append((m.group().casefold(), number, m.start() + 1))
    tokens = [w for w, _l, _c in located]
    start = -1  # the first word of the run being read, -1 outside one
    last = -1  # the last shingle that matched
    for i in range(len(tokens) - size + 1):
        if step is not None and i % (STEP_LINES * 20) == 0:
            step(located[i][1])
        if hash(tuple(tokens[i : i + size])) in known:
            if start < 0:
                start = i
            last = i
        elif start >= 0:
            yield CopiedRun(located[start][1], located[start][2], last - start + size)
            start = -1
    if start >= 0:
        yield CopiedRun(located[start][1], located[start][2], last - start + size)
