"""Benchmarks: each measurement beside its bare reference (run with `python -m benchmarks`)."""
