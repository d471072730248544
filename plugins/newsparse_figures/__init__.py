"""Placeholder while the figures extractor is being written."""
