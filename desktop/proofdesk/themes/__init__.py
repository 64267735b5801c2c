"""Themes: the taxonomy editors tag articles with, and ranked suggestions learnt from the library.

Nothing here imports jieba at import time: `segment.load_jieba` loads it, in a worker thread.
"""

from .segment import is_loaded, load_jieba, tokenize
from .suggest import Document, Reason, Suggester, Suggestion
from .taxonomy import (
    DEFAULT_TAXONOMY,
    Retag,
    TaxonomyError,
    TaxonomyProblem,
    Theme,
    add_theme,
    count_tagged,
    default_taxonomy,
    delete_theme,
    dump_taxonomy,
    load_taxonomy,
    make_theme,
    merge_themes,
    move_theme,
    parse_taxonomy,
    rename_theme,
    update_theme,
)

__all__ = [
    "DEFAULT_TAXONOMY",
    "Document",
    "Reason",
    "Retag",
    "Suggester",
    "Suggestion",
    "TaxonomyError",
    "TaxonomyProblem",
    "Theme",
    "add_theme",
    "count_tagged",
    "default_taxonomy",
    "delete_theme",
    "dump_taxonomy",
    "is_loaded",
    "load_jieba",
    "load_taxonomy",
    "make_theme",
    "merge_themes",
    "move_theme",
    "parse_taxonomy",
    "rename_theme",
    "tokenize",
    "update_theme",
]
