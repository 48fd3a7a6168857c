"""The local issuer's RS256 signing key pair, generated once into the data folder.

Kept apart from :mod:`heyfolio.security.tokens` (which mints and verifies with it) and
:mod:`heyfolio.security.jwks` (which publishes its public half), so neither imports the other.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

_PRIVATE = "token-signing.pem"
_PUBLIC = "token-signing.pub.pem"


def _write_private(path: Path, data: bytes) -> None:
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    try:
        os.link(tmp, path)  # first writer wins
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)


@lru_cache(maxsize=4)
def local_key_pair(data_dir: Path) -> tuple[bytes, bytes]:
    """(private PEM, public PEM), generated once into ``data_dir``."""
    private_path, public_path = data_dir / _PRIVATE, data_dir / _PUBLIC
    if not private_path.exists():
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        data_dir.mkdir(parents=True, exist_ok=True)
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        _write_private(private_path, pem)
    private = private_path.read_bytes()
    if not public_path.exists():
        from cryptography.hazmat.primitives import serialization

        loaded = serialization.load_pem_private_key(private, password=None)
        public_path.write_bytes(
            loaded.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )
    return private, public_path.read_bytes()
