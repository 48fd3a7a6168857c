"""Recorded-shape stand-ins, at the HTTP boundary, for the AWS services moto does not answer.

moto 5 has no ``QueryVectors`` for Amazon S3 Vectors (the request falls through to the real
endpoint) and answers Bedrock ``InvokeModel`` with an empty body. These fakes are botocore
``before-send`` handlers on one client: the request is built, signed and recorded (the IAM
recorder hooks ``before-parameter-build``) exactly as on AWS; only the HTTP exchange is answered
here, with the response shapes of the service's API reference.
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Iterator
from typing import Any

from botocore.awsrequest import AWSResponse


class _Raw(io.BytesIO):
    """The raw body botocore reads an ``AWSResponse`` from (``stream()``, or ``read()`` when streamed)."""

    def stream(self, **_: Any) -> Iterator[bytes]:
        yield self.getvalue()


def _json(request: Any, body: dict[str, Any], status: int = 200) -> AWSResponse:
    data = json.dumps(body).encode()
    headers = {"Content-Type": "application/json", "Content-Length": str(len(data))}
    return AWSResponse(request.url, status, headers, _Raw(data))


class FakeS3Vectors:
    """One vector index: ``PutVectors`` (overwrite by key), ``QueryVectors`` (cosine distance, the
    ``$eq`` metadata filter), ``GetVectors``, ``DeleteVectors``; bodies as the S3 Vectors API gives."""

    def __init__(self) -> None:
        self.vectors: dict[str, dict[str, Any]] = {}
        self.operations: list[str] = []

    def install(self, client: Any) -> Any:
        client.meta.events.register("before-send.s3vectors", self._send)
        return client

    def _send(self, request: Any, **_: Any) -> AWSResponse:
        operation = request.url.rsplit("/", 1)[-1]
        self.operations.append(operation)
        body = json.loads(request.body or b"{}")
        if operation == "PutVectors":
            for v in body["vectors"]:
                self.vectors[v["key"]] = {
                    "key": v["key"],
                    "data": v["data"],
                    "metadata": v.get("metadata") or {},
                }
            return _json(request, {})
        if operation == "DeleteVectors":
            for key in body["keys"]:
                self.vectors.pop(key, None)
            return _json(request, {})
        if operation == "GetVectors":
            found = [self._shown(self.vectors[k], body) for k in body["keys"] if k in self.vectors]
            return _json(request, {"vectors": found})
        if operation == "QueryVectors":
            query = body["queryVector"]["float32"]
            hits = [v for v in self.vectors.values() if _matches(v["metadata"], body.get("filter"))]
            ranked = sorted(hits, key=lambda v: _distance(query, v["data"]["float32"]))[: body["topK"]]
            out = []
            for v in ranked:
                item: dict[str, Any] = {"key": v["key"]}
                if body.get("returnDistance"):
                    item["distance"] = _distance(query, v["data"]["float32"])
                if body.get("returnMetadata"):
                    item["metadata"] = v["metadata"]
                out.append(item)
            return _json(request, {"vectors": out, "distanceMetric": "cosine"})
        return _json(request, {"message": f"{operation} is not faked"}, 400)

    @staticmethod
    def _shown(vector: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
        shown: dict[str, Any] = {"key": vector["key"]}
        if body.get("returnData"):
            shown["data"] = vector["data"]
        if body.get("returnMetadata"):
            shown["metadata"] = vector["metadata"]
        return shown


def _matches(metadata: dict[str, Any], condition: Any) -> bool:
    if not condition:
        return True
    return all(metadata.get(field) == test.get("$eq") for field, test in condition.items())


def _distance(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return 1.0 - (dot / norm if norm else 0.0)


class FakeTitanEmbeddings:
    """Bedrock ``InvokeModel`` of Titan Text Embeddings V2: ``{"embedding": [...], "inputTextTokenCount": n}``.

    The vector is a deterministic bag of words (one dimension per word hash), so similar texts
    are near and a test can reason about recall without a model."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def install(self, client: Any) -> Any:
        client.meta.events.register("before-send.bedrock-runtime", self._send)
        return client

    def _send(self, request: Any, **_: Any) -> AWSResponse:
        assert "/model/amazon.titan-embed-text-v2" in request.url, request.url
        body = json.loads(request.body)
        text = str(body["inputText"])
        self.texts.append(text)
        size = int(body.get("dimensions") or 256)
        vector = [0.0] * size
        for word in text.lower().split():
            vector[sum(map(ord, word)) % size] += 1.0
        norm = math.sqrt(sum(x * x for x in vector)) or 1.0
        return _json(
            request,
            {"embedding": [x / norm for x in vector], "inputTextTokenCount": len(text.split())},
        )
