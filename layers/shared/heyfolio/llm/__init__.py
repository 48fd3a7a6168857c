"""The language model behind the chat: one small streaming interface, Claude behind it.

``stream.ModelClient`` is what the chat engine talks to; ``anthropic_client`` implements it
with the official SDK (imported only when a key is configured: it costs ~700 ms to import);
``pricing`` turns token counts into dollars; ``errors`` turns failures into sentences a
visitor can act on. Importing this package imports nothing heavy.
"""
