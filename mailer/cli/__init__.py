"""The `mailer` command: one module per command family; ``main`` is the entry point."""

from mailer.cli.main import main

__all__ = ["main"]
