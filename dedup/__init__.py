"""Deduplication: exact (normalised-text hash shuffle) and near-duplicate (MinHash LSH)."""
