"""The filter chain: what kind of mail this is, decided in a fixed order."""

from bot.pipeline.filters import FILTERS, Decision, Kind, MailContext, decide

__all__ = ["FILTERS", "Decision", "Kind", "MailContext", "decide"]
