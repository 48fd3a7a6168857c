"""Prompts: ready-made conversations about the owner, grounded in the portfolio's resources."""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from typing import Any

from heyfolio.public_view import visible_project_slugs
from heyfolio.published import get_published
from mcp_handlers.resources import read
from mcp_handlers.wire import INVALID_PARAMS, McpError

AUDIENCES = ("recruiter", "hiring manager", "engineer", "founder", "peer")
DEPTHS = ("brief", "standard", "deep")
FOCUSES = ("technical depth", "system design", "leadership", "collaboration", "past projects", "culture fit")


@dataclass(frozen=True)
class PromptArgument:
    name: str
    description: str
    required: bool


@dataclass(frozen=True)
class Prompt:
    name: str
    title: str
    description: str
    arguments: tuple[PromptArgument, ...]

    def to_mcp(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "description": self.description,
            "arguments": [
                {"name": a.name, "description": a.description, "required": a.required} for a in self.arguments
            ],
        }


PROMPTS: tuple[Prompt, ...] = (
    Prompt(
        "introduce_owner",
        "Introduce the owner",
        "A short introduction of the owner written for a given audience, optionally angled at a role.",
        (
            PromptArgument("audience", f"Who it is for, e.g. {', '.join(AUDIENCES)}.", True),
            PromptArgument("role", "The role the audience is hiring or looking for (optional).", False),
        ),
    ),
    Prompt(
        "explain_project",
        "Explain a project",
        "Explain one of the owner's projects at the chosen depth, citing its write-up.",
        (
            PromptArgument("slug", "The project's slug (complete it for the list).", True),
            PromptArgument("depth", f"How deep to go: {', '.join(DEPTHS)}.", True),
        ),
    ),
    Prompt(
        "assess_fit",
        "Assess fit for a job",
        "Assess how well the owner fits a job description, requirement by requirement, with evidence.",
        (PromptArgument("job", "The job description (free text or JSON Resume job JSON).", True),),
    ),
    Prompt(
        "interview_questions",
        "Interview questions",
        "Interview questions tailored to the owner's actual experience, for a chosen focus.",
        (PromptArgument("focus", f"What to probe, e.g. {', '.join(FOCUSES)}.", True),),
    ),
)


def list_prompts() -> list[dict[str, Any]]:
    return [p.to_mcp() for p in PROMPTS]


def _get(name: str) -> Prompt:
    for prompt in PROMPTS:
        if prompt.name == name:
            return prompt
    raise McpError(INVALID_PARAMS, f"Unknown prompt: {name}", {"name": name})


def _user(text: str) -> dict[str, Any]:
    return {"role": "user", "content": {"type": "text", "text": text}}


def _embedded(uri: str) -> dict[str, Any]:
    contents = read(uri)["contents"][0]
    return {"role": "user", "content": {"type": "resource", "resource": contents}}


def get_prompt(name: str, arguments: dict[str, Any]) -> dict[str, Any]:
    """The ``GetPromptResult`` for ``name``; -32602 for an unknown prompt or a missing/invalid argument."""

    prompt = _get(name)
    args = {k: str(v).strip() for k, v in (arguments or {}).items() if v is not None}
    for arg in prompt.arguments:
        if arg.required and not args.get(arg.name):
            raise McpError(INVALID_PARAMS, f"Missing required argument '{arg.name}' for prompt {name}")
    portfolio = get_published().portfolio
    owner = portfolio.owner_name
    messages: list[dict[str, Any]]
    if name == "introduce_owner":
        role = f" for a {args['role']} role" if args.get("role") else ""
        messages = [
            _embedded("portfolio://resume.md"),
            _user(
                f"Using only the résumé above, introduce {owner} to a {args['audience']}{role} in about 120 words. "
                "Lead with what matters most to that audience, name concrete results, and cite portfolio:// URIs."
            ),
        ]
    elif name == "explain_project":
        slug, depth = args["slug"], args["depth"].lower()
        if depth not in DEPTHS:
            raise McpError(INVALID_PARAMS, f"depth must be one of {', '.join(DEPTHS)}, got {args['depth']!r}")
        known_slugs = visible_project_slugs(portfolio)
        if slug not in known_slugs:
            known = ", ".join(known_slugs)
            raise McpError(INVALID_PARAMS, f"no project '{slug}'; known projects: {known}")
        detail = {
            "brief": "in three sentences for a non-specialist",
            "standard": "in a few paragraphs: the problem, the approach, the results",
            "deep": "in depth for an engineer: architecture, trade-offs, what was hard and what {owner} would do next",
        }[depth].replace("{owner}", owner)
        messages = [
            _embedded(f"portfolio://projects/{slug}"),
            _user(
                f"Explain {owner}'s project above {detail}. Stick to the write-up; say when something is not covered."
            ),
        ]
    elif name == "assess_fit":
        job = args["job"]
        with contextlib.suppress(ValueError):
            job = json.dumps(json.loads(job), indent=1, ensure_ascii=False)
        messages = [
            _embedded("portfolio://profile"),
            _user(
                f"Assess how well {owner} fits this job. For each requirement say matched, partial or missing, with the "
                "evidence from the résumé above (or the match_role tool) and its citation. Never invent evidence. "
                f"End with an overall summary.\n\nJob:\n{job}"
            ),
        ]
    else:
        messages = [
            _embedded("portfolio://resume.md"),
            _user(
                f"Write eight interview questions for {owner} focused on {args['focus']}. Tie each question to something "
                "specific in the résumé above (cite it), and say what a strong answer would show."
            ),
        ]
    return {"description": prompt.description, "messages": messages}
