"""The settings dialog: profile, letter preferences, look, backups kept."""
