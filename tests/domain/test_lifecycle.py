"""The lifecycle table and the early/on-time/late rule, without a database."""

from __future__ import annotations

from datetime import datetime

import pytest

from onestop_desktop.domain.dossier import DossierStatus as S
from onestop_desktop.domain.lifecycle import (
    FINAL,
    TRANSITIONS,
    Action,
    IllegalTransition,
    Timing,
    allowed_actions,
    next_status,
    timing,
)


def test_the_happy_path_goes_from_received_to_returned() -> None:
    status = S.RECEIVED
    for action in (Action.HAND_OVER, Action.RESULT_READY, Action.RETURN):
        status = next_status(status, action)
    assert status is S.RETURNED


def test_a_supplement_pauses_and_resumes_into_received() -> None:
    assert next_status(S.IN_PROCESSING, Action.REQUEST_SUPPLEMENT) is S.AWAITING_SUPPLEMENT
    assert next_status(S.AWAITING_SUPPLEMENT, Action.SUPPLEMENT) is S.RECEIVED


def test_an_extension_keeps_the_status() -> None:
    assert next_status(S.IN_PROCESSING, Action.EXTEND) is S.IN_PROCESSING
    assert next_status(S.RECEIVED, Action.EXTEND) is S.RECEIVED


@pytest.mark.parametrize("status", sorted(FINAL))
@pytest.mark.parametrize("action", list(Action))
def test_nothing_leaves_a_final_status(status: S, action: Action) -> None:
    with pytest.raises(IllegalTransition) as caught:
        next_status(status, action)
    assert "trạng thái" in caught.value.message_vi


def test_illegal_message_names_the_action_and_the_status_in_vietnamese() -> None:
    with pytest.raises(IllegalTransition) as caught:
        next_status(S.AWAITING_SUPPLEMENT, Action.RETURN)
    assert caught.value.message_vi == (
        "Không thể «Trả kết quả»: hồ sơ đang ở trạng thái «Chờ bổ sung»."
    )


def test_allowed_actions_are_exactly_the_table() -> None:
    for status in S:
        assert set(allowed_actions(status)) == {a for (s, a) in TRANSITIONS if s is status}
    assert allowed_actions(S.RESULT_READY) == (Action.RETURN,)
    assert Action.EXTEND not in allowed_actions(S.AWAITING_SUPPLEMENT)


DUE = datetime(2026, 11, 25, 17, 0)


@pytest.mark.parametrize(
    ("released", "expected"),
    [
        (datetime(2026, 11, 24, 16, 59), Timing.EARLY),  # the day before the due day
        (datetime(2026, 11, 25, 8, 0), Timing.ON_TIME),  # on the due day
        (DUE, Timing.ON_TIME),  # at the due moment itself
        (datetime(2026, 11, 25, 17, 1), Timing.LATE),
        (datetime(2026, 11, 26, 8, 0), Timing.LATE),
    ],
)
def test_timing_against_the_due_moment(released: datetime, expected: Timing) -> None:
    assert timing(released, DUE) is expected
