"""Write ``data/compliance/analysis.json``: what each shipped pattern requires and starts with,
so that reading the rules looks it up instead of working it out (see
:mod:`desktop.core.compliance.analysis`). Run it after editing ``rules.toml`` or the analysis
in ``anchors.py``; ``tests/unit/test_compliance_analysis.py`` fails until it is run.

    python tools/analyse_rules.py
"""

from __future__ import annotations

import json

from desktop.core.compliance.analysis import FILE, analyse
from desktop.core.compliance.plan import Plan
from desktop.core.compliance.rules import read_shipped
from desktop.core.paths import resource


def content() -> str:
    """The file's text for today's rules and code."""
    data = analyse(lambda: Plan(read_shipped(analysed=False)))
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


if __name__ == "__main__":
    path = resource(*FILE)
    path.write_text(content(), encoding="utf-8")
    print(f"wrote {path} ({path.stat().st_size:,} bytes)")
