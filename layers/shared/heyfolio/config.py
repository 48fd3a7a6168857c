"""Settings read once from the environment, the same names locally and on AWS.

Every setting the product reads lives here, so the README's configuration table
has one source. Nothing else in the code reads ``os.environ`` for product settings.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from heyfolio.guards.sizes import DEFAULT_BODY_LIMITS, parse_body_limits
from heyfolio.limits.rules import Window, parse_limits

ProjectRoot = Path(__file__).resolve().parents[3]


def _default_content_path() -> Path:
    # On Lambda the content ships inside the shared layer (/opt/content);
    # in a checkout it is the project's own content/ folder.
    opt = Path("/opt/content")
    if opt.is_dir():
        return opt
    return ProjectRoot / "content"


def _default_web_dir() -> Path:
    # The web page ships in the shared layer on Lambda (/opt/web); else the checkout's web/.
    opt = Path("/opt/web")
    return opt if opt.is_dir() else ProjectRoot / "web"


def _csv(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _public_url_from_ssm(name: str) -> str:
    # The stack writes its API URL into SSM after creating the API; a function cannot take it as an
    # environment variable without a circular dependency (the API depends on its functions).
    from aws_lambda_powertools.utilities import parameters

    return str(parameters.get_parameter(name, max_age=3600))


PRIVATE_CONTACT_FIELDS = ("phone", "address", "postalCode")


def _private_fields(value: str | None) -> tuple[str, ...]:
    fields = _csv(value)
    unknown = [f for f in fields if f not in PRIVATE_CONTACT_FIELDS]
    if unknown:
        raise ValueError(
            f"HEYFOLIO_SERVE_PRIVATE_FIELDS: unknown field(s) {', '.join(unknown)}; "
            f"choose from {', '.join(PRIVATE_CONTACT_FIELDS)}"
        )
    return fields


DEFAULT_CHAT_LIMITS = "5/m,40/h,120/d"
DEFAULT_MCP_LIMITS = "300/m,6000/h,50000/d"
LIMIT_SURFACES: dict[str, tuple[str, str, str]] = {
    # surface: (default on AWS, default locally, what is counted) - see README "Rate limits".
    "mcp": (DEFAULT_MCP_LIMITS, "3000/m", "/mcp requests per verified caller (token subject)"),
    "mcp_ip": ("60/m,600/h,3000/d", "3000/m", "anonymous /mcp requests per client IP"),
    "api": ("300/m,3000/h,20000/d", "3000/m", "public read API requests per client IP"),
    "owner": ("120/m,2000/h", "1200/m", "owner API requests per client IP"),
    "webhook": ("300/m,5000/h", "3000/m", "GitHub webhook deliveries per client IP"),
    "contact": ("5/h,20/d", "120/h", "contact_owner calls per caller (or client IP)"),
    "visitor": ("20/m,200/h,1000/d", "600/m", "a visitor's own data routes (/api/me*) per client IP"),
    "global": ("3000/m,60000/h,600000/d", "100000/m", "all public traffic together (mcp, api, chat)"),
}
"""Rate-limit surfaces besides chat: ``HEYFOLIO_<SURFACE>_LIMITS`` overrides each."""


def _choice(env: dict[str, str], name: str, choices: tuple[str, ...], default: str | None = None) -> str:
    value = env.get(name) or default or choices[0]
    if value not in choices:
        raise ValueError(f"{name} must be one of {', '.join(choices)}, got {value!r}")
    return value


def _seconds(env: dict[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    try:
        value = float(raw) if raw else default
    except ValueError:
        raise ValueError(f"{name} must be a number of seconds, got {raw!r}") from None
    if not value >= 0:
        raise ValueError(f"{name} must be 0 or more seconds, got {raw!r}")
    return value


def _dollars(env: dict[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    try:
        value = float(raw) if raw else default
    except ValueError:
        raise ValueError(f"{name} must be a number of dollars (e.g. 2.50), got {raw!r}") from None
    if not value >= 0 or value == float("inf"):
        raise ValueError(f"{name} must be a finite amount of dollars >= 0, got {raw!r}")
    return value


def _repository(value: str | None) -> str | None:
    """``owner/name`` of a GitHub repository (``None`` when unset); anything else is a clear error."""
    value = (value or "").strip().removeprefix("https://github.com/").removesuffix(".git").strip("/")
    if not value:
        return None
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}", value):
        raise ValueError(
            f"HEYFOLIO_CONTENT_REPOSITORY must be owner/name of a GitHub repository, got {value!r}"
        )
    return value


@dataclass(frozen=True)
class Settings:
    """The product's configuration; see the README's table for each field."""

    env: Literal["local", "aws"] = "local"
    content_path: Path = field(default_factory=_default_content_path)
    data_dir: Path = field(default_factory=lambda: ProjectRoot / ".heyfolio")
    web_dir: Path = field(default_factory=_default_web_dir)
    host: str = "127.0.0.1"
    port: int = 8000
    public_url: str = "http://127.0.0.1:8000"
    region: str = "us-east-1"
    aws_endpoint_url: str | None = None
    table_name: str = "heyfolio-state"
    events_table_name: str = "heyfolio-events"
    anthropic_api_key: str | None = None
    github_webhook_secret: str | None = None
    allowed_hosts: tuple[str, ...] = ()
    allowed_origins: tuple[str, ...] = ()
    log_level: str = "INFO"
    function_names: dict[str, str] = field(default_factory=dict)
    """``FN_<NAME>`` variables: Lambda function names the MCP endpoint invokes, keyed by folder name."""
    invoke_qualifier: str | None = None
    """``HEYFOLIO_INVOKE_QUALIFIER``: the alias those invocations name (``live``: the version CodeDeploy
    shifts traffic to; unqualified would run ``$LATEST`` and bypass a canary)."""
    request_state_parameter: str | None = None
    """SSM parameter (SecureString) holding the MCP ``requestState`` sealing key on AWS."""
    # Personal contact fields of basics that may be served (phone, address, postalCode);
    # none by default: email and public profiles are always served.
    served_private_fields: tuple[str, ...] = ()
    embedder: str = "minilm"
    """``HEYFOLIO_EMBEDDER``: the dense search stage - ``minilm`` (default: all-MiniLM-L6-v2 in numpy, no
    network; lexical only when its package is not installed), ``none``, ``hashing`` (local) or ``bedrock``."""
    # GitHub live data and flows (issue 4): secrets come from env locally, Secrets Manager on AWS.
    github_webhook_secret_arn: str | None = None
    github_token: str | None = None
    github_token_secret_arn: str | None = None
    github_api_url: str = "https://api.github.com"
    github_queue_url: str | None = None
    flow_queue_url: str | None = None
    approval_state_machine_arn: str | None = None
    insight_state_machine_arn: str | None = None
    owner_topic_arn: str | None = None
    """``HEYFOLIO_OWNER_TOPIC_ARN``: the owner's one SNS topic (leads to review, budget alerts, alarms)."""
    insight_model: str = "claude-haiku-4-5"
    model_small: str = "claude-haiku-4-5"
    """``HEYFOLIO_MODEL_SMALL``: the chat's model for simple questions."""
    model_large: str = "claude-sonnet-4-6"
    """``HEYFOLIO_MODEL_LARGE``: the chat's model for comparisons, job fit and multi-part questions."""
    vector_bucket: str | None = None
    """``HEYFOLIO_VECTOR_BUCKET``: S3 Vectors bucket for long-term memory (AWS); unset = local file index."""
    vector_index: str = "visitor-memory"
    """``HEYFOLIO_VECTOR_INDEX``: the index in that bucket."""
    chat_limits: tuple[Window, ...] = parse_limits(DEFAULT_CHAT_LIMITS)
    """``HEYFOLIO_CHAT_LIMITS``: chat requests per client IP and per visitor session (all must pass)."""
    mcp_limits: tuple[Window, ...] = parse_limits(DEFAULT_MCP_LIMITS)
    """``HEYFOLIO_MCP_LIMITS``: MCP requests per verified caller (anonymous ones: ``limits["mcp_ip"]``)."""
    limits: dict[str, tuple[Window, ...]] = field(
        default_factory=lambda: {name: parse_limits(d[0]) for name, d in LIMIT_SURFACES.items()}
    )
    """``HEYFOLIO_<SURFACE>_LIMITS`` for each surface of ``LIMIT_SURFACES`` (``mcp`` too)."""
    limits_backend: Literal["auto", "upstash", "memory"] = "auto"
    """``HEYFOLIO_LIMITS_BACKEND``: auto = Upstash when configured, else in-process (local only)."""
    upstash_url: str | None = None
    """``UPSTASH_REDIS_REST_URL``: Upstash Redis REST URL (or a compatible server)."""
    upstash_token: str | None = None
    """``UPSTASH_REDIS_REST_TOKEN``: its bearer token."""
    upstash_secret: str | None = None
    """``HEYFOLIO_UPSTASH_SECRET``: Secrets Manager secret (JSON ``{"url", "token"}``) on AWS."""
    budget_daily_usd: float = 2.0
    """``HEYFOLIO_BUDGET_DAILY_USD``: model spend cap per UTC day; past it chat answers offline."""
    budget_monthly_usd: float = 20.0
    """``HEYFOLIO_BUDGET_MONTHLY_USD``: model spend cap per UTC month."""
    kms_key_id: str = "alias/heyfolio-leads"
    """``HEYFOLIO_KMS_KEY_ID``: KMS key (id, ARN or alias) for lead emails and messages."""
    body_limits: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_BODY_LIMITS))
    """``HEYFOLIO_BODY_LIMITS``: request body caps per route prefix (``/mcp=64k,*=32k``)."""
    json_max_depth: int = 32
    """``HEYFOLIO_JSON_MAX_DEPTH``: deepest JSON nesting a request body may have."""
    oauth_issuer: str | None = None
    """``HEYFOLIO_OAUTH_ISSUER``: the authorization server tokens come from (Cognito on AWS); unset = the
    local issuer (``public_url``, keys in ``data_dir``)."""
    oauth_jwks_url: str | None = None
    """``HEYFOLIO_OAUTH_JWKS_URL``: where the issuer publishes its keys; default ``<issuer>/.well-known/jwks.json``."""
    oauth_client_ids: tuple[str, ...] = ()
    """``HEYFOLIO_OAUTH_CLIENT_IDS``: app clients whose access tokens may lack ``aud`` (Cognito puts
    ``client_id`` there instead); empty = every token must name this server in ``aud``."""
    owner_scope: str = "portfolio:owner"
    """``HEYFOLIO_OWNER_SCOPE``: the scope owner tools and routes need (Cognito spells it ``portfolio/owner``)."""
    index_path: Path | None = None
    """``HEYFOLIO_INDEX``: the packaged index artifact of ``content_path`` (the layer's ``/opt/index``)."""
    content_bucket: str | None = None
    """``HEYFOLIO_CONTENT_BUCKET``: S3 bucket of published content generations (``heyfolio publish``);
    unset = serve the packaged content only."""
    content_check_seconds: float = 30.0
    """``HEYFOLIO_CONTENT_CHECK_SECONDS``: how often, at most, a process looks for a newer generation."""
    content_repository: str | None = None
    """``HEYFOLIO_CONTENT_REPOSITORY``: ``owner/name`` of the GitHub repository whose pushes publish the
    content (through the GitHub webhook; ``heyfolio.github.content_push``); unset = pushes publish nothing."""
    content_branch: str | None = None
    """``HEYFOLIO_CONTENT_BRANCH``: the branch that publishes; unset = the repository's default branch."""
    content_repository_path: str = "content"
    """``HEYFOLIO_CONTENT_REPOSITORY_PATH``: the content folder inside that repository (``""``: its root)."""

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        """Build settings from environment variables (``os.environ`` by default)."""
        env = dict(os.environ if environ is None else environ)
        kind = env.get("HEYFOLIO_ENV", "local")
        if kind not in ("local", "aws"):
            raise ValueError(f"HEYFOLIO_ENV must be 'local' or 'aws', got {kind!r}")
        port = int(env.get("PORT", "8000"))
        host = env.get("HEYFOLIO_HOST", "127.0.0.1")
        public_url = env.get("HEYFOLIO_PUBLIC_URL") or ""
        if not public_url and kind == "aws" and env.get("HEYFOLIO_PUBLIC_URL_PARAM"):
            public_url = _public_url_from_ssm(env["HEYFOLIO_PUBLIC_URL_PARAM"])
        public_url = (public_url or f"http://{host}:{port}").rstrip("/")
        content = env.get("HEYFOLIO_CONTENT")
        data_dir = env.get("HEYFOLIO_DATA_DIR")
        web_dir = env.get("HEYFOLIO_WEB_DIR")
        surface_limits = {
            name: parse_limits(
                env.get(f"HEYFOLIO_{name.upper()}_LIMITS") or (aws if kind == "aws" else local),
                setting=f"HEYFOLIO_{name.upper()}_LIMITS",
            )
            for name, (aws, local, _) in LIMIT_SURFACES.items()
        }
        return cls(
            env=kind,  # type: ignore[arg-type]
            content_path=Path(content).expanduser() if content else _default_content_path(),
            data_dir=Path(data_dir).expanduser() if data_dir else ProjectRoot / ".heyfolio",
            web_dir=Path(web_dir).expanduser() if web_dir else _default_web_dir(),
            host=host,
            port=port,
            public_url=public_url,
            region=env.get("AWS_REGION", env.get("AWS_DEFAULT_REGION", "us-east-1")),
            aws_endpoint_url=env.get("AWS_ENDPOINT_URL") or None,
            table_name=env.get("HEYFOLIO_TABLE", "heyfolio-state"),
            events_table_name=env.get("HEYFOLIO_EVENTS_TABLE", "heyfolio-events"),
            anthropic_api_key=env.get("ANTHROPIC_API_KEY") or None,
            github_webhook_secret=env.get("GITHUB_WEBHOOK_SECRET") or None,
            allowed_hosts=_csv(env.get("HEYFOLIO_ALLOWED_HOSTS")),
            allowed_origins=_csv(env.get("HEYFOLIO_ALLOWED_ORIGINS")),
            log_level=env.get("LOG_LEVEL", "INFO"),
            function_names={k[3:].lower(): v for k, v in env.items() if k.startswith("FN_") and v},
            invoke_qualifier=env.get("HEYFOLIO_INVOKE_QUALIFIER") or None,
            request_state_parameter=env.get("HEYFOLIO_REQUEST_STATE_PARAM") or None,
            served_private_fields=_private_fields(env.get("HEYFOLIO_SERVE_PRIVATE_FIELDS")),
            embedder=_choice(env, "HEYFOLIO_EMBEDDER", ("none", "hashing", "bedrock", "minilm"), "minilm"),
            github_webhook_secret_arn=env.get("GITHUB_WEBHOOK_SECRET_ARN") or None,
            github_token=env.get("GITHUB_TOKEN") or None,
            github_token_secret_arn=env.get("GITHUB_TOKEN_SECRET_ARN") or None,
            github_api_url=(env.get("HEYFOLIO_GITHUB_API_URL") or "https://api.github.com").rstrip("/"),
            github_queue_url=env.get("HEYFOLIO_GITHUB_QUEUE_URL") or None,
            flow_queue_url=env.get("HEYFOLIO_FLOW_QUEUE_URL") or None,
            approval_state_machine_arn=env.get("HEYFOLIO_APPROVAL_STATE_MACHINE_ARN") or None,
            insight_state_machine_arn=env.get("HEYFOLIO_INSIGHT_STATE_MACHINE_ARN") or None,
            owner_topic_arn=env.get("HEYFOLIO_OWNER_TOPIC_ARN") or None,
            insight_model=env.get("HEYFOLIO_INSIGHT_MODEL") or "claude-haiku-4-5",
            model_small=env.get("HEYFOLIO_MODEL_SMALL") or "claude-haiku-4-5",
            model_large=env.get("HEYFOLIO_MODEL_LARGE") or "claude-sonnet-4-6",
            vector_bucket=env.get("HEYFOLIO_VECTOR_BUCKET") or None,
            vector_index=env.get("HEYFOLIO_VECTOR_INDEX") or "visitor-memory",
            chat_limits=parse_limits(
                env.get("HEYFOLIO_CHAT_LIMITS") or DEFAULT_CHAT_LIMITS, setting="HEYFOLIO_CHAT_LIMITS"
            ),
            mcp_limits=surface_limits["mcp"],
            limits=surface_limits,
            limits_backend=_choice(env, "HEYFOLIO_LIMITS_BACKEND", ("auto", "upstash", "memory")),  # type: ignore[arg-type]
            upstash_url=env.get("UPSTASH_REDIS_REST_URL") or None,
            upstash_token=env.get("UPSTASH_REDIS_REST_TOKEN") or None,
            upstash_secret=env.get("HEYFOLIO_UPSTASH_SECRET") or None,
            budget_daily_usd=_dollars(env, "HEYFOLIO_BUDGET_DAILY_USD", 2.0),
            budget_monthly_usd=_dollars(env, "HEYFOLIO_BUDGET_MONTHLY_USD", 20.0),
            kms_key_id=env.get("HEYFOLIO_KMS_KEY_ID") or "alias/heyfolio-leads",
            body_limits=parse_body_limits(env.get("HEYFOLIO_BODY_LIMITS")),
            json_max_depth=int(env.get("HEYFOLIO_JSON_MAX_DEPTH") or 32),
            oauth_issuer=(env.get("HEYFOLIO_OAUTH_ISSUER") or "").rstrip("/") or None,
            oauth_jwks_url=env.get("HEYFOLIO_OAUTH_JWKS_URL") or None,
            oauth_client_ids=_csv(env.get("HEYFOLIO_OAUTH_CLIENT_IDS")),
            owner_scope=env.get("HEYFOLIO_OWNER_SCOPE") or "portfolio:owner",
            index_path=Path(env["HEYFOLIO_INDEX"]).expanduser() if env.get("HEYFOLIO_INDEX") else None,
            content_bucket=env.get("HEYFOLIO_CONTENT_BUCKET") or None,
            content_check_seconds=_seconds(env, "HEYFOLIO_CONTENT_CHECK_SECONDS", 30.0),
            content_repository=_repository(env.get("HEYFOLIO_CONTENT_REPOSITORY")),
            content_branch=(env.get("HEYFOLIO_CONTENT_BRANCH") or "").strip().removeprefix("refs/heads/")
            or None,
            content_repository_path=(env.get("HEYFOLIO_CONTENT_REPOSITORY_PATH", "content"))
            .strip()
            .strip("/"),
        )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings; tests call ``get_settings.cache_clear()`` after changing env."""
    return Settings.from_env()
