"""From raw page to a complete parse layer.

`parse_page(page, idf)` parses one page; `DocumentFrequencies` collects the library-wide bigram document
frequencies whose `idf()` the importer passes as `idf` (see `frequencies`); `Learned` the roles editors gave
recurring lines, passed as `learned` (see `learned`).
"""

from .frequencies import DocumentFrequencies, Idf
from .learned import Learned
from .parser import PARSER_VERSION, parse_page

__all__ = ["PARSER_VERSION", "DocumentFrequencies", "Idf", "Learned", "parse_page"]
