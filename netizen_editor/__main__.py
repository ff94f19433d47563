from __future__ import annotations

import sys

from netizen_editor.cli import main

if __name__ == "__main__":
    # multiprocessing.freeze_support() only acts for a child started by multiprocessing
    # (spawn: "--multiprocessing-fork" after the program); the app starts none, and importing
    # multiprocessing costs ~20 ms of the start, so it is imported only for such a child
    if sys.argv[1:2] == ["--multiprocessing-fork"]:
        from multiprocessing import spawn

        spawn.freeze_support()  # multiprocessing.freeze_support() acts on Windows only
    sys.exit(main())
