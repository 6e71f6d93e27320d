"""Every error privacy-bot raises, in one tree.

    PrivacyBotError
    ├── ConfigError            the operator's input: settings, rules, templates (exit 1)
    ├── RequesterError         the requester's doing: told to them, never a traceback
    │   ├── BadToken           unknown, used, expired or foreign verification token
    │   └── UnclearRequest     nothing we could act on
    ├── SystemFault            the world: a server down, a disk full; retried
    │   ├── MailboxUnavailable IMAP connection or command failed
    │   ├── SendDeferred       SMTP 4xx or connection error: retry later
    │   └── StoreLocked        another writer holds the store
    ├── SendRejected           SMTP 5xx: the case goes to staff
    └── MailRejected           a mail we cannot process safely: quarantined with reason
"""


class PrivacyBotError(Exception):
    """Base of every privacy-bot error."""


class ConfigError(PrivacyBotError):
    """Bad settings, rules or templates; the message is one line for the operator."""


class RequesterError(PrivacyBotError):
    """Something the requester did or sent."""


class BadToken(RequesterError):
    """A verification or unsubscribe token that is unknown, used, expired or foreign."""


class UnclearRequest(RequesterError):
    """A mail we could not understand well enough to act on."""


class SystemFault(PrivacyBotError):
    """A fault of the world around us; the operation can be retried."""


class MailboxUnavailable(SystemFault):
    """The IMAP server went away or refused a command."""


class SendDeferred(SystemFault):
    """SMTP said 4xx or the connection failed: keep the message and retry."""


class StoreLocked(SystemFault):
    """Another privacy-bot process holds the store's writer lock."""


class SendRejected(PrivacyBotError):
    """SMTP said 5xx: retrying will not help; staff must look."""


class MailRejected(PrivacyBotError):
    """A mail that cannot be processed safely; it goes to Quarantine with this reason."""
