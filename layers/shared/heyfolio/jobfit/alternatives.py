"""Two named technologies offered as alternatives or examples inside one requirement line, each asked.

Why: "Experience with Airflow or Dagster", "Time-series databases such as TimescaleDB or ClickHouse",
"Mobile CI (e.g. Fastlane, Bitrise)": the line is one ask, met by either name, and the report keeps it one
row; but a reader (and a set labelling item by item) wants to see which of the two is shown. Each name is
put in the line's place ("End-to-end testing with Playwright or Cypress" -> "End-to-end testing with
Playwright", "End-to-end testing with Cypress"), so each alternative is held or not and keeps the practice
it was asked for; an example after "such as" / "e.g." is asked as itself under its kind ("MLOps tooling such
as MLflow or Kubeflow" -> "MLOps tooling: Kubeflow"), since an example of a kind is met by the kind. The
report hangs them beneath the line and never counts them on their own. What stays
whole: an amount asked of the choice ("3+ years of Go or Rust"), a credential or a degree (either one meets
it), a choice of anything but two names ("a degree in Computer Science or a related field", "Kafka or a
Kafka-compatible broker", "STRIDE or similar"), one thing spelled two ways ("MATLAB/Simulink"), and two
names joined by "and" outside an example list ("Swift and SwiftUI" are read together).
"""

from __future__ import annotations

import re

from heyfolio.jobfit.named import is_name, is_technology
from heyfolio.jobfit.terms import word_list

__all__ = ["alternative_asks"]

# Where two names are joined: "or" offers a choice; "and" or a comma join examples only after an example
# opener ("such as Qdrant and Milvus", "(e.g. Fastlane, Bitrise)").
_JOIN = re.compile(r"\s*(,)\s*|\s+(or|and|&)\s+", re.IGNORECASE)
_EXAMPLE_OPENER = re.compile(r"\b(?:such as|like|including|e\.g\.?,?|for example,?)\s*\(?$", re.IGNORECASE)
# Words that open an example or an aside, never part of a name ("e.g." is spelled like "Vue.js").
_ASIDE_WORD = re.compile(r"(?:e\.?g|i\.?e|etc|viz)\.?,?", re.IGNORECASE)
# Real tools whose names the general vocabulary does not know and which carry no inner capital ("Numba or
# Cython", "Detox or Maestro", "Nextflow or Snakemake"): without them the pair reads as two words of prose.
# Read from the landscape of software (test runners, mobile and browser automation, workflow engines,
# scientific and HPC computing, containers for clusters, embedded systems, ML training), not from any set.
_MORE_TOOL_NAMES = frozenset(
    word_list(
        # scientific, numerical and HPC computing
        "numba cython julia mpi openmp slurm pbs htcondor singularity apptainer conda mamba rstudio stata "
        "sas spss mathematica octave gromacs lammps openfoam ansys comsol paraview vtk petsc "
        # workflow engines and pipelines
        "snakemake nextflow cromwell wdl cwl luigi prefect argo tekton kedro metaflow flyte "
        # testing and automation, web and mobile
        "playwright puppeteer webdriverio appium espresso xcuitest detox maestro jest vitest mocha jasmine "
        "karma pytest junit testng rspec cucumber gatling locust jmeter k6 storybook chromatic "
        # mobile delivery
        "fastlane bitrise codemagic testflight firebase expo "
        # embedded and real-time
        "zephyr freertos yocto buildroot rtos stm32 nrf52 keil iar platformio "
        # ML training and serving
        "deepspeed fsdp horovod megatron vllm triton tensorrt onnx ray jax accelerate wandb "
        # operations and infrastructure
        "nomad consul vault packer vagrant chef puppet crossplane karpenter envoy cilium calico loki tempo "
        "thanos mimir fluentd fluentbit logstash kibana sentry"
    )
)
# Asks met by either item whatever they name: a credential or a degree ("OSCP or OSWE certification").
_WHOLE_ASK = re.compile(
    r"\b(?:certif\w*|credentials?|certs?|licen[cs]e\w*|degree|bachelor\w*|master\w*|ph\.?d|msc|bsc|mba)\b",
    re.IGNORECASE,
)
# The employer describing its own setup ("We ship through Bitrise or GitHub Actions"): what it runs, not a choice
# put to the candidate.
_EMPLOYER_SIDE = re.compile(r"(?:we|our|us)\b", re.IGNORECASE)
# A bullet-sized ask: a few words of practice before the pair, a few after ("... is a strong plus"); a longer
# sentence, or one going on to another ask ("... and with running jobs on Slurm"), is read whole.
_MOST_LEAD_WORDS = 8
_MOST_TAIL_WORDS = 5
_MORE_FOLLOWS = re.compile(r"\s*(?:[,;]|and\b|as well\b)", re.IGNORECASE)
# The words of a name: anything up to a space, comma, stop or closing bracket.
_WORD = re.compile(r"[^\s,;:!?()\[\]]+")


