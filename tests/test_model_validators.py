"""The checks of Span and Figure (plain-function validators): every invalid value is refused, with a clear message."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Figure, Span
from newsparse.model import FIGURE_KINDS


def test_span_refuses_a_negative_start_naming_the_field():
    with pytest.raises(ValueError, match=r"'start' must be >= 0: -1"):
        Span(-1, 4)


def test_span_refuses_an_end_before_its_start():
    with pytest.raises(ValueError, match="span end 2 is before its start 3"):
        Span(3, 2)


def test_span_refuses_a_start_that_is_no_number():
    with pytest.raises(TypeError):
        Span(None, 2)  # type: ignore[arg-type]


@given(st.integers(-5, 50), st.integers(-5, 50))
def test_span_is_made_exactly_when_it_is_a_range_from_zero_up(start: int, end: int) -> None:
    if 0 <= start <= end:
        assert len(Span(start, end)) == end - start
    else:
        with pytest.raises(ValueError):
            Span(start, end)


@pytest.mark.parametrize("kind", ["weight", "Money", "", "percentage"])
def test_figure_refuses_a_kind_it_does_not_know(kind: str) -> None:
    with pytest.raises(ValueError, match=r"'kind' must be in \('money', 'percent', 'quantity'\)"):
        Figure("5", Span(0, 1), 5.0, kind=kind)


def test_figure_refuses_an_unhashable_kind():
    with pytest.raises(ValueError):
        Figure("5", Span(0, 1), 5.0, kind=["money"])  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", FIGURE_KINDS)
def test_figure_takes_every_known_kind(kind: str) -> None:
    assert Figure("5", Span(0, 1), 5.0, kind=kind).kind == kind
