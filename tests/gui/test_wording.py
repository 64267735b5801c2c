"""Every code the core returns has words: in English (the window's source text and the command line) and in
Chinese (the window's translation)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from proofdesk import messages
from proofdesk.domain.ops import EditError, EditProblem
from proofdesk.gui import app
from proofdesk.gui.tagging.dialog import taxonomy_problem_text
from proofdesk.gui.wording import edit_problem_text, problem_text
from proofdesk.storage import Problem, StorageError
from proofdesk.themes import TaxonomyError, TaxonomyProblem


def _han(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _window_words() -> Iterator[tuple[object, Callable[[], str]]]:
    for edit in EditProblem:
        yield edit, partial(edit_problem_text, EditError(edit, 7))
    for storage in Problem:
        yield storage, partial(problem_text, storage)
    for taxonomy in TaxonomyProblem:
        yield taxonomy, partial(taxonomy_problem_text, TaxonomyError(taxonomy, "主题"))


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translators = app.install_translators(qapp, QLocale("zh_CN"))
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    # The language change reaches every widget left by earlier tests now, within this test, not in a later one.
    for _ in range(3):
        QApplication.sendPostedEvents()
        qapp.processEvents()


def test_every_code_has_english_words(qapp: QApplication) -> None:
    for code, words in _window_words():
        text = words()
        assert text and not _han(text.replace("主题", "")) and "{" not in text, code
    for edit in EditProblem:
        assert messages.edit_problem(EditError(edit, 7)), edit
    assert messages.edit_problem(EditError(EditProblem.NO_LINE, 7)) == "line 7 is blank or not on the page"
    for storage in Problem:
        assert messages.storage_problem(Path("x"), StorageError(storage)), storage


def test_every_code_has_chinese_words(chinese: None) -> None:
    for code, words in _window_words():
        text = words()
        assert _han(text.replace("主题", "")) and "{" not in text, code
    assert "7" in edit_problem_text(EditError(EditProblem.NO_LINE, 7)), "the line is named"
