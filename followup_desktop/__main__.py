"""``python -m followup_desktop`` runs the application."""

import sys

from followup_desktop.app import main

sys.exit(main())
