"""Notes taken during an interview: how their times are shown and typed."""
