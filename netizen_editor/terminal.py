"""Lines the app prints on a terminal: made safe from the text they quote (an article's
title, a file name, a house style's key) and valid UTF-8, for every command."""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from netizen_editor.errors import SettingsError
    from netizen_editor.settings import Settings

#: the characters that reorder the text around them: the bidi embeddings, overrides and
#: isolates, and the marks (LRM, RLM, ALM): "Eve\u202eRTL\u202c" reads "EveLTR"
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029{BIDI_CONTROLS}]")
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")


def printable(text: str) -> str:
    """``text`` as valid UTF-8: the bytes of a file name that were not UTF-8 (which Python keeps
    as lone surrogates, ``surrogateescape``) written as ``\\xNN``, any other lone surrogate as
    ``\\udNNN``."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    out = []
    for ch in text:
        if "\udc80" <= ch <= "\udcff":
            out.append(f"\\x{ord(ch) - 0xDC00:02x}")
        elif "\ud800" <= ch <= "\udfff":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)


def terminal_safe(text: str) -> str:
    """``text`` with control characters (ESC, bidi overrides...) written as escapes, so that
    article text in a message cannot move the cursor, recolour or rewrite the terminal; bytes
    of a file name that were not UTF-8 are written as ``\\xNN`` (see ``printable``)."""
    return _CONTROL.sub(_escaped, printable(text))


def bidi_escaped(text: str) -> str:
    """``text`` with its bidi controls (``BIDI_CONTROLS``) written as escapes, as
    ``terminal_safe`` writes them: a planted name drawn in a window (the desk's cells) cannot
    make the text after it read backwards, nor pass for another's name."""
    return _BIDI.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    return match.group(0).encode("unicode_escape").decode("ascii")


def say(message: str) -> None:
    """One line on stderr, made safe for the terminal (line breaks in it are escaped too)."""
    print(terminal_safe(message), file=sys.stderr)


def output_refused(out: Path, beside: Path | None = None) -> bool:
    """Say why and True when a command may not write ``out``: its folder is a link (or a file),
    the one rule of every writer (``storage.output_folder``; ``beside``: the input it is made
    from, whose own folder is not refused). The line is export's for ``-o linkdir/``."""
    from netizen_editor.storage.atomic import SaveError
    from netizen_editor.storage.output_folder import check_output_folder

    try:
        check_output_folder(out, beside=beside)
    except SaveError as exc:
        say(f"netizen-editor: {exc.message}")
        return True
    return False


def utf8_output(*, windows: bool = os.name == "nt") -> None:
    """On Windows, a command's output to a pipe or a file is UTF-8, as its JSON must be: Python
    writes it there in the ANSI code page (cp1252), where a title with "→", an emoji or a
    Vietnamese letter cannot be written (a traceback, QA28 M3) and what can is not UTF-8. A
    console is left alone (Python writes to it in UTF-16), and so is every other system."""
    if not windows:
        return
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, OSError, ValueError):
            if stream is not None and not stream.isatty():
                stream.reconfigure(encoding="utf-8", errors="backslashreplace")  # type: ignore[union-attr]


def write_out(text: str | bytes) -> bool:
    """Write a command's output (``text``, or ``bytes`` exactly as they are) to stdout and
    flush it. True when written, or when the reader closed the pipe (``| head``: it has what it
    wanted; nothing is said). False, after one line on stderr saying why, when the output
    cannot be written: a full disk (``> /dev/full``), an I/O error, stdout closed (``>&-``).
    The command then exits 2, never 1, which ``check`` and ``review`` give for what they
    found, so a script never reads a truncated report as a result."""
    stream = sys.stdout
    try:
        if stream is None:  # started with stdout closed: Python gives no stream at all
            raise OSError(errno.EBADF, os.strerror(errno.EBADF))
        if isinstance(text, bytes):
            stream.flush()  # what was written as text goes first
            stream.buffer.write(text)
            stream.buffer.flush()
        else:
            stream.write(text)
            stream.flush()
    except BrokenPipeError:
        _quiet_stdout()
        return True
    except (OSError, ValueError) as exc:  # ValueError: a stream closed in this process
        from netizen_editor.errors import plain_reason
        from netizen_editor.i18n import tr

        reason = tr("stdout is closed") if stream is None else plain_reason(exc)
        say("netizen-editor: " + tr("cannot write the output: {reason}", reason=reason))
        _quiet_stdout()
        return False
    return True


