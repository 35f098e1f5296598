"""The Plan tab: objectives, questions, points, interviewers, the follow-up plan and the printed sheet."""
