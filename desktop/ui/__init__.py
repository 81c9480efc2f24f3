"""Qt widgets and models that adapt :mod:`desktop.core` to the desktop."""
