"""Background operations: each job the UI runs off its thread, typed."""
