"""Deadlines as data, and the sweeps APScheduler wakes."""
