"""Every pattern of the article's syntax, in one place (no other module recognises a fence, a
heading or a marker on its own).

Where Python-Markdown (which renders the preview and the exports) and CommonMark differ, the
patterns follow Python-Markdown, so what the scan calls a heading is what the page shows as one.
"""

from __future__ import annotations

import re

# -- front matter ------------------------------------------------------------------------------
#: the opening ``---`` (spaces around it tolerated)
FRONT_OPEN = re.compile(r"^[ \t]*---[ \t]*\r?$")
#: the closing ``---`` or ``...``
FRONT_CLOSE = re.compile(r"^(---|\.\.\.)[ \t]*\r?$")
#: a top-level ``key:`` line of the front matter
FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)")
#: a top-level ``key:`` line of the front matter as YAML reads a plain key (spaces and any
#: character but ``:`` inside it; not a list item, a flow collection or a quoted key): what the
#: editor colours as a key and what the metadata panel rewrites. The key (``key``) may end in
#: spaces. Linear on any line (a lazy key before ``[ \t]*:`` took seconds on ``a`` followed
#: by 100,000 spaces).
FRONT_TOP_KEY = re.compile(r"^(?P<key>[^\s#:\-\[\]{}'\"][^:\n]*):(?:[ \t]|\r?\n|$)")

# -- blocks ------------------------------------------------------------------------------------
#: a fenced code block's opening line, as Python-Markdown's fenced_code reads it: at the very
#: start of the line, three or more backticks or tildes, then an optional language or {attrs}
FENCE_OPEN = re.compile(
    r"^(?P<fence>~{3,}|`{3,})[ ]*"
    r"(?:\{[^\n]*\}|\.?(?P<lang>[\w#.+-]*)[ ]*(?:hl_lines=(?P<q>\"|')[^\n]*?(?P=q)[ ]*)?)?$"
)
#: an ATX heading as Python-Markdown reads it: ``#`` at the very start of the line, no space
#: needed after the hashes (``#judul`` is a heading there), closing hashes dropped (only when
#: nothing follows them: ``## a ##  `` keeps them). Its own pattern, linear on any line; the
#: title is stripped by whoever reads it.
ATX = re.compile(r"^(?P<hashes>#{1,6})(?P<title>(?:\\.|[^\\#]|#+(?=[^#\n]))*?)#*$")
#: a setext underline (the line under a paragraph's first line)
SETEXT = re.compile(r"^(?:=+|-+)[ ]*$")
#: a horizontal rule
RULE = re.compile(r"^[ ]{0,3}(?=((-+[ ]{0,2}){3,}|(_+[ ]{0,2}){3,}|(\*+[ ]{0,2}){3,}))\1[ ]*$")
LIST_ITEM = re.compile(r"^[ ]{0,3}(?:[*+-]|\d+[.)])[ \t]+")
#: a list item's line at any depth, in parts: its ``indent``, its ``marker`` (``num`` and
#: ``delim`` of a numbered one), the ``space`` after it and a task box (``task``): what the
#: editor colours and what its list actions and Enter read
LIST_ITEM_PARTS = re.compile(
    r"^(?P<indent>[ \t]*)(?P<marker>[-*+]|(?P<num>\d{1,9})(?P<delim>[.)]))(?P<space>[ \t]+)"
    r"(?P<task>\[[ xX]\][ \t]+)?"
)
QUOTE = re.compile(r"^[ ]{0,3}>")
#: every level of a quote's ``>`` marks (the editor colours them)
QUOTE_MARKS = re.compile(r"^[ ]{0,3}(?:>[ ]?)+")
#: a definition of a definition list (``: text`` under its term)
DEFINITION = re.compile(r"^[ ]{0,3}:[ \t]+")
#: a line that is not indented and not a definition: it goes on with the definition above
LAZY_LINE = re.compile(r"^[ ]{0,3}[^ :]")
#: a line that may open a reference, footnote or abbreviation definition: ``[r]: url``,
#: ``[^1]: text``, ``*[KPK]: …``, ``*[KPK] : …`` (whether Python-Markdown takes it, and its
#: lines, is ``grammar.definitions.definition_end``'s to say)
REFERENCE = re.compile(r"^[ ]{0,3}(?:\[[^\]\n]*\]:|\*\[[^\\\n]*?\][ ]?:)")
#: a footnote definition's first line, as the preview's footnotes read it
#: (``publish.mdext.footnotes.DEFINITION``)
FOOTNOTE_DEFINITION = re.compile(r"^[ ]{0,3}\[\^[^\]\n]*\]:")
#: an abbreviation definition: Python-Markdown's own pattern
#: (``markdown.extensions.abbr.AbbrBlockprocessor.RE``): ``*`` at the very start of the line,
#: one space allowed before the colon, the meaning on the next line when none follows it
ABBR_DEFINITION = re.compile(
    r"^[*]\[(?P<abbr>[^\\\n]*?)\][ ]?:[ ]*\n?[ ]*(?P<title>.*)$", re.MULTILINE
)
TABLE_ROW = re.compile(r"^[ ]{0,3}\|")
#: a table row's closing pipe, and the pipes between its cells (not the escaped ones)
TABLE_END_BORDER = re.compile(r"(?<!\\)(?:\\\\)*\|$")
TABLE_CELL_SPLIT = re.compile(r"(?<!\\)\|")
INDENTED = re.compile(r"^(?: {4}|\t)")
HTML_OPEN = re.compile(r"^[ ]{0,3}<([a-zA-Z][a-zA-Z0-9]*)\b")
HTML_COMMENT_OPEN = re.compile(r"^[ ]{0,3}<!--")
#: ``[[ad]]``, ``[[ad:slot-name]]`` and ``[[more]]`` on a line of their own
MARKER_LINE = re.compile(r"^[ ]{0,3}\[\[(ad(?::([\w-]+))?|more)\]\][ \t]*$", re.MULTILINE)
#: Blogger's own jump break, ``<!-- more -->``
JUMP_BREAK_LINE = re.compile(r"^[ ]{0,3}<!--\s*more\s*-->[ \t]*$")
#: the "Baca juga:" label that starts a related-article paragraph
RELATED_PREFIX = re.compile(r"^\s*baca\s+juga\s*:\s*", re.IGNORECASE)
#: a paragraph that is one image and nothing else
LONE_IMAGE = re.compile(r"^\s*!\[[^\]\n]*\]\([^)\n]*\)\s*$")

