"""heyfolio's shared layer: everything the functions have in common.

Each subpackage is one idea (content, search, storage, ...). Functions import
only the submodules they use, so importing this package itself stays free.
"""
