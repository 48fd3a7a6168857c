"""Permissions from the code: the AWS calls each function makes, checked against its IAM policies.

moto does not enforce IAM, so a missing permission passes every local test and fails on AWS.
This module closes that gap in two halves:

- :class:`CallRecorder` hooks botocore's event system (``before-parameter-build``) on every
  botocore session made in the process (boto3's, pynamodb's, the Lambda invoker's), and records
  each call as an IAM action with the resource it touches, against the function whose handler is
  running (:mod:`heyfolio.stack.attribution`). A handler calling another function's handler is
  what Lambda ``Invoke`` does on AWS, so it is recorded as ``lambda:InvokeFunction``.
- :func:`function_grants` expands each function's ``Policies`` in ``template.yaml`` (SAM policy
  templates from samtranslator's own definitions, inline statements, ``Fn::If`` on the template's
  conditions with default parameters) into (action, resource) grants.

:func:`check` compares them: a call no grant allows is a *missing* permission; a grant no call
used is an *unused* one. Resources are compared for DynamoDB (table and index, mapped from the
names the code used back to the template's tables) and Lambda (the invoked function); other
services are compared by action.
"""

from __future__ import annotations

import fnmatch
import json
import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

PSEUDO = {
    "AWS::Partition": "aws",
    "AWS::Region": "*",
    "AWS::AccountId": "*",
    "AWS::StackName": "*",
    "AWS::URLSuffix": "amazonaws.com",
}

# Calls only the local emulator's bootstrap makes (never on AWS): the lead-fields KMS key and alias
# are created on first use locally (heyfolio.crypto.fields.ensure_local_key); the stack creates them.
LOCAL_BOOTSTRAP = {("kms", "DescribeKey"), ("kms", "CreateKey"), ("kms", "CreateAlias")}


def _local() -> bool:
    from heyfolio.config import get_settings

    return get_settings().env == "local"


# botocore operation -> IAM action, where the names differ.
ACTION_NAMES = {
    ("lambda", "Invoke"): "lambda:InvokeFunction",
    # S3 operations authorized by an action of another name (the Service Authorization Reference).
    ("s3", "ListObjectsV2"): "s3:ListBucket",
    ("s3", "ListObjects"): "s3:ListBucket",
    ("s3", "HeadBucket"): "s3:ListBucket",
    ("s3", "HeadObject"): "s3:GetObject",
}


ATHENA_QUERY_NEEDS = (
    # Athena reads the Glue Data Catalog and the table's S3 data, and writes and reads the query's
    # results, with the credentials of the caller of StartQueryExecution (Athena User Guide,
    # "Identity and access management in Athena"): the role needs these though the code never
    # calls Glue or S3 for the query itself.
    "glue:GetDatabase",
    "glue:GetTable",
    "glue:GetPartitions",
    "s3:GetBucketLocation",
    "s3:ListBucket",
    "s3:GetObject",
    "s3:PutObject",
)


def implied_actions(service: str, operation: str, params: Mapping[str, Any]) -> list[str]:
    """Actions the service authorizes against the caller's role for this request, besides its own.

    - S3 Vectors ``QueryVectors`` with a metadata filter or ``returnMetadata`` also needs
      ``s3vectors:GetVectors`` (S3 API Reference, QueryVectors "Permissions").
    - Athena ``StartQueryExecution`` runs the query as the caller: :data:`ATHENA_QUERY_NEEDS`.
    """
    if (service, operation) == ("s3vectors", "QueryVectors"):
        return ["s3vectors:GetVectors"] if params.get("filter") or params.get("returnMetadata") else []
    if (service, operation) == ("athena", "StartQueryExecution"):
        return list(ATHENA_QUERY_NEEDS)
    return []


@dataclass(frozen=True, order=True)
class Grant:
    """One action on one resource pattern that a function's role allows."""

    function: str
    action: str
    resource: str
    source: str = ""


@dataclass(frozen=True, order=True)
class Call:
    """One AWS API call a function made: the IAM action and the resource (``None``: not compared)."""

    function: str
    action: str
    resource: str | None = None


