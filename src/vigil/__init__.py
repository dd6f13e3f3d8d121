"""vigil: atrocity monitoring and early warning from open-source reports."""

__version__ = "0.1.0"
