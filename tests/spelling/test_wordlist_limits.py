"""A newsroom word list that is big or holds junk under its 4 MB cap (QA26 #3): entries longer
than a word are left out, only the first ``MAX_ENTRIES`` are used, each said with the list's
file, and the spelling check still reports the story's typos."""

from __future__ import annotations

import random
import string

import pytest

from netizen_editor import i18n
from netizen_editor.article.model import Article
from netizen_editor.checks import CheckContext, run_checks
from netizen_editor.settings import Settings
from netizen_editor.spelling import wordlists
from netizen_editor.spelling.speller import Speller
from netizen_editor.storage.datadirs import CONFIG_ENV


@pytest.fixture(autouse=True)
def _own_config(tmp_path, monkeypatch):
    monkeypatch.setenv(CONFIG_ENV, str(tmp_path / "config"))
    monkeypatch.setattr(i18n, "_language", "en")


def test_entries_longer_than_a_word_are_left_out_and_said_with_the_first_line(tmp_path):
    # 1,300 "words" of 3,000 letters (3.9 MB) were added to Hunspell whole
    shared = tmp_path / "redaksi.txt"
    long_word = "b" * 3000
    shared.write_text(f"# kata\nkopdarr\n{long_word}\nujar {'k' * 41}\n{long_word}x\n")
    speller = Speller(extra_lists=[shared])
    speller.load(("id",))
    assert speller.known("kopdarr") and not speller.known(long_word)
    assert speller.list_problems == [
        f"The word list {shared}: 3 entries longer than 40 letters were left out (the first on"
        " line 3)"
    ]


def test_only_the_first_entries_of_a_huge_list_are_used_and_that_is_said(tmp_path, monkeypatch):
    monkeypatch.setattr(wordlists, "MAX_ENTRIES", 1000)
    shared = tmp_path / "redaksi.txt"
    shared.write_text("".join(f"kopdar{n:05d}x\n" for n in range(1500)))
    speller = Speller(extra_lists=[shared])
    speller.load(("id",))
    assert speller.known("kopdar00999x") and not speller.known("kopdar01000x")
    assert speller.list_problems == [
        f"The word list {shared} has more than 1000 entries: only the first 1000 are used"
    ]


def test_a_list_of_420000_random_words_leaves_the_storys_typos_reported(tmp_path, monkeypatch):
    # they all went into Hunspell (3.9 s) and made each suggestion 0.4 s: spelling ran out of
    # time from the story's first paragraph on. Its budget doubled here (4 s: still short of
    # that) for a machine running other work; the dictionaries' load (0.9 s here with the
    # list's first 50,000 words) no longer counts as the first block's step of 1 s, which a
    # slower computer, or this one late in a full test run, went past
    from netizen_editor.checks import registry

    monkeypatch.setitem(registry.RULE_BUDGETS, "spelling", 2 * registry.RULE_BUDGETS["spelling"])
    monkeypatch.setattr(registry, "ARTICLE_BUDGET", 2 * registry.ARTICLE_BUDGET)
    rng = random.Random(1)
    shared = tmp_path / "redaksi.txt"
    shared.write_text(
        "".join(
            "".join(rng.choices(string.ascii_lowercase, k=rng.randint(5, 9))) + "\n"
            for _ in range(420_000)
        )
    )
    paragraph = "Pemerintah kota mengubah aturan tentang banjir di wilayah itu, kata pejabat."
    body = "\n\n".join(f"{paragraph} Warga menyebut {typo} itu." for typo in ("bnjir", "kepda"))
    text = f"---\ntitle: Banjir\n---\n{body}\n"
    settings = Settings(newsroom_wordlist=str(shared))
    context = CheckContext(text=text, article=Article.parse(text), settings=settings)
    found = [f for f in run_checks(context) if f.rule == "spelling"]
    said = [f"{f.line}: {f.message}" for f in found]  # what a rule out of time says, and where
    assert [f.extra.get("word") for f in found if f.line > 1] == ["bnjir", "kepda"], said
    assert "took too long" not in " ".join(f.message for f in found)


def test_a_word_longer_than_a_word_is_not_added(tmp_path):
    shared = tmp_path / "redaksi.txt"
    with pytest.raises(wordlists.WordListError) as caught:
        wordlists.add(shared, "k" * 41)
    assert "more than 40 letters" in str(caught.value) and not shared.exists()


def test_a_word_added_to_a_long_list_adds_only_itself_to_the_dictionaries(tmp_path, monkeypatch):
    # each addition added the whole list to Hunspell again (on the window's thread)
    from netizen_editor.spelling import speller as speller_module

    shared = tmp_path / "redaksi.txt"
    shared.write_text("".join(f"kopdar{n:04d}x\n" for n in range(2000)))
    speller = Speller(extra_lists=[shared])
    speller.load(("id", "en"))
    added: list[int] = []
    real = speller_module._add_entries
    monkeypatch.setattr(
        speller_module,
        "_add_entries",
        lambda h, entries: added.append(len(entries)) or real(h, entries),
    )
    assert speller.add_word("ngabuburitt", shared) is True
    assert added == [1, 1]  # Indonesian and English, the new word only
    assert speller.known("ngabuburitt") and speller.known("kopdar1999x")


def test_the_dictionaries_load_is_not_the_first_blocks_step(tmp_path, monkeypatch):
    """The load of the dictionaries and lists is set-up, bounded by the rule's own deadline: a
    load longer than one step (here made so) leaves the story's typos reported."""
    import time

    from netizen_editor.checks import registry
    from netizen_editor.spelling import speller as speller_module

    real_load = speller_module.Speller.load

    def slow_load(self, languages=("id", "en")):
        real_load(self, languages)
        time.sleep(1.2 * registry.STEP_BUDGET)  # longer than a step: a slower computer's

    monkeypatch.setattr(speller_module.Speller, "load", slow_load)
    monkeypatch.setitem(registry.RULE_BUDGETS, "spelling", 5 * registry.STEP_BUDGET)
    monkeypatch.setattr(registry, "ARTICLE_BUDGET", 10 * registry.STEP_BUDGET)
    text = "---\ntitle: Banjir\n---\nWarga menyebut bnjir itu.\n\nLalu kepda warga.\n"
    settings = Settings()
    context = CheckContext(text=text, article=Article.parse(text), settings=settings)
    found = [f for f in run_checks(context) if f.rule == "spelling"]
    said = [f"{f.line}: {f.message}" for f in found]
    assert [f.extra.get("word") for f in found if f.line > 1] == ["bnjir", "kepda"], said
