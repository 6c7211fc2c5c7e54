"""Causal CoT interventions: remove or inject a thought, resample the continuation, measure the effect."""
