"""The window's shell: the table of actions, the menus built from it, and the window's parts."""
