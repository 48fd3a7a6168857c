"""``VectorIndex`` on Amazon S3 Vectors (``boto3`` ``s3vectors``): long-term memory on AWS.

The index is created by the template (cosine, float32, ``text`` non-filterable). Queries
always carry a metadata filter on ``visitor_id`` (``{"visitor_id": {"$eq": ...}}``), which
needs ``s3vectors:GetVectors`` besides ``QueryVectors``. S3 Vectors reports cosine
*distance*; we hand back similarity (1 - distance) like the local index.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from heyfolio.aws.clients import client
from heyfolio.memory.index import VectorHit, VectorRecord

MAX_TOP_K = 100  # the service's limit
MAX_PUT = 500  # vectors per PutVectors call
MAX_DELETE = 500  # keys per DeleteVectors call


class S3VectorsIndex:
    """One S3 Vectors index, addressed by bucket and index name."""

    def __init__(self, bucket: str, index: str, *, client: Any = None) -> None:
        self.bucket = bucket
        self.index = index
        self._client = client

    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = client("s3vectors")
        return self._client

    def put(self, records: Sequence[VectorRecord]) -> None:
        """PutVectors (overwrites by key), in batches the service accepts."""
        for r in records:
            if "visitor_id" not in r.metadata:
                raise ValueError(f"vector {r.key!r} has no visitor_id in its metadata")
        items = list(records)
        for start in range(0, len(items), MAX_PUT):
            self.client.put_vectors(
                vectorBucketName=self.bucket,
                indexName=self.index,
                vectors=[
                    {
                        "key": r.key,
                        "data": {"float32": [float(x) for x in r.vector]},
                        "metadata": dict(r.metadata),
                    }
                    for r in items[start : start + MAX_PUT]
                ],
            )

    def query(self, vector: Sequence[float], *, visitor_id: str, top_k: int) -> list[VectorHit]:
        """QueryVectors filtered to one visitor, with metadata and distances."""
        if top_k <= 0:
            return []
        response = self.client.query_vectors(
            vectorBucketName=self.bucket,
            indexName=self.index,
            topK=min(top_k, MAX_TOP_K),
            queryVector={"float32": [float(x) for x in vector]},
            filter={"visitor_id": {"$eq": visitor_id}},
            returnMetadata=True,
            returnDistance=True,
        )
        hits = []
        for v in response.get("vectors", []):
            metadata = dict(v.get("metadata") or {})
            if metadata.get("visitor_id") != visitor_id:  # defence in depth: never leak across visitors
                continue
            distance = float(v.get("distance", 1.0))
            hits.append(VectorHit(v["key"], 1.0 - distance, metadata))
        return hits

    def delete(self, keys: Sequence[str]) -> None:
        """DeleteVectors, in batches."""
        items = list(keys)
        for start in range(0, len(items), MAX_DELETE):
            self.client.delete_vectors(
                vectorBucketName=self.bucket, indexName=self.index, keys=items[start : start + MAX_DELETE]
            )
