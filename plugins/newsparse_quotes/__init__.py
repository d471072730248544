"""Placeholder while the quotes extractor is being written."""
