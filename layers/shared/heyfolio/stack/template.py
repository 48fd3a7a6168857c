"""Read ``template.yaml`` (CloudFormation tags included) into typed function specs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from heyfolio.config import ProjectRoot

TEMPLATE_PATH = ProjectRoot / "template.yaml"
PROJECT_TEMPLATE = TEMPLATE_PATH


class _CfnLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A YAML loader that turns ``!Ref X`` style tags into ``{"Ref": X}`` dicts.

    libyaml's loader when PyYAML has it: the pure-Python one takes ≈150 ms on the template, which the
    in-process dispatch of a cold ``tools/call`` (``LocalInvoker``) would pay on its first call."""


def _construct_tag(loader: yaml.SafeLoader, tag_suffix: str, node: yaml.Node) -> Any:
    name = "Ref" if tag_suffix == "Ref" else f"Fn::{tag_suffix}"
    if isinstance(node, yaml.ScalarNode):
        value: Any = loader.construct_scalar(node)
        if tag_suffix == "GetAtt" and isinstance(value, str):
            value = value.split(".", 1)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]
    return {name: value}


_CfnLoader.add_multi_constructor("!", _construct_tag)


@dataclass(frozen=True)
class ApiRoute:
    """One API Gateway route: method (upper case or ANY) and path (``/api/projects/{slug}``)."""

    method: str
    path: str
    streaming: bool = False

    @property
    def pattern(self) -> re.Pattern[str]:
        """A regex for the path; ``{name}`` matches one segment, ``{name+}`` the rest."""
        out = ""
        for part in re.split(r"(\{[^}]+\})", self.path):
            if part.startswith("{") and part.endswith("+}"):
                out += f"(?P<{part[1:-2]}>.+)"
            elif part.startswith("{"):
                out += f"(?P<{part[1:-1]}>[^/]+)"
            else:
                out += re.escape(part)
        return re.compile(f"^{out}$")


@dataclass(frozen=True)
class FunctionSpec:
    """A Lambda function of the stack as the template declares it."""

    logical_id: str
    code_uri: str
    handler: str
    routes: tuple[ApiRoute, ...] = ()
    environment: dict[str, Any] = field(default_factory=dict)
    properties: dict[str, Any] = field(default_factory=dict)
    layers: tuple[str, ...] = ()
    """The stack's own layers (logical ids) the function runs with, in order: the Globals' then its
    own, as SAM merges them (a layer named by ARN, the Web Adapter's, is not the stack's)."""

    @property
    def name(self) -> str:
        """The function's folder name under ``functions/`` (``search_portfolio``)."""
        return Path(self.code_uri.rstrip("/")).name

    @property
    def web_adapter(self) -> bool:
        """Served through the Lambda Web Adapter: ``Handler`` is a start script (``run.sh``)
        and the Python entry point is ``app.py`` (``app`` for ASGI, ``handler`` for events)."""
        return self.handler.endswith(".sh")

    @property
    def module_path(self) -> Path:
        if self.web_adapter:
            return ProjectRoot / self.code_uri / "app.py"
        module, _ = self.handler.rsplit(".", 1)
        return ProjectRoot / self.code_uri / f"{module.replace('.', '/')}.py"

    @property
    def handler_attr(self) -> str:
        return "handler" if self.web_adapter else self.handler.rsplit(".", 1)[1]


def load_template(path: Path = TEMPLATE_PATH) -> dict[str, Any]:
    """The template as plain data, intrinsic functions as ``{"Ref": ...}``/``{"Fn::X": ...}`` dicts."""
    with path.open(encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=_CfnLoader)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a CloudFormation template")
    return data


def _routes(properties: dict[str, Any]) -> tuple[ApiRoute, ...]:
    routes = []
    for event in (properties.get("Events") or {}).values():
        if event.get("Type") != "Api":
            continue
        props = event.get("Properties", {})
        streaming = props.get("ResponseTransferMode") == "RESPONSE_STREAM"
        routes.append(ApiRoute(props["Method"].upper(), props["Path"], streaming))
    return tuple(routes)


@lru_cache(maxsize=4)
def function_specs(path: Path = TEMPLATE_PATH) -> tuple[FunctionSpec, ...]:
    """Every ``AWS::Serverless::Function`` in the template, in template order."""
    template = load_template(path)
    shared = ((template.get("Globals") or {}).get("Function") or {}).get("Layers") or []
    specs = []
    for logical_id, resource in template.get("Resources", {}).items():
        if resource.get("Type") != "AWS::Serverless::Function":
            continue
        props = resource.get("Properties", {})
        env = (props.get("Environment") or {}).get("Variables") or {}
        specs.append(
            FunctionSpec(
                logical_id=logical_id,
                code_uri=props["CodeUri"],
                handler=props["Handler"],
                routes=_routes(props),
                environment=dict(env),
                properties=props,
                layers=tuple(
                    layer["Ref"]
                    for layer in (*shared, *(props.get("Layers") or []))
                    if isinstance(layer, dict) and "Ref" in layer
                ),
            )
        )
    return tuple(specs)


def function_spec(name: str, path: Path = TEMPLATE_PATH) -> FunctionSpec:
    """The spec of the function whose folder is ``functions/<name>``."""
    for spec in function_specs(path):
        if spec.name == name:
            return spec
    raise KeyError(f"no function 'functions/{name}' in {path.name}")