def _quiet_stdout() -> None:
    """Point stdout at the null device, so that what its buffer still holds is dropped at exit
    instead of failing again there (Python then says "Exception ignored" and exits 120)."""
    with contextlib.suppress(AttributeError, OSError, ValueError):
        fileno = sys.stdout.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, fileno)
        finally:
            os.close(null)


def no_screen(*, desk: bool = False) -> str | None:
    """Why the window cannot open here (one line, in the command's language), or None.

    On Linux and the BSDs Qt draws on an X or Wayland display; with neither it aborts the
    process when the QApplication is made (a core dump after its own English message). Asked
    before anything imports Qt. ``QT_QPA_PLATFORM`` set is the user's choice of a platform
    (offscreen, vnc...), Qt's to judge. ``desk``: ``netizen-editor desk FOLDER``, which can
    list the desk without a window."""
    if not (sys.platform.startswith("linux") or "bsd" in sys.platform):
        return None
    names = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET")
    if any(os.environ.get(name) for name in names):
        return None
    from netizen_editor.i18n import tr

    if desk:
        return tr(
            "netizen-editor desk: there is no screen to open the window on (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set); 'netizen-editor desk FOLDER --format text' (or "
            "--format json) lists the desk without a window"
        )
    return tr(
        "netizen-editor: there is no screen to open the window on (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set); the commands (netizen-editor --help) work without one"
    )


def settings_option(argv: list[str]) -> Path | None:
    """``--settings FILE`` or ``--settings=FILE`` (or an abbreviation argparse accepts), read
    before the real parse so that ``--help`` and argparse's errors are in the settings'
    language."""
    early = SafeParser(add_help=False, exit_on_error=False)
    early.add_argument("--settings", type=Path)
    try:
        known, _rest = early.parse_known_args(argv)
    except argparse.ArgumentError:
        return None  # "--settings" without a file: the full parser says so, with its usage
    return known.settings


def named(text: str) -> str:
    """argparse's ``type`` of a FILE, FOLDER or OUT: an empty one (``"$FILE"`` with the variable
    unset) is a usage error (exit 2), never the current folder, which ``Path("")`` is."""
    if not text:
        from netizen_editor.i18n import tr

        raise argparse.ArgumentTypeError(tr("an empty name (a shell variable not set?)"))
    return text


def path_argument(text: str) -> Path:
    """A FILE or FOLDER given on the command line (:func:`named`)."""
    return Path(named(text))


def command_language(argv: list[str]) -> None:
    """Set the language of a command's help and messages from the settings it runs with, before
    its parser is made. Only the ``ui_language`` key counts, read leniently (the default when it
    cannot be read): a problem elsewhere in the file is the command's to report, later, in the
    language the file asks for."""
    from netizen_editor import i18n
    from netizen_editor.settings import language_of

    i18n.set_language(language_of(settings_option(argv)))


def command_settings(path: Path | None) -> Settings:
    """The settings a command runs with (``Settings.for_command``): the file given with
    ``--settings``, which must load (SettingsError), else the user's own, read as the window
    reads them: what cannot be used is left at its default and said on stderr, one
    ``FILE:LINE: why`` line each, and the command goes on (issue 9)."""
    from netizen_editor.i18n import tr
    from netizen_editor.settings import Settings

    ignored: list[SettingsError] = []
    settings = Settings.for_command(path, ignored)
    for problem in ignored:
        say(tr("{problem}; ignored, the command goes on with the defaults",
               problem=problem.located()))  # fmt: skip
    return settings


