"""One module per fact type: recognize(doc) → candidate facts with resolved values."""
