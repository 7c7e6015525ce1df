"""Turning spec/ and overlays/ into generated/: bundle, overlays, validation, code generation.

``generation`` runs the whole pipeline; the other modules are its steps.
"""
