"""Errors that name the file and, where it applies, the line.

Each kind of file that can fail has its own error, all of them a :class:`NetizenError` that
carries the path and the line and prints as ``FILE:LINE: message``; a caller that reports
whatever went wrong (the command line, a dialog) catches the base::

    NetizenError            path, line, located()
    ├── ArticleError        an article's content (front matter, body); ReadError: its file
    ├── SettingsError       the settings file or a value in it
    ├── SkinError           a skin that cannot be found, read or shown
    └── OutputError         an export's output that cannot (or will not) be written

:func:`plain_reason` says why a file operation failed in the user's language, in place of the
operating system's English (``No such file or directory``) or Pillow's.
"""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

from netizen_editor.i18n import tr

#: where a message places an article that has no file (the command line prints it so)
NO_FILE = "<text>"
_NO_FILE_PLACE = re.compile(r"(?<!\S)<text>(?=:)")


def name_unsaved(message: str, name: str) -> str:
    """``message`` with the place of an article that has no file (``<text>:12: …``) given as
    ``name``: the window says what the tab says ("Untitled", the title, "artikel (copy)")."""
    return _NO_FILE_PLACE.sub(lambda _match: name, message)


class NetizenError(Exception):
    """A problem in a file that the user must fix, with the file and, where it applies, the
    line."""

    def __init__(self, message: str, *, path: Path | str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line

    def located(self) -> str:
        """``file:line: message``, the one line the command line prints."""
        where = str(self.path) if self.path else NO_FILE
        if self.line is not None:
            where += f":{self.line}"
        return f"{where}: {self.message}"

    def __str__(self) -> str:
        return self.located()


class ArticleError(NetizenError):
    """A problem with an article's content that the user must fix."""


class SettingsError(NetizenError):
    """A settings file that cannot be read, or a value in it that cannot be used."""


class SkinError(NetizenError):
    """A skin that does not exist, cannot be read or cannot be shown."""


class OutputError(NetizenError):
    """An export's output that cannot or will not be written (the input itself, a link, a
    folder, a read-only file)."""


def error_message(exc: BaseException) -> str:
    """What a failed file operation tells the user: a ``SaveError``'s (or a
    ``NetizenError``'s) plain message, else the operating system's words and the file."""
    message = getattr(exc, "message", None)
    if isinstance(message, str) and message:
        return message
    if isinstance(exc, OSError) and exc.strerror:
        reason = plain_reason(exc)
        return f"{reason}: {exc.filename}" if exc.filename else reason
    return str(exc) or type(exc).__name__


def plain_reason(exc: BaseException) -> str:
    """Why ``exc`` happened, in words for the message it goes into (``… cannot be read:
    {reason}``): the common OS errors and Pillow's "too many pixels" in the user's language,
    any other OS error in the system's words (``strerror``), else the exception's text."""
    if isinstance(exc, OSError) and exc.errno and _systems_words(exc):
        plain = _plain_text(exc.errno)
        if plain:
            return plain
    if type(exc).__name__ == "DecompressionBombError":  # Pillow's (the core imports no Pillow)
        return tr("too many pixels")
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def _systems_words(exc: OSError) -> bool:
    """Whether ``exc`` says what the system says for its errno (not the app's own words, as
    "… is a link" raised with ELOOP)."""
    try:
        return exc.strerror is None or exc.strerror == os.strerror(exc.errno or 0)
    except ValueError:
        return False


def _plain_text(code: int) -> str | None:
    """The failures a journalist meets, by errno, in the user's language."""
    texts = {
        errno.ENOENT: tr("no such file or folder"),
        errno.EACCES: tr("permission denied"),
        errno.EPERM: tr("permission denied"),
        errno.ENOSPC: tr("no space left on the disk"),
        errno.EISDIR: tr("it is a folder, not a file"),
        errno.ENOTDIR: tr("a part of the path is not a folder"),
        errno.EROFS: tr("the disk is read-only"),
        errno.ELOOP: tr("too many links (a link loop?)"),
    }
    return texts.get(code)
