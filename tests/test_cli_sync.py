"""``onestop-desktop sync --once`` and ``export-day`` as ward IT runs them: real processes on a real
database, the real receiver on 127.0.0.1, exit codes and one-line messages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.sync_settings import set_sync_settings
from onestop_desktop.sync.document import signature_ok
from onestop_desktop.sync.export_file import read_export
from onestop_desktop.sync.receiver import Receiver
from onestop_desktop.sync.receiver_store import ReceiverStore
from tests.sync.recv_helpers import TAY_HO, WARDS
from tests.sync.send_helpers import (
    assert_all_delivered_once,
    close_days,
    configure,
    days_before,
    free_port,
    old_ward,
    outbox,
    start_receiver,
)
from tests.test_cli import ENV

pytestmark = pytest.mark.db


@pytest.fixture
def admin(runner: ServiceRunner, clock) -> Actor:  # type: ignore[no-untyped-def]
    return old_ward(runner, clock)


def run(tmp_path: Path, db_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "onestop_desktop",
            "--data-dir",
            str(data),
            "--database-url",
            db_url,
            *args,
        ],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=120,
    )


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("onestop-desktop: ")
    return lines[0]


def test_sync_once_exit_codes(runner, clock, admin, tmp_path, db_url) -> None:  # type: ignore[no-untyped-def]
    empty = run(tmp_path, db_url, "sync", "--once")
    assert empty.returncode == 0, empty.stderr
    assert "Nothing to send" in empty.stdout

    close_days(runner, admin, days_before(2))
    unset = run(tmp_path, db_url, "sync", "--once")
    assert unset.returncode == 1
    assert "Sync is disabled or not configured" in one_error_line(unset)

    configure(runner, admin, f"http://127.0.0.1:{free_port()}")
    down = run(tmp_path, db_url, "sync", "--once")
    assert down.returncode == 3, down.stderr  # some still wait: partial
    assert "sent 0" in down.stdout
    assert "2 waiting" in down.stdout
    assert "cannot connect" in down.stdout

    with start_receiver(tmp_path) as receiver:
        runner.write(set_sync_settings, admin, receiver.url, "token-sai", TAY_HO.secret)
        refused = run(tmp_path, db_url, "sync", "--once")
        assert refused.returncode == 1
        assert "refused by the receiver" in one_error_line(refused)
        assert "HTTP 401" in refused.stdout

        configure(runner, admin, receiver.url)
        from onestop_desktop.sync.outbox import resend_now

        runner.write(resend_now, admin)
        done = run(tmp_path, db_url, "sync", "--once")
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("sent 2, refused 0")
        assert_all_delivered_once(runner, receiver)


def test_export_day_writes_the_stored_signed_document(  # type: ignore[no-untyped-def]
    runner, clock, admin, tmp_path, db_url, read_only_folder
) -> None:
    day = days_before(1)[0]
    out = tmp_path / "ngay.json"
    not_closed = run(tmp_path, db_url, "export-day", "--date", day.isoformat(), "--out", str(out))
    assert not_closed.returncode == 1
    assert f"{day.isoformat()} is not closed" in one_error_line(not_closed)
    assert not out.exists()

    close_days(runner, admin, [day])
    no_secret = run(tmp_path, db_url, "export-day", "--date", day.isoformat(), "--out", str(out))
    assert no_secret.returncode == 1
    assert "No sync secret" in one_error_line(no_secret)

    configure(runner, admin, "https://city.example/api")
    shown = day.strftime("%d/%m/%Y")
    done = run(tmp_path, db_url, "export-day", "--date", shown, "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "revision 1" in done.stdout
    exported = read_export(out)
    (row,) = outbox(runner)
    assert exported.idempotency_key == row.idempotency_key
    assert exported.body == row.body.encode("utf-8")
    assert signature_ok(exported.body, TAY_HO.secret, exported.signature)
    # The reference receiver takes the file as if it had been posted.
    receiver = Receiver(ReceiverStore(tmp_path / "city.sqlite"), WARDS)
    verdict = receiver.receive(
        key=exported.idempotency_key,
        signature=exported.signature,
        body=exported.body,
        check_token=False,
    )
    assert verdict.status == 201
    receiver.store.close()

    again = run(tmp_path, db_url, "export-day", "--date", day.isoformat(), "--out", str(out))
    assert again.returncode == 1
    assert "already exists" in one_error_line(again)
    other_revision = run(
        tmp_path, db_url, "export-day", "--date", day.isoformat(), "--revision", "2",
        "--out", str(tmp_path / "r2.json"),
    )  # fmt: skip
    assert other_revision.returncode == 1
    assert "has no closing revision 2" in one_error_line(other_revision)
    blocked = read_only_folder / "ngay.json"
    unwritable = run(
        tmp_path, db_url, "export-day", "--date", day.isoformat(), "--out", str(blocked)
    )
    assert unwritable.returncode == 1
    assert f"Cannot write {blocked}" in one_error_line(unwritable)
    assert not blocked.exists()
    assert sorted(p.name for p in read_only_folder.iterdir()) == []
