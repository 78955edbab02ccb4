"""Widgets for running the five steps: step bar and banner, timer, and the side panels."""
