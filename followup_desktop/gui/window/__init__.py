"""The main window: its composition, the navigator, the sidebar, the status line and its commands."""
