"""``python -m mailer.cli``."""

import sys

from mailer.cli.main import main

sys.exit(main())
