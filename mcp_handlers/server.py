"""The MCP protocol endpoint: one HTTP exchange in, one out, for 2026-07-28 and legacy clients.

``McpServer.handle(method, headers, body)`` is synchronous and transport-free; the
ASGI app (``mcp_handlers.asgi``) and the API Gateway handler (``mcp_handlers.apigw``)
are thin adapters around it, so ``make dev`` and Lambda run the same code. It answers
``server/discover``, the lists, legacy ``initialize``, prompts and completion itself,
and dispatches ``tools/call`` / ``resources/read`` to the owning function through an
``Invoker``. Requests and results are validated against the SDK's per-version wire
models (``mcp_types.methods``); the validation ladder for 2026-07-28 headers and
envelopes follows ``mcp.shared.inbound`` rung for rung. See README.md for why this is
not the SDK's ``Server`` on Lambda.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from mcp_types import methods as wire_methods
from pydantic import ValidationError

from mcp_handlers import wire
from mcp_handlers.invoker import InvocationFailed, Invoker
from mcp_handlers.request_state import InvalidRequestState, RequestStateSealer
from mcp_handlers.tools.base import Caller
from mcp_handlers.wire import McpError

logger = logging.getLogger("heyfolio.mcp")

MAX_BODY = 4 * 1024 * 1024
STATIC_TTL_MS = 3_600_000
"""Tools, prompts and templates change only with a deploy."""
CONTENT_TTL_MS = 300_000
"""Portfolio content changes on deploys and GitHub webhooks."""

SERVER_NAME = "heyfolio"
SERVER_VERSION = "0.1.0"

Headers = list[tuple[str, str]]

_TASK_NAME_PARAMS = {"tasks/get": "taskId", "tasks/update": "taskId", "tasks/cancel": "taskId"}
"""Tasks extension (SEP-2663): ``Mcp-Name`` carries ``params.taskId`` on these methods."""

_STATIC_METHODS = frozenset({"server/discover", "tools/list", "prompts/list", "resources/templates/list"})
"""Results that depend only on the deployed code: shaped once per protocol version and reused."""


class AuthRequired(McpError):
    """A refusal at the HTTP layer (401/403/503) with its ``WWW-Authenticate`` challenge.

    Raised by authentication (a refused token) and by ``tools/call`` of an owner tool without
    the owner scope; ``error_response`` puts ``status`` and ``challenge`` on the wire.
    """

    def __init__(self, status: int, message: str, challenge: str | None) -> None:
        super().__init__(wire.INVALID_REQUEST, message, {"httpStatus": status})
        self.status = status
        self.challenge = challenge


@dataclass(frozen=True)
class HttpResponse:
    status: int
    headers: Headers = field(default_factory=list)
    body: bytes = b""


@dataclass
class Request:
    """One JSON-RPC request after the transport checks, with what the handlers need."""

    id: str | int
    method: str
    params: dict[str, Any]
    version: str
    modern: bool
    caller: Caller
    principal: str | None


def _json_response(status: int, payload: Mapping[str, Any], extra: Headers | None = None) -> HttpResponse:
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
    return HttpResponse(status, [("content-type", "application/json"), *(extra or [])], body)


def _error_body(request_id: Any, error: McpError) -> dict[str, Any]:
    return {"jsonrpc": wire.JSONRPC, "id": request_id, "error": error.to_wire()}


def _accepts(accept: str) -> tuple[bool, bool]:
    """(json, sse) acceptable, with RFC 9110 wildcards — as the SDK's ``check_accept_headers``."""
    kinds = [part.split(";")[0].strip().lower() for part in accept.split(",")]
    anything = "*/*" in kinds
    return (
        anything or "application/json" in kinds or "application/*" in kinds,
        anything or "text/event-stream" in kinds or "text/*" in kinds,
    )


def _host_matches(value: str, allowed: Iterable[str]) -> bool:
    for pattern in allowed:
        if value == pattern or (pattern.endswith(":*") and value.startswith(pattern[:-1])):
            return True
    return False


