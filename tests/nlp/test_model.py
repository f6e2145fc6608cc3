"""The English pipeline: loaded lazily, once per process, with every component kept."""

from __future__ import annotations

import subprocess
import sys

import pytest

from storyline.errors import StorylineError
from storyline.nlp import nlp, parse, parse_many
from storyline.nlp.attributes import FAST_ATTRIBUTES
from storyline.nlp.model import load
from storyline.nlp.sentences import SENTENCE_HINTS


def test_nlp_model_loaded_once_across_many_parses() -> None:
    for n in range(5):
        parse(f"a{n}", "The envoy arrived in Baghdad. He met the minister.")
    list(parse_many((f"b{n}", "NATO trains Iraqi officers.") for n in range(20)))
    info = nlp.cache_info()
    assert info.misses == 1
    assert info.currsize == 1
    assert nlp() is nlp()


@pytest.mark.parametrize("component", ["tagger", "parser", FAST_ATTRIBUTES, "lemmatizer", "ner"])
def test_nlp_model_keeps_components_later_stages_need(component: str) -> None:
    assert component in nlp().pipe_names


def test_nlp_model_sentence_hints_run_before_parser() -> None:
    names = nlp().pipe_names
    assert names.index(SENTENCE_HINTS) < names.index("parser")


@pytest.mark.parametrize("package", ["storyline_no_such_model", "en_core_web_nonexistent_xyz"])
def test_nlp_model_missing_package_is_a_storyline_error(package: str) -> None:
    with pytest.raises(StorylineError, match=package):
        load(package)


def test_nlp_model_import_loads_nothing() -> None:
    code = (
        "import sys, storyline.nlp; "
        "assert 'spacy' not in sys.modules, 'spacy imported'; "
        "assert storyline.nlp.nlp.cache_info().currsize == 0"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
