"""The visitor's chat: ``POST /api/chat``, answered as a stream of server-sent events.

``README.md`` beside this file is the wire format the web page codes against. One module per
idea: ``sse`` (encoding), ``request`` (validation and caps), ``guard`` (prompt-injection
rules), ``routing`` (small or large model), ``prompt`` (the cached system prompt),
``sources`` (citations), ``offline`` (answers from search without a model), ``online``
(Claude with tools), ``history`` (sessions and conversations in DynamoDB), ``engine`` (one
turn, end to end), ``asgi`` and ``apigw`` (the two ways in). Importing this package imports
nothing heavy; the Anthropic SDK is imported only when a key is configured.
"""
