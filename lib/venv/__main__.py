"""`python -m venv`: errors are reported as "Error: ..." with status 1."""

import sys

from . import main

status = 1
try:
    main()
    status = 0
except Exception as err:
    print(f"Error: {err}", file=sys.stderr)
sys.exit(status)
