"""Search everything: the results page."""
