"""Benchmarks: opedkit measured beside its peers on real pages (run each module as a script)."""
