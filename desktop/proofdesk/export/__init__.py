"""Exports of the clean corpus: JSONL, a TXT folder, CSV. Every export is written atomically."""

from .atomic import ExportError, ExportProblem
from .corpus import ExportReport, Format, export_library
from .writers import FIELDS, Suggest

__all__ = ["FIELDS", "ExportError", "ExportProblem", "ExportReport", "Format", "Suggest", "export_library"]
