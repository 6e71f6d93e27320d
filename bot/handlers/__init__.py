"""Handlers plan what a case needs (state changes and mail); they never send."""
