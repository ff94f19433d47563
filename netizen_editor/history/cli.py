"""``netizen-editor history FILE``: an article's versions, one, the difference between two, or
a restore.

- ``history FILE [--format text|json]``: the versions, newest first: one line each,
  ``ID  TIME  REASON  WORDS  AUTHOR`` (two spaces apart), or a JSON list of objects with
  ``id``, ``time`` (ISO 8601 with the newsroom's offset), ``author`` (null when unknown, as
  in ``review``'s JSON; ``unknown`` in the text line), ``reason`` (``save``, ``status``,
  ``review``, ``export``, ``import``, ``restore``, ``overwritten``: a text changed elsewhere
  that a save replaced, by an unknown author) and ``words``. After them, as
  the History window lists them, the copies the app kept before the story had a history
  (:mod:`~netizen_editor.history.earlier`): reason ``backup``, an id ``backup-…``, no author;
  they show, compare and restore like versions.
- ``--show ID``: that version's text, exactly (its bytes on stdout; its line ends as they
  were, and the byte order mark of the file when it has one, as ``--restore`` writes it).
- ``--diff ID [--to ID]``: the word diff from version ID to the version ``--to`` names, or to
  the file's current text: the front matter fields that changed (``~ field: old → new``,
  ``+ field: new``, ``- field: old``), a blank line, then the body with deleted words as
  ``[-old-]`` and added words as ``{+new+}`` (git's ``--word-diff=plain``; ``⟦-old-⟧`` and
  ``⟦+new+⟧`` when the texts hold review marks, which are shown as they are); with
  ``--format json`` an object ``{"fields": [{"field", "old", "new"}], "changes": [{"kind":
  "equal"|"delete"|"insert", "text"}]}``.
- ``--restore ID``: the file's text becomes that version's (the current text is kept first as
  a version, reason ``restore``; written atomically, never through a link), with the story's
  own ``id`` (added to or replaced in the version's front matter, nothing else changed), so
  its history stays its own. A story a colleague has open in the window (its lock is live:
  ``held_open``) is not written unless ``--force`` is given, which writes it with a warning
  naming them (their window asks them before their next save writes over it).

An article with no id (or an id that cannot name a history, such as ``../../etc``: said with
its line) has no history: the list is empty (``[]`` with ``--format json``), exit 0, and why is
said on stderr. An ID is a version's id as listed, or the start of only one.
Exit status: 0 done, 2 bad input
(a file that cannot be read or is not UTF-8, a FILE that is a link to a file outside its own
folder: not read, as by ``check`` and ``review``; a history folder that cannot be read: nothing
is listed, not even ``[]``; an unknown version, a version that cannot be
read, a settings file that cannot be used, a story someone has open without ``--force``, a
write that failed), with a ``FILE:`` line saying why.
Versions that cannot be read are reported (``FILE: why``) and skipped: the first five problems,
then a line ``… and N more``.
"""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from netizen_editor import i18n
from netizen_editor.errors import NetizenError, plain_reason
from netizen_editor.i18n import tr
from netizen_editor.terminal import (
    SafeParser,
    command_language,
    command_settings,
    path_argument,
    say,
    terminal_safe,
    write_out,
)

if TYPE_CHECKING:
    from netizen_editor.history.earlier import EarlierCopy
    from netizen_editor.history.store import History
    from netizen_editor.history.version_file import VersionInfo

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def _parser() -> argparse.ArgumentParser:
    parser = SafeParser(
        prog="netizen-editor history",
        description=tr("List an article's versions (newest first), show one, compare two, or "
                       "restore one. Exit status: 0 done, 2 bad input."),
    )  # fmt: skip
    parser.add_argument(
        "file", type=path_argument, metavar="FILE", help=tr("the article (Markdown)")
    )
    parser.add_argument("--format", choices=["text", "json"], default="text",
                        help=tr("text: one line per version, or the diff as text (default); "
                                "json: a list of versions, or the diff as an object"))  # fmt: skip
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--show", metavar="ID", help=tr("print that version's text exactly"))
    action.add_argument("--diff", metavar="ID",
                        help=tr("the word diff from that version to the current text"))  # fmt: skip
    action.add_argument("--restore", metavar="ID",
                        help=tr("make that version the file's text (the current text is kept "
                                "as a version first)"))  # fmt: skip
    parser.add_argument("--to", metavar="ID", help=tr("with --diff: compare to this version"))
    parser.add_argument("--force", action="store_true",
                        help=tr("with --restore: write even when a colleague has the story "
                                "open in the editor (their window asks them before their next "
                                "save)"))  # fmt: skip
    parser.add_argument(
        "--settings", type=path_argument, metavar="FILE", help=tr("settings file (TOML)")
    )
    return parser


