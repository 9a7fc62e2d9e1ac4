"""PyInstaller's entry script for the packaged app: the same main() as `bulk-mailer`."""

from ui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
