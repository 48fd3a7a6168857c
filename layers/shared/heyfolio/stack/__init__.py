"""The SAM stack as data: which functions exist, their handlers and their routes.

``template.yaml`` is the single source: the dev server serves its routes, tests
check its functions, and local in-process dispatch loads its handlers.
"""
