"""What the game keeps on the user's disk: autosaves (history and exports sit beside them).

Modules here import neither Textual nor the engine at import time, so the
command line and the home screen can read them cheaply.
"""
