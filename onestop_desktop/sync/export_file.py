"""The offline export of a signed daily-totals document, for transfer without a network.

A UTF-8 JSON file::

    {"format": "onestop-daily-totals-export/1",
     "idempotency_key": "000.00.06.H56:2026-11-20:1",
     "signature": "<hex HMAC-SHA256 of body>",
     "body": "<the exact body text>"}

``body`` is the document's exact bytes as text, so a receiver that imports the file checks the
same signature and stores the same bytes as if the document had been posted. The file holds no
secret: the signature proves the ward without revealing its key. See ``docs/sync-protocol.md``.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

EXPORT_FORMAT = "onestop-daily-totals-export/1"
MAX_EXPORT_BYTES = 4 * 1024 * 1024


class ExportFileError(ValueError):
    """The file is not a daily-totals export this version can read."""


@dataclass(frozen=True)
class ExportedDocument:
    idempotency_key: str
    signature: str
    body: bytes


def write_export(path: Path, key: str, signature: str, body: bytes) -> None:
    """Write the export atomically (a temporary file in the same folder, then renamed)."""
    text = json.dumps(
        {
            "format": EXPORT_FORMAT,
            "idempotency_key": key,
            "signature": signature,
            "body": body.decode("utf-8"),
        },
        ensure_ascii=False,
        indent=2,
    )
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text + "\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_export(path: Path) -> ExportedDocument:
    """Read an export written by :func:`write_export`; ``ExportFileError`` names what is wrong."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_EXPORT_BYTES + 1)
    except OSError as exc:
        raise ExportFileError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    if len(raw) > MAX_EXPORT_BYTES:
        raise ExportFileError(f"{path}: larger than {MAX_EXPORT_BYTES} bytes; not an export")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExportFileError(f"{path}: not a UTF-8 JSON file ({exc})") from exc
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise ExportFileError(f"{path}: not a daily-totals export (format {EXPORT_FORMAT!r})")
    fields = {}
    for name in ("idempotency_key", "signature", "body"):
        value = data.get(name)
        if not isinstance(value, str) or not value:
            raise ExportFileError(f"{path}: {name!r} is missing or not text")
        fields[name] = value
    try:
        body = fields["body"].encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ExportFileError(f"{path}: 'body' is not valid text ({exc})") from exc
    return ExportedDocument(fields["idempotency_key"], fields["signature"], body)
