"""Spell check on real Indonesian news: the false alarms it raises and the typos it finds.

    .venv/bin/python -m benchmarks.bench_false_alarms [--show]

The text is ``benchmarks/data/ud_indonesian_news.txt``: 2,146 sentences (about 44,500 words)
of Indonesian news and blog copy from the Universal Dependencies treebanks UD_Indonesian-CSUI
(genre news) and UD_Indonesian-GSD (news, blog), CC BY-SA 4.0; see
``benchmarks/data/LICENCE-ud-indonesian.md``. The sentences are as published in the treebanks
(their ``# text`` lines), typos and all: the source's own errors are real findings.

1. False alarms: the share of the sample's lowercase words the ``spelling`` rule flags (names
   are capitalised; the rule reads them as names), beside raw Hunspell (id_ID or en_US knows
   the word, no word lists) and the app's rule with the affix morphology off. Aim: <= 1.0 %.
   Every flagged word is either a real error of the source (a typo, a proper name written in
   lower case, a foreign word) or a false alarm: ``--show`` lists them by count.
2. Planted typos: words of the sample that the checker without the affix morphology accepts
   (so the set does not move when the morphology changes what it accepts), each given one
   slip (a letter left out, two swapped, one doubled, one replaced by a neighbour on the
   keyboard, a wrong nasal prefix: menhentikan), made deterministically. A slip that gives a
   word raw Hunspell knows is a real word (no spell checker can tell) and is not planted.
   Recall: the share of planted typos flagged as ``spelling`` or ``non-standard``. Aim: 100 %.
3. Speed: the time to check every word of the sample once, from empty caches.
4. With ``--suggestions``: the suggestions for the planted typos (about a minute): for how many
   the word meant comes first and is among them, how many a typo gets on average and how many
   get none.
"""

from __future__ import annotations

import argparse
import collections
import time
from pathlib import Path

from netizen_editor.spelling import words as words_module
from netizen_editor.spelling.check import NON_STANDARD, SPELLING, word_issue
from netizen_editor.spelling.nonstandard import load_table
from netizen_editor.spelling.speller import Speller, _load_hunspell, _spell
from netizen_editor.spelling.words import Word, line_words

SAMPLE = Path(__file__).parent / "data" / "ud_indonesian_news.txt"
FALSE_ALARM_AIM = 1.0  # per cent of lowercase words
PLANTED = 400
#: neighbours on a QWERTY keyboard, for a slip of the finger
_NEAR = {
    "a": "s", "b": "v", "c": "x", "d": "f", "e": "r", "f": "g", "g": "h", "h": "j", "i": "o",
    "j": "k", "k": "l", "l": "k", "m": "n", "n": "m", "o": "p", "p": "o", "q": "w", "r": "t",
    "s": "d", "t": "y", "u": "i", "v": "b", "w": "e", "x": "c", "y": "u", "z": "x",
}  # fmt: skip
_NASAL_SLIPS = (("meng", "men"), ("mem", "men"), ("meny", "men"), ("men", "meng"))


def sample_words() -> list[Word]:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    return [w for line in lines for w in line_words(line)]


def lowercase(words: list[Word]) -> list[str]:
    return [w.text for w in words if w.text == w.text.lower()]


def flagged(speller: Speller, words: list[str]) -> list[str]:
    table = load_table()
    found = []
    for text in words:
        word = Word(0, len(text), text, False, False)
        issue = word_issue(0, word, speller, "id", table)
        if issue is not None and issue.kind == SPELLING:
            found.append(text)
    return found


def slip(word: str, number: int) -> str:
    """One slip in ``word`` (at least 6 letters), chosen by ``number``."""
    kind = number % 5
    at = 2 + (number // 5) % (len(word) - 3)  # not the first two letters: prefixes stay
    if kind == 0:
        return word[:at] + word[at + 1 :]  # a letter left out
    if kind == 1:
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]  # two swapped
    if kind == 2:
        return word[:at] + word[at] + word[at:]  # one doubled
    if kind == 3:
        return word[:at] + _NEAR.get(word[at], word[at]) + word[at + 1 :]  # a neighbour
    for right, wrong in _NASAL_SLIPS:  # a wrong nasal prefix
        if word.startswith(right) and not word.startswith(wrong):
            return wrong + word[len(right) :]
    return word[:at] + word[at + 1 :]


