"""Write ``data/compliance/analysis.marshal``: what each shipped pattern requires and starts with,
so that reading the rules looks it up instead of working it out (see
:mod:`desktop.core.compliance.analysis`). Run it after editing ``rules.toml`` or the analysis
in ``anchors.py``; ``tests/unit/test_compliance_analysis.py`` fails until it is run.

    python tools/analyse_rules.py
"""

from __future__ import annotations

import hashlib
import marshal
import tomllib
from typing import Any

from desktop.core.compliance.analysis import FILE, FORMAT, analyse
from desktop.core.compliance.plan import Plan
from desktop.core.compliance.rules import read_shipped
from desktop.core.paths import resource


def content() -> dict[str, Any]:
    """What the file holds for today's rules and code."""
    raw = resource("data", "compliance", "rules.toml").read_bytes()
    return {
        "format": FORMAT,
        "sha256": hashlib.sha256(raw).hexdigest(),
        "rules": tomllib.loads(raw.decode("utf-8")),
        "known": analyse(lambda: Plan(read_shipped(analysed=False))),
    }


if __name__ == "__main__":
    path = resource(*FILE)
    path.write_bytes(marshal.dumps(content()))
    print(f"wrote {path} ({path.stat().st_size:,} bytes)")
