"""Write ``data/compliance/compiled.pickle``: the shipped rules read and planned, so that the
app loads them instead of working every pattern out at its first check (see
:mod:`desktop.core.compliance.compiled`). Run it after editing ``rules.toml`` or the code that
reads and plans it; ``tests/unit/test_compliance_compiled.py`` fails until it is run.

    python tools/compile_rules.py
"""

from __future__ import annotations

from desktop.core.compliance.compiled import FILE, content
from desktop.core.paths import resource

if __name__ == "__main__":
    path = resource(*FILE)
    path.write_bytes(content(resource("data", "compliance", "rules.toml").read_bytes()))
    print(f"wrote {path} ({path.stat().st_size:,} bytes)")
