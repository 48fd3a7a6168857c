"""MiniLM's encoder as an ONNX graph written at build time, without its weights: ONNX Runtime serves
questions with it from the weights the layer already ships.

Why: a question's embedding is the dense stage's whole per-question cost, and the numpy forward pass
(``minilm.MiniLMEmbedder._forward``) pays a Python call and a fresh array per operation and OpenBLAS's
unpacked products: ~5.1-5.5 ms of processor time a question here, against ~2.5 ms on ONNX Runtime
with the same float32 weights (prepacked products, one call per question), which is what issue 11's
5 ms for a whole search at 10k passages leaves room for. The float32 graph keeps the numpy vectors
(to ~1e-7), so every question set's results stay those the gate measures; the int8 graph ``make dev``
builds in process does not (it moved five per-set results by one question each). Building a graph
needs the ``onnx`` package, which the Lambda layer does not carry, so the shared layer's build writes
it next to the converted weights (layers/shared/Makefile); its initializers are *external*, named
after the converted tensors and never stored (a few kB instead of 42 MB inside Lambda's 250 MB), and
a function hands ONNX Runtime the float32 arrays its numpy path uses (``encoder_tensors``). The graph
is written already fused (``Gemm`` with its bias on the stored (out, in) matrices, ``LayerNormalization``,
``Gelu``), so it is opened with graph optimization off.

``python -m heyfolio.search.minilm_encoder WEIGHTS`` writes ``WEIGHTS/encoder.onnx``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from heyfolio.search.minilm_weights import (
    DIMENSIONS,
    ENCODER_FILE,
    HEADS,
    WeightsInvalid,
    encoder_tensors,
    is_converted,
    read_converted,
)

__all__ = ["encoder_graph", "write_encoder"]

_EPS = 1e-12


def encoder_graph(shapes: dict[str, tuple[int, ...]]) -> bytes:
    """The encoder (embedding LayerNorm to mean pooling) as a serialized ONNX model (opset 20), every
    weight an external initializer of the given shape: input ``x`` (1, n, 384), the summed token and
    position embeddings; output ``pooled`` (1, 384), the mean over the tokens."""
    import numpy as np
    from onnx import TensorProto, helper, numpy_helper

    nodes: list[Any] = []
    initializers: list[Any] = []

    def external(name: str) -> str:
        tensor = TensorProto(name=name, data_type=TensorProto.FLOAT, dims=list(shapes[name]))
        tensor.data_location = TensorProto.EXTERNAL
        for key, value in (("location", "heyfolio-minilm"), ("offset", "0"), ("length", "0")):
            entry = tensor.external_data.add()
            entry.key, entry.value = key, value
        initializers.append(tensor)
        return name

    def const(name: str, value: Any) -> str:
        initializers.append(numpy_helper.from_array(np.asarray(value), name))
        return name

    def op(kind: str, inputs: list[str], output: str, **attrs: Any) -> str:
        nodes.append(helper.make_node(kind, inputs, [output], **attrs))
        return output

    def dense(x: str, weight: str, bias: str, out: str) -> str:  # weight stored (out, in)
        return op("Gemm", [x, external(weight), external(bias)], out, transB=1)

    def norm(x: str, prefix: str, out: str) -> str:
        gamma, beta = external(prefix + ".weight"), external(prefix + ".bias")
        return op("LayerNormalization", [x, gamma, beta], out, axis=-1, epsilon=_EPS)

    dim = DIMENSIONS // HEADS
    const("tokens", np.array([-1, DIMENSIONS], dtype=np.int64))
    const("split4", np.array([-1, 3, HEADS, dim], dtype=np.int64))
    const("axis0", np.array([0], dtype=np.int64))
    x = norm(op("Reshape", ["x", "tokens"], "x2"), "embeddings.LayerNorm", "emb")
    for layer in range(len({n.split(".")[2] for n in shapes if n.startswith("encoder.layer.")})):
        p, s = f"encoder.layer.{layer}.", f"l{layer}."
        qkv = dense(x, p + "qkv", p + "qkv.bias", s + "qkv")  # the attention scale folded into the queries
        heads = op("Transpose", [op("Reshape", [qkv, "split4"], s + "r4")], s + "t4", perm=[1, 2, 0, 3])
        nodes.append(
            helper.make_node("Split", [heads], [s + "q3", s + "k3", s + "v3"], axis=0, num_outputs=3)
        )
        q, k, v = (op("Squeeze", [s + t + "3", "axis0"], s + t) for t in "qkv")  # (heads, n, dim)
        scores = op("MatMul", [q, op("Transpose", [k], s + "kt", perm=[0, 2, 1])], s + "scores")
        ctx = op("MatMul", [op("Softmax", [scores], s + "probs", axis=-1), v], s + "ctx3")
        ctx = op("Reshape", [op("Transpose", [ctx], s + "ctxt", perm=[1, 0, 2]), "tokens"], s + "ctx")
        attended = op(
            "Add",
            [x, dense(ctx, p + "attention.output.dense.weight", p + "attention.output.dense.bias", s + "ao")],
            s + "res1",
        )
        x = norm(attended, p + "attention.output.LayerNorm", s + "x1")
        hidden = op(
            "Gelu",
            [dense(x, p + "intermediate.dense.weight", p + "intermediate.dense.bias", s + "in")],
            s + "gelu",
            approximate="tanh",
        )
        out = dense(hidden, p + "output.dense.weight", p + "output.dense.bias", s + "out")
        x = norm(op("Add", [x, out], s + "res2"), p + "output.LayerNorm", s + "x2")
    op("ReduceMean", [x, "axis0"], "pooled", keepdims=1)
    graph = helper.make_graph(
        nodes,
        "all-MiniLM-L6-v2-encoder",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, None, DIMENSIONS])],
        [helper.make_tensor_value_info("pooled", TensorProto.FLOAT, [1, DIMENSIONS])],
        initializers,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 20)])
    model.ir_version = 10
    return bytes(model.SerializeToString())


def write_encoder(weights: Path) -> Path:
    """Write ``encoder.onnx`` for the converted weights in ``weights`` into that folder; its path."""
    if not is_converted(weights):
        raise WeightsInvalid(
            f"{weights} holds no converted weights (python -m heyfolio.search.minilm_weights)"
        )
    tensors = read_converted(weights)
    shapes = {name: tuple(tensors.stored(name).shape) for name in encoder_tensors(tensors)}
    target = weights / ENCODER_FILE
    target.write_bytes(encoder_graph(shapes))
    return target


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m heyfolio.search.minilm_encoder WEIGHTS", file=sys.stderr)
        return 2
    try:
        import onnx  # noqa: F401  (the graph is written with onnx.helper)
    except ImportError as error:
        print(f"cannot write MiniLM's encoder graph in {sys.executable}: {error}", file=sys.stderr)
        return 3
    target = write_encoder(Path(args[0]))
    print(
        f"MiniLM encoder graph (float32, weights external): {target.stat().st_size / 1e3:.1f} kB -> {target}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
