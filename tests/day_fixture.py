"""A day with known answers for the totals, the summary and the closing: 20/11/2026.

Every row is written with its exact times, so each figure below was worked out by hand from this
table (seconds of wait = called − issued; service = finished − (started or called)):

Tickets (lanes A "Hộ tịch", B "Chứng thực"; counters 1–3; clerks lan, minh)
  T1 A 08:00 called 08:10 started 08:10 done 08:30   counter 1 lan  wait  600 service 1200
  T2 A 08:20 called 08:50 started 08:52 done 09:02   counter 2 minh wait 1800 service  600
  T3 B 09:05 called 09:15 no-show 09:20              counter 3 minh wait  600
  T4 B 10:00 still waiting
  T5 A 10:30 called 10:40 started 10:41 (serving)    counter 1 lan  wait  600
  T6 B 14:00 called 14:45 done 15:05 (never started) counter 2 lan  wait 2700 service 1200
  T7 A 19/11 (another day: never counted)

Dossiers (field "Hộ tịch" = H, "Chứng thực" = C)
  D1  H 20/11 08:30 direct, received, due 25/11              → direct,  pending within
  D2  H 20/11 09:00 online, result back 20/11 15:00 early    → online,  early
  D3  H 28/10 direct, in processing, due 10/11               → carried, pending overdue
  D4  H 16/11 postal, back 20/11 16:30 late, posted 17:00    → carried, late   (returned by post)
  D5  H 18/11 direct, back 20/11 10:00 on time, given 11:00  → carried, on time (at the counter)
  D6  C 20/11 10:00 mobile, withdrawn 20/11 11:00            → direct,  closed (withdrawal)
  D7  C 17/11 direct, due 19/11, supplement asked 20/11 14:00 → carried, pending within (paused)
  D8  C 20/11 10:30 refused (Mẫu 03)                         → not counted (refusal)
  D9  C 19/11 direct, stopped (Mẫu 05) 20/11 15:00           → carried, closed (stop)
  D10 C 02/11, back 11/11, returned 12/11                    → not counted (done before)
  D11 C 20/11 11:30 Mẫu 02 at intake (no due date)           → not counted (supplement request)

Fees 20/11: cash 50.000 + 8.000, transfer 100.000 (and cash 30.000 on 19/11, not counted).
Ratings 20/11: 4, 4, 3, 1 (and a 2 on 19/11, not counted).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from onestop_desktop.domain.statistics import Bucket
from onestop_desktop.services.context import Actor, ServiceContext, ServiceRunner
from onestop_desktop.store.models import (
    DailySequence,
    Dossier,
    DossierEvent,
    Fee,
    Procedure,
    Rating,
    Ticket,
    User,
)
from tests.intake_helpers import load_sample_catalogue
from tests.queue_helpers import Lanes, make_lanes

DAY = date(2026, 11, 20)
AS_OF = datetime(2026, 11, 20, 17, 30)
APPLICANT_NAMES = [f"Trần Thị Hồ Sơ {i}" for i in range(1, 12)]
APPLICANT_IDS = [f"00119{i:07d}" for i in range(1, 12)]
APPLICANT_PHONES = [f"09123{i:05d}" for i in range(1, 12)]
APPLICANT_ADDRESSES = [f"Số {i} ngõ Văn Chương, phường Văn Miếu, Hà Nội" for i in range(1, 12)]


def at(day: int, hh: int, mm: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hh, mm)


@dataclass(frozen=True)
class Seeded:
    lanes: Lanes
    clerks: dict[str, int]  # username → user id
    dossier_ids: list[int]


def seed_day(runner: ServiceRunner, admin: Actor, make_user) -> Seeded:  # type: ignore[no-untyped-def]
    load_sample_catalogue(runner, admin)
    lanes = make_lanes(runner, admin)
    make_user("lan", "clerk")
    make_user("minh", "clerk")
    return runner.write(_seed, admin, lanes)


def _seed(ctx: ServiceContext, lanes: Lanes) -> Seeded:
    s = ctx.session
    clerks = {
        u.username: u.id for u in s.scalars(select(User).where(User.username.in_(["lan", "minh"])))
    }
    u1, u2 = clerks["lan"], clerks["minh"]
    c1, c2, c3 = (lanes.counters[n] for n in (1, 2, 3))
    a, b = lanes.a, lanes.b

    def ticket(lane: int, number: int, issued: datetime, status: str, *, called=None,
               started=None, finished=None, counter=None, clerk=None) -> None:  # fmt: skip
        s.add(Ticket(service_id=lane, lane_id=lane, business_date=issued.date(), number=number,
                     status=status, issued_at=issued, called_at=called, started_at=started,
                     finished_at=finished, counter_id=counter, served_by_id=clerk))  # fmt: skip

    ticket(a, 1, at(20, 8), "done", called=at(20, 8, 10), started=at(20, 8, 10),
           finished=at(20, 8, 30), counter=c1, clerk=u1)  # fmt: skip
    ticket(a, 2, at(20, 8, 20), "done", called=at(20, 8, 50), started=at(20, 8, 52),
           finished=at(20, 9, 2), counter=c2, clerk=u2)  # fmt: skip
    ticket(b, 1, at(20, 9, 5), "no_show", called=at(20, 9, 15), finished=at(20, 9, 20),
           counter=c3, clerk=u2)  # fmt: skip
    ticket(b, 2, at(20, 10), "waiting")
    ticket(a, 3, at(20, 10, 30), "serving", called=at(20, 10, 40), started=at(20, 10, 41),
           counter=c1, clerk=u1)  # fmt: skip
    ticket(b, 3, at(20, 14), "done", called=at(20, 14, 45), finished=at(20, 15, 5), counter=c2,
           clerk=u1)  # fmt: skip
    ticket(a, 1, at(19, 9), "done", called=at(19, 9, 5), started=at(19, 9, 5),
           finished=at(19, 9, 25), counter=c1, clerk=u1)  # fmt: skip

    # the lanes' day counters, as issue_ticket would have left them
    s.add_all([
        DailySequence(scope="ticket:A", business_date=DAY, last_value=3),
        DailySequence(scope="ticket:B", business_date=DAY, last_value=3),
    ])  # fmt: skip
    field_h = s.scalars(select(Procedure.id).where(Procedure.field_vi == "Hộ tịch")).first()
    field_c = s.scalars(select(Procedure.id).where(Procedure.field_vi == "Chứng thực")).first()
    ids: list[int] = []
    seqs: dict[date, int] = {}

    def dossier(n: int, proc: int | None, received: datetime, channel: str, status: str, *,
                due=None, ready=None, timing=None, returned=None, via=None,
                events=()) -> Dossier:  # fmt: skip
        assert proc is not None
        seq = seqs[received.date()] = seqs.get(received.date(), 0) + 1
        d = Dossier(
            code=f"H56-{received:%y%m%d}-{seq:04d}", unit_code="000.00.06.H56",
            business_date=received.date(), seq=seq, procedure_id=proc, channel=channel,
            status=status, received_at=received, due_at=due, result_ready_at=ready,
            return_timing=timing, returned_at=returned, returned_via=via,
            applicant_name=APPLICANT_NAMES[n - 1], applicant_name_key=f"ho so {n}",
            applicant_id_type="cccd", applicant_id_number=APPLICANT_IDS[n - 1],
            applicant_phone=APPLICANT_PHONES[n - 1], applicant_address=APPLICANT_ADDRESSES[n - 1],
        )  # fmt: skip
        s.add(d)
        s.flush()
        ids.append(d.id)
        first = "awaiting_supplement" if status == "awaiting_supplement" and due is None else None
        intake_status = first or ("refused" if status == "refused" else "received")
        s.add(DossierEvent(dossier_id=d.id, at=received, from_status=None, to_status=intake_status))
        for when, to in events:
            s.add(DossierEvent(dossier_id=d.id, at=when, from_status="received", to_status=to))
        return d

    h, c = field_h, field_c
    dossier(1, h, at(20, 8, 30), "direct", "received", due=at(25, 17))
    dossier(2, h, at(20, 9), "online", "result_ready", due=at(26, 17), ready=at(20, 15),
            timing="early", events=[(at(20, 15), "result_ready")])  # fmt: skip
    dossier(3, h, at(28, 9, month=10), "direct", "in_processing", due=at(10, 17),
            events=[(at(29, 9, month=10), "in_processing")])  # fmt: skip
    dossier(4, h, at(16, 9), "postal", "returned", due=at(20, 16), ready=at(20, 16, 30),
            timing="late", returned=at(20, 17), via="post",
            events=[(at(20, 16, 30), "result_ready"), (at(20, 17), "returned")])  # fmt: skip
    dossier(5, h, at(18, 9), "direct", "returned", due=at(20, 17), ready=at(20, 10),
            timing="on_time", returned=at(20, 11), via="counter",
            events=[(at(20, 10), "result_ready"), (at(20, 11), "returned")])  # fmt: skip
    dossier(6, c, at(20, 10), "mobile", "withdrawn", due=at(24, 17),
            events=[(at(20, 11), "withdrawn")])  # fmt: skip
    dossier(7, c, at(17, 9), "direct", "awaiting_supplement", due=at(19, 17),
            events=[(at(20, 14), "awaiting_supplement")])  # fmt: skip
    dossier(8, c, at(20, 10, 30), "direct", "refused")
    dossier(9, c, at(19, 9), "direct", "stopped", due=at(21, 17),
            events=[(at(20, 15), "stopped")])  # fmt: skip
    dossier(10, c, at(2, 9), "direct", "returned", due=at(12, 17), ready=at(11, 9),
            timing="early", returned=at(12, 9), via="counter",
            events=[(at(11, 9), "result_ready"), (at(12, 9), "returned")])  # fmt: skip
    dossier(11, c, at(20, 11, 30), "direct", "awaiting_supplement")

    for amount, method, when in [
        (50_000, "cash", at(20, 9)),
        (8_000, "cash", at(20, 10)),
        (100_000, "transfer", at(20, 11)),
        (30_000, "cash", at(19, 11)),
    ]:
        s.add(Fee(dossier_id=ids[0], amount_vnd=amount, method=method, collected_at=when))
    for score, when in [(4, at(20, 9)), (4, at(20, 10)), (3, at(20, 11)), (1, at(20, 15)),
                        (2, at(19, 15))]:  # fmt: skip
        s.add(Rating(at=when, counter_id=c1, score=score))
    ctx.audit("test", None, "seed the day fixture")
    return Seeded(lanes, clerks, ids)


# -- the answers, worked out by hand from the table above ---------------------------------
TICKETS = {"issued": 6, "served": 3, "no_show": 1, "waiting": 2, "avg_wait_s": 1260,
           "max_wait_s": 2700, "avg_service_s": 1000}  # fmt: skip
PER_SERVICE = {
    "A": (3, 2, 0, 1, 1000, 1800, 900),
    "B": (3, 1, 1, 1, 1650, 2700, 1200),
}
PER_COUNTER = {
    "1": (2, 1, 0, 1, 600, 600, 1200),
    "2": (2, 2, 0, 0, 2250, 2700, 900),
    "3": (1, 0, 1, 0, 600, 600, None),
}
PER_CLERK = {
    "lan": (3, 2, 0, 1, 1300, 2700, 1200),
    "minh": (2, 1, 1, 0, 1200, 1800, 600),
}
# hour: issued, served (finished in that hour), no-show, waiting, avg wait, max wait, avg service
PER_HOUR = {
    "08": (2, 1, 0, 0, 1200, 1800, 1200),
    "09": (1, 1, 1, 0, 600, 600, 600),
    "10": (2, 0, 0, 2, 600, 600, None),
    "14": (1, 0, 0, 0, 2700, 2700, None),
    "15": (0, 1, 0, 0, None, None, 1200),
}
B = Bucket
FIELDS = {
    "Hộ tịch": {
        B.RECEIVED_ONLINE: 1,
        B.RECEIVED_DIRECT: 1,
        B.CARRIED_OVER: 3,
        B.RESOLVED_EARLY: 1,
        B.RESOLVED_ON_TIME: 1,
        B.RESOLVED_LATE: 1,
        B.PENDING_WITHIN: 1,
        B.PENDING_OVERDUE: 1,
    },
    "Chứng thực": {B.RECEIVED_DIRECT: 1, B.CARRIED_OVER: 2, B.CLOSED: 2, B.PENDING_WITHIN: 1},
}
TOTAL = {B.RECEIVED_ONLINE: 1, B.RECEIVED_DIRECT: 2, B.CARRIED_OVER: 5, B.RESOLVED_EARLY: 1,
         B.RESOLVED_ON_TIME: 1, B.RESOLVED_LATE: 1, B.CLOSED: 2, B.PENDING_WITHIN: 2,
         B.PENDING_OVERDUE: 1}  # fmt: skip
OTHER = {"supplement_requests": 2, "refusals": 1, "withdrawals": 1, "stops": 1,
         "returned_counter": 1, "returned_post": 1}  # fmt: skip
FEES = {"cash": (2, 58_000), "transfer": (1, 100_000), "card": (0, 0)}
RATINGS = {4: 2, 3: 1, 2: 0, 1: 1}
