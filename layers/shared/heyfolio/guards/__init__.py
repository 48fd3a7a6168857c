"""Request guards every route applies before doing any work: body size, JSON shape, no batches.

``sizes`` (the per-route byte caps), ``rejection`` (what a refusal says), ``jsonbody`` (JSON
parsing with a nesting limit), ``jsonrpc`` (single requests only), and two adapters:
``apigw`` for zip handlers (API Gateway REST proxy events) and ``asgi`` for ASGI apps.
"""
