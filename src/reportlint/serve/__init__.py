"""`reportlint serve`: a local web page to drop a draft on, and a small API for other systems."""

from __future__ import annotations

import socket

from reportlint.serve.app import Settings, create_app

__all__ = ["Settings", "create_app", "port_free", "run"]


def port_free(host: str, port: int) -> str | None:
    """None when `host:port` can be listened on, else the reason."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            return exc.strerror or str(exc)
    return None


def run(host: str, port: int, settings: Settings) -> None:
    """Serve until interrupted (uvicorn: HTTP/1.1 with h11, one process, lint in worker threads)."""
    import uvicorn

    uvicorn.run(create_app(settings), host=host, port=port, log_level="info", server_header=False,
                limit_concurrency=64, timeout_keep_alive=5, access_log=True)
