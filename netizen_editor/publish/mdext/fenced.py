"""Python-Markdown's fenced code blocks, imported without Pygments.

``markdown.extensions.fenced_code`` imports ``codehilite``, which imports Pygments whenever it
is installed (about 1.4 MB resident and 9 ms on the way to the first preview). Pygments only
colours code when the codehilite extension is registered, and the newsroom's Markdown never
registers it; the bundle leaves Pygments out (packaging/netizen-editor.spec). A source checkout,
where pytest brings Pygments along, thus renders and weighs the same as the bundle.
"""

from __future__ import annotations

import sys

from markdown.extensions import Extension

PYGMENTS = "pygments"


def _fenced_code() -> type[Extension]:
    # only while fenced_code (and codehilite) are first imported, and only when nothing has
    # imported Pygments yet: codehilite then records that it has none
    hide = PYGMENTS not in sys.modules and "markdown.extensions.codehilite" not in sys.modules
    if hide:
        sys.modules[PYGMENTS] = None  # type: ignore[assignment]
    try:
        from markdown.extensions.fenced_code import FencedCodeExtension
    finally:
        if hide and sys.modules.get(PYGMENTS, 0) is None:
            del sys.modules[PYGMENTS]
    return FencedCodeExtension


FencedCodeExtension = _fenced_code()
