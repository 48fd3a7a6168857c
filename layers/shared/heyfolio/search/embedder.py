"""Text embeddings behind one small interface: Amazon Bedrock on AWS, feature hashing locally.

The search index only needs ``embed(texts) -> vectors``; which model produces them is a
deployment choice. ``BedrockEmbedder`` calls Amazon Titan Text Embeddings V2 and imports
boto3 only when first used (cold starts stay small). ``HashingEmbedder`` is deterministic
and dependency-free, so tests and ``make dev`` exercise the same dense path offline.
"""

from __future__ import annotations

import json
import math
import zlib
from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

from heyfolio.search.text import STOP_WORDS, normalize_token, tokenize

__all__ = ["BedrockEmbedder", "Embedder", "EmbeddingError", "HashingEmbedder", "cosine", "unit"]


@runtime_checkable
class Embedder(Protocol):
    """Anything that turns texts into fixed-size vectors (unit length preferred)."""

    dimensions: int

    def embed(self, texts: Sequence[str]) -> list[list[float]]: ...


class EmbeddingError(RuntimeError):
    """The embedding service answered with something that is not an embedding."""


def unit(vector: Sequence[float]) -> list[float]:
    """``vector`` scaled to length 1 (all zeros stays all zeros)."""
    norm = math.sqrt(math.fsum(x * x for x in vector))
    return [x / norm for x in vector] if norm else [0.0] * len(vector)


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    """Cosine similarity of two unit vectors (a plain dot product)."""
    return math.fsum(x * y for x, y in zip(a, b, strict=True))


class HashingEmbedder:
    """Deterministic feature hashing of stemmed words and character trigrams.

    Not a language model: it captures shared words and spellings, not meaning. It stands
    in for Bedrock where no network is allowed, with the same shape of output."""

    def __init__(self, dimensions: int = 256, ngram: int = 3, ngram_weight: float = 0.4) -> None:
        if dimensions <= 0:
            raise ValueError("dimensions must be positive")
        self.dimensions = dimensions
        self._ngram = ngram
        self._ngram_weight = ngram_weight

    def _add(self, vec: list[float], feature: str, weight: float) -> None:
        h = zlib.crc32(feature.encode("utf-8"))
        sign = 1.0 if h & 0x80000000 else -1.0
        vec[h % self.dimensions] += sign * weight

    def embed_one(self, text: str) -> list[float]:
        vec = [0.0] * self.dimensions
        for token in tokenize(text):
            if token in STOP_WORDS:
                continue
            self._add(vec, "w:" + normalize_token(token), 1.0)
            padded = f"<{token}>"
            for i in range(max(1, len(padded) - self._ngram + 1)):
                self._add(vec, "g:" + padded[i : i + self._ngram], self._ngram_weight)
        return unit(vec)

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return [self.embed_one(t) for t in texts]


class BedrockEmbedder:
    """Amazon Titan Text Embeddings V2 through ``bedrock-runtime`` ``InvokeModel``.

    Titan V2 embeds one text per call; the request is ``{"inputText", "dimensions",
    "normalize"}`` and the answer ``{"embedding": [...], "inputTextTokenCount": n}``."""

    DEFAULT_MODEL_ID = "amazon.titan-embed-text-v2:0"
    MAX_INPUT_CHARS = 50_000  # Titan V2 accepts up to 8k tokens / 50k characters

    def __init__(
        self,
        model_id: str = DEFAULT_MODEL_ID,
        dimensions: int = 1024,
        *,
        region: str | None = None,
        client: Any = None,
        normalize: bool = True,
    ) -> None:
        if dimensions not in (256, 512, 1024):
            raise ValueError("Titan Text Embeddings V2 supports 256, 512 or 1024 dimensions")
        self.model_id = model_id
        self.dimensions = dimensions
        self._region = region
        self._client = client
        self._normalize = normalize
        self.input_tokens = 0  # running total, for cost reporting

    @property
    def client(self) -> Any:
        if self._client is None:
            import boto3  # lazy: only functions that embed pay for boto3

            self._client = boto3.client("bedrock-runtime", region_name=self._region)
        return self._client

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return [self._embed_one(t) for t in texts]

    def _embed_one(self, text: str) -> list[float]:
        body = json.dumps(
            {
                "inputText": text[: self.MAX_INPUT_CHARS] or " ",
                "dimensions": self.dimensions,
                "normalize": self._normalize,
            }
        )
        response = self.client.invoke_model(
            modelId=self.model_id, body=body, contentType="application/json", accept="application/json"
        )
        raw = response["body"].read()
        try:
            payload = json.loads(raw)
            vector = [float(x) for x in payload["embedding"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise EmbeddingError(f"{self.model_id} returned no embedding: {raw[:200]!r}") from exc
        if len(vector) != self.dimensions:
            raise EmbeddingError(
                f"{self.model_id} returned {len(vector)} dimensions, expected {self.dimensions}"
            )
        self.input_tokens += int(payload.get("inputTextTokenCount", 0) or 0)
        return vector if self._normalize else unit(vector)
