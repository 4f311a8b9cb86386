"""`python -m formclients`: the same as the `formclients` command."""

import sys

from formclients.cli import main

sys.exit(main())
