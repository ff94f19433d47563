"""Read-only is written one way in Indonesian everywhere: "hanya-baca" (the tab once said
"(hanya baca)", the status bar "Hanya-baca", the lock dialog "Buka &Hanya Baca")."""

from __future__ import annotations

import re

from netizen_editor.i18n import catalog as core_catalog
from tests.gui.test_translations import translations

SPACED = re.compile(r"hanya\s+baca", re.IGNORECASE)
HYPHENATED = re.compile(r"hanya-baca", re.IGNORECASE)


def test_read_only_is_hanya_baca_with_a_hyphen_in_every_indonesian_text():
    texts = {f"{context}: {source}": text for (context, source), text in translations().items()}
    texts.update({f"core: {source}": text for source, text in core_catalog("id").items()})
    spaced = {where: text for where, text in texts.items() if SPACED.search(text)}
    assert spaced == {}
    # the tab, the status bar, the lock dialog and the encoding dialog all say it
    shown = [text for where, text in texts.items() if "read-only" in where.lower()]
    assert len(shown) >= 6 and all(HYPHENATED.search(text) for text in shown), shown
