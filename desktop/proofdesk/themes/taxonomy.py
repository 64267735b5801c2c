"""The theme taxonomy: themes with a one-line description and seed keywords, and the pure edits an editor
makes to it (add, rename, merge, delete).

A taxonomy is a tuple of `Theme`s in display order. Every edit returns a new tuple together with a
`Retag`, the mapping from old theme names to what existing tags become, so that storage and the suggester
can make the tags of every article follow the same edit.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from .. import paths

# Relative to the resources directory (`proofdesk.paths.resources_dir()`).
DEFAULT_TAXONOMY = Path("themes") / "default.json"


@dataclass(frozen=True, slots=True)
class Theme:
    """A subject from the taxonomy. `keywords` are phrases whose presence in an article suggests it."""

    name: str
    description: str = ""
    keywords: tuple[str, ...] = ()


class TaxonomyProblem(StrEnum):
    """Why a taxonomy edit was refused; the window words it."""

    EMPTY_NAME = "empty_name"
    DUPLICATE = "duplicate"
    UNKNOWN = "unknown"
    BAD_FILE = "bad_file"


class TaxonomyError(ValueError):
    """A refused edit or an unreadable taxonomy file; `problem` says why, `name` which theme or file."""

    def __init__(self, problem: TaxonomyProblem, name: str) -> None:
        super().__init__(f"{problem.value}: {name}")
        self.problem = problem
        self.name = name


@dataclass(frozen=True, slots=True)
class Retag:
    """What confirmed tags become after a taxonomy edit: `renamed[old] = new`; `deleted` are dropped."""

    renamed: Mapping[str, str] = field(default_factory=dict)
    deleted: frozenset[str] = frozenset()

    def apply(self, tags: Sequence[str]) -> tuple[str, ...]:
        """The tags after the edit, in their order, without duplicates (a merge can make two tags one)."""
        out: list[str] = []
        for tag in tags:
            if tag in self.deleted:
                continue
            new = self.renamed.get(tag, tag)
            if new not in out:
                out.append(new)
        return tuple(out)

    def __bool__(self) -> bool:
        return bool(self.renamed or self.deleted)


def make_theme(name: str, description: str = "", keywords: Iterable[str] = ()) -> Theme:
    """A theme with its name and keywords stripped and keywords de-duplicated (order kept)."""
    name = name.strip()
    if not name:
        raise TaxonomyError(TaxonomyProblem.EMPTY_NAME, name)
    kept: list[str] = []
    for keyword in keywords:
        keyword = keyword.strip()
        if keyword and keyword not in kept:
            kept.append(keyword)
    return Theme(name, description.strip(), tuple(kept))


def parse_taxonomy(data: Any, source: str = "") -> tuple[Theme, ...]:
    """Themes from decoded JSON: `{"themes": [{"name", "description", "keywords"}, ...]}`."""
    try:
        entries = data["themes"]
        themes = tuple(
            make_theme(str(e["name"]), str(e.get("description", "")), (str(k) for k in e.get("keywords", ())))
            for e in entries
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise TaxonomyError(TaxonomyProblem.BAD_FILE, source) from exc
    _check_unique(themes)
    return themes


def load_taxonomy(path: Path) -> tuple[Theme, ...]:
    """The taxonomy stored in a JSON file such as `resources/themes/default.json`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TaxonomyError(TaxonomyProblem.BAD_FILE, str(path)) from exc
    return parse_taxonomy(data, str(path))


def default_taxonomy() -> tuple[Theme, ...]:
    """The taxonomy shipped in the resources directory: what a new library starts with."""
    return load_taxonomy(paths.resources_dir() / DEFAULT_TAXONOMY)