def _argparse_words() -> dict[str, str]:
    """argparse's own words (its gettext messages) in the command's language."""
    from netizen_editor.i18n import tr

    return {
        "usage: ": tr("usage: "),
        "positional arguments": tr("positional arguments"),
        "options": tr("options"),
        "show this help message and exit": tr("show this help message and exit"),
        "show program's version number and exit": tr("show program's version number and exit"),
        "%(prog)s: error: %(message)s\n": tr("%(prog)s: error: %(message)s\n"),
        "argument %(argument_name)s: %(message)s": tr("argument %(argument_name)s: %(message)s"),
        "the following arguments are required: %s": tr("the following arguments are required: %s"),
        "unrecognized arguments: %s": tr("unrecognized arguments: %s"),
        "expected one argument": tr("expected one argument"),
        "expected at least one argument": tr("expected at least one argument"),
        "expected at most one argument": tr("expected at most one argument"),
        "invalid choice: %(value)r (choose from %(choices)s)": tr(
            "invalid choice: %(value)r (choose from %(choices)s)"
        ),
        "invalid %(type)s value: %(value)r": tr("invalid %(type)s value: %(value)r"),
        "ambiguous option: %(option)s could match %(matches)s": tr(
            "ambiguous option: %(option)s could match %(matches)s"
        ),
        "not allowed with argument %s": tr("not allowed with argument %s"),
        "one of the arguments %s is required": tr("one of the arguments %s is required"),
        "ignored explicit argument %r": tr("ignored explicit argument %r"),
    }


@contextlib.contextmanager
def _in_language() -> Iterator[None]:
    """argparse looks its words up through ``argparse._`` (gettext) at the moment it writes
    them: for the time of a call, that is :func:`_argparse_words`."""
    words = _argparse_words()
    before = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: words.get(text, text)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = before  # type: ignore[attr-defined]


class SafeParser(argparse.ArgumentParser):
    """argparse whose messages (usage, errors that quote the command line) are made safe for the
    terminal line by line, like every other line the app prints, and whose own words ("usage:",
    "options", its errors) are in the command's language like the rest of its help (set the
    language before the parser is made: its group titles are made with it)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with _in_language():
            super().__init__(*args, **kwargs)

    def parse_args(self, *args: Any, **kwargs: Any) -> Any:  # "unrecognized arguments: %s"
        with _in_language():
            return super().parse_args(*args, **kwargs)

    def parse_known_args(self, *args: Any, **kwargs: Any) -> Any:
        with _in_language():
            return super().parse_known_args(*args, **kwargs)

    def format_usage(self) -> str:
        with _in_language():
            return super().format_usage()

    def format_help(self) -> str:
        with _in_language():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        with _in_language():
            super().error(message)

    def _print_message(self, message: str, file: Any = None) -> None:
        if message:
            safe = "\n".join(terminal_safe(line) for line in message.split("\n"))
            super()._print_message(safe, file)


# characters a terminal acts on that JSON leaves as they are (it escapes only those below 0x20)
_UNSAFE_IN_JSON = re.compile(f"[\x7f-\x9f\u2028\u2029{BIDI_CONTROLS}]")


def json_text(data: Any) -> str:
    """``data`` as JSON that is valid UTF-8 and safe on a terminal: text that holds bytes which
    were not UTF-8 (a file name, kept by Python as lone surrogates) shows them as ``\\xNN``;
    control and bidi characters are written as ``\\uNNNN`` escapes (the same text to a reader
    of the JSON)."""
    out = json.dumps(_unsurrogated(data), ensure_ascii=False, indent=1)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group(0)):04x}", out)


def json_list(items: list[Any]) -> str:
    """A JSON list with one item a line, as :func:`json_text` makes it safe: for long lists
    (``desk --format json``), which json's C encoder writes many times faster than an indented
    text."""
    lines = []
    for item in items:
        line = json.dumps(item, ensure_ascii=False)
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:  # a file name's bytes that were not UTF-8
            line = json.dumps(_unsurrogated(item), ensure_ascii=False)
        lines.append(line)
    out = "[\n" + ",\n".join(lines) + "\n]" if lines else "[]"
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group(0)):04x}", out)


def _unsurrogated(data: Any) -> Any:
    if isinstance(data, str):
        return printable(data)
    if isinstance(data, list):
        return [_unsurrogated(item) for item in data]
    if isinstance(data, dict):
        return {key: _unsurrogated(value) for key, value in data.items()}
    return data
