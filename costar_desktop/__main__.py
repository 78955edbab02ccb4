"""``python -m costar_desktop`` behaves like the ``costar`` command."""

import sys

from costar_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
