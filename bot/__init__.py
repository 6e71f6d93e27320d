"""privacy-bot: answers a company's privacy mailbox.

Flow of one mail (see README): IMAP fetch → ledger → limits → parse → filters
(own loop, automated, follow-up, classify) → case state machine → outbox / review
queue → commit → MOVE to Processed or Quarantine.
"""

__version__ = "0.1.0"
