"""The buyer panel's holidays come from the ``holidays`` package one country at a time: the
same holidays as the whole package gives, for every market, in a fraction of its modules."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: Every market's holidays for two years in three languages, and the country modules loaded.
_DUMP = """
import json, sys
from desktop.core.buyer.countries import codes
{setup}
found = {{}}
for code in codes():
    for language in (None, "zh_CN", "en_US"):
        days = country_holidays(code, years=[2026, 2027], language=language)
        found[f"{{code}} {{language}}"] = sorted((str(k), v) for k, v in days.items())
loaded = [m for m in sys.modules if m.startswith("holidays.countries.")]
print(json.dumps({{"holidays": found, "modules": len(loaded)}}))
"""
OURS = "from desktop.core.buyer.festivals import country_holidays"
WHOLE = "import holidays.countries\nfrom holidays import country_holidays"
#: A stand-in for the countries package that finds no module: the loader must recover.
BROKEN = (
    "import sys, types\n"
    "stand_in = types.ModuleType('holidays.countries'); stand_in.__path__ = ['/nonexistent']\n"
    "import holidays; sys.modules['holidays.countries'] = stand_in\n" + OURS
)


def _dump(setup: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _DUMP.format(setup=setup)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "LANG": "C.UTF-8"},
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_one_country_at_a_time_gives_the_whole_packages_holidays() -> None:
    ours, whole = _dump(OURS), _dump(WHOLE)
    assert ours["holidays"] == whole["holidays"]
    assert len(ours["holidays"]) == 120  # type: ignore[arg-type]
    assert ours["modules"] < whole["modules"] / 3  # the 40 markets and their neighbours


def test_a_package_layout_that_no_longer_fits_falls_back_to_the_whole_package() -> None:
    assert _dump(BROKEN)["holidays"] == _dump(WHOLE)["holidays"]
