"""Rollout table, statistics and comparisons over schemeguard's Inspect logs."""
