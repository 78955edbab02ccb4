"""Entry point of the frozen app: the same ``costar`` command as ``python -m costar_desktop``."""

import sys

from costar_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
