"""`python -m kiosk.whatson.imports --format hsds|openactive PATH [--store FILE]`: see kiosk.whatson.imports.command."""

import sys

from kiosk.whatson.imports.command import main

sys.exit(main())
