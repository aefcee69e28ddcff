"""How one message flows: fetch → record → understand → decide → reply → file.

Each step is a module here; imports only point down this list, never back up:

- ``poll``     one poll of one IMAP mailbox: fetch new UIDs, record each message (raw bytes
               committed first), have the batch processed, then have the handled ones filed
               and the replies delivered (the *fetch* and *record* steps; mailbot.mailbox is
               its IMAP adapter).
- ``files``    the same *record* step for local ``.eml`` files (``mailbot process``).
- ``batch``    *understand*: recorded messages read (mailbot.parsing) and decided in short
               chunks, one failed message set aside without stopping the rest.
- ``lookups``  what the chain looks up for a whole batch at once (accounts, open cases).
- ``decide``   the chain: small named steps, the first that returns a Verdict decides
               the message (mailbot.conversation identifies the account, mailbot.policy
               decides); ``case_moves`` holds the moves the steps share (open, continue,
               decide and record a case), ``turn`` the Turn and Verdict they pass.
- ``reply``    a decided message's reply rendered (mailbot.replies) into the outbox, in the
               transaction that records the decision.
- ``file``     *file*: handled cancellation mail moved to the processed folder, only after
               the commit that decided it; other mail is never touched.
- ``deliver``  the outbox sent (mailbot.mailer, the SMTP adapter), by a second process
               while a large backlog is still being decided.
"""
