"""Benchmarks, and the synthetic documents they (and the tests) are run on."""