def dump_taxonomy(themes: Sequence[Theme]) -> str:
    """The JSON text `load_taxonomy` reads back (for exporting an edited taxonomy)."""
    data = {
        "version": 1,
        "themes": [{"name": t.name, "description": t.description, "keywords": list(t.keywords)} for t in themes],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _check_unique(themes: Sequence[Theme]) -> None:
    seen: set[str] = set()
    for theme in themes:
        if theme.name in seen:
            raise TaxonomyError(TaxonomyProblem.DUPLICATE, theme.name)
        seen.add(theme.name)


def _index(themes: Sequence[Theme], name: str) -> int:
    for i, theme in enumerate(themes):
        if theme.name == name:
            return i
    raise TaxonomyError(TaxonomyProblem.UNKNOWN, name)


def add_theme(themes: Sequence[Theme], theme: Theme, position: int | None = None) -> tuple[Theme, ...]:
    """The taxonomy with `theme` inserted at `position` (default: last)."""
    theme = make_theme(theme.name, theme.description, theme.keywords)
    if any(t.name == theme.name for t in themes):
        raise TaxonomyError(TaxonomyProblem.DUPLICATE, theme.name)
    out = list(themes)
    out.insert(len(out) if position is None else position, theme)
    return tuple(out)


def update_theme(
    themes: Sequence[Theme], name: str, *, description: str | None = None, keywords: Iterable[str] | None = None
) -> tuple[Theme, ...]:
    """The taxonomy with the description and/or keywords of theme `name` replaced; tags are unaffected."""
    i = _index(themes, name)
    old = themes[i]
    new = make_theme(
        old.name,
        old.description if description is None else description,
        old.keywords if keywords is None else keywords,
    )
    return (*themes[:i], new, *themes[i + 1 :])


def rename_theme(themes: Sequence[Theme], old: str, new: str) -> tuple[tuple[Theme, ...], Retag]:
    """The taxonomy with theme `old` called `new`, in the same place, and the retag for its articles."""
    i = _index(themes, old)
    new = new.strip()
    if not new:
        raise TaxonomyError(TaxonomyProblem.EMPTY_NAME, new)
    if new == old:
        return tuple(themes), Retag()
    if any(t.name == new for t in themes):
        raise TaxonomyError(TaxonomyProblem.DUPLICATE, new)
    theme = themes[i]
    renamed = Theme(new, theme.description, theme.keywords)
    return (*themes[:i], renamed, *themes[i + 1 :]), Retag({old: new})


def merge_themes(themes: Sequence[Theme], sources: Iterable[str], target: str) -> tuple[tuple[Theme, ...], Retag]:
    """The taxonomy with every theme in `sources` folded into `target`, which keeps its place and
    description and gains their keywords; articles tagged with a source are tagged with the target."""
    target_i = _index(themes, target)
    names = [s for s in dict.fromkeys(sources) if s != target]
    for name in names:
        _index(themes, name)
    keywords = list(themes[target_i].keywords)
    for name in names:
        keywords.extend(themes[_index(themes, name)].keywords)
    merged = make_theme(target, themes[target_i].description, keywords)
    out = tuple(merged if t.name == target else t for t in themes if t.name not in names)
    return out, Retag({name: target for name in names})


def delete_theme(themes: Sequence[Theme], name: str) -> tuple[tuple[Theme, ...], Retag]:
    """The taxonomy without theme `name`; its tags are dropped from every article."""
    i = _index(themes, name)
    return (*themes[:i], *themes[i + 1 :]), Retag(deleted=frozenset({name}))


def move_theme(themes: Sequence[Theme], name: str, position: int) -> tuple[Theme, ...]:
    """The taxonomy with theme `name` moved to `position` (the order of the theme chips)."""
    i = _index(themes, name)
    out = list(themes)
    theme = out.pop(i)
    out.insert(position, theme)
    return tuple(out)


def count_tagged(tag_lists: Iterable[Sequence[str]], name: str) -> int:
    """How many articles carry theme `name` (what a delete warns about when tags are in memory)."""
    return sum(1 for tags in tag_lists if name in tags)
