"""Human review queue for CoT findings (export flagged rollouts, import decisions)."""
