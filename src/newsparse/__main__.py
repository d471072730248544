"""``python -m newsparse`` runs the command-line interface."""

import sys

from newsparse.cli.main import main

sys.exit(main())
