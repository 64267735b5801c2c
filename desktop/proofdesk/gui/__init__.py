"""The review window: the only package that imports PySide6."""
