"""The statement corpus: its schema and filter, loading and validating files, the sample."""
