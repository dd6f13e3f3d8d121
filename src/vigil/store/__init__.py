"""vigil.store"""
