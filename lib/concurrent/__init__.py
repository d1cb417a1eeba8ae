"""Concurrent execution: see concurrent.futures."""
