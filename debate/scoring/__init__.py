"""Scoring helpers: matching player sentences to scenario text."""
