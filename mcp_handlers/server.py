"""The MCP protocol endpoint: one HTTP exchange in, one out, for 2026-07-28 and legacy clients.

``McpServer.handle(method, headers, body)`` is synchronous and transport-free; the
ASGI app (``mcp_handlers.asgi``) and the API Gateway handler (``mcp_handlers.apigw``)
are thin adapters around it, so ``make dev`` and Lambda run the same code. Admission runs
``transport`` (Content-Type, Host, Origin, Accept, size), ``auth`` (bearer token) and the
pure ``inbound`` ladder (the 2026-07-28 envelope and routing headers, as the SDK's
``mcp.shared.inbound``); this class keeps the dispatch table and the method handlers: it
answers ``server/discover``, the lists, legacy ``initialize``, prompts and completion itself,
and sends ``tools/call`` / ``resources/read`` to the owning function through an ``Invoker``.
Params and results go through ``dispatch`` (the SDK's per-version wire models). See
README.md for why this is not the SDK's ``Server`` on Lambda.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

from heyfolio.analytics.records import record_mcp
from heyfolio.config import get_settings
from heyfolio.security.access import authenticate as check
from mcp_handlers import dispatch, inbound, transport, wire
from mcp_handlers.apps import links_ui
from mcp_handlers.auth import Authentication, Authenticator
from mcp_handlers.catalog import get_tool, tools
from mcp_handlers.completion import complete
from mcp_handlers.envelopes import resource_envelope, tool_envelope
from mcp_handlers.inbound import Request
from mcp_handlers.invoker import InvocationFailed, Invoker, default_invoker
from mcp_handlers.prompts import get_prompt, list_prompts
from mcp_handlers.request_state import InvalidRequestState, RequestStateSealer, default_sealer
from mcp_handlers.resources import TEMPLATES, list_resources, not_found, owner_function
from mcp_handlers.subscriptions.listen import refuse_unstreamed, streaming_url
from mcp_handlers.tasks import EXTENSION, declares_extension
from mcp_handlers.tasks.methods import handle_task_method
from mcp_handlers.transport import Headers, HttpResponse
from mcp_handlers.wire import McpError

logger = logging.getLogger("heyfolio.mcp")

STATIC_TTL_MS = 3_600_000
"""Tools, prompts and templates change only with a deploy."""
CONTENT_TTL_MS = 300_000
"""Portfolio content changes on deploys and GitHub webhooks."""

_STATIC_METHODS = frozenset({"server/discover", "tools/list", "prompts/list", "resources/templates/list"})
"""Results that depend only on the deployed code: shaped once per protocol version and reused."""


class McpServer:
    """The portfolio's MCP server, independent of HTTP framework and of where tools run."""

    def __init__(
        self,
        *,
        invoker: Invoker,
        sealer: RequestStateSealer,
        allowed_hosts: list[str],
        allowed_origins: list[str],
        authenticator: Authenticator,
        resource_metadata_url: str | None = None,
        instructions: str | None = None,
    ) -> None:
        self.invoker = invoker
        self.sealer = sealer
        self.allowed_hosts = allowed_hosts
        self.allowed_origins = allowed_origins
        self.auth = Authentication(authenticator, resource_metadata_url)
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
            "resources/subscribe": self._legacy_subscription,
            "resources/unsubscribe": self._legacy_subscription,
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
        folded = transport.fold(headers)
        refused = transport.check_transport(
            method, folded, body, allowed_hosts=self.allowed_hosts, allowed_origins=self.allowed_origins
        )
        if refused is not None:
            return refused

        version_header = folded.get(wire.H_PROTOCOL_VERSION)
        modern = inbound.is_modern(version_header)
        try:
            decoded = inbound.parse(body)
        except McpError as exc:
            return transport.json_response(400, transport.error_body(None, exc))
        if isinstance(decoded, dict) and "id" not in decoded:
            # Notifications are acknowledged and dropped: nothing on this server acts on one.
            problem = inbound.check_notification(decoded, version_header)
            if problem is not None:
                return transport.json_response(400, transport.error_body(None, problem))
            return HttpResponse(202)
        if not inbound.is_request(decoded):
            return transport.json_response(400, transport.error_body(None, inbound.invalid_body()))
        request_id = decoded["id"]

        try:
            caller_role, subject = self.auth.authenticate(
                folded.get("authorization"), transport.client_ip(folded)
            )
        except McpError as exc:
            return self.error_response(request_id, modern, "", exc)

        correlation = folded.get("x-correlation-id") or correlation_id or str(uuid.uuid4())
        try:
            if modern:
                return inbound.modern_request(decoded, headers, folded, caller_role, subject, correlation)
            return inbound.legacy_request(decoded, version_header, caller_role, subject, correlation)
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
            result = record_mcp(
                request.method, request.params, request.caller.role, lambda: self.dispatch(request)
            )
        except McpError as exc:
            return self.error_response(request.id, request.modern, correlation, exc)
        except Exception:
            logger.exception("MCP request failed", extra={"correlation_id": correlation})
            error = McpError(wire.INTERNAL_ERROR, f"Internal server error (correlation id {correlation})")
            return transport.json_response(
                200, transport.error_body(request.id, error), [("x-correlation-id", correlation)]
            )
        return transport.json_response(
            200,
            {"jsonrpc": wire.JSONRPC, "id": request.id, "result": result},
            [("x-correlation-id", correlation)],
        )

    @staticmethod
    def error_response(request_id: Any, modern: bool, correlation: str, exc: McpError) -> HttpResponse:
        """A JSON-RPC error with the era's HTTP status (the 2026-07-28 table, or the legacy one)."""
        return transport.error_response(request_id, modern, correlation, exc)

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
            dispatch.validate(request)
            return dispatch.shape(method, version, self._initialize(request))
        handler = self._handlers.get(method)
        dispatch.validate(request)
        if handler is None:
            raise McpError(wire.METHOD_NOT_FOUND, "Method not found", method)
        if method == "logging/setLevel" and request.modern:
            raise McpError(wire.METHOD_NOT_FOUND, "Method not found", method)
        if method in _STATIC_METHODS:
            # tools/list differs with the MCP Apps extension (mcp_handlers.apps): one cached shape per variant.
            key = (method, version, method == "tools/list" and self._links_ui(request))
            if key not in self._static:
                self._static[key] = dispatch.shape(method, version, handler(request))
            return dict(self._static[key])
        return dispatch.shape(method, version, handler(request))

    @staticmethod
    def validate(request: Request) -> None:
        """Check params against the version's wire model (methods the SDK knows), as ``McpError``."""
        dispatch.validate(request)

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
            caps["extensions"] = {EXTENSION: {}}
        return caps

    def _initialize(self, request: Request) -> dict[str, Any]:
        requested = request.params.get("protocolVersion")
        negotiated = requested if requested in wire.HANDSHAKE_VERSIONS else wire.LATEST_HANDSHAKE
        return {
            "protocolVersion": negotiated,
            "capabilities": self.capabilities(legacy=True),
            "serverInfo": {
                "name": dispatch.SERVER_NAME,
                "title": "heyfolio portfolio",
                "version": dispatch.SERVER_VERSION,
            },
            "instructions": self.instructions,
        }

    def _discover(self, request: Request) -> dict[str, Any]:
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
        return links_ui(request.modern, request.caller.client_capabilities)

    def _tools_list(self, request: Request) -> dict[str, Any]:
        ui = self._links_ui(request)
        return {"tools": [t.to_mcp(ui=ui) for t in tools()], "ttlMs": STATIC_TTL_MS, "cacheScope": "public"}

    def _tools_call(self, request: Request) -> dict[str, Any]:
        params = request.params
        name = params["name"]
        arguments = params.get("arguments") or {}
        try:
            tool = get_tool(name)
        except KeyError:
            raise McpError(wire.INVALID_PARAMS, f"Unknown tool: {name}", {"name": name}) from None
        if tool.owner_only:
            self.auth.require_owner(request.caller, name)
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
        if not answer["ok"]:
            error = answer["error"]
            raise McpError(
                int(error.get("code", wire.INTERNAL_ERROR)), str(error.get("message", "tool failed"))
            )
        result: dict[str, Any] = dict(answer["result"])
        if result.get("resultType") == "task" and not (
            request.modern and declares_extension(request.caller.client_capabilities)
        ):
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
        if not request.modern:
            raise McpError(wire.METHOD_NOT_FOUND, "Method not found", request.method)
        return handle_task_method(request.method, request.params, request.caller)

    def _legacy_subscription(self, request: Request) -> dict[str, Any]:
        """Handshake-era ``resources/subscribe`` / ``resources/unsubscribe``: acknowledged, not tracked.

        The legacy wire is served statelessly (no session, no standalone stream), so there is no
        channel to deliver ``notifications/resources/updated`` on, and the server does not declare
        ``resources.subscribe`` to legacy clients. A client that subscribes anyway gets the empty
        result the method defines (params checked against the version's wire model), as a stateless
        SDK server gives; updates reach clients through ``subscriptions/listen`` at 2026-07-28. The
        methods do not exist at 2026-07-28.
        """
        if request.modern:
            raise McpError(wire.METHOD_NOT_FOUND, "Method not found", request.method)
        return {}

    def _listen_buffered(self, request: Request) -> dict[str, Any]:
        """``subscriptions/listen`` reached a transport that cannot stream (see mcp_handlers/README.md)."""

        refuse_unstreamed()

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
        return {
            "resources": list_resources(ui=self._links_ui(request)),
            "ttlMs": CONTENT_TTL_MS,
            "cacheScope": "public",
        }

    def _templates_list(self, request: Request) -> dict[str, Any]:
        return {
            "resourceTemplates": [t.to_mcp() for t in TEMPLATES],
            "ttlMs": STATIC_TTL_MS,
            "cacheScope": "public",
        }

    def _resources_read(self, request: Request) -> dict[str, Any]:
        uri = request.params["uri"]
        function = owner_function(uri)
        if function is None:
            raise not_found(uri)
        try:
            answer = self.invoker.invoke(function, resource_envelope(uri, request.caller))
        except InvocationFailed as exc:
            raise McpError(wire.INTERNAL_ERROR, f"Reading {uri} failed: {exc}") from None
        if not answer["ok"]:
            error = answer["error"]
            raise McpError(
                int(error.get("code", wire.INTERNAL_ERROR)), str(error.get("message")), error.get("data")
            )
        # Owner-only resources (analytics://, schemas://) set their own cacheScope ("private").
        return {"ttlMs": CONTENT_TTL_MS, "cacheScope": "public", **answer["result"]}

    def _prompts_list(self, request: Request) -> dict[str, Any]:
        return {"prompts": list_prompts(), "ttlMs": STATIC_TTL_MS, "cacheScope": "public"}

    def _prompts_get(self, request: Request) -> dict[str, Any]:
        return get_prompt(request.params["name"], request.params.get("arguments") or {})

    def _complete(self, request: Request) -> dict[str, Any]:
        params = request.params
        return complete(
            params["ref"], params["argument"], (params.get("context") or {}).get("arguments") or {}
        )


def build_server(invoker: Invoker | None = None, sealer: RequestStateSealer | None = None) -> McpServer:
    """The server as configured by ``heyfolio.config`` (local or AWS)."""

    settings = get_settings()
    hosts, origins = transport.default_allowlists(
        settings.public_url, settings.env, settings.allowed_hosts, settings.allowed_origins
    )

    def authenticate(authorization: str | None, source_ip: str | None) -> Any:
        return check(authorization, surface="mcp", source_ip=source_ip)

    return McpServer(
        invoker=invoker or default_invoker(),
        sealer=sealer or default_sealer(audience=f"{settings.public_url}/mcp"),
        allowed_hosts=hosts,
        allowed_origins=origins,
        authenticator=authenticate,
        resource_metadata_url=f"{settings.public_url}/.well-known/oauth-protected-resource/mcp",
        instructions=(
            "The portfolio of its owner: search it, read the résumé and projects, match a role against it, "
            "and get in touch through contact_owner. Cite the portfolio:// URIs you use."
        ),
    )
