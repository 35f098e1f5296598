"""Entry script for the PyInstaller bundle (the installed package does the rest)."""

import sys

from followup_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