def _a_name(words: list[str]) -> str | None:
    """The words joined, when they spell a name and none of them opens an aside ("e.g.")."""
    joined = " ".join(words)
    if any(_ASIDE_WORD.fullmatch(w) for w in words):
        return None
    return joined if is_name(joined) else None


def _tool(name: str) -> bool:
    """Whether ``name`` spells a technology: one the general vocabulary knows, or one of the tools above."""
    return is_technology(name) or any(w.casefold() in _MORE_TOOL_NAMES for w in _WORD.findall(name))


def _name_closing(text: str) -> str | None:
    """The name ``text`` ends with: its longest tail of one to three words that is a name."""
    words = _WORD.findall(text.rstrip())
    if not words or not re.search(re.escape(words[-1]) + r"$", text.rstrip()):
        return None
    for size in (3, 2, 1):
        if len(words) < size or not text.rstrip().endswith(" ".join(words[-size:])):
            continue
        if name := _a_name(words[-size:]):
            return name
    return None


def _name_opening(text: str) -> str | None:
    """The name ``text`` starts with: its longest head of one to three words that is a name (a stop after
    it ends the sentence, not the name: "Redshift.")."""
    for size in (3, 2, 1):
        words = _WORD.findall(text)[:size]
        head = " ".join(words).rstrip(".")
        if head and text.startswith(head) and _a_name(head.split()):
            return head
    return None


def alternative_asks(line: str) -> list[str] | None:
    """ "Experience with Airflow or Dagster" -> "Experience with Airflow", "Experience with Dagster"; None
    when the line offers no such pair of named technologies, or the pair is asked whole (see above)."""
    text = line.strip()
    if _WHOLE_ASK.search(text) or _EMPLOYER_SIDE.match(text):
        return None
    found: list[tuple[int, int, str, str]] = []
    for join in _JOIN.finditer(text):
        before, after = text[: join.start()], text[join.end() :]
        first, second = _name_closing(before), _name_opening(after)
        if first is None or second is None:
            continue
        begin = join.start() - len(first)
        examples = _EXAMPLE_OPENER.search(text[:begin]) is not None
        word = (join.group(2) or join.group(1)).casefold()
        if not examples and (word != "or" or not (_tool(first) or _tool(second))):
            # "Swift and SwiftUI": two names read together; "Director or VP": a choice of no technology;
            # "Kotlin, Swift": a comma joins examples only after an opener (a longer list is read elsewhere)
            continue
        found.append((begin, join.end() + len(second), first, second))
    if len(found) != 1:
        return None  # no pair, or a longer list or two choices on one line: read whole
    begin, end, first, second = found[0]
    lead, tail = text[:begin], text[end:]
    if re.search(r"\d", lead) or "/" in first + second or re.search(r",\s*$", lead) or tail.startswith("/"):
        return None  # "3+ years of Go or Rust", "Go/Rust", "Python, Go or Rust" (a list read elsewhere)
    if (
        len(lead.split()) > _MOST_LEAD_WORDS
        or len(tail.split()) > _MOST_TAIL_WORDS
        or _MORE_FOLLOWS.match(tail)
    ):
        return None  # a sentence asking more around the pair: each copy would carry the other asks
    if opener := _EXAMPLE_OPENER.search(lead):
        # "MLOps tooling such as MLflow or Kubeflow": each example is asked as itself ("MLOps tooling:
        # Kubeflow"), not as an example of the kind, which the other example would meet
        kind = lead[: opener.start()].rstrip(" ,:(")
        if kind:
            closed = (
                tail[1:] if lead[: opener.start()].rstrip().endswith("(") and tail.startswith(")") else tail
            )
            return [f"{kind}: {first}{closed}", f"{kind}: {second}{closed}"]
    return [lead + first + tail, lead + second + tail]
