"""Pieces every room uses: the Autosaver, the dialog seam, widgets, theme, icons, the pane contract."""
