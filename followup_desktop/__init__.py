"""FollowUp Desktop: plan interviews, take timestamped notes, write genuine follow-up letters."""

__version__ = "0.1.0"
