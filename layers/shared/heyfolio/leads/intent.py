"""Does the visitor ask how to reach the owner? Then the chat offers the contact form.

The chat answers such a message with a short sentence and a ``form`` event (see the chat's
README) that the page renders as its contact form; nothing is stored until the visitor sends
the form (``POST /api/contact``). Deliberately narrow: questions *about* the owner's contacts in
their work ("who were her contacts at Stripe?") stay questions.
"""

from __future__ import annotations

import re
from typing import Any

_CONTACT = re.compile(
    r"\b("
    r"(how|where)\b[^.?!]{0,30}\b(reach|contact|get (in )?(touch|hold)|email|message|write to|talk to|hire)"
    r"|(get|put) (me )?in touch"
    r"|(contact|reach|email|message|hire) (her|him|them|the owner|you)\b"
    r"|(i'?d|i would|i want to|i'?d like to|can i|could i|let me) (like to )?(contact|reach|talk to|speak (to|with)|hire|email|message)"
    r"|contact (form|details|info(rmation)?)"
    r"|leave (a|my) (message|details)"
    r")",
    re.IGNORECASE,
)


def wants_contact(message: str) -> bool:
    """Whether ``message`` asks how to reach the owner (or to be put in touch)."""
    return bool(_CONTACT.search(message or ""))


def form_offer(owner_first_name: str, message: str) -> tuple[str, dict[str, Any]]:
    """The chat's words and its ``form`` event's data for a visitor who wants to reach the owner."""
    text = (
        f"You can send {owner_first_name} a message with the contact form below: leave your name, email "
        f"and a few words, and {owner_first_name} will reply by email once they have read it. "
        "Nothing is stored unless you tick the consent box and send it."
    )
    data = {
        "form": "contact",
        "title": f"Get in touch with {owner_first_name}",
        "action": "/api/contact",
        "fields": ["name", "email", "message", "consent"],
    }
    return text, data
