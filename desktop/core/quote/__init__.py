"""The quotation: from cost to price, the bargaining helper, and stored presets."""
