"""The English source: the document model, its Markdown parser and the lint."""
