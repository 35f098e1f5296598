"""The Letter tab: the composer, its checks and provenance, its commands and its exports."""
