"""Where the export dialog writes: each format under its own name, into a folder made when it
is missing, over a file only when it is the app's own export of that format or the user says so.

A name typed or browsed stayed as it was when the format changed, so the Blogger post replaced
the 101 KB article page and the Atom file went into ``NAME.html``, with "Exported" each time
(QA37 #1); and a missing folder was refused where the command line's ``-o keluar/`` makes it
(QA37 #16). The names are the command line's (``get_exporter(fmt).suffix``): ``NAME.html``,
``NAME.blogger.html`` and ``NAME.xml``."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from netizen_editor.export import EXPORTERS, get_exporter

#: the names an article page goes by besides its own ``.html``
HTML_SUFFIXES = (".htm", ".xhtml")
#: how many exports the app remembers writing (``remember_written``)
REMEMBERED = 500

#: file (absolute) → (the format the app exported to it, the file as it left the export)
_written: dict[str, tuple[str, tuple[int, int, int]]] = {}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def format_noun(fmt: str) -> str:
    """What a file of ``fmt`` is, in a sentence."""
    nouns = {
        "page": _tr("an article page"),
        "blogger": _tr("a Blogger post"),
        "atom": _tr("a Blogger import file (Atom)"),
    }
    return nouns[fmt]


def _format_suffixes() -> list[tuple[str, str]]:
    """(suffix, format), the longest first: ``.blogger.html`` is the post's, not the page's."""
    pairs = [(e.suffix, name) for name, e in EXPORTERS.items()]
    pairs += [(suffix, "page") for suffix in HTML_SUFFIXES]
    return sorted(pairs, key=lambda pair: -len(pair[0]))


def named_format(name: str) -> tuple[str, str] | None:
    """The format whose file ``name`` is named as, and that suffix as ``name`` writes it
    (``Rilis.HTML`` → page, ``.HTML``); None for a name of no format's (``catatan.txt``)."""
    lowered = name.lower()
    for suffix, fmt in _format_suffixes():
        if lowered.endswith(suffix) and len(name) > len(suffix):
            return fmt, name[len(name) - len(suffix) :]
    return None


def follow_format(text: str, fmt: str) -> str | None:
    """The path ``text`` with its name's format suffix made ``fmt``'s, its folder and stem
    as the user wrote them (``keluar/rilis.html`` → ``keluar/rilis.blogger.html``); None when
    the name is of no format's, or already of ``fmt``'s."""
    named = named_format(os.path.basename(text))
    if named is None or named[0] == fmt:
        return None
    return text[: len(text) - len(named[1])] + get_exporter(fmt).suffix


def misnamed(out: Path, fmt: str) -> str | None:
    """Why ``fmt`` is not written to ``out``: its name is another format's (Atom XML into
    ``.html``, a page into ``.xml`` or into the Blogger post's ``NAME.blogger.html``); None
    when it may be. A Blogger post goes into any HTML name, as the command line's
    ``-o post.html --format blogger`` does."""
    named = named_format(out.name)
    if named is None or named[0] == fmt or (fmt == "blogger" and named[0] == "page"):
        return None
    suggested = out.name[: len(out.name) - len(named[1])] + get_exporter(fmt).suffix
    said = _tr(
        "“{file}” is the name of {other}, not of {this}: export to “{suggested}”, or pick "
        "{other} under Format."
    )
    return said.format(
        file=out.name, other=format_noun(named[0]), this=format_noun(fmt), suggested=suggested
    )


def first_missing(folder: Path) -> Path | None:
    """The first folder on the way to ``folder`` that is not there (the export makes it and
    the ones below it, in the folder above it); None when ``folder`` is there."""
    missing = None
    while not os.path.lexists(folder):
        missing = folder
        if folder.parent == folder:
            break
        folder = folder.parent
    return missing


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


def remember_written(out: Path, fmt: str) -> None:
    """``out`` is ``fmt``'s export, as the app just wrote it."""
    stamp = _stamp(out)
    if stamp is None:
        return
    key = str(out.absolute())
    _written.pop(key, None)
    _written[key] = (fmt, stamp)
    while len(_written) > REMEMBERED:  # the oldest go
        del _written[next(iter(_written))]


def own_export(out: Path) -> str | None:
    """The format of the export the app wrote to ``out`` when nobody changed it since (the
    same file, size and time); None for a file the app did not write, or one changed since
    (a colleague's: never replaced unasked)."""
    known = _written.get(str(out.absolute()))
    if known is None or _stamp(out) != known[1]:
        return None
    return known[0]