@dataclass
class Report:
    """What :func:`check` found."""

    missing: list[Call] = field(default_factory=list)
    unused: list[Grant] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.missing and not self.unused

    def describe(self) -> str:
        lines = []
        for call in self.missing:
            where = f" on {call.resource}" if call.resource else ""
            lines.append(
                f"MISSING  {call.function}: the code calls {call.action}{where}, which its policies in "
                f"template.yaml do not allow (add it to the function's Policies)"
            )
        for grant in self.unused:
            lines.append(
                f"UNUSED   {grant.function}: holds {grant.action} on {grant.resource} ({grant.source}), "
                f"which no code path used (remove it, or add the test that exercises it)"
            )
        return "\n".join(lines)


# ---------------------------------------------------------------- the template's side


@lru_cache(maxsize=1)
def _policy_templates() -> dict[str, Any]:
    import samtranslator

    path = Path(samtranslator.__file__).parent / "policy_templates_data" / "policy_templates.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))["Templates"]
    return data


class _Resolver:
    """Turns intrinsic functions into symbolic strings: ``{LogicalId}`` for a stack resource."""

    def __init__(self, template: Mapping[str, Any], overrides: Mapping[str, str] | None = None) -> None:
        self.resources: Mapping[str, Any] = template.get("Resources", {})
        params = {k: str(v.get("Default", "")) for k, v in (template.get("Parameters") or {}).items()}
        params.update(overrides or {})
        self.params = params
        self.conditions: Mapping[str, Any] = template.get("Conditions") or {}

    def condition(self, name: str) -> bool:
        return bool(self.value(self.conditions[name]))

    def value(self, node: Any, local: Mapping[str, Any] | None = None) -> Any:
        local = local or {}
        if isinstance(node, list):
            return [self.value(n, local) for n in node]
        if not isinstance(node, dict):
            return node
        if len(node) != 1:
            return {k: self.value(v, local) for k, v in node.items()}
        ((key, arg),) = node.items()
        if key == "Ref":
            if arg in local:
                return self.value(local[arg])
            if arg in PSEUDO:
                return PSEUDO[arg]
            if arg in self.params:
                return self.params[arg]
            return "{" + arg + "}"
        if key == "Fn::GetAtt":
            logical = arg[0] if isinstance(arg, list) else str(arg).split(".")[0]
            attr = arg[1] if isinstance(arg, list) else str(arg).split(".", 1)[1]
            return self._attribute(logical, attr)
        if key == "Fn::Sub":
            text, variables = (arg, {}) if isinstance(arg, str) else (arg[0], arg[1])
            return self._sub(text, {**local, **variables})
        if key == "Fn::If":
            cond, yes, no = arg
            return self.value(yes if self.condition(cond) else no, local)
        if key == "Fn::Not":
            return not self.value(arg[0], local)
        if key == "Fn::Equals":
            return str(self.value(arg[0], local)) == str(self.value(arg[1], local))
        if key == "Fn::And":
            return all(self.value(a, local) for a in arg)
        if key == "Fn::Or":
            return any(self.value(a, local) for a in arg)
        if key == "Condition":
            return self.condition(arg)
        if key == "Fn::Join":
            sep, parts = arg
            return sep.join(str(self.value(p, local)) for p in parts)
        return {key: self.value(arg, local)}

    def _attribute(self, logical: str, attr: str) -> str:
        kind = (self.resources.get(logical) or {}).get("Type", "")
        if kind == "AWS::DynamoDB::Table" and attr == "Arn":
            return "table/{" + logical + "}"
        return "{" + logical + "}"

    def _sub(self, text: str, variables: Mapping[str, Any]) -> str:
        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            if name in variables:
                return str(self.value(variables[name]))
            if "." in name:
                logical, attr = name.split(".", 1)
                return self._attribute(logical, attr)
            return str(self.value({"Ref": name}))

        return re.sub(r"\$\{([^}!][^}]*)\}", replace, text)


_ARN_PREFIX = re.compile(r"^arn:[^:]*:[^:]*:[^:]*:[^:]*:")


def canonical_resource(resource: str) -> str:
    """One spelling per resource: the ARN prefix off, a Lambda function by its logical id alone."""
    resource = _ARN_PREFIX.sub("", resource)
    if resource.startswith("function:"):
        resource = resource[len("function:") :]
    return resource


