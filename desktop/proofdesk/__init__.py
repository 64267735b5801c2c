"""Proofdesk (校对台): turn raw OCR text of Chinese newspaper pages into a clean, article-level corpus."""

__version__ = "0.1.0"
"""The one place the version is written; pyproject.toml reads it from here."""
