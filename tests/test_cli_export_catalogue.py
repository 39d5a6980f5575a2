"""``onestop-desktop export-catalogue FILE``: real processes, exit codes, one-line refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from onestop_desktop.resources_path import resource
from tests.test_cli import assert_clean_refusal, cli, init_ward


def test_export_catalogue_then_import_it_back(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert init_ward(data).returncode == 0
    sample = str(resource("catalogue", "procedures-sample.csv"))
    assert cli("--data-dir", str(data), "import-catalogue", sample).returncode == 0
    out = tmp_path / "danh-muc.xlsx"
    result = cli("--data-dir", str(data), "export-catalogue", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Exported 39 procedures to {out}."
    again = cli("--data-dir", str(data), "import-catalogue", str(out))
    assert again.returncode == 0, again.stderr
    assert "0 new, 0 updated, 0 rejected" in again.stdout
    # The file exists now: refused unless --force.
    assert_clean_refusal(cli("--data-dir", str(data), "export-catalogue", str(out)), "exists")
    forced = cli("--data-dir", str(data), "export-catalogue", "--force", str(out))
    assert forced.returncode == 0, forced.stderr


@pytest.mark.parametrize(
    ("name", "needle"),
    [("no-such-folder/danh-muc.csv", "No such folder"), ("danh-muc.pdf", ".csv or .xlsx")],
)
def test_export_catalogue_to_a_bad_path_is_a_clear_refusal(
    tmp_path: Path, name: str, needle: str
) -> None:
    data = tmp_path / "data"
    assert init_ward(data).returncode == 0
    assert_clean_refusal(
        cli("--data-dir", str(data), "export-catalogue", str(tmp_path / name)), needle
    )
    assert not (tmp_path / name).exists()


def test_export_catalogue_without_a_file_is_a_usage_error(tmp_path: Path) -> None:
    result = cli("--data-dir", str(tmp_path / "data"), "export-catalogue")
    assert result.returncode == 2
    assert "file" in result.stderr
