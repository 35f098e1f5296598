"""Your data as a whole: backups and restore, export everything, import a bundle."""