def _statements(policy: Any) -> list[Any]:
    stmts = policy.get("Statement", [])
    return stmts if isinstance(stmts, list) else [stmts]


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def function_grants(
    template: Mapping[str, Any],
    logical_to_name: Mapping[str, str],
    overrides: Mapping[str, str] | None = None,
) -> list[Grant]:
    """Every (action, resource) each function's ``Policies`` allow, keyed by function folder name."""
    resolver = _Resolver(template, overrides)
    grants: list[Grant] = []
    for logical, resource in template.get("Resources", {}).items():
        if resource.get("Type") != "AWS::Serverless::Function" or logical not in logical_to_name:
            continue
        name = logical_to_name[logical]
        for index, policy in enumerate(_as_list(resource.get("Properties", {}).get("Policies") or [])):
            policy = resolver.value(policy) if _is_if(policy) else policy
            if policy is None or policy == "{AWS::NoValue}":
                continue
            if isinstance(policy, dict) and set(policy) == {"Ref"}:
                managed = template["Resources"].get(policy["Ref"]) or {}
                if managed.get("Type") != "AWS::IAM::ManagedPolicy":
                    raise ValueError(f"{logical}: policy {policy} is not a managed policy of this template")
                policy = {**managed["Properties"]["PolicyDocument"], "_source": policy["Ref"]}
            if isinstance(policy, str):
                raise ValueError(
                    f"{logical}: managed policy {policy!r} cannot be checked against the code; "
                    f"write the statements it needs"
                )
            if "Statement" in policy:
                label = policy.get("_source") or f"Policies[{index}]"
                sources = [(label, s) for s in _statements(policy)]
            else:
                ((template_name, args),) = policy.items()
                definition = _policy_templates().get(template_name)
                if definition is None:
                    raise ValueError(f"{logical}: unknown SAM policy template {template_name}")
                local = dict(args or {})
                sources = [(template_name, s) for s in definition["Definition"]["Statement"]]
                sources = [(src, _bind(s, local)) for src, s in sources]
            for source, statement in sources:
                statement = resolver.value(statement)
                if statement == "{AWS::NoValue}" or statement.get("Effect") != "Allow":
                    continue
                for action in _as_list(statement["Action"]):
                    for res in _as_list(statement.get("Resource", "*")):
                        grants.append(Grant(name, str(action), canonical_resource(str(res)), source))
    return grants


def _is_if(node: Any) -> bool:
    return isinstance(node, dict) and set(node) == {"Fn::If"}


def _bind(node: Any, params: Mapping[str, Any]) -> Any:
    """A policy template's statement with its ``Ref`` parameters replaced by the arguments."""
    if isinstance(node, list):
        return [_bind(n, params) for n in node]
    if isinstance(node, dict):
        if set(node) == {"Ref"} and node["Ref"] in params:
            return params[node["Ref"]]
        return {k: _bind(v, params) for k, v in node.items()}
    return node


# ---------------------------------------------------------------- the code's side


def _dynamodb_tables(operation: str, params: Mapping[str, Any]) -> list[tuple[str, str, str | None]]:
    """(action, table, index) per table an operation touches (batch and transaction items apart)."""
    if operation in ("BatchGetItem", "BatchWriteItem"):
        return [(operation, t, None) for t in (params.get("RequestItems") or {})]
    if operation == "TransactWriteItems":
        kinds = {
            "Put": "PutItem",
            "Update": "UpdateItem",
            "Delete": "DeleteItem",
            "ConditionCheck": "ConditionCheckItem",
        }
        out = []
        for item in params.get("TransactItems") or []:
            for kind, body in item.items():
                out.append((kinds[kind], body.get("TableName", ""), None))
        return out
    if operation == "TransactGetItems":
        return [("GetItem", i["Get"].get("TableName", ""), None) for i in params.get("TransactItems") or []]
    table = params.get("TableName")
    if table is None:
        return [(operation, "*", None)]
    return [(operation, str(table), params.get("IndexName"))]


def calls_from_request(
    function: str,
    service: str,
    operation: str,
    params: Mapping[str, Any],
    table_names: Mapping[str, str],
) -> list[Call]:
    """The IAM view of one API request: action(s) and, for DynamoDB, the template's table."""
    if service == "dynamodb":
        out = []
        for action, table, index in _dynamodb_tables(operation, params):
            logical = table_names.get(table)
            name = "table/" + ("{" + logical + "}" if logical else table)
            if index:
                name += f"/index/{index}"
            out.append(Call(function, f"dynamodb:{action}", name))
        return out
    action = ACTION_NAMES.get((service, operation), f"{service}:{operation}")
    implied = [Call(function, a, None) for a in implied_actions(service, operation, params)]
    return [Call(function, action, None), *implied]


