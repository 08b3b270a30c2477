"""File input: decoding bytes, reading tables, archives and plain-text corpora into raw frames."""

from analysis.io.source import InputFile, expand_inputs

__all__ = ["InputFile", "expand_inputs"]
