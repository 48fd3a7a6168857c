"""Publishing content: the index artifact built once per content (``artifact``) and content
generations in S3 that functions swap to without a redeploy (``store``).

Import the submodule you need; this package imports nothing.
"""
