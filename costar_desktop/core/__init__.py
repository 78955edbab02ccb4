"""The workshop in plain Python: model, rules and star geometry. Never imports Qt."""
