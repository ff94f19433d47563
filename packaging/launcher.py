"""Entry script of the PyInstaller bundle: ``netizen-editor [FILE...]`` or ``... export``."""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    # First thing in a frozen app: a child process started by multiprocessing (spawn, or
    # ProcessPoolExecutor) runs this same executable and must stop here, not open a window.
    multiprocessing.freeze_support()
    from netizen_editor.cli import main

    sys.exit(main())
