"""Sending the outbox to the city's receiver: one pass over the documents that are due.

``send_pending`` reads the due rows, posts each stored body with a synchronous ``httpx.Client``
and records the outcome in its own short transaction; no database transaction is ever open while
a request is on the wire, so the clerk's work never waits on the network. The receiver's answer
decides (see ``docs/sync-protocol.md``):

- 201 stored, 200 already had it: acknowledged;
- any other 4xx (409 same key with another body, 401 wrong token, 400/422 invalid, 413 too
  large): refused, kept with the receiver's message and not retried;
- 408 (request timeout), 425 (too early), 429 (too many requests), 5xx, no answer, a timeout,
  a broken connection, a certificate that cannot be verified: tried
  again after our own exponential backoff with full jitter (base 5 s, at most 15 minutes).

A pass stops at the first retryable failure: the receiver is down or struggling, and the other
documents keep their places for the next pass (the worker waits with a backoff of its own).
"""

from __future__ import annotations

import logging
import random
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from typing import TYPE_CHECKING

from onestop_desktop import __version__
from onestop_desktop.domain.clock import Clock
from onestop_desktop.services.context import ServiceRunner
from onestop_desktop.services.sync_settings import SyncSettings, endpoint_problem, sync_settings
from onestop_desktop.sync.document import sign
from onestop_desktop.sync.outbox import (
    SYNC_ACTOR,
    DueItem,
    due_items,
    outbox_status,
    record_ack,
    record_refusal,
    record_retry,
)

if TYPE_CHECKING:  # imported when the first document is sent, not at the app's start
    import httpx

# Answers that say "not now" rather than "never": the receiver is busy, not refusing.
RETRYABLE_4XX = (408, 425, 429)
log = logging.getLogger(__name__)

BACKOFF_BASE = timedelta(seconds=5)
BACKOFF_CAP = timedelta(minutes=15)
BACKOFF_FLOOR = timedelta(seconds=1)
CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 10.0
PATH = "/daily-totals"
MESSAGE_MAX = 300


class Outcome(Enum):
    ACKED = "acked"
    REFUSED = "refused"
    RETRY = "retry"


@dataclass(frozen=True)
class Delivery:
    outcome: Outcome
    status: int | None  # the HTTP status, None without an answer
    message: str  # for a refusal or a retry: what went wrong, in the receiver's words if any


@dataclass(frozen=True)
class SendReport:
    sent: int  # acknowledged in this pass
    refused: int  # refused in this pass
    retry_later: int  # failed in this pass, scheduled again
    remaining: int  # documents still waiting to be sent after the pass (refused not counted)
    refused_waiting: int = 0  # refused documents in the outbox (this pass's and earlier ones)
    next_attempt_at: datetime | None = None  # the earliest scheduled attempt among those waiting
    last_error: str | None = None  # this pass's last failure, if any
    configured: bool = True  # False: sync disabled or not set up; nothing was sent


def backoff_delay(attempts: int, rng: random.Random) -> timedelta:
    """Full jitter: uniform in [0, min(cap, base · 2^(attempts − 1))], at least a second.

    ``attempts`` counts the failed attempts so far, this one included (1 after the first).
    """
    exponent = min(max(attempts, 1) - 1, 20)
    ceiling = min(BACKOFF_CAP.total_seconds(), BACKOFF_BASE.total_seconds() * 2**exponent)
    seconds = rng.uniform(0.0, ceiling)
    return max(BACKOFF_FLOOR, timedelta(seconds=seconds))


def make_client(settings: SyncSettings) -> httpx.Client:
    """A client that verifies the receiver's certificate (system CAs, or the configured CA file
    only), with the protocol's timeouts, and follows no redirect."""
    import httpx

    verify: ssl.SSLContext | bool = True
    if settings.ca_file:
        verify = ssl.create_default_context(cafile=settings.ca_file)
    return httpx.Client(
        timeout=httpx.Timeout(READ_TIMEOUT_S, connect=CONNECT_TIMEOUT_S),
        verify=verify,
        follow_redirects=False,
        headers={"User-Agent": f"onestop-desktop/{__version__}"},
    )


def endpoint_url(endpoint: str) -> str:
    return endpoint.rstrip("/") + PATH


def post_document(client: httpx.Client, settings: SyncSettings, key: str, body: bytes) -> Delivery:
    """POST one document; never raises for a network or protocol problem."""
    import httpx

    problem = endpoint_problem(settings.endpoint)
    if problem is not None:  # checked again here: never send the totals over plain http
        return Delivery(Outcome.RETRY, None, problem.message_en)
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "Idempotency-Key": key,
        "Authorization": f"Bearer {settings.token}",
        "X-Signature": sign(body, settings.secret),
    }
    try:
        response = client.post(endpoint_url(settings.endpoint), content=body, headers=headers)
    except httpx.TransportError as exc:
        return Delivery(Outcome.RETRY, None, _transport_error(exc))
    except httpx.HTTPError as exc:  # an invalid URL and the like: a setting to fix
        return Delivery(Outcome.RETRY, None, f"{type(exc).__name__}: {exc}"[:MESSAGE_MAX])
    status = response.status_code
    if status in (200, 201):
        return Delivery(Outcome.ACKED, status, "")
    message = f"HTTP {status} {response.reason_phrase}: {_answer(response)}".rstrip(": ")
    if status >= 500 or status in RETRYABLE_4XX:
        return Delivery(Outcome.RETRY, status, message[:MESSAGE_MAX])
    return Delivery(Outcome.REFUSED, status, message[:MESSAGE_MAX])


