"""The interview plan: the printable plan sheet and the follow-up checklist."""
