"""Foundations: settings, files and locks, languages, errors, clock, units and run-state signatures."""