# -- inline ------------------------------------------------------------------------------------
#: an inline link or image as Python-Markdown reads one, ``[text](url "title")`` /
#: ``![alt](<url>)``: ``bang``, ``text``, ``target`` (all between the parentheses), ``url`` and
#: ``title``. The address may hold spaces and one level of parentheses
#: (``…/wiki/Jakarta_(kota)``). Linear on any line (every editor, counter and action reads
#: it): the text holds no bracket, the target no bracket or newline, and every run is
#: possessive, so nothing is read twice (a megabyte of ``[``, of ``](`` or of spaces).
INLINE_LINK = re.compile(
    r"(?P<bang>!?)\[(?P<text>[^\[\]\n]*+)\]\("
    r"(?P<target>[ \t]*+(?P<url><[^<>\[\]\n]*+>"
    r"|(?:[^\s()\[\]<>]++|\([^()\[\]\n]*+\)|[ \t]++(?![ \t]|[\"')]))*+)"
    r"(?:[ \t]++(?P<title>\"[^\"\n]*+\"|'[^'\n]*+'))?[ \t]*+)\)"
)
#: a bare web address: ``https://…``, ``ftp://…`` or ``www.…`` up to the next space
URL = re.compile(r"(?i:\b(?:https?|ftp)://\S+|\bwww\.\S+)")

#: tags whose line opens a raw HTML block (Python-Markdown's block-level elements)
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "canvas", "center", "colgroup",
        "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "group", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "iframe",
        "legend", "li", "main", "map", "math", "menu", "nav", "noscript", "object", "ol",
        "option", "output", "p", "pre", "progress", "script", "section", "style", "summary",
        "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "tr", "ul", "video",
    }
)  # fmt: skip


def fence_closing(fence: str) -> re.Pattern[str]:
    """The line that closes a fence opened with ``fence``: the very same run of backticks or
    tildes, then only spaces (Python-Markdown; a longer run does not close it)."""
    return re.compile(rf"^{re.escape(fence)}[ ]*$")
