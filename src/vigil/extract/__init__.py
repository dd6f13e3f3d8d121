"""vigil.extract"""
