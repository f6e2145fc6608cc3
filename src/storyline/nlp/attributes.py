"""The English pipeline's attribute rules, applied without spaCy's Matcher.

``en_core_web_sm`` ends its tagging with an ``attribute_ruler``: 179 rules that set a token's
coarse part of speech, morphology and some lemmas from its fine tag, its lower-case form and
its dependency label ("IN" + "that" is SCONJ; "n't" after "ai" is lemmatised "be"). spaCy runs
them through its general Matcher, which tries every rule at every token: about a sixth of the
whole pipeline's time on news text, more than storyline's own reading of the events.

:class:`FastAttributes` applies the same rules, read from the model's own ruler when the
pipeline is loaded, by looking each token up by the value one of its conditions requires
(its tag or its form), so only the few rules that can match a token are tried, and what the
one-token rules (all but a few) make of a token is kept for its values (tag, form, label): news
repeats its words, so most tokens are read from that cache. The result is
the ruler's, token for token: matches are applied in the ruler's order (a later rule wins),
and each rule may only test what this module can test (exact values, ``IN`` and ``NOT_IN``
lists, ``REGEX`` on TAG, LOWER and DEP, and IS_SPACE); a model whose rules test anything else
keeps spaCy's ruler (:func:`replace_ruler` says whether it replaced it).
``tests/nlp/test_attributes.py`` compares both on real text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

__all__ = ["FAST_ATTRIBUTES", "FastAttributes", "replace_ruler"]

FAST_ATTRIBUTES = "storyline_attributes"
"""The name of the component in the pipeline, where ``attribute_ruler`` stood."""

TESTED = ("TAG", "LOWER", "DEP", "IS_SPACE")
"""The token attributes a rule may test (the columns :meth:`FastAttributes.__call__` reads)."""
ANCHORS = ("LOWER", "TAG", "DEP", "IS_SPACE")
"""The attributes a rule is filed under, the most telling first (see ``_index``)."""

Test = Callable[[int, Callable[[int], str]], bool]
"""Whether a token's value (a string's hash) meets one condition; the second argument gives
the string of a hash (for a regular expression)."""


@dataclass(frozen=True)
class _Rule:
    """One pattern of one rule: a condition per token (attribute column → test), the rule's
    position (later rules win) and which token of the match it sets."""

    order: int
    steps: tuple[tuple[tuple[int, Test], ...], ...]
    index: int


@dataclass(frozen=True)
class _Reading:
    """What the rules make of a token by its own values (a row of the tested columns): the
    one-token rules that match it (by order) and the attributes they set together, applied in
    the ruler's order; and the longer rules whose first token it may be."""

    orders: tuple[int, ...]
    attrs: dict[Any, Any]
    longer: tuple[_Rule, ...]


class FastAttributes:
    """The rules of a model's ``attribute_ruler`` (see the module docstring)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = ruler.vocab.strings
        self.attrs: list[dict[Any, Any]] = list(ruler.attrs)
        self._by_value: list[dict[int, list[_Rule]]] = [{} for _ in TESTED]
        self._always: list[_Rule] = []
        self._unfiled_by_row: dict[tuple[int, ...], tuple[_Rule, ...]] = {}
        self._readings: dict[tuple[int, ...], _Reading] = {}
        self._unfiled_columns: tuple[int, ...] = ()
        rules: list[dict[str, Any]] = ruler.patterns
        for order, rule in enumerate(rules):
            for pattern in rule["patterns"]:
                steps = tuple(_step(spec, strings) for spec in pattern)
                index = rule["index"] + len(steps) if rule["index"] < 0 else rule["index"]
                if not 0 <= index < len(steps):
                    raise ValueError(f"attribute rule index {rule['index']} out of its pattern")
                self._index(_Rule(order, steps, index), pattern[0], strings)
        self._unfiled_columns = tuple(
            sorted({column for rule in self._always for column, _ in rule.steps[0]})
        )  # what the first token of a rule filed under no value is tested on

    def _index(self, rule: _Rule, first: Mapping[str, Any], strings: Any) -> None:
        """File a rule under a value its first token must have: its form, else its tag, else
        its dependency label, else whether it is a space (the rarest first)."""
        for name in ANCHORS:
            value = first.get(name)
            if isinstance(value, bool):
                values = [int(value)]
            elif isinstance(value, str):
                values = [strings[value]]
            elif isinstance(value, dict) and set(value) == {"IN"}:
                values = [strings[one] for one in value["IN"]]
            else:
                continue
            column = self._by_value[TESTED.index(name)]
            for one in values:
                column.setdefault(one, []).append(rule)
            return
        self._always.append(rule)

    def _unfiled(self, row: Sequence[int], text_of: Callable[[int], str]) -> Sequence[_Rule]:
        """The rules filed under no value whose first token's conditions ``row`` meets: worked
        out once for the values those conditions test (the model's two such rules test a
        regular expression on the form, tried otherwise at every token)."""
        key = tuple(row[column] for column in self._unfiled_columns)
        found = self._unfiled_by_row.get(key)
        if found is None:
            if len(self._unfiled_by_row) >= MAX_CACHED_VALUES:
                self._unfiled_by_row.clear()
            found = self._unfiled_by_row[key] = tuple(
                rule
                for rule in self._always
                if all(test(row[column], text_of) for column, test in rule.steps[0])
            )
        return found

    def _read(self, row: tuple[int, ...], text_of: Callable[[int], str]) -> _Reading:
        """The reading of a token whose tested values are ``row``, worked out once per row
        (news repeats its words: most tokens are read from this cache)."""
        found = self._readings.get(row)
        if found is None:
            if len(self._readings) >= MAX_CACHED_VALUES:
                self._readings.clear()
            rules = [
                *(
                    rule
                    for column, by in enumerate(self._by_value)
                    for rule in by.get(row[column], ())
                ),
                *self._unfiled(row, text_of),
            ]
            first = [rule for rule in rules if _holds(rule.steps[0], row, text_of)]
            orders = tuple(sorted({rule.order for rule in first if len(rule.steps) == 1}))
            attrs: dict[Any, Any] = {}
            for order in orders:
                attrs.update(self.attrs[order])
            longer = tuple(rule for rule in first if len(rule.steps) > 1)
            found = self._readings[row] = _Reading(orders, attrs, longer)
        return found

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
        from spacy.tokens._retokenize import set_token_attrs

        rows: list[list[int]] = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        strings = doc.vocab.strings
        texts: dict[int, str] = {}

        def text_of(value: int) -> str:
            found = texts.get(value)
            if found is None:
                found = texts[value] = strings[value] if value else ""
            return found

        readings = [self._read(tuple(row), text_of) for row in rows]
        longer: dict[int, list[tuple[int, int]]] = {}  # target -> (order, start) of a match
        for start, reading in enumerate(readings):
            for rule in reading.longer:
                if _matches(rule, rows, start, text_of):
                    longer.setdefault(start + rule.index, []).append((rule.order, start))
        for target, reading in enumerate(readings):
            if target in longer:
                set_token_attrs(doc[target], self._merged(target, reading, longer[target]))
            elif reading.orders:
                set_token_attrs(doc[target], reading.attrs)
        return doc

    def _merged(
        self, target: int, reading: _Reading, longer: list[tuple[int, int]]
    ) -> dict[Any, Any]:
        """The attributes of every rule that matched ``target``, a later rule's winning (and
        of one rule, the match that starts later), as the ruler applies them."""
        merged: dict[Any, Any] = {}
        for order, _ in sorted([*((order, target) for order in reading.orders), *longer]):
            merged.update(self.attrs[order])
        return merged


def _holds(
    step: tuple[tuple[int, Test], ...], row: Sequence[int], text_of: Callable[[int], str]
) -> bool:
    """Whether a token whose tested values are ``row`` meets one token's conditions."""
    return all(test(row[column], text_of) for column, test in step)