def default_allowlists(
    public_url: str, env: str, hosts: Iterable[str], origins: Iterable[str]
) -> tuple[list[str], list[str]]:
    """Host and Origin allowlists: the configured ones, the public URL, and loopback locally."""
    parts = urlsplit(public_url)
    allowed_hosts = [*hosts, parts.netloc]
    allowed_origins = [*origins, f"{parts.scheme}://{parts.netloc}"]
    if env == "local":
        for name in ("127.0.0.1", "localhost", "[::1]"):
            allowed_hosts += [name, f"{name}:*"]
            allowed_origins += [f"http://{name}", f"http://{name}:*"]
    return allowed_hosts, allowed_origins


Verifier = Callable[[str], Any]


class McpServer:
    """The portfolio's MCP server, independent of HTTP framework and of where tools run."""

    def __init__(
        self,
        *,
        invoker: Invoker,
        sealer: RequestStateSealer,
        allowed_hosts: list[str],
        allowed_origins: list[str],
        verify_token: Verifier | None = None,
        resource_metadata_url: str | None = None,
        authenticator: Callable[[str | None, str | None], Any] | None = None,
        instructions: str | None = None,
    ) -> None:
        self.invoker = invoker
        self.sealer = sealer
        self.allowed_hosts = allowed_hosts
        self.allowed_origins = allowed_origins
        self.verify_token = verify_token
        self.authenticator = authenticator
        """``(authorization, source_ip) -> Identity | None``, raising ``AuthError`` (heyfolio.security.access)."""
        self.resource_metadata_url = resource_metadata_url
        self.instructions = instructions
        self._static: dict[tuple[str, str, bool], dict[str, Any]] = {}
        self._handlers: dict[str, Callable[[Request], dict[str, Any]]] = {
            "ping": lambda r: {},
            "server/discover": self._discover,
            "tools/list": self._tools_list,
            "tools/call": self._tools_call,
            "resources/list": self._resources_list,
            "resources/templates/list": self._templates_list,
            "resources/read": self._resources_read,
            "prompts/list": self._prompts_list,
            "prompts/get": self._prompts_get,
            "completion/complete": self._complete,
            "logging/setLevel": lambda r: {},
            "tasks/get": self._task_method,
            "tasks/update": self._task_method,
            "tasks/cancel": self._task_method,
            "subscriptions/listen": self._listen_buffered,
        }

    # ------------------------------------------------------------------ HTTP layer

    def admit(
        self, method: str, headers: Headers, body: bytes, *, correlation_id: str | None = None
    ) -> Request | HttpResponse:
        """Transport checks, parsing, authentication and the era's envelope checks, without dispatch.

        Returns the request to answer, or the HTTP answer that ends the exchange here (an
        error, or 202 for a notification). The subscription stream admits its
        ``subscriptions/listen`` requests through this same ladder.
        """
        folded: dict[str, str] = {}
        for name, value in headers:
            folded.setdefault(name.lower(), value)
        # Transport security first, like the SDK: Content-Type, then Host, then Origin.
        if method == "POST" and not folded.get("content-type", "").lower().startswith("application/json"):
            return HttpResponse(400, [("content-type", "text/plain")], b"Invalid Content-Type header")
        if not _host_matches(folded.get("host", ""), self.allowed_hosts):
            logger.warning("refused Host %r", folded.get("host"))
            return HttpResponse(421, [("content-type", "text/plain")], b"Invalid Host header")
        origin = folded.get("origin")
        if origin and not _host_matches(origin, self.allowed_origins):
            logger.warning("refused Origin %r", origin)
            return HttpResponse(403, [("content-type", "text/plain")], b"Invalid Origin header")
        if method != "POST":
            # No standalone SSE stream and no sessions to delete: a stateless server.
            return HttpResponse(405, [("allow", "POST")])
        wants_json, _ = _accepts(folded.get("accept", ""))
        if not wants_json:
            return HttpResponse(
                406,
                [("content-type", "text/plain")],
                b"Not Acceptable: the client must accept application/json",
            )
        if len(body) > MAX_BODY:
            return HttpResponse(413, [("content-type", "text/plain")], b"Request body too large")

        version_header = folded.get(wire.H_PROTOCOL_VERSION)
        modern = version_header is not None and version_header not in wire.HANDSHAKE_VERSIONS
        try:
            decoded = json.loads(body)
        except (ValueError, RecursionError):
            return _json_response(400, _error_body(None, McpError(wire.PARSE_ERROR, "Parse error")))
        if isinstance(decoded, dict) and "id" not in decoded:
            return self._notification(decoded, version_header, modern)
        if not _is_request(decoded):
            invalid = McpError(
                wire.INVALID_REQUEST, "Body must be a single JSON-RPC request or notification object"
            )
            return _json_response(400, _error_body(None, invalid))
        request_id = decoded["id"]

        auth = folded.get("authorization")
        try:
            caller_role, subject = self._authenticate(auth, _client_ip(folded))
        except AuthRequired as exc:
            return self.error_response(request_id, modern, "", exc)
        except McpError as exc:
            challenge = 'Bearer error="invalid_token"'
            if self.resource_metadata_url:
                challenge += f', resource_metadata="{self.resource_metadata_url}"'
            return _json_response(401, _error_body(request_id, exc), [("www-authenticate", challenge)])

        correlation = folded.get("x-correlation-id") or correlation_id or str(uuid.uuid4())
        try:
            if modern:
                return self._modern_request(decoded, headers, folded, caller_role, subject, correlation)
            return self._legacy_request(decoded, version_header, caller_role, subject, correlation)
        except McpError as exc:
            return self.error_response(request_id, modern, correlation, exc)

    def handle(
        self, method: str, headers: Headers, body: bytes, *, correlation_id: str | None = None
    ) -> HttpResponse:
        """Answer one HTTP request to ``/mcp``. ``headers`` are raw (name, value) pairs, any case."""
        admitted = self.admit(method, headers, body, correlation_id=correlation_id)
        if isinstance(admitted, HttpResponse):
            return admitted
        return self.answer(admitted)

    def answer(self, request: Request) -> HttpResponse:
        """Dispatch an admitted request and put its result (or error) on the wire."""
        correlation = request.caller.correlation_id
        try:
            result = self.dispatch(request)
        except McpError as exc:
            return self.error_response(request.id, request.modern, correlation, exc)
        except Exception:
            logger.exception("MCP request failed", extra={"correlation_id": correlation})
            error = McpError(wire.INTERNAL_ERROR, f"Internal server error (correlation id {correlation})")
            return _json_response(200, _error_body(request.id, error), [("x-correlation-id", correlation)])
        return _json_response(
            200,
            {"jsonrpc": wire.JSONRPC, "id": request.id, "result": result},
            [("x-correlation-id", correlation)],
        )

    @staticmethod
    def error_response(request_id: Any, modern: bool, correlation: str, exc: McpError) -> HttpResponse:
        """A JSON-RPC error with the era's HTTP status (the 2026-07-28 table, or the legacy one)."""
        if isinstance(exc, AuthRequired):
            headers: Headers = [("x-correlation-id", correlation)] if correlation else []
            if exc.challenge:
                headers.append(("www-authenticate", exc.challenge))
            if exc.status == 503:
                headers.append(("retry-after", "5"))
            return _json_response(exc.status, _error_body(request_id, exc), headers)
        status = wire.ERROR_HTTP_STATUS.get(exc.code, 200) if modern else _legacy_status(exc.code)
        return _json_response(status, _error_body(request_id, exc), [("x-correlation-id", correlation)])

    def _notification(
        self, decoded: dict[str, Any], version_header: str | None, modern: bool
    ) -> HttpResponse:
        """Notifications are acknowledged and dropped: nothing on this server acts on one."""
        if decoded.get("jsonrpc") != wire.JSONRPC or not isinstance(decoded.get("method"), str):
            invalid = McpError(
                wire.INVALID_REQUEST, "Body must be a single JSON-RPC request or notification object"
            )
            return _json_response(400, _error_body(None, invalid))
        if modern and version_header not in wire.MODERN_VERSIONS:
            return _json_response(400, _error_body(None, _unsupported(version_header or "")))
        return HttpResponse(202)

    def _authenticate(
        self, authorization: str | None, source_ip: str | None = None
    ) -> tuple[str, str | None]:
        if self.authenticator is not None:
            from heyfolio.security.access import AuthError

            try:
                identity = self.authenticator(authorization, source_ip)
            except AuthError as exc:
                raise AuthRequired(exc.status, exc.description, self._challenge(exc)) from None
            return ("anonymous", None) if identity is None else (identity.role, identity.subject)
        if not authorization:
            return "anonymous", None
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip() or self.verify_token is None:
            raise McpError(wire.INVALID_REQUEST, "Unsupported Authorization: send 'Bearer <token>'")
        try:
            identity = self.verify_token(token.strip())
        except Exception as exc:
            raise McpError(wire.INVALID_REQUEST, f"Invalid bearer token: {exc}") from None
        return identity.role, identity.subject

    def _challenge(self, exc: Any) -> str | None:
        """``WWW-Authenticate`` for an ``AuthError`` (none for a 503: the token was not the problem)."""
        if exc.status == 503 or not self.resource_metadata_url:
            return None
        from heyfolio.security.oauth import challenge

        return challenge(
            resource_metadata=self.resource_metadata_url,
            error=exc.error,
            description=exc.description if exc.error else None,
            scope=exc.scope,
        )

    def _require_owner(self, request: Request, tool: str) -> None:
        """Owner tools need the owner scope: 401 for an anonymous caller, 403 for a token without it."""
        from heyfolio.config import get_settings
        from heyfolio.security import access

        scope = get_settings().owner_scope
        if request.caller.is_owner:
            access.record_owner_tool(request.caller.subject or "owner", tool)
            return
        error = access.owner_required(
            presented=request.caller.role != "anonymous",
            subject=request.caller.subject,
            scope=scope,
            surface=f"mcp:{tool}",
        )
        raise AuthRequired(
            error.status, f"{tool} is for the portfolio owner: {error.description}", self._challenge(error)
        )

    # ------------------------------------------------------------------ envelopes

    def _modern_request(
        self,
        body: dict[str, Any],
        raw_headers: Headers,
        headers: dict[str, str],
        role: str,
        subject: str | None,
        correlation: str,
    ) -> Request:
        """The 2026-07-28 ladder: duplicate routing headers, ``_meta`` envelope, header/body agreement, version."""
        seen: set[str] = set()
        for name, _ in raw_headers:
            key = name.lower()
            if key in wire.ROUTING_HEADERS:
                if key in seen:
                    raise McpError(wire.HEADER_MISMATCH, f"{key} header appears more than once")
                seen.add(key)
        params = body.get("params")
        meta = params.get("_meta") if isinstance(params, dict) else None
        if not isinstance(meta, dict):
            raise McpError(
                wire.INVALID_PARAMS,
                f"params._meta must be an object carrying the required {wire.META_PROTOCOL_VERSION!r} "
                f"and {wire.META_CLIENT_CAPABILITIES!r} envelope keys",
            )
        missing = [k for k in (wire.META_PROTOCOL_VERSION, wire.META_CLIENT_CAPABILITIES) if k not in meta]
        if missing:
            raise McpError(
                wire.INVALID_PARAMS,
                f"params._meta is missing the required envelope key(s): {', '.join(missing)}",
            )
        version = meta[wire.META_PROTOCOL_VERSION]
        if headers.get(wire.H_PROTOCOL_VERSION) != version:
            raise McpError(
                wire.HEADER_MISMATCH,
                f"{wire.H_PROTOCOL_VERSION} header does not match the request envelope's protocol version",
            )
        method = body["method"]
        if headers.get(wire.H_METHOD) != method:
            raise McpError(
                wire.HEADER_MISMATCH, f"{wire.H_METHOD} header does not match the request body's method"
            )
        name_key = wire.NAME_BEARING_METHODS.get(method) or _TASK_NAME_PARAMS.get(method)
        if name_key is not None:
            value = params.get(name_key) if isinstance(params, dict) else None
            if value is not None and _decode_header(headers.get(wire.H_NAME)) != value:
                raise McpError(
                    wire.HEADER_MISMATCH,
                    f"{wire.H_NAME} header does not match the request body's {name_key!r} parameter",
                )
        if not isinstance(version, str):
            raise McpError(wire.INVALID_PARAMS, "the protocol-version envelope value must be a string")
        if version not in wire.MODERN_VERSIONS:
            raise _unsupported(version)
        caps = meta.get(wire.META_CLIENT_CAPABILITIES)
        caller = Caller(
            role=role,  # type: ignore[arg-type]
            subject=subject,
            correlation_id=correlation,
            protocol_version=version,
            client_capabilities=caps if isinstance(caps, dict) else {},
        )
        assert isinstance(params, dict)  # the _meta rung proved it
        return Request(body["id"], method, dict(params), version, True, caller, subject)

    def _legacy_request(
        self,
        body: dict[str, Any],
        version_header: str | None,
        role: str,
        subject: str | None,
        correlation: str,
    ) -> Request:
        """Handshake-era request: served statelessly at the header's version (or the spec default)."""
        params = body.get("params")
        if params is not None and not isinstance(params, dict):
            raise McpError(wire.INVALID_PARAMS, "params must be an object")
        version = version_header or wire.DEFAULT_LEGACY_VERSION
        caller = Caller(role=role, subject=subject, correlation_id=correlation, protocol_version=version)  # type: ignore[arg-type]
        return Request(body["id"], body["method"], dict(params or {}), version, False, caller, subject)

    # ------------------------------------------------------------------ dispatch

    def dispatch(self, request: Request) -> dict[str, Any]:
        """Validate params against the version's wire model, run the handler, shape the result."""
        method, version = request.method, request.version
        if method == "initialize":
            if request.modern:
                # Removed at 2026-07-28: an unknown method on this wire (HTTP 404), not a version error.
                raise McpError(
                    wire.METHOD_NOT_FOUND, "Method not found: initialize does not exist at 2026-07-28", method
                )
            return self._initialize(request)
        handler = self._handlers.get(method)
        self.validate(request)
        if handler is None:
            raise McpError(wire.METHOD_NOT_FOUND, "Method not found", method)
        if method == "logging/setLevel" and request.modern:
            raise McpError(wire.METHOD_NOT_FOUND, "Method not found", method)
        if method in _STATIC_METHODS:
            # tools/list differs with the MCP Apps extension (mcp_handlers.apps): one cached shape per variant.
            key = (method, version, method == "tools/list" and self._links_ui(request))
            if key not in self._static:
                self._static[key] = self._shape(method, version, handler(request))
            return dict(self._static[key])
        return self._shape(method, version, handler(request))

    @staticmethod
    def validate(request: Request) -> None:
        """Check params against the version's wire model (methods the SDK knows), as ``McpError``."""
        method, version = request.method, request.version
        if method in wire_methods.SPEC_CLIENT_METHODS:
            try:
                wire_methods.validate_client_request(method, version, request.params or None)
            except KeyError:
                raise McpError(wire.METHOD_NOT_FOUND, "Method not found", method) from None
            except ValidationError as exc:
                raise McpError(wire.INVALID_PARAMS, "Invalid request parameters", _errors(exc)) from None

    def _shape(self, method: str, version: str, result: dict[str, Any]) -> dict[str, Any]:
        if version in wire.MODERN_VERSIONS and "resultType" not in result:
            result = {**result, "resultType": "complete"}
        if result.get("resultType") == "task":
            # CreateTaskResult (Tasks extension): not a model the SDK has; checked by our own shape.
            from mcp_handlers.tasks.shapes import check_task

            result = check_task(result)
        elif method in wire_methods.SPEC_CLIENT_METHODS:
            try:
                result = wire_methods.serialize_server_result(method, version, result)
            except ValidationError:
                logger.exception("handler for %s returned an invalid result", method)
                raise McpError(wire.INTERNAL_ERROR, "Handler returned an invalid result") from None
        if version in wire.MODERN_VERSIONS:
            result.setdefault("resultType", "complete")
            meta = result.get("_meta")
            stamp = {"name": SERVER_NAME, "version": SERVER_VERSION}
            result["_meta"] = (
                {**meta, wire.META_SERVER_INFO: stamp}
                if isinstance(meta, dict)
                else {wire.META_SERVER_INFO: stamp}
            )
        return result

    # ------------------------------------------------------------------ handlers

    def capabilities(self, legacy: bool) -> dict[str, Any]:
        # Resource updates and list changes reach 2026-07-28 clients through subscriptions/listen;
        # the stateless legacy wire has no session to deliver them on.
        caps: dict[str, Any] = {
            "tools": {"listChanged": False},
            "resources": {"subscribe": not legacy, "listChanged": not legacy},
            "prompts": {"listChanged": False},
            "completions": {},
        }
        if legacy:
            caps["logging"] = {}
        else:
            from mcp_handlers.tasks import EXTENSION

            caps["extensions"] = {EXTENSION: {}}
        return caps

    def _initialize(self, request: Request) -> dict[str, Any]:
        requested = request.params.get("protocolVersion")
        negotiated = requested if requested in wire.HANDSHAKE_VERSIONS else wire.LATEST_HANDSHAKE
        return {
            "protocolVersion": negotiated,
            "capabilities": self.capabilities(legacy=True),
            "serverInfo": {"name": SERVER_NAME, "title": "heyfolio portfolio", "version": SERVER_VERSION},
            "instructions": self.instructions,
        }

    def _discover(self, request: Request) -> dict[str, Any]:
        from mcp_handlers.subscriptions.listen import streaming_url

        return {
            "supportedVersions": list(wire.MODERN_VERSIONS),
            "capabilities": self.capabilities(legacy=False),
            "instructions": self.instructions,
            "ttlMs": STATIC_TTL_MS,
            "cacheScope": "public",
            # Where subscriptions/listen streams when this URL cannot (API Gateway; see mcp_handlers/README.md).
            "_meta": {"io.heyfolio/subscriptionsEndpoint": streaming_url()},
        }

    @staticmethod
    def _links_ui(request: Request) -> bool:
        from mcp_handlers.apps import links_ui

        return links_ui(request.modern, request.caller.client_capabilities)

    def _tools_list(self, request: Request) -> dict[str, Any]:
        from mcp_handlers.catalog import tools

        ui = self._links_ui(request)
        return {"tools": [t.to_mcp(ui=ui) for t in tools()], "ttlMs": STATIC_TTL_MS, "cacheScope": "public"}

    def _tools_call(self, request: Request) -> dict[str, Any]:
        from mcp_handlers.catalog import get_tool
        from mcp_handlers.invocation import tool_envelope

        params = request.params
        name = params["name"]
        arguments = params.get("arguments") or {}
        try:
            tool = get_tool(name)
        except KeyError:
            raise McpError(wire.INVALID_PARAMS, f"Unknown tool: {name}", {"name": name}) from None
        if tool.owner_only:
            self._require_owner(request, name)
        state = params.get("requestState")
        plaintext: str | None = None
        if state is not None:
            if not request.modern:
                raise McpError(wire.INVALID_PARAMS, "requestState is a 2026-07-28 field")
            plaintext = self._open_state(state, "tools/call", name, arguments, request.principal)
        envelope = tool_envelope(
            name,
            arguments,
            request.caller,
            input_responses=params.get("inputResponses") if plaintext is not None else None,
            request_state=plaintext,
        )
        try:
            answer = self.invoker.invoke(tool.function, envelope)
        except InvocationFailed as exc:
            logger.warning("tool %s: %s", name, exc, extra={"correlation_id": request.caller.correlation_id})
            return {
                "content": [{"type": "text", "text": f"The {name} tool is unavailable: {exc}"}],
                "isError": True,
            }
        if not answer.get("ok"):
            error = answer.get("error") or {}
            raise McpError(
                int(error.get("code", wire.INTERNAL_ERROR)), str(error.get("message", "tool failed"))
            )
        result: dict[str, Any] = dict(answer["result"])
        if result.get("resultType") == "task":
            from mcp_handlers.tasks import declares_extension

            if not (request.modern and declares_extension(request.caller.client_capabilities)):
                # SEP-2663: never a CreateTaskResult to a client that did not declare the extension.
                logger.error("tool %s returned a task to a client without the tasks extension", name)
                raise McpError(wire.INTERNAL_ERROR, f"{name} answered with a task this client cannot follow")
        if result.get("resultType") == "input_required":
            if not request.modern:
                text = (
                    f"{name} needs to ask you something, which takes an MCP 2026-07-28 client "
                    "(Multi Round-Trip Requests); this client speaks the older handshake protocol."
                )
                return {"content": [{"type": "text", "text": text}], "isError": True}
            result["requestState"] = self.sealer.seal(
                result["requestState"],
                method="tools/call",
                target=name,
                arguments=arguments,
                principal=request.principal,
            )
        return result

    def _task_method(self, request: Request) -> dict[str, Any]:
        from mcp_handlers.tasks.methods import handle_task_method

        if not request.modern:
            raise McpError(wire.METHOD_NOT_FOUND, "Method not found", request.method)
        return handle_task_method(request.method, request.params, request.caller)

    def _listen_buffered(self, request: Request) -> dict[str, Any]:
        """``subscriptions/listen`` reached a transport that cannot stream (see mcp_handlers/README.md)."""
        from mcp_handlers.subscriptions.listen import refuse_unstreamed

        return refuse_unstreamed(request)

    def _open_state(self, token: Any, method: str, target: str, arguments: Any, principal: str | None) -> str:
        try:
            return self.sealer.open(
                token, method=method, target=target, arguments=arguments, principal=principal
            )
        except InvalidRequestState as exc:
            logger.warning("requestState refused on %s %s: %s", method, target, exc)
            raise McpError(
                wire.INVALID_PARAMS, "Invalid or expired requestState", {"reason": "invalid_request_state"}
            ) from None

    def _resources_list(self, request: Request) -> dict[str, Any]:
        from mcp_handlers.resources import list_resources

        return {
            "resources": list_resources(ui=self._links_ui(request)),
            "ttlMs": CONTENT_TTL_MS,
            "cacheScope": "public",
        }

    def _templates_list(self, request: Request) -> dict[str, Any]:
        from mcp_handlers.resources import TEMPLATES

        return {
            "resourceTemplates": [t.to_mcp() for t in TEMPLATES],
            "ttlMs": STATIC_TTL_MS,
            "cacheScope": "public",
        }

    def _resources_read(self, request: Request) -> dict[str, Any]:
        from mcp_handlers.invocation import resource_envelope
        from mcp_handlers.resources import not_found, owner_function

        uri = request.params["uri"]
        function = owner_function(uri)
        if function is None:
            raise not_found(uri)
        try:
            answer = self.invoker.invoke(function, resource_envelope(uri, request.caller))
        except InvocationFailed as exc:
            raise McpError(wire.INTERNAL_ERROR, f"Reading {uri} failed: {exc}") from None
        if not answer.get("ok"):
            error = answer.get("error") or {}
            raise McpError(
                int(error.get("code", wire.INTERNAL_ERROR)), str(error.get("message")), error.get("data")
            )
        return {**answer["result"], "ttlMs": CONTENT_TTL_MS, "cacheScope": "public"}

    def _prompts_list(self, request: Request) -> dict[str, Any]:
        from mcp_handlers.prompts import list_prompts

        return {"prompts": list_prompts(), "ttlMs": STATIC_TTL_MS, "cacheScope": "public"}

    def _prompts_get(self, request: Request) -> dict[str, Any]:
        from mcp_handlers.prompts import get_prompt

        return get_prompt(request.params["name"], request.params.get("arguments") or {})

    def _complete(self, request: Request) -> dict[str, Any]:
        from mcp_handlers.completion import complete

        params = request.params
        return complete(
            params["ref"], params["argument"], (params.get("context") or {}).get("arguments") or {}
        )


