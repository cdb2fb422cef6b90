"""Machine drafts: the draft stage, protected spans, the draft cache and the engines."""
