"""The compare window's difference as rich text (``diff_html``): front matter changes as a
table, then the body with additions green and deletions red struck; long unchanged stretches
are folded to a few lines of context, so a 20,000-word article shows at once.

A review mark is shown as read (QA37 #9: its syntax was struck through in pieces): a
suggestion as the Review panel writes it, ``⟨+resmi · Pak Hadi⟩``, ``⟨−langsung⟩``,
``⟨memperkecil → mempersempit⟩``, a comment ``⟨Pak Hadi: Umurnya berapa?⟩``, a highlight's
text on yellow, each in the panel's colour for its kind; the difference (``history.diff``)
deletes and adds a mark whole. The words counted are the text's as read, every suggestion
accepted and no comment (``accepted_text``), and a change counts the words it adds and
deletes in that text: a suggestion accepted as it was made counts none (it was counted as 27
deleted words for three decisions and a reply, the marks' syntax and their authors).

The HTML is at most ``MAX_HTML_CHARS``: a planted version of 12 MB whose every paragraph
differs made 27 MB of it, which ``QTextBrowser.setHtml`` took 14 s and 2 GB to lay out. Past
the bound the difference stops (inside a change, if need be) and a last line says how many
changes are not shown and which command shows them all (``netizen-editor history FILE --diff
ID``, bounded by the diff's own budgets). No Qt widget here: it runs off the window's thread
(``compare_work``).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterator, Mapping

from PySide6.QtCore import QCoreApplication

from netizen_editor.article.model import STATUSES
from netizen_editor.grammar.inline import CriticMark, accepted_text, critic_marks
from netizen_editor.gui.dialogs.restore_part import put_link
from netizen_editor.gui.numbers import count_text
from netizen_editor.gui.panels.review_panel import COLOURS
from netizen_editor.history.diff import DELETE, EQUAL, INSERT, WordDiff
from netizen_editor.publish.page_view import status_label
from netizen_editor.terminal import bidi_escaped

#: unchanged lines shown around each change (the rest of an unchanged stretch is folded)
CONTEXT_LINES = 2
#: characters of HTML shown at most: setHtml lays out 500 KB in 0.25-0.36 s on 2 shared cores
#: (a whole text struck through; a word-by-word difference's many spans ~0.15 s); 27 MB took 14 s
MAX_HTML_CHARS = 500_000
_WORD = re.compile(r"\w+")
_INSERT_STYLE = "background-color:#d4f4dc; color:#0b6b2b;"
_DELETE_STYLE = "background-color:#fbe1e1; color:#a50e0e; text-decoration:line-through;"
_FOLD_STYLE = "color:#80868b; font-style:italic;"
_STYLES = {INSERT: _INSERT_STYLE, DELETE: _DELETE_STYLE, "fold": _FOLD_STYLE}
_BODY_START, _BODY_END = "<p style='white-space:pre-wrap'>", "</p>"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareDialog", text)


def _fold(text: str, first: bool, last: bool) -> list[tuple[str, str]]:
    """An unchanged stretch as (kind, text) parts: a few lines around the changes, the rest
    folded into one note."""
    lines = text.split("\n")
    keep = CONTEXT_LINES + 1
    head = [] if first else lines[:keep]
    tail = [] if last else lines[-keep:]
    if len(lines) <= len(head) + len(tail) + 1:
        return [(EQUAL, text)]
    hidden = len(lines) - len(head) - len(tail)
    note = _tr("⋯ {count} unchanged lines ⋯").format(count=hidden)
    parts: list[tuple[str, str]] = []
    if head:
        parts.append((EQUAL, "\n".join(head) + "\n"))
    parts.append(("fold", note))
    if tail:
        parts.append((EQUAL, "\n" + "\n".join(tail)))
    return parts


def _cell(value: object, field: str = "") -> str:
    if value is None:
        return "<i>" + html.escape(_tr("(none)")) + "</i>"
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    if field == "status" and value in STATUSES:  # as the desk names it, the file's word after
        value = f"{status_label(str(value))} ({value})"
    return html.escape(str(value))


def _escaped(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _shown(text: str) -> str:
    """``text`` as rich text, each whole review mark in it as read (``_mark``; a part of one,
    where a long text was cut, as it is written)."""
    if "{" not in text:
        return _escaped(text)
    out: list[str] = []
    last = 0
    for mark in critic_marks(text):
        out += (_escaped(text[last : mark.start]), _mark(mark))
        last = mark.end
    out.append(_escaped(text[last:]))
    return "".join(out)


def _mark(mark: CriticMark) -> str:
    """A review mark as the compare shows it: what it holds, who made it and its comment."""

    def flat(text: str | None) -> str:
        return " ".join(bidi_escaped(text or "").split())

    who, held, shown = flat(mark.author), flat(mark.text), ""
    if mark.kind == "comment":
        said = ": ".join(filter(None, (who, held)))
    else:
        if mark.kind == "highlight":  # its text is the story's; its comment follows it
            shown, held = f"<span style='background-color:#fff3b0'>{html.escape(held)}</span>", ""
        elif mark.kind == "substitute":
            held = f"{held} → {flat(mark.new_text)}"
        else:
            held = ("+" if mark.kind == "insert" else "−") + held
        said = ": ".join(filter(None, (" · ".join(filter(None, (held, who))), flat(mark.comment))))
    if said:
        colour = COLOURS.get(mark.kind, "#202124")
        shown += f"<span style='color:{colour}'>⟨{html.escape(said)}⟩</span>"
    # the spaces an addition or a deletion holds at its ends, outside it (the words around it
    # do not run into it)
    ends = mark.text if mark.kind in ("insert", "delete") else ""
    return " " * ends[:1].isspace() + shown + " " * ends[-1:].isspace()


def _fitted(text: str, room: int) -> tuple[str, int]:
    """The longest start of ``text`` whose HTML takes at most ``room`` characters: its HTML
    and its length in ``text``."""
    cut = min(len(text), room)
    shown = _shown(text[:cut])
    while len(shown) > room:  # escapes made it longer: shorter by as much
        cut = cut * room // len(shown)
        shown = _shown(text[:cut])
    return shown, cut


def _styled(kind: str, shown: str) -> str:
    style = _STYLES.get(kind)
    return f"<span style='{style}'>{shown}</span>" if style else shown


def _parts(diff: WordDiff) -> Iterator[tuple[int, str, str]]:
    """The body as shown: (piece, kind, text), unchanged stretches folded."""
    last = len(diff.pieces) - 1
    for index, piece in enumerate(diff.pieces):
        if piece.kind == EQUAL:
            for kind, text in _fold(piece.text, index == 0, index == last):
                yield index, kind, text
        else:
            yield index, piece.kind, piece.text


def more_line(changes: int, words: int, command: str) -> str:
    """The last line of a difference cut at ``MAX_HTML_CHARS``."""
    line = (
        _tr("… 1 more change not shown ({words} words)")
        if changes == 1
        else _tr("… {count} more changes not shown ({words} words)")
    ).format(count=count_text(changes), words=count_text(words))
    if command:
        line += ": " + _tr("see {command}").format(command=command)
    return f"<p style='{_FOLD_STYLE}'>{html.escape(line)}</p>"


def _hidden(diff: WordDiff, index: int, cut: int, words: int | None) -> tuple[int, int]:
    """The changes (runs of added and deleted text between unchanged ones) and their words
    not shown when the body stops at ``cut`` characters into piece ``index``; ``words``: the
    changes' words in all, when counted already."""
    if words is None:
        words = sum(word_counts(diff))
    shown = sum(_read_words(p.text) for p in diff.pieces[:index] if p.kind != EQUAL)
    if diff.pieces[index].kind != EQUAL:
        shown += _read_words(diff.pieces[index].text[:cut])  # the words of the rest only
    changes = 0
    in_change = False
    for number in range(index, len(diff.pieces)):
        piece = diff.pieces[number]
        if number == index and len(piece.text) <= cut:
            continue  # shown whole
        if piece.kind == EQUAL:
            in_change = in_change and not piece.text
        elif piece.text:
            changes += not in_change
            in_change = True
    return changes, max(0, words - shown)


