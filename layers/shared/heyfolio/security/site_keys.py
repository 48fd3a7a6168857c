"""The site's shared secret keys: one secret, many purposes (MCP ``requestState``, visitor sessions,
the sign-in front's sealed codes), each deriving its own key from it.

On AWS the keys come from the stack's secret (Secrets Manager ARN, or an SSM SecureString name),
comma-separated hex, newest first, so a rotation keeps old tokens readable; locally from a file in
the data folder, generated once (mode 0600).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def local_key(data_dir: Path) -> bytes:
    """The local sealing key: generated once into ``data_dir`` (mode 0600) and reused."""
    path = data_dir / "request-state.key"
    try:
        return bytes.fromhex(path.read_text().strip())
    except (FileNotFoundError, ValueError):
        pass
    data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(key.hex())
    try:
        os.link(tmp, path)  # first writer wins; a concurrent loser reads the winner's key
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)
    return bytes.fromhex(path.read_text().strip())


def aws_keys(parameter: str) -> list[bytes]:
    """Keys (comma-separated hex, newest first) through Powertools parameters: a Secrets Manager
    secret when ``parameter`` is its ARN (what the stack creates), else an SSM SecureString name."""
    from aws_lambda_powertools.utilities import parameters

    if parameter.startswith("arn:aws:secretsmanager:"):
        value = parameters.get_secret(parameter, max_age=300)
    else:
        value = parameters.get_parameter(parameter, decrypt=True, max_age=300)
    return [bytes.fromhex(part.strip()) for part in str(value).split(",") if part.strip()]
