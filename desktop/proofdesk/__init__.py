"""Proofdesk (校对台): turn raw OCR text of Chinese newspaper pages into a clean, article-level corpus."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("proofdesk")
except PackageNotFoundError:  # running from a source tree or a frozen bundle without metadata
    __version__ = "0.1.0"
