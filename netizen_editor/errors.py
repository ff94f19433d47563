"""Errors that name the file and, where it applies, the line."""

from __future__ import annotations

from pathlib import Path


class ArticleError(Exception):
    """A problem with an article's content that the user must fix."""

    def __init__(self, message: str, *, path: Path | str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line

    def located(self) -> str:
        """``file:line: message``, the one line the command line prints."""
        where = str(self.path) if self.path else "<text>"
        if self.line is not None:
            where += f":{self.line}"
        return f"{where}: {self.message}"

    def __str__(self) -> str:
        return self.located()


def error_message(exc: BaseException) -> str:
    """What a failed file operation tells the user: a ``SaveError``'s (or ``ArticleError``'s)
    plain message, else the operating system's words and the file."""
    message = getattr(exc, "message", None)
    if isinstance(message, str) and message:
        return message
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    return str(exc) or type(exc).__name__
