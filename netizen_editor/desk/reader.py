"""One article file read for the desk: its front matter fields and its word count, read with
the project's grammar and a bounded read; a file that is not an article gets its problem.

The read never follows a link at the last step (a link inside the desk is read at its target,
see ``desk.walk``), never waits on a pipe and stops at ``reading.MAX_BYTES``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

from netizen_editor.article.dates import file_time
from netizen_editor.article.model import Article, front_matter_warning
from netizen_editor.desk.entry import DeskEntry
from netizen_editor.errors import ArticleError, NetizenError, plain_reason
from netizen_editor.grammar.block_count import MAX_BLOCKS
from netizen_editor.grammar.scan import count_article_words, count_body_words, scan_article
from netizen_editor.history.article_id import ID_KEY, usable_id
from netizen_editor.i18n import tr
from netizen_editor.storage.capped import FileTooLarge, NotRegularFile, read_regular
from netizen_editor.storage.identity import sha256_hex
from netizen_editor.storage.reading import MAX_BYTES, decode_article
from netizen_editor.templates.placeholders import PLACEHOLDER

#: the status of an article whose front matter names none
DEFAULT_STATUS = "draft"


@dataclass(frozen=True)
class Reading:
    """What the desk keeps of one read: the entry (no lock, no history author yet), the
    article's ``id`` (what its history is keyed by), the text's sha256 and the text itself
    (for the checks; None when it could not be read)."""

    entry: DeskEntry
    article_id: str | None
    sha256: str
    text: str | None
    article: Article | None
    retry: bool = False  # the file could not be opened (permission...): read it again next time
    #: the index's record of it made already (desk.parallel's workers: index.record_json)
    stored: str | None = None
    #: the checks' (key, errors, warnings), made with it (desk.parallel's workers)
    checks: tuple[str, int, int] | None = None


def filled(value: object) -> str:
    """A text field as the desk lists it: "" when it is none, or still a template's placeholder
    (``[Judul berita: …]()``: a new story's row showed the hints as its title and author)."""
    text = value.strip() if isinstance(value, str) else ""
    return "" if "](" in text and PLACEHOLDER.fullmatch(text) else text


def modified_iso(mtime_ns: int) -> str:
    """A file's mtime as ISO 8601 (UTC); one past the years a date may have (a share or tmpfs
    keeps them up to year 36812) is their end, as ``article.dates.file_time`` says."""
    return file_time(mtime_ns / 1e9).isoformat(timespec="seconds")


def one_line(exc: BaseException) -> str:
    """An error as the desk's one-line problem (its line, when it has one and the message does
    not name it already: "… at byte 30 (line 6)")."""
    if isinstance(exc, NetizenError):
        message = exc.message
        named = re.compile(rf"\b{re.escape(tr('line {line}', line=exc.line))}\b")
        if exc.line and not named.search(message):
            message = tr("line {line}: {message}", line=exc.line, message=message)
    else:
        message = str(exc)
    return " ".join(message.split())


def problem_entry(path: str, mtime_ns: int, problem: str) -> DeskEntry:
    return DeskEntry(
        path=path,
        title="",
        status="",
        author="",
        editor="",
        labels=(),
        dateline="",
        date=None,
        modified=modified_iso(mtime_ns),
        modified_by="",
        words=0,
        locked_by=None,
        problem=problem,
    )


def read_bytes(path: Path | str) -> tuple[bytes, os.stat_result]:
    """The bytes of the regular file ``path`` (not a link, not a pipe, at most MAX_BYTES);
    OSError or ArticleError when it cannot be read."""
    try:
        return read_regular(path, MAX_BYTES)
    except (NotRegularFile, FileTooLarge) as exc:  # a link, a pipe, too large: its words
        raise ArticleError(exc.strerror or str(exc), path=path) from None


def read_entry(rel: str, path: Path | str, mtime_ns: int) -> Reading:
    """The desk's reading of the article file ``path`` (listed as ``rel``)."""
    try:
        data, st = read_bytes(path)
    except OSError as exc:
        reason = tr("the file cannot be read: {reason}", reason=plain_reason(exc))
        return Reading(problem_entry(rel, mtime_ns, reason), None, "", None, None, retry=True)
    except NetizenError as exc:  # not a regular file, too large, a link
        return Reading(problem_entry(rel, mtime_ns, one_line(exc)), None, "", None, None)
    try:
        result = decode_article(path, data, st)
    except NetizenError as exc:  # binary, not UTF-8
        digest = sha256_hex(data)
        return Reading(problem_entry(rel, st.st_mtime_ns, one_line(exc)), None, digest, None, None)
    return fields(rel, result.text, path, st.st_mtime_ns, result.identity.sha256)


def fields(rel: str, text: str, path: Path | str, mtime_ns: int, sha256: str) -> Reading:
    """The entry of an article whose text is ``text``: its words as the status bar counts them
    (``scan_article(text).words``, without the block scan where the body allows it), its title
    from the front matter or else its first level-1 heading."""
    try:
        article = Article.parse(text, path)
    except ArticleError as exc:
        return _partly(rel, text, path, mtime_ns, sha256, one_line(exc))
    problem: str | None = None
    warning = front_matter_warning(text, path) if not article.front_matter else None
    if warning is not None:
        problem = one_line(warning)
    entry = _entry_of(rel, text, article, mtime_ns, problem)
    return Reading(entry, usable_id(article.meta.get(ID_KEY)), sha256, text, article)


def _entry_of(
    rel: str, text: str, article: Article, mtime_ns: int, problem: str | None
) -> DeskEntry:
    """The desk's entry of the article ``article``, read from ``text``."""
    words = count_body_words(article.body)  # the body scan_article(text) counts
    title = filled(article.meta.get("title"))
    if not title:
        scan = scan_article(text, most=MAX_BLOCKS)  # the first level-1 heading the window reads
        title = next((h.title for h in scan.headings if h.level == 1), "")
    date = article.date
    return DeskEntry(
        path=rel,
        title=title,
        status=status_of(article),
        author=filled(article.get("author")),
        editor=filled(article.get("editor")),
        labels=tuple(label for label in article.labels if filled(label)),  # not [Rubrik]()
        dateline=filled(article.get("dateline")),
        date=date.isoformat() if date is not None else None,
        modified=modified_iso(mtime_ns),
        modified_by="",
        words=words,
        locked_by=None,
        problem=problem,
    )


def status_of(article: Article) -> str:
    """The status the desk lists for ``article`` (``draft`` when its front matter names
    none)."""
    return article.get("status").lower() or DEFAULT_STATUS


def _partly(
    rel: str, text: str, path: Path | str, mtime_ns: int, sha256: str, problem: str
) -> Reading:
    """The entry of an article whose front matter has a wrong value (a typo in its date): its
    ``problem``, and what can be read of it without that value — its title, author, labels…
    (QA38 #2: one typo made a reporter's story a row of its file name alone, and it left her
    "mine" and author filters); its status stays "" (the desk cannot move it on until it is
    put right). A front matter whose YAML does not parse gives its words only."""
    from netizen_editor.article.model import readable_article

    readable = readable_article(text, path)
    if readable is None:
        entry = problem_entry(rel, mtime_ns, problem)
        return Reading(replace(entry, words=count_article_words(text)), None, sha256, text, None)
    entry = replace(_entry_of(rel, text, readable, mtime_ns, problem), status="")
    return Reading(entry, usable_id(readable.meta.get(ID_KEY)), sha256, text, None)
