"""The checks a translation must pass, their severities and the glossary."""
