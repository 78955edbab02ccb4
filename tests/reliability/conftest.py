"""The window fixtures of the UI tests, for the reliability tests that drive a window."""

from tests.ui.conftest import (  # noqa: F401
    _collect_now_and_then,
    _no_voice,
    _track_windows_documents_and_scenes,
    messages,
    open_window,
    registry,
    window,
)
