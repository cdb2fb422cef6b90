"""Editions: the HTML page, text, PDF and bilingual outputs, the language picker, the stamp, text layout."""
