"""Generic widgets and layouts the window's parts share; they know nothing of pages, items or themes."""
