"""The local emulator's data kept on disk, so ``make dev`` restarts where it stopped.

What lives in the emulator and must outlive a restart: every DynamoDB table (leads,
conversations, sessions, revoked tokens, idempotency records, usage and audit logs), the
KMS key that encrypts lead fields (without it a restarted server could not read its own
leads) and the S3 buckets (published content generations, ``heyfolio publish``). Queues, topics and state machines are not kept: the dev server creates them afresh at
start (``heyfolio.dev.local_flows``), and a flow in progress when the server stopped is dropped.

Why this design, against the alternatives:

- **The same moto, persisted** (chosen): the code under test keeps talking to the one emulator
  it talks to in tests and locally, through boto3 and pynamodb, so nothing above the HTTP
  boundary changes and there is no second DynamoDB dialect to keep honest (conditional writes,
  GSIs, TTL attributes, KMS encryption contexts all behave as before).
- A SQLite-backed DynamoDB look-alike would store incrementally, but would mean writing (and
  trusting) a DynamoDB expression evaluator; DynamoDB Local needs Java.

How: after each request that changes DynamoDB or KMS (``X-Amz-Target`` names the operation)
or writes to S3 (its signature's scope names S3), the emulator's state for those services is pickled to ``<data folder>/aws/state.pickle``
while writes are held (so the snapshot is never half of a write), written to a temporary file
in the same folder, flushed and fsynced, then renamed over the old one (``os.replace`` is
atomic): a crash at any moment leaves either the previous snapshot or the new one, never a
torn file, and the reply is sent only after the snapshot is on disk. A dev data set (hundreds
to a few thousand items) pickles in milliseconds to tens of milliseconds; the file is the
developer's own, beside the signing keys in the same folder, so loading a pickle from it
trusts nothing new.
"""

from __future__ import annotations

import io
import logging
import os
import pickle
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

STATE_FILE = "state.pickle"
FORMAT = 1

_DYNAMODB_READS = frozenset(
    {
        "GetItem",
        "BatchGetItem",
        "Query",
        "Scan",
        "TransactGetItems",
        "DescribeTable",
        "ListTables",
        "DescribeTimeToLive",
        "DescribeContinuousBackups",
        "ListTagsOfResource",
        "DescribeEndpoints",
        "DescribeLimits",
    }
)
_KMS_WRITE_PREFIXES: tuple[str, ...] = (
    *("Create", "Update", "Delete", "Schedule", "Cancel", "Enable", "Disable"),
    *("Tag", "Untag", "Put", "Import", "Rotate"),
)


def changes_state(target: str | None) -> bool:
    """Whether a request with this ``X-Amz-Target`` may change the persisted services."""
    if not target or "." not in target:
        return False
    service, _, operation = target.partition(".")
    if service.startswith("DynamoDB_"):
        return operation not in _DYNAMODB_READS
    if service == "TrentService":  # KMS
        return operation.startswith(_KMS_WRITE_PREFIXES)
    return False


def s3_write(environ: dict[str, Any]) -> bool:
    """Whether a request is an S3 write (S3 names no ``X-Amz-Target``: its signature's scope says S3)."""
    signed = str(environ.get("HTTP_AUTHORIZATION", ""))
    return environ.get("REQUEST_METHOD") in ("PUT", "POST", "DELETE") and "/s3/aws4_request" in signed


class _Pickler(pickle.Pickler):
    """Pickles moto's objects; private keys (moto's KMS keys hold one) travel as PKCS#8 DER."""

    def reducer_override(self, obj: Any) -> Any:
        module = type(obj).__module__
        if module.startswith("cryptography.") and hasattr(obj, "private_bytes"):
            from cryptography.hazmat.primitives import serialization

            der = obj.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
            return _load_private_key, (der,)
        return NotImplemented


def _load_private_key(der: bytes) -> Any:
    from cryptography.hazmat.primitives import serialization

    return serialization.load_der_private_key(der, password=None)


