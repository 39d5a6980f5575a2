"""The receiver refuses what it must and stores nothing then: a wrong signature, a wrong or
missing token, a body replayed under another key, a body over the size limit (the server stays
up), an unknown protocol version, a document the schema refuses; and the client side refuses a
server certificate it cannot verify."""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from onestop_desktop.sync.document import sign
from onestop_desktop.sync.receiver import RunningReceiver, serve
from tests.sync.recv_helpers import (
    BA_DINH,
    DAY,
    TAY_HO,
    WARDS,
    document,
    headers,
    key_of,
    post,
    self_signed,
    with_totals,
)

LIMIT = 64 * 1024


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[RunningReceiver]:
    with serve(tmp_path / "receiver.sqlite", WARDS, max_body_bytes=LIMIT) as running:
        yield running


@pytest.fixture
def client(receiver: RunningReceiver) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=receiver.url, timeout=5) as c:
        yield c


def _refused(response: httpx.Response, status: int, receiver: RunningReceiver) -> str:
    assert response.status_code == status, response.text
    assert receiver.store.count() == 0
    message: str = response.json()["message"]
    return message


def test_a_wrong_signature_is_refused(receiver: RunningReceiver, client: httpx.Client) -> None:
    body = document()
    wrong_secret = post(client, body, secret="not-the-ward-secret")
    assert "signature" in _refused(wrong_secret, 403, receiver)
    other_wards_secret = post(client, body, secret=BA_DINH.secret)
    _refused(other_wards_secret, 403, receiver)
    missing = client.post(
        "/daily-totals",
        content=body,
        headers={k: v for k, v in headers(body, key_of()).items() if k != "X-Signature"},
    )
    _refused(missing, 403, receiver)
    # signed, then one figure changed on the way
    signed = headers(body, key_of())
    altered = client.post(
        "/daily-totals", content=body.replace(b'"served":110', b'"served":111', 1), headers=signed
    )
    _refused(altered, 403, receiver)


def test_a_wrong_or_missing_token_is_refused(
    receiver: RunningReceiver, client: httpx.Client
) -> None:
    body = document()
    _refused(post(client, body, token="guessed"), 401, receiver)
    # another ward's valid token does not open this ward's key
    _refused(post(client, body, token=BA_DINH.token), 401, receiver)
    no_token = {k: v for k, v in headers(body, key_of()).items() if k != "Authorization"}
    _refused(client.post("/daily-totals", content=body, headers=no_token), 401, receiver)
    basic = {**headers(body, key_of()), "Authorization": f"Basic {TAY_HO.token}"}
    _refused(client.post("/daily-totals", content=body, headers=basic), 401, receiver)
    # a ward the receiver does not know
    stranger = key_of().replace("000.00.06.H56", "000.00.09.H99")
    _refused(post(client, body, stranger), 401, receiver)


def test_a_body_replayed_under_another_key_is_refused(
    receiver: RunningReceiver, client: httpx.Client
) -> None:
    body = document()  # Tây Hồ, 20/11, revision 1, correctly signed
    for key in [
        key_of(day=DAY.replace(day=21)),  # another day
        key_of(revision=2),  # posing as a correction
        key_of(revision=1).replace(":1", ":01"),  # not the canonical key
    ]:
        message = _refused(post(client, body, key), 400, receiver)
        assert "Idempotency-Key" in message
    _refused(post(client, body, "000.00.06.H56:2026-11-20"), 400, receiver)
    # the body under its own key is fine
    assert post(client, body).status_code == 201


def test_a_body_over_the_limit_is_refused_and_the_server_stays_up(
    receiver: RunningReceiver, client: httpx.Client
) -> None:
    huge = document()[:-1] + b" " * LIMIT + b"}"  # valid JSON, signed, too big
    assert len(huge) > LIMIT
    assert "over" in _refused(post(client, huge), 413, receiver)
    # a body without a Content-Length (chunked) is not read at all
    chunked = client.post(
        "/daily-totals", content=iter([b"{" * 1024] * 16), headers=headers(b"", key_of())
    )
    assert chunked.status_code == 411
    # 100 MB announced, 1 KiB sent: the answer comes without waiting for (or buffering) the rest
    with socket.create_connection(("127.0.0.1", receiver.port), timeout=5) as raw:
        raw.sendall(
            b"POST /daily-totals HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Length: 104857600\r\nContent-Type: application/json\r\n\r\n" + b"{" * 1024
        )
        raw.shutdown(socket.SHUT_WR)
        answer = b""
        while chunk := raw.recv(4096):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert receiver.store.count() == 0
    assert client.get("/health").status_code == 200
    assert post(client, document()).status_code == 201
    assert receiver.store.count() == 1


