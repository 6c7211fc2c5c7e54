"""Release gate (policy → GO / NO-GO with reasons) and capability-jump detection across checkpoints."""
