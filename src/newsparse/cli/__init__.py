"""The command line: inputs, processes, progress and the ``newsparse`` command."""