def _is_request(decoded: Any) -> bool:
    if not isinstance(decoded, dict) or decoded.get("jsonrpc") != wire.JSONRPC:
        return False
    request_id = decoded.get("id")
    if isinstance(request_id, bool) or not isinstance(request_id, str | int):
        return False
    params = decoded.get("params")
    return isinstance(decoded.get("method"), str) and (params is None or isinstance(params, dict))


def _client_ip(headers: Mapping[str, str]) -> str | None:
    """The caller's address for the audit log: the last ``X-Forwarded-For`` hop, the one API Gateway
    appended (earlier hops are whatever the client sent)."""
    forwarded = headers.get("x-forwarded-for", "").split(",")[-1].strip()
    return forwarded or None


def _legacy_status(code: int) -> int:
    return 400 if code in (wire.PARSE_ERROR, wire.INVALID_REQUEST) else 200


def _unsupported(requested: str) -> McpError:
    return McpError(
        wire.UNSUPPORTED_PROTOCOL_VERSION,
        "Unsupported protocol version",
        {"supported": list(wire.MODERN_VERSIONS), "requested": requested},
    )


def _decode_header(value: str | None) -> str | None:
    """``=?base64?...?=`` header values (non-ASCII names) decoded as the SDK client encodes them."""
    if value is None or not (value.startswith("=?base64?") and value.endswith("?=")):
        return value
    import base64
    import binascii

    payload = value[len("=?base64?") : -2]
    try:
        decoded = base64.b64decode(payload, validate=True)
        if base64.b64encode(decoded).decode("ascii") != payload:
            return None
        return decoded.decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None


