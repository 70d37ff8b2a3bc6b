"""Fuzzing the import with seeded mutations of the program's own template and the small real
workbooks in tests/data (issue 16): whatever the bytes, the clerk gets a correct import or one
clear line naming the file; exit status 0, 1 or 2 only; no traceback, no "内部错误", no Rust panic
text; memory bounded (each child runs under RLIMIT_AS). Most mutations go through plan_import
and the error copy in one child process (what the window's worker does); a subset goes through
the real `fdh import --dry-run`. Bounded: about half a minute on a loaded two-core machine."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from mutator import mutate  # noqa: E402

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_AS is POSIX")

DATA = Path(__file__).resolve().parent.parent / "data"
MEMORY_LIMIT = 1536 * 2**20  # address space of each child, bytes
IN_PROCESS_PER_SEED = 40
THROUGH_CLI = 10

CHILD = r"""
import json, resource, sys
from pathlib import Path
limit = int(sys.argv[3])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from fdh_desktop.services.importing import plan_import, write_error_copy
from fdh_desktop.storage import Store, StoreError
store = Store.open(Path(sys.argv[1]))
for n, path in enumerate(json.loads(sys.argv[2])):
    path = Path(path)
    result = {"path": str(path), "lines": [], "crash": ""}
    try:
        fp = plan_import(store, [path]).files[0]
        result["lines"] = [p.line() for p in fp.problems]
        if fp.has_errors and fp.can_mark and n % 4 == 0:
            try:
                write_error_copy(fp, path.parent / "copies")
            except StoreError as exc:
                result["lines"].append("[错误] " + str(exc))
    except KeyboardInterrupt:
        raise
    except BaseException as exc:
        result["crash"] = f"{type(exc).__name__}: {exc}"[:300]
    print(json.dumps(result, ensure_ascii=False), flush=True)
"""


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


@pytest.fixture(scope="module")
def seeds(demo_db, tmp_path_factory) -> list[Path]:
    from fdh_desktop.services.exporting import make_template
    from fdh_desktop.storage import Store

    folder = tmp_path_factory.mktemp("seeds")
    with Store.open(demo_db) as store:
        template = make_template(store, folder / "template.xlsx", street="天桥").path
    return [template] + sorted(p for p in DATA.iterdir() if p.suffix in (".xlsx", ".xls", ".ods"))


@pytest.fixture
def district(demo_db, tmp_path) -> Path:
    path = tmp_path / "district.sqlite"
    shutil.copyfile(demo_db, path)
    return path


def _mutants(seeds: list[Path], folder: Path, per_seed: int, first: int) -> dict[Path, str]:
    """per_seed mutations of each seed, numbered from `first`: file → what was done to which seed."""
    made = {}
    for s, seed in enumerate(seeds):
        data = seed.read_bytes()
        for i in range(first, first + per_seed):
            label, changed = mutate(data, random.Random(s * 100_000 + i))
            path = folder / f"返回表{s}-{i}{seed.suffix}"
            path.write_bytes(changed)
            made[path] = f"{seed.name} #{i}: {label}"
    return made


def _assert_clean(name: str, lines: list[str], origin: str) -> None:
    for line in lines:
        assert "Traceback" not in line and "内部错误" not in line and "panicked" not in line, (origin, line)
        if line.startswith("[错误]"):
            assert name in line, (origin, line)


def test_mutated_workbooks_in_process(seeds, district, tmp_path):
    mutants = _mutants(seeds, tmp_path, IN_PROCESS_PER_SEED, 0)
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(district), json.dumps([str(p) for p in mutants], ensure_ascii=False),
         str(MEMORY_LIMIT)], capture_output=True, text=True, encoding="utf-8", timeout=600)
    results = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
    done = {Path(r["path"]) for r in results}
    # A child killed by the memory limit or a native abort stops early: name the mutation it was on.
    assert out.returncode == 0 and len(results) == len(mutants), (
        out.returncode, [mutants[p] for p in mutants if p not in done][:1], out.stderr[-2000:])
    assert "Traceback" not in out.stderr and "panicked" not in out.stderr, out.stderr[-2000:]
    crashes = [(mutants[Path(r["path"])], r["crash"]) for r in results if r["crash"]]
    assert not crashes, crashes
    for r in results:
        _assert_clean(Path(r["path"]).name, r["lines"], mutants[Path(r["path"])])
    refused = sum(1 for r in results if any(line.startswith("[错误]") for line in r["lines"]))
    print(f"\n{len(results)} mutated workbooks read in-process: {refused} refused with a named line, "
          f"{len(results) - refused} read")


def test_mutated_workbooks_through_fdh_import(seeds, district, tmp_path):
    per_seed = max(1, THROUGH_CLI // len(seeds))
    mutants = _mutants(seeds, tmp_path, per_seed, 1000)
    env = {**os.environ, "FDH_DB": str(district), "PYTHONIOENCODING": "utf-8"}
    for path, origin in mutants.items():
        out = subprocess.run([sys.executable, "-m", "fdh_desktop", "import", str(path), "--dry-run"],
                             capture_output=True, env=env, timeout=120, preexec_fn=_limit_memory)
        stdout = out.stdout.decode("utf-8", "replace")
        stderr = out.stderr.decode("utf-8", "replace")
        assert out.returncode in (0, 1, 2), (origin, out.returncode, stderr[-2000:])
        assert "Traceback" not in stderr + stdout and "panicked" not in stderr, (origin, stderr[-2000:])
        _assert_clean(path.name, (stdout + stderr).splitlines(), origin)
        if out.returncode == 1:
            assert any(line.startswith("[错误]") and path.name in line for line in stderr.splitlines()), (origin, stderr)
