"""The result base class every estimator returns."""

from __future__ import annotations

from idlibstats.estimate._result import Result


def test_one_sided_results_say_so():
    one = Result(6.0, 4.137, float("inf"), "m", bound="lower")
    two = Result(6.0, 4.0, 8.0, "m")
    assert "95% one-sided CI [4.137, inf]" in repr(one)
    assert "95% CI [4, 8]" in repr(two)
