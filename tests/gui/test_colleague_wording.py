"""A colleague is one person in Indonesian: the lock, take-over and conflict texts once called
the one who has the story open "mereka" (they), which reads as several people (QA34 F2). They
now name the person ({user}), say "-nya", or speak of the version on disk ("Muat Ulang Versi di
Disk"), which is also right when another program wrote the file."""

from __future__ import annotations

import re

from tests.gui.test_translations import translations

MEREKA = re.compile(r"\bmereka\b", re.IGNORECASE)


def test_no_indonesian_text_calls_one_colleague_mereka():
    said = {f"{context}: {source}": text for (context, source), text in translations().items()}
    assert {where: text for where, text in said.items() if MEREKA.search(text)} == {}


def test_the_conflict_buttons_name_the_version_on_disk():
    said = translations()
    assert said[("Prompts", "&Reload Theirs")] == "&Muat Ulang Versi di Disk"
    assert said[("CompareDialog", "&Take Theirs")] == "A&mbil Versi di Disk"
