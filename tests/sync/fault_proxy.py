"""A small fault-injecting HTTP proxy for the sync fault tests, in front of the real receiver.

Modes (counted per request, in this order):

- ``fail(status, n)``: answer ``status`` (500, 503 …) to the next ``n`` requests without
  forwarding them;
- ``cut(n)``: forward the next ``n`` requests to the receiver, read its answer, then close the
  connection without relaying it (the document is stored; the sender never hears so);
- ``hold()``: keep each request until :meth:`FaultProxy.release` (``arrived`` is set when one is
  held), then forward it.

Everything else is forwarded unchanged, byte for byte.
"""

from __future__ import annotations

import http.client
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}


class FaultProxy:
    def __init__(self, upstream: str, port: int = 0) -> None:
        parts = urlsplit(upstream)
        self.upstream_host = parts.hostname or "127.0.0.1"
        self.upstream_port = parts.port or 80
        self.requests = 0  # every request that reached the proxy
        self.forwarded = 0  # requests passed to the receiver
        self._fail: list[int] = []  # statuses still to answer
        self._cuts = 0
        self._hold = False
        self.arrived = threading.Event()
        self._released = threading.Event()
        self._lock = threading.Lock()
        self._forwarded_changed = threading.Condition(self._lock)
        self.server = ThreadingHTTPServer(("127.0.0.1", port), _handler(self))
        self.server.daemon_threads = True
        self.port = int(self.server.server_address[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    # -- modes ---------------------------------------------------------------------------------
    def fail(self, status: int, count: int) -> None:
        with self._lock:
            self._fail += [status] * count

    def cut(self, count: int) -> None:
        with self._lock:
            self._cuts += count

    def hold(self) -> None:
        with self._lock:
            self._hold = True
            self._released.clear()
            self.arrived.clear()

    def release(self) -> None:
        with self._lock:
            self._hold = False
        self._released.set()

    def wait_forwarded(self, count: int, timeout: float = 10.0) -> bool:
        """Wait until ``count`` requests have reached the receiver (and it answered)."""
        with self._lock:
            return self._forwarded_changed.wait_for(lambda: self.forwarded >= count, timeout)

    def _next_mode(self) -> tuple[str, int]:
        with self._lock:
            self.requests += 1
            if self._fail:
                return "fail", self._fail.pop(0)
            if self._hold:
                return "hold", 0
            if self._cuts:
                self._cuts -= 1
                return "cut", 0
            return "forward", 0

    # -- life ----------------------------------------------------------------------------------
    def stop(self) -> None:
        self.release()
        self.server.shutdown()
        self._thread.join()
        self.server.server_close()

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def forward(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Any:
        conn = http.client.HTTPConnection(self.upstream_host, self.upstream_port, timeout=10)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            data = response.read()
            with self._lock:
                self.forwarded += 1
                self._forwarded_changed.notify_all()
            return response.status, response.reason, response.getheaders(), data
        finally:
            conn.close()


def _handler(proxy: FaultProxy) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_HEADERS}
            headers["Content-Length"] = str(len(body))
            mode, status = proxy._next_mode()
            if mode == "fail":
                payload = b'{"status":"unavailable","message":"injected fault"}'
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
                return
            if mode == "hold":
                proxy.arrived.set()
                proxy._released.wait(30)
            answer = proxy.forward("POST", self.path, headers, body)
            if mode == "cut":
                self.close_connection = True  # the answer is lost: nothing is written back
                return
            code, reason, answer_headers, data = answer
            self.send_response(code, reason)
            for name, value in answer_headers:
                if name.lower() not in HOP_HEADERS:
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler
