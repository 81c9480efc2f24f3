"""Shipping figures, each beside a baseline from the same run: launch to a painted window that
has searched and copied (``gui --selftest``) against a bare PySide6 window, peak memory with
the built-in library and with a large one, and the bundle's size against a hello-world
PySide6 bundle made by PyInstaller with its defaults.

    python -m bench.ship [--db LIBRARY] [--runs N]
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
#: The baseline: a bare window, shown and painted once, then the line the parent waits for.
BARE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
w = QLabel("hello"); w.resize(400, 300); w.show()
app.processEvents(); w.grab()
print("painted", flush=True)
"""


def _env(db: Path | None) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="default.warning=false")
    if db is not None:
        env["BORDERDESK_DB"] = str(db)
    return env


#: GNU time measures the child's peak RSS from a small parent: a child forked straight from
#: this process inherits its high-water mark (1.4 GB after the 100k library is built).
TIME = Path("/usr/bin/time")


def _launch(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds from launch to the child's first line on stdout, and its peak RSS in KB."""
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        wrapped = [str(TIME), "-f", "%M", "-o", rss.name, *cmd] if TIME.exists() else cmd
        t0 = time.perf_counter()
        child = subprocess.Popen(
            wrapped, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env
        )
        assert child.stdout is not None
        child.stdout.readline()
        seconds = time.perf_counter() - t0
        _, status, usage = os.wait4(child.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"{cmd} failed")
        measured = rss.read().strip().splitlines()
    return seconds, int(measured[-1]) if TIME.exists() and measured else int(usage.ru_maxrss)


def _app_cmd(exe: Path | None) -> list[str]:
    if exe is not None:
        return [str(exe), "gui", "--selftest"]
    return [sys.executable, "-m", "desktop", "gui", "--selftest"]


def startup(
    runs: int, exe: Path | None = None, bare_cmd: list[str] | None = None
) -> dict[str, float]:
    """Alternating runs of the bare window (``bare_cmd``, by default the BARE script under
    this Python) and the app's selftest, medians and their ratio."""
    bare, app = [], []
    bare_cmd = bare_cmd or [sys.executable, "-c", BARE]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "lib.sqlite"  # made by run 0 (a first start), reused as an agent's is
        for i in range(runs + 1):
            b, _ = _launch(bare_cmd, _env(None))
            a, _ = _launch(_app_cmd(exe), _env(db))
            if i:  # run 0 only warms the disk cache for both
                bare.append(b)
                app.append(a)
    return {
        "bare_s": statistics.median(bare),
        "app_s": statistics.median(app),
        "ratio": statistics.median(app) / statistics.median(bare),
    }


HELLO_EXE = OUT / "hello" / "dist" / "hello" / "hello"


def peak_rss(db: Path | None, exe: Path | None = None, first: bool = False) -> float:
    """Peak RSS (MB) of the selftest on a copy of ``db`` (None: the built-in library, made by
    a first start); of the first start itself with ``first``, else of the start after it (an
    agent's every day: the library exists, its index is built)."""
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "lib.sqlite"
        if db is not None:
            shutil.copy(db, target)
        _, kb = _launch(_app_cmd(exe), _env(target))
        if not first:
            _, kb = _launch(_app_cmd(exe), _env(target))
    return kb / 1024


def bare_rss() -> float:
    _, kb = _launch([sys.executable, "-c", BARE], _env(None))
    return kb / 1024


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def bundle_sizes() -> tuple[float | None, float | None]:
    """MB of dist/borderdesk and of a hello-world PySide6 bundle (built here once, with
    PyInstaller's defaults); None where PyInstaller or the bundle is missing."""
    ours = ROOT / "dist" / "borderdesk"
    hello = OUT / "hello" / "dist" / "hello"
    pyinstaller = shutil.which("pyinstaller") or str(Path(sys.executable).parent / "pyinstaller")
    if not hello.exists() and Path(pyinstaller).exists():
        work = OUT / "hello"
        work.mkdir(parents=True, exist_ok=True)
        (work / "hello.py").write_text(BARE, encoding="utf-8")
        subprocess.run(
            [pyinstaller, "--noconfirm", "--distpath", "dist", "--workpath", "build", "hello.py"],
            cwd=work,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    mb = 1024 * 1024
    return (
        _size(ours) / mb if ours.exists() else None,
        _size(hello) / mb if hello.exists() else None,
    )


def cjk_font() -> str | None:
    """The Chinese font the window will draw with (fontconfig's first), or None. Without one,
    Qt draws no Chinese glyph and the start-up and memory figures flatter the app: agents'
    PCs have one (Microsoft YaHei), this VM needs fonts-noto-cjk."""
    if shutil.which("fc-list") is None:
        return None
    listed = subprocess.run(
        ["fc-list", ":lang=zh-cn", "family"], capture_output=True, text=True, check=False
    ).stdout.split("\n")
    families = sorted({line.split(",")[0].strip() for line in listed if line.strip()})
    return next((f for f in families if "Sans" in f and "SC" in f), None) or next(
        iter(families), None
    )


def report(large: Path | None, runs: int = 7) -> None:
    # An agent's `make run` writes each module's bytecode at its first start; a shell with
    # PYTHONDONTWRITEBYTECODE (this VM's) would compile every module at every launch instead.
    compileall.compile_dir(ROOT / "desktop", quiet=1)
    font = cjk_font()
    print(f"CJK font: {font or 'none installed (the figures below flatter the app)'}")
    exe = ROOT / "dist" / "borderdesk" / "borderdesk"
    bundle = exe if exe.exists() else None
    ours, hello = bundle_sizes()  # builds the hello-world bundle the first time
    hello_cmd = [str(HELLO_EXE)] if HELLO_EXE.exists() else None
    print(f"== start-up: launch to painted window with search and copy, {runs} alternating runs")
    rows: list[tuple[str, Path | None, list[str] | None, str]] = [
        ("python -m desktop", None, None, "bare PySide6 window"),
        ("bundle", bundle, None, "bare PySide6 window"),
        ("bundle", bundle, hello_cmd, "hello-world bundle "),
    ]
    for name, path, bare_cmd, baseline in rows:
        if name == "bundle" and (path is None or (baseline.startswith("hello") and not bare_cmd)):
            print(f"{name}: not built (make bundle)")
            continue
        row = startup(runs, path, bare_cmd)
        print(
            f"{name:<18} app {row['app_s'] * 1000:7.0f} ms   {baseline} "
            f"{row['bare_s'] * 1000:5.0f} ms   ratio {row['ratio']:.2f} (target <= 1.5)"
        )
    print("\n== peak RSS (MB): the selftest's start, search, copy, every panel and a suggestion")
    print(f"bare PySide6 window {bare_rss():6.1f}")
    for name, path in (("python -m desktop", None), ("bundle", bundle)):
        if name == "bundle" and path is None:
            continue
        first = peak_rss(None, path, first=True)
        print(f"{name:<18} built-in, 1st start {first:6.1f}   (indexes the built-in replies)")
        print(f"{name:<18} built-in library    {peak_rss(None, path):6.1f}   (target <= 110)")
        if large is not None and large.exists():
            print(f"{name:<18} {large.name:<20}{peak_rss(large, path):6.1f}   (target <= 180)")
    print("\n== bundle size (MB)")
    print(
        f"borderdesk {ours if ours is None else round(ours, 1)}   hello-world PySide6 "
        f"{hello if hello is None else round(hello, 1)}   (target: no larger)"
    )
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(this benchmark process peaked at {own:.0f} MB)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="bench.ship")
    parser.add_argument("--db", type=Path, default=OUT / "bench-100000.sqlite")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    report(args.db, args.runs)