def history_main(argv: list[str]) -> int:
    command_language(argv)  # --help and argparse's errors in the settings' language
    args = _parser().parse_args(argv)
    from netizen_editor.history.article_id import article_id
    from netizen_editor.history.store import History, author_name
    from netizen_editor.storage.links import read_in_folder

    try:
        settings = command_settings(args.settings)
        i18n.set_language(settings.ui_language)  # the command's one language, at its start
        if args.to is not None and args.diff is None:
            say("netizen-editor history: " + tr("--to needs --diff"))
            return EXIT_BAD_INPUT
        read = read_in_folder(args.file)  # not a link leading out of its folder
    except NetizenError as exc:  # the settings, or the file (ReadError)
        say(exc.located())
        return EXIT_BAD_INPUT
    except OSError as exc:
        say(f"{args.file}: {plain_reason(exc)}")
        return EXIT_BAD_INPUT
    found = article_id(read.text)
    try:
        if found is None:
            return _without_history(args, read.text)
        history = History(
            args.file.parent,
            found,
            author=author_name(settings.default_author),
            zone=settings.timezone,
        )
        command = _Command(args.file, history, read.text, read.bom, args.format)
        command.zone = settings.timezone
        if args.show is not None:
            return command.show(args.show)
        if args.diff is not None:
            return command.diff(args.diff, args.to)
        if args.restore is not None:
            return command.restore(args.restore, force=args.force)
        return command.list()
    except NetizenError as exc:  # a version that cannot be read
        say(exc.located())
        return EXIT_BAD_INPUT


def _without_history(args: argparse.Namespace, text: str) -> int:
    """An article with no id a history can be kept under: why, on stderr; the list is empty
    (``[]`` with ``--format json``, so a script's JSON reader gets the list's shape); asking
    for a version is bad input."""
    from netizen_editor.grammar.frontmatter import key_line, split_front_matter
    from netizen_editor.history.article_id import ID_KEY, has_id_key

    if has_id_key(text):  # an id the app refuses (``../../etc``, ``5``) never gets a history
        line = key_line(split_front_matter(text)[0], ID_KEY) or 1
        say(tr("{file}:{line}: no history: the article's id is not valid (an id is letters, "
               "digits, '-' and '_', at most 64); delete its line and save the story in the "
               "editor to give it one", file=args.file, line=line))  # fmt: skip
    else:
        say(tr("{file}: no history: the article has no id yet (it gets one when it is saved "
               "in the editor)", file=args.file))  # fmt: skip
    if args.show is not None or args.diff is not None or args.restore is not None:
        return EXIT_BAD_INPUT
    if args.format == "json" and not write_out("[]\n"):
        return EXIT_BAD_INPUT
    return EXIT_OK


