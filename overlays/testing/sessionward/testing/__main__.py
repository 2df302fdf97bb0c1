"""`python -m sessionward.testing`: see `sessionward.testing._cli`."""

import sys

from sessionward.testing._cli import main

sys.exit(main())
