"""What two texts share at their start and at their end: the one stretch an edit changed."""

from __future__ import annotations


def common_ends(a: str, b: str) -> tuple[int, int]:
    """(the length of the longest common start of ``a`` and ``b``, that of their longest common
    end not reaching into it), found by halving with whole-slice compares (string compares in
    C, no loop per character)."""
    most = min(len(a), len(b))
    low, high = 0, most
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    head = low
    low, high = 0, most - head
    while low < high:
        middle = (low + high + 1) // 2
        if a[len(a) - middle :] == b[len(b) - middle :]:
            low = middle
        else:
            high = middle - 1
    return head, low
