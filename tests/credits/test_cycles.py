"""Cycle arithmetic: pure functions, no database."""

import datetime as dt

import pytest

from credits import rules

D = dt.date


def test_it_finds_the_first_six_year_cycle():
    window = rules.cycle_window(start=D(2023, 1, 1), years=6, on=D(2026, 11, 28))
    assert (window.start, window.end) == (D(2023, 1, 1), D(2029, 1, 1))
    assert window.deadline == D(2028, 12, 31)


def test_it_gives_nine_years_to_those_in_practice_on_1_january_2023():
    years = rules.cycle_years(
        base_years=6, alt_years=9, alt_condition="in_practice_2023", in_practice_2023=True
    )
    assert years == 9
    window = rules.cycle_window(start=D(2023, 1, 1), years=years, on=D(2030, 6, 1))
    assert window.deadline == D(2031, 12, 31)


def test_new_entrants_get_six_years_from_their_start():
    years = rules.cycle_years(
        base_years=6, alt_years=9, alt_condition="in_practice_2023", in_practice_2023=False
    )
    assert years == 6
    window = rules.cycle_window(start=D(2024, 9, 1), years=years, on=D(2026, 11, 28))
    assert (window.start, window.deadline) == (D(2024, 9, 1), D(2030, 8, 31))


@pytest.mark.parametrize(
    ("on", "start", "end"),
    [
        (D(2025, 12, 31), D(2023, 1, 1), D(2026, 1, 1)),
        (D(2026, 1, 1), D(2026, 1, 1), D(2029, 1, 1)),
        (D(2031, 7, 14), D(2029, 1, 1), D(2032, 1, 1)),
    ],
)
def test_dpc_cycles_run_back_to_back(on, start, end):
    window = rules.cycle_window(start=D(2023, 1, 1), years=3, on=on)
    assert (window.start, window.end) == (start, end)
    assert window.contains(on)


def test_a_day_before_the_start_belongs_to_the_first_cycle():
    window = rules.cycle_window(start=D(2027, 1, 1), years=6, on=D(2026, 5, 1))
    assert window.start == D(2027, 1, 1)


def test_a_leap_day_start_falls_back_to_28_february():
    assert rules.add_years(D(2024, 2, 29), 1) == D(2025, 2, 28)
    window = rules.cycle_window(start=D(2024, 2, 29), years=3, on=D(2027, 3, 1))
    assert window.start == D(2027, 2, 28)


def test_days_left_and_bad_lengths():
    window = rules.cycle_window(start=D(2023, 1, 1), years=6, on=D(2028, 12, 30))
    assert window.days_left(D(2028, 12, 30)) == 2
    assert window.days_left(D(2030, 1, 1)) == 0
    with pytest.raises(ValueError):
        rules.cycle_window(start=D(2023, 1, 1), years=0, on=D(2024, 1, 1))


def test_steps():
    from decimal import Decimal

    assert rules.is_multiple_of(Decimal("1.75"), Decimal("0.25"))
    assert not rules.is_multiple_of(Decimal("1.75"), Decimal("0.5"))
    assert rules.is_multiple_of(Decimal("2.5"), Decimal("0.5"))