def _matches(pattern: str, value: str) -> bool:
    return fnmatch.fnmatchcase(value.lower(), pattern.lower())


def allowed(call: Call, grants: Iterable[Grant]) -> list[Grant]:
    """The grants that allow ``call`` (empty: the call would be denied on AWS)."""
    return [
        g
        for g in grants
        if g.function == call.function
        and _matches(g.action, call.action)
        and (call.resource is None or _matches(g.resource, call.resource))
    ]


def check(calls: Iterable[Call], grants: Iterable[Grant], *, unused: bool = True) -> Report:
    """Missing permissions (calls no grant allows) and, if asked, unused ones (grants no call used)."""
    grants = list(grants)
    used: set[Grant] = set()
    report = Report()
    for call in sorted(set(calls), key=lambda c: (c.function, c.action, c.resource or "")):
        allowing = allowed(call, grants)
        if not allowing:
            report.missing.append(call)
        used.update(allowing)
    if unused:
        report.unused = sorted(g for g in set(grants) if g not in used)
    return report


class CallRecorder:
    """Records every botocore API call made in this process, attributed to the running function.

    ``install()`` patches ``botocore.session.Session`` so every session (made before or after)
    carries the hook; calls made outside any function (fixtures creating tables, the local queue
    poller standing in for Lambda's) are counted apart and not checked.
    """

    def __init__(self) -> None:
        self.calls: set[Call] = set()
        self.counts: dict[Call, int] = {}
        self.unattributed = 0
        self._lock = threading.Lock()
        self._installed = False
        self._remove_observer: Any = None

    def install(self) -> None:
        if self._installed:
            return
        import botocore.session

        from heyfolio.stack.attribution import on_invoke

        recorder = self
        original_init = botocore.session.Session.__init__

        def init(session: Any, *args: Any, **kwargs: Any) -> None:
            original_init(session, *args, **kwargs)
            session.register("before-parameter-build", recorder._hook, unique_id="heyfolio-iam-recorder")

        botocore.session.Session.__init__ = init  # type: ignore[method-assign]
        self._remove_observer = on_invoke(self._invoked)
        # The standard-library DynamoDB client of the hot read paths (heyfolio.aws.lite) too.
        from heyfolio.aws import lite

        lite.on_call(self._lite)
        _per_function_ciphers()
        self._installed = True

    def _invoked(self, caller: str, callee: str) -> None:
        # On AWS the caller names the callee's alias when its environment sets one (mcp_handlers.invoker).
        qualifier = _invoke_qualifier(caller)
        target = "{" + _logical_id(callee) + "}" + (f":{qualifier}" if qualifier else "")
        self._add([Call(caller, "lambda:InvokeFunction", target)])

    def _lite(self, service: str, operation: str, params: Mapping[str, Any]) -> None:
        from heyfolio.aws.clients import in_local_only
        from heyfolio.stack.attribution import current_function

        function = None if in_local_only() else current_function()
        if function is None:
            with self._lock:
                self.unattributed += 1
            return
        self._add(calls_from_request(function, service, operation, params, _table_names()))

    def _hook(self, params: Mapping[str, Any], model: Any, **_: Any) -> None:
        from heyfolio.aws.clients import in_local_only
        from heyfolio.stack.attribution import current_function

        function = None if in_local_only() else current_function()
        if function is None:
            with self._lock:
                self.unattributed += 1
            return
        service_model = model.service_model
        prefix = service_model.signing_name or service_model.endpoint_prefix
        if (prefix, model.name) in LOCAL_BOOTSTRAP and _local():
            return
        self._add(calls_from_request(function, prefix, model.name, params, _table_names()))

    def _add(self, found: list[Call]) -> None:
        with self._lock:
            self.calls.update(found)
            for call in found:
                self.counts[call] = self.counts.get(call, 0) + 1

    def snapshot(self) -> set[Call]:
        with self._lock:
            return set(self.calls)


