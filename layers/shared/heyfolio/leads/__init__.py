"""Leads as a service: the one way a visitor's "put me in touch" becomes a lead and an approval flow.

``POST /api/contact`` (the page's form), the chat and the MCP tool ``contact_owner`` all call
:func:`heyfolio.leads.service.submit`: the same checks, one lead per idempotency key, and the
owner-approval flow started once per lead. :mod:`heyfolio.leads.routes` is the HTTP side.
"""
