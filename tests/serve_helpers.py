"""A real `reportlint serve` (uvicorn) on a free loopback port, in a thread, for the web app's tests."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

from reportlint.serve import Settings, create_app


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running(settings: Settings | None = None) -> Iterator[str]:
    """The base URL of a server that stops when the block ends."""
    import uvicorn

    port = free_port()
    config = uvicorn.Config(create_app(settings or Settings()), host="127.0.0.1", port=port, log_level="warning",
                            limit_concurrency=64, timeout_keep_alive=5)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
