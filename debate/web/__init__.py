"""Serving the game to web browsers through textual-serve, safely for a classroom.

Imported only by ``debate serve``: nothing else pays for aiohttp.
"""