def _backends() -> dict[str, tuple[Any, str]]:
    """service -> (moto BackendDict, the attribute holding its data)."""
    from moto.dynamodb.models import dynamodb_backends
    from moto.kms.models import kms_backends
    from moto.s3.models import s3_backends

    return {
        "dynamodb": (dynamodb_backends, "tables"),
        "kms": (kms_backends, "keys"),
        "s3": (s3_backends, "buckets"),  # published content generations (heyfolio publish)
    }


class LocalState:
    """Snapshots of the emulator's DynamoDB and KMS data in ``folder`` (see the module docstring)."""

    def __init__(self, folder: Path, *, opener: Callable[[Path], Any] | None = None) -> None:
        self.folder = folder
        self.path = folder / STATE_FILE
        self._lock = threading.RLock()
        self._open = opener or (lambda p: open(p, "wb"))  # noqa: SIM115 - closed in save()
        self.saves = 0

    @property
    def lock(self) -> threading.RLock:
        """Held while a write runs and while it is saved."""
        return self._lock

    def snapshot(self) -> dict[str, Any]:
        """The persisted services' data: ``{service: {(account, region): data}}``."""
        out: dict[str, Any] = {"format": FORMAT, "services": {}}
        for service, (backends, attribute) in _backends().items():
            regions: dict[tuple[str, str], Any] = {}
            for account, per_region in list(backends.items()):
                for region, backend in list(per_region.items()):
                    data = getattr(backend, attribute, None)
                    if data:
                        regions[(account, region)] = data
            out["services"][service] = regions
        return out

    def save(self) -> None:
        """Write the snapshot atomically: temporary file, fsync, rename, fsync the folder."""
        with self._lock:
            buffer = io.BytesIO()
            _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(self.snapshot())
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary = self.folder / f".{STATE_FILE}.{os.getpid()}.tmp"
            try:
                handle = self._open(temporary)
                try:
                    handle.write(buffer.getvalue())
                    handle.flush()
                    os.fsync(handle.fileno())
                finally:
                    handle.close()
                os.replace(temporary, self.path)
            except BaseException:
                temporary.unlink(missing_ok=True)
                raise
            _fsync_folder(self.folder)
            self.saves += 1

    def load(self) -> bool:
        """Put the saved data back into moto's backends; False when there is nothing saved.

        Leftover temporary files (a crash mid-write) are removed: the snapshot they were to
        replace is still whole. A snapshot that cannot be read stops the start with the path
        and what to do, rather than silently starting empty.
        """
        for leftover in self.folder.glob(f".{STATE_FILE}.*.tmp"):
            leftover.unlink(missing_ok=True)
        if not self.path.exists():
            return False
        try:
            with open(self.path, "rb") as handle:
                saved = pickle.load(handle)  # the developer's own data folder (see the docstring)
            if saved.get("format") != FORMAT:
                raise ValueError(f"unknown format {saved.get('format')!r}")
        except Exception as error:
            raise RuntimeError(
                f"the local data in {self.path} cannot be read ({type(error).__name__}: {error}); "
                "move it away to start with empty tables"
            ) from error
        backends = _backends()
        for service, regions in saved["services"].items():
            if service not in backends:
                continue
            backend_dict, attribute = backends[service]
            for (account, region), data in regions.items():
                setattr(backend_dict[account][region], attribute, data)
        log.info("local AWS state loaded from %s", self.path)
        return True


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX: fsync the directory)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - e.g. platforms without directory handles
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


class PersistingApp:
    """WSGI middleware for moto's server: a request that changes the persisted services runs
    under the state's lock and is saved before its reply is sent."""

    def __init__(self, app: Callable[..., Iterable[bytes]], state: LocalState) -> None:
        self.app = app
        self.state = state

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if not changes_state(environ.get("HTTP_X_AMZ_TARGET")) and not s3_write(environ):
            return self.app(environ, start_response)
        with self.state.lock:
            body = list(self.app(environ, start_response))
            try:
                self.state.save()
            except Exception:
                log.exception("could not save the local AWS state to %s", self.state.path)
        return body
