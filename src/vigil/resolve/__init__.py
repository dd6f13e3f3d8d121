"""vigil.resolve"""
