"""PyInstaller's entry script for the packaged app: the same run() as `bulk-mailer`."""

from ui.app import run

if __name__ == "__main__":
    run()
