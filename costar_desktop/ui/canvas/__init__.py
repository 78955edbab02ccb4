"""The Co-Production Star canvas: scene, view and the items drawn on it."""
