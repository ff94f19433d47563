"""A release's contact block and its "Tentang <organisation>" boilerplate, which the import
makes review comments (``{>>@Impor: Narahubung:\\nDewi (0812-...)<<}``) where they were: the
journalist still sees them (preview, review panel, checks), every export leaves them out. The
import's comments are written by ``IMPORT_AUTHOR`` (``@Impor:``, the hand-written attribution),
one name whatever the interface language, so the review panel reads "Komentar · Impor".

Only clearly marked blocks:

- a contact block opens with its label and a colon, or the label alone on its line
  (``Narahubung:``, ``Kontak media:``, ``Informasi lebih lanjut:``, ``Media contact``,
  ``Contact person:``, ``CP:``), or says whom to call (``Untuk informasi lebih lanjut,
  hubungi ...``); the blocks right after it that are contact lines (a phone number, an e-mail
  address, a web address, or a short line such as a name or a position) belong to it. A
  sentence that mentions a contact (``Menurut narahubung program, ...``) stays text;
- an "about" block is a label alone (``Tentang PT Maju Jaya Tbk``, ``About Maju Jaya``,
  ``Sekilas tentang ...``) with at most four paragraphs after it, and the release ends there
  (after contact blocks and end marks such as ``###``); a section inside the release under
  such a heading stays text.

A block that holds a review mark already (a tracked change) stays as it is: marks do not nest.

A release's end mark (``###``, ``-selesai-``, ``-30-``, ``(*)``) after the story's last
paragraph, on its own line or at the end of the last one, goes:
Markdown would read ``###`` as an empty heading, which every export published.
"""

from __future__ import annotations

import html
import re

from netizen_editor.grammar.critic_write import comment, short_head
from netizen_editor.grammar.inline import CRITIC_DELIMITER, only_comments
from netizen_editor.sentinels import FIRST, hide_sentinels, show_sentinels

_CONTACT_LABELS = (
    r"narahubung|nara hubung|kontak(?: media| pers| person| humas)?|contact(?: person)?"
    r"|media contacts?|press contacts?|cp|pic|humas|(?:untuk |bagi )?(?:informasi|info"
    r"|keterangan) lebih lanjut|(?:for )?(?:more|further) information"
)
_CONTACT_LABEL = re.compile(
    rf"(?i:{_CONTACT_LABELS})(?:[ \t]+[A-Z][^\s:]*){{0,3}}(?:[ \t]*\([^)\n]{{1,40}}\))?"
    r"[ \t]*(?::|$)"
)
_CONTACT_SENTENCE = re.compile(
    r"(?i:(?:(?:untuk|bagi) )?(?:informasi|info|keterangan) lebih lanjut,? (?:silakan |dapat )?"
    r"hubungi|for (?:more|further) information,? (?:please )?contact)\b"
)
_ABOUT = re.compile(r"(?i:(?:sekilas )?tentang|about) (?P<name>[A-Z0-9][^\n:!?]{1,80}?):?")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?:\+62|\(0\d{1,3}\)|\b0)[\d \t().-]{6,}\d")
WEB = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:go\.id|co\.id|or\.id|ac\.id|id|com)\b")
_CHANNEL = re.compile(
    r"(?:telp?\.?|telepon|phone|tel|hp|ponsel|mobile|wa|whatsapp|e-?mail|surel|faks?|fax"
    r"|website|situs|instagram|ig|twitter|x|facebook|fb|tiktok|linkedin)[ \t]*:",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"\w{5,}\.(?:\s|$)|[!?]$")
