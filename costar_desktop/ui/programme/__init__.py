"""The programme in the window: planning the agenda, and running the day (issue 19)."""
