"""The outbox sender against the real reference receiver on 127.0.0.1: acknowledgements, refusals
kept with the receiver's words and not retried, retries with backoff, the settings (https only
off this machine, the token and the secret never in the audit log), certificates."""

from __future__ import annotations

import json
import random
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from onestop_desktop.domain.errors import FormInvalid, PermissionDenied
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.sync_settings import SyncSettings, set_sync_settings, sync_settings
from onestop_desktop.store.models import AuditEntry, Setting
from onestop_desktop.sync.outbox import outbox_items, outbox_status, resend_now
from onestop_desktop.sync.sender import (
    BACKOFF_CAP,
    Outcome,
    backoff_delay,
    make_client,
    post_document,
    send_pending,
)
from tests.sync.recv_helpers import TAY_HO, document, key_of, post, self_signed
from tests.sync.send_helpers import (
    TODAY,
    assert_all_delivered_once,
    close_days,
    configure,
    days_before,
    free_port,
    old_ward,
    outbox,
    start_receiver,
)

pytestmark = pytest.mark.db


@pytest.fixture
def admin(runner: ServiceRunner, clock) -> Actor:  # type: ignore[no-untyped-def]
    return old_ward(runner, clock)


def _audit(runner: ServiceRunner, action: str) -> list[AuditEntry]:
    with runner.db.read() as s:
        rows = list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))
        s.expunge_all()
    return rows


def test_closed_days_are_sent_signed_and_acknowledged(runner, clock, admin, tmp_path) -> None:  # type: ignore[no-untyped-def]
    close_days(runner, admin, days_before(3))
    with start_receiver(tmp_path) as receiver:
        configure(runner, admin, receiver.url)
        report = send_pending(runner, clock=clock, rng=random.Random(1))
        assert (report.sent, report.refused, report.retry_later, report.remaining) == (3, 0, 0, 0)
        assert_all_delivered_once(runner, receiver)
        assert [d.deliveries for d in receiver.store.documents()] == [1, 1, 1]
        # Nothing is due any more: a second pass sends nothing.
        again = send_pending(runner, clock=clock)
        assert (again.sent, again.remaining) == (0, 0)
        assert [d.deliveries for d in receiver.store.documents()] == [1, 1, 1]
    acked = _audit(runner, "sync_acked")
    assert len(acked) == 3
    after = json.loads(acked[0].after_json or "{}")
    assert after["http_status"] == 201
    assert after["key"] == key_of(day=days_before(3)[0])
    status = runner.read(outbox_status, admin)
    assert (status.pending, status.refused, status.acked) == (0, 0, 3)


