"""The ``vigil`` command line: parses, calls the library, formats. No logic of its own."""