def _errors(exc: ValidationError) -> list[dict[str, Any]]:
    return [{"loc": [str(p) for p in e["loc"]], "msg": e["msg"]} for e in exc.errors()[:5]]


def build_server(invoker: Invoker | None = None, sealer: RequestStateSealer | None = None) -> McpServer:
    """The server as configured by ``heyfolio.config`` (local or AWS)."""
    from heyfolio.config import get_settings
    from mcp_handlers.invoker import default_invoker
    from mcp_handlers.request_state import default_sealer

    settings = get_settings()
    hosts, origins = default_allowlists(
        settings.public_url, settings.env, settings.allowed_hosts, settings.allowed_origins
    )

    def verify(token: str) -> Any:
        from heyfolio.security.tokens import verify_token

        return verify_token(token)

    def authenticate(authorization: str | None, source_ip: str | None) -> Any:
        from heyfolio.security.access import authenticate as check

        return check(authorization, surface="mcp", source_ip=source_ip)

    return McpServer(
        invoker=invoker or default_invoker(),
        sealer=sealer or default_sealer(audience=f"{settings.public_url}/mcp"),
        allowed_hosts=hosts,
        allowed_origins=origins,
        verify_token=verify,
        authenticator=authenticate,
        resource_metadata_url=f"{settings.public_url}/.well-known/oauth-protected-resource/mcp",
        instructions=(
            "The portfolio of its owner: search it, read the résumé and projects, match a role against it, "
            "and get in touch through contact_owner. Cite the portfolio:// URIs you use."
        ),
    )
