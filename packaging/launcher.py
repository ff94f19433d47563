"""Entry script of the PyInstaller bundle: ``netizen-editor [FILE...]`` or ``... export``."""

from __future__ import annotations

import sys

if __name__ == "__main__":
    # First thing in a frozen app: a child process started by multiprocessing (spawn, or
    # ProcessPoolExecutor) runs this same executable and must stop here, not open a window.
    # freeze_support() acts only for such a child ("--multiprocessing-fork" after the
    # program); the app starts none, and the import costs ~20 ms, so only then is it made.
    if sys.argv[1:2] == ["--multiprocessing-fork"]:
        from multiprocessing import spawn

        spawn.freeze_support()  # multiprocessing.freeze_support() acts on Windows only
    from netizen_editor.cli import main

    sys.exit(main())