def _matches(
    rule: _Rule, rows: Sequence[Sequence[int]], start: int, text_of: Callable[[int], str]
) -> bool:
    if start + len(rule.steps) > len(rows):
        return False
    for offset, step in enumerate(rule.steps):
        row = rows[start + offset]
        for column, test in step:
            if not test(row[column], text_of):
                return False
    return True


def _step(spec: Mapping[str, Any], strings: Any) -> tuple[tuple[int, Test], ...]:
    """The tests of one token of a pattern; ValueError for a condition this module cannot test."""
    tests: list[tuple[int, Test]] = []
    for name, value in spec.items():
        if name not in TESTED:
            raise ValueError(f"attribute rule tests {name}")
        tests.append((TESTED.index(name), _test(value, strings)))
    return tuple(tests)


def _test(value: Any, strings: Any) -> Test:
    """One condition as a test of a string's hash."""
    if isinstance(value, bool):
        flag = int(value)
        return lambda v, _: v == flag
    if isinstance(value, str):
        wanted: int = strings[value]
        return lambda v, _: v == wanted
    if isinstance(value, dict) and set(value) == {"NOT_IN"}:
        barred = frozenset(strings[x] for x in value["NOT_IN"])
        return lambda v, _: v not in barred
    if isinstance(value, dict) and set(value) == {"IN"}:
        allowed = frozenset(strings[x] for x in value["IN"])
        return lambda v, _: v in allowed
    if isinstance(value, dict) and set(value) == {"REGEX"}:
        return _regex_test(re.compile(value["REGEX"]))
    raise ValueError(f"attribute rule condition {value!r}")


MAX_CACHED_VALUES = 200_000
"""Strings whose answer a regular-expression test keeps: a rule without a value to file it
under (two of the model's) is tried at every token, and news repeats its words."""


def _regex_test(pattern: re.Pattern[str]) -> Test:
    """A ``REGEX`` condition as a test, its answer kept for each string it has seen (the cache
    starts over when full, so a long run's memory stays bounded)."""
    answers: dict[int, bool] = {}

    def test(value: int, text_of: Callable[[int], str]) -> bool:
        found = answers.get(value)
        if found is None:
            if len(answers) >= MAX_CACHED_VALUES:
                answers.clear()
            found = answers[value] = pattern.search(text_of(value)) is not None
        return found

    return test


def replace_ruler(pipeline: Language) -> bool:
    """Put :class:`FastAttributes` where the pipeline's ``attribute_ruler`` stands; False (and
    the pipeline as it was) when there is none or a rule tests what it cannot."""
    from spacy.language import Language

    if "attribute_ruler" not in pipeline.pipe_names:
        return False
    try:
        FastAttributes(pipeline.get_pipe("attribute_ruler"))  # type: ignore[arg-type]
    except ValueError:
        return False
    if FAST_ATTRIBUTES not in Language.factories:
        Language.factory(FAST_ATTRIBUTES, func=_from_ruler)
    pipeline.add_pipe(FAST_ATTRIBUTES, before="attribute_ruler")
    pipeline.remove_pipe("attribute_ruler")
    return True


def _from_ruler(nlp: Any, name: str) -> FastAttributes:
    """The factory: the rules of the pipeline's ``attribute_ruler``, as it stands (``nlp`` is
    the pipeline; typed ``Any`` as spaCy's config checker cannot resolve the name here)."""
    return FastAttributes(nlp.get_pipe("attribute_ruler"))
