"""The reference receiver's rules on a real server on 127.0.0.1 (serve()) with a real httpx
client: first receipt, repeats, conflicts, every revision kept, one copy under concurrent
deliveries, the city overview, the import of exported files and the command line."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from onestop_desktop.sync.document import sign
from onestop_desktop.sync.export_file import read_export, write_export
from onestop_desktop.sync.receiver import (
    RunningReceiver,
    WardsFileError,
    load_wards,
    serve,
)
from tests.sync.recv_helpers import (
    BA_DINH,
    DAY,
    TAY_HO,
    WARDS,
    document,
    key_of,
    post,
)

RECEIVER = [sys.executable, "-m", "onestop_desktop.sync.receiver"]


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[RunningReceiver]:
    with serve(tmp_path / "receiver.sqlite", WARDS) as running:
        yield running


@pytest.fixture
def client(receiver: RunningReceiver) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=receiver.url, timeout=5) as c:
        yield c


@pytest.fixture
def wards_file(tmp_path: Path) -> Path:
    path = tmp_path / "wards.json"
    path.write_text(
        json.dumps([{"unit_code": w.unit_code, "token": w.token, "secret": w.secret}
                    for w in WARDS.values()]),
        encoding="utf-8",
    )  # fmt: skip
    return path


def test_first_receipt_201_repeat_200_other_body_409(
    receiver: RunningReceiver, client: httpx.Client
) -> None:
    body = document()
    first = post(client, body)
    assert first.status_code == 201
    assert first.json()["status"] == "stored"
    again = post(client, body)
    assert again.status_code == 200
    assert again.json()["deliveries"] == 2

    changed = document(served=111)  # same day and revision, other figures
    conflict = post(client, changed)
    assert conflict.status_code == 409
    assert "new revision" in conflict.json()["message"]

    [stored] = receiver.store.documents()
    assert stored.body == body  # the first bytes stay, exactly
    assert (stored.unit_code, stored.business_date, stored.revision) == (TAY_HO.unit_code, DAY, 1)
    assert stored.idempotency_key == "000.00.06.H56:2026-11-20:1"
    assert stored.deliveries == 2

    # a correction is a new revision: stored next to the first, both kept
    assert post(client, document(revision=2, served=111), key_of(revision=2)).status_code == 201
    assert [d.revision for d in receiver.store.documents()] == [1, 2]


def test_concurrent_deliveries_of_one_key_store_one_copy(receiver: RunningReceiver) -> None:
    body = document()
    n = 8
    barrier = threading.Barrier(n)
    codes: list[int] = []

    def deliver() -> None:
        with httpx.Client(base_url=receiver.url, timeout=10) as c:
            barrier.wait()
            codes.append(post(c, body).status_code)

    threads = [threading.Thread(target=deliver) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(codes) == [200] * (n - 1) + [201]
    assert receiver.store.count() == 1
    assert receiver.store.documents()[0].deliveries == n


def test_overview_shows_the_latest_revision_of_each_ward_and_day(
    client: httpx.Client,
) -> None:
    next_day = DAY + timedelta(days=3)
    assert post(client, document(early=3, on_time=5, late=2)).status_code == 201
    correction = document(revision=2, early=4, on_time=5, late=1)
    assert post(client, correction, key_of(revision=2)).status_code == 201
    assert post(client, document(TAY_HO, next_day, early=0, on_time=0, late=0),
                key_of(TAY_HO, next_day)).status_code == 201  # fmt: skip
    ba_dinh = document(BA_DINH, DAY, early=1, on_time=0, late=3, served=42)
    assert post(client, ba_dinh, key_of(BA_DINH), BA_DINH).status_code == 201

    rows = client.get("/overview").json()
    assert [(r["unit_code"], r["business_date"], r["revision"]) for r in rows] == [
        ("000.00.01.H01", "2026-11-20", 1),
        ("000.00.06.H56", "2026-11-20", 2),
        ("000.00.06.H56", "2026-11-23", 1),
    ]
    assert [r["on_time_rate"] for r in rows] == [0.25, 0.9, None]
    assert rows[0]["tickets_served"] == 42
    assert rows[0]["ward_name"] == "Phường Ba Đình"

    page = client.get("/")
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    html = page.text
    assert "Tỷ lệ hồ sơ giải quyết đúng hạn" in html
    assert "Phường Tây Hồ" in html
    assert "Phường Ba Đình" in html
    assert "90,0 %" in html
    assert "25,0 %" in html
    assert "20/11/2026" in html
    assert "23/11/2026" in html


def test_stored_text_is_escaped_in_the_html_page(client: httpx.Client) -> None:
    body = document(ward_name="<script>alert(1)</script> & Phường")
    assert post(client, body).status_code == 201
    html = client.get("/").text
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Phường" in html


def test_other_paths_and_methods(client: httpx.Client) -> None:
    assert client.get("/health").json() == {"status": "ok"}
    assert client.get("/nothing").status_code == 404
    wrong = client.get("/daily-totals")
    assert wrong.status_code == 405
    assert wrong.headers["allow"] == "POST"
    assert client.put("/daily-totals", content=b"{}").status_code == 405
    assert client.post("/overview", content=b"{}").status_code == 405
    assert client.post("/elsewhere", content=document()).status_code == 404


def _import(db: Path, wards: Path, *files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*RECEIVER, "import", "--db", str(db), "--wards", str(wards), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_an_exported_file_is_imported_once_and_a_tampered_one_refused(
    tmp_path: Path, wards_file: Path
) -> None:
    body = document()
    good = tmp_path / "tay-ho-2026-11-20.json"
    write_export(good, key_of(), sign(body, TAY_HO.secret), body)
    assert read_export(good).body == body
    tampered = tmp_path / "tampered.json"
    text = good.read_text(encoding="utf-8").replace('\\"served\\":110', '\\"served\\":990', 1)
    assert text != good.read_text(encoding="utf-8")
    tampered.write_text(text, encoding="utf-8")
    not_an_export = tmp_path / "notes.txt"
    not_an_export.write_text("biên bản giao nhận", encoding="utf-8")
    db = tmp_path / "city.sqlite"

    first = _import(db, wards_file, good, tampered, not_an_export)
    assert first.returncode == 2, first.stderr
    lines = first.stdout.splitlines()
    assert lines[0] == f"{good}: stored 000.00.06.H56:2026-11-20:1"
    assert lines[1].startswith(f"{tampered}: refused (403 bad_signature)")
    assert lines[2].startswith(f"{not_an_export}: refused: ")
    assert len(lines) == 3

    again = _import(db, wards_file, good)
    assert again.returncode == 0, again.stderr
    assert again.stdout == f"{good}: already there 000.00.06.H56:2026-11-20:1 (delivery 2)\n"

    from onestop_desktop.sync.receiver_store import ReceiverStore

    [stored] = ReceiverStore(db).documents()
    assert stored.body == body
    assert stored.deliveries == 2


def test_the_command_line_receiver_prints_its_address_and_stops_on_sigterm(
    tmp_path: Path, wards_file: Path
) -> None:
    proc = subprocess.Popen(
        [*RECEIVER, "--host", "127.0.0.1", "--port", "0", "--db", str(tmp_path / "r.sqlite"),
         "--wards", str(wards_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("listening on http://127.0.0.1:")
        url = line.split()[-1]
        assert int(url.rsplit(":", 1)[1]) > 0
        with httpx.Client(base_url=url, timeout=5) as c:
            assert post(c, document()).status_code == 201
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert out == ""  # one line only, read above
    assert "000.00.06.H56:2026-11-20:1 201 stored" in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "not a UTF-8 JSON file"),
        ('{"unit_code": "x"}', "expected a list"),
        ('[{"unit_code": "000.00.06.H56", "token": "t"}]', "entry 1: 'secret' is missing"),
        ('[{"unit_code": "a:b", "token": "t", "secret": "s"}]', "cannot appear in a key"),
        (
            '[{"unit_code": "U1", "token": "t", "secret": "s"},'
            ' {"unit_code": "U1", "token": "u", "secret": "v"}]',
            "entry 2: unit_code 'U1' listed twice",
        ),
        ('[{"unit_code": "U1", "token": "t", "secret": "s", "tokne": "x"}]', "unknown member"),
    ],
)
def test_a_bad_wards_file_is_refused_clearly(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "wards.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(WardsFileError, match=message) as info:
        load_wards(path)
    assert str(path) in str(info.value)


def test_wards_never_print_their_credentials(wards_file: Path) -> None:
    loaded = load_wards(wards_file)
    assert loaded == WARDS
    assert TAY_HO.token not in repr(loaded)
    assert TAY_HO.secret not in repr(loaded)
