"""`python -m kiosk.imports --format hsds|openactive PATH [--store FILE]`: see kiosk.imports.command."""

import sys

from kiosk.imports.command import main

sys.exit(main())
