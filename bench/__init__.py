"""Benchmarks: generated corpora of stated sizes, medians, and ratios measured in the same run."""
