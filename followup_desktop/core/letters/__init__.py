"""Letters: drafts built from the interview, the checks, the layout every export shares, spelling."""
