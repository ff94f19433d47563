"""Entry script of the PyInstaller bundle: ``netizen-editor [FILE...]`` or ``... export``."""

from __future__ import annotations

import re
import sys

#: the command multiprocessing's resource tracker is started with (``python -c COMMAND``): in
#: the frozen app ``python`` is this executable
RESOURCE_TRACKER = re.compile(
    r"from multiprocessing\.resource_tracker import main;\s*main\((\d+)\)"
)


def _resource_tracker_fd(argv: list[str]) -> int | None:
    """The pipe of a resource tracker started as this executable, or None."""
    if "-c" not in argv[1:]:
        return None
    at = argv.index("-c", 1)
    m = RESOURCE_TRACKER.fullmatch(argv[at + 1]) if at + 1 < len(argv) else None
    return int(m.group(1)) if m else None


if __name__ == "__main__":
    # First thing in a frozen app: a child process started by multiprocessing (spawn: the
    # desk's workers, desk/parallel.py) runs this same executable and must stop here, not open
    # a window, and so must the resource tracker that spawn starts beside them (on Linux and
    # macOS). multiprocessing.freeze_support() acts only for such a child
    # ("--multiprocessing-fork" after the program); the import costs ~20 ms, so only then is it
    # made (PyInstaller's pyi_rth_multiprocessing, which did this at every start, is dropped).
    if sys.argv[1:2] == ["--multiprocessing-fork"]:
        from multiprocessing import spawn

        spawn.freeze_support()  # multiprocessing.freeze_support() acts on Windows only
    tracker = _resource_tracker_fd(sys.argv)
    if tracker is not None:
        from multiprocessing import resource_tracker

        resource_tracker.main(tracker)
        sys.exit()
    from netizen_editor.cli import main

    sys.exit(main())
