"""External profiles into content: LinkedIn data exports, ORCID / BibTeX / CSL-JSON publications and
public GitHub repositories, merged into the owner's files without losing hand edits.

Every importer turns its source into a JSON Resume fragment (or project stubs); ``merge`` folds a
fragment into ``resume.json`` against the snapshot of the previous import from that source
(``<content>/.imports/<source>.json``), so a value the owner edited by hand is kept, a value only
the source ever set follows the source, and an entry the owner deleted is not brought back.
``command`` runs an import for the CLI: a report of what was added or changed, ``--dry-run``
prints the diff and writes nothing, and a real run writes the résumé and the snapshot atomically
after the merged résumé validates.
"""
