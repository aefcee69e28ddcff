"""Development examples for mailbot.parsing: a small builder of test messages."""
