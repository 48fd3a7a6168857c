"""An in-process AWS emulator (moto's server mode) for running the whole stack on a laptop.

``make dev`` starts one of these before serving: DynamoDB, Step Functions, SQS and the rest of
what moto emulates answer on a loopback port, and the process environment is pointed at it
(``AWS_ENDPOINT_URL``, dummy credentials, a region) so that boto3 *and* pynamodb go there
without any code knowing it. It is a real HTTP server, not a patched SDK, because the local
web server, threads and Step Functions' own service integrations all need to reach it.

Step Functions executes state machines only when asked to (moto's ``execute_state_machine``
config, posted to ``/moto-api/config``); the state machine's service integrations then call
back into moto at ``localhost:$MOTO_PORT``, which we set to the ephemeral port we got.
"""

from __future__ import annotations

import json
import logging
import os
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import Any

from heyfolio.aws import clients
from heyfolio.config import get_settings
from heyfolio.dev.local_state import LocalState, PersistingApp

log = logging.getLogger(__name__)

# What the emulator sets while it runs; the previous values come back on stop().
_MANAGED_ENV = (
    "AWS_ENDPOINT_URL",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_PROFILE",
    "AWS_REGION",
    "AWS_DEFAULT_REGION",
    "MOTO_PORT",
)


class LocalEmulator:
    """moto's threaded server on ``host`` (an ephemeral port by default), wired into the env.

    With ``state_dir`` its DynamoDB tables and KMS keys are loaded from there at start and
    saved there after every write (``heyfolio.dev.local_state``): the dev server passes its
    data folder, so a restart keeps leads, conversations, sessions and revocations.

    A new emulator starts with its ``state_dir``'s data or with nothing: moto keeps its backends in
    the process, so without emptying them a second emulator (a test after another, the dev server
    after ``heyfolio publish`` in one process) would see the tables an earlier one left.

    ``start()`` returns the endpoint URL; ``stop()`` shuts the server down and restores the
    environment. Also a context manager. Only one should run per process: the environment
    it sets is process-wide.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        execute_state_machines: bool = True,
        region: str | None = None,
        state_dir: Path | None = None,
    ) -> None:
        self._host = host
        self._state = LocalState(state_dir) if state_dir is not None else None
        self._port = port
        self._execute = execute_state_machines
        self._region = region
        self._server: Any = None
        self._saved_env: dict[str, str | None] = {}
        self._saved_sfn_config: dict[str, Any] | None = None
        self.endpoint_url: str | None = None

    @property
    def running(self) -> bool:
        """True between a successful ``start()`` and ``stop()``."""
        return self._server is not None

    def start(self) -> str:
        """Start the server, configure it and point this process's AWS SDKs at it."""
        if self._server is not None:
            assert self.endpoint_url is not None
            return self.endpoint_url
        from moto.server import ThreadedMotoServer

        # werkzeug logs every request at INFO; the dev server's own access log is enough.
        logging.getLogger("werkzeug").setLevel(logging.WARNING)
        _empty_backends()  # what an earlier emulator of this process left is not this one's
        if self._state is not None:
            self._state.load()  # before the first request: the tables and keys are as they were
        server = ThreadedMotoServer(ip_address=self._host, port=self._port, verbose=False)
        server.start()
        if self._state is not None:
            # moto's werkzeug server reads ``.app`` per request: wrap it before anything is sent.
            wsgi = server._server
            assert wsgi is not None
            wsgi.app = PersistingApp(wsgi.app, self._state)
        host, port = server.get_host_and_port()
        self._server = server
        self.endpoint_url = f"http://{host}:{port}"
        try:
            self._configure_moto()
            self._point_env_at_emulator(port)
        except BaseException:
            self.stop()
            raise
        log.info("local AWS emulator on %s", self.endpoint_url)
        return self.endpoint_url

    def stop(self) -> None:
        """Stop the server and put back the environment as it was before ``start()``."""
        server, self._server = self._server, None
        if server is not None:
            server.stop()
        self._restore_moto_config()
        if self._saved_env:
            for name, value in self._saved_env.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
            self._saved_env = {}
            _settings_changed()
        self.endpoint_url = None

    def __enter__(self) -> LocalEmulator:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _configure_moto(self) -> None:
        from moto.core.config import default_user_config

        self._saved_sfn_config = dict(default_user_config.get("stepfunctions", {}))
        # moto's documented way in server mode: POST the config to /moto-api/config.
        body = json.dumps({"stepfunctions": {"execute_state_machine": self._execute}}).encode()
        request = urllib.request.Request(
            f"{self.endpoint_url}/moto-api/config",
            data=body,
            method="POST",
            headers={"Content-Type": "application/json"},
        )
        # Never through a proxy: the emulator is on loopback, and a proxy from the
        # environment (or a test's blackhole proxy) must not sit in between.
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(request, timeout=10) as response:
            response.read()
        # The reply does not echo the stepfunctions section; the server runs in this
        # process, so check the setting where moto keeps it.
        applied = default_user_config.get("stepfunctions", {}).get("execute_state_machine")
        if applied is not self._execute:
            raise RuntimeError(
                f"moto did not take the Step Functions config (execute_state_machine={applied!r})"
            )

    def _restore_moto_config(self) -> None:
        # moto's config is process-wide: put back what was there so a later in-process
        # mock (tests) does not inherit our choice.
        if self._saved_sfn_config is None:
            return
        from moto.core.config import default_user_config

        default_user_config["stepfunctions"] = self._saved_sfn_config  # type: ignore[typeddict-item]
        self._saved_sfn_config = None

    def _point_env_at_emulator(self, port: int) -> None:
        region = self._region or os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
        region = region or get_settings().region
        self._saved_env = {name: os.environ.get(name) for name in _MANAGED_ENV}
        assert self.endpoint_url is not None
        # Dummy credentials always: a developer's real keys must never be sent anywhere by
        # `make dev`, and a named profile (AWS_PROFILE) could fail to load or point at SSO.
        os.environ.pop("AWS_PROFILE", None)
        os.environ.update(
            {
                "AWS_ENDPOINT_URL": self.endpoint_url,
                "AWS_ACCESS_KEY_ID": "heyfolio-local",
                "AWS_SECRET_ACCESS_KEY": "heyfolio-local",
                "AWS_SESSION_TOKEN": "heyfolio-local",
                "AWS_REGION": region,
                "AWS_DEFAULT_REGION": region,
                "MOTO_PORT": str(port),
            }
        )
        _settings_changed()


def _settings_changed() -> None:
    """Make the settings and the cached SDK clients see the environment we just changed."""

    get_settings.cache_clear()
    clients.clear_cache()


def _empty_backends() -> None:
    """Empty every moto backend of this process (what ``/moto-api/reset`` does on a server)."""
    from moto.moto_api._internal.models import moto_api_backend

    moto_api_backend.reset()
