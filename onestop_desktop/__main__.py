"""`python -m onestop_desktop` is the same as the `onestop-desktop` command."""

import sys

from onestop_desktop.cli import main

sys.exit(main())
