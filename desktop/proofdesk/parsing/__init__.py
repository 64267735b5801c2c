"""From raw page to a complete parse layer."""

from .parser import PARSER_VERSION, parse_page

__all__ = ["PARSER_VERSION", "parse_page"]
