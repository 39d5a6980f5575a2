"""Reference receiver of the daily-totals documents (``docs/sync-protocol.md``).

A small server for the tests and for the city's IT to try the protocol: standard library only
(``http.server.ThreadingHTTPServer``, ``sqlite3``, ``ssl``) plus ``jsonschema`` (the
``[receiver]`` extra) to check each document against ``resources/sync/daily-totals.schema.json``.

    python -m onestop_desktop.sync.receiver --port 8765 --db receiver.sqlite --wards wards.json
    python -m onestop_desktop.sync.receiver import --db receiver.sqlite --wards wards.json FILE...

``POST /daily-totals`` stores a document; ``GET /overview`` (JSON) and ``GET /`` (HTML) show the
latest revision of each ward and day; ``GET /health`` answers 200. ``serve()`` runs it in a
background thread for in-process tests.
"""

from __future__ import annotations

import argparse
import hmac
import importlib
import json
import logging
import re
import signal
import ssl
import sys
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any

from onestop_desktop.resources_path import resource
from onestop_desktop.sync.document import PROTOCOL_VERSION, signature_ok
from onestop_desktop.sync.export_file import ExportFileError, read_export
from onestop_desktop.sync.receiver_pages import overview, overview_html
from onestop_desktop.sync.receiver_store import PutResult, ReceiverStore, StoredDocument

__all__ = [
    "Receiver",
    "ReceiverStore",
    "RunningReceiver",
    "StoredDocument",
    "Verdict",
    "WardCredentials",
    "WardsFileError",
    "load_wards",
    "main",
    "serve",
]

log = logging.getLogger(__name__)

DEFAULT_MAX_BODY = 262_144
DRAIN_LIMIT = 4 * 1024 * 1024  # an oversized body is read and dropped up to this, then cut
REQUEST_TIMEOUT_S = 15.0
KEY_RE = re.compile(r"^([^:\s]{1,64}):([0-9]{4}-[0-9]{2}-[0-9]{2}):([1-9][0-9]{0,8})$")
SIGNATURE_RE = re.compile(r"^[0-9a-fA-F]{64}$")
ROUTES = {"/": "GET", "/overview": "GET", "/health": "GET", "/daily-totals": "POST"}


# -- wards ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class WardCredentials:
    unit_code: str
    token: str
    secret: str

    def __repr__(self) -> str:  # never print credentials in logs or tracebacks
        return f"WardCredentials(unit_code={self.unit_code!r}, token=…, secret=…)"


class WardsFileError(ValueError):
    """The wards file cannot be used; the message names the file and the entry."""