class _Command:
    """The four things the command does, on one article and its history."""

    def __init__(self, path: Path, history: History, text: str, bom: bool, fmt: str):
        self.path = path
        self.history = history
        self.text = text
        self.bom = bom
        self.format = fmt
        self.zone = "WIB"
        self._copies: dict[str, EarlierCopy] | None = None

    def copies(self) -> dict[str, EarlierCopy]:
        """The copies kept before the history, by id (the History window's ``backup`` rows)."""
        if self._copies is None:
            from netizen_editor.history.earlier import earlier_copies
            from netizen_editor.storage.backups import BackupStore
            from netizen_editor.storage.datadirs import backup_dir

            versions = self.history.versions().versions
            try:
                found = earlier_copies(BackupStore(backup_dir()), self.path, versions)
            except OSError as exc:
                say(f"{backup_dir()}: {plain_reason(exc)}")
                found = []
            self._copies = {copy.id: copy for copy in found}
        return self._copies

    def _copy_info(self, copy: EarlierCopy) -> VersionInfo | None:
        from netizen_editor.article.dates import newsroom_zone
        from netizen_editor.history.earlier import REASON
        from netizen_editor.history.store import body_words
        from netizen_editor.history.version_file import VersionInfo

        text = self._copy_text(copy)
        if text is None:
            return None
        when = copy.backup.time  # its name's time, UTC: past 9999-12-31 16:59 it stays so
        with contextlib.suppress(OverflowError):
            when = when.astimezone(newsroom_zone(self.zone))
        return VersionInfo(copy.id, when.isoformat(timespec="seconds"), "", REASON,
                           body_words(text), copy.backup.size, "")  # fmt: skip

    def _copy_text(self, copy: EarlierCopy) -> str | None:
        from netizen_editor.storage.backups import BackupStore
        from netizen_editor.storage.datadirs import backup_dir

        try:
            return BackupStore(backup_dir()).read_backup(copy.backup)
        except OSError as exc:
            say(f"{copy.backup.path}: {plain_reason(exc)}")
            return None

    def list(self) -> int:
        from netizen_editor.checks.cli import json_text
        from netizen_editor.history.store import few_problems
        from netizen_editor.history.version_file import UNKNOWN_AUTHOR

        listing = self.history.versions()
        for problem in few_problems(listing.problems):
            say(problem)
        if listing.unreadable:  # not an empty history: one that cannot be seen
            return EXIT_BAD_INPUT
        rows = list(listing.versions)
        for copy in self.copies().values():
            info = self._copy_info(copy)
            if info is not None:
                rows.append(info)
        if self.format == "json":
            out = json_text([v.as_json() for v in rows]) + "\n"
        else:
            lines = []
            for v in rows:
                author = v.author or UNKNOWN_AUTHOR  # an earlier copy's, as review says it
                lines.append(terminal_safe(f"{v.id}  {v.time}  {v.reason}  {v.words}  {author}"))
            out = "".join(line + "\n" for line in lines)
        return EXIT_OK if write_out(out) else EXIT_BAD_INPUT

    def _matching(self, wanted: str) -> tuple[str, ...]:
        """The ids ``wanted`` may name: a version's or an earlier copy's, or their start."""
        ids = tuple(self.history.matching(wanted))
        if wanted in ids or wanted in self.copies():
            return (wanted,)
        return ids + tuple(c for c in self.copies() if wanted and c.startswith(wanted))

    def _version(self, wanted: str) -> tuple[str, str] | None:
        from netizen_editor.history.store import few_problems

        several = self._matching(wanted)
        version_id = several[0] if len(several) == 1 else None
        copy = self.copies().get(version_id or "")
        if copy is not None:
            text = self._copy_text(copy)
            return None if text is None else (copy.id, text)
        if version_id is None:
            if several:
                say(tr("{file}: {id} names {count} versions ({ids}); give more of the id",
                       file=self.path, id=wanted, count=len(several),
                       ids=", ".join(several)))  # fmt: skip
                return None
            for problem in few_problems(self.history.versions().problems):  # why it may not be seen
                say(problem)
            say(tr("{file}: no version {id} (run 'netizen-editor history {file}' for the list)",
                   file=self.path, id=wanted))  # fmt: skip
            return None
        _info, text = self.history.read(version_id)
        return version_id, text

    def show(self, wanted: str) -> int:
        found = self._version(wanted)
        if found is None:
            return EXIT_BAD_INPUT
        from netizen_editor.storage.reading import BOM

        # A version keeps the text, not the file's byte order mark: the file's own is written
        # first, as --restore writes it, so "--show ID > FILE" gives the bytes a restore would
        data = (BOM if self.bom else b"") + found[1].encode("utf-8", "surrogatepass")
        return EXIT_OK if write_out(data) else EXIT_BAD_INPUT

    def diff(self, wanted: str, to: str | None) -> int:
        from netizen_editor.checks.cli import json_text
        from netizen_editor.history.diff import text_diff, word_diff

        old = self._version(wanted)
        if old is None:
            return EXIT_BAD_INPUT
        new_text = self.text
        if to is not None:
            new = self._version(to)
            if new is None:
                return EXIT_BAD_INPUT
            new_text = new[1]
        diff = word_diff(old[1], new_text)
        if self.format == "json":
            out = json_text(diff.as_json()) + "\n"
        else:
            out = "\n".join(terminal_safe(line) for line in text_diff(diff).split("\n"))
            out = out if out.endswith("\n") or not out else out + "\n"
        return EXIT_OK if write_out(out) else EXIT_BAD_INPUT

    def restore(self, wanted: str, *, force: bool = False) -> int:
        from netizen_editor.history.article_id import keeping_id
        from netizen_editor.storage.atomic import atomic_write_bytes
        from netizen_editor.storage.held_open import held_open
        from netizen_editor.storage.reading import BOM

        found = self._version(wanted)
        if found is None:
            return EXIT_BAD_INPUT
        version_id, text = found
        if self.path.is_symlink():
            say(tr("{file}: is a link; not written through it", file=self.path))
            return EXIT_BAD_INPUT
        free, held = held_open(self.path, self.zone, force=force)  # a colleague's open story
        if held:
            say(held)
        if not free:
            return EXIT_BAD_INPUT
        text = keeping_id(text, self.history.article_id)  # the history stays the article's
        try:
            kept = self.history.keep(self.text, "restore")
            atomic_write_bytes(self.path, (BOM if self.bom else b"") + text.encode("utf-8"))
        except OSError as exc:  # a SaveError says why in plain words
            say(f"{self.path}: {getattr(exc, 'message', None) or plain_reason(exc)}")
            return EXIT_BAD_INPUT
        if kept.version is None:  # the text before was already the newest version
            say(tr("{file}: version {id} restored", file=self.path, id=version_id))
        else:
            say(tr("{file}: version {id} restored (the text before it is version {before})",
                   file=self.path, id=version_id, before=kept.version.id))  # fmt: skip
        return EXIT_OK
