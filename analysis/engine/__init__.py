"""The corpus index behind every query: tokens, postings and scores, built once and cached."""
