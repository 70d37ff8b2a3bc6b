"""Timing and memory helpers: best of N wall-clock runs, peak RSS of a child process."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def paired(fn: Callable[[], object], reference: Callable[[], object], repeat: int = 5) -> tuple[float, float, float]:
    """(ours, reference, ratio): each run of `fn` right after a run of `reference`, so both see the
    same load on a shared machine; the medians of the times and of the per-pair ratios."""
    ours, refs, ratios = [], [], []
    for _ in range(repeat):
        start = time.perf_counter()
        reference()
        refs.append(time.perf_counter() - start)
        start = time.perf_counter()
        fn()
        ours.append(time.perf_counter() - start)
        ratios.append(ours[-1] / refs[-1])
    return statistics.median(ours), statistics.median(refs), statistics.median(ratios)


def row(name: str, seconds: float, reference: float | None, aim: float | None, peak_mb: float | None = None,
        note: str = "") -> dict:
    return {
        "name": name,
        "seconds": seconds,
        "reference_seconds": reference,
        "ratio": None if not reference else seconds / reference,
        "aim": aim,
        "peak_mb": peak_mb,
        "note": note,
    }


def in_child(code: str) -> dict:
    """Run Python code in a fresh interpreter; it must print one JSON object. Adds peak RSS (MB)."""
    wrapper = (
        "import json, resource, sys\n"
        + code
        # ru_maxrss survives exec (it would report the parent's peak); VmHWM is this process's own.
        + "\nRESULT['peak_mb'] = next(int(l.split()[1]) for l in open('/proc/self/status')"
        " if l.startswith('VmHWM')) / 1024\n"
        "print(json.dumps(RESULT))\n"
    )
    out = subprocess.run([sys.executable, "-c", wrapper], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])