def planted(
    speller: Speller, plain: Speller, words: list[str], raw: list[object]
) -> list[tuple[str, str]]:
    """(right, typo) pairs: each a word of the sample known without the affix morphology,
    with one slip that raw Hunspell does not know and the checker without the morphology
    flags (a real word with a clitic, beranya, is not a slip any spell checker can see).
    The words come from ``plain``, not the checker under test: a change to the morphology
    does not pick other typos to test it with."""
    distinct = sorted({w for w in words if len(w) >= 6 and w.isalpha() and plain.known(w)})
    step = max(1, len(distinct) // (PLANTED * 3))
    pairs: list[tuple[str, str]] = []
    nasal = [w for w in distinct if w.startswith(("meng", "mem", "meny", "men"))]
    for number, right in enumerate(distinct[::step] + nasal[:: max(1, len(nasal) // 60)]):
        typo = slip(right, number if right not in nasal else 4)
        real = any(_spell(d, typo) for d in raw) or plain.known(typo)
        if typo != right and not real:
            pairs.append((right, typo))
        if len(pairs) >= PLANTED + 60:
            break
    return pairs


def suggestions_line(speller: Speller, pairs: list[tuple[str, str]]) -> str:
    """How the suggestions for the planted typos name the word meant."""
    first = among = offered = none = 0
    for right, typo in pairs:
        found = [s.lower() for s in speller.suggest(typo, "id")]
        first += found[:1] == [right]
        among += right in found
        offered += len(found)
        none += not found
    n = len(pairs)
    return (
        f"suggestions for the planted typos: the word meant first {first}/{n}, among them "
        f"{among}/{n}; {offered / n:.2f} a typo, none for {none}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="list the flagged words by count")
    parser.add_argument(
        "--suggestions", action="store_true", help="measure the planted typos' suggestions"
    )
    args = parser.parse_args()

    words = sample_words()
    low = lowercase(words)
    folder = Speller().folder
    raw = [_load_hunspell(folder, "id_ID"), _load_hunspell(folder, "en_US")]
    raw_flagged = [w for w in low if not any(_spell(d, w) for d in raw)]

    plain = Speller()
    plain._morphology_tried = True  # the rule as it was: no affix morphology
    plain.load()
    plain_flagged = flagged(plain, low)

    speller = Speller()
    speller.load()
    words_module.forget_lines()
    start = time.perf_counter()
    words = sample_words()
    app_flagged = flagged(speller, lowercase(words))
    elapsed_ms = (time.perf_counter() - start) * 1000

    def share(found: list[str]) -> str:
        return f"{100 * len(found) / len(low):.2f} % ({len(found)} words)"

    print(f"sample: {SAMPLE.name}, {len(words)} words, {len(low)} lowercase")
    print(f"raw Hunspell id_ID+en_US flags:      {share(raw_flagged)}")
    print(f"spelling rule, no morphology:        {share(plain_flagged)}")
    verdict = "ok" if 100 * len(app_flagged) / len(low) <= FALSE_ALARM_AIM else "OVER AIM"
    print(f"spelling rule (the app):             {share(app_flagged)}  [{verdict}]")
    print(f"checking the sample from empty caches: {elapsed_ms:.0f} ms")

    table = load_table()
    pairs = planted(speller, plain, low, raw)
    missed = []
    for right, typo in pairs:
        issue = word_issue(0, Word(0, len(typo), typo, False, False), speller, "id", table)
        if issue is None or issue.kind not in (SPELLING, NON_STANDARD):
            missed.append(f"{right}->{typo}")
    found = len(pairs) - len(missed)
    print(f"planted typos found: {found}/{len(pairs)} ({100 * found / len(pairs):.1f} %)")
    if missed:
        print("missed:", " ".join(missed))
    if args.suggestions:
        print(suggestions_line(speller, pairs))
    if args.show:
        counts = collections.Counter(app_flagged)
        print("flagged:", " ".join(f"{w}:{n}" if n > 1 else w for w, n in counts.most_common()))


if __name__ == "__main__":
    main()
