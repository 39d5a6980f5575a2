"""A dossier's lifecycle: which action may move it from which status to which.

The table below is the whole state machine. Services ask ``next_status`` before they touch a
dossier; an action the table does not allow raises ``IllegalTransition`` with a message the clerk
can read, and the service changes nothing.

    received ──hand_over──▶ in_processing ──result_ready──▶ result_ready ──return──▶ returned
       │  ╲______________________result_ready______________________▲
       ├──request_supplement──▶ awaiting_supplement ──supplement──▶ received (clock resumes)
       ├──extend (Mẫu 04, new due date, status unchanged)
       ├──withdraw──▶ withdrawn
       └──stop (Mẫu 05)──▶ stopped

``in_processing`` allows the same side exits as ``received`` (supplement, extend, withdraw, stop).
A dossier waiting for a supplement may be withdrawn or stopped, not extended (its clock is paused).
Returned, refused, withdrawn and stopped are final.
"""

from __future__ import annotations

import enum
from datetime import datetime

from onestop_desktop.domain.dossier import STATUS_VI, DossierStatus
from onestop_desktop.domain.errors import UserError

S = DossierStatus


class Action(enum.StrEnum):
    HAND_OVER = "hand_over"  # chuyển hồ sơ cho cán bộ/bộ phận giải quyết
    RESULT_READY = "result_ready"  # nhận kết quả về Bộ phận Một cửa
    RETURN = "return"  # trả kết quả (tại quầy hoặc qua bưu chính)
    REQUEST_SUPPLEMENT = "request_supplement"  # yêu cầu bổ sung (Mẫu 02), the clock pauses
    SUPPLEMENT = "supplement"  # công dân đã bổ sung, the clock resumes
    EXTEND = "extend"  # xin lỗi và gia hạn (Mẫu 04), a new due date
    WITHDRAW = "withdraw"  # công dân rút hồ sơ
    STOP = "stop"  # dừng giải quyết (Mẫu 05)


ACTION_VI: dict[Action, str] = {
    Action.HAND_OVER: "Chuyển xử lý",
    Action.RESULT_READY: "Nhận kết quả",
    Action.RETURN: "Trả kết quả",
    Action.REQUEST_SUPPLEMENT: "Yêu cầu bổ sung",
    Action.SUPPLEMENT: "Đã bổ sung",
    Action.EXTEND: "Gia hạn (Mẫu 04)",
    Action.WITHDRAW: "Rút hồ sơ",
    Action.STOP: "Dừng giải quyết (Mẫu 05)",
}
ACTION_EN: dict[Action, str] = {
    Action.HAND_OVER: "Hand over for processing",
    Action.RESULT_READY: "Result received back",
    Action.RETURN: "Return the result",
    Action.REQUEST_SUPPLEMENT: "Request a supplement",
    Action.SUPPLEMENT: "Supplement received",
    Action.EXTEND: "Extend (form 04)",
    Action.WITHDRAW: "Withdraw",
    Action.STOP: "Stop processing (form 05)",
}

_OPEN = {S.RECEIVED, S.IN_PROCESSING}

TRANSITIONS: dict[tuple[DossierStatus, Action], DossierStatus] = {
    (S.RECEIVED, Action.HAND_OVER): S.IN_PROCESSING,
    (S.RECEIVED, Action.RESULT_READY): S.RESULT_READY,  # resolved at the counter itself
    (S.IN_PROCESSING, Action.RESULT_READY): S.RESULT_READY,
    (S.RESULT_READY, Action.RETURN): S.RETURNED,
    (S.AWAITING_SUPPLEMENT, Action.SUPPLEMENT): S.RECEIVED,
    **{(s, Action.REQUEST_SUPPLEMENT): S.AWAITING_SUPPLEMENT for s in _OPEN},
    **{(s, Action.EXTEND): s for s in _OPEN},
    **{(s, Action.WITHDRAW): S.WITHDRAWN for s in (*_OPEN, S.AWAITING_SUPPLEMENT)},
    **{(s, Action.STOP): S.STOPPED for s in (*_OPEN, S.AWAITING_SUPPLEMENT)},
}

FINAL = frozenset({S.RETURNED, S.REFUSED, S.WITHDRAWN, S.STOPPED})
# Actions that need a written reason (printed on the form, kept in the history).
NEEDS_REASON = frozenset({Action.REQUEST_SUPPLEMENT, Action.EXTEND, Action.WITHDRAW, Action.STOP})
# Statuses whose processing clock runs (a pending dossier that can become overdue).
CLOCK_RUNS = frozenset(_OPEN)


class IllegalTransition(UserError):
    """The action is not allowed for the dossier's current status."""

    def __init__(self, status: DossierStatus, action: Action) -> None:
        super().__init__(
            f"Không thể «{ACTION_VI[action]}»: hồ sơ đang ở trạng thái «{STATUS_VI[status]}».",
            f"Cannot '{ACTION_EN[action]}': the dossier is '{status.value.replace('_', ' ')}'.",
        )
        self.status = status
        self.action = action


def next_status(status: str | DossierStatus, action: Action) -> DossierStatus:
    """The status ``action`` leads to from ``status``; raises ``IllegalTransition`` otherwise."""
    current = DossierStatus(status)
    try:
        return TRANSITIONS[(current, action)]
    except KeyError:
        raise IllegalTransition(current, action) from None


def allowed_actions(status: str | DossierStatus) -> tuple[Action, ...]:
    """The actions a dossier in ``status`` allows, in the order a screen shows them."""
    current = DossierStatus(status)
    return tuple(a for a in Action if (current, a) in TRANSITIONS)


class Timing(enum.StrEnum):
    """How a resolved dossier stands against its due date (Biểu 06: trước hạn/đúng hạn/quá hạn)."""

    EARLY = "early"
    ON_TIME = "on_time"
    LATE = "late"


TIMING_VI = {Timing.EARLY: "Trước hạn", Timing.ON_TIME: "Đúng hạn", Timing.LATE: "Quá hạn"}


def timing(released_at: datetime, due_at: datetime) -> Timing:
    """Early / on time / late for a result released at ``released_at``.

    ``due_at`` is the due date in force (moved by supplement pauses and a Mẫu 04 extension). Late
    is any moment after it; early is a release on a calendar day before the due day; anything
    else on the due day up to the due moment is on time.
    """
    if released_at > due_at:
        return Timing.LATE
    if released_at.date() < due_at.date():
        return Timing.EARLY
    return Timing.ON_TIME
