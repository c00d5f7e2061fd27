"""Demo data: a realistic, deterministic municipality for `make run` and the benchmarks."""
