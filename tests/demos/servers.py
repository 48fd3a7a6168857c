"""Demo servers on 127.0.0.1 that the tests switch up and down (plain HTTP and HTTPS with a
self-signed certificate made for the test)."""

from __future__ import annotations

import datetime as dt
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.support.live_server import free_port

PAGE = """<!DOCTYPE html><html><head><title>tram-board demo</title>
<meta property="og:title" content="tram-board">
<meta content="/static/preview-{version}.png" property="og:image">
</head><body><h1>Departures</h1><p>version {version}</p></body></html>"""


class DemoApp:
    """ASGI: ``mode`` is ``"ok"`` (the page), ``"503"`` or ``"500"``; ``version`` changes the page."""

    def __init__(self) -> None:
        self.mode = "ok"
        self.version = 1
        self.hits = 0

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await receive()
            await send({"type": "lifespan.startup.complete"})
            await receive()
            await send({"type": "lifespan.shutdown.complete"})
            return
        self.hits += 1
        if self.mode == "ok":
            status, body, kind = 200, PAGE.format(version=self.version).encode(), b"text/html; charset=utf-8"
        else:
            status, body, kind = int(self.mode), b"upstream unavailable", b"text/plain"
        await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", kind)]})
        await send({"type": "http.response.body", "body": body})


@contextmanager
def serve(app: Any, *, certfile: Path | None = None, keyfile: Path | None = None) -> Iterator[str]:
    import uvicorn

    port = free_port()
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        log_level="warning",
        lifespan="on",
        ssl_certfile=str(certfile) if certfile else None,
        ssl_keyfile=str(keyfile) if keyfile else None,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60  # another thread's progress: patience, not a bound
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the demo server did not start")
        time.sleep(0.02)
    try:
        yield f"{'https' if certfile else 'http'}://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def self_signed(folder: Path, not_after: dt.datetime) -> tuple[Path, Path, ssl.SSLContext]:
    """A certificate for 127.0.0.1 valid until ``not_after``, its key, and a client context trusting it."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_after - dt.timedelta(days=90))
        .not_valid_after(not_after)
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    certfile, keyfile = folder / "demo.crt", folder / "demo.key"
    certfile.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    keyfile.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    context = ssl.create_default_context(cafile=str(certfile))
    return certfile, keyfile, context
