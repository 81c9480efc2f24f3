"""Today's retrieval and start-up beside the code before issue 9, measured in the same run.

The old code is checked out from git (:data:`BASELINE`) into a temporary worktree and run in
subprocesses with the same interpreter, on its own library file: the evaluation sets, the
selftest's start-up time and the peak memory of both come from one run on one machine.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: The last commit before retrieval 2.0 (issue 9).
BASELINE = "d3c6280"
#: The new dependencies of issue 9, by their folder in site-packages.
NEW_PACKAGES = ("pypinyin", "opencc", "Stemmer")

_EVAL = """
import json, sys
from pathlib import Path
from desktop.core import open_library
lib = open_library(sys.argv[1])
out = {}
for name, way in json.loads(sys.argv[3]).items():
    path = Path(sys.argv[2], name + "." + sys.argv[4] + ".jsonl")
    rows = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x]
    h1 = h3 = 0
    for r in rows:
        if way == "search":
            found = list(dict.fromkeys(e.scenario for e in lib.search(r["text"], 30)))[:3]
        else:
            found = [e.scenario for e in lib.suggest(r["text"], 3)]
        h1 += bool(found) and found[0] == r["scenario"]
        h3 += r["scenario"] in found
    out[name] = [len(rows), h1 / len(rows), h3 / len(rows)]
print(json.dumps(out))
"""


@contextmanager
def baseline_tree() -> Iterator[Path]:
    """A temporary git worktree of :data:`BASELINE`, removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="borderdesk-baseline-"))
    subprocess.run(
        ["git", "worktree", "add", "--detach", str(folder / "tree"), BASELINE],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    try:
        yield folder / "tree"
    finally:
        subprocess.run(
            ["git", "worktree", "remove", "--force", str(folder / "tree")],
            cwd=ROOT,
            check=False,
            capture_output=True,
        )


def _env(tree: Path, db: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(tree),
        "BORDERDESK_DB": str(db),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
    }


def evaluate(
    tree: Path, db: Path, sets: dict[str, str], half: str = "test"
) -> dict[str, list[float]]:
    """hit@1 and hit@3 of the code in ``tree`` on one half of the evaluation sets."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _EVAL,
            str(db),
            str(ROOT / "tests" / "data" / "eval"),
            json.dumps(sets),
            half,
        ],
        cwd=tree,
        env=_env(tree, db),
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(done.stdout))


def selftest(tree: Path, db: Path) -> tuple[float, float]:
    """One ``gui --selftest`` of the code in ``tree``: its start-up ms and peak RSS in MB."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "gui", "--selftest"],
        cwd=tree,
        env=_env(tree, db),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    out = proc.stdout.read() if proc.stdout else ""
    if status != 0:
        raise RuntimeError(f"selftest failed in {tree}: {out}")
    report = json.loads(out.strip().splitlines()[0])  # the timings (suggestions follow)
    return float(report["startup_ms"]), usage.ru_maxrss / 1024


def startup(old: Path, old_db: Path, new_db: Path, runs: int = 7) -> dict[str, float]:
    """Medians of alternating selftests of the old and the new code (after one warm-up each,
    which also creates and seeds each library file)."""
    selftest(old, old_db)
    selftest(ROOT, new_db)
    times: dict[str, list[float]] = {"old": [], "new": []}
    rss: dict[str, list[float]] = {"old": [], "new": []}
    for _ in range(runs):
        for name, tree, db in (("old", old, old_db), ("new", ROOT, new_db)):
            ms, mb = selftest(tree, db)
            times[name].append(ms)
            rss[name].append(mb)
    return {
        "startup_old_ms": statistics.median(times["old"]),
        "startup_new_ms": statistics.median(times["new"]),
        "rss_old_mb": max(rss["old"]),
        "rss_new_mb": max(rss["new"]),
    }


def package_sizes() -> dict[str, float]:
    """Installed size in MB of each new dependency (its package folder and metadata)."""
    import site

    found: dict[str, float] = {}
    for base in map(Path, site.getsitepackages()):
        for name in NEW_PACKAGES:
            total = 0
            for path in base.glob(f"{name}*"):
                files = path.rglob("*") if path.is_dir() else [path]
                total += sum(f.stat().st_size for f in files if f.is_file())
            if total:
                found[name] = round(total / 1e6, 1)
    return found
