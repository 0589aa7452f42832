"""Renditions of our documents in the shapes scrapers produce (issue 9): generate.py makes
them, compare.py compares records field by field, gold.py scores against the shared gold,
report.py prints the figures (`python -m tests.renditions.report`)."""
