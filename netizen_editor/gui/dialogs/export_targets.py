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

#: file (absolute) → (the story whose export wrote it, that export's format, the file as it
#: left the export); the story: its file, or the untitled tab's name
_written: dict[str, tuple[str, str, tuple[int, int, int]]] = {}


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


def file_stamp(path: Path) -> tuple[int, int, int] | None:
    """The file at ``path`` as it is now (its inode, size and time; the link, not followed);
    None when nothing is there."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


def remember_written(files: list[Path], fmt: str, story: str) -> None:
    """``files`` are ``story``'s ``fmt`` export, as the app just wrote them."""
    for path in files:
        stamp = file_stamp(path)
        if stamp is None:
            continue
        key = str(path.absolute())
        _written.pop(key, None)
        _written[key] = (story, fmt, stamp)
    while len(_written) > REMEMBERED:  # the oldest go
        del _written[next(iter(_written))]


def own_export(out: Path, story: str) -> str | None:
    """The format of ``story``'s export the app wrote to ``out`` when nobody changed it since
    (the same file, size and time); None for a file the app did not write, another story's
    export (two stories named ``rilis.md`` in two desk folders export to one
    ``keluar/rilis.html``) or one changed since (a colleague's): never replaced unasked."""
    known = _written.get(str(out.absolute()))
    if known is None or known[0] != story or file_stamp(out) != known[2]:
        return None
    return known[1]


def to_ask(files: list[Path], fmt: str, story: str) -> list[Path]:
    """The files of ``files`` (the export's own first, then its side files and photos) that
    are there and may only be replaced when the user says so: all but ``story``'s own export
    unchanged since, of ``fmt`` for the first. Only the first was asked about: a Blogger
    post replaced a colleague's ``NAME.blogger.post.txt`` unasked. A link or a folder is left
    to the export, which refuses it."""
    asked = []
    for index, path in enumerate(files):
        if path.is_symlink() or not path.is_file():
            continue
        own = own_export(path, story)
        if own is None or (index == 0 and own != fmt):
            asked.append(path)
    return asked
