"""Gettext catalogues: PO/POT/MO through Babel, extraction, update and the comment markers."""
