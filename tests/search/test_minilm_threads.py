"""The numpy forward pass runs its products on one OpenBLAS thread on the search path.

``heyfolio.search.minilm`` sets ``OPENBLAS_NUM_THREADS=1`` when imported, which only takes effect if
numpy has not been loaded yet. Measured on the benchmark machine (2 cores, loaded): with numpy
loaded first, OpenBLAS starts one thread per core and a question's forward pass took ~3.6x as long
(median 86 vs 24 ms); pinned to one core, as a Lambda with under one vCPU of quota is, ~30x.
So the search tool's imports and the published content's loading must reach the model before
anything loads numpy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import os, sys
import mcp_handlers.tools.search_portfolio  # the search tool's Lambda imports
import heyfolio.published
loaded_early = "numpy" in sys.modules
heyfolio.published.make_embedder("minilm")  # what load_published does before reading an index
print(loaded_early, os.environ.get("OPENBLAS_NUM_THREADS"), "numpy" in sys.modules)
"""


def test_the_search_path_reaches_the_model_before_numpy() -> None:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "layers" / "shared")])
    out = subprocess.run(
        [sys.executable, "-c", _PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout.split()
    assert out == ["False", "1", "False"], out
