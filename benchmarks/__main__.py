"""`make bench`: every benchmark beside its bare reference, measured in the same run.

Prints a table of times, ratios against the aims, and peak memory; writes it as Markdown to
benchmarks/out/latest.md for the README.
"""

from __future__ import annotations

import importlib
import os
import platform
import sys
import time
from pathlib import Path

MODULES = ("bench_stats", "bench_progress", "bench_cli", "bench_import", "bench_start", "bench_gui", "bench_safety", "bench_hostile",
           "bench_scale")
OUT = Path(__file__).resolve().parent / "out"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def fmt(value: float | None, pattern: str) -> str:
    return "" if value is None else pattern.format(value)


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    wanted = argv or list(MODULES)
    rows: list[dict] = []
    for name in wanted:
        try:
            module = importlib.import_module(f"benchmarks.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"benchmarks.{name}":
                print(f"(skipped {name}: not present)")
                continue
            raise
        start = time.perf_counter()
        result = module.run()
        print(f"{name}: {time.perf_counter() - start:.1f} s", file=sys.stderr)
        rows.extend(result)
    lines = [
        f"Measured {time.strftime('%Y-%m-%d')} on {machine()}.",
        "",
        "| benchmark | ours (s) | bare reference (s) | ratio | aim | peak MB | note |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        met = ""
        if r["ratio"] is not None and r["aim"] is not None:
            met = " ✓" if r["ratio"] <= r["aim"] else " ✗"
        lines.append(
            f"| {r['name']} | {fmt(r['seconds'], '{:.3f}')} | {fmt(r['reference_seconds'], '{:.3f}')} | "
            f"{fmt(r['ratio'], '{:.2f}x')}{met} | {fmt(r['aim'], '≤ {:.1f}x')} | {fmt(r['peak_mb'], '{:.0f}')} | {r.get('note', '')} |"
        )
    table = "\n".join(lines)
    print(table)
    OUT.mkdir(exist_ok=True)
    (OUT / "latest.md").write_text(table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
