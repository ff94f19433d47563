"""Rewrite the reference exports after a deliberate change to what an export writes:

    .venv/bin/python -m tests.reference.update

Review the result with ``git diff tests/reference/expected`` before committing it."""

from __future__ import annotations

import shutil
import sys

from tests.reference.exports import EXPECTED, export_all


def main() -> int:
    fresh = export_all()
    old = {p.relative_to(EXPECTED).as_posix(): p.read_bytes() for p in EXPECTED.rglob("*")
           if p.is_file()}  # fmt: skip
    shutil.rmtree(EXPECTED, ignore_errors=True)
    for name, data in fresh.items():
        target = EXPECTED / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    changed = sorted(n for n in fresh if old.get(n) != fresh[n])
    removed = sorted(set(old) - set(fresh))
    for name in changed:
        print(f"{'new' if name not in old else 'changed'}: tests/reference/expected/{name}")
    for name in removed:
        print(f"removed: tests/reference/expected/{name}")
    if not changed and not removed:
        print(f"the {len(fresh)} reference exports are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
