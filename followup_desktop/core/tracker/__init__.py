"""Following up: deadlines, the dashboard of what is due, calendar export."""
