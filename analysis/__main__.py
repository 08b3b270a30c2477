"""Run Parley's command-line interface: python -m analysis."""

import sys

from analysis.cli.main import main

if __name__ == "__main__":  # worker processes may import this module; they must not run the CLI
    sys.exit(main())
