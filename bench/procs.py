"""Reading a process's memory from /proc, for the benchmarks (Linux)."""

from __future__ import annotations

from pathlib import Path


def peak_rss_kb(pid: int) -> int:
    """VmHWM: the process's peak resident memory so far (0 once it is gone)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in status.splitlines()
                 if line.startswith("VmHWM:")), 0)


def children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []
