"""The Help menu: keyboard shortcuts, About, the example application."""
