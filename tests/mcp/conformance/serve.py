"""Serve the local stack on 127.0.0.1 for the conformance suite (and local debugging).

Starts the in-process AWS emulator (so tools that touch storage work offline), then
uvicorn with the dev server's app (the same routes as `heyfolio dev`). Prints ``READY <url>`` when
listening. Usage: ``python tests/mcp/conformance/serve.py [port]`` (0 = ephemeral).
"""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def main() -> None:
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    sock = socket.socket()
    # Accepted sockets inherit TCP_NODELAY on Linux: without it a keep-alive client waits on
    # Nagle + delayed ACK (~40 ms) because uvicorn writes the head and the body separately.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", port))
    port = sock.getsockname()[1]
    os.environ["PORT"] = str(port)
    os.environ.setdefault("HEYFOLIO_ENV", "local")

    from heyfolio.config import get_settings
    from heyfolio.dev.local_emulator import LocalEmulator

    get_settings.cache_clear()
    emulator = LocalEmulator()
    emulator.start()
    get_settings.cache_clear()
    from heyfolio.storage.tables import ensure_tables

    ensure_tables()

    from heyfolio.dev.server import build_app

    # The whole local stack as `heyfolio dev` serves it: /mcp is routed by template.yaml.
    app = build_app(get_settings())

    import uvicorn

    config = uvicorn.Config(app, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    print(f"READY http://127.0.0.1:{port}/mcp", flush=True)
    try:
        asyncio.run(server.serve(sockets=[sock]))
    finally:
        emulator.stop()


if __name__ == "__main__":
    main()
