"""A visitor's own data: find it, export it, erase it (``GET /api/me/export``, ``DELETE /api/me``).

``locate`` lists every stored item that carries the visitor's id (both tables, through the
sparse ``by_visitor`` index); ``export`` turns them into one JSON document; ``erase`` removes
them everywhere - conversations, sessions, handles, question and usage records, long-term
memories and their vectors - and strips leads of their personal fields and of the visitor id.
Nothing here imports boto3 until it is called.
"""
