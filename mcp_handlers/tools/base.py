"""What a tool is: its MCP description and its implementation, defined once.

A tool module builds one ``ToolDefinition``. The endpoint lists it, the tool's own
Lambda function runs it, and the chat feature hands the same schema to Claude.
Nothing here imports a third-party package, so a tool function's cold start is
only the tool's own work.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from mcp_handlers.apps import tool_meta
from mcp_handlers.envelopes import CallerWire

Role = Literal["anonymous", "visitor", "owner"]


@dataclass(frozen=True)
class Caller:
    """Who is calling, as the endpoint established it (the token is never forwarded)."""

    role: Role = "anonymous"
    subject: str | None = None
    correlation_id: str = ""
    protocol_version: str = ""
    client_capabilities: Mapping[str, Any] = field(default_factory=dict)

    @property
    def is_owner(self) -> bool:
        return self.role == "owner"

    def offers(self, capability: str) -> bool:
        """Whether the client declared ``capability`` (``"elicitation"``, ``"sampling"``) for this request."""
        return (
            isinstance(self.client_capabilities, Mapping)
            and self.client_capabilities.get(capability) is not None
        )

    def to_wire(self) -> CallerWire:
        return {
            "role": self.role,
            "subject": self.subject,
            "correlationId": self.correlation_id,
            "protocolVersion": self.protocol_version,
            "clientCapabilities": dict(self.client_capabilities),
        }

    @classmethod
    def from_wire(cls, data: Mapping[str, Any] | None) -> Caller:
        data = data or {}
        role = data.get("role", "anonymous")
        caps = data.get("clientCapabilities")
        return cls(
            role=role if role in ("anonymous", "visitor", "owner") else "anonymous",
            subject=data.get("subject"),
            correlation_id=str(data.get("correlationId") or ""),
            protocol_version=str(data.get("protocolVersion") or ""),
            client_capabilities=caps if isinstance(caps, Mapping) else {},
        )


@dataclass(frozen=True)
class ToolCall:
    """One call of a tool: validated arguments, the caller and, on a retry, the client's answers."""

    arguments: Mapping[str, Any]
    caller: Caller = field(default_factory=Caller)
    input_responses: Mapping[str, Any] | None = None
    request_state: str | None = None
    """The plaintext state this tool minted in the previous round (the endpoint unsealed it)."""


@dataclass(frozen=True)
class ToolResult:
    """A finished call: structured content (matching the output schema) plus readable text."""

    structured: Mapping[str, Any] | None
    text: str
    is_error: bool = False

    def to_mcp(self) -> dict[str, Any]:
        out: dict[str, Any] = {"content": [{"type": "text", "text": self.text}], "isError": self.is_error}
        if self.structured is not None and not self.is_error:
            out["structuredContent"] = dict(self.structured)
        return out


@dataclass(frozen=True)
class InputRequired:
    """An unfinished call: ask the client (elicitation/sampling) and come back with ``request_state``."""

    input_requests: Mapping[str, Any]
    request_state: str


class ToolError(Exception):
    """A problem the caller can fix (bad argument, unknown slug); becomes ``isError: true`` with this message."""


@dataclass(frozen=True)
class Annotations:
    read_only: bool = True
    idempotent: bool = True
    open_world: bool = False
    destructive: bool = False

    def to_mcp(self, title: str) -> dict[str, Any]:
        return {
            "title": title,
            "readOnlyHint": self.read_only,
            "idempotentHint": self.idempotent,
            "openWorldHint": self.open_world,
            "destructiveHint": self.destructive,
        }


Outcome = ToolResult | InputRequired


@dataclass(frozen=True)
class ToolDefinition:
    """A tool's whole contract. ``function`` is its Lambda folder under ``functions/``."""

    name: str
    title: str
    description: str
    input_schema: Mapping[str, Any]
    output_schema: Mapping[str, Any]
    run: Callable[[ToolCall], Outcome]
    annotations: Annotations = field(default_factory=Annotations)
    owner_only: bool = False
    ui_resource: str | None = None
    """The MCP Apps view (``ui://``) that renders this tool's result (``mcp_handlers.apps``)."""

    @property
    def function(self) -> str:
        return self.name

    def to_mcp(self, *, ui: bool = False) -> dict[str, Any]:
        """The ``Tool`` object ``tools/list`` returns; ``ui`` links its MCP Apps view (``_meta.ui``)."""
        out: dict[str, Any] = {
            "name": self.name,
            "title": self.title,
            "description": self.description,
            "inputSchema": dict(self.input_schema),
            "outputSchema": dict(self.output_schema),
            "annotations": self.annotations.to_mcp(self.title),
        }
        if ui and self.ui_resource:
            out["_meta"] = tool_meta(self.ui_resource)
        return out

    def call(self, call: ToolCall) -> Outcome:
        """Check access and arguments, run the tool, and turn caller mistakes into tool errors."""
        if self.owner_only and not call.caller.is_owner:
            return ToolResult(
                None,
                f"{self.name} is for the portfolio owner only: call it with the owner's bearer token "
                "(`heyfolio token --role owner`).",
                is_error=True,
            )
        try:
            arguments = validate_arguments(self.input_schema, call.arguments)
            return self.run(ToolCall(arguments, call.caller, call.input_responses, call.request_state))
        except ToolError as exc:
            return ToolResult(None, str(exc), is_error=True)


_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
}


def _check(schema: Mapping[str, Any], value: Any, where: str) -> None:
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        errors = []
        for option in options:
            try:
                _check(option, value, where)
                return
            except ToolError as exc:
                errors.append(str(exc))
        raise ToolError(f"{where}: does not match any allowed form ({'; '.join(errors)})")
    kind = schema.get("type")
    if isinstance(kind, str) and kind in _TYPES:
        ok = isinstance(value, _TYPES[kind]) and not (
            kind in ("integer", "number") and isinstance(value, bool)
        )
        if kind == "integer" and isinstance(value, float) and value.is_integer():
            ok = True
        if not ok:
            raise ToolError(f"{where}: expected {kind}, got {type(value).__name__}")
    if "enum" in schema and value not in schema["enum"]:
        raise ToolError(f"{where}: expected one of {', '.join(map(str, schema['enum']))}, got {value!r}")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            raise ToolError(
                f"{where}: must not be empty" if schema["minLength"] == 1 else f"{where}: too short"
            )
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            raise ToolError(f"{where}: longer than {schema['maxLength']} characters")
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            raise ToolError(f"{where}: must be at least {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            raise ToolError(f"{where}: must be at most {schema['maximum']}")


def validate_arguments(schema: Mapping[str, Any], arguments: Mapping[str, Any] | None) -> dict[str, Any]:
    """Check ``arguments`` against the subset of JSON Schema our tools use and fill defaults.

    Why not ``jsonschema``: it is a heavy import for a function whose schemas are
    a handful of typed, bounded properties.
    """
    args = dict(arguments or {})
    props: Mapping[str, Any] = schema.get("properties", {})
    for name in schema.get("required", ()):
        if args.get(name) is None:
            raise ToolError(f"missing required argument '{name}'")
    if schema.get("additionalProperties") is False:
        unknown = sorted(set(args) - set(props))
        if unknown:
            raise ToolError(
                f"unknown argument(s): {', '.join(unknown)}; expected {', '.join(props) or 'none'}"
            )
    for name, prop in props.items():
        if args.get(name) is None:
            args.pop(name, None)
            if "default" in prop:
                args[name] = prop["default"]
            continue
        _check(prop, args[name], name)
        if prop.get("type") == "integer":
            args[name] = int(args[name])
    return args
