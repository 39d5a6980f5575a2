"""``python -m benchmarks``: run the registered benchmarks (see ``--help``)."""

import sys

from benchmarks.cli import main

sys.exit(main())
