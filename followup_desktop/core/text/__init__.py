"""Text rules shared by letters, notes and exports: safe text, words, Markdown, spans, anchors."""
