"""Command-line interface: python -m analysis SUBCOMMAND (see cli/main.py)."""
