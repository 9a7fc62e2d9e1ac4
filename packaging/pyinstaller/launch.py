"""PyInstaller's entry script for the packaged app: the same run() as `bulk-mailer`."""

import multiprocessing

from ui.app import run

if __name__ == "__main__":
    # A frozen app starts its build processes (mailer.sending.buildpool) as itself.
    multiprocessing.freeze_support()
    run()
