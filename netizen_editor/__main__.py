from __future__ import annotations

import multiprocessing
import sys

from netizen_editor.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
