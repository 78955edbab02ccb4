"""The window fixtures of the UI tests, for the reliability tests that drive a window."""

from tests.ui.conftest import _collect_between_tests, messages, registry, window  # noqa: F401
