"""The owner's content: typed model, validation and loading."""
