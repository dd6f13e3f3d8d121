"""vigil.cli"""
