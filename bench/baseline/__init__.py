"""Frozen copies of the search and suggestion code as it was before issue 9 (commit d3c6280),
so `make bench` can measure today's retrieval side by side with the old one in the same run.
Not imported by the app."""
