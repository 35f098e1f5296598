"""The window on top of core: one folder per feature, shared pieces in common/."""