class _PerFunction(dict):  # type: ignore[type-arg]
    """A cache keyed by the running function as well: each Lambda function is its own process."""

    def _key(self, key: Any) -> Any:
        from heyfolio.stack.attribution import current_function

        return (key, current_function())

    def get(self, key: Any, default: Any = None) -> Any:
        return super().get(self._key(key), default)

    def __getitem__(self, key: Any) -> Any:
        return super().__getitem__(self._key(key))

    def __setitem__(self, key: Any, value: Any) -> None:
        super().__setitem__(self._key(key), value)

    def __contains__(self, key: object) -> bool:
        return super().__contains__(self._key(key))


def _per_function_ciphers() -> None:
    """The lead-field ciphers (and their unwrapped data keys) per function, as on Lambda.

    One process holds every function here, so a data key that ``contact_owner`` unwrapped would
    serve ``list_leads`` from the cache and its ``kms:Decrypt`` would never be seen, though on AWS
    ``list_leads`` runs in a process of its own and must call KMS (and be allowed to).
    """
    from heyfolio.crypto import fields

    if not isinstance(fields._ciphers, _PerFunction):
        fields._ciphers = _PerFunction(fields._ciphers)  # type: ignore[assignment]


def _table_names() -> dict[str, str]:
    # The template sets HEYFOLIO_TABLE to !Ref StateTable and HEYFOLIO_EVENTS_TABLE to !Ref EventsTable;
    # the code reads them through the settings, so the names in use now map back to those tables.
    from heyfolio.config import get_settings

    s = get_settings()
    return {s.table_name: "StateTable", s.events_table_name: "EventsTable"}


@lru_cache(maxsize=1)
def _function_ids() -> dict[str, str]:
    from heyfolio.stack.template import function_specs

    return {spec.name: spec.logical_id for spec in function_specs()}


def _logical_id(name: str) -> str:
    return _function_ids().get(name, name)


@lru_cache(maxsize=64)
def _invoke_qualifier(caller: str) -> str | None:
    """The ``HEYFOLIO_INVOKE_QUALIFIER`` template.yaml gives ``caller`` (the alias its invocations name)."""
    from heyfolio.stack.template import function_specs

    for spec in function_specs():
        if spec.name == caller:
            value = ((spec.properties.get("Environment") or {}).get("Variables") or {}).get(
                "HEYFOLIO_INVOKE_QUALIFIER"
            )
            return str(value) if value else None
    return None


def _template_version() -> tuple[int, int]:
    """The template file's modification time and size: the caches below are redone when it changes."""
    from heyfolio.stack.template import TEMPLATE_PATH

    stat = TEMPLATE_PATH.stat()
    return stat.st_mtime_ns, stat.st_size


@lru_cache(maxsize=8)
def _project_grants(version: tuple[int, int], overrides: tuple[tuple[str, str], ...]) -> tuple[Grant, ...]:
    from heyfolio.stack.template import function_specs, load_template

    names = {spec.logical_id: spec.name for spec in function_specs()}
    return tuple(function_grants(load_template(), names, dict(overrides) or None))


def project_grants(overrides: Mapping[str, str] | None = None) -> list[Grant]:
    """The grants of the project's own ``template.yaml`` (parsed once per version of the file: the
    suite asks after every test that called AWS)."""
    return list(_project_grants(_template_version(), tuple(sorted((overrides or {}).items()))))


@lru_cache(maxsize=4)
def _configured_overrides(version: tuple[int, int]) -> tuple[tuple[str, str], ...]:
    from heyfolio.stack.template import load_template

    params = load_template().get("Parameters") or {}
    return tuple((k, f"configured-{k}") for k, v in params.items() if str(v.get("Default", "x")) == "")


def configured_overrides() -> dict[str, str]:
    """Every optional parameter (empty by default) set: the stack of an owner who turned each feature on."""
    return dict(_configured_overrides(_template_version()))


def deployable_grants() -> list[Grant]:
    """What some deployment of the stack allows: the defaults, and every optional feature turned on.

    A feature behind an optional parameter (the SES reply sender, a GitHub token) runs only where the
    owner configured it, and there its grant exists: a call is judged against both stacks.
    """
    return project_grants() + project_grants(configured_overrides())
