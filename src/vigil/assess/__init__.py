"""vigil.assess"""
