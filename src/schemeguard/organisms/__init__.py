"""Model organisms: scripted agents with known propensities, served as the `organism/...` provider."""
