"""Round 57 (issue 14): a second speaker's frame inside a reported clause — ", while the German chancellor, Friedrich
Merz, said ...", ", though Estonian President Alar Karis warned ..." — ends the first statement, and the second is its
own. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import extracted_statements


@pytest.mark.parametrize("second, speaker", [
    ("while the German chancellor, Friedrich Merz, said that the talks were \u201ca start\u201d", "Friedrich Merz"),
    ("and Kremlin spokesman Dmitry Peskov told reporters the talks were \u201cuseful\u201d", "Dmitry Peskov"),
    ("whereas Foreign Minister Sergei Lavrov insisted the format \u201cworks\u201d", "Sergei Lavrov"),
])
def test_a_second_frame_after_a_partial_quote_is_its_own_statement(second, speaker):
    body = ("The reaction in Europe was mixed. French President Emmanuel Macron said that Europe \u201cwill not accept a "
            f"settlement negotiated without it\u201d, {second}.\n")
    got = extracted_statements(body)
    assert ("Europe \u201cwill not accept a settlement negotiated without it\u201d", "Emmanuel Macron", "direct") in got
    assert any(actor == speaker for _, actor, _ in got), got


def test_a_frame_after_a_comma_that_closes_a_quotation_starts_a_statement():
    body = ('Keir Starmer said a lasting ceasefire was "closer than at any moment since 2022," though Estonian '
            'President Alar Karis warned Kyiv against a deal "signed under a deadline set in Washington."\n')
    got = extracted_statements(body)
    starmer = [t for t, actor, _ in got if actor == "Keir Starmer"]
    assert starmer and all("Karis" not in t for t in starmer), got
    assert any(actor == "Alar Karis" and t.startswith("Kyiv against a deal") for t, actor, _ in got), got


def test_a_plural_noun_after_the_coordinator_is_no_frame():
    body = ("Israeli Defence Minister Israel Katz said Israel alone would decide who governs Gaza, and the Arab states "
            "would not dictate the terms.\n")
    got = extracted_statements(body)
    assert ("Israel alone would decide who governs Gaza, and the Arab states would not dictate the terms",
            "Israel Katz", "indirect") in got


def test_said_so_names_no_content_of_its_own():
    body = "Peskov said the truce was conditional on Moscow, and the US side said so at once.\n"
    assert [actor for _, actor, _ in extracted_statements(body)] == ["Dmitry Peskov"]
