"""Chain-of-thought analyses: evaluation awareness, spec reasoning and fabricated principles,
residual failure modes, confirmed hits and legibility. Each reads the CoT text of a rollout
(the `reasoning` column of the rollout table) and never recomputes a rollout."""
