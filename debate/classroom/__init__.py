"""Tools for running a class: printable role cards, game history and exports.

Nothing here imports Textual: a teacher printing role cards or exporting a
gradebook should not pay for the UI's start-up time.
"""
