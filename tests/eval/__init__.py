"""Evaluation set for quote extraction: hand-written fictional articles with gold statements."""