def diff_html(
    diff: WordDiff,
    links: Mapping[int, str] | None = None,
    command: str = "",
    words: int | None = None,
) -> str:
    """The difference as rich text for the compare window, at most ``MAX_HTML_CHARS``;
    ``links`` (HTML, keyed by the piece each goes before) at the start of the line their
    piece starts on. Past the bound a last line says what is not shown and that ``command``
    shows it all; ``words``: the words added and deleted (``word_counts``), when counted."""
    out: list[str] = []
    if diff.fields:
        out.append("<p><b>" + html.escape(_tr("Details changed")) + "</b></p><table "
                   "cellpadding='3'>")  # fmt: skip
        for change in diff.fields:
            out.append(f"<tr><td><b>{html.escape(change.field)}</b></td>"
                       f"<td style='{_DELETE_STYLE}'>{_cell(change.old, change.field)}</td>"
                       f"<td>→</td><td style='{_INSERT_STYLE}'>"
                       f"{_cell(change.new, change.field)}</td></tr>")  # fmt: skip
        out.append("</table><hr>")
    if not diff.changed:
        out.append("<p>" + html.escape(_tr("The two texts are the same.")) + "</p>")
        return "".join(out)
    # room for the last line whatever it counts: never more changes than pieces, nor more
    # words than characters
    most = sum(len(piece.text) for piece in diff.pieces)
    end = len(_BODY_END) + len(more_line(len(diff.pieces), most, command))
    room = MAX_HTML_CHARS - sum(len(part) for part in out) - len(_BODY_START) - end
    body: list[str] = []
    linked = -1
    for index, kind, text in _parts(diff):
        if links and index in links and index != linked:
            link, linked = links[index], index
            if len(link) > room:
                return _cut(out, body, more_line(*_hidden(diff, index, 0, words), command))
            room -= len(link)
            put_link(body, link, index > 0 and diff.pieces[index - 1].kind == EQUAL)
        wrapper = len(_styled(kind, ""))
        # a text longer than the room is not escaped whole (an escape only lengthens it)
        shown = _shown(text) if len(text) + wrapper <= room else None
        if shown is None or len(shown) + wrapper > room:
            fitted, cut = _fitted(text, max(0, room - wrapper))
            if fitted:
                body.append(_styled(kind, fitted))
            # ``cut`` is into the piece's own text when it is a change (an unchanged
            # stretch, folded or not, counts no change)
            return _cut(out, body, more_line(*_hidden(diff, index, cut, words), command))
        room -= len(shown) + wrapper
        body.append(_styled(kind, shown))
    out.append(_BODY_START + "".join(body) + _BODY_END)
    return "".join(out)


def _cut(out: list[str], body: list[str], last: str) -> str:
    return "".join(out) + _BODY_START + "".join(body) + _BODY_END + last


def _read_words(text: str) -> int:
    """The words of ``text`` as read (``accepted_text``)."""
    return sum(1 for _ in _WORD.finditer(accepted_text(text)))  # no list of millions of words


def word_counts(diff: WordDiff) -> tuple[int, int]:
    """Words added and deleted in the body as read: each change (the text deleted and added
    between two unchanged stretches) counts the words only one side of it reads."""
    added = deleted = 0
    run: dict[str, list[str]] = {DELETE: [], INSERT: []}
    for piece in [*diff.pieces, None]:
        if piece is not None and piece.kind != EQUAL:
            run[piece.kind].append(piece.text)
            continue
        if run[DELETE] and run[INSERT]:
            old, new = (Counter(_WORD.findall(accepted_text("".join(run[kind]))))
                        for kind in (DELETE, INSERT))  # fmt: skip
            added, deleted = added + (new - old).total(), deleted + (old - new).total()
        else:
            added += sum(_read_words(text) for text in run[INSERT])
            deleted += sum(_read_words(text) for text in run[DELETE])
        run = {DELETE: [], INSERT: []}
    return added, deleted
