"""The suggestion model kept beside its library file: a later start reads it back instead of
building it, it ranks exactly as the built model does, and a stale, damaged or unwritable
file only means a build."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core import open_library, packed
from desktop.core.search import stored
from desktop.core.search.suggest import SuggestModel

ROOT = Path(__file__).resolve().parents[2]
MESSAGES = [
    json.loads(line)["text"]
    for name in ("en", "pt", "zh")
    for line in (ROOT / "tests" / "data" / "eval" / f"{name}.dev.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()[::4]
    if line.strip()
]


def _no_build(*_args: object, **_kwargs: object) -> SuggestModel:
    raise AssertionError("the model was built, not read")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new library file with its model built and stored beside it, made once per module:
    a build takes about a second, and the tests below start from a copy of it."""
    path = tmp_path_factory.mktemp("built") / "lib.sqlite"
    lib = open_library(path)
    lib.warm()
    lib.close()
    assert stored.model_path(path).exists()
    return path


def _copy_of(built: Path, folder: Path) -> Path:
    """The built library and its model, copied into ``folder``: the library file there."""
    for file in built.parent.iterdir():
        shutil.copy2(file, folder / file.name)
    return folder / built.name


def test_a_later_start_reads_the_model_and_ranks_as_the_built_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "lib.sqlite"
    first = open_library(path)
    built = [first.suggest(m, 3) for m in MESSAGES]
    groups = [first.suggest_groups(m) for m in MESSAGES[:20]]
    first.close()
    assert stored.model_path(path).stat().st_size > 100_000
    assert len(MESSAGES) > 60
    monkeypatch.setattr(SuggestModel, "from_rows", _no_build)
    again = open_library(path)
    try:
        assert [again.suggest(m, 3) for m in MESSAGES] == built
        assert [again.suggest_groups(m) for m in MESSAGES[:20]] == groups
    finally:
        again.close()


def test_a_changed_library_builds_a_new_model(tmp_path: Path, built: Path) -> None:
    path = _copy_of(built, tmp_path)
    before = stored.model_path(path).read_bytes()
    lib = open_library(path)
    try:
        lib.add(
            "shipping.tracking",
            "Your zeppelin parcel is on its way.",
            "您的飞艇包裹在路上。",
            examples=["where is my zeppelin parcel"],
        )
        assert lib.suggest("where is my zeppelin parcel", 1)[0].en.startswith("Your zeppelin")
    finally:
        lib.close()
    assert stored.model_path(path).read_bytes() != before


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],  # cut short
        lambda raw: b"not a model at all",
        lambda raw: raw[:40] + b"\xff" * 200 + raw[240:],  # a broken header
        lambda raw: stored.MAGIC + (10**9).to_bytes(8, "little") + b"{}",
    ],
)
def test_a_damaged_model_file_is_built_again(tmp_path: Path, built: Path, damage: object) -> None:
    path = _copy_of(built, tmp_path)
    lib = open_library(path)
    expected = [e.id for e in lib.suggest(MESSAGES[0], 3)]
    lib.close()
    model = stored.model_path(path)
    model.write_bytes(damage(model.read_bytes()))  # type: ignore[operator]
    lib = open_library(path)
    try:
        assert [e.id for e in lib.suggest(MESSAGES[0], 3)] == expected
    finally:
        lib.close()
    rows_lib = open_library(path)
    try:
        rows = SuggestModel.read(rows_lib._conn)
    finally:
        rows_lib.close()
    assert stored.load(model, stored.fingerprint(rows)) is not None  # written again, whole


def test_an_unwritable_folder_still_suggests(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = Path.open

    def read_only(self: Path, mode: str = "r", *args: object, **kwargs: object) -> object:
        if "w" in mode:
            raise PermissionError(13, "read-only folder")
        return real(self, mode, *args, **kwargs)  # type: ignore[call-overload]

    lib = open_library(tmp_path / "lib.sqlite")
    monkeypatch.setattr(Path, "open", read_only)  # the model cannot be written
    try:
        assert lib.suggest("where is my parcel", 3)
    finally:
        monkeypatch.undo()
        lib.close()
    assert not stored.model_path(tmp_path / "lib.sqlite").exists()
    assert not list(tmp_path.glob("*.part"))


def test_an_in_memory_library_writes_no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_file(*_args: object) -> bool:
        raise AssertionError("an in-memory library has no folder to keep a model in")

    monkeypatch.setattr(stored, "save", no_file)
    monkeypatch.setattr(stored, "load", no_file)
    lib = open_library(":memory:")
    try:
        assert lib.suggest("where is my parcel", 3)
    finally:
        lib.close()


_READER = """
import json, sys
from desktop.core import open_library, packed
from desktop.core.search.suggest import SuggestModel
def refuse(*args, **kwargs):
    raise SystemExit("built, not read")
SuggestModel.from_rows = refuse
lib = open_library(sys.argv[1])
print(json.dumps([[e.id for e in lib.suggest(m, 3)] for m in json.loads(sys.argv[2])]))
"""


@pytest.mark.parametrize("seed", ["1", "4242"])
def test_another_process_reads_the_same_model(tmp_path: Path, built: Path, seed: str) -> None:
    """``hash`` of a string differs from process to process: the stored model must be looked
    up the same way in a process with another hash seed."""
    path = _copy_of(built, tmp_path)
    lib = open_library(path)
    try:
        expected = [[e.id for e in lib.suggest(m, 3)] for m in MESSAGES[:30]]
    finally:
        lib.close()
    done = subprocess.run(
        [sys.executable, "-c", _READER, str(path), json.dumps(MESSAGES[:30])],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": seed},
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == expected


def test_a_new_bundle_build_builds_a_new_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a bundle the building code sits inside the executable: a new build of it (even of
    the same version) stands for new code."""
    executable = tmp_path / "borderdesk"
    executable.write_bytes(b"one build")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    rows = [("id", "scenario", "title", "标题", "[]", "[]", "[]", "[]")]
    first = stored.fingerprint(rows)
    assert stored.fingerprint(rows) == first
    os.utime(executable, ns=(10**18, 10**18))  # rebuilt
    assert stored.fingerprint(rows) != first


def test_arrays_read_a_piece_at_a_time_are_the_arrays_written(
    tmp_path: Path, built: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The arrays are read in pieces (the GUI thread takes the GIL between them): a piece
    size that splits every array unevenly reads back the same model."""
    path = _copy_of(built, tmp_path)
    whole = stored.load(stored.model_path(path), _stamp(path))
    monkeypatch.setattr(packed, "PIECE", 7)
    pieces = stored.load(stored.model_path(path), _stamp(path))
    assert whole is not None and pieces is not None
    for name in ("hashes", "order", "idf", "starts", "docs", "weights"):
        assert getattr(pieces.index, name) == getattr(whole.index, name)
        assert len(getattr(whole.index, name)) > 7


def _stamp(path: Path) -> str:
    """The fingerprint the library's own rows give its model."""
    lib = open_library(path)
    try:
        return stored.fingerprint(SuggestModel.read(lib._conn))
    finally:
        lib.close()
