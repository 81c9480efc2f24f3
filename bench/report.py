"""Weekly report figures: a year of heavy use (50,000 logged inquiries) — the report's time
beside a baseline that counts the same week in Python from every row, and the library file's
growth.  ``python -m bench.report [--entries N]``"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from desktop.core import Library, open_library
from desktop.core.library.scenarios import scenarios
from desktop.core.report.departments import default_department
from desktop.core.report.weekly import build
from desktop.core.report.weeks import week_of

COUNTRIES = ["US", "BR", "ES", "FR", "DE", "PL", "RU", "GB", "MX", "KR"]
NOTES = ["色差，转采购", "物流延误，转物流", "嫌贵，转主管", "", "", "", "", "", "", ""]


def fill(lib: Library, entries: int, now: int) -> None:
    """``entries`` inquiries spread over the year before ``now`` (one transaction)."""
    rng = random.Random(7)
    ids = list(scenarios())
    year = 365 * 86400
    rows = []
    for _ in range(entries):
        sid = rng.choice(ids)
        rows.append(
            (
                now - rng.randrange(year),
                sid,
                f"r{rng.randrange(5000)}",
                rng.choice(COUNTRIES),
                "aliexpress",
                default_department(sid),
                rng.choice(NOTES),
                0,
            )
        )
    with lib.db.atomic():
        lib.db.conn.executemany(
            "INSERT INTO inquiries(at, scenario, reply, country, platform, department, note, "
            "manual) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def baseline(lib: Library, start: int, end: int) -> dict[str, int]:
    """Every row read and the week counted in Python (what the grouped queries avoid)."""
    counts: Counter[str] = Counter()
    for at, scenario in lib.db.execute("SELECT at, scenario FROM inquiries"):
        if start <= at < end:
            counts[scenario] += 1
    return dict(counts)


def size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1e6


def main(entries: int = 50_000) -> None:
    folder = Path(tempfile.mkdtemp())
    path = folder / "lib.sqlite"
    lib = open_library(path)
    lib.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = size_mb(path)
    now = int(time.time())
    fill(lib, entries, now)
    lib.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    after = size_mb(path)
    week = week_of(now).previous()  # a whole week (this one may have just begun)
    start, end = week.bounds()
    runs, base = [], []
    for _ in range(30):
        t = time.perf_counter()
        report = build(lib, week)
        runs.append((time.perf_counter() - t) * 1000)
    for _ in range(10):
        t = time.perf_counter()
        baseline(lib, start, end)
        base.append((time.perf_counter() - t) * 1000)
    lib.close()
    print(f"== weekly report over {entries:,} logged inquiries (target < 200 ms, < 10 MB)")
    print(
        f"report p50 {statistics.median(runs):.1f} ms  max {max(runs):.1f} ms   "
        f"baseline (every row counted in Python) p50 {statistics.median(base):.1f} ms"
    )
    print(
        f"{week.label}: {report.total} inquiries; library file {before:.1f} MB -> {after:.1f} MB "
        f"(+{after - before:.1f} MB)"
    )


if __name__ == "__main__":
    main(int(sys.argv[sys.argv.index("--entries") + 1]) if "--entries" in sys.argv else 50_000)
