"""Grounded search: the portfolio cut into citable passages and ranked for a question.

Import the submodule you need (``heyfolio.search.index``, ``.chunks``, ``.embedder``);
this package itself imports nothing, so a function pays only for what it uses.
"""
