"""A small server speaking Upstash Redis's REST protocol, forwarding to a real ``redis-server``.

So the tests (and the limits benchmark) run the real ``upstash-redis`` and
``upstash-ratelimit`` libraries end to end without the internet. What it implements is what
those libraries send (read from upstash_redis/http.py and client.py):

- ``POST /`` with a JSON array ``["CMD", arg, ...]`` -> ``{"result": ...}``, or ``{"error": ...}``
  with status 400;
- ``POST /pipeline`` with an array of commands -> an array of result/error objects (not atomic);
- ``POST /multi-exec`` -> the same, run inside ``MULTI``/``EXEC`` (atomic);
- ``Authorization: Bearer <token>`` required (401 ``{"error": "Unauthorized"}`` otherwise);
- ``Upstash-Encoding: base64``: every string in a result is base64 except the status ``OK``
  (the client decodes all other strings with ``b64decode``); integers and nulls stay as they are;
- ``POST /subscribe/<channel>``: Upstash's pub/sub over server-sent events (as ``@upstash/redis``'s
  ``Subscriber`` reads it): ``data: subscribe,<channel>,<count>`` once subscribed, then
  ``data: message,<channel>,<payload>`` per message, until the client goes away.

One translation: the rate-limit scripts start with ``#!lua flags=allow-key-locking``, a flag
Upstash's server knows and open-source Redis 7 refuses ("Unexpected flag in script shebang").
The shim drops flags Redis does not know before ``EVAL``/``SCRIPT LOAD`` and keeps a map from
the client's script hash to the rewritten script's, so ``EVALSHA`` with the hash the client
computed still finds the script.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import select
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote

import redis
from redis.exceptions import ExecAbortError, NoScriptError, ResponseError

REDIS_SCRIPT_FLAGS = frozenset(
    {"no-writes", "allow-oom", "allow-stale", "no-cluster", "allow-cross-slot-keys"}
)
_SHEBANG = re.compile(r"^#!lua(?P<rest>[^\n]*)")
_ERROR_CODE = re.compile(r"^[A-Z][A-Z_]+ ")


class CommandError(Exception):
    """A command the shim refuses before it reaches Redis (bad argument types)."""


def compatible_script(script: str) -> str:
    """``script`` with shebang flags open-source Redis does not know removed."""
    match = _SHEBANG.match(script)
    if match is None:
        return script
    parts = []
    for token in match["rest"].split():
        if token.startswith("flags="):
            kept = [f for f in token[len("flags=") :].split(",") if f in REDIS_SCRIPT_FLAGS]
            parts.append("flags=" + ",".join(kept))
        else:
            parts.append(token)
    return "#!lua" + (" " + " ".join(parts) if parts else "") + script[match.end() :]


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def _error_text(error: Exception) -> str:
    if isinstance(error, NoScriptError):
        return f"NOSCRIPT {error}"
    if isinstance(error, ExecAbortError):
        return f"EXECABORT {error}"
    text = str(error)
    return text if _ERROR_CODE.match(text) else f"ERR {text}"


def _encode(value: Any, base64_strings: bool) -> Any:
    if isinstance(value, bytes):
        if base64_strings:
            return "OK" if value == b"OK" else base64.b64encode(value).decode()
        return value.decode("utf-8", "replace")
    if isinstance(value, list):
        return [_encode(v, base64_strings) for v in value]
    if isinstance(value, ResponseError):
        raise value
    return value  # int or None


class UpstashRestShim:
    """The REST server. ``start()`` returns its URL; ``stop()`` shuts it down; a context manager too."""

    def __init__(self, redis_url: str, token: str, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.token = token
        self._pool = redis.ConnectionPool.from_url(redis_url)
        self._scripts: dict[str, str] = {}  # client's sha1 -> rewritten script
        self._scripts_lock = threading.Lock()
        self._server = ThreadingHTTPServer((host, port), self._handler_class())
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self.requests = 0
        self.subscribers = 0
        """Subscriptions open now (a client that went away must not keep one)."""

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> str:
        self._thread = threading.Thread(target=self._server.serve_forever, name="upstash-shim", daemon=True)
        self._thread.start()
        return self.url

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._pool.disconnect()

    def __enter__(self) -> UpstashRestShim:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- commands -------------------------------------------------------------------------

    def _args(self, command: Any) -> list[Any]:
        if not isinstance(command, list) or not command or not isinstance(command[0], str):
            raise CommandError("ERR a command is a JSON array starting with the command name")
        args: list[Any] = []
        for arg in command:
            if isinstance(arg, bool) or arg is None or isinstance(arg, dict | list):
                raise CommandError(f"ERR unsupported argument {json.dumps(arg)}: send strings or numbers")
            args.append(arg)
        return self._translate(args)

    def _remember(self, script: str) -> str:
        rewritten = compatible_script(script)
        with self._scripts_lock:
            self._scripts[_sha1(script)] = rewritten
        return rewritten

    def _translate(self, args: list[Any]) -> list[Any]:
        name = str(args[0]).upper()
        if name in ("EVAL", "EVAL_RO") and len(args) > 1:
            return [args[0], self._remember(str(args[1])), *args[2:]]
        if name in ("EVALSHA", "EVALSHA_RO") and len(args) > 1:
            with self._scripts_lock:
                rewritten = self._scripts.get(str(args[1]).lower())
            if rewritten is not None:
                # Run by text: Redis may not have it cached (restart, SCRIPT FLUSH), the client's
                # hash is of the original; EVAL caches it again.
                return ["EVAL" if name == "EVALSHA" else "EVAL_RO", rewritten, *args[2:]]
            return args
        if name == "SCRIPT" and len(args) > 2 and str(args[1]).upper() == "LOAD":
            return [args[0], args[1], self._remember(str(args[2]))]
        return args

    def _loaded_sha(self, args: list[Any], original: list[Any]) -> str | None:
        # SCRIPT LOAD answers with the hash of the script the client sent, not ours.
        if str(original[0]).upper() == "SCRIPT" and len(original) > 2 and str(original[1]).upper() == "LOAD":
            return _sha1(str(original[2]))
        return None

    def run_one(self, command: Any, base64_strings: bool) -> tuple[int, dict[str, Any]]:
        try:
            args = self._args(command)
        except CommandError as error:
            return 400, {"error": str(error)}
        conn = self._pool.get_connection()
        try:
            conn.send_command(*args)
            raw = conn.read_response()
            loaded = self._loaded_sha(args, command)
            if loaded is not None:
                raw = loaded.encode()
            return 200, {"result": _encode(raw, base64_strings)}
        except ResponseError as error:
            return 400, {"error": _error_text(error)}
        except redis.ConnectionError:
            conn.disconnect()
            raise
        finally:
            self._pool.release(conn)

    def run_many(self, commands: Any, base64_strings: bool, *, atomic: bool) -> tuple[int, Any]:
        if not isinstance(commands, list) or not all(isinstance(c, list) for c in commands):
            return 400, {"error": "ERR a pipeline is a JSON array of command arrays"}
        try:
            arg_lists = [self._args(c) for c in commands]
        except CommandError as error:
            return 400, {"error": str(error)}
        conn = self._pool.get_connection()
        try:
            if atomic:
                return self._multi_exec(conn, arg_lists, base64_strings)
            conn.send_packed_command(conn.pack_commands(arg_lists))
            out: list[dict[str, Any]] = []
            for args, original in zip(arg_lists, commands, strict=True):
                try:
                    raw = conn.read_response()
                    loaded = self._loaded_sha(args, original)
                    out.append({"result": _encode(loaded.encode() if loaded else raw, base64_strings)})
                except ResponseError as error:
                    out.append({"error": _error_text(error)})
            return 200, out
        except redis.ConnectionError:
            conn.disconnect()
            raise
        finally:
            self._pool.release(conn)

    def _multi_exec(self, conn: Any, arg_lists: list[list[Any]], base64_strings: bool) -> tuple[int, Any]:
        conn.send_packed_command(conn.pack_commands([["MULTI"], *arg_lists, ["EXEC"]]))
        conn.read_response()  # +OK for MULTI
        queue_error: ResponseError | None = None
        for _ in arg_lists:
            try:
                conn.read_response()  # +QUEUED
            except ResponseError as error:
                queue_error = queue_error or error
        try:
            results = conn.read_response()
        except ResponseError as error:  # EXECABORT after a queueing error
            return 400, {"error": _error_text(queue_error or error)}
        out: list[dict[str, Any]] = []
        for value in results:
            if isinstance(value, ResponseError):
                out.append({"error": _error_text(value)})
            else:
                out.append({"result": _encode(value, base64_strings)})
        return 200, out

    # -- pub/sub -------------------------------------------------------------------------

    def subscribe(self, handler: BaseHTTPRequestHandler, channel: str) -> None:
        """Stream one channel's messages as SSE until the client disconnects or the shim stops."""
        pubsub = redis.Redis(connection_pool=self._pool).pubsub()
        with self._scripts_lock:
            self.subscribers += 1
        try:
            pubsub.subscribe(channel)
            handler.send_response(200)
            handler.send_header("Content-Type", "text/event-stream")
            handler.send_header("Cache-Control", "no-cache")
            handler.send_header("Connection", "close")  # the body ends when the stream does
            handler.end_headers()
            handler.close_connection = True
            while not self._stopping.is_set() and not _client_gone(handler.connection):
                message = pubsub.get_message(timeout=0.1)
                if message is None:
                    continue
                data = message["data"]
                text = data.decode() if isinstance(data, bytes) else str(data)
                kind = message["type"]
                if kind in ("subscribe", "message"):
                    handler.wfile.write(f"data: {kind},{channel},{text}\n\n".encode())
                    handler.wfile.flush()
        except (OSError, redis.ConnectionError):
            pass  # the client or Redis went away: the subscription ends
        finally:
            pubsub.close()
            with self._scripts_lock:
                self.subscribers -= 1

    # -- HTTP ----------------------------------------------------------------------------

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        shim = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as Upstash's clients expect
            disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms stall

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _reply(self, status: int, body: Any) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:
                shim.requests += 1
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                if self.headers.get("Authorization") != f"Bearer {shim.token}":
                    self._reply(401, {"error": "Unauthorized"})
                    return
                if self.path.startswith("/subscribe/"):
                    shim.subscribe(self, unquote(self.path.split("?", 1)[0][len("/subscribe/") :]))
                    return
                try:
                    payload = json.loads(raw)
                except ValueError:
                    self._reply(400, {"error": "ERR the body is not JSON"})
                    return
                b64 = (self.headers.get("Upstash-Encoding") or "").lower() == "base64"
                path = self.path.split("?", 1)[0].rstrip("/")
                try:
                    if path == "":
                        status, body = shim.run_one(payload, b64)
                    elif path in ("/pipeline", "/multi-exec"):
                        status, body = shim.run_many(payload, b64, atomic=path == "/multi-exec")
                    else:
                        status, body = 404, {"error": f"ERR no such endpoint {self.path}"}
                except redis.ConnectionError as error:
                    status, body = 502, {"error": f"ERR redis unreachable: {error}"}
                self._reply(status, body)

        return Handler


def _client_gone(connection: socket.socket) -> bool:
    """The peer closed its end (readable, and a peek reads nothing)."""
    try:
        readable, _, _ = select.select([connection], [], [], 0)
        return bool(readable) and connection.recv(1, socket.MSG_PEEK) == b""
    except OSError:
        return True


@contextmanager
def upstash_shim(redis_url: str, token: str = "test-token") -> Iterator[UpstashRestShim]:
    """Serve the shim for ``redis_url`` on a free loopback port until the block exits."""
    shim = UpstashRestShim(redis_url, token)
    shim.start()
    try:
        yield shim
    finally:
        shim.stop()
