"""Parley's analysis layer: corpus model, loaders and text analytics, with no UI imports."""

__version__ = "0.1.0"
