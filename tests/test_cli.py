"""The command line as ward IT and scripts use it: real processes, exit codes, one-line errors."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from onestop_desktop import __version__
from tests.conftest import PASSWORD

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", "ONESTOP_LANG": "en"}
ENV.pop("ONESTOP_TEST_PG_URL", None)


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "onestop_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=ENV,
        timeout=180,
    )


def assert_clean_refusal(result: subprocess.CompletedProcess[str], needle: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("onestop-desktop: ")
    assert needle in lines[0]


def init_ward(data_dir: Path) -> subprocess.CompletedProcess[str]:
    return cli(
        "--data-dir",
        str(data_dir),
        "init",
        "--ward-name",
        "Phường Tây Hồ",
        "--unit-code",
        "000.00.06.H56",
        "--admin",
        "admin",
        "--admin-full-name",
        "Quản Trị",
        "--admin-password-stdin",
        stdin=PASSWORD + "\n",
    )


def test_version() -> None:
    result = cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"onestop-desktop {__version__}"


def test_self_test_prints_ok(tmp_path: Path) -> None:
    result = cli("--data-dir", str(tmp_path / "unused"), "self-test")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("self-test OK: schema ")
    assert "test-page.pdf" in result.stdout
    assert not (tmp_path / "unused" / "onestop.sqlite").exists()  # a temporary database


def test_init_demo_backup_restore_round_trip(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = cli("--data-dir", str(data), "init", "--demo")
    assert result.returncode == 0, result.stderr
    assert "39 procedures" in result.stdout
    assert result.stdout.count("password: ") == 5
    backup = tmp_path / "b.sqlite"
    assert cli("--data-dir", str(data), "backup", "--out", str(backup)).returncode == 0
    assert_clean_refusal(
        cli("--data-dir", str(data), "backup", "--out", str(backup)), "already exists"
    )
    db = data / "onestop.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("UPDATE procedures SET active = 0")
    conn.commit()
    conn.close()
    restored = cli("--data-dir", str(data), "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM procedures WHERE active").fetchone()[0] == 39
    conn.close()
    assert list((data / "backups").glob("before-restore.*.sqlite"))


def test_restore_refuses_while_the_app_runs(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    assert init_ward(data).returncode == 0
    backup = tmp_path / "b.sqlite"
    assert cli("--data-dir", str(data), "backup", "--out", str(backup)).returncode == 0
    app = subprocess.Popen(
        [sys.executable, "-m", "onestop_desktop", "--data-dir", str(data)],
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        lock_dir = data / "running"
        # The app takes its lock before it shows any window; a file has no signal to wait on.
        qtbot.waitUntil(lambda: any(lock_dir.glob("*.lock")), timeout=60_000)
        assert_clean_refusal(cli("--data-dir", str(data), "restore", str(backup)), "running")
    finally:
        app.terminate()
        app.wait(timeout=30)


def test_database_url_pointing_nowhere(tmp_path: Path) -> None:
    result = cli(
        "--data-dir",
        str(tmp_path),
        "--database-url",
        "postgresql+psycopg://onestop@127.0.0.1:1/onestop",
        "init",
    )
    assert_clean_refusal(result, "Cannot connect")


@pytest.mark.parametrize("url", ["foo://bar", "not a url at all", "mysql://u@h/db"])
def test_database_url_that_is_not_one(tmp_path: Path, url: str) -> None:
    result = cli("--data-dir", str(tmp_path), "--database-url", url, "init")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "database" in result.stderr.lower()


def test_corrupt_database_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "onestop.sqlite"
    garbage = b"\x00garbage, not sqlite\xff" * 200
    db.write_bytes(garbage)
    assert_clean_refusal(cli("--data-dir", str(tmp_path), "init"), "not an SQLite database")
    assert db.read_bytes() == garbage


def test_truncated_database_file_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert init_ward(data).returncode == 0
    db = data / "onestop.sqlite"
    shutil.copyfile(db, tmp_path / "copy")
    db.write_bytes(db.read_bytes()[: 4096 * 3])
    result = cli("--data-dir", str(data), "init")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "corrupt" in result.stderr or "malformed" in result.stderr


def test_read_only_data_folder(read_only_folder: Path) -> None:
    with pytest.raises(OSError, match=r"Read-only|Permission|not permitted"):
        (read_only_folder / "probe").write_text("x")
    result = cli("--data-dir", str(read_only_folder), "init")
    assert_clean_refusal(result, "read-only")
    assert list(read_only_folder.iterdir()) == []


def test_import_catalogue_with_wrong_columns_changes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert init_ward(data).returncode == 0
    db = data / "onestop.sqlite"
    before = db.read_bytes()
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("ma_thu_tuc,ten\n1.001193,Khai sinh\n", encoding="utf-8")
    assert_clean_refusal(
        cli("--data-dir", str(data), "import-catalogue", str(wrong)), "lacks required columns"
    )
    assert db.read_bytes() == before


def test_import_catalogue_reports_rejected_rows(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert init_ward(data).returncode == 0
    mixed = tmp_path / "mixed.csv"
    mixed.write_text(
        "code,name_vi,field_vi,processing_days,processing_unit\n"
        "1.000001,Thủ tục A,Hộ tịch,3,working_days\n"
        "1.000002,Thủ tục B,Hộ tịch,ba,working_days\n",
        encoding="utf-8",
    )
    result = cli("--data-dir", str(data), "import-catalogue", str(mixed))
    assert result.returncode == 3
    assert "row 3: Column processing_days" in result.stdout
    assert "1 new, 0 updated, 1 rejected" in result.stdout


def test_unknown_arguments_are_usage_errors() -> None:
    result = cli("frobnicate")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
