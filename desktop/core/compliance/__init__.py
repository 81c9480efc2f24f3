"""The compliance checker: what the platforms punish in a single message, found before it is
sent (rules in ``data/compliance/rules.toml``)."""
