"""HTTP routes served through API Gateway REST (one resolver per function)."""