def load_wards(path: Path) -> dict[str, WardCredentials]:
    """Read ``[{"unit_code": ..., "token": ..., "secret": ...}, ...]`` (UTF-8 JSON)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise WardsFileError(f"{path}: cannot read the wards file ({exc.strerror or exc})") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise WardsFileError(f"{path}: not a UTF-8 JSON file ({exc})") from exc
    if not isinstance(data, list):
        raise WardsFileError(
            f'{path}: expected a list [{{"unit_code": ..., "token": ..., "secret": ...}}]'
        )
    wards: dict[str, WardCredentials] = {}
    for i, entry in enumerate(data, start=1):
        where = f"{path}: entry {i}"
        if not isinstance(entry, dict):
            raise WardsFileError(f"{where}: not an object")
        unknown = sorted(set(entry) - {"unit_code", "token", "secret"})
        if unknown:
            raise WardsFileError(f"{where}: unknown member(s) {', '.join(unknown)}")
        values = {}
        for name in ("unit_code", "token", "secret"):
            value = entry.get(name)
            if not isinstance(value, str) or not value.strip():
                raise WardsFileError(f"{where}: {name!r} is missing or empty")
            values[name] = value.strip()
        unit = values["unit_code"]
        if not KEY_RE.match(f"{unit}:2000-01-01:1"):
            raise WardsFileError(f"{where}: unit_code {unit!r} cannot appear in a key")
        if unit in wards:
            raise WardsFileError(f"{where}: unit_code {unit!r} listed twice")
        wards[unit] = WardCredentials(unit, values["token"], values["secret"])
    return wards


# -- the rules ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Verdict:
    """The answer to one delivery: HTTP status, a short word and a sentence."""

    status: int
    word: str
    message: str
    deliveries: int = 0

    @property
    def accepted(self) -> bool:
        return self.status in (200, 201)

    def json_body(self, key: str | None) -> dict[str, Any]:
        body: dict[str, Any] = {"status": self.word, "message": self.message}
        if self.accepted:
            body["idempotency_key"] = key
            body["deliveries"] = self.deliveries
        return body


def _schema_validator() -> Any:
    # Imported by name so a frozen desktop app (which never runs the receiver) does not bundle
    # jsonschema; it comes with the [receiver] and [test] extras.
    try:
        jsonschema = importlib.import_module("jsonschema")
    except ImportError as exc:
        raise RuntimeError(
            "the reference receiver needs jsonschema: pip install 'onestop-desktop[receiver]'"
        ) from exc
    schema = json.loads(resource("sync", "daily-totals.schema.json").read_text(encoding="utf-8"))
    cls = jsonschema.Draft202012Validator
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _schema_error(validator: Any, data: object) -> str | None:
    best = importlib.import_module("jsonschema.exceptions").best_match(validator.iter_errors(data))
    if best is None:
        return None
    where = ".".join(str(p) for p in best.absolute_path) or "document"
    text = f"{where}: {best.message}"
    return text if len(text) <= 300 else text[:299] + "…"


class Receiver:
    """The receiving rules, shared by ``POST /daily-totals`` and the import command."""

    def __init__(self, store: ReceiverStore, wards: Mapping[str, WardCredentials]) -> None:
        self.store = store
        self.wards = dict(wards)
        self.validator = _schema_validator()

    def receive(
        self,
        *,
        key: str | None,
        signature: str | None,
        body: bytes,
        authorization: str | None = None,
        check_token: bool = True,
    ) -> Verdict:
        """Check a delivery and store it. ``authorization`` is the ``Authorization`` header;
        the import command passes ``check_token=False`` (an export file carries no token: its
        signature proves the ward)."""
        if check_token and not _bearer(authorization):
            return Verdict(401, "unauthorized", "missing bearer token")
        match = KEY_RE.match(key or "")
        if match is None:
            return Verdict(
                400, "bad_key", "Idempotency-Key must be <unit code>:<YYYY-MM-DD>:<revision>"
            )
        unit, day_text, revision_text = match.groups()
        ward = self.wards.get(unit)
        if check_token and (
            ward is None or not hmac.compare_digest(_bearer(authorization), ward.token.encode())
        ):
            return Verdict(401, "unauthorized", "wrong token for this unit code")
        if ward is None:
            return Verdict(401, "unauthorized", f"unknown unit code {unit}")
        if not signature or not SIGNATURE_RE.match(signature.strip()):
            return Verdict(403, "bad_signature", "X-Signature must be 64 hex digits")
        if not signature_ok(body, ward.secret, signature):
            return Verdict(403, "bad_signature", "the signature does not match the body")
        try:
            data = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            return Verdict(400, "invalid", "the body is not UTF-8 JSON")
        if not isinstance(data, dict):
            return Verdict(400, "invalid", "the body is not a JSON object")
        version = data.get("protocol_version")
        if "protocol_version" in data and (type(version) is not int or version != PROTOCOL_VERSION):
            return Verdict(
                422,
                "unsupported_version",
                f"protocol_version {version!r} is not supported (this receiver knows "
                f"{PROTOCOL_VERSION})",
            )
        problem = _schema_error(self.validator, data)
        if problem is not None:
            return Verdict(400, "invalid", f"the document fails the schema: {problem}")
        try:
            day = date.fromisoformat(day_text)
        except ValueError:
            return Verdict(400, "bad_key", f"no such date in the key: {day_text}")
        revision = int(revision_text)
        totals = data["totals"]
        if (data["unit_code"], data["business_date"], data["revision"]) != (
            unit,
            day.isoformat(),
            revision,
        ):
            return Verdict(
                400,
                "key_mismatch",
                "the Idempotency-Key does not match the body's unit_code, business_date, revision",
            )
        if (totals["unit_code"], totals["business_date"]) != (unit, day.isoformat()):
            return Verdict(400, "invalid", "totals.unit_code or totals.business_date differ")
        outcome, deliveries = self.store.put(unit, day, revision, match.group(0), body)
        if outcome is PutResult.STORED:
            return Verdict(201, "stored", "stored", deliveries)
        if outcome is PutResult.REPEAT:
            return Verdict(200, "already_stored", "already stored; repeat counted", deliveries)
        return Verdict(
            409,
            "conflict",
            "this Idempotency-Key was already stored with a different body; "
            "a correction needs a new revision",
        )


def _bearer(header: str | None) -> bytes:
    if not header:
        return b""
    scheme, _, token = header.strip().partition(" ")
    if scheme.lower() != "bearer":
        return b""
    return token.strip().encode()


# -- HTTP -----------------------------------------------------------------------------------
class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128
    receiver: Receiver
    max_body_bytes: int

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Dropped connections and failed TLS handshakes are the client's business.
        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, TimeoutError, ssl.SSLError)):
            log.debug("connection from %s dropped: %s", client_address, exc)
            return
        log.exception("error while serving %s", client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "onestop-receiver/1"
    sys_version = ""
    timeout = REQUEST_TIMEOUT_S
    disable_nagle_algorithm = True  # headers and body go out at once (no 40 ms delayed ACK)
    server: _Server

    def setup(self) -> None:
        super().setup()
        if isinstance(self.connection, ssl.SSLSocket):
            self.connection.do_handshake()  # here, in the request's thread, not in accept()

    def log_message(self, format: str, *args: Any) -> None:
        log.info("%s %s", self.address_string(), format % args)

    # routing
    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if self._route(path, "GET"):
            return
        if path == "/health":
            self._json(200, {"status": "ok"})
        elif path == "/overview":
            self._json(200, overview(self.server.receiver.store.latest()))
        else:
            page = overview_html(overview(self.server.receiver.store.latest()))
            self._send(200, page.encode(), "text/html; charset=utf-8")

    def do_POST(self) -> None:
        if self._route(self.path.split("?", 1)[0], "POST"):
            return
        body = self._read_body()
        if body is None:
            return
        key = self.headers.get("Idempotency-Key")
        verdict = self.server.receiver.receive(
            key=key,
            signature=self.headers.get("X-Signature"),
            body=body,
            authorization=self.headers.get("Authorization"),
        )
        log.info("%s %s %s", key, verdict.status, verdict.word)
        self._json(verdict.status, verdict.json_body(key))

    def do_PUT(self) -> None:
        self._route(self.path.split("?", 1)[0], self.command)

    do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = do_PUT

    def _route(self, path: str, method: str) -> bool:
        """Answer 404/405 and return True unless ``method path`` is served."""
        allowed = ROUTES.get(path)
        if allowed is None:
            self._discard_body()
            self._json(404, {"status": "not_found", "message": f"no such path: {path}"[:200]})
            return True
        if allowed != method:
            self._discard_body()
            self._json(
                405,
                {"status": "method_not_allowed", "message": f"use {allowed} on {path}"},
                extra={"Allow": allowed},
            )
            return True
        return False

    def _read_body(self) -> bytes | None:
        """The body, never more than the limit in memory; None after answering a refusal."""
        limit = self.server.max_body_bytes
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            self._json(411, {"status": "length_required", "message": "send a Content-Length"})
            return None
        length_text = self.headers.get("Content-Length")
        if length_text is None or not length_text.strip().isdigit():
            self.close_connection = True
            self._json(411, {"status": "length_required", "message": "send a Content-Length"})
            return None
        length = int(length_text)
        if length > limit:
            self._drain(length)
            self.close_connection = True
            self._json(
                413,
                {"status": "too_large", "message": f"the body is over {limit} bytes"},
            )
            return None
        body = self.rfile.read(length)
        if len(body) < length:  # the client went away
            self.close_connection = True
            return None
        return body

    def _drain(self, length: int) -> None:
        """Read and drop an oversized body (bounded) so the client gets the 413, not a reset."""
        left = min(length, DRAIN_LIMIT)
        while left > 0:
            chunk = self.rfile.read(min(left, 65536))
            if not chunk:
                return
            left -= len(chunk)

    def _discard_body(self) -> None:
        length_text = self.headers.get("Content-Length", "0").strip()
        if self.headers.get("Transfer-Encoding") or not length_text.isdigit():
            self.close_connection = True
        elif int(length_text) > self.server.max_body_bytes:
            self._drain(int(length_text))
            self.close_connection = True
        elif int(length_text):
            self.rfile.read(int(length_text))

    def _json(self, status: int, data: object, *, extra: dict[str, str] | None = None) -> None:
        body = json.dumps(data, ensure_ascii=False).encode()
        self._send(status, body, "application/json; charset=utf-8", extra)

    def _send(
        self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class RunningReceiver:
    """A receiver serving in a background thread; ``stop()`` (or leaving ``with``) ends it."""

    def __init__(self, server: _Server, scheme: str, host: str) -> None:
        self._server = server
        self.port: int = server.server_address[1]
        self.url = f"{scheme}://{host}:{self.port}"
        self.store = server.receiver.store
        self.receiver = server.receiver
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join()
        self._server.server_close()
        self.store.close()

    def __enter__(self) -> RunningReceiver:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def serve(
    db_path: Path,
    wards: Mapping[str, WardCredentials],
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    max_body_bytes: int = DEFAULT_MAX_BODY,
    tls_cert: Path | None = None,
    tls_key: Path | None = None,
) -> RunningReceiver:
    """Start a receiver on ``host:port`` (0: any free port) in a background thread; HTTPS when
    ``tls_cert`` (PEM, with the key inside or in ``tls_key``) is given."""
    receiver = Receiver(ReceiverStore(db_path), wards)
    server = _Server((host, port), _Handler)
    server.receiver = receiver
    server.max_body_bytes = max_body_bytes
    scheme = "http"
    if tls_cert is not None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        try:
            context.load_cert_chain(tls_cert, tls_key)
        except BaseException:
            server.server_close()
            raise
        server.socket = context.wrap_socket(
            server.socket, server_side=True, do_handshake_on_connect=False
        )
        scheme = "https"
    return RunningReceiver(server, scheme, host)


# -- command line ---------------------------------------------------------------------------
def _serve_command(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m onestop_desktop.sync.receiver",
        description="Reference receiver of onestop-desktop daily totals (docs/sync-protocol.md). "
        "Subcommand: 'import --db DB --wards WARDS FILE...' stores exported files.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    parser.add_argument("--db", type=Path, default=Path("receiver.sqlite"))
    parser.add_argument("--wards", type=Path, required=True, help="JSON list of ward credentials")
    parser.add_argument("--max-body-bytes", type=int, default=DEFAULT_MAX_BODY)
    parser.add_argument("--tls-cert", type=Path, help="PEM certificate (chain): serve HTTPS")
    parser.add_argument("--tls-key", type=Path, help="PEM private key, if not in --tls-cert")
    args = parser.parse_args(argv)
    logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="%(asctime)s %(message)s")
    try:
        wards = load_wards(args.wards)
        running = serve(
            args.db,
            wards,
            host=args.host,
            port=args.port,
            max_body_bytes=args.max_body_bytes,
            tls_cert=args.tls_cert,
            tls_key=args.tls_key,
        )
    except (WardsFileError, RuntimeError, OSError, ssl.SSLError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.tls_cert is None and args.host not in ("127.0.0.1", "localhost", "::1"):
        log.warning("serving plain HTTP on %s: senders refuse it; use --tls-cert", args.host)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    print(f"listening on {running.url}", flush=True)
    while not stop.wait(0.5):
        pass
    running.stop()
    return 0


def _import_command(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m onestop_desktop.sync.receiver import",
        description="Store exported daily-totals files (onestop-desktop export-day) with the "
        "same rules as POST /daily-totals (the signature stands for the token).",
    )
    parser.add_argument("--db", type=Path, default=Path("receiver.sqlite"))
    parser.add_argument("--wards", type=Path, required=True)
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    args = parser.parse_args(argv)
    try:
        receiver = Receiver(ReceiverStore(args.db), load_wards(args.wards))
    except (WardsFileError, RuntimeError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    refused = 0
    for path in args.files:
        try:
            doc = read_export(path)
        except ExportFileError as exc:
            refused += 1
            print(f"{path}: refused: {exc}", flush=True)
            continue
        verdict = receiver.receive(
            key=doc.idempotency_key, signature=doc.signature, body=doc.body, check_token=False
        )
        if verdict.status == 201:
            print(f"{path}: stored {doc.idempotency_key}", flush=True)
        elif verdict.status == 200:
            print(
                f"{path}: already there {doc.idempotency_key} (delivery {verdict.deliveries})",
                flush=True,
            )
        else:
            refused += 1
            print(f"{path}: refused ({verdict.status} {verdict.word}): {verdict.message}")
    sys.stdout.flush()
    return 2 if refused else 0


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["import"]:
        return _import_command(args[1:])
    if args[:1] == ["serve"]:
        args = args[1:]
    return _serve_command(args)


if __name__ == "__main__":
    sys.exit(main())