def _answer(response: httpx.Response) -> str:
    """The receiver's message: ``error`` / ``message`` / ``detail`` of a JSON answer, or text."""
    try:
        data = response.json()
    except (ValueError, UnicodeDecodeError):
        data = None
    if isinstance(data, dict):
        for name in ("error", "message", "detail"):
            value = data.get(name)
            if isinstance(value, str) and value:
                return value[:MESSAGE_MAX]
    return " ".join(response.text.split())[:MESSAGE_MAX]


def _transport_error(exc: httpx.TransportError) -> str:
    import httpx

    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return f"TLS certificate not verified: {cause.verify_message or cause}"[:MESSAGE_MAX]
        cause = cause.__cause__ or cause.__context__
    if "CERTIFICATE_VERIFY_FAILED" in str(exc):
        return f"TLS certificate not verified: {exc}"[:MESSAGE_MAX]
    if isinstance(exc, httpx.TimeoutException):
        return f"no answer in time ({type(exc).__name__})"
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect: {exc}"[:MESSAGE_MAX]
    return f"connection lost: {type(exc).__name__}: {exc}"[:MESSAGE_MAX]


def send_pending(
    runner: ServiceRunner,
    *,
    clock: Clock,
    client: httpx.Client | None = None,
    rng: random.Random | None = None,
    max_items: int | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> SendReport:
    """One pass: send the documents due now, record each outcome, report what is left.

    ``client`` defaults to :func:`make_client` of the stored settings (closed after the pass);
    ``rng`` draws the backoff jitter; ``should_stop`` is asked before each document (shutdown).
    """
    rng = rng or random.Random()
    settings = runner.read(sync_settings, SYNC_ACTOR)
    if not settings.ready:
        return _report(runner, 0, 0, 0, None, configured=False)
    items = runner.read(due_items, SYNC_ACTOR, clock.now(), BACKOFF_CAP, max_items)
    sent = refused = retry = 0
    last_error: str | None = None
    if not items:
        return _report(runner, 0, 0, 0, None)
    own = client is None
    http = client or make_client(settings)
    try:
        for item in items:
            if should_stop is not None and should_stop():
                break
            delivery = post_document(http, settings, item.idempotency_key, item.body)
            _record(runner, clock, rng, item, delivery)
            if delivery.outcome is Outcome.ACKED:
                sent += 1
                continue
            last_error = delivery.message
            log.warning("sync %s: %s", item.idempotency_key, delivery.message)
            if delivery.outcome is Outcome.REFUSED:
                refused += 1
                continue
            retry += 1
            break  # the receiver is down or struggling: the rest keep their places
    finally:
        if own:
            http.close()
    return _report(runner, sent, refused, retry, last_error)


def _record(
    runner: ServiceRunner, clock: Clock, rng: random.Random, item: DueItem, delivery: Delivery
) -> None:
    if delivery.outcome is Outcome.ACKED:
        assert delivery.status is not None
        runner.write(record_ack, SYNC_ACTOR, item.id, delivery.status)
    elif delivery.outcome is Outcome.REFUSED:
        assert delivery.status is not None
        runner.write(record_refusal, SYNC_ACTOR, item.id, delivery.status, delivery.message)
    else:
        when = clock.now() + backoff_delay(item.attempts + 1, rng)
        runner.write(record_retry, SYNC_ACTOR, item.id, delivery.message, when)


def _report(
    runner: ServiceRunner,
    sent: int,
    refused: int,
    retry: int,
    last_error: str | None,
    *,
    configured: bool = True,
) -> SendReport:
    status = runner.read(outbox_status, SYNC_ACTOR)
    return SendReport(
        sent=sent,
        refused=refused,
        retry_later=retry,
        remaining=status.pending,
        refused_waiting=status.refused,
        next_attempt_at=status.next_attempt_at,
        last_error=last_error,
        configured=configured,
    )


def describe(report: SendReport) -> str:
    """One line for the command line and the log."""
    text = (
        f"sent {report.sent}, refused {report.refused}, to retry {report.retry_later}; "
        f"{report.remaining} waiting, {report.refused_waiting} refused in the outbox"
    )
    if report.last_error:
        text += f"; last error: {report.last_error}"
    return " ".join(text.split())
