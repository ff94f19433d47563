"""The slug that follows a headline typed in the Details panel, and the one that comes back with
it: an Undo in the headline's field gave the old headline a slug made from it (on a template
story, from its hint), so the text was not the one it had been and the tab stayed unsaved."""

from __future__ import annotations

from typing import Any

from netizen_editor.article.model import slugify


class TitleRun:
    """One run of typing in the headline's field (its edits one undo step)."""

    def __init__(self) -> None:
        self._origin: tuple[str, str] | None = None  # the headline and slug before the run

    def slug_for(self, title: str, meta: dict[str, Any], continuing: bool) -> str:
        """The slug for ``title`` ("" for none): the one the text had when ``title`` is the
        headline it had before this run (``meta``, the front matter then), else made from it."""
        if not continuing:
            slug = meta.get("slug")
            self._origin = (
                str(meta.get("title") or "").strip(),
                slug if isinstance(slug, str) else "",
            )
        if self._origin is not None and title == self._origin[0]:
            return self._origin[1]
        return slugify(title)
