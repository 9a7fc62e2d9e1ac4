"""Bulk Mailer's desktop app (PySide6). Talks to the core only through mailer's public API."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _version

try:
    __version__ = _version("bulk-mailer")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
