"""mailbot: cancellation requests from a support mailbox, decided, recorded and answered."""

__version__ = "0.1.0"
