"""`python -m rustlet` is the `rustlet` command."""
import sys

from rustlet.cli import main

sys.exit(main())
