"""Write web/openapi.json, the API description /docs renders, from the template's routes.

On AWS the web page's function serves /docs and /openapi.json from web/ (the layer carries it); the
document is assembled from every function (heyfolio.dev.openapi, development-only code that loads
each function), so it is generated here and committed. tests/stack/test_docs.py fails when the
committed file differs from what this writes: run ``.venv/bin/python web/make_openapi.py`` after
changing a route.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "web" / "openapi.json"
TITLE, VERSION = "heyfolio", "0.1.0"


def document_text() -> str:
    """The document as committed: sorted keys, two-space indent, one trailing newline."""
    sys.path[:0] = [str(ROOT), str(ROOT / "layers" / "shared")]
    from heyfolio.dev.openapi import openapi_document
    from heyfolio.stack.template import function_specs

    document = openapi_document(function_specs(), title=TITLE, version=VERSION)
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    OUT.write_text(document_text(), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
