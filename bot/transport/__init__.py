"""Transport: the IMAP mailbox (imapclient) and the SMTP outbox (aiosmtplib)."""