def test_a_refused_document_is_kept_with_the_receivers_words_and_not_retried(
    runner,
    clock,
    admin,
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    day = days_before(1)[0]
    with start_receiver(tmp_path) as receiver:
        # The city already holds another body under this day's key: 409 for ours.
        with httpx.Client(base_url=receiver.url) as client:
            assert post(client, document(day=day, early=9), key_of(day=day)).status_code == 201
        close_days(runner, admin, [day])
        configure(runner, admin, receiver.url)
        report = send_pending(runner, clock=clock)
        assert (report.sent, report.refused, report.remaining, report.refused_waiting) == (
            0,
            1,
            0,
            1,
        )
        assert report.last_error is not None
        assert report.last_error.startswith("HTTP 409")
        status = runner.read(outbox_status, admin)
        assert status.refused == 1
        assert status.refused_error is not None
        assert status.refused_error.startswith("HTTP 409 Conflict: ")
        # Not retried: later passes leave it alone, the receiver sees no new delivery.
        clock.advance(hours=2)
        assert send_pending(runner, clock=clock).refused == 0
        assert receiver.store.documents()[0].deliveries == 1
        row = runner.read(outbox_items, admin)[0]
        assert row.state == "refused"
        assert row.error.startswith("HTTP 409")
        (refusal,) = _audit(runner, "sync_refused")
        assert json.loads(refusal.after_json or "{}")["http_status"] == 409


def test_a_wrong_token_is_refused_then_sent_after_the_fix_and_resend(
    runner,
    clock,
    admin,
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    close_days(runner, admin, days_before(2))
    with start_receiver(tmp_path) as receiver:
        runner.write(set_sync_settings, admin, receiver.url, "token-sai", TAY_HO.secret, "", True)
        report = send_pending(runner, clock=clock)
        assert (report.sent, report.refused) == (0, 2)
        assert receiver.store.documents() == []
        assert runner.read(outbox_status, admin).refused_error.startswith("HTTP 401")  # type: ignore[union-attr]
        configure(runner, admin, receiver.url)  # the right token
        assert send_pending(runner, clock=clock).sent == 0  # refused rows wait for a person
        assert runner.write(resend_now, admin) == 2
        report = send_pending(runner, clock=clock)
        assert (report.sent, report.refused_waiting, report.remaining) == (2, 0, 0)
        assert_all_delivered_once(runner, receiver)


def test_no_answer_schedules_a_retry_with_backoff_and_stops_the_pass(
    runner,
    clock,
    admin,  # type: ignore[no-untyped-def]
) -> None:
    close_days(runner, admin, days_before(3))
    configure(runner, admin, f"http://127.0.0.1:{free_port()}")
    now = clock.now()
    report = send_pending(runner, clock=clock, rng=random.Random(7))
    # The receiver is down: one document tried, the others keep their places.
    assert (report.sent, report.refused, report.retry_later, report.remaining) == (0, 0, 1, 3)
    assert report.last_error is not None
    assert report.last_error.startswith("cannot connect")
    tried, *others = outbox(runner)
    assert tried.attempts == 1
    assert tried.next_attempt_at is not None
    assert now + timedelta(seconds=1) <= tried.next_attempt_at <= now + timedelta(seconds=5)
    assert tried.last_error == report.last_error
    assert [o.attempts for o in others] == [0, 0]
    (retry,) = _audit(runner, "sync_retry")
    assert json.loads(retry.after_json or "{}")["attempts"] == 1
    # The next pass tries the next document first (its schedule is older).
    report = send_pending(runner, clock=clock, rng=random.Random(7))
    assert [r.attempts for r in outbox(runner)] == [1, 1, 0]
    status = runner.read(outbox_status, admin)
    assert status.pending == 3
    assert status.last_error is not None
    assert "cannot connect" in status.last_error


def test_backoff_is_exponential_with_full_jitter_and_capped() -> None:
    rng = random.Random(2026)
    for attempts in range(1, 16):
        ceiling = min(BACKOFF_CAP.total_seconds(), 5 * 2 ** (attempts - 1))
        delays = [backoff_delay(attempts, rng).total_seconds() for _ in range(200)]
        assert all(1.0 <= d <= max(1.0, ceiling) for d in delays), attempts
        # Full jitter: spread over the whole range, not bunched at the ceiling.
        assert min(delays) < ceiling * 0.2 + 1
        assert max(delays) > ceiling * 0.8
    assert backoff_delay(60, rng) <= BACKOFF_CAP
    # Seeded: the same draws twice.
    assert backoff_delay(4, random.Random(3)) == backoff_delay(4, random.Random(3))


def test_disabled_or_unconfigured_sync_sends_nothing(runner, clock, admin, tmp_path) -> None:  # type: ignore[no-untyped-def]
    close_days(runner, admin, days_before(1))
    report = send_pending(runner, clock=clock)
    assert (report.configured, report.sent, report.remaining) == (False, 0, 1)
    with start_receiver(tmp_path) as receiver:
        configure(runner, admin, receiver.url, enabled=False)
        assert send_pending(runner, clock=clock).configured is False
        assert receiver.store.documents() == []


# -- settings ------------------------------------------------------------------------------------
def _settings_rows(runner: ServiceRunner) -> dict[str, str]:
    with runner.db.read() as s:
        return {r.key: r.value for r in s.scalars(select(Setting)) if r.key.startswith("sync.")}


@pytest.mark.parametrize(
    ("endpoint", "field"),
    [
        ("http://10.0.0.5:8765", "endpoint"),  # plain http over the network
        ("http://so-tttt.hanoi.gov.vn/api", "endpoint"),
        ("ftp://127.0.0.1/x", "endpoint"),
        ("https://", "endpoint"),
        ("https://city.example/api?x=1", "endpoint"),
        ("https://user:pw@city.example/api", "endpoint"),
        ("", "endpoint"),  # enabled needs an address
    ],
)
def test_settings_refuse_an_unsafe_or_malformed_address(runner, admin, endpoint, field) -> None:  # type: ignore[no-untyped-def]
    before = _settings_rows(runner)
    with pytest.raises(FormInvalid) as refused:
        runner.write(set_sync_settings, admin, endpoint, "t", "s", "", True)
    assert field in refused.value.by_field()
    assert refused.value.problems[0].message_vi  # a Vietnamese sentence for the admin
    assert _settings_rows(runner) == before


def test_settings_refuse_missing_token_secret_and_ca_file(runner, admin, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(FormInvalid) as refused:
        runner.write(
            set_sync_settings,
            admin,
            "https://city.example/api",
            "",
            " ",
            str(tmp_path / "missing-ca.pem"),
            True,
        )
    assert set(refused.value.by_field()) == {"token", "secret", "ca_file"}
    assert "Không tìm thấy tệp chứng chỉ CA" in refused.value.by_field()["ca_file"].message_vi
    assert _settings_rows(runner) == {}


def test_settings_are_saved_and_the_secrets_never_audited(runner, ward, make_user) -> None:  # type: ignore[no-untyped-def]
    admin = ward
    saved = runner.write(
        set_sync_settings,
        admin,
        " http://localhost:8765/ ",
        TAY_HO.token,
        TAY_HO.secret,
        "",
        True,
    )
    assert saved == SyncSettings("http://localhost:8765", TAY_HO.token, TAY_HO.secret, "", True)
    assert runner.read(sync_settings, admin) == saved
    assert TAY_HO.secret not in repr(saved)
    runner.write(set_sync_settings, admin, "https://city.example/v1", "new-token", "new-secret")
    with runner.db.read() as s:
        audit = [
            (e.entity_id, e.before_json, e.after_json)
            for e in s.scalars(select(AuditEntry).where(AuditEntry.entity == "setting"))
        ]
    text = json.dumps(audit, ensure_ascii=False)
    for secret in (TAY_HO.token, TAY_HO.secret, "new-token", "new-secret"):
        assert secret not in text
    assert ("sync.secret", None, '{"changed": true}') in audit
    assert any(e[0] == "sync.endpoint" and "city.example" in (e[2] or "") for e in audit)
    clerk = make_user("thu", "clerk")
    supervisor = make_user("lan", "supervisor")
    for who in (clerk, supervisor):
        with pytest.raises(PermissionDenied):
            runner.read(sync_settings, who)
        with pytest.raises(PermissionDenied):
            runner.write(set_sync_settings, who, "https://x.example", "t", "s")


def test_plain_http_to_another_machine_is_never_sent(runner, admin) -> None:  # type: ignore[no-untyped-def]
    # Settings that bypassed validation (an old database, a hand edit): still not sent.
    settings = SyncSettings("http://192.0.2.10:8765", "t", "s", "", True)
    with make_client(settings) as client:
        delivery = post_document(client, settings, "k", b"{}")
    assert delivery.outcome is Outcome.RETRY
    assert delivery.status is None
    assert "plain http" in delivery.message


# -- certificates --------------------------------------------------------------------------------
def test_a_certificate_the_app_cannot_verify_is_refused_until_its_ca_is_configured(
    runner,
    clock,
    admin,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    cert, key = self_signed(tmp_path)
    close_days(runner, admin, days_before(1))
    with start_receiver(tmp_path, tls_cert=cert, tls_key=key) as receiver:
        assert receiver.url.startswith("https://127.0.0.1:")
        configure(runner, admin, receiver.url)
        report = send_pending(runner, clock=clock)
        assert (report.sent, report.retry_later, report.remaining) == (0, 1, 1)
        assert report.last_error is not None
        assert report.last_error.startswith("TLS certificate not verified")
        assert receiver.store.documents() == []
        assert outbox(runner)[0].acked_at is None
        configure(runner, admin, receiver.url, ca_file=str(cert))
        clock.advance(minutes=16)
        report = send_pending(runner, clock=clock)
        assert (report.sent, report.remaining) == (1, 0)
        assert_all_delivered_once(runner, receiver)
    assert TODAY not in [d.business_date for d in receiver.store.documents()]
