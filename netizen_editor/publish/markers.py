"""The newsroom's line markers, as the Markdown extension and the checks both read them (no
Markdown import: the checks dock reads them at start, before anything is rendered)."""

from __future__ import annotations

import re

#: ``[[ad]]``, ``[[ad:slot-name]]`` and ``[[more]]`` on a line of their own
MARKER_LINE = re.compile(r"^[ ]{0,3}\[\[(ad(?::([\w-]+))?|more)\]\][ \t]*$", re.MULTILINE)
#: Blogger's own jump break, ``<!-- more -->``
JUMP_BREAK_LINE = re.compile(r"^[ ]{0,3}<!--\s*more\s*-->[ \t]*$")
#: the "Baca juga:" label that starts a related-article paragraph
RELATED_PREFIX = re.compile(r"^\s*baca\s+juga\s*:\s*", re.IGNORECASE)
