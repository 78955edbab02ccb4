"""Tests of the outline's model and filter."""