def test_an_unknown_protocol_version_is_422(
    receiver: RunningReceiver, client: httpx.Client
) -> None:
    body = with_totals(document(), protocol_version=2)
    message = _refused(post(client, body), 422, receiver)
    assert "protocol_version 2" in message


@pytest.mark.parametrize(
    "broken",
    [
        b"not json at all",
        b"[1, 2, 3]",
        '{"ward_name": "Phường"}'.encode(),
    ],
)
def test_a_body_that_is_not_a_document_is_400(
    receiver: RunningReceiver, client: httpx.Client, broken: bytes
) -> None:
    _refused(post(client, broken), 400, receiver)


def test_personal_or_extra_members_fail_the_schema(
    receiver: RunningReceiver, client: httpx.Client
) -> None:
    import json

    data = json.loads(document())
    data["totals"]["per_clerk"] = [{"key": "lan", "label": "Nguyễn Thị Lan"}]
    body = json.dumps(data, ensure_ascii=False).encode()
    message = _refused(post(client, body), 400, receiver)
    assert "totals" in message
    assert "per_clerk" in message


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return self_signed(tmp_path_factory.mktemp("tls"))


def test_a_server_certificate_nobody_vouches_for_is_refused(
    tmp_path: Path, certificate: tuple[Path, Path]
) -> None:
    cert, key = certificate
    with serve(tmp_path / "r.sqlite", WARDS, tls_cert=cert, tls_key=key) as receiver:
        assert receiver.url.startswith("https://127.0.0.1:")
        body = document()
        with (
            httpx.Client(base_url=receiver.url, timeout=5, verify=True) as trusting_nobody,
            pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"),
        ):
            post(trusting_nobody, body)
        assert receiver.store.count() == 0
        # the ward's IT configures the city's CA file: now the same server is trusted
        ca = ssl.create_default_context(cafile=str(cert))
        with httpx.Client(base_url=receiver.url, timeout=5, verify=ca) as configured:
            assert post(configured, body).status_code == 201
            assert configured.get("/health").status_code == 200
        assert receiver.store.count() == 1


def test_the_signature_is_over_the_exact_bytes() -> None:
    body = document()
    assert sign(body, TAY_HO.secret) != sign(body + b"\n", TAY_HO.secret)
    assert sign(body, TAY_HO.secret) != sign(body, BA_DINH.secret)


def test_the_apps_sender_refuses_the_certificate_until_its_ca_file_is_configured(
    tmp_path: Path, certificate: tuple[Path, Path]
) -> None:
    from onestop_desktop.services.sync_settings import SyncSettings
    from onestop_desktop.sync.sender import Outcome, make_client, post_document

    cert, key = certificate
    body = document()
    with serve(tmp_path / "r.sqlite", WARDS, tls_cert=cert, tls_key=key) as receiver:
        settings = SyncSettings(
            endpoint=receiver.url, token=TAY_HO.token, secret=TAY_HO.secret, enabled=True
        )
        with make_client(settings) as client:
            refused = post_document(client, settings, key_of(), body)
        assert refused.outcome is Outcome.RETRY  # never sent in clear, tried again later
        assert refused.status is None
        assert refused.message.startswith("TLS certificate not verified")
        assert receiver.store.count() == 0

        configured = replace(settings, ca_file=str(cert))
        with make_client(configured) as client:
            sent = post_document(client, configured, key_of(), body)
        assert (sent.outcome, sent.status) == (Outcome.ACKED, 201)
        [stored] = receiver.store.documents()
        assert stored.body == body
