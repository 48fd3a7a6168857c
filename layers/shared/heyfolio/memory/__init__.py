"""Long-term memory of visitors: facts they told us, in a vector index scoped per visitor.

``index.VectorIndex`` is the storage interface (``s3vectors.S3VectorsIndex`` on AWS,
``local.LocalVectorIndex`` on a laptop); ``extract`` finds the facts worth keeping in what a
visitor says; ``store.LongTermMemory`` ties an embedder and an index together and is what
the chat uses (``store.get_memory()``). Nothing here imports boto3 until S3 Vectors is used.
"""
