"""The pre-publish checks' counts for the desk (``desk --checks``, the table's columns): the
same rules as ``netizen-editor check``, run on an article's text, cached in the desk's index by
the text's content hash (and what else the findings depend on: the app's version, the language
and the house style file)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from netizen_editor import __version__
from netizen_editor.errors import NetizenError
from netizen_editor.i18n import language

if TYPE_CHECKING:
    from netizen_editor.article.model import Article
    from netizen_editor.publish.body import BodyRenderer
    from netizen_editor.settings import Settings


class DeskChecks:
    """Runs the checks for one listing; ``settings`` default to the user's."""

    def __init__(self, settings: Settings | None = None):
        if settings is None:
            from netizen_editor.settings import Settings

            try:
                settings = Settings.for_command(None)
            except NetizenError:
                settings = Settings()
        self.settings = settings
        self._renderer: BodyRenderer | None = None
        self._tag = checks_tag(settings)

    def key(self, sha256: str) -> str:
        """What a text's counts are cached under."""
        return f"{self._tag}:{sha256}"

    def count(self, text: str, path: Path, article: Article | None) -> tuple[int, int]:
        """(errors, warnings) of the pre-publish checks on ``text``; a text the checks cannot
        read counts one error."""
        from netizen_editor.checks.context import bounded_context
        from netizen_editor.checks.findings import Level
        from netizen_editor.checks.registry import run_checks
        from netizen_editor.publish.body import BodyRenderer

        if self._renderer is None:
            self._renderer = BodyRenderer()
        try:
            context = bounded_context(text, path, self.settings, renderer=self._renderer,
                                      article=article)  # fmt: skip
            findings = run_checks(context)
        except NetizenError:
            return 1, 0
        errors = sum(1 for f in findings if f.level == Level.ERROR)
        warnings = sum(1 for f in findings if f.level == Level.WARNING)
        return errors, warnings


#: settings the checks never read (the window's look, where new stories start): a change of them
#: makes no count again
_NOT_READ = ("editor_font", "editor_font_size", "default_author", "templates_folder",
             "photo_keep_original", "gradient_start", "gradient_end", "accent")  # fmt: skip


def checks_tag(settings: Settings) -> str:
    """What the findings depend on besides the text: the app's version, the language and the
    settings (the site's name and address, the zone, the house style and its file...); the
    desk makes its counts again when it changes."""
    from dataclasses import replace

    from netizen_editor.settings import Settings

    defaults = Settings()
    read = replace(settings, **{name: getattr(defaults, name) for name in _NOT_READ})
    parts = [__version__, language(), repr(read)]
    name = settings.house_style.strip()
    if name:
        try:
            st = os.stat(Path(name).expanduser())
            parts += [str(st.st_size), str(st.st_mtime_ns)]
        except OSError:
            parts.append("-")
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]
