"""The Notes tab: the capture line, the notes list, the challenge board and the story bank."""