_END_MARK = re.compile(r"[-–—#*\s]*(?:(?:selesai|end|akhir|habis|s\.d\.)[-–—#*\s]*)?")
# an end mark alone on its line: ``###``, ``# # #``, ``***``, ``-selesai-``, ``-30-``
_END_LINE = re.compile(
    r"(?:[#*=_~-][ \t]*){3,}"
    r"|[-–—#*=~(\[]+[ \t]*(?:selesai|end|tamat|30)[ \t]*[-–—#*=~)\]]+"
    r"|\(\*\)",
    re.IGNORECASE,
)
# an end mark at the end of the story's last line (``Telp. (022) 1234567 -selesai-``, ``kata
# dia. (*)``): the word marks, ``###`` and ``(*)``, bold or not, after a space
_GLUED = re.compile(
    r"(?<=\S)[ \t]+(?:\*\*|__)?(?:(?:\\?#[ \t]*){3}|[-–—(\[]+[ \t]*(?:selesai|end|tamat|30)"
    r"[ \t]*[-–—)\]]+|\(\\?\*\))(?:\*\*|__)?[ \t\\]*$",
    re.IGNORECASE,
)
# what else may follow the end mark (besides review comments): pictures, footnotes
_TRAILER = re.compile(r"(?:!\[[^\]\n]*\]\([^)\n]*\)[ \t\\]*\n?)+|\[\^[^\]\n]+\]:.*", re.DOTALL)
_ESCAPE = re.compile(r"\\([!-/:-@[-`{-~])")  # an ASCII punctuation mark, escaped
# an escaped mark while the emphasis goes (a private character, a sentinel: the line's own
# characters of that range are hidden meanwhile), and back (str.translate, not a function
# called per mark: a line of a million escaped marks took seconds)
_KEEP = {code: FIRST + code for code in range(128)}
_KEPT = {FIRST + code: code for code in range(128)}
_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")
# a link's text and address stop at the next "[": from each "[" of a line of 50,000 (or each
# "](" of "[x]([x](...") a look to the line's end took 21 s
_LINK = re.compile(r"(?<!!)\[([^\[\]\n]*)\]\(<?([^)\s>\[]*)>?\)|<((?:https?://|mailto:)[^>\s]+)>")
_BULLET = re.compile(r"^(?:[-*+]|\d{1,3}[.)])[ \t]+")
MAX_ABOUT_PARAGRAPHS = 4
#: a longer line is an end mark only if it is a rule of such marks (``######``): else not read
MAX_END_MARK = 300
_RULE_MARKS = "#*=_~-\\ \t"
#: who wrote the import's review comments (the release's date, contact and "about" blocks)
IMPORT_AUTHOR = "Impor"


def as_comment(text: str) -> str:
    """``text`` (lines of Markdown) as one review comment by ``IMPORT_AUTHOR``: plain text (no
    heading marks, bullets, emphasis or escapes), its lines kept, nothing in it that would open
    or close a mark."""
    return comment("\n".join(_lines(text)), short_head(IMPORT_AUTHOR))


def comment_boilerplate(body: str) -> str:
    """``body`` (Markdown, blocks apart by a blank line) with its contact blocks and its
    closing "about" blocks each one review comment in their place."""
    blocks = body.split("\n\n")
    kinds = _kinds(blocks)
    if not any(kinds):
        return body
    out: list[str] = []
    run: list[str] = []
    for index, (block, kind) in enumerate(zip(blocks, kinds, strict=True)):
        if kind:
            run.append(block.strip("\n"))
        nxt = kinds[index + 1] if index + 1 < len(kinds) else ""
        if kind and nxt != kind.lower():  # "C"/"A" starts a run, "c"/"a" goes on with it
            out.append(as_comment("\n".join(run)))
            run = []
        elif not kind:
            out.append(block)
    text = "\n\n".join(out)
    return text + "\n" if body.endswith("\n") and not text.endswith("\n") else text


def is_end_mark(line: str) -> bool:
    """Whether ``line`` is a release's end mark and nothing else (``###``, ``# # #``, ``***``,
    ``-selesai-``, ``- SELESAI -``, ``(selesai)``, ``-end-``, ``-30-``), as typed or as
    Markdown (``\\*\\*\\*``, ``**-selesai-**``)."""
    line = line.strip()
    if len(line) > MAX_END_MARK and line.strip(_RULE_MARKS):
        return False
    return any(_END_LINE.fullmatch(text) for text in (line, plain_line(line)))


def drop_end_marks(body: str) -> str:
    """``body`` (Markdown, blocks apart by a blank line) without the end marks after the
    story's last paragraph: blocks of end marks, and end mark lines that close the story's last
    block, with only review comments (the contact, the "about" text), pictures, footnotes and
    other end marks after them, and one at the end of that block's last line (``Telp. (022)
    1234567 -selesai-``). One amid the story (a scene break) stays."""
    blocks = body.split("\n\n")
    keep = [True] * len(blocks)
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index].strip("\n")
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines or only_comments(block) or _TRAILER.fullmatch(block.strip()):
            continue
        if all(is_end_mark(line) for line in lines):
            keep[index] = False
            continue
        if is_end_mark(lines[-1]):  # ``Kata Budi.\\`` then ``###``: the story's last lines
            while is_end_mark(lines[-1]):
                lines.pop()
            lines[-1] = lines[-1].rstrip().removesuffix("\\").rstrip()
            blocks[index] = "\n".join(lines)
        glued = _GLUED.search(lines[-1])
        if glued:  # ``... 1234567 -selesai-``: the mark goes, the line stays
            lines[-1] = lines[-1][: glued.start()]
            blocks[index] = "\n".join(lines)
        break
    text = "\n\n".join(block for block, kept in zip(blocks, keep, strict=True) if kept)
    return text + "\n" if body.endswith("\n") and not text.endswith("\n") else text


