"""Lines the app prints on a terminal: made safe from the text they quote (an article's
title, a file name, a house style's key) and valid UTF-8, for every command."""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import Any

_CONTROL = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)


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
    text = printable(text)
    return _CONTROL.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)


def say(message: str) -> None:
    """One line on stderr, made safe for the terminal (line breaks in it are escaped too)."""
    print(terminal_safe(message), file=sys.stderr)


class SafeParser(argparse.ArgumentParser):
    """argparse whose messages (usage, errors that quote the command line) are made safe for the
    terminal line by line, like every other line the app prints."""

    def _print_message(self, message: str, file: Any = None) -> None:
        if message:
            safe = "\n".join(terminal_safe(line) for line in message.split("\n"))
            super()._print_message(safe, file)


# characters a terminal acts on that JSON leaves as they are (it escapes only those below 0x20)
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def json_text(data: Any) -> str:
    """``data`` as JSON that is valid UTF-8 and safe on a terminal: text that holds bytes which
    were not UTF-8 (a file name, kept by Python as lone surrogates) shows them as ``\\xNN``;
    control and bidi characters are written as ``\\uNNNN`` escapes (the same text to a reader
    of the JSON)."""
    out = json.dumps(_unsurrogated(data), ensure_ascii=False, indent=1)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group(0)):04x}", out)


def _unsurrogated(data: Any) -> Any:
    if isinstance(data, str):
        return printable(data)
    if isinstance(data, list):
        return [_unsurrogated(item) for item in data]
    if isinstance(data, dict):
        return {key: _unsurrogated(value) for key, value in data.items()}
    return data
