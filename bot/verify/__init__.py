"""Proving who is asking: challenges by mail, single-use tokens, sender authenticity."""
