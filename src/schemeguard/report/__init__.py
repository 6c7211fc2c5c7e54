"""Markdown / HTML reports and plots built from the rollout table."""
