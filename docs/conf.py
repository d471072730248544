"""Sphinx configuration for the newsparse documentation."""

from importlib.metadata import version as _version

project = "newsparse"
author = "The newsparse team"
release = _version("newsparse")
version = release

extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon", "sphinx.ext.viewcode", "sphinx.ext.doctest"]
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_type_aliases = {}
nitpicky = False
exclude_patterns = ["_build"]
html_theme = "alabaster"
doctest_global_setup = "import newsparse"
