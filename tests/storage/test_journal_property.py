"""Property: with the autosave policy, a crash never loses text typed more than 2 s before it.

A simulated session types, deletes, saves and waits on a fake clock (milliseconds); a GUI timer
ticks every 250 ms and writes the journal entries the ``Autosaver`` says are due (delay 1 s).
A crash drops all in-memory state without cleanup; the restart finds, checks and claims what
the journal offers.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from netizen_editor.storage import atomic
from netizen_editor.storage.journal import Autosaver, Journal
from netizen_editor.storage.reading import read_article_file, write_article_file
from netizen_editor.storage.recovery import claim, find_recoverable, tidy

from .conftest import find_dead_pid, write_lock

TICK_MS = 250
DELAY_S = 1.0
SAFE_MS = 2000

waits = st.sampled_from([0, 10, 100, 250, 600, 900, 1000, 1300, 1999, 2000, 2600])
ops = st.one_of(
    st.tuples(st.just("type"), st.text(alphabet="ab \n", min_size=1, max_size=3), waits),
    st.tuples(st.just("delete"), st.integers(1, 3), waits),
    st.tuples(st.just("save"), st.none(), waits),
    st.tuples(st.just("wait"), st.none(), waits),
    st.tuples(st.just("crash"), st.booleans(), waits),
)


class Session:
    """What the GUI holds in memory for one open article."""

    def __init__(self, root: Path, article: Path, dead_pid: int, now_ms: int) -> None:
        self.root, self.article, self.dead_pid = root, article, dead_pid
        self.now_ms = now_ms
        self.start(text="", path=None, doc_id=Journal.new_doc_id(), journal=Journal(root))

    def start(self, text: str, path: Path | None, doc_id: str, journal: Journal) -> None:
        self.journal, self.doc_id = journal, doc_id
        self.text, self.path = text, path
        self.autosaver = Autosaver()
        self.history = [(self.now_ms, text)]  # (time typed, text after that keystroke)

    def advance(self, wait_ms: int) -> None:
        end = self.now_ms + wait_ms
        tick = (self.now_ms // TICK_MS + 1) * TICK_MS
        while tick <= end:
            self.now_ms = tick
            for doc in self.autosaver.due(self.now_ms / 1000, delay=DELAY_S):
                self.journal.write(
                    doc, self.text, path=self.path, cursor=len(self.text), saved_identity=None
                )
                self.autosaver.mark_written(doc)
            tick += TICK_MS
        self.now_ms = end

    def edit(self, text: str) -> None:
        self.text = text
        self.autosaver.note_edit(self.doc_id, self.now_ms / 1000)
        self.history.append((self.now_ms, text))

    def save(self) -> None:
        self.path = self.path or self.article
        write_article_file(self.path, self.text)
        self.journal.mark_saved(self.doc_id)
        self.autosaver.mark_written(self.doc_id)

    def crash_and_restart(self, leave_dead_lock: bool) -> None:
        crashed_at = self.now_ms
        safe = [i for i, (t, _) in enumerate(self.history) if t <= crashed_at - SAFE_MS]
        allowed = {text for _, text in self.history[safe[-1] if safe else 0 :]}
        lock = self.journal.lock
        if leave_dead_lock:
            write_lock(self.root, lock.session_id, self.dead_pid)
        else:
            lock.path.unlink(missing_ok=True)

        journal = Journal(self.root)  # the restarted app
        items = find_recoverable(self.root)
        assert len(items) <= 1
        if items:
            item = items[0]
            recovered, path = item.text, item.path
            doc_id = claim(item, journal)
        else:
            path = self.path
            recovered = read_article_file(path).text if path else ""
            doc_id = Journal.new_doc_id()
        assert recovered in allowed, (recovered, allowed)
        tidy(self.root)
        self.start(text=recovered, path=path, doc_id=doc_id, journal=journal)


@settings(max_examples=100, deadline=None)
@given(steps=st.lists(ops, max_size=30))
def test_crash_never_loses_text_older_than_two_seconds(steps: list[tuple]) -> None:
    dead_pid = find_dead_pid()
    with tempfile.TemporaryDirectory() as tmp, mock.patch.object(atomic, "_fsync", lambda fd: None):
        folder = Path(tmp)
        session = Session(folder / "journal", folder / "artikel.md", dead_pid, now_ms=0)
        for kind, arg, wait_ms in [*steps, ("crash", True, 0)]:
            session.advance(wait_ms)
            if kind == "type":
                session.edit(session.text + arg)
            elif kind == "delete":
                session.edit(session.text[:-arg])
            elif kind == "save":
                session.save()
            elif kind == "crash":
                session.crash_and_restart(leave_dead_lock=arg)
