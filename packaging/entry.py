"""The bundled program's first module: the same entry point as `licdesk` installed from the wheel."""

import sys

from licdesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
