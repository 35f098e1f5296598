"""Follow-up tracking: the dashboard, outcomes, keeping in touch, an application's page."""