def label_kind(line: str) -> str:
    """ "contact" for a line that opens a contact block with its label (``Narahubung:``,
    ``CP: Dewi``), "about" for an about label (``Tentang PT Maju Jaya``), else "": a plain-text
    block that opens with one keeps its lines apart (each a contact line, or the label above
    the about text), as a document's paragraphs are."""
    line = plain_line(line.strip())
    if _CONTACT_LABEL.match(line):
        return "contact"
    return "about" if _is_about([line]) else ""


def _kinds(blocks: list[str]) -> list[str]:
    """Each block's part: "C" opens a contact block, "c" goes on with it, "A" opens an about
    block, "a" goes on with it, "" is text."""
    kinds = [""] * len(blocks)
    lines = [_lines(block) for block in blocks]
    for index, block_lines in enumerate(lines):
        if kinds[index] or not block_lines or CRITIC_DELIMITER.search(blocks[index]):
            continue
        if _CONTACT_LABEL.match(block_lines[0]) or _CONTACT_SENTENCE.match(block_lines[0]):
            kinds[index] = "C"
            after = index + 1
            while after < len(blocks) and _contact_lines(lines[after], blocks[after]):
                kinds[after] = "c"
                after += 1
    for index, block_lines in enumerate(lines):
        if not kinds[index] and _is_about(block_lines) and _closing(index, lines, kinds, blocks):
            _mark_about(index, lines, kinds)
            break
    return kinds


def _lines(block: str) -> list[str]:
    """A block's lines as text: no heading marks, bullets, emphasis or escapes."""
    out = []
    for line in block.strip("\n").split("\n"):
        line = _BULLET.sub("", line.strip().lstrip("#>").strip())
        line = plain_line(line)
        if line:
            out.append(line)
    return out


def plain_line(line: str) -> str:
    """A line of Markdown as text: links as their text (and target), no emphasis, no escapes,
    its entities (``&#61;==``, ``&lt;``) the characters they stand for."""

    def link(match: re.Match[str]) -> str:
        if match.group(3):
            return match.group(3).removeprefix("mailto:")
        text, target = match.group(1).strip(), match.group(2).removeprefix("mailto:")
        return text if not target or target in text or text in target else f"{text} ({target})"

    line = line.rstrip().removesuffix("\\").rstrip()  # a hard line break's backslash
    pieces = _ESCAPE.split(hide_sentinels(line))  # text, escaped mark, text ...
    pieces[1::2] = "".join(pieces[1::2]).translate(_KEEP)
    line = _EMPHASIS.sub("", _LINK.sub(link, "".join(pieces)))
    return html.unescape(show_sentinels(line.translate(_KEPT))).strip()


def _contact_lines(lines: list[str], block: str) -> bool:
    """Whether every line of a block is a contact's: a phone, an e-mail or web address, a
    channel (``WA: ...``), or a short line that ends no sentence (a name, a position)."""
    if (
        not lines
        or block.lstrip().startswith(("#", "!["))
        or CRITIC_DELIMITER.search(block)
        or _is_about(lines)
        or _is_end(lines)
    ):
        return False
    return all(
        EMAIL.search(line)
        or PHONE.search(line)
        or WEB.search(line)
        or _CHANNEL.match(line)
        or (len(line) <= 60 and len(line.split()) <= 8 and not _SENTENCE_END.search(line))
        for line in lines
    )


def _is_about(lines: list[str]) -> bool:
    """Whether a block opens with an about label: a name of at most ten words, no sentence."""
    about = _ABOUT.fullmatch(lines[0]) if lines else None
    if about is None:
        return False
    name = about.group("name")
    return len(name.split()) <= 10 and ". " not in name and not _SENTENCE_END.search(name)


def _is_end(lines: list[str]) -> bool:
    """Whether a block is an end mark (``###``, ``-selesai-``, ``***``, ``(selesai)``)."""
    if len(lines) != 1:
        return False
    return _END_MARK.fullmatch(lines[0].lower()) is not None or is_end_mark(lines[0])


def _closing(start: int, lines: list[list[str]], kinds: list[str], blocks: list[str]) -> bool:
    """Whether the about blocks from ``start`` close the release: each label with at most
    ``MAX_ABOUT_PARAGRAPHS`` paragraphs after it, then only contact blocks and end marks."""
    text = 0
    for index in range(start + 1, len(lines)):
        if kinds[index] or _is_end(lines[index]) or not lines[index]:
            continue
        if CRITIC_DELIMITER.search(blocks[index]) or blocks[index].lstrip().startswith("#"):
            return False  # a tracked change, or a section of its own under a heading
        text = 0 if _is_about(lines[index]) else text + 1
        if text > MAX_ABOUT_PARAGRAPHS:
            return False
    return True


def _mark_about(start: int, lines: list[list[str]], kinds: list[str]) -> None:
    for index in range(start, len(lines)):
        if kinds[index] or _is_end(lines[index]) or not lines[index]:
            continue
        kinds[index] = "A" if _is_about(lines[index]) else "a"
