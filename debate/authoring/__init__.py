"""Tools for scenario authors: drafting from a source, watching, linting.

Nothing here imports Textual; an author's edit-check loop must stay fast.
"""
